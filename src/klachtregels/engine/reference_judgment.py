"""The judgment term in the reference evaluator (Wkkgz art. 17; the regulation's own term
where it is sooner), its extension and a further extension with consent.

* Art. 17 lid 1: the judgment within six weeks "na indiening van de klacht"; the law
  base's term is a floor: where the regulation's is later, the law's applies.
* Lid 2: extended by at most four weeks, notified (in writing, where the regulation or
  the law asks) before the six weeks expire; a notice stating an earlier day, or a
  shorter extension, gives that day. Without a notice that counts, the extended date is
  the latest the judgment can be until the six weeks run out; then it no longer runs.
* A further extension with the complainant's consent (Livio art. 10 lid 2, where
  ``acts.further_extension`` provides one) runs to the day agreed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from klachtregels.engine.assessment import Deadline, Finding
from klachtregels.engine.reference_read import Case, day_of, term_start, written_channels
from klachtregels.engine.reference_terms import deadline, not_computable
from klachtregels.errors import DateOutOfRangeError
from klachtregels.law.terms import DueDate, Term, due_date, extended_due, stated_due
from klachtregels.model.complaint import Event
from klachtregels.model.regulation import TermRule

__all__ = ["judgment_deadlines"]


@dataclass(frozen=True)
class _Rules:
    """The judgment's rules: the regulation's (in force) and the law base's floors."""

    judgment: TermRule
    extension: TermRule | None
    law: TermRule | None
    law_extension: TermRule | None


def _both(first: TermRule, ext: TermRule) -> Term:
    """Six weeks extended by four: a ten-week term from the same start (in one unit; the
    law's weeks extended by a regulation's months are counted on from the last day of the
    weeks, by :func:`~klachtregels.law.terms.extended_due`)."""
    return Term(
        first.term.amount + ext.term.amount, first.term.unit, f"{first.term.text} + {ext.term.text}"
    )


def _same_count(a: TermRule, b: TermRule, same_start: bool) -> bool:
    """Whether two rules give the same due date: the same rule, or the same start, term and
    Atw."""
    return a is b or (
        same_start and a.term == b.term and a.atw == b.atw and a.counting == b.counting
    )


def _next_day(rule: TermRule) -> bool:
    """Whether ``rule`` counts from the next day (BW 3:310); the judgment extended is
    counted as the judgment term is (the reading of :func:`klachtregels.engine.plan.next_day`)."""
    return rule.counting == "from_the_next_day"


def judgment_deadlines(case: Case, general: list[Finding]) -> list[Deadline]:
    """The judgment deadline, the extended one while it runs, and the one agreed."""
    reg = case.reg
    floors = reg.floors("terms")
    rules = _Rules(
        reg.terms["judgment"],
        reg.terms.get("judgment_extension"),
        floors.get("judgment"),
        floors.get("judgment_extension"),
    )
    start = term_start(case, "judgment")
    if start is None:
        general.append(case.finding("judgment_not_started", rules.judgment.citation))
        return []
    try:
        chosen, due, as_law = _applying_term(case, rules, start, general)
        outer = _latest(case, rules, chosen, due, as_law, general)
    except DateOutOfRangeError as e:
        general.append(not_computable(case, "judgment", rules.judgment.citation, e))
        return []
    current, extended = due, outer
    if outer is not None:
        current, extended = _after_notices(case, rules, due, outer, general)
    agreed = _agreed(case, rules, current, general)
    case.dues["judgment"] = agreed or current
    done = case.c.judgment_on
    out = [deadline(case, "judgment", chosen.citation, current, done)]
    if extended is not None and rules.extension is not None:
        case.dues["judgment_extension"] = extended
        out.append(deadline(case, "judgment_extended", rules.extension.citation, extended, done))
    further = reg.acts.get("further_extension")
    if agreed is not None and further is not None:
        out.append(deadline(case, "judgment_further_extended", further.citation, agreed, done))
    return out


def _applying_term(
    case: Case, rules: _Rules, start: date, general: list[Finding]
) -> tuple[TermRule, DueDate, bool]:
    """The judgment term that applies, its due date, and whether it counts as the law's:
    the regulation's, unless the law's (from the law's own start) is sooner."""
    own, law = rules.judgment, rules.law
    due = due_date(own.term, start, atw=own.atw, calendar=case.cal, from_next_day=_next_day(own))
    law_start = day_of(case, law.start) if law is not None else None
    if law is None or law_start is None:  # no complaint in the law's sense (yet)
        return own, due, False
    if _same_count(law, own, law_start == start):
        return own, due, True
    law_due = due_date(
        law.term, law_start, atw=law.atw, calendar=case.cal, from_next_day=_next_day(law)
    )
    if law_due.due >= due.due:
        return own, due, False
    general.append(
        case.finding(
            "later_than_law", law.citation, own.citation, term=own.term.text, law_term=law.term.text
        )
    )
    return law, law_due, True


def _latest(
    case: Case,
    rules: _Rules,
    chosen: TermRule,
    due: DueDate,
    as_law: bool,
    general: list[Finding],
) -> DueDate | None:
    """The latest due date with the extension (the term that applies plus the extension,
    from the same start); the law's ten weeks where those are sooner."""
    ext, law, law_ext = rules.extension, rules.law, rules.law_extension
    if ext is None:
        return None
    atw = chosen.atw or ext.atw
    if chosen.term.unit is ext.term.unit:
        total = _both(chosen, ext)
        outer = due_date(
            total, due.start, atw=atw, calendar=case.cal, from_next_day=_next_day(chosen)
        )
    else:  # the law's six weeks, then the regulation's extension in its own unit
        outer = extended_due(due, ext.term, atw=atw, from_next_day=_next_day(chosen))
    if law is None or law_ext is None:
        return outer
    if as_law and _same_count(law_ext, ext, True):
        return outer
    law_start = day_of(case, law.start)
    if law_start is None:
        return outer
    law_total = _both(law, law_ext)
    law_atw = law.atw or law_ext.atw
    law_outer = due_date(
        law_total, law_start, atw=law_atw, calendar=case.cal, from_next_day=_next_day(law)
    )
    if law_outer.due >= outer.due:
        return outer
    general.append(
        case.finding(
            "later_than_law",
            law_ext.citation,
            ext.citation,
            term=outer.term_text,
            law_term=law_total.text,
        )
    )
    return law_outer


def _notices(case: Case) -> list[Event | None]:
    """The extension notices given by the day judged on, by date; the flat
    ``extension_notified_on`` alone is a notice whose form is not known (None).

    Art. 17 lid 2: the provider extends the term by notifying the complainant ("doet
    daarvan ... schriftelijk mededeling"): before the day of its notice, the term is not
    extended."""
    c = case.c
    events = sorted((e for e in c.events if e.kind == "extension_notice"), key=lambda e: e.on)
    if not events and c.extension_notified_on is not None:
        return [None] if case.happened(c.extension_notified_on) else []
    return [e for e in events if case.happened(e.on)]


def _after_notices(
    case: Case, rules: _Rules, due: DueDate, outer: DueDate, general: list[Finding]
) -> tuple[DueDate, DueDate | None]:
    """The due date after the notices, and the extended date still running: the first
    notice in time (and in writing where asked) extends; a late one ends the search."""
    assert rules.extension is not None
    cite = rules.extension.citation
    forms = (rules.extension.notice, rules.law_extension.notice if rules.law_extension else None)
    in_writing = "in_writing" in forms
    for notice in _notices(case):
        on = notice.on if notice is not None else case.c.extension_notified_on
        assert on is not None
        if on > due.due:
            general.append(case.finding("extension_too_late", cite, on=on, due=due.due))
            break
        channel = notice.channel if notice is not None else None
        if in_writing and channel is not None and channel not in written_channels(case.reg):
            general.append(case.finding("extension_not_in_writing", cite, on=on, channel=channel))
            continue
        extended = _stated(case, rules, due, outer, notice, general)
        general.append(case.finding("extension_notified", cite, on=on, due=extended.due))
        return extended, extended
    if case.as_of is not None and case.as_of > due.due:
        general.append(case.finding("extension_lapsed", cite, due=due.due))
        return due, None
    return due, outer


def _stated(
    case: Case,
    rules: _Rules,
    due: DueDate,
    outer: DueDate,
    notice: Event | None,
    general: list[Finding],
) -> DueDate:
    """The day a notice states (``until``, or the extension ``term`` it names added to the
    judgment term that applies, counted under the Atw from its start), never later than
    the extension allows."""
    if notice is None or (notice.until is None and notice.term is None):
        return outer
    base = due.term  # the term that applies: the regulation's, or the law's where sooner
    if notice.until is not None:
        day = notice.until
    else:
        assert notice.term is not None
        if notice.term.unit is not base.unit:  # counted on from the term's last day
            counted = extended_due(due, notice.term, atw=True, from_next_day=due.from_next_day)
        else:
            total = Term(
                base.amount + notice.term.amount, base.unit, f"{base.text} + {notice.term.text}"
            )
            counted = due_date(
                total, due.start, atw=True, calendar=case.cal, from_next_day=due.from_next_day
            )
        day = counted.due
    if day > outer.due:
        general.append(case.finding("extension_capped", rules.judgment.citation, until=day))
    if day >= outer.due:
        return outer
    return stated_due(outer.term, due.start, max(day, due.due), notice.on, case.cal)


def _agreed(case: Case, rules: _Rules, current: DueDate, general: list[Finding]) -> DueDate | None:
    """Consent to a further extension, given by the day judged on: the day agreed, where
    the regulation provides for one and that day is later than the current due date."""
    consent = case.c.event("extension_consent")
    if consent is None or not case.happened(consent.on):  # not (yet) agreed on as_of
        return None
    if consent.until is None or consent.until <= current.due:
        return None
    further = case.reg.acts.get("further_extension")
    if further is None:
        general.append(
            case.finding("consent_not_provided", rules.judgment.citation, until=consent.until)
        )
        return None
    general.append(
        case.finding("extension_agreed", further.citation, on=consent.on, until=consent.until)
    )
    return stated_due(current.term, current.start, consent.until, consent.on, case.cal)
