"""What every command module shares: the parser that never prints a traceback."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

from klachtregels.errors import RegulationError
from klachtregels.messages import render
from klachtregels.messages.lang import Lang
from klachtregels.model.complaint import Complaint, ComplaintError
from klachtregels.model.validation import Problem, locate
from klachtregels.model.yamlsafe import parse

__all__ = ["Parser", "UsageError", "read_complaint", "read_complaints", "read_text"]


class UsageError(Exception):
    """Bad input on the command line: reported in one line, exit status 2."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message}")


def read_complaints(ref: str, lang: Lang) -> Iterator[Complaint]:
    """Complaints from a YAML/JSON file, a JSON Lines file, or '-' (standard input)."""
    text = sys.stdin.read() if ref == "-" else read_text(ref, lang)
    if ref.endswith(".jsonl"):
        for n, line in enumerate(text.splitlines(), 1):
            if line.strip():  # padded so that errors carry the line number in the file
                yield read_complaint("\n" * (n - 1) + line, ref, lang)
        return
    yield read_complaint(text, ref, lang)


def read_text(ref: str, lang: Lang) -> str:
    try:
        return Path(ref).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise UsageError(f"{ref}: {render('error.cannot_read', lang, problem=e)}") from None


def read_complaint(text: str, where: str, lang: Lang) -> Complaint:
    """One complaint from YAML or JSON text; errors name line, column and field."""
    try:
        parsed = parse(text, where)
        return Complaint.model_validate(parsed.data)
    except RegulationError as e:
        raise UsageError(e.message(lang)) from None
    except ComplaintError as e:
        key, params = e.detail()
        problem = Problem(e.field, key, params, e.loc)
        raise UsageError(locate(problem, where, parsed.positions).message(lang)) from None
