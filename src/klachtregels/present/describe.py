"""Regulations as text for people: the effective rules, where each comes from."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from klachtregels.messages import Lang, render
from klachtregels.model.regulation import SECTIONS, Citation, Regulation
from klachtregels.model.wording import cite_text, rule_summary, version_text

__all__ = ["describe"]


def _cite(c: Citation, lang: Lang = "nl") -> str:
    return cite_text(c, lang)


def describe(
    reg: Regulation,
    lang: Lang = "nl",
    conflicts: Mapping[str, Sequence[tuple[str, str]]] | None = None,
) -> str:
    """The effective regulation, section by section, with each rule's origin and citation.

    ``conflicts`` gives, per rule (``"standing.client"``), where its text is narrower
    than the law: (the statute's article, what conformance says), in ``lang``; each is
    shown under its rule, so that no one reads the narrower text as what applies (the
    evaluation follows the law there)."""
    conflicts = conflicts or {}
    lines = [
        f"{reg.name} — {reg.title}",
        render(
            "show.identity",
            lang,
            id=reg.id,
            version=version_text(reg.version),
            valid_from=reg.valid_from.isoformat(),
            valid_until=reg.valid_until.isoformat() if reg.valid_until else "...",
            law=reg.law or "-",
            extends=", ".join(reg.extends) or "-",
        ),
    ]
    if conflicts:
        n = sum(map(len, conflicts.values()))
        lines.append(render("show.law_conflicts", lang, n=n, id=reg.id))
    for section in SECTIONS:
        rules = getattr(reg, section)
        if not rules:
            continue
        lines.append("")
        lines.append(render(f"section.{section}", lang))
        for rule_id, rule in rules.items():
            origin = reg.origin(section, rule_id)
            lines.append(
                f"  {rule_id}: {rule_summary(section, rule, lang, rule_id, reg.bodies)}  [{origin}]"
            )
            lines.append(f"      {_cite(rule.citation, lang)}")
            reading = rule.reading_in(lang) if hasattr(rule, "reading_in") else None
            if reading:
                lines.append("      " + render("show.reading", lang, text=reading))
            for article, text in conflicts.get(f"{section}.{rule_id}", ()):
                conflict = render("show.law_conflict", lang, article=article, text=text)
                lines.append(f"      {conflict}")
    if reg.unencoded:
        lines.append("")
        lines.append(render("section.unencoded", lang))
        for item in reg.unencoded:
            lines.append(f"  - {item.text}")
    return "\n".join(lines)
