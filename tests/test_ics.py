"""Deadlines into the calendar: `timeline --format ics` and kr.deadlines_ics, read back."""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import icalendar
import pytest

import klachtregels as kr
from klachtregels.cli import main

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "livio-kerstavond.yaml"


def _complaint(**extra: object) -> kr.Complaint:
    return kr.Complaint.model_validate(
        {
            "received_on": date(2026, 12, 24),
            "channel": "email",
            "complainant_role": "client",
            "event_on": date(2026, 11, 16),
            **extra,
        }
    )


def _events(data: bytes) -> dict[str, Any]:
    cal = icalendar.Calendar.from_ical(data)
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def test_one_all_day_event_per_deadline_on_its_due_date() -> None:
    """Livio, received Thursday 24 December 2026: first contact within five working days
    (Monday 4 January 2027), judgment within six weeks (Thursday 4 February 2027), ten
    weeks with the extension (Thursday 4 March 2027); filing within two years of the
    event of 16 November 2026 (Thursday 16 November 2028)."""
    a = kr.evaluate(kr.load("livio"), _complaint(id="K-2026-17"), date(2027, 1, 5))
    stamp = datetime(2027, 1, 5, 9, 30, tzinfo=UTC)
    events = _events(kr.deadlines_ics(a, name="Livio", stamp=stamp))
    due = {uid: e.decoded("DTSTART") for uid, e in events.items()}
    assert due == {
        "K-2026-17.filing@klachtregels": date(2028, 11, 16),
        "K-2026-17.first_contact@klachtregels": date(2027, 1, 4),
        "K-2026-17.judgment@klachtregels": date(2027, 2, 4),
        "K-2026-17.judgment_extended@klachtregels": date(2027, 3, 4),
    }
    first = events["K-2026-17.first_contact@klachtregels"]
    assert first.decoded("DTEND") == date(2027, 1, 5)  # all day: the end is exclusive
    assert str(first["SUMMARY"]) == "Uiterste dag eerste contact (Livio)"
    assert first.decoded("DTSTAMP") == stamp
    description = str(first["DESCRIPTION"]).split("\n")
    assert description[0] == "Termijn: vijf werkdagen, vanaf donderdag 24 december 2026"
    assert description[1].startswith(
        "Zo geteld: 5 werkdagen na donderdag 24 december 2026, geteld vanaf de dag erna: "
        "maandag 4 januari 2027; overgeslagen als geen werkdag: vrijdag 25 december 2026"
    )
    assert description[2] == (
        'Bron: livio art. 8 lid 1: "De Raad van Bestuur neemt binnen vijf werkdagen na '
        "ontvangst van de klacht contact op met de klager en met degene op wie de klacht "
        'betrekking heeft"'
    )


def test_titles_in_english_and_uids_stable_across_a_re_export() -> None:
    """A later export (another as-of, an extension notified) has the same UIDs, so a
    calendar app updates the events; the extended judgment moves nothing here."""
    reg = kr.load("livio")
    before = kr.evaluate(reg, _complaint(id="K-1"), date(2027, 1, 5), lang="en")
    after = kr.evaluate(
        reg,
        _complaint(id="K-1", extension_notified_on=date(2027, 1, 20)),
        date(2027, 2, 10),
        lang="en",
    )
    old, new = _events(kr.deadlines_ics(before)), _events(kr.deadlines_ics(after))
    assert set(old) <= set(new)
    assert str(old["K-1.judgment@klachtregels"]["SUMMARY"]) == "Last day for judgment (livio)"


def test_a_complaint_without_id_needs_one_from_the_caller() -> None:
    a = kr.evaluate(kr.load("livio"), _complaint(), date(2027, 1, 5))
    with pytest.raises(kr.KlachtregelsError) as e:
        kr.deadlines_ics(a)
    assert e.value.message("en") == (
        "a calendar file needs a stable id for the complaint; give the complaint an id, "
        "e.g. id: K-2027-001"
    )
    assert "x.judgment@klachtregels" in _events(kr.deadlines_ics(a, complaint_id="x"))


def test_the_command_writes_the_file_named_after_the_complaint_file(
    capsysbinary: pytest.CaptureFixture[bytes],
) -> None:
    argv = ["timeline", "livio", str(EXAMPLE), "--as-of", "2027-01-05", "--format", "ics"]
    assert main([*argv, "--lang", "en"]) == 0
    events = _events(capsysbinary.readouterr().out)
    judgment = events["livio-kerstavond.judgment@klachtregels"]
    assert str(judgment["SUMMARY"]) == "Last day for judgment (Livio)"
    assert judgment.decoded("DTSTART") == date(2027, 2, 4)


def test_without_the_extra_one_line_names_the_install_command(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "icalendar", None)  # import fails as if not installed
    argv = ["timeline", "livio", str(EXAMPLE), "--as-of", "2027-01-05", "--format", "ics"]
    assert main(argv) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        "klachtregels: een agendabestand (--format ics) heeft de extra 'ics' nodig (de "
        "bibliotheek icalendar): pip install 'klachtregels[ics]'\n"
    )
