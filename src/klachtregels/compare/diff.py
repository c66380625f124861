"""Structural diff of two effective regulations, rule by rule and field by field.

:func:`diff` compares two *effective* regulations (law bases overlaid, see
:func:`klachtregels.model.loader.load`) by ``(section, rule id)``: rules added, removed and
changed. A change lists each field in plain words with its value before and after,
the citation on both sides, and a severity for the complainant:

* ``less_favourable``: the complainant loses something (a longer term for the
  provider, a dropped channel, a new ground of inadmissibility, a narrower step);
* ``more_favourable``: the complainant gains something (a new promise such as an
  acknowledgement term, an added standing role, a wider step);
* ``neutral``: a change whose effect for the complainant the diff cannot rank (another
  disputes body, another start event, a new provision).

A rule's severity is the least favourable of its fields (a compliance officer is
warned first). Changes that do not alter meaning are *cosmetic* and reported
separately: quote, article or source of a citation, a reading, the words of a term
(``zes weken`` == ``6 weken``), a step's name, where a rule comes from, the order of
keys, a condition written differently with the same truth table.

Pure: no clock, no I/O; the result renders as text, Markdown and JSON in Dutch or
English from the one message catalogue.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from klachtregels.compare.conditions import compare_conditions
from klachtregels.compare.termlength import longer
from klachtregels.compare.values import (
    LESS,
    MORE,
    NEUTRAL,
    SEVERITIES,
    RuleText,
    Severity,
    Side,
    Word,
    cite,
    cite_json,
    raw,
    show,
)
from klachtregels.messages import Lang, render
from klachtregels.model.regulation import (
    SECTIONS,
    AdmissibilityRule,
    AnonymityRule,
    Body,
    ChannelRule,
    Citation,
    Condition,
    Provision,
    Regulation,
    RoutingRule,
    StandingRule,
    StepRule,
    TermRule,
)
from klachtregels.model.vocabulary import TERM_KINDS, Party, label_key

__all__ = ["FieldChange", "RegulationDiff", "RuleChange", "diff"]

Kind = Literal["added", "removed", "changed"]


# ----------------------------------------------------------------- result types


@dataclass(frozen=True)
class FieldChange:
    """One field of a rule that differs: in words, with before, after and severity."""

    field: str
    key: str
    before: object
    after: object
    severity: Severity = NEUTRAL
    params: tuple[tuple[str, object], ...] = ()

    def text(self, lang: Lang = "nl") -> str:
        params = {k: show(v, lang) for k, v in self.params}
        return render(
            self.key, lang, before=show(self.before, lang), after=show(self.after, lang), **params
        )

    def to_json(self, lang: Lang = "nl") -> dict[str, Any]:
        return {
            "field": self.field,
            "before": raw(self.before),
            "after": raw(self.after),
            "severity": self.severity,
            "text": self.text(lang),
        }


@dataclass(frozen=True)
class RuleChange:
    """A rule added, removed or changed: its fields in words and the citation on both sides.

    ``fields`` are the changes in meaning (for an added or removed rule: one entry
    describing it); ``cosmetic`` the changes in wording only.
    """

    section: str
    id: str
    kind: Kind
    fields: tuple[FieldChange, ...]
    cosmetic: tuple[FieldChange, ...] = ()
    old_citation: Citation | None = None
    new_citation: Citation | None = None
    old_origin: str | None = None
    new_origin: str | None = None

    @property
    def rule(self) -> str:
        return f"{self.section}.{self.id}"

    @property
    def in_meaning(self) -> bool:
        return bool(self.fields)

    @property
    def severity(self) -> Severity:
        """The least favourable severity of its fields (neutral for cosmetic-only changes)."""
        found = {f.severity for f in self.fields}
        return next((s for s in SEVERITIES if s in found), NEUTRAL)

    def to_json(self, lang: Lang = "nl") -> dict[str, Any]:
        return {
            "section": self.section,
            "id": self.id,
            "kind": self.kind,
            "severity": self.severity,
            "fields": [f.to_json(lang) for f in self.fields],
            "cosmetic": [f.to_json(lang) for f in self.cosmetic],
            "old": {"origin": self.old_origin, "citation": cite_json(self.old_citation)},
            "new": {"origin": self.new_origin, "citation": cite_json(self.new_citation)},
        }


@dataclass(frozen=True)
class RegulationDiff:
    """What changed between two effective regulations (see :func:`diff`)."""

    old: Side
    new: Side
    rules: tuple[RuleChange, ...]
    metadata: tuple[FieldChange, ...] = ()
    unencoded_added: tuple[str, ...] = ()
    unencoded_removed: tuple[str, ...] = ()

    @property
    def changes(self) -> tuple[RuleChange, ...]:
        """The rules that changed in meaning."""
        return tuple(r for r in self.rules if r.in_meaning)

    @property
    def cosmetic(self) -> tuple[RuleChange, ...]:
        """The rules with changes in wording (some may also have changed in meaning)."""
        return tuple(r for r in self.rules if r.cosmetic)

    @property
    def equal_in_meaning(self) -> bool:
        return not self.changes

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = dict.fromkeys(SEVERITIES, 0)
        for r in self.changes:
            out[r.severity] += 1
        return out

    # -- rendering ------------------------------------------------------------------

    def _summary(self, lang: Lang) -> str:
        if self.equal_in_meaning:
            return render("compare.equal", lang, cosmetic=len(self.cosmetic))
        c = self.counts()
        return render(
            "compare.not_equal",
            lang,
            n=len(self.changes),
            less=c[LESS],
            more=c[MORE],
            neutral=c[NEUTRAL],
            cosmetic=len(self.cosmetic),
        )

    def text(self, lang: Lang = "nl") -> str:
        out = [
            render("compare.title", lang, old=self.old.label(lang), new=self.new.label(lang)),
            *(f"  {m.text(lang)}" for m in self.metadata),
            self._summary(lang),
            "",
            render("compare.head.meaning", lang, n=len(self.changes)),
        ]
        if not self.changes:
            out.append("  " + render("compare.none", lang))
        for r in self.changes:
            sev = render(f"compare.severity.{r.severity}", lang)
            kind = render(f"compare.kind.{r.kind}", lang)
            out.append(f"  [{sev}] {r.rule} ({kind})")
            for f in r.fields:
                mark = (
                    "" if len(r.fields) == 1 else f" [{render(f'compare.sev.{f.severity}', lang)}]"
                )
                out.append(f"    {f.text(lang)}{mark}")
            out.append("    " + render("compare.old", lang, cite=cite(r.old_citation)))
            out.append("    " + render("compare.new", lang, cite=cite(r.new_citation)))
        out.append("")
        out.append(render("compare.head.cosmetic", lang, n=len(self.cosmetic)))
        if not self.cosmetic:
            out.append("  " + render("compare.none", lang))
        for rules, lines in self._cosmetic_groups(lang):
            out.append("  " + ", ".join(rules))
            out.extend(f"    {line}" for line in lines)
        if self.unencoded_added or self.unencoded_removed:
            out.append("")
            out.append(render("compare.head.unencoded", lang))
            out.extend(f"  + {t}" for t in self.unencoded_added)
            out.extend(f"  - {t}" for t in self.unencoded_removed)
        return "\n".join(out)

    def _cosmetic_groups(self, lang: Lang) -> list[tuple[list[str], list[str]]]:
        """Cosmetic changes; rules with the same changes in words (a shared quote) together."""
        out: list[tuple[list[str], list[str]]] = []
        for r in self.cosmetic:
            lines = [f.text(lang) for f in r.cosmetic]
            same = next((g for g in out if g[1] == lines), None)
            if same is None:
                out.append(([r.rule], lines))
            else:
                same[0].append(r.rule)
        return out

    def markdown(self, lang: Lang = "nl") -> str:
        out = [
            "# " + render("compare.md.title", lang, old=self.old.id, new=self.new.id),
            "",
            "| | " + render("compare.md.old", lang) + " | " + render("compare.md.new", lang) + " |",
            "|---|---|---|",
        ]
        for key, a, b in (
            ("compare.md.version", self.old.version, self.new.version),
            ("compare.md.valid_from", self.old.valid_from, self.new.valid_from),
            ("compare.md.name", self.old.name, self.new.name),
        ):
            out.append(f"| {render(key, lang)} | {_md(show(a, lang))} | {_md(show(b, lang))} |")
        out += ["", f"**{self._summary(lang)}**", ""]
        out.append("## " + render("compare.head.meaning", lang, n=len(self.changes)))
        out.append("")
        if not self.changes:
            out += [render("compare.none", lang), ""]
        for r in self.changes:
            sev = render(f"compare.severity.{r.severity}", lang)
            kind = render(f"compare.kind.{r.kind}", lang)
            out += [f"### `{r.rule}`: {kind} ({sev})", ""]
            for f in r.fields:
                out.append(f"- {_md(f.text(lang))} ({render(f'compare.sev.{f.severity}', lang)})")
            out += ["", f"| | {render('compare.md.citation', lang)} |", "|---|---|"]
            out.append(f"| {render('compare.md.old', lang)} | {_md(cite(r.old_citation))} |")
            out.append(f"| {render('compare.md.new', lang)} | {_md(cite(r.new_citation))} |")
            out.append("")
        out.append("## " + render("compare.head.cosmetic", lang, n=len(self.cosmetic)))
        out.append("")
        if not self.cosmetic:
            out += [render("compare.none", lang), ""]
        for rules, lines in self._cosmetic_groups(lang):
            out.append("- " + ", ".join(f"`{rule}`" for rule in rules))
            out.extend(f"  - {_md(line)}" for line in lines)
        if self.cosmetic:
            out.append("")
        if self.unencoded_added or self.unencoded_removed:
            out += ["## " + render("compare.head.unencoded", lang), ""]
            out.extend(f"- + {_md(t)}" for t in self.unencoded_added)
            out.extend(f"- − {_md(t)}" for t in self.unencoded_removed)
            out.append("")
        return "\n".join(out).rstrip() + "\n"

    def to_json(self, lang: Lang = "nl") -> dict[str, Any]:
        return {
            "old": self.old.to_json(),
            "new": self.new.to_json(),
            "equal_in_meaning": self.equal_in_meaning,
            "counts": {**self.counts(), "cosmetic": len(self.cosmetic)},
            "summary": self._summary(lang),
            "metadata": [m.to_json(lang) for m in self.metadata],
            "changes": [r.to_json(lang) for r in self.changes],
            "cosmetic": [
                {"section": r.section, "id": r.id, "fields": [f.to_json(lang) for f in r.cosmetic]}
                for r in self.cosmetic
            ],
            "unencoded": {
                "added": list(self.unencoded_added),
                "removed": list(self.unencoded_removed),
            },
        }


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


# ----------------------------------------------------------------- terms


def _term_party(term_id: str) -> Party:
    """Whose term it is (the vocabulary): a longer term favours that party."""
    return TERM_KINDS[term_id].party


def _by_length(party: str, longer: int) -> Severity:
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
    return Word(f"role.{role}", raw=role)


def _start(start: str | None) -> Word | None:
    return None if start is None else Word(label_key("start", start), raw=start)


def _body_name(reg: Regulation, body_id: str | None) -> object:
    if body_id is None:
        return None
    if body_id == "other_provider":
        return Word("body.other_provider", raw=body_id)
    body = reg.bodies.get(body_id)
    return body.name if body is not None else body_id


# ----------------------------------------------------------------- rule comparison


@dataclass
class _Fields:
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


def _citation_and_reading(f: _Fields, old: Any, new: Any) -> None:
    oc, nc = old.citation, new.citation
    if oc.quote != nc.quote:
        f.wording("citation.quote", "compare.cosmetic.quote", oc.quote, nc.quote)
    if oc.article != nc.article:
        f.wording("citation.article", "compare.cosmetic.article", oc.article, nc.article)
    if oc.source != nc.source:
        f.wording("citation.source", "compare.cosmetic.source", oc.source, nc.source)
    if getattr(old, "reading", None) != getattr(new, "reading", None):
        f.wording("reading", "compare.cosmetic.reading", old.reading, new.reading)


def _standing(f: _Fields, rid: str, old: StandingRule, new: StandingRule) -> None:
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


def _channels(f: _Fields, rid: str, old: ChannelRule, new: ChannelRule) -> None:
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


def _anonymity(f: _Fields, rid: str, old: AnonymityRule, new: AnonymityRule) -> None:
    if old.accepted != new.accepted:
        f.add(
            "accepted",
            "compare.anonymity.accepted",
            old.accepted,
            new.accepted,
            MORE if new.accepted else LESS,
            id=rid,
        )


def _admissibility(f: _Fields, rid: str, old: AdmissibilityRule, new: AdmissibilityRule) -> None:
    for name in ("ground", "fact", "term"):
        a, b = getattr(old, name), getattr(new, name)
        if a != b:
            if name == "ground":
                a, b = Word(f"ground.{a}", raw=a), Word(f"ground.{b}", raw=b)
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
    f: _Fields, name: str, key: str, old: Condition | None, new: Condition | None, **params: object
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
    f: _Fields,
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


def _terms(f: _Fields, rid: str, old: TermRule, new: TermRule) -> None:
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
    if old.extends != new.extends:
        f.add("extends", "compare.term.extends", old.extends, new.extends, name=name)
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


def _notice(notice: str | None) -> Word | None:
    return None if notice is None else Word(f"compare.notice.{notice}", raw=notice)


def _escalation(
    f: _Fields, rid: str, old: StepRule, new: StepRule, old_reg: Regulation, new_reg: Regulation
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


def _bodies(f: _Fields, rid: str, old: Body, new: Body) -> None:
    for name in _BODY_FIELDS:
        a, b = getattr(old, name), getattr(new, name)
        if a != b:
            f.add(name, f"compare.body.{name}", a, b, id=rid)


def _provisions(f: _Fields, rid: str, old: Provision, new: Provision) -> None:
    if _norm(old.summary) != _norm(new.summary):
        f.add("summary", "compare.provision.summary", old.summary, new.summary, id=rid)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# ----------------------------------------------------------------- added and removed


def _added(section: str, rid: str, rule: Any, reg: Regulation) -> FieldChange:
    """One entry describing a rule that is new in ``reg``."""
    severity, key, value, params = _presence(section, rid, rule, reg)
    return FieldChange("rule", f"compare.added.{key}", None, value, severity, params)


def _removed(section: str, rid: str, rule: Any, reg: Regulation) -> FieldChange:
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
        if rule.extends is not None:
            severity = NEUTRAL if rule.consent_required else LESS
        elif party == "provider":
            severity = MORE
        elif party == "complainant":
            severity = LESS
        else:
            severity = NEUTRAL
        return severity, "term", RuleText(section, rule), (("name", _term_name(rid)),)
    if section == "escalation":
        return (
            MORE,
            "step",
            rule.name,
            (("step", _step_name(rid)), ("body", _body_name(reg, rule.body))),
        )
    if section == "bodies":
        return NEUTRAL, "body", rule.name, (("id", rid), ("kind", rule.kind))
    return NEUTRAL, "provision", rule.summary, (("id", rid),)


# ----------------------------------------------------------------- the diff


_Comparer = Callable[[_Fields, str, Any, Any, Regulation, Regulation], None]

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
}

#: Sections whose order changes what the evaluator does (the first routing rule that
#: applies wins); in the others, order is wording.
_ORDERED = frozenset({"routing"})

_META_FIELDS = ("name", "title", "version", "valid_from", "valid_until", "law", "extends")


def _omitted_citation(reg: Regulation, section: str, rid: str) -> Citation | None:
    return next((o.citation for o in reg.omits if o.section == section and o.id == rid), None)


def _rule_changes(old: Regulation, new: Regulation) -> Iterator[RuleChange]:
    for section in SECTIONS:
        a: Mapping[str, Any] = getattr(old, section)
        b: Mapping[str, Any] = getattr(new, section)
        for rid in [*a, *(k for k in b if k not in a)]:
            if rid not in b:
                yield RuleChange(
                    section,
                    rid,
                    "removed",
                    (_removed(section, rid, a[rid], old),),
                    old_citation=a[rid].citation,
                    new_citation=_omitted_citation(new, section, rid),
                    old_origin=old.origin(section, rid),
                )
                continue
            if rid not in a:
                yield RuleChange(
                    section,
                    rid,
                    "added",
                    (_added(section, rid, b[rid], new),),
                    old_citation=_omitted_citation(old, section, rid),
                    new_citation=b[rid].citation,
                    new_origin=new.origin(section, rid),
                )
                continue
            f = _Fields()
            _COMPARERS[section](f, rid, a[rid], b[rid], old, new)
            _citation_and_reading(f, a[rid], b[rid])
            o_origin, n_origin = old.origin(section, rid), new.origin(section, rid)
            if o_origin != n_origin:
                f.wording("origin", "compare.cosmetic.origin", o_origin, n_origin)
            if f.meaning or f.cosmetic:
                yield RuleChange(
                    section,
                    rid,
                    "changed",
                    tuple(f.meaning),
                    tuple(f.cosmetic),
                    a[rid].citation,
                    b[rid].citation,
                    o_origin,
                    n_origin,
                )
        common_a = [k for k in a if k in b]
        common_b = [k for k in b if k in a]
        if common_a != common_b:
            order = FieldChange(
                "order",
                "compare.order",
                common_a,
                common_b,
                NEUTRAL,
                (("section", Word(f"section.{section}")),),
            )
            if section in _ORDERED:
                yield RuleChange(section, "*", "changed", (order,))
            else:
                yield RuleChange(section, "*", "changed", (), (order,))


def _metadata(old: Regulation, new: Regulation) -> Iterator[FieldChange]:
    for name in _META_FIELDS:
        a, b = getattr(old, name), getattr(new, name)
        if a != b:
            yield FieldChange(name, f"compare.meta.{name}", a, b)


def _unencoded(reg: Regulation) -> list[str]:
    return [_norm(u.text) for u in reg.unencoded]


def diff(old: Regulation, new: Regulation) -> RegulationDiff:
    """Rule-by-rule differences between two effective regulations (see the module doc)."""
    a, b = _unencoded(old), _unencoded(new)
    return RegulationDiff(
        old=Side.of(old),
        new=Side.of(new),
        rules=tuple(_rule_changes(old, new)),
        metadata=tuple(_metadata(old, new)),
        unencoded_added=tuple(t for t in b if t not in a),
        unencoded_removed=tuple(t for t in a if t not in b),
    )
