"""Reading regulation files: safe YAML with positions, precise errors, layering, versions.

This is the I/O edge of the library. :func:`read` parses one file (with
:mod:`klachtregels.model.yamlsafe`) into a
:class:`~klachtregels.model.regulation.Regulation`; :func:`load` finds a bundled
regulation by id (and date), overlays it on its law bases and checks the
cross-references of the result. Every error is a :class:`RegulationError` that
names file, line, column and field, says what was expected and gives an example.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from klachtregels.errors import KlachtregelsError, RegulationError, not_utf8
from klachtregels.model.catalog import (
    MAX_BYTES,
    Catalog,
    Reads,
    ShadowError,
    Version,
    bundled_dir,
    catalog,
    is_path,
    read_limited,
    search_path,
)
from klachtregels.model.readonly import ReadOnlyError, freeze
from klachtregels.model.regulation import SECTIONS, Condition, Regulation
from klachtregels.model.validation import located_errors
from klachtregels.model.vocabulary import STEPS, TERM_KINDS
from klachtregels.model.yamlsafe import Loc, dotted, parse, position

__all__ = [
    "MAX_BYTES",
    "InForce",
    "NoVersionInForceError",
    "ReadOnlyError",
    "RegulationError",
    "ShadowError",
    "UnknownRegulationError",
    "Version",
    "bundled_dir",
    "check",
    "load",
    "read",
    "regulations",
    "search_path",
]


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


def _read(path: Path | str, reads: Reads | None = None) -> _Read:
    p = Path(path)
    shown = str(path)
    try:
        raw = (reads or Reads()).read(p)
    except OSError as e:
        raise RegulationError(
            shown, None, None, "", "error.cannot_read", problem=e.strerror or str(e)
        ) from None
    if len(raw) > MAX_BYTES:
        raise too_large(p, shown)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        key, params = not_utf8(raw, e.start)
        raise RegulationError(shown, None, None, "", key, **params) from None
    parsed = parse(text, shown)
    if not isinstance(parsed.data, dict):
        line, col = parsed.positions.get((), (1, 1))
        raise RegulationError(shown, line, col, "", "error.not_a_mapping")
    try:
        reg = Regulation.model_validate(parsed.data)
    except ValidationError as e:
        raise located_errors(e, shown, parsed, Regulation)[0] from None
    layer = _Read(reg, shown, parsed.positions)
    _check_starts(layer)
    return layer


def too_large(path: Path, shown: str, limit: int = MAX_BYTES) -> RegulationError:
    """The error for a file over ``limit`` bytes (read no further than that): its size
    where the file system knows it, as for a device or pipe it does not."""
    try:
        size = path.stat().st_size if path.is_file() else 0
    except OSError:
        size = 0
    if size > limit:
        return RegulationError(
            shown, None, None, "", "error.file_too_large", size=size, limit=limit
        )
    return RegulationError(shown, None, None, "", "error.file_over_limit", limit=limit)


def read(path: Path | str) -> Regulation:
    """Read and validate one file, without its law bases."""
    return _read(path).regulation


def check(path: Path | str, *, root: Path | None = None) -> list[RegulationError]:
    """Every error in a file (with its law bases), in file order; empty when valid."""
    shown = str(path)
    try:
        raw = read_limited(path)
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
        key, params = not_utf8(raw, e.start)
        return [RegulationError(shown, None, None, "", key, **params)]
    except OSError as e:
        return [
            RegulationError(
                shown, None, None, "", "error.cannot_read", problem=e.strerror or str(e)
            )
        ]
    return []


# ------------------------------------------------------------ finding them


def regulations(
    root: Path | None = None,
    *,
    path: Iterable[str | os.PathLike[str]] | None = None,
    shadow: bool = False,
) -> dict[str, list[Version]]:
    """The regulations found: id -> versions, oldest first; the bundled ones, and one's
    own (``path``, then ``KLACHTREGELS_PATH``; see :mod:`klachtregels.model.catalog`)."""
    return catalog(search_path(path), root, shadow=shadow).regulations


class InForce:
    """The versions of a regulation id, each loaded once on first use: called with a day,
    the version in force on that day. Before the first version, the first; after the
    last one ends, the last (the assessment then says it was not in force). Picklable,
    so that worker processes can take it."""

    def __init__(
        self,
        ident: str,
        *,
        root: Path | None = None,
        path: Iterable[str | os.PathLike[str]] | None = None,
        shadow: bool = False,
    ) -> None:
        self.ident, self.root, self.shadow = ident, root, shadow
        self.path = [str(p) for p in path] if path is not None else None
        found = catalog(search_path(self.path), root, shadow=shadow)
        versions = found.regulations.get(ident) or found.laws.get(ident)
        if not versions:
            raise UnknownRegulationError(ident, sorted(found.regulations))
        self.versions = versions
        self._loaded: dict[Path, Regulation] = {}
        #: The version in force per day asked for, as far as asked (bounded).
        self._on: dict[date, Regulation] = {}

    def version_on(self, day: date) -> Version:
        for v in reversed(self.versions):
            if v.in_force_on(day):
                return v
        return self.versions[0] if day < self.versions[0].valid_from else self.versions[-1]

    def __call__(self, day: date) -> Regulation:
        known = self._on.get(day)  # a batch asks for the same days again and again
        if known is not None:
            return known
        v = self.version_on(day)
        reg = self._loaded.get(v.path)
        if reg is None:
            on = v.valid_from
            reg = self._loaded[v.path] = load(
                self.ident, on, root=self.root, path=self.path, shadow=self.shadow
            )
        if len(self._on) >= 1 << 16:
            self._on.clear()
        self._on[day] = reg
        return reg

    def newest(self) -> Regulation:
        return self(self.versions[-1].valid_from)


def _pick(ident: str, versions: list[Version], on: date | None) -> Version:
    if on is None:
        return versions[-1]
    for v in reversed(versions):
        if v.in_force_on(on):
            return v
    raise NoVersionInForceError(ident, on, versions)


# ----------------------------------------------------------------- layering

#: Effective regulations by what they were asked as, and by file and law bases; each
#: served only while nothing it was read from changed. Bounded: it starts over when full.
_LOADED: dict[tuple[Any, ...], tuple[Reads, Regulation]] = {}
_EFFECTIVE: dict[tuple[Any, ...], tuple[Reads, Regulation]] = {}
_CACHE_SIZE = 256


def load(
    ref: str | Path,
    on: date | None = None,
    *,
    root: Path | None = None,
    path: Iterable[str | os.PathLike[str]] | None = None,
    shadow: bool = False,
) -> Regulation:
    """The effective regulation: an id (newest version, or in force ``on``) or a file path.

    An id is looked up in one's own folders (``path``, then ``KLACHTREGELS_PATH``) and
    in ``root`` (the bundled folder by default); an own id that is also bundled is a
    :class:`~klachtregels.model.catalog.ShadowError` unless ``shadow``. The file's law
    bases (``extends``) are overlaid first, rule id by rule id, and the result's
    cross-references are checked. ``reg.origin(section, id)`` tells where each rule
    comes from.

    Cached: regulations are immutable, so a second call returns the same (read-only)
    object, after checking that no file or folder it was read from changed.
    """
    own = search_path(path)
    as_path = is_path(ref)
    where = (tuple(str(d.resolve()) for d in own), str(root.resolve()) if root else None)
    key = (str(Path(ref).resolve()) if as_path else ref, on, where, shadow)
    hit = _LOADED.get(key)
    if hit is not None and hit[0].unchanged():
        return hit[1]
    reads = Reads()
    found = catalog(own, root, shadow=shadow, only=None if as_path else str(ref))
    reads.update(found.reads)
    until: date | None = None
    if as_path:
        top = Path(ref)
    elif ref in found.regulations or ref in found.laws:
        version = _pick(ref, (found.regulations.get(ref) or found.laws[ref]), on)
        # In force until the next version: the assessment can say when it no longer is.
        top, until = version.path, version.valid_until
    else:
        known = catalog(own, root, shadow=shadow).regulations
        raise UnknownRegulationError(str(ref), sorted(known))
    reg = _effective_cached(top, until, found, reads)
    if len(_LOADED) >= _CACHE_SIZE:
        _LOADED.clear()
    _LOADED[key] = (reads, reg)
    return reg


def _effective_cached(top: Path, until: date | None, found: Catalog, reads: Reads) -> Regulation:
    """The effective regulation of file ``top`` (in force until ``until`` when the file
    says no end): one object per file and law bases, so that loading it on another date
    (of the same version) gives the same object."""
    laws = tuple((k, tuple(str(v.path.resolve()) for v in vs)) for k, vs in found.laws.items())
    key = (str(top.resolve()), until, laws)
    hit = _EFFECTIVE.get(key)
    if hit is not None and hit[0].unchanged():
        reads.update(hit[0])
        return hit[1]
    own = Reads()
    reg = _effective(_read(top, own), found.laws, own)
    if reg.valid_until is None and until is not None:
        reg = reg.model_copy(update={"valid_until": until})
    reg = freeze(reg)
    if len(_EFFECTIVE) >= _CACHE_SIZE:
        _EFFECTIVE.clear()
    _EFFECTIVE[key] = (own, reg)
    reads.update(own)
    return reg


def _effective(top: _Read, laws: dict[str, list[Version]], reads: Reads) -> Regulation:
    layers = [*_law_layers(top, laws, reads), top]
    _check_floors(top)
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
    _check_replacements(result, top)
    return result


def _law_layers(top: _Read, laws: dict[str, list[Version]], reads: Reads) -> list[_Read]:
    """The law bases ``top`` extends, each in the version in force when ``top`` starts."""
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
        layers.append(_read(chosen.path, reads))
    return layers


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
    yield from _extension_references(reg)


def _extension_references(
    reg: Regulation,
) -> Iterator[tuple[str, str, Loc, str, dict[str, object]]]:
    """An extension lengthens a term the regulation has, counts in that term's unit, and
    is counted as that term is (it runs from that term's start): a ``counting`` of its
    own that differs is refused, not silently overruled."""
    for rule_id, term in reg.terms.items():
        extends = TERM_KINDS[rule_id].extends
        if extends is None:
            continue
        extended = reg.terms.get(extends)
        if extended is None:
            yield ("terms", rule_id, (), "format.extension_without_term", {"other": extends})
        elif extended.term.unit != term.term.unit:
            yield (
                "terms",
                rule_id,
                ("term",),
                "format.extension_unit",
                {"term": term.term.text, "other": extends, "other_term": extended.term.text},
            )
        elif "counting" in term.model_fields_set and term.counting != extended.counting:
            yield (
                "terms",
                rule_id,
                ("counting",),
                "format.extension_counting",
                {"counting": term.counting, "other": extends, "other_counting": extended.counting},
            )
    for route_id, route in reg.routing.items():
        for part, condition in (("when", route.when), ("unless", route.unless)):
            if condition is not None and _names_a_deadline(condition):
                yield ("routing", route_id, (part,), "format.deadline_passed_in_routing", {})


def _names_a_deadline(c: Condition) -> bool:
    """Whether ``c``, or a condition inside it, is ``deadline_passed``."""
    inner = [*(c.any or ()), *(c.all or ()), *((c.not_,) if c.not_ is not None else ())]
    return c.deadline_passed is not None or any(map(_names_a_deadline, inner))


def _check_replacements(reg: Regulation, top: _Read) -> None:
    """An omitted step's ``replaced_by`` names a step of the effective regulation."""
    for n, omission in enumerate(top.regulation.omits):
        target = omission.replaced_by
        if target is None or (omission.section == "escalation" and target in reg.escalation):
            continue
        line, col = position(top.positions, ("omits", n, "replaced_by"))
        known = ", ".join(reg.escalation) if omission.section == "escalation" else "-"
        raise RegulationError(
            top.path,
            line,
            col,
            f"omits[{n}].replaced_by",
            "error.unknown_ref",
            value=target,
            what="escalation",
            known=known,
        )


def _check_starts(layer: _Read) -> None:
    """A term names its start; an extension none (it runs from the start of the term it
    extends). Checked per file: a rule replaces the law's rule of its id whole."""
    for rule_id, term in layer.regulation.terms.items():
        extension = TERM_KINDS[rule_id].extends is not None
        if extension == (term.start is None):
            continue
        loc: Loc = ("terms", rule_id, "start")
        line, col = position(layer.positions, loc)
        key, params = (
            ("format.extension_has_no_start", {})
            if extension
            else ("error.field_missing", {"example": "receipt"})
        )
        raise RegulationError(layer.path, line, col, dotted(loc), key, **params)


def _check_floors(layer: _Read) -> None:
    """``floor`` marks a right of the law: only a law base may set it."""
    reg = layer.regulation
    if reg.kind == "law":
        return
    for section in SECTIONS:
        for rule_id, rule in getattr(reg, section).items():
            if getattr(rule, "floor", False):
                line, col = position(layer.positions, (section, rule_id, "floor"))
                field = dotted((section, rule_id, "floor"))
                raise RegulationError(layer.path, line, col, field, "format.floor_in_regulation")
