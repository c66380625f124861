"""``python -m klachtregels.cli``: the same as the ``klachtregels`` command."""

from klachtregels.cli.main import run

run()
