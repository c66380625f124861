"""The published JSON Schemas (draft 2020-12): regulation, complaint and assessment.

``klachtregels schema regulation|complaint|assessment`` prints them; the committed
copies are ``regelingen/schema.json`` (the regulation: the YAML files' modelines point
at it), ``schemas/complaint.json`` and ``schemas/assessment.json``, kept equal to these
by a test. The assessment schema describes every line ``klachtregels check`` writes as
JSON: a result, an error record in a bad line's place, and the compact form's first
line (the citations by id), whose results cite by id.
"""

from __future__ import annotations

import typing
from typing import Any, Literal

from klachtregels.engine.assessment import SCHEMA_VERSION
from klachtregels.model.complaint import Complaint
from klachtregels.model.regulation import json_schema
from klachtregels.model.vocabulary import BodyKind

__all__ = ["KINDS", "assessment_schema", "complaint_schema", "schema"]

Kind = Literal["regulation", "complaint", "assessment"]
KINDS: tuple[Kind, ...] = ("regulation", "complaint", "assessment")

_DRAFT = "https://json-schema.org/draft/2020-12/schema"


def schema(kind: Kind) -> dict[str, Any]:
    """The JSON Schema of ``kind``."""
    if kind == "complaint":
        return complaint_schema()
    if kind == "assessment":
        return assessment_schema()
    return json_schema()


def complaint_schema() -> dict[str, Any]:
    """A complaint as ``Complaint.model_validate`` (and a JSON Lines line) takes it."""
    out = Complaint.model_json_schema()
    return {"$schema": _DRAFT, **out, "title": "klachtregels complaint"}


def _obj(required: dict[str, Any], doc: str) -> dict[str, Any]:
    return {
        "type": "object",
        "description": doc,
        "additionalProperties": False,
        "required": list(required),
        "properties": required,
    }


_TEXT: dict[str, Any] = {"type": "string"}
_TEXT_OR_NULL: dict[str, Any] = {"type": ["string", "null"]}
#: A quote is null only for a law whose text is not in the bundled sources (the Wzd).
_CITATION_FIELDS: dict[str, Any] = {"source": _TEXT, "article": _TEXT, "quote": _TEXT_OR_NULL}
_DATE: dict[str, Any] = {"type": "string", "format": "date"}
_CITED: dict[str, Any] = {
    "oneOf": [
        {"$ref": "#/$defs/Citation"},
        {"type": "string", "description": "Compact form: the id of a citation in the table."},
    ]
}
_VERSION: dict[str, Any] = {"const": SCHEMA_VERSION}
_CASE_ID: dict[str, Any] = {"type": ["string", "null"], "maxLength": 200}


def _defs() -> dict[str, Any]:
    return {
        "Citation": _obj(_CITATION_FIELDS, "Where a conclusion rests."),
        "Finding": _obj(
            {
                "code": _TEXT,
                "message": _TEXT,
                "citation": {"oneOf": [_CITED, {"type": "null"}]},
                "overrides": {"oneOf": [_CITED, {"type": "null"}]},
                "params": {"type": "object"},
            },
            "One conclusion: a stable code, its message, the article it rests on, and "
            "where the law applies instead of a narrower rule of the regulation, that "
            "rule's citation (overrides).",
        ),
        "Verdict": _obj(
            {"ok": {"type": "boolean"}, "findings": _list("Finding")}, "Standing or admissibility."
        ),
        "Body": _obj(
            {
                "name": _TEXT,
                "kind": {"enum": list(typing.get_args(BodyKind))},
                "email": _TEXT_OR_NULL,
                "phone": _TEXT_OR_NULL,
                "web": _TEXT_OR_NULL,
                "address": _TEXT_OR_NULL,
                "citation": _CITED,
            },
            "The body competent instead (forwarding).",
        ),
        "Step": _obj(
            {
                "id": _TEXT,
                "name": _TEXT,
                "body": _TEXT_OR_NULL,
                "contact": _TEXT_OR_NULL,
                "open": {"type": "boolean"},
                "reason": _TEXT,
                "citation": _CITED,
            },
            "A step on the escalation path, open now or not, and why.",
        ),
        "Deadline": _obj(
            {
                "id": _TEXT,
                "start": _DATE,
                "due": _DATE,
                "term": _TEXT,
                "atw_extended": {"type": "boolean"},
                "status": {"enum": ["open", "met", "missed", None]},
                "explanation": _TEXT,
                "citation": _CITED,
            },
            "A term running for the complaint.",
        ),
    }


def _list(name: str) -> dict[str, Any]:
    return {"type": "array", "items": {"$ref": f"#/$defs/{name}"}}


def assessment_schema() -> dict[str, Any]:
    """Each JSON record ``klachtregels check`` writes: result, error record or header."""
    result = _obj(
        {
            "schema_version": _VERSION,
            "id": _CASE_ID,
            "regulation": _TEXT,
            "version": _TEXT,
            "as_of": {"oneOf": [_DATE, {"type": "null"}]},
            "standing": {"$ref": "#/$defs/Verdict"},
            "admissibility": {"$ref": "#/$defs/Verdict"},
            "forward_to": {"oneOf": [{"$ref": "#/$defs/Body"}, {"type": "null"}]},
            "route": _list("Step"),
            "next_steps": _list("Step"),
            "deadlines": _list("Deadline"),
            "findings": _list("Finding"),
        },
        "The evaluation of one complaint (Assessment.model_dump).",
    )
    error = _obj(
        {
            "schema_version": _VERSION,
            "id": _CASE_ID,
            "line": {"type": "integer", "minimum": 1},
            "error": _obj(
                {
                    "field": _TEXT_OR_NULL,
                    "column": {"type": ["integer", "null"], "minimum": 1},
                    "code": _TEXT,
                    "message": _TEXT,
                },
                "What was wrong, in one sentence.",
            ),
        },
        "In a bad line's place: its line number, case id (when readable) and error.",
    )
    header = _obj(
        {
            "schema_version": _VERSION,
            "citations": {"type": "object", "additionalProperties": {"$ref": "#/$defs/Citation"}},
        },
        "The compact form's first line: every citation of the regulation by id.",
    )
    defs = _defs()
    defs.update({"Assessment": result, "LineError": error, "CitationTable": header})
    return {
        "$schema": _DRAFT,
        "title": "klachtregels assessment",
        "description": "A record written by klachtregels check as JSON: a result, an error "
        "record, or (compact form) the table of citations.",
        "oneOf": [
            {"$ref": "#/$defs/Assessment"},
            {"$ref": "#/$defs/LineError"},
            {"$ref": "#/$defs/CitationTable"},
        ],
        "$defs": defs,
    }
