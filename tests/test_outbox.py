"""The outbox sender: claim in priority order, render in the recipient's current language, pace,
classify outcomes, retry with backoff, and tell the group leader what could not be delivered."""
from __future__ import annotations

import asyncio
import threading
import time
import datetime as dt
from typing import Awaitable

import pytest
from sqlalchemy import select, update

from bot.app import Samen
from bot.channels.base import SendResult
from bot.console import ConsoleDriver
from bot.core.i18n import default_catalog
from bot.core.messages import Inbound, Outbound
from bot.batching import Batched
from bot.outbox import OutboxSender
from bot.pacing import Backoff, Pacer
from storage import queries
from storage.db import lock_for_write
from storage.models import ChannelAddress, Member, OutboxMessage
from tests.conftest import World, join, listening
from tests.fakes.channel import ScriptedChannel

catalog = default_catalog()


def _move_to_scripted(samen: Samen, who: str, channel: ScriptedChannel) -> int:
    """Give a console member a second address on the scripted platform, and make it their main one."""
    samen.channels["scripted"] = channel
    samen.sender.pacers["scripted"] = Pacer(rate=0, per_address_interval=0)
    with samen.sessions() as db, db.begin():
        member = queries.member_by_address(db, "console", who)
        db.add(ChannelAddress(member_id=member.id, channel="scripted", address=f"s-{who}",
                              last_inbound_at=samen.clock.now() + dt.timedelta(seconds=1), created_at=samen.clock.now()))
        return member.id


def _queue(samen: Samen, member_id: int, kind: str = "reminder", message_id: str = "relay-passed-on") -> int:
    with samen.sessions() as db, db.begin():
        row = queries.enqueue(db, Outbound(message_id, member_id=member_id, kind=kind), samen.clock.now())
        db.flush()
        return row.id


def _row(samen: Samen, row_id: int) -> OutboxMessage:
    with samen.sessions() as db:
        return db.get(OutboxMessage, row_id)


def _drain(samen: Samen) -> None:
    asyncio.run(samen.sender.drain())


def test_retry_with_backoff_then_sent(samen: Samen, bot: ConsoleDriver, group_with_people: World, clock) -> None:  # noqa: ANN001
    fake = ScriptedChannel([SendResult("retry", retry_after=30), SendResult("retry")])
    member_id = _move_to_scripted(samen, "mehmet", fake)
    samen.sender.backoff = Backoff(base=10, factor=2, max_attempts=5)
    row_id = _queue(samen, member_id)
    _drain(samen)
    row = _row(samen, row_id)
    assert row.status == "pending" and row.attempts == 1
    assert row.next_attempt_at == clock.now() + dt.timedelta(seconds=30)  # the platform's retry-after wins
    clock.advance(seconds=30)
    _drain(samen)
    row = _row(samen, row_id)
    assert row.status == "pending" and row.next_attempt_at == clock.now() + dt.timedelta(seconds=20)
    clock.advance(seconds=20)
    _drain(samen)
    row = _row(samen, row_id)
    assert row.status == "sent" and row.provider_id == "p1" and row.attempts == 3
    assert [c[1].locale for c in fake.calls] == ["tr", "tr", "tr"]


def test_too_many_retries_fail_and_the_leader_is_told(samen: Samen, bot: ConsoleDriver, group_with_people: World,
                                                      clock) -> None:  # noqa: ANN001
    fake = ScriptedChannel([SendResult("retry")] * 10)
    member_id = _move_to_scripted(samen, "els", fake)
    samen.sender.backoff = Backoff(base=1, factor=1, max_attempts=3)
    row_id = _queue(samen, member_id)
    for _ in range(4):
        _drain(samen)
        clock.advance(seconds=2)
    assert _row(samen, row_id).status == "failed"
    told = [m.message.text for m in bot.channel.inbox("samira")]
    assert catalog.format("nl", "outbox-undelivered", {"name": "els", "reason": "failed"}) in told


@pytest.mark.parametrize("outcome,status,reason", [
    (SendResult("failed", error="400"), "failed", "failed"),
    (SendResult("unknown", error="ReadTimeout"), "unknown", "unknown"),
    (SendResult("unreachable", error="403"), "unreachable", "unreachable"),
    (SendResult("window_closed", error="63016"), "held", "window"),
    (RuntimeError("adapter bug"), "unknown", "unknown"),
])
def test_outcomes_are_recorded_and_told(samen: Samen, bot: ConsoleDriver, group_with_people: World,
                                        outcome, status: str, reason: str) -> None:  # noqa: ANN001
    fake = ScriptedChannel([outcome])
    if reason == "window":  # a channel with a 24-hour window, and no template configured
        fake.window_hours = 24  # type: ignore[attr-defined]
        fake.template_locales = frozenset({"ar"})  # type: ignore[attr-defined]
    member_id = _move_to_scripted(samen, "fatima", fake)
    row_id = _queue(samen, member_id)
    _drain(samen)
    assert _row(samen, row_id).status == status
    expected = catalog.format("nl", "outbox-undelivered", {"name": "fatima", "reason": reason})
    assert expected in [m.message.text for m in bot.channel.inbox("samira")]
    with samen.sessions() as db:
        address = db.scalar(select(ChannelAddress).where(ChannelAddress.address == "s-fatima"))
        assert address.unreachable is (status == "unreachable")


def test_unreachable_is_told_once_and_not_retried(samen: Samen, bot: ConsoleDriver, group_with_people: World) -> None:
    fake = ScriptedChannel([SendResult("unreachable"), SendResult("unreachable")])
    member_id = _move_to_scripted(samen, "fatima", fake)
    first, second = _queue(samen, member_id), _queue(samen, member_id, message_id="relay-nobody")
    _drain(samen)
    assert _row(samen, first).status == _row(samen, second).status == "unreachable"
    told = [m for m in bot.channel.inbox("samira") if "fatima" in m.message.text and "⚠️" in m.message.text]
    assert len(told) == 1
    # once Fatima writes again from that address, it is reachable again
    samen.dispatcher.handle(Inbound(channel="scripted", address="s-fatima", external_id="u1",
                                    received_at=samen.clock.now(), text="مرحبا"))
    with samen.sessions() as db:
        address = db.scalar(select(ChannelAddress).where(ChannelAddress.address == "s-fatima"))
        assert address.unreachable is False


def test_a_loaded_address_is_brought_level_when_the_person_writes(samen: Samen, group_with_people: World) -> None:
    # Handling reads the writer's address id only; an address this session loaded before (a batch of
    # events shares one) still shows them reachable and when they wrote, without a flush of its own.
    at = samen.clock.now() + dt.timedelta(minutes=5)
    with samen.sessions() as db, db.begin():
        address = db.scalar(select(ChannelAddress).where(ChannelAddress.address == "fatima"))
        address.unreachable = True
        db.flush()
        queries.note_inbound(db, address.id, at)
        assert address.unreachable is False and address.last_inbound_at == at and address not in db.dirty
    with samen.sessions() as db:
        stored = db.scalar(select(ChannelAddress).where(ChannelAddress.address == "fatima"))
        assert stored.unreachable is False and stored.last_inbound_at == at


def test_moved_chat_is_resent_to_the_new_address(samen: Samen, bot: ConsoleDriver, group_with_people: World) -> None:
    fake = ScriptedChannel([SendResult("moved", new_address="s-fatima-new")])
    member_id = _move_to_scripted(samen, "fatima", fake)
    row_id = _queue(samen, member_id)
    _drain(samen)
    row = _row(samen, row_id)
    assert row.status == "sent" and row.address == "s-fatima-new"
    assert [c[0] for c in fake.calls] == ["s-fatima", "s-fatima-new"]
    with samen.sessions() as db:
        assert db.scalar(select(ChannelAddress).where(ChannelAddress.address == "s-fatima-new")) is not None


def test_replies_go_before_bulk(samen: Samen, bot: ConsoleDriver, group_with_people: World) -> None:
    fake = ScriptedChannel()
    member_id = _move_to_scripted(samen, "els", fake)
    for _ in range(5):
        _queue(samen, member_id, kind="reminder", message_id="relay-nobody")
    _queue(samen, member_id, kind="reply", message_id="relay-passed-on")
    _drain(samen)
    assert fake.calls[0][1].text == catalog.format("nl", "relay-passed-on")


def test_one_chats_backlog_does_not_hold_up_anyone_else(samen: Samen, bot: ConsoleDriver,
                                                         group_with_people: World) -> None:
    """Samira has a hundred notices waiting, and the platform lets one message a second through to
    her chat; Mehmet's reminder, queued after them, still reaches him within a second."""

    class Timed(ScriptedChannel):
        at: dict[str, list[float]] = {}

        async def send(self, address, message):  # noqa: ANN001, ANN201
            Timed.at.setdefault(address, []).append(time.monotonic())
            return await super().send(address, message)

    fake = Timed()
    samira = _move_to_scripted(samen, "samira", fake)
    mehmet = _move_to_scripted(samen, "mehmet", fake)
    samen.sender.pacers["scripted"] = Pacer(rate=30, per_address_interval=1.0)
    for _ in range(100):
        _queue(samen, samira, kind="notice", message_id="relay-passed-on")
    _queue(samen, mehmet, kind="reminder")

    async def run() -> float:
        stop = asyncio.Event()
        began = time.monotonic()
        sending = asyncio.create_task(samen.sender.run(stop, idle=0.05))
        while "s-mehmet" not in Timed.at and time.monotonic() - began < 5:
            await asyncio.sleep(0.01)
        stop.set()
        await sending
        return began

    began = asyncio.run(run())
    assert Timed.at["s-mehmet"][0] - began < 1.0
    assert len(Timed.at["s-samira"]) <= 2  # her chat keeps its pace of one a second


def test_many_joins_reach_the_leader_as_one_message(samen: Samen, bot: ConsoleDriver, world: World) -> None:
    """Ten people join Koffie Oost within a second. Samira hears of Fatima at once; her chat may
    have its next message a second later, and by then the nine others are told in one message."""
    join(bot, "samira", f"/start {world.facilitator_code}", "nl")
    fake = ScriptedChannel()
    _move_to_scripted(samen, "samira", fake)
    now = [0.0]
    samen.sender.pacers["scripted"] = Pacer(rate=0, per_address_interval=1.0, monotonic=lambda: now[0])
    names = ["Fatima", "Aisha", "Mehmet", "Els", "Maria", "Jan", "Rosa", "Ayşe", "Piotr", "Lina"]
    for name in names:
        join(bot, name, world.participant_code, "nl")
    now[0] += 1.0
    bot.flush()
    assert [message.text for _address, message in fake.calls] == [
        catalog.format("nl", "member-joined", {"name": "Fatima", "group": "Koffie Oost", "language": "Nederlands"}),
        "👋 Aisha, Mehmet en 7 anderen doen mee met Koffie Oost.",
    ]
    with samen.sessions() as db:
        rows = db.scalars(select(OutboxMessage).where(OutboxMessage.message_id.in_(("member-joined", "members-joined")))
                          .order_by(OutboxMessage.id)).all()
        assert [row.status for row in rows] == ["sent", "sent"] + ["merged"] * 8
    # in her language, as that language writes a list
    told = {"names": names[1:4], "group": "Koffie Oost"}
    assert catalog.format("ar", "members-joined", told) == "👋 أعضاء جدد في \u2068Koffie Oost\u2069: \u2068Aisha وMehmet وEls\u2069."
    assert catalog.format("tr", "members-joined", {"names": names[1:], "group": "Koffie Oost"}) == \
        "👋 Aisha, Mehmet ve 7 kişi daha, Koffie Oost grubuna katıldı."


def test_members_are_answered_before_strangers(samen: Samen, bot: ConsoleDriver, group_with_people: World) -> None:
    # A crowd of strangers writing to the public number (a shared link, a spammer's list) queues
    # "how to join" answers; a member's answer queued after them still goes first, and the
    # strangers are answered before bulk.
    fake = ScriptedChannel()
    member_id = _move_to_scripted(samen, "els", fake)
    with samen.sessions() as db, db.begin():
        for n in range(5):
            queries.enqueue(db, Outbound("stranger-how-to-join", channel="scripted", address=f"stranger-{n}",
                                         locale="nl", kind="reply"), samen.clock.now())
    _queue(samen, member_id, kind="reminder", message_id="relay-nobody")
    _queue(samen, member_id, kind="reply", message_id="relay-passed-on")
    _drain(samen)
    assert [address for address, _message in fake.calls] == ["s-els"] + [f"stranger-{n}" for n in range(5)] + ["s-els"]
    assert fake.calls[0][1].text == catalog.format("nl", "relay-passed-on")
    assert fake.calls[-1][1].text == catalog.format("nl", "relay-nobody")


def test_rendered_in_the_current_language_at_send_time(samen: Samen, bot: ConsoleDriver,
                                                       group_with_people: World) -> None:
    fake = ScriptedChannel()
    member_id = _move_to_scripted(samen, "mehmet", fake)
    _queue(samen, member_id)
    with samen.sessions() as db, db.begin():
        db.get(Member, member_id).language = "bg"
    _drain(samen)
    assert fake.calls[0][1].locale == "bg"
    assert fake.calls[0][1].text == catalog.format("bg", "relay-passed-on")


def test_stopped_after_queueing_is_suppressed(samen: Samen, bot: ConsoleDriver, group_with_people: World) -> None:
    fake = ScriptedChannel()
    member_id = _move_to_scripted(samen, "mehmet", fake)
    row_id = _queue(samen, member_id, kind="reminder")
    with samen.sessions() as db, db.begin():
        db.get(Member, member_id).opted_out = True
    _drain(samen)
    assert _row(samen, row_id).status == "suppressed" and fake.calls == []


def test_long_messages_are_split_and_keep_their_buttons(samen: Samen, bot: ConsoleDriver,
                                                       group_with_people: World) -> None:
    fake = ScriptedChannel(text_limit=500)
    _move_to_scripted(samen, "samira", fake)
    bot.say("els", "lang " * 600)
    _drain(samen)
    parts = [m for a, m in fake.calls if a == "s-samira"]
    assert len(parts) > 1 and all(len(p.text) <= 500 for p in parts)
    assert parts[-1].choices and not parts[0].choices


def test_a_send_lost_in_a_crash_is_sent_again_and_a_recorded_one_is_not(samen: Samen, bot: ConsoleDriver,
                                                                          group_with_people: World,
                                                                          caplog: pytest.LogCaptureFixture) -> None:
    """Fatima's reminder was on its way when samen died: after the restart she gets it (perhaps
    twice — counted and logged without her number or the text); Mehmet's, whose send was recorded,
    is not sent again; a row claimed but never tried simply goes out."""
    fake = ScriptedChannel()
    fatima = _move_to_scripted(samen, "fatima", fake)
    mehmet = _move_to_scripted(samen, "mehmet", fake)
    lost, recorded = _queue(samen, fatima), _queue(samen, mehmet)
    jobs = {job.row_id: job for job in samen.sender.claim()}
    assert set(jobs) == {lost, recorded}
    assert samen.sender.recover_inflight() == 0
    assert _row(samen, lost).status == "pending"  # claimed, then the process died before trying
    jobs = {job.row_id: job for job in samen.sender.claim()}
    asyncio.run(samen.sender.send_batch([jobs[recorded]]))  # Mehmet's went out and was recorded …
    assert samen.sender._mark_sending(lost)  # … Fatima's request was leaving when the process died
    assert _row(samen, recorded).status == "sent"
    with caplog.at_level("INFO", logger="bot.outbox"):
        restarted = OutboxSender(samen.sessions, samen.channels, samen.catalog, samen.clock, pacers=samen.sender.pacers)
        assert restarted.recover_inflight() == 1
        asyncio.run(restarted.drain())
    assert [address for address, _m in fake.calls] == ["s-mehmet", "s-fatima"]
    assert fake.calls[-1][1].text == catalog.format("ar", "relay-passed-on")
    assert _row(samen, lost).status == "sent" and _row(samen, lost).resent_in_doubt == 1
    assert _row(samen, recorded).resent_in_doubt == 0
    said = [r.getMessage() for r in caplog.records if r.name == "bot.outbox"]
    assert any("possible doubles" in line for line in said)
    assert not any("s-fatima" in line or fake.calls[-1][1].text in line for line in said)
    bot.flush()
    told = catalog.format("nl", "outbox-undelivered", {"name": "fatima", "reason": "unknown"})
    assert told not in [m.message.text for m in bot.channel.inbox("samira")]  # she got it: no call needed


def test_pacer_keeps_rate_and_per_chat_gap() -> None:
    now = [0.0]
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    pacer = Pacer(rate=10, per_address_interval=1.0, monotonic=lambda: now[0], sleep=sleep)
    starts: list[float] = []

    async def burst() -> None:
        for i in range(20):
            await pacer.take(f"chat-{i}")
            starts.append(now[0])
            pacer.done()

    asyncio.run(burst())
    assert all(b - a >= 0.08 - 1e-9 for a, b in zip(starts, starts[1:]))  # never closer than 0.8 of 1/rate
    assert all(b - a >= 1.0 - 1e-9 for a, b in zip(starts, starts[10:]))  # at most 10 in any second
    assert now[0] == pytest.approx(1.72)
    assert pacer.wait_for_address("chat-19") == pytest.approx(1.0)
    assert pacer.wait_for_address("chat-0") == pytest.approx(0.0)


def test_pacer_makes_up_lost_time_within_the_window_counting_from_the_answers() -> None:
    """A stall (a slow claim, a late wake-up) does not push every later send back, and a send
    counts from when its answer came: the platform never sees more than rate × window in a window."""
    now = [0.0]

    async def sleep(seconds: float) -> None:
        now[0] += seconds + 0.002  # every sleep wakes 2 ms late

    pacer = Pacer(rate=10, per_address_interval=1.0, monotonic=lambda: now[0], sleep=sleep)
    arrivals: list[float] = []

    async def wave() -> None:
        for i in range(100):
            if i == 50:
                now[0] += 0.3  # a claim that took 300 ms
            await pacer.take(f"chat-{i}")
            now[0] += 0.001  # the request on its way
            arrivals.append(now[0])
            now[0] += 0.004  # the answer on its way back
            pacer.done()

    asyncio.run(wave())
    assert max(sum(1 for t in arrivals if a <= t < a + 1.0) for a in arrivals) <= 10
    # the old pacer (next slot = the late wake-up + 1/rate) took 100 × (0.1 + 0.002) + 0.3 ≈ 10.5 s
    assert now[0] < 10.15


def test_pacer_with_requests_in_flight_runs_at_the_rate_and_never_over_it() -> None:
    """Eight requests on their way at once, each taking 5-40 ms to reach the platform and 245 ms
    more to be answered: the platform sees at most rate × window in any window, and the wave runs
    near the rate, not at one send per round trip (4 a second)."""
    clock = SimulatedTime()
    pacer = Pacer(rate=20, per_address_interval=1.0, monotonic=clock.now, sleep=clock.sleep)
    arrivals: list[float] = []
    ways = [0.005, 0.04, 0.01, 0.02, 0.03]

    async def send(i: int, gate: asyncio.Semaphore) -> None:
        async with gate:
            await pacer.take(f"chat-{i}")
            pacer.started(f"chat-{i}")
            way = ways[i % len(ways)]
            arrivals.append(clock.now() + way)
            await clock.sleep(way + 0.245)
            pacer.done(f"chat-{i}")

    async def wave() -> None:
        gate = asyncio.Semaphore(8)
        await clock.run(*(send(i, gate) for i in range(200)))

    asyncio.run(wave())
    arrivals.sort()
    assert max(sum(1 for t in arrivals if a <= t < a + 1.0) for a in arrivals) <= 20
    assert 200 / (arrivals[-1] - arrivals[0]) > 0.93 * 20


class SimulatedTime:
    """A clock that moves only when every task waits: then to the earliest sleeper's wake-up."""

    def __init__(self) -> None:
        self._now = 0.0
        self._sleepers: list[tuple[float, int, asyncio.Future[None]]] = []
        self._count = 0

    def now(self) -> float:
        return self._now

    async def sleep(self, seconds: float) -> None:
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._count += 1
        self._sleepers.append((self._now + max(0.0, seconds), self._count, future))
        await future

    async def run(self, *coroutines: "Awaitable[None]") -> None:
        tasks = [asyncio.ensure_future(c) for c in coroutines]
        while not all(task.done() for task in tasks):
            for _ in range(50):  # let everything that can run, run
                await asyncio.sleep(0)
            if self._sleepers:
                self._sleepers.sort(key=lambda s: (s[0], s[1]))
                due, _n, future = self._sleepers.pop(0)
                self._now = max(self._now, due)
                future.set_result(None)
        await asyncio.gather(*tasks)


def test_a_wave_keeps_several_requests_in_flight(samen: Samen, bot: ConsoleDriver, group_with_people: World) -> None:
    """Each send takes 200 ms to be answered: fifteen members' reminders go out several at once (at
    most the channel's concurrency), not one after the other, and each reaches its member once."""

    class Slow(ScriptedChannel):
        in_flight = 0
        most = 0

        async def send(self, address, message):  # noqa: ANN001, ANN201
            Slow.in_flight += 1
            Slow.most = max(Slow.most, Slow.in_flight)
            await asyncio.sleep(0.2)
            Slow.in_flight -= 1
            return await super().send(address, message)

    fake = Slow()
    samen.channels["scripted"] = fake
    samen.sender.pacers["scripted"] = Pacer(rate=300, per_address_interval=1.0)
    samen.sender.concurrency["scripted"] = 8
    members = []
    with samen.sessions() as db, db.begin():
        for i in range(15):
            member = Member(display_name=f"lid {i}", language="nl", consent_at=samen.clock.now(),
                            created_at=samen.clock.now())
            db.add(member)
            db.flush()
            db.add(ChannelAddress(member_id=member.id, channel="scripted", address=f"s-{i}",
                                  last_inbound_at=samen.clock.now(), created_at=samen.clock.now()))
            members.append(member.id)
    rows = [_queue(samen, member_id) for member_id in members]
    _drain(samen)
    assert 4 <= Slow.most <= 8  # one at a time before
    assert sorted(address for address, _m in fake.calls) == sorted(f"s-{i}" for i in range(15))
    assert {_row(samen, row_id).status for row_id in rows} == {"sent"}


def test_a_chats_menu_is_set_once_per_language_and_remembered(samen: Samen, bot: ConsoleDriver,
                                                              group_with_people: World) -> None:
    """Mehmet's chat gets its command menu in Turkish before his first message; not again for the
    next ones, nor after a restart (a sender that has never sent to him); in Dutch once he picks it."""

    class WithMenus(ScriptedChannel):
        menus: list[tuple[str, str]] = []

        async def set_chat_menu(self, address: str, locale: str) -> bool:
            self.menus.append((address, locale))
            return True

    fake = WithMenus()
    member_id = _move_to_scripted(samen, "mehmet", fake)
    _queue(samen, member_id)
    _queue(samen, member_id, message_id="relay-from-facilitator")
    _drain(samen)
    _drain(samen)
    assert len(fake.calls) == 2 and fake.menus == [("s-mehmet", "tr")]
    restarted = OutboxSender(samen.sessions, samen.channels, samen.catalog, samen.clock, pacers=samen.sender.pacers)
    _queue(samen, member_id)
    asyncio.run(restarted.drain())
    assert len(fake.calls) == 3 and fake.menus == [("s-mehmet", "tr")]
    with samen.sessions() as db, db.begin():
        db.get(Member, member_id).language = "nl"
    _queue(samen, member_id)
    asyncio.run(restarted.drain())
    assert fake.menus == [("s-mehmet", "tr"), ("s-mehmet", "nl")]
    with samen.sessions() as db:
        assert queries.address_of(db, "scripted", "s-mehmet").menu_locale == "nl"


def test_a_person_writing_again_within_a_minute_is_noted_once(samen: Samen, bot: ConsoleDriver,
                                                               group_with_people: World) -> None:
    # Every message noted when its person wrote (the WhatsApp window, who is reachable): one UPDATE
    # of the address a message.  Within a minute of the last one, a reachable address is left as it
    # is (the window may end up to a minute sooner, never later); later, or unreachable, it is noted.

    updates: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if statement.startswith("UPDATE channel_addresses"):
            updates.append(statement)

    def address() -> ChannelAddress:
        with samen.sessions() as db:
            return db.scalar(select(ChannelAddress).where(ChannelAddress.address == "fatima"))

    start = samen.clock.advance(minutes=5)  # past the messages of joining
    with listening(samen.engine, "before_cursor_execute", seen):
        bot.say("fatima", "Tot morgen!")
        assert len(updates) == 1 and address().last_inbound_at == start
        samen.clock.advance(seconds=30)
        bot.say("fatima", "En nog iets")
        assert len(updates) == 1 and address().last_inbound_at == start  # within the minute: left
        samen.clock.advance(seconds=31)
        bot.say("fatima", "Doei")
        assert len(updates) == 2 and address().last_inbound_at == samen.clock.now()
        with samen.sessions() as db, db.begin():  # a send to it failed meanwhile
            db.scalar(select(ChannelAddress).where(ChannelAddress.address == "fatima")).unreachable = True
        updates.clear()
        samen.clock.advance(seconds=1)
        bot.say("fatima", "Hallo?")
        assert len(updates) == 1 and address().unreachable is False


def test_writes_asked_for_while_one_runs_go_together_and_a_bad_one_fails_alone() -> None:
    """`Batched`: the first call runs at once; what is asked while it runs goes, together, into the
    next call; when a call of several raises, each is tried alone and only the bad one fails."""
    calls: list[list[int]] = []
    first_running = threading.Event()
    release_first = threading.Event()

    def work(items: list[int]) -> list[int]:
        calls.append(list(items))
        if items == [1]:
            first_running.set()
            release_first.wait(5)
        if 13 in items:
            raise ValueError("unlucky")
        return [item * 10 for item in items]

    batched: Batched[int, int] = Batched(work)

    async def scenario() -> list[object]:
        first = asyncio.ensure_future(batched(1))
        await asyncio.to_thread(first_running.wait, 5)
        rest = [asyncio.ensure_future(batched(i)) for i in (2, 13, 4)]
        await asyncio.sleep(0.01)
        release_first.set()
        return list(await asyncio.gather(first, *rest, return_exceptions=True))

    results = asyncio.run(scenario())
    assert results[0] == 10 and results[1] == 20 and results[3] == 40
    assert isinstance(results[2], ValueError)
    assert calls == [[1], [2, 13, 4], [2], [13], [4]]


def test_a_claim_renders_its_rows_without_holding_the_write_lock(samen: Samen, group_with_people: World) -> None:
    """While a claim renders its rows (~1 ms each), the sends of the batch before it must be able to
    write their "sending" marks and outcomes: the write lock is held only to pick the rows."""
    fake = ScriptedChannel()
    member_id = _move_to_scripted(samen, "fatima", fake)
    row_id = _queue(samen, member_id)
    other_id = _queue(samen, _move_to_scripted(samen, "mehmet", fake))
    wrote: list[bool] = []
    render = samen.sender._render

    def render_while_another_writes(db, row):  # noqa: ANN001, ANN202
        if not wrote:
            def write() -> None:
                with samen.sessions() as other, other.begin():
                    lock_for_write(other)
                    other.execute(update(OutboxMessage).where(OutboxMessage.id == -1).values(error="x"))
            writer = threading.Thread(target=write)
            writer.start()
            writer.join(3)
            wrote.append(not writer.is_alive())
        return render(db, row)

    samen.sender._render = render_while_another_writes  # type: ignore[method-assign]
    jobs = samen.sender.claim()
    assert {job.row_id for job in jobs} == {row_id, other_id}
    assert wrote == [True], "another writer waited for the claim's rendering"
    assert {_row(samen, i).status for i in (row_id, other_id)} == {"claimed"}


def test_a_wave_records_what_came_back_together_in_one_transaction(samen: Samen, group_with_people: World) -> None:
    fake = ScriptedChannel()
    members = [_move_to_scripted(samen, who, fake) for who in ("fatima", "mehmet", "els")]
    samen.sender.concurrency["scripted"] = 8
    _drain(samen)  # what joining left in the outbox
    before = samen.sender._outcomes.calls if samen.sender._outcomes else 0
    ids = [_queue(samen, member_id) for member_id in members]
    _drain(samen)
    assert {_row(samen, i).status for i in ids} == {"sent"}
    outcomes = samen.sender._outcomes
    assert outcomes is not None and outcomes.calls - before < len(ids)  # answers that came back together
