"""The library's exceptions.

Each subclasses the matching built-in (``ValueError``, ``LookupError``) so that
callers who catch the built-in keep working, and carries its data as attributes
so that callers never have to parse a message. ``str(error)`` is Dutch;
``error.message("en")`` gives English.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from klachtregels.messages import Lang, render

__all__ = [
    "ECHO_LIMIT",
    "DateOutOfRangeError",
    "FormatRuleError",
    "KlachtregelsError",
    "RegulationError",
    "TermSyntaxError",
    "echo",
    "echoed",
    "escape_controls",
    "not_utf8",
]

#: At most this many characters of a value given by the user are repeated in an error.
ECHO_LIMIT = 40
#: Message parameters that hold (part of) a value from the input, clipped by :func:`echo`.
_ECHOED = frozenset({"value", "text", "key", "near", "ref", "id", "base", "what", "got"})
#: Parameters that explain rather than repeat: escaped, and clipped further out.
_EXPLAINED = frozenset({"problem", "path", "folder", "other"})
_EXPLAIN_LIMIT = 160
#: Format characters that reorder or hide text on a terminal (bidi controls).
_BIDI = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _unsafe(ch: str, keep: str) -> bool:
    if ch in keep:
        return False
    return ch in _BIDI or unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp")


def escape_controls(text: str, keep: str = "") -> str:
    """``text`` with control characters, lone surrogates and bidi controls written as
    escapes (``\\x1b``, ``\\ud800``), so that no input can steer a terminal; characters
    in ``keep`` (such as a newline) stay."""
    if text.isprintable() and not any(ch in _BIDI for ch in text):
        return text
    return "".join(
        ch.encode("unicode_escape").decode("ascii") if _unsafe(ch, keep) else ch for ch in text
    )


class _Echo(str):
    """Text already escaped for a message: ``{value!r}`` quotes it without escaping again."""

    __slots__ = ()

    def __repr__(self) -> str:
        quote = '"' if "'" in self and '"' not in self else "'"
        return quote + self.replace(quote, "\\" + quote) + quote


def echo(value: object, limit: int = ECHO_LIMIT) -> str:
    """At most ``limit`` characters of ``value`` for a message, control characters
    escaped; a longer value ends in "...". The one place errors shorten what they repeat."""
    text = value if isinstance(value, str) else str(value)
    shown = escape_controls(text[: limit + 1])
    if len(text) > limit or len(shown) > limit:
        shown = shown[: limit - 3] + "..."
    return _Echo(shown)


def echoed(params: dict[str, object]) -> dict[str, object]:
    """Message parameters with the input's values clipped and escaped (see :func:`echo`)."""
    out = dict(params)
    for name, value in params.items():
        if name in _ECHOED and isinstance(value, str):
            out[name] = echo(value)
        elif name in _EXPLAINED and isinstance(value, str):
            out[name] = echo(value, _EXPLAIN_LIMIT)
    return out


#: Byte order marks of the encodings a file saved as "Unicode" may be in (the longer first).
_MARKS = (
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)


#: How text that begins with an ASCII character (``{``, a space) begins in UTF-16 or
#: UTF-32 without a byte order mark: NUL bytes beside it (the longer first). No UTF-8
#: JSON or YAML holds a NUL byte.
_UNMARKED = (
    (re.compile(rb"[\t\n\r\x20-\x7e]\x00\x00\x00"), "UTF-32"),
    (re.compile(rb"\x00\x00\x00[\t\n\r\x20-\x7e]"), "UTF-32"),
    (re.compile(rb"[\t\n\r\x20-\x7e]\x00"), "UTF-16"),
    (re.compile(rb"\x00[\t\n\r\x20-\x7e]"), "UTF-16"),
)


def not_utf8(head: bytes, offset: int) -> tuple[str, dict[str, object]]:
    """Why a file is not UTF-8, as a message key and its parameters: the encoding its
    byte order mark names (``head``: its first bytes), or that its first character
    looks like UTF-16 or UTF-32 without one, or ``offset``, the place of the first byte
    that is not UTF-8."""
    for mark, encoding in _MARKS:
        if head.startswith(mark):
            return "error.not_utf8_but", {"encoding": encoding}
    for pattern, encoding in _UNMARKED:
        if pattern.match(head):
            return "error.not_utf8_looks", {"encoding": encoding}
    return "error.not_utf8", {"offset": offset}


class KlachtregelsError(Exception):
    """Base class of every error this library raises on purpose."""

    key: str = ""

    def params(self) -> dict[str, object]:
        return {}

    def message(self, lang: Lang = "nl") -> str:
        return render(self.key, lang, **echoed(self.params()))

    def detail(self) -> tuple[str, dict[str, object]]:
        """Message key and parameters, for embedding this error in a located message."""
        return self.key, self.params()

    def __str__(self) -> str:
        return self.message("nl")


class DateOutOfRangeError(KlachtregelsError, ValueError):
    """A date lies outside the years the legal calendar supports."""

    def __init__(self, value: date, first: date, last: date, *, computed: bool = False) -> None:
        """``computed``: a result ran past the range; ``value`` is the first day outside it."""
        super().__init__(value, first, last)
        self.date, self.first, self.last = value, first, last
        self.key = "error.result_out_of_range" if computed else "error.date_out_of_range"

    def params(self) -> dict[str, object]:
        return {
            "date": self.date.isoformat(),
            "first": self.first.isoformat(),
            "last": self.last.isoformat(),
        }


class TermSyntaxError(KlachtregelsError, ValueError):
    """A text is not a term phrase such as ``'6 weken'`` or ``'5 werkdagen'``."""

    key = "error.not_a_term"

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text

    def params(self) -> dict[str, object]:
        return {"text": self.text}


class FormatRuleError(KlachtregelsError, ValueError):
    """A regulation breaks a rule of the format that one field's type cannot express."""

    def __init__(self, key: str, *, field: str | None = None, **params: object) -> None:
        """``field``: the field a cross-field rule is about, so errors can point at it."""
        super().__init__(key, params)
        self.key, self._params, self.field = key, params, field

    def params(self) -> dict[str, object]:
        return dict(self._params)


class RegulationError(KlachtregelsError, ValueError):
    """An input file is not valid: where, which field, what was expected.

    Raised for regulation files, and by the command line for complaint and scenario
    files too: ``path:line:column: field: what was expected``. ``line`` and ``column``
    are None when the place is not known.
    """

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

    def detail(self) -> tuple[str, dict[str, object]]:
        return self.what_key, dict(self.what)

    def message(self, lang: Lang = "nl") -> str:
        where = echo(self.path, _EXPLAIN_LIMIT)
        if self.line is not None:
            where += f":{self.line}:{self.column}"
        field = f" {escape_controls(self.field)}:" if self.field else ""
        return f"{where}:{field} {render(self.what_key, lang, **echoed(self.what))}"
