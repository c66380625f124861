"""The evaluator's rules that no bundled regulation exercises, worked out by hand."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pydantic
import pytest

import klachtregels as kr

LATER = """\
# yaml-language-server: $schema=../schema.json
id: later
kind: regulation
name: Later
title: Klachtenregeling Later
version: "1"
valid_from: 2024-01-01
law: wkkgz
extends: [wkkgz]
sources:
  later: {title: Klachtenregeling Later, kind: regulation}
terms:
  judgment:
    term: acht weken
    start: receipt
    atw: true
    citation: {source: later, article: art. 5, quote: "binnen acht weken een oordeel"}
"""


@pytest.fixture
def later(tmp_path: Path) -> kr.Regulation:
    path = tmp_path / "later.yaml"
    path.write_text(LATER, encoding="utf-8")
    return kr.load(path)


def test_a_regulation_allowing_a_later_judgment_is_flagged_and_the_law_applies(
    later: kr.Regulation,
) -> None:
    c = kr.Complaint(received_on=date(2026, 12, 24), channel="email", complainant_role="client")
    a = kr.evaluate(later, c)
    due = {d.id: d.due for d in a.deadlines}
    # Wkkgz art. 17: six weeks after Thursday 24 December 2026 is Thursday 4 February
    # 2027, not the regulation's eight weeks (Thursday 18 February 2027).
    assert due["judgment"] == date(2027, 2, 4)
    flagged = [f for f in a.findings if f.code == "later_than_law"]
    assert [f.message for f in flagged] == [
        "de regeling staat acht weken toe, langer dan de wettelijke zes weken; "
        "de wettelijke termijn geldt",
    ]
    # The finding rests on the law's article and names the regulation's rule it overrides.
    assert flagged[0].citation is not None
    assert flagged[0].citation.source == "wkkgz"
    assert flagged[0].citation.article == "art. 17 lid 1"
    assert flagged[0].overrides is not None
    assert flagged[0].overrides.source == "later"


def test_a_regulation_promising_sooner_is_followed() -> None:
    # CMV Coaching 4b restates six weeks; Livio art. 8 promises contact in five working
    # days: the regulation's own term counts. Here the Wkkgz judgment stays six weeks.
    reg = kr.load("livio")
    c = kr.Complaint(received_on=date(2026, 3, 2), channel="letter", complainant_role="client")
    due = {d.id: d.due for d in kr.evaluate(reg, c).deadlines}
    assert due["first_contact"] == date(2026, 3, 9)  # Mon + 5 working days = next Mon
    assert due["judgment"] == date(2026, 4, 13)  # six weeks: Mon 13 April 2026


def test_extra_dates_from_json_count_as_dates() -> None:
    reg = kr.load("livio")
    c = kr.Complaint.model_validate_json(
        json.dumps(
            {
                "received_on": "2026-03-02",
                "channel": "letter",
                "complainant_role": "client",
                "extra": {"first_contact_on": "2026-03-06"},
            }
        )
    )
    # extra.first_contact_on is the name complaint files used before the field existed.
    assert c.first_contact_on == date(2026, 3, 6)
    assert "first_contact_on" not in c.extra
    a = kr.evaluate(reg, c, as_of=date(2026, 3, 20))
    status = {d.id: d.status for d in a.deadlines}
    assert status["first_contact"] == "met"  # contact on Friday 6 March, due Monday 9 March


@pytest.mark.parametrize(
    ("facts", "field"),
    [
        pytest.param({"client_birth_date": "2026-03-03"}, "client_birth_date", id="born later"),
        pytest.param({"judgment_on": "2026-03-01"}, "judgment_on", id="judged before receipt"),
        pytest.param({"channel": "fax"}, "channel", id="unknown channel"),
        pytest.param({"complainant_role": "buurman"}, "complainant_role", id="unknown role"),
    ],
)
def test_invalid_complaints_raise_a_value_error_naming_the_field(
    facts: dict[str, str], field: str
) -> None:
    base = {"received_on": "2026-03-02", "channel": "letter", "complainant_role": "client"}
    with pytest.raises(ValueError, match=field) as info:
        kr.Complaint.model_validate({**base, **facts})
    # A klachtregels error, not pydantic's (English-only) ValidationError.
    assert isinstance(info.value, kr.ComplaintError)
    assert not isinstance(info.value, pydantic.ValidationError)
    assert info.value.field == field


def test_birth_after_receipt_message_is_exact() -> None:
    with pytest.raises(kr.ComplaintError) as info:
        kr.Complaint.model_validate(
            {
                "received_on": "2026-03-02",
                "channel": "letter",
                "complainant_role": "client",
                "client_birth_date": "2026-03-03",
            }
        )
    cause = info.value
    assert cause.field == "client_birth_date"
    assert str(cause) == (
        "client_birth_date: 2026-03-03 ligt na de ontvangst van de klacht (2026-03-02); "
        "dat kan niet"
    )


def test_evaluate_many_streams_lazily_and_accepts_mappings() -> None:
    reg = kr.load("polypartners")

    def rows() -> Iterator[dict[str, str]]:
        yield {"received_on": "2027-02-10", "channel": "letter", "complainant_role": "client"}
        raise AssertionError("read past the first complaint")

    first = next(kr.evaluate_many(reg, rows()))
    assert first.admissibility.ok


def test_english_assessment_renders_english_messages() -> None:
    reg = kr.load("livio")
    c = kr.Complaint(received_on=date(2026, 3, 2), channel="phone", complainant_role="client")
    a = kr.evaluate(reg, c, lang="en")
    codes = {f.code: f.message for f in a.admissibility.findings}
    assert codes["channel_not_accepted"] == (
        "inadmissible: a complaint by phone is not handled until filed in writing"
    )
    assert a.explain().startswith("Regulation livio (version 3)")


def test_damages_claim_is_time_barred_twenty_years_after_the_event() -> None:
    # Livio art. 7 lid 1 onder d: more than two years after the event, but the complaint
    # claims damages, so the statutory limitation applies instead (BW 3:310 lid 1). The
    # damage became known on 1 June 2025: five years run from the start of 2 June 2025,
    # the last day is 1 June 2030. But the event was on 10 January 2005: twenty years
    # ended on 10 January 2025, before receipt; the damage is not injury or death, so the
    # long-stop applies (lid 5 excludes only those).
    reg = kr.load("livio")
    c = kr.Complaint(
        received_on=date(2026, 3, 2),
        channel="letter",
        complainant_role="client",
        event_on=date(2005, 1, 10),
        claims_damages=True,
        damage_known_on=date(2025, 6, 1),
        damage_kind="other",
    )
    a = kr.evaluate(reg, c)
    assert not a.admissibility.ok
    barred = [f for f in a.admissibility.findings if f.code == "damages_time_barred"]
    assert [f.params["due"] for f in barred] == [date(2025, 1, 10)]
    assert barred[0].citation is not None
    assert barred[0].citation.article == "art. 3:310 lid 1"


def test_damages_claim_within_both_limitation_terms_is_admissible() -> None:
    # Same, with the event on 10 January 2010: twenty years run to 10 January 2030.
    reg = kr.load("livio")
    c = kr.Complaint(
        received_on=date(2026, 3, 2),
        channel="letter",
        complainant_role="client",
        event_on=date(2010, 1, 10),
        claims_damages=True,
        damage_known_on=date(2025, 6, 1),
    )
    a = kr.evaluate(reg, c)
    assert a.admissibility.ok
    assert {d.id: d.due for d in a.deadlines}["damages_long_stop"] == date(2030, 1, 10)


# -- what is remembered between evaluations -----------------------------------------
# The evaluator keeps due dates per calendar and shares immutable findings, steps and
# deadlines between assessments. These tests hold that nothing leaks from one
# evaluation into another.


def _kerstavond_email() -> kr.Complaint:
    # Livio art. 8 lid 1: contact "binnen vijf werkdagen na ontvangst"; received Tuesday
    # 5 January 2027.
    return kr.Complaint(received_on=date(2027, 1, 5), channel="email", complainant_role="client")


def test_due_dates_are_remembered_per_calendar_not_across_calendars() -> None:
    reg = kr.load("livio")
    closed = kr.LegalCalendar(closures={date(2027, 1, 8): "studiedag"})
    due = {}
    for name, cal in (("plain", None), ("closed", closed), ("plain again", None)):
        a = kr.evaluate(reg, _kerstavond_email(), calendar=cal)
        due[name] = {d.id: d.due for d in a.deadlines}
    # Five working days from Tuesday 5 January: 6, 7, 8, 11, 12 January; with Friday
    # 8 January closed: 6, 7, 11, 12, 13 January.
    assert due["plain"]["first_contact"] == date(2027, 1, 12)
    assert due["closed"]["first_contact"] == date(2027, 1, 13)
    assert due["plain again"]["first_contact"] == date(2027, 1, 12)
    # A closure does not touch the Atw: six weeks from 5 January is Tuesday 16 February.
    assert due["plain"]["judgment"] == due["closed"]["judgment"] == date(2027, 2, 16)


def test_changing_one_assessment_does_not_change_the_next() -> None:
    reg = kr.load("livio")
    first = kr.evaluate(reg, _kerstavond_email(), date(2027, 1, 6))
    expected = kr.evaluate(reg, _kerstavond_email(), date(2027, 1, 6)).model_dump()
    first.route.clear()
    first.next_steps.clear()
    first.deadlines.clear()
    first.standing.findings.clear()
    first.admissibility.findings.append(first.admissibility.findings[0])
    assert kr.evaluate(reg, _kerstavond_email(), date(2027, 1, 6)).model_dump() == expected


def test_shared_findings_cannot_be_changed() -> None:
    a = kr.evaluate(kr.load("livio"), _kerstavond_email())
    finding = a.standing.findings[0]
    assert finding.code == "standing"
    with pytest.raises(TypeError):
        finding.params["role"] = "other"  # type: ignore[index]


def test_a_copy_with_other_rules_is_evaluated_by_its_own_rules() -> None:
    # The evaluator derives a plan from a regulation once; ``model_copy`` copies private
    # attributes, so a copy must not reuse the original's plan. The first contact of
    # Livio art. 8 lid 1 does not run without its term (standing would not do: the law's floor
    # gives the client standing anyway).
    reg = kr.load("livio")
    ids = [d.id for d in kr.evaluate(reg, _kerstavond_email()).deadlines]
    assert "first_contact" in ids
    terms = {k: v for k, v in reg.terms.items() if k != "first_contact"}
    bare = reg.model_copy(update={"terms": terms})
    assert [d.id for d in kr.evaluate(bare, _kerstavond_email()).deadlines] == [
        i for i in ids if i != "first_contact"
    ]
    assert [d.id for d in kr.evaluate(reg, _kerstavond_email()).deadlines] == ids


def test_a_day_before_receipt_is_evaluated_and_said() -> None:
    """Judged on the Sunday before a complaint received on Monday 4 January 2027: it is
    evaluated as asked (the batch, the service and Python do not refuse it), and the
    first finding says that nothing that begins at receipt had begun. Livio art. 10 lid 1
    ("meer dan zes weken"): the judgment term counts from Monday 4 January, six weeks to
    Monday 15 February 2027 (4 + 42 days, January having 31), so on 3 January it shows
    open, not having run out."""
    reg = kr.load("livio")
    c = kr.Complaint.model_validate(
        {"id": "a", "received_on": "2027-01-04", "channel": "email", "complainant_role": "client"}
    )
    a = kr.evaluate(reg, c, date(2027, 1, 3))
    first = a.findings[0]
    assert first.code == "judged_before_receipt"
    assert first.citation is None  # about the question asked, not a rule of law
    assert first.message == (
        "beoordeeld op zondag 3 januari 2027, vóór de ontvangst van de klacht (maandag "
        "4 januari 2027): wat bij de ontvangst begint, was toen nog niet begonnen; een "
        "termijn die loopt, is alleen nog niet verstreken"
    )
    judgment = next(d for d in a.deadlines if d.id == "judgment")
    assert (judgment.start, judgment.due, judgment.status) == (
        date(2027, 1, 4),
        date(2027, 2, 15),
        "open",
    )
    for as_of in (date(2027, 1, 4), None):  # on the day of receipt, or on no day: nothing
        codes = [f.code for f in kr.evaluate(reg, c, as_of).findings]
        assert "judged_before_receipt" not in codes
