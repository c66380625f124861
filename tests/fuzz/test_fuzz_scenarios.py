"""Fuzz: ``test`` and ``validate`` on mutated scenario files."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from fuzzkit import FEW, MANY, REPO, mutated, run, write
from hypothesis import given
from hypothesis import strategies as st

SCENARIOS = sorted((REPO / "regelingen").glob("*/scenarios.yaml"))


def _one(command: str, text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = write(Path(folder), "scenarios.yaml", text)
        result = run([command, str(path)], one_input=command == "validate")
        if command == "test" and result.code == 2:
            assert result.err.count("\n") == 1, result.err


@FEW
@given(command=st.sampled_from(["test", "validate"]), text=mutated(SCENARIOS[:1]))
def test_mutated_scenario_files(command: str, text: str) -> None:
    _one(command, text)


@pytest.mark.slow
@MANY
@given(command=st.sampled_from(["test", "validate"]), text=mutated(SCENARIOS))
def test_mutated_scenario_files_many(command: str, text: str) -> None:
    _one(command, text)
