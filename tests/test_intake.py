"""Durable acknowledgement by group commit (`bot.intake`) and the handling loop (`bot.handling`):
many webhooks at once share commits, a redelivery is stored once, an error reaches every waiting
request, and what the fast path stored raw is handled (or set aside) by the loop."""
from __future__ import annotations

import asyncio
import datetime as dt

import pytest
from sqlalchemy import create_engine, func, select

from bot.app import Samen
from bot.channels.telegram_raw import update_address
from bot.core.messages import Inbound
from bot.intake import Intake
from storage.models import InboundEvent, OutboxMessage
from storage.queries import event_row, events, inbound_row
from tests.conftest import World


def _pending(samen: Samen) -> list[tuple]:
    """What the handling loop's round reads first (in the transaction that then handles it)."""
    assert samen.handling is not None
    with samen.engine.connect() as conn:
        return [tuple(row) for row in conn.execute(samen.handling.pending_query())]


def _rows(samen: Samen, n: int, prefix: str) -> list[dict]:
    now = samen.clock.now()
    return [inbound_row(Inbound("console", f"person-{i % 7}", f"{prefix}-{i}", now, text=f"hallo {i}"))
            for i in range(n)]


def test_concurrent_requests_share_commits_and_a_redelivery_is_stored_once(samen: Samen) -> None:
    intake = samen.intake
    assert intake is not None
    rows = _rows(samen, 300, "burst")
    rows.append(dict(rows[5]))  # the same update delivered twice at once
    rows.append(dict(rows[6]))

    async def burst() -> list[int | None]:
        return list(await asyncio.gather(*(intake.record(row) for row in rows)))

    ids = asyncio.run(burst())
    assert intake.rows == len(rows)
    assert intake.batches < len(rows) // 3, "requests waiting together share one commit"
    stored = [i for i in ids if i is not None]
    assert len(stored) == 300 and len(set(stored)) == 300
    assert ids[5] is not None and ids[-2] is None and ids[6] is not None and ids[-1] is None
    # delivered again later: acknowledged, not stored again
    assert asyncio.run(intake.record(dict(rows[0]))) is None
    with samen.sessions() as db:
        assert db.scalar(select(func.count()).select_from(InboundEvent)) == 300
        assert db.scalar(select(func.count()).select_from(InboundEvent).where(InboundEvent.status == "pending")) == 300


def test_a_database_error_reaches_every_waiting_request(samen: Samen, tmp_path) -> None:  # noqa: ANN001
    broken = Intake(create_engine(f"sqlite:///{tmp_path / 'missing' / 'no.sqlite3'}"))  # no such directory

    async def burst() -> list[object]:
        return list(await asyncio.gather(*(broken.record(row) for row in _rows(samen, 20, "x")),
                                         return_exceptions=True))

    try:
        outcomes = asyncio.run(burst())
    finally:
        broken.close()
    assert len(outcomes) == 20 and all(isinstance(o, Exception) for o in outcomes)


def test_the_handling_loop_handles_in_order_and_sets_aside_what_it_cannot_read(
        samen: Samen, group_with_people: World, bot) -> None:  # noqa: ANN001
    now = samen.clock.now()
    samen.dispatcher.decoders["console"] = lambda raw, at: (
        Inbound("console", raw["from"], str(raw["id"]), at, text=raw["text"]) if "text" in raw else None)
    rows = [event_row("console", "raw-1", "fatima", now, {"raw": {"id": 1, "from": "fatima", "text": "een"}}),
            event_row("console", "raw-2", "fatima", now, {"raw": {"id": 2, "from": "fatima", "text": "twee"}}),
            event_row("console", "raw-3", "fatima", now, {"raw": {"id": 3, "from": "fatima"}})]  # no text: nothing
    assert samen.intake is not None and samen.handling is not None

    async def run() -> int:
        for row in rows:
            await samen.intake.record(row)
        taken = 0
        while True:
            done = await samen.handling.round()
            if not done:
                return taken
            taken += done

    assert asyncio.run(run()) == 3
    with samen.sessions() as db:
        statuses = dict(db.execute(select(InboundEvent.external_id, InboundEvent.status)
                                   .where(InboundEvent.external_id.like("raw-%"))).all())
        relayed = [row.args["text"] for row in db.scalars(
            select(OutboxMessage).where(OutboxMessage.message_id == "relay-from-member").order_by(OutboxMessage.id))]
    assert statuses == {"raw-1": "done", "raw-2": "done", "raw-3": "ignored"}
    assert relayed[-2:] == ["een", "twee"]


@pytest.mark.parametrize("raw,expected", [
    ({"update_id": 1, "message": {"chat": {"id": 42, "type": "private"}, "text": "hoi"}}, "42"),
    ({"update_id": 2, "callback_query": {"from": {"id": 7}, "message": {"chat": {"id": 42, "type": "private"}}}}, "42"),
    ({"update_id": 3, "callback_query": {"from": {"id": 7}}}, "7"),
    ({"update_id": 4, "poll_answer": {"user": {"id": 9}, "option_ids": []}}, "9"),
    ({"update_id": 5, "message": {"chat": {"id": -100, "type": "group"}, "from": {"id": 5}, "text": "/link AB"}}, "5"),
    # never stored: group chatter, a button in a group, channel posts, edits, nonsense
    ({"update_id": 6, "message": {"chat": {"id": -100, "type": "group"}, "from": {"id": 5}, "text": "hallo"}}, None),
    ({"update_id": 7, "callback_query": {"from": {"id": 7}, "message": {"chat": {"id": -1, "type": "group"}}}}, None),
    ({"update_id": 8, "channel_post": {"chat": {"id": -5, "type": "channel"}, "text": "x"}}, None),
    ({"update_id": 9, "edited_message": {"chat": {"id": 42, "type": "private"}, "text": "x"}}, None),
    ({"update_id": 10, "message": {"chat": {"id": True, "type": "private"}}}, None),
    ({"update_id": 11, "message": "not an object"}, None),
    ({"update_id": 12, "message": {"chat": {"id": 2**70, "type": "private"}, "text": "x"}}, None),  # not an id
    ([1, 2], None),
])
def test_the_fast_path_reads_the_sender_like_the_full_reading_does(raw: object, expected: str | None) -> None:
    assert update_address(raw) == expected


def test_event_rows_share_their_columns() -> None:
    now = dt.datetime(2026, 11, 28, tzinfo=dt.timezone.utc)
    raw = event_row("telegram", "1", "42", now, {"raw": {}})
    normal = inbound_row(Inbound("whatsapp", "whatsapp:+31", "SM1", now, text="hoi"))
    assert raw.keys() == normal.keys()  # one INSERT takes a batch of both kinds


def test_the_handling_loop_finds_its_queue_without_reading_every_event_ever(samen: Samen) -> None:
    """SQLite answered "the oldest pending events" by scanning the whole table in id order (a year of
    handled events first); the partial index ix_inbound_events_queue holds only what waits."""
    assert samen.handling is not None
    with samen.engine.connect() as conn:
        query = samen.handling.pending_query()
        if conn.dialect.name == "sqlite":
            compiled = query.compile(conn)
            plan = " ".join(str(row[-1]) for row in conn.exec_driver_sql(
                f"EXPLAIN QUERY PLAN {compiled}", tuple(compiled.params[k] for k in compiled.positiontup or ())))
            assert "ix_inbound_events_queue" in plan, plan
    # and it still finds them, oldest first
    rows = _rows(samen, 5, "queue")
    ids = samen.intake.write(rows) if samen.intake is not None else []
    assert [row[0] for row in _pending(samen)] == ids


def test_the_handling_loop_reads_only_the_payloads_of_taps(samen: Samen) -> None:
    # The loop reads what waits after every wake-up, to answer the buttons tapped among it once it
    # is handled; the other events' payloads (the dispatcher reads each again) are not read there.
    assert samen.handling is not None and samen.intake is not None
    now = samen.clock.now()
    tap = {"update_id": 7, "callback_query": {"id": "q", "from": {"id": 42}, "data": "rsvp:1:yes"}}
    says = {"update_id": 8, "message": {"chat": {"id": 42, "type": "private"}, "text": 'no "callback_query" here',
                                        "callback_query": {}}}  # nested: not a tap
    ids = samen.intake.write([event_row("telegram", "7", "42", now, {"raw": tap}),
                              event_row("telegram", "8", "42", now, {"raw": says}),
                              event_row("telegram", "9", "42", now, {"raw": {"update_id": 9, "message": {}}})]
                             + _rows(samen, 1, "plain"))
    rows = {row[0]: row for row in _pending(samen)}
    assert rows[ids[0]][2] == {"raw": tap} and rows[ids[2]][2] is None and rows[ids[3]][2] is None
    assert rows[ids[1]][2] == {"raw": says}  # looks like one: read, and found not to be one
    assert [samen.handling._tapped(row[1], row[2]) for row in (rows[i] for i in ids)] == [True, False, False, False]


def test_the_tick_leaves_stragglers_to_a_running_handling_loop(samen: Samen, group_with_people: World) -> None:
    """A backlog older than the straggler age was taken by the tick and the handling loop in turn,
    two threads queueing for the same write lock; with a loop running the tick leaves it alone."""
    assert samen.handling is not None and samen.intake is not None
    later = samen.clock.now() + dt.timedelta(minutes=5)
    samen.intake.write([inbound_row(Inbound("console", "els", "straggler-1", samen.clock.now(), text="Ik ben er"))])

    def pending() -> int:
        with samen.sessions() as db:
            return db.scalar(select(func.count()).select_from(InboundEvent).where(InboundEvent.status == "pending"))

    async def while_running() -> bool:
        stop = asyncio.Event()
        task = asyncio.create_task(samen.handling.run(stop))
        await asyncio.sleep(0)
        running = samen.ticker.handled_here()
        stop.set()
        await task
        return running

    built = samen.ticker.handled_here  # bot.app.build: whether this process's handling loop runs
    assert built() is False
    samen.ticker.handled_here = lambda: True
    samen.ticker.tick(at=later)
    assert pending() == 1  # left to the loop
    samen.ticker.handled_here = built
    samen.ticker.tick(at=later)
    assert pending() == 0  # no loop: the tick is the safety net
    assert asyncio.run(while_running()) is True
    assert built() is False


def test_start_up_objects_are_left_out_of_full_collections() -> None:
    # `samen run` calls this before serving: a full collection then skips what start-up built,
    # instead of walking it all (a pause of ~100 ms that every webhook in flight waited out).
    import gc

    from bot.app import freeze_startup_heap

    class Node:
        def __init__(self) -> None:
            self.me = self  # a cycle: tracked by the collector

    built_at_start = Node()
    assert any(o is built_at_start for o in gc.get_objects())
    try:
        assert freeze_startup_heap() > 0
        assert not any(o is built_at_start for o in gc.get_objects())
        later = Node()
        assert any(o is later for o in gc.get_objects())  # what comes after is still collected
    finally:
        gc.unfreeze()


def test_the_sqlite_group_commit_stores_what_sqlalchemy_would(tmp_path) -> None:  # noqa: ANN001
    # On SQLite the webhook's group commit runs on the driver's cursor (SQLAlchemy's executemany
    # held the interpreter lock the event loop needs): the rows must come out exactly as
    # SQLAlchemy's own INSERT writes them, and redeliveries must still be told apart.
    import sqlite3

    from storage import queries
    from storage.db import make_engine, upgrade

    path = tmp_path / "intake.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine=engine)
    at = dt.datetime(2026, 3, 29, 3, 30, 15, 123456, tzinfo=dt.timezone(dt.timedelta(hours=2)))

    def rows(prefix: str) -> list[dict]:
        return [event_row("telegram", f"{prefix}-1", "1001", at, {"raw": {"text": "مرحبا 👋", "n": 1.5, "ok": None}}),
                event_row("whatsapp", f"{prefix}-2", "whatsapp:+31612345678", at, {"Body": "", "List": [1, 2]}),
                event_row("telegram", f"{prefix}-1", "1001", at, {"raw": {}})]  # twice in one batch

    from sqlalchemy import event
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    from storage.models import InboundEvent

    through_sqlalchemy: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda _c, _cu, statement, *_a: through_sqlalchemy.append(statement))
    with engine.begin() as conn:
        fast = queries.store_inbound_events(conn, rows("fast"))
        again = queries.store_inbound_events(conn, rows("fast")[:1] + rows("new")[1:2])
        assert not [s for s in through_sqlalchemy if "inbound_events" in s]  # the driver's cursor, directly
        plain = sqlite_insert(InboundEvent.__table__).on_conflict_do_nothing(
            index_elements=["channel", "external_id"]).returning(InboundEvent.__table__.c.id)
        slow = [row.id for row in conn.execute(plain, rows("orm")[:2])]
        typed = events._store_events_typed(conn, rows("typed"))  # PostgreSQL's way, here on SQLite
    assert len(typed) == 2 and {row.external_id for row in typed} == {"typed-1", "typed-2"}
    assert fast[0] is not None and fast[1] is not None and fast[2] is None
    assert again[0] is None and again[1] is not None  # stored before: acknowledged, not handled again
    engine.dispose()

    raw = sqlite3.connect(path)
    columns = "channel, address, member_id, received_at, typeof(received_at), payload, status, processed_at, error"
    by_fast = raw.execute(f"SELECT {columns} FROM inbound_events WHERE external_id LIKE 'fast-%' ORDER BY id").fetchall()
    by_orm = raw.execute(f"SELECT {columns} FROM inbound_events WHERE external_id LIKE 'orm-%' ORDER BY id").fetchall()
    by_typed = raw.execute(f"SELECT {columns} FROM inbound_events WHERE external_id LIKE 'typed-%' "
                           "ORDER BY id").fetchall()
    raw.close()
    assert len(slow) == 2 and by_fast == by_orm == by_typed
    assert by_fast[0][3].startswith("2026-03-29 01:30:15.123456")  # in UTC, as UTCDateTime stores it


def test_a_normalised_inbound_is_stored_and_read_back_whole(samen: Samen) -> None:
    """A WhatsApp message (stored normalised, not raw) comes back from the database as it came in."""
    from bot.core.messages import Media
    from storage.queries import inbound_from_json

    at = dt.datetime(2026, 3, 1, 9, 30, tzinfo=dt.timezone.utc)
    inbound = Inbound("whatsapp", "whatsapp:+31600000009", "SM-roundtrip", at, text="Hier is mijn foto",
                      media=(Media("photo", "https://api.twilio.com/m/1", "image/jpeg"),
                             Media("voice", "https://api.twilio.com/m/2", "audio/ogg", 7)),
                      language_hint="nl", profile_name="Els", poll_options=(1, 3))
    assert samen.intake is not None
    [event_id] = samen.intake.write([inbound_row(inbound)])
    with samen.sessions() as db:
        stored = db.get(InboundEvent, event_id)
        assert stored is not None
        read = inbound_from_json(stored.payload)
    assert read == inbound


def test_a_webhook_waits_for_a_handling_loop_a_whole_batch_behind(samen: Samen, group_with_people: World) -> None:
    """Acknowledging and handling in one process: while the loop is a batch or more behind, a webhook
    (its update stored) waits until the loop has caught up before it answers, so the platform sends
    no faster than samen handles; caught up, or with no loop here (`--role web`), it answers at once."""
    from bot.handling import Handling

    now = samen.clock.now()
    samen.dispatcher.decoders["console"] = lambda raw, at: Inbound("console", raw["from"], str(raw["id"]), at,
                                                                   text=raw["text"])
    handling = Handling(samen, batch=2, keep_up_wait=30.0)
    assert samen.intake is not None
    flood = 30  # 15 rounds of 2: the loop stays behind for a while
    raw = [event_row("console", f"flood-{i}", "fatima", now, {"raw": {"id": i, "from": "fatima", "text": f"nr {i}"}})
           for i in range(flood + 1)]

    def pending() -> int:
        with samen.sessions() as db:
            return db.scalar(select(func.count()).select_from(InboundEvent).where(InboundEvent.status == "pending"))

    async def until(condition) -> None:  # noqa: ANN001
        async def poll() -> None:
            while not await condition():
                await asyncio.sleep(0.001)
        await asyncio.wait_for(poll(), 20)

    async def run() -> int:
        for row in raw[:flood]:
            await samen.intake.record(row)
        await asyncio.wait_for(handling.keep_up(), 1)  # no loop running here: at once
        stop = asyncio.Event()
        task = asyncio.create_task(handling.run(stop))
        try:
            async def behind() -> bool:  # a round took a whole batch: more are waiting
                return handling.behind

            await until(behind)
            before = handling.rounds  # (no await between this and the wait)
            await asyncio.wait_for(handling.keep_up(), 10)
            waited = handling.rounds - before

            async def caught_up() -> bool:
                return not handling.behind and await asyncio.to_thread(pending) == 0

            await until(caught_up)
            await samen.intake.record(raw[flood])
            await asyncio.wait_for(handling.keep_up(), 1)  # caught up: at once (it would wait 30 s)
            return waited
        finally:
            stop.set()
            await task

    waited = asyncio.run(run())
    assert waited >= 1, "keep_up returned while the loop was a batch behind"
    with samen.sessions() as db:
        relayed = [row.args["text"] for row in db.scalars(
            select(OutboxMessage).where(OutboxMessage.message_id == "relay-from-member").order_by(OutboxMessage.id))]
    assert relayed[:flood] == [f"nr {i}" for i in range(flood)]  # in the order they came, nothing lost
    assert not handling.behind  # stopped: nobody waits for it


def test_a_flood_of_whatsapp_posts_is_held_to_the_pace_of_handling(tmp_path) -> None:  # noqa: ANN001
    """One process acknowledging and handling: 8 connections post for 120 people, each its next post
    once the last was answered (as Telegram and Twilio do), while the loop handles two at a time.
    The backlog stays near a batch and the connections (the webhook waits for the loop once it is
    behind) instead of growing with every post, and every message is handled."""
    import urllib.parse

    import httpx

    from bot.app import build, web_app
    from bot.config import Config
    from bot.core.clock import FrozenClock
    from bot.handling import Handling
    from tests.conftest import START
    from tests.fakes.twilio_api import FakeTwilio

    public, sender = "https://samen.example", "whatsapp:+14155238886"
    fake = FakeTwilio()  # not started: only its webhook builder and signer are used
    config = Config(database_url=f"sqlite:///{tmp_path / 'flood.sqlite3'}", public_url=public,
                    twilio_account_sid=fake.account_sid, twilio_auth_token=fake.auth_token,
                    twilio_whatsapp_from=sender, twilio_api_url="http://127.0.0.1:9")  # nothing is sent
    samen = build(config, clock=FrozenClock(START))
    handling = samen.handling = Handling(samen, batch=2)
    people = [f"whatsapp:+3162000{i:04d}" for i in range(120)]

    def pending() -> int:
        with samen.sessions() as db:
            return db.scalar(select(func.count()).select_from(InboundEvent).where(InboundEvent.status == "pending"))

    async def run() -> list[int]:
        backlog = []
        stop = asyncio.Event()
        task = asyncio.create_task(handling.run(stop))
        transport = httpx.ASGITransport(app=web_app(samen, background=False))
        try:
            async with httpx.AsyncClient(transport=transport, base_url="http://samen.test") as client:
                async def connection(share: list[str]) -> None:
                    for who in share:
                        params = fake.inbound(who, "hallo", to=sender)
                        headers = {"Content-Type": "application/x-www-form-urlencoded",
                                   "X-Twilio-Signature": fake.sign(f"{public}/twilio/whatsapp", params)}
                        answer = await client.post("/twilio/whatsapp", content=urllib.parse.urlencode(params),
                                                   headers=headers)
                        assert answer.status_code == 200
                        backlog.append(await asyncio.to_thread(pending))

                await asyncio.gather(*(connection(people[i::8]) for i in range(8)))
            while await asyncio.to_thread(pending):
                await asyncio.sleep(0.01)
        finally:
            stop.set()
            await task
        return backlog

    try:
        backlog = asyncio.run(run())
        with samen.sessions() as db:
            handled = list(db.scalars(select(InboundEvent.address).where(InboundEvent.status == "done")
                                      .order_by(InboundEvent.id)))
            answered = db.scalar(select(func.count()).select_from(OutboxMessage))
    finally:
        samen.close()
    assert sorted(handled) == sorted(people) and answered >= len(people)
    assert max(backlog) <= 40, f"the backlog grew with the posts: {backlog}"


def test_a_round_reads_and_handles_on_one_connection_in_one_transaction(samen: Samen, group_with_people: World) -> None:
    """The round's read of what waits runs in the first transaction that handles it: one connection
    from the pool and one commit for a message, not a read of its own before."""
    from sqlalchemy import event

    assert samen.handling is not None and samen.intake is not None
    samen.intake.write([inbound_row(Inbound("console", "fatima", "one-conn", samen.clock.now(), text="Tot morgen"))])
    checkouts: list[int] = []
    commits: list[int] = []

    def checked_out(*_args: object) -> None:
        checkouts.append(1)

    def committed(*_args: object) -> None:
        commits.append(1)

    event.listen(samen.engine, "checkout", checked_out)
    event.listen(samen.engine, "commit", committed)
    try:
        assert asyncio.run(samen.handling.round()) == 1
    finally:
        event.remove(samen.engine, "checkout", checked_out)
        event.remove(samen.engine, "commit", committed)
    assert (len(checkouts), len(commits)) == (1, 1)
    with samen.sessions() as db:
        assert db.scalar(select(InboundEvent.status).where(InboundEvent.external_id == "one-conn")) == "done"


def test_a_store_the_database_refuses_fails_as_sqlalchemys_error(samen: Samen, tmp_path) -> None:  # noqa: ANN001
    # The SQLite group commit runs on the driver's cursor; what the driver raises comes as
    # SQLAlchemy's error, which the webhooks answer with 503 (deliver again later), not a 500.
    from sqlalchemy.exc import OperationalError

    from storage.db import make_engine

    empty = make_engine(f"sqlite:///{tmp_path / 'no-tables.sqlite3'}")  # a database without samen's tables
    try:
        with pytest.raises(OperationalError):
            Intake(empty).write(_rows(samen, 1, "refused"))
    finally:
        empty.dispose()
