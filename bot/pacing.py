"""Keeping to a platform's limits: the pacer (a sliding window per channel and a gap per chat), the
backoff between attempts, and which process sends on which channel (leases across workers).

The outbox sender (`bot.outbox`) takes a pacer's slot before every request and hands a row back
to pending with the backoff's delay; nothing here reads or writes outbox rows.
"""
from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import time
from dataclasses import dataclass
from typing import Awaitable, Callable

from sqlalchemy import Connection, Engine, text

log = logging.getLogger(__name__)


@dataclass
class Backoff:
    """Delays between attempts: base * factor**(attempt-1), capped; then the row fails."""

    base: float = 5.0
    factor: float = 2.0
    cap: float = 900.0
    max_attempts: int = 6

    def delay(self, attempt: int) -> float:
        return min(self.cap, self.base * self.factor ** max(0, attempt - 1))


class Pacer:
    """Keeps a sender under a platform's limits: at most `rate` × `window` sends in any `window`
    (a sliding window, the way the platforms count), and a minimum gap per chat.

    The platform counts a send when the request reaches it, somewhere between its start and its
    answer.  A send holds its place in the window until it is answered, and then until `window`
    after the latest moment it can have arrived: its start plus how much longer its round trip took
    than the quickest one seen (what held it up may have been on the way there), plus
    `arrival_within` — never later than its answer (and, for the first window's worth of sends, at
    its answer).  So several requests can be on their way at
    once, a wave runs at the platform's rate rather than at 1 / latency, and the platform never sees
    more than rate × window in a window.  Time lost to a slow claim or a sleep that woke late is
    made up within the window instead of pushing every later send back; sends are never started
    closer than `smoothing` × the nominal gap, so making up is no burst.
    """

    def __init__(self, rate: float = 30.0, per_address_interval: float = 1.0,
                 monotonic: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
                 window: float = 1.0, smoothing: float = 0.8, arrival_within: float = 0.02) -> None:
        self.interval = 1.0 / rate if rate > 0 else 0.0
        self.window = window
        self.burst = max(1, int(rate * window + 1e-9)) if rate > 0 else 0
        self.min_gap = self.interval * smoothing
        self.per_address_interval = per_address_interval
        self.arrival_within = arrival_within
        self.monotonic = monotonic
        self.sleep = sleep
        self._held: list[list[float]] = []  # [start, until] of the sends holding a place in the window
        self._in_flight: dict[str, list[float]] = {}  # address -> the place of its send, until answered
        self._quickest = float("inf")  # the shortest round trip seen
        self._answers = 0
        self._last = float("-inf")  # the last start
        self._last_address: str | None = None
        self._next_for: dict[str, float] = {}

    def wait_for_address(self, address: str) -> float:
        """Seconds until this chat may get its next message (0 when now)."""
        return max(0.0, self._next_for.get(address, 0.0) - self.monotonic())

    def waiting(self) -> set[str]:
        """The chats that may not get their next message yet (the others are forgotten here)."""
        now = self.monotonic()
        self._next_for = {address: t for address, t in self._next_for.items() if t > now}
        return set(self._next_for)

    def _wait(self, now: float) -> float:
        self._held = [slot for slot in self._held if slot[1] > now]
        wait = self._last + self.min_gap - now
        if len(self._held) >= self.burst:
            answered = [until for _start, until in self._held if until != float("inf")]
            # the first place to free up; with every place in flight, look again after a gap
            wait = max(wait, min(answered) - now if answered else self.interval)
        return wait

    async def take(self, address: str) -> None:
        """Wait for a slot, then book it and the chat's next gap; call `done(address)` when the
        answer is in (also when the send failed)."""
        now = self.monotonic()
        if self.burst:
            while (wait := self._wait(now)) > 0:
                await self.sleep(wait)
                now = self.monotonic()
            slot = [now, float("inf")]
            self._held.append(slot)
            self._in_flight[address] = slot
            self._last = now
        self._last_address = address
        self._next_for[address] = now + self.per_address_interval
        if len(self._next_for) > 50_000:  # forget chats whose gap has long passed
            self._next_for = {a: t for a, t in self._next_for.items() if t > now}

    def started(self, address: str) -> None:
        """The send booked for `address` leaves now (some work came between booking and sending)."""
        slot = self._in_flight.get(address)
        if slot is not None:
            slot[0] = self.monotonic()

    def done(self, address: str | None = None) -> None:
        """A send (to `address`; by default the one booked last) has been answered: its place in the
        window is fixed, and its chat's gap counts from now."""
        now = self.monotonic()
        address = address if address is not None else self._last_address
        slot = self._in_flight.pop(address, None) if address is not None else None
        if slot is not None:
            trip = now - slot[0]
            self._quickest = min(self._quickest, trip)
            self._answers += 1
            # NOTE: until a window's worth of answers has shown the quickest round trip (the first
            # requests also open their connections), a send counts from its answer
            arrived_by = slot[0] + trip - self._quickest + self.arrival_within if self._answers > self.burst else now
            slot[1] = min(now, arrived_by) + self.window
        if address is not None:
            self._next_for[address] = now + self.per_address_interval


class ChannelLeases:
    """Which channels this process sends on.

    Pacing holds per bot token / sender, not per process: on PostgreSQL each channel has one
    sender at a time across all workers, the holder of a session-level advisory lock taken on a
    connection of its own.  When that worker dies its connection closes, the lock goes with it,
    and another worker takes the channel over in its next round.  SQLite has one process: every
    channel is this process's.
    """

    def __init__(self, engine: Engine | None, channels: dict[str, str]) -> None:
        """`channels`: channel name -> the identity that is paced (bot id, sender number)."""
        self.engine = engine
        self.channels = tuple(channels)
        self.identities = dict(channels)
        self._conn: Connection | None = None
        self._held: set[str] = set()

    def key(self, channel: str) -> int:
        """A stable 64-bit advisory lock key for a channel and the identity it sends as."""
        name = f"samen-outbox:{channel}:{self.identities.get(channel, '')}"
        return int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)

    def held(self) -> set[str]:
        """The channels this process may send on now (trying to take the free ones)."""
        if self.engine is None or self.engine.dialect.name != "postgresql":
            return set(self.channels)
        try:
            if self._conn is None:
                self._conn = self.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
                self._held = set()
            self._conn.execute(text("SELECT 1"))  # a lost connection lost its locks too
            for channel in self.channels:
                if channel not in self._held and self._conn.execute(
                        text("SELECT pg_try_advisory_lock(:k)"), {"k": self.key(channel)}).scalar():
                    self._held.add(channel)
        except Exception as exc:  # the database is away: send nothing until it is back
            log.warning("channel leases lost: %s", type(exc).__name__)
            self.release()
        return set(self._held)

    def release(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(Exception):
                self._conn.close()
        self._conn, self._held = None, set()
