"""The law as a floor, and the complaint's history, on made-up regulations.

The bundled regulations' cases are in their scenario files; these are the mechanisms the
five do not reach: a right the regulation leaves out, a term longer than the law's floor,
the flat fields and the events saying the same, and what a file may not say.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pydantic import ValidationError

import klachtregels as kr
from klachtregels.model.complaint import ComplaintError

LEAVES_OUT = """\
id: weglaat
kind: regulation
name: Weglaat
title: Klachtenregeling Weglaat
version: "1"
valid_from: 2024-01-01
law: wkkgz
extends: [wkkgz]
sources:
  weglaat: {title: Klachtenregeling Weglaat, kind: regulation}
omits:
  - section: escalation
    id: complaints_officer
    citation: {source: weglaat, article: art. 3, quote: "Er is geen klachtenfunctionaris."}
  - section: standing
    id: surviving_relative
    citation: {source: weglaat, article: art. 1, quote: "Alleen de cliënt zelf."}
"""


def _write(tmp_path: Path, text: str, name: str = "reg.yaml") -> kr.Regulation:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return kr.load(path)


def _refused(**facts: object) -> str:
    """The one-sentence reason a complaint with these facts is refused."""
    with pytest.raises((ValidationError, ComplaintError)) as info:
        _email(**facts)
    error: BaseException = info.value
    if isinstance(error, ValidationError):  # pydantic wraps an error raised in a validator
        error = error.errors()[0]["ctx"]["error"]
    assert isinstance(error, ComplaintError)
    return str(error)


def _email(**facts: object) -> kr.Complaint:
    base: dict[str, object] = {
        "received_on": "2026-03-02",
        "channel": "email",
        "complainant_role": "client",
    }
    return kr.Complaint.model_validate({**base, **facts})


def test_a_right_the_regulation_leaves_out_stays_on_the_route(tmp_path: Path) -> None:
    # Wkkgz art. 15 lid 1: the provider appoints a complaints officer who advises "op diens
    # verzoek". The regulation leaves the step out; the law keeps it, and says so.
    reg = _write(tmp_path, LEAVES_OUT)
    a = kr.evaluate(reg, _email())
    officer = [s for s in a.route if s.id == "complaints_officer"]
    assert [(s.open, s.name) for s in officer] == [(True, "Klachtenfunctionaris")]
    kept = [f for f in a.findings if f.code == "step_kept_by_law"]
    assert [f.message for f in kept] == [
        "de regeling laat Klachtenfunctionaris weg, maar de wet geeft die stap: hij blijft open"
    ]
    assert kept[0].citation is not None
    assert kept[0].citation.article == "art. 15 lid 1"
    assert kept[0].overrides is not None
    assert kept[0].overrides.quote == "Er is geen klachtenfunctionaris."


def test_a_role_the_regulation_leaves_out_keeps_standing_under_the_law(tmp_path: Path) -> None:
    # Wkkgz art. 14 lid 1: "een nabestaande van de overleden cliënt".
    reg = _write(tmp_path, LEAVES_OUT)
    a = kr.evaluate(reg, _email(complainant_role="surviving_relative"))
    assert a.standing.ok
    [f] = a.standing.findings
    assert f.code == "standing_by_law"
    assert f.message == (
        "klachtgerechtigd als nabestaande op grond van de wet, ook al is de regeling hier enger"
    )
    assert f.overrides is not None
    assert f.overrides.quote == "Alleen de cliënt zelf."
    # Someone the law does not name has no standing, whatever the floor.
    assert not kr.evaluate(reg, _email(complainant_role="other")).standing.ok


MEASURES_LATER = """\
id: jeugdlaat
kind: regulation
name: Jeugdlaat
title: Klachtenregeling Jeugdlaat
version: "1"
valid_from: 2024-01-01
law: jeugdwet
extends: [jeugdwet]
sources:
  jeugdlaat: {title: Klachtenregeling Jeugdlaat, kind: regulation}
terms:
  measures:
    term: twee maanden
    start: committee_judgment
    atw: true
    citation: {source: jeugdlaat, article: art. 9, quote: "binnen twee maanden maatregelen"}
"""


def test_a_provider_term_longer_than_the_laws_floor_gives_the_laws_day(tmp_path: Path) -> None:
    # Jeugdwet art. 4.2.1 lid 5: "binnen een maand na ontvangst van het ... oordeel". The
    # committee's judgment reached the provider on Thursday 1 October 2026: one month is
    # Sunday 1 November, moved by Atw art. 1 to Monday 2 November 2026; the regulation's two
    # months (Tuesday 1 December) are later, so the law's day applies.
    reg = _write(tmp_path, MEASURES_LATER)
    a = kr.evaluate(reg, _email(received_on="2026-09-01", committee_judgment_on="2026-10-01"))
    due = {d.id: d.due for d in a.deadlines}
    assert due["measures"] == date(2026, 11, 2)
    [later] = [f for f in a.findings if f.code == "later_than_law"]
    assert later.citation is not None
    assert later.citation.article == "art. 4.2.1 lid 5"
    assert later.overrides is not None
    assert later.overrides.source == "jeugdlaat"


MEASURES_FROM_RECEIPT = MEASURES_LATER.replace("jeugdlaat", "jeugdvroeg").replace(
    "    start: committee_judgment\n    atw: true\n", "    start: receipt\n    atw: false\n"
)


def test_the_laws_floor_runs_from_the_laws_own_start(tmp_path: Path) -> None:
    # Jeugdwet art. 4.2.1 lid 5: the measures "binnen een maand na ontvangst van het ...
    # oordeel van de klachtencommissie"; the made-up regulation promises them within two
    # months of the complaint's receipt (Monday 2 March 2026, not under the Atw): Saturday
    # 2 May 2026. The law's month runs from the committee's judgment, not from the receipt
    # (the fast path counted it from the regulation's start, 2 April; the reference
    # evaluator found it).
    reg = _write(tmp_path, MEASURES_FROM_RECEIPT)
    # Judgment received Monday 16 March 2026: one month is Thursday 16 April 2026, no Atw
    # day to move; sooner than 2 May, so the law's day applies, from the law's start.
    a = kr.evaluate(reg, _email(committee_judgment_on="2026-03-16"))
    [measures] = [(d.start, d.due, d.citation.article) for d in a.deadlines if d.id == "measures"]
    assert measures == (date(2026, 3, 16), date(2026, 4, 16), "art. 4.2.1 lid 5")
    assert [f.code for f in a.findings].count("later_than_law") == 1
    # Judgment received Monday 1 June 2026: the law's month ends Wednesday 1 July 2026,
    # later than the regulation's 2 May, which therefore stands.
    b = kr.evaluate(reg, _email(committee_judgment_on="2026-06-01"))
    [measures] = [(d.start, d.due, d.citation.article) for d in b.deadlines if d.id == "measures"]
    assert measures == (date(2026, 3, 2), date(2026, 5, 2), "art. 9")
    assert "later_than_law" not in [f.code for f in b.findings]
    for x, facts in ((a, "2026-03-16"), (b, "2026-06-01")):
        ref = kr.evaluate_reference(reg, _email(committee_judgment_on=facts))
        assert x.model_dump(mode="json") == ref.model_dump(mode="json")


EIGHT_WEEKS = """\
id: achtweken
kind: regulation
name: Achtweken
title: Klachtenregeling Achtweken
version: "1"
valid_from: 2024-01-01
law: wkkgz
extends: [wkkgz]
sources:
  achtweken: {title: Klachtenregeling Achtweken, kind: regulation}
terms:
  judgment:
    term: acht weken
    start: in_writing
    atw: true
    citation: {source: achtweken, article: art. 5, quote: "binnen acht weken een oordeel"}
"""


def test_a_notice_stating_an_extension_extends_the_term_that_applies(tmp_path: Path) -> None:
    # Wkkgz art. 17 lid 1: "binnen zes weken na indiening van de klacht"; lid 2: the provider
    # may extend "de in het eerste lid genoemde termijn met ten hoogste vier weken". The
    # made-up regulation promises eight weeks: from the e-mail of Monday 2 March 2026 that is
    # Monday 27 April 2026, Koningsdag (Atw art. 3), so Tuesday 28 April; the law's six weeks
    # end Monday 13 April 2026, sooner, and apply. The e-mail of Friday 10 April 2026 (before
    # 13 April) extends by "twee weken": six weeks and two from 2 March is Monday 27 April,
    # Koningsdag again, so Atw art. 1 gives Tuesday 28 April 2026, within the ten weeks
    # (Monday 11 May 2026). The fast path added the two weeks to the regulation's eight
    # (ten weeks: 11 May); the reference evaluator found it.
    reg = _write(tmp_path, EIGHT_WEEKS)
    notice = {"kind": "extension_notice", "on": "2026-04-10", "channel": "email"}
    c = _email(events=[{**notice, "term": "twee weken"}])
    a = kr.evaluate(reg, c, date(2026, 4, 20))
    due = {d.id: d.due for d in a.deadlines}
    assert due["judgment"] == date(2026, 4, 28)
    assert due["judgment_extended"] == date(2026, 4, 28)
    # One override: the law's six weeks for the regulation's eight (the ten weeks are then
    # the law's six plus its four).
    assert [f.code for f in a.findings].count("later_than_law") == 1
    [notified] = [f for f in a.findings if f.code == "extension_notified"]
    assert notified.message == (
        "verlenging tijdig meegedeeld op vrijdag 10 april 2026: het oordeel moet uiterlijk "
        "dinsdag 28 april 2026 volgen"
    )
    ref = kr.evaluate_reference(reg, c, date(2026, 4, 20))
    assert a.model_dump(mode="json") == ref.model_dump(mode="json")


# ----------------------------------------------------------------- flat fields and events


def test_the_old_extra_days_and_the_fields_say_the_same() -> None:
    # Complaint files written before these were fields gave the days in extra.
    old = _email(extra={"first_contact_on": "2026-03-04", "delay_notice_on": "2026-04-20"})
    new = _email(first_contact_on="2026-03-04", delay_notice_on="2026-04-20")
    assert (old.first_contact_on, old.delay_notice_on) == (date(2026, 3, 4), date(2026, 4, 20))
    assert old.extra == {}
    reg = kr.load("livio")
    a, b = kr.evaluate(reg, old, date(2026, 3, 10)), kr.evaluate(reg, new, date(2026, 3, 10))
    assert a.model_dump() == b.model_dump()


def test_an_event_fills_its_field_and_a_conflict_names_both() -> None:
    c = _email(events=[{"kind": "judgment", "on": "2026-04-01", "satisfied": False}])
    assert (c.judgment_on, c.satisfied) == (date(2026, 4, 1), False)
    refused = _refused(judgment_on="2026-04-02", events=[{"kind": "judgment", "on": "2026-04-01"}])
    assert refused == (
        "events[0].on: zegt een andere dag dan judgment_on (2026-04-02); geef één van beide, "
        "of dezelfde dag"
    )


@pytest.mark.parametrize(
    ("event", "message"),
    [
        (
            {"kind": "judgment", "on": "2026-04-01", "until": "2026-05-01"},
            "events[0].until: alleen een gebeurtenis van soort extension_consent, "
            "extension_notice zegt dit, niet een van soort judgment",
        ),
        (
            {"kind": "extension_consent", "on": "2026-04-01"},
            "events[0].until: instemming met een verdere verlenging noemt de afgesproken dag; "
            "schrijf bijv. until: 2027-03-01",
        ),
        (
            {"kind": "filed", "on": "2026-04-01"},
            "events[0].to: een indiening noemt bij welke stap de klacht is ingediend; schrijf "
            "bijv. to: complaints_committee",
        ),
        (
            {"kind": "extension_notice", "on": "2026-04-10", "until": "2026-04-01"},
            "events[0].until: 2026-04-01 ligt vóór de dag van de gebeurtenis zelf; dat kan niet",
        ),
    ],
)
def test_an_event_that_cannot_be_true_is_refused(event: dict[str, object], message: str) -> None:
    assert _refused(events=[event]) == message


def test_an_event_before_receipt_is_refused() -> None:
    assert _refused(events=[{"kind": "acknowledgement", "on": "2026-03-01"}]) == (
        "events[0].on: 2026-03-01 ligt vóór de ontvangst van de klacht (2026-03-02); dat kan niet"
    )


def test_a_flat_extension_notice_counts_as_written_as_before() -> None:
    # extension_notified_on without an event: its form is not known, so it counts (the
    # answer complaint files got before events existed). Livio: six weeks after Monday
    # 2 March 2026 is Monday 13 April; notified on Friday 10 April: ten weeks, Monday 11 May.
    a = kr.evaluate(kr.load("livio"), _email(extension_notified_on="2026-04-10"))
    assert {d.id: d.due for d in a.deadlines}["judgment"] == date(2026, 5, 11)
    assert "extension_notified" in {f.code for f in a.findings}


def test_consent_without_a_rule_for_it_leaves_the_statutory_term(tmp_path: Path) -> None:
    # CMV Coaching has no acts.further_extension: the complainant's consent to wait longer
    # does not move the judgment; the statute has no further extension (Wkkgz art. 17).
    c = _email(
        received_on="2026-06-05",
        events=[
            {"kind": "extension_notice", "on": "2026-07-10", "channel": "email"},
            {"kind": "extension_consent", "on": "2026-08-01", "until": "2026-09-30"},
        ],
    )
    a = kr.evaluate(kr.load("cmv-coaching"), c)
    assert "consent_not_provided" in {f.code for f in a.findings}
    assert "judgment_further_extended" not in {d.id for d in a.deadlines}
    # Six weeks after Friday 5 June 2026 plus four: Friday 14 August.
    assert {d.id: d.due for d in a.deadlines}["judgment"] == date(2026, 8, 14)
