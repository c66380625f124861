"""The guard around every request: the body limit, the access log, the last catch.

:class:`Guard` is plain ASGI middleware:

* a body over :data:`MAX_BODY` bytes is refused with 413: at once when
  ``Content-Length`` says so, and otherwise while it is read (the count passes the
  limit: reading stops there; nothing more is buffered);
* each request gives one line in the log ``klachtregels.service.access``: method,
  path (without the query), status and duration. Never a header, a query or a body:
  no value of a complaint reaches the log;
* an exception that no handler answered gives a 500 in the JSON of every error, naming
  only its kind; the log says where it happened, not what it said.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from starlette.requests import Request

from klachtregels.service.errors import BodyTooLargeError, error_body, lang_of, where

__all__ = ["MAX_BODY", "Guard", "access_log"]

#: The largest request body taken, in bytes (1 MiB).
MAX_BODY = 1024 * 1024

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]

access_log = logging.getLogger("klachtregels.service.access")
_log = logging.getLogger("klachtregels.service")


def _declared_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


async def _json(send: Send, status: int, body: dict[str, Any]) -> None:
    from klachtregels.engine.writer import dumps

    data = dumps(body).encode()
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(data)).encode()),
    ]
    if status == 413:
        headers.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": data})


class Guard:
    """The body limit, the access log and the last catch around ``app`` (see module)."""

    def __init__(self, app: App, limit: int = MAX_BODY) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 0

        async def sending(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self._guarded(scope, receive, sending)
        except Exception as exc:
            kind = type(exc).__name__
            method, path = scope.get("method"), scope.get("path")
            _log.error("%s %s: unexpected %s at %s", method, path, kind, where(exc))
            if status == 0:
                lang = lang_of(Request(scope))
                await _json(sending, 500, error_body("service.internal", {"kind": kind}, lang))
        finally:
            ms = (time.perf_counter() - started) * 1000
            access_log.info("%s %s %d %.1fms", scope.get("method"), scope.get("path"), status, ms)

    async def _guarded(self, scope: Scope, receive: Receive, send: Send) -> None:
        limit = self.limit
        declared = _declared_length(scope)
        if declared is not None and declared > limit:
            lang = lang_of(Request(scope))
            await _json(send, 413, error_body("service.body_too_large", {"limit": limit}, lang))
            return
        received = 0

        async def receiving() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLargeError(limit)
            return message

        await self.app(scope, receiving, send)
