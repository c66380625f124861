"""What every command module shares: the parser that never prints a traceback, reading
complaints, and where regulations are found (``--regulations DIR``, ``--shadow``).

Light on purpose: a command imports what it needs when it runs, so that
``klachtregels deadline`` starts fast.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from klachtregels.messages import render
from klachtregels.messages.lang import Lang

if TYPE_CHECKING:
    from klachtregels.model.complaint import Complaint
    from klachtregels.model.loader import InForce
    from klachtregels.model.regulation import Regulation

__all__ = [
    "Parser",
    "UsageError",
    "add_regulations",
    "read_complaint",
    "read_text",
    "regulation",
    "search_dirs",
]


class UsageError(Exception):
    """Bad input on the command line: reported in one line, exit status 2."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message}")


def add_regulations(p: argparse.ArgumentParser) -> None:
    """``--regulations DIR`` (repeatable) and ``--shadow`` on a command that takes an id."""
    p.add_argument(
        "--regulations",
        action="append",
        default=[],
        metavar="DIR",
        help="a folder of one's own regulations, laid out like regelingen/ (repeatable; "
        "searched before KLACHTREGELS_PATH and the bundled ones)",
    )
    p.add_argument(
        "--shadow",
        action="store_true",
        help="let one's own regulation replace a bundled one with the same id",
    )


def search_dirs(args: argparse.Namespace) -> list[str]:
    dirs: list[str] = getattr(args, "regulations", None) or []
    return dirs


def regulation(args: argparse.Namespace, ref: str, on: date | None = None) -> Regulation:
    """The regulation ``ref`` (an id or a path), found as the command's options say."""
    from klachtregels.model.loader import load

    return load(ref, on=on, path=search_dirs(args), shadow=getattr(args, "shadow", False))


def in_force(args: argparse.Namespace) -> InForce | None:
    """For a regulation named by id without ``--on``: each complaint is evaluated under
    the version in force on the day it was received."""
    ref: str = args.regulation
    if args.on is not None or ref.endswith((".yaml", ".yml")) or "/" in ref:
        return None
    from klachtregels.model.loader import InForce

    return InForce(ref, path=search_dirs(args), shadow=getattr(args, "shadow", False))


def read_text(ref: str, lang: Lang) -> str:
    try:
        return Path(ref).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise UsageError(f"{ref}: {render('error.cannot_read', lang, problem=e)}") from None


def read_complaint(text: str, where: str, lang: Lang) -> Complaint:
    """One complaint from YAML or JSON text; errors name line, column and field."""
    from klachtregels.errors import RegulationError
    from klachtregels.model.complaint import Complaint, ComplaintError
    from klachtregels.model.validation import Problem, locate
    from klachtregels.model.yamlsafe import parse

    try:
        parsed = parse(text, where)
        return Complaint.model_validate(parsed.data)
    except RegulationError as e:
        if e.what_key == "error.empty_file":  # a complaint's first line, not a regulation's
            e = RegulationError(e.path, e.line, e.column, "", "error.empty_complaint")
        raise UsageError(e.message(lang)) from None
    except ComplaintError as e:
        key, params = e.detail()
        problem = Problem(e.field, key, params, e.loc)
        raise UsageError(locate(problem, where, parsed.positions).message(lang)) from None


def check_as_of(as_of: date | None, received: date, command: str, lang: Lang) -> None:
    """Refuse an ``--as-of`` before the complaint was received: no term has begun then,
    so every status would say nothing (a typo in the year, most often)."""
    if as_of is not None and as_of < received:
        raise UsageError(
            render(
                "cli.as_of_before_receipt",
                lang,
                command=command,
                as_of=as_of.isoformat(),
                received=received.isoformat(),
            )
        )
