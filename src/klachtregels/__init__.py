"""klachtregels: Dutch care complaint regulations as data, evaluated exactly."""

from klachtregels.calendar import (
    DecreeDays,
    LegalCalendar,
    add_working_days,
    holidays,
    is_working_day,
    working_days_between,
)
from klachtregels.errors import (
    DateOutOfRangeError,
    FormatRuleError,
    KlachtregelsError,
    TermSyntaxError,
)
from klachtregels.loader import (
    NoVersionInForceError,
    RegulationError,
    UnknownRegulationError,
    Version,
    check,
    load,
    read,
    regulations,
)
from klachtregels.regulation import Citation, Condition, Regulation, json_schema
from klachtregels.terms import DueDate, Term, Unit, due_date, parse_term

__all__ = [
    "Citation",
    "Condition",
    "DateOutOfRangeError",
    "DecreeDays",
    "DueDate",
    "FormatRuleError",
    "KlachtregelsError",
    "LegalCalendar",
    "NoVersionInForceError",
    "Regulation",
    "RegulationError",
    "Term",
    "TermSyntaxError",
    "Unit",
    "UnknownRegulationError",
    "Version",
    "add_working_days",
    "check",
    "due_date",
    "holidays",
    "is_working_day",
    "json_schema",
    "load",
    "parse_term",
    "read",
    "regulations",
    "working_days_between",
]
