"""The deadlines of a complaint in the reference evaluator: each term counted from the
regulation's rule as it stands, the law's floor beside it, nothing remembered.

* Which terms run (``TERM_KINDS``): not those that need consent, not an extension on its
  own; those of the handling only for a complaint handled here; the damages terms only
  for a damages claim (and the kinds of damage they are for, BW 3:310 lid 5).
* The law is a floor (``floor`` in the law base): a provider's duty no later, a
  complainant's term no shorter, than the law's.
* After a withdrawal that counts, duties of the handling not yet due lapse.

The judgment and its extension are in :mod:`klachtregels.engine.reference_judgment`.
"""

from __future__ import annotations

from datetime import date

from klachtregels.engine.assessment import Deadline, Finding, Status
from klachtregels.engine.reference_read import Case, complaint_on, day_of, term_met, term_start
from klachtregels.errors import DateOutOfRangeError
from klachtregels.law.terms import DueDate, due_date
from klachtregels.model.regulation import Citation, TermRule
from klachtregels.model.vocabulary import TERM_KINDS

__all__ = [
    "count",
    "count_or_say",
    "damages",
    "deadline",
    "minor_limitation",
    "not_computable",
    "other_deadlines",
    "survives",
]


def count(case: Case, rule: TermRule, start: date) -> DueDate:
    """The last day of ``rule``'s term from ``start`` (``law.terms.due_date``)."""
    next_day = rule.counting == "from_the_next_day"
    return due_date(rule.term, start, atw=rule.atw, calendar=case.cal, from_next_day=next_day)


def not_computable(case: Case, term_id: str, citation: Citation, e: DateOutOfRangeError) -> Finding:
    """The finding that a due date lies outside the calendar (and so is not given)."""
    return case.finding(
        "deadline_not_computable",
        citation,
        term_id=term_id,
        date=e.date,
        first=e.first,
        last=e.last,
    )


def count_or_say(
    case: Case, term_id: str, rule: TermRule, start: date, out: list[Finding]
) -> DueDate | None:
    """:func:`count`, or where a day lies outside the calendar a finding in ``out``."""
    try:
        return count(case, rule, start)
    except DateOutOfRangeError as e:
        out.append(not_computable(case, term_id, rule.citation, e))
        return None


def status(case: Case, done: date | None, due: date) -> Status | None:
    """Met or missed once done (by ``as_of``); else open up to the due date, then missed;
    without ``as_of`` and not done: no status."""
    if done is not None and case.happened(done):
        return "met" if done <= due else "missed"
    if case.as_of is None:
        return None
    return "open" if case.as_of <= due else "missed"


def deadline(
    case: Case, deadline_id: str, citation: Citation, due: DueDate, done: date | None
) -> Deadline:
    """A deadline due on ``due``, met on ``done``; it shows the term it was counted with."""
    case.done[deadline_id] = done
    return Deadline(
        deadline_id,
        due.start,
        due.due,
        due.term_text,
        due.due != due.plain,
        status(case, done, due.due),
        citation,
        due,
        case.lang,
    )


# ---------------------------------------------------------------- which terms run


def runs_for_damage(rule: TermRule, kind: str | None) -> bool:
    """BW 3:310 lid 5: a damages term for some kinds of damage runs where the complaint's
    kind may be one of them (an unknown kind may)."""
    return rule.damage is None or kind is None or kind in rule.damage


def runs(case: Case, term_id: str, rule: TermRule, handled: bool) -> bool:
    """Whether a term (other than the judgment's) runs for this complaint."""
    kind = TERM_KINDS[term_id]
    if rule.consent_required or kind.extends is not None:
        return False
    if kind.during_handling and not handled:
        return False
    if kind.damages and not case.c.claims_damages:
        return False
    if term_id == "damages_limitation_minor":
        return minor_limitation(case) is not None
    return runs_for_damage(rule, case.c.damage_kind)


def other_deadlines(
    case: Case, term_id: str, rule: TermRule, general: list[Finding]
) -> Deadline | None:
    """The deadline of one running term other than the judgment: counted from its start,
    the law's floor applied."""
    start = term_start(case, term_id)
    if start is None:
        return None
    due = count_or_say(case, term_id, rule, start, general)
    if due is None:
        return None
    cited = rule
    law = case.reg.floors("terms").get(term_id)
    if law is not None and law is not rule:
        cited, due = _floor(case, term_id, rule, law, due, general)
    case.dues[term_id] = due
    return deadline(
        case, TERM_KINDS[term_id].deadline, cited.citation, due, term_met(case, term_id)
    )


def _floor(
    case: Case,
    term_id: str,
    rule: TermRule,
    law: TermRule,
    due: DueDate,
    general: list[Finding],
) -> tuple[TermRule, DueDate]:
    """The law as a floor: where the law's term gives the complainant longer, or the
    provider less time, than the regulation's, the law's term applies, and a finding cites
    both (``shorter_than_law`` / ``later_than_law``)."""
    start = day_of(case, law.start or case.reg.start_of(term_id))
    law_due = count_or_say(case, term_id, law, start, general) if start is not None else None
    if law_due is None:
        return rule, due
    complainant = TERM_KINDS[term_id].party == "complainant"
    if complainant and law_due.due > due.due:
        code = "shorter_than_law"
    elif not complainant and law_due.due < due.due:
        code = "later_than_law"
    else:
        return rule, due
    general.append(
        case.finding(code, law.citation, rule.citation, term=rule.term.text, law_term=law.term.text)
    )
    return law, law_due


def survives(case: Case, d: Deadline, withdrawn: date) -> bool:
    """After a withdrawal, a deadline stays when it is no duty of the handling, was due
    before the day of withdrawal, or was met by that day."""
    outside = {k.deadline for k in TERM_KINDS.values() if not k.during_handling}
    if d.id in outside or d.due < withdrawn:
        return True
    met = case.done.get(d.id)
    return met is not None and met <= withdrawn


# ---------------------------------------------------------------- BW 3:310


def minor_limitation(case: Case) -> tuple[TermRule, DueDate] | None:
    """BW 3:310 lid 5, second sentence: for a client who was a minor when the damage became
    known, five years from the day after majority (where the kind may be injury)."""
    c = case.c
    rule = case.reg.terms.get("damages_limitation_minor")
    if rule is None or c.damage_known_on is None or not runs_for_damage(rule, c.damage_kind):
        return None
    age = c.age_on(c.damage_known_on)
    start = term_start(case, "damages_limitation_minor")
    if age is None or age >= 18 or start is None:
        return None
    due = count_or_say(case, "damages_limitation_minor", rule, start, [])
    return (rule, due) if due is not None else None


def damages(case: Case, filed: date) -> list[Finding]:
    """A complaint filed after the filing term that claims damages: BW 3:310 instead.

    Lid 1: five years from the day after the damage and the liable person became known
    (lid 5: from the day after majority for a minor, where later); the twenty-year
    long-stop not for injury or death. An unknown kind of damage is read in the
    complainant's favour, with a finding that the answer depends on it."""
    c, terms = case.c, case.reg.terms
    limit = terms.get("damages_limitation")
    if limit is None:
        return [case.finding("damages_no_limitation_rule")]
    known = term_start(case, "damages_limitation")
    if known is None:
        return [case.finding("damage_known_unknown", limit.citation)]
    out: list[Finding] = []
    due = count_or_say(case, "damages_limitation", limit, known, out)
    if due is None:
        return out
    latest, cite = due, limit.citation
    minor = minor_limitation(case)
    if minor is not None and minor[1].due > due.due:
        latest, cite = minor[1], minor[0].citation
    if filed > latest.due:
        return [case.finding("damages_time_barred", cite, due=latest.due)]
    if c.damage_kind is None and latest is not due and filed > due.due:
        out.append(case.finding("damage_kind_matters", cite))
    out.append(case.finding("damages_limitation", cite, due=latest.due))
    return _long_stop(case, filed, out)


def _long_stop(case: Case, filed: date, out: list[Finding]) -> list[Finding]:
    """BW 3:310 lid 1: twenty years from the event, where it runs for the kind of damage."""
    c = case.c
    stop = case.reg.terms.get("damages_long_stop")
    start = term_start(case, "damages_long_stop")
    if stop is None or start is None or not runs_for_damage(stop, c.damage_kind):
        return out
    long_due = count_or_say(case, "damages_long_stop", stop, start, out)
    if long_due is not None and filed > long_due.due:
        if c.damage_kind is not None:
            return [case.finding("damages_time_barred", stop.citation, due=long_due.due)]
        out.append(case.finding("damage_kind_matters", stop.citation))
    return out


def filed_on(case: Case) -> date:
    """The day filed, for the filing term: the complaint in the regulation's sense, else
    its receipt."""
    return complaint_on(case) or case.c.received_on
