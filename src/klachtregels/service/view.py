"""The result on the page, as HTML: the verdicts, the deadlines, the timeline, the steps,
the escalation diagram and the sources, all from one assessment.

Pure: :func:`result` takes the regulation and the assessment and returns HTML text;
every text is escaped. Elements carry ``id`` and ``data-`` attributes (``#standing``
with ``data-ok``, ``tr[data-deadline]`` with the due date in ``time[datetime]``) so that
a program, and the browser test, can read the page as surely as a person.
"""

from __future__ import annotations

from datetime import date
from html import escape

from klachtregels.engine.assessment import Assessment, Deadline, Finding, Verdict
from klachtregels.messages import Lang, format_date, render
from klachtregels.model.regulation import Citation, Regulation
from klachtregels.model.wording import label
from klachtregels.present import graph
from klachtregels.present import timeline as timeline_model
from klachtregels.service import diagram

__all__ = ["result"]


class _Sources:
    """The citations of one result, numbered in the order they are first shown."""

    def __init__(self) -> None:
        self.cited: list[Citation] = []

    def ref(self, c: Citation | None) -> str:
        if c is None:
            return ""
        if c not in self.cited:
            self.cited.append(c)
        n = self.cited.index(c) + 1
        return f' <a class="ref" href="#cite-{n}">[{n}]</a>'

    def html(self, lang: Lang) -> str:
        items = "".join(
            f'<li id="cite-{n}"><strong>{escape(c.source)} {escape(c.article)}</strong>'
            + (
                f": <q>{escape(c.quote)}</q>"
                if c.quote
                else f" ({escape(render('cite.no_text', lang))})"
            )
            + "</li>"
            for n, c in enumerate(self.cited, 1)
        )
        head = escape(render("service.page.citations", lang))
        return f'<section id="sources"><h3>{head}</h3><ol class="sources">{items}</ol></section>'


def _findings(findings: list[Finding], lang: Lang, sources: _Sources) -> str:
    if not findings:
        return ""
    items = []
    for f in findings:
        text = escape(f.text(lang)) + sources.ref(f.citation)
        if f.overrides is not None:
            ref = sources.ref(f.overrides).strip()
            text += " " + render("explain.overrides", lang, ref=ref)
        items.append(f'<li data-code="{escape(f.code)}">{text}</li>')
    return "<ul>" + "".join(items) + "</ul>"


def _verdict(ident: str, verdict: Verdict, lang: Lang, sources: _Sources) -> str:
    head = escape(render(f"service.page.{ident}", lang))
    answer = render("service.page.yes" if verdict.ok else "service.page.no", lang)
    cls = "yes" if verdict.ok else "no"
    return (
        f'<section class="verdict {cls}" id="{ident}" data-ok="{str(verdict.ok).lower()}">'
        f'<h3>{head}</h3><p class="answer">{escape(answer)}</p>'
        f"{_findings(verdict.findings, lang, sources)}</section>"
    )


def _time(d: date, lang: Lang) -> str:
    return f'<time datetime="{d.isoformat()}">{escape(format_date(d, lang))}</time>'


def _deadline_rows(deadlines: list[Deadline], lang: Lang, sources: _Sources) -> str:
    rows = []
    why = escape(render("service.page.why", lang))
    for d in deadlines:
        status = render(f"status.{d.status or 'none'}", lang)
        lines = d.computation.explain(lang) if d.computation else []
        reasons = "".join(f"<li>{escape(line)}</li>" for line in lines)
        rows.append(
            f'<tr data-deadline="{escape(d.id)}" data-status="{escape(d.status or "")}">'
            f'<th scope="row">{escape(label("deadline", d.id, lang))}</th>'
            f'<td class="start">{_time(d.start, lang)}</td>'
            f'<td class="due">{_time(d.due, lang)}</td>'
            f'<td class="term">{escape(d.term)}</td>'
            f'<td class="status status-{escape(d.status or "none")}">{escape(status)}</td>'
            f'<td class="cite">{sources.ref(d.citation).strip()}</td></tr>'
            f'<tr class="why"><td colspan="6"><details><summary>{why}</summary>'
            f"<ul>{reasons}</ul></details></td></tr>"
        )
    return "".join(rows)


def _deadlines(a: Assessment, lang: Lang, sources: _Sources) -> str:
    head = escape(render("service.page.deadlines", lang))
    if not a.deadlines:
        none = escape(render("explain.none", lang))
        return f'<section id="deadlines-section"><h3>{head}</h3><p>{none}</p></section>'
    cols = "".join(
        f'<th scope="col">{escape(c)}</th>'
        for c in render("service.page.deadline_cols", lang).split("|")
    )
    return (
        f'<section id="deadlines-section"><h3 id="deadlines-head">{head}</h3>'
        '<div class="scroll"><table id="deadlines" aria-labelledby="deadlines-head">'
        f"<thead><tr>{cols}</tr></thead><tbody>{_deadline_rows(a.deadlines, lang, sources)}"
        "</tbody></table></div></section>"
    )


def _route(a: Assessment, lang: Lang, sources: _Sources) -> str:
    items = []
    for s in a.route:
        mark = render("service.page.open" if s.open else "service.page.closed", lang)
        body = f" ({escape(s.body)})" if s.body else ""
        contact = (
            f'<br><span class="contact">{escape(s.contact)}</span>' if s.open and s.contact else ""
        )
        items.append(
            f'<li data-step="{escape(s.id)}" data-open="{str(s.open).lower()}">'
            f'<span class="tag {"open" if s.open else "closed"}">{escape(mark)}</span> '
            f"<strong>{escape(s.name)}</strong>{body}: {escape(s.reason_text(lang))}"
            f"{sources.ref(s.citation)}{contact}</li>"
        )
    head = escape(render("service.page.route", lang))
    return (
        f'<section id="route-section"><h3>{head}</h3><ol id="route">{"".join(items)}</ol></section>'
    )


def result(reg: Regulation, a: Assessment, lang: Lang) -> str:
    """The whole result section for ``a``, an assessment under ``reg``."""
    sources = _Sources()
    as_of = a.as_of.isoformat() if a.as_of else render("service.page.no_as_of", lang)
    head = render("service.page.result_head", lang, name=reg.name, version=a.version, as_of=as_of)
    parts = [
        f'<h2 id="result-head">{escape(render("service.page.result", lang))}</h2>',
        f'<p class="lead">{escape(head)}</p>',
        '<div class="verdicts">',
        _verdict("standing", a.standing, lang, sources),
        _verdict("admissibility", a.admissibility, lang, sources),
        "</div>",
    ]
    if a.forward_to is not None:
        forward = escape(render("service.page.forward", lang))
        parts.append(
            f'<p id="forward"><strong>{forward}:</strong> {escape(a.forward_to.name)}'
            f"{sources.ref(a.forward_to.citation)}</p>"
        )
    if a.findings:
        further = escape(render("service.page.findings", lang))
        parts.append(
            f'<section id="findings"><h3>{further}</h3>'
            f"{_findings(a.findings, lang, sources)}</section>"
        )
    parts.append(_deadlines(a, lang, sources))
    t = timeline_model.build(a, reg.name, lang)
    parts.append(
        f'<figure class="picture"><figcaption>{escape(render("service.page.timeline", lang))}'
        f"</figcaption>{diagram.timeline(t)}</figure>"
    )
    parts.append(_route(a, lang, sources))
    g = graph.build(reg, lang)
    opened = [s.id for s in a.route if s.open]
    parts.append(
        f'<figure class="picture"><figcaption>{escape(render("service.page.diagram", lang))}'
        f"</figcaption>{diagram.escalation(g, reg.name, lang, opened)}</figure>"
    )
    parts.append(sources.html(lang))
    return "".join(parts)
