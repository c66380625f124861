"""The command line's help, in both languages: ``cli.help.<command>[.<option>]``.

The parsers name these keys as their help texts; :class:`klachtregels.cli.base.Parser`
renders them in the language asked for (``--lang``, or ``LANG``), and translates
argparse's own words (``argparse.*``: usage, options, its errors) the same way.
"""

from __future__ import annotations

from collections.abc import Mapping

from klachtregels.messages.lang import Lang

MESSAGES: Mapping[str, Mapping[Lang, str]] = {
    "cli.help.common.regulations": {
        "nl": "een map met eigen regelingen, ingedeeld als regelingen/ (herhaalbaar; doorzocht "
        "vóór KLACHTREGELS_PATH en de meegeleverde)",
        "en": "a folder of one's own regulations, laid out like regelingen/ (repeatable; searched "
        "before KLACHTREGELS_PATH and the bundled ones)",
    },
    "cli.help.common.shadow": {
        "nl": "laat een eigen regeling een meegeleverde met dezelfde id vervangen",
        "en": "let one's own regulation replace a bundled one with the same id",
    },
    "cli.help.diff": {
        "nl": "wat er tussen twee versies veranderde, regel voor regel; exit 1 als de betekenis "
        "verschilt",
        "en": "what changed between two versions, rule by rule; exit 1 when the meaning differs",
    },
    "cli.help.diff.behaviour": {
        "nl": "beoordeel ook dezelfde klachten onder beide en meld waar de uitkomst verschilt",
        "en": "also evaluate the same complaints under both and report where outcomes differ",
    },
    "cli.help.diff.scenarios": {
        "nl": "scenariobestand waarvan de klachten te gebruiken (herhaalbaar; standaard: de "
        "meegeleverde scenariobestanden van beide regelingen)",
        "en": "scenario file whose complaints to use (repeatable; default: the bundled scenario "
        "files of both regulations)",
    },
    "cli.help.diff.examples": {
        "nl": "aantal klachten uit klachtregels.testing.complaints(), elk gebruikt zoals getrokken "
        "en in een uitgedunde vorm (standaard 200)",
        "en": "draws from klachtregels.testing.complaints(), each used as drawn and in a sparse "
        "form (default 200)",
    },
    "cli.help.diff.seed": {
        "nl": "startwaarde voor de gegenereerde klachten",
        "en": "seed for the generated ones",
    },
    "cli.help.conform": {
        "nl": "toets een regeling aan haar wet; exit 1 bij een schending",
        "en": "check a regulation against its statute; exit 1 on a violation",
    },
    "cli.help.graph": {
        "nl": "de escalatieroute van een regeling als stroomschema",
        "en": "the escalation path of a regulation as a flowchart",
    },
    "cli.help.graph.regulation": {
        "nl": "een meegeleverde id (bijv. livio) of een pad naar een YAML-bestand",
        "en": "a bundled id (e.g. livio) or a path to a YAML file",
    },
    "cli.help.graph.on": {
        "nl": "gebruik de versie van de regeling die dan van kracht is",
        "en": "use the regulation version in force then",
    },
    "cli.help.timeline": {
        "nl": "de termijnen van één klacht op een tijdas",
        "en": "the deadlines of one complaint on a time axis",
    },
    "cli.help.timeline.complaint": {
        "nl": "de klacht als .yaml of .json",
        "en": "the complaint as .yaml or .json",
    },
    "cli.help.timeline.format": {
        "nl": "tekst voor de terminal (standaard), een Mermaid-gantt-diagram, of ics: een "
        "agendabestand met één hele-dag-afspraak per termijn (extra ics)",
        "en": "text for the terminal (default), a Mermaid gantt chart, or ics: a calendar "
        "file with one all-day event per deadline (extra ics)",
    },
    "cli.help.timeline.as_of": {
        "nl": "de peildatum waarop de termijnen worden beoordeeld",
        "en": "the day to judge deadlines on",
    },
    "cli.help.docs": {
        "nl": "maak de documentatiepagina's; --check vergelijkt ze",
        "en": "generate the documentation pages; --check compares them",
    },
    "cli.help.docs.check": {
        "nl": "schrijf niets; exit 1 als een gegenereerde pagina verschilt van haar bestand",
        "en": "write nothing; exit 1 when a generated page differs from its file",
    },
    "cli.help.docs.out": {
        "nl": "de docs-map (standaard: docs)",
        "en": "the docs folder (default: docs)",
    },
    "cli.help.common.lang": {
        "nl": "taal van de uitvoer (standaard: nl)",
        "en": "language of the output (default: nl)",
    },
    "cli.help.common.version": {
        "nl": "toon de versie en stop",
        "en": "print the version and exit",
    },
    "cli.help.schema": {
        "nl": "toon een JSON Schema: regulation (standaard), complaint of assessment",
        "en": "print a JSON Schema: regulation (default), complaint or assessment",
    },
    "cli.help.new": {
        "nl": "schrijf een eerste regeling en scenariobestand voor een id",
        "en": "write a starting regulation and scenario file for an id",
    },
    "cli.help.new.id": {
        "nl": "de id van de nieuwe regeling, bijv. zorgnet (a-z, 0-9, -)",
        "en": "the new regulation's id, e.g. zorgnet (a-z, 0-9, -)",
    },
    "cli.help.new.out": {
        "nl": "de map waarin <id>/ komt (standaard: .)",
        "en": "the folder to write <id>/ in (default: .)",
    },
    "cli.help.new.valid_from": {
        "nl": "eerste dag van kracht (standaard: vandaag)",
        "en": "first day in force (default: today)",
    },
    "cli.help.new.name": {
        "nl": "de naam van de zorgaanbieder (standaard: de id)",
        "en": "the provider's name (default: the id)",
    },
    "cli.help.deadline": {
        "nl": "uiterste datum van een termijn, met de redenering",
        "en": "due date of a term, with the reasoning",
    },
    "cli.help.deadline.start": {
        "nl": "dag van de gebeurtenis (dag 0), JJJJ-MM-DD",
        "en": "day of the event (day 0), YYYY-MM-DD",
    },
    "cli.help.deadline.term": {
        "nl": "de termijn zoals geschreven, bijv. '5 werkdagen', 'zes weken', '1 year'",
        "en": "the term as written, e.g. '5 werkdagen', 'zes weken', '1 year'",
    },
    "cli.help.deadline.atw": {
        "nl": "pas de Algemene termijnenwet art. 1 en 2 toe waar art. 4 dat toelaat",
        "en": "apply the Algemene termijnenwet art. 1 and 2 where art. 4 allows",
    },
    "cli.help.deadline.backward": {
        "nl": "reken terug vanaf START",
        "en": "count back from START",
    },
    "cli.help.deadline.decree_days": {
        "nl": "of bij besluit gelijkgestelde dagen (Atw art. 3 lid 3) werkdagen zijn (standaard: "
        "working)",
        "en": "whether Atw art. 3(3) decree days are working days (default: working)",
    },
    "cli.help.deadline.closed": {
        "nl": "een extra sluitingsdag (geen werkdag); herhaalbaar",
        "en": "an extra closure day (not a working day); repeatable",
    },
    "cli.help.deadline.json": {
        "nl": "uitvoer voor programma's (JSON)",
        "en": "machine-readable output",
    },
    "cli.help.list": {
        "nl": "de gevonden regelingen en hun versies",
        "en": "the regulations found and their versions",
    },
    "cli.help.show": {
        "nl": "de geldende regeling, elke regel met zijn herkomst",
        "en": "the effective regulation, each rule with its origin",
    },
    "cli.help.show.regulation": {
        "nl": "een id (bijv. livio) of een pad naar een YAML-bestand",
        "en": "an id (e.g. livio) or a path to a YAML file",
    },
    "cli.help.show.on": {
        "nl": "de versie die op deze datum van kracht is",
        "en": "the version in force on this date",
    },
    "cli.help.validate": {
        "nl": "controleer regelingbestanden; exit 1 als er één ongeldig is",
        "en": "check regulation files; exit 1 when any is invalid",
    },
    "cli.help.validate.files": {
        "nl": "YAML-bestanden",
        "en": "YAML files",
    },
    "cli.help.check": {
        "nl": "beoordeel een klacht (of vele) onder een regeling",
        "en": "evaluate a complaint (or many) under a regulation",
    },
    "cli.help.check.complaint": {
        "nl": "een klacht als .yaml/.json; vele als .jsonl/.ndjson; - voor standaardinvoer (JSON "
        "Lines met --format jsonl)",
        "en": "a complaint as .yaml/.json; many as .jsonl/.ndjson; - for standard input (JSON "
        "Lines with --format jsonl)",
    },
    "cli.help.check.on": {
        "nl": "gebruik voor elke klacht de versie die op deze datum van kracht is (standaard: de "
        "versie die van kracht was op de dag van ontvangst van elke klacht)",
        "en": "use the version in force on this date for every complaint (default: the version in "
        "force on each complaint's day of receipt)",
    },
    "cli.help.check.compact": {
        "nl": "met --format jsonl: elke bron één keer, met een id, in een eerste regel",
        "en": "with --format jsonl: each citation once, by id, in a first line",
    },
    "cli.help.check.jobs": {
        "nl": "werkprocessen voor JSON Lines (standaard: 1); de uitvoer is dezelfde",
        "en": "worker processes for JSON Lines (default: 1); the output is the same",
    },
    "cli.help.test": {
        "nl": "draai scenariobestanden; exit 1 met een diff als er één faalt",
        "en": "run scenario files; exit 1 with a diff when one fails",
    },
    "cli.help.test.paths": {
        "nl": "scenariobestanden (standaard: de meegeleverde)",
        "en": "scenario files (default: the bundled ones)",
    },
    "cli.help.serve": {
        "nl": "start de HTTP-service en haar pagina (extra: serve)",
        "en": "run the HTTP service and its page (extra: serve)",
    },
    "cli.help.serve.host": {
        "nl": "adres om op te luisteren (standaard: 127.0.0.1)",
        "en": "address to listen on (default: 127.0.0.1)",
    },
    "cli.help.serve.port": {
        "nl": "poort om op te luisteren (standaard: 8000)",
        "en": "port to listen on (default: 8000)",
    },
    "cli.help.serve.workers": {
        "nl": "werkprocessen (standaard: 1)",
        "en": "worker processes (default: 1)",
    },
    "cli.help.serve.root_path": {
        "nl": "het pad waaronder een reverse proxy de service aanbiedt, bijv. /klachtregels",
        "en": "the path a reverse proxy serves the service under, e.g. /klachtregels",
    },
    "cli.help.serve.log_level": {
        "nl": "wat de server logt (standaard: info: één regel per verzoek)",
        "en": "what the server logs (default: info: one line per request)",
    },
    "cli.help.ref": {
        "nl": "een meegeleverde id (livio), met @versie (livio@3) of @JJJJ-MM-DD, of een pad naar "
        "een YAML-bestand",
        "en": "a bundled id (livio), with @version (livio@3) or @YYYY-MM-DD, or a YAML path",
    },
    "cli.help.description": {
        "nl": "Klachtregels: klachtenregelingen van zorgaanbieders (Wkkgz, Jeugdwet) als gegevens; "
        "beoordeel klachten en hun termijnen. Exit 0 klaar, 1 gecontroleerd en afgekeurd, 2 "
        "onjuiste invoer.",
        "en": "Klachtregels: care providers' complaint regulations (Wkkgz, Jeugdwet) as data; "
        "evaluate complaints and their deadlines. Exit 0 done, 1 checked and failed, 2 bad "
        "input.",
    },
    "cli.invalid_choice": {
        "nl": "ongeldige keuze: {value!r} (kies uit {choices})",
        "en": "invalid choice: {value!r} (choose from {choices})",
    },
    "cli.invalid_choice_near": {
        "nl": "ongeldige keuze: {value!r}; bedoelde u {near!r}? (kies uit {choices})",
        "en": "invalid choice: {value!r}; did you mean {near!r}? (choose from {choices})",
    },
    "argparse.usage": {
        "nl": "gebruik: ",
        "en": "usage: ",
    },
    "argparse.positionals": {
        "nl": "argumenten",
        "en": "positional arguments",
    },
    "argparse.options": {
        "nl": "opties",
        "en": "options",
    },
    "argparse.help": {
        "nl": "toon deze hulp en stop",
        "en": "show this help message and exit",
    },
    "argparse.argument": {
        "nl": "argument %(argument_name)s: %(message)s",
        "en": "argument %(argument_name)s: %(message)s",
    },
    "argparse.unrecognized": {
        "nl": "onbekende argumenten: %s",
        "en": "unrecognized arguments: %s",
    },
    "argparse.required": {
        "nl": "deze argumenten ontbreken: %s",
        "en": "the following arguments are required: %s",
    },
    "argparse.one_of_required": {
        "nl": "een van de argumenten %s is verplicht",
        "en": "one of the arguments %s is required",
    },
    "argparse.expected_one": {
        "nl": "verwacht één waarde",
        "en": "expected one argument",
    },
    "argparse.expected_at_most_one": {
        "nl": "verwacht hoogstens één waarde",
        "en": "expected at most one argument",
    },
    "argparse.expected_at_least_one": {
        "nl": "verwacht ten minste één waarde",
        "en": "expected at least one argument",
    },
    "argparse.ambiguous": {
        "nl": "dubbelzinnige optie: %(option)s kan zijn: %(matches)s",
        "en": "ambiguous option: %(option)s could match %(matches)s",
    },
    "argparse.not_allowed_with": {
        "nl": "niet toegestaan samen met argument %s",
        "en": "not allowed with argument %s",
    },
    "argparse.ignored_explicit": {
        "nl": "overbodige waarde %r",
        "en": "ignored explicit argument %r",
    },
    "argparse.invalid_type": {
        "nl": "ongeldige %(type)s-waarde: %(value)r",
        "en": "invalid %(type)s value: %(value)r",
    },
}

#: argparse's own words (it asks gettext for them) and the key of each here.
ARGPARSE: Mapping[str, str] = {
    MESSAGES[key]["en"]: key for key in MESSAGES if key.startswith("argparse.")
}
