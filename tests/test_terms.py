"""Terms: parsing, counting, and the Algemene termijnenwet (Atw), worked out by hand.

Counting: the day of the event is day 0; weeks end on the same weekday; months and
years on the same day number or the last day of a shorter month.
Atw art. 1(1): a last day on a Saturday, Sunday or holiday moves to the next day that
is none; art. 1(2): not for terms counted backwards; art. 2: a term of at least three
days holds at least two such days; art. 4(a): not for terms of more than 90 days,
12 weeks, 3 months, or in years.
"""

from __future__ import annotations

from datetime import date

import pytest

from klachtregels import (
    DecreeDays,
    DueDate,
    LegalCalendar,
    Term,
    TermSyntaxError,
    Unit,
    due_date,
    parse_term,
)
from klachtregels.law.terms import Reason


def reason(result: DueDate, key: str) -> Reason:
    found = [r for r in result.reasons if r.key == key]
    assert len(found) == 1, [r.key for r in result.reasons]
    return found[0]


def keys(result: DueDate) -> list[str]:
    return [r.key for r in result.reasons]


# -- parsing -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "amount", "unit"),
    [
        ("3 werkdagen", 3, Unit.WORKING_DAYS),
        ("vijf werkdagen", 5, Unit.WORKING_DAYS),
        ("6 weken", 6, Unit.WEEKS),
        ("zes weken", 6, Unit.WEEKS),
        ("2 jaar", 2, Unit.YEARS),
        ("een jaar", 1, Unit.YEARS),
        ("10 weeks", 10, Unit.WEEKS),
        ("1 year", 1, Unit.YEARS),
        ("1 week", 1, Unit.WEEKS),
        ("twee maanden", 2, Unit.MONTHS),
        ("3 dagen", 3, Unit.DAYS),
        ("1 maand", 1, Unit.MONTHS),
    ],
    ids=lambda v: repr(v) if isinstance(v, str) else None,
)
def test_parse(text: str, amount: int, unit: Unit) -> None:
    term = parse_term(text)
    assert (term.amount, term.unit) == (amount, unit)
    assert term.text == text
    assert str(term) == text
    assert Term.parse(text) == term


def test_equality_ignores_the_text() -> None:
    assert parse_term("zes weken") == parse_term("6 weken")
    assert parse_term("zes weken") == Term(6, Unit.WEEKS)
    assert hash(parse_term("zes weken")) == hash(parse_term("6 weken"))
    assert parse_term("zes weken") != parse_term("zes werkdagen")
    assert parse_term("6 weken") != parse_term("7 weken")
    assert parse_term("zes weken").text == "zes weken"
    assert parse_term("6 weken").text == "6 weken"


def test_text_is_stripped_but_kept() -> None:
    assert parse_term("  Zes Weken ").text == "Zes Weken"
    assert parse_term("  Zes Weken ") == Term(6, Unit.WEEKS)


def test_term_without_text_gets_its_label() -> None:
    assert Term(6, Unit.WEEKS).text == "6 weken"
    assert Term(1, Unit.WORKING_DAYS).text == "1 werkdag"
    assert Term(6, Unit.WEEKS).label("en") == "6 weeks"
    assert Term(1, Unit.YEARS).label("en") == "1 year"


@pytest.mark.parametrize(
    ("text", "nl", "en"),
    [
        pytest.param(
            "zes weekjes",
            "'zes weekjes' is geen termijn; schrijf bijv. '6 weken' of '5 werkdagen'",
            "'zes weekjes' is not a term; write e.g. '6 weken' or '5 werkdagen'",
            id="unknown unit 'zes weekjes'",
        ),
        pytest.param(
            "",
            "'' is geen termijn; schrijf bijv. '6 weken' of '5 werkdagen'",
            "'' is not a term; write e.g. '6 weken' or '5 werkdagen'",
            id="empty text",
        ),
        pytest.param(
            "0 dagen",
            "'0 dagen' is geen termijn; schrijf bijv. '6 weken' of '5 werkdagen'",
            "'0 dagen' is not a term; write e.g. '6 weken' or '5 werkdagen'",
            id="zero amount '0 dagen'",
        ),
        pytest.param(
            "weken",
            "'weken' is geen termijn; schrijf bijv. '6 weken' of '5 werkdagen'",
            "'weken' is not a term; write e.g. '6 weken' or '5 werkdagen'",
            id="no amount 'weken'",
        ),
        pytest.param(
            "6",
            "'6' is geen termijn; schrijf bijv. '6 weken' of '5 werkdagen'",
            "'6' is not a term; write e.g. '6 weken' or '5 werkdagen'",
            id="no unit '6'",
        ),
    ],
)
def test_bad_phrases(text: str, nl: str, en: str) -> None:
    with pytest.raises(TermSyntaxError) as info:
        parse_term(text)
    assert isinstance(info.value, ValueError)
    assert info.value.text == text
    assert str(info.value) == nl
    assert info.value.message("en") == en


def test_zero_term_cannot_be_built() -> None:
    with pytest.raises(TermSyntaxError):
        Term(0, Unit.DAYS)


def test_due_date_rejects_a_bad_phrase() -> None:
    with pytest.raises(TermSyntaxError):
        due_date("zes weekjes", date(2026, 12, 24))


# -- counting --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("term", "start", "expected"),
    [
        pytest.param(
            "6 weken", date(2026, 12, 24), date(2027, 2, 4), id="6 weeks after Thu 24 Dec"
        ),
        pytest.param("zes weken", date(2026, 12, 24), date(2027, 2, 4), id="zes weken likewise"),
        pytest.param("een jaar", date(2024, 2, 29), date(2025, 2, 28), id="a year after 29 Feb"),
        pytest.param("1 maand", date(2025, 1, 31), date(2025, 2, 28), id="a month after 31 Jan"),
        pytest.param(
            "1 maand", date(2024, 1, 31), date(2024, 2, 29), id="a month after 31 Jan, leap year"
        ),
        pytest.param("4 jaar", date(2024, 2, 29), date(2028, 2, 29), id="4 years after 29 Feb"),
        pytest.param("3 dagen", date(2026, 12, 24), date(2026, 12, 27), id="3 days after 24 Dec"),
        pytest.param(
            "5 werkdagen", date(2026, 12, 24), date(2027, 1, 4), id="5 werkdagen after 24 Dec"
        ),
    ],
)
def test_plain_due_dates(term: str, start: date, expected: date) -> None:
    result = due_date(term, start)
    assert result.plain == expected
    assert result.due == expected
    assert not result.atw_applied
    assert not result.atw_extended


def test_due_date_accepts_a_term() -> None:
    assert due_date(Term(6, Unit.WEEKS), date(2026, 12, 24)).due == date(2027, 2, 4)


def test_six_weeks_on_a_thursday_is_unchanged_by_the_atw() -> None:
    result = due_date("6 weken", date(2026, 12, 24), atw=True)
    assert result.due == date(2027, 2, 4)
    assert result.atw_applied
    assert not result.atw_extended
    assert reason(result, "term.atw.unchanged").article == "Atw art. 1 en 2"


def test_due_dates_out_of_range() -> None:
    """Working days and the Atw need the calendar's holidays; counting calendar days,
    weeks, months and years needs none, so it works on any date."""
    from klachtregels import DateOutOfRangeError

    with pytest.raises(DateOutOfRangeError):
        due_date("6 weken", date(2100, 12, 1), atw=True)
    with pytest.raises(DateOutOfRangeError):
        due_date("20 werkdagen", date(2100, 12, 15))
    with pytest.raises(DateOutOfRangeError):
        due_date("6 weken", date(1960, 12, 1), atw=True)
    with pytest.raises(DateOutOfRangeError):
        due_date("5 werkdagen", date(1960, 12, 1))
    # Six weeks after Thursday 1 December 2100 is Thursday 12 January 2101; two years after
    # 15 March 1999 is 15 March 2001; a month after 31 January 1990 is 28 February 1990.
    assert due_date("6 weken", date(2100, 12, 1)).due == date(2101, 1, 12)
    assert due_date("twee jaar", date(1999, 3, 15)).due == date(2001, 3, 15)
    assert due_date("1 maand", date(1990, 1, 31)).due == date(1990, 2, 28)


# -- Atw art. 1 -------------------------------------------------------------------------


def test_art1_saturday_moves_to_monday() -> None:
    # Saturday 3 Oct 2026 + 42 days = Saturday 14 Nov 2026 -> Monday 16 Nov.
    result = due_date("6 weken", date(2026, 10, 3), atw=True)
    assert result.plain == date(2026, 11, 14)
    assert result.due == date(2026, 11, 16)
    assert result.atw_applied
    assert result.atw_extended
    art1 = reason(result, "term.atw.art1")
    assert art1.article == "Atw art. 1 lid 1"
    assert art1.text("nl") == (
        "de termijn eindigt op zaterdag 14 november 2026 (zaterdag) en wordt verlengd tot en met "
        "maandag 16 november 2026 (Atw art. 1 lid 1)"
    )
    assert art1.text("en") == (
        "the term ends on Saturday 14 November 2026 (Saturday) and is extended up to and "
        "including Monday 16 November 2026 (Atw art. 1(1))"
    )
    assert "term.atw.art2" not in keys(result)


def test_without_atw_the_saturday_stays() -> None:
    result = due_date("6 weken", date(2026, 10, 3))
    assert result.due == date(2026, 11, 14)
    assert not result.atw_applied
    assert not any(r.key.startswith("term.atw") for r in result.reasons)


def test_art1_saturday_before_tweede_paasdag_moves_to_tuesday() -> None:
    # Saturday 13 Feb 2027 + 42 days = Saturday 27 Mar 2027; Sunday 28 Mar is Easter,
    # Monday 29 Mar Tweede Paasdag: Tuesday 30 Mar 2027.
    result = due_date("6 weken", date(2027, 2, 13), atw=True)
    assert result.plain == date(2027, 3, 27)
    assert result.due == date(2027, 3, 30)
    assert reason(result, "term.atw.art1").params["new"] == date(2027, 3, 30)


def test_art1_goede_vrijdag_moves_to_tuesday() -> None:
    # Friday 12 Feb 2027 + 42 days = Goede Vrijdag 26 Mar 2027 -> Tuesday 30 Mar.
    result = due_date("6 weken", date(2027, 2, 12), atw=True)
    assert result.plain == date(2027, 3, 26)
    assert result.due == date(2027, 3, 30)
    assert "(Goede Vrijdag)" in reason(result, "term.atw.art1").text("nl")


@pytest.mark.parametrize(
    ("start", "plain", "due"),
    [
        pytest.param(
            date(2026, 4, 3), date(2026, 5, 15), date(2026, 5, 18), id="ends on Fri 15 May 2026"
        ),
        pytest.param(
            date(2027, 3, 26), date(2027, 5, 7), date(2027, 5, 10), id="ends on Fri 7 May 2027"
        ),
    ],
)
def test_art1_decree_day_moves_to_monday(start: date, plain: date, due: date) -> None:
    for cal in (None, LegalCalendar(decree_days=DecreeDays.CLOSED)):
        result = due_date("6 weken", start, atw=True, calendar=cal)
        assert result.plain == plain
        assert result.due == due
        assert result.atw_extended
        art1 = reason(result, "term.atw.art1")
        assert art1.article == "Atw art. 1 lid 1"
        assert "(bij besluit gelijkgestelde dag, Atw art. 3 lid 3)" in art1.text("nl")
        assert result.warnings == ()
    plain_result = due_date("6 weken", start)
    assert plain_result.due == plain
    assert not plain_result.atw_extended


# -- Atw art. 2 -------------------------------------------------------------------------


def test_art2_three_days_over_christmas() -> None:
    # (Thu 24 Dec, Sun 27 Dec 2026]: Christmas, Tweede Kerstdag (Sat), Sunday.
    # Art. 1: Monday 28 Dec. (24 Dec, 28 Dec] holds one Atw day (28 Dec); art. 2
    # needs two: Tuesday 29 Dec.
    result = due_date("3 dagen", date(2026, 12, 24), atw=True)
    assert result.plain == date(2026, 12, 27)
    assert result.due == date(2026, 12, 29)
    art1 = reason(result, "term.atw.art1")
    assert art1.params["due"] == date(2026, 12, 27)
    assert art1.params["new"] == date(2026, 12, 28)
    assert art1.article == "Atw art. 1 lid 1"
    art2 = reason(result, "term.atw.art2")
    assert art2.params["new"] == date(2026, 12, 29)
    assert art2.article == "Atw art. 2"
    assert keys(result).index("term.atw.art1") < keys(result).index("term.atw.art2")
    assert "term.atw.unchanged" not in keys(result)


def test_art2_alone_three_days_from_a_friday() -> None:
    # Fri 30 Apr 2027 + 3 = Mon 3 May (an Atw day: art. 1 does nothing). (30 Apr, 3 May]
    # holds Sat, Sun, Mon: one Atw day; art. 2: Tuesday 4 May 2027.
    result = due_date("3 dagen", date(2027, 4, 30), atw=True)
    assert result.plain == date(2027, 5, 3)
    assert result.due == date(2027, 5, 4)
    assert "term.atw.art1" not in keys(result)
    assert reason(result, "term.atw.art2").article == "Atw art. 2"


def test_art2_does_not_apply_to_two_days() -> None:
    # Fri 30 Apr 2027 + 2 = Sunday 2 May; art. 1: Monday 3 May. Art. 2 needs a term
    # "van ten minste drie dagen".
    result = due_date("2 dagen", date(2027, 4, 30), atw=True)
    assert result.plain == date(2027, 5, 2)
    assert result.due == date(2027, 5, 3)
    assert "term.atw.art2" not in keys(result)


# -- Atw art. 4 and art. 1(2) --------------------------------------------------------------


@pytest.mark.parametrize(
    ("term", "start", "why"),
    [
        pytest.param("2 jaar", date(2024, 12, 27), "term.atw.why.years", id="2 jaar"),
        pytest.param("een jaar", date(2025, 12, 27), "term.atw.why.years", id="een jaar"),
        pytest.param("13 weken", date(2026, 9, 27), "term.atw.why.long", id="13 weken"),
        pytest.param("4 maanden", date(2026, 8, 27), "term.atw.why.long", id="4 maanden"),
        pytest.param("91 dagen", date(2026, 9, 27), "term.atw.why.long", id="91 dagen"),
    ],
)
def test_art4_excluded_terms_are_not_extended(term: str, start: date, why: str) -> None:
    # Every one ends on Sunday 27 December 2026.
    result = due_date(term, start, atw=True)
    assert result.plain == date(2026, 12, 27)
    assert result.due == date(2026, 12, 27)
    assert not result.atw_applied
    assert not result.atw_extended
    art4 = reason(result, "term.atw.excluded_art4")
    assert art4.article == "Atw art. 4 onder a"
    assert art4.params["why"] == why
    assert "term.atw.art1" not in keys(result)


def test_art4_reason_text() -> None:
    result = due_date("2 jaar", date(2024, 12, 27), atw=True)
    assert reason(result, "term.atw.excluded_art4").text("nl") == (
        "Atw niet toegepast: de wet geldt niet voor termijnen in een of meer jaren "
        "(Atw art. 4 onder a)"
    )
    result = due_date("13 weken", date(2026, 9, 27), atw=True)
    assert reason(result, "term.atw.excluded_art4").text("en") == (
        "Atw not applied: the Act does not apply to terms of more than 90 days, twelve weeks "
        "or three months (Atw art. 4(a))"
    )


@pytest.mark.parametrize(
    ("term", "start"),
    [
        pytest.param("12 weken", date(2026, 10, 4), id="12 weken"),
        pytest.param("3 maanden", date(2026, 9, 27), id="3 maanden"),
        pytest.param("90 dagen", date(2026, 9, 28), id="90 dagen"),
    ],
)
def test_terms_at_the_art4_limit_are_extended(term: str, start: date) -> None:
    # Every one ends on Sunday 27 December 2026 -> Monday 28 December.
    result = due_date(term, start, atw=True)
    assert result.plain == date(2026, 12, 27)
    assert result.due == date(2026, 12, 28)
    assert result.atw_applied
    assert "term.atw.excluded_art4" not in keys(result)


def test_backward_terms_are_not_extended() -> None:
    # Sunday 7 Feb 2027 - 42 days = Sunday 27 Dec 2026.
    result = due_date("6 weken", date(2027, 2, 7), atw=True, backward=True)
    assert result.backward
    assert result.plain == date(2026, 12, 27)
    assert result.due == date(2026, 12, 27)
    assert not result.atw_applied
    back = reason(result, "term.atw.excluded_backward")
    assert back.article == "Atw art. 1 lid 2"
    assert "term.counted.calendar_backward" in keys(result)


def test_backward_working_days() -> None:
    # Mon 4 Jan 2027 - 5 werkdagen = Thu 24 Dec 2026 (New Year, weekend, Christmas skipped).
    result = due_date("5 werkdagen", date(2027, 1, 4), backward=True)
    assert result.due == date(2026, 12, 24)


# -- decree-day warnings ---------------------------------------------------------------------


def test_warning_when_the_period_touches_an_uncovered_year() -> None:
    result = due_date("6 weken", date(2030, 3, 1), atw=True)
    assert result.due == date(2030, 4, 12)  # Friday 1 Mar + 42 days = Friday 12 Apr
    assert [w.key for w in result.warnings] == ["term.warning.decree_unknown"]
    warning = result.warnings[0]
    assert warning.params["years"] == [2030]
    assert warning.text("nl") == (
        "let op: de bij besluit gelijkgestelde dagen (Atw art. 3 lid 3) van 2030 zijn niet "
        "bekend in de gegevens (bekend: 2023, 2024, 2025, 2026, 2027, 2028); een besluit voor "
        "dat jaar kan deze datum verschuiven"
    )
    assert result.explain("nl")[-1] == warning.text("nl")


def test_warning_across_the_end_of_the_covered_years() -> None:
    # Fri 1 Dec 2028 + 42 days = Fri 12 Jan 2029.
    result = due_date("6 weken", date(2028, 12, 1), atw=True)
    assert result.due == date(2029, 1, 12)
    assert [w.params["years"] for w in result.warnings] == [[2029]]


def test_no_warning_inside_covered_years() -> None:
    result = due_date("6 weken", date(2026, 3, 2), atw=True)
    assert result.due == date(2026, 4, 13)
    assert result.warnings == ()


def test_no_warning_when_decree_days_play_no_part() -> None:
    # Without the Atw and with decree days as working days, no decree day matters.
    assert due_date("6 weken", date(2030, 3, 1)).warnings == ()
    assert due_date("5 werkdagen", date(2030, 3, 1)).warnings == ()
    # Atw excluded by art. 4: decree days play no part either.
    assert due_date("2 jaar", date(2030, 3, 1), atw=True).warnings == ()


def test_warning_for_working_days_when_decree_days_are_closed() -> None:
    cal = LegalCalendar(decree_days=DecreeDays.CLOSED)
    result = due_date("5 werkdagen", date(2030, 3, 1), calendar=cal)
    assert [w.key for w in result.warnings] == ["term.warning.decree_unknown"]
    assert reason(result, "term.assumption.decree_closed").article == "Atw art. 3 lid 3"


def test_working_days_state_the_decree_assumption() -> None:
    result = due_date("5 werkdagen", date(2026, 12, 24))
    assert reason(result, "term.assumption.decree_working").article == "Atw art. 3 lid 3"
    skipped = reason(result, "term.skipped")
    assert skipped.text("nl") == (
        "overgeslagen als geen werkdag: vrijdag 25 december 2026 (Eerste Kerstdag); "
        "zaterdag 26 december 2026 (Tweede Kerstdag); zondag 27 december 2026 (zondag); "
        "vrijdag 1 januari 2027 (Nieuwjaarsdag); zaterdag 2 januari 2027 (zaterdag); "
        "zondag 3 januari 2027 (zondag)"
    )


def test_json_of_a_due_date() -> None:
    data = due_date("3 dagen", date(2026, 12, 24), atw=True).to_json("en")
    assert data["due"] == "2026-12-29"
    assert data["plain"] == "2026-12-27"
    assert data["atw_applied"] is True
    assert data["atw_extended"] is True
    reasons = data["reasons"]
    assert isinstance(reasons, list)
    assert [(r["code"], r["article"]) for r in reasons] == [
        ("term.counted.calendar", None),
        ("term.atw.art1", "Atw art. 1 lid 1"),
        ("term.atw.art2", "Atw art. 2"),
    ]
