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
from klachtregels.model.complaint import Complaint, Event
from klachtregels.model.regulation import Condition, Regulation
from klachtregels.model.vocabulary import FACTS, START_EVENTS

__all__ = ["Readers", "no_date"]

#: The fields of a complaint that hold a date (or nothing).
_DATE_FIELDS = frozenset(
    name for name, f in Complaint.model_fields.items() if f.annotation in (date, date | None)
)


def no_date(c: Complaint) -> None:
    return None


def majority_on(c: Complaint) -> date | None:
    """The client's eighteenth birthday (29 February: 28 February, as ``Complaint.age_on``)."""
    b = c.client_birth_date
    if b is None:
        return None
    try:
        return b.replace(year=b.year + 18)
    except ValueError:
        return date(b.year + 18, 2, 28)


def _channel_of(c: Complaint, day: date) -> str:
    """The channel the complaint came in through on ``day`` (its filing, or its receipt)."""
    if day != c.received_on or c.addressed_to is not None:
        for e in c.events:
            if e.kind in ("filed", "informal_route_ended") and e.on == day and e.channel:
                return e.channel
    return c.channel


def _resumed(
    c: Complaint, day: date, resumptions: tuple[tuple[Callable[[Complaint], Any], str], ...]
) -> date:
    """The day of receipt moved to the day the complaint was taken into handling after a
    ground that an event ends (Livio art. 5 lid 4: the informal route failed)."""
    for value_of, kind in resumptions:
        if not value_of(c):
            continue
        ended = [e.on for e in c.events if e.kind == kind]
        if ended:
            day = max(day, min(ended))
    return day


def _value_of(name: str) -> Callable[[Complaint], Any]:
    """How to read a fact (``extra.x`` from ``extra``) from a complaint."""
    if name.startswith("extra."):
        key = name[6:]
        return lambda c: c.extra.get(key)
    return attrgetter(name)


def _value_or_none(name: str) -> Callable[[Complaint], Any]:
    """:func:`_value_of`, None where the complaint has no such field."""
    if name.startswith("extra."):
        return _value_of(name)
    return lambda c: getattr(c, name, None)


class Readers:
    """The readers of one regulation.

    The days the evaluator derives (``vocabulary.DERIVED_DAYS``) depend on the regulation:
    which channels it counts as written (``ChannelRule.written``), which steps handle a
    complaint formally, what a complaint is in its sense (``acts.complaint``), and whether a
    ground ends with an event after which the complaint is taken into handling
    (``AdmissibilityRule.ended_by``).
    """

    def __init__(self, reg: Regulation) -> None:
        self.written = frozenset(ch for ch, rule in reg.channels.items() if rule.written)
        judging = reg.judging_step()
        #: The steps a complaint may be addressed to and still reach the formal handling.
        self.formal = frozenset({"provider", *(k for k, v in reg.escalation.items() if v.formal)})
        act = reg.acts.get("complaint")
        self.complaint_in_writing = act is not None and act.form == "in_writing"
        self.complaint_to = frozenset({act.to}) if act is not None and act.to else self.formal
        self.committee_judges = judging == "complaints_committee"
        withdrawal = reg.acts.get("withdrawal")
        self.in_writing_withdrawal = withdrawal is not None and withdrawal.form == "in_writing"
        #: Grounds of kind fact that an event ends: (how to read the fact, event kind).
        self.resumptions = tuple(
            (_value_or_none(str(g.fact)), g.ended_by)
            for g in reg.admissibility.values()
            if g.ground == "fact" and g.ended_by is not None
        )

    def received_on(self, to: frozenset[str] | None = None) -> DateOf:
        """The day the formal handling received the complaint (``to``: the steps that
        count): ``received_on`` when it was addressed there, else the day of a ``filed``
        event to one of them; moved to the day a resumption event (``ended_by``) took it
        into handling."""
        steps = self.formal if to is None else to
        resumptions = self.resumptions

        def received(c: Complaint) -> date | None:
            day: date | None = c.received_on
            if c.addressed_to is not None and c.addressed_to not in steps:
                filed = [e.on for e in c.events if e.kind == "filed" and e.to in steps]
                day = min(filed) if filed else None
            if resumptions and day is not None and c.events:  # an event ends the ground
                day = _resumed(c, day, resumptions)
            return day

        return received

    def written_on(self, to: frozenset[str] | None = None) -> DateOf:
        """The first day the complaint, as the formal handling received it, exists in
        writing: ``in_writing_on`` (not before that receipt), else that receipt when it came
        in through a channel the regulation counts as written."""
        written, received, resumptions = self.written, self.received_on(to), self.resumptions

        def written_on(c: Complaint) -> date | None:
            day: date | None
            if c.addressed_to is None and not (resumptions and c.events):
                # Received as sent, through its own channel: the common case, without the
                # calls (this reader runs about three times a complaint).
                day, channel = c.received_on, c.channel
            else:
                day, channel = received(c), None
                if day is None:
                    return None
            if c.in_writing_on is not None:
                return max(c.in_writing_on, day)
            return day if (channel or _channel_of(c, day)) in written else None

        return written_on

    def complaint_on(self) -> DateOf:
        """The day of the complaint in the regulation's sense (``acts.complaint``)."""
        if self.complaint_in_writing:
            return self.written_on(self.complaint_to)
        return self.received_on(self.complaint_to)

    def withdrawn_on(self) -> Callable[[Complaint], tuple[date | None, Event | None]]:
        """The day the complaint was withdrawn, if the withdrawal counts, and the withdrawal
        that does not count because it was not in writing where ``acts.withdrawal`` asks
        for that (a withdrawal whose form is not known counts)."""
        in_writing, written = self.in_writing_withdrawal, self.written

        def withdrawn(c: Complaint) -> tuple[date | None, Event | None]:
            day = c.withdrawn_on
            if day is None or not in_writing:
                return day, None
            event = c.event("withdrawal")
            if event is None or event.channel is None or event.channel in written:
                return day, None
            return None, event

        return withdrawn

    def judged_on(self) -> DateOf:
        """The day the step that gives the judgment gave it: the judgment, or the committee's
        judgment where the committee is that step (one event closes it)."""
        if not self.committee_judges:
            return attrgetter("judgment_on")
        return lambda c: c.judgment_on or c.committee_judgment_on

    def majority_on(self) -> DateOf:
        """The client's eighteenth birthday."""
        return majority_on

    def committee_judgment_on(self) -> DateOf:
        """The day of the complaints committee's judgment: ``committee_judgment_on``, or the
        judgment where the committee gives it."""
        if not self.committee_judges:
            return attrgetter("committee_judgment_on")
        return lambda c: c.committee_judgment_on or c.judgment_on

    def date_of(self, name: str) -> DateOf:
        """A date (a start event, or what meets a term) of the complaint."""
        name = START_EVENTS.get(name, name)
        derived = {
            "receipt": self.received_on,
            "in_writing": self.written_on,
            "complaint": self.complaint_on,
            "committee_judgment": self.committee_judgment_on,
            "majority": self.majority_on,
        }.get(name)
        if derived is not None:
            return derived()
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
                ctx.withdrawn_on is not None
                and (ctx.as_of is None or ctx.withdrawn_on <= ctx.as_of)
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
