"""Labels of the vocabulary's words (:mod:`klachtregels.model.vocabulary`), in both languages.

Keys are ``<prefix><id>`` with the prefixes of ``vocabulary.LABELS``; a test asserts
that every role, channel, start event, ground, step kind, term kind and deadline has
its label here.
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
}
