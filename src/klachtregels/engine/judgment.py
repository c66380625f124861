"""The judgment term of one complaint, its extension and a further extension, in the fast
evaluator (Wkkgz art. 17; the regulation's own term where it is sooner).

* The term that applies is the regulation's, or the law's where that is sooner
  (``later_than_law``): the law base's term is a floor.
* The extension counts from the day of its notice (not on an ``as_of`` before it), when
  notified on or before the last day of the term, and in writing where the regulation or
  the law asks for that (a notice whose form is not known counts). A notice that states
  its own last day (``until``) or extension (``term``) gives that day, never more than
  the extension allows. Without such a notice the extended date is the latest the
  judgment can be; once the term has run out without one, the extended date no longer
  runs (``extension_lapsed``).
* Where the regulation provides for a further extension with consent
  (``acts.further_extension``), the complainant's consent runs the judgment to the day
  agreed, from the day of the consent on.
"""

from __future__ import annotations

from datetime import date

from klachtregels.engine.assessment import Deadline, Finding
from klachtregels.engine.context import Ctx, term_key
from klachtregels.engine.plan import JudgmentPlan, TermPlan, combined, next_day, same_count
from klachtregels.errors import DateOutOfRangeError
from klachtregels.law.terms import DueDate, Term, extended_due, stated_due
from klachtregels.model.complaint import Event
from klachtregels.model.regulation import TermRule

__all__ = ["judgment"]


def judgment(ctx: Ctx, general: list[Finding], out: list[Deadline]) -> None:
    """The judgment deadline, the extended one, and the one agreed with the complainant."""
    c, j = ctx.c, ctx.plan.judgment
    assert j is not None  # the plan runs the term "judgment" only when it has one
    p = j.term
    start = p.start_of(c)
    if start is None:
        general.append(ctx.shared("judgment_not_started", p.rule.citation))
        return
    try:
        chosen, due, as_law = _chosen_term(ctx, j, start, general)
        outer = _extended(ctx, j, chosen, due, as_law, general) if j.extension else None
    except DateOutOfRangeError as error:
        general.append(
            ctx.finding(
                "deadline_not_computable",
                p.rule.citation,
                term_id="judgment",
                date=error.date,
                first=error.first,
                last=error.last,
            )
        )
        return
    current, extended = due, outer
    if outer is not None:
        current, extended = _notified(ctx, j, due, outer, general)
    agreed = _agreed(ctx, j, current, general)
    ctx.dues["judgment"] = agreed or current
    cited = p if chosen is p.rule else _as_rule(p, chosen)
    out.append(ctx.deadline(cited.deadline_id, chosen.citation, current, c.judgment_on))
    e = j.extension
    if extended is not None and e is not None:
        ctx.dues["judgment_extension"] = extended
        out.append(ctx.deadline(e.deadline_id, e.rule.citation, extended, c.judgment_on))
    if agreed is not None and j.further is not None:
        out.append(
            ctx.deadline("judgment_further_extended", j.further.citation, agreed, c.judgment_on)
        )


def _as_rule(p: TermPlan, rule: TermRule) -> TermPlan:
    """The judgment's plan, citing the law's rule that replaces the regulation's."""
    return TermPlan(p.term_id, p.deadline_id, rule, p.key, p.start_of, p.done_of)


def _chosen_term(
    ctx: Ctx, j: JudgmentPlan, start: date, general: list[Finding]
) -> tuple[TermRule, DueDate, bool]:
    """The judgment term that applies (the regulation's, or the law's where that is
    sooner), its due date, and whether it counts as the law's."""
    p, law = j.term, j.law
    rule = p.rule
    due = ctx.memo.get((p.key, start)) or ctx.due(p.key, rule.term, start, rule.atw, p.next_day)
    if law is None:
        return rule, due, False
    law_start = j.law_start_of(ctx.c)
    if law_start is None:  # no complaint in the law's sense yet: its term has not started
        return rule, due, False
    as_law = same_count(law, rule, law_start == start) if j.as_law is None else j.as_law
    if as_law:
        return rule, due, True
    law_due = ctx.due(j.law_key, law.term, law_start, law.atw, next_day(law))
    if law_due.due < due.due:
        general.append(
            ctx.shared(
                "later_than_law",
                law.citation,
                rule.citation,
                term=rule.term.text,
                law_term=law.term.text,
            )
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
    """The latest due date of the judgment with its extension; the law's where sooner."""
    e = j.extension
    assert e is not None
    ext = e.rule
    atw = chosen.atw or ext.atw
    outer: DueDate
    if chosen.term.unit is not ext.term.unit:  # the law's weeks, the regulation's months
        outer = extended_due(due, ext.term, atw=atw, from_next_day=due.from_next_day)
    else:
        total, key = j.combined, j.combined_key
        if chosen is not j.term.rule or total is None:
            total = combined(chosen, ext)
            key = term_key(total, atw, due.from_next_day)
        # Counted as the term it extends is (``plan.next_day``).
        outer = ctx.memo.get((key, due.start)) or ctx.due(
            key, total, due.start, atw, due.from_next_day
        )
    if j.law is None or j.law_extension is None or (as_law and j.extension_as_law):
        return outer
    law_total, law_start = j.law_combined, j.law_start_of(ctx.c)
    assert law_total is not None  # the plan has it when the law has both terms
    if law_start is None:  # the law's term has not started
        return outer
    law_atw = j.law.atw or j.law_extension.atw
    law_outer = ctx.memo.get((j.law_combined_key, law_start)) or ctx.due(
        j.law_combined_key, law_total, law_start, law_atw, next_day(j.law)
    )
    if law_outer.due < outer.due:
        law_ext = j.law_extension
        general.append(
            ctx.shared(
                "later_than_law",
                law_ext.citation,
                ext.citation,
                term=outer.term_text,
                law_term=law_total.text,
            )
        )
        return law_outer
    return outer


def _notices(ctx: Ctx) -> list[Event | None]:
    """The extension notices given by ``as_of``, in date order; the flat
    ``extension_notified_on`` without an event is a notice of unknown form (None). A notice
    extends from its day on (art. 17 lid 2: the provider extends by notifying)."""
    c, as_of = ctx.c, ctx.as_of
    events = sorted((e for e in c.events if e.kind == "extension_notice"), key=lambda e: e.on)
    if not events and c.extension_notified_on is not None:
        return [None] if as_of is None or c.extension_notified_on <= as_of else []
    return [e for e in events if as_of is None or e.on <= as_of]


def _notified(
    ctx: Ctx, j: JudgmentPlan, due: DueDate, outer: DueDate, general: list[Finding]
) -> tuple[DueDate, DueDate | None]:
    """The judgment's due date after the extension notices, and the extended date that
    still runs (None once the term ran out without a notice that counts)."""
    e = j.extension
    assert e is not None
    cite, c, written = e.rule.citation, ctx.c, ctx.plan.readers.written
    for notice in _notices(ctx):
        on = notice.on if notice is not None else c.extension_notified_on
        assert on is not None
        if on > due.due:
            general.append(ctx.finding("extension_too_late", cite, on=on, due=due.due))
            break
        channel = notice.channel if notice is not None else None
        if j.notice_in_writing and channel is not None and channel not in written:
            general.append(ctx.finding("extension_not_in_writing", cite, on=on, channel=channel))
            continue
        extended = _stated(ctx, j, due, outer, notice, general)
        general.append(ctx.finding("extension_notified", cite, on=on, due=extended.due))
        return extended, extended
    if ctx.as_of is not None and ctx.as_of > due.due:
        general.append(ctx.shared("extension_lapsed", cite, due=due.due))
        return due, None
    return due, outer


def _stated(
    ctx: Ctx,
    j: JudgmentPlan,
    due: DueDate,
    outer: DueDate,
    notice: Event | None,
    general: list[Finding],
) -> DueDate:
    """The extended due date a notice gives: the day or the extension it states, never
    later than the extension allows."""
    if notice is None or (notice.until is None and notice.term is None):
        return outer
    if notice.until is not None:
        day = notice.until
    else:
        assert notice.term is not None
        e = j.extension
        assert e is not None
        base = due.term  # the term that applies: the regulation's, or the law's where sooner
        nd = due.from_next_day
        if notice.term.unit is not base.unit:
            day = extended_due(due, notice.term, atw=True, from_next_day=nd).due
        else:
            total = Term(
                base.amount + notice.term.amount, base.unit, f"{base.text} + {notice.term.text}"
            )
            day = ctx.due(term_key(total, True, nd), total, due.start, True, nd).due
    if day >= outer.due:
        if day > outer.due:
            general.append(ctx.finding("extension_capped", j.term.rule.citation, until=day))
        return outer
    return stated_due(outer.term, due.start, max(day, due.due), notice.on, ctx.cal)


def _agreed(ctx: Ctx, j: JudgmentPlan, current: DueDate, general: list[Finding]) -> DueDate | None:
    """The day agreed for a further extension with the complainant's consent, where the
    regulation provides for one and the day lies after the current due date."""
    consent = ctx.c.event("extension_consent")
    if consent is None or (ctx.as_of is not None and consent.on > ctx.as_of):
        return None  # not (yet) agreed on as_of
    if consent.until is None or consent.until <= current.due:
        return None
    if j.further is None:
        general.append(
            ctx.finding("consent_not_provided", j.term.rule.citation, until=consent.until)
        )
        return None
    general.append(
        ctx.finding("extension_agreed", j.further.citation, on=consent.on, until=consent.until)
    )
    return stated_due(current.term, current.start, consent.until, consent.on, ctx.cal)
