"""Hostile input (issue 13), facts: what validate accepts can be evaluated, yes/no facts
are booleans, days are ISO days. Each test names the issue's item it reproduces."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import klachtregels as kr
from klachtregels import check
from klachtregels.cli import main
from klachtregels.engine.plan import build

REPO = Path(__file__).resolve().parents[1]
MINIMAL = (REPO / "tests" / "broken" / "valid_minimal.yaml").read_text("utf-8")
Capture = pytest.CaptureFixture[str]
BASE = {"received_on": "2027-01-05", "channel": "email", "complainant_role": "client"}
EXTENSION = """  judgment_extension:
    term: {term}
    notice: in_writing
    atw: true
    citation:
      source: testzorg
      article: art. 3
      quote: "verlengen"
escalation:"""


def _regulation(tmp_path: Path, judgment: str, extension: str) -> Path:
    text = MINIMAL.replace("term: 6 weken", f"term: {judgment}", 1)
    text = text.replace("escalation:", EXTENSION.format(term=extension), 1)
    path = tmp_path / "reg.yaml"
    path.write_text(text, "utf-8")
    return path


def _complaint(tmp_path: Path, extra: str = "") -> Path:
    path = tmp_path / "c.yaml"
    body = "received_on: 2027-01-05\nchannel: email\ncomplainant_role: client\n"
    path.write_text(body + extra, "utf-8")
    return path


# -- 4. what validate accepts, every command can evaluate


def test_item4_extension_in_another_unit_is_refused_by_validate(tmp_path: Path) -> None:
    path = _regulation(tmp_path, "2 maanden", "4 weken")
    (error,) = check(path)
    line = MINIMAL.count("\n", 0, MINIMAL.index("escalation:")) + 2
    assert error.message("en") == (
        f"{path}:{line}:11: terms.judgment_extension.term: an extension counts in the unit "
        "of the term it extends: 4 weken extends judgment (2 maanden); write it in the same "
        "unit"
    )


def test_item4_own_judgment_in_months_against_the_laws_extension_in_weeks_is_refused(
    tmp_path: Path,
) -> None:
    path = tmp_path / "reg.yaml"
    path.write_text(MINIMAL.replace("term: 6 weken", "term: 2 maanden", 1), "utf-8")
    (error,) = check(path)
    assert error.field == "terms.judgment_extension.term"
    assert "vier weken extends judgment (2 maanden)" in error.message("en")


@pytest.mark.parametrize("command", ["check", "timeline", "test-scenario"])
def test_item4_a_regulation_validate_accepts_runs_in_every_evaluating_command(
    command: str, tmp_path: Path, capsys: Capture
) -> None:
    path = _regulation(tmp_path, "2 maanden", "1 maand")
    assert check(path) == []
    complaint = _complaint(tmp_path)
    # The Wkkgz floor (art. 17: six weeks) caps the two months: 5 January 2027 + 42
    # days is Tuesday 16 February 2027.
    if command == "test-scenario":
        scenarios = tmp_path / "scenarios.yaml"
        scenarios.write_text(
            f"regulation: {path}\nscenarios:\n  - name: twee maanden\n    complaint:\n"
            "      received_on: 2027-01-05\n      channel: email\n"
            "      complainant_role: client\n    as_of: 2027-01-06\n    expect:\n"
            "      deadlines:\n        judgment: 2027-02-16\n",
            "utf-8",
        )
        argv = ["test", str(scenarios)]
    else:
        argv = [command, str(path), str(complaint)]
    code = main(argv)
    captured = capsys.readouterr()
    assert captured.err == ""
    assert code == 0, captured.out


# -- 5. strings taken as true


@pytest.mark.parametrize(
    ("written", "shown"),
    [("no", "'no'"), ('"false"', "'false'"), ("nee", "'nee'"), ('"0"', "'0'"), ("0", "0")],
)
def test_item5_a_yes_no_extra_fact_that_is_not_a_boolean_is_an_error_naming_it(
    written: str, shown: str, tmp_path: Path, capsys: Capture
) -> None:
    complaint = _complaint(tmp_path, f"extra: {{informal_route_accepted: {written}}}\n")
    assert main(["check", "livio", str(complaint)]) == 2
    assert capsys.readouterr().err == (
        "klachtregels: extra.informal_route_accepted: de regeling leest dit feit als ja of "
        f"nee; schrijf true of false, niet {shown}\n"
    )


def test_item5_false_keeps_a_livio_complaint_admissible() -> None:
    reg = kr.load("livio")
    refused = kr.evaluate(reg, kr.Complaint(**BASE, extra={"informal_route_accepted": True}))
    kept = kr.evaluate(reg, kr.Complaint(**BASE, extra={"informal_route_accepted": False}))
    assert not refused.admissibility.ok
    assert kept.admissibility.ok
    assert kept.deadlines


def test_item5_the_plan_knows_which_extra_facts_a_regulation_reads() -> None:
    assert "informal_route_accepted" in build(kr.load("livio")).extra_facts
    assert "informal_route_accepted" not in build(kr.load("polypartners")).extra_facts


def test_item5_extra_facts_a_regulation_does_not_read_may_hold_anything() -> None:
    c = kr.Complaint(**BASE, extra={"dossier": "no", "count": 3})
    assert kr.evaluate(kr.load("livio"), c).admissibility.ok


def test_item5_json_lines_give_the_error_for_that_line(tmp_path: Path, capsys: Capture) -> None:
    lines = tmp_path / "many.jsonl"
    lines.write_text(
        '{"received_on": "2027-01-05", "channel": "email", "complainant_role": "client", '
        '"extra": {"informal_route_accepted": "false"}}\n',
        "utf-8",
    )
    assert main(["check", "livio", str(lines), "--format", "jsonl"]) == 1
    captured = capsys.readouterr()
    assert '"code": "complaint.extra_not_yes_no"' in captured.out
    assert captured.err.count("\n") == 1


# -- 6. numbers taken as dates


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("0", "verwacht een datum, niet 0"),
        ('"0"', "verwacht een datum, niet '0'"),
        ("1e9", "verwacht een datum, niet '1e9'"),
        ('"1700000000"', "verwacht een datum, niet '1700000000'"),
        ('"٢٠٢٦-01-01"', "verwacht een datum, niet '٢٠٢٦-01-01'"),
        ('"2016-01-01T00:00:00"', "verwacht een datum, niet '2016-01-01T00:00:00'"),
    ],
)
def test_item6_only_iso_days_are_days(
    written: str, message: str, tmp_path: Path, capsys: Capture
) -> None:
    complaint = _complaint(tmp_path, f"client_birth_date: {written}\n")
    assert main(["check", "polypartners", str(complaint)]) == 2
    assert capsys.readouterr().err == (
        f"{complaint}:4:20: client_birth_date: {message}; schrijf JJJJ-MM-DD, bijv. 2020-01-01\n"
    )


def test_item6_numbers_are_refused_from_python_and_json_too() -> None:
    with pytest.raises(kr.ComplaintError) as caught:
        kr.Complaint(**{**BASE, "client_birth_date": 0})
    assert caught.value.field == "client_birth_date"
    with pytest.raises(kr.ComplaintError):
        kr.Complaint.model_validate_json(
            '{"received_on": 20000, "channel": "email", "complainant_role": "client"}'
        )
    with pytest.raises(kr.ComplaintError):
        kr.Complaint(**BASE, events=[{"kind": "judgment", "on": 1800000000}])
    assert kr.Complaint(**{**BASE, "client_birth_date": date(2015, 3, 1)}).client_birth_date == (
        date(2015, 3, 1)
    )


def test_item6_an_invalid_day_in_extra_is_an_error(tmp_path: Path, capsys: Capture) -> None:
    complaint = _complaint(tmp_path, 'extra: {contact_on: "2026-02-30"}\n')
    assert main(["check", "livio", str(complaint)]) == 2
    assert capsys.readouterr().err == (
        f"{complaint}:4:21: extra.contact_on: '2026-02-30' is geen datum; schrijf JJJJ-MM-DD, "
        "bijv. 2027-01-05\n"
    )
