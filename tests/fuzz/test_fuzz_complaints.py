"""Fuzz: ``check`` on complaint files (YAML, JSON), JSON Lines and standard input.

Complaints are the examples with line-level mutations and hostile values, generated
mappings of the complaint's own field names, and random lines of JSON Lines.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from fuzzkit import EXAMPLES, FEW, HOSTILE, MANY, mutated, run, write
from hypothesis import given
from hypothesis import strategies as st

from klachtregels import Complaint

IDS = ["livio", "polypartners", "bij-elkaar", "burgercoaching", "cmv-coaching"]
FIELDS = [*Complaint.model_fields, "extra"]
VALUES = st.one_of(
    st.sampled_from(HOSTILE),
    st.sampled_from(["2027-01-05", "email", "client", True, False, None, 0, 1.5]),
    st.dictionaries(st.sampled_from(["informal_route_accepted", "x"]), st.sampled_from(HOSTILE)),
)
GENERATED = st.dictionaries(st.sampled_from(FIELDS), VALUES, max_size=8).map(
    lambda d: {"received_on": "2027-01-05", "channel": "email", "complainant_role": "client", **d}
)


def _check(ident: str, name: str, text: str, fmt: str = "text") -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = write(Path(folder), name, text)
        run(["check", ident, str(path), "--format", fmt])


@FEW
@given(ident=st.sampled_from(IDS), text=mutated(EXAMPLES))
def test_mutated_complaint_files(ident: str, text: str) -> None:
    _check(ident, "c.yaml", text)


@FEW
@given(ident=st.sampled_from(IDS), data=GENERATED, fmt=st.sampled_from(["text", "json"]))
def test_generated_complaints_as_json(ident: str, data: dict[str, object], fmt: str) -> None:
    _check(ident, "c.json", json.dumps(data, ensure_ascii=False), fmt)


@FEW
@given(
    lines=st.lists(
        st.one_of(GENERATED.map(json.dumps), st.sampled_from(HOSTILE), st.text(max_size=80)),
        max_size=6,
    )
)
def test_json_lines(lines: list[str]) -> None:
    text = "\n".join(line.replace("\n", " ") for line in lines) + "\n"
    with tempfile.TemporaryDirectory() as folder:
        path = write(Path(folder), "many.jsonl", text)
        result = run(["check", "livio", str(path), "--format", "jsonl"], one_input=False)
    # One stderr line per line that failed, each naming its file and line.
    for line in result.err.splitlines():
        assert line.startswith(f"{path}:"), line


@FEW
@given(data=GENERATED)
def test_standard_input(data: dict[str, object]) -> None:
    run(["check", "livio", "-"], stdin=json.dumps(data).encode())


@pytest.mark.slow
@MANY
@given(ident=st.sampled_from(IDS), text=mutated(EXAMPLES))
def test_mutated_complaint_files_many(ident: str, text: str) -> None:
    _check(ident, "c.yaml", text)


@pytest.mark.slow
@MANY
@given(ident=st.sampled_from(IDS), data=GENERATED, fmt=st.sampled_from(["text", "json"]))
def test_generated_complaints_many(ident: str, data: dict[str, object], fmt: str) -> None:
    _check(ident, "c.json", json.dumps(data, ensure_ascii=False), fmt)
