"""A complaint as it comes in: the facts the evaluator needs."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from klachtregels.errors import KlachtregelsError
from klachtregels.model.validation import problems
from klachtregels.model.vocabulary import Channel, Role

__all__ = ["ChannelName", "Complaint", "ComplaintError", "RoleName"]

ChannelName = Channel
RoleName = Role

ExtraValue = bool | int | str | date | None


class ComplaintError(KlachtregelsError, ValueError):
    """A complaint that is not valid: a field that is missing, unknown or of the wrong
    type, or facts that cannot be true together. Names the field (a dotted path) and
    says what was expected, in one sentence: ``str(e)`` Dutch, ``e.message("en")``.
    ``loc`` is the place in the document as keys and list indexes."""

    key = "error.complaint"

    def __init__(self, field: str, problem_key: str, **params: object) -> None:
        super().__init__(field, problem_key)
        self.field, self.problem_key, self._params = field, problem_key, params
        self.loc: tuple[str | int, ...] = (field,) if field else ()

    def params(self) -> dict[str, object]:
        return {"field": self.field, **self._params}

    def detail(self) -> tuple[str, dict[str, object]]:
        return self.problem_key, dict(self._params)

    def message(self, lang: Literal["nl", "en"] = "nl") -> str:
        from klachtregels.messages import render

        text = render(self.problem_key, lang, **self._params)
        return f"{self.field}: {text}" if self.field else text


class Complaint(BaseModel):
    """The facts of one complaint. Only ``received_on``, ``channel`` and
    ``complainant_role`` are required; every other fact is optional and unknown
    when absent."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str | None = Field(
        default=None,
        max_length=200,
        description="The case id in the caller's system (at most 200 characters); the "
        "result echoes it, so results can be matched to cases.",
    )
    received_on: date = Field(description="The day the provider received the complaint.")
    channel: ChannelName
    in_writing_on: date | None = Field(
        default=None,
        description="First day the complaint existed in writing; defaults to received_on when "
        "it came in through a channel the regulation counts as written (letter, e-mail and "
        "web form under the Wkkgz).",
    )
    anonymous: bool = False
    complainant_role: RoleName
    client_birth_date: date | None = None
    with_parent: bool = Field(default=False, description="A minor filing together with a parent.")
    event_on: date | None = Field(default=None, description="Day of the event complained of.")
    claims_damages: bool = False
    damage_known_on: date | None = Field(
        default=None, description="Day the damage and the liable person became known."
    )
    involuntary_care: bool = Field(default=False, description="A Wzd art. 55 matter.")
    concerns_other_provider: bool = False
    objects_to_forwarding: bool = False
    same_complaint_decided: bool = False
    same_complaint_pending: bool = False
    complaints_officer_involved: bool = False
    extension_notified_on: date | None = None
    judgment_on: date | None = None
    satisfied: bool | None = None
    withdrawn_on: date | None = None
    extra: dict[str, ExtraValue] = Field(
        default_factory=dict, description="Facts a regulation refers to as extra.<name>."
    )

    # Invalid input raises ComplaintError (not pydantic's ValidationError): the
    # catalogue's message for the first problem, with its field.
    def __init__(self, /, **data: Any) -> None:
        try:
            super().__init__(**data)
        except ValidationError as e:
            raise _invalid(e) from None

    # Validation does not call __init__ (as pydantic's RootModel does): it is not a
    # custom init, only this error translation.
    __init__.__pydantic_base_init__ = True  # type: ignore[attr-defined]

    @classmethod
    def model_validate(cls, obj: Any, **kwargs: Any) -> Self:
        try:
            return super().model_validate(obj, **kwargs)
        except ValidationError as e:
            raise _invalid(e) from None

    @classmethod
    def model_validate_json(cls, json_data: str | bytes | bytearray, **kwargs: Any) -> Self:
        try:
            return super().model_validate_json(json_data, **kwargs)
        except ValidationError as e:
            raise _invalid(e) from None

    @classmethod
    def model_validate_strings(cls, obj: Any, **kwargs: Any) -> Self:
        try:
            return super().model_validate_strings(obj, **kwargs)
        except ValidationError as e:
            raise _invalid(e) from None

    @field_validator("extra", mode="after")
    @classmethod
    def _extra_dates(cls, extra: dict[str, ExtraValue]) -> dict[str, ExtraValue]:
        """ISO dates in extra become dates, as they do from YAML (JSON has no dates)."""
        return {k: _as_date(v) for k, v in extra.items()}

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        received = self.received_on
        if self.client_birth_date is not None and self.client_birth_date > received:
            raise ComplaintError(
                "client_birth_date",
                "complaint.after_receipt",
                value=self.client_birth_date.isoformat(),
                received=received.isoformat(),
            )
        if self.event_on is not None and self.event_on > received:
            raise ComplaintError(
                "event_on",
                "complaint.after_receipt",
                value=self.event_on.isoformat(),
                received=received.isoformat(),
            )
        for name in ("judgment_on", "extension_notified_on", "withdrawn_on", "in_writing_on"):
            value: date | None = getattr(self, name)
            if value is not None and value < received:
                raise ComplaintError(
                    name,
                    "complaint.before_receipt",
                    value=value.isoformat(),
                    received=received.isoformat(),
                )
        return self

    def age_on(self, day: date) -> int | None:
        """The client's age in whole years on ``day``; a person turns 16 on their birthday.

        Someone born on 29 February has their birthday on 28 February in other years
        (reading taken: the day the month would overflow is the month's last day, as for
        terms in months and years).
        """
        b = self.client_birth_date
        if b is None:
            return None
        years = day.year - b.year
        birthday = _birthday(b, day.year)
        return years - 1 if day < birthday else years


def _invalid(err: ValidationError) -> ComplaintError:
    """The first problem of ``err`` as a ComplaintError (the original one when a
    consistency check raised it)."""
    first = problems(err, Complaint)[0]
    error = ComplaintError(first.field, first.key, **first.params)
    error.loc = first.at
    return error


def _as_date(value: ExtraValue) -> ExtraValue:
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return date.fromisoformat(value)
        except ValueError:
            return value
    return value


def _birthday(birth: date, year: int) -> date:
    try:
        return birth.replace(year=year)
    except ValueError:  # 29 February in a common year
        return date(year, 2, 28)
