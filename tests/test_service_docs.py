"""docs/service.md: every curl example runs against the service and prints what the page
shows; and the OpenAPI document holds together (every reference resolves)."""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from servicekit import Server, running

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "service.md"
BLOCK = re.compile(r"```(\w+)\n(.*?)```", re.S)


def examples() -> list[tuple[str, str, str]]:
    """(command, kind of the output block, output) for each ``sh`` block with curl."""
    blocks = BLOCK.findall(DOC.read_text("utf-8"))
    out = []
    for (kind, text), following in zip(blocks, [*blocks[1:], ("", "")], strict=True):
        if kind == "sh" and text.lstrip().startswith("curl"):
            assert following[0] in ("text", "json"), f"no output shown after: {text}"
            out.append((text.strip(), following[0], following[1]))
    return out


EXAMPLES = examples()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with running(tmp_path_factory.mktemp("serve")) as s:
        yield s


def test_every_endpoint_has_an_example() -> None:
    commands = " ".join(c for c, _, _ in EXAMPLES)
    for path in (
        "/v1/regulations ",
        "/v1/regulations/livio?",
        "/v1/regulations/livio/evaluate?",
        "/v1/regulations/livio/evaluate-batch?",
        "/v1/deadline?",
        "/v1/calendar/2027",
        "/openapi.json",
    ):
        assert f"http://127.0.0.1:8000{path}" in commands + " ", path


@pytest.mark.parametrize(("command", "kind", "shown"), EXAMPLES, ids=range(len(EXAMPLES)))
def test_the_example_prints_what_the_page_shows(
    server: Server, command: str, kind: str, shown: str
) -> None:
    done = subprocess.run(
        ["bash", "-c", "set -o pipefail; " + command.replace("http://127.0.0.1:8000", server.url)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    printed = done.stdout
    if kind == "json":
        assert json.loads(printed) == json.loads(shown)
        return
    lines = shown.rstrip("\n").split("\n")
    if lines[-1] == "...":
        assert printed.startswith("\n".join(lines[:-1]))
    else:
        assert printed.rstrip("\n") == shown.rstrip("\n")


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "$ref" and isinstance(v, str):
                yield v
            else:
                yield from _refs(v)
    elif isinstance(node, list):
        for v in node:
            yield from _refs(v)


def test_every_reference_in_the_openapi_document_resolves(server: Server) -> None:
    doc = server.client().get("/openapi.json").json()
    assert doc["openapi"].startswith("3.1")
    refs = set(_refs(doc))
    assert "#/components/schemas/Complaint" in refs
    assert "#/components/schemas/Assessment" in refs
    schemas = doc["components"]["schemas"]
    missing = [r for r in refs if r.removeprefix("#/components/schemas/") not in schemas]
    assert missing == []
    assert all(r.startswith("#/components/schemas/") for r in refs)
    evaluate = doc["paths"]["/v1/regulations/{regulation_id}/evaluate"]["post"]
    assert set(evaluate["responses"]) == {"200", "404", "413", "422", "500"}
