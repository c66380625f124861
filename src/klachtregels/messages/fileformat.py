"""Messages of the regulation format, which the loader checks beyond the schema: part of
the one catalogue in :mod:`klachtregels.messages`.

What a rule of a regulation file must say, or may not say together (an extension in its
term's unit, a floor only in a law base, one kind of condition at a time).
"""

from __future__ import annotations

from collections.abc import Mapping

from klachtregels.messages.lang import Lang

MESSAGES: Mapping[str, Mapping[Lang, str]] = {
    "format.statute_needs_bwb": {
        "nl": "een wet heeft een bwb_id; schrijf bijv. bwb_id: BWBR0037173",
        "en": "a statute needs its bwb_id; write e.g. bwb_id: BWBR0037173",
    },
    "format.condition_one": {
        "nl": "een voorwaarde heeft precies één van always, fact, deadline_passed, any, all, "
        "not; schrijf bijv. {{fact: satisfied, equals: false}}",
        "en": "a condition has exactly one of always, fact, deadline_passed, any, all, not; "
        "write e.g. {{fact: satisfied, equals: false}}",
    },
    "format.unknown_fact": {
        "nl": "{fact!r} is geen bekend feit; schrijf een van {facts} of extra.<naam>",
        "en": "{fact!r} is not a known fact; write one of {facts} or extra.<name>",
    },
    "format.unknown_fact_near": {
        "nl": "{fact!r} is geen bekend feit; bedoelde u {near!r}? Schrijf een van {facts} of "
        "extra.<naam>",
        "en": "{fact!r} is not a known fact; did you mean {near!r}? Write one of {facts} or "
        "extra.<name>",
    },
    "format.extension_has_no_start": {
        "nl": "een verlenging loopt vanaf het begin van de termijn die ze verlengt; laat start weg",
        "en": "an extension runs from the start of the term it extends; leave start out",
    },
    "format.extension_without_term": {
        "nl": "een verlenging van {other}, maar de regeling heeft geen termijn {other}",
        "en": "an extension of {other}, but the regulation has no term {other}",
    },
    "format.extension_unit": {
        "nl": "een verlenging telt in de eenheid van de termijn die ze verlengt: {term} verlengt "
        "{other} ({other_term}); schrijf haar in dezelfde eenheid",
        "en": "an extension counts in the unit of the term it extends: {term} extends {other} "
        "({other_term}); write it in the same unit",
    },
    "format.extension_counting": {
        "nl": "een verlenging telt zoals de termijn die ze verlengt: {other} telt "
        "{other_counting}, deze verlenging {counting}; laat counting weg of schrijf "
        "{other_counting}",
        "en": "an extension is counted as the term it extends: {other} counts "
        "{other_counting}, this extension {counting}; leave counting out or write "
        "{other_counting}",
    },
    "format.deadline_passed_in_routing": {
        "nl": "deadline_passed werkt alleen in open_when van een stap (escalation): waar een "
        "klacht heen gaat, staat vast voordat er een termijn loopt; noem bijv. een feit: "
        "{{fact: judgment_given}}",
        "en": "deadline_passed works only in a step's open_when (escalation): where a "
        "complaint goes is settled before any term runs; name e.g. a fact: "
        "{{fact: judgment_given}}",
    },
    "format.floor_in_regulation": {
        "nl": "floor markeert een recht uit de wet en staat alleen in een wettelijke basis; "
        "laat het weg (een regeling mag meer geven dan de wet, niet minder)",
        "en": "floor marks a right of the law and belongs in a law base only; leave it out (a "
        "regulation may give more than the law, never less)",
    },
    "format.ground_needs_fact": {
        "nl": "grond 'fact' heeft een feit nodig; schrijf bijv. "
        "fact: extra.informal_route_accepted",
        "en": "ground 'fact' needs a fact; write e.g. fact: extra.informal_route_accepted",
    },
    "format.ground_needs_term": {
        "nl": "grond 'out_of_time' heeft een termijn nodig; schrijf bijv. term: filing",
        "en": "ground 'out_of_time' needs a term; write e.g. term: filing",
    },
    "format.citation_needs_quote": {
        "nl": 'een bronvermelding citeert de bron; schrijf bijv. quote: "De klacht wordt '
        'schriftelijk ingediend" (alleen een bron van soort unavailable citeert niets)',
        "en": 'a citation quotes its source; write e.g. quote: "De klacht wordt schriftelijk '
        'ingediend" (only a source of kind unavailable quotes nothing)',
    },
    "format.until_before_from": {
        "nl": "valid_until ligt voor valid_from; schrijf bijv. valid_until: 2024-12-31",
        "en": "valid_until is before valid_from; write e.g. valid_until: 2024-12-31",
    },
    "format.regulation_needs_law": {
        "nl": "een regeling noemt haar wet en bouwt daarop voort; schrijf bijv. law: wkkgz en "
        "extends: [wkkgz]",
        "en": "a regulation names its law and extends it; write e.g. law: wkkgz and "
        "extends: [wkkgz]",
    },
}
