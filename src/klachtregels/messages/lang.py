"""The languages users can read klachtregels in."""

from typing import Literal

Lang = Literal["nl", "en"]
