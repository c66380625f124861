"""The judgment term counted "na de aanvang van de dag, volgende op" its start (BW 3:310,
``counting: from_the_next_day``), in both evaluators.

BW 3:310 lid 1 (shared/bronnen/wetten/bw-uittreksel.md) is where the count comes from:
"verjaart door verloop van vijf jaren na de aanvang van de dag, volgende op die waarop
de benadeelde ... bekend is geworden". A regulation may count its judgment term so too.

Livio with its judgment term made "een maand" (and its extension "een maand"), counted
from the next day, without the Atw; a complaint by e-mail received on Sunday
28 February 2027. Worked by hand:

* from the start of Monday 1 March 2027, one month runs to the day before 1 April 2027:
  Wednesday 31 March 2027 (counted after the day, as before this was read, it would be
  Sunday 28 March 2027);
* extended by a month, two months from 1 March run to the day before 1 May 2027: Friday
  30 April 2027 (after the day: Wednesday 28 April 2027);
* the Wkkgz floor (six weeks, ten with the extension, Atw) ends later (Monday 12 April and
  Monday 10 May 2027), so the regulation's own terms apply.
"""

from __future__ import annotations

from datetime import date

import pytest

import klachtregels as kr
from klachtregels.engine.reference import evaluate_reference
from klachtregels.model.regulation import Regulation

COMPLAINT = kr.Complaint.model_validate(
    {"received_on": "2027-02-28", "channel": "email", "complainant_role": "client"}
)


def _months(counting: str) -> Regulation:
    reg = kr.load("livio")
    terms = dict(reg.terms)
    for tid in ("judgment", "judgment_extension"):
        terms[tid] = terms[tid].model_copy(
            update={"term": kr.Term.parse("een maand"), "atw": False, "counting": counting}
        )
    return reg.model_copy(update={"terms": terms})


def _dues(a: kr.Assessment) -> dict[str, date]:
    return {d.id: d.due for d in a.deadlines if d.id.startswith("judgment")}


@pytest.mark.parametrize("evaluate", [kr.evaluate, evaluate_reference])
def test_a_judgment_counted_from_the_next_day_ends_the_day_before_that_day_number(
    evaluate: object,
) -> None:
    reg = _months("from_the_next_day")
    a = evaluate(reg, COMPLAINT, date(2027, 3, 1))  # type: ignore[operator]
    assert _dues(a) == {"judgment": date(2027, 3, 31), "judgment_extended": date(2027, 4, 30)}
    judgment = next(d for d in a.deadlines if d.id == "judgment")
    assert judgment.explanation == (
        "1 maand na de aanvang van de dag volgende op zondag 28 februari 2027: de dag vóór "
        "hetzelfde dagnummer van die volgende dag (of de laatste dag van de maand): "
        "woensdag 31 maart 2027"
    )
    assert "later_than_law" not in {f.code for f in a.findings}


@pytest.mark.parametrize("evaluate", [kr.evaluate, evaluate_reference])
def test_a_judgment_counted_after_the_day_ends_on_that_day_number(evaluate: object) -> None:
    reg = _months("after_the_day")
    a = evaluate(reg, COMPLAINT, date(2027, 3, 1))  # type: ignore[operator]
    assert _dues(a) == {"judgment": date(2027, 3, 28), "judgment_extended": date(2027, 4, 28)}


def test_a_stated_extension_is_counted_as_the_judgment_is() -> None:
    """A notice that names its extension ("een maand") runs the judgment to the term
    plus that extension, counted from the next day as the judgment is: 30 April 2027."""
    reg = _months("from_the_next_day")
    notice = {"kind": "extension_notice", "on": "2027-03-10", "channel": "email"}
    complaint = COMPLAINT.model_copy(
        update={"events": [kr.Event.model_validate({**notice, "term": "een maand"})]}
    )
    for evaluate in (kr.evaluate, evaluate_reference):
        a = evaluate(reg, complaint, date(2027, 3, 15))
        assert _dues(a)["judgment"] == date(2027, 4, 30)
