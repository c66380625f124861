"""The bundled regulations: every file loads, versions by date, layering, round trips, schema."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
import yaml

from klachtregels import (
    NoVersionInForceError,
    Regulation,
    Term,
    Unit,
    UnknownRegulationError,
    json_schema,
    load,
    read,
    regulations,
)
from klachtregels.model.loader import bundled_dir
from klachtregels.model.regulation import SECTIONS, Omission

REPO = Path(__file__).resolve().parents[1]
REGELINGEN = REPO / "regelingen"

IDS = ["bij-elkaar", "burgercoaching", "cmv-coaching", "livio", "polypartners"]
PROVIDER_FILES = [
    "bij-elkaar/2022-05-03.yaml",
    "burgercoaching/2025-01-01.yaml",
    "cmv-coaching/2025-01-01.yaml",
    "livio/2020-01-01.yaml",
    "polypartners/2022-07-21.yaml",
]
LAW_FILES = [
    "_wetten/bw/1992-01-01.yaml",
    "_wetten/jeugdwet/2015-01-01.yaml",
    "_wetten/wkkgz/2016-01-01.yaml",
    "_wetten/wzd/2020-01-01.yaml",
]
FILES = PROVIDER_FILES + LAW_FILES


def file_id(rel: str) -> str:
    """``livio/2020-01-01.yaml`` -> ``livio``; ``_wetten/wkkgz/...`` -> ``wkkgz``."""
    return Path(rel).parent.name


def term_texts(reg: Regulation) -> dict[str, str]:
    """Term equality ignores the words a term was written in; compare those separately."""
    return {rule_id: rule.term.text for rule_id, rule in reg.terms.items()}


# --------------------------------------------------------------------------- files


#: A regulation file is named after the day it comes into force (other YAML files,
#: such as scenarios, may sit beside it).
VERSION_FILE = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9].yaml"


def test_the_bundled_files_are_exactly_these() -> None:
    found = sorted(str(p.relative_to(REGELINGEN)) for p in REGELINGEN.rglob(VERSION_FILE))
    assert found == sorted(FILES)


def test_the_checkout_is_the_bundled_folder() -> None:
    # The tests below read files by path; they must be the ones load(id) uses.
    assert bundled_dir().resolve() == REGELINGEN.resolve()


def test_regulations_lists_exactly_the_five_providers() -> None:
    index = regulations()
    assert sorted(index) == IDS
    for ident, versions in index.items():
        (only,) = versions
        assert only.id == ident
        assert only.path.resolve() == (REGELINGEN / ident / only.path.name).resolve()
        assert only.valid_from == date.fromisoformat(only.path.stem)
        assert only.valid_until is None
        assert only.span() == f"{only.path.stem} - ..."


@pytest.mark.parametrize("ident", IDS)
def test_load_by_id(ident: str) -> None:
    reg = load(ident)
    assert reg.id == ident
    assert reg.kind == "regulation"
    (rel,) = (f for f in PROVIDER_FILES if file_id(f) == ident)
    assert reg.valid_from == date.fromisoformat(Path(rel).stem)
    assert reg.law in ("wkkgz", "jeugdwet")
    assert reg.law in reg.extends
    # The effective regulation holds every rule of its own file, unchanged.
    own = read(REGELINGEN / rel)
    for section in SECTIONS:
        for rule_id, rule in getattr(own, section).items():
            assert getattr(reg, section)[rule_id] == rule, f"{section}.{rule_id}"
            assert reg.origin(section, rule_id) == ident


@pytest.mark.parametrize("rel", FILES)
def test_load_by_path(rel: str) -> None:
    path = REGELINGEN / rel
    reg = load(path)
    assert reg.id == file_id(rel)
    assert reg.kind == ("law" if rel.startswith("_wetten/") else "regulation")
    assert reg.valid_from == date.fromisoformat(path.stem)
    # A path given as text (as the CLI does) loads the same regulation.
    assert load(str(path)) == reg


@pytest.mark.parametrize("rel", LAW_FILES)
def test_a_law_base_is_its_own_effective_regulation(rel: str) -> None:
    own = read(REGELINGEN / rel)
    assert own.extends == []
    # Compared as data: the loaded one also records each rule's origin (private).
    effective = load(REGELINGEN / rel)
    assert effective.model_dump() == own.model_dump()
    for section in SECTIONS:
        for rule_id in getattr(own, section):
            assert effective.origin(section, rule_id) == own.id
    # ... and can be loaded by its id too, though regulations() does not list it.
    assert load(file_id(rel)).model_dump() == own.model_dump()
    assert file_id(rel) not in regulations()


# ----------------------------------------------------------------- versions


def test_livio_is_in_force_from_its_first_day() -> None:
    reg = load("livio", on=date(2020, 1, 1))
    assert reg.id == "livio"
    assert reg.valid_from == date(2020, 1, 1)
    assert load("livio", on=date(2099, 12, 31)) == reg


def test_livio_is_not_in_force_the_day_before() -> None:
    with pytest.raises(NoVersionInForceError) as info:
        load("livio", on=date(2019, 12, 31))
    e = info.value
    assert isinstance(e, LookupError)
    assert str(e) == "geen versie van 'livio' van kracht op 2019-12-31; versies: 2020-01-01 - ..."
    assert e.message("en") == (
        "no version of 'livio' in force on 2019-12-31; versions: 2020-01-01 - ..."
    )
    assert e.ref == "livio"
    assert e.on == date(2019, 12, 31)
    assert [v.span() for v in e.versions] == ["2020-01-01 - ..."]


def test_unknown_id_lists_the_known_ids() -> None:
    with pytest.raises(UnknownRegulationError) as info:
        load("zorggroep-nergens")
    e = info.value
    assert isinstance(e, LookupError)
    assert str(e) == (
        "geen regeling met id 'zorggroep-nergens'; "
        "bekend: bij-elkaar, burgercoaching, cmv-coaching, livio, polypartners"
    )
    assert e.message("en") == (
        "no regulation with id 'zorggroep-nergens'; "
        "known: bij-elkaar, burgercoaching, cmv-coaching, livio, polypartners"
    )
    assert e.known == IDS


def _with_version(text: str, valid_from: str, version: str) -> str:
    out = text.replace("valid_from: 2020-01-01\n", f"valid_from: {valid_from}\n", 1)
    out = out.replace('version: "3"\n', f'version: "{version}"\n', 1)
    assert out.count(valid_from) >= 1
    assert f'version: "{version}"' in out
    return out


def test_two_versions_pick_the_one_in_force(tmp_path: Path) -> None:
    # A root with two Livio versions: the first ends the day before the second starts.
    shutil.copytree(REGELINGEN / "_wetten", tmp_path / "_wetten")
    (tmp_path / "livio").mkdir()
    text = (REGELINGEN / "livio" / "2020-01-01.yaml").read_text("utf-8")
    (tmp_path / "livio" / "2020-01-01.yaml").write_text(text, "utf-8")
    (tmp_path / "livio" / "2022-01-01.yaml").write_text(
        _with_version(text, "2022-01-01", "4"), "utf-8"
    )
    index = regulations(tmp_path)
    assert sorted(index) == ["livio"]
    assert [v.span() for v in index["livio"]] == ["2020-01-01 - 2021-12-31", "2022-01-01 - ..."]
    assert load("livio", on=date(2021, 12, 31), root=tmp_path).version == "3"
    assert load("livio", on=date(2022, 1, 1), root=tmp_path).version == "4"
    assert load("livio", root=tmp_path).version == "4"
    with pytest.raises(NoVersionInForceError) as info:
        load("livio", on=date(2019, 12, 31), root=tmp_path)
    assert str(info.value) == (
        "geen versie van 'livio' van kracht op 2019-12-31; "
        "versies: 2020-01-01 - 2021-12-31; 2022-01-01 - ..."
    )


# ----------------------------------------------------------------- layering


def test_polypartners_takes_the_judgment_term_from_the_wkkgz() -> None:
    own = read(REGELINGEN / "polypartners" / "2022-07-21.yaml")
    wkkgz = read(REGELINGEN / "_wetten" / "wkkgz" / "2016-01-01.yaml")
    assert "judgment" not in own.terms
    reg = load("polypartners")
    judgment = reg.terms["judgment"]
    assert reg.origin("terms", "judgment") == "wkkgz"
    assert judgment == wkkgz.terms["judgment"]
    assert judgment.term == Term(6, Unit.WEEKS)
    assert judgment.start == "in_writing"
    assert judgment.atw is True
    assert judgment.citation.source == "wkkgz"
    assert judgment.citation.article == "art. 17 lid 1"
    assert reg.law_rule("terms", "judgment") == judgment
    # Its own term stays its own.
    assert reg.origin("terms", "filing") == "polypartners"


def test_livio_has_its_own_judgment_term() -> None:
    reg = load("livio")
    assert reg.origin("terms", "judgment") == "livio"
    judgment = reg.terms["judgment"]
    assert judgment.term == Term(6, Unit.WEEKS)
    assert judgment.start == "complaint"  # the complaint in Livio's sense (art. 1 lid 1 d)
    assert judgment.citation.source == "livio"
    assert judgment.citation.article == "art. 10 lid 1"
    # The law's rule it replaces is still known.
    law = reg.law_rule("terms", "judgment")
    assert law is not None
    assert law.start == "in_writing"
    assert law.citation.source == "wkkgz"


def test_polypartners_escalation_omits_the_provider_step() -> None:
    wkkgz = read(REGELINGEN / "_wetten" / "wkkgz" / "2016-01-01.yaml")
    assert "provider" in wkkgz.escalation  # so its absence below is the omission's doing
    reg = load("polypartners")
    assert "provider" not in reg.escalation
    assert list(reg.escalation) == [
        "staff",
        "manager",
        "complaints_officer",
        "complaints_committee",
        "disputes_body",
    ]
    (omission,) = reg.omits
    assert isinstance(omission, Omission)
    assert (omission.section, omission.id) == ("escalation", "provider")
    assert omission.citation.source == "polypartners"
    committee = reg.escalation["complaints_committee"]
    assert committee.body == "facit"
    assert committee.formal is True
    assert reg.origin("escalation", "complaints_committee") == "polypartners"
    assert reg.bodies["facit"].kind == "complaints_committee"
    # The law-base steps PolyPartners is silent on stay, with their origin.
    assert reg.origin("escalation", "disputes_body") == "wkkgz"
    assert reg.escalation["disputes_body"] == wkkgz.escalation["disputes_body"]


def test_livio_routes_wzd_complaints_to_the_rkc() -> None:
    reg = load("livio")
    route = reg.routing["wzd"]
    assert route.forward_to == "rkc_twente"
    assert route.when.fact == "involuntary_care"
    assert reg.origin("routing", "wzd") == "livio"
    assert reg.bodies["rkc_twente"].kind == "wzd_committee"
    # It overrides the Wzd base's placeholder committee.
    law = reg.law_rule("routing", "wzd")
    assert law is not None
    assert law.forward_to == "wzd_klachtencommissie"
    assert reg.origin("bodies", "wzd_klachtencommissie") == "wzd"


def test_escalation_is_in_canonical_order_for_every_regulation() -> None:
    from klachtregels.model.regulation import STEPS

    for ident in IDS:
        steps = list(load(ident).escalation)
        assert steps == sorted(steps, key=STEPS.index), ident


# --------------------------------------------------------------- round trips


@pytest.mark.parametrize("rel", FILES)
def test_round_trip_through_python_dump(rel: str) -> None:
    # model_dump(mode="json") gives dates as strings, which the strict models reject
    # in model_validate; the Python-mode dump keeps them as dates.
    reg = read(REGELINGEN / rel)
    again = Regulation.model_validate(reg.model_dump(by_alias=True))
    assert again == reg
    assert term_texts(again) == term_texts(reg)


@pytest.mark.parametrize("rel", FILES)
def test_round_trip_through_json_text(rel: str) -> None:
    # In JSON mode (a JSON document, not a dict) strict models accept ISO date strings.
    reg = read(REGELINGEN / rel)
    again = Regulation.model_validate_json(reg.model_dump_json(by_alias=True))
    assert again == reg
    assert term_texts(again) == term_texts(reg)


@pytest.mark.parametrize("rel", FILES)
def test_round_trip_through_yaml_file(rel: str, tmp_path: Path) -> None:
    reg = read(REGELINGEN / rel)
    out = tmp_path / "again.yaml"
    out.write_text(
        yaml.safe_dump(reg.model_dump(by_alias=True), allow_unicode=True, sort_keys=False),
        "utf-8",
    )
    again = read(out)
    assert again == reg
    assert term_texts(again) == term_texts(reg)


# ------------------------------------------------------------ modeline, schema


@pytest.mark.parametrize("rel", FILES)
def test_first_line_is_the_schema_modeline(rel: str) -> None:
    first = (REGELINGEN / rel).read_text("utf-8").splitlines()[0]
    schema = "../../schema.json" if rel.startswith("_wetten/") else "../schema.json"
    assert first == f"# yaml-language-server: $schema={schema}"
    # ... and the relative path reaches the committed schema.
    assert ((REGELINGEN / rel).parent / schema).resolve() == (REGELINGEN / "schema.json")


def test_committed_schema_is_the_models_schema() -> None:
    committed = json.loads((REGELINGEN / "schema.json").read_text("utf-8"))
    printed = json.loads(json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n")
    assert committed == printed
    assert committed["title"] == "klachtregels regulation"
    assert committed["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_committed_schema_is_byte_for_byte_the_cli_output() -> None:
    # `klachtregels schema > regelingen/schema.json` reproduces the file exactly.
    text = (REGELINGEN / "schema.json").read_text("utf-8")
    assert text == json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"
