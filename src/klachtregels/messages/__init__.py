"""One message catalogue for everything a user reads, in Dutch and English.

Every message has a stable key and a text per language; parameters are filled
with :func:`render`. Dates are written out in the reader's language. A test
asserts that no key lacks a translation and that both texts use the same
parameters.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

__all__ = ["LANGUAGES", "MESSAGES", "Lang", "format_date", "render"]

from klachtregels.messages import (
    cli,
    compare,
    conformance,
    core,
    docs,
    fileformat,
    limits,
    service,
    vocabulary,
)
from klachtregels.messages.lang import Lang

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


#: Days written out before, per language: a batch writes the same few thousand days in
#: its explanations again and again. Bounded; a day is written the same every time.
_WRITTEN: dict[str, dict[date, str]] = {lang: {} for lang in LANGUAGES}


def format_date(d: date, lang: Lang = "nl") -> str:
    """``donderdag 4 februari 2027`` / ``Thursday 4 February 2027``."""
    written = _WRITTEN[lang]
    text = written.get(d)
    if text is None:
        if len(written) >= 1 << 16:
            written.clear()
        text = f"{_WEEKDAYS[lang][d.weekday()]} {d.day} {_MONTHS[lang][d.month - 1]} {d.year}"
        written[d] = text
    return text


def _catalogue() -> Mapping[str, Mapping[Lang, str]]:
    merged: dict[str, Mapping[Lang, str]] = {}
    for part in (
        core.MESSAGES,
        fileformat.MESSAGES,
        vocabulary.MESSAGES,
        compare.MESSAGES,
        conformance.MESSAGES,
        docs.MESSAGES,
        service.MESSAGES,
        cli.MESSAGES,
        limits.MESSAGES,
    ):
        clash = merged.keys() & part.keys()
        if clash:
            raise RuntimeError(f"message keys defined twice: {sorted(clash)}")
        merged.update(part)
    return merged


#: The one catalogue: the core messages and those of each feature.
MESSAGES: Mapping[str, Mapping[Lang, str]] = _catalogue()


def render(key: str, lang: Lang = "nl", /, **params: object) -> str:
    """Fill the template ``key`` in ``lang``; dates become written-out dates."""
    template = MESSAGES[key][lang]
    filled = {k: format_date(v, lang) if isinstance(v, date) else v for k, v in params.items()}
    return template.format(**filled)
