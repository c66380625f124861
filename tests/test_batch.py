"""Batches: JSON Lines streamed from a file or standard input, a bad line costing only
itself, case ids echoed, the fast writer equal to model_dump, and --jobs.

Expected outcomes are the regulations' own: Livio art. 1 lid 1 onder d counts only a
written complaint (a phone call is inadmissible); the holiday calendar ends in 2100, so
a complaint received in 2150 gets its assessment with each term that needs the calendar
reported as not computable (a finding, not an error).
"""

from __future__ import annotations

import dataclasses
import io
import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import klachtregels as kr
from klachtregels.cli import base, main
from klachtregels.engine import batch
from klachtregels.engine.batch import LineError, evaluate_lines
from klachtregels.engine.writer import CitationTable, JsonWriter
from klachtregels.errors import DateOutOfRangeError
from klachtregels.model import yamlsafe
from klachtregels.testing import complaints

_ROLE = '"complainant_role": "client"}'
EMAIL = '{"id": "z-1", "received_on": "2027-01-04", "channel": "email", ' + _ROLE
PHONE = '{"id": "z-2", "received_on": "2027-01-04", "channel": "phone", ' + _ROLE
FAX = '{"id": "z-3", "received_on": "2027-01-04", "channel": "fax", ' + _ROLE
LATE = '{"id": "z-4", "received_on": "2150-01-04", "channel": "email", ' + _ROLE
CUT = '{"id": "z-5", "received_on": '
FAX_EN = (
    "channel: 'fax' is not allowed; expected one of 'letter', 'email', 'web_form', "
    "'phone', 'in_person'"
)
FAX_NL = (
    "channel: 'fax' is niet toegestaan; verwacht een van 'letter', 'email', 'web_form', "
    "'phone', 'in_person'"
)


class _Stdin:
    """Standard input as the command reads it: text on top of a binary buffer."""

    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)

    def read(self) -> str:
        return self.buffer.read().decode("utf-8")


class _Stdout:
    """Standard output with the binary buffer the JSON Lines writer uses."""

    def __init__(self) -> None:
        self.buffer = io.BytesIO()
        self.text = io.StringIO()

    def write(self, text: str) -> int:
        return self.text.write(text)

    def flush(self) -> None:
        pass

    def getvalue(self) -> str:
        return self.text.getvalue()


def _run(argv: list[str], monkeypatch: pytest.MonkeyPatch, stdin: bytes = b"") -> tuple[int, str]:
    out = _Stdout()
    monkeypatch.setattr(sys, "stdin", _Stdin(stdin))
    monkeypatch.setattr(sys, "stdout", out)
    code = main(argv)
    return code, out.buffer.getvalue().decode("utf-8") + out.getvalue()


def _records(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines()]


# ------------------------------------------------------------------- reading


@pytest.mark.parametrize("suffix", [".jsonl", ".ndjson"])
def test_a_bad_line_costs_only_itself(
    suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / f"many{suffix}"
    f.write_text("\n".join([EMAIL, FAX, "", PHONE, CUT, LATE, EMAIL]) + "\n", "utf-8")
    code, out = _run(["check", "livio", str(f), "--format", "jsonl", "--lang", "en"], monkeypatch)
    assert code == 1
    records = _records(out)
    assert [r["id"] for r in records] == ["z-1", "z-3", "z-2", None, "z-4", "z-1"]
    assert [r.get("line") for r in records] == [None, 2, None, 5, None, None]
    assert [r["admissibility"]["ok"] for r in (records[0], records[2], records[5])] == [
        True,
        False,  # Livio art. 1 lid 1 onder d: by phone is not in writing
        True,
    ]
    assert records[1]["error"] == {
        "field": "channel",
        "column": 55,
        "code": "error.not_one_of",
        "message": FAX_EN,
    }
    assert records[3]["error"]["code"] == "error.json_syntax"
    assert records[3]["error"]["column"] == 30  # just past the end of the cut-off line
    # Livio's six weeks and its first contact both need the calendar (Atw art. 1).
    assert [f["code"] for f in records[4]["findings"]] == ["deadline_not_computable"] * 2
    assert records[4]["deadlines"] == []
    assert capsys.readouterr().err.splitlines() == [
        f"{f}:2:55: {FAX_EN}",
        f"{f}:5:30: not valid JSON (Expecting value); one complaint per line, e.g. "
        '{"received_on": "2027-01-05", "channel": "email", "complainant_role": "client"}',
    ]


def test_json_lines_from_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = f"{EMAIL}\n{FAX}\n".encode()
    code, out = _run(["check", "livio", "-", "--format", "jsonl"], monkeypatch, data)
    assert code == 1
    assert [r["id"] for r in _records(out)] == ["z-1", "z-3"]
    assert capsys.readouterr().err == f"-:2:55: {FAX_NL}\n"


def test_all_good_lines_exit_0(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    f = tmp_path / "good.jsonl"
    f.write_text(f"{EMAIL}\r\n{PHONE}\r\n", "utf-8")
    code, out = _run(["check", "livio", str(f), "--format", "jsonl"], monkeypatch)
    assert code == 0
    assert [r["id"] for r in _records(out)] == ["z-1", "z-2"]


def test_a_line_separator_inside_a_string_stays_in_its_line(tmp_path: Path) -> None:
    # U+2028 and U+0085 are line breaks to str.splitlines, not to JSON Lines.
    line = EMAIL.replace('"z-1"', '"z\u2028\u00851"')
    results = list(evaluate_lines(kr.load("livio"), [line.encode() + b"\n"]))
    assert [r.id for r in results if isinstance(r, kr.Assessment)] == ["z\u2028\u00851"]


def test_only_a_line_that_fails_is_parsed_again(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = yamlsafe.parse

    def counting(text: str, path: str) -> Any:
        calls.append(text)
        return real(text, path)

    monkeypatch.setattr(batch, "parse", counting)
    lines = [EMAIL, PHONE] * 50 + [FAX]
    results = list(evaluate_lines(kr.load("livio"), lines, path="x.jsonl"))
    assert len(results) == 101
    assert calls == [FAX]


def test_lines_are_read_lazily() -> None:
    def lines() -> Iterator[str]:
        yield EMAIL
        raise AssertionError("read past the first line")

    first = next(evaluate_lines(kr.load("livio"), lines()))
    assert isinstance(first, kr.Assessment)


def test_first_line_numbers_a_part_of_a_file() -> None:
    (error,) = evaluate_lines(kr.load("livio"), [FAX], path="x.jsonl", first_line=41)
    assert isinstance(error, LineError)
    assert error.located("nl") == f"x.jsonl:41:55: {FAX_NL}"


def test_complaints_given_as_one_complaint_say_how_to_run_them_as_a_batch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before: "verwacht een mapping ..., niet [{'received_on': ..." for a JSON array, and
    "geen geldige YAML (expected '<document start>', but found '{')" for JSON Lines."""
    one = '{"received_on": "2027-01-05", "channel": "email", "complainant_role": "client"}'
    array = tmp_path / "array.json"
    array.write_text(f"[{one}, {one}, {one}]", "utf-8")
    lines = tmp_path / "lines.json"
    lines.write_text(f"{one}\n\n{one}\n", "utf-8")
    numbers = tmp_path / "numbers.json"
    numbers.write_text("[1, 2]", "utf-8")  # a list, but not of complaints
    assert main(["check", "livio", str(array)]) == 2
    assert main(["check", "livio", str(lines), "--lang", "en"]) == 2
    assert main(["check", "livio", str(numbers)]) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"{array}: dit is een lijst van 3 klachten, geen klacht; zet ze één per regel in een "
        "bestand op .jsonl (JSON Lines), dan beoordeelt check ze allemaal",
        f"{lines}: these are 2 complaints as JSON Lines (one per line), not one complaint; "
        "give the file the extension .jsonl, or read it from - with --format jsonl",
        f"{numbers}:1:1: verwacht een mapping (sleutel: waarde), niet [1, 2]; schrijf bijv. "
        '{"received_on": "2027-01-05", "channel": "email", "complainant_role": "client"}',
    ]


# ------------------------------------------------------------------- Python


class _FailsOnZ4(kr.Engine):
    """An engine that cannot evaluate case z-4: stands in for an error during evaluation
    (the bundled regulations have none left: a date past the calendar is a finding)."""

    def evaluate(self, reg: Any, complaint: Any, *args: Any, **kwargs: Any) -> Any:
        if complaint.id == "z-4":
            raise DateOutOfRangeError(complaint.received_on, date(1965, 4, 1), date(2100, 12, 31))
        return super().evaluate(reg, complaint, *args, **kwargs)


def test_evaluate_many_can_yield_errors_in_place() -> None:
    rows: list[dict[str, Any]] = [
        json.loads(EMAIL),
        json.loads(FAX),
        json.loads(LATE),
        json.loads(PHONE),
    ]
    out = list(_FailsOnZ4().evaluate_many(kr.load("livio"), rows, on_error="yield"))
    assert [type(x).__name__ for x in out] == [
        "Assessment",
        "ComplaintError",
        "DateOutOfRangeError",
        "Assessment",
    ]
    assert isinstance(out[1], kr.ComplaintError)
    assert out[1].field == "channel"
    assert out[1].message("en") == FAX_EN
    with pytest.raises(kr.ComplaintError):
        list(kr.evaluate_many(kr.load("livio"), rows))
    # The default engine assesses the complaint of 2150 (its terms not computable).
    assert [type(x).__name__ for x in kr.evaluate_many(kr.load("livio"), rows[2:])] == [
        "Assessment",
        "Assessment",
    ]


def test_a_case_id_is_echoed_and_at_most_200_characters() -> None:
    reg = kr.load("livio")
    c = kr.Complaint.model_validate(json.loads(EMAIL))
    assert kr.evaluate(reg, c).model_dump()["id"] == "z-1"
    assert kr.evaluate(reg, c).id == "z-1"
    with pytest.raises(kr.ComplaintError) as info:
        kr.Complaint.model_validate({**json.loads(EMAIL), "id": "x" * 201})
    assert info.value.message("en") == "id: 201 characters is too long; at most 200 characters"
    with pytest.raises(kr.ComplaintError) as info:
        kr.Complaint.model_validate({**json.loads(EMAIL), "id": 7})
    assert info.value.field == "id"


def test_complaint_errors_are_klachtregels_errors_in_both_languages() -> None:
    with pytest.raises(kr.ComplaintError) as info:
        kr.Complaint.model_validate_json(FAX)
    e = info.value
    assert isinstance(e, ValueError)
    assert isinstance(e, kr.KlachtregelsError)
    assert (e.field, e.loc) == ("channel", ("channel",))
    assert (str(e), e.message("en")) == (FAX_NL, FAX_EN)
    with pytest.raises(kr.ComplaintError) as info:
        kr.Complaint(received_on=date(2027, 1, 4), channel="email", complainant_role="buur")
    assert info.value.field == "complainant_role"
    with pytest.raises(kr.ComplaintError) as info:
        kr.Complaint.model_validate({**json.loads(EMAIL), "kanaal": "fax"})
    assert str(info.value).startswith("kanaal: onbekende sleutel 'kanaal'; toegestaan: id, ")


# ------------------------------------------------------------------- writing


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(["bij-elkaar", "burgercoaching", "cmv-coaching", "livio", "polypartners"]),
    complaints(),
    st.one_of(st.none(), st.dates(date(2020, 1, 1), date(2030, 12, 31))),
    st.sampled_from(["nl", "en"]),
)
def test_the_writer_writes_exactly_model_dump(
    ident: str, c: kr.Complaint, as_of: date | None, lang: str
) -> None:
    reg = kr.load(ident)
    # One writer for all examples, as for a batch: what it remembered from other
    # complaints must never show in this one's result.
    writer = _WRITERS.setdefault(ident, JsonWriter())
    for _ in range(2):  # the second time from what it remembered
        a = kr.evaluate(reg, c, as_of, lang="en" if lang == "en" else "nl")
        expected = json.dumps(a.model_dump(mode="json"), ensure_ascii=False)
        assert writer.assessment(a) == expected
        assert writer.encoded(a) == expected.encode("utf-8")


_WRITERS: dict[str, JsonWriter] = {}


def test_the_writer_tells_verdicts_of_the_same_findings_apart() -> None:
    """A verdict is remembered by its findings and by ``ok``: the same shared findings
    under another ``ok`` are written as that verdict, not as the one remembered."""
    reg = kr.load("livio")
    c = kr.Complaint.model_validate_json(EMAIL)
    a = kr.evaluate(reg, c, date(2027, 1, 5))
    shared = a.admissibility.findings
    flipped = dataclasses.replace(
        a, admissibility=dataclasses.replace(a.admissibility, ok=not a.admissibility.ok)
    )
    writer = JsonWriter()
    for each in (a, flipped, a):
        expected = json.dumps(each.model_dump(mode="json"), ensure_ascii=False)
        assert writer.assessment(each) == expected
    assert flipped.admissibility.findings is shared


def _expand(value: Any, table: dict[str, Any]) -> Any:
    """The compact form with every citation id replaced by its citation."""
    if isinstance(value, dict):
        return {
            k: table[v] if k == "citation" and isinstance(v, str) else _expand(v, table)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_expand(v, table) for v in value]
    return value


@pytest.mark.parametrize("ident", ["livio", "polypartners", "bij-elkaar"])
def test_the_compact_form_gives_each_citation_once(ident: str) -> None:
    reg = kr.load(ident)
    table = CitationTable(reg)
    writer = JsonWriter(citations=table)
    header = json.loads(writer.header())
    assert header["schema_version"] == 1
    rows = [json.loads(EMAIL), json.loads(PHONE), {**json.loads(EMAIL), "involuntary_care": True}]
    for a in kr.evaluate_many(reg, rows, date(2027, 3, 1)):
        compact = json.loads(writer.assessment(a))
        cited = [v for k, v in _walk(compact) if k == "citation" and v is not None]
        assert cited
        assert all(isinstance(v, str) for v in cited)  # every citation by id
        assert _expand(compact, header["citations"]) == a.model_dump(mode="json")


def test_one_complaint_in_the_compact_form_comes_with_its_citations(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``--compact`` on one complaint: the table first, as in a batch, so that each id
    the result cites can be looked up (before, the ids came without it)."""
    f = tmp_path / "one.json"
    f.write_text(PHONE, "utf-8")
    argv = ["check", "livio", str(f), "--format", "jsonl", "--compact", "--as-of", "2027-02-01"]
    code, out = _run(argv, monkeypatch)
    assert code == 0
    header, result = _records(out)
    cited = [v for k, v in _walk(result) if k == "citation" and v is not None]
    assert "livio art. 1 lid 1 onder d" in cited  # the phone call: not in writing
    assert set(cited) <= set(header["citations"])


def _walk(value: Any) -> Iterator[tuple[str, Any]]:
    if isinstance(value, dict):
        for k, v in value.items():
            yield k, v
            yield from _walk(v)
    elif isinstance(value, list):
        for v in value:
            yield from _walk(v)


# ------------------------------------------------------------------- --jobs


def _write_rows(f: Path, channels: list[str], days: list[str], blank: int = 0) -> None:
    """``blank`` blank lines, then a complaint per channel with id ``c0``, ``c1``, ..."""
    rows = ["" for _ in range(blank)]
    for i, (channel, day) in enumerate(zip(channels, days, strict=True)):
        row = {"id": f"c{i}", "received_on": day, "channel": channel}
        rows.append(json.dumps({**row, "complainant_role": "client"}))
    f.write_text("\n".join(rows) + "\n", "utf-8")


def _with_each_jobs(argv: list[str], jobs: tuple[str, ...], code: int) -> tuple[bytes, bytes]:
    """The output and errors of ``klachtregels *argv`` with each ``--jobs`` of ``jobs``,
    asserted to be the same bytes each time and to end with exit status ``code``."""
    outputs = []
    for n in jobs:
        done = subprocess.run(
            [sys.executable, "-m", "klachtregels", *argv, "--jobs", n],
            capture_output=True,
            check=False,
            timeout=300,
        )
        assert done.returncode == code, done.stderr
        outputs.append((done.stdout, done.stderr))
    assert all(o == outputs[0] for o in outputs)
    return outputs[0]


def test_jobs_give_the_same_bytes_in_input_order(tmp_path: Path) -> None:
    f = tmp_path / "many.jsonl"
    days = [date.fromordinal(date(2024, 1, 1).toordinal() + i % 700) for i in range(2500)]
    channels = [["email", "phone", "letter", "fax"][i % 4] for i in range(2500)]
    _write_rows(f, channels, [d.isoformat() for d in days])
    argv = ["check", "livio", str(f), "--format", "jsonl", "--as-of", "2026-01-01"]
    out, err = _with_each_jobs(argv, ("1", "2", "3"), 1)  # every fourth line has channel fax
    ids = [json.loads(line)["id"] for line in out.decode().splitlines()]
    assert ids == [f"c{i}" for i in range(2500)]
    assert len(err.decode().splitlines()) == 625


def test_a_batch_in_json_is_one_json_array_in_input_order(tmp_path: Path) -> None:
    """``--format json`` on a batch: one JSON document, an array of the records in input
    order (the error records in their lines' places), the same bytes from one process and
    from workers. The first 1,200 lines are blank, so the first record is in the second
    chunk: only the writing turn knows that no comma goes before it."""
    f = tmp_path / "many.jsonl"
    channels = ["fax" if i in (0, 999) else "email" for i in range(1300)]
    _write_rows(f, channels, ["2027-01-04"] * 1300, blank=1200)
    argv = ["check", "livio", str(f), "--format", "json", "--as-of", "2027-02-01"]
    out, _ = _with_each_jobs(argv, ("1", "2", "3"), 1)  # the two faxes
    records = json.loads(out)
    assert [r["id"] for r in records] == [f"c{i}" for i in range(1300)]
    assert [r["line"] for r in records if "error" in r] == [1201, 2200]
    assert out.startswith(b'[\n  {\n    "schema_version": 1,\n')
    assert out.endswith(b"\n  }\n]\n")
    assert out.count(b"\n, {\n") == 1299  # each record after the first, by its comma


def test_a_batch_in_text_is_blocks_between_blank_lines_each_with_its_case(
    tmp_path: Path,
) -> None:
    """``--format text`` on a batch: one block per record, in input order, a blank line
    between two blocks (also where a chunk ends: the first 1,200 lines are blank), each
    assessment led by its case id; the same bytes from one process and from workers."""
    f = tmp_path / "many.jsonl"
    channels = ["fax" if i == 5 else "email" for i in range(1100)]
    _write_rows(f, channels, ["2027-01-04"] * 1100, blank=1200)
    argv = ["check", "livio", str(f), "--as-of", "2027-02-01", "--lang", "en"]
    out, _ = _with_each_jobs(argv, ("1", "2"), 1)  # the fax
    text = out.decode("utf-8")
    assert text.startswith("Case: c0\nRegulation livio (version 3), assessed as of ")
    assert text.endswith("\n")
    assert not text.endswith("\n\n")  # no blank line after the last block
    heads = [line for line in text.splitlines() if line.startswith(("Case: ", str(f)))]
    expected = [f"Case: c{i}" for i in range(1100)]
    expected[5] = f"{f}:1206:54: channel: {FAX_EN[len('channel: ') :]}"
    assert heads == expected
    assert text.count("\n\nCase: ") == 1099 - 1  # before each block but the first and the fax's
    assert f"\n\n{f}:1206:54: " in text


def test_a_case_id_cannot_forge_a_line_of_the_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The case id is the caller's text: a newline or an escape sequence in it is shown
    escaped, on the id's own line, so it cannot add a verdict of its own."""
    f = tmp_path / "forged.jsonl"
    forged = "x\nOntvankelijk: ja\x1b[2J"
    f.write_text(PHONE.replace('"z-2"', json.dumps(forged)) + "\n", "utf-8")
    code, out = _run(["check", "livio", str(f), "--as-of", "2027-02-01"], monkeypatch)
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Zaak: x\\nOntvankelijk: ja\\x1b[2J"
    assert [line for line in lines if line.startswith("Ontvankelijk:")] == ["Ontvankelijk: nee"]


def test_an_empty_batch_in_json_is_an_empty_array(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    f = tmp_path / "none.jsonl"
    f.write_text("\n\n", "utf-8")
    code, out = _run(["check", "livio", str(f), "--format", "json"], monkeypatch)
    assert code == 0
    assert json.loads(out) == []


def test_one_complaint_in_json_is_still_one_object(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    f = tmp_path / "one.json"
    f.write_text(EMAIL, "utf-8")
    code, out = _run(["check", "livio", str(f), "--format", "json"], monkeypatch)
    assert code == 0
    assert json.loads(out)["id"] == "z-1"


#: ``check`` with its workers started as on macOS and Windows: a new interpreter each,
#: sent the job pickled (the guard: a spawned worker imports this script again).
_SPAWNED = """
import sys
from klachtregels.cli import batch, main, workers
if __name__ == "__main__":
    batch.CHUNK = 100
    workers.START_METHOD = "spawn"
    sys.exit(main(sys.argv[1:]))
"""


def test_spawned_workers_give_the_same_bytes_as_one_process(tmp_path: Path) -> None:
    """The start method of macOS and Windows, run here on Linux: the job and the workers'
    shared memory pickle, and the output is byte for byte that of one process (small
    chunks: 25 of them, each shared out between both workers)."""
    f = tmp_path / "many.jsonl"
    script = tmp_path / "spawned.py"
    script.write_text(_SPAWNED, "utf-8")
    f.write_text(
        "".join(
            json.dumps(
                {
                    "id": f"c{i}",
                    "received_on": date.fromordinal(738886 + i % 300).isoformat(),
                    "channel": ["email", "phone", "fax"][i % 3],
                    "complainant_role": "client",
                }
            )
            + "\n"
            for i in range(2500)
        ),
        "utf-8",
    )
    argv = ["check", "livio", str(f), "--format", "jsonl", "--as-of", "2026-01-01"]
    one = subprocess.run(
        [sys.executable, "-m", "klachtregels", *argv], capture_output=True, timeout=300
    )
    shm = Path("/dev/shm")
    before = set(shm.glob("psm_*")) if shm.is_dir() else set()
    spawned = subprocess.run(
        [sys.executable, str(script), *argv, "--jobs", "2"], capture_output=True, timeout=300
    )
    assert one.returncode == spawned.returncode == 1, spawned.stderr  # the fax lines
    assert spawned.stdout == one.stdout
    assert spawned.stderr == one.stderr  # nor a word of leaked shared memory
    assert len(one.stderr.decode().splitlines()) == 833
    if shm.is_dir():  # the workers' shared memory is removed at the end
        assert set(shm.glob("psm_*")) <= before


def _received(day: str, ident: str) -> bytes:
    return f'{{"id": "{ident}", "received_on": "{day}", "channel": "email"}}\n'.encode()


def test_a_chunk_is_shared_out_by_the_day_of_receipt() -> None:
    """Lines of the same day go to the same worker, whatever else the line holds; a blank
    line to none (it gives no record); each share keeps its lines' numbers."""
    from klachtregels.cli.workers import share_out

    days = [f"2027-01-{d:02}" for d in range(1, 29)]
    lines = [_received(days[i // 10], f"c{i}") for i in range(280)]
    lines[7] = b"  \n"
    owners, shares = share_out(lines, 101, 2)
    assert owners[7] == -1
    by_day: dict[bytes, set[int]] = {}
    for i, line in enumerate(lines):
        if i != 7:
            by_day.setdefault(line[line.index(b"2027") :][:10], set()).add(owners[i])
    assert all(len(w) == 1 for w in by_day.values())
    assert {w for ws in by_day.values() for w in ws} == {0, 1}  # both have days
    assert sorted(n for share in shares for n, _ in share) == [
        101 + i for i in range(280) if i != 7
    ]
    assert all(lines[n - 101] == line for share in shares for n, line in share)


def test_a_chunk_of_one_day_is_shared_out_line_by_line_in_turn() -> None:
    from klachtregels.cli.workers import share_out

    lines = [_received("2027-01-04", f"c{i}") for i in range(7)]
    lines.insert(2, b"\n")
    owners, shares = share_out(lines, 1, 3)
    assert owners == [0, 1, -1, 2, 0, 1, 2, 0]
    assert [[n for n, _ in share] for share in shares] == [[1, 5, 8], [2, 6], [4, 7]]


def test_the_last_of_256_workers_is_told_from_a_blank_line() -> None:
    """--jobs goes up to 256: the 256th worker's number must not be that of no worker."""
    from klachtregels.cli.workers import share_out

    lines = [_received("2027-01-04", f"c{i}") for i in range(256)] + [b"\n"]
    owners, shares = share_out(lines, 1, 256)
    assert owners == [*range(256), -1]
    assert shares[255] == [(256, lines[255])]


#: ``check`` with workers whose slots hold 100 bytes, so each share comes back through
#: the pipe (as where the workers are not forked, or a share is too large for its slot).
_SMALL_SLOTS = """
import sys
from klachtregels.cli import batch, main, workers
batch.CHUNK = 100
workers.SLOT_BYTES = 100
sys.exit(main(sys.argv[1:]))
"""


def test_shares_too_large_for_their_slot_give_the_same_bytes(tmp_path: Path) -> None:
    f = tmp_path / "many.jsonl"
    rows = [
        json.dumps(
            {
                "id": f"c{i}",
                "received_on": f"2026-0{1 + i % 9}-1{i % 10}",
                "channel": ["email", "phone", "fax"][i % 3],
                "complainant_role": "client",
            }
        )
        for i in range(700)
    ]
    rows[3] = ""  # a blank line, and one cut off
    rows[9] = rows[9][:20]
    f.write_text("\n".join(rows) + "\n", "utf-8")
    argv = ["check", "livio", str(f), "--format", "jsonl", "--as-of", "2026-12-01"]
    one = subprocess.run([sys.executable, "-m", "klachtregels", *argv], capture_output=True)
    small = _patched(_SMALL_SLOTS, *argv, "--jobs", "3")
    assert one.returncode == small.returncode == 1, small.stderr
    assert small.stdout == one.stdout
    assert small.stderr == one.stderr
    assert len(one.stdout.splitlines()) == 699


#: ``check`` with chunks of 5 lines; the share that begins at line 1 takes a second to
#: evaluate; each share says on stderr where it begins once it is evaluated.
_SLOW_FIRST_SHARE = """
import sys, time
from klachtregels.cli import batch, main
batch.CHUNK = 5
part = batch.Job.part
def slow_first(self, numbered):
    if numbered[0][0] == 1:
        time.sleep(1.0)
    done = part(self, numbered)
    print(f"evaluated {numbered[0][0]}", file=sys.stderr, flush=True)
    return done
batch.Job.part = slow_first
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the workers are forked")
def test_a_worker_ahead_goes_on_while_the_share_before_it_is_slow(tmp_path: Path) -> None:
    """Twenty complaints of one day: each chunk of five is shared out line by line in
    turn, the first worker has lines 1, 3, 5 of it, the second 2 and 4. While the first
    is on the slow share of lines 1-5, the second evaluates its shares of all four
    chunks (it has four slots), instead of waiting until the first chunk is written;
    the output is still in input order."""
    done = _patched(_SLOW_FIRST_SHARE, *_twenty(tmp_path), "--jobs", "2")
    assert done.returncode == 0, done.stderr
    order = done.stderr.decode().splitlines()
    assert sorted(order) == sorted(f"evaluated {n}" for n in (1, 2, 6, 7, 11, 12, 16, 17))
    assert order.index("evaluated 17") < order.index("evaluated 1")
    assert order.index("evaluated 1") < order.index("evaluated 6")
    ids = [json.loads(line)["id"] for line in done.stdout.decode().splitlines()]
    assert ids == [f"c{i}" for i in range(20)]


#: ``check`` with chunks of 5 lines; the worker that gets the share of the third chunk
#: that begins at line 11 waits a second (the two chunks before it are written by then)
#: and is killed, as by the out-of-memory killer.
_KILLED_ON_THE_THIRD_CHUNK = """
import os, signal, sys, time
from klachtregels.cli import batch, main
batch.CHUNK = 5
part = batch.Job.part
def killed(self, numbered):
    if numbered[0][0] == 11:
        time.sleep(1.0)
        os.kill(os.getpid(), signal.SIGKILL)
    return part(self, numbered)
batch.Job.part = killed
sys.exit(main(sys.argv[1:]))
"""

#: ``check`` with chunks of 5 lines, whose second worker is killed at once on its share
#: of the third chunk, while the other worker's shares may still come in.
_KILLED_AT_ONCE = """
import os, signal, sys
from klachtregels.cli import batch, main
batch.CHUNK = 5
part = batch.Job.part
def killed(self, numbered):
    if numbered[0][0] == 12:
        os.kill(os.getpid(), signal.SIGKILL)
    return part(self, numbered)
batch.Job.part = killed
sys.exit(main(sys.argv[1:]))
"""


def _patched(script: str, *argv: str) -> subprocess.CompletedProcess[bytes]:
    """``klachtregels`` as patched by ``script``, with a bound that ends a hang."""
    return subprocess.run(
        [sys.executable, "-c", script, *argv], capture_output=True, check=False, timeout=120
    )


def _twenty(tmp_path: Path) -> list[str]:
    f = tmp_path / "twenty.jsonl"
    f.write_text("".join(EMAIL.replace('"z-1"', f'"c{i}"') + "\n" for i in range(20)), "utf-8")
    return ["check", "livio", str(f), "--format", "jsonl", "--as-of", "2027-02-01"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the workers are forked")
def test_a_killed_worker_ends_the_batch_with_exit_2_and_says_how_far_the_output_is_whole(
    tmp_path: Path,
) -> None:
    """Before, with multiprocessing.Pool, the batch waited forever for the dead worker's
    chunk (the timeout here would end the test)."""
    done = _patched(_KILLED_ON_THE_THIRD_CHUNK, *_twenty(tmp_path), "--jobs", "2")
    assert done.returncode == 2
    assert done.stderr.decode() == (
        "klachtregels: een werkproces van --jobs is onverwacht gestopt (signaal 9, SIGKILL); "
        "de uitvoer is volledig tot en met regel 10 van de invoer, daarna ontbreekt ze\n"
    )
    ids = [json.loads(line)["id"] for line in done.stdout.decode().splitlines()]
    assert ids == [f"c{i}" for i in range(10)]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the workers are forked")
def test_after_a_worker_died_the_output_is_exactly_the_lines_it_says(tmp_path: Path) -> None:
    """Only the main process writes, whole chunks: however far it got when the worker
    died, the output is the records of the lines the message names, all of them whole,
    and nothing after (before, a worker killed while writing left half a line)."""
    done = _patched(_KILLED_AT_ONCE, *_twenty(tmp_path), "--jobs", "2", "--lang", "en")
    assert done.returncode == 2
    message = done.stderr.decode()
    how = "klachtregels: a worker process of --jobs ended unexpectedly (signal 9, SIGKILL); "
    found = re.fullmatch(
        re.escape(how) + r"the output is complete up to and including line (\d+) of the "
        r"input, after that it is missing\n",
        message,
    )
    if found is None:  # killed before the first chunk was written
        assert message == how + "no line was written in full\n"
        assert done.stdout == b""
        return
    line = int(found.group(1))
    assert line in (5, 10)  # the third chunk is never written
    out = done.stdout.decode()
    assert out.endswith("\n")
    assert [json.loads(x)["id"] for x in out.splitlines()] == [f"c{i}" for i in range(line)]


#: ``check`` with chunks of 5 lines, each share taking a twentieth of a second; each
#: share says on stderr when it is evaluated.
_SLOW_CHUNKS = """
import sys, time
from klachtregels.cli import batch, main
batch.CHUNK = 5
part = batch.Job.part
def slow(self, numbered):
    time.sleep(0.05)
    done = part(self, numbered)
    print(f"evaluated {numbered[0][0]}", file=sys.stderr, flush=True)
    return done
batch.Job.part = slow
sys.exit(main(sys.argv[1:]))
"""


def _children(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (Linux: from /proc)."""
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.append(int(stat.parent.name))
    return out


def _ended(pid: int) -> bool:
    """Gone, or a zombie waiting for a parent that does not reap it (a container's init)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except OSError:
        return True
    return state in ("Z", "X")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the workers are forked")
def test_the_workers_end_when_the_main_process_is_killed(tmp_path: Path) -> None:
    """Before, each forked worker kept a copy of the main process's end of its own pipe
    (and of the workers' before it), so none saw its input end after a kill -9 of the
    main process, and they ran on, forever, waiting."""
    f = tmp_path / "many.jsonl"
    f.write_text("".join(EMAIL.replace('"z-1"', f'"c{i}"') + "\n" for i in range(400)), "utf-8")
    argv = ["check", "livio", str(f), "--format", "jsonl", "--as-of", "2027-02-01", "--jobs", "2"]
    with subprocess.Popen(
        [sys.executable, "-c", _SLOW_CHUNKS, *argv],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    ) as proc:
        assert proc.stderr is not None
        assert proc.stderr.readline().startswith(b"evaluated ")  # the workers are at work
        workers = _children(proc.pid)
        assert len(workers) == 2
        proc.kill()
        proc.wait()
        for _ in range(600):  # a bound of a minute; they end within a chunk or two
            if all(map(_ended, workers)):
                break
            time.sleep(0.1)
        assert all(map(_ended, workers))


#: ``check`` whose second worker cannot be started (as a fork refused for want of
#: memory); the first worker's pid goes to stderr.
_SECOND_FORK_FAILS = """
import errno, sys
from klachtregels.cli import main, workers
start = workers._start
def second_fails(*args):
    if args[-1]:  # the first worker's pipe ends are kept: this is the second
        raise OSError(errno.EAGAIN, "Resource temporarily unavailable")
    w = start(*args)
    print(w.process.pid, file=sys.stderr, flush=True)
    return w
workers._start = second_fails
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the workers are forked")
def test_a_worker_that_cannot_be_started_ends_the_batch_and_the_one_started(
    tmp_path: Path,
) -> None:
    done = _patched(_SECOND_FORK_FAILS, *_twenty(tmp_path), "--jobs", "2")
    assert done.returncode == 2
    first, message = done.stderr.decode().splitlines()
    assert message == (
        "klachtregels: kan geen werkproces voor --jobs starten (Resource temporarily "
        "unavailable); probeer minder --jobs"
    )
    assert done.stdout == b""
    for _ in range(600):
        if _ended(int(first)):
            break
        time.sleep(0.1)
    assert _ended(int(first))


def test_compact_needs_json_lines(capsys: pytest.CaptureFixture[str]) -> None:
    example = str(Path(__file__).resolve().parents[1] / "examples" / "livio-kerstavond.yaml")
    assert main(["check", "livio", example, "--compact", "--lang", "en"]) == 2
    assert capsys.readouterr().err == (
        "klachtregels check: --compact works only with --format jsonl\n"
    )


def test_jobs_must_be_a_count(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "livio", "x.jsonl", "--jobs", "0", "--lang", "en"]) == 2
    assert capsys.readouterr().err == (
        "klachtregels check: argument --jobs: '0' is not a count; write a whole number "
        "from 1, e.g. 2\n"
    )


# ------------------------------------------------------- writing a chunk in pieces


def _read_all(fd: int) -> bytes:
    out = b""
    while chunk := os.read(fd, 1 << 16):
        out += chunk
    return out


def test_a_chunk_in_pieces_is_written_as_the_pieces_joined() -> None:
    pieces = [b'{"a": 1}', b"\n", b"", b'{"b": 2}', b"\n"] * 700  # over one writev's 1024
    r, w = os.pipe()
    out = base._Out(w)
    with ThreadPoolExecutor(1) as pool:  # the pipe holds less than the pieces
        read = pool.submit(_read_all, r)
        out.write_pieces(pieces)
        os.close(w)
        assert read.result() == b"".join(pieces)
    os.close(r)


def test_pieces_written_in_part_are_finished_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    """A writev that stops early (a full pipe, a signal) leaves the rest to plain writes."""
    real = os.writev
    monkeypatch.setattr(os, "writev", lambda fd, parts: real(fd, [bytes(parts[0])[:3]]))
    pieces = [b"line one\n", b"line ", b"two\n"]
    r, w = os.pipe()
    base._Out(w).write_pieces(pieces)
    os.close(w)
    assert _read_all(r) == b"line one\nline two\n"
    os.close(r)


def test_pieces_after_half_a_line_wait_for_its_end() -> None:
    """What waits for a newline goes first; pieces not ending a line wait in turn."""
    r, w = os.pipe()
    out = base._Out(w)
    out.write(b"half ")
    out.write_pieces([b"a line\n", b"and half"])
    assert out.pending == b"and half"
    out.finish()
    os.close(w)
    assert _read_all(r) == b"half a line\nand half"
    os.close(r)
