"""The hot statements on SQLite's driver cursor (`storage/prepared.py`) read and write what
SQLAlchemy would: each read and write here runs both ways (on the driver's cursor, and through
SQLAlchemy while something listens to the engine) and the two must agree; on PostgreSQL both go
through SQLAlchemy."""
from __future__ import annotations

import datetime as dt
from typing import Any, Callable

import pytest
from sqlalchemy import event, func, select, text
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from bot.app import Samen
from bot.console import ConsoleDriver
from bot.core.messages import Choice, Outbound
from storage import queries
from storage.models import AuditEvent, InboundEvent, OutboxMessage
from storage.prepared import Prepared
from tests.conftest import World


def _through_sqlalchemy(samen: Samen, work: Callable[[], Any]) -> Any:
    def listening(*_args: object) -> None:
        pass

    event.listen(samen.engine, "before_cursor_execute", listening)
    try:
        return work()
    finally:
        event.remove(samen.engine, "before_cursor_execute", listening)


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
    ]
    for read in reads:
        fast, slow = _both(samen, read)
        assert fast == slow and fast, (fast, slow)
    handled = _both(samen, reads[0])[0]
    assert handled[5] == "done" and handled[3].tzinfo is not None and isinstance(handled[4], dict)


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


def test_a_driver_error_comes_as_sqlalchemys(samen: Samen) -> None:
    missing = Prepared(text("SELECT id FROM no_such_table WHERE id = :id"))
    with samen.sessions() as db:
        with pytest.raises(DBAPIError) as raised:
            missing.rows(db.connection(), {"id": 1})
        if db.bind.dialect.name == "sqlite":  # type: ignore[union-attr]
            assert isinstance(raised.value, OperationalError)  # what the handling loop retries on
