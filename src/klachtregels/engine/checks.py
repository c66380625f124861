"""Standing, routing and admissibility of one complaint, in the fast evaluator.

Standing: a complaint has standing when a standing rule for its role holds; for the
client, age is computed on ``received_on`` (a person turns 16 on their birthday).
Without a birth date, age bands are assumed met, and a finding says so.

Routing: a matter outside the provider's competence gives ``forward_to``; it is not
declared inadmissible. Admissibility: each ground of the regulation, compiled once per
regulation into a check (:func:`ground`); not admissible when standing is not, or when
a finding of :data:`~klachtregels.model.vocabulary.BLOCKING_FINDINGS` is among them.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING

from klachtregels.engine.assessment import Finding, Verdict
from klachtregels.engine.context import Ctx
from klachtregels.engine.readers import Readers
from klachtregels.law.terms import DueDate
from klachtregels.model.regulation import AdmissibilityRule, Body, Regulation, StandingRule
from klachtregels.model.vocabulary import BLOCKING_FINDINGS

if TYPE_CHECKING:
    from klachtregels.engine.plan import Check, RoutePlan, TermPlan

__all__ = ["admissibility", "ground", "routing", "standing"]


def standing(ctx: Ctx) -> Verdict:
    """Standing under the regulation's rules for the complainant's role; where those fail
    (or the regulation left the role out), under the law's: the law is a floor."""
    c = ctx.c
    rules = ctx.plan.standing.get(c.complainant_role)
    if rules and c.complainant_role not in ctx.plan.age_roles:  # the first rule holds
        return Verdict(True, [ctx.plan.has_standing[c.complainant_role, ctx.lang]])
    verdict = _under(ctx, rules or ())
    if verdict.ok:
        return verdict
    for law, overrides in ctx.plan.law_standing.get(c.complainant_role, ()):
        if _under(ctx, (law,)).ok:
            return Verdict(
                True,
                [ctx.shared("standing_by_law", law.citation, overrides, role=law.role)],
            )
    return verdict


def _under(ctx: Ctx, rules: tuple[StandingRule, ...]) -> Verdict:
    """Standing under ``rules`` (all for the complainant's role), with the reason why not."""
    c = ctx.c
    if not rules:
        cite = ctx.plan.any_standing_citation
        return Verdict(False, [ctx.shared("role_without_standing", cite, role=c.complainant_role)])
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


def routing(
    ctx: Ctx, general: list[Finding]
) -> tuple[RoutePlan | None, Body | None, Finding | None]:
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


def admissibility(ctx: Ctx, standing: Verdict, refused: Finding | None) -> Verdict:
    if not standing.ok:
        cite = ctx.plan.no_standing_citation or standing.findings[0].citation
        return Verdict(False, [ctx.shared("no_standing", cite)])
    findings: list[Finding] = [] if refused is None else [refused]
    for check in ctx.plan.grounds:
        check(ctx, findings)
    for f in findings:
        if f.code in BLOCKING_FINDINGS:
            return Verdict(False, findings)
    findings.insert(0, ctx.plan.admissible[ctx.lang])
    return Verdict(True, findings)


def ground(
    reg: Regulation,
    readers: Readers,
    terms: Mapping[str, TermPlan],
    rule_id: str,
    g: AdmissibilityRule,
) -> Check | None:
    """The check of one admissibility ground, built once per regulation; None when the
    ground is decided elsewhere (``no_standing``) or can never apply."""
    cite = g.citation
    if g.ground == "already_decided":

        def already_decided(ctx: Ctx, out: list[Finding]) -> None:
            if ctx.c.same_complaint_decided:
                out.append(ctx.shared("already_decided", cite))

        return already_decided
    if g.ground == "pending":

        def pending(ctx: Ctx, out: list[Finding]) -> None:
            if ctx.c.same_complaint_pending:
                out.append(ctx.shared("pending", cite))

        return pending
    if g.ground == "anonymous":
        if all(rule.accepted for rule in reg.anonymity.values()):
            return None

        def anonymous(ctx: Ctx, out: list[Finding]) -> None:
            if ctx.c.anonymous:
                out.append(ctx.shared("anonymous", cite))

        return anonymous
    if g.ground == "channel_not_accepted":
        return _channel_ground(reg, readers, g)
    if g.ground == "fact" and g.fact is not None:
        return _fact_ground(readers, rule_id, g)
    if g.ground == "out_of_time" and g.term is not None:
        return _out_of_time(readers, terms[g.term], g)
    return None


def _channel_ground(reg: Regulation, readers: Readers, g: AdmissibilityRule) -> Check:
    refused = frozenset(ch for ch, rule in reg.channels.items() if not rule.accepted)
    written_on, cite = readers.written_on(), g.citation

    def channel(ctx: Ctx, out: list[Finding]) -> None:
        c = ctx.c
        if c.channel in refused and written_on(c) is None:
            out.append(ctx.shared("channel_not_accepted", cite, channel=c.channel))

    return channel


def _fact_ground(readers: Readers, rule_id: str, g: AdmissibilityRule) -> Check:
    """Inadmissible while a fact holds; a ground that an event ends (``ended_by``) no
    longer applies from that event's day."""
    name, cite, ended_by = str(g.fact), g.citation, g.ended_by
    fact = readers.fact(name)

    def fact_ground(ctx: Ctx, out: list[Finding]) -> None:
        if not fact(ctx):
            return
        if ended_by is not None:
            ended = ctx.c.event(ended_by)
            if ended is not None and (ctx.as_of is None or ended.on <= ctx.as_of):
                out.append(ctx.finding("ground_ended", cite, rule=rule_id, on=ended.on))
                return
        out.append(ctx.shared("fact_ground", cite, rule=rule_id, fact=name))

    return fact_ground


def _out_of_time(readers: Readers, term: TermPlan, g: AdmissibilityRule) -> Check:
    """Filed too late: the complaint (in the regulation's sense, else its receipt) came
    after the filing term ran out (counted from its own start, the event complained of
    in every bundled regulation); with a damages claim where the ground says so, the
    statutory limitation instead (BW 3:310)."""
    damages_yield, discretionary, cite = g.unless_damages is not None, g.discretionary, g.citation
    complaint_on = readers.complaint_on()

    def out_of_time(ctx: Ctx, out: list[Finding]) -> None:
        c, rule = ctx.c, term.rule
        start = term.start_of(c)
        if start is None:
            out.append(ctx.shared("event_unknown", rule.citation))
            return
        due = ctx.due_or_finding(term, start, out)
        if due is None:
            return
        filed = complaint_on(c) or c.received_on
        if filed <= due.due:
            return
        if damages_yield and c.claims_damages:
            out.extend(_damages(ctx, filed))
            return
        # Shared: it depends on the due date and the term alone, which many complaints
        # have in common (a batch writes each such finding once).
        out.append(ctx.shared("out_of_time", cite, due=due.due, term=rule.term.text))
        if discretionary:
            out.append(ctx.shared("discretionary", cite))

    return out_of_time


def _damages(ctx: Ctx, filed: date) -> list[Finding]:
    """BW 3:310: the statutory limitation instead of the regulation's filing term.

    Five years from the start of the day after the damage and the liable person became
    known (lid 1); for personal injury or death no twenty-year long-stop, and for a
    client who was a minor then, five years from the day after majority where that is
    later (lid 5). Where the complaint does not say the kind of damage, the answer that
    keeps the claim open is given, with a finding that it depends on the kind."""
    c, plans = ctx.c, ctx.plan.terms_by_id
    out: list[Finding] = []
    limit = plans.get("damages_limitation")
    if limit is None:
        return [ctx.shared("damages_no_limitation_rule")]
    known = limit.start_of(c)
    if known is None:
        return [ctx.shared("damage_known_unknown", limit.rule.citation)]
    due = ctx.due_or_finding(limit, known, out)
    if due is None:
        return out
    latest, cite = due, limit.rule.citation
    minor = minor_limitation(ctx)
    if minor is not None and minor[1].due > latest.due:
        latest, cite = minor[1], minor[0].rule.citation
    if filed > latest.due:
        return [ctx.finding("damages_time_barred", cite, due=latest.due)]
    if c.damage_kind is None and latest is not due and filed > due.due:
        out.append(ctx.shared("damage_kind_matters", cite))
    out.append(ctx.finding("damages_limitation", cite, due=latest.due))
    stop = plans.get("damages_long_stop")
    stop_start = stop.start_of(c) if stop is not None else None
    if stop is None or stop_start is None or not runs_for_damage(stop, c.damage_kind):
        return out
    long_due = ctx.due_or_finding(stop, stop_start, out)
    if long_due is not None and filed > long_due.due:
        if c.damage_kind is not None:
            return [ctx.finding("damages_time_barred", stop.rule.citation, due=long_due.due)]
        out.append(ctx.shared("damage_kind_matters", stop.rule.citation))
    return out


def runs_for_damage(p: TermPlan, kind: str | None) -> bool:
    """Whether a damages term can run for this kind of damage (unknown: it may)."""
    kinds = p.rule.damage
    return kinds is None or kind is None or kind in kinds


def minor_limitation(ctx: Ctx) -> tuple[TermPlan, DueDate] | None:
    """BW 3:310 lid 5, second sentence: the five years from the day after majority, for
    a client who was a minor when the damage became known, where the kind of damage may
    be personal injury."""
    c = ctx.c
    p = ctx.plan.terms_by_id.get("damages_limitation_minor")
    if p is None or c.damage_known_on is None or not runs_for_damage(p, c.damage_kind):
        return None
    age = c.age_on(c.damage_known_on)
    start = p.start_of(c)
    if age is None or age >= 18 or start is None:
        return None
    due = ctx.due_or_finding(p, start, [])
    return (p, due) if due is not None else None
