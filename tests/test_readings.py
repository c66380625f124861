"""Readings (``lezing``) are given in Dutch; an English one is optional and shown with --lang en."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from klachtregels.cli import main

ROOT = Path(__file__).resolve().parents[1]
FILES = sorted(
    p for p in (ROOT / "regelingen").rglob("*.yaml") if p.name != "scenarios.yaml"
)  # fmt: skip


def _rules(node: Any) -> list[dict[str, Any]]:
    if isinstance(node, dict):
        own = [node] if "reading" in node or "reading_en" in node else []
        return own + [r for v in node.values() for r in _rules(v)]
    if isinstance(node, list):
        return [r for v in node for r in _rules(v)]
    return []


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.parent.name)
def test_every_reading_is_given_in_dutch(path: Path) -> None:
    for rule in _rules(yaml.safe_load(path.read_text("utf-8"))):
        assert rule.get("reading"), f"{path.name}: reading_en without a Dutch reading"
        words = set(rule["reading"].lower().replace(",", " ").replace(".", " ").split())
        # a Dutch text has Dutch function words; an English one "the", "is read as"
        dutch = {"de", "het", "een", "van", "niet", "is", "als", "en", "omvat"}
        assert words & dutch, rule["reading"][:60]
        assert "the" not in words, rule["reading"][:60]


def test_show_prints_the_dutch_reading_and_the_english_one_with_lang_en(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["show", "livio"]) == 0
    out = capsys.readouterr().out
    assert (
        '      lezing: "diens gemachtigde" (onder c): iemand die handelt in opdracht van de '
        "cliënt.\n" in out
    )
    assert main(["show", "livio", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert '      reading: "diens gemachtigde" (onder c): a person acting on the client\'s ' in out
