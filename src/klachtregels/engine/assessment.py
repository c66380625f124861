"""What the evaluator concludes about a complaint, and how it reads.

Plain frozen dataclasses (built fast, once per complaint) with the field names of
the contract. Texts (``message``, ``reason``, ``explanation``) are rendered when
read, in the language the assessment was made in; :meth:`Assessment.explain` and
the ``*_in(lang)`` methods give another language. ``model_dump(mode="json")``
gives the stable JSON form.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from klachtregels.law.terms import DueDate
from klachtregels.messages import Lang, render
from klachtregels.model.regulation import Body, Citation, Condition
from klachtregels.model.wording import condition_text

__all__ = ["SCHEMA_VERSION", "Assessment", "Deadline", "Finding", "Status", "Step", "Verdict"]

#: The version of the JSON form of an assessment (``schemas/assessment.json``); raised
#: when a field is added, removed or changes meaning.
SCHEMA_VERSION = 1

Status = Literal["open", "met", "missed"]


def _cite(c: Citation | None) -> dict[str, Any] | None:
    return None if c is None else {"source": c.source, "article": c.article, "quote": c.quote}


def _words(params: Mapping[str, Any], lang: Lang) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in params.items():
        if isinstance(v, Condition):
            out[k] = condition_text(v, lang)
        elif k in ("role", "channel"):
            out[k] = render(f"{k}.{v}", lang)
        elif k == "term_id":
            out[k] = render(f"term.name.{v}", lang)
        elif v is None:
            out[k] = "…"
        else:
            out[k] = v
    return out


def _jsonable(v: Any) -> Any:
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, Condition):
        return v.model_dump(mode="json", by_alias=True, exclude_none=True)
    return v


@dataclass(frozen=True, slots=True)
class Finding:
    """One conclusion: a stable code, a message, the article it rests on."""

    code: str
    citation: Citation | None = None
    #: What the message says beyond its code (a date, a role); read-only.
    params: Mapping[str, Any] = field(default_factory=dict)
    lang: Lang = "nl"
    #: Where the law overrides a narrower rule of the regulation: that rule's citation
    #: (``citation`` is then the article of the law that applies).
    overrides: Citation | None = None

    @property
    def message(self) -> str:
        return self.text(self.lang)

    def text(self, lang: Lang) -> str:
        return render(f"finding.{self.code}", lang, **_words(self.params, lang))

    def model_dump(self, mode: str = "json") -> dict[str, Any]:
        return {
            "code": self.code,
            "message": self.message,
            "citation": _cite(self.citation),
            "overrides": _cite(self.overrides),
            "params": {k: _jsonable(v) for k, v in self.params.items()},
        }


@dataclass(frozen=True, slots=True)
class Verdict:
    ok: bool
    findings: list[Finding]

    def model_dump(self, mode: str = "json") -> dict[str, Any]:
        return {"ok": self.ok, "findings": [f.model_dump(mode) for f in self.findings]}


@dataclass(frozen=True, slots=True)
class Step:
    """A step on the escalation path, open to the complainant now or not."""

    id: str
    name: str
    body: str | None
    contact: str | None
    open: bool
    citation: Citation
    reason_key: str = ""
    reason_params: Mapping[str, Any] = field(default_factory=dict)
    lang: Lang = "nl"

    @property
    def reason(self) -> str:
        return self.reason_text(self.lang)

    def reason_text(self, lang: Lang) -> str:
        return render(self.reason_key, lang, **_words(self.reason_params, lang))

    def model_dump(self, mode: str = "json") -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "body": self.body,
            "contact": self.contact,
            "open": self.open,
            "reason": self.reason,
            "citation": _cite(self.citation),
        }


@dataclass(frozen=True, slots=True)
class Deadline:
    """A term running for the complaint: start, due date, status, and why."""

    id: str
    start: date
    due: date
    term: str
    atw_extended: bool
    status: Status | None
    citation: Citation
    computation: DueDate | None = None
    lang: Lang = "nl"

    @property
    def explanation(self) -> str:
        return self.explanation_in(self.lang)

    def explanation_in(self, lang: Lang) -> str:
        return "; ".join(self.computation.explain(lang)) if self.computation else ""

    def model_dump(self, mode: str = "json", *, explanation: bool = True) -> dict[str, Any]:
        """The JSON form; ``explanation=False`` leaves the text empty (to fill in later)."""
        return {
            "id": self.id,
            "start": self.start.isoformat(),
            "due": self.due.isoformat(),
            "term": self.term,
            "atw_extended": self.atw_extended,
            "status": self.status,
            "explanation": self.explanation if explanation else "",
            "citation": _cite(self.citation),
        }


@dataclass(frozen=True, slots=True)
class Assessment:
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
    lang: Lang = "nl"
    #: The complaint's case id (``Complaint.id``), echoed.
    id: str | None = None

    def model_dump(self, mode: str = "json") -> dict[str, Any]:
        """The stable JSON form (``mode`` is accepted for pydantic compatibility)."""
        fwd = self.forward_to
        return {
            "schema_version": SCHEMA_VERSION,
            "id": self.id,
            "regulation": self.regulation,
            "version": self.version,
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "standing": self.standing.model_dump(mode),
            "admissibility": self.admissibility.model_dump(mode),
            "forward_to": None if fwd is None else fwd.model_dump(mode="json"),
            "route": [s.model_dump(mode) for s in self.route],
            "next_steps": [s.model_dump(mode) for s in self.next_steps],
            "deadlines": [d.model_dump(mode) for d in self.deadlines],
            "findings": [f.model_dump(mode) for f in self.findings],
        }

    def explain(self, lang: Lang | None = None) -> str:
        """Verdicts first, then deadlines as a table, then the route, then the citations."""
        lang = lang or self.lang
        cites: list[Citation] = []

        def ref(c: Citation | None) -> str:
            if c is None:
                return ""
            if c not in cites:
                cites.append(c)
            return f" [{cites.index(c) + 1}]"

        def over(f: Finding) -> str:
            """The regulation's narrower rule that the law overrides, as a reference."""
            if f.overrides is None:
                return ""
            return " " + render("explain.overrides", lang, ref=ref(f.overrides).strip())

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
            out.extend(f"  - {f.text(lang)}{ref(f.citation)}{over(f)}" for f in verdict.findings)
        if self.forward_to is not None:
            out.append(
                render("explain.forward", lang, body=self.forward_to.name)
                + ref(self.forward_to.citation)
            )
        if self.findings:
            out.append(render("explain.findings", lang))
            out.extend(f"  - {f.text(lang)}{ref(f.citation)}{over(f)}" for f in self.findings)
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
                cells = [cell.ljust(w) for cell, w in zip(r, widths, strict=True)]
                out.append(("  " + "  ".join(cells)).rstrip())
            out.extend(f"  {d.id}: {d.explanation_in(lang)}" for d in self.deadlines)
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
