"""The compiled plan of a regulation: what follows from its rules alone, derived once.

:func:`build` turns an effective regulation into a :class:`Plan`: conditions as
functions, admissibility checks, term plans pre-selected per (handled, damages claim),
prebuilt steps and findings, and the judgment's comparison with the law where it does
not depend on the complaint. A plan holds no reference to the regulation it was built
from, so the engine can keep it by a weak reference to that regulation
(:class:`klachtregels.engine.evaluate.Engine`); it also holds the memos of routes,
findings and deadlines built for that regulation, bounded by ``MEMO_SIZE``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from klachtregels.engine.assessment import Deadline, Finding, Step
from klachtregels.engine.checks import ground
from klachtregels.engine.context import Ctx, DateOf, Test, fixed, term_key
from klachtregels.engine.readers import Readers, no_date
from klachtregels.law.terms import Term
from klachtregels.messages import LANGUAGES, Lang, render
from klachtregels.model.regulation import (
    Body,
    Citation,
    Regulation,
    RoutingRule,
    StandingRule,
    StepRule,
    TermRule,
)
from klachtregels.model.vocabulary import DEADLINE_ORDER, TERM_KINDS

__all__ = [
    "STEP_REASON_KEYS",
    "Check",
    "Plan",
    "RoutePlan",
    "StepPlan",
    "TermPlan",
    "build",
    "combined",
    "contact",
    "judging_step",
]

#: Why a step is open or closed; the reason of a step depends on nothing else.
STEP_REASON_KEYS = (
    "step.closed_forwarded",
    "step.closed_withdrawn",
    "step.closed_inadmissible",
    "step.done",
    "step.open_because",
    "step.closed_because",
)
#: Where a deadline goes in an assessment.
_RANK = {d: i for i, d in enumerate(DEADLINE_ORDER)}


@dataclass(frozen=True, slots=True)
class StepPlan:
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
class TermPlan:
    term_id: str
    deadline_id: str
    rule: TermRule
    #: Names (term, atw) in the due-date memo.
    key: str
    start_of: DateOf
    done_of: DateOf
    #: ``id()`` of the rule's citation, which lives as long as the plan holds the rule.
    citation_id: int


@dataclass(frozen=True, slots=True)
class RoutePlan:
    rule_id: str
    rule: RoutingRule
    when: Test
    unless: Test | None
    #: The body forwarded to, per language (the other provider's name is a text), and
    #: the id the forwarding step has in the route.
    bodies: Mapping[Lang, Body]
    step_id: str


#: The check of one admissibility ground: appends its findings.
Check = Callable[[Ctx, list[Finding]], None]


@dataclass(frozen=True, slots=True)
class Plan:
    """What follows from the regulation alone: derived once, reused for every complaint."""

    readers: Readers
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
    routing: tuple[RoutePlan, ...]
    grounds: tuple[Check, ...]
    steps: tuple[StepPlan, ...]
    #: The steps whose condition reads the complaint (the others are constant).
    variable_steps: tuple[StepPlan, ...]
    #: The terms that can run, in the order of their deadlines in an assessment (the
    #: judgment's extension goes with the judgment), by (handled, claims damages): a
    #: complaint not handled runs only the terms outside the handling, and the damages
    #: terms run only for a damages claim.
    terms: Mapping[tuple[bool, bool], tuple[TermPlan, ...]]
    #: Whether some term that can run belongs to the handling.
    handling_terms: bool
    terms_by_id: Mapping[str, TermPlan]
    judgment: JudgmentPlan | None
    withdrawal_citation: Citation | None
    #: Routes already built, by what decides them (a bounded set of keys), with their
    #: open steps.
    routes: dict[tuple[Any, ...], tuple[tuple[Step, ...], tuple[Step, ...]]]
    #: Findings that depend on the regulation alone, by code, citation, language and
    #: parameters (see :meth:`Ctx.shared`).
    findings: dict[tuple[Any, ...], Finding]
    #: Deadlines built before (see :func:`klachtregels.engine.deadlines.deadline`).
    deadlines: dict[tuple[Any, ...], Deadline]


@dataclass(frozen=True, slots=True)
class JudgmentPlan:
    """The judgment term (Wkkgz art. 17) and its extension, beside the law's."""

    term: TermPlan
    extension: TermPlan | None
    law: TermRule | None
    law_start_of: DateOf
    #: Names the law's judgment term in the due-date memo.
    law_key: str
    law_extension: TermRule | None
    #: The judgment term with its extension, the regulation's and the law's.
    combined: Term | None
    combined_key: str
    law_combined: Term | None
    law_combined_key: str
    #: Whether the regulation's judgment term counts as the law's, where that does not
    #: depend on the complaint (both start at the same event), else None.
    as_law: bool | None
    #: Whether the regulation's extension counts as the law's.
    extension_as_law: bool


def build(reg: Regulation) -> Plan:
    """The plan of ``reg``."""
    readers = Readers(reg)
    terms = {str(tid): term_plan(reg, readers, tid, rule) for tid, rule in reg.terms.items()}
    running = sorted(
        (
            p
            for tid, p in terms.items()
            if not p.rule.consent_required and (not p.rule.extends or tid == "judgment_extension")
        ),
        key=lambda p: _RANK.get(p.deadline_id, len(_RANK)),
    )
    steps = _step_plans(reg, readers)
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
    return Plan(
        readers=readers,
        standing=MappingProxyType({k: tuple(v) for k, v in by_role.items()}),
        age_roles=age_roles,
        has_standing={
            (role, lang): fixed("standing", rules[0].citation, lang, role=role)
            for role, rules in by_role.items()
            if role not in age_roles
            for lang in LANGUAGES
        },
        admissible={lang: fixed("admissible", None, lang) for lang in LANGUAGES},
        not_handled={lang: fixed("deadlines_not_handled", None, lang) for lang in LANGUAGES},
        forwarded={lang: fixed("deadlines_forwarded", None, lang) for lang in LANGUAGES},
        any_standing_citation=next((r.citation for r in reg.standing.values()), None),
        no_standing_citation=no_standing.citation if no_standing else None,
        routing=tuple(_route_plan(reg, readers, rid, r) for rid, r in reg.routing.items()),
        grounds=tuple(
            g
            for g in (
                ground(reg, readers, terms, rid, rule) for rid, rule in reg.admissibility.items()
            )
            if g is not None
        ),
        steps=steps,
        variable_steps=tuple(p for p in steps if p.constant is None),
        terms=_running(running),
        handling_terms=any(TERM_KINDS[p.term_id].during_handling for p in running),
        terms_by_id=MappingProxyType(terms),
        judgment=_judgment_plan(reg, readers, terms),
        withdrawal_citation=withdrawal.citation if withdrawal else None,
        routes={},
        findings={},
        deadlines={},
    )


def _running(running: list[TermPlan]) -> Mapping[tuple[bool, bool], tuple[TermPlan, ...]]:
    """The terms that run, per (handled, claims damages)."""
    return {
        (handled, claims): tuple(
            p
            for p in running
            if p.term_id != "judgment_extension"
            and (handled or not TERM_KINDS[p.term_id].during_handling)
            and (claims or not TERM_KINDS[p.term_id].damages)
        )
        for handled in (True, False)
        for claims in (True, False)
    }


def term_plan(reg: Regulation, readers: Readers, term_id: str, rule: TermRule) -> TermPlan:
    """How a term rule is counted and met; an extension runs from its term's start."""
    kind = TERM_KINDS[term_id]
    start = reg.start_of(term_id) if rule.extends else rule.start
    return TermPlan(
        term_id,
        kind.deadline,
        rule,
        term_key(rule.term, rule.atw),
        readers.date_of(start) if start else no_date,
        readers.date_of(kind.met_by) if kind.met_by else no_date,
        id(rule.citation),
    )


def combined(first: TermRule, ext: TermRule) -> Term:
    """Six weeks extended by four: a ten-week term from the same start.

    The loader refuses an extension in another unit than its term
    (``format.extension_unit``), so the units always agree here."""
    amount = first.term.amount + ext.term.amount
    return Term(amount, first.term.unit, f"{first.term.text} + {ext.term.text}")


def same_count(a: TermRule, b: TermRule, same_start: bool) -> bool:
    """Whether two term rules give the same due date from the same start."""
    return a is b or (same_start and a.term == b.term and a.atw == b.atw)


def _judgment_plan(
    reg: Regulation, readers: Readers, terms: Mapping[str, TermPlan]
) -> JudgmentPlan | None:
    p = terms.get("judgment")
    if p is None:
        return None
    judgment, e = p.rule, terms.get("judgment_extension")
    ext = e.rule if e else None
    law, law_ext = reg.law_rule("terms", "judgment"), reg.law_rule("terms", "judgment_extension")
    both = combined(judgment, ext) if ext else None
    law_both = combined(law, law_ext) if law and law_ext else None
    return JudgmentPlan(
        term=p,
        extension=e,
        law=law,
        law_start_of=readers.date_of(law.start) if law else no_date,
        law_key=term_key(law.term, law.atw) if law else "",
        law_extension=law_ext,
        combined=both,
        combined_key=term_key(both, judgment.atw or ext.atw) if both and ext else "",
        law_combined=law_both,
        law_combined_key=term_key(law_both, True) if law_both else "",
        as_law=same_count(law, judgment, True) if law and law.start == judgment.start else None,
        extension_as_law=bool(law_ext and ext and same_count(law_ext, ext, True)),
    )


def _route_plan(reg: Regulation, readers: Readers, rule_id: str, rule: RoutingRule) -> RoutePlan:
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
    unless = readers.compile(rule.unless) if rule.unless is not None else None
    return RoutePlan(
        rule_id, rule, readers.compile(rule.when), unless, bodies, str(rule.forward_to)
    )


def _step_plans(reg: Regulation, readers: Readers) -> tuple[StepPlan, ...]:
    judging = judging_step(reg)
    steps = []
    for step_id, rule in reg.escalation.items():
        body = reg.bodies.get(rule.body) if rule.body else None
        params = MappingProxyType({"cond": rule.open_when})
        variants = {
            (lang, key): Step(
                step_id,
                rule.name,
                body.name if body else None,
                contact(body),
                key == "step.open_because",
                rule.citation,
                key,
                params,
                lang,
            )
            for lang in LANGUAGES
            for key in STEP_REASON_KEYS
        }
        steps.append(
            StepPlan(
                step_id,
                rule,
                readers.compile(rule.open_when),
                rule.open_when.always,
                step_id == judging,
                variants,
            )
        )
    return tuple(steps)


def judging_step(reg: Regulation) -> str | None:
    """The step that gives the judgment: the provider's formal handling, or where a
    regulation leaves that out (PolyPartners: the Facit committee), its first formal step."""
    provider = reg.escalation.get("provider")
    if provider is not None and provider.formal:
        return "provider"
    return next((k for k, v in reg.escalation.items() if v.formal), None)


def contact(body: Body | None) -> str | None:
    if body is None:
        return None
    return ", ".join(x for x in (body.email, body.phone, body.web, body.address) if x) or None
