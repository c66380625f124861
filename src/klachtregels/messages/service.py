"""Messages of the HTTP service (``klachtregels serve``) and its page for people.

Keys start with ``service.``: errors the service answers with, and the page's labels
(``service.page.``) and the complaint's fields on its form (``service.field.``).
"""

from __future__ import annotations

from collections.abc import Mapping

from klachtregels.messages.lang import Lang

MESSAGES: Mapping[str, Mapping[Lang, str]] = {
    # --- the command ---------------------------------------------------------
    "service.install": {
        "nl": "klachtregels serve heeft de extra 'serve' nodig (FastAPI en uvicorn): "
        "pip install 'klachtregels[serve]'",
        "en": "klachtregels serve needs the 'serve' extra (FastAPI and uvicorn): "
        "pip install 'klachtregels[serve]'",
    },
    "service.listening": {
        "nl": "klachtregels luistert op http://{host}:{port}/ (API: /v1, documentatie: /docs); "
        "stoppen met Ctrl-C",
        "en": "klachtregels listens on http://{host}:{port}/ (API: /v1, documentation: /docs); "
        "stop with Ctrl-C",
    },
    # --- errors --------------------------------------------------------------
    "service.body_too_large": {
        "nl": "de aanvraag is groter dan {limit} bytes (1 MiB); stuur minder, of verdeel een "
        "batch over meer aanvragen",
        "en": "the request is larger than {limit} bytes (1 MiB); send less, or split a batch "
        "over more requests",
    },
    "service.body_not_utf8": {
        "nl": "de aanvraag is geen UTF-8 (byte {offset}); stuur haar als UTF-8",
        "en": "the request is not UTF-8 (byte {offset}); send it as UTF-8",
    },
    "service.too_many": {
        "nl": "{count} klachten in één batch; hoogstens {limit}, verdeel ze over meer aanvragen",
        "en": "{count} complaints in one batch; at most {limit}, split them over more requests",
    },
    "service.batch_syntax": {
        "nl": "geen geldige JSON ({problem}); stuur een JSON-array van klachten, bijv. "
        '[{{"received_on": "2027-01-05", "channel": "email", "complainant_role": "client"}}], '
        "of JSON Lines, één klacht per regel",
        "en": "not valid JSON ({problem}); send a JSON array of complaints, e.g. "
        '[{{"received_on": "2027-01-05", "channel": "email", "complainant_role": "client"}}], '
        "or JSON Lines, one complaint per line",
    },
    "service.not_found": {
        "nl": "geen pagina {path}; de endpoints staan op /docs",
        "en": "no page {path}; the endpoints are listed on /docs",
    },
    "service.method_not_allowed": {
        "nl": "{method} is niet mogelijk op {path}; wel: {allowed}",
        "en": "{method} is not possible on {path}; allowed: {allowed}",
    },
    "service.internal": {
        "nl": "interne fout ({kind}); het log van de server zegt waar, zonder de gegevens van "
        "de aanvraag",
        "en": "internal error ({kind}); the server's log says where, without the request's data",
    },
    "service.bad_request": {
        "nl": "de aanvraag kon niet worden gelezen ({problem})",
        "en": "the request could not be read ({problem})",
    },
    # --- the page --------------------------------------------------------------
    "service.page.title": {
        "nl": "Klachtregels: een klacht beoordelen",
        "en": "Klachtregels: assess a complaint",
    },
    "service.page.intro": {
        "nl": "Vul in wat u van de klacht weet. U ziet of de klager mag klagen, of de klacht "
        "ontvankelijk is, welke termijnen lopen en welke stappen openstaan, elk met het "
        "artikel waarop het rust. Niets wordt bewaard.",
        "en": "Fill in what you know of the complaint. You see whether the complainant may "
        "complain, whether the complaint is admissible, which terms run and which steps are "
        "open, each with the article it rests on. Nothing is stored.",
    },
    "service.page.skip": {"nl": "Naar de uitkomst", "en": "Skip to the result"},
    "service.page.language": {"nl": "Taal", "en": "Language"},
    "service.page.complaint": {"nl": "De klacht", "en": "The complaint"},
    "service.page.facts": {
        "nl": "Feiten (laat leeg wat u niet weet)",
        "en": "Facts (leave empty what you do not know)",
    },
    "service.page.history": {
        "nl": "Wat er daarna gebeurde (data)",
        "en": "What happened afterwards (dates)",
    },
    "service.page.submit": {"nl": "Beoordelen", "en": "Assess"},
    "service.page.required": {"nl": "verplicht", "en": "required"},
    "service.page.unknown": {"nl": "onbekend", "en": "unknown"},
    "service.page.none": {"nl": "geen", "en": "none"},
    "service.page.yes": {"nl": "ja", "en": "yes"},
    "service.page.no": {"nl": "nee", "en": "no"},
    "service.page.result": {"nl": "Uitkomst", "en": "Result"},
    "service.page.result_head": {
        "nl": "{name} (versie {version}), beoordeeld op {as_of}",
        "en": "{name} (version {version}), assessed as of {as_of}",
    },
    "service.page.no_as_of": {"nl": "zonder peildatum", "en": "without an as-of date"},
    "service.page.error": {
        "nl": "De klacht kon niet worden beoordeeld",
        "en": "The complaint could not be assessed",
    },
    "service.page.standing": {"nl": "Mag de klager klagen?", "en": "May the complainant complain?"},
    "service.page.admissibility": {
        "nl": "Is de klacht ontvankelijk?",
        "en": "Is the complaint admissible?",
    },
    "service.page.forward": {"nl": "Doorsturen naar", "en": "Forward to"},
    "service.page.findings": {"nl": "Verder", "en": "Further"},
    "service.page.deadlines": {"nl": "Termijnen", "en": "Deadlines"},
    "service.page.deadline_cols": {
        "nl": "termijn|start (dag 0)|uiterste datum|termijn als geschreven|stand|artikel",
        "en": "deadline|start (day 0)|due|term as written|status|article",
    },
    "service.page.why": {"nl": "hoe geteld", "en": "how it was counted"},
    "service.page.timeline": {"nl": "Tijdlijn", "en": "Timeline"},
    "service.page.timeline_desc": {
        "nl": "Elke termijn als balk, van de dag na de start tot en met de uiterste datum; "
        "de lijn is de peildatum.",
        "en": "Each term as a bar, from the day after its start up to and including its due "
        "date; the line is the as-of date.",
    },
    "service.page.route": {"nl": "Stappen", "en": "Steps"},
    "service.page.open": {"nl": "open", "en": "open"},
    "service.page.closed": {"nl": "niet open", "en": "not open"},
    "service.page.diagram": {"nl": "Klachtenroute", "en": "Escalation path"},
    "service.page.diagram_desc": {
        "nl": "De stappen van {name} in volgorde; een pijl zegt wanneer de volgende stap "
        "openstaat en welke termijnen lopen. Gestippeld: doorzending.",
        "en": "The steps of {name} in order; an arrow says when the next step is open and "
        "which terms run. Dashed: forwarding.",
    },
    "service.page.citations": {"nl": "Bronnen", "en": "Sources"},
    "service.page.api": {
        "nl": "Voor systemen: dezelfde beoordeling als JSON via de API, zie {docs}.",
        "en": "For systems: the same assessment as JSON through the API, see {docs}.",
    },
    # --- the complaint's fields on the form -----------------------------------
    "service.field.regulation": {"nl": "Regeling", "en": "Regulation"},
    "service.field.as_of": {
        "nl": "Peildatum (de dag waarop u kijkt)",
        "en": "As of (the day you look from)",
    },
    "service.field.id": {"nl": "Zaaknummer", "en": "Case id"},
    "service.field.received_on": {"nl": "Ontvangen op", "en": "Received on"},
    "service.field.channel": {"nl": "Binnengekomen per", "en": "Came in by"},
    "service.field.complainant_role": {"nl": "De klager is", "en": "The complainant is"},
    "service.field.addressed_to": {"nl": "Gericht aan", "en": "Addressed to"},
    "service.field.in_writing_on": {"nl": "Op schrift sinds", "en": "In writing since"},
    "service.field.anonymous": {"nl": "Anoniem", "en": "Anonymous"},
    "service.field.client_birth_date": {
        "nl": "Geboortedatum van de cliënt",
        "en": "The client's date of birth",
    },
    "service.field.with_parent": {
        "nl": "Minderjarige klaagt samen met een ouder",
        "en": "A minor complains together with a parent",
    },
    "service.field.event_on": {
        "nl": "Datum van de gebeurtenis waarover geklaagd wordt",
        "en": "Day of the event complained of",
    },
    "service.field.claims_damages": {"nl": "Vraagt schadevergoeding", "en": "Claims damages"},
    "service.field.damage_known_on": {
        "nl": "Schade en aansprakelijke bekend sinds",
        "en": "Damage and liable person known since",
    },
    "service.field.damage_kind": {"nl": "Soort schade", "en": "Kind of damage"},
    "service.field.involuntary_care": {
        "nl": "Gaat over onvrijwillige zorg (Wzd art. 55)",
        "en": "Concerns involuntary care (Wzd art. 55)",
    },
    "service.field.concerns_other_provider": {
        "nl": "Gaat over een andere zorgaanbieder",
        "en": "Concerns another provider",
    },
    "service.field.objects_to_forwarding": {
        "nl": "Klager wil niet dat de klacht wordt doorgestuurd",
        "en": "The complainant objects to forwarding",
    },
    "service.field.same_complaint_decided": {
        "nl": "Over dezelfde klacht is al beslist",
        "en": "The same complaint was already decided",
    },
    "service.field.same_complaint_pending": {
        "nl": "Dezelfde klacht loopt al elders",
        "en": "The same complaint is pending elsewhere",
    },
    "service.field.complaints_officer_involved": {
        "nl": "De klachtenfunctionaris is ingeschakeld",
        "en": "The complaints officer is involved",
    },
    "service.field.acknowledged_on": {"nl": "Ontvangst bevestigd op", "en": "Acknowledged on"},
    "service.field.first_contact_on": {"nl": "Eerste contact op", "en": "First contact on"},
    "service.field.extension_notified_on": {
        "nl": "Verlenging gemeld op",
        "en": "Extension notified on",
    },
    "service.field.delay_notice_on": {
        "nl": "Vertraging (na de verlenging) gemeld op",
        "en": "Delay (beyond the extension) notified on",
    },
    "service.field.delay_reply_on": {
        "nl": "Klager reageerde op de vertraging op",
        "en": "The complainant replied to the delay on",
    },
    "service.field.judgment_on": {"nl": "Oordeel gegeven op", "en": "Judgment given on"},
    "service.field.satisfied": {
        "nl": "Klager is tevreden met het oordeel",
        "en": "The complainant is satisfied with the judgment",
    },
    "service.field.withdrawn_on": {"nl": "Ingetrokken op", "en": "Withdrawn on"},
    "service.field.committee_judgment_on": {
        "nl": "Oordeel van de klachtencommissie ontvangen op",
        "en": "The complaints committee's judgment received on",
    },
    "service.field.measures_on": {
        "nl": "Maatregelen meegedeeld op",
        "en": "Measures communicated on",
    },
    "service.damage.personal_injury": {"nl": "letselschade", "en": "personal injury"},
    "service.damage.death": {"nl": "overlijdensschade", "en": "death"},
    "service.damage.other": {"nl": "andere schade", "en": "other damage"},
}
