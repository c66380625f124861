"""The Dutch legal calendar: Atw holidays, decree days and working days.

Sources (shared/bronnen/wetten/atw.md, Algemene termijnenwet, BWBR0002448):

* art. 3(1) and 3(2): the holidays, quoted in :mod:`klachtregels.law.holidays`, which
  holds one named rule for each;
* art. 3(3): further days by decree (data in ``data/decree_days.yaml``).

A *working day* (werkdag) has no statutory definition. Here it is a day that is
not a Saturday, Sunday or art. 3(1)/3(2) holiday, nor a closure day of the
calendar; whether art. 3(3) decree days are working days is the explicit choice
:class:`DecreeDays`. For the Atw itself (art. 1 and 2) decree days always count
as holidays, because art. 3(3) designates them "voor de toepassing van deze wet".

Where workalendar's Netherlands and python-holidays differ from those rules is tested
one difference at a time in ``tests/test_calendar_differences.py``.

Working-day arithmetic uses a precomputed index over the supported range, so
:meth:`LegalCalendar.add_working_days` costs the same for n = 5 and n = 5000.
"""

from __future__ import annotations

import enum
import functools
import itertools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from importlib import resources

import yaml

from klachtregels.errors import DateOutOfRangeError
from klachtregels.law.holidays import SUN_TO_NEXT_MON, SUN_TO_PREV_SAT, atw_holidays, koningsdag
from klachtregels.messages import Lang, render

__all__ = [
    "FIRST_DAY",
    "LAST_DAY",
    "SUN_TO_NEXT_MON",
    "SUN_TO_PREV_SAT",
    "Decree",
    "DecreeDays",
    "LegalCalendar",
    "add_working_days",
    "decree_data",
    "default_calendar",
    "holidays",
    "is_working_day",
    "koningsdag",
    "working_days_between",
]

#: First and last day the calendar supports (inclusive).
FIRST_DAY = date(1965, 4, 1)
LAST_DAY = date(2100, 12, 31)

_SAT, _SUN = 5, 6


@dataclass(frozen=True)
class Decree:
    """A decree under Atw art. 3(3) and the days it designates."""

    title: str
    years: tuple[int, ...]
    days: tuple[date, ...]


@functools.cache
def decree_data() -> tuple[tuple[Decree, ...], frozenset[int]]:
    """The decrees in ``data/decree_days.yaml`` and the years they fully cover."""
    text = resources.files("klachtregels").joinpath("law/data/decree_days.yaml").read_text("utf-8")
    raw = yaml.safe_load(text)
    decrees = tuple(
        Decree(title=d["title"], years=tuple(d["years"]), days=tuple(d["days"]))
        for d in raw["decrees"]
    )
    return decrees, frozenset(raw["covers"])


class DecreeDays(enum.Enum):
    """Whether days designated by decree (Atw art. 3(3)) are working days.

    The law does not settle this for "werkdagen" outside the Atw (shared/DOMAIN.md),
    so a calendar states its choice and every result repeats it.
    """

    #: Decree days are ordinary working days (default: "werkdag" read as not a
    #: Saturday, Sunday or art. 3(1)/3(2) holiday).
    WORKING = "working"
    #: Decree days are not working days.
    CLOSED = "closed"


def _check(d: date) -> int:
    if not FIRST_DAY <= d <= LAST_DAY:
        raise DateOutOfRangeError(d, FIRST_DAY, LAST_DAY)
    return d.toordinal() - _BASE


def _beyond(forward: bool) -> DateOutOfRangeError:
    """The error for a result past the range: names the first day outside it."""
    edge = LAST_DAY + timedelta(days=1) if forward else FIRST_DAY - timedelta(days=1)
    return DateOutOfRangeError(edge, FIRST_DAY, LAST_DAY, computed=True)


_BASE = FIRST_DAY.toordinal()
_SPAN = LAST_DAY.toordinal() - _BASE + 1


@functools.cache
def _all_days() -> tuple[date, ...]:
    """Every day of the range, in order (day ``i`` is ``FIRST_DAY + i``)."""
    return tuple(map(date.fromordinal, range(_BASE, _BASE + _SPAN)))


class _Index:
    """Cumulative counts of the days that pass a test, for O(1) arithmetic.

    ``cum[i]`` is the number of passing days strictly before day ``i`` (day 0 is
    FIRST_DAY), ``days`` the passing days in order.
    """

    __slots__ = ("cum", "days")

    def __init__(self, passing: list[bool]) -> None:
        self.cum = [0, *itertools.accumulate(passing)]
        self.days = list(itertools.compress(_all_days(), passing))

    def add(self, d: date, n: int) -> date:
        i = _check(d)
        if n == 0:
            return d
        k = self.cum[i + 1] + n - 1 if n > 0 else self.cum[i] + n
        if not 0 <= k < len(self.days):
            raise _beyond(n > 0)
        return self.days[k]

    def between(self, a: date, b: date) -> int:
        return self.cum[_check(b) + 1] - self.cum[_check(a) + 1]

    def on_or_after(self, d: date) -> date:
        k = self.cum[_check(d)]
        if k >= len(self.days):
            raise _beyond(True)
        return self.days[k]


def _weekdays() -> list[bool]:
    """Per day number of the range: whether it is Monday to Friday."""
    week = [True] * 5 + [False] * 2
    first = FIRST_DAY.weekday()  # the weekday of day 0
    return (week[first:] + week * (_SPAN // 7 + 1))[:_SPAN]


class LegalCalendar:
    """Dutch legal calendar over :data:`FIRST_DAY`-:data:`LAST_DAY`.

    ``decree_days`` says whether Atw art. 3(3) decree days are working days;
    ``closures`` adds days on which a provider is closed (date -> reason), which
    are not working days but do not touch the Atw. Instances are immutable; build
    one per configuration and reuse it (construction takes some milliseconds).
    """

    def __init__(
        self,
        *,
        decree_days: DecreeDays = DecreeDays.WORKING,
        closures: Mapping[date, str] | Iterable[date] = (),
    ) -> None:
        self.decree_days = decree_days
        if isinstance(closures, Mapping):
            closure_names = {d: str(v) for d, v in closures.items()}
        else:
            closure_names = dict.fromkeys(closures, "")
        for d in closure_names:
            _check(d)
        self._closures: Mapping[date, str] = closure_names

        names: dict[date, str] = {}
        for year in range(FIRST_DAY.year, LAST_DAY.year + 1):
            for day, label in atw_holidays(year):  # sorted by (date, name)
                names[day] = f"{names[day]} en {label}" if day in names else label
        self._holidays: Mapping[date, str] = names

        decrees, covered = decree_data()
        self._decree_names: Mapping[date, str] = {
            day: decree.title for decree in decrees for day in decree.days
        }
        self.decree_years: frozenset[int] = covered

        # Day numbers (0 is FIRST_DAY) that are not working days, for any reason.
        decree_off = [d.toordinal() - _BASE for d in self._decree_names]
        closed = [d.toordinal() - _BASE for d in closure_names]
        if decree_days is DecreeDays.CLOSED:
            closed += decree_off
        base_ok = _weekdays()
        for d in names:
            if FIRST_DAY <= d <= LAST_DAY:
                base_ok[d.toordinal() - _BASE] = False
        atw_ok = base_ok.copy()
        for i in decree_off:
            atw_ok[i] = False
        work_ok = base_ok  # no copy needed: base_ok is not used after this
        for i in closed:
            work_ok[i] = False
        self._atw = _Index(atw_ok)
        self._work = self._atw if work_ok == atw_ok else _Index(work_ok)

    # -- days -------------------------------------------------------------

    def holidays(self, year: int) -> dict[date, str]:
        """The Atw art. 3(1) and 3(2) holidays of ``year``, with Dutch names.

        Two holidays on one day (5 May 2016 was also Hemelvaartsdag) share the
        date, their names joined alphabetically with " en ".
        """
        if year != FIRST_DAY.year:  # the first year of the range starts on 1 April
            _check(date(year, 1, 1))
        return {d: n for d, n in sorted(self._holidays.items()) if d.year == year}

    def decree_days_in(self, year: int) -> dict[date, str]:
        """Days of ``year`` designated by decree (Atw art. 3(3)), with the decree's title.

        Only complete for the years in :attr:`decree_years`.
        """
        _check(date(year, 1, 1))
        return {d: t for d, t in sorted(self._decree_names.items()) if d.year == year}

    @property
    def closures(self) -> Mapping[date, str]:
        return self._closures

    def is_holiday(self, d: date) -> bool:
        """Whether ``d`` is an Atw art. 3(1) or 3(2) holiday."""
        _check(d)
        return d in self._holidays

    def is_decree_day(self, d: date) -> bool:
        _check(d)
        return d in self._decree_names

    def is_working_day(self, d: date) -> bool:
        i = _check(d)
        return self._work.cum[i + 1] != self._work.cum[i]

    def is_atw_day(self, d: date) -> bool:
        """Whether ``d`` is none of Saturday, Sunday or an Atw holiday (art. 3(1)-(3)).

        These are the days Atw art. 1 and 2 look for; closures play no part.
        """
        i = _check(d)
        return self._atw.cum[i + 1] != self._atw.cum[i]

    def why_not_working(self, d: date, lang: Lang = "nl") -> str | None:
        """Why ``d`` is not a working day, in words; None when it is one."""
        if self.is_working_day(d):
            return None
        return self._describe(d, lang, closures=True)

    def why_not_atw_day(self, d: date, lang: Lang = "nl") -> str | None:
        if self.is_atw_day(d):
            return None
        return self._describe(d, lang, closures=False)

    def _describe(self, d: date, lang: Lang, *, closures: bool) -> str:
        if d in self._holidays:
            return render("day.holiday", lang, name=self._holidays[d])
        if d in self._decree_names:
            return render("day.decree", lang)
        if d.weekday() == _SAT:
            return render("day.saturday", lang)
        if d.weekday() == _SUN:
            return render("day.sunday", lang)
        if closures and d in self._closures:
            return render("day.closure", lang, name=self._closures[d] or "-")
        raise AssertionError(f"{d} is a working day")  # pragma: no cover

    # -- arithmetic ---------------------------------------------------------

    def add_working_days(self, d: date, n: int) -> date:
        """The ``n``-th working day after ``d`` (before it when ``n`` < 0).

        Counting starts on the day after ``d``: Friday + 3 working days is the
        next Wednesday. ``n == 0`` returns ``d`` itself.
        """
        return self._work.add(d, n)

    def add_working_days_many(self, days: Iterable[date], n: int) -> list[date]:
        """:meth:`add_working_days` over many dates at once."""
        add = self._work.add
        return [add(d, n) for d in days]

    def working_days_between(self, a: date, b: date) -> int:
        """Working days in ``(a, b]``; negative when ``b`` is before ``a``.

        The inverse of :meth:`add_working_days`:
        ``working_days_between(d, add_working_days(d, n)) == n`` for n >= 0.
        """
        return self._work.between(a, b)

    def non_working_days_in(self, a: date, b: date) -> list[date]:
        """The non-working days strictly after ``a`` up to and including ``b``."""
        lo, hi = _check(a), _check(b)
        cum, days = self._work.cum, _all_days()
        # Day i is a working day where the count of working days before it grows.
        return [days[i] for i in range(lo + 1, hi + 1) if cum[i + 1] == cum[i]]

    def next_atw_day(self, d: date) -> date:
        """The first day on or after ``d`` that Atw art. 1 accepts as a last day."""
        return self._atw.on_or_after(d)

    def atw_days_between(self, a: date, b: date) -> int:
        """Days in ``(a, b]`` that are none of Saturday, Sunday or Atw holiday."""
        return self._atw.between(a, b)

    def nth_atw_day_after(self, d: date, n: int) -> date:
        return self._atw.add(d, n)

    def uncovered_decree_years(self, a: date, b: date) -> list[int]:
        """Years in ``[a, b]`` whose decree days are not all in the data."""
        lo, hi = min(a, b).year, max(a, b).year
        return [y for y in range(lo, hi + 1) if y not in self.decree_years]


@functools.cache
def default_calendar() -> LegalCalendar:
    """The calendar with decree days as working days and no closures."""
    return LegalCalendar()


def holidays(year: int) -> dict[date, str]:
    """The Atw art. 3(1) and 3(2) holidays of ``year`` with Dutch names."""
    return default_calendar().holidays(year)


def is_working_day(d: date) -> bool:
    return default_calendar().is_working_day(d)


def add_working_days(d: date, n: int) -> date:
    return default_calendar().add_working_days(d, n)


def working_days_between(a: date, b: date) -> int:
    return default_calendar().working_days_between(a, b)
