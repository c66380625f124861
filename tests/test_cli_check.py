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
    assert lines[0] == "Regeling livio (versie 3), beoordeeld op dinsdag 5 januari 2027"
    assert lines[1] == "Klachtgerechtigd: ja"
    order = [lines.index(h) for h in ("Termijnen", "Route", "Bronnen")]
    assert order == sorted(order)
    # Received Thursday 24 December 2026: six weeks end Thursday 4 February 2027 and
    # five working days (Livio art. 8 lid 1) end Monday 4 January 2027, missed by 5 Jan.
    # The deadlines are named in Dutch (messages/vocabulary.py), not by their ids.
    assert "  oordeel                2026-12-24  2027-02-04  zes weken               loopt [4]" in (
        lines
    )
    assert (
        "  eerste contact         2026-12-24  2027-01-04  vijf werkdagen          verstreken [3]"
        in lines
    )
    assert not any(line.startswith("  first_contact") for line in lines)


def test_route_reasons_are_conditions_in_words_with_the_dates(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Livio art. 12 and art. 10 lid 2: the disputes committee opens after a judgment the
    complainant is not satisfied with, or when no judgment came in time (six weeks from 24
    December 2026: 4 February 2027; ten weeks: 4 March 2027); Wkkgz art. 21 lid 1 onder c
    adds: when complaining to Livio first cannot be asked of him, and the line says it is
    the law's."""
    assert main(["check", "livio", str(EXAMPLE), "--as-of", "2027-01-05"]) == 0
    out = capsys.readouterr().out
    assert (
        "  [dicht] Geschillencommissie — nog niet open; open als er een oordeel is gegeven en "
        "de klager niet tevreden is, of er na donderdag 4 februari 2027 (bij verlenging: "
        "donderdag 4 maart 2027) nog geen oordeel is, en op grond van de wet (Wkkgz art. 21 "
        "lid 1) ook als van de klager niet kan worden verlangd dat hij eerst bij de "
        "zorgaanbieder klaagt [11]\n" in out
    )
    assert "  [open] Klachtenfunctionaris — altijd open [9]\n" in out
    assert "=" not in out.split("Route")[1].split("Bronnen")[0]  # no "fact = ja"


def test_a_body_named_like_its_step_is_not_printed_twice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The Wzd committee is both the step's name and its body's: once is enough."""
    wzd = tmp_path / "wzd.yaml"
    wzd.write_text(
        "received_on: 2026-12-24\nchannel: email\ncomplainant_role: client\n"
        "involuntary_care: true\n",
        encoding="utf-8",
    )
    assert main(["check", "livio", str(wzd), "--as-of", "2027-01-05"]) == 0
    out = capsys.readouterr().out
    assert "(R.K.C.) (Regionale" not in out
    assert "Doorsturen naar: Regionale Klachtencommissie Twente (R.K.C.)" in out


def test_without_as_of_it_says_so_and_shows_no_status(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "livio", str(EXAMPLE)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == (
        "Regeling livio (versie 3), zonder peildatum: er is geen datum opgegeven (--as-of), "
        "dus de termijnen staan hieronder zonder status"
    )
    assert "  termijn                start       uiterlijk   duur" in lines
    assert "  eerste contact         2026-12-24  2027-01-04  vijf werkdagen [3]" in lines
    assert not any(line.rstrip().endswith(" -") or " - [" in line for line in lines)


def test_an_as_of_before_receipt_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    """No term has begun before the complaint came in (24 December 2026): exit 2."""
    assert main(["check", "livio", str(EXAMPLE), "--as-of", "2020-01-05"]) == 2
    assert capsys.readouterr().err == (
        "klachtregels check: --as-of 2020-01-05 ligt vóór de ontvangst van de klacht "
        "(2026-12-24); geef een dag vanaf de ontvangst, bijv. --as-of 2026-12-24\n"
    )
    assert main(["timeline", "livio", str(EXAMPLE), "--as-of", "2026-12-23", "--lang", "en"]) == 2
    assert capsys.readouterr().err == (
        "klachtregels timeline: --as-of 2026-12-23 is before the complaint was received "
        "(2026-12-24); give a day from receipt on, e.g. --as-of 2026-12-24\n"
    )
    # the day of receipt itself is a day to judge on
    assert main(["check", "livio", str(EXAMPLE), "--as-of", "2026-12-24"]) == 0


def test_an_empty_complaint_suggests_a_complaints_first_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "leeg.yaml"
    empty.write_text("", encoding="utf-8")
    assert main(["check", "livio", str(empty)]) == 2
    assert capsys.readouterr().err == (
        f"{empty}:1:1: het bestand is leeg; een klacht begint met bijv. 'received_on: 2026-12-24'\n"
    )


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
