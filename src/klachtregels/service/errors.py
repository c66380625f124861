"""What the service answers when something is wrong: one JSON shape, one sentence, no trace.

Every error is ``{"error": {"code": ..., "field": ..., "message": ...}}`` (with more
keys where they help: ``line`` and ``column`` in a complaint, ``known`` ids for an
unknown regulation). ``code`` is the message's key in the catalogue, ``message`` the
sentence the command line prints (``field: what was expected``), in Dutch or English:
the ``lang`` query parameter, else the request's ``Accept-Language``, else Dutch.

Status codes: 404 an unknown regulation or page, 405 a method a path does not take,
413 a body over the limit or a batch over its count, 422 bad input, 500 anything
else. A 500 names only the kind of the error (``RuntimeError``); the server's log says
where it happened, without the exception's text (which could quote a complaint).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from klachtregels.errors import KlachtregelsError
from klachtregels.messages import LANGUAGES, Lang, render
from klachtregels.model.catalog import NotAFolderError, ShadowError
from klachtregels.model.loader import (
    NoVersionInForceError,
    RegulationError,
    UnknownRegulationError,
)

__all__ = [
    "ApiError",
    "BodyTooLargeError",
    "error_body",
    "install",
    "lang_of",
    "preferred_language",
    "where",
]

log = logging.getLogger("klachtregels.service")


class ApiError(Exception):
    """An answer other than 200: its status, message key and parameters, and field."""

    def __init__(
        self,
        status: int,
        key: str,
        params: Mapping[str, object] | None = None,
        *,
        field: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(key)
        self.status, self.key, self.params = status, key, dict(params or {})
        self.field, self.extra = field, dict(extra or {})


class BodyTooLargeError(Exception):
    """The request's body passed the limit while it was read."""

    def __init__(self, limit: int) -> None:
        super().__init__(limit)
        self.limit = limit


def preferred_language(header: str | None) -> Lang:
    """The first of nl and en by the weights of an ``Accept-Language`` header; nl if none."""
    best: tuple[float, int, Lang] | None = None
    for n, part in enumerate((header or "").split(",")):
        tag, _, rest = part.strip().partition(";")
        weight = 1.0
        if rest.strip().startswith("q="):
            try:
                weight = float(rest.strip()[2:])
            except ValueError:
                continue
        primary = tag.strip().lower().split("-")[0]
        for lang in LANGUAGES:
            if primary == lang and weight > 0 and (best is None or (weight, -n) > best[:2]):
                best = (weight, -n, lang)
    return best[2] if best else "nl"


def lang_of(request: Request) -> Lang:
    """The language of the answer: ``?lang=``, else ``Accept-Language``, else Dutch."""
    asked = request.query_params.get("lang")
    for lang in LANGUAGES:
        if asked == lang:
            return lang
    return preferred_language(request.headers.get("accept-language"))


def error_body(
    key: str,
    params: Mapping[str, object],
    lang: Lang,
    field: str | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """``{"error": {"code", "field", "message", ...}}``; the message names the field."""
    text = render(key, lang, **params)
    message = f"{field}: {text}" if field else text
    return {"error": {"code": key, "field": field, "message": message, **extra}}


def _answer(status: int, body: dict[str, Any], headers: Mapping[str, str] | None = None) -> Any:
    return JSONResponse(body, status_code=status, headers=dict(headers or {}))


def where(exc: BaseException) -> str:
    """``routes.py:123 in evaluate``: where ``exc`` was raised, and (after ``via``) the
    innermost frame of the package's own code, if that is elsewhere; never its text."""
    frames = []
    tb = exc.__traceback__
    while tb is not None:
        frames.append((tb.tb_frame.f_code, tb.tb_lineno))
        tb = tb.tb_next
    if not frames:
        return "?"

    def place(code: Any, line: int) -> str:
        return (
            f"{code.co_filename.replace(chr(92), '/').rsplit('/', 1)[-1]}:{line} in {code.co_name}"
        )

    raised = place(*frames[-1])
    own = [
        (c, n)
        for c, n in frames
        if "/klachtregels/" in c.co_filename.replace("\\", "/")
        and not c.co_filename.endswith(("service/log.py", "service/errors.py"))
    ]
    via = place(*own[-1]) if own and own[-1] != frames[-1] else ""
    return f"{raised} via {via}" if via else raised


async def _api_error(request: Request, exc: Exception) -> Any:
    assert isinstance(exc, ApiError)
    body = error_body(exc.key, exc.params, lang_of(request), exc.field, **exc.extra)
    return _answer(exc.status, body)


async def _library_error(request: Request, exc: Exception) -> Any:
    """A :class:`KlachtregelsError` a route did not place: by its kind."""
    assert isinstance(exc, KlachtregelsError)
    lang = lang_of(request)
    key, params = exc.detail()
    if isinstance(exc, UnknownRegulationError):
        return _answer(404, error_body(key, params, lang, known=exc.known))
    if isinstance(exc, NoVersionInForceError):
        versions = [{"valid_from": v.valid_from.isoformat()} for v in exc.versions]
        return _answer(404, error_body(key, params, lang, versions=versions))
    if isinstance(exc, RegulationError | ShadowError | NotAFolderError):  # its own folders
        log.error("regulation error: %s", exc.message("en"))
        return _answer(500, {"error": {"code": key, "field": None, "message": exc.message(lang)}})
    if isinstance(exc, ValueError):
        field = getattr(exc, "field", None) or None
        return _answer(422, error_body(key, params, lang, field))
    return await _unexpected(request, exc)


#: Pydantic error types of query and path parameters, as the catalogue's keys.
_PARAM_KEYS = {
    "missing": "error.field_missing",
    "literal_error": "error.not_one_of",
    "enum": "error.not_one_of",
    "int_parsing": "error.expected_int",
    "int_type": "error.expected_int",
    "bool_parsing": "error.expected_bool",
    "bool_type": "error.expected_bool",
}
#: An example per parameter, for "required field missing; write e.g. ...".
PARAM_EXAMPLES = {
    "start": "start=2026-12-24",
    "term": "term=5%20werkdagen",
    "year": "2027",
    "as_of": "as_of=2027-01-05",
}


async def _request_error(request: Request, exc: Exception) -> Any:
    """A query or path parameter that is missing or of the wrong type (the first one)."""
    assert isinstance(exc, RequestValidationError)
    lang = lang_of(request)
    first: dict[str, Any] = dict(exc.errors()[0]) if exc.errors() else {}
    loc = [str(p) for p in first.get("loc", ())]
    field = loc[-1] if loc else None
    kind = str(first.get("type", ""))
    value = first.get("input")
    key = "error.not_a_date" if kind.startswith("date") else _PARAM_KEYS.get(kind, "")
    params: dict[str, object]
    if key == "error.not_a_date":
        params = {"text": str(value)}
    elif key == "error.field_missing":
        params = {"example": PARAM_EXAMPLES.get(field or "", "-")}
    elif key == "error.not_one_of":
        expected = str((first.get("ctx") or {}).get("expected", "?")).replace(" or ", ", ")
        params = {"value": value, "expected": expected}
    elif key:
        params = {"value": repr(value)}
    else:
        key, params = "error.invalid_value_plain", {"value": repr(value), "problem": kind}
    return _answer(422, error_body(key, params, lang, field))


async def _http_error(request: Request, exc: Exception) -> Any:
    assert isinstance(exc, HTTPException)
    lang = lang_of(request)
    path = request.url.path
    if exc.status_code == 404:
        return _answer(404, error_body("service.not_found", {"path": path}, lang))
    if exc.status_code == 405:
        allowed = next((v for k, v in (exc.headers or {}).items() if k.lower() == "allow"), "")
        params = {"method": request.method, "path": path, "allowed": allowed or "-"}
        return _answer(405, error_body("service.method_not_allowed", params, lang), exc.headers)
    params = {"problem": f"HTTP {exc.status_code}"}
    return _answer(exc.status_code, error_body("service.bad_request", params, lang), exc.headers)


async def _too_large(request: Request, exc: Exception) -> Any:
    assert isinstance(exc, BodyTooLargeError)
    body = error_body("service.body_too_large", {"limit": exc.limit}, lang_of(request))
    return _answer(413, body, {"connection": "close"})


async def _unexpected(request: Request, exc: Exception) -> Any:
    """Anything else: 500, naming the kind of error only; the log says where."""
    kind = type(exc).__name__
    log.error("%s %s: unexpected %s at %s", request.method, request.url.path, kind, where(exc))
    return _answer(500, error_body("service.internal", {"kind": kind}, lang_of(request)))


def install(app: FastAPI) -> None:
    """The handlers above, on ``app``."""
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(KlachtregelsError, _library_error)
    app.add_exception_handler(RequestValidationError, _request_error)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(BodyTooLargeError, _too_large)
    app.add_exception_handler(Exception, _unexpected)
