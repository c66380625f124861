"""``klachtregels serve`` as a command: without the extra it says how to install it, and
``--workers`` serves from several processes. (That the core never imports the web
packages: ``tests/test_startup.py`` and ``tests/test_layout.py``.)"""

from __future__ import annotations

import subprocess
import sys
import time
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


def test_several_workers_serve_the_same_answers(tmp_path: Path) -> None:
    body = {"received_on": "2026-12-24", "channel": "email", "complainant_role": "client"}
    with running(tmp_path, "--workers", "2", timeout=90) as server, server.client() as http:
        answers = {http.post("/v1/regulations/livio/evaluate", json=body).text for _ in range(20)}
        assert len(answers) == 1
        deadline = time.monotonic() + 60  # the second worker may start after the first answers
        while server.log().count("Application startup complete.") < 2:
            assert time.monotonic() < deadline, server.log()
            time.sleep(0.1)
        log = server.log()
    assert log.count("Application startup complete.") == 2, log


def test_a_changed_regulation_is_served_within_a_second(tmp_path: Path) -> None:
    """The service looks at a regulation's files again once a second (not per request)."""
    from klachtregels.cli import main
    from klachtregels.service import routes

    args = ["new", "zorgnet", "--out", str(tmp_path), "--name", "Zorgnet"]
    assert main([*args, "--valid-from", "2026-01-01"]) == 0
    settings = routes.Settings((str(tmp_path),))
    assert settings.regulation("zorgnet").name == "Zorgnet"
    path = tmp_path / "zorgnet" / "2026-01-01.yaml"
    text = path.read_text("utf-8")
    path.write_text(text.replace("name: Zorgnet", "name: Zorgnet Oost"), "utf-8")
    assert settings.regulation("zorgnet").name == "Zorgnet"  # within the second: as it was
    time.sleep(routes.FRESH + 0.05)
    assert settings.regulation("zorgnet").name == "Zorgnet Oost"
