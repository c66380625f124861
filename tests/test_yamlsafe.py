"""model.yamlsafe reads with libyaml where it can, and with the Python composer where
libyaml is missing or finds a problem: both must give the same values and the same
positions, and every problem must be reported as the Python loader reports it."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from klachtregels.errors import RegulationError
from klachtregels.model import yamlsafe

ROOT = Path(__file__).resolve().parents[1]
FILES = sorted(
    p
    for pattern in ("regelingen/**/*.yaml", "tests/**/*.yaml", "examples/**/*.yaml")
    for p in ROOT.glob(pattern)
)


def _read(text: str, path: str) -> object:
    """What ``parse`` gives: (values, positions), or the message of its error."""
    try:
        parsed = yamlsafe.parse(text, path)
    except RegulationError as e:
        return str(e)
    return parsed.data, parsed.positions


def _python_only(text: str, path: str, monkeypatch: pytest.MonkeyPatch) -> object:
    with monkeypatch.context() as m:
        m.setattr(yamlsafe, "_fast_node", lambda _text: None)
        return _read(text, path)


def test_libyaml_is_there() -> None:
    # PyPI's PyYAML wheels carry libyaml; without it the Python composer alone is used.
    assert yaml.__with_libyaml__
    assert yamlsafe._fast_node("a: 1") is not None


def test_every_file_of_the_repository_is_read_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    assert len(FILES) > 50
    for path in FILES:
        if path.name == "not_utf8.yaml":  # refused before YAML is read
            continue
        text = path.read_text("utf-8")
        assert _read(text, str(path)) == _python_only(text, str(path), monkeypatch), path


@pytest.mark.parametrize(
    "text",
    [
        "a: ja\nb: yes\nc: true\nd: 2026-02-30\n",  # booleans and a day that is no date
        "a: 1\na: 2\n",  # a duplicate key
        "<<: {a: 1}\n",  # a merge key
        "a: [1, 2\n",  # a syntax error
        "a: 'é'\nb: \x07\n",  # a control character after a non-ASCII one
        "x:\n" + "".join("  " * i + "- \n" for i in range(70)),
        "[" * 70 + "]" * 70,  # nested deeper than MAX_DEPTH
        "a: &x [*x]\n",  # an alias inside itself
        "",
        "é: \u2028b\n",
    ],
)
def test_problems_and_edges_are_read_alike(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _read(text, "f.yaml") == _python_only(text, "f.yaml", monkeypatch)
