"""Conformance to the law: the five bundled regulations, test versions, the output and the
catalogue (made-up regulations: tests/test_conformance_made_up.py).

The expected findings for the bundled regulations were checked by hand against the
source texts in shared/bronnen/regelingen (see docs/compliance.md for the reasoning).
"""

from __future__ import annotations

import ast
import inspect
import json
from pathlib import Path
from types import ModuleType

import pytest

import klachtregels as kr
from klachtregels.cli import main
from klachtregels.compare import conformance_common, conformance_jeugdwet, conformance_wkkgz
from klachtregels.compare.conformance import Conformance
from klachtregels.law.terms import Term
from klachtregels.messages import MESSAGES
from klachtregels.messages import conformance as _conformance_catalogue

VERSIONS = Path(__file__).resolve().parent / "data" / "versions"


def found(c: Conformance) -> list[tuple[str, str, str | None]]:
    return [(f.severity, f.code, f.rule) for f in c.findings]


def finding(c: Conformance, code: str) -> kr.ConformanceFinding:
    [f] = [f for f in c.findings if f.code == code]
    return f


def unchecked(c: Conformance) -> list[tuple[str, str, str | None]]:
    """The checks not made: code, rule, and the article of the regulation's citation."""
    return [(n.code, n.rule, n.citation.article if n.citation else None) for n in c.not_checked]


# ----------------------------------------------------------------- the bundled five


def test_livio() -> None:
    c = kr.conformance(kr.load("livio"))
    assert found(c) == [
        # Art. 12 lid 1 opens the geschillencommissie after a judgment the complainant is
        # not satisfied with (Wkkgz art. 21 onder b), art. 10 lid 2 when the extended term
        # is not met (onder a); onder c ("van hem in redelijkheid niet kan worden verlangd")
        # is not in the text: narrower than the law, as for BurgerCoaching and CMV.
        ("violation", "disputes_body_narrower", "escalation.disputes_body"),
        # Art. 4 names the tasks of the klachtenfunctionaris, nobody to contact.
        ("note", "complaints_officer_no_contact", "escalation.complaints_officer"),
        # Art. 12 lid 2 "de geschillencommissie"; address and website only in the judgment
        # (art. 10 lid 4).
        ("note", "disputes_body_unnamed", "escalation.disputes_body"),
    ]
    assert not c.ok
    narrower = finding(c, "disputes_body_narrower")
    assert narrower.article == "Wkkgz art. 21 lid 1"
    assert narrower.text("en") == (
        "The disputes body is open only if a judgment has been given and the complainant is "
        "not satisfied, or the term for the judgment has passed without a judgment; the "
        "statute opens it also if the complainant cannot reasonably be asked to complain to "
        "the provider first (the evaluation follows the statute)."
    )
    officer = finding(c, "complaints_officer_no_contact")
    assert officer.article == "Wkkgz art. 15 lid 1"
    assert officer.text("en") == (
        "The regulation names no person or contact details for the complaints officer."
    )
    assert finding(c, "disputes_body_unnamed").article == "Wkkgz art. 18 lid 1"
    # Art. 10 lid 1 states its own extension (not longer than ten weeks, notice "voor het
    # verstrijken van deze termijn, schriftelijk of per e-mail"): its wording is not a field.
    # The further extension of art. 10 lid 2 is acts.further_extension, which runs only with
    # the complainant's consent: nothing to check.
    assert unchecked(c) == [
        ("extension_wording", "terms.judgment_extension", "art. 10 lid 1"),
    ]


def test_polypartners() -> None:
    c = kr.conformance(kr.load("polypartners"))
    assert found(c) == [
        # "vanaf zestien jaar", "tussen twaalf en zestien jaar samen met zijn ouder(s)";
        # Wkkgz art. 14 lid 1 gives "de cliënt" standing without an age: narrower than the
        # law's right, which the evaluation follows.
        ("violation", "standing_narrower", "standing.client"),
        # "Klachtgerechtigden" names the client, representatives and relatives; nobody the
        # provider refused to treat as representative (Wkkgz art. 14 lid 2).
        ("risk", "standing_law_only", "standing"),
        # The text says nothing about disputes.
        ("risk", "disputes_body_law_only", "escalation.disputes_body"),
        # Werkproces punt 2 sends the formal complaint to the Facit committee.
        ("risk", "omitted", "escalation.provider"),
        # No term for a judgment in the text.
        ("note", "judgment_law_only", "terms.judgment"),
    ]
    assert not c.ok
    assert unchecked(c) == []
    omitted = finding(c, "omitted")
    assert omitted.article == "Wkkgz art. 17 lid 1"
    assert omitted.text("nl") == "Regel van de wet weggelaten: escalation.provider."
    assert omitted.citation is not None
    assert (
        omitted.citation.quote == "kan klager een formele klacht indienen bij de klachtencommissie"
    )
    law_only = finding(c, "standing_law_only")
    assert law_only.article == "Wkkgz art. 14 lid 2"
    assert law_only.law_citation is not None
    assert law_only.law_citation.article == "art. 14 lid 2"
    assert law_only.text("en") == (
        "The regulation's text does not name these complainants; their standing follows from "
        "the statute only: refused representative (about the refusal)."
    )
    assert finding(c, "judgment_law_only").text("nl") == (
        "De tekst van de regeling noemt geen termijn voor het oordeel; de wettelijke 6 weken "
        "gelden (uit de wet)."
    )
    age = finding(c, "standing_narrower")
    assert age.article == "Wkkgz art. 14 lid 1"
    # Alone only from 16; from 12 to 16 with a parent; under 12 not at all: 0-15 not alone.
    assert age.text("nl") == (
        "De cliënt is volgens de regeling alleen klachtgerechtigd als: cliënt vanaf 16 jaar, "
        "cliënt vanaf 12 jaar jonger dan 16 jaar samen met een ouder; niet (alleen) op de "
        "leeftijd 0-15. De wet geeft de cliënt zonder leeftijdsgrens klachtrecht; de "
        "beoordeling volgt de wet."
    )


def test_cmv_coaching() -> None:
    c = kr.conformance(kr.load("cmv-coaching"))
    assert found(c) == [
        # Punt 5a: support "Wanneer het niet lukt ... of wanneer de cliënt zich niet gehoord";
        # Wkkgz art. 15 lid 1 gives advice "op diens verzoek", a right of the law.
        ("violation", "complaints_officer_conditional", "escalation.complaints_officer"),
        # Punt 6a: only "Als bemiddeling met behulp van de klachtenfunctionaris niet tot een
        # oplossing leidt".
        ("violation", "disputes_body_narrower", "escalation.disputes_body"),
        # "door of namens een cliënt": no surviving relative, no refused representative.
        ("risk", "standing_law_only", "standing"),
    ]
    assert not c.ok
    narrower = finding(c, "disputes_body_narrower")
    assert narrower.article == "Wkkgz art. 21 lid 1"
    # The law base's grounds, in its order: onder b, onder a, onder c; none is covered.
    assert narrower.text("nl") == (
        "De geschilleninstantie staat alleen open als de klachtenfunctionaris erbij betrokken "
        "is geweest en de klager niet tevreden is; de wet stelt haar ook open als er een "
        "oordeel is gegeven en de klager niet tevreden is of de termijn voor het oordeel "
        "verstreken is zonder dat er een oordeel is gegeven of van de klager niet kan worden "
        "verlangd dat hij eerst bij de zorgaanbieder klaagt (de beoordeling volgt de wet)."
    )
    assert narrower.text("en") == (
        "The disputes body is open only if the complaints officer has been involved and the "
        "complainant is not satisfied; the statute opens it also if a judgment has been given "
        "and the complainant is not satisfied or the term for the judgment has passed without "
        "a judgment or the complainant cannot reasonably be asked to complain to the provider "
        "first (the evaluation follows the statute)."
    )
    assert narrower.law_citation is not None
    assert narrower.law_citation.article == "art. 21 lid 1"
    assert finding(c, "standing_law_only").article == "Wkkgz art. 14 lid 1, art. 14 lid 2"
    officer = finding(c, "complaints_officer_conditional")
    assert officer.article == "Wkkgz art. 15 lid 1"
    assert officer.citation is not None
    assert officer.citation.article == "Procedure, punt 5a"
    # Punt 4c's "nieuwe deadline" (no maximum, no written notice) and punt 5b's
    # "rechtstreeks" are in the text, not in a field: listed as not checked.
    assert unchecked(c) == [
        ("extension_wording", "terms.judgment_extension", "Procedure, punt 4c"),
        ("direct_access", "escalation.complaints_officer", "Procedure, punt 5a"),
    ]
    assert c.not_checked[0].text("en") == (
        "terms.judgment_extension: whether the text itself states the maximum length and "
        "written notice before the term expires is not encoded (the rule holds the extension "
        "as it applies, from the text or from the statute)."
    )


def test_burgercoaching() -> None:
    c = kr.conformance(kr.load("burgercoaching"))
    assert found(c) == [
        # Stap 5: "BurgerCoaching brengt u daarvan op de hoogte": not in writing, not before
        # the six weeks expire (Wkkgz art. 17 lid 2).
        ("violation", "extension_notice", "terms.judgment_extension"),
        # "In alle gevallen maakt de cliënt de klacht of onvrede eerst bespreekbaar"; Wkkgz
        # art. 14 sets no such condition.
        ("violation", "provider_conditional", "escalation.provider"),
        # Stap 7: only "Bent u niet tevreden over de oplossing en de behandeling".
        ("violation", "disputes_body_narrower", "escalation.disputes_body"),
        # The text speaks only of "de cliënt".
        ("risk", "standing_law_only", "standing"),
    ]
    assert finding(c, "standing_law_only").text("nl") == (
        "De tekst van de regeling noemt deze klachtgerechtigden niet; hun klachtrecht volgt "
        "alleen uit de wet: nabestaande, wettelijk vertegenwoordiger, geweigerde "
        "vertegenwoordiger (over die weigering)."
    )
    # Satisfied = no covers the judgment ground (onder b), not onder a and c.
    assert finding(c, "disputes_body_narrower").text("en") == (
        "The disputes body is open only if the complainant is not satisfied; the statute opens "
        "it also if the term for the judgment has passed without a judgment or the complainant "
        "cannot reasonably be asked to complain to the provider first (the evaluation follows "
        "the statute)."
    )
    provider = finding(c, "provider_conditional")
    assert provider.article == "Wkkgz art. 17 lid 1"
    assert provider.text("en") == (
        "A complaint can be filed with the provider only if the informal route did not resolve "
        "the complaint; the statute sets no condition on filing a "
        "written complaint (the evaluation follows the statute)."
    )
    # Stap 5 restates the extension ("BurgerCoaching brengt u daarvan op de hoogte"); stap 6
    # allows a further one "Alleen wanneer cliënt en BurgerCoaching het hierover eens zijn".
    assert unchecked(c) == [
        ("extension_wording", "terms.judgment_extension", "De stappen, punt 5"),
    ]


def test_bij_elkaar() -> None:
    c = kr.conformance(kr.load("bij-elkaar"))
    assert c.law == "jeugdwet"
    assert found(c) == [
        # "Mocht uw klacht blijven bestaan, of wilt u direct ...": open to every complaint,
        # as Jeugdwet art. 4.2.1 lid 4 requires; no finding.
        # The text says "de klager" and "u", never who may complain.
        ("risk", "standing_law_only", "standing"),
        ("note", "committee_composition_unchecked", "escalation.complaints_committee"),
        ("note", "committee_term_unchecked", "terms.committee_judgment"),
    ]
    law_only = finding(c, "standing_law_only")
    assert law_only.article == "Jeugdwet art. 4.2.1 lid 4 onder a, art. 4.2.1 lid 4 onder b"
    assert law_only.citation is None
    term = finding(c, "committee_term_unchecked")
    assert term.article == "Jeugdwet art. 4.2.1 lid 2 onder c"
    assert term.text("nl") == (
        "De gecodeerde regeling legt geen termijn vast waarbinnen de klachtencommissie (Klachten "
        "Portaal Zorg – klachten- en geschillenregeling Jeugdzorg) oordeelt; staat die in het "
        "reglement van de commissie, dan is dat niet gecodeerd: niet getoetst."
    )
    assert term.citation is not None
    assert term.citation.quote == (
        "Wij hanteren de klachten- en geschillen regeling van Klachten Portaal Zorg voor de "
        "Jeugdzorg."
    )
    assert finding(c, "committee_composition_unchecked").text("en") == (
        "Composition of the complaints committee (Klachten Portaal Zorg – klachten- en "
        "geschillenregeling Jeugdzorg), at least three members with an independent chair: not "
        "encoded, not checked."
    )
    assert unchecked(c) == []


def test_eight_weeks_for_a_judgment_is_a_violation() -> None:
    c = kr.conformance(kr.load(VERSIONS / "polypartners" / "2023-01-01.yaml"))
    judgment = finding(c, "judgment_too_long")
    assert (judgment.severity, judgment.article) == ("violation", "Wkkgz art. 17 lid 1")
    assert (
        judgment.text("nl") == "Termijn voor het oordeel 8 weken: langer dan de wettelijke 6 weken."
    )
    assert judgment.text("en") == "Judgment term 8 weeks: longer than the statutory 6 weeks."
    assert not c.ok
    # The regulation now states a term itself.
    assert "judgment_law_only" not in c.by_code()


def test_the_limits_are_the_law_bases_terms() -> None:
    """The six weeks are read from the law base's rule: a law of ten weeks lets eight pass."""
    reg = kr.load(VERSIONS / "polypartners" / "2023-01-01.yaml").model_copy()  # load's is read-only
    law = reg.law_rule("terms", "judgment")
    ten = law.model_copy(update={"term": Term.parse("tien weken")})
    reg._law_rules = {**reg._law_rules, ("terms", "judgment"): ten}
    c = kr.conformance(reg)
    assert "judgment_too_long" not in c.by_code()
    assert "judgment_may_exceed" not in c.by_code()


# ----------------------------------------------------------------- output and command line


def test_text_output_names_article_and_both_citations() -> None:
    lines = kr.conformance(kr.load("cmv-coaching")).text("en").splitlines()
    assert lines[:2] == [
        "Conformance: cmv-coaching version ongedateerd (in force from 2025-01-01), law: Wkkgz",
        "2 violation(s), 1 risk(s), 0 note(s)",
    ]
    assert lines[8:12] == [
        "[violation] Wkkgz art. 21 lid 1 (escalation.disputes_body)",
        "  The disputes body is open only if the complaints officer has been involved and the "
        "complainant is not satisfied; the statute opens it also if a judgment has been given "
        "and the complainant is not satisfied or the term for the judgment has passed without "
        "a judgment or the complainant cannot reasonably be asked to complain to the provider "
        "first (the evaluation follows the statute).",
        '  regulation: cmv_coaching Procedure, punt 6a: "Als bemiddeling met behulp van de '
        "klachtenfunctionaris niet tot een oplossing leidt, kan de cliënt de klacht voorleggen "
        'aan een erkende geschillencommissie."',
        '  statute: wkkgz art. 21 lid 1: "indien: a. is gehandeld in strijd met §1; b. de '
        "mededeling, bedoeld in 17, eerste lid, diens klacht naar zijn oordeel in onvoldoende "
        'mate wegneemt; c. van hem in redelijkheid niet kan worden verlangd"',
    ]
    # What is not encoded is listed as not checked, with where the source says it: first
    # the checks not made, then the unencoded passages (3 of the regulation, 1 of the bw:
    # lid 5 of BW 3:310 is now encoded).
    at = lines.index("Not encoded (regulation and law base), so not checked (6):")
    assert lines[at + 1 : at + 3] == [
        "  - [cmv_coaching Procedure, punt 4c] terms.judgment_extension: whether the text itself "
        "states the maximum length and written notice before the term expires is not encoded "
        "(the rule holds the extension as it applies, from the text or from the statute).",
        "  - [cmv_coaching Procedure, punt 5a] escalation.complaints_officer: whether the text "
        "also gives the complainant direct access despite the condition is not encoded.",
    ]
    assert lines[at + 5].startswith("  - [cmv_coaching Procedure, punt 4c] Punt 4c lets")
    assert len(lines) == at + 7


def test_cli_conform_exit_status(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["conform", "bij-elkaar"]) == 0
    assert (
        capsys.readouterr().out.splitlines()[1] == "0 schending(en), 1 risico('s), 2 opmerking(en)"
    )
    assert main(["conform", "livio"]) == 1
    assert (
        capsys.readouterr().out.splitlines()[1] == "1 schending(en), 0 risico('s), 2 opmerking(en)"
    )
    assert main(["conform", "cmv-coaching@ongedateerd", "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] is False
    assert data["counts"] == {"violation": 2, "risk": 1, "note": 0}
    assert data["findings"][0]["article"] == "Wkkgz art. 15 lid 1"
    assert data["findings"][1]["article"] == "Wkkgz art. 21 lid 1"
    assert len(data["unchecked"]) == 4
    assert [(n["code"], n["rule"]) for n in data["not_checked"]] == [
        ("extension_wording", "terms.judgment_extension"),
        ("direct_access", "escalation.complaints_officer"),
    ]
    assert data["not_checked"][1]["citation"]["article"] == "Procedure, punt 5a"
    assert data["not_checked"][1]["text"] == (
        "escalation.complaints_officer: of de tekst de klager ondanks de voorwaarde ook "
        "rechtstreeks toegang geeft, is niet gecodeerd."
    )
    path = str(VERSIONS / "polypartners" / "2023-01-01.yaml")
    assert main(["conform", path, "--format", "markdown", "--lang", "en"]) == 1
    md = capsys.readouterr().out
    assert md.startswith("# Conformance: polypartners version geactualiseerd op 1 januari 2023")
    assert (
        "| 1 | violation | Wkkgz art. 17 lid 1 | Judgment term 8 weeks: longer than the "
        "statutory 6 weeks. |" in md
    )
    assert main(["conform", "livio", "--format", "markdown", "--lang", "en"]) == 1
    md = capsys.readouterr().out
    assert "## Not encoded (regulation and law base), so not checked (9):" in md
    assert "provisions.further_extension" not in md  # acts.further_extension: consent only


# ----------------------------------------------------------------- the catalogue


def _strings(node: ast.expr) -> set[str]:
    """The string constants an expression can be (through ``a if c else b``)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.IfExp):
        return _strings(node.body) | _strings(node.orelse)
    return set()


def _codes(module: ModuleType, method: str) -> set[str]:
    """The constant codes passed first to ``ch.<method>(...)`` in a module's source."""
    tree = ast.parse(Path(inspect.getfile(module)).read_text("utf-8"))
    out: set[str] = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == method
            and node.args
        ):
            out |= _strings(node.args[0])
    return out


def test_every_code_has_its_message_in_both_languages() -> None:
    modules = (conformance_common, conformance_wkkgz, conformance_jeugdwet)
    codes = set().union(*(_codes(m, "add") for m in modules))
    # Built with an f-string: the length checks of the judgment and the extension.
    codes |= {f"{k}_{s}" for k in ("judgment", "extension") for s in ("too_long", "may_exceed")}
    codes.add("no_law_rule")
    skipped = set().union(*(_codes(m, "skip") for m in modules))
    assert {"standing_missing", "disputes_body_narrower", "no_measures_term"} <= codes
    assert skipped == {"extension_wording", "direct_access", "term_as_provision"}
    keys = {f"conform.{c}" for c in codes} | {f"conform.not_checked.{c}" for c in skipped}
    assert not sorted(k for k in keys if set(MESSAGES.get(k, {})) != {"nl", "en"})
    # Every conform.* key is in the conformance part, and no key there is unused.
    assert {k for k in MESSAGES if k.startswith("conform.")} == set(_conformance_catalogue.MESSAGES)
    report = {k for k in _conformance_catalogue.MESSAGES if k.count(".") == 1} - keys
    assert report <= {
        "conform.title",
        "conform.summary",
        "conform.reg_cite",
        "conform.law_cite",
        "conform.unchecked",
    }
