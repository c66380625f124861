"""klachtregels check: text for people, JSON equal to model_dump, JSON Lines, errors."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

import klachtregels as kr
from klachtregels.cli import main

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "livio-kerstavond.yaml"


def test_text_output_puts_verdicts_first_then_deadlines_route_and_sources(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["check", "livio", str(EXAMPLE), "--as-of", "2027-01-05"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Regeling livio (versie 3), beoordeeld op 2027-01-05"
    assert lines[1] == "Klachtgerechtigd: ja"
    order = [lines.index(h) for h in ("Termijnen", "Route", "Bronnen")]
    assert order == sorted(order)
    # Received Thursday 24 December 2026: six weeks end Thursday 4 February 2027 and
    # five working days (Livio art. 8 lid 1) end Monday 4 January 2027, missed by 5 Jan.
    assert any(line.split()[:3] == ["judgment", "2026-12-24", "2027-02-04"] for line in lines)
    row = next(line.split() for line in lines if line.startswith("  first_contact "))
    assert row[:3] == ["first_contact", "2026-12-24", "2027-01-04"]
    assert row[5] == "verstreken"


def test_json_output_equals_model_dump(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "livio", str(EXAMPLE), "--format", "json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    c = kr.Complaint.model_validate(
        {
            "received_on": date(2026, 12, 24),
            "channel": "email",
            "complainant_role": "client",
            "client_birth_date": date(1948, 3, 2),
            "event_on": date(2026, 11, 16),
        }
    )
    assert printed == kr.evaluate(kr.load("livio"), c).model_dump(mode="json")


def test_json_lines_give_one_result_per_complaint(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    many = tmp_path / "many.jsonl"
    many.write_text(
        '{"received_on": "2027-01-04", "channel": "email", "complainant_role": "client"}\n'
        "\n"
        '{"received_on": "2027-01-04", "channel": "phone", "complainant_role": "client"}\n',
        encoding="utf-8",
    )
    assert main(["check", "livio", str(many), "--format", "jsonl"]) == 0
    results = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    # Livio art. 1 lid 1 onder d: only a written complaint is a complaint.
    assert [r["admissibility"]["ok"] for r in results] == [True, False]


def test_a_bad_line_is_one_error_with_its_line_number(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    many = tmp_path / "many.jsonl"
    many.write_text(
        '{"received_on": "2027-01-04", "channel": "email", "complainant_role": "client"}\n'
        '{"received_on": "2027-01-04", "channel": "fax", "complainant_role": "client"}\n',
        encoding="utf-8",
    )
    # Checked, and a line failed: exit 1; the good line is still evaluated.
    assert main(["check", "livio", str(many), "--format", "jsonl", "--lang", "en"]) == 1
    captured = capsys.readouterr()
    assert captured.err == (
        f"{many}:2:42: channel: 'fax' is not allowed; expected one of 'letter', 'email', "
        "'web_form', 'phone', 'in_person'\n"
    )
    good, bad = (json.loads(line) for line in captured.out.splitlines())
    assert good["admissibility"]["ok"] is True
    assert bad == {
        "schema_version": 1,
        "id": None,
        "line": 2,
        "error": {
            "field": "channel",
            "column": 42,
            "code": "error.not_one_of",
            "message": "channel: 'fax' is not allowed; expected one of 'letter', 'email', "
            "'web_form', 'phone', 'in_person'",
        },
    }


def test_unknown_regulation_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "zorgnet", str(EXAMPLE)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err == [
        "klachtregels: geen regeling met id 'zorgnet'; bekend: bij-elkaar, burgercoaching, "
        "cmv-coaching, livio, polypartners"
    ]
