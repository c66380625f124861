"""The history of a complaint: dated events with their form and content.

The law attaches conditions to the form and timing of acts (an extension is notified
in writing before the term expires, Wkkgz art. 17 lid 2; a withdrawal is made in
writing, Livio art. 9), which one date per fact cannot hold. An :class:`Event` records
what happened, when, how (``channel``: a letter and an e-mail are written, a phone call
is not) and what it said (``until``, ``term``, ``satisfied``, ``to``).

The complaint's flat date fields (``judgment_on``, ``withdrawn_on``, ...) are shorthand
for the simple case: an event of the same kind fills its field
(:data:`~klachtregels.model.vocabulary.EVENT_FIELDS`), a field without an event stands
for an event whose form is not known. Both for the same act must agree.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Self

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from klachtregels.errors import KlachtregelsError, echoed, escape_controls
from klachtregels.law.terms import Term
from klachtregels.messages import Lang, render
from klachtregels.model.vocabulary import Channel, EventKind, StepKind

__all__ = ["ComplaintError", "Day", "Event", "iso_day"]

_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def iso_day(value: object) -> object:
    """A day of a complaint: a ``date`` (from Python or a YAML date) or an ISO text
    ``YYYY-MM-DD``, nothing else: pydantic alone would read ``0`` or ``"0"`` as 1 January
    1970 (a Unix time). A datetime is left to pydantic (it takes only midnight)."""
    if isinstance(value, date):
        return value
    if isinstance(value, str) and _ISO_DAY.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise PydanticCustomError("date_parsing", "not a real date") from None
    raise PydanticCustomError("date_type", "Input should be a valid date")


#: A complaint's day: ISO text or a date, never a number.
Day = Annotated[date, BeforeValidator(iso_day)]


class ComplaintError(KlachtregelsError, ValueError):
    """A complaint that is not valid: a field that is missing, unknown or of the wrong
    type, or facts that cannot be true together. Names the field (a dotted path) and
    says what was expected, in one sentence: ``str(e)`` Dutch, ``e.message("en")``.
    ``loc`` is the place in the document as keys and list indexes."""

    def __init__(self, field: str, problem_key: str, **params: object) -> None:
        super().__init__(field, problem_key)
        self.field, self.problem_key, self._params = field, problem_key, params
        self.loc: tuple[str | int, ...] = (field,) if field else ()

    def params(self) -> dict[str, object]:
        return {"field": self.field, **self._params}

    def detail(self) -> tuple[str, dict[str, object]]:
        return self.problem_key, dict(self._params)

    def message(self, lang: Lang = "nl") -> str:
        text = render(self.problem_key, lang, **echoed(self._params))
        return f"{escape_controls(self.field)}: {text}" if self.field else text


#: Which kinds of event may say what (every event has ``kind``, ``on``, ``channel``).
_CONTENT: dict[str, frozenset[str]] = {
    "to": frozenset({"filed"}),
    "until": frozenset({"extension_notice", "extension_consent"}),
    "term": frozenset({"extension_notice"}),
    "satisfied": frozenset({"judgment"}),
}


class Event(BaseModel):
    """One dated act in the history of a complaint."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: EventKind
    on: Day = Field(description="The day it happened (or, for a notice, was given).")
    channel: Channel | None = Field(
        default=None,
        description="How it was given: a letter, e-mail or web form is in writing; a phone "
        "call or a conversation is not. Unknown when absent.",
    )
    to: StepKind | None = Field(
        default=None, description="For 'filed': the step the complaint was addressed to."
    )
    until: Day | None = Field(
        default=None,
        description="For an extension notice: the new last day it states; for consent to a "
        "further extension: the day agreed.",
    )
    term: Term | None = Field(
        default=None, description="For an extension notice: the extension it states."
    )
    satisfied: bool | None = Field(
        default=None, description="For a judgment: whether it resolved the complaint."
    )

    @model_validator(mode="after")
    def _content_fits_the_kind(self) -> Self:
        for name, kinds in _CONTENT.items():
            if getattr(self, name) is not None and self.kind not in kinds:
                raise ComplaintError(
                    name, "complaint.event_content", kind=self.kind, kinds=", ".join(sorted(kinds))
                )
        if self.kind == "extension_consent" and self.until is None:
            raise ComplaintError("until", "complaint.consent_needs_until")
        if self.kind == "filed" and self.to is None:
            raise ComplaintError("to", "complaint.filed_needs_to")
        if self.until is not None and self.until < self.on:
            raise ComplaintError("until", "complaint.until_before_on", until=self.until.isoformat())
        return self
