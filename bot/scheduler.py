"""The scheduler tick: one APScheduler interval job claims due rows of the `timers` table and runs
the handler registered for each timer's kind.  Timers are data; APScheduler's own job store is
not the source of truth, so a restart loses nothing.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import logging
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.core.clock import Clock
from bot.dispatch import Dispatcher
from storage import queries
from storage.models import Timer

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

    def due(self, at: dt.datetime | None = None) -> list[Timer]:
        """Timers due at `at` (default: now), oldest first, without claiming them."""
        at = at or self.clock.now()
        with self.sessions() as db:
            return list(db.scalars(select(Timer).where(Timer.status == "pending", Timer.due_at <= at)
                                   .order_by(Timer.due_at, Timer.id).limit(self.batch)))

    def claim(self, at: dt.datetime) -> list[int]:
        with self.sessions() as db, db.begin():
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
            timer = db.get(Timer, timer_id)
            if timer is not None:
                timer.last_error = type(exc).__name__
                timer.status = "failed" if timer.attempts >= self.max_attempts else "pending"

    async def run(self, stop: asyncio.Event, interval: float = 30.0) -> None:
        """Tick on an APScheduler interval job until `stop` is set."""
        from apscheduler.schedulers.asyncio import AsyncIOScheduler

        scheduler = AsyncIOScheduler(timezone=dt.timezone.utc)

        async def job() -> None:
            try:
                await asyncio.to_thread(self.tick)
            except Exception:  # the database may be away: the next tick tries again
                log.exception("tick failed")

        scheduler.add_job(job, "interval", seconds=interval, max_instances=1, coalesce=True,
                          next_run_time=dt.datetime.now(dt.timezone.utc))
        scheduler.start()
        try:
            await stop.wait()
        finally:
            scheduler.shutdown(wait=False)
