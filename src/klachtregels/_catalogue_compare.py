"""Messages of the compare feature: part of the one catalogue in :mod:`klachtregels.messages`."""

from __future__ import annotations

from collections.abc import Mapping

from klachtregels._lang import Lang

MESSAGES: Mapping[str, Mapping[Lang, str]] = {}
