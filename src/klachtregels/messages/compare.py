"""Messages of the compare feature: part of the one catalogue in :mod:`klachtregels.messages`.

Keys ``compare.*``: the structural and the behavioural diff (:mod:`klachtregels.compare.diff`,
:mod:`klachtregels.compare.behaviour`); ``conform.*``: conformance to the law
(:mod:`klachtregels.compare.conformance`); both also used by :mod:`klachtregels.cli.compare`.
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
    "compare.term.extends": {
        "nl": "{name}, verlengt termijn: {before} → {after}",
        "en": "{name}, extends term: {before} → {after}",
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

_CONFORM: Mapping[str, Mapping[Lang, str]] = {
    "conform.title": {
        "nl": "Conformiteit: {reg}, wet: {law}",
        "en": "Conformance: {reg}, law: {law}",
    },
    "conform.summary": {
        "nl": "{violation} schending(en), {risk} risico('s), {note} opmerking(en)",
        "en": "{violation} violation(s), {risk} risk(s), {note} note(s)",
    },
    "conform.severity.violation": {"nl": "schending", "en": "violation"},
    "conform.severity.risk": {"nl": "risico", "en": "risk"},
    "conform.severity.note": {"nl": "opmerking", "en": "note"},
    "conform.reg_cite": {"nl": "regeling: {cite}", "en": "regulation: {cite}"},
    "conform.law_cite": {"nl": "wet: {cite}", "en": "statute: {cite}"},
    "conform.unchecked": {
        "nl": "Niet gecodeerd (regeling en wettelijke basis), dus niet getoetst ({n}):",
        "en": "Not encoded (regulation and law base), so not checked ({n}):",
    },
    "conform.md.severity": {"nl": "ernst", "en": "severity"},
    "conform.md.article": {"nl": "artikel", "en": "article"},
    "conform.md.finding": {"nl": "bevinding", "en": "finding"},
    "conform.word.in_writing": {"nl": "schriftelijk", "en": "in writing"},
    "conform.word.before_expiry": {
        "nl": "vóór afloop van de termijn",
        "en": "before the term expires",
    },
    "conform.ground": {"nl": "onder {letter}: {cond}", "en": "ground {letter}: {cond}"},
    # --- Wkkgz art. 17 ---------------------------------------------------------------
    "conform.judgment_missing": {
        "nl": "De regeling heeft geen termijn voor het oordeel; de wet eist een schriftelijk "
        "oordeel binnen zes weken.",
        "en": "The regulation has no term for the judgment; the statute requires a written "
        "judgment within six weeks.",
    },
    "conform.judgment_law_only": {
        "nl": "De tekst van de regeling noemt geen termijn voor het oordeel; de wettelijke zes "
        "weken gelden (uit de wet).",
        "en": "The regulation's text states no term for the judgment; the statutory six weeks "
        "apply (from the law base).",
    },
    "conform.judgment_too_long": {
        "nl": "Termijn voor het oordeel {term}: langer dan de wettelijke zes weken.",
        "en": "Judgment term {term}: longer than the statutory six weeks.",
    },
    "conform.judgment_may_exceed": {
        "nl": "Termijn voor het oordeel {term}: kan langer uitvallen dan de wettelijke zes "
        "weken, afhankelijk van weekenden en feestdagen.",
        "en": "Judgment term {term}: can come out longer than the statutory six weeks, "
        "depending on weekends and holidays.",
    },
    "conform.judgment_start": {
        "nl": "De termijn voor het oordeel loopt vanaf {start}, niet vanaf de indiening.",
        "en": "The judgment term runs from {start}, not from the filing.",
    },
    "conform.extension_too_long": {
        "nl": "Verlenging {term}: meer dan de wettelijke ten hoogste vier weken.",
        "en": "Extension {term}: more than the statutory four weeks at most.",
    },
    "conform.extension_may_exceed": {
        "nl": "Verlenging {term}: kan meer dan vier weken zijn, afhankelijk van weekenden en "
        "feestdagen.",
        "en": "Extension {term}: can be more than four weeks, depending on weekends and holidays.",
    },
    "conform.extension_notice": {
        "nl": "Verlenging zonder voorafgaande schriftelijke mededeling (mededeling: {notice}).",
        "en": "Extension without prior written notice (notice: {notice}).",
    },
    "conform.extension_length_not_in_text": {
        "nl": "De tekst noemt geen maximale duur van de verlenging (gecodeerd als de wettelijke "
        "{term}); zoals geschreven staat de regeling een langere of herhaalde verlenging toe, "
        "zonder instemming van de klager.",
        "en": "The text sets no maximum for the extension (encoded as the statutory {term}); "
        "as written, the regulation allows a longer or repeated extension without the "
        "complainant's consent.",
    },
    "conform.extension_notice_not_in_text": {
        "nl": "De tekst eist voor de verlenging geen mededeling {missing}; gecodeerd zoals de "
        "wet het eist.",
        "en": "The text does not require notice of the extension {missing}; encoded as the "
        "statute requires.",
    },
    "conform.further_extension_consent": {
        "nl": "Verdere verlenging ({term}) alleen met instemming van de klager: toegestaan.",
        "en": "Further extension ({term}) only with the complainant's consent: allowed.",
    },
    "conform.further_extension_without_consent": {
        "nl": "Verdere verlenging ({term}) zonder instemming van de klager: meer dan de wet "
        "toestaat.",
        "en": "Further extension ({term}) without the complainant's consent: more than the "
        "statute allows.",
    },
    "conform.further_extension_text_consent": {
        "nl": "De tekst staat na de verlenging nog een verlenging toe, alleen met instemming "
        "van de klager (niet als termijn gecodeerd): toegestaan.",
        "en": "The text allows another extension after the extension, only with the "
        "complainant's consent (not encoded as a term): allowed.",
    },
    "conform.further_extension_text": {
        "nl": "De tekst staat na de verlenging nog een verlenging toe zonder dat instemming van "
        "de klager blijkt (niet als termijn gecodeerd).",
        "en": "The text allows another extension after the extension without the "
        "complainant's consent being apparent (not encoded as a term).",
    },
    # --- Wkkgz art. 14 ---------------------------------------------------------------
    "conform.standing_missing": {
        "nl": "Niet klachtgerechtigd volgens de regeling: {role}; de wet geeft deze klager "
        "een klachtrecht.",
        "en": "No standing under the regulation: {role}; the statute gives this complainant "
        "the right to complain.",
    },
    "conform.standing_law_only": {
        "nl": "De tekst van de regeling noemt deze klachtgerechtigden niet; hun klachtrecht "
        "volgt alleen uit de wet: {roles}.",
        "en": "The regulation's text does not name these complainants; their standing "
        "follows from the statute only: {roles}.",
    },
    "conform.standing_age_note": {
        "nl": "De cliënt klaagt zelf naar leeftijd: {bands}; voor een jongere cliënt klaagt de "
        "wettelijk vertegenwoordiger, in lijn met de WGBO.",
        "en": "The client complains in person by age: {bands}; for a younger client the legal "
        "representative complains, in line with the WGBO.",
    },
    "conform.standing_age_risk": {
        "nl": "De cliënt klaagt zelf naar leeftijd: {bands}; een cliënt van 12 tot 16 jaar kan "
        "niet klagen, ook niet samen met een ouder.",
        "en": "The client complains in person by age: {bands}; a client from 12 to 16 cannot "
        "complain, not even together with a parent.",
    },
    "conform.standing_age_violation": {
        "nl": "De cliënt klaagt zelf naar leeftijd: {bands}; een cliënt van 16 jaar of ouder "
        "kan niet zelf klagen, terwijl de wet de cliënt zonder leeftijdsgrens noemt.",
        "en": "The client complains in person by age: {bands}; a client of 16 or older cannot "
        "complain in person, while the statute names the client without an age limit.",
    },
    "conform.written_channel_refused": {
        "nl": "Een schriftelijke klacht per {channel} wordt niet aanvaard; de wet geeft het "
        "recht schriftelijk te klagen.",
        "en": "A written complaint by {channel} is not accepted; the statute gives the right "
        "to complain in writing.",
    },
    # --- Wkkgz art. 15, 18, 21 --------------------------------------------------------
    "conform.no_complaints_officer": {
        "nl": "De regeling heeft geen klachtenfunctionaris.",
        "en": "The regulation has no complaints officer.",
    },
    "conform.complaints_officer_law_only": {
        "nl": "De tekst van de regeling noemt geen klachtenfunctionaris; die volgt alleen uit "
        "de wet.",
        "en": "The regulation's text names no complaints officer; one follows from the "
        "statute only.",
    },
    "conform.complaints_officer_conditional": {
        "nl": "De klachtenfunctionaris is alleen beschikbaar als: {cond}; de wet geeft de "
        "klager op diens verzoek gratis advies, zonder voorwaarde.",
        "en": "The complaints officer is available only when: {cond}; the statute gives the "
        "complainant free advice on request, without conditions.",
    },
    "conform.complaints_officer_conditional_direct": {
        "nl": "De klachtenfunctionaris is volgens de regel alleen beschikbaar als: {cond}; de "
        "tekst laat de klager ook rechtstreeks contact opnemen, zoals de wet het wil.",
        "en": "By the rule the complaints officer is available only when: {cond}; the text "
        "also lets the complainant make contact directly, as the statute wants.",
    },
    "conform.complaints_officer_no_contact": {
        "nl": "De regeling noemt geen persoon of contactgegevens van de klachtenfunctionaris.",
        "en": "The regulation names no person or contact details for the complaints officer.",
    },
    "conform.no_disputes_body": {
        "nl": "De regeling heeft geen geschilleninstantie.",
        "en": "The regulation has no disputes body.",
    },
    "conform.disputes_body_law_only": {
        "nl": "De tekst van de regeling noemt geen geschilleninstantie en niet de mogelijkheid "
        "een geschil voor te leggen; de aansluiting is niet te toetsen.",
        "en": "The regulation's text names no disputes body and not the possibility to bring "
        "a dispute; the affiliation cannot be checked.",
    },
    "conform.disputes_body_unnamed": {
        "nl": "De regeling noemt de geschilleninstantie niet bij naam; de aansluiting is niet "
        "te toetsen.",
        "en": "The regulation does not name the disputes body; the affiliation cannot be checked.",
    },
    "conform.disputes_body_kind": {
        "nl": "De geschilleninstantie is {body}, van soort {kind}, geen geschilleninstantie.",
        "en": "The disputes body is {body}, of kind {kind}, not a disputes body.",
    },
    "conform.disputes_body_narrower": {
        "nl": "De geschilleninstantie staat alleen open als: {cond}; niet voor de wettelijke "
        "gronden {uncovered}.",
        "en": "The disputes body is open only when: {cond}; not on the statutory grounds "
        "{uncovered}.",
    },
    "conform.provider_conditional": {
        "nl": "Een klacht indienen bij de zorgaanbieder kan alleen als: {cond}; de wet stelt "
        "geen voorwaarde aan het indienen van een schriftelijke klacht.",
        "en": "A complaint can be filed with the provider only when: {cond}; the statute sets "
        "no condition on filing a written complaint.",
    },
    "conform.omitted": {
        "nl": "Regel van de wet weggelaten: {what}.",
        "en": "Rule of the statute left out: {what}.",
    },
    # --- Jeugdwet art. 4.2.1 -----------------------------------------------------------
    "conform.no_committee": {
        "nl": "De regeling heeft geen klachtencommissie.",
        "en": "The regulation has no complaints committee.",
    },
    "conform.committee_unnamed": {
        "nl": "De regeling noemt de klachtencommissie niet.",
        "en": "The regulation does not name the complaints committee.",
    },
    "conform.committee_composition_unchecked": {
        "nl": "Samenstelling van de klachtencommissie ({body}), ten minste drie leden met een "
        "onafhankelijke voorzitter: niet gecodeerd, niet getoetst.",
        "en": "Composition of the complaints committee ({body}), at least three members with "
        "an independent chair: not encoded, not checked.",
    },
    "conform.committee_conditional": {
        "nl": "De klachtencommissie staat alleen open als: {cond}; de wet laat de klager "
        "rechtstreeks bij de commissie klagen.",
        "en": "The complaints committee is open only when: {cond}; the statute lets the "
        "complainant file with the committee directly.",
    },
    "conform.committee_conditional_direct": {
        "nl": "De klachtencommissie staat open als: {cond}; de tekst laat de klager ook "
        "rechtstreeks klagen, zoals de wet het wil.",
        "en": "The complaints committee is open when: {cond}; the text also lets the "
        "complainant file directly, as the statute wants.",
    },
    "conform.committee_term_unchecked": {
        "nl": "De termijn waarbinnen de klachtencommissie oordeelt is niet te toetsen: de "
        "regeling die haar vastlegt is niet gecodeerd.",
        "en": "The term within which the complaints committee judges cannot be checked: the "
        "regulation that fixes it is not encoded.",
    },
    "conform.no_committee_term": {
        "nl": "De regeling legt geen termijn vast waarbinnen de klachtencommissie oordeelt.",
        "en": "The regulation fixes no term within which the complaints committee judges.",
    },
    "conform.no_measures_term": {
        "nl": "De regeling heeft geen termijn voor het standpunt over maatregelen.",
        "en": "The regulation has no term for the position on measures.",
    },
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

MESSAGES: Mapping[str, Mapping[Lang, str]] = {**_DIFF, **_BEHAVIOUR, **_CONFORM, **_CLI}
