"""The ``klachtregels deadline`` command: output, exit status, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from klachtregels.cli import main

Capture = pytest.CaptureFixture[str]


def run(capsys: Capture, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_five_werkdagen_after_christmas_eve(capsys: Capture) -> None:
    code, out, err = run(capsys, "deadline", "2026-12-24", "5 werkdagen")
    assert code == 0
    assert err == ""
    lines = out.splitlines()
    assert lines[0] == "Uiterste datum: 2027-01-04 (maandag 4 januari 2027)"
    assert lines[1] == "Waarom:"
    assert lines[
        2
    ] == "  - 5 werkdagen na donderdag 24 december 2026, geteld vanaf de dag erna: " + (
        "maandag 4 januari 2027"
    )


def test_english(capsys: Capture) -> None:
    code, out, _ = run(capsys, "deadline", "2026-12-24", "5 werkdagen", "--lang", "en")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("Due date: 2027-01-04")
    assert lines[0] == "Due date: 2027-01-04 (Monday 4 January 2027)"
    assert lines[1] == "Why:"


def test_json(capsys: Capture) -> None:
    code, out, _ = run(capsys, "deadline", "2026-12-24", "5 werkdagen", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["due"] == "2027-01-04"
    assert data["start"] == "2026-12-24"
    assert data["term"] == "5 werkdagen"
    assert data["atw_applied"] is False


def test_atw(capsys: Capture) -> None:
    # 3 dagen after Thu 24 Dec 2026: Sunday 27 -> art. 1 Monday 28 -> art. 2 Tuesday 29.
    code, out, _ = run(capsys, "deadline", "2026-12-24", "3 dagen", "--atw")
    assert code == 0
    assert out.splitlines()[0] == "Uiterste datum: 2026-12-29 (dinsdag 29 december 2026)"
    code, out, _ = run(capsys, "deadline", "2026-12-24", "3 dagen")
    assert code == 0
    assert out.splitlines()[0] == "Uiterste datum: 2026-12-27 (zondag 27 december 2026)"


def test_atw_json(capsys: Capture) -> None:
    code, out, _ = run(capsys, "deadline", "2026-12-24", "3 dagen", "--atw", "--json")
    assert code == 0
    data = json.loads(out)
    assert (data["plain"], data["due"]) == ("2026-12-27", "2026-12-29")
    assert data["atw_applied"] is True
    assert [r["article"] for r in data["reasons"]] == [None, "Atw art. 1 lid 1", "Atw art. 2"]


def test_decree_days_closed_and_closures(capsys: Capture) -> None:
    # Tue 4 May 2027 + 1 werkdag: 5 May, Hemelvaartsdag, then decree day Fri 7 May.
    _, out, _ = run(capsys, "deadline", "2027-05-04", "1 werkdag", "--json")
    assert json.loads(out)["due"] == "2027-05-07"
    _, out, _ = run(capsys, "deadline", "2027-05-04", "1 werkdag", "--decree-days", "closed")
    assert out.splitlines()[0] == "Uiterste datum: 2027-05-10 (maandag 10 mei 2027)"
    _, out, _ = run(capsys, "deadline", "2027-05-04", "1 werkdag", "--closed", "2027-05-07")
    assert out.splitlines()[0] == "Uiterste datum: 2027-05-10 (maandag 10 mei 2027)"


def test_backward(capsys: Capture) -> None:
    code, out, _ = run(capsys, "deadline", "2027-01-04", "5 werkdagen", "--backward")
    assert code == 0
    assert out.splitlines()[0] == "Uiterste datum: 2026-12-24 (donderdag 24 december 2026)"


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        pytest.param(
            ["deadline", "2026-12-24", "zes weekjes"],
            "klachtregels: 'zes weekjes' is geen termijn; schrijf bijv. '6 weken' of '5 werkdagen'",
            id="bad phrase in Dutch",
        ),
        pytest.param(
            ["deadline", "2026-12-24", "zes weekjes", "--lang", "en"],
            "klachtregels: 'zes weekjes' is not a term; write e.g. '6 weken' or '5 werkdagen'",
            id="bad phrase in English",
        ),
        pytest.param(
            ["deadline", "2026-02-30", "5 werkdagen"],
            "klachtregels deadline: argument start: '2026-02-30' is geen datum; schrijf "
            "JJJJ-MM-DD, bijv. 2026-12-24",
            id="impossible date 30 February",
        ),
        pytest.param(
            ["deadline", "1965-03-31", "5 werkdagen"],
            "klachtregels: 1965-03-31 valt buiten de ondersteunde periode 1965-04-01 tot en "
            "met 2100-12-31",
            id="date before the range",
        ),
        pytest.param(
            ["deadline", "2100-12-01", "6 weken", "--atw", "--lang", "en"],
            "klachtregels: the result falls outside the supported range 1965-04-01 to 2100-12-31",
            id="due date after the range",
        ),
    ],
)
def test_bad_input_gives_one_line_and_exit_2(
    capsys: Capture, argv: list[str], expected: str
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert err == expected + "\n"


def test_impossible_date_in_english(capsys: Capture) -> None:
    """main() reads --lang before parsing "so parse errors obey it too"."""
    code, _, err = run(capsys, "deadline", "2026-02-30", "5 werkdagen", "--lang", "en")
    assert code == 2
    assert err.count("\n") == 1
    assert "'2026-02-30' is not a date; write YYYY-MM-DD, e.g. 2026-12-24" in err


@pytest.mark.parametrize(
    "argv",
    [
        pytest.param([], id="no command"),
        pytest.param(["deadline"], id="no start and term"),
        pytest.param(["deadline", "2026-12-24"], id="no term"),
        pytest.param(["deadline", "2026-12-24", "6 weken", "--lang", "fr"], id="unknown language"),
        pytest.param(["deadline", "2026-12-24", "6 weken", "--frobnicate"], id="unknown option"),
        pytest.param(["termijn", "2026-12-24", "6 weken"], id="unknown command"),
    ],
)
def test_usage_errors_give_one_line_and_exit_2(capsys: Capture, argv: list[str]) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith("klachtregels")


def test_real_exit_status_in_a_subprocess() -> None:
    bad = subprocess.run(
        [sys.executable, "-m", "klachtregels.cli", "deadline", "2026-12-24", "zes weekjes"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert bad.returncode == 2
    assert bad.stdout == ""
    assert bad.stderr == (
        "klachtregels: 'zes weekjes' is geen termijn; schrijf bijv. '6 weken' of '5 werkdagen'\n"
    )
    good = subprocess.run(
        [sys.executable, "-m", "klachtregels.cli", "deadline", "2026-12-24", "5 werkdagen"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert good.returncode == 0
    assert good.stdout.splitlines()[0] == "Uiterste datum: 2027-01-04 (maandag 4 januari 2027)"
    assert good.stderr == ""


def test_a_backward_term_says_before(capsys: Capture) -> None:
    """Five working days back from Monday 4 January 2027: 31, 30, 29 and 28 December, then
    (25 and 26 December Christmas, 27 a Sunday) Thursday 24 December 2026."""
    code, out, _ = run(capsys, "deadline", "2027-01-04", "5 werkdagen", "--backward")
    assert code == 0
    assert out.splitlines()[2] == (
        "  - 5 werkdagen vóór maandag 4 januari 2027, teruggeteld vanaf de dag ervoor: "
        "donderdag 24 december 2026"
    )
    code, out, _ = run(capsys, "deadline", "2027-01-04", "1 jaar", "--backward", "--lang", "en")
    assert code == 0
    assert out.splitlines()[2] == (
        "  - 1 year before Monday 4 January 2027: same day number, or the last day of the month "
        "where that day does not exist: Sunday 4 January 2026"
    )
    assert " na " not in out


def test_the_atw_line_cannot_be_read_as_asking_for_two_weekend_days(capsys: Capture) -> None:
    """Atw art. 2: the term must hold at least two days that are NOT a Saturday, Sunday or
    holiday. Six weeks from 24 December 2026 end Thursday 4 February 2027: no extension."""
    code, out, _ = run(capsys, "deadline", "2026-12-24", "zes weken", "--atw")
    assert code == 0
    assert out.splitlines()[-1] == (
        "  - Atw art. 1 en 2 toegepast, geen verlenging: donderdag 4 februari 2027 is geen "
        "zaterdag, zondag of algemeen erkende feestdag (art. 1), en in de termijn vallen al ten "
        "minste twee dagen die geen zaterdag, zondag of algemeen erkende feestdag zijn (art. 2)"
    )
    assert "zulke dagen" not in out
