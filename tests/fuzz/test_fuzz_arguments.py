"""Fuzz: the command line itself: ``deadline`` on any start and term, and every command
with arbitrary words as arguments (ids, paths, options, values)."""

from __future__ import annotations

import pytest
from fuzzkit import FEW, HOSTILE, MANY, run
from hypothesis import given
from hypothesis import strategies as st

COMMANDS = [
    "deadline",
    "list",
    "show",
    "validate",
    "check",
    "test",
    "schema",
    "diff",
    "conform",
    "graph",
    "timeline",
    "docs",
    "new",
]
WORDS = st.one_of(
    st.sampled_from(HOSTILE),
    st.sampled_from(
        [
            "livio",
            "polypartners",
            "--on",
            "2026-01-01",
            "--lang",
            "en",
            "--format",
            "json",
            "--as-of",
            "--examples",
            "3",
            "--behaviour",
            "-",
            "regelingen",
            "--check",
            "--json",
            "--atw",
            "--backward",
            "--closed",
            "/dev/null",
            "/nonexistent",
            ".",
            "--help",
        ]
    ),
    st.text(max_size=30),
)
TERMS = st.one_of(
    st.sampled_from(HOSTILE),
    st.sampled_from(["6 weken", "5 werkdagen", "een jaar", "10 weeks", "1000 dagen"]),
    st.text(max_size=50),
)


def _deadline(start: str, term: str, flags: list[str]) -> None:
    run(["deadline", start, term, *flags])


@FEW
@given(
    start=st.one_of(
        st.sampled_from(["2026-12-24", "1900-01-01", "2200-01-01"]), st.text(max_size=12)
    ),
    term=TERMS,
    flags=st.lists(st.sampled_from(["--atw", "--backward", "--json", "--lang=en"]), max_size=3),
)
def test_deadline(start: str, term: str, flags: list[str]) -> None:
    _deadline(start, term, flags)


def _words(command: str, words: list[str]) -> None:
    if command in ("docs", "new") and not any(w.startswith("-") for w in words):
        words = [*words, "--help"]  # never writes into the checkout
    if command in ("docs", "new", "diff") or "--behaviour" in words:
        words = [w for w in words if w not in ("--out",)]
    run([command, *words])


@FEW
@given(
    command=st.sampled_from([c for c in COMMANDS if c not in ("docs", "new")]),
    words=st.lists(WORDS, max_size=4),
)
def test_any_words(command: str, words: list[str]) -> None:
    _words(command, words)


@pytest.mark.slow
@MANY
@given(
    start=st.text(max_size=12), term=TERMS, flags=st.lists(st.sampled_from(["--atw", "--backward"]))
)
def test_deadline_many(start: str, term: str, flags: list[str]) -> None:
    _deadline(start, term, flags)


@pytest.mark.slow
@MANY
@given(
    command=st.sampled_from([c for c in COMMANDS if c not in ("docs", "new")]),
    words=st.lists(WORDS, max_size=6),
)
def test_any_words_many(command: str, words: list[str]) -> None:
    _words(command, words)
