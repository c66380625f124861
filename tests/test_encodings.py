"""Files that are not UTF-8: a line of JSON Lines that is not costs only itself and says
so, with its place; a file saved as "Unicode" (UTF-16 or UTF-32, with its byte order
mark) is refused as a whole in one line, naming its encoding; the same words for a
complaint file and a regulation. Before, such a line read "geen geldige JSON (invalid
unicode code point ...)", each line of a UTF-16 file was an error of its own, and a
complaint file gave Python's "'utf-8' codec can't decode byte 0xff"."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from klachtregels import Regulation, load
from klachtregels.cli import main
from klachtregels.engine.batch import LineError, evaluate_lines
from klachtregels.errors import not_utf8
from klachtregels.model.loader import check

Capture = pytest.CaptureFixture[str]
LINE = '{"received_on": "2027-01-05", "channel": "email", "complainant_role": "client"}'
#: A line whose case id is readable and whose channel holds é in Latin-1 (byte 0xE9).
PREFIX = b'{"id": "z-1", "received_on": "2027-01-05", "channel": "e'
LATIN1 = PREFIX + b'\xe9mail", "complainant_role": "client"}'


def test_a_line_that_is_not_utf8_is_an_error_in_its_place_with_its_place(
    tmp_path: Path, capsys: Capture
) -> None:
    f = tmp_path / "c.jsonl"
    f.write_bytes(LINE.encode() + b"\n" + LATIN1 + b"\n" + LINE.encode() + b"\n")
    argv = ["check", "livio", str(f), "--format", "jsonl", "--as-of", "2027-02-01"]
    assert main(argv) == 1
    captured = capsys.readouterr()
    out = [json.loads(line) for line in captured.out.splitlines()]
    assert len(out) == 3
    assert "error" not in out[0]
    assert "error" not in out[2]
    # The first byte that is not UTF-8 is the one after the prefix; columns count from 1.
    assert out[1] == {
        "schema_version": 1,
        "id": "z-1",
        "line": 2,
        "error": {
            "field": None,
            "column": len(PREFIX) + 1,
            "code": "error.line_not_utf8",
            "message": f"de regel is geen UTF-8 (byte {len(PREFIX)} van de regel); "
            "sla het bestand op als UTF-8",
        },
    }
    assert captured.err == (
        f"{f}:2:{len(PREFIX) + 1}: de regel is geen UTF-8 (byte {len(PREFIX)} van de regel); "
        "sla het bestand op als UTF-8\n"
    )


def test_in_python_the_line_error_says_it_too_in_english() -> None:
    results = list(evaluate_lines(lambda day: _livio(), [LATIN1], None, path="x.jsonl"))
    assert len(results) == 1
    assert isinstance(results[0], LineError)
    assert results[0].located("en") == (
        f"x.jsonl:1:{len(PREFIX) + 1}: the line is not UTF-8 (byte {len(PREFIX)} of the "
        "line); save the file as UTF-8"
    )


def test_an_id_that_is_itself_not_utf8_is_not_echoed() -> None:
    line = b'{"id": "caf\xe9", "received_on": "2027-01-05"}'
    (result,) = evaluate_lines(_livio(), [line])
    assert isinstance(result, LineError)
    assert (result.id, result.column, result.key) == (None, 12, "error.line_not_utf8")


@pytest.mark.parametrize(
    ("encoding", "name"),
    [("utf-16", "UTF-16"), ("utf-16-be", "UTF-16"), ("utf-32", "UTF-32")],
)
def test_a_jsonl_file_saved_as_unicode_is_refused_as_a_whole(
    tmp_path: Path, capsys: Capture, encoding: str, name: str
) -> None:
    data = ("\ufeff" + (LINE + "\n") * 3).encode(encoding)
    assert data[:2] in (b"\xff\xfe", b"\xfe\xff")  # a byte order mark
    f, err = _refused(tmp_path, capsys, data)
    assert err == (
        f"{f}: het bestand is {name}, geen UTF-8 (het begint met de "
        f"bytevolgordemarkering van {name}); sla het op als UTF-8\n"
    )


@pytest.mark.parametrize(
    ("encoding", "name"),
    [("utf-16-le", "UTF-16"), ("utf-16-be", "UTF-16"), ("utf-32-le", "UTF-32")],
)
def test_a_jsonl_file_in_unicode_without_a_mark_is_refused_as_a_whole_too(
    tmp_path: Path, capsys: Capture, encoding: str, name: str
) -> None:
    """Before, each line read "geen geldige JSON (Expecting property name ...)"."""
    f, err = _refused(tmp_path, capsys, ((LINE + "\n") * 3).encode(encoding))
    assert err == (
        f"{f}: het bestand lijkt {name} zonder bytevolgordemarkering (NUL-bytes naast de "
        "tekens), geen UTF-8; sla het op als UTF-8\n"
    )


def _refused(tmp_path: Path, capsys: Capture, data: bytes) -> tuple[Path, str]:
    """``check`` on a JSON Lines file holding ``data``: exit 2, nothing written; the
    file and what went to stderr."""
    f = tmp_path / "c.jsonl"
    f.write_bytes(data)
    assert main(["check", "livio", str(f), "--format", "jsonl"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    return f, captured.err


def test_on_standard_input_too_in_english() -> None:
    data = ("\ufeff" + LINE + "\n").encode("utf-16")
    argv = ["check", "livio", "-", "--format", "jsonl", "--lang", "en"]
    done = subprocess.run(
        [sys.executable, "-m", "klachtregels", *argv],
        input=data,
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert (done.returncode, done.stdout) == (2, b"")
    assert done.stderr.decode() == (
        "-: the file is UTF-16, not UTF-8 (it begins with the byte order mark "
        "of UTF-16); save it as UTF-8\n"
    )


def test_a_complaint_file_that_is_not_utf8(tmp_path: Path, capsys: Capture) -> None:
    latin1 = tmp_path / "c.json"
    latin1.write_bytes(LATIN1)
    unicode = tmp_path / "u.yaml"
    unicode.write_bytes(("\ufeff" + LINE).encode("utf-16"))
    assert main(["check", "livio", str(latin1)]) == 2
    assert main(["check", "livio", str(unicode), "--lang", "en"]) == 2
    assert capsys.readouterr().err == (
        f"{latin1}: het bestand is geen UTF-8 (byte {len(PREFIX)}); "
        "sla het op als UTF-8\n"
        f"{unicode}: the file is UTF-16, not UTF-8 (it begins with the byte "
        "order mark of UTF-16); save it as UTF-8\n"
    )


def test_a_regulation_saved_as_unicode_names_its_encoding(tmp_path: Path) -> None:
    f = tmp_path / "mijn.yaml"
    f.write_bytes("\ufeffid: mijn\n".encode("utf-16"))
    (error,) = check(f)
    assert error.message("nl") == (
        f"{f}: het bestand is UTF-16, geen UTF-8 (het begint met de bytevolgordemarkering van "
        "UTF-16); sla het op als UTF-8"
    )


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b"\xff\xfe\x00\x00{", ("error.not_utf8_but", {"encoding": "UTF-32"})),
        (b"\x00\x00\xfe\xff", ("error.not_utf8_but", {"encoding": "UTF-32"})),
        (b"\xff\xfe{\x00", ("error.not_utf8_but", {"encoding": "UTF-16"})),
        (b"\xfe\xff\x00{", ("error.not_utf8_but", {"encoding": "UTF-16"})),
        (b"{\x00\x00\x00", ("error.not_utf8_looks", {"encoding": "UTF-32"})),
        (b"\x00\x00\x00{", ("error.not_utf8_looks", {"encoding": "UTF-32"})),
        (b'{\x00"\x00', ("error.not_utf8_looks", {"encoding": "UTF-16"})),
        (b'\x00{\x00"', ("error.not_utf8_looks", {"encoding": "UTF-16"})),
        (b"caf\xe9", ("error.not_utf8", {"offset": 3})),
        (b" \x00{\x00", ("error.not_utf8_looks", {"encoding": "UTF-16"})),
        (b"{\xe9", ("error.not_utf8", {"offset": 3})),
    ],
)
def test_not_utf8_tells_the_encodings_by_their_marks(
    head: bytes, expected: tuple[str, dict[str, object]]
) -> None:
    offset = 3 if expected[0] == "error.not_utf8" else 0
    assert not_utf8(head, offset) == expected


def _livio() -> Regulation:
    return load("livio")
