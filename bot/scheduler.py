"""The scheduler tick: one APScheduler interval job claims due rows of the `timers` table and runs
the handler registered for each timer's kind.  Timers are data; APScheduler's own job store is
not the source of truth, so a restart loses nothing.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import logging
from dataclasses import dataclass
from typing import Callable

from sqlalchemy import null, select
from sqlalchemy.orm import Session, sessionmaker

from bot.core.clock import Clock
from bot.dispatch import Dispatcher
from storage.db import lock_for_write
from storage import erasure, queries
from storage.models import InboundEvent, Timer

log = logging.getLogger(__name__)


@dataclass
class TickResult:
    due: int
    ran: int
    failed: int
    messages: int


@dataclass
class Ticker:
    sessions: sessionmaker[Session]
    dispatcher: Dispatcher
    clock: Clock
    batch: int = 500
    max_attempts: int = 3
    shutdown_wait: float = 60.0  # seconds a tick under way may take to finish when the service stops
    retention_months: int = 12  # 0: keep members however long they are inactive
    payload_days: int = 30  # raw inbound payloads are kept this long (replays, debugging), then dropped
    straggler_after: dt.timedelta = dt.timedelta(seconds=30)  # an unhandled inbound message this old is picked up
    # True while a handling loop of this process takes every pending message (bot.handling): then
    # the tick leaves stragglers to it (two threads would take the same backlog in turn)
    handled_here: Callable[[], bool] = lambda: False
    # work done ahead of the timers, every `ahead_interval` seconds (the voice notes of the next hours)
    ahead: Callable[[], object] | None = None
    ahead_interval: float = 600.0
    _housekeeping_day: dt.date | None = None

    def housekeeping(self, at: dt.datetime) -> dict[str, int]:
        """Once a day: erase members inactive beyond the retention period, drop old raw payloads."""
        counts = {"erased": 0, "payloads": 0}
        # NOTE: found by one read-only query, erased in small batches: SQLite's write lock is held
        # only briefly, so webhooks keep being acknowledged meanwhile.
        while self.retention_months > 0:
            with self.sessions() as db, db.begin():
                lock_for_write(db)
                members = erasure.inactive_members(db, at, self.retention_months, limit=50)
                if not members:
                    break
                counts["erased"] += erasure.erase_members(db, members, at, reason="retention")["members"]
        with self.sessions() as db, db.begin():
            lock_for_write(db)
            cutoff = at - dt.timedelta(days=self.payload_days)
            rows = db.scalars(select(InboundEvent).where(InboundEvent.received_at < cutoff,
                                                          InboundEvent.status != "pending",
                                                          InboundEvent.payload.is_not(None))).all()
            for row in rows:
                row.payload = null()  # SQL NULL (a Python None would be stored as JSON null)
            counts["payloads"] = len(rows)
        if counts["erased"]:
            log.info("retention: %s inactive member(s) erased", counts["erased"])
        return counts

    def due(self, at: dt.datetime | None = None) -> list[Timer]:
        """Timers due at `at` (default: now), oldest first, without claiming them."""
        at = at or self.clock.now()
        with self.sessions() as db:
            return list(db.scalars(select(Timer).where(Timer.status == "pending", Timer.due_at <= at)
                                   .order_by(Timer.due_at, Timer.id).limit(self.batch)))

    def claim(self, at: dt.datetime) -> list[int]:
        with self.sessions() as db, db.begin():
            lock_for_write(db)
            query = (select(Timer).where(Timer.status == "pending", Timer.due_at <= at)
                     .order_by(Timer.due_at, Timer.id).limit(self.batch))
            if db.get_bind().dialect.name == "postgresql":
                query = query.with_for_update(skip_locked=True)
            queries.purge_media(db, at)  # voice notes and photos kept for another channel expire
            ids = []
            for timer in db.scalars(query):
                timer.status = "running"
                timer.attempts += 1
                ids.append(timer.id)
            return ids

    def tick(self, at: dt.datetime | None = None, dry_run: bool = False) -> TickResult:
        """Run every timer due at `at`; with `dry_run`, only count them."""
        at = at or self.clock.now()
        if dry_run:
            return TickResult(due=len(self.due(at)), ran=0, failed=0, messages=0)
        if self._housekeeping_day != at.date():
            self._housekeeping_day = at.date()
            try:
                self.housekeeping(at)
            except Exception:  # never let housekeeping stop the timers
                log.exception("housekeeping failed")
        # Messages acknowledged but never handled (a crash, a database outage after the 200) and no
        # handling loop here to take them: a straggler is picked up here, in the order it came.
        if not self.handled_here():
            try:
                self.dispatcher.process_pending(self.batch, received_before=at - self.straggler_after)
            except Exception:
                log.exception("handling left-over inbound messages failed")
        ids = self.claim(at)
        ran = failed = messages = 0
        for timer_id in ids:
            try:
                messages += self.dispatcher.run_timer(timer_id)
                ran += 1
            except Exception as exc:
                log.exception("timer %s failed", timer_id)
                failed += 1
                self._failed(timer_id, exc)
        return TickResult(due=len(ids), ran=ran, failed=failed, messages=messages)

    def _failed(self, timer_id: int, exc: Exception) -> None:
        with self.sessions() as db, db.begin():
            lock_for_write(db)
            timer = db.get(Timer, timer_id)
            if timer is not None:
                timer.last_error = type(exc).__name__
                timer.status = "failed" if timer.attempts >= self.max_attempts else "pending"

    async def run(self, stop: asyncio.Event, interval: float = 30.0) -> None:
        """Tick on an APScheduler interval job until `stop` is set."""
        from apscheduler.schedulers.asyncio import AsyncIOScheduler

        scheduler = AsyncIOScheduler(timezone=dt.timezone.utc)
        running: set[asyncio.Future[TickResult]] = set()

        async def job() -> None:
            tick = asyncio.ensure_future(asyncio.to_thread(self.tick))
            running.add(tick)
            tick.add_done_callback(running.discard)
            try:
                await asyncio.shield(tick)
            except asyncio.CancelledError:  # shutting down: `run` waits for the tick's thread itself
                return
            except Exception:  # the database may be away: the next tick tries again
                log.exception("tick failed")

        scheduler.add_job(job, "interval", seconds=interval, max_instances=1, coalesce=True,
                          next_run_time=dt.datetime.now(dt.timezone.utc))
        ahead = self.ahead
        if ahead is not None:
            async def ahead_job() -> None:
                try:
                    await asyncio.to_thread(ahead)
                except Exception:  # at worst the voice notes are made when they are sent
                    log.exception("work ahead of the timers failed")

            scheduler.add_job(ahead_job, "interval", seconds=self.ahead_interval, max_instances=1, coalesce=True,
                              next_run_time=dt.datetime.now(dt.timezone.utc) + dt.timedelta(seconds=5))
        scheduler.start()
        try:
            await stop.wait()
        finally:
            scheduler.shutdown(wait=False)
            # A tick under way finishes its transaction (its thread cannot be stopped anyway) before
            # the service ends: nothing half done, and no cancelled job reported as a failure.
            if running:
                await asyncio.wait(set(running), timeout=self.shutdown_wait)
