"""The one clock of samen: real time in production, a simulated clock in tests and the demo.

Handlers and storage never read the wall clock; they are handed a `Clock`.
"""
from __future__ import annotations

import datetime as dt
import threading
from typing import Protocol

UTC = dt.timezone.utc


class Clock(Protocol):
    """Anything that tells the current aware UTC instant."""

    def now(self) -> dt.datetime: ...


class SystemClock:
    """The wall clock, always aware and in UTC."""

    def now(self) -> dt.datetime:
        return dt.datetime.now(UTC)


class FrozenClock:
    """A clock that only moves when told to: for tests and the demo."""

    def __init__(self, start: dt.datetime | None = None) -> None:
        self._now = start or dt.datetime(2026, 9, 7, 9, 0, tzinfo=UTC)
        if self._now.tzinfo is None:
            raise ValueError("FrozenClock needs an aware datetime")
        self._lock = threading.Lock()

    def now(self) -> dt.datetime:
        with self._lock:
            return self._now

    def advance(self, **delta: float) -> dt.datetime:
        """Move forward by a timedelta given as keywords (minutes=5, hours=1, ...)."""
        with self._lock:
            self._now = self._now + dt.timedelta(**delta)
            return self._now

    def set(self, when: dt.datetime) -> None:
        """Jump to an instant (aware)."""
        with self._lock:
            self._now = when
