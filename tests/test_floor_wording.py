"""A step the law makes a right (``floor``) is never described more narrowly than it is
applied: when it is closed, or drawn, its words give the regulation's condition and then
the law's alternatives that the regulation does not name, with the article.

Worked by hand for BurgerCoaching: a letter received Monday 2 March 2026 is a written
complaint (stap 3); the judgment is due six weeks later, Monday 13 April 2026, and after
the extension of four weeks (stap 5) Monday 11 May 2026 (no holiday falls on either day).
Stap 7 opens the Geschilleninstantie KPZ only when the client is not satisfied; Wkkgz
art. 21 lid 1 also when no judgment came in time (onder a) and when complaining first
cannot be asked (onder c). Its ground onder b ("er een oordeel is gegeven en de klager
niet tevreden is") is covered by stap 7's "niet tevreden" and is not repeated.
"""

from __future__ import annotations

from datetime import date

import klachtregels as kr
from klachtregels import graph
from klachtregels.model.wording import closed_reason

COMPLAINT = kr.Complaint(received_on=date(2026, 3, 2), channel="letter", complainant_role="client")


def _disputes(lang: kr.Lang) -> tuple[kr.Step, str]:
    a = kr.evaluate(kr.load("burgercoaching"), COMPLAINT, date(2026, 3, 5), lang=lang)
    [step] = [s for s in a.route if s.id == "disputes_body"]
    [line] = [x for x in a.explain(lang).splitlines() if "Geschilleninstantie KPZ —" in x]
    return step, line


def test_a_closed_floor_step_names_the_laws_grounds_too() -> None:
    step, line = _disputes("nl")
    assert not step.open
    assert step.reason == (  # in JSON: the terms by name
        "nog niet open; open als de klager niet tevreden is, en op grond van de wet "
        "(Wkkgz art. 21 lid 1) ook als de termijn voor het oordeel verstreken is zonder dat er "
        "een oordeel is gegeven of van de klager niet kan worden verlangd dat hij eerst bij de "
        "zorgaanbieder klaagt"
    )
    assert line.endswith(  # in the text a complaints officer reads: with their dates
        "Geschilleninstantie KPZ — nog niet open; open als de klager niet tevreden is, "
        "en op grond van de wet "
        "(Wkkgz art. 21 lid 1) ook als er na maandag 13 april 2026 (bij verlenging: maandag "
        "11 mei 2026) nog geen oordeel is of van de klager niet kan worden verlangd dat hij "
        "eerst bij de zorgaanbieder klaagt [10]"
    )
    assert step.citation.article == "De stappen, punt 7"


def test_the_same_in_english() -> None:
    assert _disputes("en")[1].endswith(
        "not open yet; opens if the complainant is not satisfied, and under the law "
        "(Wkkgz art. 21 lid 1) also if there is still no judgment after Monday 13 April 2026 "
        "(if extended: Monday 11 May 2026) or the complainant cannot reasonably be asked to "
        "complain to the provider first [10]"
    )


def test_the_reference_evaluator_says_the_same() -> None:
    reg = kr.load("burgercoaching")
    fast = kr.evaluate(reg, COMPLAINT, date(2026, 3, 5))
    ref = kr.evaluate_reference(reg, COMPLAINT, date(2026, 3, 5))
    assert [s.reason for s in fast.route] == [s.reason for s in ref.route]


def test_the_diagram_says_it_too() -> None:
    edge = graph.build(kr.load("burgercoaching")).edge("provider", "disputes_body")
    assert edge.condition == (
        "open als de klager niet tevreden is, en op grond van de wet (Wkkgz art. 21 lid 1) ook "
        "als de termijn voor het oordeel verstreken is zonder dat er een oordeel is gegeven of "
        "van de klager niet kan worden verlangd dat hij eerst bij de zorgaanbieder klaagt"
    )


def test_nothing_is_added_where_the_regulation_names_every_ground() -> None:
    law = kr.load("burgercoaching").law_rule("escalation", "disputes_body")
    assert closed_reason(law.open_when, law) == ("step.closed_because", {"cond": law.open_when})
