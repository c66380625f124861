"""The deadlines of one complaint, in the fast evaluator.

The terms that run are pre-selected by the plan: a complaint that is not handled
(inadmissible, forwarded) runs only the terms outside the handling, and the damages
terms run only for a damages claim (and for the kinds of damage they are for). Where
the law base makes a term a floor, a regulation may promise better, never worse: for
the judgment (Wkkgz art. 17) a later term is flagged and the law's term is used.

The extension (Wkkgz art. 17 lid 2) counts only when notified before the six weeks
expire, and in writing where the regulation or the law asks for that; a notice that
states a shorter extension gives that day. Once the six weeks pass without such a
notice, the extended date no longer runs. With the complainant's consent to a further
extension (where ``acts.further_extension`` provides for one), the judgment is due on
the day agreed. After a withdrawal that counts, duties not yet due lapse. A due date
that cannot be computed gives a finding instead of a deadline.
"""

from __future__ import annotations

from datetime import date

from klachtregels.engine.assessment import Deadline, Finding
from klachtregels.engine.checks import minor_limitation, runs_for_damage
from klachtregels.engine.context import Ctx
from klachtregels.engine.judgment import judgment
from klachtregels.engine.plan import TermPlan
from klachtregels.law.terms import DueDate
from klachtregels.model.vocabulary import TERM_KINDS

__all__ = ["deadlines"]

#: Deadlines of terms outside the handling, which a withdrawal does not end.
_OUTSIDE_HANDLING = frozenset(k.deadline for k in TERM_KINDS.values() if not k.during_handling)


def deadlines(
    ctx: Ctx, general: list[Finding], *, forwarded: bool, handled: bool
) -> list[Deadline]:
    """The deadlines running, in their order; those of a handling that does not happen
    are not computed."""
    out: list[Deadline] = []
    c, plan, memo, dues = ctx.c, ctx.plan, ctx.memo, ctx.dues
    stopped = forwarded or not handled
    for p in plan.terms[not stopped, c.claims_damages]:
        term_id = p.term_id
        if term_id == "judgment":
            judgment(ctx, general, out)
            continue
        if p.rule.damage is not None and not _damage_term_runs(ctx, p):
            continue
        start = p.start_of(c)
        if start is None:
            continue
        due = memo.get((p.key, start)) or ctx.due_or_finding(p, start, general)
        if due is None:
            continue
        if p.law is not None:
            p, due = _floor(ctx, p, due, general)
        dues[term_id] = due
        out.append(ctx.deadline(p.deadline_id, p.rule.citation, due, p.done_of(c)))
    if forwarded:
        general.append(plan.forwarded[ctx.lang])
    elif stopped and plan.handling_terms:
        general.append(plan.not_handled[ctx.lang])
    withdrawn = ctx.withdrawn_on
    if withdrawn is not None:  # handling stops: duties not yet due at withdrawal lapse
        out = [d for d in out if _survives(d, withdrawn, ctx.done)]
    return out


def _survives(d: Deadline, withdrawn: date, done: dict[str, date | None] | None) -> bool:
    """A deadline stays after a withdrawal when it is no duty of the handling, was due
    before the day of withdrawal (met or missed by then), or was met by then."""
    if d.id in _OUTSIDE_HANDLING or d.due < withdrawn:
        return True
    met = done.get(d.id) if done is not None else None
    return met is not None and met <= withdrawn


def _damage_term_runs(ctx: Ctx, p: TermPlan) -> bool:
    """A damages term for some kinds of damage only (BW 3:310 lid 5) runs where the
    complaint's kind may be one of them; the minority term only for a client who was a
    minor when the damage became known."""
    if p.term_id == "damages_limitation_minor":
        return minor_limitation(ctx) is not None
    return runs_for_damage(p, ctx.c.damage_kind)


def _floor(ctx: Ctx, p: TermPlan, due: DueDate, general: list[Finding]) -> tuple[TermPlan, DueDate]:
    """The law's floor for a term: a provider's duty no later, a complainant's term no
    shorter, than the law's; the law's term applies where the regulation's is worse."""
    law = p.law
    assert law is not None
    start = law.start_of(ctx.c)
    law_due = ctx.due_or_finding(law, start, general) if start is not None else None
    if law_due is None:
        return p, due
    complainant = TERM_KINDS[p.term_id].party == "complainant"
    worse = law_due.due > due.due if complainant else law_due.due < due.due
    if not worse:
        return p, due
    rule = p.rule
    code = "shorter_than_law" if complainant else "later_than_law"
    general.append(
        ctx.shared(
            code, law.rule.citation, rule.citation, term=rule.term.text, law_term=law.rule.term.text
        )
    )
    return law, law_due
