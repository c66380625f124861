"""The ``klachtregels`` command: one module per group of commands over a shared base."""

from klachtregels.cli.main import main, run

__all__ = ["main", "run"]
