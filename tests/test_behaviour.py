"""The behavioural diff: a witness for each change in meaning, none for a cosmetic one.

Due dates are worked out by hand from DOMAIN.md ("Time"): day of receipt is day 0; the
basic complaints are received on Thursday 24 December 2026, so that working days skip
Christmas (Friday 25th), the weekend, New Year's Day (Friday 1 January 2027) and the
next weekend. Six weeks after Thursday 24 December 2026 is Thursday 4 February 2027 and
ten weeks is Thursday 4 March 2027, both working days (the Atw moves neither).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

import klachtregels as kr
from klachtregels.cli import main
from klachtregels.compare.behaviour import (
    BehaviourDiff,
    Sample,
    basic_samples,
    compare_behaviour,
    generated_samples,
)
from klachtregels.model.regulation import Regulation

VERSIONS = Path(__file__).resolve().parent / "data" / "versions"
XMAS = "2026-12-24"


def version(provider: str, day: str) -> Regulation:
    return kr.load(VERSIONS / provider / f"{day}.yaml")


def basic(old: Regulation, new: Regulation) -> BehaviourDiff:
    return compare_behaviour(old, new, basic_samples(old, new))


def witness_facts(d: BehaviourDiff, kind: str) -> dict[str, object]:
    return next(w for w in d.witnesses if w.kind == kind).sample.facts()


def test_new_term_and_standing_role_each_have_a_witness() -> None:
    d = basic(kr.load("burgercoaching"), version("burgercoaching", "2026-01-01"))
    assert d.kinds == (
        "standing",
        "admissibility",
        # Not handled under the old version (no standing), the provider's step is closed;
        # under the new one it is open, by the law (Wkkgz art. 14) if not by stap 1.
        "next_steps",
        "findings",
        "deadline:acknowledgement",
        "deadline:judgment",
        "deadline:judgment_extended",
    )
    [rep, ack] = d.groups()
    # The new standing role: an authorised representative's letter, nothing else.
    assert rep[0].sample.facts() == {
        "received_on": XMAS,
        "channel": "letter",
        "complainant_role": "authorised_representative",
    }
    assert (rep[0].old.standing, rep[0].new.standing) == (False, True)
    assert rep[0].old.deadlines == {}
    assert rep[0].new.deadlines == {
        "acknowledgement": date(2027, 1, 4),
        "judgment": date(2027, 2, 4),
        "judgment_extended": date(2027, 3, 4),
    }
    # The new term: a client's letter. Five working days after Thursday 24 December
    # 2026: 28, 29, 30, 31 December and (after New Year and a weekend) Monday 4 January.
    assert [w.kind for w in ack] == ["deadline:acknowledgement"]
    assert ack[0].sample.facts() == {
        "received_on": XMAS,
        "channel": "letter",
        "complainant_role": "client",
    }
    assert ack[0].old.value("deadline:acknowledgement") is None
    assert ack[0].new.value("deadline:acknowledgement") == date(2027, 1, 4)


def test_changed_disputes_body_shows_in_the_next_steps_of_a_dissatisfied_client() -> None:
    d = basic(kr.load("burgercoaching"), version("burgercoaching", "2026-07-01"))
    assert d.kinds == ("next_steps",)
    [w] = d.witnesses
    assert w.sample.facts() == {
        "received_on": XMAS,
        "channel": "letter",
        "complainant_role": "client",
        "satisfied": False,
    }
    assert w.old.next_steps[-1] == ("disputes_body", "Geschilleninstantie KPZ")
    assert w.new.next_steps[-1] == ("disputes_body", "Stichting Zorggeschil")


def test_dropped_channel_makes_a_phone_complaint_inadmissible() -> None:
    d = basic(kr.load("cmv-coaching"), version("cmv-coaching", "2026-01-01"))
    assert d.kinds == ("admissibility", "next_steps", "findings", "deadline:acknowledgement")
    [group] = d.groups()
    w = group[0]
    assert w.sample.facts() == {
        "received_on": XMAS,
        "channel": "phone",
        "complainant_role": "client",
    }
    assert (w.old.admissible, w.new.admissible) == (True, False)
    # Three working days after Thursday 24 December 2026: Monday 28, Tuesday 29,
    # Wednesday 30 December. Not handled under the new version: no term runs.
    assert w.old.deadlines == {"acknowledgement": date(2026, 12, 30)}
    assert w.new.deadlines == {}
    # CMV Coaching's own handling (provider) closes; the talk (staff) and the complaints
    # officer (Wkkgz art. 15, a right of the law) stay open.
    officer = ("complaints_officer", "SoloPartners (onafhankelijke klachtenfunctionaris)")
    assert w.old.next_steps == (("staff", None), officer, ("provider", "CMV Coaching"))
    assert w.new.next_steps == (("staff", None), officer)
    assert "channel_not_accepted" in w.new.findings
    assert "channel_not_accepted" not in w.old.findings


def test_new_ground_of_inadmissibility_has_a_witness() -> None:
    d = basic(kr.load("livio"), version("livio", "2024-01-01"))
    assert d.kinds == (
        "admissibility",
        "next_steps",
        "findings",
        "deadline:first_contact",
        "deadline:judgment",
        "deadline:judgment_extended",
    )
    [group] = d.groups()
    w = group[0]
    assert w.sample.facts() == {
        "received_on": XMAS,
        "channel": "letter",
        "complainant_role": "client",
        "extra": {"submitted_to_disputes_body": True},
    }
    # Livio art. 8 lid 1: five working days (4 January); art. 10 lid 1: six and ten weeks.
    assert w.old.deadlines == {
        "first_contact": date(2027, 1, 4),
        "judgment": date(2027, 2, 4),
        "judgment_extended": date(2027, 3, 4),
    }
    assert w.new.deadlines == {}


def test_longer_judgment_term_changes_only_the_findings() -> None:
    # The evaluator keeps the statutory six weeks (Wkkgz art. 17) and says so.
    d = basic(kr.load("polypartners"), version("polypartners", "2023-01-01"))
    assert d.kinds == ("findings",)
    [w] = d.witnesses
    assert w.sample.facts() == {
        "received_on": XMAS,
        "channel": "letter",
        "complainant_role": "client",
    }
    assert set(w.new.findings) - set(w.old.findings) == {"later_than_law"}
    assert (
        w.old.deadlines
        == w.new.deadlines
        == {
            "judgment": date(2027, 2, 4),
            "judgment_extended": date(2027, 3, 4),
        }
    )


def test_other_forwarding_body_and_shorter_term() -> None:
    old = kr.load("livio")
    routing = dict(old.routing)
    routing["wzd"] = routing["wzd"].model_copy(update={"forward_to": "other_provider"})
    terms = dict(old.terms)
    terms["first_contact"] = terms["first_contact"].model_copy(
        update={"term": kr.Term(3, kr.Unit.WORKING_DAYS)}
    )
    new = old.model_copy(update={"routing": routing, "terms": terms})
    d = basic(old, new)
    assert d.kinds == ("forward_to", "next_steps", "deadline:first_contact")
    [wzd, shorter] = d.groups()
    assert [w.kind for w in wzd] == ["forward_to", "next_steps"]
    assert wzd[0].sample.facts() == {
        "received_on": XMAS,
        "channel": "letter",
        "complainant_role": "client",
        "involuntary_care": True,
    }
    assert wzd[0].old.forward_to == "Regionale Klachtencommissie Twente (R.K.C.)"
    assert wzd[0].new.forward_to == "de zorgaanbieder op wie de klacht betrekking heeft"
    # Three working days after Thursday 24 December 2026 instead of five: Wednesday
    # 30 December instead of Monday 4 January.
    w = shorter[0]
    assert w.sample.facts() == {
        "received_on": XMAS,
        "channel": "letter",
        "complainant_role": "client",
    }
    assert w.old.value("deadline:first_contact") == date(2027, 1, 4)
    assert w.new.value("deadline:first_contact") == date(2026, 12, 30)


def test_cosmetic_revision_has_no_witness() -> None:
    old, new = kr.load("livio"), version("livio", "2020-07-01")
    assert basic(old, new).equal
    generated = generated_samples(old, new, 40, seed=0)
    assert compare_behaviour(old, new, generated, seed=0).witnesses == ()


def test_generated_complaints_find_the_same_witnesses_deterministically() -> None:
    old, new = kr.load("cmv-coaching"), version("cmv-coaching", "2026-01-01")
    first = generated_samples(old, new, 30, seed=7)
    again = generated_samples(old, new, 30, seed=7)
    assert len(first) == 60
    assert first == again
    assert [s.label for s in first[:2]] == ["hypothesis #1", "hypothesis #1/sparse"]
    with_basic = compare_behaviour(old, new, [*basic_samples(old, new), *first], seed=7)
    assert with_basic == compare_behaviour(old, new, [*basic_samples(old, new), *again], seed=7)
    assert {"admissibility", "deadline:acknowledgement"} <= set(with_basic.kinds)
    # The basic complaint is the simplest witness, so generated ones do not replace it.
    assert witness_facts(with_basic, "admissibility") == {
        "received_on": XMAS,
        "channel": "phone",
        "complainant_role": "client",
    }


def test_a_witness_is_shrunk_to_the_facts_that_matter() -> None:
    old, new = kr.load("cmv-coaching"), version("cmv-coaching", "2026-01-01")
    busy = kr.Complaint.model_validate(
        {
            "received_on": "2027-03-01",
            "channel": "phone",
            "complainant_role": "legal_representative",
            "event_on": "2027-02-01",
            "client_birth_date": "2015-05-05",
            "claims_damages": True,
            "complaints_officer_involved": True,
            "satisfied": True,
            "extra": {"not_resolved_together": True},
        }
    )
    d = compare_behaviour(old, new, [Sample(busy, date(2027, 3, 20), "busy")])
    w = next(w for w in d.witnesses if w.kind == "admissibility")
    assert w.found.label == "busy"
    assert w.sample.facts() == {
        "received_on": "2027-03-01",
        "channel": "phone",
        "complainant_role": "client",
    }
    assert w.sample.as_of is None


def test_text_groups_kinds_with_one_witness() -> None:
    d = basic(kr.load("burgercoaching"), version("burgercoaching", "2026-07-01"))
    lines = d.text("en").splitlines()
    # 5 channels x 12 roles, 9 yes/no facts, satisfied false and true, and the extra facts
    # of klachtregels.testing (5; BurgerCoaching refers to no others): 60 + 9 + 2 + 5.
    assert lines[1] == (
        "76 complaints evaluated under both versions: 0 from scenarios, 76 basic cases, "
        "0 generated (seed —), 0 given"
    )
    # The disputes body's name differs where it is open: after satisfied=false (stap 7), and
    # with extra.not_reasonable_to_complain_first, where the law opens it (Wkkgz art. 21
    # lid 1 onder c).
    assert lines[2:4] == ["Differences in outcome, 1 kind(s):", "  next steps: 2 complaint(s)"]
    assert lines[5:8] == [
        "[next steps] simplest witness, shrunk from basis: satisfied=false:",
        "  complaint: received_on: 2026-12-24, channel: letter, complainant_role: client, "
        "satisfied: false",
        "  assessed as of: —",
    ]
    assert lines[-1].startswith("     deadline judgment_extended  2027-03-04")


def test_json_lists_each_kind() -> None:
    d = basic(kr.load("livio"), version("livio", "2024-01-01"))
    data = json.loads(json.dumps(d.to_json("nl")))
    assert data["equal"] is False
    # 76 (5 channels x 12 roles, and one fact at a time) and the new extra fact
    # submitted_to_disputes_body.
    assert data["sources"] == {"basic": 77}
    first = data["differences"][0]
    assert (first["kind"], first["label"], first["count"]) == ("admissibility", "ontvankelijk", 1)
    assert first["witness"] == {
        "complaint": {
            "received_on": XMAS,
            "channel": "letter",
            "complainant_role": "client",
            "extra": {"submitted_to_disputes_body": True},
        },
        "as_of": None,
    }
    assert (first["old"]["admissible"], first["new"]["admissible"]) == (True, False)


# ----------------------------------------------------------------- command line


def test_cli_behaviour_exit_status(capsys: pytest.CaptureFixture[str]) -> None:
    cosmetic = str(VERSIONS / "livio" / "2020-07-01.yaml")
    assert main(["diff", "livio", cosmetic, "--behaviour", "--examples", "5"]) == 0
    out = capsys.readouterr().out
    assert "Geen verschil in uitkomst gevonden." in out
    # The bundled scenarios of Livio (52) come along by default; 76 basic cases (as for
    # BurgerCoaching: Livio's extra facts are among the strategy's own five).
    assert "52 uit scenario's, 76 basisgevallen, 10 gegenereerd (seed 0), 0 opgegeven" in out
    later = str(VERSIONS / "livio" / "2024-01-01.yaml")
    assert main(["diff", "livio", later, "--behaviour", "--examples", "0", "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["diff"]["equal_in_meaning"] is False
    assert data["behaviour"]["differences"][0]["kind"] == "admissibility"


def test_cli_scenarios_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    scenarios = tmp_path / "phone.yaml"
    scenarios.write_text(
        "regulation: cmv-coaching\n"
        "scenarios:\n"
        "  - name: telefonische klacht\n"
        "    complaint: {received_on: 2027-03-01, channel: phone, complainant_role: client}\n"
        "    expect: {admissible: true}\n",
        "utf-8",
    )
    new = str(VERSIONS / "cmv-coaching" / "2026-01-01.yaml")
    argv = ["diff", "cmv-coaching", new, "--behaviour", "--examples", "0"]
    assert main([*argv, "--scenarios", str(scenarios), "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)["behaviour"]
    # 76 basic cases and CMV Coaching's two extra facts (not_resolved_together,
    # client_feels_unheard).
    assert data["sources"] == {"scenario": 1, "basic": 78}
    missing = tmp_path / "missing.yaml"
    assert main([*argv, "--scenarios", str(missing)]) == 2
    err = capsys.readouterr().err
    assert err == f"{missing}: kan het bestand niet lezen (No such file or directory)\n"
