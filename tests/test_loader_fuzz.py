"""Fuzzing the loader: mutated bundled files load or fail with a positioned RegulationError.

Each example takes one bundled file's YAML data, applies one to three random
mutations (delete a key, replace a value, rename a key, add a misspelt copy of a
key, change a value's type), writes it with ``yaml.safe_dump`` and loads it. The
loader must return a Regulation or raise RegulationError with a line and a column;
any other exception is a bug. ``check`` must agree with ``load``. A second test
does the same at the text level: explicit YAML tags and raw control characters,
which ``yaml.safe_dump`` never writes.
"""

from __future__ import annotations

import copy
import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, Phase, event, given, settings
from hypothesis import strategies as st

from klachtregels import Regulation, RegulationError, check, load, read

REPO = Path(__file__).resolve().parents[1]
FILES = sorted(
    (REPO / "regelingen").rglob("[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9].yaml"),
)
DATA: dict[str, Any] = {
    str(p.relative_to(REPO)): yaml.safe_load(p.read_text("utf-8")) for p in FILES
}

#: Values that mean something to the format, so mutations often get past the types.
WORDS = [
    "zes weekjes",
    "6 weken",
    "5 werkdagen",
    "een jaar",
    "0 dagen",
    "yes",
    "on",
    "receipt",
    "ontvangst",
    "in_writing",
    "wkkgz",
    "wmo",
    "other_provider",
    "provider",
    "livio",
    "statute",
    "satisfied",
    "extra.iets",
    "2020-13-01",
    "BWBR0037173",
    "<<",
    "<key>",
    "",
]

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    st.sampled_from(WORDS),
    st.dates(),
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1)),
)
keys = st.one_of(st.sampled_from(WORDS), st.text(min_size=1, max_size=12), st.integers(0, 9))
values = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(keys, inner, max_size=3)),
    max_leaves=6,
)


def containers(node: Any, out: list[Any]) -> list[Any]:
    """Every dict and list in the document, the document itself first."""
    if isinstance(node, dict | list):
        out.append(node)
        for child in node.values() if isinstance(node, dict) else node:
            containers(child, out)
    return out


def typo(key: str, data: st.DataObject) -> str:
    if not key:
        return "x"
    i = data.draw(st.integers(0, len(key) - 1), label="typo at")
    how = data.draw(st.sampled_from(["drop", "double", "swap", "upper"]), label="typo")
    if how == "drop":
        return key[:i] + key[i + 1 :] or key + "x"
    if how == "double":
        return key[:i] + key[i] * 2 + key[i + 1 :]
    if how == "swap" and i + 1 < len(key):
        return key[:i] + key[i + 1] + key[i] + key[i + 2 :]
    return key.upper() if key.upper() != key else key + "_"


def swap_type(value: Any, data: st.DataObject) -> Any:
    how = data.draw(st.sampled_from(["list", "dict", "str", "int", "date"]), label="swap")
    if how == "list":
        return [value]
    if how == "dict":
        return {"value": value}
    if how == "str":
        return str(value)
    if how == "int":
        return len(str(value))
    return date(2020, 1, 1)


def mutate(doc: Any, data: st.DataObject) -> str:
    """Apply one mutation somewhere in doc (in place); say what it was."""
    target = data.draw(st.sampled_from(containers(doc, [])), label="container")
    if isinstance(target, list):
        if not target:
            target.append(data.draw(values, label="appended"))
            return "append"
        i = data.draw(st.integers(0, len(target) - 1), label="index")
        how = data.draw(st.sampled_from(["delete", "replace", "swap"]), label="list op")
        if how == "delete":
            del target[i]
        elif how == "replace":
            target[i] = data.draw(values, label="value")
        else:
            target[i] = swap_type(target[i], data)
        return f"list {how}"
    if not target:
        target[data.draw(keys, label="new key")] = data.draw(values, label="value")
        return "add"
    key = data.draw(st.sampled_from(sorted(target, key=str)), label="key")
    how = data.draw(
        st.sampled_from(["delete", "replace", "rename", "typo_copy", "swap"]), label="op"
    )
    if how == "delete":
        del target[key]
    elif how == "replace":
        target[key] = data.draw(values, label="value")
    elif how == "rename":
        new = data.draw(keys, label="renamed to")
        target[new] = target.pop(key)
    elif how == "typo_copy":
        target[typo(str(key), data)] = copy.deepcopy(target[key])
    else:
        target[key] = swap_type(target[key], data)
    return how


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


def assert_positioned(e: RegulationError, path: Path) -> None:
    assert e.line is not None, str(e)
    assert e.column is not None, str(e)
    assert e.line >= 1
    assert e.column >= 1
    assert e.path == str(path)
    assert str(e).startswith(f"{path}:{e.line}:{e.column}: ")
    assert e.message("en").startswith(f"{path}:{e.line}:{e.column}: ")
    assert "\n" not in str(e), f"not one line: {e}"


def test_the_unmutated_files_load() -> None:
    # The starting points are valid, so errors below come from the mutations.
    assert len(DATA) == 9
    for rel in DATA:
        assert check(REPO / rel) == [], rel


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data())
def test_mutated_files_load_or_fail_with_a_position(data: st.DataObject, workdir: Path) -> None:
    rel = data.draw(st.sampled_from(sorted(DATA)), label="file")
    doc = copy.deepcopy(DATA[rel])
    n = data.draw(st.integers(1, 3), label="mutations")
    done = [mutate(doc, data) for _ in range(n)]
    path = workdir / "mutated.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), "utf-8")

    try:
        reg = read(path)
    except RegulationError as e:
        assert_positioned(e, path)
    else:
        assert isinstance(reg, Regulation)

    failure: RegulationError | None = None
    try:
        loaded = load(path)
    except RegulationError as e:
        # A cross-reference may fail in a law base's rule: then that file is named.
        assert_positioned(e, path if e.path == str(path) else Path(e.path))
        failure = e
    else:
        assert isinstance(loaded, Regulation)
    event(f"load: {failure.what_key if failure else 'valid'}")

    # check() agrees with load(): empty when it loads, else it includes load's error.
    found = check(path)
    for error in found:
        assert error.line is not None, str(error)
        assert error.column is not None, str(error)
    messages = [str(error) for error in found]
    if failure is None:
        assert messages == [], done
    else:
        assert str(failure) in messages, (done, messages)


#: Explicit tags a hand-written file may carry, on values they may not fit.
TAGS = [
    "!!timestamp",
    "!!bool",
    "!!int",
    "!!float",
    "!!str",
    "!!null",
    "!!binary",
    "!!set",
    "!!omap",
    "!!python/name:os.system",
]
#: Characters YAML does not allow in a stream (or only escaped).
RAW = ["\x00", "\x07", "\x1b", "\x7f", "\ufffe", "\x85", "\u2028"]


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    # No shrinking: the drawn file, line and tag are already small, and shrinking
    # each distinct failure would take a minute.
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    report_multiple_bugs=True,
)
@given(data=st.data())
def test_tags_and_raw_characters_fail_with_a_position(data: st.DataObject, workdir: Path) -> None:
    rel = data.draw(st.sampled_from(sorted(DATA)), label="file")
    lines = (REPO / rel).read_text("utf-8").splitlines()
    scalar_lines = [
        i for i, line in enumerate(lines) if re.match(r"^\s*[a-z_]+: [^\s&*|>\[{]", line)
    ]
    i = data.draw(st.sampled_from(scalar_lines), label="line")
    key, _, value = lines[i].partition(": ")
    if data.draw(st.booleans(), label="tag (else raw character)"):
        tag = data.draw(st.sampled_from(TAGS), label="tag")
        lines[i] = f"{key}: {tag} {value}"
    else:
        char = data.draw(st.sampled_from(RAW), label="character")
        at = data.draw(st.integers(0, len(value)), label="at")
        lines[i] = f"{key}: {value[:at]}{char}{value[at:]}"
    path = workdir / "tagged.yaml"
    path.write_text("\n".join(lines) + "\n", "utf-8")

    failure: RegulationError | None = None
    try:
        load(path)
    except RegulationError as e:
        failure = e
        if e.path == str(path):
            assert_positioned(e, path)
    event(f"load: {failure.what_key if failure else 'valid'}")
    messages = [str(error) for error in check(path)]
    assert (failure is None) == (messages == [])
