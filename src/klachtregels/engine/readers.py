"""How the fast evaluator reads a complaint: dates, facts and conditions as functions.

Each is decided once per regulation (:class:`Readers`), so evaluating a complaint costs
one call per fact a condition names. What the words mean is the vocabulary's
(:mod:`klachtregels.model.vocabulary`): where each start event is dated, which facts are
derived from dates, which are always known. The reference evaluator
(:mod:`klachtregels.engine.reference`) reads the same complaint without any of this.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from operator import attrgetter
from typing import Any

from klachtregels.engine.context import Ctx, DateOf, Fact, Test
from klachtregels.model.complaint import Complaint
from klachtregels.model.regulation import Condition, Regulation
from klachtregels.model.vocabulary import FACTS, START_EVENTS

__all__ = ["Readers", "no_date"]

#: The fields of a complaint that hold a date (or nothing).
_DATE_FIELDS = frozenset(
    name for name, f in Complaint.model_fields.items() if f.annotation in (date, date | None)
)


def no_date(c: Complaint) -> None:
    return None


def _value_of(name: str) -> Callable[[Complaint], Any]:
    """How to read a fact (``extra.x`` from ``extra``) from a complaint."""
    if name.startswith("extra."):
        key = name[6:]
        return lambda c: c.extra.get(key)
    return attrgetter(name)


class Readers:
    """The readers of one regulation: the channels it counts as written decide when a
    complaint exists in writing (``ChannelRule.written``)."""

    def __init__(self, reg: Regulation) -> None:
        self.written = frozenset(ch for ch, rule in reg.channels.items() if rule.written)

    def written_on(self) -> DateOf:
        """The first day the complaint exists in writing: ``in_writing_on``, else the day of
        receipt when it came in through a channel the regulation counts as written."""
        written = self.written

        def written_on(c: Complaint) -> date | None:
            if c.in_writing_on is not None:
                return c.in_writing_on
            return c.received_on if c.channel in written else None

        return written_on

    def date_of(self, name: str) -> DateOf:
        """A date (a start event, or what meets a term) of the complaint."""
        name = START_EVENTS.get(name, name)
        if name == "in_writing":
            return self.written_on()
        if name in _DATE_FIELDS:
            return attrgetter(name)
        value = _value_of(name)

        def as_date(c: Complaint) -> date | None:
            v = value(c)
            return v if isinstance(v, date) else None

        return as_date

    def fact(self, name: str) -> Fact:
        """A fact of the complaint as true, false or unknown (None)."""
        kind = FACTS.get(name)
        if kind is not None and kind.type == "derived":
            return self._derived(name)
        if kind is not None and kind.type == "flag":  # always known
            read = attrgetter(name)
            return lambda ctx: bool(read(ctx.c))
        value = _value_of(name)

        def known(ctx: Ctx) -> bool | None:
            v = value(ctx.c)
            return None if v is None else bool(v)

        return known

    def _derived(self, name: str) -> Fact:
        if name == "judgment_given":  # from its day on
            return lambda ctx: (
                ctx.c.judgment_on is not None
                and (ctx.as_of is None or ctx.c.judgment_on <= ctx.as_of)
            )
        if name == "withdrawn":
            return lambda ctx: (
                ctx.c.withdrawn_on is not None
                and (ctx.as_of is None or ctx.c.withdrawn_on <= ctx.as_of)
            )
        if name == "extension_notified":
            return lambda ctx: ctx.c.extension_notified_on is not None
        written_on = self.written_on()
        return lambda ctx: written_on(ctx.c) is not None

    def compile(self, cond: Condition) -> Test:
        """A condition as a function of the evaluation context."""
        if cond.always is not None:
            value = cond.always
            return lambda ctx: value
        if cond.fact is not None:
            return self.fact_test(cond.fact, cond.equals)
        if cond.deadline_passed is not None:
            term_id = cond.deadline_passed
            return lambda ctx: ctx.passed(term_id)
        if cond.any is not None:
            return _any(tuple(self.compile(x) for x in cond.any))
        if cond.all is not None:
            return _all(tuple(self.compile(x) for x in cond.all))
        assert cond.not_ is not None
        inner = self.compile(cond.not_)
        return lambda ctx: not inner(ctx)

    def fact_test(self, name: str, want: bool) -> Test:
        """Whether a fact has the value ``want``; an unknown fact has neither value.

        Each kind of fact gets one function, so a condition costs one call per fact."""
        if name.startswith("extra."):
            key = name[6:]

            def extra(ctx: Ctx) -> bool:
                v = ctx.c.extra.get(key)
                return v is not None and bool(v) == want

            return extra
        kind = FACTS[name]
        if kind.type != "derived":  # a field: None (unknown) equals neither value
            read = attrgetter(name)
            return lambda ctx: read(ctx.c) == want
        fact = self._derived(name)
        return lambda ctx: fact(ctx) == want


def _any(parts: tuple[Test, ...]) -> Test:
    """Whether one of ``parts`` holds; unrolled for the short lists regulations have."""
    if len(parts) == 1:
        return parts[0]
    if len(parts) == 2:
        a, b = parts
        return lambda ctx: a(ctx) or b(ctx)
    if len(parts) == 3:
        a, b, c = parts
        return lambda ctx: a(ctx) or b(ctx) or c(ctx)
    return lambda ctx: any(p(ctx) for p in parts)


def _all(parts: tuple[Test, ...]) -> Test:
    """Whether all of ``parts`` hold; unrolled for the short lists regulations have."""
    if len(parts) == 1:
        return parts[0]
    if len(parts) == 2:
        a, b = parts
        return lambda ctx: a(ctx) and b(ctx)
    if len(parts) == 3:
        a, b, c = parts
        return lambda ctx: a(ctx) and b(ctx) and c(ctx)
    return lambda ctx: all(p(ctx) for p in parts)
