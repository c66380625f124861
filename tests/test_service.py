"""The HTTP service, started for real (``klachtregels serve`` on a free loopback port) and
driven over HTTP: equal to the library and to the command line, for all five regulations."""

from __future__ import annotations

import json
import random
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

import klachtregels as kr
from klachtregels.cli import main
from klachtregels.model.regulation import SECTIONS
from klachtregels.model.vocabulary import CHANNELS, ROLES
from servicekit import Server, running

IDS = ["bij-elkaar", "burgercoaching", "cmv-coaching", "livio", "polypartners"]
CHRISTMAS_EVE = {"received_on": "2026-12-24", "channel": "email", "complainant_role": "client"}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with running(tmp_path_factory.mktemp("serve")) as s:
        yield s


def complaints(seed: int, n: int) -> list[dict[str, Any]]:
    """``n`` varied complaints: every channel and role, dates across years, facts on and off."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        received = date(2023, 1, 2) + timedelta(days=rng.randrange(0, 1500))
        c: dict[str, Any] = {
            "id": f"zaak-{seed}-{i}",
            "received_on": received.isoformat(),
            "channel": CHANNELS[i % len(CHANNELS)],
            "complainant_role": ROLES[(i * 7 + seed) % len(ROLES)],
        }
        if rng.random() < 0.5:
            c["event_on"] = (received - timedelta(days=rng.randrange(0, 900))).isoformat()
        if rng.random() < 0.3:
            c["judgment_on"] = (received + timedelta(days=rng.randrange(1, 80))).isoformat()
            c["satisfied"] = rng.random() < 0.5
        for flag in ("anonymous", "involuntary_care", "same_complaint_decided", "with_parent"):
            if rng.random() < 0.1:
                c[flag] = True
        if rng.random() < 0.2:
            c["client_birth_date"] = (
                received - timedelta(days=rng.randrange(4000, 30000))
            ).isoformat()
        out.append(c)
    return out


def library(ident: str, c: dict[str, Any], as_of: date | None, lang: str = "nl") -> str:
    """What the endpoint must answer: json.dumps of the library's model_dump."""
    a = kr.evaluate(kr.load(ident), kr.Complaint.model_validate(c), as_of, lang=lang)  # type: ignore[arg-type]
    return json.dumps(a.model_dump(mode="json"), ensure_ascii=False)


# ------------------------------------------------------------------ equal to the library


@pytest.mark.parametrize("ident", IDS)
def test_evaluate_answers_exactly_the_librarys_json(server: Server, ident: str) -> None:
    as_of = date(2026, 6, 1)
    with server.client() as http:
        for n, c in enumerate(complaints(IDS.index(ident), 40)):
            lang = "en" if n % 2 else "nl"
            r = http.post(
                f"/v1/regulations/{ident}/evaluate",
                params={"as_of": as_of.isoformat(), "lang": lang},
                content=json.dumps(c),
            )
            assert r.status_code == 200, r.text
            assert r.headers["content-type"] == "application/json"
            assert r.headers["content-language"] == lang
            assert r.text == library(ident, c, as_of, lang)


@pytest.mark.parametrize("ident", IDS)
def test_evaluate_equals_check_format_json(
    server: Server, ident: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same content as ``klachtregels check --format json``, keys in the same order."""
    c = {**CHRISTMAS_EVE, "id": "2026-0141", "event_on": "2026-11-16"}
    path = tmp_path / "complaint.json"
    path.write_text(json.dumps(c), encoding="utf-8")
    assert main(["check", ident, str(path), "--format", "json", "--as-of", "2027-01-05"]) == 0
    printed = json.loads(capsys.readouterr().out)
    r = server.client().post(
        f"/v1/regulations/{ident}/evaluate", params={"as_of": "2027-01-05"}, json=c
    )
    answered = r.json()
    assert answered == printed
    assert list(answered) == list(printed)
    assert next(iter(answered)) == "schema_version"


def test_christmas_eve_at_livio_by_hand(server: Server) -> None:
    """Received Thursday 24 December 2026 by e-mail: five working days (Livio art. 8 lid 1)
    skip 25 and 26 December (holidays), the weekends and 1 January, and end Monday 4 January
    2027; six weeks end Thursday 4 February 2027. On 5 January the first is missed."""
    r = server.client().post(
        "/v1/regulations/livio/evaluate", params={"as_of": "2027-01-05"}, json=CHRISTMAS_EVE
    )
    due = {d["id"]: (d["due"], d["status"]) for d in r.json()["deadlines"]}
    assert due["first_contact"] == ("2027-01-04", "missed")
    assert due["judgment"] == ("2027-02-04", "open")
    assert r.json()["standing"]["ok"] is True


def test_the_regulations_are_listed_with_their_versions(server: Server) -> None:
    answered = server.client().get("/v1/regulations").json()["regulations"]
    assert [r["id"] for r in answered] == IDS
    livio = answered[IDS.index("livio")]
    assert livio == {
        "id": "livio",
        "name": "Livio",
        "law": "wkkgz",
        "versions": [{"version": "3", "valid_from": "2020-01-01", "valid_until": None}],
    }
    for r in answered:
        found = kr.regulations()[r["id"]]
        assert [v["valid_from"] for v in r["versions"]] == [v.valid_from.isoformat() for v in found]


@pytest.mark.parametrize("ident", IDS)
def test_the_effective_rules_are_the_loaded_regulation(server: Server, ident: str) -> None:
    data = server.client().get(f"/v1/regulations/{ident}").json()
    origins = data.pop("origins")
    reg = kr.load(ident)
    assert data == reg.model_dump(mode="json", by_alias=True)
    assert origins["terms"] == {t: reg.origin("terms", t) for t in reg.terms}
    assert set(origins) == set(SECTIONS)


def test_a_date_before_every_version_is_404_with_the_versions(server: Server) -> None:
    r = server.client().get("/v1/regulations/livio", params={"on": "2019-12-31"})
    assert r.status_code == 404
    assert r.json()["error"] == {
        "code": "error.no_version_in_force",
        "field": None,
        "message": "geen versie van 'livio' van kracht op 2019-12-31; versies: 2020-01-01 - ...",
        "versions": [{"valid_from": "2020-01-01"}],
    }


# ------------------------------------------------------------------ batches


BATCH: list[dict[str, Any]] = [
    {**CHRISTMAS_EVE, "id": "a"},
    {"received_on": "2027-01-04", "channel": "fax", "complainant_role": "client", "id": "b"},
    {**CHRISTMAS_EVE, "id": "c", "judgment_on": "2027-01-20", "satisfied": False},
]


def test_a_json_lines_batch_is_what_check_writes(
    server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Byte for byte the output of ``check --format jsonl``, the bad line's error record
    in its place (line 3: a blank line counts), the others evaluated."""
    lines = [json.dumps(BATCH[0]), "", json.dumps(BATCH[1]), json.dumps(BATCH[2])]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    args = ["check", "livio", str(path), "--format", "jsonl", "--as-of", "2027-02-15"]
    assert main(args) == 1
    written = capsys.readouterr().out
    r = server.client().post(
        "/v1/regulations/livio/evaluate-batch",
        params={"as_of": "2027-02-15"},
        content=path.read_bytes(),
        headers={"content-type": "application/x-ndjson"},
    )
    assert r.status_code == 200
    assert r.headers["content-type"] == "application/x-ndjson"
    assert r.headers["x-klachtregels-failed"] == "1"
    assert r.text == written
    error = json.loads(r.text.splitlines()[1])
    assert error["line"] == 3
    assert error["id"] == "b"
    assert error["error"]["field"] == "channel"


def test_a_json_array_batch_answers_an_array_in_order(server: Server) -> None:
    r = server.client().post(
        "/v1/regulations/livio/evaluate-batch", params={"as_of": "2027-02-15"}, json=BATCH
    )
    assert r.status_code == 200
    assert r.headers["x-klachtregels-failed"] == "1"
    records = r.json()
    assert [x["id"] for x in records] == ["a", "b", "c"]
    for n in (0, 2):
        assert json.dumps(records[n], ensure_ascii=False) == library(
            "livio", BATCH[n], date(2027, 2, 15)
        )
    assert records[1] == {
        "schema_version": 1,
        "id": "b",
        "line": 2,
        "error": {
            "field": "channel",
            "column": None,
            "code": "error.not_one_of",
            "message": "channel: 'fax' is niet toegestaan; verwacht een van 'letter', 'email', "
            "'web_form', 'phone', 'in_person'",
        },
    }


def test_a_batch_of_10000_is_taken_and_10001_is_413(server: Server) -> None:
    http = server.client()
    r = http.post("/v1/regulations/livio/evaluate-batch", content=b"{}\n" * 10_000)
    assert r.status_code == 200
    assert r.headers["x-klachtregels-failed"] == "10000"
    assert len(r.text.splitlines()) == 10_000
    r = http.post("/v1/regulations/livio/evaluate-batch", content=b"{}\n" * 10_001)
    assert r.status_code == 413
    assert r.json()["error"]["message"] == (
        "10001 klachten in één batch; hoogstens 10000, verdeel ze over meer aanvragen"
    )


def test_a_batch_that_is_no_json_array_is_422_with_its_place(server: Server) -> None:
    r = server.client().post(
        "/v1/regulations/livio/evaluate-batch",
        content=b'[{"received_on": }]',
        params={"lang": "en"},
    )
    assert r.status_code == 422
    error = r.json()["error"]
    assert (error["code"], error["line"], error["column"]) == ("service.batch_syntax", 1, 18)
    assert error["message"].startswith("not valid JSON (Expecting value); send a JSON array")


# ------------------------------------------------------------------ dates


@pytest.mark.parametrize(
    ("args", "params"),
    [
        (["2026-12-24", "5 werkdagen"], {"start": "2026-12-24", "term": "5 werkdagen"}),
        (
            ["2026-12-24", "3 dagen", "--atw", "--lang", "en"],
            {"start": "2026-12-24", "term": "3 dagen", "atw": "true", "lang": "en"},
        ),
        (
            ["2027-05-05", "2 werkdagen", "--decree-days", "closed"],
            {"start": "2027-05-05", "term": "2 werkdagen", "decree_days": "closed"},
        ),
        (
            ["2027-03-31", "1 maand", "--backward"],
            {"start": "2027-03-31", "term": "1 maand", "backward": "true"},
        ),
    ],
)
def test_deadline_equals_the_deadline_command(
    server: Server, args: list[str], params: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["deadline", *args, "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert server.client().get("/v1/deadline", params=params).json() == printed


def test_deadline_by_hand(server: Server) -> None:
    """Thursday 24 December 2026 + 3 days ends Sunday 27 December: Atw art. 1 moves it to
    Monday 28, and art. 2 (two days that are no Saturday, Sunday or holiday; 25 and 26
    December are holidays) to Tuesday 29 December."""
    http = server.client()
    r = http.get("/v1/deadline", params={"start": "2026-12-24", "term": "3 dagen", "atw": "true"})
    assert (r.json()["plain"], r.json()["due"]) == ("2026-12-27", "2026-12-29")
    r = http.get("/v1/deadline", params={"start": "2026-12-24", "term": "5 werkdagen"})
    assert r.json()["due"] == "2027-01-04"


def test_the_calendar_of_2027_by_hand(server: Server) -> None:
    """Easter 2027 is 28 March: Goede Vrijdag 26 March, Tweede Paasdag 29 March, Hemelvaart
    (Easter + 39) 6 May, Tweede Pinksterdag (Easter + 50) 17 May; Koningsdag 27 April is a
    Tuesday; 5 May every year (Atw art. 3 lid 1); 7 May 2027 is a decree day."""
    data = server.client().get("/v1/calendar/2027").json()
    assert [h["date"] for h in data["holidays"]] == [
        "2027-01-01",
        "2027-03-26",
        "2027-03-29",
        "2027-04-27",
        "2027-05-05",
        "2027-05-06",
        "2027-05-17",
        "2027-12-25",
        "2027-12-26",
    ]
    assert data["holidays"][3]["name"] == "Koningsdag"
    assert [d["date"] for d in data["decree_days"]] == ["2027-05-07"]
    assert data["decree_days_known"] is True
    assert {h["date"]: h["name"] for h in data["holidays"]} == {
        d.isoformat(): n for d, n in kr.holidays(2027).items()
    }


# ------------------------------------------------------------------ under load


def test_2000_requests_from_8_concurrent_clients_all_answer_right(server: Server) -> None:
    """8 clients at once, each on its own connection, 250 requests each over the five
    regulations: every answer 200 and equal to the library's."""
    as_of = date(2026, 6, 1)
    work = [(IDS[n % 5], c) for n, c in enumerate(complaints(99, 100))]
    expected = {(ident, c["id"]): library(ident, c, as_of) for ident, c in work}
    bodies = [(ident, c["id"], json.dumps(c)) for ident, c in work]
    wrong: list[str] = []
    started = time.monotonic()

    def client(k: int) -> int:
        done = 0
        with server.client() as http:
            for n in range(250):
                ident, case, body = bodies[(k * 250 + n) % len(bodies)]
                r = http.post(
                    f"/v1/regulations/{ident}/evaluate",
                    params={"as_of": as_of.isoformat()},
                    content=body,
                )
                if r.status_code != 200 or r.text != expected[(ident, case)]:
                    wrong.append(f"{ident} {case}: {r.status_code} {r.text[:200]}")
                done += 1
                if time.monotonic() - started > 240:  # bounded in time as in count
                    break
        return done

    with ThreadPoolExecutor(8) as pool:
        counts = list(pool.map(client, range(8)))
    assert wrong == []
    assert sum(counts) == 2000
