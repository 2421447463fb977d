"""The outbox sender: claims due rows, renders each in the recipient's current language, paces,
sends through the channel adapter, and records what happened.

Retries and bookkeeping live here, pacing in `bot.pacing`; adapters only send and classify (see
`bot.channels.base`).  Several requests are in flight per channel at once (`concurrency`), each
start gated by the channel's pacer.  Rows are claimed in priority order (replies before bulk), one per chat a round and
none for a chat still within its per-chat gap, so one chat's backlog never holds up the others; one claimer at a
time on SQLite and with `FOR UPDATE SKIP LOCKED` on PostgreSQL.  What cannot be delivered — failed,
unknown outcome, unreachable, outside the WhatsApp window — is told to the member's facilitator(s).
Every duration (backoff, pacing, the in-flight time-out) is a parameter, and time comes from the
injected clock and an injectable monotonic clock and sleep, so tests run scaled down.

Why one module of this length: an outbox row's whole life (claimed, rendered, sent, recorded,
reported on by the platform, told to the leader when it fails, recovered after a crash) reads and
writes the same row and the same state (`_tell_staff`, the leases, what the database missed while
away).  What stands on its own lives beside it: pacing in `bot.pacing`, WhatsApp's window and its
templates in `bot.whatsapp_window`, deletions at the platform in `bot.deletions`.
"""
from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import datetime as dt
import logging
from dataclasses import dataclass, field
from typing import Callable, Iterable

from sqlalchemy import func, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from bot.channels.base import Channel, SendResult
from bot.core.clock import Clock
from bot.core.i18n import Catalog
from bot.core.messages import ALWAYS_ALLOWED_KINDS, SPEAK, TOLD_TOGETHER, Choice, Media, Outbound, Rendered
from bot.core.spoken import has_voice
from bot.core.text import split_text
from bot.media import MediaBridge
from bot.speech import Speech
from bot.batching import Batched
from bot.deletions import PlatformDeletions
from bot.pacing import Backoff, ChannelLeases, Pacer
from bot.whatsapp_window import Held, Window
from storage.db import lock_for_write
from storage import queries
from storage.erasure import DELETABLE_CHANNELS
from storage.models import ChannelAddress, Member, OutboxMessage, ProviderDeletion

log = logging.getLogger(__name__)


_GONE = SendResult("failed", error="gone")  # the row was erased between claim and send: nothing to record


# Delivery reports in the order they can follow each other; failed/undelivered yield only to a later
# delivered or read.
STATUS_RANK = {"accepted": 0, "queued": 1, "sending": 2, "sent": 3, "failed": 4, "undelivered": 4,
               "delivered": 5, "read": 6}
def _accepts(channel: Channel, ref: str) -> bool:
    accepts = getattr(channel, "accepts_media", None)
    return True if accepts is None else bool(accepts(ref))


@dataclass
class Job:
    """One claimed row, rendered and ready to send."""

    row_id: int
    channel: str
    address: str
    member_id: int | None
    kind: str
    message: Rendered | None  # None: suppressed at send time
    owner_id: int | None = None  # whose media this is (the author of a relayed voice note)
    menu: str | None = None  # set the chat's command menu in this language first (its first message in it)


@dataclass
class OutboxSender:
    sessions: sessionmaker[Session]
    channels: dict[str, Channel]
    catalog: Catalog
    clock: Clock
    pacers: dict[str, Pacer] = field(default_factory=dict)
    backoff: Backoff = field(default_factory=Backoff)
    batch: int = 50
    # requests in flight at once per channel (the pacer still gates every start); 1 sends in order
    concurrency: dict[str, int] = field(default_factory=dict)
    media: MediaBridge | None = None
    speech: Speech | None = None  # makes the voice notes of spoken messages; None: they are left out
    window_margin: dt.timedelta = dt.timedelta(minutes=1)  # WhatsApp's 24 hours, kept on the safe side
    delete_after: dt.timedelta = dt.timedelta(minutes=10)  # a goodbye is deleted at the platform after this
    # a message in doubt after a crash waits this long on a channel that reports on every message
    # (WhatsApp): the report on one the platform took may still come, and then it is not sent twice
    report_grace: dt.timedelta = dt.timedelta(seconds=15)
    held_last_claim: int = 0
    leases: ChannelLeases | None = None  # None: every channel (tests, the console, one process)
    _taken_over: set[str] = field(default_factory=set)
    _unrecorded: list[tuple[Job, SendResult | None]] = field(default_factory=list)
    _release: list[int] = field(default_factory=list)
    _wake: asyncio.Event | None = None
    _loop: asyncio.AbstractEventLoop | None = None  # the loop `run` waits on (`wake` may come from a thread)
    # the marks "sending" and the outcomes of concurrent sends, each written in one transaction
    _marks: Batched[int, bool] = field(init=False)
    _outcomes: Batched[tuple[Job, SendResult | None], None] = field(init=False)
    _window: Window = field(init=False)  # asked on every inbound message; a claim makes its own (templates)

    def __post_init__(self) -> None:
        self._marks = Batched(self._mark_sending_many)
        self._outcomes = Batched(self.record_many)
        self._window = Window(self.channels, self.window_margin)

    def sending_channels(self) -> tuple[str, ...]:
        """The channels this process sends on in this round; a channel just taken over first has the
        rows its previous holder left in flight marked unknown."""
        if self.leases is None:
            return tuple(self.channels)
        held = self.leases.held()
        taken = held - self._taken_over
        if taken:
            self.recover_inflight(taken)
        self._taken_over = held
        return tuple(c for c in self.channels if c in held)

    def wake(self) -> None:
        """Something new is in the outbox: stop idling (replies go out at once)."""
        event, loop = self._wake, self._loop
        if event is None:
            return
        try:
            here = asyncio.get_running_loop()
        except RuntimeError:
            here = None
        if loop is not None and here is not loop:  # from another thread: an Event is not thread-safe
            with contextlib.suppress(RuntimeError):  # the loop has closed: nobody is waiting
                loop.call_soon_threadsafe(event.set)
        else:
            event.set()

    def pacer(self, channel: str) -> Pacer:
        if channel not in self.pacers:
            self.pacers[channel] = Pacer()
        return self.pacers[channel]

    # -- claiming -------------------------------------------------------------------------
    def claim(self, busy: frozenset[tuple[str, str]] = frozenset()) -> list[Job]:
        """Mark up to `batch` due rows as claimed, then render them.  `busy`: the chats (channel,
        address) of a batch still being sent, left for a later round.

        NOTE: two transactions, the write lock held only for the first: picking and marking the rows
        takes a few milliseconds, rendering them ~1 ms a row, and on SQLite every send's "sending"
        mark and outcome waits for the write lock meanwhile (a wave stalled for each claim)."""
        self.held_last_claim = 0
        channels = self.sending_channels()
        if not channels:
            return []
        picked = self._pick(channels, busy)
        if not picked:
            return []
        try:
            jobs, held = self._render_claimed(picked)
        except Exception:
            self._release.extend(picked)  # back to pending once the next round catches up
            raise
        if held:
            self._hold(held)
        self.held_last_claim = len(held)
        return jobs

    def _pick(self, channels: tuple[str, ...], busy: frozenset[tuple[str, str]]) -> list[int]:
        """The ids of the due rows this round sends, marked claimed (in priority order).

        Fair between chats: each chat's first due row (by priority, then due time) competes, and a
        chat that must wait for its per-chat gap, or still has a message on its way (`busy`), is
        left out of this round.  So a backlog of one chat (a leader told of a hundred joins) takes
        one place a round while everyone else's messages go on; replies still go before bulk."""
        now = self.clock.now()
        waiting = set(busy) | {(channel, address) for channel in channels for address in self.pacer(channel).waiting()}
        order = (OutboxMessage.priority, OutboxMessage.next_attempt_at, OutboxMessage.id)
        heads = (select(OutboxMessage.id, OutboxMessage.channel, OutboxMessage.address, *order,
                        func.row_number().over(partition_by=(OutboxMessage.channel, OutboxMessage.address),
                                               order_by=order).label("place"))
                 .where(OutboxMessage.status == "pending", OutboxMessage.next_attempt_at <= now,
                        OutboxMessage.channel.in_(channels))
                 .subquery())
        first = (select(heads.c.id, heads.c.channel, heads.c.address).where(heads.c.place == 1)
                 .order_by(heads.c.priority, heads.c.next_attempt_at, heads.c.id)
                 .limit(self.batch + len(waiting)))
        with self.sessions() as db:  # read without the write lock; the marking below checks again
            ids = [row_id for row_id, channel, address in db.execute(first)
                   if (channel, address) not in waiting][:self.batch]
            db.rollback()
        if not ids:
            return []
        picked: list[int] = []
        with self.sessions() as db, db.begin():
            lock_for_write(db)
            query = select(OutboxMessage).where(OutboxMessage.id.in_(ids), OutboxMessage.status == "pending")
            if db.get_bind().dialect.name == "postgresql":
                query = query.with_for_update(skip_locked=True)
            rows = {row.id: row for row in db.scalars(query)}
            for row_id in ids:
                row = rows.get(row_id)
                if row is None:
                    continue  # erased, or taken by another sender meanwhile
                row.status = "claimed"  # this sender's; "sending" only once the request is about to leave
                row.attempts += 1
                picked.append(row.id)
                if row.message_id in TOLD_TOGETHER and row.member_id is not None:
                    self._tell_together(db, row)
        return picked

    @staticmethod
    def _tell_together(db: Session, row: OutboxMessage) -> None:
        """Notices of the same kind waiting for the same person go in this one row ("Fatima, Aisha
        and 8 others joined Koffie & Thee"); the others are marked merged."""
        together, collected, same = TOLD_TOGETHER[row.message_id]
        args = row.args or {}
        others = [other for other in db.scalars(
            select(OutboxMessage).where(OutboxMessage.member_id == row.member_id, OutboxMessage.status == "pending",
                                        OutboxMessage.message_id == row.message_id, OutboxMessage.id != row.id)
            .order_by(OutboxMessage.id))
            if all((other.args or {}).get(key) == args.get(key) for key in same)]
        if not others:
            return
        for other in others:
            other.status, other.error = "merged", f"told in {row.id}"
        row.message_id = together
        row.args = {**{key: args.get(key) for key in same},
                    "names": [args.get(collected)] + [(other.args or {}).get(collected) for other in others]}

    def _render_claimed(self, ids: list[int]) -> tuple[list[Job], dict[int, str]]:
        """Jobs for claimed rows, read without the write lock; and the rows to hold outside the
        WhatsApp window (id → the key that tells the leader once)."""
        now = self.clock.now()
        jobs: list[Job] = []
        held: dict[int, str] = {}
        with self.sessions() as db:
            rows = db.scalars(select(OutboxMessage).where(OutboxMessage.id.in_(ids))).all()
            order = {row_id: i for i, row_id in enumerate(ids)}
            rows = sorted(rows, key=lambda row: order[row.id])
            # NOTE: the recipients read in one query (each row's render looked its member up by id:
            # a query a row, a third of a reminder wave's claim); held here, the identity map is weak
            member_ids = list({row.member_id for row in rows if row.member_id is not None})
            members = db.scalars(select(Member).where(Member.id.in_(member_ids))).all() if member_ids else []
            window = Window(self.channels, self.window_margin)  # remembers its templates for this claim
            menus = self._menus(db, rows)
            for row in rows:
                if row.status != "claimed":
                    continue  # erased or taken back meanwhile
                owner = (row.args or {}).get("from_member") or row.member_id
                message = self._render(db, row)
                if message is not None:
                    fitted = window.fit(db, row, message, now)
                    if message.media == SPEAK and (isinstance(fitted, Held) or fitted.template is not None):
                        fitted = None  # outside WhatsApp's window the text goes (or waits) alone
                    if fitted is None:
                        message = None
                    elif isinstance(fitted, Held):  # until the person writes again; the leader is told
                        held[row.id] = fitted.key
                        continue
                    message = fitted
                menu = message.locale if message is not None and menus.get((row.channel, row.address),
                                                                            message.locale) != message.locale else None
                jobs.append(Job(row.id, row.channel, row.address, row.member_id, row.kind, message, owner, menu))
            del members
            db.rollback()  # nothing was written: the read ends here
        return jobs, held

    def _hold(self, held: dict[int, str]) -> None:
        """Claimed rows that may not go out now wait until the person writes again; the leader is told."""
        now = self.clock.now()
        with self.sessions() as db, db.begin():
            lock_for_write(db)
            for row in db.scalars(select(OutboxMessage).where(OutboxMessage.id.in_(list(held)))).all():
                if row.status != "claimed":
                    continue
                row.status, row.attempts = "held", max(0, row.attempts - 1)
                self._tell_staff(db, row, "window", now, once=True, key_suffix=held[row.id])

    def _menus(self, db: Session, rows: Iterable[OutboxMessage]) -> dict[tuple[str, str], str | None]:
        """The menu language of each member's chat among `rows` on a channel with per-chat menus."""
        wanted: dict[str, set[str]] = {}
        for row in rows:
            if row.member_id is not None and hasattr(self.channels.get(row.channel), "set_chat_menu"):
                wanted.setdefault(row.channel, set()).add(row.address)
        found: dict[tuple[str, str], str | None] = {}
        for channel, addresses in wanted.items():
            for chunk in queries.chunks(sorted(addresses)):
                found.update(((channel, address), locale) for address, locale in db.execute(
                    select(ChannelAddress.address, ChannelAddress.menu_locale)
                    .where(ChannelAddress.channel == channel, ChannelAddress.address.in_(chunk))))
        return found

    def window_of(self, channel: str) -> dt.timedelta | None:
        """How long after a person's last message the channel allows free-form messages (WhatsApp)."""
        return self._window.of(channel)

    def _render(self, db: Session, row: OutboxMessage) -> Rendered | None:
        locale = row.locale
        if row.member_id is not None:
            member = db.get(Member, row.member_id)
            if member is None:
                return None
            if row.kind not in ALWAYS_ALLOWED_KINDS and (member.opted_out or member.consent_at is None):
                return None
            locale = member.language
        choices = [Choice.from_json(c) for c in row.choices or []]
        media = Media.from_json(row.media) if row.media else None
        if media == SPEAK:  # the message read aloud: its words and its buttons as numbers, no buttons
            rendered = self.catalog.render(locale, row.message_id, row.args, choices)
            return dataclasses.replace(rendered, text=self.catalog.spoken(rendered), choices=(), how_to_answer="",
                                       media=SPEAK)
        return self.catalog.render(locale, row.message_id, row.args, choices, media, poll=row.poll,
                                   request_contact=row.request_contact)

    # -- sending --------------------------------------------------------------------------
    async def run_once(self) -> int:
        """Claim, send and record one batch; the number of rows handled.

        When the database goes away in the middle of a batch, what was sent is remembered and
        recorded once it is back, and the rows claimed but not yet tried go back to pending: no
        row stays claimed or sending until a restart."""
        await asyncio.to_thread(self._catch_up)
        jobs = await asyncio.to_thread(self.claim)
        await self.send_batch(jobs)
        return len(jobs) + self.held_last_claim + await self.run_deletions()

    async def send_batch(self, jobs: list[Job]) -> None:
        """Send claimed jobs (see `_send_job`); after a database error, raise it once all are done."""
        limits = self._limits()
        failures: list[SQLAlchemyError] = []
        await asyncio.gather(*(self._send_job(job, limits, failures) for job in jobs))
        if failures:
            raise failures[0]

    def _limits(self) -> dict[str, asyncio.Semaphore]:
        return {name: asyncio.Semaphore(max(1, self.concurrency.get(name, 1))) for name in self.channels}

    async def _send_job(self, job: Job, limits: dict[str, asyncio.Semaphore], failures: list[SQLAlchemyError],
                        begun: Callable[[], None] | None = None) -> None:
        """Send one job once its channel has room (up to `concurrency` of a channel's requests in
        flight at once, one by one where it is not set; each start gated by the channel's pacer) and
        record its outcome.  Once the database failed (`failures`), a job not yet begun goes back
        to pending; a sent one whose outcome could not be written is recorded in a later round.
        A voice note is made before it waits for its channel: making it is work begun, and it holds
        no place of the messages that are ready."""
        if job.message is not None and job.message.media == SPEAK:
            if begun is not None:
                begun()
                begun = None
            job.message = await self._spoken(job, job.message)
        async with limits[job.channel]:
            if begun is not None:
                begun()
            if failures:
                self._release.append(job.row_id)
                return
            try:
                result = await self._send(job)
            except SQLAlchemyError as exc:
                failures.append(exc)
                self._release.append(job.row_id)
                return
            if result is _GONE:
                return
            try:
                await self._outcomes((job, result))
            except SQLAlchemyError as exc:
                failures.append(exc)
                self._unrecorded.append((job, result))

    def _catch_up(self) -> None:
        """Record outcomes the database missed while it was away, and give back unsent claims."""
        while self._unrecorded:
            job, result = self._unrecorded[0]
            self.record(job, result)
            self._unrecorded.pop(0)
        if self._release:
            with self.sessions() as db, db.begin():
                lock_for_write(db)
                db.execute(update(OutboxMessage).where(OutboxMessage.id.in_(self._release),
                                                       OutboxMessage.status == "claimed")
                           .values(status="pending", attempts=OutboxMessage.attempts - 1))
            self._release.clear()

    async def run_deletions(self) -> int:
        """A round of deleting erased members' messages at the platform (`bot.deletions`), on the
        channels this process holds in this round."""
        leased = tuple(self._taken_over) if self.leases is not None else tuple(self.channels)
        return await PlatformDeletions(self.sessions, self.channels, self.clock, self.backoff, self.pacer,
                                       self.batch).run(leased)

    async def _send(self, job: Job) -> SendResult | None:
        if job.message is None:
            return None
        channel = self.channels[job.channel]
        message = job.message
        if message.media is not None and not _accepts(channel, message.media.ref):
            if self.media is None:
                return SendResult("failed", error="media cannot cross channels")
            try:
                message = dataclasses.replace(message, media=await self.media.portable(message.media, job.owner_id))
            except Exception as exc:  # the file is gone or its platform is away: try again later
                log.warning("media for outbox row %s could not be fetched: %s", job.row_id, type(exc).__name__)
                return SendResult("retry", error="media fetch failed")
        if job.menu is not None:
            # NOTE: not paced: the platforms' limits count messages, and a chat's menu is set once
            # per language (remembered on its address), with at most `concurrency` in flight.
            try:
                job.menu = job.menu if await channel.set_chat_menu(job.address, job.menu) else None  # type: ignore[attr-defined]
            except Exception:  # a menu is a nicety: never block the message for it
                log.warning("setting a chat's menu at %s failed", job.channel)
                job.menu = None
        message = dataclasses.replace(message, status_ref=str(job.row_id))
        pacer = self.pacer(job.channel)
        # NOTE: the slot first, then "sending": after a crash a row is in doubt only while its
        # request was on its way, not while it waited for the pacer.
        await pacer.take(job.address)
        booked = True
        try:
            if not await self._marks(job.row_id):
                return _GONE  # erased since it was claimed
            parts = split_text(message.text, channel.text_limit)
            result: SendResult | None = None
            for i, part in enumerate(parts):
                last = i == len(parts) - 1
                piece = dataclasses.replace(message, text=part, choices=message.choices if last else (),
                                            media=message.media if i == 0 else None,
                                            how_to_answer=message.how_to_answer if last else "")
                if not booked:
                    await pacer.take(job.address)
                    booked = True
                pacer.started(job.address)
                try:
                    result = await channel.send(job.address, piece)
                except Exception as exc:  # an adapter must classify; an unclassified error may have left
                    log.exception("channel %s raised instead of classifying", job.channel)
                    result = SendResult("unknown", error=type(exc).__name__)
                finally:
                    pacer.done(job.address)
                    booked = False
                if result.outcome != "sent":
                    break
            return result
        finally:
            if booked:
                pacer.done(job.address)

    async def _spoken(self, job: Job, message: Rendered) -> Rendered | None:
        """A spoken message as a voice note (made in a worker thread, or found in the speech cache);
        None where nothing can speak it."""
        if self.speech is None or not has_voice(message.locale) or not message.text:
            return None
        try:
            clip = await asyncio.to_thread(self.speech.speak, message.locale, message.text)
        except Exception as exc:  # the text still reached her: a voice note is never worth a retry storm
            log.warning("no voice note for outbox row %s: %s", job.row_id, type(exc).__name__)
            return None
        return dataclasses.replace(message, text="", media=Media("voice", clip.ref, SPEAK.content_type,
                                                                  max(1, round(clip.seconds))))

    def _mark_sending(self, row_id: int) -> bool:
        """The request is about to leave: from now on a crash leaves its outcome unknown."""
        return self._mark_sending_many([row_id])[0]

    def _mark_sending_many(self, row_ids: list[int]) -> list[bool]:
        """`_mark_sending` for several rows in one transaction; False for a row erased since its claim."""
        with self.sessions() as db, db.begin():
            lock_for_write(db)
            claimed = set(db.scalars(select(OutboxMessage.id).where(OutboxMessage.id.in_(row_ids),
                                                                    OutboxMessage.status == "claimed")))
            if claimed:
                db.execute(update(OutboxMessage).where(OutboxMessage.id.in_(claimed)).values(status="sending"))
            return [row_id in claimed for row_id in row_ids]

    def record(self, job: Job, result: SendResult | None) -> None:
        """Write the outcome of one send, schedule a retry, or tell the facilitator."""
        self.record_many([(job, result)])

    def record_many(self, outcomes: list[tuple[Job, SendResult | None]]) -> list[None]:
        """`record` for several sends in one transaction (what came back while the last was written)."""
        now = self.clock.now()
        with self.sessions() as db, db.begin():
            lock_for_write(db)
            for job, result in outcomes:
                self._record_one(db, job, result, now)
        return [None] * len(outcomes)

    def _record_one(self, db: Session, job: Job, result: SendResult | None, now: dt.datetime) -> None:
        row = db.get(OutboxMessage, job.row_id)
        # NOTE: erased while in flight, and on SQLite a new row may even have taken the same id:
        # only a row this sender marked `sending` is this job's.
        if row is None or row.status not in ("claimed", "sending"):
            if result is not None and result.outcome == "sent" and result.provider_id \
                    and job.channel in DELETABLE_CHANNELS and job.member_id is not None \
                    and db.get(Member, job.member_id) is None:
                # the person was erased while this message was on its way: delete it there too
                db.add(ProviderDeletion(channel=job.channel, provider_id=result.provider_id,
                                        next_attempt_at=now + self.delete_after, created_at=now))
            return
        if result is None:
            row.status = "suppressed"
            return
        row.error = result.error
        outcome = result.outcome
        if job.menu is not None and row.member_id is not None:
            address = queries.address_of(db, row.channel, row.address)
            if address is not None:
                address.menu_locale = job.menu
        if outcome == "sent":
            row.status, row.provider_id, row.sent_at = "sent", result.provider_id, now
            if result.units is not None:
                row.units = result.units
            if row.member_id is None:  # a stranger or someone just erased: keep no address of theirs
                row.address = ""
            if (row.args or {}).get("_delete_after_send") and result.provider_id \
                    and row.channel in DELETABLE_CHANNELS:
                # the goodbye to someone just erased: deleted at the platform once it was delivered
                db.add(ProviderDeletion(channel=row.channel, provider_id=result.provider_id,
                                        next_attempt_at=now + self.delete_after, created_at=now))
        elif outcome == "retry":
            if row.attempts >= self.backoff.max_attempts:
                row.status = "failed"
                self._tell_staff(db, row, "failed", now)
            else:
                delay = max(result.retry_after or 0.0, self.backoff.delay(row.attempts))
                row.status, row.next_attempt_at = "pending", now + dt.timedelta(seconds=delay)
        elif outcome == "moved" and result.new_address:
            address = queries.address_of(db, row.channel, row.address)
            if address is not None and queries.address_of(db, row.channel, result.new_address) is None:
                address.address = result.new_address
            linked = queries.group_by_chat(db, row.address) if row.member_id is None else None
            if linked is not None:  # a linked group chat became a supergroup
                linked.telegram_chat = result.new_address
            row.address, row.status, row.next_attempt_at = result.new_address, "pending", now
            row.attempts = max(0, row.attempts - 1)
        elif outcome == "unreachable":
            self._unreachable(db, row, now)
        elif outcome == "window_closed":
            self._window_closed(db, row, now, templated=job.message is not None and job.message.template is not None)
        else:  # failed, unknown
            row.status = outcome if outcome in ("failed", "unknown") else "failed"
            self._tell_staff(db, row, row.status, now)
        if row.status != "pending" and (row.args or {}).get("_ephemeral"):
            row.args = {"_ephemeral": True}  # it named someone who asked to be erased: keep nothing

    def _unreachable(self, db: Session, row: OutboxMessage, now: dt.datetime) -> None:
        """The person blocked the bot or opted out at the platform: mark the address, tell staff once."""
        row.status = "unreachable"
        address = queries.address_of(db, row.channel, row.address)
        if address is not None:
            address.unreachable = True
        member = db.get(Member, row.member_id) if row.member_id is not None else None
        if member is not None and member.opted_out:
            return  # she said stop (on SMS Twilio blocks her number until START): her leader knows already
        self._tell_staff(db, row, "unreachable", now, once=True)

    def _window_closed(self, db: Session, row: OutboxMessage, now: dt.datetime, templated: bool) -> None:
        """The platform says the window is closed: note it, and try again with the template (which
        holds the message and tells the leader when there is none)."""
        address = queries.address_of(db, row.channel, row.address)
        if address is not None:
            address.last_inbound_at = None
        if templated:  # even the template was refused: hold
            row.status = "held"
            self._tell_staff(db, row, "window", now, once=True, key_suffix="refused")
        else:
            row.status, row.next_attempt_at = "pending", now
            row.attempts = max(0, row.attempts - 1)

    def on_delivery_status(self, channel: str, provider_id: str, status: str, error_code: str | None,
                           outcome: str = "failed", row_id: int | None = None) -> bool:
        """A delivery report (Twilio status callback): never moves backwards; a failure, classified
        by the channel as `outcome` (window_closed, unreachable, failed), is acted on once.  False
        when the message is unknown (erased, or not ours).

        `row_id`: the outbox row the report names (the callback's address).  A report is proof the
        platform took the message, so a row whose sender stopped before writing down the message id
        learns it here: one still "sending" is then recorded as sent when the channel is taken over,
        one waiting to be sent again (or left unknown) is sent, and never goes out twice."""
        now = self.clock.now()
        with self.sessions() as db, db.begin():
            lock_for_write(db)
            row = queries.outbox_by_provider_id(db, channel, provider_id)
            if row is None and row_id is not None:
                row = self._learn_provider_id(db, channel, provider_id, row_id, now)
            if row is None:
                return False
            rank = STATUS_RANK.get(status)
            if rank is None or rank <= STATUS_RANK.get(row.delivery_status or "", -1):
                return True
            row.delivery_status, row.delivery_error = status, error_code
            if status not in ("failed", "undelivered"):
                return True
            if outcome == "window_closed":
                self._window_closed(db, row, now, templated=False)
            elif outcome == "unreachable":
                self._unreachable(db, row, now)
            else:
                row.status = "failed"
                self._tell_staff(db, row, "failed", now)
            return True

    @staticmethod
    def _learn_provider_id(db: Session, channel: str, provider_id: str, row_id: int,
                           now: dt.datetime) -> OutboxMessage | None:
        """The row a delivery report names, if its message id was never written down (see
        `on_delivery_status`); None for any other."""
        row = db.get(OutboxMessage, row_id)
        if row is None or row.channel != channel or row.provider_id is not None \
                or row.status not in ("sending", "pending", "claimed", "unknown"):
            return None
        row.provider_id = provider_id
        if row.status != "sending":  # in doubt since a sender stopped (or the platform went quiet): it arrived
            row.status, row.sent_at, row.error = "sent", now, None
        return row

    def _tell_staff(self, db: Session, row: OutboxMessage, reason: str, now: dt.datetime,
                    once: bool = False, key_suffix: str = "") -> None:
        """Tell the member's facilitators that a message did not reach them (never about staff notices)."""
        if row.member_id is None or row.kind == "notice":
            return
        member = db.get(Member, row.member_id)
        if member is None:
            return
        for ms in queries.memberships(db, member.id, roles=("participant", "buddy")):
            if ms.group_id is None:
                continue
            people, standing_in = queries.leaders_of(db, ms.group_id, now.date())
            mark = {"for_group": ms.group.name} if standing_in and ms.group is not None else {}
            for staff in people:
                if staff.id == member.id:
                    continue
                key = (f"undelivered:{reason}:{member.id}:{staff.id}:{key_suffix}" if once
                       else f"undelivered:{reason}:{row.id}:{staff.id}")
                queries.enqueue(db, Outbound("outbox-undelivered", {"name": member.display_name, "reason": reason,
                                                                    **mark},
                                             member_id=staff.id, kind="notice", dedupe_key=key), now)

    def recover_inflight(self, channels: Iterable[str] | None = None) -> int:
        """After a crash, or once another worker's lease on a channel ran out: rows claimed but never
        attempted go back to pending; rows left 'sending' may or may not have reached the platform,
        and are sent again (at least once: for these people a lost "the meeting is cancelled" is
        worse than the same message twice); on a channel that reports on every message, after
        `report_grace`, unless a report came meanwhile.  Each is counted as a possible double
        (`resent_in_doubt`) and logged at INFO, without bodies or numbers.  A row whose outcome was recorded (a sent
        one with its Telegram message id or Twilio MessageSid) is never sent again.  With leases,
        only for channels just taken over (their rows were the previous holder's)."""
        now = self.clock.now()
        with self.sessions() as db, db.begin():
            lock_for_write(db)
            claimed = update(OutboxMessage).where(OutboxMessage.status == "claimed")
            query = select(OutboxMessage).where(OutboxMessage.status == "sending")
            if channels is not None:
                claimed = claimed.where(OutboxMessage.channel.in_(tuple(channels)))
                query = query.where(OutboxMessage.channel.in_(tuple(channels)))
            db.execute(claimed.values(status="pending", attempts=OutboxMessage.attempts - 1))
            rows = []
            for row in db.scalars(query).all():
                if row.provider_id is not None:  # the platform reported on it meanwhile: it arrived
                    row.status, row.sent_at = "sent", now
                    continue
                reports = getattr(self.channels.get(row.channel), "reports_delivery", False)
                row.status, row.error = "pending", "in flight when the sender stopped"
                row.next_attempt_at = now + self.report_grace if reports else now
                row.resent_in_doubt += 1
                rows.append(row)
        if rows:
            log.info("%d message(s) in flight when a sender stopped are sent again: possible doubles (%s)",
                     len(rows), ", ".join(sorted({row.channel for row in rows})))
        return len(rows)

    async def drain(self, max_rounds: int = 1000) -> int:
        """Send until nothing is due now (tests, the console, the demo)."""
        total = 0
        for _ in range(max_rounds):
            handled = await self.run_once()
            total += handled
            if handled == 0:
                break
        return total

    async def run(self, stop: asyncio.Event, idle: float = 0.5) -> None:
        """Send for as long as the service runs (handing the channels back when it stops)."""
        try:
            await self._run(stop, idle)
        finally:
            if self.leases is not None:
                self.leases.release()

    async def _run(self, stop: asyncio.Event, idle: float) -> None:
        """Sends flow without a pause between batches: the next batch is claimed as soon as every job
        of the last one has begun (leaving out the chats still being sent to), while the last one's
        requests are still on their way."""
        if self.leases is None:
            await asyncio.to_thread(self.recover_inflight)
        self._wake = asyncio.Event()
        self._loop = asyncio.get_running_loop()
        limits = self._limits()
        failures: list[SQLAlchemyError] = []
        running: dict[asyncio.Task[None], Job] = {}
        waiting = 0  # jobs handed out that have not begun
        moved = asyncio.Event()  # a job began or ended

        def begun() -> None:
            nonlocal waiting
            waiting -= 1
            moved.set()

        def ended(task: asyncio.Task[None]) -> None:
            running.pop(task, None)
            moved.set()

        try:
            while not stop.is_set():
                handled = 0
                try:
                    if waiting == 0:
                        await asyncio.to_thread(self._catch_up)
                        failures.clear()
                        busy = frozenset((job.channel, job.address) for job in running.values())
                        jobs = await asyncio.to_thread(self.claim, busy)
                        handled = len(jobs) + self.held_last_claim
                        waiting += len(jobs)
                        for job in jobs:
                            task = asyncio.ensure_future(self._send_job(job, limits, failures, begun))
                            running[task] = job
                            task.add_done_callback(ended)
                        handled += await self.run_deletions()
                except Exception:  # the database may be away for a moment: wait and try again
                    log.exception("outbox round failed")
                    handled = 0
                if handled and waiting == 0:
                    continue
                self._wake.clear()
                moved.clear()
                waiters = [asyncio.ensure_future(stop.wait()), asyncio.ensure_future(self._wake.wait())]
                if waiting:  # a full batch goes out: claim again when its last job has begun
                    waiters.append(asyncio.ensure_future(moved.wait()))
                await asyncio.wait(waiters, timeout=idle, return_when=asyncio.FIRST_COMPLETED)
                for waiter in waiters:
                    waiter.cancel()
        finally:
            if running:  # let what is on its way come back and be recorded; the rest goes back
                failures.append(SQLAlchemyError("the sender stops"))
                await asyncio.gather(*running, return_exceptions=True)
            with contextlib.suppress(Exception):
                await asyncio.to_thread(self._catch_up)
