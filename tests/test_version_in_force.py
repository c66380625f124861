"""`check <id>` evaluates each complaint under the version in force on the day it was
received (issue 11, F); `--on` or a path fixes one version.

The versions are the test copies of Livio in tests/data/versions/livio: version "3.1" in
force from 1 July 2020, version "4" from 1 January 2024 (so "3.1" until 31 December
2023). A complaint of 3 June 2019 predates both: it is evaluated under the first, and the
assessment says that version was not in force.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from klachtregels.cli import main
from klachtregels.model.loader import InForce

VERSIONS = Path(__file__).parent / "data" / "versions"
OWN = ["--regulations", str(VERSIONS), "--shadow"]


def _line(ident: str, received: str) -> str:
    return json.dumps(
        {"id": ident, "received_on": received, "channel": "email", "complainant_role": "client"}
    )


LINES = [
    _line("2019", "2019-06-03"),
    _line("last-day-of-3.1", "2023-12-31"),
    _line("first-day-of-4", "2024-01-01"),
    _line("2025", "2025-01-06"),
]


def _records(out: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.splitlines()]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_each_line_gets_the_version_in_force_on_its_day(jobs: str, tmp_path: Path) -> None:
    f = tmp_path / "many.jsonl"
    f.write_text("\n".join(LINES) + "\n", "utf-8")
    argv = ["check", "livio", str(f), "--format", "jsonl", "--jobs", jobs, *OWN]
    # Worker processes write to the standard output themselves: run the command for real.
    done = subprocess.run(
        [sys.executable, "-m", "klachtregels", *argv],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert (done.returncode, done.stderr) == (0, "")
    records = _records(done.stdout)
    assert [(r["id"], r["version"]) for r in records] == [
        ("2019", "3.1"),
        ("last-day-of-3.1", "3.1"),
        ("first-day-of-4", "4"),
        ("2025", "4"),
    ]
    codes = [[f["code"] for f in r["findings"]] for r in records]  # type: ignore[attr-defined]
    assert ["not_in_force" in c for c in codes] == [True, False, False, False]


def test_on_fixes_the_version(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "many.jsonl"
    f.write_text("\n".join(LINES) + "\n", "utf-8")
    argv = ["check", "livio", str(f), "--format", "jsonl", "--on", "2024-06-01", *OWN]
    assert main(argv) == 0
    assert [r["version"] for r in _records(capsys.readouterr().out)] == ["4"] * 4


def test_one_complaint_gets_the_version_in_force_on_its_day(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "one.json"
    f.write_text(LINES[1], "utf-8")
    assert main(["check", "livio", str(f), "--format", "json", *OWN]) == 0
    assert json.loads(capsys.readouterr().out)["version"] == "3.1"


def test_in_force_loads_each_version_once() -> None:
    pick = InForce("livio", path=[VERSIONS], shadow=True)
    assert pick(date(2023, 12, 31)).version == "3.1"
    assert pick(date(2024, 1, 1)).version == "4"
    assert pick(date(2024, 1, 1)) is pick(date(2030, 1, 1))
    assert pick(date(2000, 1, 1)).version == "3.1"
    assert pick.newest().version == "4"


def test_the_timeline_also_takes_the_version_in_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "one.yaml"
    f.write_text("received_on: 2023-12-31\nchannel: email\ncomplainant_role: client\n", "utf-8")
    assert main(["timeline", "livio", str(f), "--lang", "en", *OWN]) == 0
    assert capsys.readouterr().out.splitlines()[0] == (
        "Livio (version 3.1): deadlines of the complaint"
    )
