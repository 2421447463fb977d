"""What the commands share: the one error a person sees, the configuration, samen built from it,
and the names the options accept."""
from __future__ import annotations

import datetime as dt
from typing import Any

from bot.config import Config

TRADITIONS = ("dutch", "school", "islamic", "christian", "orthodox", "hindu", "surinamese", "chinese")
REGIONS = ("noord", "midden", "zuid")
GROUP_ROLES = ("participant", "facilitator", "buddy")


class UsageError(Exception):
    """Bad input from the command line: one clear line, exit 2."""


def load_config() -> Config:
    try:
        return Config.from_env()
    except ValueError as exc:
        raise UsageError(str(exc)) from exc


def build_samen() -> Any:
    from bot.app import build

    return build(load_config())


def parse_date(text: str, flag: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError as exc:
        raise UsageError(f"{flag} {text!r} is not a date such as 2026-01-06") from exc
