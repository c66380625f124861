"""klachtregels.law.holidays: the Atw art. 3(1)/(2) rules of our own.

The Easter computus is checked against python-dateutil (an independent
implementation) over every year it supports, and at the known extremes of the
Gregorian computus. workalendar's Netherlands is compared year by year in
test_calendar_differences.py; the literal 2013-2030 table in test_holidays_table.py.
"""

from __future__ import annotations

from datetime import date

import pytest
from dateutil.easter import EASTER_WESTERN, easter

from klachtregels.law.holidays import RULES, atw_holidays, easter_sunday


def test_easter_agrees_with_dateutil_in_every_gregorian_year() -> None:
    wrong = [y for y in range(1583, 4100) if easter_sunday(y) != easter(y, EASTER_WESTERN)]
    assert wrong == []


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (1818, date(1818, 3, 22)),  # the earliest possible Easter
        (2285, date(2285, 3, 22)),
        (1943, date(1943, 4, 25)),  # the latest possible Easter
        (2038, date(2038, 4, 25)),
        (1965, date(1965, 4, 18)),  # the first year of the calendar's range
        (2026, date(2026, 4, 5)),
    ],
)
def test_easter_at_known_dates(year: int, expected: date) -> None:
    assert easter_sunday(year) == expected
    assert expected.weekday() == 6


def test_2026_worked_out_by_hand() -> None:
    # Easter Sunday 5 April 2026: Goede Vrijdag Friday 3 April, Tweede Paasdag
    # Monday 6 April, Hemelvaartsdag (+39) Thursday 14 May, Tweede Pinksterdag (+50)
    # Monday 25 May; Koningsdag Monday 27 April; 5 May a Tuesday.
    assert atw_holidays(2026) == [
        (date(2026, 1, 1), "Nieuwjaarsdag"),
        (date(2026, 4, 3), "Goede Vrijdag"),
        (date(2026, 4, 6), "Tweede Paasdag"),
        (date(2026, 4, 27), "Koningsdag"),
        (date(2026, 5, 5), "Bevrijdingsdag (5 mei)"),
        (date(2026, 5, 14), "Hemelvaartsdag"),
        (date(2026, 5, 25), "Tweede Pinksterdag"),
        (date(2026, 12, 25), "Eerste Kerstdag"),
        (date(2026, 12, 26), "Tweede Kerstdag"),
    ]


def test_two_holidays_on_one_day_are_both_listed() -> None:
    # Easter 2016: 27 March; + 39 days = Thursday 5 May, also Bevrijdingsdag.
    may_5 = [name for day, name in atw_holidays(2016) if day == date(2016, 5, 5)]
    assert may_5 == ["Bevrijdingsdag (5 mei)", "Hemelvaartsdag"]


def test_the_rules_name_art_3_and_nothing_else() -> None:
    # art. 3(1) names seven kinds of day (two Christmas days) besides the King's
    # birthday; art. 3(2) adds Goede Vrijdag. No Eerste Paas- or Pinksterdag.
    names = {name for name, _ in RULES}
    assert len(names) == 8
    assert "Eerste Paasdag" not in names
    assert "Eerste Pinksterdag" not in names
