"""klachtregels: Dutch care complaint regulations as data, evaluated exactly."""

from klachtregels.compare.conformance import Conformance, ConformanceFinding, conformance
from klachtregels.compare.diff import FieldChange, RegulationDiff, RuleChange, diff
from klachtregels.engine.assessment import Assessment, Deadline, Finding, Step, Verdict
from klachtregels.engine.evaluate import evaluate, evaluate_many
from klachtregels.errors import (
    DateOutOfRangeError,
    FormatRuleError,
    KlachtregelsError,
    TermSyntaxError,
)
from klachtregels.law.calendar import (
    DecreeDays,
    LegalCalendar,
    add_working_days,
    holidays,
    is_working_day,
    working_days_between,
)
from klachtregels.law.terms import DueDate, Term, Unit, due_date, parse_term
from klachtregels.model.complaint import Complaint, ComplaintError
from klachtregels.model.loader import (
    NoVersionInForceError,
    RegulationError,
    UnknownRegulationError,
    Version,
    check,
    load,
    read,
    regulations,
)
from klachtregels.model.regulation import Body, Citation, Condition, Regulation, json_schema
from klachtregels.present import graph, timeline

__all__ = [
    "Assessment",
    "Body",
    "Citation",
    "Complaint",
    "ComplaintError",
    "Condition",
    "Conformance",
    "ConformanceFinding",
    "DateOutOfRangeError",
    "Deadline",
    "DecreeDays",
    "DueDate",
    "FieldChange",
    "Finding",
    "FormatRuleError",
    "KlachtregelsError",
    "LegalCalendar",
    "NoVersionInForceError",
    "Regulation",
    "RegulationDiff",
    "RegulationError",
    "RuleChange",
    "Step",
    "Term",
    "TermSyntaxError",
    "Unit",
    "UnknownRegulationError",
    "Verdict",
    "Version",
    "add_working_days",
    "check",
    "conformance",
    "diff",
    "due_date",
    "evaluate",
    "evaluate_many",
    "graph",
    "holidays",
    "is_working_day",
    "json_schema",
    "load",
    "parse_term",
    "read",
    "regulations",
    "timeline",
    "working_days_between",
]
