"""The deadlines of one evaluated complaint on a time axis (Mermaid gantt, or plain text).

:func:`build` reads an :class:`~klachtregels.engine.assessment.Assessment`: one :class:`Bar`
per deadline, from the day after its start (day 0 is the event) up to and including
its due date, with the days that lengthened the term or moved its last day
(:class:`Mark`), taken from the reasons of the due-date computation:

* ``skipped``: a Saturday, Sunday, holiday (or closure day) that a count in working
  days passed over;
* ``moved``: the last day fell on a Saturday, Sunday or holiday, and Atw art. 1 moved
  it to the next day that is none;
* ``extended``: Atw art. 2 lengthened the term so it holds two days that are none.

:func:`mermaid` and :func:`text` render a :class:`Timeline`; all functions are pure.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from klachtregels.engine.assessment import Assessment, Deadline, Status
from klachtregels.law.terms import DueDate
from klachtregels.messages import Lang, format_date, render
from klachtregels.model.wording import label, version_text

__all__ = ["Bar", "Mark", "Timeline", "build", "marks", "mermaid", "text"]

MarkKind = Literal["skipped", "moved", "extended"]
#: Columns of the time axis in the plain-text version.
WIDTH = 60


@dataclass(frozen=True)
class Mark:
    """A day that lengthened a term or moved its last day, and why it is no working day."""

    day: date
    why: str
    kind: MarkKind


@dataclass(frozen=True)
class Bar:
    """One deadline on the axis: it runs from the day after ``start`` to ``due``."""

    id: str
    name: str
    term: str
    start: date
    due: date
    plain: date
    status: Status | None
    marks: tuple[Mark, ...]

    @property
    def first_day(self) -> date:
        return self.start + timedelta(days=1)


@dataclass(frozen=True)
class Timeline:
    """The deadlines of one complaint."""

    regulation: str
    name: str
    version: str
    as_of: date | None
    bars: tuple[Bar, ...]
    lang: Lang


def _days(a: date, b: date) -> list[date]:
    """The days from ``a`` up to and including ``b``."""
    return [a + timedelta(days=i) for i in range((b - a).days + 1)]


def marks(due: DueDate, lang: Lang = "nl") -> tuple[Mark, ...]:
    """The days that lengthened ``due``'s term or moved its last day, in date order."""
    found: dict[date, Mark] = {}
    cal = due.calendar

    def add(days: list[date], kind: MarkKind) -> None:
        for d in days:
            reason = (
                cal.why_not_working(d, lang) if kind == "skipped" else cal.why_not_atw_day(d, lang)
            )
            if reason is not None and d not in found:
                found[d] = Mark(d, reason, kind)

    for reason in due.reasons:
        params = reason.params
        if reason.key == "term.skipped":
            lo, hi = params["lo"], params["hi"]
            if isinstance(lo, date) and isinstance(hi, date):
                add(cal.non_working_days_in(lo, hi), "skipped")
        elif reason.key == "term.atw.art1":
            old, new = params["due"], params["new"]
            if isinstance(old, date) and isinstance(new, date):
                add(_days(old, new - timedelta(days=1)), "moved")
        elif reason.key == "term.atw.art2":
            new = params["new"]
            if isinstance(new, date):
                add(_days(due.start + timedelta(days=1), new), "extended")
    return tuple(sorted(found.values(), key=lambda m: m.day))


def _bar(d: Deadline, lang: Lang) -> Bar:
    comp = d.computation
    return Bar(
        id=d.id,
        name=label("deadline", d.id, lang),
        term=d.term,
        start=d.start,
        due=d.due,
        plain=comp.plain if comp is not None else d.due,
        status=d.status,
        marks=marks(comp, lang) if comp is not None else (),
    )


def build(a: Assessment, name: str | None = None, lang: Lang | None = None) -> Timeline:
    """The deadlines of ``a`` as bars; ``name`` is the regulation's name for the title."""
    lang = lang or a.lang
    bars = tuple(_bar(d, lang) for d in a.deadlines)
    return Timeline(a.regulation, name or a.regulation, a.version, a.as_of, bars, lang)


def _title(t: Timeline) -> str:
    title = render("timeline.title", t.lang, name=t.name, version=version_text(t.version))
    if t.as_of is not None:
        title += ", " + render("timeline.as_of", t.lang, as_of=t.as_of)
    return title


def _runs(ms: tuple[Mark, ...]) -> list[list[Mark]]:
    """Marks grouped into runs of consecutive days of the same kind."""
    runs: list[list[Mark]] = []
    for m in ms:
        last = runs[-1][-1] if runs else None
        if last is not None and last.kind == m.kind and (m.day - last.day).days == 1:
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


# -------------------------------------------------------------------- Mermaid


def _safe(text: str) -> str:
    """Text safe in a gantt task name or title: no colon, hash or semicolon."""
    return text.replace(":", " -").replace("#", "nr.").replace(";", ",").replace("\n", " ")


_TAGS: dict[Status | None, str] = {
    "met": "done, ",
    "missed": "crit, ",
    "open": "active, ",
    None: "",
}


def mermaid(t: Timeline) -> str:
    """The timeline as a Mermaid gantt chart: one section per deadline.

    Each deadline is a bar (done: met, crit: missed, active: open); below it, each run
    of days that lengthened it or moved its last day is a milestone (a diamond) named
    after those days.
    """
    lines = [
        '%%{init: {"gantt": {"leftPadding": 180}}}%%',
        "gantt",
        f"    title {_safe(_title(t))}"
        + ("" if t.bars else f" - {_safe(render('explain.none', t.lang))}"),
        "    dateFormat YYYY-MM-DD",
        "    axisFormat %Y-%m-%d",
        "    todayMarker off",
    ]
    for i, b in enumerate(t.bars):
        lines.append(f"    section {_safe(b.name)}")
        label = render("timeline.bar", t.lang, term=b.term, due=b.due.isoformat())
        span = f"{b.first_day.isoformat()}, {(b.due + timedelta(days=1)).isoformat()}"
        lines.append(f"    {_safe(label)} :{_TAGS[b.status]}t{i}, {span}")
        for run in _runs(b.marks):
            kind = render(f"timeline.kind.{run[0].kind}", t.lang)
            whys = ", ".join(dict.fromkeys(m.why for m in run))
            first, stop = run[0].day, run[-1].day + timedelta(days=1)
            name = _safe(f"{whys} ({kind})")
            lines.append(f"    {name} :milestone, {first.isoformat()}, {stop.isoformat()}")
    if t.as_of is not None:
        lines.append(f"    section {_safe(render('timeline.as_of_section', t.lang))}")
        label = render("timeline.as_of", t.lang, as_of=t.as_of.isoformat())
        lines.append(f"    {_safe(label)} :milestone, {t.as_of.isoformat()}, 0d")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------- text


#: Bars longer than this many days do not stretch the text axis (they run off its edge).
LONG = 120


def _window(t: Timeline) -> tuple[date, date]:
    """The days the text axis shows: those of the shorter deadlines and the as-of date.

    A two-year filing term would otherwise squeeze a five-day term into one column.
    """
    short = [b for b in t.bars if (b.due - b.start).days <= LONG] or list(t.bars)
    lo = min(b.start for b in short)
    hi = max(b.due for b in short)
    if t.as_of is not None:
        lo, hi = min(lo, t.as_of), max(hi, t.as_of)
    return lo, hi


def text(t: Timeline) -> str:
    """The timeline for a terminal: a shared date axis, one row per deadline, then the
    days that moved a date, each with its reason."""
    lang = t.lang
    out = [_title(t), ""]
    if not t.bars:
        out.append(render("explain.none", lang))
        return "\n".join(out) + "\n"
    lo, hi = _window(t)
    span = max(1, (hi - lo).days)

    def col(d: date) -> int:
        """The column of ``d``; -1 left of the axis, WIDTH right of it."""
        if d < lo:
            return -1
        if d > hi:
            return WIDTH
        return round((d - lo).days * (WIDTH - 1) / span)

    names = [f"{b.name} ({b.term})" for b in t.bars]
    pad = max(len(n) for n in names)
    left, right = lo.isoformat(), hi.isoformat()
    out.append(" " * (pad + 2) + left + " " * max(1, WIDTH - len(left) - len(right)) + right)
    for b, name in zip(t.bars, names, strict=True):
        cells = [" "] * WIDTH
        first, last = col(b.first_day), col(b.due)
        for c in range(max(0, first), min(WIDTH - 1, last) + 1):
            cells[c] = "="
        for m in b.marks:
            if 0 <= col(m.day) < WIDTH:
                cells[col(m.day)] = "x"
        if first < 0 <= last:
            cells[0] = "<"
        if 0 <= last < WIDTH:
            cells[last] = "|"
        elif last == WIDTH and first < WIDTH:
            cells[-1] = ">"
        status = render(f"status.{b.status or 'none'}", lang)
        due = render("timeline.due", lang, due=b.due.isoformat())
        out.append(f"{name.ljust(pad)}  {''.join(cells)}  {due} [{status}]".rstrip())
    if t.as_of is not None:
        out.append(" " * (pad + 2 + col(t.as_of)) + "^ " + t.as_of.isoformat())
    out.append("")
    out.append(render("timeline.legend", lang))
    out.append("")
    moved = [b for b in t.bars if b.marks]
    if not moved:
        out.append(render("timeline.no_marks", lang))
    else:
        out.append(render("timeline.marks", lang))
    for b in moved:
        out.append(f"  {b.name} ({b.term}):")
        if b.plain != b.due:
            plain = render("timeline.plain_due", lang, plain=b.plain, due=b.due)
            out.append(f"    {plain}")
        for m in b.marks:
            kind = render(f"timeline.kind.{m.kind}", lang)
            out.append(f"    {format_date(m.day, lang)}: {m.why} ({kind})")
    return "\n".join(out) + "\n"
