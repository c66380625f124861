"""Many complaints as JSON Lines: parsed, evaluated, and a bad line costs only itself.

:func:`evaluate_lines` takes the lines of a JSON Lines file (bytes or text, split on
``\\n`` only: a U+2028 inside a string stays in its line) and yields, per non-blank
line and in order, an :class:`~klachtregels.engine.assessment.Assessment` or a
:class:`LineError` in its place. Each line is parsed with the JSON parser
(``Complaint.model_validate_json``); only a line that fails is parsed again, to place
its error (line, column, field; of a line that is not UTF-8, the place of the first
byte that is not: ``error.line_not_utf8``). A complaint whose evaluation raises a
:class:`~klachtregels.errors.KlachtregelsError` (a date outside the calendar's years)
becomes that line's error too; the lines after it are evaluated as usual.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from pydantic import ValidationError

from klachtregels.engine.assessment import SCHEMA_VERSION, Assessment
from klachtregels.engine.evaluate import DEFAULT_ENGINE, Engine
from klachtregels.errors import KlachtregelsError, RegulationError
from klachtregels.law.calendar import LegalCalendar, default_calendar
from klachtregels.messages import Lang, render
from klachtregels.model.complaint import MAX_COMPLAINT_BYTES, Complaint, ComplaintError, invalid
from klachtregels.model.regulation import Regulation
from klachtregels.model.validation import Problem, locate
from klachtregels.model.yamlsafe import parse

__all__ = [
    "LineError",
    "byte_place",
    "evaluate_lines",
    "evaluate_numbered",
    "evaluate_partition",
    "is_blank",
    "line_error",
]

_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True, slots=True)
class LineError:
    """A line of a batch that gave no assessment: where, which case, what was wrong."""

    #: The file as named on the command line (``-`` for standard input).
    path: str
    line: int
    #: The line's case id, when it has a readable one.
    id: str | None
    #: The field (a dotted path), None when the line as a whole is wrong.
    field: str | None
    column: int | None
    #: The message key in the catalogue and its parameters.
    key: str
    params: Mapping[str, object] = dataclasses.field(default_factory=dict)

    def text(self, lang: Lang = "nl") -> str:
        """The one-sentence message, with the field: ``channel: 'fax' is not allowed; ...``."""
        text = render(self.key, lang, **self.params)
        return f"{self.field}: {text}" if self.field else text

    def located(self, lang: Lang = "nl") -> str:
        """``file:line:column: field: message``, the line the command line prints on stderr."""
        where = f"{self.path}:{self.line}" + (f":{self.column}" if self.column else "")
        return f"{where}: {self.text(lang)}"

    def model_dump(self, lang: Lang = "nl") -> dict[str, Any]:
        """The error record written in the line's place (``schemas/assessment.json``)."""
        return {
            "schema_version": SCHEMA_VERSION,
            "id": self.id,
            "line": self.line,
            "error": {
                "field": self.field,
                "column": self.column,
                "code": self.key,
                "message": self.text(lang),
            },
        }


def evaluate_lines(
    reg: Regulation | Callable[[date], Regulation],
    lines: Iterable[bytes | str],
    as_of: date | None = None,
    *,
    lang: Lang = "nl",
    calendar: LegalCalendar | None = None,
    engine: Engine | None = None,
    path: str = "-",
    first_line: int = 1,
) -> Iterator[Assessment | LineError]:
    """An assessment or a :class:`LineError` per non-blank line, in order, lazily.

    ``reg`` is one regulation, or a function that gives the version in force on the
    day a complaint was received (:class:`klachtregels.model.loader.InForce`).
    ``first_line`` is the number of the first of ``lines`` in its file (for a part of
    a file evaluated elsewhere); ``path`` names the file in errors.
    """
    return evaluate_numbered(
        reg,
        enumerate(lines, first_line),
        as_of,
        lang=lang,
        calendar=calendar,
        engine=engine,
        path=path,
    )


def is_blank(raw: bytes | str) -> bool:
    """Whether a line is blank: it gives no result (nor an error) in a batch."""
    return not raw or raw.isspace()


def evaluate_numbered(
    reg: Regulation | Callable[[date], Regulation],
    numbered: Iterable[tuple[int, bytes | str]],
    as_of: date | None = None,
    *,
    lang: Lang = "nl",
    calendar: LegalCalendar | None = None,
    engine: Engine | None = None,
    path: str = "-",
) -> Iterator[Assessment | LineError]:
    """:func:`evaluate_lines` over lines given with their numbers (line 1 is the file's
    first, which may begin with a byte order mark): lines of a file that need not follow
    each other, as a worker of ``check --jobs`` gets them. One result per line that is
    not blank (:func:`is_blank`)."""
    cal = calendar or default_calendar()
    evaluate = (engine or DEFAULT_ENGINE).evaluate
    # Complaint.model_validate_json without its two wrapping calls (each line takes it).
    validate = Complaint.__pydantic_validator__.validate_json
    for n, raw in numbered:
        if not raw or raw.isspace():  # is_blank, written out: each line takes it
            continue
        if n == 1 and isinstance(raw, bytes) and raw.startswith(_BOM):
            raw = raw[len(_BOM) :]
        if len(raw) > MAX_COMPLAINT_BYTES and len(raw.rstrip()) > MAX_COMPLAINT_BYTES:
            limit = {"limit": MAX_COMPLAINT_BYTES}
            yield LineError(path, n, None, None, None, "error.line_too_long", limit)
            continue
        try:
            complaint: Complaint = validate(raw)
        except ValidationError as e:
            yield line_error(raw, n, path, invalid(e))
            continue
        except ComplaintError as e:
            yield line_error(raw, n, path, e)
            continue
        try:
            version = reg if isinstance(reg, Regulation) else reg(complaint.received_on)
            yield evaluate(version, complaint, as_of, lang=lang, calendar=cal)
        except KlachtregelsError as e:
            key, params = e.detail()
            yield LineError(path, n, complaint.id, None, None, key, params)


def evaluate_partition(
    ref: str,
    rows: Iterable[Complaint | Mapping[str, Any]],
    first: int = 1,
    *,
    as_of: date | None = None,
    lang: Lang = "nl",
    path: Iterable[str] | None = None,
) -> list[dict[str, Any]]:
    """The JSON form of each row's result, in order: a function to map over the parts of
    a batch in worker processes (multiprocessing, Dask's ``map_partitions``, Spark's
    ``mapPartitions``). It takes and returns plain data, so it pickles cheaply; the
    regulation ``ref`` is loaded in the worker (once: :func:`klachtregels.load` caches).
    A row that fails gives an error record with ``line`` its number counted from
    ``first`` (``schemas/assessment.json``)."""
    from klachtregels.model.loader import load

    reg = load(ref, path=path)
    part = list(rows)
    out: list[dict[str, Any]] = []
    many = DEFAULT_ENGINE.evaluate_many(reg, part, as_of, lang=lang, on_error="yield")
    for n, (row, result) in enumerate(zip(part, many, strict=True), first):
        if isinstance(result, KlachtregelsError):
            key, params = result.detail()
            ident = row.id if isinstance(row, Complaint) else _case_id(row)
            field = getattr(result, "field", None) or None
            out.append(LineError("-", n, ident, field, None, key, params).model_dump(lang))
        else:
            out.append(result.model_dump(mode="json"))
    return out


def line_error(raw: bytes | str, n: int, path: str, error: ComplaintError) -> LineError:
    """The error of line ``n`` (``raw``), placed: the line is parsed again for positions.
    A line that is not UTF-8 says so, with the place of the first byte that is not."""
    try:
        text = (raw.decode("utf-8") if isinstance(raw, bytes) else raw).rstrip("\r\n")
    except UnicodeDecodeError as e:
        assert isinstance(raw, bytes)
        try:
            ident = _case_id(json.loads(raw.decode("utf-8", "replace")))
        except (ValueError, RecursionError):
            ident = None
        if ident is not None and "\ufffd" in ident:  # not the caller's id as written
            ident = None
        _, column = byte_place(raw, e.start)
        offset = {"offset": e.start}
        return LineError(path, n, ident, None, column, "error.line_not_utf8", offset)
    key, params = error.detail()
    if key == "error.json_syntax":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as e:
            return LineError(path, n, None, None, e.colno, key, {"problem": e.msg})
        except RecursionError:  # pragma: no cover - nesting deeper than the parser's stack
            data = None
        return LineError(path, n, _case_id(data), None, None, key, params)
    positions: dict[Any, tuple[int, int]] = {}
    data = None
    try:
        parsed = parse(text, path)
        data, positions = parsed.data, parsed.positions
    except (RegulationError, RecursionError):  # valid JSON that YAML reads otherwise
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            data = None
    placed = locate(Problem(error.field, key, params, error.loc), path, positions)
    return LineError(path, n, _case_id(data), error.field or None, placed.column, key, params)


def byte_place(raw: bytes, offset: int) -> tuple[int, int]:
    """The line and column (from 1, in characters) of byte ``offset`` of ``raw``."""
    before = raw[:offset]
    start_of_line = before.rfind(b"\n") + 1
    column = len(before[start_of_line:].decode("utf-8", "replace")) + 1
    return before.count(b"\n") + 1, column


def _case_id(data: object) -> str | None:
    if isinstance(data, dict):
        ident = data.get("id")
        if isinstance(ident, str) and len(ident) <= 200:
            return ident
    return None
