"""What every command module shares: the parser that never prints a traceback, reading
complaints, and where regulations are found (``--regulations DIR``, ``--shadow``).

Light on purpose: a command imports what it needs when it runs, so that
``klachtregels deadline`` starts fast.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
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
    from klachtregels.model.catalog import is_path

    if args.on is not None or is_path(ref):
        return None
    from klachtregels.model.loader import InForce

    return InForce(ref, path=search_dirs(args), shadow=getattr(args, "shadow", False))


def read_text(ref: str, lang: Lang) -> str:
    """A complaint file (``-``: standard input), read no further than its limit."""
    from klachtregels.errors import echo
    from klachtregels.model.complaint import MAX_COMPLAINT_BYTES

    limit = MAX_COMPLAINT_BYTES

    try:
        if ref == "-":
            raw = sys.stdin.buffer.read(limit + 1)
        else:
            with open(ref, "rb") as f:
                raw = f.read(limit + 1)
        if len(raw) > limit:
            raise UsageError(
                f"{echo(ref, 160)}: {render('error.file_over_limit', lang, limit=limit)}"
            )
        return raw.decode("utf-8")
    except (OSError, UnicodeDecodeError) as e:
        problem = e.strerror if isinstance(e, OSError) and e.strerror else e
        raise UsageError(
            f"{echo(ref, 160)}: {render('error.cannot_read', lang, problem=problem)}"
        ) from None


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
        raise UsageError(e.message(lang)) from None
    except ComplaintError as e:
        key, params = e.detail()
        problem = Problem(e.field, key, params, e.loc)
        raise UsageError(locate(problem, where, parsed.positions).message(lang)) from None
