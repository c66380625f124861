"""The Python examples in docs/api.md run, and their assertions hold."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

DOC = Path(__file__).resolve().parents[1] / "docs" / "api.md"
BLOCKS = re.findall(r"```python\n(.*?)```", DOC.read_text("utf-8"), flags=re.S)


def test_api_page_has_examples() -> None:
    assert len(BLOCKS) >= 3


@pytest.mark.parametrize("n", range(len(BLOCKS)))
def test_api_example_runs(n: int) -> None:
    exec(compile(BLOCKS[n], f"docs/api.md[{n}]", "exec"), {"__name__": "docs_example"})
