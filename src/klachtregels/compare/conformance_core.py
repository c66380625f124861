"""What the conformance checks are made of: findings, checks not made, and the checker.

A check reads two things: the effective regulation, and the law base's own rules
(:meth:`Regulation.law_rule`), which hold the statute's terms, roles, channels and
steps with their citations. The checker gives every finding the article of the law
rule it was checked against (from that rule's citation), records which omitted law
rules a check has reported, and collects what could not be checked because the
encoding does not say it. Pure: no clock, no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from klachtregels.compare.conditions import condition_implies
from klachtregels.compare.values import cite_json, raw, show
from klachtregels.messages import Lang, render
from klachtregels.model.regulation import Citation, Condition, Regulation, StepRule
from klachtregels.model.wording import LAW_NAMES

__all__ = [
    "LAW_NAMES",
    "SEVERITY_ORDER",
    "Checker",
    "ConformanceFinding",
    "ConformanceSeverity",
    "NotChecked",
    "disjuncts",
]

ConformanceSeverity = Literal["violation", "risk", "note"]
SEVERITY_ORDER: tuple[ConformanceSeverity, ...] = ("violation", "risk", "note")
#: How a statute's source key is abbreviated in an article reference ("Wkkgz art. 17
#: lid 1"); a source not listed is named by its title in the regulation's ``sources``.

Params = tuple[tuple[str, object], ...]


@dataclass(frozen=True)
class ConformanceFinding:
    """One result of a check: what, how serious, where in the regulation and the statute."""

    code: str
    severity: ConformanceSeverity
    article: str
    rule: str | None = None
    citation: Citation | None = None
    law_citation: Citation | None = None
    params: Params = ()

    def text(self, lang: Lang = "nl") -> str:
        return render(f"conform.{self.code}", lang, **{k: show(v, lang) for k, v in self.params})

    def to_json(self, lang: Lang = "nl") -> dict[str, Any]:
        return {
            "code": self.code,
            "severity": self.severity,
            "article": self.article,
            "rule": self.rule,
            "message": self.text(lang),
            "citation": cite_json(self.citation),
            "law_citation": cite_json(self.law_citation),
            "params": {k: raw(v) for k, v in self.params},
        }


@dataclass(frozen=True)
class NotChecked:
    """A check that was not made because the encoding has no field for what it needs."""

    code: str
    rule: str
    citation: Citation | None = None
    params: Params = ()

    def text(self, lang: Lang = "nl") -> str:
        values = {k: show(v, lang) for k, v in self.params}
        return render(f"conform.not_checked.{self.code}", lang, rule=self.rule, **values)

    def where(self) -> str:
        return "—" if self.citation is None else f"{self.citation.source} {self.citation.article}"

    def to_json(self, lang: Lang = "nl") -> dict[str, Any]:
        return {
            "code": self.code,
            "rule": self.rule,
            "text": self.text(lang),
            "citation": cite_json(self.citation),
        }


def disjuncts(c: Condition) -> list[Condition]:
    """The alternatives of a condition: the parts of an ``any``, else the condition."""
    return list(c.any) if c.any is not None else [c]


@dataclass
class Checker:
    """The regulation under check, its findings so far, and what could not be checked."""

    reg: Regulation
    found: list[ConformanceFinding] = field(default_factory=list)
    skipped: list[NotChecked] = field(default_factory=list)
    #: Omitted law rules (section, id) a check has reported with the omission's citation.
    reported: set[tuple[str, str]] = field(default_factory=set)

    # --- the law base

    def law(self, section: str, rule_id: str) -> Any:
        """The law base's own rule (None when no law base of the regulation has it)."""
        return self.reg.law_rule(section, rule_id)

    def law_ids(self, section: str) -> list[str]:
        """The ids of the law base's rules in a section, kept, replaced or omitted."""
        ids = list(getattr(self.reg, section))
        ids += [o.id for o in self.reg.omits if o.section == section and o.id not in ids]
        return [i for i in ids if self.law(section, i) is not None]

    def own(self, section: str, rule_id: str) -> bool:
        """Whether the rule is the regulation's own (not left to a law base)."""
        return self.reg.origin(section, rule_id) == self.reg.id

    def omission(self, section: str, rule_id: str) -> Citation | None:
        """The citation of the regulation's omission of a law rule; marks it reported."""
        self.reported.add((section, rule_id))
        return next(
            (o.citation for o in self.reg.omits if o.section == section and o.id == rule_id),
            None,
        )

    def article(self, citations: Iterable[Citation]) -> str:
        """``Wkkgz art. 14 lid 1, art. 14 lid 2; BW art. 7:447 lid 1``: each distinct
        article once, grouped by statute in the order first cited."""
        by_source: dict[str, list[str]] = {}
        for c in citations:
            articles = by_source.setdefault(c.source, [])
            if c.article not in articles:
                articles.append(c.article)
        return "; ".join(
            f"{self._law_name(source)} {', '.join(articles)}"
            for source, articles in by_source.items()
        )

    def _law_name(self, source: str) -> str:
        if source in LAW_NAMES:
            return LAW_NAMES[source]
        known = self.reg.sources.get(source)
        return known.title if known is not None else source

    def law_name(self) -> str:
        """The statute the regulation falls under, as named in article references."""
        return LAW_NAMES.get(self.reg.law or "", self.reg.law or "—")

    # --- results

    def add(
        self,
        code: str,
        severity: ConformanceSeverity,
        rule: str | None,
        citation: Citation | None,
        law: Any,
        article: str | None = None,
        **params: object,
    ) -> None:
        """A finding checked against the law rule ``law``: its article is that rule's,
        unless ``article`` names several."""
        law_citation: Citation = law.citation
        self.found.append(
            ConformanceFinding(
                code,
                severity,
                article or self.article([law_citation]),
                rule,
                citation,
                law_citation,
                tuple(params.items()),
            )
        )

    def no_law_rule(self, what: str) -> None:
        """A check that needs a law rule (``terms.judgment``) or a section of law rules
        (``standing``) the loaded regulation does not have: a note, and no check."""
        self.found.append(
            ConformanceFinding(
                "no_law_rule", "note", self.law_name(), what, None, None, (("what", what),)
            )
        )

    def skip(self, code: str, rule: str, citation: Citation | None, **params: object) -> None:
        """A check not made: the encoding has no field that says what it needs."""
        self.skipped.append(NotChecked(code, rule, citation, tuple(params.items())))

    # --- conditions

    def narrower(self, step_id: str, step: StepRule) -> list[Condition]:
        """The alternatives of the law base's condition for a step that the regulation's
        condition does not cover, in the law base's order."""
        law: StepRule | None = self.law("escalation", step_id)
        if law is None:
            return []
        return [d for d in disjuncts(law.open_when) if not condition_implies(d, step.open_when)]
