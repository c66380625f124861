"""Messages of conformance to the law: part of the one catalogue in :mod:`klachtregels.messages`.

Keys ``conform.*``: the report (:mod:`klachtregels.compare.conformance`, also used by
:mod:`klachtregels.cli.compare`), one key per finding code (``conform.<code>``) and per
check not made (``conform.not_checked.<code>``). A statute's terms are parameters
(``{limit}``, the law base's term), never words of the message.
"""

from __future__ import annotations

from collections.abc import Mapping

from klachtregels.messages.lang import Lang

_REPORT: Mapping[str, Mapping[Lang, str]] = {
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
    "conform.no_law_rule": {
        "nl": "De geladen regeling heeft geen regel van de wet {what}; wat daarop steunt, is "
        "niet getoetst.",
        "en": "The loaded regulation has no rule of the statute {what}; what rests on it is not "
        "checked.",
    },
}

_NOT_CHECKED: Mapping[str, Mapping[Lang, str]] = {
    "conform.not_checked.extension_wording": {
        "nl": "{rule}: of de tekst zelf de maximale duur en een schriftelijke mededeling vóór "
        "afloop van de termijn noemt, is niet gecodeerd (de regel legt de verlenging vast zoals "
        "zij geldt, uit de tekst of uit de wet).",
        "en": "{rule}: whether the text itself states the maximum length and written notice "
        "before the term expires is not encoded (the rule holds the extension as it applies, "
        "from the text or from the statute).",
    },
    "conform.not_checked.direct_access": {
        "nl": "{rule}: of de tekst de klager ondanks de voorwaarde ook rechtstreeks toegang "
        "geeft, is niet gecodeerd.",
        "en": "{rule}: whether the text also gives the complainant direct access despite the "
        "condition is not encoded.",
    },
    "conform.not_checked.term_as_provision": {
        "nl": "{rule}: de termijn '{term}' is als bepaling gecodeerd, niet als termijn (geen vaste "
        "duur); duur en voorwaarden (zoals instemming van de klager) zijn niet getoetst.",
        "en": "{rule}: the term '{term}' is encoded as a provision, not as a term (no fixed "
        "length); its length and conditions (such as the complainant's consent) are not "
        "checked.",
    },
}

_WKKGZ: Mapping[str, Mapping[Lang, str]] = {
    # --- the judgment term and its extension --------------------------------------------
    "conform.judgment_missing": {
        "nl": "De regeling heeft geen termijn voor het oordeel; de wet eist een schriftelijk "
        "oordeel binnen {limit}.",
        "en": "The regulation has no term for the judgment; the statute requires a written "
        "judgment within {limit}.",
    },
    "conform.judgment_law_only": {
        "nl": "De tekst van de regeling noemt geen termijn voor het oordeel; de wettelijke "
        "{limit} gelden (uit de wet).",
        "en": "The regulation's text states no term for the judgment; the statutory {limit} "
        "apply (from the law base).",
    },
    "conform.judgment_too_long": {
        "nl": "Termijn voor het oordeel {term}: langer dan de wettelijke {limit}.",
        "en": "Judgment term {term}: longer than the statutory {limit}.",
    },
    "conform.judgment_may_exceed": {
        "nl": "Termijn voor het oordeel {term}: kan langer uitvallen dan de wettelijke {limit}, "
        "afhankelijk van weekenden en feestdagen.",
        "en": "Judgment term {term}: can come out longer than the statutory {limit}, "
        "depending on weekends and holidays.",
    },
    "conform.judgment_start": {
        "nl": "De termijn voor het oordeel loopt vanaf {start}, niet vanaf {law_start} zoals in "
        "de wet.",
        "en": "The judgment term runs from {start}, not from {law_start} as in the statute.",
    },
    "conform.extension_too_long": {
        "nl": "Verlenging {term}: meer dan de wettelijke ten hoogste {limit}.",
        "en": "Extension {term}: more than the statutory {limit} at most.",
    },
    "conform.extension_may_exceed": {
        "nl": "Verlenging {term}: kan meer dan de wettelijke {limit} zijn, afhankelijk van "
        "weekenden en feestdagen.",
        "en": "Extension {term}: can be more than the statutory {limit}, depending on weekends "
        "and holidays.",
    },
    "conform.extension_notice": {
        "nl": "Verlenging met mededeling: {notice}; de wet eist vóór afloop van de termijn een "
        "mededeling: {required}.",
        "en": "Extension with notice: {notice}; the statute requires notice before the term "
        "expires: {required}.",
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
    # --- the complaints officer, the provider, the disputes body -------------------------
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
        "nl": "De klachtenfunctionaris is alleen beschikbaar als {cond}; de wet geeft de "
        "klager op diens verzoek gratis advies, zonder voorwaarde (de beoordeling volgt de wet).",
        "en": "The complaints officer is available only if {cond}; the statute gives the "
        "complainant free advice on request, without conditions (the evaluation follows the "
        "statute).",
    },
    "conform.complaints_officer_no_contact": {
        "nl": "De regeling noemt geen persoon of contactgegevens van de klachtenfunctionaris.",
        "en": "The regulation names no person or contact details for the complaints officer.",
    },
    "conform.provider_conditional": {
        "nl": "Een klacht indienen bij de zorgaanbieder kan alleen als {cond}; de wet stelt "
        "geen voorwaarde aan het indienen van een schriftelijke klacht (de beoordeling volgt "
        "de wet).",
        "en": "A complaint can be filed with the provider only if {cond}; the statute sets "
        "no condition on filing a written complaint (the evaluation follows the statute).",
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
        "nl": "De geschilleninstantie staat alleen open als {cond}; de wet stelt haar ook "
        "open als {uncovered} (de beoordeling volgt de wet).",
        "en": "The disputes body is open only if {cond}; the statute opens it also if "
        "{uncovered} (the evaluation follows the statute).",
    },
}

_COMMON: Mapping[str, Mapping[Lang, str]] = {
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
    "conform.standing_narrower": {
        "nl": "De cliënt is volgens de regeling alleen klachtgerechtigd als: {bands}; niet "
        "(alleen) op de leeftijd {ages}. De wet geeft de cliënt zonder leeftijdsgrens "
        "klachtrecht; de beoordeling volgt de wet.",
        "en": "Under the regulation the client has standing only as: {bands}; not (alone) at "
        "the ages {ages}. The statute gives the client standing without an age limit; the "
        "evaluation follows the statute.",
    },
    "conform.standing_age_unchecked": {
        "nl": "De cliënt klaagt zelf naar leeftijd: {bands}; niet alleen op de leeftijden {ages}, "
        "waar de wet geen leeftijdsgrens stelt. Of deze grenzen de WGBO volgen, is niet "
        "getoetst: de leeftijden van de WGBO zijn niet gecodeerd.",
        "en": "The client complains in person by age: {bands}; not alone at the ages {ages}, "
        "where the statute sets no age limit. Whether these limits follow the WGBO is not "
        "checked: the WGBO's ages are not encoded.",
    },
    "conform.written_channel_refused": {
        "nl": "Een schriftelijke klacht per {channel} wordt niet aanvaard; de wet laat een "
        "klacht zo indienen.",
        "en": "A written complaint by {channel} is not accepted; the statute lets a complaint "
        "be filed so.",
    },
    "conform.channel_refused": {
        "nl": "Een klacht per {channel} wordt niet aanvaard; de wet laat een klacht zo indienen.",
        "en": "A complaint by {channel} is not accepted; the statute lets a complaint be filed so.",
    },
    "conform.omitted": {
        "nl": "Regel van de wet weggelaten: {what}.",
        "en": "Rule of the statute left out: {what}.",
    },
}

_JEUGDWET: Mapping[str, Mapping[Lang, str]] = {
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
        "nl": "De klachtencommissie staat alleen open als {cond}; de wet laat de klager "
        "rechtstreeks bij de commissie klagen (de beoordeling volgt de wet).",
        "en": "The complaints committee is open only if {cond}; the statute lets the "
        "complainant file with the committee directly (the evaluation follows the statute).",
    },
    "conform.committee_term_unchecked": {
        "nl": "De gecodeerde regeling legt geen termijn vast waarbinnen de klachtencommissie "
        "({body}) oordeelt; staat die in het reglement van de commissie, dan is dat niet "
        "gecodeerd: niet getoetst.",
        "en": "The encoded regulation fixes no term within which the complaints committee "
        "({body}) judges; if the committee's own rules fix one, they are not encoded: not "
        "checked.",
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

MESSAGES: Mapping[str, Mapping[Lang, str]] = {
    **_REPORT,
    **_NOT_CHECKED,
    **_WKKGZ,
    **_COMMON,
    **_JEUGDWET,
}
