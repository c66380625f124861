"""Messages of the docs feature: part of the one catalogue in :mod:`klachtregels.messages`.

Keys start with ``graph.`` (escalation diagrams), ``timeline.`` (deadlines on a time
axis) or ``docs.`` (generated pages, and names shared by all three).
"""

from __future__ import annotations

from collections.abc import Mapping

from klachtregels.messages.lang import Lang

MESSAGES: Mapping[str, Mapping[Lang, str]] = {
    # --- names of terms (deadline ids) ------------------------------------------
    # --- channels and kinds of bodies --------------------------------------------
    "docs.channel.letter": {"nl": "brief", "en": "letter"},
    "docs.channel.email": {"nl": "e-mail", "en": "e-mail"},
    "docs.channel.web_form": {"nl": "webformulier", "en": "web form"},
    "docs.channel.phone": {"nl": "telefoon", "en": "phone"},
    "docs.channel.in_person": {"nl": "persoonlijk", "en": "in person"},
    "docs.body_kind.provider": {"nl": "zorgaanbieder", "en": "provider"},
    "docs.body_kind.complaints_officer": {
        "nl": "klachtenfunctionaris",
        "en": "complaints officer",
    },
    "docs.body_kind.confidential_adviser": {
        "nl": "vertrouwenspersoon",
        "en": "confidential adviser",
    },
    "docs.body_kind.complaints_committee": {
        "nl": "klachtencommissie",
        "en": "complaints committee",
    },
    "docs.body_kind.disputes_body": {"nl": "geschilleninstantie", "en": "disputes body"},
    "docs.body_kind.wzd_committee": {
        "nl": "Wzd-klachtencommissie",
        "en": "Wzd complaints committee",
    },
    "docs.body_kind.portal": {"nl": "klachtenportaal", "en": "complaints portal"},
    # --- escalation diagram ---------------------------------------------------------
    "graph.start": {"nl": "Klacht of onvrede", "en": "Complaint or dissatisfaction"},
    "graph.outcome": {"nl": "Oordeel", "en": "Judgment"},
    "graph.forward": {"nl": "doorzending", "en": "forwarding"},
    "graph.route_when": {"nl": "als {cond}", "en": "if {cond}"},
    "graph.alternatives": {
        "nl": "informele contacten, naar keuze",
        "en": "informal contacts, as the complainant chooses",
    },
    "graph.edge.term": {"nl": "{name} binnen {term}", "en": "{name} within {term}"},
    "graph.edge.extension": {
        "nl": "verlenging max. {term}",
        "en": "extension at most {term}",
    },
    "graph.edge.filing": {
        "nl": "indienen binnen {term} na de gebeurtenis",
        "en": "file within {term} of the event",
    },
    "graph.edge.after": {
        "nl": "{name} binnen {term} na {start}",
        "en": "{name} within {term} after {start}",
    },
    # --- deadlines on a time axis -------------------------------------------------
    "timeline.title": {
        "nl": "{name} (versie {version}): termijnen van de klacht",
        "en": "{name} (version {version}): deadlines of the complaint",
    },
    "timeline.as_of": {"nl": "beoordeeld op {as_of}", "en": "as of {as_of}"},
    "timeline.as_of_section": {"nl": "peildatum", "en": "as of"},
    "timeline.bar": {"nl": "{term}, uiterlijk {due}", "en": "{term}, due {due}"},
    "timeline.due": {"nl": "uiterlijk {due}", "en": "due {due}"},
    "timeline.kind.skipped": {"nl": "overgeslagen", "en": "skipped"},
    "timeline.kind.moved": {"nl": "verschoven, Atw art. 1", "en": "moved, Atw art. 1"},
    "timeline.kind.extended": {"nl": "verlengd, Atw art. 2", "en": "extended, Atw art. 2"},
    "timeline.plain_due": {
        "nl": "zonder de Atw: {plain}; met de Atw: {due}",
        "en": "without the Atw: {plain}; with the Atw: {due}",
    },
    "timeline.marks": {
        "nl": "Dagen die een termijn verlengden of een datum verschoven:",
        "en": "Days that lengthened a term or moved a date:",
    },
    "timeline.no_marks": {
        "nl": "Geen weekend- of feestdag verschoof een datum.",
        "en": "No weekend or holiday moved a date.",
    },
    "timeline.legend": {
        "nl": "= looptijd, | uiterste dag, x overgeslagen of verschoven dag, < > loopt buiten "
        "de as door, ^ peildatum",
        "en": "= running, | last day, x skipped or moved day, < > runs on beyond the axis, "
        "^ as-of date",
    },
    # --- the docs command -----------------------------------------------------------
    "docs.wrote": {
        "nl": "{n} pagina's gegenereerd in {out} ({changed} gewijzigd)",
        "en": "{n} pages generated in {out} ({changed} changed)",
    },
    "docs.check.ok": {
        "nl": "{n} gegenereerde pagina's in {out} zijn actueel",
        "en": "{n} generated pages in {out} are up to date",
    },
    "docs.check.outdated": {
        "nl": "{path}: verouderd; voer 'klachtregels docs --out {out}' uit",
        "en": "{path}: out of date; run 'klachtregels docs --out {out}'",
    },
    "docs.check.missing": {
        "nl": "{path}: ontbreekt; voer 'klachtregels docs --out {out}' uit",
        "en": "{path}: missing; run 'klachtregels docs --out {out}'",
    },
    "docs.check.stale": {
        "nl": "{path}: wordt niet (meer) gegenereerd; verwijder het bestand",
        "en": "{path}: no longer generated; remove the file",
    },
    "docs.error.cannot_write": {
        "nl": "{path}: kan niet schrijven ({problem})",
        "en": "{path}: cannot write ({problem})",
    },
    "docs.error.complaint_suffix": {
        "nl": "{path}: een klacht is een .yaml-, .yml- of .json-bestand",
        "en": "{path}: a complaint is a .yaml, .yml or .json file",
    },
    # --- a regulation's page ----------------------------------------------------------
    "docs.page.generated": {
        "nl": "Gegenereerd door 'klachtregels docs' uit {file}: niet met de hand bewerken.",
        "en": "Generated by 'klachtregels docs' from {file}: do not edit by hand.",
    },
    "docs.page.other_lang": {
        "nl": "[English version]({file})",
        "en": "[Nederlandse versie]({file})",
    },
    "docs.page.identity": {
        "nl": "Versie: {version}; van kracht {span} (versies in de bundel: {versions}). "
        "Wet: {law}; bouwt voort op: {extends}. Bron: `{file}`.",
        "en": "Version: {version}; in force {span} (versions bundled: {versions}). "
        "Law: {law}; extends: {extends}. Source: `{file}`.",
    },
    "docs.page.span_open": {"nl": "vanaf {start}", "en": "from {start}"},
    "docs.page.span_closed": {
        "nl": "van {start} tot en met {end}",
        "en": "from {start} to {end}",
    },
    "docs.page.summary": {"nl": "Overzicht", "en": "Summary"},
    "docs.page.summary_head": {"nl": "onderwerp|{name}", "en": "topic|{name}"},
    "docs.page.who": {"nl": "Wie mag klagen", "en": "Who may complain"},
    "docs.page.channels": {"nl": "Kanalen", "en": "Channels"},
    "docs.page.channels_accepted": {"nl": "aanvaard: {list}", "en": "accepted: {list}"},
    "docs.page.channels_refused": {
        "nl": "niet (tot het schriftelijk is): {list}",
        "en": "not (until in writing): {list}",
    },
    "docs.page.written": {"nl": "schriftelijk", "en": "in writing"},
    "docs.page.anonymous": {"nl": "Anoniem klagen", "en": "Anonymous complaints"},
    "docs.page.not_regulated": {"nl": "niet geregeld", "en": "not regulated"},
    "docs.page.terms": {"nl": "Termijnen", "en": "Terms"},
    "docs.page.bodies": {"nl": "Instanties", "en": "Bodies"},
    "docs.page.forwarding": {"nl": "Doorzending", "en": "Forwarding"},
    "docs.page.none": {"nl": "geen", "en": "none"},
    "docs.page.path": {"nl": "Escalatiepad", "en": "Escalation path"},
    "docs.page.legend": {
        "nl": "Doorgetrokken pijlen: de volgende stap, met de voorwaarde waaronder die "
        "openstaat en de termijnen die daar lopen. Dikke rand met dubbele zijlijnen: formele "
        "behandeling met een oordeel. Gestippeld: doorzending naar een andere instantie. "
        "Dezelfde tekening geeft 'klachtregels graph {id}' (ook '--format dot').",
        "en": "Solid arrows: the next step, with the condition under which it is open and "
        "the terms that run there. Thick border with double side lines: formal handling with "
        "a judgment. Dashed: forwarding to another body. The same diagram comes from "
        "'klachtregels graph {id}' (also '--format dot').",
    },
    "docs.page.steps": {"nl": "Stappen", "en": "Steps"},
    "docs.page.steps_head": {
        "nl": "stap|naam|instantie|open als|bron",
        "en": "step|name|body|open when|source",
    },
    "docs.page.terms_head": {
        "nl": "id|termijn|vanaf|Atw|bron",
        "en": "id|term|from|Atw|source",
    },
    "docs.page.bodies_head": {
        "nl": "id|naam|soort|contact|bron",
        "en": "id|name|kind|contact|source",
    },
    "docs.page.routing_head": {
        "nl": "id|als|naar|tenzij|bron",
        "en": "id|if|to|unless|source",
    },
    "docs.page.sources": {"nl": "Bronnen", "en": "Sources"},
    "docs.page.origin": {
        "nl": "Regels zonder '{id}' in de bronkolom komen uit de wettelijke basis ({bases}).",
        "en": "Rules whose source is not '{id}' come from the law base ({bases}).",
    },
    # --- the overview of all regulations ------------------------------------------------
    "docs.index.title": {"nl": "Regelingen", "en": "Regulations"},
    "docs.index.intro": {
        "nl": "De gebundelde klachtenregelingen naast elkaar. Elke pagina is gegenereerd uit "
        "dezelfde YAML die de evaluator gebruikt.",
        "en": "The bundled complaint regulations side by side. Every page is generated from "
        "the same YAML the evaluator runs.",
    },
    "docs.index.head": {
        "nl": "regeling|wet|wie mag klagen|kanalen|oordeel|stappen",
        "en": "regulation|law|who may complain|channels|judgment|steps",
    },
    # --- the format reference -------------------------------------------------------------
    "docs.format.title": {
        "nl": "Het formaat van een regeling",
        "en": "The regulation format",
    },
    "docs.format.intro": {
        "nl": "Een regeling is een YAML-bestand `regelingen/<id>/<valid_from>.yaml`; een "
        "wettelijke basis staat in `regelingen/_wetten/`. Deze pagina is gegenereerd uit de "
        "veldbeschrijvingen van de modellen in `src/klachtregels/model/regulation.py`; het JSON "
        "Schema geeft `klachtregels schema` (ook in `regelingen/schema.json`). Een regeling "
        "bouwt voort op haar wetten (extends): de effectieve regeling is de regels van de "
        "wetten, regel voor regel (per id) vervangen of aangevuld door die van de regeling.",
        "en": "A regulation is a YAML file `regelingen/<id>/<valid_from>.yaml`; a law base "
        "lives in `regelingen/_wetten/`. This page is generated from the field descriptions of "
        "the models in `src/klachtregels/model/regulation.py`; `klachtregels schema` prints "
        "the JSON Schema (also in `regelingen/schema.json`). A regulation extends its laws: the "
        "effective regulation is the laws' rules, replaced or added to rule by rule (by id) "
        "by the regulation's own.",
    },
    "docs.format.sections": {
        "nl": "Secties met regels per id, in documentvolgorde: {sections}.",
        "en": "Sections holding rules by id, in document order: {sections}.",
    },
    "docs.format.head": {
        "nl": "veld|type|verplicht|betekenis",
        "en": "field|type|required|meaning",
    },
    "docs.format.required": {"nl": "ja", "en": "yes"},
    "docs.format.default": {"nl": "nee (standaard {value})", "en": "no (default {value})"},
    "docs.format.optional": {"nl": "nee", "en": "no"},
    "docs.format.one_of": {"nl": "een van {values}", "en": "one of {values}"},
    "docs.format.list_of": {"nl": "lijst van {item}", "en": "list of {item}"},
    "docs.format.map_of": {"nl": "{key} → {value}", "en": "{key} → {value}"},
    "docs.format.text": {"nl": "tekst", "en": "text"},
    "docs.format.pattern": {"nl": "tekst ({pattern})", "en": "text ({pattern})"},
    "docs.format.bool": {"nl": "true/false", "en": "true/false"},
    "docs.format.int": {"nl": "geheel getal", "en": "whole number"},
    "docs.format.date": {"nl": "datum (JJJJ-MM-DD)", "en": "date (YYYY-MM-DD)"},
    "docs.format.term": {
        "nl": "termijn, bijv. '6 weken', 'vijf werkdagen', 'een jaar'",
        "en": "term, e.g. '6 weken', 'vijf werkdagen', 'een jaar'",
    },
    "docs.format.id": {"nl": "id", "en": "id"},
    "docs.format.value": {"nl": "waarde", "en": "value"},
    "docs.format.example": {"nl": "Voorbeeld", "en": "Example"},
    # Descriptions for fields whose model has none (see docsgen.field_description).
    "docs.format.scenarios_title": {"nl": "Scenariobestanden", "en": "Scenario files"},
    "docs.format.scenarios_intro": {
        "nl": "Een scenariobestand (`regelingen/<id>/scenarios.yaml`, of een eigen bestand; "
        "`klachtregels new` schrijft er een) noemt klachten met de uitkomst die de tekst van de "
        "regeling geeft. `klachtregels test [FILE ...]` evalueert ze en geeft per afwijking een "
        "regel; exit 1 als een scenario mislukt. De verwachte waarden worden met de hand "
        "uitgewerkt uit de tekst, nooit overgenomen uit de uitvoer van klachtregels.",
        "en": "A scenario file (`regelingen/<id>/scenarios.yaml`, or one of one's own; "
        "`klachtregels new` writes one) names complaints with the outcome the regulation's text "
        "gives. `klachtregels test [FILE ...]` evaluates them and prints a line per difference; "
        "exit 1 when a scenario fails. The expected values are worked out by hand from the text, "
        "never copied from klachtregels' output.",
    },
    "docs.field.ScenarioFile.regulation": {
        "nl": "De regeling van de scenario's: een id (gevonden zoals `klachtregels test "
        "--regulations` zoekt) of een pad ten opzichte van dit bestand.",
        "en": "The regulation the scenarios are about: an id (found as `klachtregels test "
        "--regulations` finds it) or a path relative to this file.",
    },
    "docs.field.ScenarioFile.scenarios": {
        "nl": "De scenario's, in volgorde.",
        "en": "The scenarios, in order.",
    },
    "docs.field.Scenario.name": {
        "nl": "Wat het geval is, in een paar woorden; getoond als het mislukt.",
        "en": "What the case is, in a few words; shown when it fails.",
    },
    "docs.field.Scenario.as_of": {
        "nl": "De dag waarop termijnen worden beoordeeld (status open, met, missed).",
        "en": "The day to judge deadlines on (status open, met, missed).",
    },
    "docs.field.Scenario.complaint": {
        "nl": "De klacht, zoals `klachtregels check` er een leest (`schemas/complaint.json`).",
        "en": "The complaint, as `klachtregels check` reads one (`schemas/complaint.json`).",
    },
    "docs.field.Scenario.expect": {
        "nl": "Wat de tekst van de regeling geeft, met de hand uitgewerkt; alleen wat genoemd "
        "wordt, wordt gecontroleerd.",
        "en": "What the regulation's text gives, worked out by hand; only what is named is "
        "checked.",
    },
    "docs.field.Expect.standing": {
        "nl": "Of de klager klachtgerechtigd is.",
        "en": "Whether the complainant has standing.",
    },
    "docs.field.Expect.admissible": {
        "nl": "Of de klacht ontvankelijk is.",
        "en": "Whether the complaint is admissible.",
    },
    "docs.field.Expect.forward_to": {
        "nl": "De naam van de instantie waar de klacht in plaats daarvan heen gaat, of null voor "
        "geen; niet gecontroleerd als het ontbreekt.",
        "en": "The name of the body the complaint goes to instead, or null for none; not checked "
        "when absent.",
    },
    "docs.field.Expect.findings": {
        "nl": "Codes van bevindingen die alle moeten voorkomen (in een oordeel of bij de algemene "
        "bevindingen).",
        "en": "Finding codes that must all appear (in a verdict or among the general findings).",
    },
    "docs.field.Expect.no_findings": {
        "nl": "Codes van bevindingen die niet mogen voorkomen.",
        "en": "Finding codes that must not appear.",
    },
    "docs.field.Expect.next_steps": {
        "nl": "De open stappen: precies deze ids, in deze volgorde.",
        "en": "The open steps: exactly these ids, in this order.",
    },
    "docs.field.Expect.deadlines": {
        "nl": "Uiterste datums per termijn-id.",
        "en": "Due dates by deadline id.",
    },
    "docs.field.Expect.status": {
        "nl": "Status per termijn-id: open, met, missed, of null (zonder as_of).",
        "en": "Status by deadline id: open, met, missed, or null (without as_of).",
    },
    "docs.field.Expect.atw_extended": {
        "nl": "Per termijn-id: of de Atw de uiterste datum verschoof.",
        "en": "By deadline id: whether the Atw moved the due date.",
    },
    "docs.field.Expect.absent": {
        "nl": "Termijn-ids die er niet mogen zijn.",
        "en": "Deadline ids that must not be there.",
    },
    "docs.field.citation": {
        "nl": "Waar de regel vandaan komt: bron, artikel en een letterlijk citaat.",
        "en": "Where the rule comes from: source, article and a verbatim quote.",
    },
    "docs.field.Regulation.kind": {
        "nl": "law: een wettelijke basis; regulation: de regeling van een zorgaanbieder.",
        "en": "law: a law base; regulation: a provider's regulation.",
    },
    "docs.field.Regulation.name": {
        "nl": "Naam van de zorgaanbieder of de wet.",
        "en": "Name of the provider or the law.",
    },
    "docs.field.Regulation.sources": {
        "nl": "De documenten waaruit geciteerd wordt, per id.",
        "en": "The documents rules are cited from, by id.",
    },
    "docs.field.Regulation.bodies": {
        "nl": "Instanties waarmee de klager te maken krijgt, per id.",
        "en": "Bodies the complainant deals with, by id.",
    },
    "docs.field.Regulation.standing": {
        "nl": "Wie mag klagen: een regel per rol (en leeftijdsgroep).",
        "en": "Who may complain: one rule per role (and age band).",
    },
    "docs.field.Regulation.channels": {
        "nl": "Per kanaal of een klacht daarlangs binnen mag komen.",
        "en": "Per channel, whether a complaint may come in through it.",
    },
    "docs.field.Regulation.anonymity": {
        "nl": "Of anonieme klachten behandeld worden.",
        "en": "Whether anonymous complaints are handled.",
    },
    "docs.field.Regulation.admissibility": {
        "nl": "Gronden waarop een klacht niet in behandeling wordt genomen.",
        "en": "Grounds on which a complaint is not taken into consideration.",
    },
    "docs.field.Regulation.routing": {
        "nl": "Wanneer de zorgaanbieder niet bevoegd is en waarheen de klacht dan gaat.",
        "en": "When the provider is not competent, and where the complaint goes instead.",
    },
    "docs.field.Regulation.terms": {
        "nl": "Termijnen, per id (judgment, judgment_extension, filing, ...).",
        "en": "Terms, by id (judgment, judgment_extension, filing, ...).",
    },
    "docs.field.Regulation.escalation": {
        "nl": "De stappen van het escalatiepad, per soort stap, in vaste volgorde.",
        "en": "The steps of the escalation path, by kind of step, in a fixed order.",
    },
    "docs.field.Regulation.provisions": {
        "nl": "Bepalingen waarop de evaluator niet handelt, vastgelegd zodat niets wegvalt.",
        "en": "Rules the evaluator does not act on, recorded so nothing is dropped.",
    },
    "docs.field.Regulation.unencoded": {
        "nl": "Wat de bron zegt en het formaat (nog) niet kan uitdrukken.",
        "en": "What the source says that the format cannot express yet.",
    },
    "docs.field.Body.name": {"nl": "Naam van de instantie.", "en": "Name of the body."},
    "docs.field.Body.kind": {"nl": "Soort instantie.", "en": "Kind of body."},
    "docs.field.Body.email": {"nl": "E-mailadres.", "en": "E-mail address."},
    "docs.field.Body.phone": {"nl": "Telefoonnummer.", "en": "Phone number."},
    "docs.field.Body.web": {"nl": "Website.", "en": "Website."},
    "docs.field.Body.address": {"nl": "Postadres.", "en": "Postal address."},
    "docs.field.StandingRule.role": {
        "nl": "De rol van de klager.",
        "en": "The complainant's role.",
    },
    "docs.field.ChannelRule.accepted": {
        "nl": "Of een klacht via dit kanaal in behandeling wordt genomen.",
        "en": "Whether a complaint through this channel is taken into consideration.",
    },
    "docs.field.AnonymityRule.accepted": {
        "nl": "Of een anonieme klacht behandeld wordt.",
        "en": "Whether an anonymous complaint is handled.",
    },
    "docs.field.AdmissibilityRule.ground": {
        "nl": "De grond voor niet-ontvankelijkheid.",
        "en": "The ground of inadmissibility.",
    },
    "docs.field.RoutingRule.when": {
        "nl": "Wanneer de klacht doorgaat naar forward_to.",
        "en": "When the complaint goes to forward_to.",
    },
    "docs.field.RoutingRule.unless": {
        "nl": "Wanneer de doorzending toch niet gebeurt (bijv. de klager maakt bezwaar).",
        "en": "When the forwarding does not happen after all (e.g. the complainant objects).",
    },
    "docs.format.informational": {
        "nl": "*Informatief: verandert geen beoordeling.*",
        "en": "*Informational: changes no assessment.*",
    },
    "docs.field.TermRule.term": {
        "nl": "De lengte: een getal (cijfers of woord) en een eenheid.",
        "en": "The length: a number (digits or a word) and a unit.",
    },
    "docs.field.TermRule.start": {
        "nl": "De gebeurtenis waarna de termijn begint (die dag is dag 0); niet voor een "
        "verlenging, die loopt vanaf het begin van de termijn die ze verlengt.",
        "en": "The event after which the term starts (that day is day 0); not for an "
        "extension, which runs from the start of the term it extends.",
    },
    "docs.field.StepRule.open_when": {
        "nl": "Wanneer de stap openstaat voor de klager (standaard altijd).",
        "en": "When the step is open to the complainant (default: always).",
    },
    "docs.field.Provision.summary": {
        "nl": "Korte samenvatting van de bepaling, in het Nederlands.",
        "en": "Short summary of the provision, in Dutch.",
    },
    "docs.field.Omission.section": {
        "nl": "De sectie van de weggelaten regel.",
        "en": "The section of the rule left out.",
    },
    "docs.field.Omission.reading": {
        "nl": "Waar de bron onduidelijk is: de gekozen lezing, en waarom, in het Nederlands.",
        "en": "Where the source is ambiguous: the reading taken, and why, in Dutch.",
    },
    "docs.field.Omission.reading_en": {
        "nl": "De lezing in het Engels (niet verplicht; show --lang en toont haar).",
        "en": "The reading in English (optional; show --lang en prints it).",
    },
    "docs.field.Unencoded.text": {
        "nl": "Wat er niet gecodeerd is, en waarom.",
        "en": "What is not encoded, and why.",
    },
    "docs.field.Condition.always": {
        "nl": "true: altijd waar; false: nooit.",
        "en": "true: always holds; false: never.",
    },
    "docs.field.Condition.equals": {
        "nl": "Bij fact: de waarde die het feit moet hebben (standaard true).",
        "en": "With fact: the value the fact must have (default true).",
    },
    "docs.field.Condition.any": {
        "nl": "Waar als ten minste een van deze voorwaarden waar is.",
        "en": "Holds when at least one of these conditions holds.",
    },
    "docs.field.Condition.all": {
        "nl": "Waar als al deze voorwaarden waar zijn.",
        "en": "Holds when all of these conditions hold.",
    },
    "docs.field.Condition.not_": {
        "nl": "Waar als deze voorwaarde niet waar is.",
        "en": "Holds when this condition does not hold.",
    },
    # --- deadlines into the calendar (present.ics) ------------------------------
    "ics.install": {
        "nl": "een agendabestand (--format ics) heeft de extra 'ics' nodig (de bibliotheek "
        "icalendar): pip install 'klachtregels[ics]'",
        "en": "a calendar file (--format ics) needs the 'ics' extra (the icalendar library): "
        "pip install 'klachtregels[ics]'",
    },
    "ics.needs_id": {
        "nl": "een agendabestand heeft een vaste id van de klacht nodig; geef de klacht een id, "
        "bijv. id: K-2027-001",
        "en": "a calendar file needs a stable id for the complaint; give the complaint an id, "
        "e.g. id: K-2027-001",
    },
    "ics.calendar": {"nl": "Termijnen {id} ({name})", "en": "Deadlines {id} ({name})"},
    "ics.summary": {
        "nl": "Uiterste dag {deadline} ({name})",
        "en": "Last day for {deadline} ({name})",
    },
    "ics.term": {"nl": "Termijn: {term}, vanaf {start}", "en": "Term: {term}, from {start}"},
    "ics.counted": {"nl": "Zo geteld: {how}", "en": "How it is counted: {how}"},
    "ics.source": {"nl": "Bron: {cite}", "en": "Source: {cite}"},
}
