"""What the evaluator concludes about a complaint, and how it reads.

Plain frozen dataclasses (built fast, once per complaint) with the field names of
the contract. Texts (``message``, ``reason``, ``explanation``) are rendered when
read, in the language the assessment was made in; :meth:`Assessment.explain` and
the ``*_in(lang)`` methods give another language. ``model_dump(mode="json")``
gives the stable JSON form.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from klachtregels.errors import escape_controls
from klachtregels.law.terms import DueDate
from klachtregels.messages import Lang, render
from klachtregels.model.regulation import Body, Citation, Condition
from klachtregels.model.vocabulary import TERM_KINDS
from klachtregels.model.wording import (
    cite_text,
    condition_text,
    label,
    names_body,
    version_text,
)

__all__ = ["SCHEMA_VERSION", "Assessment", "Deadline", "Finding", "Status", "Step", "Verdict"]

#: The version of the JSON form of an assessment (``schemas/assessment.json``); raised
#: when a field is added, removed or changes meaning.
SCHEMA_VERSION = 1

Status = Literal["open", "met", "missed"]


def _cite(c: Citation | None) -> dict[str, Any] | None:
    return None if c is None else {"source": c.source, "article": c.article, "quote": c.quote}


#: Step reasons whose condition is ``always``: said as one phrase ("altijd open").
_ALWAYS: dict[tuple[str, bool | None], str] = {
    ("step.open_because", True): "step.always_open",
    ("step.open_by_law", True): "step.always_open_by_law",
    ("step.closed_because", False): "step.never_open",
}


def _words(
    params: Mapping[str, Any], lang: Lang, dues: Mapping[str, Sequence[date]] | None = None
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in params.items():
        if isinstance(v, Condition):
            out[k] = condition_text(v, lang, dues)
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

    def reason_text(self, lang: Lang, dues: Mapping[str, Sequence[date]] | None = None) -> str:
        """Why the step is open or not; ``dues`` (due dates per term id) dates a term."""
        cond = self.reason_params.get("cond")
        if isinstance(cond, Condition) and (self.reason_key, cond.always) in _ALWAYS:
            return render(_ALWAYS[self.reason_key, cond.always], lang)
        if isinstance(cond, Condition) and cond.any is not None and self.open:
            key = self.reason_key + "_any"  # open because one of them holds, not all
            return render(key, lang, **_words(self.reason_params, lang, dues))
        if isinstance(cond, Condition) and cond.not_ is not None and self.open:
            # open unless: true too when the complaint does not say (an unknown fact)
            words = _words({"cond": cond.not_}, lang, dues)
            return render(self.reason_key + "_unless", lang, **words)
        return render(self.reason_key, lang, **_words(self.reason_params, lang, dues))

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
        """The case id (when there is one), verdicts, then deadlines as a table, then the
        route, then the citations."""
        lang = lang or self.lang
        refs = _Refs(lang)
        yes, no = render("cond.yes", lang), render("cond.no", lang)
        version = version_text(self.version)
        if self.as_of is None:
            head = render("explain.header_no_date", lang, id=self.regulation, version=version)
        else:
            head = render(
                "explain.header", lang, id=self.regulation, version=version, as_of=self.as_of
            )
        out = [head]
        if self.id is not None:  # the caller's text: a newline in it must not forge a line
            out.insert(0, render("explain.case", lang, id=escape_controls(self.id)))
        for key, verdict in (
            ("explain.standing", self.standing),
            ("explain.admissibility", self.admissibility),
        ):
            out.append(render(key, lang, ok=yes if verdict.ok else no))
            out.extend(refs.finding(f) for f in verdict.findings)
        if self.forward_to is not None:
            body = render("explain.forward", lang, body=self.forward_to.name)
            out.append(body + refs.ref(self.forward_to.citation))
        if self.findings:
            out.append(render("explain.findings", lang))
            out.extend(refs.finding(f) for f in self.findings)
        out += ["", render("explain.deadlines", lang), *self._deadline_lines(lang, refs)]
        out += ["", render("explain.route", lang)]
        dues = self.dues()
        for s in self.route:
            mark = render("explain.open" if s.open else "explain.closed", lang)
            body = f" ({s.body})" if s.body and not names_body(s.name, s.body) else ""
            reason = s.reason_text(lang, dues)
            out.append(f"  [{mark}] {s.name}{body} — {reason}{refs.ref(s.citation)}")
            if s.open and s.contact:
                out.append(f"        {s.contact}")
        out += ["", render("explain.citations", lang), *refs.lines()]
        return "\n".join(out)

    def dues(self) -> dict[str, list[date]]:
        """Per term id, the due dates of its deadline and of the extensions of it."""
        by_deadline = {d.id: d.due for d in self.deadlines}
        out: dict[str, list[date]] = {}
        for kind in TERM_KINDS.values():
            base: str | None = kind.id
            while base is not None:
                if kind.deadline in by_deadline:
                    out.setdefault(base, []).append(by_deadline[kind.deadline])
                base = TERM_KINDS[base].extends
        return out

    def _deadline_lines(self, lang: Lang, refs: _Refs) -> list[str]:
        """The deadlines as a table (no status column without a date), then how each counts."""
        if not self.deadlines:
            return ["  " + render("explain.none", lang)]
        head = render("explain.deadline_head", lang).split("|")
        rows = [
            [
                label("deadline", d.id, lang),
                d.start.isoformat(),
                d.due.isoformat(),
                d.term,
                render(f"status.{d.status or 'none'}", lang),
            ]
            for d in self.deadlines
        ]
        if self.as_of is None:
            head, rows = head[:-1], [r[:-1] for r in rows]
        for r, d in zip(rows, self.deadlines, strict=True):
            r[-1] += refs.ref(d.citation)
        widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
        out = [
            ("  " + "  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True))).rstrip()
            for r in [head, *rows]
        ]
        out += [
            f"  {label('deadline', d.id, lang)}: {d.explanation_in(lang)}" for d in self.deadlines
        ]
        return out


class _Refs:
    """The citations of an explanation, numbered in the order they are first cited."""

    def __init__(self, lang: Lang) -> None:
        self.lang = lang
        self.cites: list[Citation] = []

    def ref(self, c: Citation | None) -> str:
        if c is None:
            return ""
        if c not in self.cites:
            self.cites.append(c)
        return f" [{self.cites.index(c) + 1}]"

    def finding(self, f: Finding) -> str:
        """A finding as a list item; where the law overrides a narrower rule, that rule too."""
        over = ""
        if f.overrides is not None:
            over = " " + render("explain.overrides", self.lang, ref=self.ref(f.overrides).strip())
        return f"  - {f.text(self.lang)}{self.ref(f.citation)}{over}"

    def lines(self) -> list[str]:
        return [f"  [{i}] {cite_text(c, self.lang)}" for i, c in enumerate(self.cites, 1)]
