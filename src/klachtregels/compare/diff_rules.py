"""How one rule differs between two effective regulations, section by section.

:func:`changed` compares a rule present on both sides field by field and sorts what it
finds into changes in meaning, each with a severity for the complainant, and changes in
wording only (see :mod:`klachtregels.compare.diff`); :func:`added` and :func:`removed`
describe a rule present on one side only. What a field means for the complainant comes
from the vocabulary (whose term it is) and from the comparison of values
(:mod:`~klachtregels.compare.termlength`, :mod:`~klachtregels.compare.conditions`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from klachtregels.compare.conditions import compare_conditions
from klachtregels.compare.diff_result import FieldChange
from klachtregels.compare.termlength import longer
from klachtregels.compare.values import LESS, MORE, NEUTRAL, RuleText, Severity, Word, show
from klachtregels.model.regulation import (
    ActRule,
    AdmissibilityRule,
    AnonymityRule,
    Body,
    ChannelRule,
    Condition,
    Provision,
    Regulation,
    RoutingRule,
    StandingRule,
    StepRule,
    TermRule,
)
from klachtregels.model.vocabulary import TERM_KINDS, Party, label_key

__all__ = ["Fields", "added", "changed", "norm", "removed"]


# ----------------------------------------------------------------- terms


def _term_party(term_id: str) -> Party:
    """Whose term it is (the vocabulary): a longer term favours that party."""
    return TERM_KINDS[term_id].party


def _by_length(party: Party, longer: int) -> Severity:
    if longer == 0 or party == "none":
        return NEUTRAL
    if party == "complainant":
        return MORE if longer > 0 else LESS
    return LESS if longer > 0 else MORE


def _flip(s: Severity) -> Severity:
    return {LESS: MORE, MORE: LESS, NEUTRAL: NEUTRAL}[s]


# ----------------------------------------------------------------- names in words


def _term_name(term_id: str) -> Word:
    return Word(label_key("term_title", term_id), raw=term_id)


def _step_name(step_id: str) -> Word:
    return Word(label_key("step", step_id), raw=step_id)


def _channel(channel: str) -> Word:
    return Word(label_key("channel", channel), raw=channel)


def _role(role: str) -> Word:
    return Word(label_key("role", role), raw=role)


def _ground(ground: str) -> Word:
    return Word(label_key("ground", ground), raw=ground)


def _start(start: str | None) -> Word | None:
    return None if start is None else Word(label_key("start", start), raw=start)


def _notice(notice: str | None) -> Word | None:
    return None if notice is None else Word(f"compare.notice.{notice}", raw=notice)


def _body_name(reg: Regulation, body_id: str | None) -> object:
    if body_id is None:
        return None
    if body_id == "other_provider":
        return Word("body.other_provider", raw=body_id)
    body = reg.bodies.get(body_id)
    return body.name if body is not None else body_id


def norm(text: str) -> str:
    """``text`` with its white space collapsed: line breaks in a quote are wording."""
    return re.sub(r"\s+", " ", text).strip()


# ----------------------------------------------------------------- the changes of one rule


@dataclass
class Fields:
    """Collects the field changes of one rule."""

    meaning: list[FieldChange] = field(default_factory=list)
    cosmetic: list[FieldChange] = field(default_factory=list)

    def add(
        self,
        field_name: str,
        key: str,
        before: object,
        after: object,
        severity: Severity = NEUTRAL,
        **params: object,
    ) -> None:
        self.meaning.append(
            FieldChange(field_name, key, before, after, severity, tuple(params.items()))
        )

    def wording(
        self, field_name: str, key: str, before: object, after: object, **params: object
    ) -> None:
        self.cosmetic.append(
            FieldChange(field_name, key, before, after, NEUTRAL, tuple(params.items()))
        )


def _citation_and_reading(f: Fields, old: Any, new: Any) -> None:
    oc, nc = old.citation, new.citation
    if oc.quote != nc.quote:
        f.wording("citation.quote", "compare.cosmetic.quote", oc.quote, nc.quote)
    if oc.article != nc.article:
        f.wording("citation.article", "compare.cosmetic.article", oc.article, nc.article)
    if oc.source != nc.source:
        f.wording("citation.source", "compare.cosmetic.source", oc.source, nc.source)
    if getattr(old, "reading", None) != getattr(new, "reading", None):
        f.wording("reading", "compare.cosmetic.reading", old.reading, new.reading)
    if getattr(old, "reading_en", None) != getattr(new, "reading_en", None):
        f.wording("reading_en", "compare.cosmetic.reading", old.reading_en, new.reading_en)


def _standing(f: Fields, rid: str, old: StandingRule, new: StandingRule) -> None:
    who = RuleText("standing", old)
    if old.role != new.role:
        f.add("role", "compare.standing.role", _role(old.role), _role(new.role), id=rid)
    if old.min_age != new.min_age:
        wider = new.min_age is None or (old.min_age is not None and new.min_age < old.min_age)
        f.add(
            "min_age",
            "compare.standing.min_age",
            old.min_age,
            new.min_age,
            MORE if wider else LESS,
            who=who,
        )
    if old.below_age != new.below_age:
        wider = new.below_age is None or (
            old.below_age is not None and new.below_age > old.below_age
        )
        f.add(
            "below_age",
            "compare.standing.below_age",
            old.below_age,
            new.below_age,
            MORE if wider else LESS,
            who=who,
        )
    if old.with_parent != new.with_parent:
        f.add(
            "with_parent",
            "compare.standing.with_parent",
            old.with_parent,
            new.with_parent,
            LESS if new.with_parent else MORE,
            who=who,
        )


def _channels(f: Fields, rid: str, old: ChannelRule, new: ChannelRule) -> None:
    if old.accepted != new.accepted:
        key = "compare.channel.now_accepted" if new.accepted else "compare.channel.dropped"
        f.add(
            "accepted",
            key,
            old.accepted,
            new.accepted,
            MORE if new.accepted else LESS,
            channel=_channel(rid),
        )
    if old.written != new.written:
        f.add(
            "written",
            "compare.channel.written",
            old.written,
            new.written,
            MORE if new.written else LESS,
            channel=_channel(rid),
        )


def _anonymity(f: Fields, rid: str, old: AnonymityRule, new: AnonymityRule) -> None:
    if old.accepted != new.accepted:
        f.add(
            "accepted",
            "compare.anonymity.accepted",
            old.accepted,
            new.accepted,
            MORE if new.accepted else LESS,
            id=rid,
        )


def _admissibility(f: Fields, rid: str, old: AdmissibilityRule, new: AdmissibilityRule) -> None:
    for name in ("ground", "fact", "term"):
        a, b = getattr(old, name), getattr(new, name)
        if a != b:
            if name == "ground":
                a, b = _ground(a), _ground(b)
            f.add(name, f"compare.ground.{name}", a, b, id=rid)
    if old.discretionary != new.discretionary:
        f.add(
            "discretionary",
            "compare.ground.discretionary",
            old.discretionary,
            new.discretionary,
            MORE if new.discretionary else LESS,
            id=rid,
        )
    if old.unless_damages != new.unless_damages:
        f.add(
            "unless_damages",
            "compare.ground.unless_damages",
            old.unless_damages is not None,
            new.unless_damages is not None,
            MORE if new.unless_damages else LESS,
            id=rid,
        )


def _conditions(
    f: Fields, name: str, key: str, old: Condition | None, new: Condition | None, **params: object
) -> None:
    """A condition that opens something for the complainant: wider is more favourable."""
    if old == new:
        return
    if old is None or new is None:
        f.add(name, key, old, new, NEUTRAL, **params)
        return
    severity = compare_conditions(old, new)
    if severity is None:
        f.wording(name, key, old, new, **params)
    else:
        f.add(name, key, old, new, severity, **params)


def _routing(
    f: Fields,
    rid: str,
    old: RoutingRule,
    new: RoutingRule,
    old_reg: Regulation,
    new_reg: Regulation,
) -> None:
    a, b = _body_name(old_reg, old.forward_to), _body_name(new_reg, new.forward_to)
    if old.forward_to != new.forward_to or show(a, "nl") != show(b, "nl"):
        f.add("forward_to", "compare.routing.forward_to", a, b, id=rid)
    for name in ("when", "unless"):
        before, after = getattr(old, name), getattr(new, name)
        if before == after:
            continue
        if before is None or after is None:
            f.add(name, f"compare.routing.{name}", before, after, id=rid)
            continue
        same = compare_conditions(before, after) is None
        if same:
            f.wording(name, f"compare.routing.{name}", before, after, id=rid)
        else:
            f.add(name, f"compare.routing.{name}", before, after, id=rid)


def _terms(f: Fields, rid: str, old: TermRule, new: TermRule) -> None:
    name = _term_name(rid)
    party = _term_party(rid)
    if old.term != new.term:
        f.add(
            "term",
            "compare.term.length",
            old.term,
            new.term,
            _by_length(party, longer(old.term, new.term)),
            name=name,
        )
    elif old.term.text != new.term.text:
        f.wording(
            "term.text", "compare.cosmetic.term_text", old.term.text, new.term.text, name=name
        )
    if old.start != new.start:
        f.add("start", "compare.term.start", _start(old.start), _start(new.start), name=name)
    if old.atw != new.atw:
        f.add(
            "atw",
            "compare.term.atw",
            old.atw,
            new.atw,
            _by_length(party, 1 if new.atw else -1),
            name=name,
        )
    if old.notice != new.notice:
        rank = {"in_writing": 2, "any": 1, None: 0}
        better = rank[new.notice] > rank[old.notice]
        f.add(
            "notice",
            "compare.term.notice",
            _notice(old.notice),
            _notice(new.notice),
            MORE if better else LESS,
            name=name,
        )
    if old.consent_required != new.consent_required:
        f.add(
            "consent_required",
            "compare.term.consent",
            old.consent_required,
            new.consent_required,
            MORE if new.consent_required else LESS,
            name=name,
        )
    _term_counting(f, name, party, old, new)


def _term_counting(f: Fields, name: Word, party: Party, old: TermRule, new: TermRule) -> None:
    """How a term is counted, and the kinds of damage it is for. (``floor`` is the law
    base's, not a regulation's: whether a rule is the law's shows in its origin.)"""
    if old.counting != new.counting:
        later = 1 if new.counting == "from_the_next_day" else -1
        f.add(
            "counting",
            "compare.term.counting",
            Word(f"compare.counting.{old.counting}", raw=old.counting),
            Word(f"compare.counting.{new.counting}", raw=new.counting),
            _by_length(party, later),
            name=name,
        )
    if old.damage != new.damage:
        f.add("damage", "compare.term.damage", old.damage, new.damage, name=name)


def _escalation(
    f: Fields, rid: str, old: StepRule, new: StepRule, old_reg: Regulation, new_reg: Regulation
) -> None:
    step = _step_name(rid)
    a, b = _body_name(old_reg, old.body), _body_name(new_reg, new.body)
    if show(a, "nl") != show(b, "nl"):
        f.add("body", "compare.step.body", a, b, step=step)
    _conditions(f, "open_when", "compare.step.open_when", old.open_when, new.open_when, step=step)
    if old.formal != new.formal:
        f.add("formal", "compare.step.formal", old.formal, new.formal, step=step)
    if old.name != new.name:
        f.wording("name", "compare.cosmetic.step_name", old.name, new.name, step=step)


_BODY_FIELDS = ("name", "kind", "email", "phone", "web", "address")


def _bodies(f: Fields, rid: str, old: Body, new: Body) -> None:
    for name in _BODY_FIELDS:
        a, b = getattr(old, name), getattr(new, name)
        if a != b:
            f.add(name, f"compare.body.{name}", a, b, id=rid)


def _acts(f: Fields, rid: str, old: ActRule, new: ActRule) -> None:
    """A complaint that must be in writing to count is narrower for the complainant."""
    _citation_and_reading(f, old, new)
    if old.form != new.form:
        worse = rid == "complaint" and new.form == "in_writing"
        better = rid == "complaint" and old.form == "in_writing"
        f.add(
            "form",
            "compare.act.form",
            Word(f"compare.form.{old.form}", raw=old.form),
            Word(f"compare.form.{new.form}", raw=new.form),
            LESS if worse else MORE if better else NEUTRAL,
            id=rid,
        )
    if old.to != new.to:
        to = (_step_name(old.to) if old.to else None, _step_name(new.to) if new.to else None)
        f.add("to", "compare.act.to", to[0], to[1], NEUTRAL, id=rid)


def _provisions(f: Fields, rid: str, old: Provision, new: Provision) -> None:
    if norm(old.summary) != norm(new.summary):
        f.add("summary", "compare.provision.summary", old.summary, new.summary, id=rid)


# ----------------------------------------------------------------- added and removed


def added(section: str, rid: str, rule: Any, reg: Regulation) -> FieldChange:
    """One entry describing a rule that is new in ``reg``."""
    severity, key, value, params = _presence(section, rid, rule, reg)
    return FieldChange("rule", f"compare.added.{key}", None, value, severity, params)


def removed(section: str, rid: str, rule: Any, reg: Regulation) -> FieldChange:
    """One entry describing a rule of ``reg`` that is gone: the severity of adding it, turned."""
    severity, key, value, params = _presence(section, rid, rule, reg)
    return FieldChange("rule", f"compare.removed.{key}", value, None, _flip(severity), params)


def _presence(
    section: str, rid: str, rule: Any, reg: Regulation
) -> tuple[Severity, str, object, tuple[tuple[str, object], ...]]:
    """For a rule that exists on one side only: its severity when added, key and value."""
    if section == "standing":
        return MORE, "standing", RuleText(section, rule), ()
    if section == "channels":
        if rule.accepted:
            return MORE, "channel", RuleText(section, rule), (("channel", _channel(rid)),)
        return NEUTRAL, "channel_refused", RuleText(section, rule), (("channel", _channel(rid)),)
    if section == "anonymity":
        return (
            (MORE if rule.accepted else LESS),
            "anonymity",
            RuleText(section, rule),
            (("id", rid),),
        )
    if section == "admissibility":
        return LESS, "ground", RuleText(section, rule), (("id", rid),)
    if section == "routing":
        to = _body_name(reg, rule.forward_to)
        return NEUTRAL, "routing", rule.when, (("id", rid), ("to", to))
    if section == "terms":
        party = _term_party(rid)
        if TERM_KINDS[rid].extends is not None:
            severity = NEUTRAL if rule.consent_required else LESS
        elif party == "provider":
            severity = MORE
        elif party == "complainant":
            severity = LESS
        else:
            severity = NEUTRAL
        return severity, "term", RuleText(section, rule, rid), (("name", _term_name(rid)),)
    if section == "escalation":
        return (
            MORE,
            "step",
            rule.name,
            (("step", _step_name(rid)), ("body", _body_name(reg, rule.body))),
        )
    if section == "bodies":
        return NEUTRAL, "body", rule.name, (("id", rid), ("kind", rule.kind))
    if section == "acts":
        narrower = rid == "complaint" and rule.form == "in_writing"
        return (LESS if narrower else NEUTRAL), "act", RuleText(section, rule), (("id", rid),)
    return NEUTRAL, "provision", rule.summary, (("id", rid),)


# ----------------------------------------------------------------- by section


_Comparer = Callable[[Fields, str, Any, Any, Regulation, Regulation], None]

_COMPARERS: dict[str, _Comparer] = {
    "standing": lambda f, rid, a, b, ra, rb: _standing(f, rid, a, b),
    "channels": lambda f, rid, a, b, ra, rb: _channels(f, rid, a, b),
    "anonymity": lambda f, rid, a, b, ra, rb: _anonymity(f, rid, a, b),
    "admissibility": lambda f, rid, a, b, ra, rb: _admissibility(f, rid, a, b),
    "routing": _routing,
    "terms": lambda f, rid, a, b, ra, rb: _terms(f, rid, a, b),
    "escalation": _escalation,
    "bodies": lambda f, rid, a, b, ra, rb: _bodies(f, rid, a, b),
    "provisions": lambda f, rid, a, b, ra, rb: _provisions(f, rid, a, b),
    "acts": lambda f, rid, a, b, ra, rb: _acts(f, rid, a, b),
}


def changed(section: str, rid: str, old_reg: Regulation, new_reg: Regulation) -> Fields:
    """The changes of rule ``section.rid``, present in both regulations: its own fields,
    then its citation and reading, then where it comes from (both in wording only)."""
    old, new = getattr(old_reg, section)[rid], getattr(new_reg, section)[rid]
    f = Fields()
    _COMPARERS[section](f, rid, old, new, old_reg, new_reg)
    _citation_and_reading(f, old, new)
    o_origin, n_origin = old_reg.origin(section, rid), new_reg.origin(section, rid)
    if o_origin != n_origin:
        f.wording("origin", "compare.cosmetic.origin", o_origin, n_origin)
    return f
