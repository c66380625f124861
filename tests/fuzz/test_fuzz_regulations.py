"""Fuzz: every command that reads a regulation file, on generated and mutated ones.

``validate``, ``show``, ``check``, ``graph``, ``timeline``, ``conform`` and ``diff`` each
get a bundled regulation (or the minimal valid one) with line-level mutations and
hostile values (see ``fuzzkit``); each must exit 0, 1 or 2 within the bound, without a
traceback, with at most one line on standard error.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from fuzzkit import EXAMPLES, FEW, HOSTILE, MANY, MINIMAL, REGULATIONS, mutated, run, write
from hypothesis import given
from hypothesis import strategies as st

FILES = [MINIMAL, *REGULATIONS]
COMPLAINT = str(EXAMPLES[0])
COMMANDS = ["validate", "show", "check", "graph", "timeline", "conform", "diff"]


def _argv(command: str, path: str) -> list[str]:
    if command in ("check", "timeline"):
        return [command, path, COMPLAINT]
    if command == "diff":
        return [command, "livio", path]
    return [command, path]


def _one(command: str, text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = write(Path(folder), "reg.yaml", text)
        result = run(_argv(command, str(path)))
        if command == "validate":
            assert result.code in (0, 1)
            assert result.err == ""


@FEW
@given(command=st.sampled_from(COMMANDS), text=mutated(FILES))
def test_mutated_regulation_files(command: str, text: str) -> None:
    _one(command, text)


@FEW
@given(
    command=st.sampled_from(["validate", "show"]),
    text=st.one_of(st.sampled_from(HOSTILE), st.text(max_size=300)),
)
def test_generated_regulation_files(command: str, text: str) -> None:
    _one(command, text)


@pytest.mark.slow
@MANY
@given(command=st.sampled_from(COMMANDS), text=mutated(FILES))
def test_mutated_regulation_files_many(command: str, text: str) -> None:
    _one(command, text)


@pytest.mark.slow
@MANY
@given(command=st.sampled_from(["validate", "show"]), data=st.binary(max_size=2000))
def test_random_bytes_as_regulation_files_many(command: str, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        run([command, str(write(Path(folder), "reg.yaml", data))])
