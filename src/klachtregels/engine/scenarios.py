"""Scenario files: named complaints with the outcome the regulation's text gives.

A scenario file (``regelingen/<provider>/scenarios.yaml``)::

    regulation: livio              # bundled id, or a path relative to this file
    scenarios:
      - name: een cliënt klaagt per e-mail op kerstavond
        as_of: 2027-01-05          # optional
        complaint: {received_on: 2026-12-24, channel: email, complainant_role: client}
        expect:
          standing: true
          admissible: true
          forward_to: null         # or the body's name
          findings: [standing]     # codes that must all appear (anywhere)
          next_steps: [staff, provider]         # exactly these, in order
          deadlines: {judgment: 2027-02-04}    # these due dates
          status: {judgment: open}
          absent: [first_contact]  # deadlines that must not be there

Only what ``expect`` names is checked. Expected values are worked out by hand from
the regulation's text, never copied from the evaluator.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from klachtregels.engine.assessment import Assessment
from klachtregels.engine.evaluate import evaluate
from klachtregels.model.catalog import is_path
from klachtregels.model.complaint import Complaint
from klachtregels.model.loader import bundled_dir, load
from klachtregels.model.regulation import Regulation
from klachtregels.model.yamlsafe import parse

__all__ = ["Expect", "Scenario", "ScenarioFile", "bundled_scenario_files", "compare", "read_file"]


class Expect(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    standing: bool | None = None
    admissible: bool | None = None
    forward_to: str | None = Field(default="<unchecked>")
    findings: list[str] = Field(default_factory=list)
    no_findings: list[str] = Field(default_factory=list)
    next_steps: list[str] | None = None
    deadlines: dict[str, date] = Field(default_factory=dict)
    status: dict[str, str | None] = Field(default_factory=dict)
    atw_extended: dict[str, bool] = Field(default_factory=dict)
    absent: list[str] = Field(default_factory=list)


class Scenario(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    as_of: date | None = None
    on: date | None = Field(default=None, description="Version of the regulation in force.")
    complaint: dict[str, Any]
    expect: Expect


class ScenarioFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    regulation: str
    scenarios: list[Scenario]


@dataclass(frozen=True)
class Loaded:
    path: Path
    file: ScenarioFile


def read_file(path: Path) -> Loaded:
    parsed = parse(path.read_text("utf-8"), str(path))
    return Loaded(path, ScenarioFile.model_validate(parsed.data))


def bundled_scenario_files() -> list[Path]:
    return sorted(bundled_dir().glob("*/scenarios.yaml"))


def regulation_for(
    loaded: Loaded,
    scenario: Scenario,
    *,
    path: Iterable[str | os.PathLike[str]] | None = None,
    shadow: bool = False,
) -> Regulation:
    """The scenario's regulation: a path relative to the file, or an id (found in one's
    own folders ``path`` and ``KLACHTREGELS_PATH`` too)."""
    ref = loaded.file.regulation
    if is_path(ref):
        return load(loaded.path.parent / ref)
    return load(ref, on=scenario.on, path=path, shadow=shadow)


def compare(a: Assessment, expect: Expect) -> list[str]:
    """What differs between an assessment and the expectation, one line each."""
    out: list[str] = []

    def differ(what: str, want: object, got: object) -> None:
        if want != got:
            out.append(f"{what}: expected {want!r}, got {got!r}")

    if expect.standing is not None:
        differ("standing", expect.standing, a.standing.ok)
    if expect.admissible is not None:
        differ("admissible", expect.admissible, a.admissibility.ok)
    if expect.forward_to != "<unchecked>":
        differ("forward_to", expect.forward_to, a.forward_to.name if a.forward_to else None)
    codes = {f.code for f in (*a.standing.findings, *a.admissibility.findings, *a.findings)}
    for code in expect.findings:
        if code not in codes:
            out.append(f"finding {code!r} missing; got {sorted(codes)}")
    for code in expect.no_findings:
        if code in codes:
            out.append(f"finding {code!r} present, expected absent")
    if expect.next_steps is not None:
        differ("next_steps", expect.next_steps, [s.id for s in a.next_steps])
    by_id = {d.id: d for d in a.deadlines}
    for did, due in expect.deadlines.items():
        differ(f"deadline {did}", due, by_id[did].due if did in by_id else None)
    for did, status in expect.status.items():
        differ(f"status {did}", status, by_id[did].status if did in by_id else "<absent>")
    for did, ext in expect.atw_extended.items():
        differ(f"atw_extended {did}", ext, by_id[did].atw_extended if did in by_id else None)
    for did in expect.absent:
        if did in by_id:
            out.append(f"deadline {did} present (due {by_id[did].due}), expected absent")
    return out


def run(
    loaded: Loaded,
    scenario: Scenario,
    *,
    path: Iterable[str | os.PathLike[str]] | None = None,
    shadow: bool = False,
) -> list[str]:
    reg = regulation_for(loaded, scenario, path=path, shadow=shadow)
    complaint = Complaint.model_validate(scenario.complaint)
    return compare(evaluate(reg, complaint, scenario.as_of), scenario.expect)
