"""What the evaluator concludes about a complaint, and how it reads."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, PrivateAttr

from klachtregels.messages import Lang, render
from klachtregels.regulation import Body, Citation, Condition
from klachtregels.render import condition_text
from klachtregels.terms import DueDate

__all__ = ["Assessment", "Deadline", "Finding", "Status", "Step", "Verdict"]

Status = Literal["open", "met", "missed"]


class _Out(BaseModel):
    model_config = ConfigDict(frozen=True)


class Finding(_Out):
    """One conclusion: a stable code, a message, the article it rests on."""

    code: str
    message: str
    citation: Citation | None = None
    params: dict[str, Any] = {}

    def text(self, lang: Lang) -> str:
        return render(f"finding.{self.code}", lang, **_params(self.params, lang))


class Verdict(_Out):
    ok: bool
    findings: list[Finding]


class Step(_Out):
    """A step on the escalation path, open to the complainant now or not."""

    id: str
    name: str
    body: str | None = None
    contact: str | None = None
    open: bool
    reason: str
    citation: Citation
    _reason: tuple[str, dict[str, Any]] | None = PrivateAttr(default=None)

    def reason_text(self, lang: Lang) -> str:
        if self._reason is None:
            return self.reason
        key, params = self._reason
        words = {
            k: condition_text(v, lang) if isinstance(v, Condition) else v for k, v in params.items()
        }
        return render(key, lang, **words)


class Deadline(_Out):
    """A term running for the complaint: start, due date, status, and why."""

    id: str
    start: date
    due: date
    term: str
    atw_extended: bool
    status: Status | None
    explanation: str
    citation: Citation
    _due: DueDate | None = PrivateAttr(default=None)

    def explanation_in(self, lang: Lang) -> str:
        return "; ".join(self._due.explain(lang)) if self._due is not None else self.explanation


class Assessment(_Out):
    """The evaluation of one complaint under one regulation."""

    regulation: str
    version: str
    as_of: date | None
    standing: Verdict
    admissibility: Verdict
    forward_to: Body | None
    route: list[Step]
    next_steps: list[Step]
    deadlines: list[Deadline]
    findings: list[Finding]

    def explain(self, lang: Lang = "nl") -> str:
        """Verdicts first, then deadlines as a table, then the route, then the citations."""
        cites: list[Citation] = []

        def ref(c: Citation | None) -> str:
            if c is None:
                return ""
            if c not in cites:
                cites.append(c)
            return f" [{cites.index(c) + 1}]"

        yes, no = render("cond.yes", lang), render("cond.no", lang)
        out = [
            render(
                "explain.header",
                lang,
                id=self.regulation,
                version=self.version,
                as_of=self.as_of.isoformat() if self.as_of else "-",
            )
        ]
        for key, verdict in (
            ("explain.standing", self.standing),
            ("explain.admissibility", self.admissibility),
        ):
            out.append(render(key, lang, ok=yes if verdict.ok else no))
            out.extend(f"  - {f.text(lang)}{ref(f.citation)}" for f in verdict.findings)
        if self.forward_to is not None:
            out.append(
                render("explain.forward", lang, body=self.forward_to.name)
                + ref(self.forward_to.citation)
            )
        if self.findings:
            out.append(render("explain.findings", lang))
            out.extend(f"  - {f.text(lang)}{ref(f.citation)}" for f in self.findings)
        out.append("")
        out.append(render("explain.deadlines", lang))
        if self.deadlines:
            head = render("explain.deadline_head", lang).split("|")
            rows = [
                [
                    d.id,
                    d.start.isoformat(),
                    d.due.isoformat(),
                    d.term,
                    render(f"status.{d.status or 'none'}", lang) + ref(d.citation),
                ]
                for d in self.deadlines
            ]
            widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
            for r in [head, *rows]:
                out.append(
                    "  " + "  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True))
                )
            for d in self.deadlines:
                out.append(f"  {d.id}: {d.explanation_in(lang)}")
        else:
            out.append("  " + render("explain.none", lang))
        out.append("")
        out.append(render("explain.route", lang))
        for s in self.route:
            mark = render("explain.open" if s.open else "explain.closed", lang)
            body = f" ({s.body})" if s.body else ""
            out.append(f"  [{mark}] {s.name}{body} — {s.reason_text(lang)}{ref(s.citation)}")
            if s.open and s.contact:
                out.append(f"        {s.contact}")
        out.append("")
        out.append(render("explain.citations", lang))
        out.extend(f'  [{i}] {c.source} {c.article}: "{c.quote}"' for i, c in enumerate(cites, 1))
        return "\n".join(out)


def _params(params: dict[str, Any], lang: Lang) -> dict[str, Any]:
    """Finding parameters for rendering: ISO dates back to dates, role codes to words."""
    out: dict[str, Any] = {}
    for k, v in params.items():
        if k == "role":
            out[k] = render(f"role.{v}", lang)
        elif isinstance(v, str) and _is_iso(v):
            out[k] = date.fromisoformat(v)
        else:
            out[k] = v
    return out


def _is_iso(text: str) -> bool:
    return len(text) == 10 and text[4] == "-" and text[7] == "-" and text[:4].isdigit()
