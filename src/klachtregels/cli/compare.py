"""Command-line commands of the compare feature, registered by :mod:`klachtregels.cli`.

``klachtregels diff OLD NEW``: what changed between two versions, rule by rule, and with
``--behaviour`` for which complaints the outcome changes; exit 0 when they are equal in
meaning (and behaviour), 1 when not. ``klachtregels conform REG``: the regulation against
its statute; exit 1 when a finding is a violation. A regulation is a bundled id
(``livio``: the newest version), an id with ``@`` and a version label (``livio@3``) or a
date it is in force on (``livio@2020-06-01``), or a path to a YAML file.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from klachtregels.cli.base import Parser, UsageError, add_regulations, search_dirs
from klachtregels.compare.behaviour import (
    Sample,
    basic_samples,
    compare_behaviour,
    generated_samples,
    scenario_samples,
)
from klachtregels.compare.conformance import conformance
from klachtregels.compare.diff import diff
from klachtregels.engine.scenarios import read_file as read_scenarios
from klachtregels.errors import KlachtregelsError, echo
from klachtregels.messages import render
from klachtregels.messages.lang import Lang
from klachtregels.model.catalog import is_path
from klachtregels.model.loader import bundled_dir, load, read, regulations
from klachtregels.model.regulation import Regulation

__all__ = ["register", "resolve"]

_FORMATS = ("text", "markdown", "json")


def register(
    sub: argparse._SubParsersAction[Parser],
    date_type: Callable[[str], date],
    add_lang: Callable[[argparse.ArgumentParser], None],
    lang: Lang,
) -> None:
    """Add this feature's subcommands. Raise UsageError for bad input (one line, exit 2)."""
    ref_help = "cli.help.ref"
    p = sub.add_parser(
        "diff",
        help="cli.help.diff",
    )
    p.add_argument("old", help=ref_help)
    p.add_argument("new", help=ref_help)
    p.add_argument("--format", choices=_FORMATS, default="text")
    p.add_argument(
        "--behaviour",
        action="store_true",
        help="cli.help.diff.behaviour",
    )
    p.add_argument(
        "--scenarios",
        action="append",
        default=[],
        metavar="FILE",
        help="cli.help.diff.scenarios",
    )
    p.add_argument(
        "--examples",
        type=_count(lang, MAX_EXAMPLES),
        default=200,
        metavar="N",
        help="cli.help.diff.examples",
    )
    p.add_argument("--seed", type=_count(lang), default=0, metavar="N", help="cli.help.diff.seed")
    add_regulations(p)
    add_lang(p)
    p.set_defaults(func=_cmd_diff)

    p = sub.add_parser("conform", help="cli.help.conform")
    p.add_argument("regulation", help=ref_help)
    p.add_argument("--format", choices=_FORMATS, default="text")
    add_regulations(p)
    add_lang(p)
    p.set_defaults(func=_cmd_conform)


#: ``--examples`` at most: more would run for hours, not find more.
MAX_EXAMPLES = 100_000


def _count(lang: Lang, most: int | None = None) -> Callable[[str], int]:
    def count(text: str) -> int:
        value = int(text) if text.isascii() and text.isdigit() else -1
        if value < 0:
            shown = echo(text)
            raise argparse.ArgumentTypeError(render("compare.error.not_a_count", lang, text=shown))
        if most is not None and value > most:
            raise argparse.ArgumentTypeError(render("cli.too_many", lang, n=value, most=most))
        return value

    return count


def resolve(
    ref: str, lang: Lang = "nl", *, dirs: list[str] | None = None, shadow: bool = False
) -> Regulation:
    """The effective regulation a command-line reference names (see the module doc);
    ids are found in one's own folders ``dirs`` too."""
    if is_path(ref):  # the one rule (model/catalog.py): a file in the folder is no id
        return load(Path(ref))
    ident, at, which = ref.partition("@")
    if not at:
        return load(ident, path=dirs, shadow=shadow)
    if not which:
        raise UsageError("klachtregels: " + render("compare.error.empty_version", lang, ref=ref))
    try:
        on = date.fromisoformat(which)
    except ValueError:
        on = None
    if on is not None:
        return load(ident, on=on, path=dirs, shadow=shadow)
    versions = regulations(path=dirs, shadow=shadow).get(ident)
    if versions is None:
        load(ident, path=dirs, shadow=shadow)  # raises: no such regulation
        versions = []
    labels = []
    for v in versions:
        label = read(v.path).version
        if label == which:
            return load(ident, on=v.valid_from, path=dirs, shadow=shadow)
        labels.append(label)
    raise UsageError(
        "klachtregels: "
        + render(
            "compare.error.unknown_version",
            lang,
            ref=ref,
            id=ident,
            known=", ".join(repr(label) for label in labels) or "—",
        )
    )


def _print(text: str) -> None:
    print(text.rstrip("\n"))


def _scenario_files(args: argparse.Namespace, old: Regulation, new: Regulation) -> list[Path]:
    if args.scenarios:
        return [Path(p) for p in args.scenarios]
    out = []
    for ident in dict.fromkeys((old.id, new.id)):
        candidate = bundled_dir() / ident / "scenarios.yaml"
        if candidate.is_file():
            out.append(candidate)
    return out


def _samples(path: Path, lang: Lang) -> list[Sample]:
    name = path.parent.name if path.name == "scenarios.yaml" else path.stem
    try:
        loaded = read_scenarios(path)
        return scenario_samples(name, [s.model_dump() for s in loaded.file.scenarios])
    except OSError as e:
        problem = render("error.cannot_read", lang, problem=e.strerror or e)
        raise UsageError(f"{path}: {problem}") from None
    except KlachtregelsError as e:
        raise UsageError(e.message(lang)) from None
    except ValidationError as e:
        first = e.errors(include_url=False)[0]
        where = ".".join(str(x) for x in first["loc"])
        problem = render("compare.error.bad_scenarios", lang, where=where, problem=first["msg"])
        raise UsageError(f"{path}: {problem}") from None


def _cmd_diff(args: argparse.Namespace) -> int:
    lang: Lang = args.lang
    dirs, shadow = search_dirs(args), args.shadow
    old = resolve(args.old, lang, dirs=dirs, shadow=shadow)
    new = resolve(args.new, lang, dirs=dirs, shadow=shadow)
    structural = diff(old, new)
    behaviour = None
    if args.behaviour:
        samples = [s for p in _scenario_files(args, old, new) for s in _samples(p, lang)]
        try:
            generated = generated_samples(old, new, args.examples, args.seed)
        except ImportError:
            raise UsageError(
                "klachtregels: " + render("compare.error.needs_hypothesis", lang)
            ) from None
        behaviour = compare_behaviour(
            old, new, [*samples, *basic_samples(old, new), *generated], seed=args.seed
        )
    if args.format == "json":
        out: dict[str, Any] = structural.to_json(lang)
        if behaviour is not None:
            out = {"diff": out, "behaviour": behaviour.to_json(lang)}
        _print(json.dumps(out, ensure_ascii=False, indent=2))
    elif args.format == "markdown":
        _print(structural.markdown(lang))
        if behaviour is not None:
            print()
            _print(behaviour.markdown(lang))
    else:
        _print(structural.text(lang))
        if behaviour is not None:
            print()
            _print(behaviour.text(lang))
    same = structural.equal_in_meaning and (behaviour is None or behaviour.equal)
    return 0 if same else 1


def _cmd_conform(args: argparse.Namespace) -> int:
    lang: Lang = args.lang
    reg = resolve(args.regulation, lang, dirs=search_dirs(args), shadow=args.shadow)
    result = conformance(reg)
    if args.format == "json":
        _print(json.dumps(result.to_json(lang), ensure_ascii=False, indent=2))
    elif args.format == "markdown":
        _print(result.markdown(lang))
    else:
        _print(result.text(lang))
    return 0 if result.ok else 1
