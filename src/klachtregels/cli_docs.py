"""Command-line commands of the docs feature, registered by :mod:`klachtregels.cli`."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date

from klachtregels._cli_base import Parser
from klachtregels._lang import Lang

__all__ = ["register"]


def register(
    sub: argparse._SubParsersAction[Parser],
    date_type: Callable[[str], date],
    add_lang: Callable[[argparse.ArgumentParser], None],
    lang: Lang,
) -> None:
    """Add this feature's subcommands. Raise UsageError for bad input (one line, exit 2)."""
