"""Property tests of the working-day and term arithmetic (local strategies)."""

from __future__ import annotations

import calendar as stdcal
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st
from workalendar.europe import Netherlands

from klachtregels import Term, Unit, due_date
from klachtregels.law.calendar import LegalCalendar, default_calendar

#: Applied per test, so that importing this module changes no global profile.
moderate = settings(max_examples=200, deadline=None)

CAL: LegalCalendar = default_calendar()
WK = Netherlands()

# 400 working days span fewer than 600 calendar days (5 in 7, plus at most about a dozen
# holidays a year), so starting in 2002-2098 every count of up to 400 either way stays
# inside the supported 2000-2100.
dates = st.dates(min_value=date(2002, 1, 1), max_value=date(2098, 12, 31))
counts = st.integers(min_value=0, max_value=400)
halves = st.integers(min_value=0, max_value=200)
positive = st.integers(min_value=1, max_value=400)
working_dates = dates.map(lambda d: CAL.add_working_days(d - timedelta(days=1), 1))
atw_terms = st.one_of(
    st.integers(min_value=3, max_value=90).map(lambda n: Term(n, Unit.DAYS)),
    st.integers(min_value=1, max_value=12).map(lambda n: Term(n, Unit.WEEKS)),
)


def atw_days_in(a: date, b: date) -> int:
    """Days in (a, b] that are no Saturday, Sunday or Atw holiday, counted one by one."""
    return sum(CAL.is_atw_day(a + timedelta(days=i)) for i in range(1, (b - a).days + 1))


@moderate
@given(dates, positive)
def test_lands_on_a_working_day(d: date, n: int) -> None:
    result = CAL.add_working_days(d, n)
    assert result > d
    assert CAL.is_working_day(result)


@moderate
@given(dates, dates, counts)
def test_monotone_in_the_date(d1: date, d2: date, n: int) -> None:
    lo, hi = min(d1, d2), max(d1, d2)
    assert CAL.add_working_days(lo, n) <= CAL.add_working_days(hi, n)


@moderate
@given(dates, counts, counts)
def test_monotone_in_n(d: date, n1: int, n2: int) -> None:
    lo, hi = min(n1, n2), max(n1, n2)
    if lo < hi:
        assert CAL.add_working_days(d, lo) < CAL.add_working_days(d, hi)
    else:
        assert CAL.add_working_days(d, lo) == CAL.add_working_days(d, hi)


@moderate
@given(working_dates, halves, halves)
def test_adding_composes(d: date, a: int, b: int) -> None:
    assert CAL.is_working_day(d)
    assert CAL.add_working_days(CAL.add_working_days(d, a), b) == CAL.add_working_days(d, a + b)


@moderate
@given(working_dates, counts)
def test_back_and_forth_from_a_working_day(d: date, n: int) -> None:
    assert CAL.add_working_days(CAL.add_working_days(d, n), -n) == d


@moderate
@given(dates, counts)
def test_between_inverts_add(d: date, n: int) -> None:
    assert CAL.working_days_between(d, CAL.add_working_days(d, n)) == n


@moderate
@given(dates, st.integers(min_value=0, max_value=120))
def test_between_counts_working_days_one_by_one(d: date, span: int) -> None:
    b = d + timedelta(days=span)
    expected = sum(CAL.is_working_day(d + timedelta(days=i)) for i in range(1, span + 1))
    assert CAL.working_days_between(d, b) == expected
    assert CAL.working_days_between(b, d) == -expected


@moderate
@given(atw_terms, dates)
def test_atw_due_date(term: Term, start: date) -> None:
    result = due_date(term, start, atw=True)
    assert result.atw_applied
    assert CAL.is_atw_day(result.due)
    assert result.due >= result.plain
    if CAL.is_atw_day(result.plain) and atw_days_in(start, result.plain) >= 2:
        assert result.due == result.plain
    # Art. 1 and 2 extend "zoveel" as needed: the first Atw day on or after the plain
    # date whose term holds at least two Atw days.
    expected = result.plain
    while not (CAL.is_atw_day(expected) and atw_days_in(start, expected) >= 2):
        expected += timedelta(days=1)
    assert result.due == expected


@moderate
@given(
    st.one_of(
        st.integers(min_value=1, max_value=36).map(lambda k: Term(k, Unit.MONTHS)),
        st.integers(min_value=1, max_value=5).map(lambda k: Term(k, Unit.YEARS)),
    ),
    # Start early enough that 36 months or 5 years stay inside 2000-2100.
    st.dates(min_value=date(2001, 1, 1), max_value=date(2094, 12, 31)),
    st.booleans(),
)
def test_months_and_years_never_overflow(term: Term, start: date, atw: bool) -> None:
    k = term.amount * (12 if term.unit is Unit.YEARS else 1)
    months = start.month - 1 + k
    year, month = start.year + months // 12, months % 12 + 1
    expected = date(year, month, min(start.day, stdcal.monthrange(year, month)[1]))
    result = due_date(term, start, atw=atw)
    assert result.plain == expected
    if not atw or k > 3:
        assert result.due == expected


@moderate
@given(dates, counts)
def test_agrees_with_workalendar(d: date, n: int) -> None:
    assert CAL.add_working_days(d, n) == WK.add_working_days(d, n)


@moderate
@given(dates, counts)
def test_agrees_with_workalendar_backwards(d: date, n: int) -> None:
    assert CAL.add_working_days(d, -n) == WK.add_working_days(d, -n)


@moderate
@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)))
def test_working_day_agrees_with_workalendar(d: date) -> None:
    assert CAL.is_working_day(d) == WK.is_working_day(d)


CLOSED_XMAS_WEEK = LegalCalendar(closures={date(2026, 12, 28): "kerstsluiting"})


@moderate
@given(dates, st.integers(min_value=-30, max_value=400))
def test_non_working_days_are_those_that_are_no_working_day(d: date, span: int) -> None:
    for cal in (CAL, CLOSED_XMAS_WEEK):
        one_by_one = [
            d + timedelta(days=i)
            for i in range(1, span + 1)
            if not cal.is_working_day(d + timedelta(days=i))
        ]
        assert cal.non_working_days_in(d, d + timedelta(days=span)) == one_by_one


def test_non_working_days_around_christmas_2026() -> None:
    # Thursday 24 December 2026 to Monday 4 January 2027: both Christmas days (Friday and
    # Saturday), the weekends, New Year's Day (a Friday); with a closure, also Monday 28.
    xmas, boxing, sun = date(2026, 12, 25), date(2026, 12, 26), date(2026, 12, 27)
    new_year, sat, sun2 = date(2027, 1, 1), date(2027, 1, 2), date(2027, 1, 3)
    a, b = date(2026, 12, 24), date(2027, 1, 4)
    assert CAL.non_working_days_in(a, b) == [xmas, boxing, sun, new_year, sat, sun2]
    closed = CLOSED_XMAS_WEEK.non_working_days_in(a, b)
    assert closed == [xmas, boxing, sun, date(2026, 12, 28), new_year, sat, sun2]
    assert CAL.non_working_days_in(b, a) == []
