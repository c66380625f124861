"""Messages of hostile input refused (issue 13): part of the one catalogue in
:mod:`klachtregels.messages`.

Limits that keep reading safe (nesting, size, characters) and what the command line
says when its output cannot be written. docs/reliability.md lists the limits.
"""

from __future__ import annotations

from collections.abc import Mapping

from klachtregels.messages.lang import Lang

MESSAGES: Mapping[str, Mapping[Lang, str]] = {
    "error.too_deep": {
        "nl": "meer dan {limit} lagen in elkaar genest; een regeling of klacht heeft er "
        "hooguit tien nodig",
        "en": "nested more than {limit} levels deep; a regulation or complaint needs ten at most",
    },
    "error.lone_surrogate": {
        "nl": 'een losse surrogaat-code (bijv. "\\ud800") is geen teken; schrijf het teken '
        'zelf, bijv. "é"',
        "en": 'a lone surrogate code (e.g. "\\ud800") is not a character; write the '
        'character itself, e.g. "é"',
    },
    "complaint.extra_not_yes_no": {
        "nl": "de regeling leest dit feit als ja of nee; schrijf true of false, niet {value}",
        "en": "the regulation reads this fact as yes or no; write true or false, not {value}",
    },
    "error.file_over_limit": {
        "nl": "het bestand is groter dan de grens van {limit} bytes; splits het op",
        "en": "the file is larger than the limit of {limit} bytes; split it up",
    },
    "error.line_too_long": {
        "nl": "de regel is langer dan de grens van {limit} bytes; één klacht per regel",
        "en": "the line is longer than the limit of {limit} bytes; one complaint per line",
    },
    "error.line_not_utf8": {
        "nl": "de regel is geen UTF-8 (byte {offset} van de regel); sla het bestand op als UTF-8",
        "en": "the line is not UTF-8 (byte {offset} of the line); save the file as UTF-8",
    },
    "error.not_utf8_looks": {
        "nl": "het bestand lijkt {encoding} zonder bytevolgordemarkering (NUL-bytes naast de "
        "tekens), geen UTF-8; sla het op als UTF-8",
        "en": "the file looks like {encoding} without a byte order mark (NUL bytes beside the "
        "characters), not UTF-8; save it as UTF-8",
    },
    "error.not_utf8_but": {
        "nl": "het bestand is {encoding}, geen UTF-8 (het begint met de bytevolgordemarkering "
        "van {encoding}); sla het op als UTF-8",
        "en": "the file is {encoding}, not UTF-8 (it begins with the byte order mark of "
        "{encoding}); save it as UTF-8",
    },
    "cli.cannot_write": {
        "nl": "kan de uitvoer niet schrijven ({problem}); er is niets of een deel geschreven",
        "en": "cannot write the output ({problem}); nothing or part of it was written",
    },
    "cli.worker_died": {
        "nl": "een werkproces van --jobs is onverwacht gestopt ({how}); de uitvoer is "
        "volledig tot en met regel {line} van de invoer, daarna ontbreekt ze",
        "en": "a worker process of --jobs ended unexpectedly ({how}); the output is complete "
        "up to and including line {line} of the input, after that it is missing",
    },
    "cli.worker_died_at_once": {
        "nl": "een werkproces van --jobs is onverwacht gestopt ({how}); er is geen regel "
        "volledig geschreven",
        "en": "a worker process of --jobs ended unexpectedly ({how}); no line was written in full",
    },
    "cli.cannot_start_worker": {
        "nl": "kan geen werkproces voor --jobs starten ({problem}); probeer minder --jobs",
        "en": "cannot start a worker process for --jobs ({problem}); try fewer --jobs",
    },
    "cli.worker_signal": {
        "nl": "signaal {n}, {name}",
        "en": "signal {n}, {name}",
    },
    "cli.worker_exit": {
        "nl": "afsluitcode {code}",
        "en": "exit code {code}",
    },
    "cli.os_error": {
        "nl": "het systeem weigerde een bestand ({problem})",
        "en": "the system refused a file ({problem})",
    },
    "cli.too_many": {
        "nl": "{n} is te veel; kies een aantal tot en met {most}",
        "en": "{n} is too many; choose a number up to {most}",
    },
    "error.not_a_scenario_file": {
        "nl": "een scenariobestand is een mapping; begin met bijv. 'regulation: livio' en "
        "'scenarios:'",
        "en": "a scenario file is a mapping; start with e.g. 'regulation: livio' and 'scenarios:'",
    },
    "error.regulation_not_scenarios": {
        "nl": "dit is een regeling, geen scenariobestand; controleer het met "
        "'klachtregels validate', of geef een bestand met 'regulation:' en 'scenarios:'",
        "en": "this is a regulation, not a scenario file; check it with 'klachtregels "
        "validate', or give a file with 'regulation:' and 'scenarios:'",
    },
}
