"""Planning in chat: the leader taps through the wizard, sees the preview with its reasons, saves;
then moves, cancels and adds sessions; every member hears of it in their own language."""
from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from sqlalchemy import select

from bot.console import ConsoleDriver
from bot.core.i18n import default_catalog
from storage.models import Group, Meeting, OutboxMessage
from tests.conftest import World

catalog = default_catalog()


def _wizard(bot: ConsoleDriver, world: World) -> str:
    bot.say("samira", "menu")
    bot.tap("samira", "Jaar plannen")
    bot.tap("samira", "Dinsdag")
    bot.say("samira", "10:30")  # typed, or tap a time
    bot.tap("samira", "Elke week")
    bot.tap("samira", 1)  # the first Tuesday offered
    bot.say("samira", "Buurthuis De Linde, zaal 2")
    bot.tap("samira", "Juli en augustus")
    bot.tap("samira", "Islamitisch")
    return bot.tap("samira", "Klaar")[-1].message.text


def test_plan_a_year_in_chat(bot: ConsoleDriver, group_with_people: World, samen, clock) -> None:  # noqa: ANN001
    clock.set(dt.datetime(2026, 1, 2, 9, 0, tzinfo=dt.timezone.utc))
    preview = _wizard(bot, group_with_people)
    assert preview.startswith("Planning voor Koffie Oost:")
    # the defaults applied are shown: Ramadan keeps its sessions
    assert catalog.format("nl", "sched-default", {"observance": catalog.format("nl", "observance-ramadan"),
                                                  "policy": "keep"}) in preview
    got = bot.tap("samira", "Planning opslaan")
    saved = [m for m in got if m.address == "samira"][0].message.text
    with samen.sessions() as db:
        sessions = db.scalars(select(Meeting).order_by(Meeting.starts_at)).all()
        group = db.get(Group, group_with_people.group_id)
    assert str(len(sessions)) in saved and 30 <= len(sessions) <= 53
    assert all(s.starts_at.astimezone(ZoneInfo("Europe/Amsterdam")).strftime("%a %H:%M") == "Tue 10:30"
               for s in sessions)
    assert not [s for s in sessions if s.starts_at.month in (7, 8)]  # the summer break
    assert all(s.place == "Buurthuis De Linde, zaal 2" for s in sessions)
    ramadan = [s for s in sessions if dt.date(2026, 2, 18) <= s.starts_at.date() <= dt.date(2026, 3, 19)]
    assert ramadan and all(s.notes == ["observance-note-ramadan"] for s in ramadan)
    assert "islamic" in group.traditions
    # everyone hears of it, in their own language
    for who, locale in (("fatima", "ar"), ("mehmet", "tr"), ("els", "nl")):
        note = [m for m in got if m.address == who]
        assert note and note[0].message.locale == locale
        assert note[0].message.text.startswith(catalog.format(locale, "schedule-new", {
            "count": len(sessions), "first": sessions[0].starts_at})[:8])


def test_move_cancel_and_add_a_session(bot: ConsoleDriver, group_with_people: World, samen, clock) -> None:  # noqa: ANN001
    clock.set(dt.datetime(2026, 1, 2, 9, 0, tzinfo=dt.timezone.utc))
    _wizard(bot, group_with_people)
    bot.tap("samira", "Planning opslaan")
    bot.say("samira", "menu")
    bot.tap("samira", "Bijeenkomsten")
    bot.tap("samira", 1)  # the first session
    bot.tap("samira", "Verplaatsen")
    got = bot.tap("samira", 4)  # the fourth day offered
    assert [m.message.text for m in got if m.address == "samira"] == [catalog.format("nl", "sess-done-moved")]
    moved = [m.message.text for m in got if m.address == "mehmet"]
    assert moved and moved[0].startswith(catalog.format("tr", "session-moved", {"old": "", "new": ""})[:6])
    with samen.sessions() as db:
        first = db.scalars(select(Meeting).order_by(Meeting.starts_at)).first()
        assert first.moved_from is not None and first.starts_at != first.moved_from
    bot.say("samira", "menu")
    bot.tap("samira", "Bijeenkomsten")
    bot.tap("samira", 2)
    bot.tap("samira", "Afzeggen")
    got = bot.tap("samira", "Ja, afzeggen")
    assert [m.message.text for m in got if m.address == "samira"] == [catalog.format("nl", "sess-done-cancelled")]
    assert [m.message.locale for m in got if m.address == "fatima"] == ["ar"]
    bot.say("samira", "menu")
    bot.tap("samira", "Extra bijeenkomst")
    bot.tap("samira", 3)
    got = bot.tap("samira", 1)  # 📍 the usual place
    assert [m.message.text for m in got if m.address == "samira"] == [catalog.format("nl", "sess-done-added")]
    assert len([m for m in got if m.address in ("fatima", "mehmet", "els")]) == 3
    with samen.sessions() as db:
        statuses = [s.status for s in db.scalars(select(Meeting))]
        assert statuses.count("cancelled") == 1


def test_a_linked_group_chat_hears_of_moved_and_cancelled_sessions(bot: ConsoleDriver, group_with_people: World,
                                                                    samen, clock) -> None:  # noqa: ANN001
    clock.set(dt.datetime(2026, 1, 2, 9, 0, tzinfo=dt.timezone.utc))
    _wizard(bot, group_with_people)
    bot.tap("samira", "Planning opslaan")
    with samen.sessions() as db, db.begin():
        db.get(Group, group_with_people.group_id).telegram_chat = "-100777"  # linked with /link (test_broadcast)
    bot.say("samira", "menu")
    bot.tap("samira", "Bijeenkomsten")
    bot.tap("samira", 1)
    bot.tap("samira", "Verplaatsen")
    bot.tap("samira", 4)
    bot.say("samira", "menu")
    bot.tap("samira", "Bijeenkomsten")
    bot.tap("samira", 2)
    bot.tap("samira", "Afzeggen")
    bot.tap("samira", "Ja, afzeggen")
    with samen.sessions() as db:
        rows = db.scalars(select(OutboxMessage).where(OutboxMessage.channel == "telegram",
                                                      OutboxMessage.address == "-100777")
                          .order_by(OutboxMessage.id)).all()
        group = db.get(Group, group_with_people.group_id)
        assert [(r.message_id, r.locale, r.member_id) for r in rows] == [
            ("session-moved", group.language, None), ("session-cancelled", group.language, None)]
        assert rows[0].args["tz"] == group.timezone and rows[0].args["new"] != rows[0].args["old"]


def test_participants_cannot_plan(bot: ConsoleDriver, group_with_people: World) -> None:
    for payload in (f"sched:start:{group_with_people.group_id}", f"sess:list:{group_with_people.group_id}",
                    f"sess:extra:{group_with_people.group_id}", "sched:save"):
        got = bot.say("els", choice=payload)
        assert [m.message.text for m in got] == [catalog.format("nl", "button-expired")]


def test_wizard_cancel_and_bad_time(bot: ConsoleDriver, group_with_people: World, samen) -> None:  # noqa: ANN001
    bot.say("samira", "menu")
    bot.tap("samira", "Jaar plannen")
    bot.tap("samira", "Woensdag")
    assert bot.say("samira", "half elf")[-1].message.text == catalog.format("nl", "sched-bad-time")
    assert bot.tap("samira", "Annuleren")[-1].message.text == catalog.format("nl", "sched-cancelled")
    with samen.sessions() as db:
        assert db.scalars(select(Meeting)).first() is None


def test_a_fortnightly_plan_in_chat_moves_kings_day_within_its_week(bot: ConsoleDriver, group_with_people: World,
                                                                    samen, clock) -> None:  # noqa: ANN001
    """Samira plans Tuesdays every two weeks from 13 April 2027.  The preview says King's Day moves
    to Wednesday 28 April, by its name — not "skip di 27 apr: feestdag" and four weeks apart — and
    the saved plan has that Wednesday."""
    clock.set(dt.datetime(2027, 4, 8, 9, 0, tzinfo=dt.timezone.utc))
    bot.say("samira", "menu")
    bot.tap("samira", "Jaar plannen")
    bot.tap("samira", "Dinsdag")
    bot.say("samira", "10:30")
    bot.tap("samira", "Om de twee weken")
    assert bot.tap("samira", 1)  # the first Tuesday offered: 13 April
    bot.say("samira", "Buurthuis")
    bot.tap("samira", "Geen zomerstop")
    preview = bot.tap("samira", "Klaar")[-1].message.text
    assert "di 27 apr: Koningsdag → wo 28 apr" in preview, preview
    assert "feestdag" not in preview and catalog.format("nl", "sched-warning-gap", {"from": "", "to": ""})[:10] \
        not in preview
    bot.tap("samira", "Planning opslaan")
    with samen.sessions() as db:
        days = [s.starts_at.astimezone(ZoneInfo("Europe/Amsterdam")).date()
                for s in db.scalars(select(Meeting).order_by(Meeting.starts_at))]
    assert days[:3] == [dt.date(2027, 4, 13), dt.date(2027, 4, 28), dt.date(2027, 5, 11)]
