"""The core messages: errors, verdicts, findings, steps, terms, the CLI."""

from __future__ import annotations

from collections.abc import Mapping

from klachtregels.messages.lang import Lang

#: key -> {language: template}. Templates use str.format fields.
MESSAGES: Mapping[str, Mapping[Lang, str]] = {
    # --- errors -----------------------------------------------------------
    "error.date_out_of_range": {
        "nl": "{date} valt buiten de ondersteunde periode {first} tot en met {last}",
        "en": "{date} is outside the supported range {first} to {last}",
    },
    "error.result_out_of_range": {
        "nl": "de uitkomst valt buiten de ondersteunde periode {first} tot en met {last}",
        "en": "the result falls outside the supported range {first} to {last}",
    },
    "error.not_a_term": {
        "nl": "{text!r} is geen termijn; schrijf bijv. '6 weken' of '5 werkdagen'",
        "en": "{text!r} is not a term; write e.g. '6 weken' or '5 werkdagen'",
    },
    "error.not_a_date": {
        "nl": "{text!r} is geen datum; schrijf JJJJ-MM-DD, bijv. 2026-12-24",
        "en": "{text!r} is not a date; write YYYY-MM-DD, e.g. 2026-12-24",
    },
    "error.yaml_syntax": {
        "nl": "geen geldige YAML ({problem}); controleer inspringing en aanhalingstekens",
        "en": "not valid YAML ({problem}); check indentation and quotes",
    },
    "error.json_syntax": {
        "nl": "geen geldige JSON ({problem}); één klacht per regel, bijv. "
        '{{"received_on": "2027-01-05", "channel": "email", "complainant_role": "client"}}',
        "en": "not valid JSON ({problem}); one complaint per line, e.g. "
        '{{"received_on": "2027-01-05", "channel": "email", "complainant_role": "client"}}',
    },
    "error.too_long": {
        "nl": "{length} tekens is te lang; hoogstens {limit} tekens",
        "en": "{length} characters is too long; at most {limit} characters",
    },
    "error.not_a_folder": {
        "nl": "{folder!r} (in {given_in}) is geen map; geef een map die is ingedeeld als "
        "regelingen/ (<id>/<datum>.yaml), bijv. ./eigen-regelingen",
        "en": "{folder!r} (in {given_in}) is not a folder; give a folder laid out like "
        "regelingen/ (<id>/<date>.yaml), e.g. ./own-regulations",
    },
    "error.shadowed": {
        "nl": "regeling {id!r} staat zowel in {folder} als in {other}; geef de eigen regeling "
        "een andere id, of vraag erom met --shadow (Python: shadow=True): dan geldt {folder}",
        "en": "regulation {id!r} is both in {folder} and in {other}; give one's own regulation "
        "another id, or ask for it with --shadow (Python: shadow=True): then {folder} wins",
    },
    "error.read_only": {
        "nl": "een geladen regeling is alleen-lezen (kr.load geeft iedereen hetzelfde object); "
        "kopieer eerst, bijv. dict(reg.terms) of reg.model_copy(update=...)",
        "en": "a loaded regulation is read-only (kr.load gives every caller the same object); "
        "copy first, e.g. dict(reg.terms) or reg.model_copy(update=...)",
    },
    "error.empty_file": {
        "nl": "het bestand is leeg; begin met bijv. 'id: livio'",
        "en": "the file is empty; start with e.g. 'id: livio'",
    },
    "error.empty_complaint": {
        "nl": "het bestand is leeg; een klacht begint met bijv. 'received_on: 2026-12-24'",
        "en": "the file is empty; a complaint starts with e.g. 'received_on: 2026-12-24'",
    },
    "error.not_a_mapping": {
        "nl": "een regeling is een mapping van sleutels; begin met bijv. 'id: livio'",
        "en": "a regulation is a mapping of keys; start with e.g. 'id: livio'",
    },
    "error.yaml_too_many_nodes": {
        "nl": "meer dan {limit} waarden (aliassen uitgevouwen); schrijf de waarden uit in "
        "plaats van aliassen te nesten",
        "en": "more than {limit} values (aliases expanded); write values out instead of "
        "nesting aliases",
    },
    "error.yaml_merge_key": {
        "nl": "merge-sleutels ('<<') worden niet ondersteund; schrijf de sleutels uit",
        "en": "merge keys ('<<') are not supported; write the keys out",
    },
    "error.yaml_key_type": {
        "nl": "sleutel {key!r} is geen tekst; schrijf bijv. 'judgment:'",
        "en": "key {key!r} is not text; write e.g. 'judgment:'",
    },
    "error.yaml_duplicate_key": {
        "nl": "sleutel {key!r} komt twee keer voor; elke sleutel mag één keer voorkomen",
        "en": "key {key!r} occurs twice; each key may occur once",
    },
    "error.file_too_large": {
        "nl": "het bestand is {size} bytes, meer dan de grens van {limit} bytes; splits het op",
        "en": "the file is {size} bytes, over the limit of {limit} bytes; split it up",
    },
    "error.not_utf8": {
        "nl": "het bestand is geen UTF-8 (byte {offset}); sla het op als UTF-8",
        "en": "the file is not UTF-8 (byte {offset}); save it as UTF-8",
    },
    "error.cannot_read": {
        "nl": "kan het bestand niet lezen ({problem})",
        "en": "cannot read the file ({problem})",
    },
    "error.not_a_date_value": {
        "nl": "{value!r} is geen bestaande datum; schrijf JJJJ-MM-DD, bijv. 2020-01-01",
        "en": "{value!r} is not a real date; write YYYY-MM-DD, e.g. 2020-01-01",
    },
    "error.expected_text": {
        "nl": "verwacht tekst, niet {value}; zet de waarde tussen aanhalingstekens, "
        "bijv. {example}",
        "en": "expected text, not {value}; put the value in quotes, e.g. {example}",
    },
    "error.expected_bool": {
        "nl": "verwacht true of false, niet {value}",
        "en": "expected true or false, not {value}",
    },
    "error.expected_int": {
        "nl": "verwacht een geheel getal, niet {value}; schrijf bijv. 16",
        "en": "expected a whole number, not {value}; write e.g. 16",
    },
    "error.expected_date": {
        "nl": "verwacht een datum, niet {value}; schrijf JJJJ-MM-DD, bijv. 2020-01-01",
        "en": "expected a date, not {value}; write YYYY-MM-DD, e.g. 2020-01-01",
    },
    "error.expected_mapping": {
        "nl": "verwacht een mapping (sleutel: waarde), niet {value}; schrijf bijv. {example}",
        "en": "expected a mapping (key: value), not {value}; write e.g. {example}",
    },
    "error.expected_list": {
        "nl": "verwacht een lijst, niet {value}; schrijf bijv. [wkkgz]",
        "en": "expected a list, not {value}; write e.g. [wkkgz]",
    },
    "error.field_missing_plain": {
        "nl": "verplicht veld ontbreekt",
        "en": "required field missing",
    },
    "error.field_missing": {
        "nl": "verplicht veld ontbreekt; schrijf bijv. {example}",
        "en": "required field missing; write e.g. {example}",
    },
    "error.field_unknown": {
        "nl": "onbekende sleutel {key!r}; toegestaan: {allowed}",
        "en": "unknown key {key!r}; allowed: {allowed}",
    },
    "error.not_one_of_near": {
        "nl": "{value!r} is niet toegestaan; bedoelde u {near!r}? Verwacht een van {expected}",
        "en": "{value!r} is not allowed; did you mean {near!r}? Expected one of {expected}",
    },
    "error.not_one_of": {
        "nl": "{value!r} is niet toegestaan; verwacht een van {expected}",
        "en": "{value!r} is not allowed; expected one of {expected}",
    },
    "error.invalid_value": {
        "nl": "ongeldige waarde {value} ({problem}); schrijf bijv. {example}",
        "en": "invalid value {value} ({problem}); write e.g. {example}",
    },
    "error.invalid_value_plain": {
        "nl": "ongeldige waarde {value} ({problem})",
        "en": "invalid value {value} ({problem})",
    },
    "error.unknown_ref": {
        "nl": "{value!r} staat niet in {what}; bekend: {known}",
        "en": "{value!r} is not in {what}; known: {known}",
    },
    "error.unknown_base": {
        "nl": "onbekende wettelijke basis {base!r}; bekend: {known}",
        "en": "unknown law base {base!r}; known: {known}",
    },
    "error.unknown_regulation": {
        "nl": "geen regeling met id {ref!r}; bekend: {known}",
        "en": "no regulation with id {ref!r}; known: {known}",
    },
    "error.no_version_in_force": {
        "nl": "geen versie van {ref!r} van kracht op {on}; versies: {versions}",
        "en": "no version of {ref!r} in force on {on}; versions: {versions}",
    },
    "complaint.after_receipt": {
        "nl": "{value} ligt na de ontvangst van de klacht ({received}); dat kan niet",
        "en": "{value} is after the complaint was received ({received}); that cannot be",
    },
    "complaint.before_receipt": {
        "nl": "{value} ligt vóór de ontvangst van de klacht ({received}); dat kan niet",
        "en": "{value} is before the complaint was received ({received}); that cannot be",
    },
    "complaint.event_content": {
        "nl": "alleen een gebeurtenis van soort {kinds} zegt dit, niet een van soort {kind}",
        "en": "only an event of kind {kinds} says this, not one of kind {kind}",
    },
    "complaint.consent_needs_until": {
        "nl": "instemming met een verdere verlenging noemt de afgesproken dag; schrijf bijv. "
        "until: 2027-03-01",
        "en": "consent to a further extension names the day agreed; write e.g. until: 2027-03-01",
    },
    "complaint.filed_needs_to": {
        "nl": "een indiening noemt bij welke stap de klacht is ingediend; schrijf bijv. "
        "to: complaints_committee",
        "en": "a filing names the step the complaint was filed with; write e.g. "
        "to: complaints_committee",
    },
    "complaint.until_before_on": {
        "nl": "{until} ligt vóór de dag van de gebeurtenis zelf; dat kan niet",
        "en": "{until} is before the day of the event itself; that cannot be",
    },
    "complaint.event_conflict": {
        "nl": "zegt een andere dag dan {other} ({value}); geef één van beide, of dezelfde dag",
        "en": "says another day than {other} ({value}); give one of the two, or the same day",
    },
    "complaint.not_a_day": {
        "nl": "{value!r} is geen datum; schrijf JJJJ-MM-DD, bijv. 2027-01-05",
        "en": "{value!r} is not a date; write YYYY-MM-DD, e.g. 2027-01-05",
    },
    # --- term computation -----------------------------------------------
    "term.counted.calendar": {
        "nl": "{term} na {start}: de termijn begint op de dag na {start} en eindigt op {due}",
        "en": "{term} after {start}: the term starts on the day after {start} and ends on {due}",
    },
    "term.counted.calendar_backward": {
        "nl": "{term} vóór {start}, teruggerekend: {due}",
        "en": "{term} before {start}, counted backwards: {due}",
    },
    "term.counted.months": {
        "nl": "{term} na {start}: zelfde dagnummer, of de laatste dag van de maand als dat "
        "dagnummer niet bestaat: {due}",
        "en": "{term} after {start}: same day number, or the last day of the month where that "
        "day does not exist: {due}",
    },
    "term.stated": {
        "nl": "de dag die de mededeling of afspraak van {on} noemt: {due}",
        "en": "the day stated by the notice or agreement of {on}: {due}",
    },
    "term.counted.months_next_day": {
        "nl": "{term} na de aanvang van de dag volgende op {start}: de dag vóór hetzelfde "
        "dagnummer van die volgende dag (of de laatste dag van de maand): {due}",
        "en": "{term} from the start of the day after {start}: the day before the same day "
        "number of that next day (or the month's last day): {due}",
    },
    "term.counted.working_days_backward": {
        "nl": "{term} vóór {start}, teruggeteld vanaf de dag ervoor: {due}",
        "en": "{term} before {start}, counted back from the day before: {due}",
    },
    "term.counted.months_backward": {
        "nl": "{term} vóór {start}: zelfde dagnummer, of de laatste dag van de maand als dat "
        "dagnummer niet bestaat: {due}",
        "en": "{term} before {start}: same day number, or the last day of the month where that "
        "day does not exist: {due}",
    },
    "term.counted.working_days": {
        "nl": "{term} na {start}, geteld vanaf de dag erna: {due}",
        "en": "{term} after {start}, counted from the day after: {due}",
    },
    "term.skipped": {
        "nl": "overgeslagen als geen werkdag: {days}",
        "en": "skipped as not a working day: {days}",
    },
    "term.assumption.decree_working": {
        "nl": "aanname: bij besluit gelijkgestelde dagen (Atw art. 3 lid 3) tellen als werkdag; "
        "alleen de feestdagen van art. 3 lid 1 en 2 en zaterdag en zondag niet",
        "en": "assumption: days designated by decree (Atw art. 3(3)) count as working days; "
        "only the holidays of art. 3(1) and 3(2), Saturdays and Sundays do not",
    },
    "term.assumption.decree_closed": {
        "nl": "aanname: bij besluit gelijkgestelde dagen (Atw art. 3 lid 3) tellen niet als "
        "werkdag",
        "en": "assumption: days designated by decree (Atw art. 3(3)) do not count as working days",
    },
    "term.atw.art1": {
        "nl": "de termijn eindigt op {due} ({kind}) en wordt verlengd tot en met {new} "
        "(Atw art. 1 lid 1)",
        "en": "the term ends on {due} ({kind}) and is extended up to and including {new} "
        "(Atw art. 1(1))",
    },
    "term.atw.art2": {
        "nl": "de termijn bevat minder dan twee dagen die geen zaterdag, zondag of feestdag zijn; "
        "verlengd tot en met {new} (Atw art. 2)",
        "en": "the term contains fewer than two days that are not a Saturday, Sunday or holiday; "
        "extended up to and including {new} (Atw art. 2)",
    },
    "term.atw.unchanged": {
        "nl": "Atw art. 1 en 2 toegepast, geen verlenging: {due} is geen zaterdag, zondag of "
        "algemeen erkende feestdag (art. 1), en in de termijn vallen al ten minste twee dagen "
        "die geen zaterdag, zondag of algemeen erkende feestdag zijn (art. 2)",
        "en": "Atw art. 1 and 2 applied, no extension: {due} is not a Saturday, Sunday or public "
        "holiday (art. 1), and the term already holds at least two days that are not a "
        "Saturday, Sunday or public holiday (art. 2)",
    },
    "term.atw.excluded_art4": {
        "nl": "Atw niet toegepast: de wet geldt niet voor termijnen {why} (Atw art. 4 onder a)",
        "en": "Atw not applied: the Act does not apply to terms {why} (Atw art. 4(a))",
    },
    "term.atw.excluded_backward": {
        "nl": "Atw niet toegepast: de termijn is bepaald door terugrekening (Atw art. 1 lid 2)",
        "en": "Atw not applied: the term is counted backwards (Atw art. 1(2))",
    },
    "term.atw.why.years": {"nl": "in een of meer jaren", "en": "of one or more years"},
    "term.atw.why.long": {
        "nl": "van meer dan 90 dagen, twaalf weken of drie maanden",
        "en": "of more than 90 days, twelve weeks or three months",
    },
    "term.warning.decree_unknown": {
        "nl": "let op: de bij besluit gelijkgestelde dagen (Atw art. 3 lid 3) van {years} zijn "
        "niet bekend in de gegevens (bekend: {covered}); een besluit voor dat jaar kan "
        "deze datum verschuiven",
        "en": "warning: the days designated by decree (Atw art. 3(3)) for {years} are not in the "
        "data (known: {covered}); a decree for that year may move this date",
    },
    "day.saturday": {"nl": "zaterdag", "en": "Saturday"},
    "day.sunday": {"nl": "zondag", "en": "Sunday"},
    "day.holiday": {"nl": "{name}", "en": "{name}"},
    "day.decree": {
        "nl": "bij besluit gelijkgestelde dag, Atw art. 3 lid 3",
        "en": "day designated by decree, Atw art. 3(3)",
    },
    "day.closure": {"nl": "sluitingsdag: {name}", "en": "closure day: {name}"},
    # --- regulations as text ------------------------------------------------
    "standing.from_age": {"nl": "vanaf {age} jaar", "en": "from age {age}"},
    "standing.below_age": {"nl": "jonger dan {age} jaar", "en": "under {age}"},
    "standing.with_parent": {"nl": "samen met een ouder", "en": "together with a parent"},
    "channel.accepted": {"nl": "aanvaard", "en": "accepted"},
    "channel.refused": {"nl": "niet aanvaard", "en": "not accepted"},
    "channel.written": {"nl": "(schriftelijk)", "en": "(in writing)"},
    "anonymity.accepted": {"nl": "anoniem klagen kan", "en": "anonymous complaints accepted"},
    "anonymity.refused": {
        "nl": "anonieme klachten worden niet behandeld",
        "en": "anonymous complaints are not handled",
    },
    "ground.discretionary": {
        "nl": "(de behandelaar mag afwijken)",
        "en": "(the handler may deviate)",
    },
    "routing.summary": {"nl": "als {when}: door naar {to}", "en": "if {when}: forward to {to}"},
    "routing.unless": {"nl": "tenzij {cond}", "en": "unless {cond}"},
    "term.summary": {"nl": "{term} na {start}", "en": "{term} after {start}"},
    "act.form.in_writing": {"nl": "alleen schriftelijk", "en": "in writing only"},
    "act.form.any": {"nl": "in elke vorm", "en": "in any form"},
    "act.to": {"nl": "gericht aan: {step}", "en": "addressed to: {step}"},
    "term.extension_summary": {
        "nl": "{term} extra, verlengt de termijn {other}",
        "en": "{term} more, extending the term {other}",
    },
    "term.consent": {"nl": "(alleen met instemming klager)", "en": "(only with consent)"},
    "step.open_when": {"nl": "open als {cond}", "en": "open if {cond}"},
    "step.always_open": {"nl": "altijd open", "en": "always open"},
    "step.never_open": {"nl": "nooit open", "en": "never open"},
    "show.identity": {
        "nl": "id {id}, versie {version}, van kracht {valid_from} t/m {valid_until}, "
        "wet {law}, bouwt voort op {extends}",
        "en": "id {id}, version {version}, in force {valid_from} to {valid_until}, "
        "law {law}, extends {extends}",
    },
    "show.reading": {"nl": "lezing: {text}", "en": "reading: {text}"},
    "show.law_conflict": {
        "nl": "strijdig met de wet ({article}): {text}",
        "en": "conflicts with the law ({article}): {text}",
    },
    "show.law_conflicts": {
        "nl": "strijdig met de wet: {n} regel(s), hieronder gemarkeerd; de beoordeling volgt "
        "daar de wet (klachtregels conform {id})",
        "en": "conflicts with the law: {n} rule(s), marked below; the evaluation follows the "
        "law there (klachtregels conform {id})",
    },
    "section.acts": {"nl": "Handelingen", "en": "Acts"},
    "section.bodies": {"nl": "Instanties", "en": "Bodies"},
    "section.standing": {"nl": "Klachtgerechtigden", "en": "Standing"},
    "section.channels": {"nl": "Kanalen", "en": "Channels"},
    "section.anonymity": {"nl": "Anonimiteit", "en": "Anonymity"},
    "section.admissibility": {"nl": "Niet-ontvankelijkheid", "en": "Admissibility"},
    "section.routing": {"nl": "Bevoegdheid en doorzending", "en": "Competence and forwarding"},
    "section.terms": {"nl": "Termijnen", "en": "Terms"},
    "section.escalation": {"nl": "Escalatie", "en": "Escalation"},
    "section.provisions": {"nl": "Overige bepalingen", "en": "Other provisions"},
    "section.unencoded": {
        "nl": "Niet (volledig) gecodeerd",
        "en": "Not (fully) encoded",
    },
    "list.header": {
        "nl": "id\tnaam\tversies (van kracht van - tot en met)",
        "en": "id\tname\tversions (in force from - to)",
    },
    "validate.ok": {"nl": "{path}: geldig", "en": "{path}: valid"},
    # --- evaluation ------------------------------------------------------------
    "finding.standing": {"nl": "klachtgerechtigd als {role}", "en": "has standing as {role}"},
    "finding.role_without_standing": {
        "nl": "een {role} is volgens deze regeling niet klachtgerechtigd",
        "en": "a {role} has no standing under this regulation",
    },
    "finding.too_young": {
        "nl": "de cliënt is {age} jaar bij ontvangst; klachtgerechtigd vanaf {min} jaar",
        "en": "the client is {age} on receipt; standing from age {min}",
    },
    "finding.needs_parent": {
        "nl": "de cliënt is {age} jaar bij ontvangst en kan alleen samen met een ouder klagen",
        "en": "the client is {age} on receipt and may complain only together with a parent",
    },
    "finding.age_unknown": {
        "nl": "geboortedatum onbekend: aangenomen dat de cliënt aan de leeftijdsgrens voldoet",
        "en": "birth date unknown: the client is assumed to meet the age limit",
    },
    "finding.no_standing": {
        "nl": "niet-ontvankelijk: de klager is niet klachtgerechtigd",
        "en": "inadmissible: the complainant has no standing",
    },
    "finding.admissible": {
        "nl": "geen grond voor niet-ontvankelijkheid gevonden",
        "en": "no ground of inadmissibility found",
    },
    "finding.already_decided": {
        "nl": "niet-ontvankelijk: dezelfde klacht is al behandeld",
        "en": "inadmissible: the same complaint was already decided",
    },
    "finding.pending": {
        "nl": "niet-ontvankelijk: een gelijke klacht is nog in behandeling",
        "en": "inadmissible: a like complaint is still pending",
    },
    "finding.anonymous": {
        "nl": "niet-ontvankelijk: anonieme klachten worden niet behandeld",
        "en": "inadmissible: anonymous complaints are not handled",
    },
    "finding.channel_not_accepted": {
        "nl": "niet-ontvankelijk: een klacht via {channel} wordt niet behandeld zolang zij niet "
        "schriftelijk is ingediend",
        "en": "inadmissible: a complaint by {channel} is not handled until filed in writing",
    },
    "finding.fact_ground": {
        "nl": "niet (verder) in behandeling: {rule} ({fact})",
        "en": "not (further) handled: {rule} ({fact})",
    },
    "finding.out_of_time": {
        "nl": "niet-ontvankelijk: te laat ingediend; de termijn van {term} na de gebeurtenis "
        "liep af op {due}",
        "en": "inadmissible: filed too late; the term of {term} after the event ended on {due}",
    },
    "finding.discretionary": {
        "nl": "de behandelaar mag van deze termijn afwijken",
        "en": "the handling body may deviate from this term",
    },
    "finding.event_unknown": {
        "nl": "datum van de gebeurtenis onbekend: de indieningstermijn is niet getoetst",
        "en": "date of the event unknown: the filing term was not checked",
    },
    "finding.damages_limitation": {
        "nl": "de klacht vraagt schadevergoeding: de wettelijke verjaringstermijn geldt, "
        "die loopt tot en met {due}",
        "en": "the complaint claims damages: the statutory limitation applies, running until {due}",
    },
    "finding.damages_time_barred": {
        "nl": "niet-ontvankelijk: ook de wettelijke verjaringstermijn liep af op {due}",
        "en": "inadmissible: the statutory limitation also ended on {due}",
    },
    "finding.damage_known_unknown": {
        "nl": "de klacht vraagt schadevergoeding, maar de dag van bekendheid met schade en "
        "aansprakelijke is onbekend: de verjaring is niet getoetst",
        "en": "the complaint claims damages, but the day the damage and liable person became "
        "known is unknown: limitation was not checked",
    },
    "finding.damages_no_limitation_rule": {
        "nl": "de regeling verwijst naar de wettelijke verjaring, maar bouwt niet voort op het "
        "BW: niet getoetst",
        "en": "the regulation refers to statutory limitation but does not extend the BW: not "
        "checked",
    },
    "finding.forwarded": {
        "nl": "de zorgaanbieder is niet bevoegd: de klacht gaat door naar {body}",
        "en": "the provider is not competent: the complaint is forwarded to {body}",
    },
    "finding.forwarding_refused": {
        "nl": "niet in behandeling: de klacht betreft een andere zorgaanbieder en de klager "
        "maakt bezwaar tegen doorzending",
        "en": "not handled: the complaint concerns another provider and the complainant "
        "objects to forwarding",
    },
    "finding.deadlines_forwarded": {
        "nl": "na doorzending lopen de termijnen van deze regeling niet",
        "en": "after forwarding, this regulation's terms do not run",
    },
    "finding.deadlines_not_handled": {
        "nl": "de klacht wordt niet in behandeling genomen: de behandeltermijnen lopen niet",
        "en": "the complaint is not taken into handling: the handling terms do not run",
    },
    "finding.judged_before_receipt": {
        "nl": "beoordeeld op {as_of}, vóór de ontvangst van de klacht ({received_on}): wat "
        "bij de ontvangst begint, was toen nog niet begonnen; een termijn die loopt, is "
        "alleen nog niet verstreken",
        "en": "assessed as of {as_of}, before the complaint was received ({received_on}): "
        "what begins at receipt had not begun then; an open deadline has only not run out yet",
    },
    "finding.withdrawn": {
        "nl": "de klacht is ingetrokken op {on}; de behandeling stopt",
        "en": "the complaint was withdrawn on {on}; handling stops",
    },
    "finding.judgment_not_started": {
        "nl": "de termijn voor het oordeel loopt nog niet: de klacht is niet schriftelijk "
        "ingediend",
        "en": "the judgment term has not started: the complaint was not filed in writing",
    },
    "finding.later_than_law": {
        "nl": "de regeling staat {term} toe, langer dan de wettelijke {law_term}; de wettelijke "
        "termijn geldt",
        "en": "the regulation allows {term}, longer than the statutory {law_term}; the "
        "statutory term applies",
    },
    "finding.extension_notified": {
        "nl": "verlenging tijdig meegedeeld op {on}: het oordeel moet uiterlijk {due} volgen",
        "en": "extension notified in time on {on}: the judgment is due by {due}",
    },
    "finding.extension_too_late": {
        "nl": "verlenging meegedeeld op {on}, na afloop van de termijn ({due}): telt niet",
        "en": "extension notified on {on}, after the term ended ({due}): it does not count",
    },
    "finding.standing_by_law": {
        "nl": "klachtgerechtigd als {role} op grond van de wet, ook al is de regeling hier enger",
        "en": "has standing as {role} under the law, although the regulation is narrower here",
    },
    "finding.step_open_by_law": {
        "nl": "{step} staat open op grond van de wet, ook al is de voorwaarde van de regeling "
        "niet vervuld",
        "en": "{step} is open under the law, although the regulation's condition is not met",
    },
    "finding.step_kept_by_law": {
        "nl": "de regeling laat {step} weg, maar de wet geeft die stap: hij blijft open",
        "en": "the regulation leaves out {step}, but the law gives that step: it stays open",
    },
    "finding.shorter_than_law": {
        "nl": "de regeling geeft {term}, korter dan de wettelijke {law_term}; de wettelijke "
        "termijn geldt",
        "en": "the regulation gives {term}, shorter than the statutory {law_term}; the "
        "statutory term applies",
    },
    "finding.deadline_not_computable": {
        "nl": "de termijn {term_id} is niet te berekenen: {date} ligt buiten de kalender "
        "({first} tot en met {last}); de rest van de beoordeling staat",
        "en": "the term {term_id} cannot be computed: {date} is outside the calendar ({first} "
        "to {last}); the rest of the assessment stands",
    },
    "finding.damage_kind_matters": {
        "nl": "het antwoord hangt af van de soort schade (letsel of overlijden: BW 3:310 lid 5); "
        "de klacht zegt die niet, dus geldt de lezing die de vordering openhoudt",
        "en": "the answer depends on the kind of damage (injury or death: BW 3:310 lid 5); the "
        "complaint does not say it, so the reading that keeps the claim open applies",
    },
    "finding.ground_ended": {
        "nl": "grond {rule} geldt niet meer sinds {on}: de klacht is toen alsnog in "
        "behandeling genomen",
        "en": "ground {rule} no longer applies since {on}: the complaint was then taken into "
        "handling after all",
    },
    "finding.extension_not_in_writing": {
        "nl": "verlenging meegedeeld op {on} per {channel}, niet schriftelijk: telt niet",
        "en": "extension notified on {on} by {channel}, not in writing: it does not count",
    },
    "finding.extension_lapsed": {
        "nl": "de termijn liep af op {due} zonder tijdige schriftelijke mededeling van "
        "verlenging: het oordeel was toen verschuldigd en de verlengde termijn loopt niet",
        "en": "the term ran out on {due} without a timely written notice of extension: the "
        "judgment was due then and the extended term does not run",
    },
    "finding.extension_capped": {
        "nl": "de mededeling noemt {until}, later dan de verlenging toestaat: de uiterste "
        "datum van de verlenging geldt",
        "en": "the notice states {until}, later than the extension allows: the extension's "
        "last day applies",
    },
    "finding.consent_not_provided": {
        "nl": "de klager stemde in met uitstel tot {until}, maar de regeling kent geen verdere "
        "verlenging: de wettelijke termijn blijft gelden",
        "en": "the complainant agreed to a delay until {until}, but the regulation provides for "
        "no further extension: the statutory term stands",
    },
    "finding.extension_agreed": {
        "nl": "de klager stemde op {on} in met verdere verlenging tot {until}",
        "en": "the complainant agreed on {on} to a further extension until {until}",
    },
    "finding.withdrawal_not_in_writing": {
        "nl": "intrekking op {on} per {channel}, niet schriftelijk: telt niet, de behandeling "
        "gaat door",
        "en": "withdrawal on {on} by {channel}, not in writing: it does not count, handling "
        "goes on",
    },
    "finding.not_in_force": {
        "nl": "deze versie ({version}) geldt van {valid_from} tot {valid_until}; de klacht is "
        "ontvangen buiten die periode",
        "en": "this version ({version}) is in force from {valid_from} to {valid_until}; the "
        "complaint was received outside that period",
    },
    "body.other_provider": {
        "nl": "de zorgaanbieder op wie de klacht betrekking heeft",
        "en": "the provider the complaint is about",
    },
    "status.open": {"nl": "loopt", "en": "open"},
    "status.met": {"nl": "gehaald", "en": "met"},
    "status.missed": {"nl": "verstreken", "en": "missed"},
    "status.none": {"nl": "-", "en": "-"},
    "explain.header": {
        "nl": "Regeling {id} (versie {version}), beoordeeld op {as_of}",
        "en": "Regulation {id} (version {version}), assessed as of {as_of}",
    },
    "explain.case": {"nl": "Zaak: {id}", "en": "Case: {id}"},
    "explain.header_no_date": {
        "nl": "Regeling {id} (versie {version}), zonder peildatum: er is geen datum opgegeven "
        "(--as-of), dus de termijnen staan hieronder zonder status",
        "en": "Regulation {id} (version {version}), without a reference date: no date was given "
        "(--as-of), so the deadlines below have no status",
    },
    "explain.standing": {"nl": "Klachtgerechtigd: {ok}", "en": "Standing: {ok}"},
    "explain.admissibility": {"nl": "Ontvankelijk: {ok}", "en": "Admissible: {ok}"},
    "explain.forward": {"nl": "Doorsturen naar: {body}", "en": "Forward to: {body}"},
    "explain.findings": {"nl": "Verder:", "en": "Further:"},
    "explain.deadlines": {"nl": "Termijnen", "en": "Deadlines"},
    "explain.deadline_head": {
        "nl": "termijn|start|uiterlijk|duur|status",
        "en": "deadline|start|due|term|status",
    },
    "explain.none": {"nl": "geen lopende termijnen", "en": "no deadlines running"},
    "explain.route": {"nl": "Route", "en": "Route"},
    "explain.open": {"nl": "open", "en": "open"},
    "explain.closed": {"nl": "dicht", "en": "closed"},
    "explain.citations": {"nl": "Bronnen", "en": "Sources"},
    # --- CLI ---------------------------------------------------------------
    "cli.not_a_count": {
        "nl": "{text!r} is geen aantal; schrijf een geheel getal vanaf 1, bijv. 2",
        "en": "{text!r} is not a count; write a whole number from 1, e.g. 2",
    },
    "cli.as_of_before_receipt": {
        "nl": "klachtregels {command}: --as-of {as_of} ligt vóór de ontvangst van de klacht "
        "({received}); geef een dag vanaf de ontvangst, bijv. --as-of {received}",
        "en": "klachtregels {command}: --as-of {as_of} is before the complaint was received "
        "({received}); give a day from receipt on, e.g. --as-of {received}",
    },
    "cli.complaints_in_a_list": {
        "nl": "dit is een lijst van {n} klachten, geen klacht; zet ze één per regel in een "
        "bestand op .jsonl (JSON Lines), dan beoordeelt check ze allemaal",
        "en": "this is a list of {n} complaints, not one complaint; put them one per line in "
        "a file ending in .jsonl (JSON Lines), and check evaluates them all",
    },
    "cli.complaints_as_lines": {
        "nl": "dit zijn {n} klachten als JSON Lines (één per regel), geen klacht; geef het "
        "bestand de extensie .jsonl, of lees het van - met --format jsonl",
        "en": "these are {n} complaints as JSON Lines (one per line), not one complaint; give "
        "the file the extension .jsonl, or read it from - with --format jsonl",
    },
    "cli.compact_needs_jsonl": {
        "nl": "klachtregels check: --compact werkt alleen met --format jsonl",
        "en": "klachtregels check: --compact works only with --format jsonl",
    },
    "cli.new.bad_id": {
        "nl": "klachtregels new: {id!r} is geen id; schrijf kleine letters, cijfers en '-', "
        "beginnend met een letter, bijv. zorgnet",
        "en": "klachtregels new: {id!r} is not an id; write lower-case letters, digits and "
        "'-', starting with a letter, e.g. zorgnet",
    },
    "cli.new.exists": {
        "nl": "klachtregels new: {path} bestaat al; kies een andere id of --out",
        "en": "klachtregels new: {path} exists already; choose another id or --out",
    },
    "cli.new.wrote": {
        "nl": "geschreven: {regulation} en {scenarios}",
        "en": "wrote {regulation} and {scenarios}",
    },
    "cli.docs_needs_checkout": {
        "nl": "klachtregels docs --check: geen map {out}; --check vergelijkt de pagina's van een "
        "checkout van de repository: draai het in de checkout, of geef --out DIR",
        "en": "klachtregels docs --check: no folder {out}; --check compares the pages of a "
        "checkout of the repository: run it in the checkout, or give --out DIR",
    },
    "cli.due": {"nl": "Uiterste datum: {due}", "en": "Due date: {due}"},
    "cli.reasoning": {"nl": "Waarom:", "en": "Why:"},
    "cli.progress": {"nl": "{n} klachten beoordeeld", "en": "{n} complaints evaluated"},
    "cli.test_summary": {
        "nl": "{passed} geslaagd, {failed} mislukt",
        "en": "{passed} passed, {failed} failed",
    },
}
