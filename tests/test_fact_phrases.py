"""Conditions read as words: every fact the format knows has its phrase in both languages."""

from __future__ import annotations

import pytest

from klachtregels.messages import LANGUAGES, MESSAGES
from klachtregels.model.loader import load, regulations
from klachtregels.model.regulation import Condition
from klachtregels.model.vocabulary import FACTS
from klachtregels.model.wording import condition_text, fact_text


@pytest.mark.parametrize("fact", sorted(FACTS))
@pytest.mark.parametrize("value", ["yes", "no"])
def test_every_fact_has_a_phrase_for_each_value_in_both_languages(fact: str, value: str) -> None:
    key = f"fact.{fact}.{value}"
    assert key in MESSAGES, f"add {key} to messages/vocabulary.py"
    assert set(MESSAGES[key]) == set(LANGUAGES)
    for lang in LANGUAGES:
        text = MESSAGES[key][lang]
        assert "_" not in text  # words, not the identifier
        assert "=" not in text


def _facts(c: Condition) -> list[str]:
    if c.fact is not None:
        return [c.fact]
    inner = [c.not_] if c.not_ is not None else list(c.any or c.all or [])
    return [f for x in inner for f in _facts(x)]


@pytest.mark.parametrize("ident", sorted(regulations()))
def test_the_bundled_regulations_extra_facts_have_phrases(ident: str) -> None:
    reg = load(ident)
    conditions = [s.open_when for s in reg.escalation.values()]
    conditions += [r.when for r in reg.routing.values()]
    conditions += [r.unless for r in reg.routing.values() if r.unless is not None]
    for fact in {f for c in conditions for f in _facts(c)}:
        assert f"fact.{fact}.yes" in MESSAGES, fact
        assert f"fact.{fact}.no" in MESSAGES, fact


def test_conditions_read_as_a_clause() -> None:
    """Wkkgz art. 21 lid 1 as Livio's disputes step has it, with the dates where known."""
    c = Condition.model_validate(
        {
            "any": [
                {"all": [{"fact": "judgment_given"}, {"fact": "satisfied", "equals": False}]},
                {"deadline_passed": "judgment"},
                {"fact": "extra.not_reasonable_to_complain_first"},
            ]
        }
    )
    from datetime import date

    dues = {"judgment": [date(2027, 2, 4), date(2027, 3, 4)]}
    assert condition_text(c, "nl", dues) == (
        "er een oordeel is gegeven en de klager niet tevreden is, of er na donderdag 4 februari "
        "2027 (bij verlenging: donderdag 4 maart 2027) nog geen oordeel is, of van de klager "
        "niet kan worden verlangd dat hij eerst bij de zorgaanbieder klaagt"
    )
    assert condition_text(c, "en") == (
        "a judgment has been given and the complainant is not satisfied, or the term for the "
        "judgment has passed without a judgment, or the complainant cannot reasonably be asked "
        "to complain to the provider first"
    )
    # "not" of a fact is the fact's other value; of anything else, said as such
    assert condition_text(Condition.model_validate({"not": {"fact": "anonymous"}})) == (
        "de klager niet anoniem is"
    )
    assert (
        condition_text(
            Condition.model_validate(
                {"not": {"any": [{"fact": "anonymous"}, {"fact": "withdrawn"}]}}
            )
        )
        == "het niet zo is dat de klager anoniem is of de klacht is ingetrokken"
    )
    # a fact only one's own regulation knows keeps its name
    assert fact_text("extra.eigen_feit", True) == "eigen_feit = ja"
