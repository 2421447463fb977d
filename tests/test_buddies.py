"""Buddies: named by the leader, agreed to by the member; a buddy sees only the members assigned to
them, and a number only with consent."""
from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from sqlalchemy import select

from bot.console import ConsoleDriver
from bot.core.i18n import default_catalog
from handlers.reminders import schedule_session
from storage import queries
from storage.models import BuddyPair, FollowUp, Group, Meeting
from tests.conftest import World

catalog = default_catalog()
AMS = ZoneInfo("Europe/Amsterdam")


def _pair(bot: ConsoleDriver, buddy: str, member: str) -> list:
    bot.say("samira", "menu")
    bot.tap("samira", "Maatjes")
    bot.tap("samira", f"🤝 {buddy}")
    return bot.tap("samira", member)


def test_buddies_get_a_number_only_after_yes_and_only_their_members(bot: ConsoleDriver, group_with_people: World,
                                                                    samen, clock) -> None:  # noqa: ANN001
    with samen.sessions() as db, db.begin():
        queries.member_by_address(db, "console", "fatima").call_number = "+31611111111"
        queries.member_by_address(db, "console", "mehmet").call_number = "+31622222222"
    got = _pair(bot, "els", "fatima")
    ask = [m.message for m in got if m.address == "fatima"][0]
    assert ask.locale == "ar" and ask.text == catalog.format("ar", "buddy-ask", {"buddy": "els"})
    got = bot.tap("fatima", 2)  # no, thank you
    assert [m.message.text for m in got if m.address == "samira"] == [
        catalog.format("nl", "buddy-declined", {"member": "fatima", "buddy": "els"})]
    got = _pair(bot, "els", "mehmet")
    got = bot.tap("mehmet", 1)  # yes
    assert [m.message.text for m in got if m.address == "els"] == [
        catalog.format("nl", "buddy-assigned", {"member": "mehmet", "phone": "+31622222222"})]
    # Els never sees Fatima's number, anywhere
    assert not any("31611111111" in m.message.text for m in bot.channel.inbox("els"))
    with samen.sessions() as db:
        assert sorted(p.consent for p in db.scalars(select(BuddyPair))) == [False, True]
    # tasks: Mehmet's go to his buddy as well; Fatima's only to the leader
    clock.set(dt.datetime(2026, 10, 1, 9, 0, tzinfo=dt.timezone.utc))
    with samen.sessions() as db, db.begin():
        group = db.get(Group, group_with_people.group_id)
        session = Meeting(group_id=group.id, starts_at=dt.datetime(2026, 10, 6, 14, 0, tzinfo=AMS),
                          ends_at=dt.datetime(2026, 10, 6, 16, 0, tzinfo=AMS), notes=[], status="planned",
                          created_at=clock.now())
        db.add(session)
        db.flush()
        schedule_session(db, session, group, clock.now())
    for who in ("mehmet", "fatima"):
        bot.say(who, "/next")
        bot.tap(who, 3)  # 📞 please call me
    to_els = [m.message.text for m in bot.channel.inbox("els") if m.message.text.startswith("📞")]
    assert to_els == [catalog.format("nl", "followup-call", {"name": "mehmet", "phone": "+31622222222"})]
    # Els may close Mehmet's task but not Fatima's
    with samen.sessions() as db:
        mehmet_id = queries.member_by_address(db, "console", "mehmet").id
        rows = db.scalars(select(FollowUp)).all()
        mehmet_task = next(t.id for t in rows if t.member_id == mehmet_id)
        fatima_task = next(t.id for t in rows if t.member_id != mehmet_id)
    assert bot.say("els", choice=f"task:{fatima_task}:reached")[-1].message.text == \
        catalog.format("nl", "button-expired")
    assert bot.tap("els", "Bereikt")[-1].message.text == catalog.format("nl", "task-done")
    with samen.sessions() as db:
        assert db.get(FollowUp, mehmet_task).status == "done" and db.get(FollowUp, fatima_task).status == "open"


def test_only_the_member_asked_can_answer_and_participants_cannot_pair(bot: ConsoleDriver, group_with_people: World,
                                                                        samen) -> None:  # noqa: ANN001
    _pair(bot, "els", "fatima")
    with samen.sessions() as db:
        pair_id = db.scalars(select(BuddyPair.id)).one()
    assert bot.say("els", choice=f"buddyok:{pair_id}:yes")[-1].message.text == catalog.format("nl", "button-expired")
    assert bot.say("els", choice=f"buddy:pick:{group_with_people.group_id}")[-1].message.text == \
        catalog.format("nl", "button-expired")
