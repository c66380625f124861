"""The JSON endpoints, under ``/v1``.

``POST /v1/regulations/{id}/evaluate`` answers exactly ``Assessment.model_dump(mode="json")``
(what ``klachtregels check --format json`` prints), written by the batch writer
(:class:`~klachtregels.engine.writer.JsonWriter`, equal to ``json.dumps`` of it).
``evaluate-batch`` takes a JSON array or JSON Lines and answers in the same form, an
error record in a bad complaint's place, as ``check --format jsonl`` writes them.
The language of the texts is ``?lang=``, else ``Accept-Language``, else Dutch.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

from klachtregels.engine.assessment import Assessment
from klachtregels.engine.batch import LineError, byte_place, evaluate_lines
from klachtregels.engine.evaluate import DEFAULT_ENGINE
from klachtregels.engine.writer import JsonWriter, dumps
from klachtregels.errors import DateOutOfRangeError, RegulationError, TermSyntaxError
from klachtregels.law.calendar import DecreeDays, LegalCalendar, default_calendar
from klachtregels.law.terms import due_date, parse_term
from klachtregels.messages import Lang
from klachtregels.model.complaint import Complaint, ComplaintError
from klachtregels.model.loader import InForce, UnknownRegulationError, load, regulations
from klachtregels.model.regulation import SECTIONS, Regulation
from klachtregels.model.validation import Problem, locate
from klachtregels.model.yamlsafe import parse
from klachtregels.service.errors import ApiError, lang_of

__all__ = ["MAX_BATCH", "Settings", "router"]

#: The most complaints one batch request may hold.
MAX_BATCH = 10_000
_ID = re.compile(r"^[a-z][a-z0-9-]{0,63}$")
_LINES_TYPES = ("ndjson", "jsonl", "json-seq", "jsonlines")


#: How long a loaded regulation is served before its files are looked at again (seconds).
FRESH = 1.0


@dataclass(frozen=True)
class Settings:
    """Where the service finds regulations: one's own folders, and whether they shadow."""

    dirs: tuple[str, ...] = ()
    shadow: bool = False
    #: (id, on) -> (when it was loaded, by the monotonic clock; the regulation).
    recent: dict[tuple[str, date | None], tuple[float, Regulation]] = field(
        default_factory=dict, compare=False, repr=False
    )
    #: id -> (when its versions were listed; the versions), fresh as ``recent``.
    listed: dict[str, tuple[float, InForce]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def regulation(self, ref: str, on: date | None = None) -> Regulation:
        """The regulation with id ``ref`` (never a path: an id is letters, digits, -).

        :func:`~klachtregels.model.loader.load` caches, but checks on every call that no
        file it read changed (reading them again, a quarter of a millisecond); here that
        check is made at most once per :data:`FRESH` seconds per regulation and date, so
        a changed file is served within a second."""
        hit = self.recent.get((ref, on))
        now = time.monotonic()
        if hit is not None and now - hit[0] < FRESH:
            return hit[1]
        if not _ID.match(ref):
            known = regulations(path=self.dirs, shadow=self.shadow)
            raise UnknownRegulationError(ref, sorted(known))
        reg = load(ref, on=on, path=self.dirs, shadow=self.shadow)
        if len(self.recent) >= 256:
            self.recent.clear()
        self.recent[(ref, on)] = (now, reg)
        return reg

    def on_day(self, ref: str, on: date | None, day: date) -> Regulation:
        """The version ``on`` names, or else the version in force on ``day`` (the day the
        complaint was received), as ``klachtregels check <id>`` takes it."""
        if on is not None:
            return self.regulation(ref, on)
        hit = self.listed.get(ref)
        now = time.monotonic()
        if hit is None or now - hit[0] >= FRESH:
            self.regulation(ref)  # an unknown or malformed id is refused here
            if len(self.listed) >= 256:
                self.listed.clear()
            hit = self.listed[ref] = (now, InForce(ref, path=self.dirs, shadow=self.shadow))
        return self.regulation(ref, hit[1].version_on(day).valid_from)


def settings(request: Request) -> Settings:
    found: Settings = request.app.state.settings
    return found


# ------------------------------------------------------------------ schemas for OpenAPI


class ErrorDetail(BaseModel):
    code: str
    field: str | None
    message: str
    line: int | None = None
    column: int | None = None
    known: list[str] | None = None


class ErrorOut(BaseModel):
    """Every error answer: the catalogue's key, the field, one sentence."""

    error: ErrorDetail


class VersionOut(BaseModel):
    version: str
    valid_from: date
    valid_until: date | None


class RegulationOut(BaseModel):
    id: str
    name: str
    law: str | None
    versions: list[VersionOut]


class RegulationList(BaseModel):
    regulations: list[RegulationOut]


class ReasonOut(BaseModel):
    code: str
    article: str | None
    text: str


class WarningOut(BaseModel):
    code: str
    text: str


class DeadlineOut(BaseModel):
    """As ``klachtregels deadline --json`` prints it."""

    term: str
    start: date
    backward: bool
    plain: date
    due: date
    atw_applied: bool
    atw_extended: bool
    reasons: list[ReasonOut]
    warnings: list[WarningOut]


class Holiday(BaseModel):
    date: date
    name: str


class DecreeDay(BaseModel):
    date: date
    decree: str


class CalendarYear(BaseModel):
    year: int
    holidays: list[Holiday]
    decree_days: list[DecreeDay]
    #: Whether the decree days (Atw art. 3 lid 3) of the year are known.
    decree_days_known: bool


_ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorOut, "description": "Unknown regulation (with the known ids)"},
    413: {"model": ErrorOut, "description": "Body over 1 MiB, or a batch over its count"},
    422: {"model": ErrorOut, "description": "Bad input: the field and one sentence"},
    500: {"model": ErrorOut, "description": "Internal error (its kind only)"},
}
LangParam = Annotated[
    Literal["nl", "en"] | None,
    Query(description="Language of the texts; default: Accept-Language, else nl"),
]
AsOf = Annotated[date | None, Query(description="The day to judge deadlines on")]
On = Annotated[date | None, Query(description="Use the version in force on this day")]
EvalOn = Annotated[
    date | None,
    Query(
        description="Use the version in force on this day for every complaint (default: "
        "the version in force on the day each complaint was received)"
    ),
]
RegulationId = Annotated[str, Path(description="A regulation's id, e.g. livio")]

router = APIRouter(prefix="/v1", responses=_ERRORS)


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _body(schema: dict[str, Any], lines: bool = False) -> dict[str, Any]:
    content: dict[str, Any] = {"application/json": {"schema": schema}}
    if lines:
        content["application/x-ndjson"] = {"schema": {"type": "string"}}
    return {"requestBody": {"required": True, "content": content}}


# ------------------------------------------------------------------ regulations


@router.get(
    "/regulations",
    response_model=RegulationList,
    summary="The regulations found",
    tags=["regulations"],
)
def list_regulations(request: Request) -> dict[str, Any]:
    s = settings(request)
    out = []
    for ident, versions in regulations(path=s.dirs, shadow=s.shadow).items():
        regs = [s.regulation(ident, v.valid_from) for v in versions]
        rows = [
            {"version": r.version, "valid_from": v.valid_from, "valid_until": v.valid_until}
            for r, v in zip(regs, versions, strict=True)
        ]
        out.append({"id": ident, "name": regs[-1].name, "law": regs[-1].law, "versions": rows})
    return {"regulations": out}


@router.get(
    "/regulations/{regulation_id}",
    summary="The effective rules of a regulation, each with its origin",
    tags=["regulations"],
    responses={200: {"content": {"application/json": {"schema": _ref("Regulation")}}}},
)
def effective_rules(request: Request, regulation_id: RegulationId, on: On = None) -> Any:
    reg = settings(request).regulation(regulation_id, on)
    data = reg.model_dump(mode="json", by_alias=True)
    data["origins"] = {
        section: {rule_id: reg.origin(section, rule_id) for rule_id in getattr(reg, section)}
        for section in SECTIONS
    }
    return data


# ------------------------------------------------------------------ evaluation


@cache
def _writer(lang: Lang) -> JsonWriter:
    """One writer per language for single evaluations (used on the event loop only)."""
    return JsonWriter()


def _utf8(body: bytes) -> str:
    """The body as text; a 422 for one that is not UTF-8, with the line and column of its
    first byte that is not (a JSON parser would call it "invalid unicode code point")."""
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as e:
        line, column = byte_place(body, e.start)
        extra = {"line": line, "column": column}
        raise ApiError(422, "service.body_not_utf8", {"offset": e.start}, extra=extra) from None


def complaint_from(body: bytes) -> Complaint:
    """A complaint from a JSON body; a bad one is a 422 naming field, line and column."""
    try:
        return Complaint.model_validate_json(body)
    except ComplaintError as e:
        key, params = e.detail()
        text = _utf8(body)
        line: int | None = None
        column: int | None = None
        if key == "error.json_syntax":
            try:
                json.loads(text)
            except json.JSONDecodeError as j:
                line, column, params = j.lineno, j.colno, {"problem": j.msg}
            except RecursionError:  # pragma: no cover - nesting deeper than the stack
                pass
        else:
            positions: dict[Any, tuple[int, int]] = {}
            try:
                positions = parse(text, "-").positions
            except (RegulationError, RecursionError):  # valid JSON that YAML reads otherwise
                positions = {}
            placed = locate(Problem(e.field, key, params, e.loc), "-", positions)
            line, column = placed.line, placed.column
        extra = {"line": line, "column": column}
        raise ApiError(422, key, params, field=e.field or None, extra=extra) from None


def _language(request: Request, lang: Lang | None) -> Lang:
    return lang or lang_of(request)


@router.post(
    "/regulations/{regulation_id}/evaluate",
    tags=["evaluation"],
    summary="Evaluate one complaint: exactly what `klachtregels check --format json` prints",
    openapi_extra=_body(_ref("Complaint")),
    responses={200: {"content": {"application/json": {"schema": _ref("Assessment")}}}},
)
async def evaluate(
    request: Request,
    regulation_id: RegulationId,
    as_of: AsOf = None,
    on: EvalOn = None,
    lang: LangParam = None,
) -> Response:
    language = _language(request, lang)
    s = settings(request)
    s.regulation(regulation_id, on)  # an unknown id is a 404 before the body is read
    complaint = complaint_from(await request.body())
    reg = s.on_day(regulation_id, on, complaint.received_on)
    a = DEFAULT_ENGINE.evaluate(reg, complaint, as_of, lang=language)
    headers = {"content-language": language, "vary": "Accept-Language"}
    return Response(_writer(language).encoded(a), media_type="application/json", headers=headers)


def _records(results: list[Assessment | LineError], lang: Lang) -> tuple[list[bytes], int]:
    writer, out, failed = JsonWriter(), [], 0
    for r in results:
        if isinstance(r, LineError):
            failed += 1
            out.append(dumps(r.model_dump(lang)).encode())
        else:
            out.append(writer.encoded(r))
    return out, failed


def _run_batch(
    reg: Callable[[date], Regulation],
    lines: list[bytes],
    as_of: date | None,
    lang: Lang,
    array: bool,
) -> tuple[bytes, int]:
    results = list(evaluate_lines(reg, lines, as_of, lang=lang))
    if array:  # positions in re-encoded items mean nothing to the caller
        results = [
            LineError(r.path, r.line, r.id, r.field, None, r.key, r.params)
            if isinstance(r, LineError)
            else r
            for r in results
        ]
    records, failed = _records(results, lang)
    if array:
        return b"[" + b", ".join(records) + b"]", failed
    return b"".join(r + b"\n" for r in records), failed


def _batch_lines(body: bytes, content_type: str) -> tuple[list[bytes], bool]:
    """The complaints of a batch as JSON lines, and whether they came as an array."""
    lines_type = any(t in content_type for t in _LINES_TYPES)
    if lines_type or not body.lstrip().startswith(b"["):
        return body.split(b"\n"), False
    text = _utf8(body)  # json.loads would take bytes with NUL bytes for UTF-16
    try:
        items = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as e:
        problem = getattr(e, "msg", type(e).__name__)
        extra = {"line": getattr(e, "lineno", None), "column": getattr(e, "colno", None)}
        raise ApiError(422, "service.batch_syntax", {"problem": problem}, extra=extra) from None
    if not isinstance(items, list):  # pragma: no cover - a body starting with [ is a list
        items = [items]
    return [json.dumps(item, ensure_ascii=False).encode() for item in items], True


@router.post(
    "/regulations/{regulation_id}/evaluate-batch",
    tags=["evaluation"],
    summary=f"Evaluate up to {MAX_BATCH:,} complaints (a JSON array or JSON Lines)",
    description="A bad complaint costs only itself: an error record takes its place, as "
    "`klachtregels check --format jsonl` writes it; `line` counts the lines of JSON Lines "
    "or the items of an array from 1. The answer has the form of the request; the header "
    "X-Klachtregels-Failed says how many failed.",
    openapi_extra=_body({"type": "array", "items": _ref("Complaint")}, lines=True),
    responses={
        200: {
            "content": {
                "application/json": {"schema": {"type": "array", "items": _ref("Record")}},
                "application/x-ndjson": {"schema": {"type": "string"}},
            }
        }
    },
)
async def evaluate_batch(
    request: Request,
    regulation_id: RegulationId,
    as_of: AsOf = None,
    on: EvalOn = None,
    lang: LangParam = None,
) -> Response:
    language = _language(request, lang)
    s = settings(request)
    s.regulation(regulation_id, on)  # an unknown id is a 404 before the body is read

    def reg(day: date) -> Regulation:
        return s.on_day(regulation_id, on, day)

    body = await request.body()
    lines, array = _batch_lines(body, request.headers.get("content-type", ""))
    count = sum(1 for line in lines if line.strip())
    if count > MAX_BATCH:
        raise ApiError(413, "service.too_many", {"count": count, "limit": MAX_BATCH})
    text, failed = await run_in_threadpool(_run_batch, reg, lines, as_of, language, array)
    media = "application/json" if array else "application/x-ndjson"
    headers = {"x-klachtregels-failed": str(failed), "content-language": language}
    return Response(text, media_type=media, headers=headers)


# ------------------------------------------------------------------ dates


@cache
def _calendar(decree_days: str) -> LegalCalendar:
    if decree_days == DecreeDays.WORKING.value:
        return default_calendar()
    return LegalCalendar(decree_days=DecreeDays(decree_days))


@router.get(
    "/deadline",
    response_model=DeadlineOut,
    tags=["dates"],
    summary="The due date of a term, with the reasoning (as `klachtregels deadline --json`)",
)
def deadline(
    request: Request,
    start: Annotated[date, Query(description="The day of the event (day 0)")],
    term: Annotated[str, Query(description="The term as written: '5 werkdagen', 'zes weken'")],
    atw: Annotated[bool, Query(description="Apply Atw art. 1 and 2 where art. 4 allows")] = False,
    backward: Annotated[bool, Query(description="Count back from start")] = False,
    decree_days: Annotated[
        Literal["working", "closed"],
        Query(description="Whether Atw art. 3(3) decree days are working days"),
    ] = "working",
    lang: LangParam = None,
) -> dict[str, object]:
    language = _language(request, lang)
    try:
        parsed = parse_term(term)
    except TermSyntaxError as e:
        raise ApiError(422, *e.detail(), field="term") from None
    cal = _calendar(decree_days)
    try:
        result = due_date(parsed, start, atw=atw, backward=backward, calendar=cal)
    except DateOutOfRangeError as e:
        raise ApiError(422, *e.detail(), field="start") from None
    return result.to_json(language)


@router.get(
    "/calendar/{year}",
    response_model=CalendarYear,
    tags=["dates"],
    summary="The holidays (Atw art. 3) and decree days of a year",
)
def calendar_year(
    year: Annotated[int, Path(description="A year from 1965 to 2100")],
) -> dict[str, object]:
    cal = default_calendar()
    try:
        holidays = cal.holidays(year)
        decreed = cal.decree_days_in(year)
    except DateOutOfRangeError as e:
        raise ApiError(422, *e.detail(), field="year") from None
    return {
        "year": year,
        "holidays": [{"date": d, "name": n} for d, n in holidays.items()],
        "decree_days": [{"date": d, "decree": t} for d, t in decreed.items()],
        "decree_days_known": year in cal.decree_years,
    }
