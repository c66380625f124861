"""``klachtregels new ID``: a starting regulation of one's own, and a scenario file.

Writes ``<out>/<id>/<valid_from>.yaml`` (with the modeline that points editors at the
regulation schema) and ``<out>/<id>/scenarios.yaml``. Both pass ``klachtregels validate``
and ``klachtregels test`` as written; the regulation extends the bundled Wkkgz law base,
so it starts as the statute and every rule added overrides the law's rule of that id.
``<out>`` is then a folder for ``--regulations`` or ``KLACHTREGELS_PATH``.
"""

from __future__ import annotations

import argparse
import os
import re
from datetime import date
from pathlib import Path

from klachtregels.cli.base import UsageError
from klachtregels.messages import Lang, render

__all__ = ["REGULATION", "SCENARIOS", "cmd_new"]

#: The starting regulation; ``{schema}``, ``{id}``, ``{source}``, ``{name}``,
#: ``{valid_from}`` are filled in.
REGULATION = """\
# yaml-language-server: $schema={schema}
# A starting regulation for {name}. It extends the Wkkgz law base: until a rule is
# added below, the statute's rules apply. Add your regulation's rules section by
# section (see docs/format.md), each with a verbatim quote from its text, then run
#   klachtregels validate {id}/{valid_from}.yaml
#   klachtregels test {id}/scenarios.yaml
id: {id}
kind: regulation
name: {name}
title: Klachtenregeling {name}
version: "1"
valid_from: {valid_from}
law: wkkgz
extends: [wkkgz]
sources:
  {source}:
    title: Klachtenregeling {name}
    kind: regulation
# A rule of one's own overrides the law's rule of the same id, e.g. (uncomment, and
# quote your regulation's own words):
# terms:
#   acknowledgement:
#     term: vijf werkdagen
#     start: receipt
#     atw: false
#     citation:
#       source: {source}
#       article: art. 5 lid 1
#       quote: "..."
"""

#: The starting scenario file: one case worked out by hand from Wkkgz art. 17.
SCENARIOS = """\
# Scenarios for {name}: each complaint with the outcome the regulation's text gives,
# worked out by hand (never copied from klachtregels' output). Run:
#   klachtregels test {id}/scenarios.yaml
regulation: {valid_from}.yaml
scenarios:
  - name: a client complains by letter on Monday 1 March 2027
    complaint: {{received_on: 2027-03-01, channel: letter, complainant_role: client}}
    expect:
      standing: true
      admissible: true
      # Six weeks after Monday 1 March 2027 (the day after receipt is day 1):
      # Monday 12 April 2027, a working day, so the Atw moves nothing.
      deadlines: {{judgment: 2027-04-12}}
"""

_ID = re.compile(r"^[a-z][a-z0-9-]*$")


def cmd_new(args: argparse.Namespace) -> int:
    from klachtregels.model.catalog import bundled_dir

    lang: Lang = args.lang
    ident: str = args.id
    if not _ID.match(ident):
        raise UsageError(render("cli.new.bad_id", lang, id=ident))
    folder = Path(args.out) / ident
    if folder.exists():
        raise UsageError(render("cli.new.exists", lang, path=folder.as_posix()))
    valid_from: date = args.valid_from or date.today()
    fields = {
        "id": ident,
        "source": ident.replace("-", "_"),
        "name": args.name or ident,
        "valid_from": valid_from.isoformat(),
        "schema": Path(os.path.relpath(bundled_dir() / "schema.json", folder)).as_posix(),
    }
    regulation = folder / f"{valid_from.isoformat()}.yaml"
    scenarios = folder / "scenarios.yaml"
    try:
        folder.mkdir(parents=True)
        regulation.write_text(REGULATION.format(**fields), "utf-8")
        scenarios.write_text(SCENARIOS.format(**fields), "utf-8")
    except OSError as e:
        problem = e.strerror or type(e).__name__
        raise UsageError(
            render("docs.error.cannot_write", lang, path=folder.as_posix(), problem=problem)
        ) from None
    written = {"regulation": regulation.as_posix(), "scenarios": scenarios.as_posix()}
    print(render("cli.new.wrote", lang, **written))
    return 0
