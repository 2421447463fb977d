"""The hot statements on SQLite's driver cursor (`storage/prepared.py`) read and write what
SQLAlchemy would: each read and write here runs both ways (on the driver's cursor, and through
SQLAlchemy inside `through_sqlalchemy`) and the two must agree; on PostgreSQL both go
through SQLAlchemy."""
from __future__ import annotations

import datetime as dt
from typing import Any, Callable

import pytest
from sqlalchemy import func, select, text
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from bot.app import Samen
from bot.console import ConsoleDriver
from bot.core.messages import Choice, Outbound
from storage import queries
from storage.models import AuditEvent, ChannelAddress, InboundEvent, Member, OutboxMessage
from storage.prepared import Prepared, through_sqlalchemy
from tests.conftest import World


def _through_sqlalchemy(samen: Samen, work: Callable[[], Any]) -> Any:
    with through_sqlalchemy(samen.engine):
        return work()


def _both(samen: Samen, read: Callable[[Session], Any]) -> tuple[Any, Any]:
    def once() -> Any:
        with samen.sessions() as db:
            return read(db)

    return once(), _through_sqlalchemy(samen, once)


def test_reads_on_the_driver_cursor_agree_with_sqlalchemy(samen: Samen, bot: ConsoleDriver,
                                                          group_with_people: World) -> None:
    bot.say("mehmet", "Tot dinsdag!")  # relayed: an event handled, outbox rows, an audit row
    with samen.sessions() as db:
        event_id = db.scalar(select(func.max(InboundEvent.id)))
        mehmet = queries.member_by_address(db, "console", "mehmet")
        leader = queries.member_by_address(db, "console", "samira")
        assert mehmet is not None and leader is not None
        mehmet_id, leader_id = mehmet.id, leader.id
        group_id = queries.membership_rows(db, mehmet_id)[0].group_id
    since = samen.clock.now() - dt.timedelta(minutes=1)
    reads: list[Callable[[Session], Any]] = [
        lambda db: tuple(queries.event_to_handle(db, event_id)),
        lambda db: [tuple(row) for row in queries.membership_rows(db, mehmet_id)],
        lambda db: queries.group_name(db, group_id),
        lambda db: queries.recent_events(db, "console", "mehmet", since, event_id),
        lambda db: {k: tuple(v) for k, v in queries.primary_addresses(db, [leader_id]).items()},
        lambda db: queries.choice_was_offered(db, leader_id, f"relay:reply:{mehmet_id}", samen.clock.now()),
        lambda db: queries.facilitator_ids(db, group_id),
        lambda db: {k: (v.opted_out, v.consent_at, v.question_choices)
                    for k, v in queries.recipient_states(db, [leader_id]).items()},
    ]
    for read in reads:
        fast, slow = _both(samen, read)
        assert fast == slow and fast, (fast, slow)
    with samen.sessions() as db:  # the same as the objects say
        leaders = queries.facilitators_of(db, group_id)
        assert queries.facilitator_ids(db, group_id) == [m.id for m in leaders] == [leader_id]
        state = queries.recipient_states(db, [leader_id])[leader_id]
        assert state is leaders[0]  # loaded: the object itself
    assert _both(samen, reads[-1])[0] == {leader_id: (state.opted_out, state.consent_at, state.question_choices)}
    handled = _both(samen, reads[0])[0]
    assert handled[5] == "done" and handled[3].tzinfo is not None and isinstance(handled[4], dict)


def test_the_writer_of_a_message_is_made_from_a_row_as_the_orm_would_load_them(samen: Samen, bot: ConsoleDriver,
                                                                               group_with_people: World) -> None:
    bot.say("mehmet", "Tot dinsdag!")  # answered: the relay's buttons remembered, the address noted
    columns = [c.key for c in Member.__table__.c]
    with samen.sessions() as db:
        loaded = queries.member_by_address(db, "console", "mehmet")
        assert loaded is not None
        expected = {c: getattr(loaded, c) for c in columns}
        address = db.scalars(select(ChannelAddress).where(ChannelAddress.address == "mehmet")).one()
        expected_address = (address.id, address.unreachable, address.last_inbound_at)

    def read() -> tuple[dict[str, Any], tuple[Any, ...], int]:
        with samen.sessions() as db, db.begin():
            writer = queries.member_and_address(db, "console", "mehmet")
            assert writer is not None
            member = writer.member
            values = {c: member.__dict__[c] for c in columns}  # every column there, none to load
            assert sa_inspect(member).persistent and not db.dirty and not db.new
            assert queries.member_and_address(db, "console", "mehmet").member is member  # the session's own
            assert [a.address for a in member.addresses] == ["mehmet"]  # relationships load when read
            member.display_name = "Mehmet Y."  # and a change is written as for any loaded member
            db.flush()
            renamed = db.scalar(select(func.count()).select_from(Member).where(Member.display_name == "Mehmet Y."))
            db.rollback()
            return values, tuple(writer[1:]), renamed

    fast, slow = read(), _through_sqlalchemy(samen, read)
    assert fast == slow == (expected, expected_address, 1)
    assert expected["question_choices"] is None or isinstance(expected["question_choices"], list)
    assert expected["consent_at"] is not None and expected["consent_at"].tzinfo is not None


def test_writes_on_the_driver_cursor_store_what_sqlalchemy_would(samen: Samen, group_with_people: World) -> None:
    at = samen.clock.now()
    reminder = Outbound("reminder", {"when": at, "place": "Buurthuis"}, member_id=None, channel="console",
                        address="els", locale="nl", kind="reminder",
                        choices=(Choice("rsvp:1:yes", "rsvp-yes", "✅"), Choice("rsvp:1:no", "rsvp-no", "❌")))

    def write(tag: str) -> None:
        with samen.sessions() as db, db.begin():
            queries.audit(db, at, f"prepared-{tag}", answers={"ja": 1, "nee": None})
            queries.enqueue_many(db, [reminder], at)

    write("fast")
    _through_sqlalchemy(samen, lambda: write("slow"))
    with samen.sessions() as db:
        audits = db.scalars(select(AuditEvent).where(AuditEvent.action.like("prepared-%")).order_by(AuditEvent.id)).all()
        rows = db.scalars(select(OutboxMessage).where(OutboxMessage.message_id == "reminder")
                          .order_by(OutboxMessage.id)).all()
    assert [(a.at, a.data) for a in audits] == [(at, {"answers": {"ja": 1, "nee": None}})] * 2
    columns = [c.key for c in OutboxMessage.__table__.c if c.key != "id"]
    fast, slow = ({c: getattr(row, c) for c in columns} for row in rows[-2:])
    assert fast == slow and fast["created_at"] == at and fast["choices"][0]["payload"] == "rsvp:1:yes"


def test_releasing_held_messages_counts_and_stores_what_sqlalchemy_would(samen: Samen,
                                                                         group_with_people: World) -> None:
    queued, released = samen.clock.now(), samen.clock.now() + dt.timedelta(hours=30)
    held = Outbound("session-moved", {}, member_id=None, channel="console", address="els", locale="nl", kind="notice")

    def hold_and_release() -> tuple[int, int, int]:
        with samen.sessions() as db, db.begin():
            queries.enqueue_many(db, [held], queued)
            holding = db.execute(OutboxMessage.__table__.update().where(
                OutboxMessage.status == "pending", OutboxMessage.address == "els").values(status="held")).rowcount
            return (holding, queries.release_held(db, "console", "els", released),
                    queries.release_held(db, "console", "els", released))  # nothing held any more

    fast, slow = hold_and_release(), _through_sqlalchemy(samen, hold_and_release)
    assert fast[0] >= 1 and fast[1:] == (fast[0], 0) and slow[1:] == (slow[0], 0)
    with samen.sessions() as db:
        rows = db.execute(select(OutboxMessage.status, OutboxMessage.next_attempt_at)
                          .where(OutboxMessage.message_id == "session-moved").order_by(OutboxMessage.id)).all()
    assert [tuple(row) for row in rows] == [("pending", released)] * 2


def test_a_driver_error_comes_as_sqlalchemys(samen: Samen) -> None:
    missing = Prepared(text("SELECT id FROM no_such_table WHERE id = :id"))
    with samen.sessions() as db:
        with pytest.raises(DBAPIError) as raised:
            missing.rows(db.connection(), {"id": 1})
        if db.bind.dialect.name == "sqlite":  # type: ignore[union-attr]
            assert isinstance(raised.value, OperationalError)  # what the handling loop retries on
