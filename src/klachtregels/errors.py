"""The library's exceptions.

Each subclasses the matching built-in (``ValueError``, ``LookupError``) so that
callers who catch the built-in keep working, and carries its data as attributes
so that callers never have to parse a message. ``str(error)`` is Dutch;
``error.message("en")`` gives English.
"""

from __future__ import annotations

from datetime import date

from klachtregels.messages import Lang, render

__all__ = [
    "DateOutOfRangeError",
    "FormatRuleError",
    "KlachtregelsError",
    "RegulationError",
    "TermSyntaxError",
]


class KlachtregelsError(Exception):
    """Base class of every error this library raises on purpose."""

    key: str = ""

    def params(self) -> dict[str, object]:
        return {}

    def message(self, lang: Lang = "nl") -> str:
        return render(self.key, lang, **self.params())

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
        where = self.path
        if self.line is not None:
            where += f":{self.line}:{self.column}"
        field = f" {self.field}:" if self.field else ""
        return f"{where}:{field} {render(self.what_key, lang, **self.what)}"
