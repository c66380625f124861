"""klachtregels: Dutch care complaint regulations as data, evaluated exactly."""

from klachtregels.calendar import (
    DecreeDays,
    LegalCalendar,
    add_working_days,
    holidays,
    is_working_day,
    working_days_between,
)
from klachtregels.errors import DateOutOfRangeError, KlachtregelsError, TermSyntaxError
from klachtregels.terms import DueDate, Term, Unit, due_date, parse_term

__all__ = [
    "DateOutOfRangeError",
    "DecreeDays",
    "DueDate",
    "KlachtregelsError",
    "LegalCalendar",
    "Term",
    "TermSyntaxError",
    "Unit",
    "add_working_days",
    "due_date",
    "holidays",
    "is_working_day",
    "parse_term",
    "working_days_between",
]
