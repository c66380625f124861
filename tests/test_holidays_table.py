"""Atw art. 3(1) and 3(2) holidays, 2013-2030, as a literal table worked out by hand.

Easter Sunday of each year was worked out by hand (Meeus/Jones/Butcher) and is
cross-checked against ``dateutil.easter`` below. From it:

* Goede Vrijdag = Easter - 2 (art. 3(2))
* Tweede Paasdag = Easter + 1
* Hemelvaartsdag = Easter + 39
* Tweede Pinksterdag = Easter + 50

Koningsdag: from 2014 27 April, or Saturday 26 April when the 27th is a Sunday
(2014 and 2025); 2013: Koninginnedag 30 April (a Tuesday). Fixed days: 1 January,
5 May (every year, art. 3(1) "de vijfde mei"), 25 and 26 December.

Eerste Paasdag and Eerste Pinksterdag are not in art. 3(1) and are not listed.
On 5 May 2016 Hemelvaartsdag and 5 May coincide; the day keeps both names, joined
alphabetically with " en " (documented in ``LegalCalendar.holidays``).
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from dateutil.easter import easter

import klachtregels
from klachtregels import DateOutOfRangeError, DecreeDays, LegalCalendar
from klachtregels.law.calendar import (
    SUN_TO_NEXT_MON,
    SUN_TO_PREV_SAT,
    default_calendar,
    koningsdag,
)

NJ = "Nieuwjaarsdag"
GV = "Goede Vrijdag"
TP = "Tweede Paasdag"
KD = "Koningsdag"
KID = "Koninginnedag"
BD = "Bevrijdingsdag (5 mei)"
HV = "Hemelvaartsdag"
TPi = "Tweede Pinksterdag"
EK = "Eerste Kerstdag"
TK = "Tweede Kerstdag"

#: Easter Sunday, worked out by hand.
EASTER: dict[int, date] = {
    2013: date(2013, 3, 31),
    2014: date(2014, 4, 20),
    2015: date(2015, 4, 5),
    2016: date(2016, 3, 27),
    2017: date(2017, 4, 16),
    2018: date(2018, 4, 1),
    2019: date(2019, 4, 21),
    2020: date(2020, 4, 12),
    2021: date(2021, 4, 4),
    2022: date(2022, 4, 17),
    2023: date(2023, 4, 9),
    2024: date(2024, 3, 31),
    2025: date(2025, 4, 20),
    2026: date(2026, 4, 5),
    2027: date(2027, 3, 28),
    2028: date(2028, 4, 16),
    2029: date(2029, 4, 1),
    2030: date(2030, 4, 21),
}

#: Whit Sunday (Easter + 49), by hand; not an Atw holiday.
WHIT_SUNDAY: dict[int, date] = {
    2013: date(2013, 5, 19),
    2014: date(2014, 6, 8),
    2015: date(2015, 5, 24),
    2016: date(2016, 5, 15),
    2017: date(2017, 6, 4),
    2018: date(2018, 5, 20),
    2019: date(2019, 6, 9),
    2020: date(2020, 5, 31),
    2021: date(2021, 5, 23),
    2022: date(2022, 6, 5),
    2023: date(2023, 5, 28),
    2024: date(2024, 5, 19),
    2025: date(2025, 6, 8),
    2026: date(2026, 5, 24),
    2027: date(2027, 5, 16),
    2028: date(2028, 6, 4),
    2029: date(2029, 5, 20),
    2030: date(2030, 6, 9),
}

TABLE: dict[int, dict[date, str]] = {
    2013: {
        date(2013, 1, 1): NJ,
        date(2013, 3, 29): GV,
        date(2013, 4, 1): TP,
        date(2013, 4, 30): KID,
        date(2013, 5, 5): BD,
        date(2013, 5, 9): HV,
        date(2013, 5, 20): TPi,
        date(2013, 12, 25): EK,
        date(2013, 12, 26): TK,
    },
    2014: {
        date(2014, 1, 1): NJ,
        date(2014, 4, 18): GV,
        date(2014, 4, 21): TP,
        date(2014, 4, 26): KD,
        date(2014, 5, 5): BD,
        date(2014, 5, 29): HV,
        date(2014, 6, 9): TPi,
        date(2014, 12, 25): EK,
        date(2014, 12, 26): TK,
    },
    2015: {
        date(2015, 1, 1): NJ,
        date(2015, 4, 3): GV,
        date(2015, 4, 6): TP,
        date(2015, 4, 27): KD,
        date(2015, 5, 5): BD,
        date(2015, 5, 14): HV,
        date(2015, 5, 25): TPi,
        date(2015, 12, 25): EK,
        date(2015, 12, 26): TK,
    },
    2016: {
        date(2016, 1, 1): NJ,
        date(2016, 3, 25): GV,
        date(2016, 3, 28): TP,
        date(2016, 4, 27): KD,
        # 5 May and Hemelvaartsdag coincide (Easter 27 March + 39).
        date(2016, 5, 5): "Bevrijdingsdag (5 mei) en Hemelvaartsdag",
        date(2016, 5, 16): TPi,
        date(2016, 12, 25): EK,
        date(2016, 12, 26): TK,
    },
    2017: {
        date(2017, 1, 1): NJ,
        date(2017, 4, 14): GV,
        date(2017, 4, 17): TP,
        date(2017, 4, 27): KD,
        date(2017, 5, 5): BD,
        date(2017, 5, 25): HV,
        date(2017, 6, 5): TPi,
        date(2017, 12, 25): EK,
        date(2017, 12, 26): TK,
    },
    2018: {
        date(2018, 1, 1): NJ,
        date(2018, 3, 30): GV,
        date(2018, 4, 2): TP,
        date(2018, 4, 27): KD,
        date(2018, 5, 5): BD,
        date(2018, 5, 10): HV,
        date(2018, 5, 21): TPi,
        date(2018, 12, 25): EK,
        date(2018, 12, 26): TK,
    },
    2019: {
        date(2019, 1, 1): NJ,
        date(2019, 4, 19): GV,
        date(2019, 4, 22): TP,
        date(2019, 4, 27): KD,
        date(2019, 5, 5): BD,
        date(2019, 5, 30): HV,
        date(2019, 6, 10): TPi,
        date(2019, 12, 25): EK,
        date(2019, 12, 26): TK,
    },
    2020: {
        date(2020, 1, 1): NJ,
        date(2020, 4, 10): GV,
        date(2020, 4, 13): TP,
        date(2020, 4, 27): KD,
        date(2020, 5, 5): BD,
        date(2020, 5, 21): HV,
        date(2020, 6, 1): TPi,
        date(2020, 12, 25): EK,
        date(2020, 12, 26): TK,
    },
    2021: {
        date(2021, 1, 1): NJ,
        date(2021, 4, 2): GV,
        date(2021, 4, 5): TP,
        date(2021, 4, 27): KD,
        date(2021, 5, 5): BD,
        date(2021, 5, 13): HV,
        date(2021, 5, 24): TPi,
        date(2021, 12, 25): EK,
        date(2021, 12, 26): TK,
    },
    2022: {
        date(2022, 1, 1): NJ,
        date(2022, 4, 15): GV,
        date(2022, 4, 18): TP,
        date(2022, 4, 27): KD,
        date(2022, 5, 5): BD,
        date(2022, 5, 26): HV,
        date(2022, 6, 6): TPi,
        date(2022, 12, 25): EK,
        date(2022, 12, 26): TK,
    },
    2023: {
        date(2023, 1, 1): NJ,
        date(2023, 4, 7): GV,
        date(2023, 4, 10): TP,
        date(2023, 4, 27): KD,
        date(2023, 5, 5): BD,
        date(2023, 5, 18): HV,
        date(2023, 5, 29): TPi,
        date(2023, 12, 25): EK,
        date(2023, 12, 26): TK,
    },
    2024: {
        date(2024, 1, 1): NJ,
        date(2024, 3, 29): GV,
        date(2024, 4, 1): TP,
        date(2024, 4, 27): KD,
        date(2024, 5, 5): BD,
        date(2024, 5, 9): HV,
        date(2024, 5, 20): TPi,
        date(2024, 12, 25): EK,
        date(2024, 12, 26): TK,
    },
    2025: {
        date(2025, 1, 1): NJ,
        date(2025, 4, 18): GV,
        date(2025, 4, 21): TP,
        date(2025, 4, 26): KD,
        date(2025, 5, 5): BD,
        date(2025, 5, 29): HV,
        date(2025, 6, 9): TPi,
        date(2025, 12, 25): EK,
        date(2025, 12, 26): TK,
    },
    2026: {
        date(2026, 1, 1): NJ,
        date(2026, 4, 3): GV,
        date(2026, 4, 6): TP,
        date(2026, 4, 27): KD,
        date(2026, 5, 5): BD,
        date(2026, 5, 14): HV,
        date(2026, 5, 25): TPi,
        date(2026, 12, 25): EK,
        date(2026, 12, 26): TK,
    },
    2027: {
        date(2027, 1, 1): NJ,
        date(2027, 3, 26): GV,
        date(2027, 3, 29): TP,
        date(2027, 4, 27): KD,
        date(2027, 5, 5): BD,
        date(2027, 5, 6): HV,
        date(2027, 5, 17): TPi,
        date(2027, 12, 25): EK,
        date(2027, 12, 26): TK,
    },
    2028: {
        date(2028, 1, 1): NJ,
        date(2028, 4, 14): GV,
        date(2028, 4, 17): TP,
        date(2028, 4, 27): KD,
        date(2028, 5, 5): BD,
        date(2028, 5, 25): HV,
        date(2028, 6, 5): TPi,
        date(2028, 12, 25): EK,
        date(2028, 12, 26): TK,
    },
    2029: {
        date(2029, 1, 1): NJ,
        date(2029, 3, 30): GV,
        date(2029, 4, 2): TP,
        date(2029, 4, 27): KD,
        date(2029, 5, 5): BD,
        date(2029, 5, 10): HV,
        date(2029, 5, 21): TPi,
        date(2029, 12, 25): EK,
        date(2029, 12, 26): TK,
    },
    2030: {
        date(2030, 1, 1): NJ,
        date(2030, 4, 19): GV,
        date(2030, 4, 22): TP,
        date(2030, 4, 27): KD,
        date(2030, 5, 5): BD,
        date(2030, 5, 30): HV,
        date(2030, 6, 10): TPi,
        date(2030, 12, 25): EK,
        date(2030, 12, 26): TK,
    },
}

YEARS = sorted(TABLE)

TITLE_2023 = (
    "Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 "
    "en 30 mei 2025 met een algemeen erkende feestdag"
)
TITLE_2026 = (
    "Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 "
    "en 26 mei 2028 met een algemeen erkende feestdag"
)

#: All ten decree days (Atw art. 3(3)) with their decree; every one is a Friday.
DECREE_DAYS: dict[date, str] = {
    date(2023, 4, 28): TITLE_2023,
    date(2023, 5, 19): TITLE_2023,
    date(2024, 5, 10): TITLE_2023,
    date(2024, 12, 27): TITLE_2023,
    date(2025, 5, 30): TITLE_2023,
    date(2026, 1, 2): TITLE_2026,
    date(2026, 5, 15): TITLE_2026,
    date(2027, 5, 7): TITLE_2026,
    date(2028, 4, 28): TITLE_2026,
    date(2028, 5, 26): TITLE_2026,
}


@pytest.fixture(scope="module")
def closed_calendar() -> LegalCalendar:
    return LegalCalendar(decree_days=DecreeDays.CLOSED)


# -- the table ----------------------------------------------------------------


@pytest.mark.parametrize("year", YEARS, ids=[f"the Atw holidays of {y}" for y in YEARS])
def test_holidays_match_the_hand_made_table(year: int) -> None:
    assert klachtregels.holidays(year) == TABLE[year]


@pytest.mark.parametrize("year", YEARS, ids=[f"Easter {y} agrees with dateutil" for y in YEARS])
def test_hand_worked_easter_agrees_with_dateutil(year: int) -> None:
    assert EASTER[year] == easter(year)
    assert EASTER[year].weekday() == 6
    assert WHIT_SUNDAY[year] == EASTER[year] + timedelta(days=49)


@pytest.mark.parametrize(
    "year", YEARS, ids=[f"table of {y} follows from Easter {y}" for y in YEARS]
)
def test_table_rows_follow_from_easter(year: int) -> None:
    """Guards the literal table against typing errors: offsets from Easter hold."""
    e = EASTER[year]
    table = TABLE[year]
    assert table[e - timedelta(days=2)] == GV
    assert table[e + timedelta(days=1)] == TP
    assert HV in table[e + timedelta(days=39)]  # 2016: "Bevrijdingsdag (5 mei) en ..."
    assert table[e + timedelta(days=50)] == TPi
    assert all(d.year == year for d in table)


# -- Koningsdag -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        pytest.param(2014, date(2014, 4, 26), id="27 April 2014 is a Sunday: Koningsdag 26 April"),
        pytest.param(2025, date(2025, 4, 26), id="27 April 2025 is a Sunday: Koningsdag 26 April"),
    ],
)
def test_koningsdag_on_sunday_moves_to_saturday(year: int, expected: date) -> None:
    assert date(year, 4, 27).weekday() == 6
    assert koningsdag(year) == (expected, "Koningsdag", SUN_TO_PREV_SAT)
    assert klachtregels.holidays(year)[expected] == "Koningsdag"
    assert date(year, 4, 27) not in klachtregels.holidays(year)


@pytest.mark.parametrize(
    "year",
    [
        pytest.param(2000, id="30 April 2000 is a Sunday: Koninginnedag 29 April"),
        pytest.param(2006, id="30 April 2006 is a Sunday: Koninginnedag 29 April"),
    ],
)
def test_koninginnedag_on_sunday_moves_to_saturday(year: int) -> None:
    assert koningsdag(year) == (date(year, 4, 29), "Koninginnedag", SUN_TO_PREV_SAT)
    assert klachtregels.holidays(year)[date(year, 4, 29)] == "Koninginnedag"
    assert date(year, 4, 30) not in klachtregels.holidays(year)


def test_koningsdag_on_a_weekday_stays_on_27_april() -> None:
    # 27 April 2026 is a Monday.
    assert koningsdag(2026) == (date(2026, 4, 27), "Koningsdag", SUN_TO_PREV_SAT)


def test_koninginnedag_2013_is_30_april() -> None:
    # 30 April 2013 is a Tuesday (the last Koninginnedag).
    assert koningsdag(2013) == (date(2013, 4, 30), "Koninginnedag", SUN_TO_PREV_SAT)


def test_koninginnedag_before_1980_on_sunday_moves_to_monday_1_may() -> None:
    # 1 January 2000 was a Saturday; 1978-1999 holds 22 years with 5 leap days
    # (1980, 84, 88, 92, 96), 27 days = 6 mod 7, so 1 January 1978 was a Sunday.
    # 30 April 1978 is day 120 of the year: 119 days later, 119 = 17 * 7: Sunday.
    assert date(1978, 4, 30).weekday() == 6
    assert koningsdag(1978) == (date(1978, 5, 1), "Koninginnedag", SUN_TO_NEXT_MON)


def test_koninginnedag_1979_on_a_monday_stays() -> None:
    # 1 January 1979 was a Monday, 30 April 1979 (119 days later) too.
    assert koningsdag(1979) == (date(1979, 4, 30), "Koninginnedag", SUN_TO_NEXT_MON)


# -- 5 May, Easter Sunday, Whit Sunday ------------------------------------------


@pytest.mark.parametrize(
    "year",
    [2026, 2027, 2029, 2025, 2030],
    ids=[f"5 May {y} is a holiday" for y in (2026, 2027, 2029, 2025, 2030)],
)
def test_5_may_is_a_holiday_every_year(year: int) -> None:
    assert klachtregels.holidays(year)[date(year, 5, 5)] == "Bevrijdingsdag (5 mei)"


def test_5_may_on_a_weekday_is_not_a_working_day() -> None:
    # 5 May 2026 is a Tuesday, 5 May 2027 a Wednesday.
    assert not klachtregels.is_working_day(date(2026, 5, 5))
    assert not klachtregels.is_working_day(date(2027, 5, 5))


def test_coinciding_5_may_and_hemelvaartsdag_is_one_holiday() -> None:
    # Easter 27 March 2016 + 39 days = Thursday 5 May 2016.
    hol = klachtregels.holidays(2016)
    assert hol[date(2016, 5, 5)] == "Bevrijdingsdag (5 mei) en Hemelvaartsdag"
    assert len(hol) == 8


@pytest.mark.parametrize("year", YEARS, ids=[f"no Eerste Paas-/Pinksterdag in {y}" for y in YEARS])
def test_easter_sunday_and_whit_sunday_are_not_atw_holidays(year: int) -> None:
    hol = klachtregels.holidays(year)
    assert EASTER[year] not in hol
    assert WHIT_SUNDAY[year] not in hol
    assert not default_calendar().is_holiday(EASTER[year])
    assert not default_calendar().is_holiday(WHIT_SUNDAY[year])


def test_no_holiday_names_of_first_easter_or_pentecost_day() -> None:
    names = {n for y in YEARS for n in klachtregels.holidays(y).values()}
    assert names == {NJ, GV, TP, KD, KID, BD, HV, TPi, EK, TK, f"{BD} en {HV}"}


# -- decree days (Atw art. 3(3)) -------------------------------------------------


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        pytest.param(
            y,
            {d: t for d, t in DECREE_DAYS.items() if d.year == y},
            id=f"decree days of {y}",
        )
        for y in range(2023, 2029)
    ],
)
def test_decree_days_in_year(year: int, expected: dict[date, str]) -> None:
    assert LegalCalendar().decree_days_in(year) == expected


def test_there_are_ten_decree_days_in_2023_2028() -> None:
    cal = default_calendar()
    found = {d: t for y in range(2020, 2032) for d, t in cal.decree_days_in(y).items()}
    assert found == DECREE_DAYS
    assert cal.decree_years == frozenset(range(2023, 2029))


@pytest.mark.parametrize("day", sorted(DECREE_DAYS), ids=[f"decree day {d}" for d in DECREE_DAYS])
def test_decree_day_is_working_day_by_default_only(
    day: date, closed_calendar: LegalCalendar
) -> None:
    assert day.weekday() == 4  # every one is a Friday
    default = LegalCalendar()
    assert default.decree_days is DecreeDays.WORKING
    assert default.is_working_day(day)
    assert klachtregels.is_working_day(day)
    assert not closed_calendar.is_working_day(day)
    assert not default.is_atw_day(day)
    assert not closed_calendar.is_atw_day(day)
    assert default.is_decree_day(day)
    assert not default.is_holiday(day)
    assert day not in klachtregels.holidays(day.year)


def test_explicit_decree_days_2026_01_02_2027_05_07_2024_12_27(
    closed_calendar: LegalCalendar,
) -> None:
    for day in (date(2026, 1, 2), date(2027, 5, 7), date(2024, 12, 27)):
        assert default_calendar().is_working_day(day)
        assert not closed_calendar.is_working_day(day)
        assert not default_calendar().is_atw_day(day)
    assert closed_calendar.why_not_working(date(2026, 1, 2)) == (
        "bij besluit gelijkgestelde dag, Atw art. 3 lid 3"
    )
    assert default_calendar().why_not_working(date(2026, 1, 2)) is None
    assert default_calendar().why_not_atw_day(date(2026, 1, 2), "en") == (
        "day designated by decree, Atw art. 3(3)"
    )


def test_friday_after_a_decree_day_is_a_plain_working_day() -> None:
    # Friday 9 January 2026 is no holiday and no decree day: guards against
    # treating every Friday after New Year as a decree day.
    assert default_calendar().is_atw_day(date(2026, 1, 9))
    assert LegalCalendar(decree_days=DecreeDays.CLOSED).is_working_day(date(2026, 1, 9))


# -- range -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("year", "nl", "en"),
    [
        pytest.param(
            1964,
            "1964-01-01 valt buiten de ondersteunde periode 1965-04-01 tot en met 2100-12-31",
            "1964-01-01 is outside the supported range 1965-04-01 to 2100-12-31",
            id="1964 is before the range (the Atw is in force from 1 April 1965)",
        ),
        pytest.param(
            2101,
            "2101-01-01 valt buiten de ondersteunde periode 1965-04-01 tot en met 2100-12-31",
            "2101-01-01 is outside the supported range 1965-04-01 to 2100-12-31",
            id="2101 is after the range",
        ),
    ],
)
def test_years_outside_range_raise(year: int, nl: str, en: str) -> None:
    with pytest.raises(DateOutOfRangeError) as info:
        klachtregels.holidays(year)
    err = info.value
    assert isinstance(err, ValueError)
    assert str(err) == nl
    assert err.message("en") == en
    assert err.first == date(1965, 4, 1)
    assert err.last == date(2100, 12, 31)


def test_decree_days_outside_range_raise() -> None:
    with pytest.raises(DateOutOfRangeError):
        default_calendar().decree_days_in(1964)


@pytest.mark.parametrize("year", [2000, 2100], ids=["2000 is inside", "2100 is inside"])
def test_range_boundaries_are_inside(year: int) -> None:
    hol = klachtregels.holidays(year)
    assert hol[date(year, 1, 1)] == "Nieuwjaarsdag"
    assert hol[date(year, 12, 26)] == "Tweede Kerstdag"
