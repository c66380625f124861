"""Working-day arithmetic, examples worked out by hand.

A working day (werkdag) is not a Saturday, Sunday or Atw art. 3(1)/3(2) holiday,
nor a closure day; decree days are working days unless the calendar says
``DecreeDays.CLOSED``. Counting starts on the day after the start day.
"""

from __future__ import annotations

from datetime import date

import pytest

import klachtregels
from klachtregels import DateOutOfRangeError, DecreeDays, LegalCalendar
from klachtregels.law.calendar import FIRST_DAY, LAST_DAY, default_calendar

CHRISTMAS_CLOSURE = {date(2026, 12, 28): "kerstsluiting", date(2026, 12, 29): "kerstsluiting"}


@pytest.fixture(scope="module")
def closed_over_christmas() -> LegalCalendar:
    return LegalCalendar(closures=CHRISTMAS_CLOSURE)


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        pytest.param(
            date(2026, 11, 20),
            3,
            date(2026, 11, 25),
            id="Friday 20 Nov 2026 + 3 werkdagen is Wednesday 25 Nov",
        ),
        pytest.param(
            date(2026, 12, 24),
            5,
            date(2027, 1, 4),
            id="Thursday 24 Dec 2026 + 5 werkdagen skips Christmas and New Year: 4 Jan 2027",
        ),
        pytest.param(
            date(2027, 3, 25),
            20,
            date(2027, 4, 26),
            id="Thursday 25 Mar 2027 + 20 werkdagen skips Easter: Monday 26 Apr",
        ),
        pytest.param(
            date(2027, 3, 25),
            21,
            date(2027, 4, 28),
            id="Thursday 25 Mar 2027 + 21 werkdagen skips Easter and Koningsdag: 28 Apr",
        ),
        pytest.param(
            date(2027, 3, 25),
            1,
            date(2027, 3, 30),
            id="Thursday 25 Mar 2027 + 1 werkdag skips Goede Vrijdag to Tweede Paasdag",
        ),
        pytest.param(
            date(2027, 5, 4),
            1,
            date(2027, 5, 7),
            id="Tuesday 4 May 2027 + 1 werkdag skips 5 May and Hemelvaartsdag to decree day 7 May",
        ),
        pytest.param(
            date(2026, 12, 26),
            1,
            date(2026, 12, 28),
            id="from a Saturday holiday + 1 werkdag is the Monday",
        ),
    ],
)
def test_add_working_days(start: date, n: int, expected: date) -> None:
    assert klachtregels.add_working_days(start, n) == expected
    assert default_calendar().add_working_days(start, n) == expected


def test_decree_day_closed_moves_the_count() -> None:
    # 5 May (Wed), Hemelvaartsdag (Thu 6 May), decree day (Fri 7 May), weekend.
    cal = LegalCalendar(decree_days=DecreeDays.CLOSED)
    assert cal.add_working_days(date(2027, 5, 4), 1) == date(2027, 5, 10)


@pytest.mark.parametrize(
    "day",
    [date(2026, 11, 20), date(2026, 12, 26), date(2026, 12, 27), date(2027, 1, 1)],
    ids=["a Friday", "a Saturday holiday", "a Sunday", "Nieuwjaarsdag"],
)
def test_zero_returns_the_day_itself(day: date) -> None:
    assert klachtregels.add_working_days(day, 0) == day


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        pytest.param(
            date(2026, 11, 25), -3, date(2026, 11, 20), id="Wednesday 25 Nov 2026 - 3 is Friday"
        ),
        pytest.param(
            date(2027, 1, 4), -5, date(2026, 12, 24), id="Monday 4 Jan 2027 - 5 is 24 Dec 2026"
        ),
        pytest.param(
            date(2026, 12, 26), -1, date(2026, 12, 24), id="Saturday 26 Dec 2026 - 1 is 24 Dec"
        ),
        pytest.param(
            date(2027, 3, 30), -1, date(2027, 3, 25), id="Tuesday after Easter 2027 - 1 is 25 Mar"
        ),
    ],
)
def test_negative_n_counts_back(start: date, n: int, expected: date) -> None:
    assert klachtregels.add_working_days(start, n) == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(date(2026, 11, 20), date(2026, 11, 25), 3, id="Fri 20 to Wed 25 Nov: 3"),
        pytest.param(date(2026, 12, 24), date(2027, 1, 4), 5, id="24 Dec 2026 to 4 Jan 2027: 5"),
        pytest.param(date(2027, 3, 25), date(2027, 4, 28), 21, id="Easter and Koningsdag: 21"),
        pytest.param(date(2026, 11, 20), date(2026, 11, 20), 0, id="same day: 0"),
        pytest.param(date(2026, 12, 25), date(2026, 12, 27), 0, id="Christmas to Sunday: 0"),
        pytest.param(date(2026, 12, 26), date(2026, 12, 28), 1, id="Saturday to Monday: 1"),
        pytest.param(date(2026, 11, 25), date(2026, 11, 20), -3, id="backwards: -3"),
        pytest.param(date(2026, 1, 1), date(2026, 12, 31), 253, id="the whole of 2026"),
    ],
)
def test_working_days_between(a: date, b: date, expected: int) -> None:
    assert klachtregels.working_days_between(a, b) == expected


def test_working_days_in_2026_by_hand() -> None:
    """(1 Jan 2026, 31 Dec 2026]: 2026 starts on Thursday and has 365 days = 52 weeks + 1 day,
    so 261 weekdays, one of which is Thursday 1 January itself (excluded: 260). Weekday
    holidays after 1 Jan: Goede Vrijdag 3 Apr, Tweede Paasdag 6 Apr, Koningsdag Mon 27 Apr,
    5 May (Tue), Hemelvaartsdag 14 May, Tweede Pinksterdag 25 May, Eerste Kerstdag Fri 25 Dec
    (Tweede Kerstdag is a Saturday): 7 days. 260 - 7 = 253. Decree days 2 Jan and 15 May
    count as working days by default, and not when closed: 251.
    """
    assert default_calendar().working_days_between(date(2026, 1, 1), date(2026, 12, 31)) == 253
    closed = LegalCalendar(decree_days=DecreeDays.CLOSED)
    assert closed.working_days_between(date(2026, 1, 1), date(2026, 12, 31)) == 251


def test_closures_shift_the_result(closed_over_christmas: LegalCalendar) -> None:
    # 24 Dec 2026 + 5: Mon 28 and Tue 29 closed; Wed 30 (1), Thu 31 (2), New Year,
    # weekend, Mon 4 (3), Tue 5 (4), Wed 6 Jan 2027 (5).
    assert closed_over_christmas.add_working_days(date(2026, 12, 24), 5) == date(2027, 1, 6)
    assert closed_over_christmas.working_days_between(date(2026, 12, 24), date(2027, 1, 6)) == 5
    assert not closed_over_christmas.is_working_day(date(2026, 12, 28))
    assert (
        closed_over_christmas.why_not_working(date(2026, 12, 28)) == "sluitingsdag: kerstsluiting"
    )
    assert closed_over_christmas.why_not_working(date(2026, 12, 29), "en") == (
        "closure day: kerstsluiting"
    )
    # Closures do not touch the Atw.
    assert closed_over_christmas.is_atw_day(date(2026, 12, 28))
    assert closed_over_christmas.closures == CHRISTMAS_CLOSURE


def test_closures_as_plain_dates() -> None:
    cal = LegalCalendar(closures=[date(2026, 11, 23)])
    # Fri 20 Nov + 3: Mon 23 closed; Tue 24 (1), Wed 25 (2), Thu 26 (3).
    assert cal.add_working_days(date(2026, 11, 20), 3) == date(2026, 11, 26)
    assert cal.why_not_working(date(2026, 11, 23)) == "sluitingsdag: -"


def test_closures_do_not_change_the_default_calendar(closed_over_christmas: LegalCalendar) -> None:
    assert closed_over_christmas is not default_calendar()
    assert klachtregels.add_working_days(date(2026, 12, 24), 5) == date(2027, 1, 4)


def test_closure_outside_range_is_rejected() -> None:
    with pytest.raises(DateOutOfRangeError):
        LegalCalendar(closures={date(1965, 3, 31): "oud"})


def test_many_equals_one_by_one(closed_over_christmas: LegalCalendar) -> None:
    days = [
        date(2026, 11, 20),
        date(2026, 12, 24),
        date(2026, 12, 26),
        date(2027, 3, 25),
        date(2026, 12, 24),
    ]
    for cal in (default_calendar(), closed_over_christmas):
        for n in (-5, 0, 1, 5, 21):
            assert cal.add_working_days_many(days, n) == [cal.add_working_days(d, n) for d in days]
    assert default_calendar().add_working_days_many(days, 5)[1] == date(2027, 1, 4)
    assert default_calendar().add_working_days_many([], 5) == []


@pytest.mark.parametrize(
    ("start", "n"),
    [
        pytest.param(date(1965, 3, 31), 1, id="start before the range"),
        pytest.param(date(2101, 1, 1), -1, id="start after the range"),
    ],
)
def test_start_out_of_range(start: date, n: int) -> None:
    with pytest.raises(DateOutOfRangeError) as info:
        klachtregels.add_working_days(start, n)
    assert isinstance(info.value, ValueError)
    assert info.value.date == start
    assert str(info.value) == (
        f"{start.isoformat()} valt buiten de ondersteunde periode 1965-04-01 tot en met 2100-12-31"
    )


def test_between_out_of_range() -> None:
    with pytest.raises(DateOutOfRangeError):
        klachtregels.working_days_between(date(2026, 1, 1), date(2101, 1, 1))
    with pytest.raises(DateOutOfRangeError):
        klachtregels.working_days_between(date(1965, 3, 1), date(2026, 1, 1))


def test_last_working_day_of_the_range() -> None:
    # See below: Fri 24 Dec 2100 + 5 = Fri 31 Dec 2100, the last day of the range.
    assert klachtregels.add_working_days(date(2100, 12, 24), 5) == date(2100, 12, 31)


@pytest.mark.parametrize(
    ("start", "n"),
    [
        # 1 Jan 2100 is a Friday (36525 days after Saturday 1 Jan 2000, 36525 = 6 mod 7),
        # so 24 Dec 2100 is a Friday too; Sat 25 and Sun 26 Dec, then Mon 27 (1) .. Fri 31 (5).
        # The 6th working day lies in 2101.
        pytest.param(date(2100, 12, 24), 6, id="Fri 24 Dec 2100 + 6 runs past 2100"),
        # Thu 1 April 1965 is the first day (the Atw in force, art. 7 lid 1); the working
        # day before lies outside the range.
        pytest.param(date(1965, 4, 1), -1, id="Thu 1 April 1965 - 1 runs before the range"),
    ],
)
def test_result_out_of_range(start: date, n: int) -> None:
    with pytest.raises(DateOutOfRangeError) as info:
        klachtregels.add_working_days(start, n)
    # The date the error names must really lie outside the range, or the message
    # ("... valt buiten de ondersteunde periode ...") contradicts itself.
    assert not FIRST_DAY <= info.value.date <= LAST_DAY, str(info.value)
