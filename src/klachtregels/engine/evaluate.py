"""Evaluating a complaint under an effective regulation.

Pure: the same regulation, complaint and ``as_of`` give the same assessment; no
clock, no I/O, inputs are never changed. What the complaint does not say is
unknown, and an unknown fact satisfies no condition (``satisfied`` absent is
neither satisfied nor dissatisfied).

Speed: a regulation is compiled once into a :class:`_Plan` (conditions as functions,
admissibility checks, term plans, prebuilt steps and findings), kept on the regulation
object. Due dates are remembered per calendar (``LegalCalendar._due_memo``), deadlines,
routes and findings per plan. All of these are immutable values shared between
assessments, looked up by everything they depend on, and bounded; they never change an
answer (see ``tests/test_evaluate_properties.py``).

Semantics (issue "The evaluator"):

* standing: a complaint has standing when a standing rule for its role holds; for
  the client, age is computed on ``received_on`` (a person turns 16 on their
  birthday). Without a birth date, age bands are assumed met, and a finding says so.
* admissibility: each ground of the regulation; not ok when standing is not.
* routing: a matter outside the provider's competence gives ``forward_to`` and a
  route that starts at that body; it is not declared inadmissible.
* the judgment term is the statutory term of the law base (Wkkgz art. 17); a
  regulation may promise sooner, never later; a later term is flagged and the
  law's term is used. An extension counts only when notified on or before the
  last day of the term.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from operator import attrgetter
from types import MappingProxyType
from typing import Any

from klachtregels.engine.assessment import Assessment, Deadline, Finding, Status, Step, Verdict
from klachtregels.law.calendar import LegalCalendar, default_calendar
from klachtregels.law.terms import DueDate, Term, due_date
from klachtregels.messages import LANGUAGES, Lang, render
from klachtregels.model.complaint import Complaint
from klachtregels.model.regulation import (
    AdmissibilityRule,
    Body,
    Citation,
    Condition,
    Regulation,
    RoutingRule,
    StandingRule,
    StepRule,
    TermRule,
)

__all__ = ["evaluate", "evaluate_many"]

#: Term ids whose deadline has another id in the assessment.
_DEADLINE_IDS = {"judgment_extension": "judgment_extended"}
#: Facts that record when a deadline's duty was done, per term id.
_DONE_ON = {
    "filing": "received_on",
    "damages_limitation": "received_on",
    "damages_long_stop": "received_on",
    "judgment": "judgment_on",
    "judgment_extension": "judgment_on",
    "acknowledgement": "extra.acknowledged_on",
    "first_contact": "extra.first_contact_on",
    "reply_on_delay": "extra.delay_reply_on",
    "measures": "extra.measures_on",
    "committee_judgment": "extra.committee_judgment_on",
}
_STARTS = {
    "event": "event_on",
    "receipt": "received_on",
    "judgment": "judgment_on",
    "damage_known": "damage_known_on",
    "delay_notice": "extra.delay_notice_on",
    "committee_judgment": "extra.committee_judgment_on",
}
#: The order of deadlines in an assessment; others follow in the regulation's order.
DEADLINE_ORDER = (
    "filing",
    "acknowledgement",
    "first_contact",
    "judgment",
    "judgment_extended",
    "reply_on_delay",
    "committee_judgment",
    "measures",
    "dossier_retention",
    "damages_limitation",
    "damages_long_stop",
)
#: Where a deadline goes in an assessment; unknown ids last, in the regulation's order.
_RANK = {d: i for i, d in enumerate(DEADLINE_ORDER)}
#: Deadlines about the complainant's own rights, which run whatever the provider does.
_COMPLAINANT_TERMS = frozenset({"filing", "damages_limitation", "damages_long_stop"})
_DAMAGES_TERMS = frozenset({"damages_limitation", "damages_long_stop"})
#: How many due dates a calendar, and deadlines a regulation, remember before they start
#: over. Both full take about 37 MB (measured with tracemalloc, Livio, one calendar);
#: half this size made the benchmark's 100,000 complaints over 3,000 days 25% slower.
_MEMO_SIZE = 1 << 16


@dataclass(slots=True)
class _Ctx:
    reg: Regulation
    c: Complaint
    as_of: date | None
    lang: Lang
    cal: LegalCalendar
    plan: _Plan
    #: Due dates computed on ``cal``, shared by all evaluations on it (see :func:`_due`).
    memo: dict[tuple[str, date], DueDate]
    #: The due dates this evaluation found, per term id (for ``deadline_passed``).
    dues: dict[str, DueDate]

    def finding(self, code: str, citation: Citation | None = None, **params: Any) -> Finding:
        return Finding(code, citation, params, self.lang)

    def shared(self, code: str, citation: Citation | None = None, **params: Any) -> Finding:
        """A finding whose text depends on the regulation alone: built once per regulation
        and language, shared by the assessments (it is immutable)."""
        key = (code, id(citation), self.lang, *params.values())
        shared = self.plan.findings
        found = shared.get(key)
        if found is None:
            found = shared[key] = _fixed(code, citation, self.lang, **params)
        return found

    def due(self, key: str, term: Term, start: date, atw: bool) -> DueDate:
        """:func:`due_date` on this calendar; ``key`` names ``(term, atw)``.

        A due date depends on nothing but the term, the start, the Atw and the
        calendar, so one computed before on this calendar is reused.
        """
        memo = self.memo
        found = memo.get((key, start))
        if found is None:
            if len(memo) >= _MEMO_SIZE:
                memo.clear()
            found = memo[key, start] = due_date(term, start, atw=atw, calendar=self.cal)
        return found

    def passed(self, term_id: str) -> bool:
        due = self.dues.get(term_id)
        if due is None or self.as_of is None:
            return False
        done = self.plan.terms_by_id[term_id].done_of(self.c)
        return self.as_of > due.due and (done is None or done > due.due)


def _term_key(term: Term, atw: bool) -> str:
    """Names (term, atw) in the due-date memo; with the wording, which a due date shows."""
    return f"{term.amount} {term.unit.value} {atw} {term.text}"


Test = Callable[[_Ctx], bool]
Fact = Callable[[_Ctx], "bool | None"]
DateOf = Callable[[Complaint], "date | None"]


#: The fields of a complaint that hold a date (or nothing), and those that always hold
#: a boolean.
_DATE_FIELDS = frozenset(
    name for name, f in Complaint.model_fields.items() if f.annotation in (date, date | None)
)
_BOOL_FIELDS = frozenset(name for name, f in Complaint.model_fields.items() if f.annotation is bool)
_MAYBE_BOOL_FIELDS = frozenset(
    name for name, f in Complaint.model_fields.items() if f.annotation == bool | None
)


def _value_of(name: str) -> Callable[[Complaint], Any]:
    """How to read a fact (``extra.x`` from ``extra``) from a complaint, decided once."""
    if name.startswith("extra."):
        key = name[6:]
        return lambda c: c.extra.get(key)
    return attrgetter(name)


def _date_of(name: str) -> DateOf:
    """How to read a date (a start event or a fact) from a complaint, decided once."""
    if name == "in_writing":
        return attrgetter("written_on")
    name = _STARTS.get(name, name)
    if name in _DATE_FIELDS:
        return attrgetter(name)
    value = _value_of(name)

    def as_date(c: Complaint) -> date | None:
        v = value(c)
        return v if isinstance(v, date) else None

    return as_date


def _no_date(c: Complaint) -> None:
    return None


def _fact(name: str) -> Fact:
    """A fact of the complaint as true, false or unknown (None), decided once."""
    if name == "judgment_given":
        return lambda ctx: (
            ctx.c.judgment_on is not None and (ctx.as_of is None or ctx.c.judgment_on <= ctx.as_of)
        )
    if name == "withdrawn":
        return lambda ctx: (
            ctx.c.withdrawn_on is not None
            and (ctx.as_of is None or ctx.c.withdrawn_on <= ctx.as_of)
        )
    if name == "extension_notified":
        return lambda ctx: ctx.c.extension_notified_on is not None
    if name == "in_writing":
        return lambda ctx: ctx.c.written_on is not None
    if name in _BOOL_FIELDS:  # always known
        read = attrgetter(name)
        return lambda ctx: bool(read(ctx.c))
    value = _value_of(name)

    def known(ctx: _Ctx) -> bool | None:
        v = value(ctx.c)
        return None if v is None else bool(v)

    return known


def _compile(cond: Condition) -> Test:
    """A condition as a function of the evaluation context, built once per regulation."""
    if cond.always is not None:
        value = cond.always
        return lambda ctx: value
    if cond.fact is not None:
        return _fact_test(cond.fact, cond.equals)
    if cond.deadline_passed is not None:
        term_id = cond.deadline_passed
        return lambda ctx: ctx.passed(term_id)
    if cond.any is not None:
        return _any(tuple(_compile(x) for x in cond.any))
    if cond.all is not None:
        return _all(tuple(_compile(x) for x in cond.all))
    assert cond.not_ is not None
    inner = _compile(cond.not_)
    return lambda ctx: not inner(ctx)


def _fact_test(name: str, want: bool) -> Test:
    """Whether a fact has the value ``want``; an unknown fact has neither value.

    Each kind of fact gets one function, so a condition costs one call per fact."""
    if name == "judgment_given":
        return lambda ctx: (
            (
                ctx.c.judgment_on is not None
                and (ctx.as_of is None or ctx.c.judgment_on <= ctx.as_of)
            )
            == want
        )
    if name.startswith("extra."):
        key = name[6:]

        def extra(ctx: _Ctx) -> bool:
            v = ctx.c.extra.get(key)
            return v is not None and bool(v) == want

        return extra
    if name in _BOOL_FIELDS or name in _MAYBE_BOOL_FIELDS:  # None (unknown) equals neither
        read = attrgetter(name)
        return lambda ctx: read(ctx.c) == want
    fact = _fact(name)
    return lambda ctx: fact(ctx) == want  # None (unknown) equals neither


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


#: Why a step is open or closed; the reason of a step depends on nothing else.
_STEP_KEYS = (
    "step.closed_forwarded",
    "step.closed_withdrawn",
    "step.closed_inadmissible",
    "step.done",
    "step.open_because",
    "step.closed_because",
)


@dataclass(frozen=True, slots=True)
class _StepPlan:
    step_id: str
    rule: StepRule
    test: Test
    #: The condition's value when it reads no fact (``always``), else None.
    constant: bool | None
    judging: bool
    #: The step as it appears in an assessment, per (language, reason key): immutable,
    #: so every assessment shares these.
    variants: Mapping[tuple[Lang, str], Step]


@dataclass(frozen=True, slots=True)
class _TermPlan:
    term_id: str
    deadline_id: str
    rule: TermRule
    #: Names (term, atw) in the due-date memo.
    key: str
    start_of: DateOf
    done_of: DateOf
    #: ``id()`` of the rule's citation, which lives as long as the regulation.
    citation_id: int


@dataclass(frozen=True, slots=True)
class _Route:
    rule_id: str
    rule: RoutingRule
    when: Test
    unless: Test | None
    #: The body forwarded to, per language (the other provider's name is a text).
    bodies: Mapping[Lang, Body]


#: The check of one admissibility ground: appends its findings.
Check = Callable[[_Ctx, list[Finding]], None]


@dataclass(frozen=True, slots=True)
class _Plan:
    """What follows from the regulation alone: derived once, reused for every complaint."""

    #: ``id()`` of the regulation it was made for: ``model_copy`` copies private
    #: attributes, and a copy may have other rules.
    owner: int
    standing: Mapping[str, tuple[StandingRule, ...]]
    #: The roles whose standing depends on the client's age.
    age_roles: frozenset[str]
    #: For the other roles, the finding that they have standing, per language.
    has_standing: Mapping[tuple[str, Lang], Finding]
    #: Findings without parameters, per language.
    admissible: Mapping[Lang, Finding]
    not_handled: Mapping[Lang, Finding]
    forwarded: Mapping[Lang, Finding]
    any_standing_citation: Citation | None
    no_standing_citation: Citation | None
    routing: tuple[_Route, ...]
    grounds: tuple[Check, ...]
    steps: tuple[_StepPlan, ...]
    #: The steps whose condition reads the complaint (the others are constant).
    variable_steps: tuple[_StepPlan, ...]
    #: The terms that can run, in the order of their deadlines in an assessment (the
    #: judgment's extension goes with the judgment), by (handled, claims damages): a
    #: complaint not handled runs only the complainant's own terms, and the damages
    #: terms run only for a damages claim.
    terms: Mapping[tuple[bool, bool], tuple[_TermPlan, ...]]
    #: Whether some term that can run belongs to the handling.
    handling_terms: bool
    terms_by_id: Mapping[str, _TermPlan]
    judgment: _TermPlan | None
    extension: _TermPlan | None
    law_judgment: TermRule | None
    law_start_of: DateOf
    #: Names the law's judgment term in the due-date memo.
    law_key: str
    law_extension: TermRule | None
    combined: Term | None
    law_combined: Term | None
    withdrawal_citation: Citation | None
    #: Whether the regulation's judgment term counts as the law's, where that does not
    #: depend on the complaint (both start at the same event), else None.
    judgment_as_law: bool | None
    #: Whether the regulation's extension counts as the law's.
    extension_as_law: bool
    combined_key: str
    law_combined_key: str
    #: Routes already built, by what decides them (a bounded set of keys), with their
    #: open steps.
    routes: dict[tuple[Any, ...], tuple[tuple[Step, ...], tuple[Step, ...]]]
    #: Findings that depend on the regulation alone, by code, citation, language and
    #: parameters (a bounded set: see :meth:`_Ctx.shared`).
    findings: dict[tuple[Any, ...], Finding]
    #: Deadlines built before (see :func:`_deadline`).
    deadlines: dict[tuple[Any, ...], Deadline]


def _plan(reg: Regulation) -> _Plan:
    private = reg.__pydantic_private__ or {}  # direct: pydantic's __getattr__ is slow
    cached = private.get("_plan")
    if isinstance(cached, _Plan) and cached.owner == id(reg):
        return cached
    terms: dict[str, _TermPlan] = {tid: _term_plan(tid, rule) for tid, rule in reg.terms.items()}
    running = sorted(
        (
            p
            for tid, p in terms.items()
            if not p.rule.consent_required and (not p.rule.extends or tid == "judgment_extension")
        ),
        key=lambda p: _RANK.get(p.deadline_id, len(_RANK)),
    )
    steps = _step_plans(reg)
    judgment, ext = reg.terms.get("judgment"), reg.terms.get("judgment_extension")
    law, law_ext = reg.law_rule("terms", "judgment"), reg.law_rule("terms", "judgment_extension")
    by_role: dict[str, list[StandingRule]] = {}
    for rule in reg.standing.values():
        by_role.setdefault(rule.role, []).append(rule)
    age_roles = frozenset(
        r.role
        for r in reg.standing.values()
        if r.min_age is not None or r.below_age is not None or r.with_parent
    )
    no_standing = next((g for g in reg.admissibility.values() if g.ground == "no_standing"), None)
    withdrawal = reg.provisions.get("withdrawal")
    plan = _Plan(
        owner=id(reg),
        standing=MappingProxyType({k: tuple(v) for k, v in by_role.items()}),
        age_roles=age_roles,
        has_standing={
            (role, lang): _fixed("standing", rules[0].citation, lang, role=role)
            for role, rules in by_role.items()
            if role not in age_roles
            for lang in LANGUAGES
        },
        admissible={lang: _fixed("admissible", None, lang) for lang in LANGUAGES},
        not_handled={lang: _fixed("deadlines_not_handled", None, lang) for lang in LANGUAGES},
        forwarded={lang: _fixed("deadlines_forwarded", None, lang) for lang in LANGUAGES},
        any_standing_citation=next((r.citation for r in reg.standing.values()), None),
        no_standing_citation=no_standing.citation if no_standing else None,
        routing=tuple(_route_plan(reg, rid, rule) for rid, rule in reg.routing.items()),
        grounds=tuple(
            g for g in (_ground(reg, rid, rule) for rid, rule in reg.admissibility.items()) if g
        ),
        steps=steps,
        variable_steps=tuple(p for p in steps if p.constant is None),
        terms={
            (handled, claims): tuple(
                p
                for p in running
                if p.term_id != "judgment_extension"
                and (handled or p.term_id in _COMPLAINANT_TERMS)
                and (claims or p.term_id not in _DAMAGES_TERMS)
            )
            for handled in (True, False)
            for claims in (True, False)
        },
        handling_terms=any(p.term_id not in _COMPLAINANT_TERMS for p in running),
        terms_by_id=MappingProxyType(terms),
        judgment=terms.get("judgment"),
        extension=terms.get("judgment_extension"),
        law_judgment=law,
        law_start_of=_date_of(law.start) if law else _no_date,
        law_key=_term_key(law.term, law.atw) if law else "",
        law_extension=law_ext,
        combined=_combined(judgment, ext) if judgment and ext else None,
        law_combined=_combined(law, law_ext) if law and law_ext else None,
        withdrawal_citation=withdrawal.citation if withdrawal else None,
        judgment_as_law=(
            _same_count(law, judgment, True)
            if law and judgment and law.start == judgment.start
            else None
        ),
        extension_as_law=bool(law_ext and ext and _same_count(law_ext, ext, True)),
        combined_key=(
            _term_key(_combined(judgment, ext), judgment.atw or ext.atw) if judgment and ext else ""
        ),
        law_combined_key=_term_key(_combined(law, law_ext), True) if law and law_ext else "",
        routes={},
        findings={},
        deadlines={},
    )
    reg._plan = plan
    return plan


def _fixed(code: str, citation: Citation | None, lang: Lang, **params: Any) -> Finding:
    """A finding that depends on the regulation alone, shared by all assessments."""
    return Finding(code, citation, MappingProxyType(params), lang)


def _term_plan(term_id: str, rule: TermRule) -> _TermPlan:
    done = _DONE_ON.get(term_id)
    return _TermPlan(
        term_id,
        _DEADLINE_IDS.get(term_id, term_id),
        rule,
        _term_key(rule.term, rule.atw),
        _date_of(rule.start),
        _date_of(done) if done else _no_date,
        id(rule.citation),
    )


def _route_plan(reg: Regulation, rule_id: str, rule: RoutingRule) -> _Route:
    bodies: Mapping[Lang, Body]
    if rule.forward_to == "other_provider":
        bodies = {
            lang: Body.model_construct(
                name=render("body.other_provider", lang),
                kind="provider",
                email=None,
                phone=None,
                web=None,
                address=None,
                citation=rule.citation,
            )
            for lang in LANGUAGES
        }
    else:
        bodies = dict.fromkeys(LANGUAGES, reg.bodies[rule.forward_to])
    unless = _compile(rule.unless) if rule.unless is not None else None
    return _Route(rule_id, rule, _compile(rule.when), unless, bodies)


def _step_plans(reg: Regulation) -> tuple[_StepPlan, ...]:
    judging = _judging_step(reg)
    steps = []
    for step_id, rule in reg.escalation.items():
        body = reg.bodies.get(rule.body) if rule.body else None
        params = MappingProxyType({"cond": rule.open_when})
        variants = {
            (lang, key): Step(
                step_id,
                rule.name,
                body.name if body else None,
                _contact(body),
                key == "step.open_because",
                rule.citation,
                key,
                params,
                lang,
            )
            for lang in LANGUAGES
            for key in _STEP_KEYS
        }
        steps.append(
            _StepPlan(
                step_id,
                rule,
                _compile(rule.open_when),
                rule.open_when.always,
                step_id == judging,
                variants,
            )
        )
    return tuple(steps)


def _contact(body: Body | None) -> str | None:
    if body is None:
        return None
    return ", ".join(x for x in (body.email, body.phone, body.web, body.address) if x) or None


def evaluate(
    reg: Regulation,
    complaint: Complaint,
    as_of: date | None = None,
    *,
    lang: Lang = "nl",
    calendar: LegalCalendar | None = None,
) -> Assessment:
    """Standing, admissibility, routing, route and deadlines of ``complaint`` under ``reg``."""
    cal = calendar or default_calendar()
    private = reg.__pydantic_private__  # direct: pydantic's __getattr__ is slow
    plan = private.get("_plan") if private else None
    if plan is None or plan.owner != id(reg):  # a copy (model_copy) gets its own plan
        plan = _plan(reg)
    ctx = _Ctx(reg, complaint, as_of, lang, cal, plan, cal._due_memo, {})
    general: list[Finding] = []
    standing = _standing(ctx)
    route_rule, forward_to, refused = _routing(ctx, general)
    admissibility = _admissibility(ctx, standing, refused)
    handled = standing.ok and admissibility.ok
    deadlines = _deadlines(ctx, general, forwarded=forward_to is not None, handled=handled)
    if complaint.withdrawn_on is not None:
        general.append(
            ctx.finding("withdrawn", plan.withdrawal_citation, on=complaint.withdrawn_on)
        )
    route, next_steps = _route(ctx, handled, route_rule, forward_to)
    return Assessment(
        reg.id,
        reg.version,
        as_of,
        standing,
        admissibility,
        forward_to,
        list(route),
        list(next_steps),
        deadlines,
        general,
        lang,
    )


def evaluate_many(
    reg: Regulation,
    complaints: Iterable[Complaint | Mapping[str, Any]],
    as_of: date | None = None,
    *,
    lang: Lang = "nl",
    calendar: LegalCalendar | None = None,
) -> Iterator[Assessment]:
    """:func:`evaluate` over an iterable, lazily; mappings are validated as complaints."""
    cal = calendar or default_calendar()
    for item in complaints:
        c = item if isinstance(item, Complaint) else Complaint.model_validate(item)
        yield evaluate(reg, c, as_of, lang=lang, calendar=cal)


# ------------------------------------------------------------------ standing


def _standing(ctx: _Ctx) -> Verdict:
    c = ctx.c
    rules = ctx.plan.standing.get(c.complainant_role)
    if not rules:
        cite = ctx.plan.any_standing_citation
        return Verdict(False, [ctx.shared("role_without_standing", cite, role=c.complainant_role)])
    if c.complainant_role not in ctx.plan.age_roles:  # the first rule holds
        return Verdict(True, [ctx.plan.has_standing[c.complainant_role, ctx.lang]])
    age = c.age_on(c.received_on)
    misses: list[Finding] = []
    for rule in rules:
        banded = rule.min_age is not None or rule.below_age is not None
        if banded and age is None:
            if rule.with_parent and not c.with_parent:
                continue
            return Verdict(
                True,
                [
                    ctx.shared("standing", rule.citation, role=rule.role),
                    ctx.shared("age_unknown", rule.citation),
                ],
            )
        if rule.min_age is not None and age is not None and age < rule.min_age:
            misses.append(ctx.finding("too_young", rule.citation, age=age, min=rule.min_age))
            continue
        if rule.below_age is not None and age is not None and age >= rule.below_age:
            continue
        if rule.with_parent and not c.with_parent:
            misses.append(ctx.finding("needs_parent", rule.citation, age=age))
            continue
        return Verdict(True, [ctx.shared("standing", rule.citation, role=rule.role)])
    return Verdict(
        False,
        misses[-1:]
        or [ctx.shared("role_without_standing", rules[0].citation, role=c.complainant_role)],
    )


# ------------------------------------------------------------------ routing


def _routing(
    ctx: _Ctx, general: list[Finding]
) -> tuple[_Route | None, Body | None, Finding | None]:
    """The routing rule that applies, the body forwarded to, and the finding when
    forwarding is refused."""
    for r in ctx.plan.routing:
        if not r.when(ctx):
            continue
        if r.unless is not None and r.unless(ctx):
            return None, None, ctx.shared("forwarding_refused", r.rule.citation)
        body = r.bodies[ctx.lang]
        general.append(ctx.shared("forwarded", r.rule.citation, body=body.name))
        return r, body, None
    return None, None, None


# ------------------------------------------------------------- admissibility


def _admissibility(ctx: _Ctx, standing: Verdict, refused: Finding | None) -> Verdict:
    if not standing.ok:
        cite = ctx.plan.no_standing_citation or standing.findings[0].citation
        return Verdict(False, [ctx.shared("no_standing", cite)])
    findings: list[Finding] = [] if refused is None else [refused]
    for check in ctx.plan.grounds:
        check(ctx, findings)
    for f in findings:
        if f.code in _BLOCKING:
            return Verdict(False, findings)
    findings.insert(0, ctx.plan.admissible[ctx.lang])
    return Verdict(True, findings)


_BLOCKING = frozenset(
    {
        "already_decided",
        "pending",
        "anonymous",
        "channel_not_accepted",
        "fact_ground",
        "out_of_time",
        "damages_time_barred",
        "forwarding_refused",
    }
)


def _ground(reg: Regulation, rule_id: str, g: AdmissibilityRule) -> Check | None:
    """The check of one admissibility ground, built once per regulation; None when the
    ground is decided elsewhere (``no_standing``) or can never apply."""
    cite = g.citation
    if g.ground == "already_decided":

        def already_decided(ctx: _Ctx, out: list[Finding]) -> None:
            if ctx.c.same_complaint_decided:
                out.append(ctx.shared("already_decided", cite))

        return already_decided
    if g.ground == "pending":

        def pending(ctx: _Ctx, out: list[Finding]) -> None:
            if ctx.c.same_complaint_pending:
                out.append(ctx.shared("pending", cite))

        return pending
    if g.ground == "anonymous":
        if all(rule.accepted for rule in reg.anonymity.values()):
            return None

        def anonymous(ctx: _Ctx, out: list[Finding]) -> None:
            if ctx.c.anonymous:
                out.append(ctx.shared("anonymous", cite))

        return anonymous
    if g.ground == "channel_not_accepted":
        refused = frozenset(ch for ch, rule in reg.channels.items() if not rule.accepted)

        def channel(ctx: _Ctx, out: list[Finding]) -> None:
            c = ctx.c
            if c.channel in refused and c.written_on is None:
                out.append(ctx.shared("channel_not_accepted", cite, channel=c.channel))

        return channel
    if g.ground == "fact" and g.fact is not None:
        name = g.fact
        if name.startswith("extra."):
            key = name[6:]

            def extra_ground(ctx: _Ctx, out: list[Finding]) -> None:
                if ctx.c.extra.get(key):
                    out.append(ctx.shared("fact_ground", cite, rule=rule_id, fact=name))

            return extra_ground
        fact = _fact(name)

        def fact_ground(ctx: _Ctx, out: list[Finding]) -> None:
            if fact(ctx):
                out.append(ctx.shared("fact_ground", cite, rule=rule_id, fact=name))

        return fact_ground
    if g.ground == "out_of_time" and g.term is not None:
        term = _term_plan(g.term, reg.terms[g.term])
        damages_yield, discretionary = g.unless_damages is not None, g.discretionary

        def out_of_time(ctx: _Ctx, out: list[Finding]) -> None:
            c, rule = ctx.c, term.rule
            if c.event_on is None:
                out.append(ctx.shared("event_unknown", rule.citation))
                return
            due = ctx.due(term.key, rule.term, c.event_on, rule.atw)
            if c.received_on <= due.due:
                return
            if damages_yield and c.claims_damages:
                out.extend(_damages(ctx))
                return
            out.append(ctx.finding("out_of_time", cite, due=due.due, term=rule.term.text))
            if discretionary:
                out.append(ctx.shared("discretionary", cite))

        return out_of_time
    return None


def _damages(ctx: _Ctx) -> list[Finding]:
    """BW 3:310: the statutory limitation instead of the regulation's filing term."""
    c, plans = ctx.c, ctx.plan.terms_by_id
    limit = plans.get("damages_limitation")
    if limit is None:
        return [ctx.shared("damages_no_limitation_rule")]
    rule = limit.rule
    if c.damage_known_on is None:
        return [ctx.shared("damage_known_unknown", rule.citation)]
    due = ctx.due(limit.key, rule.term, c.damage_known_on, rule.atw)
    if c.received_on > due.due:
        return [ctx.finding("damages_time_barred", rule.citation, due=due.due)]
    out = [ctx.finding("damages_limitation", rule.citation, due=due.due)]
    stop = plans.get("damages_long_stop")
    if stop is not None and c.event_on is not None:
        long_due = ctx.due(stop.key, stop.rule.term, c.event_on, stop.rule.atw)
        if c.received_on > long_due.due:
            return [ctx.finding("damages_time_barred", stop.rule.citation, due=long_due.due)]
    return out


# ------------------------------------------------------------------ deadlines


def _deadlines(
    ctx: _Ctx, general: list[Finding], *, forwarded: bool, handled: bool
) -> list[Deadline]:
    """The deadlines running, in their order; those of a handling that does not happen
    are not computed."""
    out: list[Deadline] = []
    c, plan, memo, dues = ctx.c, ctx.plan, ctx.memo, ctx.dues
    stopped = forwarded or not handled
    for p in plan.terms[not stopped, c.claims_damages]:
        term_id = p.term_id
        if term_id == "judgment":
            _judgment(ctx, general, out)
            continue
        start = p.start_of(c)
        if start is None:
            continue
        rule = p.rule
        due = memo.get((p.key, start)) or ctx.due(p.key, rule.term, start, rule.atw)
        dues[term_id] = due
        out.append(_deadline(ctx, p, due))
    if forwarded:
        general.append(plan.forwarded[ctx.lang])
    elif stopped and plan.handling_terms:
        general.append(plan.not_handled[ctx.lang])
    withdrawn = c.withdrawn_on
    if withdrawn is not None:  # handling stops: duties not yet due at withdrawal lapse
        out = [d for d in out if d.id in _COMPLAINANT_TERMS or d.due < withdrawn]
    return out


def _deadline(ctx: _Ctx, p: _TermPlan, due: DueDate) -> Deadline:
    """The deadline of ``p`` due on ``due``, showing the term ``due`` was counted with."""
    as_of, last = ctx.as_of, due.due
    done = p.done_of(ctx.c)
    status: Status | None
    if done is not None and (as_of is None or done <= as_of):
        status = "met" if done <= last else "missed"
    elif as_of is None:
        status = None
    else:
        status = "open" if as_of <= last else "missed"
    # Deadlines are immutable, so equal ones are shared. The key holds ids: of a citation,
    # which lives as long as the regulation, and of a due date, which the deadline kept
    # here holds on to, so neither id can be reused while the entry exists.
    key = (p.deadline_id, p.citation_id, id(due), status, ctx.lang)
    memo = ctx.plan.deadlines
    found = memo.get(key)
    if found is None:
        if len(memo) >= _MEMO_SIZE:
            memo.clear()
        found = memo[key] = Deadline(
            p.deadline_id,
            due.start,
            last,
            due.term.text,
            last != due.plain,
            status,
            p.rule.citation,
            due,
            ctx.lang,
        )
    return found


def _combined(first: TermRule, ext: TermRule) -> Term:
    """Six weeks extended by four: a ten-week term from the same start."""
    if first.term.unit is ext.term.unit:
        amount = first.term.amount + ext.term.amount
        return Term(amount, first.term.unit, f"{first.term.text} + {ext.term.text}")
    raise ValueError("extension in another unit than its term")  # pragma: no cover


def _same_count(a: TermRule, b: TermRule, same_start: bool) -> bool:
    """Whether two term rules give the same due date from the same start."""
    return a is b or (same_start and a.term == b.term and a.atw == b.atw)


def _judgment(ctx: _Ctx, general: list[Finding], out: list[Deadline]) -> None:
    c, plan = ctx.c, ctx.plan
    p = plan.judgment
    assert p is not None  # called for the term "judgment" only
    rule, law = p.rule, plan.law_judgment
    start = p.start_of(c)
    if start is None:
        general.append(ctx.shared("judgment_not_started", rule.citation))
        return
    if c.withdrawn_on is not None and (c.judgment_on is None or c.withdrawn_on < c.judgment_on):
        return
    memo = ctx.memo
    chosen = rule
    due = memo.get((p.key, start)) or ctx.due(p.key, rule.term, start, rule.atw)
    # Whether the term chosen counts as the law's: then the law's extension need not be
    # compared either.
    as_law = False
    if law is not None:
        law_start = plan.law_start_of(c) or start
        known = plan.judgment_as_law
        as_law = _same_count(law, rule, law_start == start) if known is None else known
        if not as_law:
            law_due = ctx.due(plan.law_key, law.term, law_start, law.atw)
            if law_due.due < due.due:
                general.append(
                    ctx.shared(
                        "later_than_law", rule.citation, term=rule.term.text, law_term=law.term.text
                    )
                )
                chosen, due, as_law = law, law_due, True
    e = plan.extension
    outer: DueDate | None = None
    if e is not None:
        ext, law_ext = e.rule, plan.law_extension
        if chosen is rule and plan.combined is not None:
            total, atw, key = plan.combined, rule.atw or ext.atw, plan.combined_key
        else:
            total, atw = _combined(chosen, ext), chosen.atw or ext.atw
            key = _term_key(total, atw)
        outer = memo.get((key, due.start)) or ctx.due(key, total, due.start, atw)
        if law is not None and law_ext is not None and not (as_law and plan.extension_as_law):
            law_total = plan.law_combined
            assert law_total is not None  # the plan has it when the law has both terms
            law_outer = ctx.due(plan.law_combined_key, law_total, due.start, True)
            if law_outer.due < outer.due:
                general.append(
                    ctx.shared(
                        "later_than_law", ext.citation, term=total.text, law_term=law_total.text
                    )
                )
                outer = law_outer
    current = due
    notified = c.extension_notified_on
    if outer is not None and e is not None and notified is not None:
        if notified <= due.due:
            general.append(
                ctx.finding("extension_notified", e.rule.citation, on=notified, due=outer.due)
            )
            current = outer
        else:
            general.append(
                ctx.finding("extension_too_late", e.rule.citation, on=notified, due=due.due)
            )
    ctx.dues["judgment"] = current
    citation_plan = p if chosen is rule else _term_plan("judgment", chosen)
    out.append(_deadline(ctx, citation_plan, current))
    if outer is not None and e is not None:
        ctx.dues["judgment_extension"] = outer
        out.append(_deadline(ctx, e, outer))


# ---------------------------------------------------------------------- route

_NO_PARAMS: Mapping[str, Any] = MappingProxyType({})


def _route(
    ctx: _Ctx, handled: bool, routed: _Route | None, forward_to: Body | None
) -> tuple[tuple[Step, ...], tuple[Step, ...]]:
    """The escalation path and its open steps; built once per combination of what
    decides them."""
    plan, lang = ctx.plan, ctx.lang
    c, as_of = ctx.c, ctx.as_of
    withdrawn = c.withdrawn_on is not None and (as_of is None or c.withdrawn_on <= as_of)
    judged = c.judgment_on is not None and (as_of is None or c.judgment_on <= as_of)
    if forward_to is not None or withdrawn:
        tests: tuple[bool, ...] = ()  # every step is closed whatever its condition
    else:
        tests = tuple([p.test(ctx) for p in plan.variable_steps])
    key = (routed.rule_id if routed else None, withdrawn, handled, judged, lang, tests)
    found = plan.routes.get(key)
    if found is not None:
        return found
    route: list[Step] = []
    if forward_to is not None:
        route.append(
            Step(
                _forward_id(ctx.reg, forward_to),
                forward_to.name,
                forward_to.name,
                _contact(forward_to),
                True,
                forward_to.citation,
                "step.forwarded_to",
                _NO_PARAMS,
                lang,
            )
        )
    variable = {p.step_id: t for p, t in zip(plan.variable_steps, tests, strict=False)}
    for p in plan.steps:
        if forward_to is not None:
            reason = "step.closed_forwarded"
        elif withdrawn:
            reason = "step.closed_withdrawn"
        elif p.rule.formal and not handled:
            reason = "step.closed_inadmissible"
        elif p.judging and judged:
            reason = "step.done"
        elif p.constant if p.constant is not None else variable[p.step_id]:
            reason = "step.open_because"
        else:
            reason = "step.closed_because"
        route.append(p.variants[(lang, reason)])
    found = plan.routes[key] = (tuple(route), tuple(s for s in route if s.open))
    return found


def _judging_step(reg: Regulation) -> str | None:
    """The step that gives the judgment: the provider's formal handling, or where a
    regulation leaves that out (PolyPartners: the Facit committee), its first formal step."""
    provider = reg.escalation.get("provider")
    if provider is not None and provider.formal:
        return "provider"
    return next((k for k, v in reg.escalation.items() if v.formal), None)


def _forward_id(reg: Regulation, body: Body) -> str:
    return next((k for k, v in reg.bodies.items() if v is body), "other_provider")
