"""``klachtregels serve`` as a command: without the extra it says how to install it, the
core never imports the web packages, and ``--workers`` serves from several processes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from servicekit import running

#: Runs ``klachtregels serve`` as if FastAPI and uvicorn were not installed.
WITHOUT_EXTRA = """
import sys
for name in ("fastapi", "uvicorn", "starlette"):
    sys.modules[name] = None  # import raises ImportError
from klachtregels.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["serve"],
            "klachtregels: klachtregels serve heeft de extra 'serve' nodig (FastAPI en "
            "uvicorn): pip install 'klachtregels[serve]'",
        ),
        (
            ["serve", "--lang", "en"],
            "klachtregels: klachtregels serve needs the 'serve' extra (FastAPI and uvicorn): "
            "pip install 'klachtregels[serve]'",
        ),
    ],
)
def test_without_the_extra_serve_says_how_to_install_it(args: list[str], message: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", WITHOUT_EXTRA, *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr == message + "\n"


def _modules_after(code: str) -> list[str]:
    probe = f"{code}\nimport sys, json\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    import json

    return list(json.loads(done.stdout.splitlines()[-1]))


WEB = ("fastapi", "starlette", "uvicorn", "fastapi_offline", "klachtregels.service")


@pytest.mark.parametrize(
    "code",
    [
        "import klachtregels as kr\nfor n in kr.__all__: getattr(kr, n)",
        "from klachtregels.cli import main\nmain(['check', 'livio', 'examples/"
        "livio-kerstavond.yaml', '--format', 'json'])",
        "from klachtregels.cli import main\nmain(['graph', 'livio'])",  # the full parser
    ],
)
def test_the_core_and_the_other_commands_import_no_web_package(code: str) -> None:
    loaded = _modules_after(code)
    assert [m for m in loaded if m.split(".")[0] in WEB or m.startswith(WEB)] == []


def test_several_workers_serve_the_same_answers(tmp_path: Path) -> None:
    body = {"received_on": "2026-12-24", "channel": "email", "complainant_role": "client"}
    with running(tmp_path, "--workers", "2", timeout=90) as server, server.client() as http:
        answers = {http.post("/v1/regulations/livio/evaluate", json=body).text for _ in range(20)}
        assert len(answers) == 1
        log = server.log()
    assert log.count("Application startup complete.") == 2, log
