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
from typing import TYPE_CHECKING

from klachtregels.engine.assessment import Finding, Verdict
from klachtregels.engine.context import Ctx
from klachtregels.engine.readers import Readers
from klachtregels.model.regulation import AdmissibilityRule, Body, Regulation
from klachtregels.model.vocabulary import BLOCKING_FINDINGS

if TYPE_CHECKING:
    from klachtregels.engine.plan import Check, RoutePlan, TermPlan

__all__ = ["admissibility", "ground", "routing", "standing"]


def standing(ctx: Ctx) -> Verdict:
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
        return _out_of_time(terms[g.term], g)
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
    name, cite = str(g.fact), g.citation
    if name.startswith("extra."):
        key = name[6:]

        def extra_ground(ctx: Ctx, out: list[Finding]) -> None:
            if ctx.c.extra.get(key):
                out.append(ctx.shared("fact_ground", cite, rule=rule_id, fact=name))

        return extra_ground
    fact = readers.fact(name)

    def fact_ground(ctx: Ctx, out: list[Finding]) -> None:
        if fact(ctx):
            out.append(ctx.shared("fact_ground", cite, rule=rule_id, fact=name))

    return fact_ground


def _out_of_time(term: TermPlan, g: AdmissibilityRule) -> Check:
    damages_yield, discretionary, cite = g.unless_damages is not None, g.discretionary, g.citation

    def out_of_time(ctx: Ctx, out: list[Finding]) -> None:
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


def _damages(ctx: Ctx) -> list[Finding]:
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
