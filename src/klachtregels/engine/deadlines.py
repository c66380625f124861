"""The deadlines of one complaint, in the fast evaluator.

The terms that run are pre-selected by the plan: a complaint that is not handled
(inadmissible, forwarded) runs only the terms outside the handling, and the damages
terms run only for a damages claim. The judgment term is the statutory term of the
law base (Wkkgz art. 17): a regulation may promise sooner, never later; a later term
is flagged and the law's term is used. An extension counts only when notified on or
before the last day of the term. After a withdrawal, duties not yet due lapse.
"""

from __future__ import annotations

from datetime import date

from klachtregels.engine.assessment import Deadline, Finding, Status
from klachtregels.engine.context import MEMO_SIZE, Ctx, term_key
from klachtregels.engine.plan import JudgmentPlan, TermPlan, combined, same_count
from klachtregels.law.terms import DueDate, Term
from klachtregels.model.regulation import TermRule
from klachtregels.model.vocabulary import TERM_KINDS

__all__ = ["deadline", "deadlines"]

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
            _judgment(ctx, general, out)
            continue
        start = p.start_of(c)
        if start is None:
            continue
        rule = p.rule
        due = memo.get((p.key, start)) or ctx.due(p.key, rule.term, start, rule.atw)
        dues[term_id] = due
        out.append(deadline(ctx, p, due))
    if forwarded:
        general.append(plan.forwarded[ctx.lang])
    elif stopped and plan.handling_terms:
        general.append(plan.not_handled[ctx.lang])
    withdrawn = c.withdrawn_on
    if withdrawn is not None:  # handling stops: duties not yet due at withdrawal lapse
        out = [d for d in out if d.id in _OUTSIDE_HANDLING or d.due < withdrawn]
    return out


def deadline(ctx: Ctx, p: TermPlan, due: DueDate) -> Deadline:
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
    # which lives as long as the plan, and of a due date, which the deadline kept here
    # holds on to, so neither id can be reused while the entry exists.
    key = (p.deadline_id, p.citation_id, id(due), status, ctx.lang)
    memo = ctx.plan.deadlines
    found = memo.get(key)
    if found is None:
        if len(memo) >= MEMO_SIZE:
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


def _judgment(ctx: Ctx, general: list[Finding], out: list[Deadline]) -> None:
    """The judgment deadline, and the extended one; the law's where the regulation's is later."""
    c, j = ctx.c, ctx.plan.judgment
    assert j is not None  # the plan runs the term "judgment" only when it has one
    p = j.term
    start = p.start_of(c)
    if start is None:
        general.append(ctx.shared("judgment_not_started", p.rule.citation))
        return
    if c.withdrawn_on is not None and (c.judgment_on is None or c.withdrawn_on < c.judgment_on):
        return
    chosen, due, as_law = _chosen_term(ctx, j, start, general)
    outer = _extended(ctx, j, chosen, due, as_law, general) if j.extension else None
    current = due
    notified = c.extension_notified_on
    e = j.extension
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
    cited = p if chosen is p.rule else _as_rule(p, chosen)
    out.append(deadline(ctx, cited, current))
    if outer is not None and e is not None:
        ctx.dues["judgment_extension"] = outer
        out.append(deadline(ctx, e, outer))


def _as_rule(p: TermPlan, rule: TermRule) -> TermPlan:
    """The judgment's plan, citing the law's rule that replaces the regulation's."""
    return TermPlan(p.term_id, p.deadline_id, rule, p.key, p.start_of, p.done_of, id(rule.citation))


def _chosen_term(
    ctx: Ctx, j: JudgmentPlan, start: date, general: list[Finding]
) -> tuple[TermRule, DueDate, bool]:
    """The judgment term that applies (the regulation's, or the law's where that is
    sooner), its due date, and whether it counts as the law's."""
    p, law = j.term, j.law
    rule = p.rule
    due = ctx.memo.get((p.key, start)) or ctx.due(p.key, rule.term, start, rule.atw)
    if law is None:
        return rule, due, False
    law_start = j.law_start_of(ctx.c) or start
    as_law = same_count(law, rule, law_start == start) if j.as_law is None else j.as_law
    if as_law:
        return rule, due, True
    law_due = ctx.due(j.law_key, law.term, law_start, law.atw)
    if law_due.due < due.due:
        general.append(
            ctx.shared("later_than_law", rule.citation, term=rule.term.text, law_term=law.term.text)
        )
        return law, law_due, True
    return rule, due, False


def _extended(
    ctx: Ctx,
    j: JudgmentPlan,
    chosen: TermRule,
    due: DueDate,
    as_law: bool,
    general: list[Finding],
) -> DueDate:
    """The due date of the judgment with its extension; the law's where that is sooner."""
    e = j.extension
    assert e is not None
    ext = e.rule
    total: Term
    if chosen is j.term.rule and j.combined is not None:
        total, atw, key = j.combined, j.term.rule.atw or ext.atw, j.combined_key
    else:
        total, atw = combined(chosen, ext), chosen.atw or ext.atw
        key = term_key(total, atw)
    outer = ctx.memo.get((key, due.start)) or ctx.due(key, total, due.start, atw)
    if j.law is None or j.law_extension is None or (as_law and j.extension_as_law):
        return outer
    law_total = j.law_combined
    assert law_total is not None  # the plan has it when the law has both terms
    law_outer = ctx.due(j.law_combined_key, law_total, due.start, True)
    if law_outer.due < outer.due:
        general.append(
            ctx.shared("later_than_law", ext.citation, term=total.text, law_term=law_total.text)
        )
        return law_outer
    return outer
