"""Broken regulation files: one per kind of error, each with its exact message and position.

Every file in ``tests/broken/`` is ``valid_minimal.yaml`` with one deliberate error
(``multi_error.yaml``: five). The tests run from the repository root and pass the
relative path, so messages read ``tests/broken/<file>:<line>:<column>: <field>: ...``.
"""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
import yaml

from klachtregels import Regulation, RegulationError, check, json_schema, load, read
from klachtregels.cli import main
from klachtregels.messages import Lang, render
from klachtregels.model.loader import MAX_BYTES

REPO = Path(__file__).resolve().parents[1]
BROKEN = "tests/broken"
IDS = ["bij-elkaar", "burgercoaching", "cmv-coaching", "livio", "polypartners"]

Capture = pytest.CaptureFixture[str]


@pytest.fixture(autouse=True)
def at_repo_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)


def broken(name: str) -> str:
    return f"{BROKEN}/{name}"


def raised(fn: Callable[[str], object], path: str) -> RegulationError:
    with pytest.raises(RegulationError) as info:
        fn(path)
    return info.value


# --------------------------------------------------------------- the control


def test_the_control_file_is_valid() -> None:
    # Every broken file is this file plus one error: so the error is that change alone.
    path = broken("valid_minimal.yaml")
    assert check(path) == []
    reg = load(path)
    assert reg.id == "testzorg"
    assert reg.terms["judgment"].atw is True
    assert reg.origin("terms", "judgment") == "testzorg"


# ----------------------------------------------- one error per file, exact text

#: The known ids as the messages list them (written out: the vocabulary is not read here).
TERM_IDS = (
    "'filing', 'acknowledgement', 'first_contact', 'judgment', 'judgment_extension', "
    "'further_extension', 'reply_on_delay', 'committee_judgment', 'measures', "
    "'dossier_retention', 'damages_limitation', 'damages_limitation_minor', "
    "'damages_long_stop'"
)
STEP_IDS = (
    "'staff', 'manager', 'confidential_adviser', 'complaints_officer', 'provider', "
    "'complaints_committee', 'disputes_body'"
)
FACT_NAMES = (
    "anonymous, with_parent, claims_damages, involuntary_care, concerns_other_provider, "
    "objects_to_forwarding, same_complaint_decided, same_complaint_pending, "
    "complaints_officer_involved, satisfied, judgment_given, withdrawn, extension_notified, "
    "in_writing"
)

#: file, line, column, field, Dutch message (after "field: "), English message.
CASES: list[tuple[str, int | None, int | None, str, str, str]] = [
    (
        "bad_term.yaml",
        24,
        11,
        "terms.judgment.term",
        "'zes weekjes' is geen termijn; schrijf bijv. '6 weken' of '5 werkdagen'",
        "'zes weekjes' is not a term; write e.g. '6 weken' or '5 werkdagen'",
    ),
    (
        "unknown_key.yaml",
        28,
        5,
        "terms.judgment.deadline",
        "onbekende sleutel 'deadline'; toegestaan: citation, reading, reading_en, term, start, "
        "atw, counting, notice, consent_required, damage, floor",
        "unknown key 'deadline'; allowed: citation, reading, reading_en, term, start, atw, "
        "counting, notice, consent_required, damage, floor",
    ),
    (
        "missing_field.yaml",
        24,
        5,
        "terms.judgment.start",
        "verplicht veld ontbreekt; schrijf bijv. receipt",
        "required field missing; write e.g. receipt",
    ),
    (
        "wrong_literal.yaml",
        25,
        12,
        "terms.judgment.start",
        "'ontvangst' is niet toegestaan; verwacht een van 'event', 'receipt', 'in_writing', "
        "'complaint', 'judgment', 'delay_notice', 'committee_judgment', 'damage_known', "
        "'majority'",
        "'ontvangst' is not allowed; expected one of 'event', 'receipt', 'in_writing', "
        "'complaint', 'judgment', 'delay_notice', 'committee_judgment', 'damage_known', "
        "'majority'",
    ),
    (
        "wrong_type.yaml",
        26,
        10,
        "terms.judgment.atw",
        "verwacht true of false, niet 'ja'",
        "expected true or false, not 'ja'",
    ),
    (
        "impossible_date.yaml",
        7,
        13,
        "valid_from",
        "'2020-13-01' is geen bestaande datum; schrijf JJJJ-MM-DD, bijv. 2020-01-01",
        "'2020-13-01' is not a real date; write YYYY-MM-DD, e.g. 2020-01-01",
    ),
    (
        # The value is shown as the user wrote it, not as a Python object.
        "date_as_text.yaml",
        6,
        10,
        "version",
        "verwacht tekst, niet 2020-01-01; zet de waarde tussen aanhalingstekens, bijv. '3'",
        "expected text, not 2020-01-01; put the value in quotes, e.g. '3'",
    ),
    (
        "duplicate_key.yaml",
        26,
        5,
        "terms.judgment.start",
        "sleutel 'start' komt twee keer voor; elke sleutel mag één keer voorkomen",
        "key 'start' occurs twice; each key may occur once",
    ),
    (
        "yaml_syntax.yaml",
        10,
        8,
        "",
        "geen geldige YAML (expected ',' or ']', but got ':'); "
        "controleer inspringing en aanhalingstekens",
        "not valid YAML (expected ',' or ']', but got ':'); check indentation and quotes",
    ),
    (
        "merge_key.yaml",
        34,
        5,
        "escalation.complaints_committee",
        "merge-sleutels ('<<') worden niet ondersteund; schrijf de sleutels uit",
        "merge keys ('<<') are not supported; write the keys out",
    ),
    (
        "not_utf8.yaml",
        None,
        None,
        "",
        "het bestand is geen UTF-8 (byte 63); sla het op als UTF-8",
        "the file is not UTF-8 (byte 63); save it as UTF-8",
    ),
    (
        "empty.yaml",
        1,
        1,
        "",
        "het bestand is leeg; begin met bijv. 'id: livio'",
        "the file is empty; start with e.g. 'id: livio'",
    ),
    (
        # The list starts on line 2 (line 1 is a comment).
        "top_level_list.yaml",
        2,
        1,
        "",
        "een regeling is een mapping van sleutels; begin met bijv. 'id: livio'",
        "a regulation is a mapping of keys; start with e.g. 'id: livio'",
    ),
    (
        "condition_two_keys.yaml",
        37,
        16,
        "escalation.complaints_committee.open_when",
        "een voorwaarde heeft precies één van always, fact, deadline_passed, any, all, not; "
        "schrijf bijv. {fact: satisfied, equals: false}",
        "a condition has exactly one of always, fact, deadline_passed, any, all, not; "
        "write e.g. {fact: satisfied, equals: false}",
    ),
    (
        "unknown_term_id.yaml",
        23,
        3,
        "terms.judgement (key)",
        "'judgement' is niet toegestaan; bedoelde u 'judgment'? Verwacht een van " + TERM_IDS,
        "'judgement' is not allowed; did you mean 'judgment'? Expected one of " + TERM_IDS,
    ),
    (
        "unknown_step_id.yaml",
        33,
        3,
        "escalation.complaint_committee (key)",
        "'complaint_committee' is niet toegestaan; bedoelde u 'complaints_committee'? "
        "Verwacht een van " + STEP_IDS,
        "'complaint_committee' is not allowed; did you mean 'complaints_committee'? "
        "Expected one of " + STEP_IDS,
    ),
    (
        "misspelt_fact.yaml",
        37,
        16,
        "escalation.complaints_committee.open_when",
        "'satisfed' is geen bekend feit; bedoelde u 'satisfied'? Schrijf een van "
        + FACT_NAMES
        + " of extra.<naam>",
        "'satisfed' is not a known fact; did you mean 'satisfied'? Write one of "
        + FACT_NAMES
        + " or extra.<name>",
    ),
    (
        "unknown_fact.yaml",
        37,
        16,
        "escalation.complaints_committee.open_when",
        "'tevreden' is geen bekend feit; schrijf een van anonymous, with_parent, "
        "claims_damages, involuntary_care, concerns_other_provider, objects_to_forwarding, "
        "same_complaint_decided, same_complaint_pending, complaints_officer_involved, "
        "satisfied, judgment_given, withdrawn, extension_notified, in_writing of extra.<naam>",
        "'tevreden' is not a known fact; write one of anonymous, with_parent, "
        "claims_damages, involuntary_care, concerns_other_provider, objects_to_forwarding, "
        "same_complaint_decided, same_complaint_pending, complaints_officer_involved, "
        "satisfied, judgment_given, withdrawn, extension_notified, in_writing or extra.<name>",
    ),
    (
        "statute_without_bwb.yaml",
        12,
        5,
        "sources.wet",
        "een wet heeft een bwb_id; schrijf bijv. bwb_id: BWBR0037173",
        "a statute needs its bwb_id; write e.g. bwb_id: BWBR0037173",
    ),
    (
        # An explicit tag on a value it does not fit is an error in the file, like an
        # impossible date, not a crash (AttributeError from PyYAML).
        "bad_timestamp_tag.yaml",
        7,
        13,
        "valid_from",
        "'2020' is geen bestaande datum; schrijf JJJJ-MM-DD, bijv. 2020-01-01",
        "'2020' is not a real date; write YYYY-MM-DD, e.g. 2020-01-01",
    ),
    (
        # ... not a crash (KeyError from PyYAML).
        "bad_bool_tag.yaml",
        26,
        10,
        "terms.judgment.atw",
        "verwacht true of false, niet 'ja'",
        "expected true or false, not 'ja'",
    ),
    (
        # ... and a bad number is not called a bad date.
        "bad_int_tag.yaml",
        28,
        23,
        "terms.judgment.consent_required",
        "verwacht een geheel getal, niet 'twee'; schrijf bijv. 16",
        "expected a whole number, not 'twee'; write e.g. 16",
    ),
    (
        # A character YAML does not allow: located, and the message is one line.
        "control_char.yaml",
        4,
        11,
        "",
        "geen geldige YAML (unacceptable character #x0007: special characters are not "
        "allowed); controleer inspringing en aanhalingstekens",
        "not valid YAML (unacceptable character #x0007: special characters are not "
        "allowed); check indentation and quotes",
    ),
    (
        # The error is valid_until's: name it and point at it (line 8), not at the
        # start of the document.
        "until_before_from.yaml",
        8,
        14,
        "valid_until",
        "valid_until ligt voor valid_from; schrijf bijv. valid_until: 2024-12-31",
        "valid_until is before valid_from; write e.g. valid_until: 2024-12-31",
    ),
]

#: Errors only the layered, cross-referenced regulation shows: read() accepts the file.
CROSS_CASES: list[tuple[str, int, int, str, str, str]] = [
    (
        # The extended judgment is counted as the judgment is: a count of its own is
        # refused, not silently overruled.
        "extension_counting.yaml",
        35,
        15,
        "terms.judgment_extension.counting",
        "een verlenging telt zoals de termijn die ze verlengt: judgment telt after_the_day, "
        "deze verlenging from_the_next_day; laat counting weg of schrijf after_the_day",
        "an extension is counted as the term it extends: judgment counts after_the_day, "
        "this extension from_the_next_day; leave counting out or write after_the_day",
    ),
    (
        # Routing is decided before any term runs, so deadline_passed there would never
        # hold: refused.
        "deadline_passed_in_routing.yaml",
        34,
        11,
        "routing.late.when",
        "deadline_passed werkt alleen in open_when van een stap (escalation): waar een "
        "klacht heen gaat, staat vast voordat er een termijn loopt; noem bijv. een feit: "
        "{fact: judgment_given}",
        "deadline_passed works only in a step's open_when (escalation): where a complaint "
        "goes is settled before any term runs; name e.g. a fact: {fact: judgment_given}",
    ),
    (
        "floor_in_regulation.yaml",
        27,
        12,
        "terms.judgment.floor",
        "floor markeert een recht uit de wet en staat alleen in een wettelijke basis; laat het "
        "weg (een regeling mag meer geven dan de wet, niet minder)",
        "floor marks a right of the law and belongs in a law base only; leave it out (a "
        "regulation may give more than the law, never less)",
    ),
    (
        "extension_unit.yaml",
        33,
        11,
        "terms.judgment_extension.term",
        "een verlenging telt in de eenheid van de termijn die ze verlengt: 1 maand verlengt "
        "judgment (6 weken); schrijf haar in dezelfde eenheid",
        "an extension counts in the unit of the term it extends: 1 maand extends judgment "
        "(6 weken); write it in the same unit",
    ),
    (
        "unknown_source.yaml",
        29,
        15,
        "terms.judgment.citation.source",
        "'testzorgx' staat niet in sources; bekend: testzorg, wkkgz",
        "'testzorgx' is not in sources; known: testzorg, wkkgz",
    ),
    (
        "unknown_body.yaml",
        35,
        11,
        "escalation.complaints_committee.body",
        "'geschillencommissie' staat niet in bodies; bekend: commissie",
        "'geschillencommissie' is not in bodies; known: commissie",
    ),
    (
        "unknown_base.yaml",
        9,
        10,
        "extends",
        "onbekende wettelijke basis 'wmo'; bekend: bw, jeugdwet, wkkgz, wzd",
        "unknown law base 'wmo'; known: bw, jeugdwet, wkkgz, wzd",
    ),
    (
        "bad_omits.yaml",
        34,
        9,
        "omits[0].id",
        "'manager' staat niet in escalation; bekend: complaints_committee, "
        "complaints_officer, disputes_body, provider",
        "'manager' is not in escalation; known: complaints_committee, "
        "complaints_officer, disputes_body, provider",
    ),
]


def expected_text(name: str, line: int | None, column: int | None, field: str, what: str) -> str:
    where = broken(name) + (f":{line}:{column}" if line is not None else "")
    return f"{where}:{f' {field}:' if field else ''} {what}"


def test_the_example_message_from_the_brief() -> None:
    e = raised(read, broken("bad_term.yaml"))
    assert str(e) == (
        "tests/broken/bad_term.yaml:24:11: terms.judgment.term: 'zes weekjes' is geen termijn; "
        "schrijf bijv. '6 weken' of '5 werkdagen'"
    )


@pytest.mark.parametrize(
    ("name", "line", "column", "field", "nl", "en"), CASES, ids=[c[0] for c in CASES]
)
def test_read_reports_the_error(
    name: str, line: int | None, column: int | None, field: str, nl: str, en: str
) -> None:
    e = raised(read, broken(name))
    assert isinstance(e, ValueError)
    assert (e.path, e.line, e.column, e.field) == (broken(name), line, column, field)
    assert str(e) == expected_text(name, line, column, field, nl)
    assert e.message("nl") == str(e)
    assert e.message("en") == expected_text(name, line, column, field, en)
    # load and check report the same single error.
    assert str(raised(load, broken(name))) == str(e)
    assert [str(x) for x in check(broken(name))] == [str(e)]


@pytest.mark.parametrize(
    ("name", "line", "column", "field", "nl", "en"), CROSS_CASES, ids=[c[0] for c in CROSS_CASES]
)
def test_load_reports_the_cross_reference_error(
    name: str, line: int, column: int, field: str, nl: str, en: str
) -> None:
    assert isinstance(read(broken(name)), Regulation)  # each layer alone is well-formed
    e = raised(load, broken(name))
    assert (e.path, e.line, e.column, e.field) == (broken(name), line, column, field)
    assert str(e) == expected_text(name, line, column, field, nl)
    assert e.message("en") == expected_text(name, line, column, field, en)
    assert [str(x) for x in check(broken(name))] == [str(e)]


def test_every_broken_file_is_tested() -> None:
    names = {p.name for p in (REPO / BROKEN).glob("*.yaml")}
    tested = {c[0] for c in CASES} | {c[0] for c in CROSS_CASES}
    others = {"valid_minimal.yaml", "alias_bomb.yaml", "multi_error.yaml"}
    others |= {"missing_body_kind.yaml"}
    assert names == tested | others


def test_positions_point_at_the_named_field() -> None:
    # A check of the tables above: the line each expects holds the key it names.
    for name, line, _, field, _, _ in [*CASES, *CROSS_CASES]:
        if not field or line is None:
            continue
        key = re.sub(r"\[\d+\]", "", field.split(".")[-1]).removesuffix(" (key)")
        text = (REPO / BROKEN / name).read_text("utf-8").splitlines()[line - 1]
        # Missing fields and conditions point at the mapping that lacks or holds them.
        if name in (
            "missing_field.yaml",
            "condition_two_keys.yaml",
            "unknown_fact.yaml",
            "misspelt_fact.yaml",
        ):
            continue
        if name == "merge_key.yaml":  # names the mapping, points at the '<<' key
            assert text.strip() == "<<: {formal: true}"
            continue
        if name == "statute_without_bwb.yaml":
            assert text.strip() == "title: Wet kwaliteit, klachten en geschillen zorg"
            continue
        assert re.match(rf"^\s*(- )?{re.escape(key)}:", text), (name, line, text)


# ------------------------------------------------------ examples that are valid


@pytest.mark.parametrize(
    ("name", "where"),
    [
        ("missing_field.yaml", ("terms", "judgment", "start")),
        ("missing_body_kind.yaml", ("bodies", "commissie", "kind")),
    ],
)
def test_the_example_for_a_missing_field_is_accepted(
    name: str, where: tuple[str, ...], tmp_path: Path
) -> None:
    # "verplicht veld ontbreekt; schrijf bijv. X": writing X there makes the file valid.
    e = raised(read, broken(name))
    assert e.what_key == "error.field_missing"
    assert e.field == ".".join(where)
    example = str(e.what["example"])
    data: Any = yaml.safe_load((REPO / BROKEN / name).read_text("utf-8"))
    target = data
    for part in where[:-1]:
        target = target[part]
    target[where[-1]] = yaml.safe_load(example)
    fixed = tmp_path / name
    fixed.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    assert [str(x) for x in check(fixed)] == [], f"the suggested {example!r} is not accepted"


# -------------------------------------------------------------- booleans


def _control_with(tmp_path: Path, old: str, new: str) -> Path:
    text = (REPO / BROKEN / "valid_minimal.yaml").read_text("utf-8")
    assert old in text
    path = tmp_path / "variant.yaml"
    path.write_text(text.replace(old, new, 1), "utf-8")
    return path


@pytest.mark.parametrize(
    ("word", "shown"),
    [
        ("yes", "'yes'"),
        ("no", "'no'"),
        ("on", "'on'"),
        ("off", "'off'"),
        ("y", "'y'"),
        ("n", "'n'"),
        ("Yes", "'Yes'"),
        ("NO", "'NO'"),
        ("ja", "'ja'"),
        ("1", "1"),
        ('"true"', "'true'"),
    ],
)
def test_only_true_and_false_are_booleans(tmp_path: Path, word: str, shown: str) -> None:
    path = _control_with(tmp_path, "atw: true", f"atw: {word}")
    e = raised(read, str(path))
    assert e.field == "terms.judgment.atw"
    assert (e.line, e.column) == (28, 10)
    assert str(e) == f"{path}:28:10: terms.judgment.atw: verwacht true of false, niet {shown}"
    assert (
        e.message("en") == f"{path}:28:10: terms.judgment.atw: expected true or false, not {shown}"
    )


@pytest.mark.parametrize(
    ("word", "value"),
    [("true", True), ("True", True), ("TRUE", True), ("false", False), ("False", False)],
)
def test_true_and_false_are_booleans_in_any_case(tmp_path: Path, word: str, value: bool) -> None:
    path = _control_with(tmp_path, "atw: true", f"atw: {word}")
    assert read(path).terms["judgment"].atw is value


@pytest.mark.parametrize("word", ["no", "yes", "on", "off", "y"])
def test_yes_and_no_stay_text_where_text_is_expected(tmp_path: Path, word: str) -> None:
    # The Norway problem: `version: no` is the text "no", not False.
    path = _control_with(tmp_path, 'version: "1"', f"version: {word}")
    assert read(path).version == word


# ------------------------------------------------------- alias bomb, size


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise TimeoutError("the loader did not stop the alias bomb within 30 s")


@pytest.fixture
def deadline_30s() -> Iterator[None]:
    old = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(30)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


@pytest.mark.usefixtures("deadline_30s")
def test_alias_bomb_fails_fast() -> None:
    path = broken("alias_bomb.yaml")
    started = time.perf_counter()
    e = raised(read, path)
    elapsed = time.perf_counter() - started
    assert elapsed < 10, f"took {elapsed:.1f} s"
    assert e.what_key == "error.yaml_too_many_nodes"
    assert e.line is not None
    assert e.column is not None
    assert str(e).startswith(f"{path}:{e.line}:{e.column}: ")
    assert str(e).endswith(
        ": meer dan 200000 waarden (aliassen uitgevouwen); schrijf de waarden uit in "
        "plaats van aliassen te nesten"
    )
    assert e.message("en").endswith(
        ": more than 200000 values (aliases expanded); write values out instead of nesting aliases"
    )
    assert [str(x) for x in check(path)] == [str(e)]


def test_plain_aliases_are_fine(tmp_path: Path) -> None:
    # Anchors and aliases themselves are allowed (the bundled files use them).
    path = _control_with(
        tmp_path,
        "    citation:\n      source: testzorg\n      article: art. 3\n",
        "    citation: &c3\n      source: testzorg\n      article: art. 3\n",
    )
    text = path.read_text("utf-8")
    path.write_text(text + "provisions:\n  p:\n    summary: s\n    citation: *c3\n", "utf-8")
    reg = read(path)
    assert reg.provisions["p"].citation == reg.escalation["complaints_committee"].citation


def test_file_over_one_mebibyte_is_refused(tmp_path: Path) -> None:
    control = (REPO / BROKEN / "valid_minimal.yaml").read_bytes()
    path = tmp_path / "large.yaml"
    padding = b"# " + b"x" * (MAX_BYTES + 1 - len(control) - 3) + b"\n"
    path.write_bytes(padding + control)
    assert path.stat().st_size == MAX_BYTES + 1 == 1024 * 1024 + 1
    e = raised(read, str(path))
    assert (e.line, e.column, e.field) == (None, None, "")
    assert str(e) == (
        f"{path}: het bestand is 1048577 bytes, meer dan de grens van 1048576 bytes; splits het op"
    )
    assert e.message("en") == (
        f"{path}: the file is 1048577 bytes, over the limit of 1048576 bytes; split it up"
    )
    assert [str(x) for x in check(path)] == [str(e)]


def test_file_of_exactly_one_mebibyte_is_read(tmp_path: Path) -> None:
    control = (REPO / BROKEN / "valid_minimal.yaml").read_bytes()
    path = tmp_path / "exact.yaml"
    padding = b"# " + b"x" * (MAX_BYTES - len(control) - 3) + b"\n"
    path.write_bytes(padding + control)
    assert path.stat().st_size == MAX_BYTES
    assert read(path).id == "testzorg"


def test_comments_only_is_an_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "comments.yaml"
    path.write_text("# nothing here yet\n\n", "utf-8")
    e = raised(read, str(path))
    assert str(e) == f"{path}:1:1: het bestand is leeg; begin met bijv. 'id: livio'"


def test_missing_file(tmp_path: Path) -> None:
    path = broken("does_not_exist.yaml")
    e = raised(read, path)
    assert (e.line, e.column, e.field) == (None, None, "")
    assert str(e) == f"{path}: kan het bestand niet lezen (No such file or directory)"
    assert e.message("en") == f"{path}: cannot read the file (No such file or directory)"
    assert [str(x) for x in check(path)] == [str(e)]


# ----------------------------------------------------------- many errors

MULTI = [
    (8, 10, "version", "verwacht tekst, niet 3; zet de waarde tussen aanhalingstekens, bijv. '3'"),
    (18, 10, "terms.judgment.atw", "verwacht true of false, niet 'yes'"),
    (
        19,
        11,
        "terms.judgment.term",
        "'zes weekjes' is geen termijn; schrijf bijv. '6 weken' of '5 werkdagen'",
    ),
    (
        20,
        12,
        "terms.judgment.start",
        "'ontvangst' is niet toegestaan; verwacht een van 'event', 'receipt', 'in_writing', "
        "'complaint', 'judgment', 'delay_notice', 'committee_judgment', 'damage_known', "
        "'majority'",
    ),
    (
        28,
        11,
        "bodies.commissie.kind",
        "'commissie' is niet toegestaan; verwacht een van 'provider', 'complaints_officer', "
        "'confidential_adviser', 'complaints_committee', 'disputes_body', 'wzd_committee', "
        "'portal'",
    ),
]


def test_check_reports_all_errors_in_file_order() -> None:
    path = broken("multi_error.yaml")
    errors = check(path)
    assert [(e.line, e.column, e.field) for e in errors] == [m[:3] for m in MULTI]
    assert [str(e) for e in errors] == [f"{path}:{ln}:{col}: {f}: {w}" for ln, col, f, w in MULTI]
    assert errors[1].message("en") == (
        f"{path}:18:10: terms.judgment.atw: expected true or false, not 'yes'"
    )
    # read raises one of them.
    assert str(raised(read, path)) in [str(e) for e in errors]


# ------------------------------------------------------------------- CLI


def run(capsys: Capture, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_validate_broken_file(capsys: Capture) -> None:
    code, out, err = run(capsys, "validate", broken("bad_term.yaml"))
    assert code == 1
    assert err == ""
    assert out == (
        "tests/broken/bad_term.yaml:24:11: terms.judgment.term: 'zes weekjes' is geen termijn; "
        "schrijf bijv. '6 weken' of '5 werkdagen'\n"
    )


def test_validate_broken_file_in_english(capsys: Capture) -> None:
    code, out, _ = run(capsys, "validate", broken("bad_term.yaml"), "--lang", "en")
    assert code == 1
    assert out == (
        "tests/broken/bad_term.yaml:24:11: terms.judgment.term: 'zes weekjes' is not a term; "
        "write e.g. '6 weken' or '5 werkdagen'\n"
    )


def test_validate_prints_one_line_per_error(capsys: Capture) -> None:
    path = broken("multi_error.yaml")
    code, out, err = run(capsys, "validate", path, "regelingen/livio/2020-01-01.yaml")
    assert code == 1
    assert err == ""
    lines = out.splitlines()
    assert lines == [
        *(f"{path}:{ln}:{col}: {f}: {w}" for ln, col, f, w in MULTI),
        "regelingen/livio/2020-01-01.yaml: geldig",
    ]
    for line in lines[:-1]:
        assert re.fullmatch(r"tests/broken/multi_error\.yaml:\d+:\d+: [\w.\[\]]+: \S.*", line)


BROKEN_FILES = sorted(
    p.name for p in (REPO / BROKEN).glob("*.yaml") if p.name != "valid_minimal.yaml"
)


@pytest.mark.parametrize("name", BROKEN_FILES)
def test_validate_reports_every_broken_file_in_lines_of_its_own(capsys: Capture, name: str) -> None:
    # Whatever is wrong: exit status 1, and each error one line naming file and position.
    code, out, err = run(capsys, "validate", broken(name))
    assert (code, err) == (1, "")
    lines = out.splitlines()
    assert lines
    position = "" if name == "not_utf8.yaml" else r":\d+:\d+"
    for line in lines:
        assert re.match(rf"{re.escape(broken(name))}{position}: \S", line), line


def test_validate_every_bundled_file(capsys: Capture) -> None:
    pattern = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9].yaml"
    files = sorted(str(p.relative_to(REPO)) for p in (REPO / "regelingen").rglob(pattern))
    assert len(files) == 9
    code, out, err = run(capsys, "validate", *files)
    assert (code, err) == (0, "")
    assert out.splitlines() == [f"{f}: geldig" for f in files]
    code, out, _ = run(capsys, "validate", "--lang", "en", files[0])
    assert (code, out) == (0, f"{files[0]}: valid\n")


def _rule_lines(out: str, lang: Lang) -> dict[tuple[str, str], str]:
    """(section, rule id) -> origin, from the `show` output."""
    from klachtregels.model.regulation import SECTIONS

    headers = {render(f"section.{s}", lang): s for s in SECTIONS}
    section = ""
    found: dict[tuple[str, str], str] = {}
    for line in out.splitlines():
        if line and not line.startswith(" "):  # a heading (or the unencoded list's)
            section = headers.get(line, "")
        elif section and (m := re.fullmatch(r"  (\S+): .*  \[([a-z][a-z0-9-]*)\]", line)):
            assert (section, m[1]) not in found, line
            found[(section, m[1])] = m[2]
    return found


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_show_livio_names_each_rules_origin(capsys: Capture, lang: Lang) -> None:
    from klachtregels.model.regulation import SECTIONS

    code, out, err = run(capsys, "show", "livio", "--lang", lang)
    assert (code, err) == (0, "")
    reg = load("livio")
    expected = {
        (section, rule_id): reg.origin(section, rule_id)
        for section in SECTIONS
        for rule_id in getattr(reg, section)
    }
    assert _rule_lines(out, lang) == expected
    assert set(expected.values()) == {"livio", "wkkgz", "bw", "wzd"}
    lines = out.splitlines()
    assert lines[0] == "Livio — Klachtenreglement formele klachten"
    if lang == "nl":
        assert lines[1] == (
            "id livio, versie 3, van kracht 2020-01-01 t/m ..., wet wkkgz, "
            "bouwt voort op wkkgz, bw, wzd"
        )
        assert "  judgment: 6 weken na de klacht in de zin van de regeling (Atw)  [livio]" in lines
        assert (
            "  wzd: als de klacht over onvrijwillige zorg gaat (Wzd): door naar Regionale "
            "Klachtencommissie Twente (R.K.C.)  [livio]" in lines
        )
    else:
        assert lines[1] == (
            "id livio, version 3, in force 2020-01-01 to ..., law wkkgz, extends wkkgz, bw, wzd"
        )
        assert (
            "  judgment: 6 weeks after the complaint in the regulation's sense (Atw)  [livio]"
            in lines
        )
        assert (
            "  wzd: if the complaint is about involuntary care (Wzd): forward to Regionale "
            "Klachtencommissie Twente (R.K.C.)  [livio]" in lines
        )
    assert (
        "  careful_investigation: Een klacht wordt zorgvuldig onderzocht; "
        "de klager wordt op de hoogte gehouden.  [wkkgz]"
    ) in lines
    assert "  wzd_klachtencommissie: Wzd-klachtencommissie (wzd_committee)  [wzd]" in lines


def test_show_polypartners_takes_judgment_from_wkkgz(capsys: Capture) -> None:
    code, out, _ = run(capsys, "show", "polypartners")
    assert code == 0
    assert _rule_lines(out, "nl")[("terms", "judgment")] == "wkkgz"
    assert "  judgment: 6 weken na schriftelijke indiening (Atw)  [wkkgz]" in out.splitlines()
    assert ("escalation", "provider") not in _rule_lines(out, "nl")


def test_show_a_date_before_any_version(capsys: Capture) -> None:
    code, out, err = run(capsys, "show", "livio", "--on", "2019-01-01")
    assert code == 2
    assert out == ""
    assert err == (
        "klachtregels: geen versie van 'livio' van kracht op 2019-01-01; "
        "versies: 2020-01-01 - ...\n"
    )
    code, out, err = run(capsys, "show", "livio", "--on", "2019-01-01", "--lang", "en")
    assert (code, out) == (2, "")
    assert err == (
        "klachtregels: no version of 'livio' in force on 2019-01-01; versions: 2020-01-01 - ...\n"
    )


def test_show_unknown_id(capsys: Capture) -> None:
    code, out, err = run(capsys, "show", "onbekend")
    assert (code, out) == (2, "")
    assert err == (
        "klachtregels: geen regeling met id 'onbekend'; "
        "bekend: bij-elkaar, burgercoaching, cmv-coaching, livio, polypartners\n"
    )


def test_show_broken_file_is_one_line_on_stderr(capsys: Capture) -> None:
    code, out, err = run(capsys, "show", broken("bad_term.yaml"))
    assert (code, out) == (2, "")
    assert err == (
        "klachtregels: tests/broken/bad_term.yaml:24:11: terms.judgment.term: 'zes weekjes' "
        "is geen termijn; schrijf bijv. '6 weken' of '5 werkdagen'\n"
    )


def test_list(capsys: Capture) -> None:
    code, out, err = run(capsys, "list")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "id\tnaam\tversies (van kracht van - tot en met)",
        "bij-elkaar\tBij Elkaar\t2022-05-03 - ...",
        "burgercoaching\tBurgerCoaching\t2025-01-01 - ...",
        "cmv-coaching\tCMV Coaching\t2025-01-01 - ...",
        "livio\tLivio\t2020-01-01 - ...",
        "polypartners\tPolyPartners\t2022-07-21 - ...",
    ]
    code, out, _ = run(capsys, "list", "--lang", "en")
    assert out.splitlines()[0] == "id\tname\tversions (in force from - to)"
    assert [line.split("\t")[0] for line in out.splitlines()[1:]] == IDS


def test_schema(capsys: Capture) -> None:
    code, out, err = run(capsys, "schema")
    assert (code, err) == (0, "")
    assert json.loads(out) == json_schema()
    assert out == (REPO / "regelingen" / "schema.json").read_text("utf-8")


def test_validate_as_a_process() -> None:
    # The real entry point: exit status 1, the message on stdout, nothing on stderr.
    done = subprocess.run(
        [sys.executable, "-m", "klachtregels.cli", "validate", broken("wrong_type.yaml")],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr == ""
    assert done.stdout == (
        "tests/broken/wrong_type.yaml:26:10: terms.judgment.atw: verwacht true of false, "
        "niet 'ja'\n"
    )
