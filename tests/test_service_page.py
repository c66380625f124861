"""The page at ``/`` over real HTTP: a labelled form for every field of a complaint, the
result equal to the library's, Dutch by default and English, nothing loaded from elsewhere.
(The browser test, ``test_service_browser.py``, fills the form in a real Chromium.)"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urlencode

import pytest

import klachtregels as kr
from klachtregels.service.page import GROUPS, NOT_ON_FORM, complaint_data
from servicekit import Server, running

IDS = ["bij-elkaar", "burgercoaching", "cmv-coaching", "livio", "polypartners"]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with running(tmp_path_factory.mktemp("serve")) as s:
        yield s


class Elements(HTMLParser):
    """Every start tag with its attributes, and the text of each label by its ``for``."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.labels: dict[str, str] = {}
        self._label: str | None = None
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {k: v or "" for k, v in attrs}
        self.tags.append((tag, found))
        if tag == "label":
            self._label = found.get("for", "")
            self.labels[self._label] = ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "label":
            self._label = None

    def handle_data(self, data: str) -> None:
        if self._label is not None:
            self.labels[self._label] += data

    def all(self, tag: str) -> list[dict[str, str]]:
        return [a for t, a in self.tags if t == tag]


def test_the_form_asks_every_field_of_a_complaint_but_events_and_extra() -> None:
    on_form = [n for names in GROUPS.values() for n in names]
    assert len(on_form) == len(set(on_form))
    assert set(on_form) | NOT_ON_FORM == set(kr.Complaint.model_fields)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_control_has_a_label(server: Server, lang: str) -> None:
    page = Elements(server.client().get("/", params={"lang": lang}).text)
    controls = [a for t, a in page.tags if t in ("input", "select") and a.get("type") != "hidden"]
    assert len(controls) == sum(len(n) for n in GROUPS.values()) + 2  # regulation, as_of
    for c in controls:
        assert c["id"] == f"f-{c['name']}"
        assert page.labels.get(c["id"], "").strip(), c


def test_dutch_by_default_english_by_lang_or_accept_language(server: Server) -> None:
    http = server.client()
    nl = http.get("/")
    assert '<html lang="nl">' in nl.text
    assert "<title>Klachtregels: een klacht beoordelen</title>" in nl.text
    assert '<label for="f-received_on">Ontvangen op' in nl.text
    for r in (
        http.get("/", params={"lang": "en"}),
        http.get("/", headers={"accept-language": "en"}),
    ):
        assert '<html lang="en">' in r.text
        assert "<title>Klachtregels: assess a complaint</title>" in r.text
        assert '<label for="f-received_on">Received on' in r.text


def test_the_page_loads_nothing_and_runs_no_script(server: Server) -> None:
    r = server.client().get("/")
    page = Elements(r.text)
    assert page.all("script") == []
    assert [a for t, a in page.tags if "src" in a] == []
    assert [a["href"] for a in page.all("link")] == []
    assert not re.search(r"(href|src|action)=\"(https?:)?//", r.text)
    csp = r.headers["content-security-policy"]
    assert "default-src 'none'" in csp
    assert "script-src" not in csp


def _post(server: Server, values: dict[str, str]) -> str:
    r = server.client().post(
        "/",
        content=urlencode(values),
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    assert r.status_code == 200
    return r.text


def _deadlines(html: str) -> dict[str, tuple[str, str]]:
    rows = re.findall(
        r'<tr data-deadline="([a-z_]+)" data-status="([a-z]*)">.*?'
        r'<td class="due"><time datetime="([0-9-]+)">',
        html,
    )
    return {ident: (due, status) for ident, status, due in rows}


def test_christmas_eve_at_livio_on_the_page_by_hand(server: Server) -> None:
    """Received Thursday 24 December 2026: first contact within five working days ends
    Monday 4 January 2027 (missed by the 5th), the judgment within six weeks Thursday
    4 February 2027."""
    html = _post(
        server,
        {
            "lang": "nl",
            "regulation": "livio",
            "as_of": "2027-01-05",
            "received_on": "2026-12-24",
            "channel": "email",
            "complainant_role": "client",
        },
    )
    assert 'id="standing" data-ok="true"' in html
    assert 'id="admissibility" data-ok="true"' in html
    due = _deadlines(html)
    assert due["first_contact"] == ("2027-01-04", "missed")
    assert due["judgment"] == ("2027-02-04", "open")
    assert '<time datetime="2027-02-04">donderdag 4 februari 2027</time>' in html
    assert '<svg xmlns="http://www.w3.org/2000/svg" id="escalation" role="img"' in html
    assert '<svg xmlns="http://www.w3.org/2000/svg" id="timeline" role="img"' in html


FORMS: list[dict[str, str]] = [
    {"received_on": "2026-03-02", "channel": "letter", "complainant_role": "parent",
     "event_on": "2025-11-30", "judgment_on": "2026-04-01", "satisfied": "no"},
    {"received_on": "2025-06-13", "channel": "phone", "complainant_role": "other",
     "anonymous": "yes", "involuntary_care": "yes"},
    {"received_on": "2027-04-26", "channel": "web_form", "complainant_role": "client",
     "client_birth_date": "2012-05-01", "with_parent": "yes", "claims_damages": "yes",
     "damage_known_on": "2027-01-10", "damage_kind": "personal_injury"},
]  # fmt: skip


@pytest.mark.parametrize("ident", IDS)
@pytest.mark.parametrize("form", FORMS)
def test_the_page_says_what_the_library_says(
    server: Server, ident: str, form: dict[str, str]
) -> None:
    html = _post(server, {"lang": "en", "regulation": ident, "as_of": "2027-06-01", **form})
    c = kr.Complaint.model_validate(complaint_data(form))
    a = kr.evaluate(kr.load(ident), c, date(2027, 6, 1), lang="en")
    assert f'id="standing" data-ok="{str(a.standing.ok).lower()}"' in html
    assert f'id="admissibility" data-ok="{str(a.admissibility.ok).lower()}"' in html
    assert _deadlines(html) == {d.id: (d.due.isoformat(), d.status or "") for d in a.deadlines}
    route = re.findall(r'<li data-step="([a-z_]+)" data-open="(true|false)">', html)
    assert route == [(s.id, str(s.open).lower()) for s in a.route]
    states = dict(re.findall(r'data-node="([a-z_]+)" data-state="(open|closed)"', html))
    steps = kr.load(ident).escalation  # the diagram's steps (forwarding is an exit there)
    assert states == {s.id: "open" if s.open else "closed" for s in a.route if s.id in steps}


def test_the_form_keeps_its_values_and_reads_the_boxes() -> None:
    values = {"received_on": "2027-01-04", "anonymous": "yes", "satisfied": "no", "with_parent": ""}
    data: dict[str, Any] = complaint_data(values)
    assert data == {"received_on": "2027-01-04", "anonymous": True, "satisfied": False}


def test_a_bad_complaint_is_shown_at_its_field(server: Server) -> None:
    html = _post(
        server,
        {
            "lang": "en",
            "regulation": "livio",
            "received_on": "2027-01-04",
            "channel": "email",
            "complainant_role": "client",
            "judgment_on": "2027-01-03",
        },
    )
    message = (
        "judgment_on: 2027-01-03 is before the complaint was received (2027-01-04); that cannot be"
    )
    assert f'<p class="problem" role="alert" id="error">{message}</p>' in html
    assert 'id="f-judgment_on" name="judgment_on" aria-invalid="true"' in html
    assert 'value="2027-01-03"' in html  # kept, to correct


def test_a_bad_as_of_date_is_shown_at_its_field(server: Server) -> None:
    html = _post(server, {"lang": "nl", "regulation": "livio", "as_of": "5-1-2027"})
    assert "as_of" not in html.split('role="alert"')[1][:40]
    assert "&#x27;5-1-2027&#x27; is geen datum; schrijf JJJJ-MM-DD, bijv. 2026-12-24" in html
    assert 'id="f-as_of" name="as_of" value="5-1-2027" aria-invalid="true"' in html
