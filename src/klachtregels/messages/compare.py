"""Messages of the compare feature: part of the one catalogue in :mod:`klachtregels.messages`.

Keys ``compare.*``: the structural and the behavioural diff (:mod:`klachtregels.compare.diff`,
:mod:`klachtregels.compare.behaviour`), also used by :mod:`klachtregels.cli.compare`
(``conform.*``, conformance to the law: :mod:`klachtregels.messages.conformance`).
Field messages get ``before`` and ``after`` (values already in words) and may use them.
"""

from __future__ import annotations

from collections.abc import Mapping

from klachtregels.messages.lang import Lang

_DIFF: Mapping[str, Mapping[Lang, str]] = {
    # --- headings and summaries ------------------------------------------------
    "compare.side": {
        "nl": "{id} versie {version} (van kracht vanaf {valid_from})",
        "en": "{id} version {version} (in force from {valid_from})",
    },
    "compare.title": {"nl": "Vergelijking: {old} → {new}", "en": "Comparison: {old} → {new}"},
    "compare.equal": {
        "nl": "Gelijk in betekenis: ja; cosmetische wijzigingen: {cosmetic}",
        "en": "Equal in meaning: yes; cosmetic changes: {cosmetic}",
    },
    "compare.not_equal": {
        "nl": "Gelijk in betekenis: nee; wijzigingen in betekenis: {n} ({less} ongunstiger, "
        "{more} gunstiger, {neutral} neutraal voor de klager); cosmetische wijzigingen: "
        "{cosmetic}",
        "en": "Equal in meaning: no; changes in meaning: {n} ({less} less favourable, {more} "
        "more favourable, {neutral} neutral for the complainant); cosmetic changes: {cosmetic}",
    },
    "compare.head.meaning": {
        "nl": "Wijzigingen in betekenis ({n})",
        "en": "Changes in meaning ({n})",
    },
    "compare.head.cosmetic": {
        "nl": "Cosmetische wijzigingen, zonder verschil in betekenis ({n})",
        "en": "Cosmetic changes, no difference in meaning ({n})",
    },
    "compare.head.unencoded": {
        "nl": "Niet gecodeerde tekst (+ nieuw, - vervallen)",
        "en": "Unencoded text (+ new, - dropped)",
    },
    "compare.none": {"nl": "geen", "en": "none"},
    "compare.severity.less_favourable": {
        "nl": "ongunstiger voor de klager",
        "en": "less favourable to the complainant",
    },
    "compare.severity.more_favourable": {
        "nl": "gunstiger voor de klager",
        "en": "more favourable to the complainant",
    },
    "compare.severity.neutral": {"nl": "neutraal", "en": "neutral"},
    "compare.sev.less_favourable": {"nl": "ongunstiger", "en": "less favourable"},
    "compare.sev.more_favourable": {"nl": "gunstiger", "en": "more favourable"},
    "compare.sev.neutral": {"nl": "neutraal", "en": "neutral"},
    "compare.kind.added": {"nl": "toegevoegd", "en": "added"},
    "compare.kind.removed": {"nl": "vervallen", "en": "removed"},
    "compare.kind.changed": {"nl": "gewijzigd", "en": "changed"},
    "compare.old": {"nl": "oud: {cite}", "en": "old: {cite}"},
    "compare.new": {"nl": "nieuw: {cite}", "en": "new: {cite}"},
    "compare.md.title": {
        "nl": "Wijzigingsmemo {old} → {new}",
        "en": "Change memo {old} → {new}",
    },
    "compare.md.old": {"nl": "oud", "en": "old"},
    "compare.md.new": {"nl": "nieuw", "en": "new"},
    "compare.md.version": {"nl": "versie", "en": "version"},
    "compare.md.valid_from": {"nl": "van kracht vanaf", "en": "in force from"},
    "compare.md.name": {"nl": "naam", "en": "name"},
    "compare.md.citation": {"nl": "bron (citaat)", "en": "source (quote)"},
    # --- names ---------------------------------------------------------------------
    "compare.notice.in_writing": {"nl": "schriftelijk", "en": "in writing"},
    "compare.notice.any": {"nl": "in elke vorm", "en": "in any form"},
    # --- rules added or removed ------------------------------------------------------
    "compare.added.standing": {"nl": "Klachtgerechtigd: + {after}", "en": "Standing: + {after}"},
    "compare.removed.standing": {
        "nl": "Klachtgerechtigd: − {before}",
        "en": "Standing: − {before}",
    },
    "compare.added.channel": {
        "nl": "Kanaal '{channel}' toegevoegd",
        "en": "Channel '{channel}' added",
    },
    "compare.removed.channel": {
        "nl": "Kanaal '{channel}' vervallen",
        "en": "Channel '{channel}' dropped",
    },
    "compare.added.channel_refused": {
        "nl": "Kanaal '{channel}': {after}",
        "en": "Channel '{channel}': {after}",
    },
    "compare.removed.channel_refused": {
        "nl": "Kanaal '{channel}': regel '{before}' vervallen",
        "en": "Channel '{channel}': rule '{before}' dropped",
    },
    "compare.added.anonymity": {
        "nl": "Anonimiteit ('{id}'): {after}",
        "en": "Anonymity ('{id}'): {after}",
    },
    "compare.removed.anonymity": {
        "nl": "Regel over anonimiteit ('{id}') vervallen: {before}",
        "en": "Rule on anonymity ('{id}') dropped: {before}",
    },
    "compare.added.ground": {
        "nl": "Nieuwe grond van niet-ontvankelijkheid '{id}': {after}",
        "en": "New ground of inadmissibility '{id}': {after}",
    },
    "compare.removed.ground": {
        "nl": "Grond van niet-ontvankelijkheid '{id}' vervallen: {before}",
        "en": "Ground of inadmissibility '{id}' dropped: {before}",
    },
    "compare.added.routing": {
        "nl": "Nieuwe doorzending '{id}': als {after}, naar {to}",
        "en": "New forwarding '{id}': if {after}, to {to}",
    },
    "compare.removed.routing": {
        "nl": "Doorzending '{id}' vervallen (was: als {before}, naar {to})",
        "en": "Forwarding '{id}' dropped (was: if {before}, to {to})",
    },
    "compare.added.term": {"nl": "{name} toegevoegd: {after}", "en": "{name} added: {after}"},
    "compare.removed.term": {
        "nl": "{name} vervallen (was: {before})",
        "en": "{name} dropped (was: {before})",
    },
    "compare.added.step": {
        "nl": "Nieuwe stap: {step} ({after}; instantie: {body})",
        "en": "New step: {step} ({after}; body: {body})",
    },
    "compare.removed.step": {
        "nl": "Stap vervallen: {step} ({before}; instantie: {body})",
        "en": "Step dropped: {step} ({before}; body: {body})",
    },
    "compare.added.body": {
        "nl": "Nieuwe instantie '{id}': {after} ({kind})",
        "en": "New body '{id}': {after} ({kind})",
    },
    "compare.removed.body": {
        "nl": "Instantie '{id}' vervallen: {before} ({kind})",
        "en": "Body '{id}' dropped: {before} ({kind})",
    },
    "compare.added.act": {
        "nl": "Handeling '{id}' toegevoegd: {after}",
        "en": "Act '{id}' added: {after}",
    },
    "compare.removed.act": {
        "nl": "Handeling '{id}' vervallen: {before}",
        "en": "Act '{id}' dropped: {before}",
    },
    "compare.act.form": {
        "nl": "Handeling '{id}', vorm: {before} → {after}",
        "en": "Act '{id}', form: {before} → {after}",
    },
    "compare.act.to": {
        "nl": "Handeling '{id}', gericht aan: {before} → {after}",
        "en": "Act '{id}', addressed to: {before} → {after}",
    },
    "compare.form.in_writing": {"nl": "schriftelijk", "en": "in writing"},
    "compare.form.any": {"nl": "in elke vorm", "en": "in any form"},
    "compare.term.counting": {
        "nl": "{name}, telling: {before} → {after}",
        "en": "{name}, counting: {before} → {after}",
    },
    "compare.counting.after_the_day": {
        "nl": "vanaf de dag na de gebeurtenis",
        "en": "from the day after the event",
    },
    "compare.counting.from_the_next_day": {
        "nl": "na de aanvang van de dag volgende op de gebeurtenis",
        "en": "from the start of the day after the event",
    },
    "compare.term.damage": {
        "nl": "{name}, alleen bij schade: {before} → {after}",
        "en": "{name}, only for damage: {before} → {after}",
    },
    "compare.added.provision": {
        "nl": "Nieuwe bepaling '{id}': {after}",
        "en": "New provision '{id}': {after}",
    },
    "compare.removed.provision": {
        "nl": "Bepaling '{id}' vervallen: {before}",
        "en": "Provision '{id}' dropped: {before}",
    },
    # --- fields of a changed rule ----------------------------------------------------
    "compare.standing.role": {
        "nl": "Klachtgerechtigd ('{id}'): {before} → {after}",
        "en": "Standing ('{id}'): {before} → {after}",
    },
    "compare.standing.min_age": {
        "nl": "Klachtgerechtigd {who}: minimumleeftijd {before} → {after}",
        "en": "Standing {who}: minimum age {before} → {after}",
    },
    "compare.standing.below_age": {
        "nl": "Klachtgerechtigd {who}: jonger dan {before} → jonger dan {after}",
        "en": "Standing {who}: under {before} → under {after}",
    },
    "compare.standing.with_parent": {
        "nl": "Klachtgerechtigd {who}: alleen samen met een ouder: {before} → {after}",
        "en": "Standing {who}: only together with a parent: {before} → {after}",
    },
    "compare.channel.dropped": {
        "nl": "Kanaal '{channel}' vervallen",
        "en": "Channel '{channel}' dropped",
    },
    "compare.channel.now_accepted": {
        "nl": "Kanaal '{channel}' toegevoegd",
        "en": "Channel '{channel}' added",
    },
    "compare.channel.written": {
        "nl": "Kanaal '{channel}', schriftelijk vanaf ontvangst: {before} → {after}",
        "en": "Channel '{channel}', in writing from receipt: {before} → {after}",
    },
    "compare.anonymity.accepted": {
        "nl": "Anoniem klagen ('{id}'): {before} → {after}",
        "en": "Anonymous complaints accepted ('{id}'): {before} → {after}",
    },
    "compare.ground.ground": {
        "nl": "Grond '{id}', soort: {before} → {after}",
        "en": "Ground '{id}', kind: {before} → {after}",
    },
    "compare.ground.fact": {
        "nl": "Grond '{id}', feit: {before} → {after}",
        "en": "Ground '{id}', fact: {before} → {after}",
    },
    "compare.ground.term": {
        "nl": "Grond '{id}', termijn: {before} → {after}",
        "en": "Ground '{id}', term: {before} → {after}",
    },
    "compare.ground.discretionary": {
        "nl": "Grond '{id}', de behandelaar mag afwijken: {before} → {after}",
        "en": "Ground '{id}', the handler may deviate: {before} → {after}",
    },
    "compare.ground.unless_damages": {
        "nl": "Grond '{id}', bij schadevergoeding geldt de wettelijke verjaring: "
        "{before} → {after}",
        "en": "Ground '{id}', statutory limitation applies to damages claims: {before} → {after}",
    },
    "compare.routing.forward_to": {
        "nl": "Doorzending '{id}': naar {before} → {after}",
        "en": "Forwarding '{id}': to {before} → {after}",
    },
    "compare.routing.when": {
        "nl": "Doorzending '{id}', als: {before} → {after}",
        "en": "Forwarding '{id}', if: {before} → {after}",
    },
    "compare.routing.unless": {
        "nl": "Doorzending '{id}', tenzij: {before} → {after}",
        "en": "Forwarding '{id}', unless: {before} → {after}",
    },
    "compare.term.length": {"nl": "{name}: {before} → {after}", "en": "{name}: {before} → {after}"},
    "compare.term.start": {
        "nl": "{name}, loopt vanaf: {before} → {after}",
        "en": "{name}, runs from: {before} → {after}",
    },
    "compare.term.atw": {
        "nl": "{name}, Algemene termijnenwet van toepassing: {before} → {after}",
        "en": "{name}, Algemene termijnenwet applies: {before} → {after}",
    },
    "compare.term.notice": {
        "nl": "{name}, mededeling vóór afloop: {before} → {after}",
        "en": "{name}, notice before expiry: {before} → {after}",
    },
    "compare.term.consent": {
        "nl": "{name}, alleen met instemming van de klager: {before} → {after}",
        "en": "{name}, only with the complainant's consent: {before} → {after}",
    },
    "compare.step.body": {"nl": "{step}: {before} → {after}", "en": "{step}: {before} → {after}"},
    "compare.step.open_when": {
        "nl": "{step}, open als: {before} → {after}",
        "en": "{step}, open when: {before} → {after}",
    },
    "compare.step.formal": {
        "nl": "{step}, formele behandeling met oordeel: {before} → {after}",
        "en": "{step}, formal handling with a judgment: {before} → {after}",
    },
    "compare.body.name": {
        "nl": "Instantie '{id}', naam: {before} → {after}",
        "en": "Body '{id}', name: {before} → {after}",
    },
    "compare.body.kind": {
        "nl": "Instantie '{id}', soort: {before} → {after}",
        "en": "Body '{id}', kind: {before} → {after}",
    },
    "compare.body.email": {
        "nl": "Instantie '{id}', e-mail: {before} → {after}",
        "en": "Body '{id}', e-mail: {before} → {after}",
    },
    "compare.body.phone": {
        "nl": "Instantie '{id}', telefoon: {before} → {after}",
        "en": "Body '{id}', phone: {before} → {after}",
    },
    "compare.body.web": {
        "nl": "Instantie '{id}', website: {before} → {after}",
        "en": "Body '{id}', website: {before} → {after}",
    },
    "compare.body.address": {
        "nl": "Instantie '{id}', adres: {before} → {after}",
        "en": "Body '{id}', address: {before} → {after}",
    },
    "compare.provision.summary": {
        "nl": "Bepaling '{id}': {before} → {after}",
        "en": "Provision '{id}': {before} → {after}",
    },
    "compare.order": {
        "nl": "Volgorde in {section}: {before} → {after}",
        "en": "Order in {section}: {before} → {after}",
    },
    # --- cosmetic --------------------------------------------------------------------
    "compare.cosmetic.quote": {
        "nl": 'Citaat: "{before}" → "{after}"',
        "en": 'Quote: "{before}" → "{after}"',
    },
    "compare.cosmetic.article": {
        "nl": "Artikel: {before} → {after}",
        "en": "Article: {before} → {after}",
    },
    "compare.cosmetic.source": {
        "nl": "Bron: {before} → {after}",
        "en": "Source: {before} → {after}",
    },
    "compare.cosmetic.reading": {
        "nl": "Lezing: {before} → {after}",
        "en": "Reading: {before} → {after}",
    },
    "compare.cosmetic.term_text": {
        "nl": "{name}, woorden: '{before}' → '{after}'",
        "en": "{name}, wording: '{before}' → '{after}'",
    },
    "compare.cosmetic.step_name": {
        "nl": "{step}, naam: '{before}' → '{after}'",
        "en": "{step}, name: '{before}' → '{after}'",
    },
    "compare.cosmetic.origin": {
        "nl": "Herkomst: {before} → {after}",
        "en": "Origin: {before} → {after}",
    },
    # --- identity of a version ---------------------------------------------------------
    "compare.meta.name": {"nl": "Naam: {before} → {after}", "en": "Name: {before} → {after}"},
    "compare.meta.title": {"nl": "Titel: {before} → {after}", "en": "Title: {before} → {after}"},
    "compare.meta.version": {
        "nl": "Versie: {before} → {after}",
        "en": "Version: {before} → {after}",
    },
    "compare.meta.valid_from": {
        "nl": "Van kracht vanaf: {before} → {after}",
        "en": "In force from: {before} → {after}",
    },
    "compare.meta.valid_until": {
        "nl": "Van kracht tot en met: {before} → {after}",
        "en": "In force until: {before} → {after}",
    },
    "compare.meta.law": {"nl": "Wet: {before} → {after}", "en": "Law: {before} → {after}"},
    "compare.meta.extends": {
        "nl": "Bouwt voort op: {before} → {after}",
        "en": "Extends: {before} → {after}",
    },
}

_BEHAVIOUR: Mapping[str, Mapping[Lang, str]] = {
    "compare.behaviour.title": {
        "nl": "Gedragsverschil: {old} → {new}",
        "en": "Behavioural diff: {old} → {new}",
    },
    "compare.behaviour.md_title": {"nl": "Gedragsverschil", "en": "Behavioural diff"},
    "compare.behaviour.examined": {
        "nl": "{n} klachten onder beide versies beoordeeld: {scenarios} uit scenario's, "
        "{basic} basisgevallen, {generated} gegenereerd (seed {seed}), {given} opgegeven",
        "en": "{n} complaints evaluated under both versions: {scenarios} from scenarios, "
        "{basic} basic cases, {generated} generated (seed {seed}), {given} given",
    },
    "compare.behaviour.equal": {
        "nl": "Geen verschil in uitkomst gevonden.",
        "en": "No difference in outcome found.",
    },
    "compare.behaviour.differs": {
        "nl": "Verschil in uitkomst, {n} soort(en):",
        "en": "Differences in outcome, {n} kind(s):",
    },
    "compare.behaviour.count": {"nl": "{n} klacht(en)", "en": "{n} complaint(s)"},
    "compare.behaviour.witness": {
        "nl": "[{kinds}] eenvoudigste voorbeeld, verkleind uit {found}:",
        "en": "[{kinds}] simplest witness, shrunk from {found}:",
    },
    "compare.behaviour.complaint": {"nl": "klacht: {facts}", "en": "complaint: {facts}"},
    "compare.behaviour.as_of": {
        "nl": "beoordeeld op: {as_of}",
        "en": "assessed as of: {as_of}",
    },
    "compare.behaviour.kind.standing": {"nl": "klachtgerechtigd", "en": "standing"},
    "compare.behaviour.kind.admissibility": {"nl": "ontvankelijk", "en": "admissible"},
    "compare.behaviour.kind.forward_to": {"nl": "doorsturen naar", "en": "forward to"},
    "compare.behaviour.kind.next_steps": {"nl": "volgende stappen", "en": "next steps"},
    "compare.behaviour.kind.findings": {"nl": "bevindingen", "en": "findings"},
    "compare.behaviour.kind.deadline": {"nl": "termijn {id}", "en": "deadline {id}"},
}

_CLI: Mapping[str, Mapping[Lang, str]] = {
    "compare.error.not_a_count": {
        "nl": "{text!r} is geen aantal; schrijf een geheel getal vanaf 0, bijv. 200",
        "en": "{text!r} is not a count; write a whole number from 0, e.g. 200",
    },
    "compare.error.empty_version": {
        "nl": "{ref!r}: na '@' hoort een versie of een datum; schrijf bijv. livio@3 of "
        "livio@2020-06-01",
        "en": "{ref!r}: '@' must be followed by a version or a date; write e.g. livio@3 or "
        "livio@2020-06-01",
    },
    "compare.error.unknown_version": {
        "nl": "{ref!r}: {id} heeft geen versie met dat label; bekende versies: {known}; of "
        "schrijf een datum JJJJ-MM-DD",
        "en": "{ref!r}: {id} has no version with that label; known versions: {known}; or "
        "write a date YYYY-MM-DD",
    },
    "compare.error.bad_scenarios": {
        "nl": "geen geldig scenariobestand ({where}: {problem})",
        "en": "not a valid scenario file ({where}: {problem})",
    },
    "compare.error.needs_hypothesis": {
        "nl": "--behaviour met --examples vanaf 1 heeft hypothesis nodig: pip install "
        "'klachtregels[test]', of gebruik --examples 0",
        "en": "--behaviour with --examples from 1 needs hypothesis: pip install "
        "'klachtregels[test]', or use --examples 0",
    },
}

MESSAGES: Mapping[str, Mapping[Lang, str]] = {**_DIFF, **_BEHAVIOUR, **_CLI}
