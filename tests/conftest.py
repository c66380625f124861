"""Shared pytest configuration. The custom markers (``--strict-markers`` is on) are
registered in ``pyproject.toml`` (``[tool.pytest.ini_options] markers``)."""
