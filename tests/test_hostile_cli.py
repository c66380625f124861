"""Hostile input (issue 13), the command line: limits while reading, closed pipes, full
disks, Ctrl-C, whole pages, ids against paths, ``test`` and ``validate`` on scenario
files, ``diff --behaviour``. Each test names the issue's item it reproduces; those about
pipes, disks and signals run the installed command in a child process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from klachtregels import check
from klachtregels.cli import main
from klachtregels.cli.base import write_whole
from klachtregels.cli.batch import bounded_lines
from klachtregels.model.catalog import MAX_BYTES, is_path, read_limited
from klachtregels.model.complaint import MAX_COMPLAINT_BYTES

REPO = Path(__file__).resolve().parents[1]
BROKEN = REPO / "tests" / "broken"
LINE = '{"received_on": "2027-01-05", "channel": "email", "complainant_role": "client"}\n'
Capture = pytest.CaptureFixture[str]
needs_dev = pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")


def _run(argv: list[str], stdout: object) -> subprocess.CompletedProcess[bytes]:
    command = [sys.executable, "-m", "klachtregels", *argv]
    return subprocess.run(command, stdout=stdout, stderr=subprocess.PIPE, timeout=120, check=False)  # type: ignore[call-overload, no-any-return]


# -- 7. size limits, kept while reading


@needs_dev
def test_item7_validate_dev_zero_stops_at_the_limit(capsys: Capture) -> None:
    assert read_limited("/dev/zero") == b"\0" * (MAX_BYTES + 1)
    started = time.perf_counter()
    assert main(["validate", "/dev/zero"]) == 1
    assert time.perf_counter() - started < 10
    assert capsys.readouterr().out == (
        "/dev/zero: het bestand is groter dan de grens van 1048576 bytes; splits het op\n"
    )


@needs_dev
def test_item7_a_complaint_file_has_a_limit_too(tmp_path: Path, capsys: Capture) -> None:
    assert MAX_COMPLAINT_BYTES == 1024 * 1024
    assert main(["check", "livio", "/dev/zero"]) == 2
    big = tmp_path / "big.yaml"
    big.write_bytes(LINE.encode() + b"#" * MAX_COMPLAINT_BYTES)
    assert main(["check", "livio", str(big)]) == 2
    assert capsys.readouterr().err == (
        "/dev/zero: het bestand is groter dan de grens van 1048576 bytes; splits het op\n"
        f"{big}: het bestand is groter dan de grens van 1048576 bytes; splits het op\n"
    )


def test_item7_a_json_line_over_the_limit_is_an_error_for_that_line_only(
    tmp_path: Path, capsys: Capture
) -> None:
    lines = tmp_path / "many.jsonl"
    lines.write_bytes(LINE.encode() + b"x" * (3 * MAX_COMPLAINT_BYTES) + b"\n" + LINE.encode())
    assert main(["check", "livio", str(lines), "--format", "jsonl"]) == 1
    captured = capsys.readouterr()
    out = captured.out.splitlines()
    assert len(out) == 3
    assert '"code": "error.line_too_long"' in out[1]
    assert captured.err == (
        f"{lines}:2: de regel is langer dan de grens van 1048576 bytes; één klacht per regel\n"
    )


@needs_dev
def test_item7_a_line_without_end_ends_the_input() -> None:
    with open("/dev/zero", "rb") as stream:
        lines = list(bounded_lines(stream, limit=1000))
    assert [len(line) for line in lines] == [1001]


# -- 8. a closed pipe


def test_item8_a_closed_pipe_keeps_the_failing_exit_status() -> None:
    bad = str(BROKEN / "bad_term.yaml")
    script = f"{sys.executable} -m klachtregels validate {bad} {bad} | true; echo $? >&2"
    result = subprocess.run(
        ["bash", "-c", f"set -o pipefail; {script}"], capture_output=True, timeout=120, check=False
    )
    assert result.stderr.decode().strip().splitlines()[-1] == "1"
    assert b"Traceback" not in result.stderr


def test_item8_a_closed_pipe_after_success_is_still_success() -> None:
    result = subprocess.run(
        ["bash", "-c", f"set -o pipefail; {sys.executable} -m klachtregels show livio | head -1"],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0
    assert result.stdout.decode() == "Livio — Klachtenreglement formele klachten\n"
    assert result.stderr == b""


# -- 9. a full disk


@needs_dev
@pytest.mark.parametrize(
    "argv",
    [
        ["validate", str(BROKEN / "bad_term.yaml")],
        ["show", "livio"],
        ["list"],
        ["deadline", "2026-12-24", "6 weken"],
        ["check", "livio", str(REPO / "examples" / "livio-kerstavond.yaml")],
    ],
)
def test_item9_a_full_disk_is_one_line_and_exit_2(argv: list[str]) -> None:
    with open("/dev/full", "wb") as full:
        result = _run(argv, full)
    assert result.returncode == 2
    assert result.stderr.decode() == (
        "klachtregels: kan de uitvoer niet schrijven (No space left on device); er is niets "
        "of een deel geschreven\n"
    )


# -- 10. Ctrl-C


@pytest.mark.parametrize("extra", [[], ["--format", "jsonl"], ["--format", "jsonl", "--jobs", "2"]])
def test_item10_ctrl_c_is_a_quiet_130_with_whole_lines(tmp_path: Path, extra: list[str]) -> None:
    many = tmp_path / "many.jsonl"
    many.write_text(LINE * 300_000, "utf-8")
    command = [sys.executable, "-m", "klachtregels", "check", "livio", str(many), *extra]
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert child.stdout is not None
    first = child.stdout.read(1)  # it has started writing
    child.send_signal(signal.SIGINT)
    rest, err = child.communicate(timeout=120)
    out = first + rest
    assert child.returncode == 130
    assert err == b""
    assert out.endswith(b"\n")


# -- 15. whole pages


def test_item15_a_page_is_written_to_a_temporary_file_then_renamed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = tmp_path / "page.md"
    page.write_text("old\n", "utf-8")
    seen: list[tuple[str, str]] = []
    real = os.replace

    def replace(src: str | Path, dst: str | Path) -> None:
        seen.append((Path(src).name, Path(dst).name))
        assert page.read_text("utf-8") == "old\n"  # untouched until the rename
        real(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    write_whole(page, "new\n")
    assert page.read_text("utf-8") == "new\n"
    assert seen == [(f".page.md.{os.getpid()}.tmp", "page.md")]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.md"]


def test_item15_docs_out_leaves_no_temporary_files(tmp_path: Path, capsys: Capture) -> None:
    assert main(["docs", "--out", str(tmp_path)]) == 0
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert written
    assert not [p for p in written if p.name.endswith(".tmp")]
    assert all(p.stat().st_size > 0 for p in written)
    capsys.readouterr()


# -- 16. an id is not a path


@pytest.mark.parametrize(
    ("ref", "path"),
    [
        ("livio", False),
        ("livio@3", False),
        ("livio@2020-01-01", False),
        ("livio.yaml", True),
        ("x.yml", True),
        ("./livio", True),
        ("regelingen/livio/2020-01-01.yaml", True),
    ],
)
def test_item16_one_rule_tells_a_path_from_an_id(ref: str, path: bool) -> None:
    assert is_path(ref) is path
    assert is_path(Path(ref)) is True


@pytest.mark.parametrize(
    "argv",
    [["conform", "livio"], ["show", "livio"], ["diff", "livio", "livio"], ["graph", "livio"]],
)
def test_item16_an_id_stays_an_id_inside_regelingen_and_beside_a_file_of_that_name(
    argv: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Capture
) -> None:
    monkeypatch.chdir(REPO / "regelingen")  # holds a folder livio/
    assert main(argv) in (0, 1)
    assert capsys.readouterr().err == ""
    (tmp_path / "livio").write_text("not: a regulation\n", "utf-8")
    monkeypatch.chdir(tmp_path)  # holds a file livio
    assert main(argv) in (0, 1)
    assert capsys.readouterr().err == ""


# -- 18. diff --behaviour


def test_item18_behaviour_writes_no_hypothesis_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Capture
) -> None:
    pytest.importorskip("hypothesis")
    monkeypatch.chdir(tmp_path)
    assert main(["diff", "livio", "livio", "--behaviour", "--examples", "3"]) == 0
    assert list(tmp_path.iterdir()) == []
    capsys.readouterr()


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("100001", "100001 is te veel; kies een aantal tot en met 100000"),
        ("٣", "'٣' is geen aantal; schrijf een geheel getal vanaf 0, bijv. 200"),
        ("-1", "'-1' is geen aantal; schrijf een geheel getal vanaf 0, bijv. 200"),
    ],
)
def test_item18_examples_is_bounded(value: str, message: str, capsys: Capture) -> None:
    assert main(["diff", "livio", "livio", "--behaviour", "--examples", value]) == 2
    assert capsys.readouterr().err == f"klachtregels diff: argument --examples: {message}\n"


def test_item18_behaviour_against_another_regulation_ends(capsys: Capture) -> None:
    started = time.perf_counter()
    minimal = str(BROKEN / "valid_minimal.yaml")
    assert main(["diff", "livio", minimal, "--behaviour", "--examples", "5"]) == 1
    assert time.perf_counter() - started < 60
    capsys.readouterr()


# -- 11. klachtregels test on what is no scenario file


def test_item11_test_on_what_cannot_be_read_is_one_line_and_exit_2(
    tmp_path: Path, capsys: Capture
) -> None:
    missing, folder = tmp_path / "missing.yaml", tmp_path / "folder"
    folder.mkdir()
    latin = tmp_path / "latin.yaml"
    latin.write_bytes(b"regulation: caf\xe9\n")
    livio = REPO / "regelingen" / "livio" / "2020-01-01.yaml"
    for target in (missing, folder, latin, livio):
        assert main(["test", str(target)]) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"klachtregels: {missing}: kan het bestand niet lezen (No such file or directory)",
        f"klachtregels: {folder}: kan het bestand niet lezen (Is a directory)",
        f"klachtregels: {latin}: het bestand is geen UTF-8 (byte 15); sla het op als UTF-8",
        f"klachtregels: {livio}:7:1: dit is een regeling, geen scenariobestand; controleer het "
        "met 'klachtregels validate', of geef een bestand met 'regulation:' en 'scenarios:'",
    ]


FAX = """regulation: livio
scenarios:
  - name: per fax
    complaint: {received_on: 2027-01-05, channel: fax, complainant_role: client}
    expect: {standing: true}
"""


def test_item11_a_scenario_with_channel_fax_is_one_located_line(
    tmp_path: Path, capsys: Capture
) -> None:
    path = tmp_path / "fax.yaml"
    path.write_text(FAX, "utf-8")
    assert main(["test", str(path)]) == 2
    assert capsys.readouterr().err == (
        f"klachtregels: {path}:4:51: scenarios[0].complaint.channel: 'fax' is niet "
        "toegestaan; verwacht een van 'letter', 'email', 'web_form', 'phone', 'in_person'\n"
    )


def test_item11_a_failing_scenario_prints_iso_dates(tmp_path: Path, capsys: Capture) -> None:
    path = tmp_path / "wrong.yaml"
    path.write_text(
        "regulation: livio\nscenarios:\n  - name: verkeerd\n    complaint: {received_on: "
        "2027-01-05, channel: email, complainant_role: client}\n    expect: {deadlines: "
        "{judgment: 2026-12-29}}\n",
        "utf-8",
    )
    assert main(["test", str(path)]) == 1
    # Six weeks (42 days) after Tuesday 5 January 2027 is Tuesday 16 February 2027.
    assert capsys.readouterr().out == (
        f"FAIL {path}: verkeerd\n"
        "     deadline judgment: expected 2026-12-29, got 2027-02-16\n"
        "0 geslaagd, 1 mislukt\n"
    )


# -- 12. validate on a scenario file


def test_item12_validate_checks_a_scenario_file_as_one(tmp_path: Path, capsys: Capture) -> None:
    bundled = REPO / "regelingen" / "livio" / "scenarios.yaml"
    assert main(["validate", str(bundled)]) == 0
    assert capsys.readouterr().out == f"{bundled}: geldig\n"
    path = tmp_path / "fax.yaml"
    path.write_text(FAX, "utf-8")
    assert main(["validate", str(path)]) == 1
    assert capsys.readouterr().out == (
        f"{path}:4:51: scenarios[0].complaint.channel: 'fax' is niet toegestaan; verwacht "
        "een van 'letter', 'email', 'web_form', 'phone', 'in_person'\n"
    )


def test_item12_a_regulation_is_still_validated_as_a_regulation() -> None:
    assert check(REPO / "regelingen" / "livio" / "2020-01-01.yaml") == []


def test_jobs_is_bounded_too(capsys: Capture) -> None:
    example = str(REPO / "examples" / "livio-kerstavond.yaml")
    assert main(["check", "livio", example, "--jobs", "99999999999"]) == 2
    assert capsys.readouterr().err == (
        "klachtregels check: argument --jobs: 99999999999 is te veel; kies een aantal tot en "
        "met 256\n"
    )


@needs_dev
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_item9_a_full_disk_under_a_batch_is_one_line_and_exit_2(tmp_path: Path, jobs: str) -> None:
    """A batch writes its chunks straight from their pieces (os.writev): a failed write
    is still one line and exit 2, in the main process and in a worker."""
    many = tmp_path / "many.jsonl"
    many.write_text(LINE * 2500, "utf-8")
    with open("/dev/full", "wb") as full:
        result = _run(["check", "livio", str(many), "--format", "jsonl", "--jobs", jobs], full)
    assert result.returncode == 2
    assert result.stderr.decode() == (
        "klachtregels: kan de uitvoer niet schrijven (No space left on device); er is niets "
        "of een deel geschreven\n"
    )


#: ``klachtregels`` where ending a process by force says so on stderr.
_NO_KILLS = """
import sys
from multiprocessing.process import BaseProcess
from klachtregels.cli import run

def terminate(self):
    print("a worker was ended by force", file=sys.stderr)
    type(self)._real_terminate(self)

BaseProcess._real_terminate = BaseProcess.terminate
BaseProcess.terminate = terminate
sys.argv = ["klachtregels", *sys.argv[1:]]
run()
"""


@needs_dev
def test_item9_after_a_failed_write_the_workers_end_by_themselves(tmp_path: Path) -> None:
    """A worker ended by force (the pool's SIGTERM) could hold the lock of the queue it
    puts its result on, and the pool would wait for that lock forever (once in 30 runs
    of the case above, before): the workers finish what was given out and end."""
    many = tmp_path / "many.jsonl"
    many.write_text(LINE * 2500, "utf-8")
    argv = ["check", "livio", str(many), "--format", "jsonl", "--jobs", "2"]
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [sys.executable, "-c", _NO_KILLS, *argv],
            stdout=full,
            stderr=subprocess.PIPE,
            timeout=120,
            check=False,
        )
    assert done.returncode == 2
    assert done.stderr.decode() == (
        "klachtregels: kan de uitvoer niet schrijven (No space left on device); er is niets "
        "of een deel geschreven\n"
    )


def test_item8_a_batch_into_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    many = tmp_path / "many.jsonl"
    many.write_text(LINE * 2500, "utf-8")
    command = f"{sys.executable} -m klachtregels check livio {many} --format jsonl | head -c 10"
    result = subprocess.run(
        ["bash", "-c", f"set -o pipefail; {command}"], capture_output=True, timeout=120, check=False
    )
    assert result.stdout == b'{"schema_v'
    assert result.returncode == 0  # the command's own status: every line was evaluated
    assert result.stderr == b""
