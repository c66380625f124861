"""The page's pictures, drawn on the server as SVG: the escalation path and the timeline.

Both are made from the data the rest of the library shows: :func:`escalation` from
:func:`klachtregels.present.graph.build` (the nodes and arrows ``klachtregels graph``
writes as Mermaid or DOT), :func:`timeline` from
:func:`klachtregels.present.timeline.build`. Drawn here, not in the browser: the page
needs no script, nothing from elsewhere, and reads the same in any browser and in a
screenshot. Each picture has a title and a description for screen readers; what it
shows is also on the page as text (the steps and the table of deadlines).
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from datetime import date, timedelta
from html import escape

from klachtregels.messages import Lang, render
from klachtregels.present.graph import Graph, Node
from klachtregels.present.timeline import Timeline

__all__ = ["escalation", "timeline"]

_FONT = 'font-family="system-ui, -apple-system, Segoe UI, Roboto, DejaVu Sans, sans-serif"'
_LINE = 16
_SMALL = 14
#: Characters per line: node titles, arrow labels, routing exits.
_WRAP_NODE, _WRAP_EDGE, _WRAP_EXIT = 36, 50, 32
_X, _W = 20, 320
_EXIT_X, _EXIT_W = 580, 280
_WIDTH = _EXIT_X + _EXIT_W + 20


def _wrap(text: str, width: int) -> list[str]:
    """Lines of at most ``width`` characters, broken after a slash where a word is longer
    (Cliëntvertrouwenspersoon/cliëntondersteuner), and within it only if it must."""
    spaced = text.replace("/", "/\0")
    lines = textwrap.wrap(spaced, width, break_long_words=False, break_on_hyphens=False)
    out = []
    for line in lines or [spaced]:
        parts = line.split("\0")
        current = ""
        for part in parts:
            if current and len(current) + len(part) > width:
                out.append(current)
                current = part
            else:
                current += part
        out.extend(textwrap.wrap(current, width) or [current])
    return out


def _text(x: float, y: float, lines: Iterable[str], *, size: int = 13, cls: str = "") -> str:
    """Lines of text from (x, y), one below the other."""
    klass = f' class="{cls}"' if cls else ""
    spans = "".join(
        f'<tspan x="{x:.0f}" dy="{0 if n == 0 else size + 3}">{escape(line)}</tspan>'
        for n, line in enumerate(lines)
    )
    return f'<text x="{x:.0f}" y="{y:.0f}" font-size="{size}"{klass}>{spans}</text>'


def _node_lines(n: Node) -> tuple[list[str], list[str]]:
    return _wrap(n.title, _WRAP_NODE), _wrap(n.detail, _WRAP_NODE) if n.detail else []


def _box(n: Node, x: float, y: float, w: float, state: str | None) -> tuple[str, float]:
    """A node's box at (x, y); its SVG and its height. ``state``: open, closed or None."""
    title, detail = _node_lines(n)
    h = _LINE * len(title) + _SMALL * len(detail) + 16
    cls = {"start": "start", "outcome": "start", "exit": "exit", "formal": "formal"}.get(
        n.kind, "step"
    )
    if state == "open":
        cls += " open"
    parts = [
        f'<g class="node" data-node="{escape(n.id)}"'
        + (f' data-state="{state}"' if state else "")
        + ">",
        f'<rect class="{cls}" x="{x:.0f}" y="{y:.0f}" width="{w:.0f}" height="{h:.0f}" rx="8"/>',
    ]
    if n.kind == "formal":
        parts.append(
            f'<rect class="inner" x="{x + 3:.0f}" y="{y + 3:.0f}" width="{w - 6:.0f}" '
            f'height="{h - 6:.0f}" rx="6"/>'
        )
    parts.append(_text(x + 10, y + 20, title, size=13, cls="title"))
    if detail:
        parts.append(_text(x + 10, y + 20 + _LINE * len(title), detail, size=11, cls="detail"))
    parts.append("</g>")
    return "".join(parts), h


def _arrow(x1: float, y1: float, x2: float, y2: float, dashed: bool = False) -> str:
    dash = ' stroke-dasharray="6 4"' if dashed else ""
    return (
        f'<line x1="{x1:.0f}" y1="{y1:.0f}" x2="{x2:.0f}" y2="{y2:.0f}" class="arrow"{dash} '
        'marker-end="url(#head)"/>'
    )


def escalation(g: Graph, name: str, lang: Lang, open_steps: Iterable[str] | None = None) -> str:
    """The escalation path of ``g`` as SVG: the steps top to bottom, each arrow with when
    the next step is open and the terms that run; forwarding exits on the right, dashed.
    Steps in ``open_steps`` are marked open (and the others of the path not open)."""
    opened = None if open_steps is None else set(open_steps)
    path = [n for n in g.nodes if n.kind != "exit"]
    exits = [n for n in g.nodes if n.kind == "exit"]
    body: list[str] = []
    y = 20.0
    centre = _X + _W / 2
    for i, node in enumerate(path):
        state = None
        if node.kind in ("step", "formal") and opened is not None:
            state = "open" if node.id in opened else "closed"
        svg, h = _box(node, _X, y, _W, state)
        body.append(svg)
        y += h
        if i + 1 < len(path):
            # the arrow into the next box (from an earlier one where steps are alternatives)
            edge = next(e for e in g.edges if e.kind == "path" and e.target == path[i + 1].id)
            lines = [line for part in edge.parts() for line in _wrap(part, _WRAP_EDGE)]
            gap = max(44.0, _SMALL * len(lines) + 22)
            body.append(_arrow(centre, y, centre, y + gap - 2))
            body.append(_text(centre + 12, y + 16, lines, size=11, cls="label"))
            y += gap
    ey = 20.0
    start_mid = 20 + (_LINE * len(_node_lines(path[0])[0]) + 16) / 2 if path else 20
    for node in exits:
        edge = next(e for e in g.edges if e.target == node.id)
        head = _wrap(node.title, _WRAP_EXIT)
        cond = [line for part in edge.parts() for line in _wrap(part, _WRAP_EXIT + 8)]
        h = _LINE * len(head) + _SMALL * (len(cond) + 1) + 18
        body.append(
            f'<g class="node" data-node="{escape(node.id)}">'
            f'<rect class="exit" x="{_EXIT_X}" y="{ey:.0f}" width="{_EXIT_W}" height="{h:.0f}" '
            'rx="8"/>'
            + _text(_EXIT_X + 10, ey + 20, head, size=13, cls="title")
            + _text(
                _EXIT_X + 10,
                ey + 20 + _LINE * len(head),
                [node.detail or "", *cond],
                size=11,
                cls="detail",
            )
            + "</g>"
        )
        body.append(_arrow(_X + _W, start_mid, _EXIT_X - 2, ey + h / 2, dashed=True))
        ey += h + 16
    height = max(y, ey) + 20
    title = escape(render("service.page.diagram", lang) + ": " + name)
    desc = escape(render("service.page.diagram_desc", lang, name=name))
    return _svg(_WIDTH, height, title, desc, "escalation", body)


def _svg(width: float, height: float, title: str, desc: str, ident: str, body: list[str]) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" id="{ident}" role="img" '
        f'aria-labelledby="{ident}-title {ident}-desc" viewBox="0 0 {width:.0f} {height:.0f}" '
        f'width="{width:.0f}" height="{height:.0f}" {_FONT}>'
        f'<title id="{ident}-title">{title}</title><desc id="{ident}-desc">{desc}</desc>'
        '<defs><marker id="head" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" '
        'markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" '
        'class="head"/></marker></defs>' + "".join(body) + "</svg>"
    )


# ---------------------------------------------------------------------- timeline

#: Bars longer than this many days do not stretch the axis (they run off its edge).
LONG = 120
_LABEL_W, _AXIS_W, _ROW = 330, 520, 30


def _window(t: Timeline) -> tuple[date, date]:
    short = [b for b in t.bars if (b.due - b.start).days <= LONG] or list(t.bars)
    lo = min(b.start for b in short)
    hi = max(b.due for b in short)
    if t.as_of is not None:
        lo, hi = min(lo, t.as_of), max(hi, t.as_of)
    return lo, hi + timedelta(days=1)


def timeline(t: Timeline) -> str:
    """The deadlines of ``t`` as bars on one date axis, the as-of day as a line."""
    lang = t.lang
    title = escape(render("service.page.timeline", lang))
    desc = escape(render("service.page.timeline_desc", lang))
    if not t.bars:
        return _svg(_LABEL_W + _AXIS_W, 40, title, desc, "timeline", [])
    lo, hi = _window(t)
    span = max(1, (hi - lo).days)
    x0 = _LABEL_W

    def x(d: date) -> float:
        return x0 + max(0.0, min(1.0, (d - lo).days / span)) * _AXIS_W

    body = [
        f'<line class="axis" x1="{x0}" y1="28" x2="{x0 + _AXIS_W}" y2="28"/>',
        _text(x0, 20, [lo.isoformat()], size=11, cls="tick"),
        f'<text x="{x0 + _AXIS_W:.0f}" y="20" font-size="11" text-anchor="end" class="tick">'
        f"{escape((hi - timedelta(days=1)).isoformat())}</text>",
    ]
    y = 40
    for b in t.bars:
        status = render(f"status.{b.status or 'none'}", lang)
        label = f"{b.name}: {b.due.isoformat()} ({status})"
        body.append(f'<g class="bar" data-deadline="{escape(b.id)}">')
        body.append(_text(8, y + 17, [label], size=12, cls="rowlabel"))
        x1, x2 = x(b.first_day), x(b.due + timedelta(days=1))
        cls = f"bar-{b.status or 'none'}"
        body.append(
            f'<rect class="{cls}" x="{x1:.1f}" y="{y + 5}" width="{max(2.0, x2 - x1):.1f}" '
            'height="16" rx="3"/>'
        )
        if b.due + timedelta(days=1) > hi:
            body.append(_text(x0 + _AXIS_W - 12, y + 18, ["→"], size=12, cls="more"))
        for m in b.marks:
            if lo <= m.day < hi:
                mx = x(m.day) + _AXIS_W / span / 2
                body.append(
                    f'<line class="mark mark-{m.kind}" x1="{mx:.1f}" y1="{y + 2}" '
                    f'x2="{mx:.1f}" y2="{y + 24}"><title>{escape(m.why)}</title></line>'
                )
        body.append("</g>")
        y += _ROW
    if t.as_of is not None:
        ax = x(t.as_of) + _AXIS_W / span / 2
        body.append(f'<line class="asof" x1="{ax:.1f}" y1="30" x2="{ax:.1f}" y2="{y}"/>')
        label = render("timeline.as_of", lang, as_of=t.as_of.isoformat())
        anchor = "end" if ax > x0 + _AXIS_W * 0.7 else "start"
        body.append(
            f'<text class="asof-label" x="{ax + (-4 if anchor == "end" else 4):.1f}" '
            f'y="{y + 14}" font-size="11" text-anchor="{anchor}">{escape(label)}</text>'
        )
    return _svg(_LABEL_W + _AXIS_W + 10, y + 24, title, desc, "timeline", body)
