"""The law's judgment term extended by a regulation's extension in another unit, in both
evaluators.

Wkkgz art. 17 (shared/bronnen/wetten/wkkgz.md), lid 1: "uiterlijk binnen zes weken na
indiening van de klacht"; lid 2: "kan de zorgaanbieder de in het eerste lid genoemde
termijn met ten hoogste vier weken verlengen". Where a regulation's judgment term ends
later than the six weeks, the six weeks apply (``later_than_law``); its own extension,
written in its own unit, then extends those six weeks. Reading taken
(:func:`klachtregels.law.terms.extended_due`): the extension is counted on from the last
day of the six weeks, by counting alone, and the Atw acts on the end of the whole. Before
this was mended, the amounts were added across units: six weeks and "een maand" made
seven weeks, a week and a half sooner than either text allows.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import klachtregels as kr
from klachtregels.engine.reference import evaluate_reference
from klachtregels.errors import DateOutOfRangeError
from klachtregels.law.terms import due_date, extended_due
from klachtregels.model.regulation import Regulation
from klachtregels.model.vocabulary import TermId

WORKING_DAYS = """\
id: werkdagen
kind: regulation
name: Werkdagen
title: Klachtenregeling Werkdagen
version: "1"
valid_from: 2024-01-01
law: wkkgz
extends: [wkkgz]
sources:
  werkdagen: {title: Klachtenregeling Werkdagen, kind: regulation}
terms:
  judgment:
    term: dertig werkdagen
    start: in_writing
    atw: true
    citation: {source: werkdagen, article: art. 5 lid 1, quote: "binnen dertig werkdagen"}
  judgment_extension:
    term: vijf werkdagen
    atw: true
    citation: {source: werkdagen, article: art. 5 lid 2, quote: "met ten hoogste vijf werkdagen"}
"""


def _livio_in_months() -> Regulation:
    """Livio with its judgment term "twee maanden" and its extension "een maand"."""
    reg = kr.load("livio")
    terms = dict(reg.terms)
    pairs: tuple[tuple[TermId, str], ...] = (
        ("judgment", "twee maanden"),
        ("judgment_extension", "een maand"),
    )
    for tid, text in pairs:
        terms[tid] = terms[tid].model_copy(update={"term": kr.Term.parse(text)})
    return reg.model_copy(update={"terms": terms})


def _complaint(received_on: str, **facts: object) -> kr.Complaint:
    return kr.Complaint.model_validate(
        {"received_on": received_on, "channel": "email", "complainant_role": "client", **facts}
    )


def _judgment(a: kr.Assessment) -> dict[str, tuple[date, str]]:
    return {d.id: (d.due, d.term) for d in a.deadlines if d.id.startswith("judgment")}


EVALUATORS = pytest.mark.parametrize("evaluate", [kr.evaluate, evaluate_reference])


@EVALUATORS
def test_the_laws_six_weeks_extended_by_a_month_stay_within_the_laws_ten_weeks(
    evaluate: object,
) -> None:
    """Received by e-mail on Sunday 28 February 2027. Worked by hand:

    * the regulation's two months end Wednesday 28 April 2027 (same day number); the
      law's six weeks end Sunday 11 April 2027, by Atw art. 1 Monday 12 April: sooner, so
      they apply;
    * extended: a month on from Sunday 11 April 2027 is Tuesday 11 May 2027; the law's ten
      weeks end Sunday 9 May, by Atw art. 1 Monday 10 May 2027: sooner, so they apply;
    * adding the amounts gave seven weeks: Sunday 18 April, Monday 19 April 2027.
    """
    a = evaluate(_livio_in_months(), _complaint("2027-02-28"), date(2027, 3, 1))  # type: ignore[operator]
    assert _judgment(a) == {
        "judgment": (date(2027, 4, 12), "zes weken"),
        "judgment_extended": (date(2027, 5, 10), "zes weken + vier weken"),
    }
    messages = [f.message for f in a.findings if f.code == "later_than_law"]
    assert messages == [
        "de regeling staat twee maanden toe, langer dan de wettelijke zes weken; de wettelijke "
        "termijn geldt",
        "de regeling staat zes weken + een maand toe, langer dan de wettelijke zes weken + "
        "vier weken; de wettelijke termijn geldt",
    ]


def _working_days(tmp_path: Path) -> Regulation:
    path = tmp_path / "werkdagen.yaml"
    path.write_text(WORKING_DAYS, "utf-8")
    return kr.load(path)


@EVALUATORS
def test_the_laws_six_weeks_extended_by_five_working_days_end_five_working_days_later(
    tmp_path: Path, evaluate: object
) -> None:
    """Received by e-mail on Monday 13 April 2026. Worked by hand:

    * the law's six weeks end Monday 25 May 2026, tweede Pinksterdag (Easter 2026 is
      5 April, Pentecost 24 May), so Tuesday 26 May (Atw art. 1); the regulation's thirty
      working days skip Koningsdag, 5 mei, Hemelvaartsdag (14 May) and 25 May and end
      after 26 May, so the six weeks apply;
    * extended by five working days from Monday 25 May: 26, 27, 28, 29 May and Monday
      1 June 2026, a working day (the Atw leaves it); the law's ten weeks end Monday
      22 June 2026, later, so the regulation's extension applies;
    * adding the amounts gave eleven weeks, capped by the law's ten: 22 June.
    """
    reg = _working_days(tmp_path)
    a = evaluate(reg, _complaint("2026-04-13"), date(2026, 4, 14))  # type: ignore[operator]
    assert _judgment(a) == {
        "judgment": (date(2026, 5, 26), "zes weken"),
        "judgment_extended": (date(2026, 6, 1), "zes weken + vijf werkdagen"),
    }
    extended = next(d for d in a.deadlines if d.id == "judgment_extended")
    assert extended.start == date(2026, 4, 13)
    assert extended.explanation == (
        "6 weken na maandag 13 april 2026: de termijn begint op de dag na maandag 13 april 2026 "
        "en eindigt op maandag 25 mei 2026; 5 werkdagen na maandag 25 mei 2026, geteld vanaf "
        "de dag erna: maandag 1 juni 2026; overgeslagen als geen werkdag: zaterdag 30 mei 2026 "
        "(zaterdag); zondag 31 mei 2026 (zondag); aanname: bij besluit gelijkgestelde dagen "
        "(Atw art. 3 lid 3) tellen als werkdag; alleen de feestdagen van art. 3 lid 1 en 2 en "
        "zaterdag en zondag niet; Atw art. 1 en 2 toegepast, geen verlenging: maandag 1 juni "
        "2026 is geen zaterdag, zondag of algemeen erkende feestdag (art. 1), en in de termijn "
        "vallen al ten minste twee dagen die geen zaterdag, zondag of algemeen erkende feestdag "
        "zijn (art. 2)"
    )


@EVALUATORS
def test_a_notice_naming_working_days_extends_the_laws_six_weeks_by_them(
    tmp_path: Path, evaluate: object
) -> None:
    """The same complaint; an e-mail of Wednesday 20 May 2026 (before 26 May) extends by
    "twee werkdagen": from Monday 25 May 2026, Tuesday 26 and Wednesday 27 May 2026.
    Before, a notice in another unit than the term that applies was read as no stated
    extension at all, giving the latest day the extension allows."""
    notice = {"kind": "extension_notice", "on": "2026-05-20", "channel": "email"}
    c = _complaint("2026-04-13", events=[{**notice, "term": "twee werkdagen"}])
    a = evaluate(_working_days(tmp_path), c, date(2026, 5, 21))  # type: ignore[operator]
    assert {k: v[0] for k, v in _judgment(a).items()} == {
        "judgment": date(2026, 5, 27),
        "judgment_extended": date(2026, 5, 27),
    }


def test_both_evaluators_give_the_same_assessment(tmp_path: Path) -> None:
    notice = {"kind": "extension_notice", "on": "2026-05-20", "channel": "email"}
    cases = [
        (_livio_in_months(), _complaint("2027-02-28"), date(2027, 3, 1)),
        (_working_days(tmp_path), _complaint("2026-04-13"), date(2026, 4, 14)),
        (
            _working_days(tmp_path),
            _complaint("2026-04-13", events=[{**notice, "term": "twee werkdagen"}]),
            None,
        ),
    ]
    for reg, c, as_of in cases:
        fast, ref = kr.evaluate(reg, c, as_of), evaluate_reference(reg, c, as_of)
        assert fast.model_dump(mode="json") == ref.model_dump(mode="json")


# ------------------------------------------------------------------ extended_due itself


def test_a_term_extended_in_another_unit_counts_on_from_its_last_day() -> None:
    # Six weeks after Sunday 28 February 2027: Sunday 11 April; a month on: 11 May 2027.
    six = due_date("zes weken", date(2027, 2, 28), atw=True)
    assert (six.plain, six.due) == (date(2027, 4, 11), date(2027, 4, 12))
    both = extended_due(six, kr.Term.parse("een maand"), atw=True)
    assert (both.start, both.plain, both.due) == (
        date(2027, 2, 28),
        date(2027, 5, 11),
        date(2027, 5, 11),
    )
    assert both.term_text == "zes weken + een maand"
    assert both.to_json()["term"] == "zes weken + een maand"


def test_a_part_excluded_by_atw_article_4_excludes_the_whole() -> None:
    # Atw art. 4 onder a: not "in een of meer jaren". Six weeks after Friday 5 December
    # 2025 end Friday 16 January 2026; a year on is Saturday 16 January 2027, which Atw
    # art. 1 would move to Monday 18 January; the year is excluded, so the day stays.
    six = due_date("zes weken", date(2025, 12, 5), atw=True)
    year = extended_due(six, kr.Term.parse("een jaar"), atw=True)
    assert (year.plain, year.due, year.atw_applied) == (date(2027, 1, 16), date(2027, 1, 16), False)
    assert [r.key for r in year.reasons][-1] == "term.atw.excluded_art4"


def test_only_a_counted_forward_term_can_be_extended() -> None:
    back = due_date("zes weken", date(2027, 2, 28), backward=True)
    with pytest.raises(ValueError, match="only a counted, forward term"):
        extended_due(back, kr.Term.parse("een maand"))


def test_an_extension_beyond_the_calendar_cannot_be_computed() -> None:
    six = due_date("zes weken", date(2100, 11, 1))
    with pytest.raises(DateOutOfRangeError):
        extended_due(six, kr.Term.parse("een maand"), atw=True)
