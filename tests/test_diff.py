"""The structural diff: each test version against the bundled one it was made from.

The test versions (tests/data/versions/<provider>/<date>.yaml) were built by hand from
the bundled files; each file's header lists its changes. Every expected change,
severity and message below is read off those headers and the regulation texts.
"""

from __future__ import annotations

import json
import re
import shlex
from datetime import date
from pathlib import Path

import pytest

import klachtregels as kr
from klachtregels.cli import main
from klachtregels.compare.conditions import condition_implies
from klachtregels.compare.diff import RegulationDiff
from klachtregels.compare.termlength import term_days
from klachtregels.law.terms import Term, Unit
from klachtregels.model.regulation import Condition, Regulation

VERSIONS = Path(__file__).resolve().parent / "data" / "versions"


def version(provider: str, day: str) -> Regulation:
    return kr.load(VERSIONS / provider / f"{day}.yaml")


def summary(d: RegulationDiff) -> list[tuple[str, str, str]]:
    return [(r.rule, r.kind, r.severity) for r in d.changes]


def texts(d: RegulationDiff, rule: str, lang: kr.messages.Lang = "nl") -> list[str]:
    change = next(r for r in d.rules if r.rule == rule)
    return [f.text(lang) for f in change.fields]


# ----------------------------------------------------------------- the test versions


def test_new_term_and_added_standing_role_are_more_favourable() -> None:
    d = kr.diff(kr.load("burgercoaching"), version("burgercoaching", "2026-01-01"))
    assert summary(d) == [
        ("standing.authorised_representative", "added", "more_favourable"),
        ("terms.acknowledgement", "added", "more_favourable"),
    ]
    assert d.cosmetic == ()
    assert not d.equal_in_meaning
    assert texts(d, "standing.authorised_representative") == ["Klachtgerechtigd: + gemachtigde"]
    assert texts(d, "standing.authorised_representative", "en") == [
        "Standing: + authorised representative"
    ]
    assert texts(d, "terms.acknowledgement") == [
        "Termijn ontvangstbevestiging toegevoegd: 5 werkdagen na ontvangst"
    ]
    assert texts(d, "terms.acknowledgement", "en") == [
        "Acknowledgement term added: 5 working days after receipt"
    ]
    ack = d.changes[1]
    assert ack.old_citation is None
    assert ack.new_citation is not None
    assert ack.new_citation.article == "De stappen, punt 3a"
    assert [m.text("nl") for m in d.metadata] == [
        "Versie: ongedateerd → 2026",
        "Van kracht vanaf: 2025-01-01 → 2026-01-01",
    ]


def test_changed_disputes_body_is_neutral_with_the_names_on_both_sides() -> None:
    d = kr.diff(kr.load("burgercoaching"), version("burgercoaching", "2026-07-01"))
    assert summary(d) == [
        ("bodies.kpz_geschilleninstantie", "removed", "neutral"),
        ("bodies.zorggeschil", "added", "neutral"),
        ("escalation.disputes_body", "changed", "neutral"),
        ("provisions.disputes_body_affiliation", "changed", "neutral"),
    ]
    assert texts(d, "escalation.disputes_body") == [
        "Geschilleninstantie: Geschilleninstantie KPZ → Stichting Zorggeschil"
    ]
    assert texts(d, "escalation.disputes_body", "en") == [
        "Disputes body: Geschilleninstantie KPZ → Stichting Zorggeschil"
    ]
    assert texts(d, "bodies.zorggeschil") == [
        "Nieuwe instantie 'zorggeschil': Stichting Zorggeschil (disputes_body)"
    ]
    assert texts(d, "bodies.kpz_geschilleninstantie", "en") == [
        "Body 'kpz_geschilleninstantie' dropped: Geschilleninstantie KPZ (disputes_body)"
    ]
    step = d.changes[2]
    assert step.old_citation is not None
    assert step.new_citation is not None
    assert (step.old_citation.quote or "").endswith(
        "aan de onafhankelijke Geschilleninstantie KPZ."
    )
    assert (step.new_citation.quote or "").endswith("laten voorleggen aan Stichting Zorggeschil.")
    # The step's name and quote are wording: reported, but as cosmetic.
    assert [r.rule for r in d.cosmetic] == ["escalation.disputes_body"]
    assert [f.field for f in step.cosmetic] == ["name", "citation.quote"]
    assert step.cosmetic[0].text("nl") == (
        "Geschilleninstantie, naam: 'Geschilleninstantie KPZ' → 'Stichting Zorggeschil'"
    )


def test_dropped_channel_and_its_ground_are_less_favourable() -> None:
    d = kr.diff(kr.load("cmv-coaching"), version("cmv-coaching", "2026-01-01"))
    assert summary(d) == [
        ("channels.phone", "changed", "less_favourable"),
        ("admissibility.not_in_writing", "added", "less_favourable"),
    ]
    assert texts(d, "channels.phone") == ["Kanaal 'telefoon' vervallen"]
    assert texts(d, "channels.phone", "en") == ["Channel 'phone' dropped"]
    assert texts(d, "admissibility.not_in_writing") == [
        "Nieuwe grond van niet-ontvankelijkheid 'not_in_writing': ingediend via een niet "
        "aanvaard kanaal"
    ]
    assert texts(d, "admissibility.not_in_writing", "en") == [
        "New ground of inadmissibility 'not_in_writing': filed through a channel not accepted"
    ]
    phone = d.changes[0]
    assert [f.field for f in phone.cosmetic] == [
        "citation.quote",
        "citation.article",
        "reading",
        "reading_en",
    ]
    assert phone.cosmetic[1].text("en") == "Article: Procedure, punt 1a → Procedure, punt 1c"


def test_new_ground_of_inadmissibility_is_less_favourable() -> None:
    d = kr.diff(kr.load("livio"), version("livio", "2024-01-01"))
    assert summary(d) == [
        ("admissibility.submitted_to_disputes_body", "added", "less_favourable"),
    ]
    assert texts(d, "admissibility.submitted_to_disputes_body") == [
        "Nieuwe grond van niet-ontvankelijkheid 'submitted_to_disputes_body': als "
        "submitted_to_disputes_body = ja"
    ]
    assert d.cosmetic == ()


def test_longer_judgment_term_is_less_favourable_and_cites_law_and_regulation() -> None:
    d = kr.diff(kr.load("polypartners"), version("polypartners", "2023-01-01"))
    assert summary(d) == [("terms.judgment", "changed", "less_favourable")]
    assert texts(d, "terms.judgment") == ["Termijn oordeel: 6 weken → 8 weken"]
    assert texts(d, "terms.judgment", "en") == ["Judgment term: 6 weeks → 8 weeks"]
    change = d.changes[0]
    assert (change.old_origin, change.new_origin) == ("wkkgz", "polypartners")
    assert change.old_citation is not None
    assert change.new_citation is not None
    assert (change.old_citation.source, change.old_citation.article) == (
        "wkkgz",
        "art. 17 lid 1",
    )
    assert change.new_citation.article == "Werkproces klachtenbehandeling, punt 4a"
    assert [f.field for f in change.cosmetic] == [
        "citation.quote",
        "citation.article",
        "citation.source",
        "reading",
        "reading_en",
        "origin",
    ]
    # The note that the text states no judgment term went with it.
    assert d.unencoded_added == ()
    assert [t[:41] for t in d.unencoded_removed] == ["The text states no term for a judgment; t"]


def test_cosmetic_revision_is_equal_in_meaning() -> None:
    d = kr.diff(kr.load("livio"), version("livio", "2020-07-01"))
    assert d.equal_in_meaning
    assert d.changes == ()
    assert [(r.rule, [f.field for f in r.cosmetic]) for r in d.cosmetic] == [
        ("standing.client", ["citation.quote"]),
        ("standing.surviving_relative", ["citation.quote"]),
        ("standing.legal_representative", ["citation.quote"]),
        ("standing.authorised_representative", ["citation.quote"]),
        ("standing.voluntary_agent", ["citation.quote"]),
        ("standing.*", ["order"]),
        ("channels.web_form", ["reading", "reading_en"]),
        ("admissibility.pending", ["reading", "reading_en"]),
        ("terms.first_contact", ["term.text", "citation.quote"]),
        ("escalation.disputes_body", ["open_when"]),
    ]
    first_contact = next(r for r in d.cosmetic if r.rule == "terms.first_contact")
    assert first_contact.cosmetic[0].text("nl") == (
        "Termijn eerste contact, woorden: 'vijf werkdagen' → '5 werkdagen'"
    )
    assert first_contact.cosmetic[0].text("en") == (
        "First-contact term, wording: 'vijf werkdagen' → '5 werkdagen'"
    )


# ----------------------------------------------------------------- severities field by field


def with_rule(reg: Regulation, section: str, rule_id: str, **update: object) -> Regulation:
    """``reg`` with one rule changed (law-base origins kept)."""
    rules = dict(getattr(reg, section))
    rules[rule_id] = rules[rule_id].model_copy(update=update)
    return reg.model_copy(update={section: rules})


@pytest.mark.parametrize(
    ("section", "rule_id", "update", "severity", "text"),
    [
        # The complainant's own term: longer is more favourable.
        (
            "terms",
            "filing",
            {"term": Term(3, Unit.YEARS)},
            "more_favourable",
            "Indieningstermijn: 2 jaar → 3 jaar",
        ),
        # The provider's term: shorter is more favourable.
        (
            "terms",
            "first_contact",
            {"term": Term(3, Unit.WORKING_DAYS)},
            "more_favourable",
            "Termijn eerste contact: 5 werkdagen → 3 werkdagen",
        ),
        (
            "terms",
            "judgment_extension",
            {"notice": "any"},
            "less_favourable",
            "Verlenging termijn oordeel, mededeling vóór afloop: schriftelijk → in elke vorm",
        ),
        (
            "terms",
            "first_contact",
            {"start": "in_writing"},
            "neutral",
            "Termijn eerste contact, loopt vanaf: de klacht in de zin van de regeling → "
            "schriftelijke indiening",
        ),
        (
            "standing",
            "client",
            {"min_age": 16},
            "less_favourable",
            "Klachtgerechtigd cliënt: minimumleeftijd — → 16",
        ),
        (
            "admissibility",
            "out_of_time",
            {"unless_damages": None},
            "less_favourable",
            "Grond 'out_of_time', bij schadevergoeding geldt de wettelijke verjaring: ja → nee",
        ),
        (
            "escalation",
            "complaints_officer",
            {"open_when": Condition(fact="complaints_officer_involved")},
            "less_favourable",
            "Klachtenfunctionaris, open als: altijd → de klachtenfunctionaris erbij betrokken is "
            "geweest",
        ),
        (
            "escalation",
            "provider",
            {"open_when": Condition(always=True), "formal": False},
            "neutral",
            "Zorgaanbieder (oordeel), formele behandeling met oordeel: ja → nee",
        ),
        (
            "channels",
            "phone",
            {"accepted": True},
            "more_favourable",
            "Kanaal 'telefoon' toegevoegd",
        ),
    ],
)
def test_severity_of_a_changed_field(
    section: str, rule_id: str, update: dict[str, object], severity: str, text: str
) -> None:
    old = kr.load("livio")
    d = kr.diff(old, with_rule(old, section, rule_id, **update))
    [change] = d.changes
    assert change.rule == f"{section}.{rule_id}"
    assert change.severity == severity
    assert [f.text("nl") for f in change.fields] == [text]


def test_wider_step_condition_is_more_favourable() -> None:
    old = with_rule(
        kr.load("livio"),
        "escalation",
        "complaints_officer",
        open_when=Condition(fact="complaints_officer_involved"),
    )
    d = kr.diff(old, kr.load("livio"))
    assert summary(d) == [("escalation.complaints_officer", "changed", "more_favourable")]


def test_reordered_routing_is_a_change_in_meaning() -> None:
    # The first routing rule that applies wins (a Wzd complaint about another provider).
    old = kr.load("livio")
    routing = dict(reversed(list(old.routing.items())))
    d = kr.diff(old, old.model_copy(update={"routing": routing}))
    assert summary(d) == [("routing.*", "changed", "neutral")]
    assert texts(d, "routing.*", "en") == [
        "Order in Competence and forwarding: wzd, other_provider → other_provider, wzd"
    ]


def test_term_words_alone_are_cosmetic() -> None:
    old = kr.load("livio")
    new = with_rule(old, "terms", "judgment", term=Term.parse("6 weken"))
    d = kr.diff(old, new)
    assert d.equal_in_meaning
    [rule] = d.cosmetic
    assert [f.text("nl") for f in rule.cosmetic] == [
        "Termijn oordeel, woorden: 'zes weken' → '6 weken'"
    ]


# ----------------------------------------------------------------- helpers


def test_term_days_bounds() -> None:
    # Six weeks are 42 days; 30 working days are 6 weeks with no holiday (from a Friday)
    # and 40 days at the least (from a Sunday: the last day is a Friday).
    assert term_days(Term(6, Unit.WEEKS)) == (42, 42)
    assert term_days(Term(30, Unit.WORKING_DAYS)) == (40, 46)
    # Five working days from Thursday 24 December 2026 end on Monday 4 January: 11 days.
    assert term_days(Term(5, Unit.WORKING_DAYS)) == (5, 11)
    assert term_days(Term(2, Unit.MONTHS)) == (56, 62)


def test_condition_implies_by_truth_table() -> None:
    satisfied_no = Condition(fact="satisfied", equals=False)
    either = Condition(any=[satisfied_no, Condition(fact="extra.direct_to_external")])
    assert condition_implies(satisfied_no, either)
    assert not condition_implies(either, satisfied_no)
    # An unknown fact satisfies neither "satisfied" nor "not satisfied".
    assert not condition_implies(Condition(always=True), either)
    # not(judgment_given) == judgment_given is false: that fact is never unknown.
    assert condition_implies(
        Condition(not_=Condition(fact="judgment_given")),
        Condition(fact="judgment_given", equals=False),
    )


# ----------------------------------------------------------------- output


def test_text_output() -> None:
    d = kr.diff(kr.load("cmv-coaching"), version("cmv-coaching", "2026-01-01"))
    lines = d.text("nl").splitlines()
    assert lines[:5] == [
        "Vergelijking: cmv-coaching versie ongedateerd (van kracht vanaf 2025-01-01) → "
        "cmv-coaching versie 2026 (van kracht vanaf 2026-01-01)",
        "  Versie: ongedateerd → 2026",
        "  Van kracht vanaf: 2025-01-01 → 2026-01-01",
        "Gelijk in betekenis: nee; wijzigingen in betekenis: 2 (2 ongunstiger, 0 gunstiger, "
        "0 neutraal voor de klager); cosmetische wijzigingen: 1",
        "",
    ]
    assert lines[5:10] == [
        "Wijzigingen in betekenis (2)",
        "  [ongunstiger voor de klager] channels.phone (gewijzigd)",
        "    Kanaal 'telefoon' vervallen",
        '    oud: cmv_coaching Procedure, punt 1a: "Klachten kunnen schriftelijk, mondeling of '
        'via e-mail (info@cmvcoaching.nl) worden ingediend."',
        '    nieuw: cmv_coaching Procedure, punt 1c: "Een telefonische klacht wordt pas in '
        'behandeling genomen als zij schriftelijk is bevestigd."',
    ]


def test_markdown_is_a_change_memo() -> None:
    d = kr.diff(kr.load("polypartners"), version("polypartners", "2023-01-01"))
    md = d.markdown("en")
    assert md.startswith("# Change memo polypartners → polypartners\n")
    assert "| version | geactualiseerd op 21 juli 2022 | geactualiseerd op 1 januari 2023 |" in md
    assert "### `terms.judgment`: changed (less favourable to the complainant)" in md
    assert "- Judgment term: 6 weeks → 8 weeks (less favourable)" in md


def test_json_output() -> None:
    d = kr.diff(kr.load("cmv-coaching"), version("cmv-coaching", "2026-01-01"))
    data = json.loads(json.dumps(d.to_json("en")))
    assert data["equal_in_meaning"] is False
    assert data["counts"] == {
        "less_favourable": 2,
        "more_favourable": 0,
        "neutral": 0,
        "cosmetic": 1,
    }
    assert data["changes"][0]["fields"] == [
        {
            "field": "accepted",
            "before": True,
            "after": False,
            "severity": "less_favourable",
            "text": "Channel 'phone' dropped",
        }
    ]
    assert data["changes"][1]["new"]["citation"] == {
        "source": "cmv_coaching",
        "article": "Procedure, punt 1c",
        "quote": "Een telefonische klacht wordt pas in behandeling genomen als zij schriftelijk "
        "is bevestigd.",
    }


# ----------------------------------------------------------------- command line


def test_cli_exit_status_by_meaning(capsys: pytest.CaptureFixture[str]) -> None:
    cosmetic = str(VERSIONS / "livio" / "2020-07-01.yaml")
    later = str(VERSIONS / "livio" / "2024-01-01.yaml")
    assert main(["diff", "livio@3", cosmetic]) == 0
    assert "Gelijk in betekenis: ja; cosmetische wijzigingen: 10" in capsys.readouterr().out
    assert main(["diff", "livio@2020-06-01", later, "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["old"]["version"] == "3"
    assert data["new"]["version"] == "4"


def test_cli_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    new = str(VERSIONS / "burgercoaching" / "2026-01-01.yaml")
    assert main(["diff", "burgercoaching", new, "--format", "markdown", "--lang", "en"]) == 1
    out = capsys.readouterr().out
    assert out.startswith("# Change memo burgercoaching → burgercoaching\n")
    assert "- Standing: + authorised representative (more favourable)" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["diff", "livio@9", "livio"],
            "klachtregels: 'livio@9': livio heeft geen versie met dat label; bekende versies: "
            "'3'; of schrijf een datum JJJJ-MM-DD",
        ),
        (
            ["diff", "livio@", "livio", "--lang", "en"],
            "klachtregels: 'livio@': '@' must be followed by a version or a date; write e.g. "
            "livio@3 or livio@2020-06-01",
        ),
        (
            ["diff", "livio@2019-06-01", "livio", "--lang", "en"],
            "klachtregels: no version of 'livio' in force on 2019-06-01; versions: "
            "2020-01-01 - ...",
        ),
        (
            ["diff", "livio", "livio", "--examples", "-3"],
            "klachtregels diff: argument --examples: '-3' is geen aantal; schrijf een geheel "
            "getal vanaf 0, bijv. 200",
        ),
    ],
)
def test_cli_bad_references(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == message + "\n"


def test_version_label_and_date_name_the_same_bundled_version() -> None:
    from klachtregels.cli.compare import resolve

    by_label = resolve("polypartners@geactualiseerd op 21 juli 2022")
    by_date = resolve("polypartners@2023-05-01")
    assert by_label.valid_from == by_date.valid_from == date(2022, 7, 21)
    assert kr.diff(by_label, by_date).rules == ()


# ----------------------------------------------------------------- docs/compliance.md

DOC = Path(__file__).resolve().parents[1] / "docs" / "compliance.md"
CONSOLE = re.findall(
    r"(`{3,4})console\n\$ (klachtregels [^\n]*)\n(.*?)\n\1\n", DOC.read_text("utf-8"), re.S
)
PYTHON = re.findall(r"```python\n(.*?)```", DOC.read_text("utf-8"), re.S)


def test_compliance_page_has_commands() -> None:
    assert len(CONSOLE) >= 8
    assert len(PYTHON) == 1


@pytest.mark.parametrize(("command", "shown"), [(c, out) for _, c, out in CONSOLE])
def test_compliance_page_shows_real_output(
    command: str, shown: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(DOC.parents[1])
    main(shlex.split(command)[1:])
    assert capsys.readouterr().out.rstrip("\n") == shown


def test_compliance_page_python_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(DOC.parents[1])
    exec(compile(PYTHON[0], "docs/compliance.md", "exec"), {"__name__": "docs_example"})
