"""Shared pytest configuration: custom markers (``--strict-markers`` is on)."""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "slow: builds and installs the wheel in a fresh venv (about 15 s); "
        "deselect with -m 'not slow'",
    )
