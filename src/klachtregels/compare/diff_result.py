"""What :func:`klachtregels.compare.diff.diff` finds, and how it reads.

:class:`FieldChange` is one field of a rule in words, with its value before and after
and a severity for the complainant; :class:`RuleChange` a rule added, removed or changed
with the citation on both sides; :class:`RegulationDiff` all of them, with the changes
to the regulation's own data and to what is not encoded. Each renders as text,
Markdown and JSON in Dutch or English from the one message catalogue.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from klachtregels.compare.values import (
    LESS,
    MORE,
    NEUTRAL,
    SEVERITIES,
    Severity,
    Side,
    cite,
    cite_json,
    raw,
    show,
)
from klachtregels.messages import Lang, render
from klachtregels.model.regulation import Citation

__all__ = ["FieldChange", "Kind", "RegulationDiff", "RuleChange"]

Kind = Literal["added", "removed", "changed"]


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
            out.append("    " + render("compare.old", lang, cite=cite(r.old_citation, lang)))
            out.append("    " + render("compare.new", lang, cite=cite(r.new_citation, lang)))
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
            out.append(f"| {render('compare.md.old', lang)} | {_md(cite(r.old_citation, lang))} |")
            out.append(f"| {render('compare.md.new', lang)} | {_md(cite(r.new_citation, lang))} |")
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
