"""Dispatch: one unit of work per event; a handler that fails changes nothing, the person gets one
apology in their language, and the event stays recorded; timers run through the tick."""
from __future__ import annotations

import asyncio
import datetime as dt
import logging
import threading
from typing import Any, Callable

import pytest

from sqlalchemy import func, select
from sqlalchemy.orm.util import identity_key

from bot.app import Samen
from bot.console import ConsoleDriver
from bot.core.i18n import default_catalog
from bot.core.messages import Choice, Inbound, Outbound
from handlers.base import Context
from storage import queries
from storage.models import ChannelAddress, InboundEvent, Member, OutboxMessage, Timer
from tests.conftest import World, listening

catalog = default_catalog()


def broken(ctx: Context, args: list[str]) -> list[Outbound]:
    """A handler with a bug, after a change that must be rolled back."""
    ctx.member.language = "pl"
    raise RuntimeError("bug")


def offer_to_fatima(samen: Samen, bot: ConsoleDriver, name: str,
                    handler: Callable[[Context, list[str]], list[Outbound]]) -> None:
    """Route the button `<name>:1` to `handler` and offer it to fatima (a tap must have been offered)."""
    samen.dispatcher.router.payloads[name] = handler
    with samen.sessions() as db, db.begin():
        fatima = queries.member_by_address(db, "console", "fatima")
        queries.enqueue(db, Outbound("relay-passed-on", member_id=fatima.id, choices=(Choice(f"{name}:1", "cancel"),)),
                        samen.clock.now())
    bot.flush()


def test_a_failing_handler_changes_nothing_and_apologises(samen: Samen, bot: ConsoleDriver,
                                                          group_with_people: World) -> None:
    offer_to_fatima(samen, bot, "broken", broken)
    got = bot.say("fatima", choice="broken:1")
    assert [m.message.text for m in got] == [catalog.format("ar", "error-sorry")]
    with samen.sessions() as db:
        assert db.scalar(select(Member.language).where(Member.display_name == "fatima")) == "ar"
        event = db.scalars(select(InboundEvent).order_by(InboundEvent.id.desc())).first()
        assert event.status == "failed" and event.error == "RuntimeError" and event.payload["choice"] == "broken:1"


def test_events_share_a_transaction_and_a_failing_one_is_rolled_back_alone(
        samen: Samen, bot: ConsoleDriver, group_with_people: World) -> None:
    # The handling loop's events share one write lock and one commit while `hold` lasts; each runs
    # in a savepoint, so a handler that raises in the middle costs only its own event.
    from sqlalchemy import event

    offer_to_fatima(samen, bot, "broken", broken)
    now = samen.clock.now()

    def record(who: str, key: str, **what: str) -> int:
        event_id = samen.dispatcher.record(Inbound("console", who, key, now, **what))
        assert event_id is not None
        return event_id

    commits: list[object] = []

    def committed(conn: object) -> None:
        commits.append(conn)

    event.listen(samen.engine, "commit", committed)
    try:
        ids = [record("els", "b-1", text="Ik ben er"), record("fatima", "b-2", choice="broken:1"),
               record("mehmet", "b-3", text="Tot straks")]
        commits.clear()
        samen.dispatcher.hold = 60.0
        assert samen.dispatcher.process_many(ids) == 5  # two relays with their receipts, one apology
        assert len(commits) == 1
        ids = [record("els", "c-1", text="Nog iets"), record("mehmet", "c-2", text="En nog iets")]
        commits.clear()
        samen.dispatcher.hold = 0.0  # every event commits on its own
        assert samen.dispatcher.process_many(ids) == 4
        assert len(commits) == 2
        ids = [record("fatima", "d-1", choice="broken:1"), record("els", "d-2", text="Tot zo")]
        commits.clear()
        samen.dispatcher.hold = 60.0  # the first fails: its transaction held only it, the next goes on
        assert samen.dispatcher.process_many(ids) == 3
        assert len(commits) == 2
    finally:
        event.remove(samen.engine, "commit", committed)
    with samen.sessions() as db:
        assert db.scalar(select(Member.language).where(Member.display_name == "fatima")) == "ar"
        statuses = dict(db.execute(select(InboundEvent.external_id, InboundEvent.status)
                                   .where(InboundEvent.external_id.like("_-_"))).all())
    assert statuses == {"b-1": "done", "b-2": "failed", "b-3": "done", "c-1": "done", "c-2": "done",
                        "d-1": "failed", "d-2": "done"}
    sent = bot.flush()
    assert [m.message.text for m in sent if m.address == "fatima"] == [catalog.format("ar", "error-sorry")] * 2
    to_leader = [m.message.text for m in sent if m.address == "samira"]
    relayed = ("Ik ben er", "Tot straks", "Nog iets", "En nog iets", "Tot zo")
    assert [text for text in relayed if any(text in body for body in to_leader)] == list(relayed)


def test_recorded_events_are_processed_later(samen: Samen, bot: ConsoleDriver, group_with_people: World) -> None:
    from bot.core.messages import Inbound

    event_id = samen.dispatcher.record(Inbound("console", "els", "late-1", samen.clock.now(), text="Ik ben er"))
    assert samen.dispatcher.record(Inbound("console", "els", "late-1", samen.clock.now(), text="Ik ben er")) is None
    assert event_id is not None
    assert samen.dispatcher.process_pending() == 2  # the relay and the "passed on"
    assert samen.dispatcher.process_pending() == 0
    assert any("Ik ben er" in m.message.text for m in bot.flush() if m.address == "samira")


def test_stopping_during_a_tick_lets_it_finish_and_reports_no_failure(samen: Samen, group_with_people: World,
                                                                       caplog: pytest.LogCaptureFixture) -> None:
    # `samen run` stopped (a deploy's SIGTERM, or a port it could not bind) while a tick was under
    # way: the tick's thread finished its transaction, and APScheduler did not log the cancelled
    # job as "raised an exception" with a traceback.
    started, release = threading.Event(), threading.Event()
    finished = []
    real_tick = samen.ticker.tick

    def held_tick(*args: Any, **kwargs: Any) -> Any:
        started.set()
        release.wait(10)
        finished.append(real_tick(*args, **kwargs))
        return finished[-1]

    samen.ticker.tick = held_tick  # type: ignore[method-assign]

    async def main() -> None:
        stop = asyncio.Event()
        runner = asyncio.create_task(samen.ticker.run(stop, interval=3600))
        assert await asyncio.to_thread(started.wait, 10)
        stop.set()
        await asyncio.sleep(0.1)
        assert not runner.done()  # waiting for the tick, not gone without it
        release.set()
        await asyncio.wait_for(runner, 10)
        # asyncio.run then cancels what is left (APScheduler's job task), as when the service ends

    caplog.set_level(logging.INFO)
    asyncio.run(main())
    assert len(finished) == 1
    assert not [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]


def test_tick_runs_due_timers_once(samen: Samen, bot: ConsoleDriver, group_with_people: World, clock) -> None:  # noqa: ANN001
    def nudge(ctx: Context, data: dict) -> list[Outbound]:
        return [Outbound("relay-passed-on", member_id=int(data["member_id"]), kind="reminder",
                         dedupe_key=f"nudge:{data['member_id']}")]

    samen.dispatcher.router.timers["nudge"] = nudge
    with samen.sessions() as db, db.begin():
        els = queries.member_by_address(db, "console", "els")
        db.add(Timer(kind="nudge", due_at=clock.now() + dt.timedelta(hours=1), data={"member_id": els.id},
                     created_at=clock.now()))
        db.add(Timer(kind="unknown-kind", due_at=clock.now(), data={}, created_at=clock.now()))
    assert samen.ticker.tick(dry_run=True).due == 1
    first = samen.ticker.tick()
    assert (first.due, first.ran) == (1, 1)
    clock.advance(hours=2)
    assert samen.ticker.tick(dry_run=True).due == 1
    result = samen.ticker.tick()
    assert (result.due, result.ran, result.messages) == (1, 1, 1)
    assert samen.ticker.tick().due == 0
    bot.flush()
    with samen.sessions() as db:
        assert db.scalar(select(func.count()).select_from(OutboxMessage).where(OutboxMessage.kind == "reminder")) == 1
        statuses = sorted(db.scalars(select(Timer.status)))
        assert statuses == ["done", "failed"]


def test_a_relayed_message_reads_each_row_once(samen: Samen, bot: ConsoleDriver, group_with_people: World) -> None:
    # The hot path of every message: the event row and the audit note through Core (no ORM unit of
    # work), the leader the relay looked up kept in the session (the outbox does not read them again
    # by id), the relay and the receipt written in one INSERT.
    from sqlalchemy import event

    statements: list[str] = []
    in_flush: list[bool] = []
    flushed: list[str] = []  # what the ORM's unit of work wrote

    def seen(_conn, _cursor, statement, _params, _context, _many) -> None:  # noqa: ANN001
        statements.append(" ".join(statement.split()))
        if in_flush:
            flushed.append(statements[-1])

    def before_flush(*_args) -> None:  # noqa: ANN002
        in_flush.append(True)

    def after_flush(*_args) -> None:  # noqa: ANN002
        in_flush.clear()

    bot.say("mehmet", "Ik kom later")
    bot.flush()
    with listening(samen.engine, "before_cursor_execute", seen):
        event.listen(samen.sessions, "before_flush", before_flush)
        event.listen(samen.sessions, "after_flush", after_flush)
        try:  # the dispatcher alone (ConsoleDriver.say would also send)
            samen.dispatcher.handle(Inbound("console", "mehmet", "tot-dinsdag", samen.clock.now(), text="Tot dinsdag!"))
        finally:
            event.remove(samen.sessions, "before_flush", before_flush)
            event.remove(samen.sessions, "after_flush", after_flush)
    assert {m.address for m in bot.flush()} == {"samira", "mehmet"}  # relayed to the leader, and the receipt
    handling = [s for s in statements if not s.startswith("INSERT INTO inbound_events")]
    member_reads = [s for s in handling if s.startswith("SELECT members.id AS members_id")]
    assert member_reads == [], member_reads  # nobody read again by primary key
    assert sum(s.startswith("INSERT INTO outbox") for s in handling) == 1
    assert sum(s.startswith("SELECT inbound_events.id") for s in handling) == 1
    assert not any(s.startswith("UPDATE inbound_events SET member_id=?, status=?, processed_at=? WHERE")
                   for s in handling)  # the ORM's flush of the event: the Core UPDATE sets all it handles
    # no unit of work at all: the buttons offered to the leader are remembered by a Core UPDATE when
    # they change, and Mehmet's first message left them as this one offers them (test_relay)
    assert flushed == [], flushed
    assert sum(s.startswith("UPDATE members SET question_choices") for s in handling) == 0
    assert len(handling) <= 14, "\n".join(handling)


def test_outbound_intents_written_together_keep_the_rules_of_one(samen: Samen, group_with_people: World) -> None:
    now = samen.clock.now()
    with samen.sessions() as db, db.begin():
        els = queries.member_by_address(db, "console", "els")
        mehmet = queries.member_by_address(db, "console", "mehmet")
        mehmet.opted_out = True
        written = queries.enqueue_many(db, [
            Outbound("relay-nobody", member_id=els.id, kind="notice", dedupe_key="once"),
            Outbound("next-none", member_id=els.id, kind="notice", dedupe_key="once"),  # the same key: not again
            Outbound("relay-nobody", member_id=mehmet.id, kind="notice"),  # stopped: nothing
            Outbound("relay-passed-on", member_id=mehmet.id, kind="reply"),  # a reply still reaches them
        ], now)
        assert written == 2
        assert queries.enqueue_many(db, [Outbound("next-none", member_id=els.id, dedupe_key="once")], now) == 0
    with samen.sessions() as db:
        rows = db.execute(select(OutboxMessage.address, OutboxMessage.message_id).where(
            OutboxMessage.created_at == now, OutboxMessage.address.in_(["els", "mehmet"]))
            .order_by(OutboxMessage.id)).all()
    assert [tuple(r) for r in rows][-2:] == [("els", "relay-nobody"), ("mehmet", "relay-passed-on")]
    # the same rules for members this session has not loaded (read as rows, not objects)
    later = now + dt.timedelta(minutes=1)
    with samen.sessions() as db, db.begin():
        assert db.identity_map.get(identity_key(Member, mehmet.id)) is None
        written = queries.enqueue_many(db, [
            Outbound("relay-nobody", member_id=mehmet.id, kind="notice"),  # stopped: nothing
            Outbound("relay-passed-on", member_id=mehmet.id, kind="reply"),
            Outbound("next-none", member_id=els.id, kind="notice"),
            Outbound("next-none", member_id=10**9, kind="notice"),  # nobody: nothing
        ], later)
        assert written == 2 and len(db.identity_map) == 0
    with samen.sessions() as db:
        rows = db.execute(select(OutboxMessage.address, OutboxMessage.message_id)
                          .where(OutboxMessage.created_at == later).order_by(OutboxMessage.id)).all()
    assert [tuple(r) for r in rows] == [("mehmet", "relay-passed-on"), ("els", "next-none")]


def test_core_reads_of_the_outbox_see_what_the_orm_has_not_written_yet(samen: Samen, group_with_people: World) -> None:
    # The queued keys, the addresses and the offered buttons are read through Core, which does not
    # flush the session: what a handler added through the ORM must be written first, or a key
    # queued a moment ago is queued again (the unique key fails the whole event) and a member who
    # just joined has no address yet.
    now = samen.clock.now()
    with samen.sessions() as db, db.begin():
        els = queries.member_by_address(db, "console", "els")
        assert queries.enqueue(db, Outbound("relay-nobody", member_id=els.id, kind="notice", dedupe_key="orm-first",
                                            choices=(Choice("rsvp:1:yes", "rsvp-yes"),)), now) is not None
        assert queries.enqueue_many(db, [Outbound("next-none", member_id=els.id, dedupe_key="orm-first")], now) == 0
        assert queries.choice_was_offered(db, els.id, "rsvp:1:yes", now)
        newcomer = Member(display_name="Nieuw", language="nl", created_at=now, consent_at=now)
        db.add(newcomer)
        db.flush()
        db.add(ChannelAddress(member_id=newcomer.id, channel="console", address="nieuw", created_at=now))
        assert queries.enqueue_many(db, [Outbound("relay-passed-on", member_id=newcomer.id, kind="reply")], now) == 1
    with samen.sessions() as db:
        assert db.scalar(select(func.count()).select_from(OutboxMessage)
                         .where(OutboxMessage.dedupe_key == "orm-first")) == 1
        assert db.scalar(select(OutboxMessage.address).where(OutboxMessage.member_id == newcomer.id)) == "nieuw"


def test_messages_to_a_whole_group_read_keys_and_addresses_once(samen: Samen, group_with_people: World) -> None:
    # A reminder wave or a broadcast: one query for the dedupe keys queued before and one for the
    # members' addresses, however many recipients (it was one of each per recipient).

    now = samen.clock.now()
    statements: list[str] = []
    with samen.sessions() as db, db.begin():
        people = [queries.member_by_address(db, "console", who) for who in ("fatima", "mehmet", "els", "samira")]

        def seen(_conn, _cursor, statement, *_rest) -> None:  # noqa: ANN001, ANN002
            statements.append(statement)

        with listening(samen.engine, "before_cursor_execute", seen):
            written = queries.enqueue_many(db, [Outbound("relay-nobody", member_id=p.id, kind="reminder",
                                                         dedupe_key=f"wave:{p.id}") for p in people], now)
    assert written == 4
    assert sum("FROM channel_addresses" in s for s in statements) == 1
    assert sum("FROM outbox" in s for s in statements) == 1
