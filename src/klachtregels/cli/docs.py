"""Command-line commands of the docs feature, registered by :mod:`klachtregels.cli`.

* ``graph``: the escalation path of a regulation (Mermaid or DOT);
* ``timeline``: the deadlines of one evaluated complaint (Mermaid gantt or text);
* ``docs``: write the generated pages under ``docs/``, or ``--check`` them (exit 1
  when one is out of date).

This is the I/O layer: the texts come from :mod:`klachtregels.present.graph`,
:mod:`klachtregels.present.timeline` and :mod:`klachtregels.present.docsgen`, which are pure.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

from klachtregels.cli.base import (
    Parser,
    UsageError,
    add_regulations,
    check_as_of,
    in_force,
    read_complaint,
    read_text,
    regulation,
    write_whole,
)
from klachtregels.engine.evaluate import evaluate
from klachtregels.messages import render
from klachtregels.messages.lang import Lang
from klachtregels.model.loader import load, regulations
from klachtregels.present import docsgen, graph, timeline

__all__ = ["bundled", "compare", "register"]

_COMPLAINT_SUFFIXES = (".yaml", ".yml", ".json")


def bundled() -> list[docsgen.Bundled]:
    """The bundled regulations (newest version of each) as the generated pages need them."""
    out = []
    for ident, versions in regulations().items():
        newest = versions[-1]
        out.append(
            docsgen.Bundled(
                regulation=load(ident),
                file=f"regelingen/{ident}/{newest.path.name}",
                versions=tuple(v.span() for v in versions),
            )
        )
    return out


def compare(out: Path, generated: dict[str, str]) -> list[tuple[str, str]]:
    """What differs between ``generated`` and the files under ``out``: (problem key, path)."""
    problems: list[tuple[str, str]] = []
    for rel, text in generated.items():
        path = out / rel
        if not path.is_file():
            problems.append(("docs.check.missing", rel))
        elif path.read_text("utf-8") != text:
            problems.append(("docs.check.outdated", rel))
    for folder in docsgen.generated_dirs():
        if (out / folder).is_dir():
            for path in sorted((out / folder).glob("*.md")):
                rel = path.relative_to(out).as_posix()
                if rel not in generated:
                    problems.append(("docs.check.stale", rel))
    return problems


def _cmd_graph(args: argparse.Namespace) -> int:
    g = graph.build(regulation(args, args.regulation, args.on), args.lang)
    print(graph.mermaid(g) if args.format == "mermaid" else graph.dot(g), end="")
    return 0


def _cmd_timeline(args: argparse.Namespace) -> int:

    lang: Lang = args.lang
    ref: str = args.complaint
    if not ref.endswith(_COMPLAINT_SUFFIXES):
        raise UsageError(render("docs.error.complaint_suffix", lang, path=ref))
    complaint = read_complaint(read_text(ref, lang), ref, lang)
    check_as_of(args.as_of, complaint.received_on, "timeline", lang)
    pick = in_force(args)
    reg = pick(complaint.received_on) if pick else regulation(args, args.regulation, args.on)
    a = evaluate(reg, complaint, args.as_of, lang=lang)
    if args.format == "ics":  # the UIDs: the complaint's id, else its file's name
        from klachtregels.present.ics import deadlines_ics

        ident = complaint.id or Path(ref).stem
        now = datetime.now(UTC).replace(microsecond=0)
        sys.stdout.flush()
        sys.stdout.buffer.write(
            deadlines_ics(a, lang, name=reg.name, complaint_id=ident, stamp=now)
        )
        sys.stdout.buffer.flush()
        return 0
    t = timeline.build(a, reg.name, lang)
    print(timeline.mermaid(t) if args.format == "mermaid" else timeline.text(t), end="")
    return 0


def _cmd_docs(args: argparse.Namespace) -> int:
    lang: Lang = args.lang
    out = Path(args.out)
    if args.check and not out.is_dir():  # run outside a checkout (an installed wheel)
        raise UsageError(render("cli.docs_needs_checkout", lang, out=out.as_posix()))
    generated = docsgen.pages(bundled())
    problems = compare(out, generated)
    if args.check:
        for key, rel in problems:
            print(render(key, lang, path=(out / rel).as_posix(), out=out.as_posix()))
        if problems:
            return 1
        print(render("docs.check.ok", lang, n=len(generated), out=out.as_posix()))
        return 0
    changed = 0
    for rel, text in generated.items():
        path = out / rel
        if path.is_file() and path.read_text("utf-8") == text:
            continue
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_whole(path, text)
        except OSError as e:
            problem = e.strerror or type(e).__name__
            raise UsageError(
                render("docs.error.cannot_write", lang, path=path.as_posix(), problem=problem)
            ) from None
        changed += 1
    for key, rel in problems:
        if key == "docs.check.stale":
            print(render(key, lang, path=(out / rel).as_posix(), out=out.as_posix()))
    print(render("docs.wrote", lang, n=len(generated), out=out.as_posix(), changed=changed))
    return 0


def register(
    sub: argparse._SubParsersAction[Parser],
    date_type: Callable[[str], date],
    add_lang: Callable[[argparse.ArgumentParser], None],
    lang: Lang,
) -> None:
    """Add this feature's subcommands. Raise UsageError for bad input (one line, exit 2)."""
    p = sub.add_parser("graph", help="cli.help.graph")
    p.add_argument("regulation", help="cli.help.graph.regulation")
    p.add_argument("--format", choices=("mermaid", "dot"), default="mermaid")
    p.add_argument("--on", type=date_type, help="cli.help.graph.on")
    add_regulations(p)
    add_lang(p)
    p.set_defaults(func=_cmd_graph)

    p = sub.add_parser("timeline", help="cli.help.timeline")
    p.add_argument("regulation", help="cli.help.graph.regulation")
    p.add_argument("complaint", help="cli.help.timeline.complaint")
    p.add_argument(
        "--format",
        choices=("text", "mermaid", "ics"),
        default="text",
        help="cli.help.timeline.format",
    )
    p.add_argument("--as-of", type=date_type, help="cli.help.timeline.as_of")
    p.add_argument("--on", type=date_type, help="cli.help.graph.on")
    add_regulations(p)
    add_lang(p)
    p.set_defaults(func=_cmd_timeline)

    p = sub.add_parser("docs", help="cli.help.docs")
    p.add_argument(
        "--check",
        action="store_true",
        help="cli.help.docs.check",
    )
    p.add_argument("--out", default="docs", help="cli.help.docs.out")
    add_lang(p)
    p.set_defaults(func=_cmd_docs)
