"""Every field of the format acts, or is plainly informational.

For each field a regulation file can hold, either a change to it changes an assessment
(the cases below: a regulation, the change, and a complaint whose answer then differs),
or it is in ``INFORMATIONAL`` (documented so in docs/format.md), and changing it changes
no assessment of the scenario complaints.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import klachtregels as kr
from klachtregels.law.terms import Term
from klachtregels.model.regulation import INFORMATIONAL, Condition, Regulation
from klachtregels.present.docsgen import MODELS

DOCS = Path(__file__).resolve().parents[1] / "docs"
FIELDS = {(m.__name__, name) for m in MODELS for name in m.model_fields}

Change = Callable[[Regulation], Regulation]


def rule(section: str, rid: str, **update: Any) -> Change:
    """Change fields of one rule of a section (``citation__quote`` reaches into a field)."""

    def change(reg: Regulation) -> Regulation:
        rules = dict(getattr(reg, section))
        old = rules[rid]
        flat = {k: v for k, v in update.items() if "__" not in k}
        for key, value in update.items():
            if "__" in key:
                outer, inner = key.split("__")
                flat[outer] = getattr(old, outer).model_copy(update={inner: value})
        rules[rid] = old.model_copy(update=flat)
        return reg.model_copy(update={section: rules})

    return change


def top(**update: Any) -> Change:
    return lambda reg: reg.model_copy(update=update)


def without(section: str, rid: str) -> Change:
    return lambda reg: reg.model_copy(
        update={section: {k: v for k, v in getattr(reg, section).items() if k != rid}}
    )


def law_rule(section: str, rid: str, **update: Any) -> Change:
    """Change fields of the law base's own rule (the right the regulation is held to)."""

    def change(reg: Regulation) -> Regulation:
        copy = reg.model_copy()
        laws = dict(copy._law_rules)
        laws[(section, rid)] = laws[(section, rid)].model_copy(update=update)
        copy._law_rules = laws
        return copy

    return change


def both(*changes: Change) -> Change:
    def change(reg: Regulation) -> Regulation:
        for one in changes:
            reg = one(reg)
        return reg

    return change


def c(**facts: Any) -> dict[str, Any]:
    return {"received_on": "2026-03-02", "channel": "email", "complainant_role": "client"} | facts


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
"""


def _leaves_out(tmp: Path) -> Regulation:
    path = tmp / "weglaat.yaml"
    path.write_text(LEAVES_OUT, "utf-8")
    return kr.load(path)


PHONE = c(channel="phone", in_writing_on="2026-03-10")
AS_OF = date(2026, 6, 1)
EXT = c(events=[{"kind": "extension_notice", "on": "2026-04-10", "channel": "email"}])
LONGER_MEASURES = "bij-elkaar, measures in 2 maanden"

DAMAGES = c(
    event_on="2005-01-10", claims_damages=True, damage_known_on="2025-06-01", damage_kind="other"
)
OMITTED = "omitted"  # the regulation is the made-up one that leaves out the complaints officer

#: field -> (regulation, change, complaint, as_of)
ACTS: dict[tuple[str, str], tuple[str, Change, dict[str, Any], date | None]] = {
    ("Regulation", "id"): ("livio", top(id="ander"), c(), None),
    ("Regulation", "version"): ("livio", top(version="4"), c(), None),
    ("Regulation", "valid_from"): ("livio", top(valid_from=date(2027, 1, 1)), c(), None),
    ("Regulation", "valid_until"): ("livio", top(valid_until=date(2025, 1, 1)), c(), None),
    ("Regulation", "bodies"): ("cmv-coaching", top(bodies={}), c(), None),
    ("Regulation", "standing"): (
        "livio",
        top(standing={}),
        c(complainant_role="voluntary_agent"),
        None,
    ),
    ("Regulation", "channels"): ("livio", top(channels={}), c(), None),
    ("Regulation", "anonymity"): ("polypartners", top(anonymity={}), c(anonymous=True), None),
    ("Regulation", "admissibility"): ("livio", top(admissibility={}), c(channel="phone"), None),
    ("Regulation", "routing"): ("livio", top(routing={}), c(involuntary_care=True), None),
    ("Regulation", "acts"): ("livio", top(acts={}), PHONE, None),
    ("Regulation", "terms"): ("livio", without("terms", "first_contact"), c(), None),
    ("Regulation", "escalation"): ("livio", top(escalation={}), c(), None),
    ("Regulation", "omits"): (OMITTED, top(omits=[]), c(), None),
    ("Citation", "source"): (
        "livio",
        rule("terms", "judgment", citation__source="wkkgz"),
        c(),
        None,
    ),
    ("Citation", "article"): ("livio", rule("terms", "judgment", citation__article="x"), c(), None),
    ("Citation", "quote"): ("livio", rule("terms", "judgment", citation__quote="xyz"), c(), None),
    ("Body", "name"): ("livio", rule("bodies", "zorgbelang_overijssel", name="Z"), c(), None),
    ("Body", "kind"): (
        "livio",
        rule("bodies", "rkc_twente", kind="portal"),
        c(involuntary_care=True),
        None,
    ),
    ("Body", "email"): (
        "livio",
        rule("bodies", "zorgbelang_overijssel", email="a@b.nl"),
        c(),
        None,
    ),
    ("Body", "phone"): ("livio", rule("bodies", "zorgbelang_overijssel", phone="010"), c(), None),
    ("Body", "web"): ("livio", rule("bodies", "zorgbelang_overijssel", web="w.nl"), c(), None),
    ("Body", "address"): (
        "livio",
        rule("bodies", "zorgbelang_overijssel", address="Straat 1"),
        c(),
        None,
    ),
    ("Body", "citation"): (
        "livio",
        rule("bodies", "rkc_twente", citation__quote="xyz"),
        c(involuntary_care=True),
        None,
    ),
    ("StandingRule", "role"): (
        "livio",
        rule("standing", "voluntary_agent", role="other"),
        c(complainant_role="voluntary_agent"),
        None,
    ),
    ("StandingRule", "min_age"): (
        "polypartners",
        rule("standing", "client", min_age=18),
        c(client_birth_date="2009-01-01"),
        None,
    ),
    ("StandingRule", "below_age"): (
        "polypartners",
        rule("standing", "client_minor_with_parent", below_age=14),
        c(client_birth_date="2011-01-01", with_parent=True),
        None,
    ),
    ("StandingRule", "with_parent"): (
        "polypartners",
        rule("standing", "client_minor_with_parent", with_parent=False),
        c(client_birth_date="2012-01-01"),
        None,
    ),
    ("StandingRule", "floor"): (
        "polypartners",
        law_rule("standing", "client", floor=False),
        c(client_birth_date="2012-01-01"),
        None,
    ),
    ("StandingRule", "citation"): (
        "livio",
        rule("standing", "client", citation__quote="xyz"),
        c(),
        None,
    ),
    ("ChannelRule", "accepted"): (
        "livio",
        rule("channels", "phone", accepted=True),
        c(channel="phone"),
        None,
    ),
    ("ChannelRule", "written"): ("livio", rule("channels", "email", written=False), c(), None),
    ("AnonymityRule", "accepted"): (
        "polypartners",
        rule("anonymity", "anonymous", accepted=True),
        c(anonymous=True),
        None,
    ),
    ("AdmissibilityRule", "ground"): (
        "livio",
        rule("admissibility", "pending", ground="already_decided"),
        c(same_complaint_pending=True),
        None,
    ),
    ("AdmissibilityRule", "fact"): (
        "livio",
        rule("admissibility", "informal_route_accepted", fact="extra.x"),
        c(extra={"informal_route_accepted": True}),
        None,
    ),
    ("AdmissibilityRule", "term"): (
        "livio",
        rule("admissibility", "out_of_time", term="damages_long_stop"),
        c(event_on="2022-01-01"),
        None,
    ),
    ("AdmissibilityRule", "unless_damages"): (
        "livio",
        rule("admissibility", "out_of_time", unless_damages=None),
        c(event_on="2022-01-01", claims_damages=True, damage_known_on="2025-01-01"),
        None,
    ),
    ("AdmissibilityRule", "discretionary"): (
        "livio",
        rule("admissibility", "out_of_time", discretionary=True),
        c(event_on="2022-01-01"),
        None,
    ),
    ("AdmissibilityRule", "ended_by"): (
        "livio",
        rule("admissibility", "informal_route_accepted", ended_by=None),
        c(
            extra={"informal_route_accepted": True},
            events=[{"kind": "informal_route_ended", "on": "2026-03-16"}],
        ),
        None,
    ),
    ("AdmissibilityRule", "citation"): (
        "livio",
        rule("admissibility", "not_in_writing", citation__quote="xyz"),
        c(channel="phone"),
        None,
    ),
    ("RoutingRule", "when"): (
        "livio",
        rule("routing", "wzd", when=Condition(fact="anonymous")),
        c(involuntary_care=True),
        None,
    ),
    ("RoutingRule", "forward_to"): (
        "livio",
        rule("routing", "wzd", forward_to="raad_van_bestuur"),
        c(involuntary_care=True),
        None,
    ),
    ("RoutingRule", "unless"): (
        "livio",
        rule("routing", "other_provider", unless=None),
        c(concerns_other_provider=True, objects_to_forwarding=True),
        None,
    ),
    ("RoutingRule", "citation"): (
        "livio",
        rule("routing", "wzd", citation__quote="xyz"),
        c(involuntary_care=True),
        None,
    ),
    ("TermRule", "term"): (
        "livio",
        rule("terms", "first_contact", term=Term.parse("3 werkdagen")),
        c(),
        None,
    ),
    ("TermRule", "start"): ("livio", rule("terms", "first_contact", start="receipt"), PHONE, None),
    ("TermRule", "atw"): (
        "polypartners",
        rule("terms", "judgment", atw=False),
        c(received_on="2026-03-16"),
        None,
    ),
    ("TermRule", "counting"): (
        "livio",
        rule("terms", "damages_limitation", counting="after_the_day"),
        c(claims_damages=True, event_on="2023-02-01", damage_known_on="2023-02-28"),
        None,
    ),
    # Every bundled notice is that of Wkkgz art. 17 lid 2, a floor: it acts through the
    # law's rule, so the law's rule and the regulation's change together.
    ("TermRule", "notice"): (
        "cmv-coaching",
        both(
            rule("terms", "judgment_extension", notice="any"),
            law_rule("terms", "judgment_extension", notice="any"),
        ),
        c(events=[{"kind": "extension_notice", "on": "2026-04-10", "channel": "phone"}]),
        None,
    ),
    ("TermRule", "consent_required"): (
        "livio",
        rule("terms", "first_contact", consent_required=True),
        c(),
        None,
    ),
    ("TermRule", "damage"): (
        "livio",
        rule("terms", "damages_long_stop", damage=None),
        DAMAGES | {"damage_kind": "personal_injury"},
        None,
    ),
    ("TermRule", "floor"): (
        LONGER_MEASURES,
        law_rule("terms", "measures", floor=False),
        c(committee_judgment_on="2026-04-01"),
        None,
    ),
    ("TermRule", "citation"): (
        "livio",
        rule("terms", "first_contact", citation__quote="xyz"),
        c(),
        None,
    ),
    ("StepRule", "name"): ("livio", rule("escalation", "staff", name="Medewerker"), c(), None),
    ("StepRule", "body"): (
        "livio",
        rule("escalation", "confidential_adviser", body=None),
        c(),
        None,
    ),
    ("StepRule", "open_when"): (
        "livio",
        rule("escalation", "staff", open_when=Condition(always=False)),
        c(),
        None,
    ),
    ("StepRule", "formal"): (
        "livio",
        rule("escalation", "provider", formal=False),
        c(channel="phone"),
        None,
    ),
    ("StepRule", "floor"): (
        "burgercoaching",
        law_rule("escalation", "provider", floor=False),
        c(),
        None,
    ),
    ("StepRule", "citation"): (
        "livio",
        rule("escalation", "staff", citation__quote="xyz"),
        c(),
        None,
    ),
    ("ActRule", "form"): ("livio", rule("acts", "complaint", form="any"), PHONE, None),
    ("ActRule", "to"): (
        "livio",
        rule("acts", "complaint", to="complaints_officer"),
        c(addressed_to="provider"),
        None,
    ),
    ("ActRule", "citation"): (
        "livio",
        rule("acts", "withdrawal", citation__quote="xyz"),
        c(withdrawn_on="2026-03-20"),
        None,
    ),
    ("Omission", "section"): (
        OMITTED,
        lambda r: r.model_copy(
            update={"omits": [r.omits[0].model_copy(update={"section": "terms"})]}
        ),
        c(),
        None,
    ),
    ("Omission", "id"): (
        OMITTED,
        lambda r: r.model_copy(
            update={"omits": [r.omits[0].model_copy(update={"id": "provider"})]}
        ),
        c(),
        None,
    ),
    ("Omission", "replaced_by"): (
        OMITTED,
        lambda r: r.model_copy(
            update={"omits": [r.omits[0].model_copy(update={"replaced_by": "provider"})]}
        ),
        c(),
        None,
    ),
    ("Omission", "citation"): (
        OMITTED,
        lambda r: r.model_copy(
            update={
                "omits": [r.omits[0].model_copy(update={"citation": r.terms["judgment"].citation})]
            }
        ),
        c(),
        None,
    ),
    ("Condition", "always"): (
        "livio",
        rule("escalation", "staff", open_when=Condition(always=False)),
        c(),
        None,
    ),
    ("Condition", "fact"): (
        "livio",
        rule("escalation", "disputes_body", open_when=Condition(fact="anonymous")),
        c(anonymous=True),
        None,
    ),
    ("Condition", "equals"): (
        "livio",
        rule("escalation", "disputes_body", open_when=Condition(fact="anonymous", equals=False)),
        c(),
        None,
    ),
    ("Condition", "deadline_passed"): (
        "cmv-coaching",
        rule(
            "escalation",
            "complaints_officer",
            open_when=Condition(deadline_passed="acknowledgement"),
        ),
        c(),
        AS_OF,
    ),
    ("Condition", "any"): (
        "cmv-coaching",
        rule(
            "escalation",
            "complaints_officer",
            open_when=Condition(any=[Condition(fact="anonymous"), Condition(always=True)]),
        ),
        c(),
        None,
    ),
    ("Condition", "all"): (
        "cmv-coaching",
        rule("escalation", "complaints_officer", open_when=Condition(all=[Condition(always=True)])),
        c(),
        None,
    ),
    ("Condition", "not_"): (
        "cmv-coaching",
        rule(
            "escalation",
            "complaints_officer",
            open_when=Condition(not_=Condition(fact="anonymous")),
        ),
        c(),
        None,
    ),
}


#: Fields that act when the file is loaded, not on a loaded regulation: tested below.
AT_LOAD = {("Regulation", "extends")}


def test_every_field_either_acts_or_is_informational() -> None:
    acting = set(ACTS) | AT_LOAD
    assert acting & INFORMATIONAL == set()
    assert sorted(FIELDS - acting - INFORMATIONAL) == []
    assert sorted((acting | INFORMATIONAL) - FIELDS) == []


def test_extends_acts_when_the_file_is_loaded(tmp_path: Path) -> None:
    """Without the BW base the regulation has no damages terms: no limitation to report."""
    with_bw = tmp_path / "met-bw.yaml"
    with_bw.write_text(LEAVES_OUT.replace("extends: [wkkgz]", "extends: [wkkgz, bw]"), "utf-8")
    complaint = kr.Complaint.model_validate(DAMAGES)
    before = kr.evaluate(_leaves_out(tmp_path), complaint).model_dump()
    after = kr.evaluate(kr.load(with_bw), complaint).model_dump()
    assert "damages_limitation" not in [d["id"] for d in before["deadlines"]]
    assert "damages_limitation" in [d["id"] for d in after["deadlines"]]


def _load(ident: str, tmp: Path) -> Regulation:
    if ident == OMITTED:
        return _leaves_out(tmp)
    if ident == LONGER_MEASURES:
        # Bij Elkaar promising two months for the measures, where the law gives one.
        return rule("terms", "measures", term=Term.parse("2 maanden"))(kr.load("bij-elkaar"))
    return kr.load(ident)


@pytest.mark.parametrize("field", sorted(ACTS), ids=lambda f: ".".join(f))
def test_changing_a_field_that_acts_changes_the_answer(
    field: tuple[str, str], tmp_path: Path
) -> None:
    ident, change, facts, as_of = ACTS[field]
    reg = _load(ident, tmp_path)
    complaint = kr.Complaint.model_validate(facts)
    before = kr.evaluate(reg, complaint, as_of).model_dump()
    after = kr.evaluate(change(reg), complaint, as_of).model_dump()
    assert before != after


def _informational_change(reg: Regulation, model: str, name: str) -> Regulation:
    """``reg`` with every ``model.name`` it holds changed (to another text, or emptied)."""
    if model == "Regulation":
        value: Any = {
            "name": "X",
            "title": "X",
            "kind": "law",
            "law": None,
            "sources": {},
            "unencoded": [],
            "provisions": {},
        }[name]
        return reg.model_copy(update={name: value})
    if model == "Source":
        value = {"title": "X", "kind": "secondary", "bwb_id": None, "file": None}[name]
        return reg.model_copy(
            update={
                "sources": {k: s.model_copy(update={name: value}) for k, s in reg.sources.items()}
            }
        )
    if model == "Unencoded":
        return reg.model_copy(
            update={
                "unencoded": [
                    u.model_copy(update={name: None if name == "citation" else "X"})
                    for u in reg.unencoded
                ]
            }
        )
    if model == "Omission":
        return reg.model_copy(
            update={"omits": [o.model_copy(update={name: "X"}) for o in reg.omits]}
        )
    section = {
        "StandingRule": "standing",
        "ChannelRule": "channels",
        "AnonymityRule": "anonymity",
        "AdmissibilityRule": "admissibility",
        "RoutingRule": "routing",
        "TermRule": "terms",
        "StepRule": "escalation",
        "ActRule": "acts",
        "Provision": "provisions",
    }[model]
    rules = getattr(reg, section)
    value = "X" if name != "citation" else next(iter(reg.terms.values())).citation
    return reg.model_copy(
        update={section: {k: r.model_copy(update={name: value}) for k, r in rules.items()}}
    )


@pytest.mark.parametrize("field", sorted(INFORMATIONAL), ids=lambda f: ".".join(f))
def test_an_informational_field_changes_no_answer(field: tuple[str, str]) -> None:
    from klachtregels.engine.scenarios import bundled_scenario_files, read_file

    for path in bundled_scenario_files():
        loaded = read_file(path)
        reg = kr.load(loaded.file.regulation)
        changed = _informational_change(reg, *field)
        for s in loaded.file.scenarios:
            complaint = kr.Complaint.model_validate(s.complaint)
            assert (
                kr.evaluate(reg, complaint, s.as_of).model_dump()
                == kr.evaluate(changed, complaint, s.as_of).model_dump()
            ), (path.parent.name, s.name)


def test_the_format_reference_marks_the_informational_fields() -> None:
    text = (DOCS / "format.md").read_text("utf-8")
    sections = {part.split("\n", 1)[0].strip(): part for part in text.split("\n## ")[1:]}
    for model, name in sorted(INFORMATIONAL):
        alias = "not" if name == "not_" else name
        rows = [r for r in sections[model].splitlines() if r.startswith(f"| `{alias}` |")]
        assert rows, (model, name)
        assert "*Informational: changes no assessment.*" in rows[0], (model, name)
