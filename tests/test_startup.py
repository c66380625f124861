"""A fast start: the package and the command line import what they use when they use it;
every public name still works; the version comes from the package metadata."""

from __future__ import annotations

import ast
import importlib
import importlib.metadata
import json
import subprocess
import sys
from pathlib import Path

import pytest

import klachtregels as kr
from klachtregels.cli import main

SRC = Path(__file__).resolve().parents[1] / "src" / "klachtregels"


def _modules_after(code: str) -> list[str]:
    probe = f"{code}\nimport sys, json\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    return [m for m in json.loads(done.stdout.splitlines()[-1]) if m.startswith("klachtregels")]


def test_import_klachtregels_imports_nothing_else_of_it() -> None:
    assert _modules_after("import klachtregels") == ["klachtregels"]


def test_the_deadline_command_imports_no_model_engine_or_comparison() -> None:
    loaded = _modules_after(
        "from klachtregels.cli import main\nmain(['deadline', '2026-12-24', '5 werkdagen'])"
    )
    assert "klachtregels.law.terms" in loaded  # it did run
    heavy = (
        "klachtregels.model",
        "klachtregels.engine",
        "klachtregels.compare",
        "klachtregels.present",
    )
    assert [m for m in loaded if m.startswith(heavy)] == []


@pytest.mark.parametrize("name", kr.__all__)
def test_every_public_name_imports(name: str) -> None:
    value = getattr(kr, name)
    assert value is not None
    assert name in dir(kr)
    exec(f"from klachtregels import {name}", {})


def test_every_public_name_imports_in_a_fresh_interpreter() -> None:
    code = "import klachtregels as kr\nfor n in kr.__all__: getattr(kr, n)\nprint(len(kr.__all__))"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == str(len(kr.__all__))


def test_engine_is_public() -> None:
    from klachtregels.engine.evaluate import Engine

    assert "Engine" in kr.__all__
    assert kr.Engine is Engine


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="has no attribute 'evaluat'"):
        kr.evaluat  # noqa: B018


def test_version_comes_from_the_metadata(capsys: pytest.CaptureFixture[str]) -> None:
    expected = importlib.metadata.version("klachtregels")
    assert kr.__version__ == expected
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out == f"klachtregels {expected}\n"


def test_the_decree_day_choices_are_the_calendars() -> None:
    from klachtregels.cli.main import DECREE_DAYS
    from klachtregels.law.calendar import DecreeDays

    assert tuple(d.value for d in DecreeDays) == DECREE_DAYS


def _private_imports() -> list[str]:
    """``from klachtregels.x import _name`` anywhere in the package."""
    out = []
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("klachtregels"):
                out += [
                    f"{path.relative_to(SRC)}: {node.module}.{a.name}"
                    for a in node.names
                    if a.name.startswith("_") and not a.name.startswith("__")
                ]
    return out


def test_no_module_imports_a_private_name_of_another() -> None:
    assert _private_imports() == []


def test_the_lazy_table_names_real_modules() -> None:
    from klachtregels import _WHERE

    for name, module in _WHERE.items():
        assert hasattr(importlib.import_module(module), name) or module.endswith(name)


#: The packages of the serve extra, and the service: only ``klachtregels serve`` loads them.
WEB = ("fastapi", "starlette", "uvicorn", "fastapi_offline", "klachtregels.service")


@pytest.mark.parametrize(
    "code",
    [
        "import klachtregels as kr\nfor n in kr.__all__: getattr(kr, n)",
        "from klachtregels.cli import main\n"
        "main(['check', 'livio', 'examples/livio-kerstavond.yaml', '--format', 'json'])",
        "from klachtregels.cli import main\nmain(['graph', 'livio'])",  # the full parser
    ],
)
def test_the_core_and_the_other_commands_import_no_web_package(code: str) -> None:
    loaded = _loaded(code)
    assert "klachtregels.cli.serve" in loaded or "graph" not in code
    assert [m for m in loaded if m.split(".")[0] in WEB or m.startswith(WEB)] == []


@pytest.mark.parametrize(("jobs", "loads"), [("1", False), ("2", True)])
def test_a_batch_in_one_process_does_without_multiprocessing(jobs: str, loads: bool) -> None:
    code = (
        "from klachtregels.cli import main\n"
        "main(['check', 'livio', 'examples/livio-batch.jsonl', '--format', 'jsonl', "
        f"'--jobs', '{jobs}'])"
    )
    assert ("multiprocessing" in _loaded(code)) is loads


def _loaded(code: str) -> list[str]:
    """The modules loaded after ``code`` runs in a fresh interpreter, at the repository."""
    probe = f"{code}\nimport sys, json\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        cwd=SRC.parents[1],
    )
    loaded: list[str] = json.loads(done.stdout.splitlines()[-1])
    return loaded


# -- the exit


_RUN = """
import atexit, sys
from klachtregels.cli import run
atexit.register(lambda: print("atexit ran", file=sys.stderr))
sys.argv = ["klachtregels", *sys.argv[1:]]
run()
"""


@pytest.mark.parametrize(
    ("argv", "code"),
    [
        (["deadline", "2026-12-24", "5 werkdagen", "--lang", "en"], 0),
        (["check", "livio", "nowhere.jsonl", "--format", "jsonl", "--lang", "en"], 2),
    ],
)
def test_the_command_exits_with_its_status_its_output_and_what_atexit_runs(
    argv: list[str], code: int
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", _RUN, *argv], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == code
    assert done.stderr.endswith("atexit ran\n")
    if code == 0:  # written through a buffer that the skipped teardown would not flush
        # Thursday 24 December 2026: Christmas, a weekend, New Year's Day and a weekend
        # are skipped; the fifth working day is Monday 4 January 2027.
        assert done.stdout.startswith("Due date: 2027-01-04 (Monday 4 January 2027)\n")


def test_with_another_thread_running_the_command_exits_as_python_does(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import threading

    main_module = importlib.import_module("klachtregels.cli.main")

    monkeypatch.setattr(main_module, "main", lambda: 3)
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        with pytest.raises(SystemExit) as exited:
            main_module.run()
    finally:
        stop.set()
        other.join()
    assert exited.value.code == 3
