"""The ``klachtregels`` command.

Exit status: 0 done; 1 checked, and the check failed; 2 bad input (one line on
stderr, never a traceback).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from klachtregels.cli import compare as cli_compare
from klachtregels.cli import docs as cli_docs
from klachtregels.cli.base import Parser, UsageError, read_complaints
from klachtregels.engine.evaluate import evaluate
from klachtregels.engine.scenarios import bundled_scenario_files
from klachtregels.engine.scenarios import read_file as read_scenarios
from klachtregels.engine.scenarios import run as run_scenario
from klachtregels.errors import KlachtregelsError
from klachtregels.law.calendar import DecreeDays, LegalCalendar, default_calendar
from klachtregels.law.terms import due_date, parse_term
from klachtregels.messages import Lang, format_date, render
from klachtregels.model.loader import check, load, regulations
from klachtregels.model.regulation import json_schema
from klachtregels.present.describe import describe

__all__ = ["main"]


_Parser = Parser


def _date_type(lang: Lang) -> Callable[[str], date]:
    def iso_date(text: str) -> date:
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise argparse.ArgumentTypeError(render("error.not_a_date", lang, text=text)) from None

    return iso_date


def _add_lang(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--lang", choices=("nl", "en"), default="nl", help="language of the output (default: nl)"
    )


def _cmd_deadline(args: argparse.Namespace) -> int:
    lang: Lang = args.lang
    term = parse_term(args.term)
    decree = DecreeDays(args.decree_days)
    if decree is DecreeDays.WORKING and not args.closed:
        cal = default_calendar()
    else:
        cal = LegalCalendar(decree_days=decree, closures=dict.fromkeys(args.closed, "--closed"))
    result = due_date(term, args.start, atw=args.atw, backward=args.backward, calendar=cal)
    if args.json:
        print(json.dumps(result.to_json(lang), ensure_ascii=False, indent=2))
        return 0
    due = render("cli.due", lang, due=result.due.isoformat())
    print(f"{due} ({format_date(result.due, lang)})")
    print(render("cli.reasoning", lang))
    for line in result.explain(lang):
        print(f"  - {line}")
    return 0


def _cmd_list(args: argparse.Namespace) -> int:
    print(render("list.header", args.lang))
    for ident, versions in regulations().items():
        name = load(ident).name
        spans = "; ".join(v.span() for v in versions)
        print(f"{ident}\t{name}\t{spans}")
    return 0


def _cmd_show(args: argparse.Namespace) -> int:
    print(describe(load(args.regulation, on=args.on), args.lang))
    return 0


def _cmd_validate(args: argparse.Namespace) -> int:
    failed = False
    for path in args.files:
        errors = check(path)
        for error in errors:
            print(error.message(args.lang))
        if not errors:
            print(render("validate.ok", args.lang, path=path))
        failed = failed or bool(errors)
    return 1 if failed else 0


def _cmd_schema(args: argparse.Namespace) -> int:
    print(json.dumps(json_schema(), ensure_ascii=False, indent=2))
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    lang: Lang = args.lang
    reg = load(args.regulation, on=args.on)
    show_progress = args.format == "jsonl" and sys.stderr.isatty()
    count = 0
    for complaint in read_complaints(args.complaint, lang):
        a = evaluate(reg, complaint, args.as_of, lang=lang)
        count += 1
        if args.format == "text":
            print(a.explain(lang))
        elif args.format == "json":
            print(json.dumps(a.model_dump(mode="json"), ensure_ascii=False, indent=2))
        else:
            print(json.dumps(a.model_dump(mode="json"), ensure_ascii=False))
        if show_progress and count % 1000 == 0:
            print(f"\r{render('cli.progress', lang, n=count)}", end="", file=sys.stderr)
    if show_progress:
        print(f"\r{render('cli.progress', lang, n=count)}", file=sys.stderr)
    return 0


def _cmd_test(args: argparse.Namespace) -> int:
    paths = [Path(p) for p in args.paths] or bundled_scenario_files()
    failed = total = 0
    for path in paths:
        loaded = read_scenarios(path)
        for scenario in loaded.file.scenarios:
            total += 1
            problems = run_scenario(loaded, scenario)
            if problems:
                failed += 1
                print(f"FAIL {path}: {scenario.name}")
                for p in problems:
                    print(f"     {p}")
    print(render("cli.test_summary", args.lang, passed=total - failed, failed=failed))
    return 1 if failed else 0


def _build_parser(lang: Lang = "nl") -> _Parser:
    _iso_date = _date_type(lang)
    parser = _Parser(prog="klachtregels", description=__doc__.splitlines()[0] if __doc__ else "")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    p = sub.add_parser("deadline", help="due date of a term, with the reasoning")
    p.add_argument("start", type=_iso_date, help="day of the event (day 0), YYYY-MM-DD")
    p.add_argument("term", help="the term as written, e.g. '5 werkdagen', 'zes weken', '1 year'")
    p.add_argument(
        "--atw",
        action="store_true",
        help="apply the Algemene termijnenwet art. 1 and 2 where art. 4 allows",
    )
    p.add_argument("--backward", action="store_true", help="count back from START")
    p.add_argument(
        "--decree-days",
        choices=[d.value for d in DecreeDays],
        default=DecreeDays.WORKING.value,
        help="whether Atw art. 3(3) decree days are working days (default: working)",
    )
    p.add_argument(
        "--closed",
        type=_iso_date,
        action="append",
        default=[],
        metavar="DATE",
        help="an extra closure day (not a working day); repeatable",
    )
    p.add_argument("--json", action="store_true", help="machine-readable output")
    _add_lang(p)
    p.set_defaults(func=_cmd_deadline)

    p = sub.add_parser("list", help="the bundled regulations and their versions")
    _add_lang(p)
    p.set_defaults(func=_cmd_list)

    p = sub.add_parser("show", help="the effective regulation, each rule with its origin")
    p.add_argument("regulation", help="a bundled id (e.g. livio) or a path to a YAML file")
    p.add_argument("--on", type=_iso_date, help="the version in force on this date")
    _add_lang(p)
    p.set_defaults(func=_cmd_show)

    p = sub.add_parser("validate", help="check regulation files; exit 1 when any is invalid")
    p.add_argument("files", nargs="+", help="YAML files")
    _add_lang(p)
    p.set_defaults(func=_cmd_validate)

    p = sub.add_parser("check", help="evaluate a complaint (or many) under a regulation")
    p.add_argument("regulation", help="a bundled id (e.g. livio) or a path to a YAML file")
    p.add_argument("complaint", help="complaint as .yaml/.json, many as .jsonl, or - for stdin")
    p.add_argument("--as-of", type=_iso_date, help="the day to judge deadlines on")
    p.add_argument("--on", type=_iso_date, help="use the regulation version in force then")
    p.add_argument("--format", choices=("text", "json", "jsonl"), default="text")
    _add_lang(p)
    p.set_defaults(func=_cmd_check)

    p = sub.add_parser("test", help="run scenario files; exit 1 with a diff when one fails")
    p.add_argument("paths", nargs="*", help="scenario files (default: the bundled ones)")
    _add_lang(p)
    p.set_defaults(func=_cmd_test)

    cli_compare.register(sub, _iso_date, _add_lang, lang)
    cli_docs.register(sub, _iso_date, _add_lang, lang)

    p = sub.add_parser("schema", help="print the JSON Schema of the regulation format")
    p.set_defaults(func=_cmd_schema)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    lang: Lang = "en" if _wants_english(words) else "nl"
    parser = _build_parser(lang)
    try:
        args = parser.parse_args(argv)
        func: Callable[[argparse.Namespace], int] = args.func
        return func(args)
    except UsageError as e:
        print(str(e), file=sys.stderr)
        return 2
    except KlachtregelsError as e:
        print(f"klachtregels: {e.message(lang)}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # the reader stopped early (klachtregels list | head)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


def _wants_english(words: list[str]) -> bool:
    """Whether --lang en was asked for; read before parsing so parse errors obey it too."""
    pairs = itertools.pairwise(words)
    return "--lang=en" in words or any(a == "--lang" and b == "en" for a, b in pairs)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
