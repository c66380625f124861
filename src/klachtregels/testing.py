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
from klachtregels.model.complaint import Complaint
from klachtregels.model.regulation import CHANNELS, ROLES

__all__ = ["CHANNELS", "ROLES", "complaints", "dates", "term_phrases", "terms"]

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


@st.composite
def complaints(
    draw: st.DrawFn,
    received: st.SearchStrategy[date] | None = None,
    *,
    extra: st.SearchStrategy[dict[str, Any]] | None = None,
) -> Complaint:
    """Consistent complaints: every date on the right side of ``received_on``.

    Birth dates, events and knowledge of damage lie before receipt; the judgment,
    extension notice, written form and withdrawal after it (within a year).
    """
    received_on = draw(received if received is not None else dates())

    def before(max_days: int) -> date | None:
        value: date | None = draw(
            _maybe(st.integers(0, max_days).map(lambda n: received_on - timedelta(days=n)))
        )
        return value

    def after(max_days: int) -> date | None:
        value: date | None = draw(
            _maybe(st.integers(0, max_days).map(lambda n: received_on + timedelta(days=n)))
        )
        return value

    facts = {
        "received_on": received_on,
        "channel": draw(st.sampled_from(CHANNELS)),
        "complainant_role": draw(st.sampled_from(ROLES)),
        "in_writing_on": after(60),
        "anonymous": draw(st.booleans()),
        "client_birth_date": before(100 * 366),
        "with_parent": draw(st.booleans()),
        "event_on": before(8 * 366),
        "claims_damages": draw(st.booleans()),
        "damage_known_on": before(8 * 366),
        "involuntary_care": draw(st.booleans()),
        "concerns_other_provider": draw(st.booleans()),
        "objects_to_forwarding": draw(st.booleans()),
        "same_complaint_decided": draw(st.booleans()),
        "same_complaint_pending": draw(st.booleans()),
        "complaints_officer_involved": draw(st.booleans()),
        "extension_notified_on": after(80),
        "judgment_on": after(120),
        "satisfied": draw(_maybe(st.booleans())),
        "withdrawn_on": after(120),
        "extra": draw(
            extra
            if extra is not None
            else st.fixed_dictionaries(
                {},
                optional={
                    "not_reasonable_to_complain_first": st.booleans(),
                    "informal_route_accepted": st.booleans(),
                    "informal_route_unsuccessful": st.booleans(),
                    "discussion_with_respondent_not_possible": st.booleans(),
                    "direct_to_external": st.booleans(),
                },
            )
        ),
    }
    return Complaint.model_validate(facts)
