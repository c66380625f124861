"""Regulations of one's own: KLACHTREGELS_PATH and --regulations, the bundled law bases
under them, shadowing only when asked for, and ``klachtregels new``."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

import klachtregels as kr
from klachtregels.cli import main
from klachtregels.model.catalog import ShadowError

REGELINGEN = Path(__file__).resolve().parents[1] / "regelingen"


@pytest.fixture
def own(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with one regulation of one's own, made by ``klachtregels new``."""
    monkeypatch.delenv("KLACHTREGELS_PATH", raising=False)
    folder = tmp_path / "eigen"
    assert main(["new", "zorgnet", "--out", str(folder), "--valid-from", "2026-01-01"]) == 0
    return folder


def test_new_writes_a_regulation_and_scenarios_that_pass(
    own: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reg_file = own / "zorgnet" / "2026-01-01.yaml"
    scenarios = own / "zorgnet" / "scenarios.yaml"
    assert sorted(p.name for p in (own / "zorgnet").iterdir()) == [
        "2026-01-01.yaml",
        "scenarios.yaml",
    ]
    first = reg_file.read_text("utf-8").splitlines()[0]
    assert first.startswith("# yaml-language-server: $schema=")
    schema = (reg_file.parent / first.split("=", 1)[1]).resolve()
    assert schema == (REGELINGEN / "schema.json").resolve()
    assert main(["validate", str(reg_file)]) == 0
    assert main(["test", str(scenarios)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "1 geslaagd, 0 mislukt"


def test_new_refuses_a_bad_id_and_an_existing_folder(
    own: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["new", "Zorg Net", "--out", str(own)]) == 2
    assert main(["new", "zorgnet", "--out", str(own), "--lang", "en"]) == 2
    assert capsys.readouterr().err.splitlines() == [
        "klachtregels new: 'Zorg Net' is geen id; schrijf kleine letters, cijfers en '-', "
        "beginnend met een letter, bijv. zorgnet",
        f"klachtregels new: {(own / 'zorgnet').as_posix()} exists already; "
        "choose another id or --out",
    ]


def test_an_own_regulation_builds_on_the_bundled_law_bases(
    own: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reg = kr.load("zorgnet", path=[own])
    assert reg.extends == ["wkkgz"]
    # Nothing of its own yet: the Wkkgz rules, e.g. art. 17's six weeks for the judgment.
    assert reg.origin("terms", "judgment") == "wkkgz"
    assert reg.terms["judgment"].term.text.startswith("zes weken")
    assert "zorgnet" in kr.regulations(path=[own])
    monkeypatch.setenv("KLACHTREGELS_PATH", os.pathsep.join(["/nonexistent", str(own)]))
    assert kr.load("zorgnet").id == "zorgnet"
    assert "zorgnet" in kr.regulations()


@pytest.mark.parametrize("command", [["list"], ["show", "livio"], ["check", "livio", "x.json"]])
def test_a_folder_given_that_is_none_is_one_line_and_exit_2(
    command: list[str], own: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--regulations`` with a typo: refused before anything is read or printed (before,
    it was passed over, and a bundled regulation of the same id was used instead)."""
    capsys.readouterr()
    for typo in (str(tmp_path / "eign"), ""):  # "": --regulations "$UNSET", not "."
        assert main([*command, "--regulations", str(own), "--regulations", typo]) == 2
        out, err = capsys.readouterr()
        assert out == ""
        assert err == (
            f"klachtregels: {typo!r} (in --regulations) is geen map; geef een map die is "
            "ingedeeld als regelingen/ (<id>/<datum>.yaml), bijv. ./eigen-regelingen\n"
        )


def test_a_file_as_own_folder_is_refused_in_python_and_the_service(own: Path) -> None:
    from klachtregels.model.catalog import NotAFolderError

    not_a_folder = own / "zorgnet" / "2026-01-01.yaml"
    with pytest.raises(NotAFolderError) as e:
        kr.load("zorgnet", path=[own, not_a_folder])
    assert isinstance(e.value, ValueError)
    assert e.value.message("en") == (
        f"{str(not_a_folder)!r} (in path) is not a folder; give a folder laid out like "
        "regelingen/ (<id>/<date>.yaml), e.g. ./own-regulations"
    )
    pytest.importorskip("fastapi")
    from klachtregels.service.app import create_app

    with pytest.raises(NotAFolderError, match="in regulations_dirs"):
        create_app([str(not_a_folder)])


def test_root_keeps_the_bundled_law_bases(own: Path) -> None:
    # Formerly: root=DIR without _wetten failed with "onbekende wettelijke basis 'wkkgz'".
    assert kr.load("zorgnet", root=own).origin("terms", "judgment") == "wkkgz"


def test_every_command_that_takes_an_id_searches_the_folders(
    own: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    example = str(Path(__file__).resolve().parents[1] / "examples" / "livio-kerstavond.yaml")
    capsys.readouterr()
    for argv in (
        ["show", "zorgnet"],
        ["check", "zorgnet", example],
        ["graph", "zorgnet"],
        ["timeline", "zorgnet", example],
        ["conform", "zorgnet"],
        ["diff", "zorgnet", "zorgnet"],
        ["list"],
    ):
        code = main([*argv, "--regulations", str(own)])
        assert code in (0, 1), argv  # conform: 1 when a finding is a violation
        assert capsys.readouterr().err == "", argv
    assert main(["show", "zorgnet"]) == 2
    assert capsys.readouterr().err.startswith("klachtregels: geen regeling met id 'zorgnet'")


def test_an_own_id_that_shadows_a_bundled_one_is_an_error_unless_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mine = tmp_path / "mine"
    shutil.copytree(REGELINGEN / "livio", mine / "livio")
    text = (mine / "livio" / "2020-01-01.yaml").read_text("utf-8")
    (mine / "livio" / "2020-01-01.yaml").write_text(
        text.replace("name: Livio\n", "name: Livio (eigen)\n", 1), "utf-8"
    )
    with pytest.raises(ShadowError) as info:
        kr.load("livio", path=[mine])
    assert info.value.message("en") == (
        f"regulation 'livio' is both in {mine} and in {REGELINGEN}; give one's own "
        "regulation another id, or ask for it with --shadow (Python: shadow=True): then "
        f"{mine} wins"
    )
    assert kr.load("livio", path=[mine], shadow=True).name == "Livio (eigen)"
    assert kr.load("livio").name == "Livio"
    assert main(["show", "livio", "--regulations", str(mine)]) == 2
    assert capsys.readouterr().err.startswith("klachtregels: regeling 'livio' staat zowel in ")
    assert main(["show", "livio", "--regulations", str(mine), "--shadow"]) == 0


def test_the_scenario_example_of_the_format_reference_passes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from klachtregels.present.docsgen import SCENARIO_EXAMPLE

    f = tmp_path / "example.yaml"
    f.write_text(SCENARIO_EXAMPLE, "utf-8")
    assert main(["test", str(f)]) == 0
    # And it can fail: a day later than the text gives is reported.
    f.write_text(SCENARIO_EXAMPLE.replace("judgment: 2027-02-04", "judgment: 2027-02-05"), "utf-8")
    assert main(["test", str(f)]) == 1
    assert "deadline judgment: expected 2027-02-05, got 2027-02-04" in (capsys.readouterr().out)


def test_docs_check_outside_a_checkout_says_so_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["docs", "--check", "--lang", "en"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (
        "klachtregels docs --check: no folder docs; --check compares the pages of a checkout "
        "of the repository: run it in the checkout, or give --out DIR\n"
    )
