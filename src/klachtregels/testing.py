"""Hypothesis strategies for property tests of complaint handling.

Public, for downstream users who test their own code around klachtregels; the
library's own property tests use them too. Needs ``hypothesis`` (the ``test``
extra): ``pip install 'klachtregels[test]'``.

>>> from hypothesis import given
>>> from klachtregels.testing import complaints
>>> @given(complaints())
... def test_never_crashes(c): ...
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from hypothesis import strategies as st

from klachtregels.law.calendar import FIRST_DAY, LAST_DAY
from klachtregels.law.terms import Term, Unit
from klachtregels.model.complaint import Complaint, Event
from klachtregels.model.regulation import CHANNELS, ROLES
from klachtregels.model.vocabulary import DAMAGE_KINDS, EVENT_FIELDS, EVENT_KINDS, STEPS

__all__ = [
    "CHANNELS",
    "ROLES",
    "as_of_dates",
    "complaints",
    "dates",
    "events",
    "term_phrases",
    "terms",
]

_LIMITS = {Unit.WORKING_DAYS: 60, Unit.DAYS: 120, Unit.WEEKS: 16, Unit.MONTHS: 14, Unit.YEARS: 3}
_NL_WORDS = ("een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien")


def dates(
    min_value: date = date(2016, 1, 1), max_value: date = date(2080, 12, 31)
) -> st.SearchStrategy[date]:
    """Dates the calendar supports (narrowed by default so that terms stay in range)."""
    return st.dates(max(min_value, FIRST_DAY), min(max_value, LAST_DAY))


def terms(units: tuple[Unit, ...] = tuple(Unit)) -> st.SearchStrategy[Term]:
    """Terms of the given units with amounts regulations use."""
    return st.sampled_from(units).flatmap(
        lambda u: st.integers(1, _LIMITS[u]).map(lambda n: Term(n, u))
    )


def term_phrases() -> st.SearchStrategy[str]:
    """Phrases such as "zes weken", "3 werkdagen", "1 year" that parse to a Term."""
    nl_units = {
        Unit.WORKING_DAYS: "werkdagen",
        Unit.DAYS: "dagen",
        Unit.WEEKS: "weken",
        Unit.MONTHS: "maanden",
        Unit.YEARS: "jaar",
    }
    en_units = {
        Unit.WORKING_DAYS: "working days",
        Unit.DAYS: "days",
        Unit.WEEKS: "weeks",
        Unit.MONTHS: "months",
        Unit.YEARS: "years",
    }

    def phrase(t: Term, words: bool, english: bool) -> str:
        number = (
            _NL_WORDS[t.amount - 1] if words and not english and t.amount <= 10 else str(t.amount)
        )
        return f"{number} {(en_units if english else nl_units)[t.unit]}"

    return st.builds(phrase, terms(), st.booleans(), st.booleans())


def _maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(st.none(), strategy)


def _near(received_on: date, lo: int, hi: int) -> st.SearchStrategy[date]:
    """Days from ``lo`` to ``hi`` days after ``received_on`` (negative: before it)."""
    return st.integers(lo, hi).map(lambda n: received_on + timedelta(days=n))


#: Facts regulations refer to as ``extra.<name>``.
_EXTRA = st.fixed_dictionaries(
    {},
    optional={
        "not_reasonable_to_complain_first": st.booleans(),
        "informal_route_accepted": st.booleans(),
        "informal_route_unsuccessful": st.booleans(),
        "discussion_with_respondent_not_possible": st.booleans(),
        "direct_to_external": st.booleans(),
    },
)
#: The flags drawn after ``damage_known_on``, in the order drawn.
_FLAGS = (
    "involuntary_care",
    "concerns_other_provider",
    "objects_to_forwarding",
    "same_complaint_decided",
    "same_complaint_pending",
    "complaints_officer_involved",
)


@st.composite
def events(draw: st.DrawFn, received_on: date, max_size: int = 4) -> tuple[Event, ...]:
    """A history: events on or after ``received_on`` (within 120 days; one of each kind that
    fills a field, any number of notices, consents and filings), each
    with the content its kind may have (a notice's ``until`` or ``term``, consent's day
    agreed, a filing's step, a judgment's ``satisfied``)."""
    out: list[Event] = []
    for _ in range(draw(st.integers(0, max_size))):
        kind = draw(st.sampled_from(EVENT_KINDS))
        on = draw(_near(received_on, 0, 120))
        if kind in EVENT_FIELDS and kind != "extension_notice" and any(e.kind == kind for e in out):
            continue  # one field holds one day: a second such event would contradict it
        content: dict[str, Any] = {"channel": draw(_maybe(st.sampled_from(CHANNELS)))}
        if kind == "filed":
            content["to"] = draw(st.sampled_from(STEPS))
        if kind in ("extension_notice", "extension_consent"):
            until = _near(on, 0, 60)
            content["until"] = draw(_maybe(until) if kind == "extension_notice" else until)
        if kind == "extension_notice" and content["until"] is None:
            content["term"] = draw(_maybe(terms((Unit.WEEKS, Unit.DAYS))))
        if kind == "judgment":
            content["satisfied"] = draw(_maybe(st.booleans()))
        out.append(Event(kind=kind, on=on, **content))
    return tuple(out)


def as_of_dates(received_on: date) -> st.SearchStrategy[date | None]:
    """Days to judge a complaint on: none, or from 60 days before its receipt to 400 after."""
    return _maybe(_near(received_on, -60, 400))


def _without_conflicts(facts: dict[str, Any], history: tuple[Event, ...]) -> dict[str, Any]:
    """The flat fields that an event of the history fills are left to the event."""
    for e in history:
        field = EVENT_FIELDS.get(e.kind)
        if field is not None:
            facts[field] = None
        if e.kind == "judgment" and e.satisfied is not None:
            facts["satisfied"] = None
    return facts


@st.composite
def complaints(
    draw: st.DrawFn,
    received: st.SearchStrategy[date] | None = None,
    *,
    extra: st.SearchStrategy[dict[str, Any]] | None = None,
    history: bool = False,
) -> Complaint:
    """Consistent complaints: every date on the right side of ``received_on``.

    Birth dates, events and knowledge of damage lie before receipt; the judgment,
    extension notice, written form and withdrawal after it (within a year). With
    ``history``, also the other days of the handling, the step addressed, the kind of
    damage, and :func:`events`.
    """
    received_on = draw(received if received is not None else dates())

    def near(sign: int, max_days: int) -> date | None:
        """A day up to ``max_days`` after (sign 1) or before (-1) receipt, or none."""
        days = st.integers(0, max_days).map(lambda n: received_on + timedelta(days=sign * n))
        value: date | None = draw(_maybe(days))
        return value

    def flag() -> bool:
        value: bool = draw(st.booleans())
        return value

    facts: dict[str, Any] = {
        "received_on": received_on,
        "channel": draw(st.sampled_from(CHANNELS)),
        "complainant_role": draw(st.sampled_from(ROLES)),
        "in_writing_on": near(1, 60),
        "anonymous": flag(),
        "client_birth_date": near(-1, 100 * 366),
        "with_parent": flag(),
        "event_on": near(-1, 8 * 366),
        "claims_damages": flag(),
        "damage_known_on": near(-1, 8 * 366),
        **{name: flag() for name in _FLAGS},
        "extension_notified_on": near(1, 80),
        "judgment_on": near(1, 120),
        "satisfied": draw(_maybe(st.booleans())),
        "withdrawn_on": near(1, 120),
        "extra": draw(extra if extra is not None else _EXTRA),
    }
    if history:
        facts.update({f: near(1, 120) for f in _HANDLING_DAYS})
        facts["addressed_to"] = draw(_maybe(st.sampled_from(STEPS)))
        facts["damage_kind"] = draw(_maybe(st.sampled_from(DAMAGE_KINDS)))
        facts["events"] = draw(events(received_on))
        facts = _without_conflicts(facts, facts["events"])
    return Complaint.model_validate(facts)


#: The days of the handling that only a complaint with ``history`` draws.
_HANDLING_DAYS = (
    "acknowledged_on",
    "first_contact_on",
    "delay_notice_on",
    "delay_reply_on",
    "committee_judgment_on",
    "measures_on",
)
