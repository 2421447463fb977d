"""Dispatch: one unit of work per event; a handler that fails changes nothing, the person gets one
apology in their language, and the event stays recorded; timers run through the tick."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from bot.app import Samen
from bot.console import ConsoleDriver
from bot.core.i18n import default_catalog
from bot.core.messages import Choice, Outbound
from handlers.base import Context
from storage import queries
from storage.models import InboundEvent, Member, OutboxMessage, Timer
from tests.conftest import World

catalog = default_catalog()


def test_a_failing_handler_changes_nothing_and_apologises(samen: Samen, bot: ConsoleDriver,
                                                          group_with_people: World) -> None:
    def broken(ctx: Context, args: list[str]) -> list[Outbound]:
        ctx.member.language = "pl"  # a change that must be rolled back
        raise RuntimeError("bug")

    samen.dispatcher.router.payloads["broken"] = broken
    with samen.sessions() as db, db.begin():
        fatima = queries.member_by_address(db, "console", "fatima")
        queries.enqueue(db, Outbound("relay-passed-on", member_id=fatima.id, choices=(Choice("broken:1", "cancel"),)),
                        samen.clock.now())
    bot.flush()
    got = bot.say("fatima", choice="broken:1")
    assert [m.message.text for m in got] == [catalog.format("ar", "error-sorry")]
    with samen.sessions() as db:
        assert db.scalar(select(Member.language).where(Member.display_name == "fatima")) == "ar"
        event = db.scalars(select(InboundEvent).order_by(InboundEvent.id.desc())).first()
        assert event.status == "failed" and event.error == "RuntimeError" and event.payload["choice"] == "broken:1"


def test_recorded_events_are_processed_later(samen: Samen, bot: ConsoleDriver, group_with_people: World) -> None:
    from bot.core.messages import Inbound

    event_id = samen.dispatcher.record(Inbound("console", "els", "late-1", samen.clock.now(), text="Ik ben er"))
    assert samen.dispatcher.record(Inbound("console", "els", "late-1", samen.clock.now(), text="Ik ben er")) is None
    assert event_id is not None
    assert samen.dispatcher.process_pending() == 2  # the relay and the "passed on"
    assert samen.dispatcher.process_pending() == 0
    assert any("Ik ben er" in m.message.text for m in bot.flush() if m.address == "samira")


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
