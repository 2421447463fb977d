"""Attendance, check-ins, the leader's digest and follow-up tasks: nobody who misses a session goes
unnoticed, and no participant learns who else was absent."""
from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from sqlalchemy import select

from bot.console import ConsoleDriver
from bot.core.i18n import default_catalog
from storage.models import (Attendance, ChannelAddress, CheckIn, FollowUp, Group, Meeting, Member, Membership,
                            Timer)
from tests.conftest import make_session, World, join

catalog = default_catalog()
AMS = ZoneInfo("Europe/Amsterdam")
LANGS = ["nl", "ar", "tr", "pl", "bg", "es", "fil", "pap", "en", "nl", "ar"]


def _group_of_twelve(samen, world: World) -> None:  # noqa: ANN001
    now = samen.clock.now()
    with samen.sessions() as db, db.begin():
        for i, language in enumerate(LANGS, start=1):
            m = Member(display_name=f"a{i:02d}", language=language, language_chosen=True, consent_at=now,
                       may_call=False, created_at=now)
            db.add(m)
            db.flush()
            db.add(ChannelAddress(member_id=m.id, channel="console", address=f"a{i:02d}", created_at=now))
            db.add(Membership(member_id=m.id, organisation_id=world.org_id, group_id=world.group_id,
                              role="participant", joined_at=now))
        ahmed = Member(display_name="Ahmed", language="ar", phone_only=True, consent_at=now, created_at=now)
        db.add(ahmed)
        db.flush()
        db.add(Membership(member_id=ahmed.id, organisation_id=world.org_id, group_id=world.group_id,
                          role="participant", joined_at=now))


def _at(samen, bot: ConsoleDriver, clock, when: dt.datetime) -> list:  # noqa: ANN001
    clock.set(when)
    samen.ticker.tick()
    return bot.flush()


def test_absences_checkins_digest_and_tasks(bot: ConsoleDriver, world: World, samen, clock) -> None:  # noqa: ANN001
    join(bot, "samira", f"/start {world.facilitator_code}", "nl")
    _group_of_twelve(samen, world)
    clock.set(dt.datetime(2026, 10, 1, 9, 0, tzinfo=dt.timezone.utc))
    first = make_session(samen, world, dt.datetime(2026, 10, 6, 14, 0, tzinfo=AMS))
    _at(samen, bot, clock, dt.datetime(2026, 10, 5, 10, 0, tzinfo=AMS))  # the reminders
    bot.tap("a01", "Ik kan niet")  # a01 is excused
    got = _at(samen, bot, clock, dt.datetime(2026, 10, 6, 16, 0, tzinfo=AMS))  # the session ends
    lists = [m for m in got if m.address == "samira" and m.message.text.startswith("📋")]
    assert len(lists) == 1 and "12. ▫️ Ahmed 📵" in lists[0].message.text
    got = bot.say("samira", "alle behalve 1 2 12")
    assert "3. ✅ a03" in got[-1].message.text and "2. ▫️ a02" in got[-1].message.text
    assert bot.say("samira", "14")[-1].message.text == catalog.format("nl", "attendance-bad-numbers")
    assert bot.say("samira", "1 99")[-1].message.text == catalog.format("nl", "attendance-bad-numbers")
    got = bot.tap("samira", "Bevestigen")
    assert got[-2].message.text == catalog.format("nl", "attendance-saved", {"present": 9, "total": 12})
    assert got[-1].message.text == catalog.format("nl", "attendance-ask-activity")  # for the report: skippable
    # three hours later: the check-ins, each alone, each in their own language
    got = _at(samen, bot, clock, dt.datetime(2026, 10, 6, 19, 0, tzinfo=AMS))
    assert sorted((m.address, m.message.text) for m in got) == [
        ("a01", catalog.format("nl", "checkin-excused")), ("a02", catalog.format("ar", "checkin-missed"))]
    for m in got:  # nobody hears who else was absent
        assert "a01" not in m.message.text and "a02" not in m.message.text and "Ahmed" not in m.message.text
    # 48 hours later: the digest, and a task for who did not answer
    got = _at(samen, bot, clock, dt.datetime(2026, 10, 8, 19, 0, tzinfo=AMS))
    to_leader = [m.message.text for m in got if m.address == "samira"]
    digest = next(t for t in to_leader if t.startswith("📝"))
    assert "a01, a02, Ahmed" in digest and "🔕 Geen antwoord binnen 48 uur: a02" in digest
    assert "Twee keer of vaker achter elkaar afwezig: —" in digest
    assert catalog.format("nl", "task-new", {"name": "a02", "reason": "no-answer"}) in to_leader
    # Ahmed, who has no smartphone, gets no check-in: Samira is asked to call him
    assert catalog.format("nl", "task-new", {"name": "Ahmed", "reason": "missed"}) in to_leader
    # the tasks are reminded until they are done, then no more
    got = _at(samen, bot, clock, dt.datetime(2026, 10, 10, 20, 0, tzinfo=AMS))
    assert sorted(m.message.text for m in got) == sorted(catalog.format("nl", "task-reminder", {"name": name})
                                                         for name in ("a02", "Ahmed"))
    assert bot.tap("samira", "Bereikt")[-1].message.text == catalog.format("nl", "task-done")
    bot.say("samira", choice=[m for m in got if "Ahmed" in m.message.text][0].message.choices[0][0])
    bot.say("samira", choice=[m for m in got if "a02" in m.message.text][0].message.choices[0][0])
    assert _at(samen, bot, clock, dt.datetime(2026, 10, 13, 9, 0, tzinfo=AMS)) == []
    with samen.sessions() as db:
        tasks = {t.reason: t for t in db.scalars(select(FollowUp))}
        assert sorted(tasks) == ["missed", "no-answer"]
        assert (tasks["no-answer"].status, tasks["no-answer"].outcome) == ("done", "reached")
        assert db.scalar(select(Meeting.status).where(Meeting.id == first)) == "held"
    # the next week a02 is absent again: flagged at risk
    clock.set(dt.datetime(2026, 10, 12, 9, 0, tzinfo=dt.timezone.utc))
    make_session(samen, world, dt.datetime(2026, 10, 13, 14, 0, tzinfo=AMS))
    _at(samen, bot, clock, dt.datetime(2026, 10, 13, 16, 0, tzinfo=AMS))
    bot.say("samira", "alle behalve 2")
    bot.tap("samira", "Bevestigen")
    _at(samen, bot, clock, dt.datetime(2026, 10, 13, 19, 0, tzinfo=AMS))
    bot.say("a02", "2")  # 🤒 not well — only the button is kept
    got = _at(samen, bot, clock, dt.datetime(2026, 10, 15, 19, 0, tzinfo=AMS))
    digest = next(m.message.text for m in got if m.address == "samira" and m.message.text.startswith("📝"))
    assert "⚠️ Twee keer of vaker achter elkaar afwezig: a02" in digest
    with samen.sessions() as db:
        assert [c.answer for c in db.scalars(select(CheckIn))] == ["unwell"]
        assert sorted(t.reason for t in db.scalars(select(FollowUp))) == ["missed", "no-answer", "unwell"]


def test_an_unrecorded_session_is_asked_for_once_more(bot: ConsoleDriver, world: World, samen, clock) -> None:  # noqa: ANN001
    join(bot, "samira", f"/start {world.facilitator_code}", "nl")
    join(bot, "els", world.participant_code, "nl")
    clock.set(dt.datetime(2026, 10, 1, 9, 0, tzinfo=dt.timezone.utc))
    make_session(samen, world, dt.datetime(2026, 10, 6, 14, 0, tzinfo=AMS))
    _at(samen, bot, clock, dt.datetime(2026, 10, 6, 16, 0, tzinfo=AMS))
    got = _at(samen, bot, clock, dt.datetime(2026, 10, 7, 10, 0, tzinfo=AMS))
    assert [m.message.text.split(" ")[0] for m in got] == ["📋", "📋"]  # the nudge and the list again
    bot.say("samira", "alle")
    bot.tap("samira", "Bevestigen")
    with samen.sessions() as db:
        assert db.scalars(select(Attendance.present)).all() == [True]
        assert db.scalar(select(Timer.status).where(Timer.kind == "attendance-nudge")) == "done"
    # Els asks to be forgotten: she is gone, the count of who came stays (anonymous)
    bot.say("els", "/forget")
    bot.tap("els", 1)
    with samen.sessions() as db:
        assert db.execute(select(Attendance.member_id, Attendance.present)).all() == [(None, True)]
        assert db.scalar(select(Member).where(Member.display_name == "els")) is None


def test_participants_cannot_record_attendance_or_close_tasks(bot: ConsoleDriver, group_with_people: World) -> None:
    for payload in ("att:ok:1", "att:t:1:2", "task:1:reached"):
        assert [m.message.text for m in bot.say("els", choice=payload)] == [catalog.format("nl", "button-expired")]


def test_all_but_in_the_languages_leaders_write() -> None:
    from handlers.attendance import ALL_WORDS, _who_came

    everyone = set(range(1, 8))
    for phrase, absent in (("all but 2", [2]), ("Alle behalve 2 3", [2, 3]), ("2 hariç hepsi", [2]),
                           ("wszyscy oprócz 4", [4]), ("всички без 1", [1]), ("todos menos ٣", [3]),
                           ("lahat maliban sa 5", [5]), ("tur ménos 6", [6]), ("الكل إلا 2", [2]),
                           # the forms the pl/bg/es/pap reviews found refused
                           ("todas menos 2", [2]), ("todos menos el 2", [2]), ("wszyscy oprocz 2", [2]),
                           ("wszyscy poza 2", [2]), ("wszyscy bez 2", [2]), ("„wszyscy oprócz 2”", [2]),
                           ("всички освен 2", [2]), ("tur ménos 2 i 5", [2, 5]), ("Todas", [])):
        assert _who_came(phrase, 7) == everyone - set(absent), phrase
    for phrase, came in (("1 3 y 4", {1, 3, 4}), ("1, 3 i 4", {1, 3, 4}), ("1, 3 en 4", {1, 3, 4}),
                         ("3", {3}), ("٣", {3})):
        assert _who_came(phrase, 7) == came, phrase
    assert _who_came("3 apples", 7) is None and _who_came("bel mij", 7) is None
    assert {"alle", "hepsi", "الكل", "tur", "lahat", "todos", "todas", "всички", "wszyscy"} <= ALL_WORDS


def test_a_typed_single_number_means_only_that_person_came(bot: ConsoleDriver, group_with_people: World,
                                                           samen, clock) -> None:  # noqa: ANN001
    """Els, Fatima and Mehmet said they would come; only Mehmet (3) came.  Samira types "3": Mehmet
    is present and the other two absent — a typed number is who came, never a toggle of Mehmet alone
    (which would mark him absent and send him "we missed you")."""
    from tests.conftest import reminded

    reminded(bot, group_with_people, samen, clock)
    for who in ("fatima", "mehmet", "els"):
        bot.say(who, "1")  # ✅ coming
    got = _at(samen, bot, clock, dt.datetime(2026, 10, 6, 16, 0, tzinfo=AMS))
    listed = next(m.message.text for m in got if m.address == "samira" and m.message.text.startswith("📋"))
    assert "1. ✅ els" in listed and "2. ✅ fatima" in listed and "3. ✅ mehmet" in listed
    shown = bot.say("samira", "3")[-1].message.text
    assert "1. ▫️ els" in shown and "2. ▫️ fatima" in shown and "3. ✅ mehmet" in shown
    shown = bot.say("samira", "1, 3 en 2")[-1].message.text  # and a list with "en" between
    assert "1. ✅ els" in shown and "2. ✅ fatima" in shown
    # a message from Els meanwhile: "1" is its ↩ Reply, not "only 1 came"
    bot.say("els", "Dank voor vandaag!")
    assert bot.say("samira", "1")[-1].message.text == catalog.format("nl", "relay-reply-prompt", {"name": "els"})
    bot.tap("samira", 1)  # ✖️ cancel the reply
    bot.say("samira", "3")
    with samen.sessions() as db:  # still Mehmet alone
        assert db.execute(select(Member.display_name).join(Attendance, Attendance.member_id == Member.id)
                          .where(Attendance.present.is_(True))).scalars().all() == ["mehmet"]
    got = bot.say("samira", "4")  # the number after the last person is the list's 💾 Confirm
    assert got[-2].message.text == catalog.format("nl", "attendance-saved", {"present": 1, "total": 3})
    got = _at(samen, bot, clock, dt.datetime(2026, 10, 6, 19, 0, tzinfo=AMS))
    assert sorted((m.address, m.message.text) for m in got) == [
        ("els", catalog.format("nl", "checkin-missed")), ("fatima", catalog.format("ar", "checkin-missed"))]
    with samen.sessions() as db:
        came = db.execute(select(Member.display_name).join(Attendance, Attendance.member_id == Member.id)
                          .where(Attendance.present.is_(True))).scalars().all()
        assert came == ["mehmet"]


def test_after_the_attendance_the_leader_is_asked_what_the_group_did_and_the_report_lists_it(
        bot: ConsoleDriver, group_with_people: World, samen, clock) -> None:  # noqa: ANN001
    from storage.reports import group_report
    from tests.conftest import reminded

    first = reminded(bot, group_with_people, samen, clock)
    _at(samen, bot, clock, dt.datetime(2026, 10, 6, 16, 0, tzinfo=AMS))
    bot.say("samira", "alle behalve 2")
    got = bot.tap("samira", "Bevestigen")
    assert got[-2].message.text == catalog.format("nl", "attendance-saved", {"present": 2, "total": 3})
    asked = got[-1].message
    assert asked.text.startswith("🎯 Wat hebben jullie vandaag samen gedaan?")
    labels = [label for _p, label in asked.choices]
    assert labels[0] == "🚶 " + catalog.format("nl", "activity-walk") and labels[-1] == "⏭ Overslaan"
    # one tap on the list
    assert bot.tap("samira", "🍲")[-1].message.text == catalog.format(
        "nl", "attendance-activity-saved", {"activity": "🍲 " + catalog.format("nl", "activity-cooking")})
    # the next meeting: a few words of her own
    clock.set(dt.datetime(2026, 10, 8, 9, 0, tzinfo=dt.timezone.utc))
    second = make_session(samen, group_with_people, dt.datetime(2026, 10, 13, 14, 0, tzinfo=AMS))
    _at(samen, bot, clock, dt.datetime(2026, 10, 13, 16, 0, tzinfo=AMS))
    bot.say("samira", "alle")
    bot.tap("samira", "Bevestigen")
    assert bot.say("samira", "Brood gebakken bij Els")[-1].message.text == catalog.format(
        "nl", "attendance-activity-saved", {"activity": "Brood gebakken bij Els"})
    # a third: she skips it
    clock.set(dt.datetime(2026, 10, 15, 9, 0, tzinfo=dt.timezone.utc))
    third = make_session(samen, group_with_people, dt.datetime(2026, 10, 20, 14, 0, tzinfo=AMS))
    _at(samen, bot, clock, dt.datetime(2026, 10, 20, 16, 0, tzinfo=AMS))
    bot.say("samira", "alle")
    bot.tap("samira", "Bevestigen")
    assert bot.tap("samira", "Overslaan")[-1].message.text == catalog.format("nl", "attendance-activity-skipped")
    with samen.sessions() as db:
        report = group_report(db, db.get(Group, group_with_people.group_id), dt.datetime(2026, 10, 1, tzinfo=dt.timezone.utc),
                              dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc))
        assert {s.id: s.activity for s in db.scalars(select(Meeting))} == {
            first: "activity:cooking", second: "text:Brood gebakken bij Els", third: None}
    assert [s["activity"] for s in report["attendance"]["per_session"]] == [
        "activity:cooking", "text:Brood gebakken bij Els", None]
    # a participant cannot record it
    assert bot.say("fatima", choice=f"did:{third}:0")[-1].message.text == catalog.format("ar", "button-expired")
