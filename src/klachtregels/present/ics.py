"""The deadlines of one evaluated complaint as an iCalendar file, for a calendar app.

:func:`deadlines_ics` writes one all-day event per deadline, on its due date: the title
in the chosen language ("Uiterste dag eerste contact (Livio)"), the term, how it was
counted and the article it rests on in the description. Each event's UID is made from
the complaint's id and the deadline's id, so importing the file again after a change
(an extension notified, a new ``--as-of``) updates the events instead of adding new
ones. Written with the ``icalendar`` library (the ``ics`` extra); pure: the time stamp
the format asks for is given, or taken from the assessment's date.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from klachtregels.engine.assessment import Assessment, Deadline
from klachtregels.errors import KlachtregelsError
from klachtregels.messages import Lang, render
from klachtregels.model.wording import cite_text, label

__all__ = ["IcsExtraMissingError", "IcsNeedsIdError", "deadlines_ics"]

#: The product that wrote the file (RFC 5545 PRODID).
PRODID = "-//klachtregels//klachtregels deadlines//NL"


class IcsExtraMissingError(KlachtregelsError, ImportError):
    """The ``icalendar`` library (extra ``ics``) is not installed."""

    key = "ics.install"


class IcsNeedsIdError(KlachtregelsError, ValueError):
    """A calendar file needs a stable id for the complaint (its UIDs are made from it)."""

    key = "ics.needs_id"


def deadlines_ics(
    assessment: Assessment,
    lang: Lang | None = None,
    *,
    name: str | None = None,
    complaint_id: str | None = None,
    stamp: datetime | None = None,
) -> bytes:
    """The deadlines of ``assessment`` as an iCalendar file (UTF-8 bytes).

    ``name``: the regulation's name for the titles (default: its id); ``complaint_id``:
    the stable id the UIDs are made from (default: the complaint's ``id``); ``stamp``:
    the DTSTAMP of each event (default: the assessment's date, else the first start).
    """
    try:
        import icalendar
    except ImportError:
        raise IcsExtraMissingError() from None
    lang = lang or assessment.lang
    ident = complaint_id or assessment.id
    if not ident:
        raise IcsNeedsIdError()
    shown = name or assessment.regulation
    if stamp is None:
        first = assessment.as_of or min((d.start for d in assessment.deadlines), default=None)
        stamp = datetime.combine(first or date(2000, 1, 1), time(), UTC)
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", render("ics.calendar", lang, name=shown, id=ident))
    for d in assessment.deadlines:
        cal.add_component(_event(icalendar, d, lang, shown, ident, stamp))
    data: bytes = cal.to_ical()
    return data


def _event(ical: Any, d: Deadline, lang: Lang, name: str, ident: str, stamp: datetime) -> Any:
    event = ical.Event()
    event.add("uid", f"{ident}.{d.id}@klachtregels")
    event.add("dtstamp", stamp)
    event.add("dtstart", d.due)
    event.add("dtend", d.due + timedelta(days=1))
    event.add("transp", "TRANSPARENT")
    deadline = label("deadline", d.id, lang)
    event.add("summary", render("ics.summary", lang, deadline=deadline, name=name))
    lines = [
        render("ics.term", lang, term=d.term, start=d.start),
        render("ics.counted", lang, how=d.explanation_in(lang)),
        render("ics.source", lang, cite=cite_text(d.citation, lang)),
    ]
    event.add("description", "\n".join(lines))
    return event
