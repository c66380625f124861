"""``python -m klachtregels``: the same as the ``klachtregels`` command."""

import sys

from klachtregels.cli.main import main

sys.exit(main())
