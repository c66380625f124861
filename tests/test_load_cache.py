"""kr.load is cached: the same read-only object while no file it was read from changes."""

from __future__ import annotations

import copy
import pickle
import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import klachtregels as kr
from klachtregels.model.loader import ReadOnlyError

REGELINGEN = Path(__file__).resolve().parents[1] / "regelingen"
LIVIO = REGELINGEN / "livio" / "2020-01-01.yaml"


def test_a_second_load_is_the_same_object() -> None:
    first = kr.load("livio")
    assert kr.load("livio") is first
    # Another date in force of the same version: the same object too (one plan).
    assert kr.load("livio", on=date(2024, 6, 1)) is first
    assert kr.load(LIVIO) is kr.load(str(LIVIO))


MUTATIONS: list[tuple[str, Callable[[kr.Regulation], Any]]] = [
    ("pop a term", lambda r: r.terms.pop("judgment")),
    ("replace a term", lambda r: r.terms.__setitem__("judgment", r.terms["first_contact"])),
    ("delete a step", lambda r: r.escalation.__delitem__("provider")),
    ("clear the sources", lambda r: r.sources.clear()),
    ("update the bodies", lambda r: r.bodies.update({})),
    ("append a law base", lambda r: r.extends.append("jeugdwet")),
    ("reverse the omissions", lambda r: r.omits.reverse()),
    ("extend what is not encoded", lambda r: r.unencoded.extend([])),
    ("change the origins", lambda r: r._origins.clear()),
    ("change a condition's parts", lambda r: _condition_list(r).append(None)),
]


def _condition_list(reg: kr.Regulation) -> list[Any]:
    for step in reg.escalation.values():
        parts = step.open_when.any or step.open_when.all
        if parts is not None:
            return parts
    raise AssertionError("no step with an any/all condition")


@pytest.mark.parametrize(("what", "change"), MUTATIONS, ids=[m[0] for m in MUTATIONS])
def test_the_cached_regulation_cannot_be_changed(
    what: str, change: Callable[[kr.Regulation], Any]
) -> None:
    reg = kr.load("livio")
    before = reg.model_dump()
    with pytest.raises(ReadOnlyError) as info:
        change(reg)
    assert isinstance(info.value, TypeError)
    assert info.value.message("en") == (
        "a loaded regulation is read-only (kr.load gives every caller the same object); "
        "copy first, e.g. dict(reg.terms) or reg.model_copy(update=...)"
    )
    assert kr.load("livio").model_dump() == before


def test_a_copy_can_be_changed_and_the_cache_stays() -> None:
    reg = kr.load("livio")
    terms = dict(reg.terms)
    del terms["first_contact"]
    other = reg.model_copy(update={"terms": terms})
    assert "first_contact" not in other.terms
    assert "first_contact" in kr.load("livio").terms


def test_pickled_and_copied_it_stays_equal_and_read_only() -> None:
    reg = kr.load("polypartners")
    for again in (pickle.loads(pickle.dumps(reg)), copy.deepcopy(reg), copy.copy(reg)):
        assert again == reg
        assert again.model_dump() == reg.model_dump()
        with pytest.raises(ReadOnlyError):
            again.terms.clear()


def test_a_file_changed_on_disk_is_read_again(tmp_path: Path) -> None:
    shutil.copytree(REGELINGEN / "_wetten", tmp_path / "_wetten")
    (tmp_path / "livio").mkdir()
    target = tmp_path / "livio" / "2020-01-01.yaml"
    text = LIVIO.read_text("utf-8")
    target.write_text(text, "utf-8")
    first = kr.load("livio", root=tmp_path)
    assert first.version == "3"
    # The same length, written at once: a change that a size or time stamp may miss.
    changed = text.replace('version: "3"\n', 'version: "4"\n', 1)
    assert len(changed) == len(text)
    target.write_text(changed, "utf-8")
    assert kr.load("livio", root=tmp_path).version == "4"
    assert kr.load(target).version == "4"
    # A new version file in the folder is found too.
    later = changed.replace("valid_from: 2020-01-01\n", "valid_from: 2030-01-01\n", 1)
    (tmp_path / "livio" / "2030-01-01.yaml").write_text(later, "utf-8")
    assert kr.load("livio", root=tmp_path).valid_from == date(2030, 1, 1)


def test_a_law_base_changed_on_disk_is_read_again(tmp_path: Path) -> None:
    shutil.copytree(REGELINGEN, tmp_path / "regelingen")
    root = tmp_path / "regelingen"
    first = kr.load("livio", root=root)
    assert first.origin("terms", "damages_limitation") == "bw"
    assert first.terms["damages_limitation"].term.text == "vijf jaar"
    bw = root / "_wetten" / "bw" / "1992-01-01.yaml"
    text = bw.read_text("utf-8")
    bw.write_text(text.replace("term: vijf jaar\n", "term: zes jaar\n", 1), "utf-8")
    again = kr.load("livio", root=root)
    assert again.terms["damages_limitation"].term.text == "zes jaar"
