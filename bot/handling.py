"""The handling loop: recorded inbound events are handled here, in the order they came, never in
the request that acknowledged them.

Webhooks only store (`bot.intake`) and wake this loop; the loop takes the pending events oldest
first and runs each through the dispatcher in a worker thread, one at a time, so one person's "1"
is handled before their "2" (several events share a transaction for up to `Dispatcher.hold`
seconds: one write lock and one commit, each event after the first in a savepoint of its own);
then it answers the Telegram buttons tapped among them (the spinner stops, the keyboard shows the
choice).
Acknowledging does not wait for handling, and handling runs at its own pace: under a burst the
events queue up in the database (nothing is lost) and are worked off.  Only when the loop runs in
the acknowledging process and has fallen a whole batch behind does a webhook, its update stored,
wait until the loop has caught up (at most `keep_up_wait` seconds) before it answers
(`keep_up`): the platform then sends no faster than samen handles (Telegram and Twilio hold what
they have not delivered), and the process's time goes to handling what it acknowledged rather than
to storing an ever longer queue.

When the database goes away, the events stay pending and the loop tries again, waiting longer
each time (`retry_wait` doubling up to `retry_cap`).  Between bursts it sleeps until woken, or
`poll` seconds (events another process stored: `samen run --role web` with a worker).
"""
from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING, Any, Mapping, Protocol

from sqlalchemy import Select, Text, and_, case, cast, null, select
from sqlalchemy.exc import SQLAlchemyError

from storage.models import InboundEvent
from storage.prepared import Prepared

if TYPE_CHECKING:
    from bot.dispatch import Dispatcher
    from bot.outbox import OutboxSender

log = logging.getLogger(__name__)


class Samen(Protocol):
    """What the loop uses of the application (`bot.app.Samen` has it)."""

    dispatcher: "Dispatcher"
    sender: "OutboxSender"
    channels: Mapping[str, Any]


class Handling:
    def __init__(self, samen: "Samen", batch: int = 100, poll: float = 0.5, retry_wait: float = 0.5,
                 retry_cap: float = 5.0, keep_up_wait: float = 0.5) -> None:
        self.samen = samen
        self.batch, self.poll = batch, poll
        self.retry_wait, self.retry_cap = retry_wait, retry_cap
        self.keep_up_wait = keep_up_wait
        self._wake: asyncio.Event | None = None
        self._running = False
        # cleared while the loop (running) is behind: its last round took a whole batch
        self._caught_up: asyncio.Event | None = None
        self.rounds = 0  # for benchmarks and tests: rounds ended (taken something or not)
        # built once (Core: no ORM session for a read the loop makes after every wake-up).  Only a
        # tap's payload is read here (to answer the button): the dispatcher reads every event's again.
        # NOTE: "looks like a tap" is a text match on the stored update (the key; in a text its quotes
        # are escaped); what matches is confirmed by `_tapped` below on the update itself.
        events = InboundEvent.__table__
        maybe_tap = and_(events.c.channel == "telegram",
                         cast(events.c.payload, Text).contains('"callback_query"', autoescape=True))
        self._pending_query = (select(events.c.id, events.c.channel,
                                      case((maybe_tap, events.c.payload), else_=null()).label("payload"))
                               .where(events.c.status == "pending").order_by(events.c.id).limit(batch))
        self._pending = Prepared(self._pending_query)

    @property
    def running(self) -> bool:
        """Whether the loop runs (in this process)."""
        return self._running

    def wake(self) -> None:
        if self._wake is not None:
            self._wake.set()

    @property
    def behind(self) -> bool:
        """Whether the loop runs here and its last round found a whole batch or more waiting."""
        return self._running and self._caught_up is not None and not self._caught_up.is_set()

    async def keep_up(self) -> None:
        """A webhook's pause after storing its update: while the loop (in this process) is a batch
        or more behind, wait until it has caught up (a round found less than a batch waiting), at
        most `keep_up_wait` seconds."""
        if not self.behind:
            return
        assert self._caught_up is not None
        try:
            await asyncio.wait_for(self._caught_up.wait(), timeout=self.keep_up_wait)
        except asyncio.TimeoutError:
            pass

    def _finished_round(self, behind: bool) -> None:
        self.rounds += 1
        if self._caught_up is not None:
            if behind:
                self._caught_up.clear()
            else:
                self._caught_up.set()

    async def run(self, stop: asyncio.Event) -> None:
        self._running = True
        self._caught_up = asyncio.Event()
        self._caught_up.set()
        try:
            await self._run(stop)
        finally:
            self._running = False
            self._finished_round(False)  # nobody waits for a loop that has stopped

    async def _run(self, stop: asyncio.Event) -> None:
        self._wake = asyncio.Event()
        wait = self.retry_wait
        while not stop.is_set():
            # NOTE: cleared before the round reads what is pending, so a wake-up during the round
            # (an event stored after that read) is not lost: the wait below returns at once.
            self._wake.clear()
            try:
                taken = await self.round()
                wait = self.retry_wait
            except SQLAlchemyError:
                self._finished_round(False)  # webhooks do not wait for a loop that waits itself
                log.warning("database unavailable: handling recorded messages again in %.1f s", wait)
                await _sleep(stop, wait)
                wait = min(wait * 2, self.retry_cap)
                continue
            except Exception:  # never let one bad round stop the loop
                self._finished_round(False)
                log.exception("handling round failed")
                await _sleep(stop, wait)
                continue
            self._finished_round(taken >= self.batch)
            if taken >= self.batch:  # more may be waiting
                continue
            waiters = [asyncio.ensure_future(self._wake.wait()), asyncio.ensure_future(stop.wait())]
            await asyncio.wait(waiters, timeout=self.poll, return_when=asyncio.FIRST_COMPLETED)
            for waiter in waiters:
                waiter.cancel()

    async def round(self) -> int:
        """Handle the oldest pending events (up to `batch`), then answer the buttons tapped among
        them; how many were taken."""
        rows = await asyncio.to_thread(self._take)
        if not rows:
            return 0
        await self._answer_buttons(rows)
        self.samen.sender.wake()
        return len(rows)

    def _take(self) -> list[tuple[int, str, Any]]:
        """The pending events (id, channel, and the payload only of what may be a tapped button),
        handled: one hop to a worker thread, and the read in the first transaction of the handling."""
        rows, _written = self.samen.dispatcher.take_and_process(self._pending)
        return rows

    @staticmethod
    def _tapped(channel: str, payload: Any) -> bool:
        raw = (payload or {}).get("raw") if channel == "telegram" else None
        return isinstance(raw, dict) and isinstance(raw.get("callback_query"), dict)

    def pending_query(self) -> Select[Any]:
        """The oldest pending events (read through the partial index ix_inbound_events_queue)."""
        return self._pending_query

    async def _answer_buttons(self, rows: list[tuple[int, str, Any]]) -> None:
        """Answer the tapped Telegram buttons of a round: the spinner stops and the keyboard shows
        the choice.  After they were handled, in the same round: a worker-thread hop less than
        answering first, ~1 ms later for one tap, and never "chosen" for a tap the database could not
        take (that tap is answered when the round that handles it ends)."""
        telegram = self.samen.channels.get("telegram")
        if telegram is None or not hasattr(telegram, "acknowledge_raw"):
            return
        taps = [telegram.acknowledge_raw(payload["raw"]) for _id, channel, payload in rows
                if self._tapped(channel, payload)]
        if taps:
            await asyncio.gather(*taps, return_exceptions=True)


async def _sleep(stop: asyncio.Event, seconds: float) -> None:
    try:
        await asyncio.wait_for(stop.wait(), timeout=seconds)
    except asyncio.TimeoutError:
        pass
