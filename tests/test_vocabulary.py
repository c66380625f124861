"""The vocabulary: every word has its label, and what it says about complaints is true of
the Complaint model."""

from __future__ import annotations

from datetime import date

import pytest

from klachtregels.messages import LANGUAGES, MESSAGES
from klachtregels.model import vocabulary as v
from klachtregels.model.complaint import Complaint
from klachtregels.model.history import Day

WORDS: list[tuple[str, str]] = [
    *(("role", r) for r in v.ROLES),
    *(("channel", c) for c in v.CHANNELS),
    *(("start", s) for s in v.START_EVENTS),
    *(("ground", g) for g in v.GROUNDS),
    *(("step", s) for s in v.STEPS),
    *(("term", t) for t in v.TERM_IDS),
    *(("term_title", t) for t in v.TERM_IDS),
    *(("deadline", d) for d in v.DEADLINE_ORDER),
]


@pytest.mark.parametrize(("kind", "word"), WORDS)
def test_every_word_has_a_label_in_both_languages(kind: str, word: str) -> None:
    key = v.label_key(kind, word)
    assert key in MESSAGES, key
    assert set(MESSAGES[key]) == set(LANGUAGES)


def _annotation(name: str) -> object:
    """The field's type; a strict ISO day (``history.Day``) counts as ``date``."""
    kind = Complaint.model_fields[name].annotation
    return date | None if kind == Day | None else kind


def _dates_in_the_complaint(where: str) -> bool:
    """Whether a complaint can record that day: a date field, or a day the evaluator
    derives from it."""
    if where in v.DERIVED_DAYS:
        return True
    return _annotation(where) in (date, date | None)


@pytest.mark.parametrize("fact", list(v.FACTS.values()), ids=lambda f: f.name)
def test_each_fact_is_what_the_complaint_holds(fact: v.FactKind) -> None:
    if fact.type == "flag":
        assert _annotation(fact.name) is bool
        assert fact.always_known
    elif fact.type == "maybe":
        assert _annotation(fact.name) == bool | None
        assert not fact.always_known
    else:
        assert fact.source is not None
        assert _annotation(fact.source) == date | None
        assert fact.always_known


def test_every_yes_no_field_of_the_complaint_is_a_fact() -> None:
    yes_no = {n for n in Complaint.model_fields if _annotation(n) in (bool, bool | None)}
    assert yes_no <= set(v.FACTS)


@pytest.mark.parametrize(("event", "where"), list(v.START_EVENTS.items()))
def test_every_start_event_is_dated_by_the_complaint(event: str, where: str) -> None:
    assert _dates_in_the_complaint(where), (event, where)


@pytest.mark.parametrize("kind", list(v.TERM_KINDS.values()), ids=lambda k: k.id)
def test_what_meets_a_term_is_dated_by_the_complaint(kind: v.TermKind) -> None:
    assert kind.met_by is None or _dates_in_the_complaint(kind.met_by)


def test_deadlines_follow_the_order_of_the_term_kinds() -> None:
    assert v.DEADLINE_ORDER[:5] == (
        "filing",
        "acknowledgement",
        "first_contact",
        "judgment",
        "judgment_extended",
    )
    assert len(set(v.DEADLINE_ORDER)) == len(v.DEADLINE_ORDER)


def test_the_nearest_known_word_is_suggested_only_when_close() -> None:
    assert v.nearest("judgement", v.TERM_IDS) == "judgment"
    assert v.nearest("complaint_committee", v.STEPS) == "complaints_committee"
    assert v.nearest("xyz", v.TERM_IDS) is None


def test_informal_steps_are_the_ones_before_the_provider() -> None:
    informal = [s for s in v.STEPS if v.STEP_KINDS[s].informal]
    assert informal == ["staff", "manager", "confidential_adviser", "complaints_officer"]
