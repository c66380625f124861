"""The klachtregels command line.

Exit status: 0 done; 1 checked, and the check failed; 2 bad input (one line on
stderr, never a traceback).
"""

from __future__ import annotations

import argparse
import atexit
import itertools
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import NoReturn

from klachtregels.cli.base import (
    Parser,
    UsageError,
    add_regulations,
    argparse_in,
    guarded,
    help_lang,
    regulation,
    search_dirs,
)
from klachtregels.errors import KlachtregelsError, echo, escape_controls
from klachtregels.messages import Lang, format_date, render

__all__ = ["main"]

#: The commands of this module; the others (diff, conform, graph, timeline, docs) are
#: registered, and their modules imported, only when one of them (or help) is asked for.
_CORE = frozenset({"deadline", "list", "show", "validate", "check", "test", "schema", "new"})


_Parser = Parser


def _date_type(lang: Lang) -> Callable[[str], date]:
    def iso_date(text: str) -> date:
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise argparse.ArgumentTypeError(
                render("error.not_a_date", lang, text=echo(text))
            ) from None

    return iso_date


def _add_lang(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lang", choices=("nl", "en"), default="nl", help="cli.help.common.lang")


def _cmd_deadline(args: argparse.Namespace) -> int:
    from klachtregels.law.calendar import DecreeDays, LegalCalendar, default_calendar
    from klachtregels.law.terms import due_date, parse_term

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
    from klachtregels.model.loader import regulations

    rows = [render("list.header", args.lang)]  # all found before any is printed
    for ident, versions in regulations(path=search_dirs(args), shadow=args.shadow).items():
        name = regulation(args, ident).name
        spans = "; ".join(v.span() for v in versions)
        rows.append(f"{ident}\t{escape_controls(name)}\t{spans}")
    print("\n".join(rows))
    return 0


def _cmd_show(args: argparse.Namespace) -> int:
    from klachtregels.compare.conformance import conformance
    from klachtregels.present.describe import describe

    reg = regulation(args, args.regulation, args.on)
    conflicts: dict[str, list[tuple[str, str]]] = {}
    for f in conformance(reg).findings:  # the law is a floor: say where the text is below
        if f.severity == "violation" and f.rule:
            conflicts.setdefault(f.rule, []).append((f.article, f.text(args.lang)))
    text = describe(reg, args.lang, conflicts)
    print(escape_controls(text, keep="\n\t"))
    return 0


def _cmd_validate(args: argparse.Namespace) -> int:
    from klachtregels.engine.scenarios import check_file, is_scenario_file
    from klachtregels.model.loader import check

    failed = False
    for path in args.files:
        errors = check_file(Path(path)) if is_scenario_file(path) else check(path)
        for error in errors:
            print(error.message(args.lang))
        if not errors:
            print(render("validate.ok", args.lang, path=path))
        failed = failed or bool(errors)
    return 1 if failed else 0


def _cmd_schema(args: argparse.Namespace) -> int:
    from klachtregels.engine.schemas import schema

    print(json.dumps(schema(args.kind), ensure_ascii=False, indent=2))
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    from klachtregels.cli.batch import cmd_check

    return cmd_check(args)


def _cmd_new(args: argparse.Namespace) -> int:
    from klachtregels.cli.new import cmd_new

    return cmd_new(args)


def _cmd_test(args: argparse.Namespace) -> int:
    from klachtregels.engine.scenarios import bundled_scenario_files
    from klachtregels.engine.scenarios import read_file as read_scenarios
    from klachtregels.engine.scenarios import run as run_scenario

    paths = [Path(p) for p in args.paths] or bundled_scenario_files()
    failed = total = 0
    for path in paths:
        loaded = read_scenarios(path)
        for scenario in loaded.file.scenarios:
            total += 1
            problems = run_scenario(loaded, scenario, path=search_dirs(args), shadow=args.shadow)
            if problems:
                failed += 1
                print(escape_controls(f"FAIL {path}: {scenario.name}"))
                for p in problems:
                    print(f"     {escape_controls(p)}")
    print(render("cli.test_summary", args.lang, passed=total - failed, failed=failed))
    return 1 if failed else 0


#: The values of :class:`klachtregels.law.calendar.DecreeDays` (a test keeps them equal),
#: written out so that building the parser imports no calendar.
DECREE_DAYS = ("working", "closed")


def _build_parser(lang: Lang = "nl", *, full: bool = True) -> _Parser:
    """The parser; without ``full`` only this module's commands (for a fast start)."""
    iso_date = _date_type(lang)
    parser = _Parser.in_lang(lang)(prog="klachtregels", description="cli.help.description")
    parser.add_argument("--version", action=_Version, help="cli.help.common.version")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser.in_lang(lang))
    _deadline_command(sub, iso_date)
    _regulation_commands(sub, iso_date, lang)
    if full:
        from klachtregels.cli import compare as cli_compare
        from klachtregels.cli import docs as cli_docs
        from klachtregels.cli import serve as cli_serve

        cli_compare.register(sub, iso_date, _add_lang, lang)
        cli_docs.register(sub, iso_date, _add_lang, lang)
        cli_serve.register(sub, iso_date, _add_lang, lang)
    p = sub.add_parser("schema", help="cli.help.schema")
    p.add_argument(
        "kind", nargs="?", choices=("regulation", "complaint", "assessment"), default="regulation"
    )
    _add_lang(p)
    p.set_defaults(func=_cmd_schema)
    p = sub.add_parser("new", help="cli.help.new")
    p.add_argument("id", help="cli.help.new.id")
    p.add_argument("--out", default=".", help="cli.help.new.out")
    p.add_argument("--valid-from", type=iso_date, help="cli.help.new.valid_from")
    p.add_argument("--name", help="cli.help.new.name")
    _add_lang(p)
    p.set_defaults(func=_cmd_new)
    return parser


class _Version(argparse.Action):
    """``--version``: the installed package's version, looked up only when asked for."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help=str(kwargs.get("help", "")))

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        from importlib.metadata import version  # as klachtregels.__version__ (a test checks)

        print(f"klachtregels {version('klachtregels')}")
        parser.exit()


def _deadline_command(
    sub: argparse._SubParsersAction[_Parser], iso_date: Callable[[str], date]
) -> None:
    p = sub.add_parser("deadline", help="cli.help.deadline")
    p.add_argument("start", type=iso_date, help="cli.help.deadline.start")
    p.add_argument("term", help="cli.help.deadline.term")
    p.add_argument(
        "--atw",
        action="store_true",
        help="cli.help.deadline.atw",
    )
    p.add_argument("--backward", action="store_true", help="cli.help.deadline.backward")
    p.add_argument(
        "--decree-days",
        choices=DECREE_DAYS,
        default="working",
        help="cli.help.deadline.decree_days",
    )
    p.add_argument(
        "--closed",
        type=iso_date,
        action="append",
        default=[],
        metavar="DATE",
        help="cli.help.deadline.closed",
    )
    p.add_argument("--json", action="store_true", help="cli.help.deadline.json")
    _add_lang(p)
    p.set_defaults(func=_cmd_deadline)


def _regulation_commands(
    sub: argparse._SubParsersAction[_Parser], iso_date: Callable[[str], date], lang: Lang
) -> None:
    p = sub.add_parser("list", help="cli.help.list")
    add_regulations(p)
    _add_lang(p)
    p.set_defaults(func=_cmd_list)

    p = sub.add_parser("show", help="cli.help.show")
    p.add_argument("regulation", help="cli.help.show.regulation")
    p.add_argument("--on", type=iso_date, help="cli.help.show.on")
    add_regulations(p)
    _add_lang(p)
    p.set_defaults(func=_cmd_show)

    p = sub.add_parser("validate", help="cli.help.validate")
    p.add_argument("files", nargs="+", help="cli.help.validate.files")
    _add_lang(p)
    p.set_defaults(func=_cmd_validate)

    p = sub.add_parser("check", help="cli.help.check")
    p.add_argument("regulation", help="cli.help.show.regulation")
    p.add_argument(
        "complaint",
        help="cli.help.check.complaint",
    )
    p.add_argument("--as-of", type=iso_date, help="cli.help.timeline.as_of")
    p.add_argument(
        "--on",
        type=iso_date,
        help="cli.help.check.on",
    )
    p.add_argument("--format", choices=("text", "json", "jsonl"), default="text")
    p.add_argument(
        "--compact",
        action="store_true",
        help="cli.help.check.compact",
    )
    p.add_argument(
        "--jobs",
        type=_count_type(lang),
        default=1,
        metavar="N",
        help="cli.help.check.jobs",
    )
    add_regulations(p)
    _add_lang(p)
    p.set_defaults(func=_cmd_check)

    p = sub.add_parser("test", help="cli.help.test")
    p.add_argument("paths", nargs="*", help="cli.help.test.paths")
    add_regulations(p)
    _add_lang(p)
    p.set_defaults(func=_cmd_test)


#: ``--jobs`` at most: more worker processes than this only exhaust the machine.
MAX_JOBS = 256


def _count_type(lang: Lang) -> Callable[[str], int]:
    def count(text: str) -> int:
        if not (text.isascii() and text.isdigit()) or int(text) < 1:
            raise argparse.ArgumentTypeError(render("cli.not_a_count", lang, text=echo(text)))
        if int(text) > MAX_JOBS:
            raise argparse.ArgumentTypeError(
                render("cli.too_many", lang, n=int(text), most=MAX_JOBS)
            )
        return int(text)

    return count


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command. Help and parse errors are in the language of ``--lang``, else of
    the locale (``LANG=en_GB.UTF-8``: English), else Dutch; the output in ``--lang``'s."""
    words = list(sys.argv[1:] if argv is None else argv)
    lang: Lang = "en" if _wants_english(words) else "nl"
    command = next((w for w in words if not w.startswith("-")), None)
    shown = help_lang(words, os.environ)

    def run() -> int:
        try:
            with argparse_in(shown):
                parser = _build_parser(shown, full=command not in _CORE)
                args = parser.parse_args(words)
            func: Callable[[argparse.Namespace], int] = args.func
            return func(args)
        except UsageError as e:
            print(escape_controls(str(e)), file=sys.stderr)
            return 2
        except KlachtregelsError as e:
            print(f"klachtregels: {e.message(lang)}", file=sys.stderr)
            return 2

    return guarded(run, lang)


def run() -> NoReturn:
    """The ``klachtregels`` command: :func:`main`, then out without the interpreter's
    teardown, which frees one by one everything the process made (after a batch of
    100,000 lines its memory of due dates and their JSON: about 0.1 s; 15 ms of a
    ``deadline``). What is registered to run at exit (``atexit``) still runs, standard
    output and error are flushed, and every file was closed before. Where a thread other
    than this one still runs, Python exits as usual, which waits for it."""
    code = main()
    threading = sys.modules.get("threading")  # not imported: no other thread
    if threading is not None and threading.active_count() > 1:
        sys.exit(code)
    try:
        atexit._run_exitfuncs()
        sys.stdout.flush()
        sys.stderr.flush()
    finally:
        os._exit(code)


def _wants_english(words: list[str]) -> bool:
    """Whether --lang en was asked for; read before parsing so parse errors obey it too."""
    pairs = itertools.pairwise(words)
    return "--lang=en" in words or any(a == "--lang" and b == "en" for a, b in pairs)


if __name__ == "__main__":  # pragma: no cover
    run()
