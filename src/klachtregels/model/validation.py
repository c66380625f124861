"""Pydantic's validation errors as klachtregels errors: a field path, a message from the
catalogue (Dutch or English) with an example, and, where the document was parsed with
:mod:`klachtregels.model.yamlsafe`, its line and column.

:func:`problems` turns a ``ValidationError`` into :class:`Problem` values that know no
file; :func:`located_errors` places them in a parsed file as
:class:`~klachtregels.errors.RegulationError`; :func:`locate` places one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from pydantic import BaseModel, ValidationError

from klachtregels.errors import KlachtregelsError, RegulationError, echo, echoed
from klachtregels.messages import Lang, render
from klachtregels.model.vocabulary import nearest
from klachtregels.model.yamlsafe import Loc, Parsed, dotted, position

__all__ = ["EXAMPLES", "Problem", "locate", "located_errors", "problems"]

#: An example value per field name (or ``section.field``), shown in error messages.
EXAMPLES: dict[str, str] = {
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
    "Complaint.id": "'zaak-2027-0042'",
    "Complaint.": '{"received_on": "2027-01-05", "channel": "email", "complainant_role": "client"}',
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


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a document, without a file: the field (dotted path), the
    message key and its parameters, and where in the document to point (``at``)."""

    field: str
    key: str
    params: dict[str, object]
    at: Loc

    def message(self, lang: Lang = "nl") -> str:
        text = render(self.key, lang, **echoed(self.params))
        return f"{self.field}: {text}" if self.field else text


def problems(err: ValidationError, root: type[BaseModel]) -> list[Problem]:
    """Each pydantic error of a ``root`` document in the catalogue's words."""
    return [_problem(e, root) for e in err.errors(include_url=False)]


def located_errors(
    err: ValidationError, path: str, parsed: Parsed, root: type[BaseModel]
) -> list[RegulationError]:
    """Each pydantic error as a RegulationError at its source position."""
    return [locate(p, path, parsed.positions) for p in problems(err, root)]


def locate(
    problem: Problem, path: str, positions: dict[Loc, tuple[int, int]], line_offset: int = 0
) -> RegulationError:
    """``problem`` at its place in a parsed document (``line_offset`` lines further down)."""
    line, col = position(positions, problem.at)
    if line is not None:
        line += line_offset
    return RegulationError(path, line, col, problem.field, problem.key, **problem.params)


def _steps(path: str) -> Loc:
    """``events[0].on`` as the keys and indexes ``("events", 0, "on")``."""
    return tuple(int(p) if p.isdigit() else p for p in re.findall(r"[^.\[\]]+", path))


def _problem(first: Any, root: type[BaseModel]) -> Problem:
    loc: Loc = tuple(first["loc"])
    kind = first["type"]
    ctx = first.get("ctx") or {}
    field = dotted(loc)
    at: Loc = loc
    if kind == "extra_forbidden":
        at = (*loc, "<key>")
    elif loc and loc[-1] == "[key]":  # the key itself is wrong: point at the key
        at = (*loc[:-1], "<key>")
    last = next((p for p in reversed(loc) if isinstance(p, str)), "")
    section = loc[0] if loc else ""
    example = (
        EXAMPLES.get(f"{root.__name__}.{last}", "")
        or EXAMPLES.get(f"{section}.{last}", "")
        or EXAMPLES.get(str(last), "")
    )
    original = ctx.get("error")
    if isinstance(original, KlachtregelsError):
        named = getattr(original, "field", None)
        if isinstance(named, str):  # a cross-field check names its field (a dotted path)
            loc = at = (*loc, *_steps(named))
            field = dotted(loc)
        key, params = original.detail()
        return Problem(field, key, params, at)
    if kind == "json_invalid":
        return Problem(field, "error.json_syntax", {"problem": ctx.get("error", "")}, at)
    if kind == "string_too_long":
        length = len(first["input"]) if isinstance(first.get("input"), str) else "?"
        limit = ctx.get("max_length", "?")
        return Problem(field, "error.too_long", {"length": length, "limit": limit}, at)
    if kind == "missing":
        if not example:
            return Problem(field, "error.field_missing_plain", {}, at)
        return Problem(field, "error.field_missing", {"example": example}, at)
    if kind == "extra_forbidden":
        parent = _model_fields_at(loc[:-1], root)
        allowed = ", ".join(parent) or "-"
        return Problem(field, "error.field_unknown", {"key": last, "allowed": allowed}, at)
    if kind in ("literal_error", "enum"):
        expected = str(ctx.get("expected", "?")).replace(" or ", ", ")
        value = first.get("input")
        near = (
            nearest(value, re.findall(r"'([^']*)'", expected)) if isinstance(value, str) else None
        )
        key = "error.not_one_of_near" if near else "error.not_one_of"
        return Problem(field, key, {"value": value, "near": near, "expected": expected}, at)
    if kind in _TYPE_KEYS:
        typed: dict[str, object] = {"value": _short(first.get("input")), "example": example or "-"}
        return Problem(field, _TYPE_KEYS[kind], typed, at)
    key = "error.invalid_value" if example else "error.invalid_value_plain"
    value = _short(first.get("input"))
    return Problem(field, key, {"value": value, "problem": first["msg"], "example": example}, at)


def _short(value: object) -> str:
    text = value.isoformat() if isinstance(value, date) else repr(value)
    return echo(text)


def _model_fields_at(loc: Loc, root: type[BaseModel]) -> list[str]:
    """Field names allowed at ``loc`` of a document of ``root`` (for 'unknown key' errors)."""
    model: Any = root
    for part in loc:
        if isinstance(part, int):
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
