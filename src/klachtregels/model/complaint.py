"""A complaint as it comes in: the facts the evaluator needs, and its history.

The flat fields are the simple case; ``events`` (:mod:`klachtregels.model.history`)
say also how and what. Days given in ``extra`` under the names of the fields below
(``extra.acknowledged_on``, ``extra.first_contact_on``, ``extra.delay_notice_on``,
``extra.delay_reply_on``, ``extra.committee_judgment_on``, ``extra.measures_on``: the
names complaint files used before these were fields) count as those fields.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any, Self

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from klachtregels.model.history import ComplaintError, Day, Event
from klachtregels.model.validation import problems
from klachtregels.model.vocabulary import EVENT_FIELDS, Channel, DamageKind, Role, StepKind

__all__ = [
    "MAX_COMPLAINT_BYTES",
    "ChannelName",
    "Complaint",
    "ComplaintError",
    "Event",
    "RoleName",
    "invalid",
]

#: The largest complaint read, in bytes: a complaint file (YAML or JSON), standard input,
#: or one line of JSON Lines (1 MiB, as a regulation file and a request body).
MAX_COMPLAINT_BYTES = 1024 * 1024

ChannelName = Channel
RoleName = Role

ExtraValue = bool | int | str | date | None


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
    received_on: Day = Field(description="The day the provider received the complaint.")
    channel: ChannelName
    addressed_to: StepKind | None = Field(
        default=None,
        description="The step the complaint was addressed to when it came in, where that "
        "is not the provider's handling (e.g. complaints_officer for a request for "
        "mediation); its formal handling then starts with a 'filed' event.",
    )
    in_writing_on: Day | None = Field(
        default=None,
        description="First day the complaint existed in writing; defaults to received_on when "
        "it came in through a channel the regulation counts as written (letter, e-mail and "
        "web form under the Wkkgz).",
    )
    anonymous: bool = False
    complainant_role: RoleName
    client_birth_date: Day | None = None
    with_parent: bool = Field(default=False, description="A minor filing together with a parent.")
    event_on: Day | None = Field(default=None, description="Day of the event complained of.")
    claims_damages: bool = False
    damage_known_on: Day | None = Field(
        default=None, description="Day the damage and the liable person became known."
    )
    damage_kind: DamageKind | None = Field(
        default=None,
        description="The kind of damage claimed: personal_injury or death (BW 3:310 lid 5) "
        "or other.",
    )
    involuntary_care: bool = Field(default=False, description="A Wzd art. 55 matter.")
    concerns_other_provider: bool = False
    objects_to_forwarding: bool = False
    same_complaint_decided: bool = False
    same_complaint_pending: bool = False
    complaints_officer_involved: bool = False
    acknowledged_on: Day | None = None
    first_contact_on: Day | None = None
    extension_notified_on: Day | None = None
    delay_notice_on: Day | None = Field(
        default=None, description="Notice that the judgment is delayed beyond the extension."
    )
    delay_reply_on: Day | None = None
    judgment_on: Day | None = None
    satisfied: bool | None = None
    withdrawn_on: Day | None = None
    committee_judgment_on: Day | None = Field(
        default=None, description="The provider's receipt of the complaints committee's judgment."
    )
    measures_on: Day | None = None
    events: tuple[Event, ...] = Field(
        default=(), description="What happened to the complaint after it came in, dated."
    )
    extra: dict[str, ExtraValue] = Field(
        default_factory=dict, description="Facts a regulation refers to as extra.<name>."
    )

    # Invalid input raises ComplaintError (not pydantic's ValidationError): the
    # catalogue's message for the first problem, with its field.
    def __init__(self, /, **data: Any) -> None:
        try:
            super().__init__(**data)
        except ValidationError as e:
            raise invalid(e) from None

    # Validation does not call __init__ (as pydantic's RootModel does): it is not a
    # custom init, only this error translation.
    __init__.__pydantic_base_init__ = True  # type: ignore[attr-defined]

    @classmethod
    def model_validate(cls, obj: Any, **kwargs: Any) -> Self:
        try:
            return super().model_validate(obj, **kwargs)
        except ValidationError as e:
            raise invalid(e) from None

    @classmethod
    def model_validate_json(cls, json_data: str | bytes | bytearray, **kwargs: Any) -> Self:
        try:
            return super().model_validate_json(json_data, **kwargs)
        except ValidationError as e:
            raise invalid(e) from None

    @classmethod
    def model_validate_strings(cls, obj: Any, **kwargs: Any) -> Self:
        try:
            return super().model_validate_strings(obj, **kwargs)
        except ValidationError as e:
            raise invalid(e) from None

    @field_validator("extra", mode="after")
    @classmethod
    def _extra_dates(cls, extra: dict[str, ExtraValue]) -> dict[str, ExtraValue]:
        """ISO dates in extra become dates, as they do from YAML (JSON has no dates); a text
        written as a date that is no day (``2026-02-30``) is an error, as in YAML."""
        return {k: _as_date(k, v) for k, v in extra.items()}

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        received = self.received_on
        for n, e in enumerate(self.events):
            if e.on < received:
                raise ComplaintError(
                    f"events[{n}].on",
                    "complaint.before_receipt",
                    value=e.on.isoformat(),
                    received=received.isoformat(),
                )
        if self.events or (self.extra and not _LEGACY_EXTRA.isdisjoint(self.extra)):
            self._fold_history()
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
        fields = self.__dict__  # pydantic keeps the fields there; read without getattr
        for name in _AFTER_RECEIPT:
            value: date | None = fields[name]
            if value is not None and value < received:
                raise ComplaintError(
                    name,
                    "complaint.before_receipt",
                    value=value.isoformat(),
                    received=received.isoformat(),
                )
        return self

    def _fold_history(self) -> None:
        """Fill the date fields from the events and the legacy ``extra`` days, once, at
        validation: the fields and the events then say the same."""
        extra = dict(self.extra)
        for name in sorted(_LEGACY_EXTRA & extra.keys()):
            value = extra.pop(name)
            if not isinstance(value, date) or isinstance(value, datetime):
                raise ComplaintError(f"extra.{name}", "complaint.not_a_day", value=str(value))
            self._fill(name, value, f"extra.{name}")
        if len(extra) != len(self.extra):
            object.__setattr__(self, "extra", extra)
        notices = 0
        for e in sorted(self.events, key=lambda e: e.on):
            field = EVENT_FIELDS.get(e.kind)
            if e.kind == "extension_notice":
                notices += 1
                if notices > 1:
                    continue  # the field holds the first notice; the others stay events
            if field is not None:
                self._fill(field, e.on, f"events[{self.events.index(e)}].on")
            if e.kind == "judgment" and e.satisfied is not None:
                self._fill("satisfied", e.satisfied, "satisfied")

    def _fill(self, field: str, value: object, source: str) -> None:
        current = getattr(self, field)
        if current is None:
            object.__setattr__(self, field, value)
        elif current != value:
            raise ComplaintError(
                source, "complaint.event_conflict", other=field, value=str(current)
            )

    def event(self, kind: str) -> Event | None:
        """The first event of ``kind`` (by date), if any."""
        if not self.events:  # most complaints have none, and the evaluator asks often
            return None
        found = [e for e in self.events if e.kind == kind]
        return min(found, key=lambda e: e.on) if found else None

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


#: Day fields a complaint may give in ``extra`` (their names before they were fields).
_LEGACY_EXTRA = frozenset(
    {
        "acknowledged_on",
        "first_contact_on",
        "delay_notice_on",
        "delay_reply_on",
        "committee_judgment_on",
        "measures_on",
    }
)
#: Day fields that cannot lie before the receipt of the complaint.
_AFTER_RECEIPT = (
    "judgment_on",
    "extension_notified_on",
    "withdrawn_on",
    "in_writing_on",
    "acknowledged_on",
    "first_contact_on",
    "delay_notice_on",
    "delay_reply_on",
    "committee_judgment_on",
    "measures_on",
)


def invalid(err: ValidationError) -> ComplaintError:
    """The first problem of ``err`` as a ComplaintError (the original one when a
    consistency check raised it)."""
    first = problems(err, Complaint)[0]
    error = ComplaintError(first.field, first.key, **first.params)
    error.loc = first.at
    return error


def _as_date(key: str, value: ExtraValue) -> ExtraValue:
    if isinstance(value, str) and _ISO_DAY.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise ComplaintError(key, "complaint.not_a_day", value=value) from None
    return value


_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _birthday(birth: date, year: int) -> date:
    try:
        return birth.replace(year=year)
    except ValueError:  # 29 February in a common year
        return date(year, 2, 28)
