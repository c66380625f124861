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
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from klachtregels.engine.assessment import Assessment
from klachtregels.engine.evaluate import evaluate
from klachtregels.errors import RegulationError
from klachtregels.model.catalog import MAX_BYTES, is_path, read_limited
from klachtregels.model.complaint import Complaint, ComplaintError
from klachtregels.model.loader import bundled_dir, load, too_large
from klachtregels.model.regulation import Regulation
from klachtregels.model.validation import Problem, locate, located_errors
from klachtregels.model.yamlsafe import Loc, parse

__all__ = [
    "Expect",
    "Scenario",
    "ScenarioFile",
    "bundled_scenario_files",
    "check_file",
    "compare",
    "complaint_of",
    "is_scenario_file",
    "read_file",
]


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
    #: Where each value of the file starts (see :mod:`klachtregels.model.yamlsafe`).
    positions: dict[Loc, tuple[int, int]] = field(default_factory=dict)


def read_file(path: Path) -> Loaded:
    """A scenario file, checked: every problem (a file that cannot be read, is too large,
    no UTF-8, a regulation file, a field of the wrong kind) is a
    :class:`~klachtregels.errors.RegulationError` at its place."""
    shown = str(path)
    try:
        raw = read_limited(path)
    except OSError as e:
        problem = e.strerror or str(e)
        raise RegulationError(shown, None, None, "", "error.cannot_read", problem=problem) from None
    if len(raw) > MAX_BYTES:
        raise too_large(Path(path), shown)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise RegulationError(shown, None, None, "", "error.not_utf8", offset=e.start) from None
    parsed = parse(text, shown)
    data = parsed.data
    if not isinstance(data, dict):
        line, col = parsed.positions.get((), (1, 1))
        raise RegulationError(shown, line, col, "", "error.not_a_scenario_file")
    if "scenarios" not in data and ("kind" in data or "id" in data):
        line, col = parsed.positions.get((), (1, 1))
        raise RegulationError(shown, line, col, "", "error.regulation_not_scenarios")
    try:
        scenario_file = ScenarioFile.model_validate(data)
    except ValidationError as e:
        raise located_errors(e, shown, parsed, ScenarioFile)[0] from None
    return Loaded(path, scenario_file, parsed.positions)


def is_scenario_file(path: Path | str) -> bool:
    """Whether ``path`` reads as a scenario file (a mapping with ``scenarios`` and no
    ``kind``), so that ``validate`` checks it as one."""
    try:
        data = parse(read_limited(path)[:MAX_BYTES].decode("utf-8"), str(path)).data
    except (OSError, UnicodeDecodeError, RegulationError):
        return False
    return isinstance(data, dict) and "scenarios" in data and "kind" not in data


def check_file(path: Path) -> list[RegulationError]:
    """Every complaint of a scenario file checked as a complaint, after the file itself;
    empty when it is valid."""
    try:
        loaded = read_file(path)
    except RegulationError as e:
        return [e]
    errors = []
    for n, scenario in enumerate(loaded.file.scenarios):
        try:
            complaint_of(loaded, n, scenario)
        except RegulationError as e:
            errors.append(e)
    return errors


def complaint_of(loaded: Loaded, n: int, scenario: Scenario) -> Complaint:
    """The complaint of scenario ``n``; an invalid one is an error at its place in the file."""
    try:
        return Complaint.model_validate(scenario.complaint)
    except ComplaintError as e:
        key, params = e.detail()
        at: Loc = ("scenarios", n, "complaint", *e.loc)
        field = f"scenarios[{n}].complaint.{e.field}" if e.field else f"scenarios[{n}].complaint"
        raise locate(Problem(field, key, params, at), str(loaded.path), loaded.positions) from None


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


def _shown(value: object) -> str:
    """A value in a failure line: a date as 2026-12-29, not ``datetime.date(...)``."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_shown(v) for v in value) + "]"
    return repr(value)


def compare(a: Assessment, expect: Expect) -> list[str]:
    """What differs between an assessment and the expectation, one line each."""
    out: list[str] = []

    def differ(what: str, want: object, got: object) -> None:
        if want != got:
            out.append(f"{what}: expected {_shown(want)}, got {_shown(got)}")

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
    complaint = complaint_of(loaded, loaded.file.scenarios.index(scenario), scenario)
    return compare(evaluate(reg, complaint, scenario.as_of), scenario.expect)
