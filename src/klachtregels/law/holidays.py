"""The holidays of Atw art. 3(1) and 3(2), one named rule each.

Sources (quoted from shared/bronnen/wetten/atw.md, Algemene termijnenwet,
BWBR0002448):

* art. 3(1): "Algemeen erkende feestdagen in de zin van deze wet zijn: de
  Nieuwjaarsdag, de Christelijke tweede Paas- en Pinksterdag, de beide
  Kerstdagen, de Hemelvaartsdag, de dag waarop de verjaardag van de Koning wordt
  gevierd en de vijfde mei."
* art. 3(2): "Voor de toepassing van deze wet wordt de Goede Vrijdag met de in het
  vorige lid genoemde dagen gelijkgesteld."

The Christian feasts hang on Easter Sunday (the Gregorian computus): Goede Vrijdag
two days before it, Tweede Paasdag the day after, Hemelvaartsdag 39 days after,
Tweede Pinksterdag 50 days after. Eerste Paasdag and Eerste Pinksterdag are not
named by art. 3(1), so they are not listed (they are Sundays and never working
days anyway). The day of the King's birthday follows :func:`koningsdag`.

These rules are the library's own, not workalendar's: importing workalendar costs
about 65 ms at start-up (its package pulls in importlib.metadata and the lunar and
astronomical calendars of other countries) for nine days a year that the Atw
defines by rule. The tests check the rules against workalendar's Netherlands and
python-dateutil's Easter for every year of the range
(``tests/test_calendar_differences.py``, ``tests/test_holidays.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

__all__ = [
    "RULES",
    "SUN_TO_NEXT_MON",
    "SUN_TO_PREV_SAT",
    "Rule",
    "atw_holidays",
    "easter_sunday",
    "koningsdag",
]

_SUN = 6

#: Named rules for a holiday that falls on a Sunday (after vacanza/holidays).
SUN_TO_PREV_SAT = "SUN_TO_PREV_SAT"
SUN_TO_NEXT_MON = "SUN_TO_NEXT_MON"


def easter_sunday(year: int) -> date:
    """Easter Sunday of ``year`` in the Gregorian calendar.

    The anonymous Gregorian algorithm (Meeus, *Astronomical Algorithms*, ch. 8),
    valid for every year from 1583.
    """
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month, day = divmod(h + m - 7 * n + 114, 31)
    return date(year, month, day + 1)


def koningsdag(year: int) -> tuple[date, str, str]:
    """The day the King's (Queen's) birthday is celebrated, Atw art. 3(1).

    Returns ``(day, Dutch name, rule applied when the day is a Sunday)``. From 2014
    Koningsdag is 27 April, or Saturday 26 April when the 27th is a Sunday;
    1980-2013 Koninginnedag was 30 April, or Saturday 29 April when the 30th was a
    Sunday; before 1980 Monday 1 May when the 30th was a Sunday (shared/DOMAIN.md).
    """
    if year >= 2014:
        day, name, rule = date(year, 4, 27), "Koningsdag", SUN_TO_PREV_SAT
    elif year >= 1980:
        day, name, rule = date(year, 4, 30), "Koninginnedag", SUN_TO_PREV_SAT
    else:
        day, name, rule = date(year, 4, 30), "Koninginnedag", SUN_TO_NEXT_MON
    if day.weekday() == _SUN:
        day += timedelta(days=-1 if rule == SUN_TO_PREV_SAT else 1)
    return day, name, rule


#: A rule: (year, Easter Sunday of that year) -> the day.
Rule = Callable[[int, date], date]


def _fixed(month: int, day: int) -> Rule:
    return lambda year, _easter: date(year, month, day)


def _from_easter(days: int) -> Rule:
    return lambda _year, easter: easter + timedelta(days=days)


#: (Dutch name, rule), in the order of art. 3(1), then 3(2). Koningsdag's name
#: depends on the year, so it is given by :func:`koningsdag` itself.
RULES: tuple[tuple[str, Rule], ...] = (
    ("Nieuwjaarsdag", _fixed(1, 1)),
    ("Tweede Paasdag", _from_easter(1)),
    ("Tweede Pinksterdag", _from_easter(50)),
    ("Eerste Kerstdag", _fixed(12, 25)),
    ("Tweede Kerstdag", _fixed(12, 26)),
    ("Hemelvaartsdag", _from_easter(39)),
    ("Bevrijdingsdag (5 mei)", _fixed(5, 5)),
    ("Goede Vrijdag", _from_easter(-2)),
)


def atw_holidays(year: int) -> list[tuple[date, str]]:
    """The art. 3(1) and 3(2) holidays of ``year``, sorted by (day, name).

    Two holidays can share a day (5 May 2016 was also Hemelvaartsdag); both are
    listed.
    """
    easter = easter_sunday(year)
    days = [(rule(year, easter), name) for name, rule in RULES]
    king, name, _ = koningsdag(year)
    days.append((king, name))
    return sorted(days)
