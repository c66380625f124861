"""Terms (termijnen) as regulations write them, and their due dates.

Counting (shared/DOMAIN.md, "Time"; Awb 6:8, HR 1 September 2017,
ECLI:NL:HR:2017:2225):

* a term starts on the day after the event: the day of the event is day 0;
* days and weeks are calendar days: six weeks after Thursday 24 December 2026 is
  Thursday 4 February 2027;
* months and years end on the same day number, or on the last day of the month
  where that number does not exist (one year after 29 February 2024 is 28 February
  2025);
* working days (werkdagen) are counted on a :class:`~klachtregels.law.calendar.LegalCalendar`,
  from the day after the event: Friday + 3 werkdagen is Wednesday.

The Algemene termijnenwet (BWBR0002448) is applied only when asked, and then only
where it allows: art. 1(1) moves a last day that is a Saturday, Sunday or holiday
to the next day that is none; art. 2 extends a term of at least three days so it
holds two such days; art. 4(a) excludes terms "in meer dan 90 dagen, in meer dan
twaalf weken, in meer dan drie maanden, of in een of meer jaren"; art. 1(2)
excludes terms counted backwards. Reading taken: art. 2 is not applied to backward
terms either, since "verlengen" of a term counted back has no settled meaning.
"""

from __future__ import annotations

import calendar as calendar_module
import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from klachtregels.errors import DateOutOfRangeError, TermSyntaxError
from klachtregels.law.calendar import (
    FIRST_DAY,
    LAST_DAY,
    DecreeDays,
    LegalCalendar,
    default_calendar,
)
from klachtregels.messages import MESSAGES, Lang, format_date, render

if TYPE_CHECKING:  # pydantic is imported only when a model uses Term (a fast start)
    from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
    from pydantic.json_schema import JsonSchemaValue
    from pydantic_core import core_schema

__all__ = [
    "MAX_TERM_LENGTH",
    "DueDate",
    "Reason",
    "Term",
    "Unit",
    "due_date",
    "extended_due",
    "parse_term",
    "stated_due",
]


class Unit(enum.Enum):
    WORKING_DAYS = "werkdagen"
    DAYS = "dagen"
    WEEKS = "weken"
    MONTHS = "maanden"
    YEARS = "jaren"


_NUMBERS = {
    **{
        w: i
        for i, w in enumerate(
            "een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien "
            "vijftien zestien zeventien achttien negentien twintig".split(),
            start=1,
        )
    },
    **{
        w: i
        for i, w in enumerate(
            "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
            "fifteen sixteen seventeen eighteen nineteen twenty".split(),
            start=1,
        )
    },
    "één": 1,
    "a": 1,
    "an": 1,
    "dertig": 30,
    "thirty": 30,
}
_UNITS = {
    "werkdag": Unit.WORKING_DAYS,
    "werkdagen": Unit.WORKING_DAYS,
    "working day": Unit.WORKING_DAYS,
    "working days": Unit.WORKING_DAYS,
    "workday": Unit.WORKING_DAYS,
    "workdays": Unit.WORKING_DAYS,
    "business day": Unit.WORKING_DAYS,
    "business days": Unit.WORKING_DAYS,
    "dag": Unit.DAYS,
    "dagen": Unit.DAYS,
    "kalenderdag": Unit.DAYS,
    "kalenderdagen": Unit.DAYS,
    "day": Unit.DAYS,
    "days": Unit.DAYS,
    "calendar day": Unit.DAYS,
    "calendar days": Unit.DAYS,
    "week": Unit.WEEKS,
    "weken": Unit.WEEKS,
    "weeks": Unit.WEEKS,
    "maand": Unit.MONTHS,
    "maanden": Unit.MONTHS,
    "month": Unit.MONTHS,
    "months": Unit.MONTHS,
    "jaar": Unit.YEARS,
    "jaren": Unit.YEARS,
    "year": Unit.YEARS,
    "years": Unit.YEARS,
}
_SINGULAR_NL = {
    Unit.WORKING_DAYS: "werkdag",
    Unit.DAYS: "dag",
    Unit.WEEKS: "week",
    Unit.MONTHS: "maand",
    Unit.YEARS: "jaar",
}
_PLURAL_NL = {
    Unit.WORKING_DAYS: "werkdagen",
    Unit.DAYS: "dagen",
    Unit.WEEKS: "weken",
    Unit.MONTHS: "maanden",
    Unit.YEARS: "jaar",
}
_SINGULAR_EN = {
    Unit.WORKING_DAYS: "working day",
    Unit.DAYS: "day",
    Unit.WEEKS: "week",
    Unit.MONTHS: "month",
    Unit.YEARS: "year",
}
#: Atw art. 4(a): "in meer dan 90 dagen, in meer dan twaalf weken, in meer dan drie
#: maanden, of in een of meer jaren" (working days read as days).
_EXCLUSIONS: dict[Unit, Callable[[int], str | None]] = {
    Unit.YEARS: lambda n: "term.atw.why.years",
    Unit.DAYS: lambda n: "term.atw.why.long" if n > 90 else None,
    Unit.WORKING_DAYS: lambda n: "term.atw.why.long" if n > 90 else None,
    Unit.WEEKS: lambda n: "term.atw.why.long" if n > 12 else None,
    Unit.MONTHS: lambda n: "term.atw.why.long" if n > 3 else None,
}
_MAX_AMOUNT = 1000
#: A term phrase longer than this is refused before it is read ("dertig werkdagen" is 16).
MAX_TERM_LENGTH = 200


@dataclass(frozen=True)
class Term:
    """A term such as "6 weken": an amount of a unit, and the words it was written in.

    Two terms are equal when amount and unit are ("zes weken" == "6 weken"); the
    text is kept for display and round-trips through YAML and JSON unchanged.
    """

    amount: int
    unit: Unit
    text: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        if not 1 <= self.amount <= _MAX_AMOUNT:
            raise TermSyntaxError(self.text or str(self.amount))
        if not self.text:
            object.__setattr__(self, "text", self.label("nl"))

    @classmethod
    def parse(cls, text: str) -> Term:
        return parse_term(text)

    def label(self, lang: Lang = "nl") -> str:
        """Canonical words: ``6 weken``, ``1 werkdag``; ``6 weeks`` in English."""
        if lang == "en":
            word = _SINGULAR_EN[self.unit]
            return f"{self.amount} {word}" if self.amount == 1 else f"{self.amount} {word}s"
        words = _SINGULAR_NL if self.amount == 1 else _PLURAL_NL
        return f"{self.amount} {words[self.unit]}"

    def __str__(self) -> str:
        return self.text

    def atw_excluded_because(self) -> str | None:
        """The Atw art. 4(a) exclusion that applies, as a message key, or None."""
        return _EXCLUSIONS[self.unit](self.amount)

    def at_least_three_days(self) -> bool:
        """Whether Atw art. 2 ("een termijn van ten minste drie dagen") can apply.

        Reading taken: the term as written; days and working days from 3, any
        term in weeks, months or years.
        """
        return self.unit not in (Unit.DAYS, Unit.WORKING_DAYS) or self.amount >= 3

    # -- pydantic integration: a Term field accepts the phrase and dumps it back.
    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        from pydantic_core import core_schema

        def validate(value: object) -> Term:
            if isinstance(value, Term):
                return value
            if isinstance(value, str):
                return parse_term(value)
            raise TermSyntaxError(repr(value))

        return core_schema.no_info_plain_validator_function(
            validate,
            serialization=core_schema.plain_serializer_function_ser_schema(
                lambda t: t.text, when_used="always"
            ),
        )

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {
            "type": "string",
            "description": "A term: a number (digits or a word) and a unit, Dutch or English.",
            "examples": ["6 weken", "5 werkdagen", "een jaar", "10 weeks"],
        }


def parse_term(text: str) -> Term:
    """Parse "3 werkdagen", "zes weken", "een jaar", "10 weeks", "1 year", ...

    Raises :class:`~klachtregels.errors.TermSyntaxError` for anything else.
    """
    if not isinstance(text, str) or len(text) > MAX_TERM_LENGTH:
        raise TermSyntaxError(str(text))
    # str.split reads the text once: no pattern that can backtrack on hostile input.
    words = text.lower().split()
    if len(words) < 2:
        raise TermSyntaxError(text)
    number, unit = words[0], _UNITS.get(" ".join(words[1:]))
    # Only ASCII digits: str.isdigit() also takes "٣" and "²".
    amount = int(number) if number.isascii() and number.isdigit() else _NUMBERS.get(number)
    if unit is None or amount is None or not 1 <= amount <= _MAX_AMOUNT:
        raise TermSyntaxError(text)
    return Term(amount, unit, text.strip())


@dataclass(frozen=True, slots=True)
class Reason:
    """One step of the reasoning behind a due date, renderable in Dutch or English."""

    key: str
    params: Mapping[str, object] = field(default_factory=dict)
    article: str | None = None

    def text(self, lang: Lang = "nl") -> str:
        """The sentence in ``lang``: terms in words, days written out (as :func:`render`
        does), and what some reasons name worked out from the calendar."""
        key, params = self.key, self.params
        if not params:  # a fixed sentence (the assumption about decree days)
            return MESSAGES[key][lang].format()
        derive = _DERIVED.get(key)
        if derive is not None:
            params = derive(dict(params), lang)
        filled: dict[str, object] = {}
        for k, v in params.items():
            if isinstance(v, date):
                filled[k] = format_date(v, lang)
            elif isinstance(v, Term):
                filled[k] = v.label(lang)
            else:
                filled[k] = v
        return MESSAGES[key][lang].format(**filled)


def _skipped_days(params: dict[str, Any], lang: Lang) -> dict[str, Any]:
    """``term.skipped``: the days skipped between ``lo`` and ``hi``, each with why."""
    cal, lo, hi = params.pop("cal"), params.pop("lo"), params.pop("hi")
    assert isinstance(cal, LegalCalendar)
    params["days"] = "; ".join(
        f"{format_date(d, lang)} ({cal.why_not_working(d, lang)})"
        for d in cal.non_working_days_in(lo, hi)
    )
    return params


def _atw_day_kind(params: dict[str, Any], lang: Lang) -> dict[str, Any]:
    """``term.atw.art1``: what kind of day the last day was (a Sunday, a holiday)."""
    cal = params.pop("cal")
    assert isinstance(cal, LegalCalendar)
    params["kind"] = cal.why_not_atw_day(params["due"], lang)
    return params


def _exclusion(params: dict[str, Any], lang: Lang) -> dict[str, Any]:
    params["why"] = render(str(params["why"]), lang)
    return params


def _years(params: dict[str, Any], lang: Lang) -> dict[str, Any]:
    params["years"] = ", ".join(map(str, params["years"]))
    params["covered"] = ", ".join(map(str, params["covered"]))
    return params


#: The reasons whose words are worked out when rendered, not stored.
_DERIVED: dict[str, Callable[[dict[str, Any], Lang], dict[str, Any]]] = {
    "term.skipped": _skipped_days,
    "term.atw.art1": _atw_day_kind,
    "term.atw.excluded_art4": _exclusion,
    "term.warning.decree_unknown": _years,
}


@dataclass(frozen=True, slots=True)
class DueDate:
    """The last day of a term, and why it is that day.

    Holds the facts of the count; :attr:`reasons` and :attr:`warnings` are built from
    them when read, so computing many due dates stays cheap.
    """

    term: Term
    start: date
    backward: bool
    #: The due date by counting alone.
    plain: date
    #: The due date after the Atw, where it was applied.
    due: date
    #: Whether the Atw was asked for.
    atw_requested: bool
    #: Whether the Atw was applied (asked for, and allowed by art. 1(2) and 4).
    atw_applied: bool
    #: Where Atw art. 1 moved the last day to, and where art. 2 then extended it to.
    art1: date | None
    art2: date | None
    calendar: LegalCalendar = field(compare=False, repr=False)
    #: Counted "na de aanvang van de dag, volgende op" the start (BW 3:310).
    from_next_day: bool = False
    #: Not counted but stated: the day a notice or an agreement names, given on this day.
    stated_on: date | None = None
    #: Counted on from the last day of this term by counting alone (``after.plain``):
    #: ``term`` extends ``after``'s term, written in another unit (:func:`extended_due`).
    after: DueDate | None = None

    @property
    def term_text(self) -> str:
        """The term as written: ``zes weken + een maand`` for a term extended in another
        unit."""
        after = self.after
        return self.term.text if after is None else f"{after.term_text} + {self.term.text}"

    @property
    def atw_extended(self) -> bool:
        """Whether the Atw moved the date."""
        return self.due != self.plain

    @property
    def reasons(self) -> tuple[Reason, ...]:
        if self.stated_on is not None:
            return (Reason("term.stated", {"due": self.plain, "on": self.stated_on}),)
        after = self.after
        if after is None:
            out = self._counted(self.start)
        else:  # the term extended, counted alone, then the extension from its last day
            out = [*after._counted(after.start), *self._counted(after.plain)]
        if self.atw_requested:
            out += self._atw()
        return tuple(out)

    def _counted(self, start: date) -> list[Reason]:
        """How the term was counted from ``start``, before the Atw."""
        term, plain, cal = self.term, self.plain, self.calendar
        out: list[Reason] = []
        if term.unit is Unit.WORKING_DAYS:
            key = "term.counted.working_days" + ("_backward" if self.backward else "")
            out.append(Reason(key, {"term": term, "start": start, "due": plain}))
            lo, hi = (start, plain) if not self.backward else (plain, start - timedelta(days=1))
            if (hi - lo).days > cal.working_days_between(lo, hi):  # some day was skipped
                out.append(Reason("term.skipped", {"lo": lo, "hi": hi, "cal": cal}))
            closed = cal.decree_days is DecreeDays.CLOSED
            out.append(
                Reason(
                    "term.assumption.decree_closed" if closed else "term.assumption.decree_working",
                    article="Atw art. 3 lid 3",
                )
            )
        elif term.unit in (Unit.MONTHS, Unit.YEARS):
            key = "term.counted.months_next_day" if self.from_next_day else "term.counted.months"
            key = "term.counted.months_backward" if self.backward else key
            out.append(Reason(key, {"term": term, "start": start, "due": plain}))
        else:
            key = "term.counted.calendar_backward" if self.backward else "term.counted.calendar"
            out.append(Reason(key, {"term": term, "start": start, "due": plain}))
        return out

    def _atw(self) -> list[Reason]:
        """What the Atw did to the last day, or why it did not apply."""
        plain, cal = self.plain, self.calendar
        out: list[Reason] = []
        excluded = _excluded(self.term, self.after)
        if self.backward:
            out.append(Reason("term.atw.excluded_backward", article="Atw art. 1 lid 2"))
        elif excluded:
            out.append(
                Reason("term.atw.excluded_art4", {"why": excluded}, article="Atw art. 4 onder a")
            )
        else:
            if self.art1 is not None:
                out.append(
                    Reason(
                        "term.atw.art1",
                        {"due": plain, "new": self.art1, "cal": cal},
                        article="Atw art. 1 lid 1",
                    )
                )
            if self.art2 is not None:
                out.append(Reason("term.atw.art2", {"new": self.art2}, article="Atw art. 2"))
            if self.due == plain:
                out.append(Reason("term.atw.unchanged", {"due": plain}, article="Atw art. 1 en 2"))
        return out

    @property
    def warnings(self) -> tuple[Reason, ...]:
        cal = self.calendar
        matters = self.atw_applied or (
            self.term.unit is Unit.WORKING_DAYS and cal.decree_days is DecreeDays.CLOSED
        )
        missing = cal.uncovered_decree_years(self.start, self.due) if matters else []
        if not missing:
            return ()
        return (
            Reason(
                "term.warning.decree_unknown",
                {"years": missing, "covered": sorted(cal.decree_years)},
                article="Atw art. 3 lid 3",
            ),
        )

    def explain(self, lang: Lang = "nl") -> list[str]:
        return [r.text(lang) for r in (*self.reasons, *self.warnings)]

    def to_json(self, lang: Lang = "nl") -> dict[str, object]:
        return {
            "term": self.term_text,
            "start": self.start.isoformat(),
            "backward": self.backward,
            "plain": self.plain.isoformat(),
            "due": self.due.isoformat(),
            "atw_applied": self.atw_applied,
            "atw_extended": self.atw_extended,
            "reasons": [
                {"code": r.key, "article": r.article, "text": r.text(lang)} for r in self.reasons
            ],
            "warnings": [{"code": r.key, "text": r.text(lang)} for r in self.warnings],
        }


#: Counting in calendar days, weeks, months and years needs no calendar, so it works on
#: any day Python's dates hold; only working days and the Atw need the legal calendar.
_EARLIEST, _LATEST = date(1, 1, 2), date(9999, 12, 30)


def stated_due(term: Term, start: date, day: date, on: date, calendar: LegalCalendar) -> DueDate:
    """A last day not counted but stated (by a notice, or agreed), given on ``on``; ``term``
    is the term it stands in for (shown as the deadline's term)."""
    return DueDate(term, start, False, day, day, False, False, None, None, calendar, False, on)


def _beyond(forward: bool) -> DateOutOfRangeError:
    edge = _LATEST + timedelta(days=1) if forward else _EARLIEST - timedelta(days=1)
    return DateOutOfRangeError(edge, _EARLIEST, _LATEST, computed=True)


def _shift(start: date, days: int) -> date:
    target = start.toordinal() + days
    if not _EARLIEST.toordinal() <= target <= _LATEST.toordinal():
        raise _beyond(days > 0)
    return date.fromordinal(target)


def _add_months(start: date, months: int) -> date:
    years, month0 = divmod(start.month - 1 + months, 12)
    year = start.year + years
    if not _EARLIEST.year <= year <= _LATEST.year:
        raise _beyond(months > 0)
    last = calendar_module.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(start.day, last))


def _plain_due(
    term: Term, start: date, sign: int, cal: LegalCalendar, from_next_day: bool = False
) -> date:
    if term.unit is Unit.WORKING_DAYS:
        return cal.add_working_days(start, sign * term.amount)
    if term.unit is Unit.DAYS:
        return _shift(start, sign * term.amount)
    if term.unit is Unit.WEEKS:
        return _shift(start, sign * 7 * term.amount)
    months = sign * term.amount * (12 if term.unit is Unit.YEARS else 1)
    if from_next_day and sign > 0:
        # From the start of the next day: the day before the same day number of that day.
        return _shift(_add_months(_shift(start, 1), months), -1)
    return _add_months(start, months)


def due_date(
    term: Term | str,
    start: date,
    *,
    atw: bool = False,
    backward: bool = False,
    calendar: LegalCalendar | None = None,
    from_next_day: bool = False,
) -> DueDate:
    """The last day of ``term`` counted from ``start`` (day 0).

    ``atw=True`` applies Atw art. 1 and 2 where art. 1(2) and art. 4 allow it.
    ``backward=True`` counts back from ``start``. ``from_next_day=True`` counts "na de
    aanvang van de dag, volgende op" ``start`` (BW 3:310): a term in months or years then
    ends the day before the same day number of the day after ``start``. Pure: same
    input, same output. Working days and the Atw need the legal calendar
    (:data:`~klachtregels.law.calendar.FIRST_DAY` to ``LAST_DAY``); counting in days,
    weeks, months and years works on any date.
    """
    if isinstance(term, str):
        term = parse_term(term)
    cal = calendar or default_calendar()
    needs_calendar = term.unit is Unit.WORKING_DAYS or (
        atw and not backward and term.atw_excluded_because() is None
    )
    if needs_calendar and not FIRST_DAY <= start <= LAST_DAY:
        raise DateOutOfRangeError(start, FIRST_DAY, LAST_DAY)
    sign = -1 if backward else 1
    plain = _plain_due(term, start, sign, cal, from_next_day)
    _in_calendar(plain, needs_calendar)
    applies = atw and not backward and term.atw_excluded_because() is None
    due, art1, art2 = _atw_applied(cal, start, plain, applies, term.at_least_three_days())
    return DueDate(term, start, backward, plain, due, atw, applies, art1, art2, cal, from_next_day)


def extended_due(
    first: DueDate, extension: Term, *, atw: bool = False, from_next_day: bool = False
) -> DueDate:
    """The last day of ``first``'s term extended by ``extension``, written in another unit
    ("zes weken" extended by "een maand"): ``extension`` counted from the last day of
    ``first`` by counting alone (``first.plain``), then the Atw on the whole, from
    ``first.start`` (art. 2 asks two days over the whole term).

    Lezing: een termijn "verlengen met" een termijn in een andere eenheid telt die tweede
    termijn vanaf de laatste dag van de eerste (vóór de Atw, die pas op het einde van de
    verlengde termijn werkt, zoals bij zes weken plus vier). De Atw art. 4 onder a sluit
    de samengestelde termijn uit als een van beide delen "omschreven" is op een wijze die
    art. 4 uitsluit.
    Reading taken: a term extended by a term in another unit counts the second from the
    last day of the first (before the Atw, which acts on the end of the extended term
    only, as with six weeks plus four); Atw art. 4(a) excludes the whole where either part
    is described in a way art. 4 excludes.
    """
    if first.backward or first.stated_on is not None:
        raise ValueError("only a counted, forward term can be extended")
    cal = first.calendar
    needs_calendar = extension.unit is Unit.WORKING_DAYS or atw
    _in_calendar(first.plain, needs_calendar)
    plain = _plain_due(extension, first.plain, 1, cal, from_next_day)
    _in_calendar(plain, needs_calendar)
    applies = atw and _excluded(extension, first) is None
    due, art1, art2 = _atw_applied(cal, first.start, plain, applies, True)
    return DueDate(
        extension,
        first.start,
        False,
        plain,
        due,
        atw,
        applies,
        art1,
        art2,
        cal,
        from_next_day,
        None,
        first,
    )


def _in_calendar(day: date, needs_calendar: bool) -> None:
    """Refuses a day outside the legal calendar where the count needs it."""
    if needs_calendar and not FIRST_DAY <= day <= LAST_DAY:
        edge = LAST_DAY + timedelta(days=1) if day > LAST_DAY else FIRST_DAY - timedelta(days=1)
        raise DateOutOfRangeError(edge, FIRST_DAY, LAST_DAY, computed=True)


def _atw_applied(
    cal: LegalCalendar, start: date, plain: date, applies: bool, art2_can_apply: bool
) -> tuple[date, date | None, date | None]:
    """The last day after Atw art. 1 and 2 where they apply, and where each moved it: art. 1
    moves a last day that is no Atw day to the next that is; art. 2 (a term of at least
    three days) then asks two Atw days in the term."""
    due, art1, art2 = plain, None, None
    if not applies:
        return due, art1, art2
    if not cal.is_atw_day(due):
        due = art1 = cal.next_atw_day(due)
    if art2_can_apply and cal.atw_days_between(start, due) < 2:
        due = art2 = cal.nth_atw_day_after(start, 2)
    return due, art1, art2


def _excluded(term: Term, after: DueDate | None) -> str | None:
    """The Atw art. 4(a) exclusion of a term, or of either part of a term extended in
    another unit."""
    found = term.atw_excluded_because()
    if found is None and after is not None:
        return _excluded(after.term, after.after)
    return found
