"""Shared pytest configuration. The custom markers (``--strict-markers`` is on) are
registered in ``pyproject.toml`` (``[tool.pytest.ini_options] markers``)."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _dutch_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line's help and parse errors follow the locale (LANG=en*: English);
    the tests expect the default, Dutch, whatever the machine's locale is."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
