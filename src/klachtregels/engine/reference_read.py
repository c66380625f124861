"""How the reference evaluator reads a complaint: its days, its facts, its conditions.

Plain functions of the regulation, the complaint and the day judged on (a
:class:`Case`); nothing is compiled or remembered. What the words mean comes from the
vocabulary (:mod:`klachtregels.model.vocabulary`): where each start event is dated
(``START_EVENTS``, ``DERIVED_DAYS``), which facts are always known (``FACTS``), what meets
a term (``TERM_KINDS``). Used by :mod:`klachtregels.engine.reference` only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from klachtregels.engine.assessment import Finding
from klachtregels.law.calendar import LegalCalendar
from klachtregels.law.terms import DueDate
from klachtregels.messages import Lang
from klachtregels.model.complaint import Complaint, Event
from klachtregels.model.regulation import Citation, Condition, Regulation
from klachtregels.model.vocabulary import FACTS, START_EVENTS, TERM_KINDS

__all__ = [
    "Case",
    "complaint_on",
    "date_of",
    "day_of",
    "formal_steps",
    "holds",
    "judged_on",
    "passed",
    "received_on",
    "term_met",
    "term_start",
    "withdrawal",
    "written_channels",
    "written_on",
]


@dataclass
class Case:
    """One complaint under one regulation on one day, and what the evaluation found so far."""

    reg: Regulation
    c: Complaint
    as_of: date | None
    lang: Lang
    cal: LegalCalendar
    #: The day of a withdrawal that counts and has happened on ``as_of``.
    withdrawn_on: date | None = None
    #: The due dates found, per term id (``deadline_passed`` reads them).
    dues: dict[str, DueDate] = field(default_factory=dict)
    #: The day each deadline found was met, per deadline id.
    done: dict[str, date | None] = field(default_factory=dict)

    def finding(
        self,
        code: str,
        citation: Citation | None = None,
        overrides: Citation | None = None,
        **params: Any,
    ) -> Finding:
        return Finding(code, citation, params, self.lang, overrides)

    def happened(self, day: date | None) -> bool:
        """Whether something dated ``day`` has happened on the day judged on."""
        return day is not None and (self.as_of is None or day <= self.as_of)


# ---------------------------------------------------------------- the regulation's words


def written_channels(reg: Regulation) -> frozenset[str]:
    """The channels through which a complaint exists in writing (``ChannelRule.written``)."""
    return frozenset(ch for ch, rule in reg.channels.items() if rule.written)


def formal_steps(reg: Regulation) -> frozenset[str]:
    """The steps that handle a complaint formally: the provider, and each ``formal`` step."""
    return frozenset({"provider", *(k for k, v in reg.escalation.items() if v.formal)})


def _complaint_to(reg: Regulation) -> frozenset[str]:
    """The steps a complaint in the regulation's sense is addressed to (``acts.complaint.to``,
    else the formal steps)."""
    act = reg.acts.get("complaint")
    return frozenset({act.to}) if act is not None and act.to else formal_steps(reg)


def _committee_judges(reg: Regulation) -> bool:
    return reg.judging_step() == "complaints_committee"


# ---------------------------------------------------------------- days of the complaint


def _resumed(case: Case, day: date) -> date:
    """AdmissibilityRule.ended_by: where a ground of kind fact holds and an event ended it
    (Livio art. 5 lid 4, the informal route failed), the complaint counts as received on
    that event's day (the first such event), when that is later."""
    c = case.c
    for g in case.reg.admissibility.values():
        if g.ground != "fact" or g.ended_by is None or g.fact is None:
            continue
        name = str(g.fact)
        value = c.extra.get(name[6:]) if name.startswith("extra.") else getattr(c, name, None)
        ended = [e.on for e in c.events if e.kind == g.ended_by]
        if value and ended:
            day = max(day, min(ended))
    return day


def received_on(case: Case, to: frozenset[str] | None = None) -> date | None:
    """DERIVED_DAYS["receipt"]: the day the formal handling (or the steps ``to``) received the
    complaint: ``received_on`` when it was not addressed elsewhere, else the first ``filed``
    event to one of those steps; moved to the day a resumption event took it in."""
    c = case.c
    steps = formal_steps(case.reg) if to is None else to
    day: date | None = c.received_on
    if c.addressed_to is not None and c.addressed_to not in steps:
        filed = [e.on for e in c.events if e.kind == "filed" and e.to in steps]
        day = min(filed) if filed else None
    return _resumed(case, day) if day is not None else None


def _channel_on(c: Complaint, day: date) -> str:
    """The channel the complaint came in through on ``day``: a ``filed`` (or
    ``informal_route_ended``) event of that day that says its channel, else ``channel``."""
    if day != c.received_on or c.addressed_to is not None:
        for e in c.events:
            if e.kind in ("filed", "informal_route_ended") and e.on == day and e.channel:
                return e.channel
    return c.channel


def written_on(case: Case, to: frozenset[str] | None = None) -> date | None:
    """DERIVED_DAYS["in_writing"]: the first day, from its receipt, the complaint exists in
    writing: ``in_writing_on`` (not before that receipt), else the receipt itself when it
    came through a channel the regulation counts as written."""
    day = received_on(case, to)
    if day is None:
        return None
    if case.c.in_writing_on is not None:
        return max(case.c.in_writing_on, day)
    return day if _channel_on(case.c, day) in written_channels(case.reg) else None


def complaint_on(case: Case) -> date | None:
    """DERIVED_DAYS["complaint"]: the complaint in the regulation's sense (``acts.complaint``):
    in writing where its form is ``in_writing``, else received, by the steps it names."""
    act = case.reg.acts.get("complaint")
    to = _complaint_to(case.reg)
    if act is not None and act.form == "in_writing":
        return written_on(case, to)
    return received_on(case, to)


def judged_on(case: Case) -> date | None:
    """The day the judging step gave its judgment: the judgment, or the committee's judgment
    where the complaints committee gives the judgment (one event closes that step)."""
    c = case.c
    if _committee_judges(case.reg):
        return c.judgment_on or c.committee_judgment_on
    return c.judgment_on


def _committee_judgment_on(case: Case) -> date | None:
    """DERIVED_DAYS["committee_judgment"]."""
    c = case.c
    if _committee_judges(case.reg):
        return c.committee_judgment_on or c.judgment_on
    return c.committee_judgment_on


def _majority_on(c: Complaint) -> date | None:
    """DERIVED_DAYS["majority"]: the eighteenth birthday (29 February: 28 February)."""
    b = c.client_birth_date
    if b is None:
        return None
    if b.month == 2 and b.day == 29 and not _leap(b.year + 18):
        return date(b.year + 18, 2, 28)
    return date(b.year + 18, b.month, b.day)


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def date_of(case: Case, name: str) -> date | None:
    """The day of a start event (``StartEvent``) or of what meets a term (``met_by``)."""
    name = START_EVENTS.get(name, name)
    if name == "receipt":
        return received_on(case)
    if name == "in_writing":
        return written_on(case)
    if name == "complaint":
        return complaint_on(case)
    if name == "committee_judgment":
        return _committee_judgment_on(case)
    if name == "majority":
        return _majority_on(case.c)
    value = case.c.extra.get(name[6:]) if name.startswith("extra.") else getattr(case.c, name)
    return value if isinstance(value, date) else None


def day_of(case: Case, name: str | None) -> date | None:
    """:func:`date_of`, and no day for no event."""
    return date_of(case, name) if name is not None else None


def term_start(case: Case, term_id: str) -> date | None:
    """The day a term of the regulation runs from (an extension: its term's start)."""
    return day_of(case, case.reg.start_of(term_id))


def term_met(case: Case, term_id: str) -> date | None:
    """The day the act that meets a term was done (``TERM_KINDS[..].met_by``)."""
    met_by = TERM_KINDS[term_id].met_by
    return date_of(case, met_by) if met_by is not None else None


def withdrawal(case: Case) -> tuple[date | None, Event | None]:
    """The day of withdrawal if it counts, and the withdrawal that does not: where
    ``acts.withdrawal`` asks for writing (Livio art. 9), one whose channel is known and not
    written does not count."""
    c, act = case.c, case.reg.acts.get("withdrawal")
    if c.withdrawn_on is None or act is None or act.form != "in_writing":
        return c.withdrawn_on, None
    event = c.event("withdrawal")
    if event is None or event.channel is None or event.channel in written_channels(case.reg):
        return c.withdrawn_on, None
    return None, event


# ---------------------------------------------------------------- facts and conditions


def fact(case: Case, name: str) -> bool | None:
    """A fact as true, false or unknown (None): FACTS says its type; extra.<x> is unknown
    when absent."""
    c = case.c
    if name.startswith("extra."):
        v = c.extra.get(name[6:])
        return None if v is None else bool(v)
    kind = FACTS[name]
    if kind.type == "flag":
        return bool(getattr(c, name))
    if kind.type == "maybe":
        v = getattr(c, name)
        return None if v is None else bool(v)
    if name == "judgment_given":  # from its day on
        return case.happened(c.judgment_on)
    if name == "withdrawn":
        return case.happened(case.withdrawn_on)
    if name == "extension_notified":
        return c.extension_notified_on is not None
    return written_on(case) is not None  # in_writing


def passed(case: Case, term_id: str) -> bool:
    """``deadline_passed``: on ``as_of``, the term's due date is behind us and the act that
    meets it was not done by then."""
    due = case.dues.get(term_id)
    if due is None or case.as_of is None:
        return False
    done = term_met(case, term_id)
    return case.as_of > due.due and (done is None or done > due.due)


def holds(case: Case, cond: Condition) -> bool:
    """Whether a condition holds; an unknown fact equals neither value."""
    if cond.always is not None:
        return cond.always
    if cond.fact is not None:
        value = fact(case, cond.fact)
        return value is not None and value == cond.equals
    if cond.deadline_passed is not None:
        return passed(case, cond.deadline_passed)
    if cond.any is not None:
        return any(holds(case, x) for x in cond.any)
    if cond.all is not None:
        return all(holds(case, x) for x in cond.all)
    assert cond.not_ is not None
    return not holds(case, cond.not_)
