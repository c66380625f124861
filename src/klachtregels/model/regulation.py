"""The regulation format: typed, immutable models of one YAML policy file.

A file is either a law (``kind: law``, under ``regelingen/_wetten/``) or a provider's
regulation (``kind: regulation``) that ``extends`` one or more laws. Every section
is a mapping from a stable rule id to a rule, so that layering and comparison work
rule by rule: the effective regulation is the laws' rules overlaid, id by id, with
the provider's (:func:`klachtregels.model.loader.load`). Every rule carries a
:class:`Citation`. The format is declarative: conditions are data
(:class:`Condition`), never code.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, model_validator

from klachtregels.errors import FormatRuleError
from klachtregels.law.terms import Term
from klachtregels.model.vocabulary import (
    CHANNELS,
    FACTS,
    ROLES,
    STEPS,
    TERM_KINDS,
    ActId,
    BodyKind,
    Channel,
    DamageKind,
    EventKind,
    Ground,
    Role,
    StartEvent,
    StepKind,
    TermId,
    nearest,
)

__all__ = [
    "CHANNELS",
    "FACTS",
    "INFORMATIONAL",
    "ROLES",
    "STEPS",
    "ActRule",
    "AdmissibilityRule",
    "AnonymityRule",
    "Body",
    "ChannelRule",
    "Citation",
    "Condition",
    "Omission",
    "Provision",
    "Regulation",
    "RoutingRule",
    "Source",
    "StandingRule",
    "StepRule",
    "TermRule",
    "Unencoded",
    "json_schema",
]

Section = Literal[
    "acts",
    "bodies",
    "standing",
    "channels",
    "anonymity",
    "admissibility",
    "routing",
    "terms",
    "escalation",
    "provisions",
]

_SLUG = r"^[a-z][a-z0-9_]*$"
Slug = Annotated[str, Field(pattern=_SLUG, examples=["judgment"])]
ProviderId = Annotated[str, Field(pattern=r"^[a-z][a-z0-9-]*$", examples=["livio"])]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class Source(_Model):
    """A document rules are cited from: the regulation itself, or a statute."""

    title: str = Field(description="Title of the document as published.")
    kind: Literal["regulation", "statute", "secondary", "unavailable"] = Field(
        description="regulation: a provider's text; statute: a law; secondary: notes about a "
        "law; unavailable: a law whose text is not in the bundled sources (the Wzd): its "
        "citations name the article and quote nothing."
    )
    bwb_id: str | None = Field(
        default=None,
        pattern=r"^BWBR\d{7}$",
        description="Identifier in the official collection of statutes, e.g. BWBR0037173.",
    )
    file: str | None = Field(
        default=None,
        description="Path of the text under shared/bronnen/, e.g. regelingen/livio.txt",
    )

    @model_validator(mode="after")
    def _statutes_have_bwb(self) -> Self:
        if self.kind == "statute" and self.bwb_id is None:
            raise FormatRuleError("format.statute_needs_bwb")
        return self


class Citation(_Model):
    """Where a rule comes from: source, article (or section heading), and a quote."""

    source: Slug = Field(description="Key of the document in `sources`.")
    article: str = Field(
        min_length=1,
        description="Article and paragraph ('art. 7 lid 1 onder d'), or the section heading "
        "and bullet where the source has no numbering.",
    )
    quote: str | None = Field(
        default=None,
        min_length=3,
        description="Short verbatim quote from the source; left out only where the source is "
        "`unavailable` (its text is not in the bundled sources).",
    )


class _Rule(_Model):
    citation: Citation
    reading: str | None = Field(
        default=None,
        description="Where the source is ambiguous: the reading taken, and why, in Dutch "
        "(what ``show`` prints).",
    )
    reading_en: str | None = Field(
        default=None,
        description="The reading in English (optional; ``show --lang en`` prints it, and the "
        "Dutch one where it is missing).",
    )

    def reading_in(self, lang: str) -> str | None:
        """The reading in ``lang`` (English where given, else the Dutch one)."""
        return (self.reading_en or self.reading) if lang == "en" else self.reading


class Condition(_Model):
    """A declarative condition: exactly one of the fields is set.

    ``{always: true}``; ``{fact: satisfied, equals: false}``;
    ``{deadline_passed: judgment}``; ``{any: [...]}``; ``{all: [...]}``;
    ``{not: {...}}``.
    """

    always: bool | None = None
    fact: str | None = Field(
        default=None, description=f"One of {', '.join(FACTS)}, or extra.<name>."
    )
    equals: bool = True
    deadline_passed: TermId | None = Field(
        default=None,
        description="A term id: true when that term ran out without the event. Only in an "
        "escalation step's open_when (routing is settled before any term runs).",
    )
    any: list[Condition] | None = None
    all: list[Condition] | None = None
    not_: Condition | None = Field(default=None, alias="not")

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, populate_by_name=True)

    @model_validator(mode="after")
    def _exactly_one(self) -> Self:
        set_ = [
            k
            for k in ("always", "fact", "deadline_passed", "any", "all", "not_")
            if getattr(self, k) is not None
        ]
        if len(set_) != 1:
            raise FormatRuleError("format.condition_one")
        if self.fact is not None and not (
            self.fact in FACTS or re.match(r"^extra\.[a-z][a-z0-9_]*$", self.fact)
        ):
            near = nearest(self.fact, FACTS)
            raise FormatRuleError(
                "format.unknown_fact_near" if near else "format.unknown_fact",
                fact=self.fact,
                near=near,
                facts=", ".join(FACTS),
            )
        return self


class Body(_Model):
    """An organisation or office a complainant deals with."""

    name: str
    kind: BodyKind
    email: str | None = None
    phone: str | None = None
    web: str | None = None
    address: str | None = None
    citation: Citation


class StandingRule(_Rule):
    """Who may complain: a role, and for the client an age band."""

    role: Role
    min_age: int | None = Field(default=None, ge=0, le=18, description="Age reached, inclusive.")
    below_age: int | None = Field(
        default=None, ge=1, le=18, description="Age not yet reached (exclusive)."
    )
    with_parent: bool = Field(
        default=False, description="Only together with a parent (or guardian)."
    )
    floor: bool = Field(
        default=False,
        description="In a law base: a right the law gives (who may complain, when a step is "
        "open, the longest a term may be), which a regulation may widen but not narrow.",
    )


class ChannelRule(_Rule):
    """Whether a complaint may come in through a channel."""

    accepted: bool
    written: bool = Field(
        default=False,
        description="A complaint through this channel exists in writing from its receipt.",
    )


class AnonymityRule(_Rule):
    accepted: bool


class AdmissibilityRule(_Rule):
    """A ground on which a complaint is not taken into consideration."""

    ground: Ground
    fact: str | None = Field(default=None, description="For ground 'fact': the fact tested.")
    term: TermId | None = Field(default=None, description="For ground 'out_of_time': the term id.")
    unless_damages: Literal["statutory_limitation"] | None = Field(
        default=None,
        description="When the complaint also claims damages, the statutory limitation "
        "(BW 3:310) applies instead of the term.",
    )
    discretionary: bool = Field(
        default=False, description="The handling body may deviate (the ground is not absolute)."
    )
    ended_by: EventKind | None = Field(
        default=None,
        description="For ground 'fact': the event from whose day on the ground no longer "
        "applies (and the complaint is taken into handling as if filed that day).",
    )

    @model_validator(mode="after")
    def _needs(self) -> Self:
        if self.ground == "fact" and not self.fact:
            raise FormatRuleError("format.ground_needs_fact")
        if self.ground == "out_of_time" and not self.term:
            raise FormatRuleError("format.ground_needs_term")
        return self


class RoutingRule(_Rule):
    """Where a complaint goes instead when this provider is not competent."""

    when: Condition
    forward_to: Slug = Field(description="A body id, or 'other_provider'.")
    unless: Condition | None = None


class TermRule(_Rule):
    """A term: how long, from which event, and whether the Atw applies.

    An extension (``judgment_extension``, ``further_extension``: the vocabulary says what
    each lengthens) has no start of its own: it runs from the start of the term it extends.
    """

    term: Term
    start: StartEvent | None = None
    atw: bool = Field(description="Whether Atw art. 1 and 2 apply (statutory terms).")
    counting: Literal["after_the_day", "from_the_next_day"] = Field(
        default="after_the_day",
        description="after_the_day: the term starts the day after the event and ends on the "
        "same day number (six weeks after a Thursday is a Thursday); from_the_next_day: it "
        "runs 'na de aanvang van de dag, volgende op' the event (BW 3:310) and ends the day "
        "before the same day number of the next day (five years from 28 February 2023 end on "
        "29 February 2028). An extension of the judgment is counted as the judgment term is.",
    )
    notice: Literal["in_writing", "any"] | None = Field(
        default=None,
        description="For an extension: it counts only when notified before the term it "
        "extends expires; in_writing: and in writing.",
    )
    consent_required: bool = Field(
        default=False, description="Only with the complainant's consent."
    )
    damage: list[DamageKind] | None = Field(
        default=None,
        description="For a damages term: it runs only for these kinds of damage (BW 3:310 lid "
        "5: no long-stop for personal injury or death).",
    )
    floor: bool = Field(
        default=False,
        description="In a law base: the longest this term may be (a duty of the provider) or "
        "the shortest (a term the complainant keeps); a regulation may promise better, not "
        "worse.",
    )


class StepRule(_Rule):
    """A step on the escalation path and when it is open."""

    name: str = Field(description="Dutch name of the step as the regulation puts it.")
    body: Slug | None = Field(default=None, description="Body id in `bodies`.")
    open_when: Condition = Field(default_factory=lambda: Condition(always=True))
    formal: bool = Field(default=False, description="Formal handling with a judgment.")
    floor: bool = Field(
        default=False,
        description="In a law base: a right the law gives (who may complain, when a step is "
        "open, the longest a term may be), which a regulation may widen but not narrow.",
    )


class ActRule(_Rule):
    """What an act must be to count: a complaint in the regulation's sense (``complaint``),
    a withdrawal (``withdrawal``); ``further_extension``: the regulation lets the judgment
    be delayed beyond the extension to a day the complainant agrees to."""

    form: Literal["in_writing", "any"] = Field(
        default="any", description="in_writing: only in writing (a letter, e-mail, web form)."
    )
    to: StepKind | None = Field(
        default=None,
        description="For a complaint: the step it must be addressed to (default: the step "
        "that gives the judgment).",
    )


class Provision(_Rule):
    """A rule the evaluator does not act on, recorded so nothing is dropped."""

    summary: str


class Omission(_Model):
    """A law-base rule this regulation does not follow, with the text that says so.

    The rule is left out of the effective regulation; conformance checks whether
    the law allows that.
    """

    section: Section
    id: str = Field(description="The id of the law-base rule.")
    replaced_by: StepKind | None = Field(
        default=None,
        description="For a step: the regulation's step that takes its place (and keeps the "
        "rights the law attaches to it).",
    )
    citation: Citation
    reading: str | None = None
    reading_en: str | None = None

    def reading_in(self, lang: str) -> str | None:
        """The reading in ``lang`` (English where given, else the Dutch one)."""
        return (self.reading_en or self.reading) if lang == "en" else self.reading


class Unencoded(_Model):
    """Something the source says that the format cannot express yet."""

    text: str
    citation: Citation | None = None


class Regulation(_Model):
    """One policy file: a law base or a provider's complaint regulation."""

    id: ProviderId = Field(description="Stable slug of the provider or law.")
    kind: Literal["law", "regulation"]
    name: str
    title: str = Field(description="Title of the source document.")
    version: str = Field(description="Version label as the source gives it.")
    valid_from: date = Field(description="First day in force (inclusive).")
    valid_until: date | None = Field(default=None, description="Last day in force (inclusive).")
    law: Literal["wkkgz", "jeugdwet"] | None = Field(
        default=None, description="The statute the regulation falls under."
    )
    extends: list[ProviderId] = Field(
        default_factory=list, description="Law bases, overlaid in order, then this file."
    )
    sources: dict[Slug, Source]
    bodies: dict[Slug, Body] = Field(default_factory=dict)
    standing: dict[Slug, StandingRule] = Field(default_factory=dict)
    channels: dict[Channel, ChannelRule] = Field(default_factory=dict)
    anonymity: dict[Slug, AnonymityRule] = Field(default_factory=dict)
    admissibility: dict[Slug, AdmissibilityRule] = Field(default_factory=dict)
    routing: dict[Slug, RoutingRule] = Field(default_factory=dict)
    acts: dict[ActId, ActRule] = Field(
        default_factory=dict,
        description="What makes a complaint in the regulation's sense, how it is withdrawn, "
        "and whether a further extension with consent is possible.",
    )
    terms: dict[TermId, TermRule] = Field(default_factory=dict)
    escalation: dict[StepKind, StepRule] = Field(default_factory=dict)
    provisions: dict[Slug, Provision] = Field(default_factory=dict)
    omits: list[Omission] = Field(
        default_factory=list, description="Law-base rules left out, each with its citation."
    )
    unencoded: list[Unencoded] = Field(default_factory=list)

    _origins: dict[tuple[str, str], str] = PrivateAttr(default_factory=dict)
    _law_rules: dict[tuple[str, str], Any] = PrivateAttr(default_factory=dict)

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if self.valid_until is not None and self.valid_until < self.valid_from:
            raise FormatRuleError("format.until_before_from", field="valid_until")
        if self.kind == "regulation" and (self.law is None or not self.extends):
            raise FormatRuleError("format.regulation_needs_law", field="extends")
        for field, c in self._citations():
            source = self.sources.get(c.source)
            if c.quote is None and (source is None or source.kind != "unavailable"):
                raise FormatRuleError("format.citation_needs_quote", field=field)
        return self

    def _citations(self) -> list[tuple[str, Citation]]:
        """Every citation of this file's own rules, with the field it is in."""
        out = [
            (f"{section}.{rule_id}.citation", rule.citation)
            for section in SECTIONS
            for rule_id, rule in getattr(self, section).items()
        ]
        out += [(f"omits.{n}.citation", o.citation) for n, o in enumerate(self.omits)]
        return out

    def origin(self, section: str, rule_id: str) -> str:
        """Which layer a rule of the effective regulation comes from (a law id or this id)."""
        return self._origins.get((section, rule_id), self.id)

    def judging_step(self) -> str | None:
        """The step that gives the judgment: the provider's formal handling, or where a
        regulation leaves that out (PolyPartners: the Facit committee), its first formal
        step."""
        provider = self.escalation.get("provider")
        if provider is not None and provider.formal:
            return "provider"
        return next((k for k, v in self.escalation.items() if v.formal), None)

    def start_of(self, term_id: str) -> StartEvent | None:
        """The event a term runs from: its own start, or for an extension the start of the
        term it extends (None when that term is not in the regulation)."""
        seen: set[str] = set()
        rule = self.terms.get(term_id)  # type: ignore[call-overload]
        while rule is not None and rule.start is None and term_id not in seen:
            seen.add(term_id)
            extended = TERM_KINDS[term_id].extends
            if extended is None:
                return None
            term_id = extended
            rule = self.terms.get(term_id)
        return rule.start if rule is not None else None

    def floors(self, section: str) -> dict[str, Any]:
        """The law base's rules of ``section`` marked ``floor``: rights the regulation may
        widen but not narrow, by id (whether or not the regulation replaced them)."""
        return {
            rid: rule
            for (sec, rid), rule in self._law_rules.items()
            if sec == section and getattr(rule, "floor", False)
        }

    def step_floor(self, step_id: str) -> StepRule | None:
        """The law base's rule that binds a step the regulation words itself: the step's
        own rule where the law makes it a right (``floor``) and the regulation replaced
        it, or the right an omission hands to this step (``replaced_by``). None where the
        step is the law's own rule or no right binds it. ``engine.plan`` lays the two
        conditions side by side in the same way."""
        floors: dict[str, StepRule] = self.floors("escalation")
        law = floors.get(step_id)
        own = next((r for k, r in self.escalation.items() if k == step_id), None)
        if law is not None and law is not own:
            return law
        for o in self.omits:
            if o.section == "escalation" and o.replaced_by == step_id and o.id in floors:
                return floors[o.id]
        return None

    def omission(self, section: str, rule_id: str) -> Omission | None:
        """How the regulation leaves out a law-base rule, if it does."""
        return next((o for o in self.omits if o.section == section and o.id == rule_id), None)

    def law_rule(self, section: str, rule_id: str) -> Any:
        """The law base's own rule with this id, whether or not the regulation replaced it."""
        return self._law_rules.get((section, rule_id))


#: Fields that never change an assessment: kept for people (titles, readings, provisions,
#: the sources' details, what is not encoded, a channel's or anonymity rule's own citation,
#: which the ground that refuses a complaint cites instead), or read by the loader and
#: conformance only (``kind``, ``law``). Every other field acts: ``tests/test_fields_act.py``
#: changes each one and shows the answer changes, and each of these and shows it does not.
INFORMATIONAL: frozenset[tuple[str, str]] = frozenset(
    {
        ("Regulation", "name"),
        ("Regulation", "title"),
        ("Regulation", "kind"),
        ("Regulation", "law"),
        ("Regulation", "sources"),
        ("Regulation", "unencoded"),
        ("Source", "title"),
        ("Source", "kind"),
        ("Source", "bwb_id"),
        ("Source", "file"),
        ("Regulation", "provisions"),
        ("Provision", "summary"),
        ("Provision", "citation"),
        ("ChannelRule", "citation"),
        ("AnonymityRule", "citation"),
        ("Unencoded", "text"),
        ("Unencoded", "citation"),
        *(
            (model, field)
            for field in ("reading", "reading_en")
            for model in (
                "StandingRule",
                "ChannelRule",
                "AnonymityRule",
                "AdmissibilityRule",
                "RoutingRule",
                "TermRule",
                "StepRule",
                "ActRule",
                "Provision",
                "Omission",
            )
        ),
    }
)

#: The sections of a regulation that hold rules keyed by id, in document order.
SECTIONS: tuple[str, ...] = Section.__args__  # type: ignore[attr-defined]


def json_schema() -> dict[str, object]:
    """The JSON Schema of a regulation file, as committed in ``regelingen/schema.json``."""
    schema = Regulation.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "klachtregels regulation"
    return schema
