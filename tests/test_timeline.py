"""Deadlines on a time axis: the days that moved a date, the gantt chart and the text view."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from klachtregels import timeline
from klachtregels.cli import main
from klachtregels.engine.evaluate import evaluate
from klachtregels.law.calendar import DecreeDays, LegalCalendar
from klachtregels.law.terms import due_date
from klachtregels.model.complaint import Complaint
from klachtregels.model.loader import load

ROOT = Path(__file__).resolve().parents[1]
KERSTAVOND = ROOT / "examples" / "livio-kerstavond.yaml"


def _kerstavond() -> timeline.Timeline:
    reg = load("livio")
    c = Complaint.model_validate(
        {
            "received_on": "2026-12-24",
            "channel": "email",
            "complainant_role": "client",
            "client_birth_date": "1948-03-02",
            "event_on": "2026-11-16",
        }
    )
    a = evaluate(reg, c, date(2027, 1, 5))
    return timeline.build(a, reg.name)


def _days(marks: tuple[timeline.Mark, ...]) -> list[tuple[str, str, str]]:
    return [(m.day.isoformat(), m.why, m.kind) for m in marks]


# -------------------------------------------------------------------- marks


def test_working_days_skipped_over_christmas_and_new_year() -> None:
    """Livio art. 8 lid 1: five working days from Christmas Eve 2026 end on 4 January."""
    bar = next(b for b in _kerstavond().bars if b.id == "first_contact")
    assert (bar.first_day, bar.due, bar.status) == (date(2026, 12, 25), date(2027, 1, 4), "missed")
    assert _days(bar.marks) == [
        ("2026-12-25", "Eerste Kerstdag", "skipped"),
        ("2026-12-26", "Tweede Kerstdag", "skipped"),
        ("2026-12-27", "zondag", "skipped"),
        ("2027-01-01", "Nieuwjaarsdag", "skipped"),
        ("2027-01-02", "zaterdag", "skipped"),
        ("2027-01-03", "zondag", "skipped"),
    ]


def test_a_judgment_term_ending_on_sunday_is_moved_by_atw_art1() -> None:
    reg = load("livio")
    c = Complaint.model_validate(
        {"received_on": "2026-12-27", "channel": "email", "complainant_role": "client"}
    )
    t = timeline.build(evaluate(reg, c, lang="en"), reg.name)
    judgment = next(b for b in t.bars if b.id == "judgment")
    assert (judgment.plain, judgment.due) == (date(2027, 2, 7), date(2027, 2, 8))
    assert _days(judgment.marks) == [("2027-02-07", "Sunday", "moved")]
    assert t.lang == "en"


def test_atw_art2_extension_marks_the_holidays_it_needed() -> None:
    """Three days from Christmas Eve: art. 1 moves Sunday 27th, art. 2 needs two days."""
    due = due_date("3 dagen", date(2026, 12, 24), atw=True)
    assert due.due == date(2026, 12, 29)
    assert _days(timeline.marks(due)) == [
        ("2026-12-25", "Eerste Kerstdag", "extended"),
        ("2026-12-26", "Tweede Kerstdag", "extended"),
        ("2026-12-27", "zondag", "moved"),
    ]


def test_decree_days_are_marked_when_the_calendar_closes_on_them() -> None:
    cal = LegalCalendar(decree_days=DecreeDays.CLOSED)
    due = due_date("3 werkdagen", date(2026, 5, 13), calendar=cal)
    assert [(m.day.isoformat(), m.why) for m in timeline.marks(due)] == [
        ("2026-05-14", "Hemelvaartsdag"),
        ("2026-05-15", "bij besluit gelijkgestelde dag, Atw art. 3 lid 3"),
        ("2026-05-16", "zaterdag"),
        ("2026-05-17", "zondag"),
    ]


def test_a_date_nothing_moved_has_no_marks() -> None:
    bar = next(b for b in _kerstavond().bars if b.id == "judgment")
    assert (bar.due, bar.plain, bar.marks) == (date(2027, 2, 4), date(2027, 2, 4), ())


# ------------------------------------------------------------------ Mermaid

KERSTAVOND_GANTT = """\
%%{init: {"gantt": {"leftPadding": 180}}}%%
gantt
    title Livio (versie 3) - termijnen van de klacht, beoordeeld op dinsdag 5 januari 2027
    dateFormat YYYY-MM-DD
    axisFormat %Y-%m-%d
    todayMarker off
    section indienen
    twee jaar, uiterlijk 2028-11-16 :done, t0, 2026-11-17, 2028-11-17
    section eerste contact
    vijf werkdagen, uiterlijk 2027-01-04 :crit, t1, 2026-12-25, 2027-01-05
    Eerste Kerstdag, Tweede Kerstdag, zondag (overgeslagen) :milestone, 2026-12-25, 2026-12-28
    Nieuwjaarsdag, zaterdag, zondag (overgeslagen) :milestone, 2027-01-01, 2027-01-04
    section oordeel
    zes weken, uiterlijk 2027-02-04 :active, t2, 2026-12-25, 2027-02-05
    section oordeel na verlenging
    zes weken + vier weken, uiterlijk 2027-03-04 :active, t3, 2026-12-25, 2027-03-05
    section peildatum
    beoordeeld op 2027-01-05 :milestone, 2027-01-05, 0d
"""


def test_gantt_of_the_christmas_eve_complaint() -> None:
    """Bars run from day 1 to the due day inclusive (Mermaid's end date is exclusive)."""
    assert timeline.mermaid(_kerstavond()) == KERSTAVOND_GANTT


def test_gantt_task_names_cannot_break_the_syntax() -> None:
    t = timeline.Timeline(
        "x",
        "Zorg: #1; test",
        "1",
        None,
        (
            timeline.Bar(
                "first_contact",
                "eerste contact",
                "5 werkdagen",
                date(2026, 12, 24),
                date(2026, 12, 31),
                date(2026, 12, 31),
                None,
                (timeline.Mark(date(2026, 12, 28), "sluitingsdag: team#2; uitje", "skipped"),),
            ),
        ),
        "nl",
    )
    lines = timeline.mermaid(t).splitlines()
    assert lines[2] == "    title Zorg - nr.1, test (versie 1) - termijnen van de klacht"
    task = lines[-1]
    name, _, spec = task.partition(" :")
    assert spec == "milestone, 2026-12-28, 2026-12-29"
    assert ":" not in name
    assert "#" not in name
    assert ";" not in name
    assert lines[-2] == "    5 werkdagen, uiterlijk 2026-12-31 :t0, 2026-12-25, 2027-01-01"


def test_gantt_without_deadlines_says_so_in_the_title(tmp_path: Path) -> None:
    """A Wzd complaint at Livio is forwarded: none of Livio's terms run."""
    reg = load("livio")
    c = Complaint.model_validate(
        {
            "received_on": "2027-03-01",
            "channel": "letter",
            "complainant_role": "legal_representative",
            "involuntary_care": True,
        }
    )
    t = timeline.build(evaluate(reg, c, lang="en"), reg.name)
    assert t.bars == ()
    text = timeline.mermaid(t)
    assert (
        "    title Livio (version 3) - deadlines of the complaint - no deadlines running\n" in text
    )
    assert "section" not in text
    assert timeline.text(t).endswith("\nno deadlines running\n")


# --------------------------------------------------------------------- text


def test_text_view_of_the_christmas_eve_complaint() -> None:
    lines = timeline.text(_kerstavond()).splitlines()
    assert lines[0] == (
        "Livio (versie 3): termijnen van de klacht, beoordeeld op dinsdag 5 januari 2027"
    )
    # The axis covers the short terms and the as-of date; the two-year term runs off it.
    assert lines[2].split() == ["2026-12-24", "2027-03-04"]
    rows = {line.split("  ")[0]: line for line in lines[3:7]}
    filing = rows["indienen (twee jaar)"]
    assert "<" + "=" * 58 + ">" in filing
    assert filing.endswith("uiterlijk 2028-11-16 [gehaald]")
    first = rows["eerste contact (vijf werkdagen)"]
    assert "xxx===xx|" in first
    assert first.endswith("uiterlijk 2027-01-04 [verstreken]")
    assert lines[7].strip() == "^ 2027-01-05"
    # The caret stands in the column of the as-of date: right after the first contact's end.
    assert lines[7].index("^") == first.index("|") + 1
    assert lines[-7:] == [
        "  eerste contact (vijf werkdagen):",
        "    vrijdag 25 december 2026: Eerste Kerstdag (overgeslagen)",
        "    zaterdag 26 december 2026: Tweede Kerstdag (overgeslagen)",
        "    zondag 27 december 2026: zondag (overgeslagen)",
        "    vrijdag 1 januari 2027: Nieuwjaarsdag (overgeslagen)",
        "    zaterdag 2 januari 2027: zaterdag (overgeslagen)",
        "    zondag 3 januari 2027: zondag (overgeslagen)",
    ]


def test_text_view_names_the_plain_and_the_moved_date_in_english() -> None:
    reg = load("livio")
    c = Complaint.model_validate(
        {"received_on": "2026-12-27", "channel": "email", "complainant_role": "client"}
    )
    out = timeline.text(timeline.build(evaluate(reg, c, lang="en"), reg.name))
    assert (
        "  judgment (zes weken):\n"
        "    without the Atw: Sunday 7 February 2027; with the Atw: Monday 8 February 2027\n"
        "    Sunday 7 February 2027: Sunday (moved, Atw art. 1)\n"
    ) in out


# ---------------------------------------------------------------------- CLI


def test_cli_timeline_mermaid(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["timeline", "livio", str(KERSTAVOND), "--as-of", "2027-01-05", "--format", "mermaid"]
    assert main(argv) == 0
    assert capsys.readouterr().out == KERSTAVOND_GANTT


def test_cli_timeline_text_is_the_default(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["timeline", "livio", str(KERSTAVOND), "--as-of", "2027-01-05"]) == 0
    assert capsys.readouterr().out == timeline.text(_kerstavond())


def test_cli_timeline_reads_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "c.json"
    path.write_text(
        '{"received_on": "2026-12-27", "channel": "email", "complainant_role": "client"}'
    )
    assert main(["timeline", "livio", str(path), "--lang", "en"]) == 0
    assert "Sunday 7 February 2027: Sunday (moved, Atw art. 1)" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("name", "content", "needle"),
    [
        ("c.txt", "received_on: 2026-12-24", "een klacht is een .yaml-, .yml- of .json-bestand"),
        ("missing.yaml", None, "kan het bestand niet lezen"),
        ("bad.yaml", "received_on: 2026-12-24\nchannel: pigeon\n", "pigeon"),
    ],
)
def test_cli_timeline_bad_complaint_is_one_line_exit_2(
    tmp_path: Path,
    name: str,
    content: str | None,
    needle: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_text(content, "utf-8")
    assert main(["timeline", "livio", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert needle in captured.err
    assert len(captured.err.strip().splitlines()) == 1
