"""The dispatcher: records each inbound event once, then runs it as one unit of work.

`record` stores the event under its unique (channel, external id) — a redelivered update has no
second effect — and may run before the platform is acknowledged.  `process` handles one event in
one database transaction: who is this, route to a handler, write the state and the outbound
intents to the outbox together; `process_many` (the handling loop's) lets several events share a
transaction for up to `hold` seconds, each after the first in a savepoint.  A handler that raises
is rolled back (alone) and the person gets one short apology in their language; the event stays
recorded as failed, so nothing is lost.
"""
from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from random import Random
import time
from collections import deque
from typing import Any, Callable, Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from bot.core.clock import Clock
from bot.core.i18n import Catalog
from bot.core.messages import Inbound, Outbound
from bot.router import Router
from handlers.base import Context, Policy
from storage.db import keep_loaded, lock_for_write
from storage.prepared import Prepared
from storage import queries
from storage.models import InboundEvent, Timer

log = logging.getLogger(__name__)


@dataclass
class _Event:
    """A pending inbound event as handling reads it, and what handling sets on it."""

    id: int
    channel: str
    address: str
    received_at: dt.datetime
    payload: dict | None
    status: str = "pending"
    processed_at: dt.datetime | None = None
    member_id: int | None = None
    error: str | None = None

    @classmethod
    def of(cls, row: Any, **handled: Any) -> "_Event":
        """The working copy of a row of `queries.event_to_handle`."""
        return cls(row.id, row.channel, row.address, row.received_at, row.payload, member_id=row.member_id,
                   error=row.error, **handled)

    def outcome(self) -> dict:
        """What `queries.finish_event` writes back."""
        return {"event_id": self.id, "status": self.status, "processed_at": self.processed_at,
                "member_id": self.member_id, "address": self.address, "error": self.error}


class _FixedClock:
    """The instant a dry run pretends it is."""

    def __init__(self, at: "dt.datetime") -> None:
        self.at = at

    def now(self) -> "dt.datetime":
        return self.at


@dataclass
class Dispatcher:
    """Turns inbound events and due timers into state changes plus outbox rows, one transaction each."""

    sessions: sessionmaker[Session]
    clock: Clock
    catalog: Catalog
    router: Router = field(default_factory=Router)
    policy: Policy = field(default_factory=Policy)
    rng: Random | None = None
    # channel -> reads a raw update stored by a webhook's fast path (payload {"raw": ...}) into an
    # Inbound, or None for one samen does not act on
    decoders: dict[str, Callable[[dict, dt.datetime], Inbound | None]] = field(default_factory=dict)
    # whether a channel can hold messages until the person writes (WhatsApp's window); `build` asks
    # the sender, so that an inbound message on Telegram does not look for held messages
    holds: Callable[[str], bool] = lambda _channel: True
    # how long (seconds of work) events may share one transaction before it commits: longer saves
    # locks and commits, shorter lets a webhook's group commit in sooner (it waits for the lock).
    # NOTE: ending it early whenever the webhook's writer waited cost a fifth of the messages
    # handled under a flood and gained the acknowledgements little (bench/webhook_load.py).
    hold: float = 0.01
    timer: Callable[[], float] = time.monotonic

    def record(self, inbound: Inbound) -> int | None:
        """Store the event; its id, or None when this (channel, external id) was seen before."""
        with self.sessions() as db, db.begin():
            event_id = queries.store_inbound_events(db.connection(), [queries.inbound_row(inbound)])[0]
        if event_id is None:
            log.info("duplicate inbound %s/%s ignored", inbound.channel, inbound.external_id)
        return event_id

    def process(self, event_id: int) -> int:
        """Run one recorded event; the number of outbox rows it wrote."""
        return self.process_many([event_id])

    def process_many(self, event_ids: Sequence[int]) -> int:
        """Run recorded events in the order given; the number of outbox rows they wrote.

        Several events share a transaction (one write lock, one commit) until `hold` seconds of
        work are done.  Every event after a transaction's first runs in a savepoint, so a handler
        that raises is rolled back alone and its event is marked failed (with one apology) in the
        same transaction; the first needs none: when it fails, its transaction held only it.  The
        database going away rolls the whole transaction back: its events stay pending."""
        todo = deque(event_ids)
        written = 0
        while todo:
            written += self._transaction(todo)
        return written

    def take_and_process(self, pending: Prepared) -> tuple[list[tuple[Any, ...]], int]:
        """`process_many` for the events `pending` selects (rows that start with the event's id),
        read in the first transaction, on its connection and under its write lock (the handling
        loop's round: no connection and no transaction of its own for the read); the rows read, and
        the number of outbox rows written."""
        rows: list[tuple[Any, ...]] = []
        todo: deque[int] = deque()

        def read(db: Session) -> None:
            rows.extend(tuple(row) for row in pending.rows(db.connection(), {}))
            todo.extend(row[0] for row in rows)

        written = self._transaction(todo, read)
        while todo:
            written += self._transaction(todo)
        return rows, written

    def _transaction(self, todo: "deque[int]", read: Callable[[Session], None] | None = None) -> int:
        """Handle events from the front of `todo` in one transaction (see `process_many`), after
        `read` (which may fill `todo`) when given; the number of outbox rows written."""
        first: int | None = None
        try:
            with keep_loaded(self.sessions()) as db, db.begin():
                lock_for_write(db)
                if read is not None:
                    read(db)
                if not todo:
                    return 0
                started = self.timer()
                first = todo.popleft()
                done = self._handle(db, first)
                while todo and self.timer() - started < self.hold:
                    done += self._handle_in_savepoint(db, todo.popleft())
            return done
        except OperationalError:
            # NOTE: the database went away (or stayed locked): not the handler's fault. The events
            # stay pending and are handled again when the database is back (by the handling
            # loop's retry, or the tick); no apology for something that will still happen.
            raise
        except Exception as exc:  # a bug must not lose the message nor leave the person in silence
            # NOTE: the events after the first fail in their savepoints, so this is the first's
            # handler, or (rarely) the commit; either way the first is marked failed and the rest
            # of its transaction stays pending for the next round, so a bad event cannot stop
            # the queue: it fails as the first of a transaction of its own.
            if first is None:  # the read failed: nothing was taken
                raise
            log.exception("inbound event %s failed", first)
            with self.sessions() as db, db.begin():
                lock_for_write(db)
                return self._failed(db, first, exc)

    def _handle(self, db: Session, event_id: int) -> int:
        """Handle one pending event in the caller's transaction (its row read, run, finished)."""
        row = queries.event_to_handle(db, event_id)
        if row is None or row.status != "pending" or row.payload is None:
            return 0
        event = _Event.of(row)
        written = self._run(db, event)
        queries.finish_event(db, event.outcome())
        return written

    def _handle_in_savepoint(self, db: Session, event_id: int) -> int:
        try:
            with db.begin_nested():
                return self._handle(db, event_id)
        except OperationalError:
            raise
        except Exception as exc:  # rolled back to the savepoint: the events before it stay
            log.exception("inbound event %s failed", event_id)
            return self._failed(db, event_id, exc)

    def _run(self, db: Session, event: "_Event") -> int:
        """Handle a pending event (its row is updated by the caller from what this sets on `event`)."""
        inbound = self._inbound(event)
        if inbound is None:  # stored raw, and nothing samen acts on after all
            event.status, event.processed_at = "ignored", self.clock.now()
            return 0
        ctx = self._context(db, inbound)
        if ctx.member is not None and self._too_fast(db, event):
            event.status, event.member_id = "limited", ctx.member.id
            event.processed_at = self.clock.now()
            bucket = int(inbound.received_at.timestamp() // 60)
            return self._enqueue(db, [Outbound("too-fast", member_id=ctx.member.id, kind="reply",
                                               dedupe_key=f"too-fast:{ctx.member.id}:{bucket}")])
        outbounds = self.router.route(ctx) + ctx.later
        if ctx.member is not None:
            event.member_id = ctx.member.id
        event.status = "done"
        event.processed_at = self.clock.now()
        return self._enqueue(db, outbounds)

    def handle(self, inbound: Inbound) -> int:
        """Record and process at once (console, tests); 0 for a duplicate."""
        event_id = self.record(inbound)
        return 0 if event_id is None else self.process(event_id)

    def process_pending(self, limit: int = 100, channel: str | None = None, address: str | None = None,
                        received_before: dt.datetime | None = None) -> int:
        """Process events recorded but not yet processed, oldest first (after a crash, by a worker,
        or for one person's address so their messages are handled in the order they came)."""
        query = select(InboundEvent.id).where(InboundEvent.status == "pending")
        if received_before is not None:
            query = query.where(InboundEvent.received_at < received_before)
        if channel is not None and address is not None:
            query = query.where(InboundEvent.channel == channel, InboundEvent.address == address)
        with self.sessions() as db:
            ids = list(db.scalars(query.order_by(InboundEvent.id).limit(limit)))
        return self.process_many(ids)

    def run_timer(self, timer_id: int) -> int:
        """Run one claimed timer through the handler registered for its kind."""
        with keep_loaded(self.sessions()) as db:
            with db.begin():
                lock_for_write(db)
                timer = db.get(Timer, timer_id)
                if timer is None or timer.status != "running":
                    return 0
                handler = self.router.timers.get(timer.kind)
                if handler is None:
                    timer.status, timer.last_error = "failed", "no handler for this kind"
                    return 0
                ctx = Context(db=db, clock=self.clock, catalog=self.catalog, policy=self.policy, rng=self.rng)
                written = self._enqueue(db, handler(ctx, dict(timer.data or {})) + ctx.later)
                timer.status, timer.done_at = ctx.timer_status, self.clock.now()
                return written

    def act(self, member_id: int, act: Callable[[Context], list[Outbound]], text: str = "",
            channel: str = "web") -> list[Outbound] | None:
        """Run one action a person took outside the chat (the web page) as a unit of work, as if she
        had tapped or typed `text` in the chat: the same handlers decide and check her roles, and
        what they send to others is queued.  What would have answered her in the chat is returned
        instead (the page shows it; a phone call says it), not sent.  None when she is no longer a
        member.  `channel`: where she acted ("web", or "voice" for a key pressed during a call)."""
        from storage.models import Member

        with keep_loaded(self.sessions()) as db:
            with db.begin():
                lock_for_write(db)
                member = db.get(Member, member_id)
                if member is None:
                    return None
                inbound = Inbound(channel=channel, address=f"{channel}:{member_id}", external_id="", text=text,
                                  received_at=self.clock.now())
                ctx = Context(db=db, clock=self.clock, catalog=self.catalog, inbound=inbound, member=member,
                              policy=self.policy, rng=self.rng)
                out = act(ctx) + ctx.later
                mine = [ob for ob in out if ob.member_id == member_id and ob.kind == "reply"]
                self._enqueue(db, [ob for ob in out if not (ob.member_id == member_id and ob.kind == "reply")])
                return mine

    def preview_timers(self, at: "dt.datetime") -> list[tuple[str, str, str, str]]:
        """What the timers due at `at` would send: (timer kind, recipient, language, message id).
        Runs the handlers in a transaction that is rolled back: nothing changes."""
        return [(kind, who, language, ob.message_id if ob is not None else "(no handler)")
                for kind, ob, who, language, _voice in self.upcoming(at)]

    def upcoming(self, at: "dt.datetime", skip: set[int] | None = None,
                 on_time: bool = False) -> list[tuple[str, Outbound | None, str, str, bool]]:
        """What the timers due by `at` would send, each message with its timer's kind and its
        recipient's name, language and voice preference; handlers run in a transaction that is rolled
        back, as if at `at` (`on_time`: each at its own due time).  `skip`: timer ids to leave out;
        the ids seen are added to it."""
        from storage.models import Member

        rows: list[tuple[str, Outbound | None, str, str, bool]] = []  # None: a timer no handler takes
        with self.sessions() as db:
            due = db.scalars(select(Timer).where(Timer.status == "pending", Timer.due_at <= at)
                             .order_by(Timer.due_at, Timer.id)).all()
            clock = _FixedClock(at)
            if skip is not None:  # timers that ran meanwhile are no longer remembered
                skip.intersection_update(timer.id for timer in due)
            for timer in due:
                if skip is not None:
                    if timer.id in skip:
                        continue
                    skip.add(timer.id)
                handler = self.router.timers.get(timer.kind)
                if handler is None:
                    rows.append((timer.kind, None, "-", "-", False))
                    continue
                when = _FixedClock(max(timer.due_at, self.clock.now())) if on_time else clock
                ctx = Context(db=db, clock=when, catalog=self.catalog, policy=self.policy, rng=self.rng)
                for ob in handler(ctx, dict(timer.data or {})):
                    member = db.get(Member, ob.member_id) if ob.member_id else None
                    rows.append((timer.kind, ob, member.display_name if member else (ob.address or "-"),
                                 member.language if member else (ob.locale or "-"), bool(member and member.voice)))
            db.rollback()
        return rows

    # -- helpers --------------------------------------------------------------------------
    def _inbound(self, event: "InboundEvent | _Event") -> Inbound | None:
        """The event as an Inbound: stored normalised, or raw (decoded now; its address corrected)."""
        payload = event.payload or {}
        if "raw" not in payload:
            return queries.inbound_from_json(payload)
        decoder = self.decoders.get(event.channel)
        try:
            inbound = decoder(payload["raw"], event.received_at) if decoder is not None else None
        except Exception as exc:  # noqa: BLE001 - a raw update that does not read is not a message
            log.warning("unreadable %s update %s ignored: %s", event.channel, event.id, type(exc).__name__)
            event.error = type(exc).__name__
            return None
        if inbound is not None and inbound.address != event.address:
            event.address = inbound.address
        return inbound

    def _too_fast(self, db: Session, event: "_Event") -> bool:
        """More than the policy's messages from this address within the last minute."""
        recent = queries.recent_events(db, event.channel, event.address, event.received_at - dt.timedelta(minutes=1),
                                       up_to=event.id)
        return recent > self.policy.inbound_per_minute

    def _context(self, db: Session, inbound: Inbound) -> Context:
        found = queries.member_and_address(db, inbound.channel, inbound.address)
        member = found.member if found is not None else None
        if found is not None:
            queries.note_inbound(db, found.address_id, inbound.received_at, found)
            if self.holds(inbound.channel):
                queries.release_held(db, inbound.channel, inbound.address, self.clock.now())
        return Context(db=db, clock=self.clock, catalog=self.catalog, inbound=inbound, member=member,
                       policy=self.policy, rng=self.rng)

    def _enqueue(self, db: Session, outbounds: Iterable[Outbound]) -> int:
        return queries.enqueue_many(db, outbounds, self.clock.now())

    def _failed(self, db: Session, event_id: int, exc: Exception) -> int:
        """Mark an event whose handler raised (its savepoint rolled back) as failed, and say sorry."""
        row = queries.event_to_handle(db, event_id)
        if row is None or row.payload is None:
            return 0
        event = _Event.of(row, status="failed")
        inbound = self._inbound(event)
        event.error = type(exc).__name__  # the handler's, not what reading the update may have noted
        queries.finish_event(db, event.outcome())
        if inbound is None:
            return 0
        member = queries.member_by_address(db, inbound.channel, inbound.address)
        sorry = Outbound("error-sorry", channel=inbound.channel, address=inbound.address,
                         member_id=member.id if member else None,
                         locale=(member.language if member else inbound.language_hint), kind="reply")
        return queries.enqueue_many(db, [sorry], self.clock.now())
