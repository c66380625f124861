"""The service takes the version in force on the day a complaint was received, as
``klachtregels check <id>`` does (issue 11, F); ``on`` fixes one version.

The versions are the test copies of Livio in tests/data/versions/livio: "3.1" in force
from 1 July 2020 until 31 December 2023, "4" from 1 January 2024.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from klachtregels.cli import main
from servicekit import Server, running

VERSIONS = Path(__file__).parent / "data" / "versions"
OWN = ["--regulations", str(VERSIONS), "--shadow"]


def _complaint(ident: str, received: str) -> dict[str, str]:
    return {"id": ident, "received_on": received, "channel": "email", "complainant_role": "client"}


ROWS = [_complaint("a", "2023-12-31"), _complaint("b", "2024-01-01"), _complaint("c", "2019-06-03")]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with running(tmp_path_factory.mktemp("serve-versions"), *OWN) as s:
        yield s


def test_one_complaint_gets_the_version_in_force_on_its_day(server: Server) -> None:
    with server.client() as client:
        versions = [
            client.post("/v1/regulations/livio/evaluate", json=row).json()["version"]
            for row in ROWS
        ]
        fixed = client.post(
            "/v1/regulations/livio/evaluate", params={"on": "2024-06-01"}, json=ROWS[0]
        ).json()["version"]
    assert versions == ["3.1", "4", "3.1"]
    assert fixed == "4"


def test_a_batch_is_what_check_writes_version_by_version(
    server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in ROWS), "utf-8")
    assert main(["check", "livio", str(path), "--format", "jsonl", *OWN]) == 0
    written = capsys.readouterr().out
    r = server.client().post(
        "/v1/regulations/livio/evaluate-batch",
        content=path.read_bytes(),
        headers={"content-type": "application/x-ndjson"},
    )
    assert r.status_code == 200
    assert r.text == written
    assert [json.loads(line)["version"] for line in r.text.splitlines()] == ["3.1", "4", "3.1"]
