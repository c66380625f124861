"""One message catalogue for everything a user reads, in Dutch and English.

Every message has a stable key and a text per language; parameters are filled
with :func:`render`. Dates are written out in the reader's language. A test
asserts that no key lacks a translation and that both texts use the same
parameters.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Literal

__all__ = ["LANGUAGES", "MESSAGES", "Lang", "format_date", "render"]

Lang = Literal["nl", "en"]
LANGUAGES: tuple[Lang, ...] = ("nl", "en")

_WEEKDAYS = {
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_MONTHS = {
    "nl": (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}


def format_date(d: date, lang: Lang = "nl") -> str:
    """``donderdag 4 februari 2027`` / ``Thursday 4 February 2027``."""
    return f"{_WEEKDAYS[lang][d.weekday()]} {d.day} {_MONTHS[lang][d.month - 1]} {d.year}"


#: key -> {language: template}. Templates use str.format fields.
MESSAGES: Mapping[str, Mapping[Lang, str]] = {
    # --- errors -----------------------------------------------------------
    "error.date_out_of_range": {
        "nl": "{date} valt buiten de ondersteunde periode {first} tot en met {last}",
        "en": "{date} is outside the supported range {first} to {last}",
    },
    "error.not_a_term": {
        "nl": "{text!r} is geen termijn; schrijf bijv. '6 weken' of '5 werkdagen'",
        "en": "{text!r} is not a term; write e.g. '6 weken' or '5 werkdagen'",
    },
    "error.not_a_date": {
        "nl": "{text!r} is geen datum; schrijf JJJJ-MM-DD, bijv. 2026-12-24",
        "en": "{text!r} is not a date; write YYYY-MM-DD, e.g. 2026-12-24",
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
        "nl": "Atw art. 1 en 2 toegepast: {due} is geen zaterdag, zondag of feestdag en de "
        "termijn bevat ten minste twee zulke dagen; geen verlenging",
        "en": "Atw art. 1 and 2 applied: {due} is not a Saturday, Sunday or holiday and the term "
        "contains at least two such days; no extension",
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
    # --- CLI ---------------------------------------------------------------
    "cli.due": {"nl": "Uiterste datum: {due}", "en": "Due date: {due}"},
    "cli.reasoning": {"nl": "Waarom:", "en": "Why:"},
}


def render(key: str, lang: Lang = "nl", /, **params: object) -> str:
    """Fill the template ``key`` in ``lang``; dates become written-out dates."""
    template = MESSAGES[key][lang]
    filled = {k: format_date(v, lang) if isinstance(v, date) else v for k, v in params.items()}
    return template.format(**filled)
