"""Where the Atw calendar differs from workalendar and python-holidays, one case each.

Differences (shared/DOMAIN.md, "Calendar libraries"):

* workalendar lists Easter Sunday and Whit Sunday; Atw art. 3(1) names only the
  *tweede* Paas- and Pinksterdag. Both are Sundays, so working days agree.
* workalendar has no decree days (Atw art. 3(3)).
* workalendar moves a Sunday Queen's Day before 1980 to 29 April; the law to 1 May.
* python-holidays has 5 May only in years divisible by five; art. 3(1) every year.
* names: ours are Dutch.

python-holidays is called as ``country_holidays("NL", years=...)``, the same class as
``holidays.Netherlands(years=...)`` but typed for mypy --strict.
"""

from __future__ import annotations

from datetime import date, timedelta

import holidays as pyholidays
import pytest
from dateutil.easter import easter
from workalendar.europe import Netherlands

import klachtregels
from klachtregels.law.calendar import default_calendar, koningsdag

#: workalendar's English label -> our Dutch name (the documented name difference).
WK_NAMES: dict[str, str] = {
    "New year": "Nieuwjaarsdag",
    "Good Friday": "Goede Vrijdag",
    "Easter Monday": "Tweede Paasdag",
    "King's day": "Koningsdag",
    "Queen's day": "Koninginnedag",
    "Liberation Day": "Bevrijdingsdag (5 mei)",
    "Ascension Thursday": "Hemelvaartsdag",
    "Whit Monday": "Tweede Pinksterdag",
    "Christmas Day": "Eerste Kerstdag",
    "Boxing Day": "Tweede Kerstdag",
}
WK_NOT_ATW = {"Easter Sunday", "Whit Sunday"}

YEARS = range(2000, 2101)
#: Every year of the calendar's range but the three whose Sunday Queen's Day
#: workalendar moves otherwise (test_workalendar_moves_sunday_queens_day_...).
WK_YEARS = [y for y in range(1965, 2101) if y not in (1967, 1972, 1978)]


def py_nl(year: int) -> set[date]:
    """python-holidays' Netherlands (public holidays) of ``year``."""
    return set(pyholidays.country_holidays("NL", years=year))


@pytest.fixture(scope="module")
def wk() -> Netherlands:
    return Netherlands()


def test_workalendar_lists_easter_and_whit_sunday_we_do_not(wk: Netherlands) -> None:
    # 2026: Easter Sunday 5 April, Whit Sunday 24 May (worked out by hand).
    wk_2026 = dict(wk.holidays(2026))
    assert wk_2026[date(2026, 4, 5)] == "Easter Sunday"
    assert wk_2026[date(2026, 5, 24)] == "Whit Sunday"
    ours = klachtregels.holidays(2026)
    assert date(2026, 4, 5) not in ours
    assert date(2026, 5, 24) not in ours


def test_easter_and_whit_sunday_are_sundays_so_working_days_agree(wk: Netherlands) -> None:
    for day in (date(2026, 4, 5), date(2026, 5, 24)):
        assert day.weekday() == 6
        assert not wk.is_working_day(day)
        assert not klachtregels.is_working_day(day)
    # Thursday 2 April 2026 + 2 working days: Good Friday, Saturday, Easter Sunday,
    # Tweede Paasdag skipped: Tuesday 7 (1), Wednesday 8 (2).
    assert klachtregels.add_working_days(date(2026, 4, 2), 2) == date(2026, 4, 8)
    assert wk.add_working_days(date(2026, 4, 2), 2) == date(2026, 4, 8)


def test_workalendar_has_no_decree_days(wk: Netherlands) -> None:
    day = date(2026, 1, 2)  # Friday, designated by decree under Atw art. 3(3)
    assert wk.is_working_day(day)
    assert day not in dict(wk.holidays(2026))
    assert default_calendar().is_working_day(day)  # default: decree days are working days
    assert not default_calendar().is_atw_day(day)


def test_workalendar_moves_sunday_queens_day_before_1980_to_29_april(wk: Netherlands) -> None:
    # 30 April 1967, 1972 and 1978 were Sundays (see test_holidays_table); the
    # only years of the range in which workalendar and the law differ.
    for year in (1967, 1972, 1978):
        assert date(year, 4, 30).weekday() == 6
        assert wk.get_king_queen_day(year) == (date(year, 4, 29), "Queen's day")
        assert koningsdag(year)[0] == date(year, 5, 1)


def test_workalendar_agrees_on_sunday_queens_day_from_1980(wk: Netherlands) -> None:
    # 30 April 2006 was a Sunday; both move it to Saturday 29 April.
    assert wk.get_king_queen_day(2006) == (date(2006, 4, 29), "Queen's day")
    assert koningsdag(2006)[0] == date(2006, 4, 29)


def test_python_holidays_has_5_may_only_every_fifth_year() -> None:
    assert date(2026, 5, 5) not in py_nl(2026)
    assert klachtregels.holidays(2026)[date(2026, 5, 5)] == "Bevrijdingsdag (5 mei)"
    assert date(2025, 5, 5) in py_nl(2025)
    assert date(2025, 5, 5) in klachtregels.holidays(2025)


def test_python_holidays_agrees_with_the_law_before_1980() -> None:
    # python-holidays applies SUN_TO_NEXT_MON before 1980, like the law.
    assert date(1978, 5, 1) in py_nl(1978)
    assert date(1978, 4, 29) not in py_nl(1978)


@pytest.mark.parametrize("year", WK_YEARS, ids=[f"workalendar agrees in {y}" for y in WK_YEARS])
def test_agreement_with_workalendar_elsewhere(year: int, wk: Netherlands) -> None:
    wk_pairs = wk.holidays(year)
    assert {label for _, label in wk_pairs} <= set(WK_NAMES) | WK_NOT_ATW
    wk_atw = [(d, label) for d, label in wk_pairs if label not in WK_NOT_ATW]
    ours = klachtregels.holidays(year)
    assert set(ours) == {d for d, _ in wk_atw}
    # Non-weekend holidays: the days that change a working-day count.
    assert {d for d in ours if d.weekday() < 5} == {d for d, _ in wk_pairs if d.weekday() < 5}
    # Names differ only by the documented translation; where two holidays share a
    # day (5 May = Hemelvaartsdag in 2005, 2016) ours joins both names alphabetically.
    for day, name in ours.items():
        assert name == " en ".join(sorted(WK_NAMES[label] for d, label in wk_atw if d == day))


@pytest.mark.parametrize("year", YEARS, ids=[f"python-holidays agrees in {y}" for y in YEARS])
def test_agreement_with_python_holidays_elsewhere(year: int) -> None:
    """Ours = python-holidays minus its Sundays Eerste Paas/Pinksterdag, plus 5 May."""
    theirs = py_nl(year)
    ours = set(klachtregels.holidays(year))
    extra_theirs = theirs - ours
    assert all(d.weekday() == 6 for d in extra_theirs)
    assert len(extra_theirs) == 2
    # Nothing is missing in a fifth year, nor when 5 May is Hemelvaartsdag
    # (Easter + 39, as in 2005 and 2016).
    may_5 = date(year, 5, 5)
    in_theirs_anyway = year % 5 == 0 or easter(year) + timedelta(days=39) == may_5
    assert ours - theirs == (set() if in_theirs_anyway else {may_5})
