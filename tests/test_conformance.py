"""Conformance to the law: the five bundled regulations, a test version, and two regulations
made up to break each rule.

The expected findings for the bundled regulations were checked by hand against the
source texts in shared/bronnen/regelingen (see docs/compliance.md for the reasoning).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import klachtregels as kr
from klachtregels.cli import main
from klachtregels.compare.conformance import Conformance

VERSIONS = Path(__file__).resolve().parent / "data" / "versions"


def found(c: Conformance) -> list[tuple[str, str, str | None]]:
    return [(f.severity, f.code, f.rule) for f in c.findings]


def finding(c: Conformance, code: str) -> kr.ConformanceFinding:
    [f] = [f for f in c.findings if f.code == code]
    return f


# ----------------------------------------------------------------- the bundled five


def test_livio() -> None:
    c = kr.conformance(kr.load("livio"))
    assert found(c) == [
        # art. 10 lid 2: the complainant is asked whether he will await the judgment.
        ("note", "further_extension_text_consent", "provisions.further_extension"),
        # art. 4 names the tasks of the klachtenfunctionaris, nobody to contact.
        ("note", "complaints_officer_no_contact", "escalation.complaints_officer"),
        # art. 12 and 10 lid 4: "de geschillencommissie", named only in the judgment.
        ("note", "disputes_body_unnamed", "escalation.disputes_body"),
    ]
    assert c.ok


def test_polypartners() -> None:
    c = kr.conformance(kr.load("polypartners"))
    assert found(c) == [
        ("risk", "standing_law_only", "standing"),
        ("risk", "disputes_body_law_only", "escalation.disputes_body"),
        ("risk", "omitted", "escalation.provider"),
        ("note", "judgment_law_only", "terms.judgment"),
        ("note", "standing_age_note", "standing.client"),
    ]
    assert c.ok
    omitted = finding(c, "omitted")
    assert omitted.article == "Wkkgz art. 17 lid 1"
    assert omitted.text("nl") == "Regel van de wet weggelaten: escalation.provider."
    assert omitted.citation is not None
    assert (
        omitted.citation.quote == "kan klager een formele klacht indienen bij de klachtencommissie"
    )
    assert finding(c, "standing_law_only").text("en") == (
        "The regulation's text does not name these complainants; their standing follows from "
        "the statute only: refused representative (about the refusal)."
    )
    assert finding(c, "standing_age_note").text("nl") == (
        "De cliënt klaagt zelf naar leeftijd: cliënt vanaf 16 jaar, cliënt vanaf 12 jaar "
        "jonger dan 16 jaar samen met een ouder; voor een jongere cliënt klaagt de wettelijk "
        "vertegenwoordiger, in lijn met de WGBO."
    )


def test_cmv_coaching() -> None:
    c = kr.conformance(kr.load("cmv-coaching"))
    assert found(c) == [
        ("violation", "disputes_body_narrower", "escalation.disputes_body"),
        ("risk", "extension_length_not_in_text", "terms.judgment_extension"),
        ("risk", "extension_notice_not_in_text", "terms.judgment_extension"),
        ("risk", "standing_law_only", "standing"),
        ("note", "complaints_officer_conditional_direct", "escalation.complaints_officer"),
    ]
    assert not c.ok
    narrower = finding(c, "disputes_body_narrower")
    assert narrower.article == "Wkkgz art. 21 lid 1"
    assert narrower.text("nl") == (
        "De geschilleninstantie staat alleen open als: (complaints_officer_involved = ja en "
        "satisfied = nee); niet voor de wettelijke gronden onder a: termijn judgment "
        "verstreken zonder oordeel, onder b: (judgment_given = ja en satisfied = nee), "
        "onder c: extra.not_reasonable_to_complain_first = ja."
    )
    assert narrower.text("en") == (
        "The disputes body is open only when: (complaints_officer_involved = yes and "
        "satisfied = no); not on the statutory grounds ground a: term judgment passed without "
        "a judgment, ground b: (judgment_given = yes and satisfied = no), ground c: "
        "extra.not_reasonable_to_complain_first = yes."
    )
    assert narrower.law_citation is not None
    assert narrower.law_citation.article == "art. 21 lid 1"
    length = finding(c, "extension_length_not_in_text")
    assert length.citation is not None
    assert length.citation.quote == (
        "Indien de termijn niet haalbaar is, wordt er een tussentijdse update gestuurd met "
        "uitleg en een nieuwe deadline."
    )
    assert finding(c, "extension_notice_not_in_text").text("en") == (
        "The text does not require notice of the extension in writing, before the term "
        "expires; encoded as the statute requires."
    )
    # Punt 5b: "Cliënten kunnen gratis en rechtstreeks contact opnemen".
    direct = finding(c, "complaints_officer_conditional_direct")
    assert direct.citation is not None
    assert direct.citation.article == "Procedure, punt 5b"


def test_burgercoaching() -> None:
    c = kr.conformance(kr.load("burgercoaching"))
    assert found(c) == [
        ("violation", "disputes_body_narrower", "escalation.disputes_body"),
        ("risk", "extension_notice_not_in_text", "terms.judgment_extension"),
        ("risk", "standing_law_only", "standing"),
        ("risk", "provider_conditional", "escalation.provider"),
        ("note", "further_extension_text_consent", "provisions.further_extension"),
    ]
    assert finding(c, "standing_law_only").text("nl") == (
        "De tekst van de regeling noemt deze klachtgerechtigden niet; hun klachtrecht volgt "
        "alleen uit de wet: nabestaande, wettelijk vertegenwoordiger, geweigerde "
        "vertegenwoordiger (over die weigering)."
    )
    assert finding(c, "provider_conditional").text("en") == (
        "A complaint can be filed with the provider only when: "
        "extra.informal_route_unsuccessful = yes; the statute sets no condition on filing a "
        "written complaint."
    )


def test_bij_elkaar() -> None:
    c = kr.conformance(kr.load("bij-elkaar"))
    assert c.law == "jeugdwet"
    assert found(c) == [
        ("risk", "standing_law_only", "standing"),
        ("note", "committee_composition_unchecked", "escalation.complaints_committee"),
        ("note", "committee_conditional_direct", "escalation.complaints_committee"),
        ("note", "committee_term_unchecked", "terms.committee_judgment"),
    ]
    term = finding(c, "committee_term_unchecked")
    assert term.article == "Jeugdwet art. 4.2.1 lid 2 onder c"
    assert term.text("nl") == (
        "De termijn waarbinnen de klachtencommissie oordeelt is niet te toetsen: de regeling "
        "die haar vastlegt is niet gecodeerd."
    )
    assert term.citation is not None
    assert (
        term.citation.quote == "Onderaan deze webpagina is een link naar het reglement te vinden."
    )
    assert finding(c, "committee_composition_unchecked").text("en") == (
        "Composition of the complaints committee (Klachten Portaal Zorg – klachten- en "
        "geschillenregeling Jeugdzorg), at least three members with an independent chair: not "
        "encoded, not checked."
    )


def test_eight_weeks_for_a_judgment_is_a_violation() -> None:
    c = kr.conformance(kr.load(VERSIONS / "polypartners" / "2023-01-01.yaml"))
    judgment = finding(c, "judgment_too_long")
    assert (judgment.severity, judgment.article) == ("violation", "Wkkgz art. 17 lid 1")
    assert (
        judgment.text("nl")
        == "Termijn voor het oordeel 8 weken: langer dan de wettelijke zes weken."
    )
    assert judgment.text("en") == "Judgment term 8 weeks: longer than the statutory six weeks."
    assert not c.ok
    # The regulation now states a term itself.
    assert "judgment_law_only" not in c.by_code()


# ----------------------------------------------------------------- made-up regulations

WKKGZ_BREAKER = """\
id: testzorg
kind: regulation
name: Testzorg
title: Klachtenregeling Testzorg
version: "1"
valid_from: 2026-01-01
law: wkkgz
extends: [wkkgz]
sources:
  testzorg: {title: Klachtenregeling Testzorg, kind: regulation}
bodies:
  portaal:
    name: Klachtenportaal
    kind: portal
    citation: {source: testzorg, article: art. 9, quote: "Geschillen gaan naar het portaal."}
channels:
  letter:
    accepted: false
    citation: {source: testzorg, article: art. 2, quote: "Klachten alleen per e-mail."}
terms:
  judgment:
    term: 30 werkdagen
    start: receipt
    atw: false
    citation: {source: testzorg, article: art. 5 lid 1, quote: "binnen 30 werkdagen"}
  judgment_extension:
    term: 25 werkdagen
    atw: false
    extends: judgment
    notice: any
    citation: {source: testzorg, article: art. 5 lid 2, quote: "kan de termijn verlengen"}
  further_extension:
    term: 20 werkdagen
    atw: false
    extends: judgment_extension
    citation: {source: testzorg, article: art. 5 lid 3, quote: "en daarna nogmaals"}
escalation:
  disputes_body:
    name: Geschillen
    body: portaal
    open_when:
      all:
        - fact: judgment_given
        - {fact: satisfied, equals: false}
    citation: {source: testzorg, article: art. 9, quote: "Geschillen gaan naar het portaal."}
omits:
  - section: escalation
    id: complaints_officer
    citation: {source: testzorg, article: art. 3, quote: "Er is geen klachtenfunctionaris."}
  - section: standing
    id: surviving_relative
    citation: {source: testzorg, article: art. 1, quote: "Alleen de cliënt zelf."}
  - section: provisions
    id: careful_investigation
    citation: {source: testzorg, article: art. 6, quote: "Onderzoek naar bevind."}
"""


def test_a_regulation_that_breaks_the_wkkgz(tmp_path: Path) -> None:
    path = tmp_path / "testzorg.yaml"
    path.write_text(WKKGZ_BREAKER, "utf-8")
    c = kr.conformance(kr.load(path))
    assert found(c) == [
        # 25 working days are at least 33 days: more than four weeks.
        ("violation", "extension_too_long", "terms.judgment_extension"),
        ("violation", "extension_notice", "terms.judgment_extension"),
        ("violation", "further_extension_without_consent", "terms.further_extension"),
        ("violation", "standing_missing", "standing.surviving_relative"),
        ("violation", "written_channel_refused", "channels.letter"),
        ("violation", "no_complaints_officer", "escalation.complaints_officer"),
        ("violation", "disputes_body_narrower", "escalation.disputes_body"),
        # 30 working days are 40 to 46 days: over six weeks with a holiday in them.
        ("risk", "judgment_may_exceed", "terms.judgment"),
        ("risk", "extension_length_not_in_text", "terms.judgment_extension"),
        ("risk", "extension_notice_not_in_text", "terms.judgment_extension"),
        ("risk", "standing_law_only", "standing"),
        ("risk", "disputes_body_kind", "escalation.disputes_body"),
        ("note", "omitted", "provisions.careful_investigation"),
    ]
    assert finding(c, "extension_notice").text("nl") == (
        "Verlenging zonder voorafgaande schriftelijke mededeling (mededeling: in elke vorm)."
    )
    assert finding(c, "further_extension_without_consent").text("nl") == (
        "Verdere verlenging (20 werkdagen) zonder instemming van de klager: meer dan de wet "
        "toestaat."
    )
    missing = finding(c, "standing_missing")
    assert missing.text("en") == (
        "No standing under the regulation: surviving relative; the statute gives this "
        "complainant the right to complain."
    )
    assert missing.citation is not None
    assert missing.citation.quote == "Alleen de cliënt zelf."
    officer = finding(c, "no_complaints_officer")
    assert officer.citation is not None
    assert officer.citation.quote == "Er is geen klachtenfunctionaris."
    assert officer.law_citation is not None
    assert officer.law_citation.article == "art. 15 lid 1"
    assert finding(c, "disputes_body_narrower").text("nl") == (
        "De geschilleninstantie staat alleen open als: (judgment_given = ja en satisfied = "
        "nee); niet voor de wettelijke gronden onder a: termijn judgment verstreken zonder "
        "oordeel, onder c: extra.not_reasonable_to_complain_first = ja."
    )
    assert finding(c, "disputes_body_kind").text("nl") == (
        "De geschilleninstantie is Klachtenportaal, van soort portal, geen geschilleninstantie."
    )


JEUGDWET_BREAKER = """\
id: jeugdtest
kind: regulation
name: Jeugdtest
title: Klachtenregeling Jeugdtest
version: "1"
valid_from: 2026-01-01
law: jeugdwet
extends: [jeugdwet]
sources:
  jeugdtest: {title: Klachtenregeling Jeugdtest, kind: regulation}
standing:
  client:
    role: client
    citation: {source: jeugdtest, article: art. 1, quote: "De jeugdige kan klagen."}
omits:
  - section: escalation
    id: complaints_committee
    citation: {source: jeugdtest, article: art. 2, quote: "De directie beslist zelf."}
  - section: terms
    id: measures
    citation: {source: jeugdtest, article: art. 3, quote: "Maatregelen volgen."}
  - section: standing
    id: other
    citation: {source: jeugdtest, article: art. 1, quote: "De jeugdige kan klagen."}
"""


def test_a_youth_care_regulation_without_committee(tmp_path: Path) -> None:
    path = tmp_path / "jeugdtest.yaml"
    path.write_text(JEUGDWET_BREAKER, "utf-8")
    c = kr.conformance(kr.load(path))
    assert found(c) == [
        ("violation", "no_committee", "escalation.complaints_committee"),
        ("violation", "no_committee_term", "terms.committee_judgment"),
        ("violation", "no_measures_term", "terms.measures"),
        ("violation", "standing_missing", "standing.other"),
        ("risk", "standing_law_only", "standing"),
    ]
    assert finding(c, "no_committee").article == "Jeugdwet art. 4.2.1 lid 2 onder a"
    assert finding(c, "no_committee_term").text("en") == (
        "The regulation fixes no term within which the complaints committee judges."
    )
    assert finding(c, "standing_law_only").text("nl") == (
        "De tekst van de regeling noemt deze klachtgerechtigden niet; hun klachtrecht volgt "
        "alleen uit de wet: wettelijk vertegenwoordiger, gemachtigde, nabestaande."
    )


# ----------------------------------------------------------------- output and command line


def test_text_output_names_article_and_both_citations() -> None:
    lines = kr.conformance(kr.load("cmv-coaching")).text("en").splitlines()
    assert lines[:2] == [
        "Conformance: cmv-coaching version ongedateerd (in force from 2025-01-01), law: Wkkgz",
        "1 violation(s), 3 risk(s), 1 note(s)",
    ]
    assert lines[3:7] == [
        "[violation] Wkkgz art. 21 lid 1 (escalation.disputes_body)",
        "  The disputes body is open only when: (complaints_officer_involved = yes and "
        "satisfied = no); not on the statutory grounds ground a: term judgment passed without "
        "a judgment, ground b: (judgment_given = yes and satisfied = no), ground c: "
        "extra.not_reasonable_to_complain_first = yes.",
        '  regulation: cmv_coaching Procedure, punt 6a: "Als bemiddeling met behulp van de '
        "klachtenfunctionaris niet tot een oplossing leidt, kan de cliënt de klacht voorleggen "
        'aan een erkende geschillencommissie."',
        '  statute: wkkgz art. 21 lid 1: "indien: a. is gehandeld in strijd met §1; b. de '
        "mededeling, bedoeld in 17, eerste lid, diens klacht naar zijn oordeel in onvoldoende "
        'mate wegneemt; c. van hem in redelijkheid niet kan worden verlangd"',
    ]
    # What is not encoded is listed as not checked, with where the source says it.
    assert "Not encoded (regulation and law base), so not checked (5):" in lines
    assert any(line.startswith("  - [cmv_coaching Procedure, punt 4c]") for line in lines)


def test_cli_conform_exit_status(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["conform", "livio"]) == 0
    assert (
        capsys.readouterr().out.splitlines()[1] == "0 schending(en), 0 risico('s), 3 opmerking(en)"
    )
    assert main(["conform", "cmv-coaching@ongedateerd", "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] is False
    assert data["counts"] == {"violation": 1, "risk": 3, "note": 1}
    assert data["findings"][0]["article"] == "Wkkgz art. 21 lid 1"
    path = str(VERSIONS / "polypartners" / "2023-01-01.yaml")
    assert main(["conform", path, "--format", "markdown", "--lang", "en"]) == 1
    md = capsys.readouterr().out
    assert md.startswith("# Conformance: polypartners version geactualiseerd op 1 januari 2023")
    assert (
        "| 1 | violation | Wkkgz art. 17 lid 1 | Judgment term 8 weeks: longer than the "
        "statutory six weeks. |" in md
    )
