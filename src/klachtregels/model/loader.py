"""Reading regulation files: safe YAML with positions, precise errors, layering, versions.

This is the I/O edge of the library. :func:`read` parses one file (with
:mod:`klachtregels.model.yamlsafe`) into a
:class:`~klachtregels.model.regulation.Regulation`; :func:`load` finds a bundled
regulation by id (and date), overlays it on its law bases and checks the
cross-references of the result. Every error is a :class:`RegulationError` that
names file, line, column and field, says what was expected and gives an example.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from klachtregels.errors import KlachtregelsError, RegulationError
from klachtregels.model.regulation import SECTIONS, Regulation
from klachtregels.model.validation import located_errors
from klachtregels.model.vocabulary import STEPS
from klachtregels.model.yamlsafe import Loc, dotted, parse, position

__all__ = [
    "MAX_BYTES",
    "NoVersionInForceError",
    "RegulationError",
    "UnknownRegulationError",
    "Version",
    "bundled_dir",
    "check",
    "load",
    "read",
    "regulations",
]

#: Files larger than this are refused before parsing.
MAX_BYTES = 1024 * 1024


class UnknownRegulationError(KlachtregelsError, LookupError):
    """No bundled regulation has this id."""

    key = "error.unknown_regulation"

    def __init__(self, ref: str, known: list[str]) -> None:
        super().__init__(ref, known)
        self.ref, self.known = ref, known

    def params(self) -> dict[str, object]:
        return {"ref": self.ref, "known": ", ".join(self.known)}


class NoVersionInForceError(KlachtregelsError, LookupError):
    """A regulation exists, but no version of it is in force on the date asked."""

    key = "error.no_version_in_force"

    def __init__(self, ref: str, on: date, versions: list[Version]) -> None:
        super().__init__(ref, on, versions)
        self.ref, self.on, self.versions = ref, on, versions

    def params(self) -> dict[str, object]:
        spans = "; ".join(v.span() for v in self.versions)
        return {"ref": self.ref, "on": self.on.isoformat(), "versions": spans}


# ---------------------------------------------------------------- reading


@dataclass(frozen=True)
class _Read:
    regulation: Regulation
    path: str
    positions: dict[Loc, tuple[int, int]]


def _read(path: Path | str) -> _Read:
    p = Path(path)
    shown = str(path)
    try:
        raw = p.read_bytes()
    except OSError as e:
        raise RegulationError(
            shown, None, None, "", "error.cannot_read", problem=e.strerror or str(e)
        ) from None
    if len(raw) > MAX_BYTES:
        raise RegulationError(
            shown, None, None, "", "error.file_too_large", size=len(raw), limit=MAX_BYTES
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise RegulationError(shown, None, None, "", "error.not_utf8", offset=e.start) from None
    parsed = parse(text, shown)
    if not isinstance(parsed.data, dict):
        line, col = parsed.positions.get((), (1, 1))
        raise RegulationError(shown, line, col, "", "error.not_a_mapping")
    try:
        reg = Regulation.model_validate(parsed.data)
    except ValidationError as e:
        raise located_errors(e, shown, parsed, Regulation)[0] from None
    return _Read(reg, shown, parsed.positions)


def read(path: Path | str) -> Regulation:
    """Read and validate one file, without its law bases."""
    return _read(path).regulation


def check(path: Path | str, *, root: Path | None = None) -> list[RegulationError]:
    """Every error in a file (with its law bases), in file order; empty when valid."""
    shown = str(path)
    try:
        raw = Path(path).read_bytes()
        if len(raw) <= MAX_BYTES:
            parsed = parse(raw.decode("utf-8"), shown)
            if isinstance(parsed.data, dict):
                try:
                    Regulation.model_validate(parsed.data)
                except ValidationError as e:
                    errors = located_errors(e, shown, parsed, Regulation)
                    return sorted(errors, key=lambda x: (x.line or 0, x.column or 0))
        load(path, root=root)
    except RegulationError as e:
        return [e]
    except UnicodeDecodeError as e:
        return [RegulationError(shown, None, None, "", "error.not_utf8", offset=e.start)]
    except OSError as e:
        return [
            RegulationError(
                shown, None, None, "", "error.cannot_read", problem=e.strerror or str(e)
            )
        ]
    return []


# -------------------------------------------------------------- bundled data


def bundled_dir() -> Path:
    """The bundled ``regelingen/`` folder: inside the installed package, or the checkout's."""
    packaged = Path(str(resources.files("klachtregels"))) / "regelingen"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[3] / "regelingen"


@dataclass(frozen=True)
class Version:
    """One version of a bundled regulation and the days it is in force."""

    id: str
    valid_from: date
    valid_until: date | None
    path: Path

    def in_force_on(self, on: date) -> bool:
        return self.valid_from <= on and (self.valid_until is None or on <= self.valid_until)

    def span(self) -> str:
        end = self.valid_until.isoformat() if self.valid_until else "..."
        return f"{self.valid_from.isoformat()} - {end}"


_DATE_FILE = re.compile(r"^(\d{4}-\d{2}-\d{2})\.yaml$")


def _versions(folder: Path, ident: str) -> list[Version]:
    files = sorted(f for f in folder.iterdir() if _DATE_FILE.match(f.name))
    out: list[Version] = []
    for i, f in enumerate(files):
        start = date.fromisoformat(f.name[:10])
        nxt = date.fromisoformat(files[i + 1].name[:10]) if i + 1 < len(files) else None
        until = _declared_until(f) or (nxt - timedelta(days=1) if nxt else None)
        out.append(Version(ident, start, until, f))
    return out


def _declared_until(f: Path) -> date | None:
    for line in f.read_text("utf-8").splitlines():
        m = re.match(r"^valid_until:\s*(\d{4}-\d{2}-\d{2})\s*$", line)
        if m:
            return date.fromisoformat(m.group(1))
    return None


def _index(root: Path) -> dict[str, list[Version]]:
    out: dict[str, list[Version]] = {}
    if not root.is_dir():
        return out
    for folder in sorted(root.iterdir()):
        if folder.is_dir() and not folder.name.startswith(("_", ".")):
            versions = _versions(folder, folder.name)
            if versions:
                out[folder.name] = versions
    return out


def regulations(root: Path | None = None) -> dict[str, list[Version]]:
    """The bundled regulations: id -> versions, oldest first."""
    return _index(root or bundled_dir())


def _laws(root: Path) -> dict[str, list[Version]]:
    return _index(root / "_wetten")


def _pick(ident: str, versions: list[Version], on: date | None) -> Version:
    if on is None:
        return versions[-1]
    for v in reversed(versions):
        if v.in_force_on(on):
            return v
    raise NoVersionInForceError(ident, on, versions)


# ----------------------------------------------------------------- layering


def load(ref: str | Path, on: date | None = None, *, root: Path | None = None) -> Regulation:
    """The effective regulation: a bundled id (newest, or in force ``on``) or a file path.

    The file's law bases (``extends``) are overlaid first, rule id by rule id, and
    the result's cross-references are checked. ``reg.origin(section, id)`` tells
    where each rule comes from.
    """
    root = root or bundled_dir()
    path = Path(ref)
    if isinstance(ref, Path) or ref.endswith((".yaml", ".yml")) or "/" in ref:
        layer = _read(path)
    else:
        index = regulations(root)
        laws = _laws(root)
        if ref in index:
            layer = _read(_pick(ref, index[ref], on).path)
        elif ref in laws:
            layer = _read(_pick(ref, laws[ref], on).path)
        else:
            raise UnknownRegulationError(ref, sorted(index))
    return _effective(layer, root)


def _effective(top: _Read, root: Path) -> Regulation:
    laws = _laws(root)
    layers: list[_Read] = []
    for base in top.regulation.extends:
        if base not in laws:
            line, col = position(top.positions, ("extends",))
            raise RegulationError(
                top.path,
                line,
                col,
                "extends",
                "error.unknown_base",
                base=base,
                known=", ".join(sorted(laws)) or "-",
            )
        versions = laws[base]
        on = top.regulation.valid_from
        chosen = next((v for v in reversed(versions) if v.valid_from <= on), versions[-1])
        layers.append(_read(chosen.path))
    layers.append(top)

    merged: dict[str, Any] = top.regulation.model_dump(by_alias=True, exclude=set(SECTIONS))
    merged["sources"] = {}
    merged["unencoded"] = []
    merged["omits"] = []
    origins: dict[tuple[str, str], str] = {}
    law_rules: dict[tuple[str, str], Any] = {}
    where: dict[tuple[str, str], _Read] = {}
    for layer in layers:
        reg = layer.regulation
        merged["sources"].update(reg.sources)
        merged["unencoded"].extend(reg.unencoded)
        for section in SECTIONS:
            target = merged.setdefault(section, {})
            for rule_id, rule in getattr(reg, section).items():
                target[rule_id] = rule
                origins[(section, rule_id)] = reg.id
                where[(section, rule_id)] = layer
                if reg.kind == "law":
                    law_rules[(section, rule_id)] = rule
        for n, omission in enumerate(reg.omits):
            if omission.id not in merged[omission.section]:
                line, col = position(layer.positions, ("omits", n, "id"))
                raise RegulationError(
                    layer.path,
                    line,
                    col,
                    f"omits[{n}].id",
                    "error.unknown_ref",
                    value=omission.id,
                    what=omission.section,
                    known=", ".join(sorted(merged[omission.section])),
                )
            del merged[omission.section][omission.id]
            merged["omits"].append(omission)
    merged["escalation"] = {
        step: merged["escalation"][step] for step in STEPS if step in merged["escalation"]
    }
    result = Regulation.model_construct(**merged)
    result = Regulation.model_validate(result.model_dump(by_alias=True))
    result._origins.update(origins)
    result._law_rules.update(law_rules)
    _check_references(result, top, where)
    return result


def _check_references(reg: Regulation, top: _Read, where: dict[tuple[str, str], _Read]) -> None:
    for problem in _references(reg):
        section, rule_id, loc, key, params = problem
        layer = where.get((section, rule_id), top)
        full: Loc = (section, rule_id, *loc)
        line, col = position(layer.positions, full)
        raise RegulationError(layer.path, line, col, dotted(full), key, **params)


def _references(reg: Regulation) -> Iterator[tuple[str, str, Loc, str, dict[str, object]]]:
    sources = sorted(reg.sources)
    for section in SECTIONS:
        for rule_id, rule in getattr(reg, section).items():
            if rule.citation.source not in reg.sources:
                yield (
                    section,
                    rule_id,
                    ("citation", "source"),
                    "error.unknown_ref",
                    {"value": rule.citation.source, "what": "sources", "known": ", ".join(sources)},
                )
    for step_id, step in reg.escalation.items():
        if step.body is not None and step.body not in reg.bodies:
            yield (
                "escalation",
                step_id,
                ("body",),
                "error.unknown_ref",
                {"value": step.body, "what": "bodies", "known": ", ".join(sorted(reg.bodies))},
            )
    for rule_id, route in reg.routing.items():
        if route.forward_to != "other_provider" and route.forward_to not in reg.bodies:
            yield (
                "routing",
                rule_id,
                ("forward_to",),
                "error.unknown_ref",
                {
                    "value": route.forward_to,
                    "what": "bodies",
                    "known": ", ".join(["other_provider", *sorted(reg.bodies)]),
                },
            )
    for rule_id, ground in reg.admissibility.items():
        if ground.term is not None and ground.term not in reg.terms:
            yield (
                "admissibility",
                rule_id,
                ("term",),
                "error.unknown_ref",
                {"value": ground.term, "what": "terms", "known": ", ".join(sorted(reg.terms))},
            )
    for rule_id, term in reg.terms.items():
        if term.extends is not None and term.extends not in reg.terms:
            yield (
                "terms",
                rule_id,
                ("extends",),
                "error.unknown_ref",
                {"value": term.extends, "what": "terms", "known": ", ".join(sorted(reg.terms))},
            )
