"""The reference evaluator: a plain interpreter of the effective regulation.

:func:`evaluate_reference` gives the same :class:`~klachtregels.engine.assessment.Assessment`
as :func:`klachtregels.evaluate`, worked out the slow way: every rule is read straight from
the loaded regulation (its own rules, and the law base's floors, ``Regulation.floors``)
and the vocabulary, every day straight from the complaint (its fields and its events);
nothing is compiled, nothing remembered. It is there to check a surprising answer, and as
the oracle of ``tests/test_reference.py``: the fast evaluator must agree with it, field for
field, on any complaint. One small function per conclusion, each citing its rule.

The order of an evaluation: the withdrawal, whether the version is in force, standing,
routing, admissibility, the deadlines, then the escalation route.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from klachtregels.engine.assessment import Assessment, Deadline, Finding, Step, Verdict
from klachtregels.engine.reference_judgment import judgment_deadlines
from klachtregels.engine.reference_read import (
    Case,
    fact,
    holds,
    judged_on,
    term_start,
    withdrawal,
    written_on,
)
from klachtregels.engine.reference_terms import (
    count_or_say,
    damages,
    filed_on,
    other_deadlines,
    runs,
    survives,
)
from klachtregels.law.calendar import LegalCalendar, default_calendar
from klachtregels.messages import Lang, render
from klachtregels.model.complaint import Complaint
from klachtregels.model.regulation import (
    AdmissibilityRule,
    Body,
    Citation,
    Regulation,
    RoutingRule,
    StandingRule,
    StepRule,
)
from klachtregels.model.vocabulary import BLOCKING_FINDINGS, ROLE_IS_A, STEPS, TERM_IDS, TERM_KINDS
from klachtregels.model.wording import closed_reason

__all__ = ["evaluate_reference"]


def evaluate_reference(
    reg: Regulation,
    complaint: Complaint,
    as_of: date | None = None,
    *,
    lang: Lang = "nl",
    calendar: LegalCalendar | None = None,
) -> Assessment:
    """Standing, admissibility, routing, route and deadlines of ``complaint`` under ``reg``,
    by the plain reading of the rules: slow, and equal to :func:`klachtregels.evaluate`."""
    case = Case(reg, complaint, as_of, lang, calendar or default_calendar())
    general = _withdrawal_findings(case)
    if as_of is not None and as_of < complaint.received_on:  # said, not refused
        received = complaint.received_on
        general.append(case.finding("judged_before_receipt", as_of=as_of, received_on=received))
    if not _in_force(reg, complaint.received_on):
        general.append(
            case.finding(
                "not_in_force",
                version=reg.version,
                valid_from=reg.valid_from,
                valid_until=reg.valid_until,
            )
        )
    standing = _standing(case)
    routed, forward_to, refused = _routing(case, general)
    admissibility = _admissibility(case, standing, refused)
    handled = standing.ok and admissibility.ok
    running = _deadlines(case, general, forward_to is not None, handled)
    withdrawal_act = reg.acts.get("withdrawal")
    if case.withdrawn_on is not None:
        cite = withdrawal_act.citation if withdrawal_act else None
        general.append(case.finding("withdrawn", cite, on=case.withdrawn_on))
    route, by_law = _route(case, handled, routed, forward_to)
    general.extend(by_law)
    general.extend(_kept_steps(case))
    return Assessment(
        reg.id,
        reg.version,
        as_of,
        standing,
        admissibility,
        forward_to,
        route,
        [s for s in route if s.open],
        running,
        general,
        lang,
        complaint.id,
    )


def _withdrawal_findings(case: Case) -> list[Finding]:
    """A withdrawal counts from its day on; where the regulation asks for it in writing
    (Livio art. 9: "schriftelijk of per e-mail"), an oral one does not count."""
    c = case.c
    if not case.happened(c.withdrawn_on):
        return []
    case.withdrawn_on, refused = withdrawal(case)
    if refused is None:
        return []
    act = case.reg.acts.get("withdrawal")
    cite = act.citation if act else None
    return [case.finding("withdrawal_not_in_writing", cite, on=refused.on, channel=refused.channel)]


def _in_force(reg: Regulation, day: date) -> bool:
    """Whether the version is in force on the day of receipt (valid_from, valid_until)."""
    return reg.valid_from <= day and (reg.valid_until is None or day <= reg.valid_until)


# ---------------------------------------------------------------- standing


def _rules_for(rules: list[StandingRule], role: str) -> list[StandingRule]:
    """The rules that name ``role``, then those of the broader role it is a case of
    (``ROLE_IS_A``: a parent with authority is a legal representative, BW 7:465)."""
    broader = ROLE_IS_A.get(role)
    return [r for r in rules if r.role == role] + [r for r in rules if r.role == broader]


def _standing(case: Case) -> Verdict:
    """Standing under the regulation's rules for the complainant's role; where they fail,
    under a right the law gives (a floor: Wkkgz art. 14, Jeugdwet art. 4.2.1 lid 4) that
    the regulation narrowed or left out, citing the regulation's narrower text."""
    reg, role = case.reg, case.c.complainant_role
    verdict = _under(case, _rules_for(list(reg.standing.values()), role))
    if verdict.ok:
        return verdict
    narrowed = _narrowed_rights(reg)
    for law in _rules_for(list(narrowed), role):
        if _under(case, [law]).ok:
            overrides = narrowed[law]
            return Verdict(
                True, [case.finding("standing_by_law", law.citation, overrides, role=law.role)]
            )
    return verdict


def _narrowed_rights(reg: Regulation) -> dict[StandingRule, Citation | None]:
    """The law's standing rights that the regulation replaced or left out, each with the
    citation of the regulation's own rule (or of its omission)."""
    out: dict[StandingRule, Citation | None] = {}
    for rid, law in reg.floors("standing").items():
        own = reg.standing.get(rid)
        if own is law:
            continue  # in force as the law gives it
        omitted = reg.omission("standing", rid)
        out[law] = own.citation if own else omitted.citation if omitted else None
    return out


def _under(case: Case, rules: list[StandingRule]) -> Verdict:
    """Standing under ``rules``: the first whose age band and parent condition hold (age on
    the day of receipt; without a birth date an age band is taken as met, and said)."""
    c = case.c
    if not rules:
        cite = next((r.citation for r in case.reg.standing.values()), None)
        return Verdict(
            False, [case.finding("role_without_standing", cite, role=c.complainant_role)]
        )
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
                    case.finding("standing", rule.citation, role=rule.role),
                    case.finding("age_unknown", rule.citation),
                ],
            )
        if rule.min_age is not None and age is not None and age < rule.min_age:
            misses.append(case.finding("too_young", rule.citation, age=age, min=rule.min_age))
        elif rule.below_age is not None and age is not None and age >= rule.below_age:
            pass
        elif rule.with_parent and not c.with_parent:
            misses.append(case.finding("needs_parent", rule.citation, age=age))
        else:
            return Verdict(True, [case.finding("standing", rule.citation, role=rule.role)])
    last = misses[-1:] or [
        case.finding("role_without_standing", rules[0].citation, role=c.complainant_role)
    ]
    return Verdict(False, last)


# ---------------------------------------------------------------- routing, admissibility


def _forwarded_body(case: Case, rule: RoutingRule) -> Body:
    """The body a complaint goes to: one of the regulation's, or "the other provider"."""
    if rule.forward_to != "other_provider":
        return case.reg.bodies[rule.forward_to]
    name = render("body.other_provider", case.lang)
    return Body(name=name, kind="provider", citation=rule.citation)


def _routing(
    case: Case, general: list[Finding]
) -> tuple[RoutingRule | None, Body | None, Finding | None]:
    """The first routing rule whose condition holds: forwarded, unless its ``unless``
    holds (then refused, and not handled here either)."""
    for rule in case.reg.routing.values():
        if not holds(case, rule.when):
            continue
        if rule.unless is not None and holds(case, rule.unless):
            return None, None, case.finding("forwarding_refused", rule.citation)
        body = _forwarded_body(case, rule)
        general.append(case.finding("forwarded", rule.citation, body=body.name))
        return rule, body, None
    return None, None, None


def _admissibility(case: Case, standing: Verdict, refused: Finding | None) -> Verdict:
    """Not admissible without standing, or when a blocking ground applies."""
    if not standing.ok:
        ground = next(
            (g for g in case.reg.admissibility.values() if g.ground == "no_standing"), None
        )
        cite = ground.citation if ground else standing.findings[0].citation
        return Verdict(False, [case.finding("no_standing", cite)])
    findings = [] if refused is None else [refused]
    for rule_id, g in case.reg.admissibility.items():
        findings.extend(_ground(case, rule_id, g))
    if any(f.code in BLOCKING_FINDINGS for f in findings):
        return Verdict(False, findings)
    return Verdict(True, [case.finding("admissible"), *findings])


def _ground(case: Case, rule_id: str, g: AdmissibilityRule) -> list[Finding]:
    """The findings of one admissibility ground."""
    c, cite = case.c, g.citation
    if g.ground == "already_decided":
        return [case.finding("already_decided", cite)] if c.same_complaint_decided else []
    if g.ground == "pending":
        return [case.finding("pending", cite)] if c.same_complaint_pending else []
    if g.ground == "anonymous":
        refused = any(not r.accepted for r in case.reg.anonymity.values())
        return [case.finding("anonymous", cite)] if refused and c.anonymous else []
    if g.ground == "channel_not_accepted":
        rule = case.reg.channels.get(c.channel)
        refused = rule is not None and not rule.accepted
        if refused and written_on(case) is None:
            return [case.finding("channel_not_accepted", cite, channel=c.channel)]
        return []
    if g.ground == "fact" and g.fact is not None:
        return _fact_ground(case, rule_id, g)
    if g.ground == "out_of_time" and g.term is not None:
        return _out_of_time(case, g)
    return []


def _fact_ground(case: Case, rule_id: str, g: AdmissibilityRule) -> list[Finding]:
    """Inadmissible while a fact holds; a ground an event ends (``ended_by``) no longer
    applies from that event's day."""
    name = str(g.fact)
    if not fact(case, name):
        return []
    ended = case.c.event(g.ended_by) if g.ended_by is not None else None
    if ended is not None and case.happened(ended.on):
        return [case.finding("ground_ended", g.citation, rule=rule_id, on=ended.on)]
    return [case.finding("fact_ground", g.citation, rule=rule_id, fact=name)]


def _out_of_time(case: Case, g: AdmissibilityRule) -> list[Finding]:
    """Filed after the filing term (from its own start); with a damages claim where the
    ground says so, the statutory limitation instead (BW 3:310)."""
    assert g.term is not None
    rule = case.reg.terms[g.term]
    start = term_start(case, g.term)
    if start is None:
        return [case.finding("event_unknown", rule.citation)]
    out: list[Finding] = []
    due = count_or_say(case, g.term, rule, start, out)
    if due is None:
        return out
    filed = filed_on(case)
    if filed <= due.due:
        return []
    if g.unless_damages is not None and case.c.claims_damages:
        return damages(case, filed)
    out.append(case.finding("out_of_time", g.citation, due=due.due, term=rule.term.text))
    if g.discretionary:
        out.append(case.finding("discretionary", g.citation))
    return out


# ---------------------------------------------------------------- deadlines


def _deadlines(
    case: Case, general: list[Finding], forwarded: bool, handled: bool
) -> list[Deadline]:
    """The deadlines running, in the vocabulary's order; the handling's terms only when the
    complaint is handled here (not forwarded, admissible)."""
    reg = case.reg
    here = handled and not forwarded
    out: list[Deadline] = []
    for term_id in TERM_IDS:  # the order of TERM_KINDS, as DEADLINE_ORDER
        rule = reg.terms.get(term_id)
        if rule is None or not runs(case, term_id, rule, here):
            continue
        if term_id == "judgment":
            out.extend(judgment_deadlines(case, general))
            continue
        found = other_deadlines(case, term_id, rule, general)
        if found is not None:
            out.append(found)
    handling = any(
        TERM_KINDS[t].during_handling and not r.consent_required
        for t, r in reg.terms.items()
        if TERM_KINDS[t].extends is None or t == "judgment_extension"
    )
    if forwarded:
        general.append(case.finding("deadlines_forwarded"))
    elif not here and handling:
        general.append(case.finding("deadlines_not_handled"))
    withdrawn = case.withdrawn_on
    if withdrawn is not None:
        out = [d for d in out if survives(case, d, withdrawn)]
    return out


# ---------------------------------------------------------------- route


def _steps(reg: Regulation) -> dict[str, tuple[StepRule, StepRule | None, Citation | None]]:
    """Each step of the route: its rule, the law's rule where that is a right the
    regulation replaced, and the citation of the regulation's narrower text. A right the
    regulation leaves out stays, unless the omission names the step that takes its place
    (``replaced_by``), which then keeps the law's condition."""
    floors: dict[str, StepRule] = reg.floors("escalation")
    steps: dict[str, tuple[StepRule, StepRule | None, Citation | None]] = {}
    for step_id, rule in reg.escalation.items():
        law = floors.get(step_id)
        replaced = law is not None and law is not rule
        steps[step_id] = (rule, law if replaced else None, rule.citation if replaced else None)
    for law_id, law in floors.items():
        omitted = reg.omission("escalation", law_id)
        if law_id in reg.escalation or omitted is None:
            continue
        if omitted.replaced_by is None:
            steps[law_id] = (law, None, None)
        elif omitted.replaced_by in steps:
            steps[omitted.replaced_by] = (steps[omitted.replaced_by][0], law, omitted.citation)
    return {s: steps[s] for s in STEPS if s in steps}


def _kept_steps(case: Case) -> list[Finding]:
    """A right the regulation leaves out without a replacement: the law keeps the step."""
    reg, out = case.reg, []
    for law_id, law in reg.floors("escalation").items():
        omitted = reg.omission("escalation", law_id)
        if law_id in reg.escalation or omitted is None or omitted.replaced_by is not None:
            continue
        out.append(case.finding("step_kept_by_law", law.citation, omitted.citation, step=law.name))
    return out


def _contact(body: Body | None) -> str | None:
    if body is None:
        return None
    return ", ".join(x for x in (body.email, body.phone, body.web, body.address) if x) or None


def _why(
    case: Case,
    step_id: str,
    rule: StepRule,
    law: StepRule | None,
    handled: bool,
    forwarded: bool,
    judged: bool,
) -> str:
    """Why a step is open or closed (the reason's catalogue key): closed for a complaint
    forwarded or withdrawn, a formal step for one not handled, the judging step done once
    it judged; else open by its own condition, or by the law's where the step is a right
    (a floor), or closed."""
    if forwarded:
        return "step.closed_forwarded"
    if case.withdrawn_on is not None:
        return "step.closed_withdrawn"
    if rule.formal and not handled:
        return "step.closed_inadmissible"
    if step_id == case.reg.judging_step() and judged:
        return "step.done"
    if holds(case, rule.open_when):
        return "step.open_because"
    if law is not None and holds(case, law.open_when):
        return "step.open_by_law"
    return "step.closed_because"


def _route(
    case: Case, handled: bool, routed: RoutingRule | None, forward_to: Body | None
) -> tuple[list[Step], list[Finding]]:
    """The escalation path, each step open or closed and why, and the findings that the
    law opens a step the regulation's own condition keeps closed."""
    reg, lang = case.reg, case.lang
    route: list[Step] = []
    if forward_to is not None and routed is not None:
        route.append(
            Step(
                str(routed.forward_to),
                forward_to.name,
                forward_to.name,
                _contact(forward_to),
                True,
                forward_to.citation,
                "step.forwarded_to",
                {},
                lang,
            )
        )
    by_law: list[Finding] = []
    judged = case.happened(judged_on(case))
    for step_id, (rule, law, overrides) in _steps(reg).items():
        reason = _why(case, step_id, rule, law, handled, forward_to is not None, judged)
        cond, cite = rule.open_when, rule.citation
        if reason == "step.open_by_law" and law is not None:
            cond, cite = law.open_when, law.citation
            by_law.append(case.finding("step_open_by_law", law.citation, overrides, step=rule.name))
        params: dict[str, Any] = {"cond": cond}
        if reason == "step.closed_because" and law is not None:
            reason, params = closed_reason(rule.open_when, law)
        body = reg.bodies.get(rule.body) if rule.body else None
        is_open = reason in ("step.open_because", "step.open_by_law")
        route.append(
            Step(
                step_id,
                rule.name,
                body.name if body else None,
                _contact(body),
                is_open,
                cite,
                reason,
                params,
                lang,
            )
        )
    return route, by_law
