"""What the library guarantees whatever the input (docs/reliability.md): evaluation is
pure, a regulation's contents never make it open a file, output does not depend on the
hash seed; and docs/reliability.md names only tests that exist."""

from __future__ import annotations

import ast
import builtins
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import klachtregels as kr

REPO = Path(__file__).resolve().parents[1]
SRC = REPO / "src" / "klachtregels"
EXAMPLE = REPO / "examples" / "livio-kerstavond.yaml"
MINIMAL = (REPO / "tests" / "broken" / "valid_minimal.yaml").read_text("utf-8")

#: Calls that read the clock or the file system.
_IMPURE = {"today", "now", "utcnow", "time", "monotonic", "open", "read_text", "read_bytes"}


def _impure_calls(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Call):
            f = node.func
            name = (
                f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""
            )
            if name in _IMPURE:
                found.append(f"{path.relative_to(SRC)}:{node.lineno}: {name}()")
    return found


def test_evaluation_and_date_arithmetic_read_no_clock_and_no_file() -> None:
    modules = [*sorted((SRC / "engine").glob("*.py")), SRC / "law" / "terms.py"]
    modules.remove(SRC / "engine" / "scenarios.py")  # reads scenario files, by design
    offences = [o for m in modules for o in _impure_calls(m)]
    assert offences == []


def test_evaluation_opens_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    reg = kr.load("livio")
    complaint = kr.Complaint(received_on=date(2026, 12, 24), channel="email",
                             complainant_role="client")  # fmt: skip
    before = kr.evaluate(reg, complaint, date(2027, 1, 5)).model_dump(mode="json")

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError(f"opened {args[:1]}")

    monkeypatch.setattr(builtins, "open", refuse)
    monkeypatch.setattr(os, "open", refuse)
    after = kr.evaluate(reg, complaint, date(2027, 1, 5)).model_dump(mode="json")
    assert after == before


def test_no_file_named_in_a_regulation_is_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = tmp_path / "geheim.txt"
    secret.write_text("BSN 123456782\n", "utf-8")
    text = MINIMAL.replace(
        "    kind: regulation\n", f"    kind: regulation\n    file: {secret}\n", 1
    )
    assert text != MINIMAL
    path = tmp_path / "reg.yaml"
    path.write_text(text, "utf-8")
    opened: list[str] = []
    real_open = builtins.open

    def watching(file: Any, *args: Any, **kwargs: Any) -> Any:
        opened.append(str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", watching)
    reg = kr.load(str(path))
    kr.check(path)
    kr.evaluate(reg, kr.Complaint(received_on=date(2027, 1, 5), channel="email",
                                  complainant_role="client"))  # fmt: skip
    assert reg.sources["testzorg"].file == str(secret)
    assert str(secret) not in opened
    assert str(path) in opened


def test_output_is_the_same_under_any_hash_seed() -> None:
    outputs = set()
    for seed in ("0", "1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        argv = [sys.executable, "-m", "klachtregels", "check", "livio", str(EXAMPLE),
                "--as-of", "2027-01-05", "--format", "json"]  # fmt: skip
        result = subprocess.run(argv, capture_output=True, env=env, timeout=120, check=True)
        outputs.add(result.stdout)
    assert len(outputs) == 1


# ------------------------------------------------------ the page that names these tests

_NAMED = re.compile(r"`(tests/[\w/]+\.py)::(\w+)`")


def test_reliability_page_names_only_tests_that_exist() -> None:
    text = (REPO / "docs" / "reliability.md").read_text("utf-8")
    named = _NAMED.findall(text)
    assert len(named) >= 20
    missing = []
    for rel, name in named:
        source = (REPO / rel).read_text("utf-8") if (REPO / rel).is_file() else ""
        if not re.search(rf"^def {name}\(", source, flags=re.M):
            missing.append(f"{rel}::{name}")
    assert missing == []


def test_the_index_links_the_reliability_page() -> None:
    assert "(reliability.md)" in (REPO / "docs" / "index.md").read_text("utf-8")
