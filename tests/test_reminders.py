"""Reminders and RSVP: every member reminded in their own language, exactly once, on time."""
from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from sqlalchemy.engine.interfaces import CacheStats

from bot.app import build
from bot.channels.console import ConsoleChannel
from bot.config import Config
from bot.console import ConsoleDriver
from bot.core.i18n import default_catalog
from handlers.reminders import reminder_times
from storage import queries
from storage.models import FollowUp, Meeting, OutboxMessage, Rsvp, Timer
from tests.conftest import make_session, World, listening

catalog = default_catalog()
AMS = ZoneInfo("Europe/Amsterdam")


def _session(samen, world: World, local: dt.datetime, place: str | None = "Buurthuis") -> int:  # noqa: ANN001
    return make_session(samen, world, local, place, ("observance-note-ramadan",))


def _reminders(bot: ConsoleDriver, who: str) -> list:
    return [m for m in bot.channel.inbox(who) if any(p.startswith("rsvp:") for p, _ in m.message.choices)]


def test_each_member_is_reminded_once_in_their_language_across_a_restart(
        bot: ConsoleDriver, group_with_people: World, samen, clock, database_url) -> None:  # noqa: ANN001
    clock.set(dt.datetime(2026, 10, 4, 9, 0, tzinfo=dt.timezone.utc))
    session_id = _session(samen, group_with_people, dt.datetime(2026, 10, 6, 14, 0, tzinfo=AMS))
    clock.set(dt.datetime(2026, 10, 5, 10, 0, tzinfo=AMS))  # the day before, 10:00
    assert samen.ticker.tick().ran == 1
    bot.flush()
    for who, locale in (("fatima", "ar"), ("mehmet", "tr"), ("els", "nl")):
        got = _reminders(bot, who)
        assert len(got) == 1 and got[0].message.locale == locale
        assert got[0].message.text.startswith(catalog.format(locale, "reminder", {
            "date": dt.datetime(2026, 10, 6, 12, 0, tzinfo=dt.timezone.utc), "place": "Buurthuis",
            "note": catalog.format(locale, "observance-note-ramadan")})[:12])
    assert not _reminders(bot, "samira")  # the leader gets the list, not a reminder
    # a restart: a new process on the same database; the timer runs again (as after a crash)
    with samen.sessions() as db, db.begin():
        for timer in db.scalars(select(Timer).where(Timer.kind == "reminder")):
            if timer.status == "done":
                timer.status = "pending"
    console = ConsoleChannel()
    again = build(Config(database_url=database_url), clock=clock, channels={"console": console})
    again.ticker.tick()
    ConsoleDriver(again, console).flush()
    again.close()
    assert console.sent == []  # nothing twice
    bot.tap("els", "Ik kan niet")
    clock.set(dt.datetime(2026, 10, 6, 12, 0, tzinfo=AMS))  # on the day, two hours before
    samen.ticker.tick()
    bot.flush()
    assert all(len(_reminders(bot, who)) == 2 for who in ("fatima", "mehmet"))
    assert len(_reminders(bot, "els")) == 1  # she said she cannot come: not asked again on the day
    roster = [m for m in bot.channel.inbox("samira") if m.message.text.startswith("📋")]
    assert len(roster) == 1 and "fatima" in roster[0].message.text
    with samen.sessions() as db:
        assert db.scalar(select(func.count()).select_from(OutboxMessage).where(OutboxMessage.kind == "reminder")) == 5
        assert session_id


def test_quiet_hours_and_reminders_missed_while_down(bot: ConsoleDriver, group_with_people: World, samen,
                                                     clock) -> None:  # noqa: ANN001
    early = dt.datetime(2026, 10, 6, 9, 0, tzinfo=AMS)  # two hours before is 07:00: quiet, so 08:00
    assert [d.astimezone(AMS).strftime("%d %H:%M") for _o, d in reminder_times(early, "Europe/Amsterdam")] == \
        ["05 10:00", "06 08:00"]
    dawn = dt.datetime(2026, 10, 6, 7, 30, tzinfo=AMS)  # 08:00 would be after the start: no same-day reminder
    assert [o for o, _d in reminder_times(dawn, "Europe/Amsterdam")] == ["day-before"]
    late = reminder_times(early, "Europe/Amsterdam", {"day_before": "22:30"})  # quiet: the next 08:00
    assert [d.astimezone(AMS).strftime("%d %H:%M") for _o, d in late] == ["06 08:00"]  # one, not two
    clock.set(dt.datetime(2026, 10, 4, 9, 0, tzinfo=dt.timezone.utc))
    _session(samen, group_with_people, dt.datetime(2026, 10, 6, 14, 0, tzinfo=AMS))
    clock.set(dt.datetime(2026, 10, 6, 15, 0, tzinfo=AMS))  # the service was down until after the start
    result = samen.ticker.tick()
    assert result.due == 3 and result.messages == 0
    bot.flush()
    assert not _reminders(bot, "els")
    with samen.sessions() as db:
        assert sorted(db.scalars(select(Timer.status).where(Timer.kind.in_(("reminder", "roster"))))) == \
            ["dropped", "dropped", "dropped"]


def test_a_moved_session_never_sends_its_old_reminders(bot: ConsoleDriver, group_with_people: World, samen,
                                                        clock) -> None:  # noqa: ANN001
    clock.set(dt.datetime(2026, 10, 1, 9, 0, tzinfo=dt.timezone.utc))
    _session(samen, group_with_people, dt.datetime(2026, 10, 6, 14, 0, tzinfo=AMS))
    bot.say("samira", "menu")
    bot.tap("samira", "Bijeenkomsten")
    bot.tap("samira", 1)
    bot.tap("samira", "Verplaatsen")
    bot.tap("samira", "do 8 okt")
    clock.set(dt.datetime(2026, 10, 5, 10, 0, tzinfo=AMS))  # the old day-before time
    samen.ticker.tick()
    bot.flush()
    assert not _reminders(bot, "els")
    clock.set(dt.datetime(2026, 10, 7, 10, 0, tzinfo=AMS))
    samen.ticker.tick()
    bot.flush()
    got = _reminders(bot, "els")
    assert len(got) == 1 and "8 oktober" in got[0].message.text


def test_rsvp_changes_until_the_start_and_not_after(bot: ConsoleDriver, group_with_people: World, samen,
                                                    clock) -> None:  # noqa: ANN001
    clock.set(dt.datetime(2026, 10, 4, 9, 0, tzinfo=dt.timezone.utc))
    session_id = _session(samen, group_with_people, dt.datetime(2026, 10, 6, 14, 0, tzinfo=AMS))
    clock.set(dt.datetime(2026, 10, 5, 10, 0, tzinfo=AMS))
    samen.ticker.tick()
    bot.flush()
    assert bot.tap("els", "Ik kom")[-1].message.text == catalog.format("nl", "rsvp-saved-yes")
    assert bot.say("els", "2")[-1].message.text == catalog.format("nl", "rsvp-saved-no")  # a number works too
    bot.say("mehmet", "/next")
    assert bot.tap("mehmet", 1)[-1].message.text == catalog.format("tr", "rsvp-saved-yes")
    clock.set(dt.datetime(2026, 10, 6, 14, 5, tzinfo=AMS))
    got = bot.say("els", choice=f"rsvp:{session_id}:yes")
    assert [m.message.text for m in got] == [catalog.format("nl", "rsvp-closed")]
    with samen.sessions() as db:
        answers = dict(db.execute(select(Rsvp.member_id, Rsvp.answer)).all())
        els = queries.member_by_address(db, "console", "els")
        assert answers[els.id] == "no" and sorted(answers.values()) == ["no", "yes"]


def test_next_in_any_language_and_when_nothing_is_planned(bot: ConsoleDriver, group_with_people: World, samen,
                                                          clock) -> None:  # noqa: ANN001
    assert bot.say("els", "volgende")[-1].message.text == catalog.format("nl", "next-none")
    clock.set(dt.datetime(2026, 10, 1, 9, 0, tzinfo=dt.timezone.utc))
    session_id = _session(samen, group_with_people, dt.datetime(2026, 10, 6, 14, 0, tzinfo=AMS), place=None)
    with samen.sessions() as db, db.begin():
        db.get(Meeting, session_id).activity = "Samen koken"
    got = bot.say("fatima", "/next")[-1].message
    assert got.locale == "ar" and [p.split(":")[-1] for p, _ in got.choices] == ["yes", "no", "call"]
    assert "🎯 Samen koken." in got.text and catalog.format("ar", "observance-note-ramadan") in got.text
    got = bot.say("els", "ik zie je volgende week")  # a sentence with the word is relayed, not a keyword
    assert [m.message.text for m in got if m.address == "els"] == [catalog.format("nl", "relay-passed-on")]


def test_call_me_opens_a_task_and_shows_a_number_only_with_permission(
        bot: ConsoleDriver, group_with_people: World, samen, clock) -> None:  # noqa: ANN001
    clock.set(dt.datetime(2026, 10, 1, 9, 0, tzinfo=dt.timezone.utc))
    session_id = _session(samen, group_with_people, dt.datetime(2026, 10, 6, 14, 0, tzinfo=AMS))
    with samen.sessions() as db, db.begin():
        fatima = queries.member_by_address(db, "console", "fatima")
        fatima.call_number = "+31612345678"  # she agreed to be called at joining
        mehmet = queries.member_by_address(db, "console", "mehmet")
        mehmet.call_number = "+31687654321"  # known, but he said no calls
    bot.say("fatima", "/next")
    got = bot.tap("fatima", 3)
    to_leader = [m.message.text for m in got if m.address == "samira"]
    assert to_leader == [catalog.format("nl", "followup-call", {"name": "fatima", "phone": "+31612345678"})]
    bot.say("mehmet", "/next")
    got = bot.tap("mehmet", 3)
    assert [m.message.text for m in got if m.address == "samira"] == [
        catalog.format("nl", "followup-call", {"name": "mehmet", "phone": "none"})]
    assert bot.last("mehmet").message.text == catalog.format("tr", "call-question")  # may we call you?
    assert not any("87654321" in m.message.text for m in bot.channel.inbox("samira"))
    with samen.sessions() as db:
        assert db.scalar(select(func.count()).select_from(FollowUp).where(FollowUp.status == "open")) == 2
        assert session_id


def test_the_leader_records_a_phone_only_member(bot: ConsoleDriver, group_with_people: World, samen,
                                                clock) -> None:  # noqa: ANN001
    bot.say("samira", "menu")
    bot.tap("samira", "Zonder smartphone")
    bot.say("samira", "Ahmed")
    bot.tap("samira", "العربية")
    bot.tap("samira", "Overslaan")
    clock.set(dt.datetime(2026, 10, 4, 9, 0, tzinfo=dt.timezone.utc))
    _session(samen, group_with_people, dt.datetime(2026, 10, 6, 14, 0, tzinfo=AMS))
    clock.set(dt.datetime(2026, 10, 6, 12, 0, tzinfo=AMS))
    samen.ticker.tick()
    bot.flush()
    roster = [m for m in bot.channel.inbox("samira") if m.message.text.startswith("📋")][-1]
    assert "Ahmed 📵" in roster.message.text and roster.message.choices
    assert bot.tap("samira", "Ahmed")[-1].message.text == catalog.format("nl", "rsvp-for-saved", {"name": "Ahmed"})
    assert not _reminders(bot, "Ahmed")


def test_an_answer_goes_before_the_rest_of_a_wave(bot: ConsoleDriver, group_with_people: World, samen) -> None:  # noqa: ANN001
    import asyncio

    from bot.core.messages import Inbound, Outbound
    from storage.models import ChannelAddress, Member, Membership

    now = samen.clock.now()
    with samen.sessions() as db, db.begin():
        ids = []
        for i in range(200):
            m = Member(display_name=f"m{i}", language="nl", consent_at=now, created_at=now)
            db.add(m)
            db.flush()
            db.add(ChannelAddress(member_id=m.id, channel="console", address=f"m{i}", created_at=now))
            db.add(Membership(member_id=m.id, organisation_id=group_with_people.org_id,
                              group_id=group_with_people.group_id, role="participant", joined_at=now))
            ids.append(m.id)
        for member_id in ids:
            queries.enqueue(db, Outbound("next-none", member_id=member_id, kind="reminder"), now)
    samen.sender.batch = 20
    asyncio.run(samen.sender.run_once())  # the wave has started: 20 of 200 sent
    before = len(bot.channel.sent)
    samen.dispatcher.handle(Inbound("console", "els", "q1", now, text="/next"))  # a question mid-wave
    asyncio.run(samen.sender.run_once())
    assert bot.channel.sent[before].address == "els"  # the answer first, then the wave goes on
    assert [m.address for m in bot.channel.sent[before + 1:]] == [f"m{i}" for i in range(20, 39)]


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=dt.date(2026, 1, 1), max_value=dt.date(2035, 12, 24)))
def test_weekly_reminders_keep_their_local_time_through_dst(day: dt.date) -> None:
    start = dt.datetime.combine(day, dt.time(10), tzinfo=AMS)
    due = reminder_times(start, "Europe/Amsterdam")
    local = [(o, d.astimezone(AMS)) for o, d in due]
    assert [(o, d.strftime("%H:%M")) for o, d in local] == [("day-before", "10:00"), ("same-day", "08:00")]
    assert local[0][1].date() == day - dt.timedelta(days=1) and local[1][1].date() == day
    assert len({d for _o, d in due}) == len(due)  # never twice, also on a fall-back night


def test_tick_dry_run_shows_recipients_and_changes_nothing(bot: ConsoleDriver, group_with_people: World, samen,
                                                           clock, monkeypatch, capsys, database_url) -> None:  # noqa: ANN001
    from bot.cli import main

    clock.set(dt.datetime(2026, 10, 4, 9, 0, tzinfo=dt.timezone.utc))
    _session(samen, group_with_people, dt.datetime(2026, 10, 6, 14, 0, tzinfo=AMS))
    monkeypatch.setenv("DATABASE_URL", database_url)
    assert main(["tick", "--dry-run", "--at", "2026-10-05T10:00+02:00"]) == 0
    out = capsys.readouterr().out
    assert "reminder\tfatima\tar\treminder" in out and "reminder\tmehmet\ttr\treminder" in out
    with samen.sessions() as db:
        assert db.scalar(select(func.count()).select_from(OutboxMessage).where(OutboxMessage.kind == "reminder")) == 0
        assert "done" not in list(db.scalars(select(Timer.status)))
        assert db.scalar(select(func.count()).select_from(Timer).where(Timer.kind == "attendance")) == 1


def test_healthz_reports_the_outbox(bot: ConsoleDriver, group_with_people: World, samen, clock) -> None:  # noqa: ANN001
    from starlette.testclient import TestClient

    from bot.app import web_app
    from bot.core.messages import Outbound

    with samen.sessions() as db, db.begin():
        els = queries.member_by_address(db, "console", "els")
        queries.enqueue(db, Outbound("next-none", member_id=els.id, kind="reminder"), clock.now())
    clock.advance(seconds=90)
    with TestClient(web_app(samen, background=False, channels=False)) as client:
        health = client.get("/healthz").json()
    assert health["ok"] and health["outbox_depth"] == 1 and health["oldest_due_seconds"] == 90


def test_reminder_times_are_set_per_group(tmp_path, monkeypatch, capsys) -> None:  # noqa: ANN001
    from bot.cli import main

    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'r.sqlite3'}")
    assert main(["org", "create", "Buurthuis"]) == 0
    assert main(["group", "create", "Koffie", "--org", "Buurthuis"]) == 0
    assert main(["schedule", "apply", "--group", "Koffie", "--weekday", "tue", "--time", "10:00", "--from",
                 "2030-01-01", "--count", "12", "--remind-day-before", "18:00", "--remind-hours-before", "3",
                 "--quiet", "22:00-07:30"]) == 0
    samen = build(Config(database_url=f"sqlite:///{tmp_path / 'r.sqlite3'}"))
    with samen.sessions() as db:
        group = queries.find_group(db, "Koffie")
        assert group.reminders == {"day_before": "18:00", "hours_before": 3, "quiet": ["22:00", "07:30"]}
        due = sorted(t.due_at.astimezone(AMS).strftime("%H:%M") for t in db.scalars(
            select(Timer).where(Timer.kind == "reminder")))
    samen.close()
    assert set(due) == {"18:00", "07:30"}  # 10:00 - 3 h = 07:00 is quiet until 07:30
    capsys.readouterr()
    assert main(["schedule", "apply", "--group", "Koffie", "--weekday", "tue", "--time", "10:00", "--from",
                 "2030-01-01", "--count", "12", "--quiet", "late"]) == 2
    assert "--quiet" in capsys.readouterr().err


def test_a_new_plan_takes_the_old_plans_timers_with_it(group_with_people: World, samen, clock) -> None:  # noqa: ANN001
    """Replacing planned sessions drops their pending timers (SQLite reuses the ids of deleted rows:
    a lingering timer could otherwise clash with the new plan's), and the new sessions get theirs."""
    from handlers.reminders import schedule_sessions
    from storage.models import Group

    clock.set(dt.datetime(2026, 10, 1, 9, 0, tzinfo=dt.timezone.utc))
    now = clock.now()
    since = dt.datetime(2026, 10, 2, 0, 0, tzinfo=AMS)

    def plan(hour: int) -> list:
        return [(dt.datetime(2026, 10, 6 + 14 * k, hour, 0, tzinfo=AMS),
                 dt.datetime(2026, 10, 6 + 14 * k, hour + 2, 0, tzinfo=AMS), None, [], None) for k in range(2)]

    def apply(hour: int) -> int:
        with samen.sessions() as db, db.begin():
            group = db.get(Group, group_with_people.group_id)
            return schedule_sessions(db, queries.replace_planned_sessions(db, group.id, since, plan(hour), now),
                                     group, now)

    assert apply(14) == 4
    assert apply(14) == 4  # the same plan again: no clash with the timers it replaces
    assert apply(10) == 4
    with samen.sessions() as db:
        sessions = set(db.scalars(select(Meeting.id).where(Meeting.group_id == group_with_people.group_id)))
        pending = db.execute(select(Timer.session_id, Timer.kind, Timer.data).where(Timer.status == "pending")).all()
    assert {row.session_id for row in pending} == sessions
    assert sorted(row.kind for row in pending) == ["attendance"] * 2 + ["reminder"] * 4 + ["roster"] * 2
    assert all(row.data["starts_at"].startswith("2026-10") and "T08:00" in row.data["starts_at"] for row in pending)


def test_taps_and_relays_run_statements_compiled_once(bot: ConsoleDriver, group_with_people: World, samen,
                                                      clock) -> None:  # noqa: ANN001
    # Every tapped answer runs the same few statements; one SQLAlchemy cannot key for its compiled
    # cache (an ON CONFLICT DO UPDATE built with the dialect's insert) is compiled again each time,
    # ~100 µs of a tap.  After a first round, nothing on these paths is compiled anew.
    clock.set(dt.datetime(2026, 10, 4, 9, 0, tzinfo=dt.timezone.utc))
    session_id = _session(samen, group_with_people, dt.datetime(2026, 10, 6, 14, 0, tzinfo=AMS))

    def answer_and_write(answer: str) -> None:
        assert bot.say("els", choice=f"rsvp:{session_id}:{answer}")[-1].message.text == \
            catalog.format("nl", f"rsvp-saved-{answer}")
        bot.say("fatima", choice=f"rsvp:{session_id}:{answer}")
        bot.say("mehmet", "Ik ben wat later")  # relayed to the leader

    seen: list[tuple[str, object]] = []

    def note(_conn, _cursor, statement, _parameters, context, _many) -> None:  # noqa: ANN001
        seen.append((statement, context.cache_hit if context is not None else None))

    # NOTE: listened to from the first round: while listening, the hot statements run through
    # SQLAlchemy (storage/prepared.py), not on the driver's cursor, so the first round compiles them.
    with listening(samen.engine, "after_cursor_execute", note):
        bot.say("els", "/next")
        bot.say("fatima", "/next")
        answer_and_write("yes")
        seen.clear()
        answer_and_write("no")
    uncached = [s for s, hit in seen if hit is not None and hit is not CacheStats.CACHE_HIT and
                not s.lstrip().upper().startswith(("BEGIN", "PRAGMA", "SAVEPOINT", "RELEASE", "ROLLBACK"))]
    assert any("rsvps" in s for s, _ in seen) and not uncached, uncached
    with samen.sessions() as db:
        answers = db.execute(select(Rsvp.answer, Rsvp.answered_at).where(Rsvp.session_id == session_id)).all()
    assert sorted(answer for answer, _at in answers) == ["no", "no"]  # the second answer replaced the first
    assert {at for _answer, at in answers} == {clock.now()}  # an aware UTC time, as the ORM stores it


def test_dates_read_as_people_write_them_in_their_language(bot: ConsoleDriver, world: World, samen,
                                                           clock) -> None:  # noqa: ANN001
    """The day-before reminder of Tuesday 15 September 10:00, in a school holiday the group keeps:
    each member reads the date her language's way, weekday and month in full, and a sentence about
    the holiday, not a bare word.  A Polish and a Spanish leader's meeting buttons read "sob. 2 maja",
    "sábado 2 may"."""
    from tests.conftest import join

    for who, locale in (("els", "nl"), ("carmen", "es"), ("zofia", "pl"), ("ivan", "bg"), ("maria", "pap")):
        join(bot, who, world.participant_code, locale)
    clock.set(dt.datetime(2026, 9, 7, 9, 0, tzinfo=dt.timezone.utc))
    make_session(samen, world, dt.datetime(2026, 9, 15, 10, 0, tzinfo=AMS), "Buurthuis",
                 ("observance-note-school-holiday",))
    clock.set(dt.datetime(2026, 9, 14, 10, 0, tzinfo=AMS))
    samen.ticker.tick()
    bot.flush()
    expected = {"els": ("op dinsdag 15 september om 10:00.", "🏫 Het is schoolvakantie, maar we komen gewoon samen."),
                "carmen": ("es el martes 15 de septiembre a las 10:00.", "🏫 Son vacaciones escolares"),
                "zofia": ("wtorek, 15 września, 10:00", "🏫 Są ferie szkolne, ale spotykamy się jak zwykle."),
                "ivan": ("на 15 септември (вторник), 10:00", "🏫 Има училищна ваканция"),
                "maria": ("djamars 15 sèptèmber, 10:00", "🏫 Ta vakansi di skol")}
    for who, parts in expected.items():
        text = _reminders(bot, who)[-1].message.text
        for part in parts:
            assert part in text, (who, part, text)
    # the other examples of the reviews, through the same catalog
    assert catalog.format("bg", "invite-created", {"code": "X", "uses": 1, "link": "l",
                                                   "expires": dt.datetime(2026, 12, 8, 9, 0, tzinfo=dt.timezone.utc)}
                          ).count("8 декември (вторник), 10:00") == 1
    assert "djamars 9 desèmber, 14:00" in catalog.format("pap", "reminder", {
        "date": dt.datetime(2025, 12, 9, 13, 0, tzinfo=dt.timezone.utc), "place": "X", "note": "none"})
    # leaders' buttons: the Polish genitive, the Spanish weekday in full
    for leader, locale, label in (("zofia-l", "pl", "sob. 2 maja"), ("carmen-l", "es", "sábado 2 may")):
        join(bot, leader, f"/start {world.facilitator_code}", locale)
    clock.set(dt.datetime(2026, 4, 20, 9, 0, tzinfo=dt.timezone.utc))
    make_session(samen, world, dt.datetime(2026, 5, 2, 10, 0, tzinfo=AMS))
    for leader, locale, label in (("zofia-l", "pl", "sob. 2 maja"), ("carmen-l", "es", "sábado 2 may")):
        bot.say(leader, "/menu")
        bot.tap(leader, catalog.format(locale, "menu-sessions"))
        assert any(text.startswith(label) for _p, text in bot.last(leader).message.choices), \
            (leader, bot.last(leader).message.choices)
