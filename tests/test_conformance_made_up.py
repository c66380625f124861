"""Conformance to the law of regulations made up to break each rule, or to leave it to the law.

The expected findings are worked out from the made-up texts and the law bases
(regelingen/_wetten/), which hold the statute's terms, roles, channels and steps.
"""

from __future__ import annotations

from pathlib import Path

import klachtregels as kr
from klachtregels.compare.conformance import Conformance


def found(c: Conformance) -> list[tuple[str, str, str | None]]:
    return [(f.severity, f.code, f.rule) for f in c.findings]


def finding(c: Conformance, code: str) -> kr.ConformanceFinding:
    [f] = [f for f in c.findings if f.code == code]
    return f


def unchecked(c: Conformance) -> list[tuple[str, str, str | None]]:
    """The checks not made: code, rule, and the article of the regulation's citation."""
    return [(n.code, n.rule, n.citation.article if n.citation else None) for n in c.not_checked]


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
    notice: any
    citation: {source: testzorg, article: art. 5 lid 2, quote: "kan de termijn verlengen"}
  further_extension:
    term: 20 werkdagen
    atw: false
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
        # notice: any, where the law base's extension says in_writing.
        ("violation", "extension_notice", "terms.judgment_extension"),
        ("violation", "further_extension_without_consent", "terms.further_extension"),
        ("violation", "standing_missing", "standing.surviving_relative"),
        # The law base's letter rule is art. 14's "schriftelijk" itself, without a reading.
        ("violation", "written_channel_refused", "channels.letter"),
        ("violation", "no_complaints_officer", "escalation.complaints_officer"),
        ("violation", "disputes_body_narrower", "escalation.disputes_body"),
        # 30 working days are 40 to 46 days: over six weeks with a holiday in them.
        ("risk", "judgment_may_exceed", "terms.judgment"),
        ("risk", "standing_law_only", "standing"),
        ("risk", "disputes_body_kind", "escalation.disputes_body"),
        ("note", "omitted", "provisions.careful_investigation"),
    ]
    assert unchecked(c) == [("extension_wording", "terms.judgment_extension", "art. 5 lid 2")]


def test_the_wkkgz_breakers_messages(tmp_path: Path) -> None:
    path = tmp_path / "testzorg.yaml"
    path.write_text(WKKGZ_BREAKER, "utf-8")
    c = kr.conformance(kr.load(path))
    assert finding(c, "extension_too_long").text("en") == (
        "Extension 25 working days: more than the statutory 4 weeks at most."
    )
    assert finding(c, "extension_notice").text("nl") == (
        "Verlenging met mededeling: in elke vorm; de wet eist vóór afloop van de termijn een "
        "mededeling: schriftelijk."
    )
    assert finding(c, "further_extension_without_consent").text("nl") == (
        "Verdere verlenging (20 werkdagen) zonder instemming van de klager: meer dan de wet "
        "toestaat."
    )
    assert finding(c, "judgment_may_exceed").text("en") == (
        "Judgment term 30 working days: can come out longer than the statutory 6 weeks, "
        "depending on weekends and holidays."
    )
    missing = finding(c, "standing_missing")
    assert missing.article == "Wkkgz art. 14 lid 1"
    assert missing.text("en") == (
        "No standing under the regulation: surviving relative; the statute gives this "
        "complainant the right to complain."
    )
    assert missing.citation is not None
    assert missing.citation.quote == "Alleen de cliënt zelf."
    letter = finding(c, "written_channel_refused")
    assert letter.article == "Wkkgz art. 14 lid 1"
    assert letter.text("en") == (
        "A written complaint by letter is not accepted; the statute lets a complaint be filed so."
    )
    officer = finding(c, "no_complaints_officer")
    assert officer.citation is not None
    assert officer.citation.quote == "Er is geen klachtenfunctionaris."
    assert officer.law_citation is not None
    assert officer.law_citation.article == "art. 15 lid 1"
    assert finding(c, "disputes_body_narrower").text("nl") == (
        "De geschilleninstantie staat alleen open als er een oordeel is gegeven en de klager "
        "niet tevreden is; de wet stelt haar ook open als de termijn voor het oordeel "
        "verstreken is zonder dat er een oordeel is gegeven of van de klager niet kan worden "
        "verlangd dat hij eerst bij de zorgaanbieder klaagt (de beoordeling volgt de wet)."
    )
    assert finding(c, "disputes_body_kind").text("nl") == (
        "De geschilleninstantie is Klachtenportaal, van soort portal, geen geschilleninstantie."
    )
    assert finding(c, "omitted").article == "Wkkgz art. 16"


def _variant(tmp_path: Path, text: str, old: str, new: str) -> Conformance:
    assert old in text
    path = tmp_path / "variant.yaml"
    path.write_text(text.replace(old, new), "utf-8")
    return kr.conformance(kr.load(path))


def test_refusing_a_channel_the_law_base_reads_as_written_is_a_risk(tmp_path: Path) -> None:
    """The law base reads e-mail as "schriftelijk" (a reading): refusing it is a risk."""
    c = _variant(
        tmp_path, WKKGZ_BREAKER, "  letter:\n    accepted: false", "  email:\n    accepted: false"
    )
    [email] = [f for f in c.findings if f.rule == "channels.email"]
    assert (email.code, email.severity) == ("written_channel_refused", "risk")
    assert "channels.letter" not in {f.rule for f in c.findings}


def test_a_further_extension_with_consent_is_allowed(tmp_path: Path) -> None:
    c = _variant(
        tmp_path,
        WKKGZ_BREAKER,
        "  further_extension:\n",
        "  further_extension:\n    consent_required: true\n",
    )
    further = finding(c, "further_extension_consent")
    assert (further.severity, further.rule) == ("note", "terms.further_extension")
    assert further.text("en") == (
        "Further extension (20 working days) only with the complainant's consent: allowed."
    )
    assert "further_extension_without_consent" not in c.by_code()


def test_a_judgment_term_from_another_event_is_a_risk(tmp_path: Path) -> None:
    """The law base counts from in_writing; receipt is never later; the event is another day."""
    c = _variant(tmp_path, WKKGZ_BREAKER, "    start: receipt\n", "    start: event\n")
    start = finding(c, "judgment_start")
    assert (start.severity, start.article) == ("risk", "Wkkgz art. 17 lid 1")
    assert start.text("en") == (
        "The judgment term runs from the event, not from written submission as in the statute."
    )
    # Livio counts from the complaint in its sense (written, to the Raad van Bestuur: art. 1
    # lid 1 onder d; "vanaf de dag van ontvangst", art. 10 lid 1): never later.
    assert kr.load("livio").terms["judgment"].start == "complaint"
    assert "judgment_start" not in kr.conformance(kr.load("livio")).by_code()


LEFT_TO_THE_LAW = """\
id: naarwet
kind: regulation
name: Naar de wet
title: Klachtenregeling Naar de wet
version: "1"
valid_from: 2026-01-01
law: wkkgz
extends: [wkkgz]
sources:
  naarwet: {title: Klachtenregeling Naar de wet, kind: regulation}
standing:
  own_client:
    role: client
    citation: {source: naarwet, article: art. 1, quote: "Iedere cliënt kan klagen."}
omits:
  - section: standing
    id: client
    citation: {source: naarwet, article: art. 1, quote: "Iedere cliënt kan klagen."}
  - section: terms
    id: judgment_extension
    citation: {source: naarwet, article: art. 4, quote: "Wij verlengen nooit."}
"""


def test_a_regulation_that_leaves_most_to_the_law(tmp_path: Path) -> None:
    path = tmp_path / "naarwet.yaml"
    path.write_text(LEFT_TO_THE_LAW, "utf-8")
    c = kr.conformance(kr.load(path))
    assert found(c) == [
        # own_client covers the client, so the omitted law rule for the client is no finding.
        ("risk", "standing_law_only", "standing"),
        ("risk", "complaints_officer_law_only", "escalation.complaints_officer"),
        ("risk", "disputes_body_law_only", "escalation.disputes_body"),
        ("note", "judgment_law_only", "terms.judgment"),
        # Never extending only keeps the judgment within the six weeks.
        ("note", "omitted", "terms.judgment_extension"),
    ]
    assert finding(c, "standing_law_only").text("en") == (
        "The regulation's text does not name these complainants; their standing follows from "
        "the statute only: surviving relative, legal representative, refused representative "
        "(about the refusal)."
    )
    assert finding(c, "omitted").article == "Wkkgz art. 17 lid 2"
    # Nothing the regulation states itself needs its wording checked.
    assert unchecked(c) == []


BARE = """\
id: kaal
kind: regulation
name: Kaal
title: Klachtenregeling Kaal
version: "1"
valid_from: 2026-01-01
law: wkkgz
extends: [bw]
sources:
  kaal: {title: Klachtenregeling Kaal, kind: regulation}
"""


def test_without_the_law_base_the_checks_say_so(tmp_path: Path) -> None:
    """A Wkkgz regulation that does not extend the wkkgz base: no rule to check against,
    and no constant in its place."""
    path = tmp_path / "kaal.yaml"
    path.write_text(BARE, "utf-8")
    c = kr.conformance(kr.load(path))
    assert found(c) == [
        ("note", "no_law_rule", "terms.judgment"),
        ("note", "no_law_rule", "terms.judgment_extension"),
        ("note", "no_law_rule", "standing"),
        ("note", "no_law_rule", "channels"),
        ("note", "no_law_rule", "escalation.complaints_officer"),
        ("note", "no_law_rule", "escalation.provider"),
        ("note", "no_law_rule", "escalation.disputes_body"),
    ]
    first = c.findings[0]
    assert (first.article, first.law_citation) == ("Wkkgz", None)
    assert first.text("en") == (
        "The loaded regulation has no rule of the statute terms.judgment; what rests on it is "
        "not checked."
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
    id: foster_parent
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
        ("violation", "standing_missing", "standing.foster_parent"),
        ("risk", "standing_law_only", "standing"),
    ]
    assert finding(c, "no_committee").article == "Jeugdwet art. 4.2.1 lid 2 onder a"
    assert finding(c, "no_committee_term").text("en") == (
        "The regulation fixes no term within which the complaints committee judges."
    )
    assert finding(c, "standing_law_only").text("nl") == (
        "De tekst van de regeling noemt deze klachtgerechtigden niet; hun klachtrecht volgt "
        "alleen uit de wet: ouder met gezag, ouder zonder gezag, voogd, gezaghebber naast de "
        "ouder, wettelijk vertegenwoordiger, gemachtigde, nabestaande."
    )


def test_refusing_a_phone_complaint_under_the_jeugdwet_is_a_risk(tmp_path: Path) -> None:
    """The jeugdwet base reads art. 4.2.1 as setting no form: every channel is accepted, on a
    reading, so refusing one is a risk; the Wkkgz base accepts no phone complaint at all."""
    refuse_phone = (
        "channels:\n  phone:\n    accepted: false\n"
        '    citation: {source: jeugdtest, article: art. 4, quote: "Niet telefonisch."}\n'
        "omits:\n"
    )
    c = _variant(tmp_path, JEUGDWET_BREAKER, "omits:\n", refuse_phone)
    phone = finding(c, "channel_refused")
    assert (phone.severity, phone.rule, phone.article) == (
        "risk",
        "channels.phone",
        "Jeugdwet art. 4.2.1 lid 4",
    )
    assert phone.text("en") == (
        "A complaint by phone is not accepted; the statute lets a complaint be filed so."
    )
    assert "channel_refused" not in kr.conformance(kr.load("polypartners")).by_code()
