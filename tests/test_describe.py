"""``klachtregels show``: where a regulation's text is narrower than the law, the rule says so.

The law is a floor: a reader of ``show`` must not take a narrower text for what applies.
PolyPartners ("Klachtgerechtigden", first bullet): "als cliënt wordt gezien de
meerderjarige cliënt, de minderjarige cliënt vanaf zestien jaar, de minderjarige cliënt
tussen twaalf en zestien jaar samen met zijn ouder(s)"; Wkkgz art. 14 lid 1: "kan
schriftelijk een klacht worden ingediend door de cliënt", with no age. So a client of
ten has standing under the law, not under the text: the client rule is marked.
"""

from __future__ import annotations

import pytest

import klachtregels as kr
from klachtregels.cli import main
from klachtregels.present.describe import describe

Capture = pytest.CaptureFixture[str]


def _show(capsys: Capture, *argv: str) -> list[str]:
    assert main(["show", *argv]) == 0
    return capsys.readouterr().out.splitlines()


def _rule_block(lines: list[str], head: str) -> list[str]:
    """The lines of the rule whose line starts with ``head``, up to the next rule."""
    at = next(i for i, line in enumerate(lines) if line.startswith(head))
    block = [lines[at]]
    for line in lines[at + 1 :]:
        if not line.startswith("      "):
            break
        block.append(line)
    return block


def test_polypartners_client_rule_is_marked_as_narrower_than_wkkgz_art_14(capsys: Capture) -> None:
    lines = _show(capsys, "polypartners")
    assert lines[2] == (
        "strijdig met de wet: 1 regel(s), hieronder gemarkeerd; de beoordeling volgt daar de "
        "wet (klachtregels conform polypartners)"
    )
    client = _rule_block(lines, "  client: ")
    assert client[0] == "  client: cliënt vanaf 16 jaar  [polypartners]"
    assert client[-1].startswith("      strijdig met de wet (Wkkgz art. 14 lid 1): ")
    assert client[-1].endswith("de beoordeling volgt de wet.")
    # The other standing rules are wider or the law's own: not marked.
    surviving = _rule_block(lines, "  surviving_relative: ")
    assert not any("strijdig" in line for line in surviving)


def test_livio_disputes_body_is_marked_with_wkkgz_art_21_in_english(capsys: Capture) -> None:
    """Livio art. 12 lid 1 opens the disputes body only when the complaint was not solved
    to the complainant's satisfaction; Wkkgz art. 21 lid 1 also when "van hem in
    redelijkheid niet kan worden verlangd" that he complain to the provider first."""
    lines = _show(capsys, "livio", "--lang", "en")
    assert lines[2] == (
        "conflicts with the law: 1 rule(s), marked below; the evaluation follows the law "
        "there (klachtregels conform livio)"
    )
    block = _rule_block(lines, "  disputes_body: ")
    assert block[-1].startswith("      conflicts with the law (Wkkgz art. 21 lid 1): ")


def test_a_law_base_has_nothing_marked(capsys: Capture) -> None:
    lines = _show(capsys, "wkkgz")
    assert not any("strijdig met de wet" in line for line in lines)


def test_describe_without_conflicts_shows_the_text_alone() -> None:
    text = describe(kr.load("polypartners"), "nl")
    assert "strijdig met de wet" not in text
    assert "  client: cliënt vanaf 16 jaar  [polypartners]" in text.splitlines()
