"""The published JSON Schemas: committed copies equal ``klachtregels schema``, and what
``check`` writes as JSON (results, error records, the compact form) validates."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from klachtregels.cli import main

ROOT = Path(__file__).resolve().parents[1]
COMMITTED = {
    "regulation": ROOT / "regelingen" / "schema.json",
    "complaint": ROOT / "schemas" / "complaint.json",
    "assessment": ROOT / "schemas" / "assessment.json",
}
ROWS: list[dict[str, object]] = [
    {"id": "a", "received_on": "2027-01-04", "channel": "email", "complainant_role": "client"},
    {"id": "b", "received_on": "2027-01-04", "channel": "fax", "complainant_role": "client"},
    {
        "received_on": "2027-01-04",
        "channel": "letter",
        "complainant_role": "client",
        "involuntary_care": True,
        "judgment_on": "2027-02-01",
        "satisfied": False,
    },
    {"id": "c", "received_on": "2150-01-04", "channel": "email", "complainant_role": "client"},
    {"received_on": "2027-01-04", "channel": "phone", "complainant_role": "other"},
]


def _validator(kind: str) -> Any:
    schema = json.loads(COMMITTED[kind].read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.mark.parametrize("kind", sorted(COMMITTED))
def test_committed_schema_is_the_command_output(
    kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["schema", kind]) == 0
    assert capsys.readouterr().out == COMMITTED[kind].read_text("utf-8")


def _lines(tmp_path: Path) -> Path:
    f = tmp_path / "many.jsonl"
    f.write_text("\n".join(json.dumps(r) for r in ROWS) + "\n{oops\n", "utf-8")
    return f


@pytest.mark.parametrize("ident", ["livio", "bij-elkaar", "polypartners"])
@pytest.mark.parametrize("extra", [[], ["--compact"], ["--lang", "en", "--as-of", "2027-03-01"]])
def test_json_lines_output_validates(ident: str, extra: list[str], tmp_path: Path) -> None:
    validator = _validator("assessment")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "klachtregels",
            "check",
            ident,
            str(_lines(tmp_path)),
            "--format",
            "jsonl",
            *extra,
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 1  # the fax and "{oops" failed; 2150 is assessed
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(records) == len(ROWS) + 1 + (1 if extra == ["--compact"] else 0)
    errors = [r for r in records if "error" in r]
    assert [e["line"] for e in errors] == [2, 6]
    for r in records:
        validator.validate(r)


def test_json_output_and_error_records_validate(tmp_path: Path) -> None:
    validator = _validator("assessment")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "klachtregels",
            "check",
            "livio",
            str(ROOT / "examples" / "livio-kerstavond.yaml"),
            "--format",
            "json",
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    validator.validate(json.loads(done.stdout))
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "klachtregels",
            "check",
            "livio",
            str(_lines(tmp_path)),
            "--format",
            "json",
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    docs = json.loads(done.stdout)  # a batch in --format json is one array
    assert len(docs) == len(ROWS) + 1
    for d in docs:
        validator.validate(d)


def test_the_schema_is_strict() -> None:
    # An oracle that can fail: a field the schema does not know is refused.
    validator = _validator("assessment")
    record = {
        "schema_version": 1,
        "id": None,
        "line": 3,
        "error": {"field": None, "column": None, "code": "x", "message": "y"},
    }
    validator.validate(record)
    with pytest.raises(jsonschema.ValidationError):
        validator.validate({**record, "extra": 1})
    with pytest.raises(jsonschema.ValidationError):
        validator.validate({**record, "schema_version": 2})


def test_the_complaint_schema_takes_the_examples_and_refuses_unknown_keys() -> None:
    validator = _validator("complaint")
    examples = sorted((ROOT / "examples").glob("*"))
    for path in examples:
        text = path.read_text("utf-8")
        if path.suffix == ".jsonl":
            for line in text.splitlines():
                validator.validate(json.loads(line))
        else:
            data = yaml.safe_load(text)
            validator.validate(json.loads(json.dumps(data, default=str)))
    assert {p.suffix for p in examples} == {".yaml", ".json", ".jsonl"}
    validator.validate(ROWS[0])
    with pytest.raises(jsonschema.ValidationError):
        validator.validate({**ROWS[0], "kanaal": "email"})
