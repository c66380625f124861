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

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType
from typing import Any, TypedDict

from klachtregels.engine.assessment import Deadline, Finding, Step
from klachtregels.engine.checks import ground
from klachtregels.engine.context import Ctx, DateOf, Test, fixed, term_key
from klachtregels.engine.readers import Readers, no_date
from klachtregels.law.terms import Term
from klachtregels.messages import LANGUAGES, Lang, render
from klachtregels.model.complaint import Complaint, Event
from klachtregels.model.regulation import (
    ActRule,
    Body,
    Citation,
    Regulation,
    RoutingRule,
    StandingRule,
    StepRule,
    TermRule,
)
from klachtregels.model.vocabulary import DEADLINE_ORDER, ROLE_IS_A, ROLES, STEPS, TERM_KINDS
from klachtregels.model.wording import closed_reason

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
]

#: Why a step is open or closed; the reason of a step depends on nothing else.
STEP_REASON_KEYS = (
    "step.closed_forwarded",
    "step.closed_withdrawn",
    "step.closed_inadmissible",
    "step.done",
    "step.open_because",
    "step.open_by_law",
    "step.closed_because",
)
#: Whether a step is open: not, by the regulation's own condition, or only by the law's.
CLOSED, OPEN, OPEN_BY_LAW = 0, 1, 2
#: Where a deadline goes in an assessment.
_RANK = {d: i for i, d in enumerate(DEADLINE_ORDER)}


@dataclass(frozen=True, slots=True)
class StepPlan:
    step_id: str
    rule: StepRule
    test: Test
    #: The law's condition where the law base makes this step a right (``floor``) and the
    #: regulation's condition is its own: the step is open when either holds.
    law_test: Test | None
    #: Whether the step is open (CLOSED, OPEN, OPEN_BY_LAW) when that reads no fact.
    constant: int | None
    judging: bool
    #: The step as it appears in an assessment, per (language, reason key): immutable,
    #: so every assessment shares these.
    variants: Mapping[tuple[Lang, str], Step]
    #: Per language, the finding that the law opens the step although the regulation's
    #: condition does not hold.
    by_law: Mapping[Lang, Finding] | None

    def state(self, ctx: Ctx) -> int:
        """CLOSED, OPEN by the regulation's condition, or OPEN_BY_LAW only."""
        if self.test(ctx):
            return OPEN
        law = self.law_test
        return OPEN_BY_LAW if law is not None and law(ctx) else CLOSED


@dataclass(frozen=True, slots=True)
class TermPlan:
    term_id: str
    deadline_id: str
    rule: TermRule
    #: Names (term, atw, counting) in the due-date memo.
    key: str
    start_of: DateOf
    done_of: DateOf
    #: Counted from the start of the next day (BW 3:310).
    next_day: bool = False
    #: The law base's rule for this term where it is a floor and the regulation's own
    #: rule differs (not for the judgment, which has its own plan).
    law: TermPlan | None = None


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
    #: The law's standing rules that the regulation replaced or left out, by role, each
    #: with the citation of the regulation's narrower rule (or of its omission).
    law_standing: Mapping[str, tuple[tuple[StandingRule, Citation | None], ...]]
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
    #: Per language, the findings that the law keeps a step the regulation leaves out.
    kept_steps: Mapping[Lang, tuple[Finding, ...]]
    #: The day a complaint was withdrawn where the withdrawal counts, and the withdrawal
    #: that does not count (see :meth:`Readers.withdrawn_on`).
    withdrawn_on: Callable[[Complaint], tuple[date | None, Event | None]]
    #: The day the judging step gave its judgment.
    judged_on: DateOf
    #: The days the regulation is in force, and the finding that a complaint is not.
    valid_from: date
    valid_until: date | None
    not_in_force: Mapping[Lang, Finding]
    #: Routes already built, by what decides them (a bounded set of keys), with their
    #: open steps.
    routes: dict[tuple[Any, ...], tuple[tuple[Step, ...], tuple[Step, ...], tuple[Finding, ...]]]
    #: Findings that depend on the regulation alone, by code, citation, language and
    #: parameters (see :meth:`Ctx.shared`).
    findings: dict[tuple[Any, ...], Finding]
    #: Deadlines built before (see :meth:`Ctx.deadline`).
    deadlines: dict[tuple[Any, ...], Deadline]
    #: The ``extra`` facts the regulation reads. The format reads them only in a ``fact:``
    #: condition or ground, which asks yes or no: each is declared a boolean by that use.
    extra_facts: frozenset[str] = frozenset()

    def in_force(self, day: date) -> bool:
        """Whether the regulation is in force on ``day``."""
        return self.valid_from <= day and (self.valid_until is None or day <= self.valid_until)


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
    #: Whether the extension counts only when notified in writing (the regulation's rule
    #: or the law's floor says so).
    notice_in_writing: bool
    #: The rule that lets the judgment be delayed further with the complainant's consent
    #: (``acts.further_extension``), if the regulation has one.
    further: ActRule | None


def build(reg: Regulation) -> Plan:
    """The plan of ``reg``."""
    readers = Readers(reg)
    terms = {str(tid): term_plan(reg, readers, tid, rule) for tid, rule in reg.terms.items()}
    running = sorted(
        (
            p
            for tid, p in terms.items()
            if not p.rule.consent_required
            and (TERM_KINDS[tid].extends is None or tid == "judgment_extension")
        ),
        key=lambda p: _RANK.get(p.deadline_id, len(_RANK)),
    )
    steps, kept = _step_plans(reg, readers)
    withdrawal = reg.acts.get("withdrawal")
    return Plan(
        readers=readers,
        **_standing_parts(reg),
        **_fixed_findings(reg),
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
        kept_steps=kept,
        withdrawn_on=readers.withdrawn_on(),
        judged_on=readers.judged_on(),
        valid_from=reg.valid_from,
        valid_until=reg.valid_until,
        routes={},
        findings={},
        deadlines={},
        extra_facts=extra_facts(reg.model_dump(by_alias=True)),
    )


def extra_facts(data: object) -> frozenset[str]:
    """The names ``x`` of every ``fact: extra.x`` in a regulation's data."""
    found: set[str] = set()
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            fact = item.get("fact")
            if isinstance(fact, str) and fact.startswith("extra."):
                found.add(fact[6:])
            stack.extend(item.values())
        elif isinstance(item, list | tuple):
            stack.extend(item)
    return frozenset(found)


class _StandingParts(TypedDict):
    standing: Mapping[str, tuple[StandingRule, ...]]
    law_standing: Mapping[str, tuple[tuple[StandingRule, Citation | None], ...]]
    age_roles: frozenset[str]
    has_standing: Mapping[tuple[str, Lang], Finding]
    any_standing_citation: Citation | None
    no_standing_citation: Citation | None


class _FixedFindings(TypedDict):
    admissible: Mapping[Lang, Finding]
    not_handled: Mapping[Lang, Finding]
    forwarded: Mapping[Lang, Finding]
    not_in_force: Mapping[Lang, Finding]


def _standing_parts(reg: Regulation) -> _StandingParts:
    """The standing rules by role, the roles whose standing depends on age, and the
    findings of standing that hold whatever the complaint says."""
    by_role = _by_role(reg.standing.values())
    age_roles = frozenset(
        role
        for role, rules in by_role.items()
        if any(r.min_age is not None or r.below_age is not None or r.with_parent for r in rules)
    )
    no_standing = next((g for g in reg.admissibility.values() if g.ground == "no_standing"), None)
    return {
        "standing": MappingProxyType({k: tuple(v) for k, v in by_role.items()}),
        "law_standing": _law_standing(reg),
        "age_roles": age_roles,
        "has_standing": {
            (role, lang): fixed("standing", rules[0].citation, lang, role=rules[0].role)
            for role, rules in by_role.items()
            if role not in age_roles
            for lang in LANGUAGES
        },
        "any_standing_citation": next((r.citation for r in reg.standing.values()), None),
        "no_standing_citation": no_standing.citation if no_standing else None,
    }


def _fixed_findings(reg: Regulation) -> _FixedFindings:
    """Findings without anything of the complaint in them, per language."""
    return {
        "admissible": {lang: fixed("admissible", None, lang) for lang in LANGUAGES},
        "not_handled": {lang: fixed("deadlines_not_handled", None, lang) for lang in LANGUAGES},
        "forwarded": {lang: fixed("deadlines_forwarded", None, lang) for lang in LANGUAGES},
        "not_in_force": {
            lang: fixed(
                "not_in_force",
                None,
                lang,
                version=reg.version,
                valid_from=reg.valid_from,
                valid_until=reg.valid_until,
            )
            for lang in LANGUAGES
        },
    }


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


def term_plan(
    reg: Regulation, readers: Readers, term_id: str, rule: TermRule, *, law: bool = True
) -> TermPlan:
    """How a term rule is counted and met; an extension runs from its term's start. With
    ``law``, the law base's floor rule for the term, where the regulation has its own."""
    kind = TERM_KINDS[term_id]
    # The law's floor runs from its own start (Jeugdwet art. 4.2.1 lid 5: a month "na
    # ontvangst van het ... oordeel"), not from the regulation's.
    start = rule.start if not law and rule.start is not None else reg.start_of(term_id)
    counts_next_day = next_day(rule)
    floor = reg.floors("terms").get(term_id) if law and term_id != "judgment" else None
    return TermPlan(
        term_id,
        kind.deadline,
        rule,
        term_key(rule.term, rule.atw, counts_next_day),
        readers.date_of(start) if start else no_date,
        readers.date_of(kind.met_by) if kind.met_by else no_date,
        counts_next_day,
        term_plan(reg, readers, term_id, floor, law=False)
        if floor is not None and floor is not rule and kind.extends is None
        else None,
    )


def _by_role(rules: Iterable[StandingRule]) -> dict[str, list[StandingRule]]:
    """The rules for each role, a role's own first, then those of the broader role it is
    a case of (``vocabulary.ROLE_IS_A``: a parent with authority is a legal
    representative)."""
    own: dict[str, list[StandingRule]] = {}
    for rule in rules:
        own.setdefault(rule.role, []).append(rule)
    out: dict[str, list[StandingRule]] = {}
    for role in ROLES:
        found = own.get(role, []) + own.get(ROLE_IS_A.get(role, ""), [])
        if found:
            out[role] = found
    return out


def _law_standing(
    reg: Regulation,
) -> Mapping[str, tuple[tuple[StandingRule, Citation | None], ...]]:
    """The law's standing rights the regulation replaced by a narrower rule or left out,
    by the complainant's role (a role's own, then those of its broader role)."""
    cites: dict[int, Citation | None] = {}
    floors = []
    for rid, law in reg.floors("standing").items():
        own = reg.standing.get(rid)
        if own is law:
            continue  # in force as it is
        omitted = reg.omission("standing", rid)
        cites[id(law)] = own.citation if own is not None else omitted.citation if omitted else None
        floors.append(law)
    by_role = _by_role(floors)
    return MappingProxyType(
        {role: tuple((r, cites[id(r)]) for r in rules) for role, rules in by_role.items()}
    )


def combined(first: TermRule, ext: TermRule) -> Term:
    """Six weeks extended by four: a ten-week term from the same start.

    Only for terms in one unit: the loader refuses an extension in another unit than its
    own term (``format.extension_unit``), but the law's term that replaces the
    regulation's may have another unit; that is counted on from the law term's last day
    (:func:`~klachtregels.law.terms.extended_due`)."""
    amount = first.term.amount + ext.term.amount
    return Term(amount, first.term.unit, f"{first.term.text} + {ext.term.text}")


def same_count(a: TermRule, b: TermRule, same_start: bool) -> bool:
    """Whether two term rules give the same due date from the same start."""
    return a is b or (
        same_start and a.term == b.term and a.atw == b.atw and a.counting == b.counting
    )


def next_day(rule: TermRule) -> bool:
    """Whether ``rule`` counts "na de aanvang van de dag, volgende op" its start (BW 3:310).
    Reading taken: the judgment term extended counts as the judgment term does (the
    extension runs from that term's start; it has no start, nor count, of its own)."""
    return rule.counting == "from_the_next_day"


def _judgment_plan(
    reg: Regulation, readers: Readers, terms: Mapping[str, TermPlan]
) -> JudgmentPlan | None:
    p = terms.get("judgment")
    if p is None:
        return None
    judgment, e = p.rule, terms.get("judgment_extension")
    ext = e.rule if e else None
    floors = reg.floors("terms")
    law, law_ext = floors.get("judgment"), floors.get("judgment_extension")
    both = combined(judgment, ext) if ext else None
    law_both = combined(law, law_ext) if law and law_ext else None
    notices = (ext.notice if ext else None, law_ext.notice if law_ext else None)
    return JudgmentPlan(
        term=p,
        extension=e,
        law=law,
        law_start_of=readers.date_of(law.start) if law else no_date,
        law_key=term_key(law.term, law.atw, next_day(law)) if law else "",
        law_extension=law_ext,
        combined=both,
        combined_key=(
            term_key(both, judgment.atw or ext.atw, next_day(judgment)) if both and ext else ""
        ),
        law_combined=law_both,
        law_combined_key=(
            term_key(law_both, law.atw or law_ext.atw, next_day(law))
            if law and law_ext and law_both
            else ""
        ),
        as_law=same_count(law, judgment, True) if law and law.start == judgment.start else None,
        extension_as_law=bool(law_ext and ext and same_count(law_ext, ext, True)),
        notice_in_writing="in_writing" in notices,
        further=reg.acts.get("further_extension"),
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


def _step_plans(
    reg: Regulation, readers: Readers
) -> tuple[tuple[StepPlan, ...], Mapping[Lang, tuple[Finding, ...]]]:
    """The steps of the route in their order, each with the law's condition beside the
    regulation's where the law base makes the step a right (``floor``); a right the
    regulation leaves out stays on the route, unless the omission names the step that
    takes its place (``replaced_by``), which then keeps the law's condition."""
    judging = reg.judging_step()
    floors: dict[str, StepRule] = reg.floors("escalation")
    rules: dict[str, tuple[StepRule, StepRule | None, Citation | None]] = {}
    kept: list[tuple[StepRule, Citation]] = []
    for step_id, rule in reg.escalation.items():
        law = floors.get(step_id)
        own = law is not None and law is not rule
        rules[step_id] = (rule, law if own else None, rule.citation if own else None)
    for law_id, law in floors.items():
        omitted = reg.omission("escalation", law_id)
        if law_id in reg.escalation or omitted is None:
            continue
        target = omitted.replaced_by
        if target is None:
            rules[law_id] = (law, None, None)  # kept: the law gives it
            kept.append((law, omitted.citation))
        elif target in rules:
            rule, _, _ = rules[target]
            rules[target] = (rule, law, omitted.citation)
    order = [s for s in STEPS if s in rules]
    plans = tuple(_step_plan(reg, readers, s, *rules[s], judging=s == judging) for s in order)
    findings = {
        lang: tuple(
            fixed("step_kept_by_law", law.citation, lang, omitted, step=law.name)
            for law, omitted in kept
        )
        for lang in LANGUAGES
    }
    return plans, findings


def _step_plan(
    reg: Regulation,
    readers: Readers,
    step_id: str,
    rule: StepRule,
    law: StepRule | None,
    overrides: Citation | None,
    *,
    judging: bool,
) -> StepPlan:
    body = reg.bodies.get(rule.body) if rule.body else None
    variants = {}
    for lang in LANGUAGES:
        for key in STEP_REASON_KEYS:
            of_law = key == "step.open_by_law" and law is not None
            cond = law.open_when if of_law and law else rule.open_when
            shown, params = key, {"cond": cond}
            if key == "step.closed_because":
                shown, params = closed_reason(rule.open_when, law)
            variants[lang, key] = Step(
                step_id,
                rule.name,
                body.name if body else None,
                contact(body),
                key in ("step.open_because", "step.open_by_law"),
                law.citation if of_law and law else rule.citation,
                shown,
                MappingProxyType(params),
                lang,
            )
    always = rule.open_when.always
    law_always = law.open_when.always if law is not None else False
    constant: int | None = None
    if always is True:
        constant = OPEN
    elif always is False and law_always is not None:
        constant = OPEN_BY_LAW if law_always else CLOSED
    by_law = None
    if law is not None:
        by_law = {
            lang: fixed("step_open_by_law", law.citation, lang, overrides, step=rule.name)
            for lang in LANGUAGES
        }
    return StepPlan(
        step_id,
        rule,
        readers.compile(rule.open_when),
        readers.compile(law.open_when) if law is not None else None,
        constant,
        judging,
        variants,
        by_law,
    )


def contact(body: Body | None) -> str | None:
    if body is None:
        return None
    return ", ".join(x for x in (body.email, body.phone, body.web, body.address) if x) or None
