"""Reading regulation files: safe YAML with positions, precise errors, layering, versions.

This is the I/O edge of the library. :func:`read` parses one file into a
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

import yaml
from pydantic import BaseModel, ValidationError

from klachtregels.errors import KlachtregelsError
from klachtregels.messages import Lang, render
from klachtregels.model.regulation import SECTIONS, Regulation
from klachtregels.model.vocabulary import STEPS, TERM_KINDS, nearest

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
#: Values built from one file at most: stops alias-expansion ("billion laughs") bombs.
MAX_NODES = 200_000

Loc = tuple[str | int, ...]


class RegulationError(KlachtregelsError, ValueError):
    """A regulation file is not valid: where, which field, what was expected."""

    def __init__(
        self,
        path: str,
        line: int | None,
        column: int | None,
        field: str,
        what_key: str,
        **what: object,
    ) -> None:
        super().__init__(path, line, column, field, what_key)
        self.path, self.line, self.column, self.field = path, line, column, field
        self.what_key, self.what = what_key, what

    def message(self, lang: Lang = "nl") -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}:{self.column}"
        field = f" {self.field}:" if self.field else ""
        return f"{where}:{field} {render(self.what_key, lang, **self.what)}"


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


# --------------------------------------------------------------------------- YAML


class _Loader(yaml.SafeLoader):
    """SafeLoader whose only booleans are true/false (no yes/no/on/off surprises)."""


_Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:bool"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
for _first in "tTfF":
    _Loader.yaml_implicit_resolvers.setdefault(_first, []).insert(
        0, ("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"))
    )


@dataclass
class _Parsed:
    data: Any
    positions: dict[Loc, tuple[int, int]]


def _parse(text: str, path: str) -> _Parsed:
    try:
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark
        problem = (e.problem or str(e)).strip()
        raise RegulationError(
            path,
            mark.line + 1 if mark else None,
            mark.column + 1 if mark else None,
            "",
            "error.yaml_syntax",
            problem=problem,
        ) from None
    except yaml.reader.ReaderError as e:  # a character YAML forbids: locate it ourselves
        before = text[: e.position]
        line, col = before.count("\n") + 1, e.position - (before.rfind("\n") + 1) + 1
        problem = f"unacceptable character #x{e.character:04x}: {e.reason}"
        raise RegulationError(path, line, col, "", "error.yaml_syntax", problem=problem) from None
    except yaml.YAMLError as e:
        problem = " ".join(str(e).split())
        raise RegulationError(path, None, None, "", "error.yaml_syntax", problem=problem) from None
    if node is None:
        raise RegulationError(path, 1, 1, "", "error.empty_file")
    positions: dict[Loc, tuple[int, int]] = {}
    budget = [MAX_NODES]
    data = _build(node, (), positions, budget, path, _Loader(""))
    return _Parsed(data, positions)


def _pos(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _build(
    node: yaml.Node,
    loc: Loc,
    positions: dict[Loc, tuple[int, int]],
    budget: list[int],
    path: str,
    constructor: yaml.SafeLoader,
) -> Any:
    budget[0] -= 1
    if budget[0] < 0:
        line, col = _pos(node)
        raise RegulationError(
            path, line, col, _dotted(loc), "error.yaml_too_many_nodes", limit=MAX_NODES
        )
    positions.setdefault(loc, _pos(node))
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                line, col = _pos(key_node)
                raise RegulationError(path, line, col, _dotted(loc), "error.yaml_merge_key")
            key = _build(key_node, (*loc, "<key>"), {}, budget, path, constructor)
            if not isinstance(key, str | int):
                line, col = _pos(key_node)
                raise RegulationError(
                    path, line, col, _dotted(loc), "error.yaml_key_type", key=str(key)
                )
            if key in out:
                line, col = _pos(key_node)
                raise RegulationError(
                    path, line, col, _dotted((*loc, key)), "error.yaml_duplicate_key", key=key
                )
            positions[(*loc, key)] = _pos(value_node)
            positions.setdefault((*loc, key, "<key>"), _pos(key_node))
            out[key] = _build(value_node, (*loc, key), positions, budget, path, constructor)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [
            _build(child, (*loc, i), positions, budget, path, constructor)
            for i, child in enumerate(node.value)
        ]
    try:
        return constructor.construct_object(node, deep=True)
    except yaml.constructor.ConstructorError as e:
        line, col = _pos(node)
        raise RegulationError(
            path,
            line,
            col,
            _dotted(loc),
            "error.yaml_syntax",
            problem=(e.problem or str(e)).strip(),
        ) from None
    except (ValueError, TypeError, AttributeError, OverflowError, KeyError) as e:
        # PyYAML's constructors fail this way on a timestamp that is no date
        # (2016-13-01) or an explicit tag on a value that does not fit it (!!bool ja).
        line, col = _pos(node)
        key, params = _TAG_ERRORS.get(node.tag, ("error.yaml_syntax", {"problem": ""}))
        if key == "error.yaml_syntax":
            params = {"problem": " ".join(f"{node.tag}: {e}".split())}
        value = node.value if key == "error.not_a_date_value" else repr(node.value)
        raise RegulationError(
            path, line, col, _dotted(loc), key, **{"value": value, **params}
        ) from None


#: What a value with an explicit tag it does not fit gets told.
_TAG_ERRORS: dict[str, tuple[str, dict[str, object]]] = {
    "tag:yaml.org,2002:timestamp": ("error.not_a_date_value", {}),
    "tag:yaml.org,2002:bool": ("error.expected_bool", {}),
    "tag:yaml.org,2002:int": ("error.expected_int", {}),
    "tag:yaml.org,2002:float": ("error.expected_int", {}),
}


_PLAIN_KEY = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]*$")


def _dotted(loc: Loc) -> str:
    """``terms.judgment.term``; list items as ``[2]``; odd keys quoted, so one line."""
    out = ""
    for part in loc:
        if part == "<key>":
            continue
        if part == "[key]":  # pydantic: the key itself is what is wrong
            out += " (key)"
            continue
        if isinstance(part, int):
            out += f"[{part}]"
            continue
        text = part if _PLAIN_KEY.match(part) else repr(part)
        out += f".{text}" if out else text
    return out


# ------------------------------------------------------------- pydantic errors

_EXAMPLES: dict[str, str] = {
    "term": "'6 weken' of '5 werkdagen'",
    "start": "receipt",
    "citation": "{source: livio, article: 'art. 7 lid 1', quote: '...'}",
    "quote": "'Een klacht kan schriftelijk of per e-mail worden ingediend'",
    "article": "'art. 7 lid 1 onder d'",
    "source": "livio",
    "valid_from": "2020-01-01",
    "valid_until": "2024-12-31",
    "role": "client",
    "accepted": "true",
    "atw": "true",
    "kind": "regulation",
    "version": "'3'",
    "open_when": "{fact: satisfied, equals: false}",
    "ground": "already_decided",
    "bodies.kind": "complaints_committee",
    "sources.kind": "statute",
    "received_on": "2027-01-05",
    "channel": "email",
    "complainant_role": "client",
    "name": "'Raad van Bestuur'",
    "title": "'Klachtenreglement'",
    "id": "livio",
    "sources": "{livio: {title: ..., kind: regulation, file: regelingen/livio.txt}}",
}


_TYPE_KEYS = {
    "string_type": "error.expected_text",
    "bool_type": "error.expected_bool",
    "bool_parsing": "error.expected_bool",
    "int_type": "error.expected_int",
    "int_parsing": "error.expected_int",
    "date_type": "error.expected_date",
    "date_parsing": "error.expected_date",
    "date_from_datetime_inexact": "error.expected_date",
    "dict_type": "error.expected_mapping",
    "model_type": "error.expected_mapping",
    "list_type": "error.expected_list",
}


def _from_validation(
    err: ValidationError, path: str, parsed: _Parsed, root: type[BaseModel] | None = None
) -> list[RegulationError]:
    """Each pydantic error as a RegulationError at its source position."""
    return [_one_error(e, path, parsed, root or Regulation) for e in err.errors(include_url=False)]


def _one_error(first: Any, path: str, parsed: _Parsed, root: type[BaseModel]) -> RegulationError:
    loc: Loc = tuple(first["loc"])
    kind = first["type"]
    ctx = first.get("ctx") or {}
    field = _dotted(loc)
    at: Loc = loc
    if kind == "extra_forbidden":
        at = (*loc, "<key>")
    elif loc and loc[-1] == "[key]":  # the key itself is wrong: point at the key
        at = (*loc[:-1], "<key>")
    line, col = _nearest(parsed.positions, at)
    last = next((p for p in reversed(loc) if isinstance(p, str)), "")
    section = loc[0] if loc else ""
    example = _EXAMPLES.get(f"{section}.{last}", "") or _EXAMPLES.get(str(last), "")
    original = ctx.get("error")
    if isinstance(original, KlachtregelsError):
        named = getattr(original, "field", None)
        if isinstance(named, str):  # a cross-field check names its field
            loc = (*loc, named)
            field = _dotted(loc)
            line, col = _nearest(parsed.positions, loc)
        key, params = original.detail()
        return RegulationError(path, line, col, field, key, **params)
    if kind == "missing":
        if not example:
            return RegulationError(path, line, col, field, "error.field_missing_plain")
        return RegulationError(path, line, col, field, "error.field_missing", example=example)
    if kind == "extra_forbidden":
        parent = _model_fields_at(loc[:-1], root)
        return RegulationError(
            path,
            line,
            col,
            field,
            "error.field_unknown",
            key=last,
            allowed=", ".join(parent) or "-",
        )
    if kind in ("literal_error", "enum"):
        expected = str(ctx.get("expected", "?")).replace(" or ", ", ")
        value = first.get("input")
        near = (
            nearest(value, re.findall(r"'([^']*)'", expected)) if isinstance(value, str) else None
        )
        key = "error.not_one_of_near" if near else "error.not_one_of"
        return RegulationError(
            path, line, col, field, key, value=value, near=near, expected=expected
        )
    if kind in _TYPE_KEYS:
        return RegulationError(
            path,
            line,
            col,
            field,
            _TYPE_KEYS[kind],
            value=_short(first.get("input")),
            example=example or "-",
        )
    return RegulationError(
        path,
        line,
        col,
        field,
        "error.invalid_value" if example else "error.invalid_value_plain",
        value=_short(first.get("input")),
        problem=first["msg"],
        example=example,
    )


def _short(value: object) -> str:
    text = value.isoformat() if isinstance(value, date) else repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _nearest(positions: dict[Loc, tuple[int, int]], loc: Loc) -> tuple[int | None, int | None]:
    for n in range(len(loc), -1, -1):
        if loc[:n] in positions:
            return positions[loc[:n]]
    return None, None


def _model_fields_at(loc: Loc, root: type[BaseModel]) -> list[str]:
    """Field names allowed at ``loc`` of a document of ``root`` (for 'unknown key' errors)."""
    model: Any = root
    for part in loc:
        if isinstance(part, int):
            continue
        if model is Regulation and part in SECTIONS:
            model = Regulation.model_fields[str(part)].annotation
            continue
        if isinstance(model, type) and issubclass(model, BaseModel):
            info = model.model_fields.get(str(part))
            model = info.annotation if info else None
        else:
            args = getattr(model, "__args__", ())
            model = args[-1] if args else None
    while not (isinstance(model, type) and issubclass(model, BaseModel)):
        args = getattr(model, "__args__", ())
        inner = [a for a in args if isinstance(a, type) and issubclass(a, BaseModel)]
        if not inner:
            return []
        model = inner[-1]
    return [info.alias or name for name, info in model.model_fields.items()]


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
    parsed = _parse(text, shown)
    if not isinstance(parsed.data, dict):
        line, col = parsed.positions.get((), (1, 1))
        raise RegulationError(shown, line, col, "", "error.not_a_mapping")
    try:
        reg = Regulation.model_validate(parsed.data)
    except ValidationError as e:
        raise _from_validation(e, shown, parsed)[0] from None
    layer = _Read(reg, shown, parsed.positions)
    _check_starts(layer)
    return layer


def read(path: Path | str) -> Regulation:
    """Read and validate one file, without its law bases."""
    return _read(path).regulation


def check(path: Path | str, *, root: Path | None = None) -> list[RegulationError]:
    """Every error in a file (with its law bases), in file order; empty when valid."""
    shown = str(path)
    try:
        raw = Path(path).read_bytes()
        if len(raw) <= MAX_BYTES:
            parsed = _parse(raw.decode("utf-8"), shown)
            if isinstance(parsed.data, dict):
                try:
                    Regulation.model_validate(parsed.data)
                except ValidationError as e:
                    errors = _from_validation(e, shown, parsed)
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
            version = _pick(ref, index[ref], on)
        elif ref in laws:
            version = _pick(ref, laws[ref], on)
        else:
            raise UnknownRegulationError(ref, sorted(index))
        reg = _effective(_read(version.path), root)
        if reg.valid_until is None and version.valid_until is not None:
            # In force until the next version: the assessment can say when it no longer is.
            reg = reg.model_copy(update={"valid_until": version.valid_until})
        return reg
    return _effective(layer, root)


def _effective(top: _Read, root: Path) -> Regulation:
    laws = _laws(root)
    layers: list[_Read] = []
    for base in top.regulation.extends:
        if base not in laws:
            line, col = _nearest(top.positions, ("extends",))
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
                line, col = _nearest(layer.positions, ("omits", n, "id"))
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


def _check_references(reg: Regulation, top: _Read, where: dict[tuple[str, str], _Read]) -> None:
    for problem in _references(reg):
        section, rule_id, loc, key, params = problem
        layer = where.get((section, rule_id), top)
        full: Loc = (section, rule_id, *loc)
        line, col = _nearest(layer.positions, full)
        raise RegulationError(layer.path, line, col, _dotted(full), key, **params)


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
    """An extension lengthens a term the regulation has, and counts in that term's unit."""
    for rule_id, term in reg.terms.items():
        extends = TERM_KINDS[rule_id].extends
        if extends is None:
            continue
        if extends not in reg.terms:
            yield ("terms", rule_id, (), "format.extension_without_term", {"other": extends})
        elif reg.terms[extends].term.unit != term.term.unit:
            extended = reg.terms[extends].term
            yield (
                "terms",
                rule_id,
                ("term",),
                "format.extension_unit",
                {"term": term.term.text, "other": extends, "other_term": extended.text},
            )


def _check_replacements(reg: Regulation, top: _Read) -> None:
    """An omitted step's ``replaced_by`` names a step of the effective regulation."""
    for n, omission in enumerate(top.regulation.omits):
        target = omission.replaced_by
        if target is None or (omission.section == "escalation" and target in reg.escalation):
            continue
        line, col = _nearest(top.positions, ("omits", n, "replaced_by"))
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
        line, col = _nearest(layer.positions, loc)
        key, params = (
            ("format.extension_has_no_start", {})
            if extension
            else ("error.field_missing", {"example": "receipt"})
        )
        raise RegulationError(layer.path, line, col, _dotted(loc), key, **params)


def _check_floors(layer: _Read) -> None:
    """``floor`` marks a right of the law: only a law base may set it."""
    reg = layer.regulation
    if reg.kind == "law":
        return
    for section in SECTIONS:
        for rule_id, rule in getattr(reg, section).items():
            if getattr(rule, "floor", False):
                line, col = _nearest(layer.positions, (section, rule_id, "floor"))
                field = _dotted((section, rule_id, "floor"))
                raise RegulationError(layer.path, line, col, field, "format.floor_in_regulation")
