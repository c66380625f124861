"""Wording snapshots: each command's full text, Dutch and English, one complaint per
regulation, as committed under tests/snapshots/ (regenerate: python tests/regen_snapshots.py)."""

from __future__ import annotations

import pytest

from klachtregels.model.loader import regulations
from regen_snapshots import CASES, COMMANDS, LANGS, output, path

PARAMS = [
    (reg, complaint, as_of, command, lang)
    for reg, complaint, as_of in CASES
    for command in COMMANDS
    for lang in LANGS
]


def test_one_complaint_per_bundled_regulation() -> None:
    assert sorted(reg for reg, _, _ in CASES) == sorted(regulations())


@pytest.mark.parametrize(
    ("reg", "complaint", "as_of", "command", "lang"),
    PARAMS,
    ids=[f"{p[0]}-{p[3]}-{p[4]}" for p in PARAMS],
)
def test_the_output_is_the_committed_snapshot(
    reg: str, complaint: str, as_of: str, command: str, lang: str
) -> None:
    expected = path(reg, command, lang).read_text("utf-8")
    assert output(reg, complaint, as_of, command, lang) == expected, (
        f"{path(reg, command, lang)} differs: review the change, then run "
        "python tests/regen_snapshots.py"
    )
