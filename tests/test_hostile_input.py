"""Hostile input (issue 13), reading: term phrases, nesting, surrogates, what errors echo.

Each test reproduces one of the issue's numbered breaks; the number is in its name.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from klachtregels import RegulationError, TermSyntaxError, check, parse_term
from klachtregels.cli import main
from klachtregels.errors import ECHO_LIMIT, echo, escape_controls
from klachtregels.law.terms import MAX_TERM_LENGTH, Unit
from klachtregels.model.yamlsafe import MAX_DEPTH, parse

REPO = Path(__file__).resolve().parents[1]
MINIMAL = (REPO / "tests" / "broken" / "valid_minimal.yaml").read_text("utf-8")
Capture = pytest.CaptureFixture[str]


def _minimal_with(tmp_path: Path, old: str, new: str, name: str = "reg.yaml") -> Path:
    assert old in MINIMAL
    path = tmp_path / name
    path.write_text(MINIMAL.replace(old, new, 1), encoding="utf-8")
    return path


# -- 1. a term phrase that made the parser backtrack


def test_item1_long_term_phrase_is_refused_at_once_and_echoed_short(capsys: Capture) -> None:
    text = "1 x" + " " * 100_000 + "y"
    started = time.perf_counter()
    assert main(["deadline", "2026-01-01", text]) == 2
    assert time.perf_counter() - started < 1.0
    err = capsys.readouterr().err
    assert err == (
        "klachtregels: '1 x" + " " * 34 + "...' is geen termijn; schrijf bijv. '6 weken' of "
        "'5 werkdagen'\n"
    )


def test_item1_phrase_just_under_the_limit_is_parsed_in_linear_time() -> None:
    text = "1" + " " * (MAX_TERM_LENGTH - 6) + "weken"
    assert len(text) == MAX_TERM_LENGTH
    started = time.perf_counter()
    assert parse_term(text).unit is Unit.WEEKS
    with pytest.raises(TermSyntaxError):
        parse_term("1 x" + " " * (MAX_TERM_LENGTH - 4) + "y")
    assert time.perf_counter() - started < 0.1


def test_item1_long_term_in_a_yaml_file_is_one_short_error(tmp_path: Path) -> None:
    path = _minimal_with(tmp_path, "term: 6 weken", 'term: "1 x' + " " * 100_000 + 'y"')
    started = time.perf_counter()
    errors = check(path)
    assert time.perf_counter() - started < 5.0
    assert len(errors) == 1
    message = errors[0].message("en")
    assert message.endswith(
        "terms.judgment.term: '1 x" + " " * 34 + "...' is not a term; write e.g. '6 weken' "
        "or '5 werkdagen'"
    )
    assert len(message) < 200


# -- 17. digits that are not ASCII


@pytest.mark.parametrize("text", ["٣ weken", "² weken", "３ weken", "۳ dagen", "½ jaar"])
def test_item17_digits_that_are_not_ascii_are_not_a_term(text: str, capsys: Capture) -> None:
    with pytest.raises(TermSyntaxError):
        parse_term(text)
    assert main(["deadline", "2026-01-01", text]) == 2
    assert capsys.readouterr().err == (
        f"klachtregels: {text!r} is geen termijn; schrijf bijv. '6 weken' of '5 werkdagen'\n"
    )


def test_item17_ascii_digits_and_number_words_still_read() -> None:
    assert parse_term("3 weken").amount == 3
    assert parse_term("drie weken").amount == 3
    assert parse_term("één week").amount == 1
    assert parse_term("  12   werkdagen ").unit is Unit.WORKING_DAYS


# -- 2. deep nesting


@pytest.mark.parametrize("opening", ["[", '{"a": ', "- "])
def test_item2_deep_nesting_is_a_located_error_not_a_recursion_error(opening: str) -> None:
    closing = {"[": "]", '{"a": ': "}", "- ": ""}[opening]
    if opening == "- ":
        text = "".join("  " * i + "-\n" for i in range(1000)) + "  " * 1000 + "1\n"
    else:
        text = opening * 1000 + "1" + closing * 1000
    with pytest.raises(RegulationError) as caught:
        parse(text, "deep.yaml")
    assert caught.value.what_key == "error.too_deep"
    assert caught.value.line is not None
    assert caught.value.message("en").endswith(
        f": nested more than {MAX_DEPTH} levels deep; a regulation or complaint needs ten at most"
    )


def test_item2_nesting_up_to_the_limit_is_read() -> None:
    parsed = parse("[" * MAX_DEPTH + "1" + "]" * MAX_DEPTH, "ok.json")
    inner = parsed.data
    for _ in range(MAX_DEPTH - 1):
        inner = inner[0]
    assert inner == [1]


@pytest.mark.parametrize("command", ["validate", "show", "check"])
def test_item2_deep_json_on_every_reading_command_exits_2(
    command: str, tmp_path: Path, capsys: Capture
) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 1000 + "]" * 1000, encoding="utf-8")
    argv = {
        "validate": ["validate", str(deep)],
        "show": ["show", str(deep)],
        "check": ["check", "livio", str(deep)],
    }[command]
    assert main(argv) == (1 if command == "validate" else 2)
    captured = capsys.readouterr()
    out = captured.err or captured.out
    assert out.count("\n") == 1
    assert f"{deep}:1:{MAX_DEPTH + 1}: meer dan {MAX_DEPTH} lagen in elkaar genest" in out


# -- 3. a lone surrogate


@pytest.mark.parametrize("command", ["show", "diff", "validate"])
def test_item3_lone_surrogate_is_refused_at_load_with_its_place(
    command: str, tmp_path: Path, capsys: Capture
) -> None:
    path = _minimal_with(tmp_path, 'quote: "binnen zes weken"', 'quote: "\\ud800"')
    argv = {"show": ["show"], "diff": ["diff", "livio"], "validate": ["validate"]}[command]
    assert main([*argv, str(path)]) == (1 if command == "validate" else 2)
    captured = capsys.readouterr()
    out = captured.out if command == "validate" else captured.err
    line = next(n for n, t in enumerate(MINIMAL.splitlines(), 1) if "binnen zes weken" in t)
    assert out == (
        ("" if command == "validate" else "klachtregels: ")
        + f"{path}:{line}:14: terms.judgment.citation.quote: een losse surrogaat-code "
        '(bijv. "\\ud800") is geen teken; schrijf het teken zelf, bijv. "é"\n'
    )


# -- 13. what errors echo


def test_item13_echo_clips_to_forty_characters_and_escapes_controls() -> None:
    assert ECHO_LIMIT == 40
    assert echo("kort") == "kort"
    assert echo("x" * 40) == "x" * 40
    assert (
        echo("Jan Jansen BSN 123456782 " * 4000) == ("Jan Jansen BSN 123456782 " * 2)[:37] + "..."
    )
    assert echo("a\x1b[2Jb\u202ec\ud800") == "a\\x1b[2Jb\\u202ec\\ud800"
    assert repr(echo("it's")) == '"it\'s"'
    assert repr(echo("\x07")) == "'\\x07'"


def test_item13_a_long_value_holding_personal_data_is_not_echoed_in_full(
    tmp_path: Path, capsys: Capture
) -> None:
    secret = "Jan Jansen, BSN 123456782, " * 4000
    complaint = tmp_path / "c.yaml"
    complaint.write_text(
        f"received_on: 2027-01-05\nchannel: {secret!r}\ncomplainant_role: client\n", "utf-8"
    )
    assert main(["check", "livio", str(complaint)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.count("123456782") <= 2
    assert len(err) < 400


def test_item13_unknown_key_of_any_length_is_echoed_short(tmp_path: Path) -> None:
    path = _minimal_with(tmp_path, "escalation:", "? " + "x" * 5000 + "\n: 1\nescalation:")
    (error,) = check(path)
    assert len(error.message("en")) < 400
    assert "xxxxxxxxx..." in error.message("en")


def test_item13_control_characters_in_an_id_are_escaped(capsys: Capture) -> None:
    assert main(["show", "liv\x1b[31mio"]) == 2
    err = capsys.readouterr().err
    assert "\x1b" not in err
    assert err.startswith("klachtregels: geen regeling met id 'liv\\x1b[31mio'; bekend: ")


# -- 14. terminal escapes in text output


def test_item14_escape_controls_keeps_newlines_when_asked() -> None:
    assert escape_controls("a\nb\x1b", keep="\n") == "a\nb\\x1b"
    assert escape_controls("gewoon één tekst") == "gewoon één tekst"


@pytest.mark.parametrize("command", ["show", "check"])
def test_item14_terminal_escapes_in_names_are_printed_escaped(
    command: str, tmp_path: Path, capsys: Capture
) -> None:
    raw = MINIMAL.replace("name: Testzorg", 'name: "Test\\e[2J\\azorg"', 1)
    raw = raw.replace("name: Klachtencommissie Testzorg", 'name: "Klachten\\e[2J\\acommissie"')
    assert raw != MINIMAL
    path = tmp_path / "reg.yaml"
    path.write_text(raw, "utf-8")
    complaint = tmp_path / "c.yaml"
    complaint.write_text(
        "received_on: 2027-01-05\nchannel: email\ncomplainant_role: client\n", "utf-8"
    )
    argv = ["show", str(path)] if command == "show" else ["check", str(path), str(complaint)]
    assert main(argv) in (0, 1)
    out = capsys.readouterr().out
    assert "\x1b" not in out
    assert "\x07" not in out
    assert "Klachten\\x1b[2J\\x07commissie" in out


@pytest.mark.parametrize("text", ["&a [*a, *a]", "&a {x: *a}", "a: &b [1, *b]"])
def test_item2_an_alias_inside_itself_is_too_deep_not_a_recursion_error(text: str) -> None:
    with pytest.raises(RegulationError) as caught:
        parse(text, "self.yaml")
    assert caught.value.what_key == "error.too_deep"


def test_item13_argparse_refusals_echo_the_value_short(capsys: Capture) -> None:
    assert main(["schema", "x" * 300]) == 2
    assert capsys.readouterr().err == (
        "klachtregels schema: argument kind: ongeldige keuze: '" + "x" * 37 + "...' (kies "
        "uit 'regulation', 'complaint', 'assessment')\n"
    )
