"""Values of a comparison in words and as JSON, shared by the diff and conformance.

:class:`Word` is a value shown as a catalogue text, :class:`RuleText` a whole rule in
one line; :func:`show` writes any field value for people, :func:`raw` for JSON.
:class:`Side` names one regulation of a comparison.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from klachtregels.law.terms import Term
from klachtregels.messages import Lang, render
from klachtregels.model.regulation import Citation, Condition, Regulation
from klachtregels.model.wording import cite_text, condition_text, rule_summary

__all__ = [
    "LESS",
    "MORE",
    "NEUTRAL",
    "SEVERITIES",
    "RuleText",
    "Severity",
    "Side",
    "Word",
    "cite",
    "cite_json",
    "raw",
    "raw_rule",
    "show",
]

#: What a change means for the complainant.
Severity = Literal["less_favourable", "more_favourable", "neutral"]
#: Severities from the least favourable for the complainant on.
SEVERITIES: tuple[Severity, ...] = ("less_favourable", "more_favourable", "neutral")
LESS: Severity = "less_favourable"
MORE: Severity = "more_favourable"
NEUTRAL: Severity = "neutral"


@dataclass(frozen=True)
class Word:
    """A value shown as a catalogue text (a role, a channel, a start event, ...)."""

    key: str
    params: tuple[tuple[str, object], ...] = ()
    raw: object = None

    def text(self, lang: Lang) -> str:
        return render(self.key, lang, **{k: show(v, lang) for k, v in self.params})


@dataclass(frozen=True)
class RuleText:
    """A whole rule in one line (:func:`klachtregels.model.wording.rule_summary`)."""

    section: str
    rule: object
    rule_id: str = ""

    def text(self, lang: Lang) -> str:
        return rule_summary(self.section, self.rule, lang, self.rule_id)


def show(value: object, lang: Lang) -> str:
    """A field value in words, in ``lang``."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return render("cond.yes" if value else "cond.no", lang)
    if isinstance(value, Term):
        return value.label(lang)
    if isinstance(value, Condition):
        return condition_text(value, lang)
    if isinstance(value, Word | RuleText):
        return value.text(lang)
    if isinstance(value, Citation):
        return cite(value, lang)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        if value and all(isinstance(v, Condition) for v in value):  # alternatives
            return f" {render('cond.or', lang)} ".join(show(v, lang) for v in value)
        return ", ".join(show(v, lang) for v in value) or "—"
    return str(value)


def raw(value: object) -> Any:
    """A field value for JSON."""
    if isinstance(value, Term):
        return value.label("nl")
    if isinstance(value, Condition):
        return value.model_dump(mode="json", by_alias=True, exclude_defaults=True)
    if isinstance(value, Word):
        return raw(value.raw) if value.raw is not None else value.key.rsplit(".", 1)[-1]
    if isinstance(value, RuleText):
        return raw_rule(value.rule)
    if isinstance(value, Citation):
        return cite_json(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [raw(v) for v in value]
    return value


def raw_rule(rule: object) -> Any:
    if hasattr(rule, "model_dump"):
        dumped: Any = rule.model_dump(mode="json", by_alias=True, exclude_defaults=True)
        return dumped
    return rule  # pragma: no cover


def cite(c: Citation | None, lang: Lang = "nl") -> str:
    return "—" if c is None else cite_text(c, lang)


def cite_json(c: Citation | None) -> dict[str, str | None] | None:
    return None if c is None else {"source": c.source, "article": c.article, "quote": c.quote}


@dataclass(frozen=True)
class Side:
    """Which regulation and version one side of a comparison is."""

    id: str
    name: str
    version: str
    valid_from: date
    valid_until: date | None

    @classmethod
    def of(cls, reg: Regulation) -> Side:
        return cls(reg.id, reg.name, reg.version, reg.valid_from, reg.valid_until)

    def label(self, lang: Lang) -> str:
        return render(
            "compare.side",
            lang,
            id=self.id,
            version=self.version,
            valid_from=self.valid_from.isoformat(),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "version": self.version,
            "valid_from": self.valid_from.isoformat(),
            "valid_until": self.valid_until.isoformat() if self.valid_until else None,
        }
