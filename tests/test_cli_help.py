"""The command line's help: Dutch by default, English with --lang en or an English locale,
no markup, a suggestion for a mistyped command, --lang on every command."""

from __future__ import annotations

import pytest

from klachtregels.cli import main
from klachtregels.cli.main import _build_parser

Capture = pytest.CaptureFixture[str]

#: docs/index.md: "every command takes --lang en".
COMMANDS = (
    "deadline", "list", "show", "validate", "check", "test", "diff", "conform", "graph",
    "timeline", "docs", "serve", "schema", "new",
)  # fmt: skip


def _help(capsys: Capture, *argv: str) -> str:
    with pytest.raises(SystemExit) as stop:
        main(list(argv))
    assert stop.value.code == 0
    return capsys.readouterr().out


def test_help_is_dutch_by_default_without_markup(capsys: Capture) -> None:
    out = _help(capsys, "--help")
    assert out.startswith("gebruik: klachtregels [-h] [--version]")
    assert "``" not in out
    assert "\nopties:\n  -h, --help            toon deze hulp en stop\n" in out
    assert "    check               beoordeel een klacht (of vele) onder een regeling\n" in out


def test_help_in_english_with_lang_en_or_an_english_locale(
    capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = _help(capsys, "check", "--help", "--lang", "en")
    assert out.startswith("usage: klachtregels check [-h]")
    assert "  --as-of AS_OF         the day to judge deadlines on\n" in out
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    out = _help(capsys, "check", "--help")
    assert "  --as-of AS_OF         the day to judge deadlines on\n" in out
    # --lang nl wins over the locale
    out = _help(capsys, "check", "--help", "--lang", "nl")
    assert "  --as-of AS_OF         de peildatum waarop de termijnen worden beoordeeld\n" in out


def test_a_mistyped_command_gets_a_suggestion(capsys: Capture) -> None:
    assert main(["chek", "livio"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(
        "klachtregels: argument command: ongeldige keuze: 'chek'; bedoelde u 'check'? "
        "(kies uit 'deadline', "
    )
    assert main(["timelin", "--lang", "en"]) == 2
    assert "invalid choice: 'timelin'; did you mean 'timeline'?" in capsys.readouterr().err


def test_a_missing_argument_is_said_in_dutch(capsys: Capture) -> None:
    assert main(["deadline", "2026-12-24"]) == 2
    assert capsys.readouterr().err == "klachtregels deadline: deze argumenten ontbreken: term\n"


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_takes_lang(command: str) -> None:
    sub = _build_parser("nl")._subparsers
    assert sub is not None
    [action] = [a for a in sub._group_actions if a.choices]
    parser = action.choices[command]  # type: ignore[index]
    assert any("--lang" in a.option_strings for a in parser._actions), command


def test_schema_takes_lang_en(capsys: Capture) -> None:
    assert main(["schema", "complaint", "--lang", "en"]) == 0
    assert capsys.readouterr().out.startswith("{")
