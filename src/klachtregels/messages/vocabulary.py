"""Labels of the vocabulary's words (:mod:`klachtregels.model.vocabulary`), in both languages.

Keys are ``<prefix><id>`` with the prefixes of ``vocabulary.LABELS``; a test asserts
that every role, channel, start event, ground, step kind, term kind and deadline has
its label here. Then the words of conditions: every fact of ``vocabulary.FACTS`` as a
clause after "als"/"if", for each of its values (a test asserts none is missing), the
extra facts of the bundled regulations, and why a step is open or not.
"""

from __future__ import annotations

from collections.abc import Mapping

from klachtregels.messages.lang import Lang

MESSAGES: Mapping[str, Mapping[Lang, str]] = {
    "role.client": {"nl": "cliënt", "en": "client"},
    "role.legal_representative": {
        "nl": "wettelijk vertegenwoordiger",
        "en": "legal representative",
    },
    "role.parent": {"nl": "ouder met gezag", "en": "parent with authority"},
    "role.guardian": {"nl": "voogd", "en": "guardian"},
    "role.joint_authority": {
        "nl": "gezaghebber naast de ouder",
        "en": "joint holder of authority with a parent",
    },
    "role.parent_without_authority": {"nl": "ouder zonder gezag", "en": "parent without authority"},
    "role.foster_parent": {"nl": "pleegouder", "en": "foster parent"},
    "role.authorised_representative": {"nl": "gemachtigde", "en": "authorised representative"},
    "role.voluntary_agent": {"nl": "zaakwaarnemer", "en": "voluntary agent"},
    "role.surviving_relative": {"nl": "nabestaande", "en": "surviving relative"},
    "role.refused_representative": {
        "nl": "geweigerde vertegenwoordiger (over die weigering)",
        "en": "refused representative (about the refusal)",
    },
    "role.other": {"nl": "ander", "en": "other"},
    "channel.letter": {"nl": "brief", "en": "letter"},
    "channel.email": {"nl": "e-mail", "en": "e-mail"},
    "channel.web_form": {"nl": "webformulier", "en": "web form"},
    "channel.phone": {"nl": "telefoon", "en": "phone"},
    "channel.in_person": {"nl": "persoonlijk gesprek", "en": "in person"},
    "start.event": {"nl": "de gebeurtenis", "en": "the event"},
    "start.receipt": {"nl": "ontvangst", "en": "receipt"},
    "start.in_writing": {"nl": "schriftelijke indiening", "en": "written submission"},
    "start.complaint": {
        "nl": "de klacht in de zin van de regeling",
        "en": "the complaint in the regulation's sense",
    },
    "start.majority": {"nl": "de meerderjarigheid van de cliënt", "en": "the client's majority"},
    "start.judgment": {"nl": "het oordeel", "en": "the judgment"},
    "start.delay_notice": {"nl": "de mededeling van vertraging", "en": "the notice of delay"},
    "start.committee_judgment": {
        "nl": "het oordeel van de klachtencommissie",
        "en": "the complaints committee's judgment",
    },
    "start.damage_known": {
        "nl": "bekendheid met schade en aansprakelijke",
        "en": "knowledge of damage and liable person",
    },
    "ground.already_decided": {"nl": "al eerder behandeld", "en": "already decided"},
    "ground.pending": {"nl": "gelijke klacht nog in behandeling", "en": "same complaint pending"},
    "ground.no_standing": {"nl": "niet klachtgerechtigd", "en": "no standing"},
    "ground.out_of_time": {"nl": "te laat ingediend", "en": "filed too late"},
    "ground.channel_not_accepted": {
        "nl": "ingediend via een niet aanvaard kanaal",
        "en": "filed through a channel not accepted",
    },
    "ground.anonymous": {"nl": "anoniem ingediend", "en": "filed anonymously"},
    "ground.fact": {"nl": "feit", "en": "fact"},
    "ground.fact_is": {"nl": "als {cond}", "en": "if {cond}"},
    "ground.term": {"nl": "(termijn {term})", "en": "(term {term})"},
    "step.name.staff": {"nl": "Medewerker", "en": "Staff member"},
    "step.name.manager": {"nl": "Leidinggevende", "en": "Manager"},
    "step.name.confidential_adviser": {
        "nl": "Vertrouwenspersoon",
        "en": "Confidential adviser",
    },
    "step.name.complaints_officer": {
        "nl": "Klachtenfunctionaris",
        "en": "Complaints officer",
    },
    "step.name.provider": {
        "nl": "Zorgaanbieder (oordeel)",
        "en": "Provider (judgment)",
    },
    "step.name.complaints_committee": {
        "nl": "Klachtencommissie",
        "en": "Complaints committee",
    },
    "step.name.disputes_body": {"nl": "Geschilleninstantie", "en": "Disputes body"},
    "term.name.filing": {"nl": "indienen", "en": "filing"},
    "term.name.acknowledgement": {"nl": "ontvangstbevestiging", "en": "acknowledgement"},
    "term.name.first_contact": {"nl": "eerste contact", "en": "first contact"},
    "term.name.judgment": {"nl": "oordeel", "en": "judgment"},
    "term.name.judgment_extension": {"nl": "verlenging", "en": "extension"},
    "term.name.further_extension": {"nl": "verdere verlenging", "en": "further extension"},
    "term.name.reply_on_delay": {"nl": "reactie op vertraging", "en": "reply on delay"},
    "term.name.committee_judgment": {
        "nl": "oordeel klachtencommissie",
        "en": "committee judgment",
    },
    "term.name.measures": {"nl": "maatregelen", "en": "measures"},
    "term.name.dossier_retention": {"nl": "bewaartermijn dossier", "en": "dossier retention"},
    "term.name.damages_limitation": {
        "nl": "verjaring schadevergoeding",
        "en": "limitation of damages",
    },
    "term.name.damages_limitation_minor": {
        "nl": "verjaring schadevergoeding na meerderjarigheid",
        "en": "limitation of damages after majority",
    },
    "term.name.damages_long_stop": {
        "nl": "uiterste verjaring schadevergoeding",
        "en": "long-stop limitation of damages",
    },
    "term.title.judgment": {"nl": "Termijn oordeel", "en": "Judgment term"},
    "term.title.judgment_extension": {
        "nl": "Verlenging termijn oordeel",
        "en": "Extension of the judgment term",
    },
    "term.title.acknowledgement": {
        "nl": "Termijn ontvangstbevestiging",
        "en": "Acknowledgement term",
    },
    "term.title.first_contact": {
        "nl": "Termijn eerste contact",
        "en": "First-contact term",
    },
    "term.title.filing": {"nl": "Indieningstermijn", "en": "Filing term"},
    "term.title.further_extension": {"nl": "Verdere verlenging", "en": "Further extension"},
    "term.title.reply_on_delay": {
        "nl": "Termijn reactie op vertraging",
        "en": "Term to reply to a delay",
    },
    "term.title.dossier_retention": {
        "nl": "Bewaartermijn dossier",
        "en": "Dossier retention term",
    },
    "term.title.measures": {"nl": "Termijn maatregelen", "en": "Measures term"},
    "term.title.committee_judgment": {
        "nl": "Termijn oordeel klachtencommissie",
        "en": "Complaints committee's judgment term",
    },
    "term.title.damages_limitation": {
        "nl": "Verjaringstermijn schadevergoeding",
        "en": "Limitation of damages claims",
    },
    "term.title.damages_limitation_minor": {
        "nl": "Verjaringstermijn na meerderjarigheid (letsel)",
        "en": "Limitation after majority (personal injury)",
    },
    "term.title.damages_long_stop": {
        "nl": "Uiterste verjaringstermijn",
        "en": "Long-stop limitation",
    },
    "deadline.name.judgment_extended": {"nl": "oordeel na verlenging", "en": "extended judgment"},
    "deadline.name.filing": {"nl": "indienen", "en": "filing"},
    "deadline.name.acknowledgement": {"nl": "ontvangstbevestiging", "en": "acknowledgement"},
    "deadline.name.first_contact": {"nl": "eerste contact", "en": "first contact"},
    "deadline.name.judgment": {"nl": "oordeel", "en": "judgment"},
    "deadline.name.judgment_further_extended": {
        "nl": "oordeel na verdere verlenging",
        "en": "judgment after further extension",
    },
    "deadline.name.reply_on_delay": {"nl": "reactie op vertraging", "en": "reply on delay"},
    "deadline.name.committee_judgment": {
        "nl": "oordeel klachtencommissie",
        "en": "committee judgment",
    },
    "deadline.name.measures": {"nl": "maatregelen", "en": "measures"},
    "deadline.name.dossier_retention": {"nl": "bewaartermijn dossier", "en": "dossier retention"},
    "deadline.name.damages_limitation": {
        "nl": "verjaring schadevergoeding",
        "en": "limitation of damages",
    },
    "deadline.name.damages_limitation_minor": {
        "nl": "verjaring schadevergoeding na meerderjarigheid",
        "en": "limitation of damages after majority",
    },
    "deadline.name.damages_long_stop": {
        "nl": "uiterste verjaring schadevergoeding",
        "en": "long-stop limitation of damages",
    },
    # Facts as a clause after "als"/"if" (model.wording.fact_text): every fact of
    # vocabulary.FACTS (a test checks), and the extra facts of the bundled regulations.
    "fact.anonymous.yes": {
        "nl": "de klager anoniem is",
        "en": "the complainant is anonymous",
    },
    "fact.anonymous.no": {
        "nl": "de klager niet anoniem is",
        "en": "the complainant is not anonymous",
    },
    "fact.with_parent.yes": {
        "nl": "de cliënt samen met een ouder klaagt",
        "en": "the client complains together with a parent",
    },
    "fact.with_parent.no": {
        "nl": "de cliënt niet samen met een ouder klaagt",
        "en": "the client does not complain together with a parent",
    },
    "fact.claims_damages.yes": {
        "nl": "de klacht schadevergoeding vraagt",
        "en": "the complaint claims damages",
    },
    "fact.claims_damages.no": {
        "nl": "de klacht geen schadevergoeding vraagt",
        "en": "the complaint does not claim damages",
    },
    "fact.involuntary_care.yes": {
        "nl": "de klacht over onvrijwillige zorg gaat (Wzd)",
        "en": "the complaint is about involuntary care (Wzd)",
    },
    "fact.involuntary_care.no": {
        "nl": "de klacht niet over onvrijwillige zorg gaat (Wzd)",
        "en": "the complaint is not about involuntary care (Wzd)",
    },
    "fact.concerns_other_provider.yes": {
        "nl": "de klacht een andere zorgaanbieder betreft",
        "en": "the complaint concerns another provider",
    },
    "fact.concerns_other_provider.no": {
        "nl": "de klacht geen andere zorgaanbieder betreft",
        "en": "the complaint does not concern another provider",
    },
    "fact.objects_to_forwarding.yes": {
        "nl": "de klager bezwaar maakt tegen doorzending",
        "en": "the complainant objects to forwarding",
    },
    "fact.objects_to_forwarding.no": {
        "nl": "de klager geen bezwaar maakt tegen doorzending",
        "en": "the complainant does not object to forwarding",
    },
    "fact.same_complaint_decided.yes": {
        "nl": "dezelfde klacht al eerder is behandeld",
        "en": "the same complaint was already decided",
    },
    "fact.same_complaint_decided.no": {
        "nl": "dezelfde klacht niet eerder is behandeld",
        "en": "the same complaint was not decided before",
    },
    "fact.same_complaint_pending.yes": {
        "nl": "een gelijke klacht nog in behandeling is",
        "en": "a like complaint is still pending",
    },
    "fact.same_complaint_pending.no": {
        "nl": "geen gelijke klacht in behandeling is",
        "en": "no like complaint is pending",
    },
    "fact.complaints_officer_involved.yes": {
        "nl": "de klachtenfunctionaris erbij betrokken is geweest",
        "en": "the complaints officer has been involved",
    },
    "fact.complaints_officer_involved.no": {
        "nl": "de klachtenfunctionaris er niet bij betrokken is geweest",
        "en": "the complaints officer has not been involved",
    },
    "fact.satisfied.yes": {
        "nl": "de klager tevreden is",
        "en": "the complainant is satisfied",
    },
    "fact.satisfied.no": {
        "nl": "de klager niet tevreden is",
        "en": "the complainant is not satisfied",
    },
    "fact.judgment_given.yes": {
        "nl": "er een oordeel is gegeven",
        "en": "a judgment has been given",
    },
    "fact.judgment_given.no": {
        "nl": "er nog geen oordeel is gegeven",
        "en": "no judgment has been given yet",
    },
    "fact.withdrawn.yes": {
        "nl": "de klacht is ingetrokken",
        "en": "the complaint has been withdrawn",
    },
    "fact.withdrawn.no": {
        "nl": "de klacht niet is ingetrokken",
        "en": "the complaint has not been withdrawn",
    },
    "fact.extension_notified.yes": {
        "nl": "verlenging van de termijn is meegedeeld",
        "en": "an extension of the term has been notified",
    },
    "fact.extension_notified.no": {
        "nl": "geen verlenging van de termijn is meegedeeld",
        "en": "no extension of the term has been notified",
    },
    "fact.in_writing.yes": {
        "nl": "de klacht schriftelijk is ingediend",
        "en": "the complaint has been filed in writing",
    },
    "fact.in_writing.no": {
        "nl": "de klacht niet schriftelijk is ingediend",
        "en": "the complaint has not been filed in writing",
    },
    "fact.extra.informal_route_accepted.yes": {
        "nl": "de klager heeft ingestemd met een informele afhandeling",
        "en": "the complainant agreed to an informal handling",
    },
    "fact.extra.informal_route_accepted.no": {
        "nl": "de klager niet heeft ingestemd met een informele afhandeling",
        "en": "the complainant did not agree to an informal handling",
    },
    "fact.extra.informal_route_unsuccessful.yes": {
        "nl": "de informele weg de klacht niet heeft opgelost",
        "en": "the informal route did not resolve the complaint",
    },
    "fact.extra.informal_route_unsuccessful.no": {
        "nl": "de informele weg de klacht heeft opgelost",
        "en": "the informal route resolved the complaint",
    },
    "fact.extra.not_resolved_together.yes": {
        "nl": "de klacht niet samen is opgelost",
        "en": "the complaint was not resolved together",
    },
    "fact.extra.not_resolved_together.no": {
        "nl": "de klacht samen is opgelost",
        "en": "the complaint was resolved together",
    },
    "fact.extra.client_feels_unheard.yes": {
        "nl": "de cliënt zich niet gehoord voelt",
        "en": "the client feels unheard",
    },
    "fact.extra.client_feels_unheard.no": {
        "nl": "de cliënt zich gehoord voelt",
        "en": "the client does not feel unheard",
    },
    "fact.extra.not_reasonable_to_complain_first.yes": {
        "nl": "van de klager niet kan worden verlangd dat hij eerst bij de zorgaanbieder klaagt",
        "en": "the complainant cannot reasonably be asked to complain to the provider first",
    },
    "fact.extra.not_reasonable_to_complain_first.no": {
        "nl": "van de klager kan worden verlangd dat hij eerst bij de zorgaanbieder klaagt",
        "en": "the complainant can reasonably be asked to complain to the provider first",
    },
    "fact.extra.discussion_with_respondent_not_possible.yes": {
        "nl": "een gesprek met de aangeklaagde niet mogelijk is",
        "en": "a talk with the person complained about is not possible",
    },
    "fact.extra.discussion_with_respondent_not_possible.no": {
        "nl": "een gesprek met de aangeklaagde mogelijk is",
        "en": "a talk with the person complained about is possible",
    },
    # --- conditions in words (model.wording.condition_text) ---------------------
    "cond.always": {"nl": "altijd", "en": "always"},
    "cond.never": {"nl": "nooit", "en": "never"},
    "cond.yes": {"nl": "ja", "en": "yes"},
    "cond.no": {"nl": "nee", "en": "no"},
    "cond.and": {"nl": "en", "en": "and"},
    "cond.or": {"nl": "of", "en": "or"},
    "cond.not": {"nl": "het niet zo is dat {cond}", "en": "it is not the case that {cond}"},
    "cond.fact": {"nl": "{fact} = {value}", "en": "{fact} = {value}"},
    "cond.deadline_passed": {
        "nl": "de termijn voor {term} verstreken is",
        "en": "the term for {term} has passed",
    },
    "cond.deadline_passed.on": {
        "nl": "de termijn voor {term} ({due}) verstreken is",
        "en": "the term for {term} ({due}) has passed",
    },
    "cond.deadline_passed.judgment": {
        "nl": "de termijn voor het oordeel verstreken is zonder dat er een oordeel is gegeven",
        "en": "the term for the judgment has passed without a judgment",
    },
    "cond.deadline_passed.judgment.on": {
        "nl": "er na {due} nog geen oordeel is",
        "en": "there is still no judgment after {due}",
    },
    "cond.extended_dates": {"nl": "(bij verlenging: {dates})", "en": "(if extended: {dates})"},
    # --- why a step is open or not (engine.assessment.Step.reason_text) -----------
    "step.forwarded_to": {"nl": "bevoegd voor deze klacht", "en": "competent for this complaint"},
    "step.open_because": {"nl": "open omdat {cond}", "en": "open because {cond}"},
    "step.open_because_unless": {"nl": "open, tenzij {cond}", "en": "open, unless {cond}"},
    "step.open_by_law_unless": {
        "nl": "open op grond van de wet, tenzij {cond}",
        "en": "open under the law, unless {cond}",
    },
    "step.open_because_any": {
        "nl": "open, want ten minste één hiervan geldt: {cond}",
        "en": "open, as at least one of these holds: {cond}",
    },
    "step.open_by_law_any": {
        "nl": "open op grond van de wet, want ten minste één hiervan geldt: {cond}",
        "en": "open under the law, as at least one of these holds: {cond}",
    },
    "explain.overrides": {"nl": "(in plaats van {ref})", "en": "(instead of {ref})"},
    "step.open_by_law": {
        "nl": "open op grond van de wet, omdat {cond}",
        "en": "open under the law, because {cond}",
    },
    "step.always_open_by_law": {
        "nl": "op grond van de wet altijd open",
        "en": "always open under the law",
    },
    "step.closed_because": {
        "nl": "nog niet open; open als {cond}",
        "en": "not open yet; opens if {cond}",
    },
    "step.open_when_law": {
        "nl": "open als {cond}, en op grond van de wet ({law}) ook als {law_cond}",
        "en": "open if {cond}, and under the law ({law}) also if {law_cond}",
    },
    "step.open_when_law_always": {
        "nl": "open als {cond}, en op grond van de wet ({law}) altijd open",
        "en": "open if {cond}, and under the law ({law}) always open",
    },
    "step.open_law_only": {
        "nl": "op grond van de wet ({law}) open als {law_cond}",
        "en": "under the law ({law}) open if {law_cond}",
    },
    "step.closed_because_law": {
        "nl": "nog niet open; open als {cond}, en op grond van de wet ({law}) ook als {law_cond}",
        "en": "not open yet; opens if {cond}, and under the law ({law}) also if {law_cond}",
    },
    "step.closed_law_only": {
        "nl": "nog niet open; op grond van de wet ({law}) open als {law_cond}",
        "en": "not open yet; under the law ({law}) opens if {law_cond}",
    },
    "step.closed_forwarded": {
        "nl": "niet van toepassing: de klacht is doorgestuurd",
        "en": "not applicable: the complaint was forwarded",
    },
    "step.closed_withdrawn": {
        "nl": "gesloten: de klacht is ingetrokken",
        "en": "closed: the complaint was withdrawn",
    },
    "step.closed_inadmissible": {
        "nl": "gesloten: de klacht is niet-ontvankelijk of de klager niet klachtgerechtigd",
        "en": "closed: the complaint is inadmissible or the complainant has no standing",
    },
    "step.done": {"nl": "afgerond: het oordeel is gegeven", "en": "done: the judgment was given"},
    "cite.no_text": {
        "nl": "de tekst van deze wet zit niet in de meegeleverde bronnen",
        "en": "the text of this law is not in the bundled sources",
    },
}
