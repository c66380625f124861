"""The escalation path of a regulation as a flowchart (Mermaid or Graphviz DOT).

:func:`build` turns an effective :class:`~klachtregels.model.regulation.Regulation` into a
:class:`Graph`: a start node, every escalation step in the regulation's order, the
routing exits, and an outcome node where terms run after the last step. Each arrow
into a step carries that step's ``open_when`` condition in words
(:func:`klachtregels.model.wording.condition_text`) and the terms that run on it:

* intake terms (acknowledgement, first contact: terms from receipt or the written
  complaint) and the filing term run on the arrow into the provider's step (or, where
  a regulation has none, into the step that judges);
* the judgment term and its extension run on the arrow out of the judging step (the
  step the evaluator lets judge, :meth:`klachtregels.model.regulation.Regulation.judging_step`);
* terms counted from the complaints committee's judgment (measures) run on the arrow
  out of the committee's step.

Informal steps that are alternatives, not a sequence (each always open, or open exactly
when the one before is not: Livio's staff member, manager, confidential adviser and
complaints officer) are drawn side by side in one box: an arrow from the step before
into each, a dotted arrow from each on to the step after them, and a direct arrow to
that step too, which carries its condition and terms (:attr:`Graph.groups`).

Routing exits (a Wzd committee, another provider) hang off the start node on dashed
arrows, labelled with the routing condition. :func:`mermaid` and :func:`dot` render a
graph as text; both are pure.
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from klachtregels.messages import Lang, render
from klachtregels.model.regulation import Condition, Regulation, TermRule
from klachtregels.model.vocabulary import TERM_KINDS
from klachtregels.model.wording import condition_text, label, names_body, open_when_text

__all__ = ["Edge", "Graph", "Node", "build", "dot", "mermaid"]

NodeKind = Literal["start", "step", "formal", "exit", "outcome"]
EdgeKind = Literal["path", "routing", "alternative"]

#: Node ids that are not step ids.
START, OUTCOME = "complaint", "outcome"
#: Terms that start when the complaint comes in.
_INTAKE_STARTS = frozenset({"receipt", "in_writing", "complaint"})
#: Width at which DOT labels are wrapped onto a new line (Mermaid wraps by itself).
WRAP = 50
#: Wider boxes than Mermaid's default (200 px), so step names take fewer lines.
MERMAID_INIT = '%%{init: {"flowchart": {"wrappingWidth": 320}}}%%'


@dataclass(frozen=True)
class Node:
    """A box in the diagram: a step, the start, a routing exit or the outcome."""

    id: str
    title: str
    detail: str | None
    kind: NodeKind


@dataclass(frozen=True)
class Edge:
    """An arrow: the condition under which its target is open, and the terms running on it."""

    source: str
    target: str
    condition: str | None
    terms: tuple[str, ...]
    kind: EdgeKind

    def parts(self) -> list[str]:
        """The label's parts: the condition first, then each term."""
        return [text for text in (self.condition, *self.terms) if text]

    def lines(self) -> list[str]:
        """The label's parts, wrapped at :data:`WRAP` characters."""
        return [line for part in self.parts() for line in _wrap(part)]


@dataclass(frozen=True)
class Graph:
    """The escalation path of one regulation."""

    regulation: str
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]
    #: Steps that are alternatives to each other: (id, title, step ids), drawn as a box
    #: around them (a Mermaid subgraph, a DOT cluster).
    groups: tuple[tuple[str, str, tuple[str, ...]], ...] = ()

    def node(self, node_id: str) -> Node:
        return next(n for n in self.nodes if n.id == node_id)

    def edge(self, source: str, target: str) -> Edge:
        """The edge from ``source`` to ``target``; KeyError when there is none."""
        for e in self.edges:
            if e.source == source and e.target == target:
                return e
        raise KeyError(f"no edge {source} -> {target}")


def _wrap(text: str) -> list[str]:
    return textwrap.wrap(text, WRAP, break_long_words=False, break_on_hyphens=False) or [text]


def _term_label(term_id: str, rule: TermRule, lang: Lang) -> str:
    term = rule.term.label(lang)
    if TERM_KINDS[term_id].extends:
        text = render("graph.edge.extension", lang, term=term)
    elif term_id == "filing":
        text = render("graph.edge.filing", lang, term=term)
    elif rule.start in _INTAKE_STARTS or term_id == "judgment":
        text = render("graph.edge.term", lang, name=label("term", term_id, lang), term=term)
    else:
        start = render(f"start.{rule.start}", lang)
        text = render(
            "graph.edge.after", lang, name=label("term", term_id, lang), term=term, start=start
        )
    if rule.consent_required:
        text += " " + render("term.consent", lang)
    return text


def _placement(reg: Regulation) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Term ids by the step whose incoming / outgoing arrow they run on.

    A term and its extensions form one group, written as ids joined by commas.
    """
    judging = reg.judging_step()
    intake = "provider" if "provider" in reg.escalation else judging
    committee = "complaints_committee" if "complaints_committee" in reg.escalation else judging
    into: dict[str, list[str]] = {}
    out_of: dict[str, list[str]] = {}
    extensions: dict[str, list[str]] = {}
    for term_id, rule in reg.terms.items():
        extended = TERM_KINDS[term_id].extends
        if extended:
            extensions.setdefault(extended, []).append(term_id)
            continue
        if term_id == "judgment":
            target, where = judging, out_of
        elif term_id == "filing" or rule.start in _INTAKE_STARTS:
            target, where = intake, into
        elif rule.start == "committee_judgment":
            target, where = committee, out_of
        else:  # limitation of damages, terms after the judgment or a delay notice:
            continue  # listed on the regulation's page, not on an arrow
        if target is not None:
            where.setdefault(target, []).append(term_id)
    for placed in (into, out_of):
        for step, ids in placed.items():
            placed[step] = [",".join((tid, *extensions.get(tid, []))) for tid in ids]
    return into, out_of


def build(reg: Regulation, lang: Lang = "nl") -> Graph:
    """The escalation path of ``reg`` (an effective regulation) as nodes and edges."""
    nodes = [Node(START, render("graph.start", lang), None, "start")]
    edges: list[Edge] = []
    into, out_of = _placement(reg)
    steps = list(reg.escalation.items())

    rules: Mapping[str, TermRule] = {str(k): v for k, v in reg.terms.items()}

    def terms(groups: list[str]) -> tuple[str, ...]:
        """One label per term, its extensions on the same line."""
        return tuple(
            ", ".join(_term_label(t, rules[t], lang) for t in group.split(",")) for group in groups
        )

    previous: str = START
    pending: tuple[str, ...] = ()
    groups = _alternatives(reg)
    for step_id, rule in steps:
        body = reg.bodies.get(rule.body) if rule.body else None
        detail = body.name if body is not None and not names_body(rule.name, body.name) else None
        nodes.append(Node(step_id, rule.name, detail, "formal" if rule.formal else "step"))
        group = next((g for g in groups if step_id in g), None)
        source = previous if group is None else _before(list(reg.escalation), group[0])
        ids = [*out_of.get(source, []), *into.get(step_id, [])]
        condition = open_when_text(rule.open_when, lang, law=reg.step_floor(step_id))
        edges.append(Edge(source, step_id, condition, terms(ids), "path"))
        if group is None:  # each alternative before it may lead on to it
            edges.extend(Edge(alt, step_id, None, (), "alternative") for alt in pending)
            previous, pending = step_id, ()
        elif step_id == group[-1]:
            previous, pending = source, group
    if steps and out_of.get(previous):
        nodes.append(Node(OUTCOME, render("graph.outcome", lang), None, "outcome"))
        edges.append(Edge(previous, OUTCOME, None, terms(out_of[previous]), "path"))
    for route_id, route in reg.routing.items():
        if route.forward_to == "other_provider":
            name = render("body.other_provider", lang)
        else:
            name = reg.bodies[route.forward_to].name
        node_id = f"route_{route_id}"
        nodes.append(Node(node_id, name, render("graph.forward", lang), "exit"))
        condition = render("graph.route_when", lang, cond=condition_text(route.when, lang))
        if route.unless is not None:
            condition += " " + render(
                "routing.unless", lang, cond=condition_text(route.unless, lang)
            )
        edges.append(Edge(START, node_id, condition, (), "routing"))
    titles = tuple(
        (f"alternatives_{i}", render("graph.alternatives", lang), g)
        for i, g in enumerate(groups, 1)
    )
    return Graph(reg.id, tuple(nodes), tuple(edges), titles)


def _before(ids: list[str], step_id: str) -> str:
    """The step before ``step_id`` on the path (the start node for the first)."""
    i = ids.index(step_id)
    return ids[i - 1] if i else START


def _alternatives(reg: Regulation) -> list[tuple[str, ...]]:
    """Runs of informal steps that are alternatives, not a sequence: each after the first
    is always open (it does not wait for the one before), or open exactly when the one
    before is not. A run of two or more is drawn side by side, each leading on to the
    step after the run, which can also be taken straight away."""
    runs: list[list[str]] = []
    current: list[str] = []
    last: Condition | None = None
    for step_id, rule in reg.escalation.items():
        c = rule.open_when
        if rule.formal:
            runs.append(current)
            current, last = [], None
            continue
        if current and (c.always is True or (last is not None and _complement(c, last))):
            current.append(step_id)
        else:
            runs.append(current)
            current = [step_id]
        last = c
    runs.append(current)
    return [tuple(r) for r in runs if len(r) > 1]


def _complement(a: Condition, b: Condition) -> bool:
    """Whether ``a`` holds exactly when ``b`` does not (``x`` and ``not x``)."""
    return (a.not_ is not None and a.not_ == b) or (b.not_ is not None and b.not_ == a)


# ------------------------------------------------------------------ Mermaid


def _mm(text: str) -> str:
    """Text made safe inside a quoted Mermaid label (entity codes, as Mermaid wants them)."""
    out = text.replace("#", "#35;")
    for char, code in (
        ('"', "#quot;"),
        ("<", "#lt;"),
        (">", "#gt;"),
        ("&", "#amp;"),
        ("|", "#124;"),
        ("`", "#96;"),
        ("\n", " "),
    ):
        out = out.replace(char, code)
    return out


def _mm_node(n: Node) -> str:
    label = _mm(n.title)
    if n.detail:
        label += f"<br/><i>{_mm(n.detail)}</i>"
    shape = {
        "start": ('(["', '"])'),
        "step": ('["', '"]'),
        "formal": ('[["', '"]]'),
        "exit": ('["', '"]'),
        "outcome": ('(["', '"])'),
    }[n.kind]
    cls = f":::{n.kind}" if n.kind in ("exit", "formal") else ""
    return f"    {n.id}{shape[0]}{label}{shape[1]}{cls}"


def mermaid(g: Graph) -> str:
    """The graph as a Mermaid flowchart (renders on GitHub and GitLab)."""
    lines = [MERMAID_INIT, "flowchart TD"]
    grouped = {step for _, _, members in g.groups for step in members}
    lines.extend(_mm_node(n) for n in g.nodes if n.id not in grouped)
    for group_id, title, members in g.groups:
        lines.append(f'    subgraph {group_id} ["{_mm(title)}"]')
        lines.extend("    " + _mm_node(g.node(m)) for m in members)
        lines.append("    end")
    for e in g.edges:
        arrow = {"routing": "-.->", "alternative": "-.->"}.get(e.kind, "-->")
        label = "<br/>".join(_mm(x) for x in e.parts())
        lines.append(
            f'    {e.source} {arrow}|"{label}"| {e.target}'
            if label
            else f"    {e.source} {arrow} {e.target}"
        )
    lines.append("    classDef formal stroke-width:3px")
    lines.append("    classDef exit stroke-dasharray:6 4")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------- DOT


def _dq(text: str) -> str:
    """Text inside a double-quoted DOT string (backslashes and quotes escaped)."""
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")


def _dot_label(lines: list[str]) -> str:
    return "\\n".join(_dq(x) for x in lines)


def _html(text: str) -> str:
    """Text inside a DOT HTML-like label."""
    for char, entity in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;")):
        text = text.replace(char, entity)
    return text


def _dot_node_label(n: Node) -> str:
    label = "<BR/>".join(_html(x) for x in _wrap(n.title))
    if n.detail:
        label += '<BR/><FONT POINT-SIZE="10"><I>'
        label += "<BR/>".join(_html(x) for x in _wrap(n.detail)) + "</I></FONT>"
    return f"<{label}>"


def dot(g: Graph) -> str:
    """The graph in Graphviz DOT (``dot -Tsvg``)."""
    font = 'fontname="DejaVu Sans"'
    lines = [
        f'digraph "{_dq(g.regulation)}" {{',
        f"    graph [rankdir=TB, nodesep=0.5, ranksep=0.45, {font}];",
        f'    node [shape=box, style="rounded", margin="0.15,0.07", fontsize=11, {font}];',
        f"    edge [fontsize=9, {font}];",
    ]
    for n in g.nodes:
        attrs = [f"label={_dot_node_label(n)}"]
        if n.kind in ("start", "outcome"):
            attrs.append('shape=box, style="rounded,filled", fillcolor="#eeeeee"')
        elif n.kind == "formal":
            attrs.append("peripheries=2")
        elif n.kind == "exit":
            attrs.append('style="rounded,dashed"')
        lines.append(f"    {n.id} [{', '.join(attrs)}];")
    for group_id, title, members in g.groups:
        lines.append(f"    subgraph cluster_{group_id} {{")
        lines.append(f'        label="{_dq(title)}"; style="rounded,dotted";')
        lines.extend(f"        {m};" for m in members)
        lines.append("    }")
    for e in g.edges:
        attrs = [f'label="{_dot_label(e.lines())}"'] if e.lines() else []
        if e.kind == "routing":
            attrs.append("style=dashed")
        elif e.kind == "alternative":
            attrs.append("style=dotted")
        suffix = f" [{', '.join(attrs)}]" if attrs else ""
        lines.append(f"    {e.source} -> {e.target}{suffix};")
    lines.append("}")
    return "\n".join(lines) + "\n"
