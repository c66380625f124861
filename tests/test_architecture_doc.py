"""docs/architecture.md stays true: what it names exists, and its layers are the enforced ones.

Every ``klachtregels.…`` name in backticks imports (a module, or an attribute of one,
``Class.method`` included); every path under ``src/``, ``tests/``, ``regelingen/`` or
``docs/`` exists; every word of the vocabulary it names is in
:mod:`klachtregels.model.vocabulary`; and the layers of its first diagram, in order, are
:data:`test_layout.RANKS`.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

from klachtregels.model import vocabulary
from test_layout import APART, RANKS

ROOT = Path(__file__).resolve().parents[1]
TEXT = (ROOT / "docs" / "architecture.md").read_text("utf-8")
CODE = re.findall(r"`([^`\n]+)`", TEXT)
DOTTED = sorted({c for c in CODE if re.fullmatch(r"klachtregels(\.\w+)+", c)})
PATHS = sorted(
    {c for c in CODE if re.fullmatch(r"(src|tests|regelingen|docs)/[\w./-]+", c) and "<" not in c}
)
WORDS = sorted({c for c in CODE if re.fullmatch(r"[A-Z][A-Z_]+", c)} - {"INFORMATIONAL"})


def _resolve(name: str) -> object:
    """The object a dotted name stands for: the longest module prefix, then attributes."""
    parts = name.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            obj: object = importlib.import_module(".".join(parts[:cut]))
        except ModuleNotFoundError:
            continue
        for attr in parts[cut:]:
            obj = getattr(obj, attr)
        return obj
    raise ModuleNotFoundError(name)


def test_the_page_names_enough_to_check() -> None:
    assert len(DOTTED) >= 20
    assert len(PATHS) >= 10
    assert len(WORDS) >= 8


@pytest.mark.parametrize("name", DOTTED)
def test_every_name_imports(name: str) -> None:
    assert _resolve(name) is not None


@pytest.mark.parametrize("path", PATHS)
def test_every_path_exists(path: str) -> None:
    assert (ROOT / path).exists(), path


@pytest.mark.parametrize("word", WORDS)
def test_every_vocabulary_word_is_defined_there(word: str) -> None:
    assert hasattr(vocabulary, word), word


def test_the_diagram_draws_the_enforced_layers() -> None:
    diagram = TEXT.split("```mermaid", 1)[1].split("```", 1)[0]
    drawn = re.findall(r"^\s+(\w+)\[", diagram, re.M)
    assert drawn == sorted(RANKS, key=lambda layer: RANKS[layer])
    below = [layer for layer in drawn if RANKS[layer] < RANKS["compare"]]
    assert " --> ".join(below) in diagram  # each layer drawn on the one below it
    # compare and present are drawn side by side, each on the engine.
    for layer in APART:
        assert f"engine --> {layer} --> " in diagram


def test_the_table_has_a_row_per_layer() -> None:
    rows = re.findall(r"^\| `(\w+)` \|", TEXT, re.M)
    assert rows == sorted(RANKS, key=lambda layer: RANKS[layer])
