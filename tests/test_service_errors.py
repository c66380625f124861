"""Bad input to the service, over real HTTP: each class of error, its status, its one
sentence (the command line's, in Dutch or English), no traceback, and a log without the
complaint's values."""

from __future__ import annotations

import json
import logging
import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn

from klachtregels.cli import main
from klachtregels.service.app import create_app
from servicekit import Server, free_port, running

GOOD = {"received_on": "2027-01-04", "channel": "email", "complainant_role": "client"}
EVALUATE = "/v1/regulations/livio/evaluate"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with running(tmp_path_factory.mktemp("serve")) as s:
        yield s


def error_of(r: httpx.Response, status: int) -> dict[str, Any]:
    """The error of an answer that must be ``status``, JSON, and hold no traceback."""
    assert r.status_code == status, r.text
    assert r.headers["content-type"] == "application/json"
    assert "Traceback" not in r.text
    assert 'File "' not in r.text
    body = r.json()
    assert list(body) == ["error"]
    error: dict[str, Any] = body["error"]
    assert {"code", "field", "message"} <= set(error)
    return error


# ------------------------------------------------------------------ 422: a bad complaint

BAD = [
    '{"received_on": "2027-01-04", "channel": "fax", "complainant_role": "client"}',
    '{"channel": "email", "complainant_role": "client"}',
    '{"received_on": "2027-01-04", "channel": "email", "complainant_role": "client", "colour": 1}',
    '{"received_on": "2027-01-04", "channel": "email", "complainant_role": "client", '
    '"judgment_on": "2027-01-03"}',
    '{"received_on": "2027-02-30", "channel": "email", "complainant_role": "client"}',
    '{\n  "received_on": "2027-01-04",\n  "channel": "email",\n  "complainant_role": "clint"\n}',
    "[1, 2]",
    '{"received_on": "2027-01-04", "channel": "email", "complainant_role": "client", '
    '"events": [{"kind": "judgment", "on": "2027-01-02"}]}',
]


@pytest.mark.parametrize("body", BAD)
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_bad_complaint_is_422_with_the_command_lines_sentence(
    server: Server, body: str, lang: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "c.json"
    path.write_text(body, encoding="utf-8")
    assert main(["check", "livio", str(path), "--format", "json", "--lang", lang]) == 2
    printed = capsys.readouterr().err.strip()
    where, line, column, sentence = re.fullmatch(r"(.*?):(\d+):(\d+): (.*)", printed).groups()  # type: ignore[union-attr]
    assert where == str(path)
    r = server.client().post(EVALUATE, params={"lang": lang}, content=body)
    error = error_of(r, 422)
    assert error["message"] == sentence
    assert (error["line"], error["column"]) == (int(line), int(column))


def test_the_field_path_and_the_sentence_by_hand(server: Server) -> None:
    body = (
        '{"received_on": "2027-01-04", "channel": "email", "complainant_role": "client", '
        '"events": [{"kind": "judgment", "on": "2027-01-02"}]}'
    )
    error = error_of(server.client().post(EVALUATE, content=body), 422)
    assert error == {
        "code": "complaint.before_receipt",
        "field": "events[0].on",
        "message": "events[0].on: 2027-01-02 ligt vóór de ontvangst van de klacht (2027-01-04); "
        "dat kan niet",
        "line": 1,
        # 80 characters up to and including '"client", ', then '"events": [{"kind":
        # "judgment", "on": ' (38): the value's opening quote is character 119.
        "column": 119,
    }


@pytest.mark.parametrize(
    ("headers", "params", "expected"),
    [
        ({}, {}, "channel: 'fax' is niet toegestaan"),
        ({"accept-language": "en"}, {}, "channel: 'fax' is not allowed"),
        ({"accept-language": "en-GB,en;q=0.9,nl;q=0.8"}, {}, "channel: 'fax' is not allowed"),
        ({"accept-language": "de-DE,nl;q=0.5,en;q=0.4"}, {}, "channel: 'fax' is niet toegestaan"),
        ({"accept-language": "fr"}, {}, "channel: 'fax' is niet toegestaan"),
        ({"accept-language": "nl;q=0.3, en"}, {}, "channel: 'fax' is not allowed"),
        ({"accept-language": "en;q=0, fr"}, {}, "channel: 'fax' is niet toegestaan"),
        ({"accept-language": "en"}, {"lang": "nl"}, "channel: 'fax' is niet toegestaan"),
        ({}, {"lang": "en"}, "channel: 'fax' is not allowed"),
    ],
)
def test_the_language_is_lang_else_accept_language_else_dutch(
    server: Server, headers: dict[str, str], params: dict[str, str], expected: str
) -> None:
    body = dict(GOOD, channel="fax")
    error = error_of(server.client().post(EVALUATE, json=body, headers=headers, params=params), 422)
    assert error["message"].startswith(expected + ";")


def test_json_that_does_not_parse_names_line_and_column(server: Server) -> None:
    error = error_of(server.client().post(EVALUATE, content=b'{"received_on": 2027-01-04}'), 422)
    assert error == {
        "code": "error.json_syntax",
        "field": None,
        "message": "geen geldige JSON (Expecting ',' delimiter); één klacht per regel, bijv. "
        '{"received_on": "2027-01-05", "channel": "email", "complainant_role": "client"}',
        "line": 1,
        "column": 21,
    }
    assert error_of(server.client().post(EVALUATE, content=b""), 422)["code"] == "error.json_syntax"


#: A complaint over two lines whose channel holds é in Latin-1 (byte 0xE9).
_LATIN1_FIRST = b'{"received_on": "2027-01-04",\n "channel": "e'
LATIN1 = _LATIN1_FIRST + b'\xe9mail", "complainant_role": "client"}'


def test_a_body_that_is_not_utf8_says_so_with_the_place_of_its_first_bad_byte(
    server: Server,
) -> None:
    """Before, a JSON parser's "invalid unicode code point" (for one complaint) or
    "(UnicodeDecodeError)" (for a batch as an array)."""
    offset = len(_LATIN1_FIRST)  # 0xE9 follows the prefix: on line 2, after ' "channel": "e'
    expected = {
        "code": "service.body_not_utf8",
        "field": None,
        "message": f"de aanvraag is geen UTF-8 (byte {offset}); stuur haar als UTF-8",
        "line": 2,
        "column": len(' "channel": "e') + 1,
    }
    assert error_of(server.client().post(EVALUATE, content=LATIN1), 422) == expected
    batch = "/v1/regulations/livio/evaluate-batch"
    as_array = error_of(server.client().post(batch, content=b"[" + LATIN1 + b"]"), 422)
    # In the array one byte, "[", comes before the complaint; the line and column stay.
    assert (
        as_array["message"]
        == f"de aanvraag is geen UTF-8 (byte {offset + 1}); stuur haar als UTF-8"
    )
    assert (as_array["code"], as_array["line"], as_array["column"]) == (
        "service.body_not_utf8",
        2,
        expected["column"],
    )
    english = server.client().post(EVALUATE, content=LATIN1, params={"lang": "en"})
    assert error_of(english, 422)["message"] == (
        f"the request is not UTF-8 (byte {offset}); send it as UTF-8"
    )


def test_a_line_of_a_batch_that_is_not_utf8_costs_only_itself(server: Server) -> None:
    good = json.dumps(GOOD).encode()
    line = LATIN1.replace(b"\n", b"")
    r = server.client().post(
        "/v1/regulations/livio/evaluate-batch",
        content=good + b"\n" + line + b"\n" + good + b"\n",
        headers={"content-type": "application/x-ndjson"},
    )
    assert r.status_code == 200
    assert r.headers["x-klachtregels-failed"] == "1"
    records = [json.loads(x) for x in r.text.splitlines()]
    assert [("error" in x) for x in records] == [False, True, False]
    assert records[1]["error"]["code"] == "error.line_not_utf8"
    assert records[1]["error"]["column"] == line.index(b"\xe9") + 1


# ------------------------------------------------------------------ 422: bad parameters


@pytest.mark.parametrize(
    ("url", "params", "field", "message"),
    [
        (EVALUATE, {"as_of": "2027-02-30"}, "as_of",
         "as_of: '2027-02-30' is geen datum; schrijf JJJJ-MM-DD, bijv. 2026-12-24"),
        (EVALUATE, {"lang": "de"}, "lang",
         "lang: 'de' is niet toegestaan; verwacht een van 'nl', 'en'"),
        ("/v1/deadline", {"start": "2026-12-24"}, "term",
         "term: verplicht veld ontbreekt; schrijf bijv. term=5%20werkdagen"),
        ("/v1/deadline", {"start": "2026-12-24", "term": "vijf dagen ongeveer"}, "term",
         "term: 'vijf dagen ongeveer' is geen termijn; schrijf bijv. '6 weken' of '5 werkdagen'"),
        ("/v1/deadline", {"start": "1900-01-02", "term": "5 werkdagen"}, "start",
         "start: 1900-01-02 valt buiten de ondersteunde periode 1965-04-01 tot en met 2100-12-31"),
        ("/v1/deadline", {"start": "2026-12-24", "term": "1 dag", "atw": "misschien"}, "atw",
         "atw: verwacht true of false, niet 'misschien'"),
        ("/v1/calendar/twintig", {}, "year",
         "year: verwacht een geheel getal, niet 'twintig'; schrijf bijv. 16"),
        ("/v1/calendar/1900", {}, "year",
         "year: 1900-01-01 valt buiten de ondersteunde periode 1965-04-01 tot en met 2100-12-31"),
    ],
)  # fmt: skip
def test_a_bad_parameter_is_422_naming_it(
    server: Server, url: str, params: dict[str, str], field: str, message: str
) -> None:
    http = server.client()
    r = (
        http.post(url, params=params, json=GOOD)
        if url == EVALUATE
        else http.get(url, params=params)
    )
    error = error_of(r, 422)
    assert (error["field"], error["message"]) == (field, message)


# ------------------------------------------------------------------ 404, 405


@pytest.mark.parametrize("ident", ["nope", "livio.yaml", "LIVIO", "-x"])
def test_an_unknown_regulation_is_404_with_the_known_ids(server: Server, ident: str) -> None:
    error = error_of(server.client().post(f"/v1/regulations/{ident}/evaluate", json=GOOD), 404)
    known = ["bij-elkaar", "burgercoaching", "cmv-coaching", "livio", "polypartners"]
    assert error["known"] == known
    assert error["message"] == f"geen regeling met id {ident!r}; bekend: {', '.join(known)}"


def test_an_unknown_page_is_404_and_a_wrong_method_405(server: Server) -> None:
    http = server.client()
    error = error_of(http.get("/v2/regulations", params={"lang": "en"}), 404)
    assert error["message"] == "no page /v2/regulations; the endpoints are listed on /docs"
    error = error_of(http.get(EVALUATE), 405)
    assert error["message"] == "GET is niet mogelijk op /v1/regulations/livio/evaluate; wel: POST"


# ------------------------------------------------------------------ 413


LIMIT = 1024 * 1024


def test_a_body_over_1_mib_is_413_and_one_of_1_mib_is_read(server: Server) -> None:
    http = server.client()
    exactly = b" " * (LIMIT - len(json.dumps(GOOD))) + json.dumps(GOOD).encode()
    assert len(exactly) == LIMIT
    assert http.post(EVALUATE, content=exactly).status_code == 200
    error = error_of(http.post(EVALUATE, content=exactly + b" ", params={"lang": "en"}), 413)
    assert error["message"] == (
        "the request is larger than 1048576 bytes (1 MiB); send less, or split a batch over "
        "more requests"
    )


def test_a_declared_length_over_1_mib_is_refused_before_the_body_comes(server: Server) -> None:
    """Content-Length of 1 MiB + 1 and no body sent: the answer comes at once (a server
    that read first would wait for the body until the client gave up)."""
    host, port = server.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as s:
        s.sendall(
            f"POST {EVALUATE} HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {LIMIT + 1}\r\n\r\n".encode()
        )
        received = b""
        while chunk := s.recv(65536):  # the server closes the connection after a 413
            received += chunk
        answer = received.decode()
    assert answer.startswith("HTTP/1.1 413 ")
    assert '"code": "service.body_too_large"' in answer


def test_a_streamed_body_is_cut_off_at_1_mib(server: Server) -> None:
    """No Content-Length (chunked): the limit holds while the body is read."""
    sent = 0

    def chunks() -> Iterator[bytes]:
        nonlocal sent
        for _ in range(64):  # 4 MiB offered
            sent += 65536
            yield b" " * 65536

    r = server.client().post("/v1/regulations/livio/evaluate-batch", content=chunks())
    assert error_of(r, 413)["code"] == "service.body_too_large"
    assert r.headers.get("connection") == "close"


def test_the_page_takes_no_more_than_1_mib_either(server: Server) -> None:
    r = server.client().post("/", content=b"lang=nl&id=" + b"x" * LIMIT)
    assert error_of(r, 413)["code"] == "service.body_too_large"


# ------------------------------------------------------------------ the log


SECRET_ID, SECRET_FACT = "zaak-GEHEIM-4711", "GEHEIM-kanaal"


def test_the_log_has_method_path_status_and_duration_and_no_complaint_value(
    server: Server,
) -> None:
    http = server.client()
    ok = dict(GOOD, id=SECRET_ID, extra={"note": "GEHEIM-notitie"})
    assert http.post(EVALUATE, json=ok, params={"as_of": "2027-01-05"}).status_code == 200
    assert http.post(EVALUATE, json=dict(GOOD, channel=SECRET_FACT)).status_code == 422
    body = json.dumps([dict(GOOD, id=SECRET_ID)])
    assert http.post("/v1/regulations/livio/evaluate-batch", content=body).status_code == 200
    assert http.post("/", content=f"lang=nl&regulation=livio&id={SECRET_ID}").status_code == 200
    deadline = time.monotonic() + 10  # each line is written once its answer is sent
    while not re.search(r" POST / 200 ", server.log()) and time.monotonic() < deadline:
        time.sleep(0.02)
    log = server.log()
    assert re.search(r" POST /v1/regulations/livio/evaluate 200 \d+\.\dms$", log, re.M), log
    assert re.search(r" POST /v1/regulations/livio/evaluate 422 \d+\.\dms$", log, re.M), log
    assert re.search(r" POST /v1/regulations/livio/evaluate-batch 200 \d+\.\dms$", log, re.M)
    assert re.search(r" POST / 200 \d+\.\dms$", log, re.M), log
    for value in (SECRET_ID, SECRET_FACT, "GEHEIM", "as_of", "2027-01-05", "2027-01-04"):
        assert value not in log


# ------------------------------------------------------------------ the last catch


@pytest.fixture
def failing(caplog: pytest.LogCaptureFixture) -> Iterator[str]:
    """The service in this process, on a free loopback port, with one route that fails."""
    app = create_app()

    @app.post("/v1/fail")
    async def fail() -> None:
        raise RuntimeError(f"kapot bij {SECRET_ID}")

    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_config=None, access_log=False)
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    with caplog.at_level(logging.INFO, logger="klachtregels.service"):
        thread.start()
        deadline = time.monotonic() + 30
        while not srv.started and time.monotonic() < deadline:
            time.sleep(0.05)
        try:
            yield f"http://127.0.0.1:{port}"
        finally:
            srv.should_exit = True
            thread.join(timeout=30)


def test_an_unexpected_error_is_500_naming_only_its_kind(
    failing: str, caplog: pytest.LogCaptureFixture
) -> None:
    r = httpx.post(f"{failing}/v1/fail", params={"lang": "en"}, json=dict(GOOD, id=SECRET_ID))
    error = error_of(r, 500)
    assert error == {
        "code": "service.internal",
        "field": None,
        "message": "internal error (RuntimeError); the server's log says where, without the "
        "request's data",
    }
    assert SECRET_ID not in r.text

    def logged_now() -> str:
        return "\n".join(record.getMessage() for record in caplog.records)

    deadline = time.monotonic() + 10  # the access line is written once the answer is sent
    while "POST /v1/fail 500" not in logged_now() and time.monotonic() < deadline:
        time.sleep(0.02)
    logged = logged_now()
    raised = r"test_service_errors\.py:\d+ in fail"
    assert re.search(rf"POST /v1/fail: unexpected RuntimeError at {raised}$", logged, re.M)
    assert "POST /v1/fail 500" in logged
    assert SECRET_ID not in logged
    assert all(record.exc_info is None for record in caplog.records)


def test_a_folder_of_its_own_that_goes_away_is_the_servers_500(tmp_path: Path) -> None:
    """The service's own folder is checked at the start; one removed while it runs is the
    server's problem, not the request's: 500 with what is wrong (before: 422, as if the
    client could mend it)."""
    folder = tmp_path / "eigen"
    folder.mkdir()
    with running(tmp_path, "--regulations", str(folder)) as s, s.client() as c:
        assert c.get("/v1/regulations/livio").status_code == 200
        folder.rmdir()
        deadline = time.monotonic() + 10  # regulation lookups are cached for a second
        while (r := c.get("/v1/regulations/livio")).status_code == 200:
            assert time.monotonic() < deadline
            time.sleep(0.2)
        error = error_of(r, 500)
        assert error["code"] == "error.not_a_folder"
        assert error["message"].startswith(f"{str(folder)!r} (in path) is geen map")
