"""Evaluating a complaint under an effective regulation.

Pure: the same regulation, complaint and ``as_of`` give the same assessment; no
clock, no I/O, inputs are never changed. What the complaint does not say is
unknown, and an unknown fact satisfies no condition (``satisfied`` absent is
neither satisfied nor dissatisfied).

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
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType
from typing import Any

from klachtregels.assessment import Assessment, Deadline, Finding, Status, Step, Verdict
from klachtregels.calendar import LegalCalendar, default_calendar
from klachtregels.complaint import Complaint
from klachtregels.messages import LANGUAGES, Lang, render
from klachtregels.regulation import Body, Citation, Condition, Regulation, StepRule, TermRule
from klachtregels.terms import DueDate, Term, due_date

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


@dataclass
class _Ctx:
    reg: Regulation
    c: Complaint
    as_of: date | None
    lang: Lang
    cal: LegalCalendar
    dues: dict[str, DueDate] = field(default_factory=dict)
    memo: dict[tuple[Any, ...], DueDate] = field(default_factory=dict)

    def due(self, term: Term, start: date, atw: bool) -> DueDate:
        """:func:`due_date` on this calendar, computed once per evaluation."""
        key = (term.amount, term.unit, start, atw)
        found = self.memo.get(key)
        if found is None:
            found = self.memo[key] = due_date(term, start, atw=atw, calendar=self.cal)
        return found

    def finding(self, code: str, citation: Citation | None = None, **params: Any) -> Finding:
        return Finding(code, citation, params, self.lang)

    def value(self, name: str) -> Any:
        if name.startswith("extra."):
            return self.c.extra.get(name[6:])
        return getattr(self.c, name)

    def date_of(self, name: str) -> date | None:
        if name == "in_writing":
            return self.c.written_on
        v = self.value(_STARTS.get(name, name))
        return v if isinstance(v, date) else None

    def fact(self, name: str) -> bool | None:
        c, as_of = self.c, self.as_of
        if name == "judgment_given":
            return c.judgment_on is not None and (as_of is None or c.judgment_on <= as_of)
        if name == "withdrawn":
            return c.withdrawn_on is not None and (as_of is None or c.withdrawn_on <= as_of)
        if name == "extension_notified":
            return c.extension_notified_on is not None
        if name == "in_writing":
            return c.written_on is not None
        v = self.value(name)
        return None if v is None else bool(v)

    def holds(self, cond: Condition) -> bool:
        if cond.always is not None:
            return cond.always
        if cond.fact is not None:
            v = self.fact(cond.fact)
            return v is not None and v == cond.equals
        if cond.deadline_passed is not None:
            return self.passed(cond.deadline_passed)
        if cond.any is not None:
            return any(self.holds(x) for x in cond.any)
        if cond.all is not None:
            return all(self.holds(x) for x in cond.all)
        assert cond.not_ is not None
        return not self.holds(cond.not_)

    def passed(self, term_id: str) -> bool:
        due = self.dues.get(term_id)
        if due is None or self.as_of is None:
            return False
        done = self.done_on(term_id)
        return self.as_of > due.due and (done is None or done > due.due)

    def done_on(self, term_id: str) -> date | None:
        name = _DONE_ON.get(term_id)
        if name is None:
            return None
        v = self.value(name)
        return v if isinstance(v, date) else None


Test = Callable[["_Ctx"], bool]
DateOf = Callable[[Complaint], "date | None"]


def _date_of(event: str) -> DateOf:
    """How to read the date of a start event from a complaint, decided once."""
    if event == "in_writing":
        return lambda c: c.written_on
    name = _STARTS.get(event, event)
    if name.startswith("extra."):
        key = name[6:]

        def from_extra(c: Complaint) -> date | None:
            v = c.extra.get(key)
            return v if isinstance(v, date) else None

        return from_extra
    return lambda c: getattr(c, name)


def _compile(cond: Condition) -> Test:
    """A condition as a function of the evaluation context, built once per regulation."""
    if cond.always is not None:
        value = cond.always
        return lambda ctx: value
    if cond.fact is not None:
        name, want = cond.fact, cond.equals
        return lambda ctx: ctx.fact(name) == want  # None (unknown) equals neither
    if cond.deadline_passed is not None:
        term_id = cond.deadline_passed
        return lambda ctx: ctx.passed(term_id)
    if cond.any is not None:
        parts = tuple(_compile(x) for x in cond.any)
        return lambda ctx: any(p(ctx) for p in parts)
    if cond.all is not None:
        parts = tuple(_compile(x) for x in cond.all)
        return lambda ctx: all(p(ctx) for p in parts)
    assert cond.not_ is not None
    inner = _compile(cond.not_)
    return lambda ctx: not inner(ctx)


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
    judging: bool
    #: The step as it appears in an assessment, per (language, reason key): immutable,
    #: so every assessment shares these.
    variants: Mapping[tuple[Lang, str], Step]


@dataclass(frozen=True, slots=True)
class _Plan:
    """What follows from the regulation alone: derived once, reused for every complaint."""

    steps: tuple[_StepPlan, ...]
    #: The terms that can run, each with how to read its start from a complaint.
    terms: tuple[tuple[str, TermRule, DateOf], ...]
    combined: Term | None
    law_combined: Term | None
    law_judgment: TermRule | None
    law_extension: TermRule | None


def _plan(reg: Regulation) -> _Plan:
    private = reg.__pydantic_private__ or {}  # direct: pydantic's __getattr__ is slow
    cached = private.get("_plan")
    if isinstance(cached, _Plan):
        return cached
    judging = _judging_step(reg)
    steps = []
    for step_id, rule in reg.escalation.items():
        body = reg.bodies.get(rule.body) if rule.body else None
        contact = None
        if body is not None:
            contact = ", ".join(x for x in (body.email, body.phone, body.web, body.address) if x)
        params = MappingProxyType({"cond": rule.open_when})
        variants = {
            (lang, key): Step(
                step_id,
                rule.name,
                body.name if body else None,
                contact or None,
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
            _StepPlan(step_id, rule, _compile(rule.open_when), step_id == judging, variants)
        )
    terms = tuple(
        (tid, rule, _date_of(rule.start))
        for tid, rule in reg.terms.items()
        if not rule.consent_required and (not rule.extends or tid == "judgment_extension")
    )
    judgment, ext = reg.terms.get("judgment"), reg.terms.get("judgment_extension")
    law, law_ext = reg.law_rule("terms", "judgment"), reg.law_rule("terms", "judgment_extension")
    plan = _Plan(
        steps=tuple(steps),
        terms=terms,
        combined=_combined(judgment, ext) if judgment and ext else None,
        law_combined=_combined(law, law_ext) if law and law_ext else None,
        law_judgment=law,
        law_extension=law_ext,
    )
    reg._plan = plan
    return plan


def evaluate(
    reg: Regulation,
    complaint: Complaint,
    as_of: date | None = None,
    *,
    lang: Lang = "nl",
    calendar: LegalCalendar | None = None,
) -> Assessment:
    """Standing, admissibility, routing, route and deadlines of ``complaint`` under ``reg``."""
    ctx = _Ctx(reg, complaint, as_of, lang, calendar or default_calendar())
    general: list[Finding] = []
    standing = _standing(ctx)
    forward_to, refused = _routing(ctx, general)
    admissibility = _admissibility(ctx, standing, refused)
    plan = _plan(reg)
    deadlines = _deadlines(
        ctx,
        plan,
        general,
        forwarded=forward_to is not None,
        handled=standing.ok and admissibility.ok,
    )
    if complaint.withdrawn_on is not None:
        general.append(
            ctx.finding(
                "withdrawn", _provision_citation(reg, "withdrawal"), on=complaint.withdrawn_on
            )
        )
    route = _route(ctx, plan, standing, admissibility, forward_to)
    return Assessment(
        regulation=reg.id,
        version=reg.version,
        as_of=as_of,
        standing=standing,
        admissibility=admissibility,
        forward_to=forward_to,
        route=route,
        next_steps=[s for s in route if s.open],
        deadlines=deadlines,
        findings=general,
        lang=lang,
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
    reg, c = ctx.reg, ctx.c
    rules = [(rid, r) for rid, r in reg.standing.items() if r.role == c.complainant_role]
    if not rules:
        any_rule = next(iter(reg.standing.values()), None)
        return Verdict(
            ok=False,
            findings=[
                ctx.finding(
                    "role_without_standing",
                    any_rule.citation if any_rule else None,
                    role=c.complainant_role,
                )
            ],
        )
    age = c.age_on(c.received_on)
    misses: list[Finding] = []
    for _, rule in rules:
        banded = rule.min_age is not None or rule.below_age is not None
        if banded and age is None:
            if rule.with_parent and not c.with_parent:
                continue
            return Verdict(
                ok=True,
                findings=[
                    ctx.finding("standing", rule.citation, role=rule.role),
                    ctx.finding("age_unknown", rule.citation),
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
        return Verdict(ok=True, findings=[ctx.finding("standing", rule.citation, role=rule.role)])
    return Verdict(
        ok=False,
        findings=misses[-1:]
        or [ctx.finding("role_without_standing", rules[0][1].citation, role=c.complainant_role)],
    )


# ------------------------------------------------------------------ routing


def _routing(ctx: _Ctx, general: list[Finding]) -> tuple[Body | None, Finding | None]:
    """The body to forward to, and the finding when forwarding is refused."""
    for rule in ctx.reg.routing.values():
        if not ctx.holds(rule.when):
            continue
        if rule.unless is not None and ctx.holds(rule.unless):
            return None, ctx.finding("forwarding_refused", rule.citation)
        if rule.forward_to == "other_provider":
            body = Body.model_construct(
                name=render("body.other_provider", ctx.lang),
                kind="provider",
                email=None,
                phone=None,
                web=None,
                address=None,
                citation=rule.citation,
            )
        else:
            body = ctx.reg.bodies[rule.forward_to]
        general.append(ctx.finding("forwarded", rule.citation, body=body.name))
        return body, None
    return None, None


# ------------------------------------------------------------- admissibility


def _admissibility(ctx: _Ctx, standing: Verdict, refused: Finding | None) -> Verdict:
    reg, c = ctx.reg, ctx.c
    findings: list[Finding] = []
    if not standing.ok:
        ground = next((g for g in reg.admissibility.values() if g.ground == "no_standing"), None)
        cite = ground.citation if ground else standing.findings[0].citation
        return Verdict(ok=False, findings=[ctx.finding("no_standing", cite)])
    if refused is not None:
        findings.append(refused)
    for rule_id, g in reg.admissibility.items():
        if g.ground == "already_decided" and c.same_complaint_decided:
            findings.append(ctx.finding("already_decided", g.citation))
        elif g.ground == "pending" and c.same_complaint_pending:
            findings.append(ctx.finding("pending", g.citation))
        elif g.ground == "anonymous" and c.anonymous and not _anonymity_accepted(reg):
            findings.append(ctx.finding("anonymous", g.citation))
        elif g.ground == "channel_not_accepted":
            rule = reg.channels.get(c.channel)
            if rule is not None and not rule.accepted and c.written_on is None:
                findings.append(ctx.finding("channel_not_accepted", g.citation, channel=c.channel))
        elif g.ground == "fact" and g.fact is not None and ctx.fact(g.fact):
            findings.append(ctx.finding("fact_ground", g.citation, rule=rule_id, fact=g.fact))
        elif g.ground == "out_of_time" and g.term is not None:
            findings.extend(
                _out_of_time(ctx, g.term, g.citation, g.unless_damages is not None, g.discretionary)
            )
    ok = not any(f.code in _BLOCKING for f in findings)
    if ok:
        findings.insert(0, ctx.finding("admissible"))
    return Verdict(ok=ok, findings=findings)


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


def _anonymity_accepted(reg: Regulation) -> bool:
    return all(rule.accepted for rule in reg.anonymity.values())


def _out_of_time(
    ctx: _Ctx, term_id: str, cite: Citation, damages_yield: bool, discretionary: bool
) -> list[Finding]:
    c = ctx.c
    rule = ctx.reg.terms[term_id]
    if c.event_on is None:
        return [ctx.finding("event_unknown", rule.citation)]
    due = ctx.due(rule.term, c.event_on, rule.atw)
    if c.received_on <= due.due:
        return []
    if damages_yield and c.claims_damages:
        return _damages(ctx)
    out = [ctx.finding("out_of_time", cite, due=due.due, term=rule.term.text)]
    if discretionary:
        out.append(ctx.finding("discretionary", cite))
    return out


def _damages(ctx: _Ctx) -> list[Finding]:
    """BW 3:310: the statutory limitation instead of the regulation's filing term."""
    c, terms = ctx.c, ctx.reg.terms
    out: list[Finding] = []
    limit = terms.get("damages_limitation")
    if limit is None:
        return [ctx.finding("damages_no_limitation_rule")]
    if c.damage_known_on is None:
        return [ctx.finding("damage_known_unknown", limit.citation)]
    due = ctx.due(limit.term, c.damage_known_on, limit.atw)
    if c.received_on > due.due:
        return [ctx.finding("damages_time_barred", limit.citation, due=due.due)]
    out.append(ctx.finding("damages_limitation", limit.citation, due=due.due))
    stop = terms.get("damages_long_stop")
    if stop is not None and c.event_on is not None:
        long_due = ctx.due(stop.term, c.event_on, stop.atw)
        if c.received_on > long_due.due:
            return [ctx.finding("damages_time_barred", stop.citation, due=long_due.due)]
    return out


# ------------------------------------------------------------------ deadlines


_RANK = {d: i for i, d in enumerate(DEADLINE_ORDER)}

#: Deadlines about the complainant's own rights, which run whatever the provider does.
_COMPLAINANT_TERMS = frozenset({"filing", "damages_limitation", "damages_long_stop"})


def _deadlines(
    ctx: _Ctx, plan: _Plan, general: list[Finding], *, forwarded: bool, handled: bool
) -> list[Deadline]:
    """The deadlines running; those of a handling that does not happen are not computed."""
    out: list[Deadline] = []
    claims = ctx.c.claims_damages
    dropped = False
    for term_id, rule, start_of in plan.terms:
        if term_id in ("damages_limitation", "damages_long_stop") and not claims:
            continue
        if (forwarded or not handled) and term_id not in _COMPLAINANT_TERMS:
            dropped = True
            continue
        if term_id == "judgment":
            out.extend(_judgment(ctx, plan, general))
            continue
        if term_id == "judgment_extension":
            continue  # computed with the judgment
        start = start_of(ctx.c)
        if start is None:
            continue
        due = ctx.due(rule.term, start, rule.atw)
        ctx.dues[term_id] = due
        out.append(_deadline(ctx, term_id, rule, due))
    if forwarded:
        general.append(ctx.finding("deadlines_forwarded"))
    elif dropped:
        general.append(ctx.finding("deadlines_not_handled"))
    withdrawn = ctx.c.withdrawn_on
    if withdrawn is not None:  # handling stops: duties not yet due at withdrawal lapse
        out = [d for d in out if d.id in _COMPLAINANT_TERMS or d.due < withdrawn]
    return sorted(out, key=lambda d: _RANK.get(d.id, len(_RANK)))


def _status(ctx: _Ctx, term_id: str, due: date) -> Status | None:
    done = ctx.done_on(term_id)
    if done is not None and (ctx.as_of is None or done <= ctx.as_of):
        return "met" if done <= due else "missed"
    if ctx.as_of is None:
        return None
    return "open" if ctx.as_of <= due else "missed"


def _deadline(
    ctx: _Ctx, term_id: str, rule: TermRule, due: DueDate, shown: Term | None = None
) -> Deadline:
    return Deadline(
        id=_DEADLINE_IDS.get(term_id, term_id),
        start=due.start,
        due=due.due,
        term=(shown or rule.term).text,
        atw_extended=due.due != due.plain,
        status=_status(ctx, term_id, due.due),
        citation=rule.citation,
        computation=due,
        lang=ctx.lang,
    )


def _combined(first: TermRule, ext: TermRule) -> Term:
    """Six weeks extended by four: a ten-week term from the same start."""
    if first.term.unit is ext.term.unit:
        amount = first.term.amount + ext.term.amount
        return Term(amount, first.term.unit, f"{first.term.text} + {ext.term.text}")
    raise ValueError("extension in another unit than its term")  # pragma: no cover


def _same_count(a: TermRule, b: TermRule, same_start: bool) -> bool:
    """Whether two term rules give the same due date from the same start."""
    return a is b or (same_start and a.term == b.term and a.atw == b.atw)


def _judgment(ctx: _Ctx, plan: _Plan, general: list[Finding]) -> list[Deadline]:
    reg, c = ctx.reg, ctx.c
    rule = reg.terms["judgment"]
    law = plan.law_judgment
    start = ctx.date_of(rule.start)
    if start is None:
        general.append(ctx.finding("judgment_not_started", rule.citation))
        return []
    if c.withdrawn_on is not None and (c.judgment_on is None or c.withdrawn_on < c.judgment_on):
        return []
    chosen, due = rule, ctx.due(rule.term, start, rule.atw)
    law_start = (ctx.date_of(law.start) or start) if law is not None else start
    if law is not None and not _same_count(law, rule, law_start == start):
        law_due = ctx.due(law.term, law_start, law.atw)
        if law_due.due < due.due:
            general.append(
                ctx.finding(
                    "later_than_law", rule.citation, term=rule.term.text, law_term=law.term.text
                )
            )
            chosen, due = law, law_due
    ext = reg.terms.get("judgment_extension")
    outer: DueDate | None = None
    if ext is not None:
        law_ext = plan.law_extension
        total = plan.combined if chosen is rule and plan.combined else _combined(chosen, ext)
        outer = ctx.due(total, due.start, chosen.atw or ext.atw)
        same = law is not None and _same_count(law, chosen, law_start == due.start)
        if (
            law is not None
            and law_ext is not None
            and not (same and _same_count(law_ext, ext, True))
        ):
            law_total = plan.law_combined or _combined(law, law_ext)
            law_outer = ctx.due(law_total, due.start, True)
            if law_outer.due < outer.due:
                general.append(
                    ctx.finding(
                        "later_than_law",
                        ext.citation,
                        term=total.text,
                        law_term=law_total.text,
                    )
                )
                outer = law_outer
    current, current_term = due, chosen.term
    if outer is not None and ext is not None and c.extension_notified_on is not None:
        if c.extension_notified_on <= due.due:
            general.append(
                ctx.finding(
                    "extension_notified", ext.citation, on=c.extension_notified_on, due=outer.due
                )
            )
            current, current_term = outer, outer.term
        else:
            general.append(
                ctx.finding(
                    "extension_too_late", ext.citation, on=c.extension_notified_on, due=due.due
                )
            )
    ctx.dues["judgment"] = current
    out = [_deadline(ctx, "judgment", chosen, current, current_term)]
    if outer is not None and ext is not None:
        ctx.dues["judgment_extension"] = outer
        out.append(_deadline(ctx, "judgment_extension", ext, outer, outer.term))
    return out


# ---------------------------------------------------------------------- route


def _route(
    ctx: _Ctx, plan: _Plan, standing: Verdict, admissibility: Verdict, forward_to: Body | None
) -> list[Step]:
    reg = ctx.reg
    route: list[Step] = []
    if forward_to is not None:
        route.append(
            _step(
                ctx,
                _forward_id(reg, forward_to),
                forward_to.name,
                forward_to,
                True,
                "step.forwarded_to",
                {},
                forward_to.citation,
            )
        )
    withdrawn = ctx.fact("withdrawn")
    handled = standing.ok and admissibility.ok
    judged = ctx.fact("judgment_given")
    lang = ctx.lang
    for p in plan.steps:
        if forward_to is not None:
            key = "step.closed_forwarded"
        elif withdrawn:
            key = "step.closed_withdrawn"
        elif p.rule.formal and not handled:
            key = "step.closed_inadmissible"
        elif p.judging and judged:
            key = "step.done"
        elif p.test(ctx):
            key = "step.open_because"
        else:
            key = "step.closed_because"
        route.append(p.variants[(lang, key)])
    return route


def _judging_step(reg: Regulation) -> str | None:
    """The step that gives the judgment: the provider's formal handling, or where a
    regulation leaves that out (PolyPartners: the Facit committee), its first formal step."""
    provider = reg.escalation.get("provider")
    if provider is not None and provider.formal:
        return "provider"
    return next((k for k, v in reg.escalation.items() if v.formal), None)


def _forward_id(reg: Regulation, body: Body) -> str:
    return next((k for k, v in reg.bodies.items() if v is body), "other_provider")


def _step(
    ctx: _Ctx,
    step_id: str,
    name: str,
    body: Body | None,
    is_open: bool,
    key: str,
    params: dict[str, Any],
    citation: Citation,
) -> Step:
    contact = None
    if body is not None:
        contact = ", ".join(x for x in (body.email, body.phone, body.web, body.address) if x)
    return Step(
        id=step_id,
        name=name,
        body=body.name if body else None,
        contact=contact or None,
        open=is_open,
        citation=citation,
        reason_key=key,
        reason_params=params,
        lang=ctx.lang,
    )


def _provision_citation(reg: Regulation, provision_id: str) -> Citation | None:
    p = reg.provisions.get(provision_id)
    return p.citation if p else None
