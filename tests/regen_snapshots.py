"""The wording snapshots: the full Dutch and English text of ``check``, ``show``,
``timeline`` and ``graph`` for one complaint per bundled regulation, under
``tests/snapshots/<id>/<command>.<lang>.txt`` (as python-holidays keeps its snapshots).

``tests/test_snapshots.py`` compares each with what the command prints now, so any
change in wording shows up as a diff to review. After a change meant to be made, write
them anew from the repository's root with::

    python tests/regen_snapshots.py
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SNAPSHOTS = ROOT / "tests" / "snapshots"

#: (regulation, complaint under examples/, the fixed as-of date).
CASES: tuple[tuple[str, str, str], ...] = (
    ("bij-elkaar", "bij-elkaar-pleegouder.yaml", "2027-01-05"),
    ("burgercoaching", "burgercoaching-email.yaml", "2026-05-20"),
    ("cmv-coaching", "cmv-coaching-brief.yaml", "2026-05-04"),
    ("livio", "livio-kerstavond.yaml", "2027-01-05"),
    ("polypartners", "polypartners-mondeling.yaml", "2027-02-17"),
)
COMMANDS = ("check", "show", "timeline", "graph")
LANGS = ("nl", "en")


def argv(regulation: str, complaint: str, as_of: str, command: str, lang: str) -> list[str]:
    """The command line of one snapshot (run from the repository's root)."""
    path = f"examples/{complaint}"
    with_date = [path, "--as-of", as_of]
    args = {"check": with_date, "show": [], "timeline": with_date, "graph": []}[command]
    return [command, regulation, *args, "--lang", lang]


def output(regulation: str, complaint: str, as_of: str, command: str, lang: str) -> str:
    """What ``klachtregels <argv>`` prints on standard output."""
    from klachtregels.cli import main

    out = io.StringIO()
    cwd = Path.cwd()
    os.chdir(ROOT)
    try:
        with contextlib.redirect_stdout(out):
            code = main(argv(regulation, complaint, as_of, command, lang))
    finally:
        os.chdir(cwd)
    if code != 0:
        raise RuntimeError(f"{argv(regulation, complaint, as_of, command, lang)}: exit {code}")
    return out.getvalue()


def path(regulation: str, command: str, lang: str) -> Path:
    return SNAPSHOTS / regulation / f"{command}.{lang}.txt"


def main() -> int:
    written = 0
    for regulation, complaint, as_of in CASES:
        for command in COMMANDS:
            for lang in LANGS:
                target = path(regulation, command, lang)
                text = output(regulation, complaint, as_of, command, lang)
                if not target.is_file() or target.read_text("utf-8") != text:
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_text(text, "utf-8")
                    written += 1
    print(f"{written} snapshot(s) written under {SNAPSHOTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    sys.exit(main())
