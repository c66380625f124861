"""The words of the format, defined once: roles, channels, steps, events, facts, terms.

Every part of the library reads what it knows about complaints from here: the models
(which ids a file may use), the loader (unknown ids, with the nearest known one), the
evaluator and the reference evaluator (what starts a term, what meets it, whose it is,
which findings block), the comparisons (which facts are always known, whose term gets
longer), and the presentation (the order of deadlines and steps). How each word reads
in Dutch and English is in the message catalogue, under the keys this module names
(:func:`label_key`); a test asserts that every word has its label in both languages.

Nothing here is a rule of a regulation: the rules, with their citations, are in the
YAML. This is what the rules are made of.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

__all__ = [
    "ACT_IDS",
    "BLOCKING_FINDINGS",
    "CHANNELS",
    "DAMAGE_KINDS",
    "DEADLINE_ORDER",
    "DERIVED_DAYS",
    "EVENT_FIELDS",
    "EVENT_KINDS",
    "FACTS",
    "GROUNDS",
    "LABELS",
    "ROLES",
    "ROLE_IS_A",
    "START_EVENTS",
    "STEPS",
    "STEP_KINDS",
    "TERM_IDS",
    "TERM_KINDS",
    "ActId",
    "BodyKind",
    "Channel",
    "DamageKind",
    "EventKind",
    "FactKind",
    "Ground",
    "Party",
    "Role",
    "StartEvent",
    "StepKind",
    "StepKindInfo",
    "TermId",
    "TermKind",
    "label_key",
    "nearest",
]

# ----------------------------------------------------------------- who and how

#: Who files a complaint (``complainant_role``), and whom a standing rule names. The
#: client is the person receiving care (Wkkgz art. 1), the youth (jeugdige) under the
#: Jeugdwet. ``parent`` is a parent with authority over a minor client, and with
#: ``guardian`` (voogd) and ``joint_authority`` (who shares authority with a parent without
#: being one) is a legal representative of the minor (BW 7:465 lid 1); the Jeugdwet names
#: them one by one (art. 4.2.1 lid 4), beside ``parent_without_authority`` and
#: ``foster_parent``. ``other`` is anyone else.
Role = Literal[
    "client",
    "legal_representative",
    "parent",
    "guardian",
    "joint_authority",
    "parent_without_authority",
    "foster_parent",
    "authorised_representative",
    "voluntary_agent",
    "surviving_relative",
    "refused_representative",
    "other",
]
ROLES: tuple[Role, ...] = Role.__args__  # type: ignore[attr-defined]

#: Roles that are a case of a broader one: a rule for the broader role covers them too
#: (a parent with authority, a guardian and a joint holder of authority are the legal
#: representatives of a minor, BW 7:465 lid 1; the Jeugdwet names them one by one).
ROLE_IS_A: Mapping[str, str] = MappingProxyType(
    {
        "parent": "legal_representative",
        "guardian": "legal_representative",
        "joint_authority": "legal_representative",
    }
)

#: How a complaint comes in.
Channel = Literal["letter", "email", "web_form", "phone", "in_person"]
CHANNELS: tuple[Channel, ...] = Channel.__args__  # type: ignore[attr-defined]

#: The kinds of organisation or office a complainant deals with.
BodyKind = Literal[
    "provider",
    "complaints_officer",
    "confidential_adviser",
    "complaints_committee",
    "disputes_body",
    "wzd_committee",
    "portal",
]

# ----------------------------------------------------------------- escalation

#: The steps of an escalation path, in their canonical order.
StepKind = Literal[
    "staff",
    "manager",
    "confidential_adviser",
    "complaints_officer",
    "provider",
    "complaints_committee",
    "disputes_body",
]
STEPS: tuple[StepKind, ...] = StepKind.__args__  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class StepKindInfo:
    """What a kind of step is, whatever a regulation says about when it is open."""

    id: StepKind
    #: An informal contact (talk, advice, mediation): the steps a complainant may take
    #: in any order, or skip, before or beside the formal handling.
    informal: bool


STEP_KINDS: Mapping[str, StepKindInfo] = MappingProxyType(
    {
        "staff": StepKindInfo("staff", informal=True),
        "manager": StepKindInfo("manager", informal=True),
        "confidential_adviser": StepKindInfo("confidential_adviser", informal=True),
        "complaints_officer": StepKindInfo("complaints_officer", informal=True),
        "provider": StepKindInfo("provider", informal=False),
        "complaints_committee": StepKindInfo("complaints_committee", informal=False),
        "disputes_body": StepKindInfo("disputes_body", informal=False),
    }
)

# ----------------------------------------------------------------- events that start terms

#: The events a term can run from. ``complaint``: the day the complaint became a
#: complaint in the regulation's sense (its ``acts.complaint`` rule: in writing, addressed
#: to the body that handles it); ``majority``: the client's eighteenth birthday.
StartEvent = Literal[
    "event",
    "receipt",
    "in_writing",
    "complaint",
    "judgment",
    "delay_notice",
    "committee_judgment",
    "damage_known",
    "majority",
]

#: Where a complaint records the day of each start event: a field of the complaint, or a
#: day the evaluator derives from it (:data:`DERIVED_DAYS`).
START_EVENTS: Mapping[str, str] = MappingProxyType(
    {
        "event": "event_on",
        "receipt": "receipt",
        "in_writing": "in_writing",
        "complaint": "complaint",
        "judgment": "judgment_on",
        "delay_notice": "delay_notice_on",
        "committee_judgment": "committee_judgment",
        "damage_known": "damage_known_on",
        "majority": "majority",
    }
)

#: The days the evaluator derives from a complaint and its regulation.
DERIVED_DAYS: Mapping[str, str] = MappingProxyType(
    {
        #: The day the provider's formal handling received the complaint: ``received_on``,
        #: or, when the complaint was first addressed to an informal step (``addressed_to``),
        #: the day of its ``filed`` event.
        "receipt": "received_on, or the filed event",
        #: The first day, from its receipt, the complaint exists in writing: ``in_writing_on``
        #: (or an ``in_writing`` event), else the day of receipt when it came in through a
        #: channel the regulation counts as written (``ChannelRule.written``).
        "in_writing": "in_writing_on, or receipt through a written channel",
        #: The complaint in the regulation's sense (``acts.complaint``): received, or in
        #: writing when the rule says ``form: in_writing``.
        "complaint": "receipt or in_writing, as acts.complaint says",
        #: The complaints committee's judgment: ``committee_judgment_on``, or ``judgment_on``
        #: where the committee is the step that gives the judgment.
        "committee_judgment": "committee_judgment_on, or judgment_on of a judging committee",
        #: The client's eighteenth birthday (from ``client_birth_date``).
        "majority": "client_birth_date + 18 years",
    }
)

# ----------------------------------------------------------------- the complaint's history

#: What can happen to a complaint after it comes in, each a dated event
#: (``Complaint.events``). Most have a date field of the complaint as shorthand.
EventKind = Literal[
    "filed",
    "in_writing",
    "acknowledgement",
    "first_contact",
    "extension_notice",
    "extension_consent",
    "delay_notice",
    "delay_reply",
    "judgment",
    "withdrawal",
    "committee_judgment",
    "measures",
    "informal_route_ended",
]
EVENT_KINDS: tuple[EventKind, ...] = EventKind.__args__  # type: ignore[attr-defined]

#: The complaint's date field each kind of event fills (the flat shorthand), if any.
EVENT_FIELDS: Mapping[str, str] = MappingProxyType(
    {
        "in_writing": "in_writing_on",
        "acknowledgement": "acknowledged_on",
        "first_contact": "first_contact_on",
        "extension_notice": "extension_notified_on",
        "delay_notice": "delay_notice_on",
        "delay_reply": "delay_reply_on",
        "judgment": "judgment_on",
        "withdrawal": "withdrawn_on",
        "committee_judgment": "committee_judgment_on",
        "measures": "measures_on",
    }
)

#: Acts a regulation may say something of (``acts``): what makes a complaint in its
#: sense, how a complaint is withdrawn, and whether the judgment may be delayed beyond
#: the extension with the complainant's consent (to the day agreed).
ActId = Literal["complaint", "withdrawal", "further_extension"]
ACT_IDS: tuple[ActId, ...] = ActId.__args__  # type: ignore[attr-defined]

#: The kind of damage a damages claim is about (BW 3:310 lid 5: injury or death).
DamageKind = Literal["personal_injury", "death", "other"]
DAMAGE_KINDS: tuple[DamageKind, ...] = DamageKind.__args__  # type: ignore[attr-defined]

# ----------------------------------------------------------------- facts

FactType = Literal["flag", "maybe", "derived"]


@dataclass(frozen=True, slots=True)
class FactKind:
    """A fact a condition may test (``{fact: satisfied, equals: false}``).

    ``flag``: a yes/no field of the complaint, no when absent (always known);
    ``maybe``: a yes/no field that may be unknown (absent), and then satisfies neither
    value; ``derived``: follows from the complaint's dates (always known), with the
    field it is derived from in ``source``.
    """

    name: str
    type: FactType
    source: str | None = None

    @property
    def always_known(self) -> bool:
        return self.type != "maybe"


FACTS: Mapping[str, FactKind] = MappingProxyType(
    {
        f.name: f
        for f in (
            FactKind("anonymous", "flag"),
            FactKind("with_parent", "flag"),
            FactKind("claims_damages", "flag"),
            FactKind("involuntary_care", "flag"),
            FactKind("concerns_other_provider", "flag"),
            FactKind("objects_to_forwarding", "flag"),
            FactKind("same_complaint_decided", "flag"),
            FactKind("same_complaint_pending", "flag"),
            FactKind("complaints_officer_involved", "flag"),
            FactKind("satisfied", "maybe"),
            # A judgment or withdrawal counts from its day on: not yet on an as_of before it.
            FactKind("judgment_given", "derived", "judgment_on"),
            FactKind("withdrawn", "derived", "withdrawn_on"),
            FactKind("extension_notified", "derived", "extension_notified_on"),
            FactKind("in_writing", "derived", "in_writing_on"),
        )
    }
)

# ----------------------------------------------------------------- admissibility

#: The grounds on which a complaint is not taken into consideration.
Ground = Literal[
    "already_decided",
    "pending",
    "no_standing",
    "out_of_time",
    "channel_not_accepted",
    "anonymous",
    "fact",
]
GROUNDS: tuple[Ground, ...] = Ground.__args__  # type: ignore[attr-defined]

#: Finding codes that make a complaint inadmissible: one per ground (``fact_ground`` for
#: a ground of kind ``fact``; ``damages_time_barred`` when the statutory limitation that
#: replaces a filing term has run too), and ``forwarding_refused``: a matter for another
#: provider that the complainant will not let go there is not handled here either.
BLOCKING_FINDINGS: frozenset[str] = frozenset(
    {
        "already_decided",
        "pending",
        "anonymous",
        "channel_not_accepted",
        "fact_ground",
        "out_of_time",
        "damages_time_barred",
        "forwarding_refused",
    }
)

# ----------------------------------------------------------------- terms

#: Whose term it is. ``complainant``: a term the complainant must keep (a longer one is
#: more favourable to him); ``provider``: a duty of the provider or a body (a longer one
#: is less favourable); ``none``: neither (a retention period).
Party = Literal["complainant", "provider", "none"]

#: The kinds of term the evaluator gives meaning to; a regulation's ``terms`` use these ids.
TermId = Literal[
    "filing",
    "acknowledgement",
    "first_contact",
    "judgment",
    "judgment_extension",
    "further_extension",
    "reply_on_delay",
    "committee_judgment",
    "measures",
    "dossier_retention",
    "damages_limitation",
    "damages_limitation_minor",
    "damages_long_stop",
]
TERM_IDS: tuple[TermId, ...] = TermId.__args__  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class TermKind:
    """What a kind of term means to the evaluator, whatever its length or start."""

    id: TermId
    #: The id of its deadline in an assessment.
    deadline: str
    #: The field of the complaint that records the day the duty was done, or None when
    #: nothing meets it.
    met_by: str | None
    party: Party
    #: Runs only while the complaint is handled here: not for a complaint that is
    #: inadmissible, forwarded or (from its day on) withdrawn.
    during_handling: bool
    #: Runs only for a complaint that claims damages.
    damages: bool = False
    #: For an extension: the term it lengthens, from that term's start.
    extends: TermId | None = None


def _kind(
    id: TermId,
    met_by: str | None,
    party: Party,
    during_handling: bool = True,
    damages: bool = False,
    deadline: str | None = None,
    extends: TermId | None = None,
) -> TermKind:
    return TermKind(id, deadline or id, met_by, party, during_handling, damages, extends)


TERM_KINDS: Mapping[str, TermKind] = MappingProxyType(
    {
        k.id: k
        for k in (
            _kind("filing", "complaint", "complainant", during_handling=False),
            _kind("acknowledgement", "acknowledged_on", "provider"),
            _kind("first_contact", "first_contact_on", "provider"),
            _kind("judgment", "judgment_on", "provider"),
            _kind(
                "judgment_extension",
                "judgment_on",
                "provider",
                deadline="judgment_extended",
                extends="judgment",
            ),
            # Beyond the statutory extension, only with the complainant's consent.
            _kind(
                "further_extension",
                "judgment_on",
                "provider",
                deadline="judgment_further_extended",
                extends="judgment_extension",
            ),
            _kind("reply_on_delay", "delay_reply_on", "complainant"),
            _kind("committee_judgment", "committee_judgment_on", "provider"),
            _kind("measures", "measures_on", "provider"),
            _kind("dossier_retention", None, "none"),
            _kind("damages_limitation", "complaint", "complainant", False, damages=True),
            # BW 3:310 lid 5: for a minor, five years from the day after majority.
            _kind("damages_limitation_minor", "complaint", "complainant", False, damages=True),
            _kind("damages_long_stop", "complaint", "complainant", False, damages=True),
        )
    }
)

#: The order of deadlines in an assessment (the order of :data:`TERM_KINDS`).
DEADLINE_ORDER: tuple[str, ...] = tuple(k.deadline for k in TERM_KINDS.values())

# ----------------------------------------------------------------- labels

#: The catalogue key of each kind of word's label, as a prefix of the word.
LABELS: Mapping[str, str] = MappingProxyType(
    {
        "role": "role.",
        "channel": "channel.",
        "start": "start.",
        "ground": "ground.",
        #: A step's name ("Klachtenfunctionaris").
        "step": "step.name.",
        #: A term's short name ("eerste contact").
        "term": "term.name.",
        #: A term's name as a rule ("Termijn eerste contact").
        "term_title": "term.title.",
        #: A deadline's name in an assessment ("oordeel na verlenging").
        "deadline": "deadline.name.",
    }
)


def label_key(kind: str, word: str) -> str:
    """The catalogue key of a word's label: ``label_key("term", "first_contact")``."""
    return LABELS[kind] + word


def nearest(word: str, known: Iterable[str]) -> str | None:
    """The known word closest to a misspelt one (``judgement`` → ``judgment``), if any."""
    found = difflib.get_close_matches(word, list(known), n=1, cutoff=0.6)
    return found[0] if found else None
