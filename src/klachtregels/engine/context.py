"""The context of one evaluation: the complaint, the day it is judged on, and where the
evaluator looks up what it computed before.

A :class:`Ctx` lives for one call of :func:`klachtregels.evaluate`; the plan and the
due-date memo it points at belong to the engine (:mod:`klachtregels.engine.evaluate`),
never to the regulation or the calendar.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from klachtregels.engine.assessment import Deadline, Finding, Status
from klachtregels.errors import DateOutOfRangeError
from klachtregels.law.calendar import LegalCalendar
from klachtregels.law.terms import DueDate, Term, due_date
from klachtregels.messages import Lang
from klachtregels.model.complaint import Complaint
from klachtregels.model.regulation import Citation

if TYPE_CHECKING:
    from klachtregels.engine.plan import Plan, TermPlan

__all__ = ["MEMO_SIZE", "Ctx", "DateOf", "Fact", "Test", "fixed", "term_key"]

#: How many due dates a calendar, and deadlines, routes and findings a regulation, may
#: have remembered before the memo starts over. All full take about 37 MB (measured with
#: tracemalloc, Livio, one calendar); half this size made the benchmark's 100,000
#: complaints over 3,000 days 25% slower.
MEMO_SIZE = 1 << 16


@dataclass(slots=True)
class Ctx:
    c: Complaint
    as_of: date | None
    lang: Lang
    cal: LegalCalendar
    plan: Plan
    #: Due dates computed on ``cal``, shared by all evaluations on it (see :meth:`due`).
    memo: dict[tuple[str, date], DueDate]
    #: The due dates this evaluation found, per term id (for ``deadline_passed``).
    dues: dict[str, DueDate]
    #: The day the complaint was withdrawn, where the withdrawal counts and has happened
    #: on ``as_of`` (a withdrawal counts from its day on, as a judgment does).
    withdrawn_on: date | None = None
    #: The day each deadline found was met (its act done), per deadline id.
    done: dict[str, date | None] | None = None

    def finding(
        self,
        code: str,
        citation: Citation | None = None,
        overrides: Citation | None = None,
        **params: Any,
    ) -> Finding:
        return Finding(code, citation, params, self.lang, overrides)

    def shared(
        self,
        code: str,
        citation: Citation | None = None,
        overrides: Citation | None = None,
        **params: Any,
    ) -> Finding:
        """A finding whose text depends on the regulation alone: built once per regulation
        and language, shared by the assessments (it is immutable)."""
        key = (code, id(citation), id(overrides), self.lang, *params.values())
        shared = self.plan.findings
        found = shared.get(key)
        if found is None:
            if len(shared) >= MEMO_SIZE:
                shared.clear()
            found = shared[key] = fixed(code, citation, self.lang, overrides, **params)
        return found

    def due(self, key: str, term: Term, start: date, atw: bool, next_day: bool = False) -> DueDate:
        """:func:`due_date` on this calendar; ``key`` names ``(term, atw)`` (:func:`term_key`).

        A due date depends on nothing but the term, the start, the Atw and the
        calendar, so one computed before on this calendar is reused.
        """
        memo = self.memo
        found = memo.get((key, start))
        if found is None:
            if len(memo) >= MEMO_SIZE:
                memo.clear()
            found = memo[key, start] = due_date(
                term, start, atw=atw, calendar=self.cal, from_next_day=next_day
            )
        return found

    def due_or_finding(self, p: TermPlan, start: date, out: list[Finding]) -> DueDate | None:
        """The due date of term plan ``p`` from ``start``; where it cannot be computed (a day
        outside the calendar), a finding in ``out`` that says why, and None."""
        rule = p.rule
        try:
            return self.due(p.key, rule.term, start, rule.atw, p.next_day)
        except DateOutOfRangeError as e:
            out.append(
                self.finding(
                    "deadline_not_computable",
                    rule.citation,
                    term_id=p.term_id,
                    date=e.date,
                    first=e.first,
                    last=e.last,
                )
            )
            return None

    def deadline(
        self, deadline_id: str, citation: Citation, due: DueDate, done: date | None
    ) -> Deadline:
        """The deadline ``deadline_id`` due on ``due``, met on ``done``, showing the term
        ``due`` was counted with; equal deadlines are shared (they are immutable).

        Its status on ``as_of``: met or missed once done (by ``as_of``), else open until
        the due date and missed after it; None without ``as_of``."""
        day, as_of = due.due, self.as_of
        status: Status | None
        if done is not None and (as_of is None or done <= as_of):
            status = "met" if done <= day else "missed"
        elif as_of is None:
            status = None
        else:
            status = "open" if as_of <= day else "missed"
        if self.done is not None:
            self.done[deadline_id] = done
        # The key holds ids: of a citation, which lives as long as the plan, and of a due
        # date, which the deadline kept here holds on to, so neither id can be reused while
        # the entry exists.
        key = (deadline_id, id(citation), id(due), status, self.lang)
        memo = self.plan.deadlines
        found = memo.get(key)
        if found is None:
            if len(memo) >= MEMO_SIZE:
                memo.clear()
            found = memo[key] = Deadline(
                deadline_id,
                due.start,
                due.due,
                due.term_text,
                due.due != due.plain,
                status,
                citation,
                due,
                self.lang,
            )
        return found

    def passed(self, term_id: str) -> bool:
        """Whether the deadline of ``term_id`` ran out, on ``as_of``, without its event."""
        due = self.dues.get(term_id)
        if due is None or self.as_of is None:
            return False
        done = self.plan.terms_by_id[term_id].done_of(self.c)
        return self.as_of > due.due and (done is None or done > due.due)


def fixed(
    code: str,
    citation: Citation | None,
    lang: Lang,
    overrides: Citation | None = None,
    **params: Any,
) -> Finding:
    """A finding that depends on the regulation alone, shared by all assessments."""
    return Finding(code, citation, MappingProxyType(params), lang, overrides)


def term_key(term: Term, atw: bool, next_day: bool = False) -> str:
    """Names (term, atw, counting) in the due-date memo; with the wording, which a due
    date shows."""
    return f"{term.amount} {term.unit.value} {atw} {next_day} {term.text}"


#: A compiled condition; a fact as true, false or unknown (None); a day of the complaint.
Test = Callable[[Ctx], bool]
Fact = Callable[[Ctx], "bool | None"]
DateOf = Callable[[Complaint], "date | None"]
