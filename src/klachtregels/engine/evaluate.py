"""Evaluating a complaint under an effective regulation: the fast evaluator.

Pure: the same regulation, complaint and ``as_of`` give the same assessment; no
clock, no I/O, inputs are never changed. What the complaint does not say is
unknown, and an unknown fact satisfies no condition (``satisfied`` absent is
neither satisfied nor dissatisfied).

Speed: an :class:`Engine` compiles a regulation once into a plan
(:mod:`klachtregels.engine.plan`) and remembers due dates per calendar, and
deadlines, routes and findings per plan. All of these are immutable values shared
between assessments, looked up by everything they depend on, and bounded; they never
change an answer (``tests/test_evaluate_properties.py``), and the answer equals the
reference evaluator's (:mod:`klachtregels.engine.reference`, ``tests/test_reference.py``).
The engine holds regulations and calendars by weak reference: the models carry no
cache, pickle as they are, and a plan goes when its regulation does.

The steps of an evaluation: standing, routing and admissibility
(:mod:`klachtregels.engine.checks`), the deadlines (:mod:`klachtregels.engine.deadlines`),
then the escalation route (:func:`_route`).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import date
from types import MappingProxyType
from typing import Any, Generic, Literal, TypeVar, overload

from klachtregels.engine import checks
from klachtregels.engine.assessment import Assessment, Finding, Step
from klachtregels.engine.context import Ctx
from klachtregels.engine.deadlines import deadlines
from klachtregels.engine.plan import (
    CLOSED,
    OPEN,
    OPEN_BY_LAW,
    Plan,
    RoutePlan,
    build,
    contact,
)
from klachtregels.errors import KlachtregelsError
from klachtregels.law.calendar import LegalCalendar, default_calendar
from klachtregels.law.terms import DueDate
from klachtregels.messages import Lang
from klachtregels.model.complaint import Complaint, ComplaintError
from klachtregels.model.regulation import Body, Regulation

__all__ = ["DEFAULT_ENGINE", "Engine", "evaluate", "evaluate_many"]

K = TypeVar("K")
V = TypeVar("V")


class _ByObject(Generic[K, V]):
    """Values kept per live object, by identity: an entry goes when its object does.

    Safe for several threads: a lookup reads one dict entry; two threads that miss
    at once both compute the value and one of the two (equal) values is kept.
    """

    def __init__(self, make: Callable[[K], V]) -> None:
        self._make = make
        self._entries: dict[int, tuple[weakref.ref[Any], V]] = {}

    def get(self, obj: K) -> V:
        entry = self._entries.get(id(obj))
        if entry is not None and entry[0]() is obj:
            return entry[1]
        value = self._make(obj)
        key = id(obj)
        entries = self._entries

        def forget(ref: weakref.ref[Any]) -> None:
            current = entries.get(key)
            if current is not None and current[0] is ref:
                entries.pop(key, None)

        entries[key] = (weakref.ref(obj, forget), value)
        return value

    def __len__(self) -> int:
        return len(self._entries)

    def clear(self) -> None:
        self._entries.clear()


def _new_memo(cal: LegalCalendar) -> dict[tuple[str, date], DueDate]:
    return {}


class Engine:
    """The fast evaluator and what it remembers: a plan per regulation, due dates per
    calendar, each kept while its regulation or calendar lives.

    :func:`klachtregels.evaluate` uses :data:`DEFAULT_ENGINE`; an engine of one's own
    keeps its memory apart (and :meth:`clear` drops it).
    """

    def __init__(self) -> None:
        self._plans: _ByObject[Regulation, Plan] = _ByObject(build)
        self._memos: _ByObject[LegalCalendar, dict[tuple[str, date], DueDate]] = _ByObject(
            _new_memo
        )

    def plan(self, reg: Regulation) -> Plan:
        """The compiled plan of ``reg``, built on first use."""
        return self._plans.get(reg)

    def clear(self) -> None:
        """Forget every plan and due date (answers stay the same; the next ones are slower)."""
        self._plans.clear()
        self._memos.clear()

    def evaluate(
        self,
        reg: Regulation,
        complaint: Complaint,
        as_of: date | None = None,
        *,
        lang: Lang = "nl",
        calendar: LegalCalendar | None = None,
    ) -> Assessment:
        """Standing, admissibility, routing, route and deadlines of ``complaint`` under ``reg``."""
        cal = calendar or default_calendar()
        plan = self._plans.get(reg)
        if complaint.extra and plan.extra_facts:
            _yes_no_extra(plan, complaint)
        ctx = Ctx(complaint, as_of, lang, cal, plan, self._memos.get(cal), {})
        general: list[Finding] = []
        if complaint.withdrawn_on is not None and (
            as_of is None or complaint.withdrawn_on <= as_of
        ):  # a withdrawal counts from its day on
            ctx.withdrawn_on, refused_withdrawal = plan.withdrawn_on(complaint)
            ctx.done = {}
            if refused_withdrawal is not None:
                general.append(
                    ctx.finding(
                        "withdrawal_not_in_writing",
                        plan.withdrawal_citation,
                        on=refused_withdrawal.on,
                        channel=refused_withdrawal.channel,
                    )
                )
        if as_of is not None and as_of < complaint.received_on:
            received = complaint.received_on  # shared: one per day of receipt in a batch
            general.append(ctx.shared("judged_before_receipt", as_of=as_of, received_on=received))
        if not plan.in_force(complaint.received_on):
            general.append(plan.not_in_force[lang])
        standing = checks.standing(ctx)
        route_rule, forward_to, refused = checks.routing(ctx, general)
        admissibility = checks.admissibility(ctx, standing, refused)
        handled = standing.ok and admissibility.ok
        running = deadlines(ctx, general, forwarded=forward_to is not None, handled=handled)
        if ctx.withdrawn_on is not None:
            general.append(ctx.finding("withdrawn", plan.withdrawal_citation, on=ctx.withdrawn_on))
        route, next_steps, by_law = _route(ctx, handled, route_rule, forward_to)
        general.extend(by_law)
        general.extend(plan.kept_steps[lang])
        return Assessment(
            reg.id,
            reg.version,
            as_of,
            standing,
            admissibility,
            forward_to,
            list(route),
            list(next_steps),
            running,
            general,
            lang,
            complaint.id,
        )

    @overload
    def evaluate_many(
        self,
        reg: Regulation,
        complaints: Iterable[Complaint | Mapping[str, Any]],
        as_of: date | None = None,
        *,
        lang: Lang = "nl",
        calendar: LegalCalendar | None = None,
        on_error: Literal["raise"] = "raise",
    ) -> Iterator[Assessment]: ...

    @overload
    def evaluate_many(
        self,
        reg: Regulation,
        complaints: Iterable[Complaint | Mapping[str, Any]],
        as_of: date | None = None,
        *,
        lang: Lang = "nl",
        calendar: LegalCalendar | None = None,
        on_error: Literal["yield"],
    ) -> Iterator[Assessment | KlachtregelsError]: ...

    def evaluate_many(
        self,
        reg: Regulation,
        complaints: Iterable[Complaint | Mapping[str, Any]],
        as_of: date | None = None,
        *,
        lang: Lang = "nl",
        calendar: LegalCalendar | None = None,
        on_error: Literal["raise", "yield"] = "raise",
    ) -> Iterator[Assessment] | Iterator[Assessment | KlachtregelsError]:
        """:meth:`evaluate` over an iterable, lazily; mappings are validated as complaints.

        ``on_error="yield"``: a complaint that is invalid (:class:`ComplaintError`) or
        cannot be evaluated (any :class:`KlachtregelsError`) gives its error in its
        place, and the rest are evaluated; ``"raise"`` (the default) raises it.
        """
        cal = calendar or default_calendar()
        if on_error == "yield":
            return self._many_or_errors(reg, complaints, as_of, lang, cal)
        return self._many(reg, complaints, as_of, lang, cal)

    def _many(
        self,
        reg: Regulation,
        complaints: Iterable[Complaint | Mapping[str, Any]],
        as_of: date | None,
        lang: Lang,
        cal: LegalCalendar,
    ) -> Iterator[Assessment]:
        for item in complaints:
            c = item if isinstance(item, Complaint) else Complaint.model_validate(item)
            yield self.evaluate(reg, c, as_of, lang=lang, calendar=cal)

    def _many_or_errors(
        self,
        reg: Regulation,
        complaints: Iterable[Complaint | Mapping[str, Any]],
        as_of: date | None,
        lang: Lang,
        cal: LegalCalendar,
    ) -> Iterator[Assessment | KlachtregelsError]:
        for item in complaints:
            try:
                c = item if isinstance(item, Complaint) else Complaint.model_validate(item)
                yield self.evaluate(reg, c, as_of, lang=lang, calendar=cal)
            except KlachtregelsError as e:
                yield e


#: The engine behind :func:`evaluate` and :func:`evaluate_many`.
DEFAULT_ENGINE = Engine()


def evaluate(
    reg: Regulation,
    complaint: Complaint,
    as_of: date | None = None,
    *,
    lang: Lang = "nl",
    calendar: LegalCalendar | None = None,
) -> Assessment:
    """Standing, admissibility, routing, route and deadlines of ``complaint`` under ``reg``."""
    return DEFAULT_ENGINE.evaluate(reg, complaint, as_of, lang=lang, calendar=calendar)


@overload
def evaluate_many(
    reg: Regulation,
    complaints: Iterable[Complaint | Mapping[str, Any]],
    as_of: date | None = None,
    *,
    lang: Lang = "nl",
    calendar: LegalCalendar | None = None,
    on_error: Literal["raise"] = "raise",
) -> Iterator[Assessment]: ...


@overload
def evaluate_many(
    reg: Regulation,
    complaints: Iterable[Complaint | Mapping[str, Any]],
    as_of: date | None = None,
    *,
    lang: Lang = "nl",
    calendar: LegalCalendar | None = None,
    on_error: Literal["yield"],
) -> Iterator[Assessment | KlachtregelsError]: ...


def evaluate_many(
    reg: Regulation,
    complaints: Iterable[Complaint | Mapping[str, Any]],
    as_of: date | None = None,
    *,
    lang: Lang = "nl",
    calendar: LegalCalendar | None = None,
    on_error: Literal["raise", "yield"] = "raise",
) -> Iterator[Assessment] | Iterator[Assessment | KlachtregelsError]:
    """:func:`evaluate` over an iterable, lazily; mappings are validated as complaints.

    ``on_error="yield"`` gives an invalid complaint's error in its place (see
    :meth:`Engine.evaluate_many`).
    """
    if on_error == "yield":
        return DEFAULT_ENGINE.evaluate_many(
            reg, complaints, as_of, lang=lang, calendar=calendar, on_error="yield"
        )
    return DEFAULT_ENGINE.evaluate_many(reg, complaints, as_of, lang=lang, calendar=calendar)


# ---------------------------------------------------------------------- route

_NO_PARAMS: Mapping[str, Any] = MappingProxyType({})


Route = tuple[tuple[Step, ...], tuple[Step, ...], tuple[Finding, ...]]


def _yes_no_extra(plan: Plan, complaint: Complaint) -> None:
    """The extra facts the regulation reads are yes/no: "false", "nee", 0 are not true."""
    for name in sorted(plan.extra_facts & complaint.extra.keys()):
        value = complaint.extra[name]
        if value is not None and not isinstance(value, bool):
            raise ComplaintError(f"extra.{name}", "complaint.extra_not_yes_no", value=repr(value))


def _route(ctx: Ctx, handled: bool, routed: RoutePlan | None, forward_to: Body | None) -> Route:
    """The escalation path, its open steps, and the findings that the law opens a step
    the regulation keeps closed; built once per combination of what decides them."""
    plan, lang = ctx.plan, ctx.lang
    c, as_of = ctx.c, ctx.as_of
    withdrawn = ctx.withdrawn_on is not None
    judged_on = plan.judged_on(c)
    judged = judged_on is not None and (as_of is None or judged_on <= as_of)
    if forward_to is not None or withdrawn:
        tests: tuple[int, ...] = ()  # every step is closed whatever its condition
    else:
        tests = tuple([p.state(ctx) for p in plan.variable_steps])
    key = (routed.rule_id if routed else None, withdrawn, handled, judged, lang, tests)
    found = plan.routes.get(key)
    if found is None:
        found = plan.routes[key] = _build_route(plan, lang, key, routed, forward_to)
    return found


def _build_route(
    plan: Plan,
    lang: Lang,
    key: tuple[Any, ...],
    routed: RoutePlan | None,
    forward_to: Body | None,
) -> Route:
    _, withdrawn, handled, judged, _, tests = key
    route: list[Step] = []
    if forward_to is not None and routed is not None:
        route.append(
            Step(
                routed.step_id,
                forward_to.name,
                forward_to.name,
                contact(forward_to),
                True,
                forward_to.citation,
                "step.forwarded_to",
                _NO_PARAMS,
                lang,
            )
        )
    variable = {p.step_id: t for p, t in zip(plan.variable_steps, tests, strict=False)}
    by_law: list[Finding] = []
    for p in plan.steps:
        if forward_to is not None:
            reason = "step.closed_forwarded"
        elif withdrawn:
            reason = "step.closed_withdrawn"
        elif p.rule.formal and not handled:
            reason = "step.closed_inadmissible"
        elif p.judging and judged:
            reason = "step.done"
        else:
            state = p.constant if p.constant is not None else variable[p.step_id]
            reason = _STATE_REASONS[state]
            if state == OPEN_BY_LAW and p.by_law is not None:
                by_law.append(p.by_law[lang])
        route.append(p.variants[(lang, reason)])
    return tuple(route), tuple(s for s in route if s.open), tuple(by_law)


_STATE_REASONS = {
    CLOSED: "step.closed_because",
    OPEN: "step.open_because",
    OPEN_BY_LAW: "step.open_by_law",
}
