"""Deleting an erased member's messages at the platform.

Twilio keeps a log of every WhatsApp message; when a member asks to be erased, the messages samen
sent them are deleted there too (`storage.erasure` queues their platform ids as `ProviderDeletion`
rows; a goodbye to someone just erased is queued once it was delivered).  The outbox sender runs a
round of these beside its sends, on the channels it holds, paced like sends and retried with the
same backoff.  Only the platform's message id is known here.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import logging
from dataclasses import dataclass
from typing import Callable, Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.channels.base import Channel
from bot.core.clock import Clock
from bot.pacing import Backoff, Pacer
from storage.db import lock_for_write
from storage.models import ProviderDeletion

log = logging.getLogger(__name__)


@dataclass
class PlatformDeletions:
    sessions: sessionmaker[Session]
    channels: dict[str, Channel]
    clock: Clock
    backoff: Backoff
    pacer: Callable[[str], Pacer]
    batch: int = 50

    async def run(self, channels: Iterable[str]) -> int:
        """Delete the due messages on `channels` (those this process holds); how many were tried."""
        now = self.clock.now()
        held = set(channels)
        deletable = tuple(name for name, channel in self.channels.items()
                          if hasattr(channel, "delete") and name in held)
        if not deletable:
            return 0

        def claim() -> list[tuple[int, str, str]]:
            with self.sessions() as db, db.begin():
                lock_for_write(db)
                query = (select(ProviderDeletion).where(ProviderDeletion.status == "pending",
                                                        ProviderDeletion.next_attempt_at <= now,
                                                        ProviderDeletion.channel.in_(deletable))
                         .order_by(ProviderDeletion.id).limit(self.batch))
                if db.get_bind().dialect.name == "postgresql":
                    query = query.with_for_update(skip_locked=True)
                rows = list(db.scalars(query))
                for row in rows:
                    row.status, row.attempts = "deleting", row.attempts + 1
                return [(row.id, row.channel, row.provider_id) for row in rows]

        claimed = await asyncio.to_thread(claim)
        for row_id, channel, provider_id in claimed:
            await self.pacer(channel).take(f"delete:{provider_id}")
            try:
                outcome = await self.channels[channel].delete(provider_id)  # type: ignore[attr-defined]
            except Exception as exc:  # an adapter should classify; try again later
                log.warning("deleting a message at %s raised %s", channel, type(exc).__name__)
                outcome = "retry"
            self.pacer(channel).done(f"delete:{provider_id}")
            await asyncio.to_thread(self._record, row_id, outcome)
        return len(claimed)

    def _record(self, row_id: int, outcome: str) -> None:
        now = self.clock.now()
        with self.sessions() as db, db.begin():
            lock_for_write(db)
            row = db.get(ProviderDeletion, row_id)
            if row is None or row.status != "deleting":
                return
            if outcome == "done":
                row.status, row.done_at = "done", now
            elif outcome == "retry" and row.attempts < self.backoff.max_attempts:
                row.status = "pending"
                row.next_attempt_at = now + dt.timedelta(seconds=self.backoff.delay(row.attempts))
            else:
                row.status, row.error = "failed", outcome
                log.warning("a message of an erased member could not be deleted at %s", row.channel)
