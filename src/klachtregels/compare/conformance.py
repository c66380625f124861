"""Conformance: an effective regulation compared with the statute it falls under.

:func:`conformance` returns findings, each with a severity, the statute's article, the
regulation's citation (where the regulation says something) and the statute's own
text from the law base:

* ``violation``: the encoded regulation conflicts with the statute;
* ``risk``: the regulation's *text* falls short of the statute (it leaves something
  to the law, is silent where the statute requires it to speak, or sets a condition
  the statute does not), while the encoding follows the statute;
* ``note``: worth knowing, not a shortfall; also what cannot be checked because the
  source is not encoded.

The statute is the law base: its terms, roles, channels and steps, each with the
citation a finding's article comes from (:mod:`klachtregels.compare.conformance_core`).
Wkkgz (care in general): :mod:`klachtregels.compare.conformance_wkkgz`; Jeugdwet (youth
care): :mod:`klachtregels.compare.conformance_jeugdwet`; standing, channels and omitted
law rules for both: :mod:`klachtregels.compare.conformance_common`. No check reads the
words of a text: where a check would need what the encoding does not say, it is listed
as not checked, beside the regulation's own unencoded passages. Pure: no clock, no I/O.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from klachtregels.compare.conformance_common import check_omissions, check_terms_as_provisions
from klachtregels.compare.conformance_core import (
    LAW_NAMES,
    SEVERITY_ORDER,
    Checker,
    ConformanceFinding,
    ConformanceSeverity,
    NotChecked,
)
from klachtregels.compare.conformance_jeugdwet import JEUGDWET_CHECKS
from klachtregels.compare.conformance_wkkgz import WKKGZ_CHECKS
from klachtregels.compare.values import Side, cite, cite_json
from klachtregels.messages import Lang, render
from klachtregels.model.regulation import Regulation, Unencoded

__all__ = [
    "Conformance",
    "ConformanceFinding",
    "ConformanceSeverity",
    "NotChecked",
    "conformance",
]


@dataclass(frozen=True)
class Conformance:
    """The findings for one regulation, worst first, and what could not be checked."""

    regulation: Side
    law: str | None
    findings: tuple[ConformanceFinding, ...]
    #: The regulation's and its law bases' passages that are not encoded.
    unchecked: tuple[Unencoded, ...] = ()
    #: The checks not made because the encoding does not say what they need.
    not_checked: tuple[NotChecked, ...] = ()

    @property
    def ok(self) -> bool:
        """No violations (risks and notes allowed)."""
        return not any(f.severity == "violation" for f in self.findings)

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = dict.fromkeys(SEVERITY_ORDER, 0)
        for f in self.findings:
            out[f.severity] += 1
        return out

    def by_code(self) -> dict[str, list[ConformanceFinding]]:
        out: dict[str, list[ConformanceFinding]] = {}
        for f in self.findings:
            out.setdefault(f.code, []).append(f)
        return out

    def _head(self, lang: Lang) -> list[str]:
        c = self.counts()
        return [
            render(
                "conform.title",
                lang,
                reg=self.regulation.label(lang),
                law=LAW_NAMES.get(self.law or "", self.law or "—"),
            ),
            render(
                "conform.summary",
                lang,
                violation=c["violation"],
                risk=c["risk"],
                note=c["note"],
            ),
        ]

    def text(self, lang: Lang = "nl") -> str:
        out = self._head(lang)
        for f in self.findings:
            sev = render(f"conform.severity.{f.severity}", lang)
            where = f" ({f.rule})" if f.rule else ""
            out += ["", f"[{sev}] {f.article}{where}", f"  {f.text(lang)}"]
            out.append("  " + render("conform.reg_cite", lang, cite=cite(f.citation, lang)))
            if f.law_citation is not None:
                out.append("  " + render("conform.law_cite", lang, cite=cite(f.law_citation, lang)))
        if self.not_checked or self.unchecked:
            out += ["", render("conform.unchecked", lang, n=self._n_unchecked())]
            out.extend(f"  - [{n.where()}] {n.text(lang)}" for n in self.not_checked)
            out.extend(f"  - [{_where(u)}] {_one_line(u.text)}" for u in self.unchecked)
        return "\n".join(out)

    def _n_unchecked(self) -> int:
        return len(self.not_checked) + len(self.unchecked)

    def markdown(self, lang: Lang = "nl") -> str:
        head = self._head(lang)
        out = [f"# {head[0]}", "", f"**{head[1]}**", ""]
        if self.findings:
            out.append(
                "| | "
                + " | ".join(
                    render(k, lang)
                    for k in ("conform.md.severity", "conform.md.article", "conform.md.finding")
                )
                + " |"
            )
            out.append("|---|---|---|---|")
            for n, f in enumerate(self.findings, 1):
                sev = render(f"conform.severity.{f.severity}", lang)
                out.append(f"| {n} | {sev} | {f.article} | {_md(f.text(lang))} |")
            out.append("")
        for n, f in enumerate(self.findings, 1):
            out.append(f"{n}. **{f.article}**" + (f" (`{f.rule}`)" if f.rule else ""))
            out.append(f"   - {render('conform.reg_cite', lang, cite=_md(cite(f.citation, lang)))}")
            if f.law_citation is not None:
                out.append(
                    f"   - {render('conform.law_cite', lang, cite=_md(cite(f.law_citation, lang)))}"
                )
        if self.not_checked or self.unchecked:
            out += ["", "## " + render("conform.unchecked", lang, n=self._n_unchecked()), ""]
            out.extend(f"- [{_md(n.where())}] {_md(n.text(lang))}" for n in self.not_checked)
            out.extend(f"- [{_md(_where(u))}] {_md(_one_line(u.text))}" for u in self.unchecked)
        return "\n".join(out).rstrip() + "\n"

    def to_json(self, lang: Lang = "nl") -> dict[str, Any]:
        return {
            "regulation": self.regulation.to_json(),
            "law": self.law,
            "ok": self.ok,
            "counts": self.counts(),
            "findings": [f.to_json(lang) for f in self.findings],
            "unchecked": [
                {"text": _one_line(u.text), "citation": cite_json(u.citation)}
                for u in self.unchecked
            ],
            "not_checked": [n.to_json(lang) for n in self.not_checked],
        }


def _where(u: Unencoded) -> str:
    return "—" if u.citation is None else f"{u.citation.source} {u.citation.article}"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


# ----------------------------------------------------------------- entry point

_CHECKS: dict[str | None, tuple[Callable[[Checker], None], ...]] = {
    "wkkgz": WKKGZ_CHECKS,
    "jeugdwet": JEUGDWET_CHECKS,
}
#: After the statute's checks: what they did not report.
_LAST: tuple[Callable[[Checker], None], ...] = (check_terms_as_provisions, check_omissions)


def conformance(reg: Regulation) -> Conformance:
    """Check an effective regulation against its statute (see the module doc)."""
    ch = Checker(reg)
    if reg.kind == "regulation":
        for check in (*_CHECKS.get(reg.law, ()), *_LAST):
            check(ch)
    rank = {s: i for i, s in enumerate(SEVERITY_ORDER)}
    findings = sorted(ch.found, key=lambda f: rank[f.severity])
    return Conformance(
        regulation=Side.of(reg),
        law=reg.law,
        findings=tuple(findings),
        unchecked=tuple(reg.unencoded) if reg.kind == "regulation" else (),
        not_checked=tuple(ch.skipped),
    )
