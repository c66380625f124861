"""Shared pytest configuration: custom markers (``--strict-markers`` is on)."""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "slow: builds and installs the wheel in a fresh venv (about 15 s); "
        "deselect with -m 'not slow'",
    )


@pytest.fixture(autouse=True)
def _dutch_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line's help and parse errors follow the locale (LANG=en*: English);
    the tests expect the default, Dutch, whatever the machine's locale is."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
