"""klachtregels: Dutch care complaint regulations as data, evaluated exactly.

Every public name is imported when first used (PEP 562), so that ``import klachtregels``
and the command line start fast: ``kr.load`` imports the loader, ``kr.diff`` the
comparison, and so on. ``kr.__version__`` is the installed package's version.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from klachtregels.compare.conformance import (
        Conformance,
        ConformanceFinding,
        conformance,
    )
    from klachtregels.compare.diff import (
        FieldChange,
        RegulationDiff,
        RuleChange,
        diff,
    )
    from klachtregels.engine.assessment import (
        Assessment,
        Deadline,
        Finding,
        Step,
        Verdict,
    )
    from klachtregels.engine.evaluate import (
        Engine,
        evaluate,
        evaluate_many,
    )
    from klachtregels.engine.reference import evaluate_reference
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
    from klachtregels.law.terms import (
        DueDate,
        Term,
        Unit,
        due_date,
        parse_term,
    )
    from klachtregels.model.complaint import (
        Complaint,
        ComplaintError,
        Event,
    )
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
    from klachtregels.model.regulation import (
        Body,
        Citation,
        Condition,
        Regulation,
        json_schema,
    )
    from klachtregels.present import graph, timeline
    from klachtregels.present.ics import deadlines_ics

#: Where each public name lives.
_WHERE: dict[str, str] = {
    "Assessment": "klachtregels.engine.assessment",
    "Body": "klachtregels.model.regulation",
    "Citation": "klachtregels.model.regulation",
    "Complaint": "klachtregels.model.complaint",
    "ComplaintError": "klachtregels.model.complaint",
    "Condition": "klachtregels.model.regulation",
    "Conformance": "klachtregels.compare.conformance",
    "ConformanceFinding": "klachtregels.compare.conformance",
    "DateOutOfRangeError": "klachtregels.errors",
    "Deadline": "klachtregels.engine.assessment",
    "DecreeDays": "klachtregels.law.calendar",
    "DueDate": "klachtregels.law.terms",
    "Engine": "klachtregels.engine.evaluate",
    "Event": "klachtregels.model.complaint",
    "FieldChange": "klachtregels.compare.diff",
    "Finding": "klachtregels.engine.assessment",
    "FormatRuleError": "klachtregels.errors",
    "KlachtregelsError": "klachtregels.errors",
    "LegalCalendar": "klachtregels.law.calendar",
    "NoVersionInForceError": "klachtregels.model.loader",
    "Regulation": "klachtregels.model.regulation",
    "RegulationDiff": "klachtregels.compare.diff",
    "RegulationError": "klachtregels.model.loader",
    "RuleChange": "klachtregels.compare.diff",
    "Step": "klachtregels.engine.assessment",
    "Term": "klachtregels.law.terms",
    "TermSyntaxError": "klachtregels.errors",
    "Unit": "klachtregels.law.terms",
    "UnknownRegulationError": "klachtregels.model.loader",
    "Verdict": "klachtregels.engine.assessment",
    "Version": "klachtregels.model.loader",
    "add_working_days": "klachtregels.law.calendar",
    "check": "klachtregels.model.loader",
    "conformance": "klachtregels.compare.conformance",
    "diff": "klachtregels.compare.diff",
    "deadlines_ics": "klachtregels.present.ics",
    "due_date": "klachtregels.law.terms",
    "evaluate": "klachtregels.engine.evaluate",
    "evaluate_many": "klachtregels.engine.evaluate",
    "evaluate_reference": "klachtregels.engine.reference",
    "graph": "klachtregels.present.graph",
    "holidays": "klachtregels.law.calendar",
    "is_working_day": "klachtregels.law.calendar",
    "json_schema": "klachtregels.model.regulation",
    "load": "klachtregels.model.loader",
    "parse_term": "klachtregels.law.terms",
    "read": "klachtregels.model.loader",
    "regulations": "klachtregels.model.loader",
    "timeline": "klachtregels.present.timeline",
    "working_days_between": "klachtregels.law.calendar",
}

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
    "Engine",
    "Event",
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
    "deadlines_ics",
    "diff",
    "due_date",
    "evaluate",
    "evaluate_many",
    "evaluate_reference",
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


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            value: Any = version("klachtregels")
        except PackageNotFoundError:  # pragma: no cover - run from a checkout, not installed
            value = "0+unknown"
    elif name in _WHERE:
        module = importlib.import_module(_WHERE[name])
        value = module if name in ("graph", "timeline") else getattr(module, name)
    else:
        raise AttributeError(f"module 'klachtregels' has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__, "__version__"})
