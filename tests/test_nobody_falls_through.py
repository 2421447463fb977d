"""Nobody falls through: a leader's call for help reaches the coordinator, a group without a leader is
looked after by the coordinators, and a new leader starts with what is open.  Each test is the
conversation it protects."""
from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from bot.console import ConsoleDriver
from bot.core.i18n import default_catalog
from tests.conftest import World, join, make_session, reminded

catalog = default_catalog()
AMS = ZoneInfo("Europe/Amsterdam")
nl = lambda message_id, args=None: catalog.format("nl", message_id, args)  # noqa: E731


def said(got, who: str) -> list[str]:  # noqa: ANN001
    return [m.message.text for m in got if m.address == who]


def test_a_leaders_call_for_help_reaches_the_coordinator_until_it_is_done(
        bot: ConsoleDriver, group_with_people: World, samen, clock) -> None:  # noqa: ANN001
    join(bot, "noor", group_with_people.coordinator_code, "nl")
    session_id = reminded(bot, group_with_people, samen, clock)
    # Fatima asks to be called; Samira gets the task, calls, and cannot help on her own.
    got = bot.say("fatima", choice=f"rsvp:{session_id}:call")
    assert said(got, "fatima")[0] == catalog.format("ar", "rsvp-saved-call")
    assert said(got, "samira") == [nl("followup-call", {"name": "fatima", "phone": "none"})]
    got = bot.say("fatima", contact_phone="+31612345678")  # she shares her number
    assert said(got, "samira") == [nl("followup-call", {"name": "fatima", "phone": "+31612345678"})]
    got = bot.tap("samira", "Hulp nodig")
    assert said(got, "samira") == [nl("task-escalated")]
    help_needed = nl("task-help-needed", {"leader": "samira", "name": "fatima", "group": "Koffie Oost",
                                          "reason": "call-me"})
    assert said(got, "noor") == [help_needed]
    assert [label for _p, label in bot.last("noor").message.choices] == ["✅ Bereikt", "📵 Niet bereikt"]
    # Two days later it is still open: Noor is reminded, with the group's name above.
    clock.advance(days=2, minutes=1)
    samen.ticker.tick()
    reminder = said(bot.flush(), "noor")
    assert reminder == [nl("for-group", {"group": "Koffie Oost"}) + "\n" + nl("task-reminder", {"name": "fatima"})]
    assert said(bot.tap("noor", "Bereikt"), "noor") == [nl("task-done")]
    clock.advance(days=3)
    samen.ticker.tick()
    assert said(bot.flush(), "noor") == []


def test_a_group_without_a_leader_is_looked_after_by_the_coordinator(
        bot: ConsoleDriver, group_with_people: World, samen, clock) -> None:  # noqa: ANN001
    join(bot, "noor", group_with_people.coordinator_code, "nl")
    bot.flush()
    session_id = reminded(bot, group_with_people, samen, clock)
    # The group's only leader stops: the coordinator is told at once, and once.
    got = bot.say("samira", "stop")
    assert said(got, "noor") == [nl("group-no-leader", {"group": "Koffie Oost"})]
    # Els's message reaches the coordinator.
    got = bot.say("els", "Is er koffie?")
    relayed, = said(got, "noor")
    assert relayed.startswith("💬 els (Koffie Oost)") and "Is er koffie?" in relayed
    assert said(got, "samira") == []
    got = bot.say("els", "En thee?")
    assert len(said(got, "noor")) == 1 and "En thee?" in said(got, "noor")[0]
    # Fatima's call request is a task for Noor, marked with the group's name; Fatima is told she will be called.
    got = bot.say("fatima", choice=f"rsvp:{session_id}:call")
    assert said(got, "fatima")[0] == catalog.format("ar", "rsvp-saved-call")
    assert said(got, "noor")[0].startswith(nl("for-group", {"group": "Koffie Oost"}) + "\n📞 fatima")
    # Noor makes Els the leader: Els is welcomed, with the task that is open.
    notice = [m for m in bot.channel.inbox("noor") if m.message.text == nl("group-no-leader", {"group": "Koffie Oost"})]
    bot.say("noor", choice=notice[0].message.choices[0][0])
    assert bot.last("noor").message.text == nl("leader-pick", {"group": "Koffie Oost"})
    got = bot.tap("noor", "els")
    assert said(got, "noor") == [nl("mm-promoted", {"name": "els", "group": "Koffie Oost"})]
    assert said(got, "els") == [nl("leader-welcome", {"group": "Koffie Oost"}),
                                nl("task-new", {"name": "fatima", "reason": "call-me"})]
    # From now on Els hears from her members, and Noor does not.
    got = bot.say("mehmet", "Merhaba")
    assert [m.address for m in got if m.address in ("els", "noor")] == ["els"]


def test_a_coordinator_invites_a_new_leader_from_the_chat(bot: ConsoleDriver, group_with_people: World,
                                                         samen) -> None:  # noqa: ANN001
    join(bot, "noor", group_with_people.coordinator_code, "nl")
    bot.say("samira", "stop")  # the coordinator is told, with a button to invite a new leader
    got = bot.tap("noor", "Nieuwe begeleider")
    code = said(got, "noor")[0].split(": ", 1)[1].split()[0]
    assert said(got, "noor")[0].startswith(nl("invite-created-leader", {"group": "Koffie Oost", "code": code,
                                                                        "expires": dt.datetime.now()})[:30])
    join(bot, "jan", code, "nl")
    bot.flush()
    assert nl("leader-welcome", {"group": "Koffie Oost"}) in [m.message.text for m in bot.channel.inbox("jan")]
    # the code was for one person
    got = bot.say("piet", code, language="nl")
    assert said(got, "piet") == [nl("invite-used-up")]


def test_a_call_request_nobody_can_see_is_not_promised(bot: ConsoleDriver, group_with_people: World, samen,
                                                       clock) -> None:  # noqa: ANN001
    session_id = reminded(bot, group_with_people, samen, clock)
    bot.say("samira", "stop")  # the only leader, and the organisation has no coordinator in samen
    got = bot.say("fatima", choice=f"rsvp:{session_id}:call")
    assert said(got, "fatima")[0] == catalog.format("ar", "call-nobody")
    assert catalog.format("ar", "rsvp-saved-call") not in said(got, "fatima")


def test_the_leader_hears_who_drops_away(bot: ConsoleDriver, group_with_people: World, samen,
                                         clock) -> None:  # noqa: ANN001
    session_id = reminded(bot, group_with_people, samen, clock)
    # Mehmet says stop: Samira is told once, in Dutch, and he is no "no answer" in her list.
    got = bot.say("mehmet", "dur")  # "dur" is also "wait": asked first
    got = bot.tap("mehmet", "🔕")
    assert said(got, "mehmet") == [catalog.format("tr", "stop-confirmed")]
    assert said(got, "samira") == [nl("member-stopped", {"name": "mehmet"})]
    assert said(bot.say("mehmet", "stop"), "samira") == []
    clock.set(dt.datetime(2026, 10, 6, 13, 0, tzinfo=AMS))  # the leader's list before the meeting
    samen.ticker.tick()
    roster = [t for t in said(bot.flush(), "samira") if t.startswith("📋")][-1].splitlines()
    assert "❌ Komen niet: mehmet 🔕" in roster and "❔ Geen antwoord: els, fatima" in roster
    # Els asks to be forgotten: Samira hears she left, not why.
    bot.say("els", "vergeet mij")
    got = bot.tap("els", "🗑")
    assert said(got, "samira") == [nl("member-forgotten", {"name": "els"})]
    # Mehmet comes back
    got = bot.say("mehmet", "başla")
    assert said(got, "samira") == [nl("member-resumed", {"name": "mehmet"})]
    assert session_id


def test_away_she_gets_no_reminders_and_is_welcomed_back(bot: ConsoleDriver, group_with_people: World, samen,
                                                         clock) -> None:  # noqa: ANN001
    clock.set(dt.datetime(2026, 9, 28, 9, 0, tzinfo=AMS))  # a Monday
    # Fatima goes to Morocco for a month: "✈️ I'm away" under her help, then "1 month".
    bot.say("fatima", "help")
    got = bot.tap("fatima", "✈️")
    assert said(got, "fatima") == [catalog.format("ar", "away-ask")]
    got = bot.tap("fatima", catalog.format("ar", "away-1-month"))
    back = dt.date(2026, 10, 28)
    assert said(got, "fatima") == [catalog.format("ar", "away-set", {"until": back})]
    assert said(got, "samira") == [nl("member-away", {"name": "fatima", "until": back})]
    # Samira notes that Mehmet is away until a day she types.
    bot.say("samira", "menu")
    bot.tap("samira", "Deelnemers")
    bot.tap("samira", "mehmet")
    bot.tap("samira", nl("away-button-for"))
    bot.tap("samira", nl("away-a-date"))
    assert said(bot.say("samira", "30 februari"), "samira") == [nl("away-bad-date")]
    got = bot.say("samira", "15 oktober")
    assert said(got, "samira") == [nl("away-set-for", {"name": "mehmet", "until": dt.date(2026, 10, 15)})]
    assert said(got, "mehmet") == [catalog.format("tr", "away-set-by-leader", {"until": dt.date(2026, 10, 15)})]
    # A meeting on Tuesday 6 October: only Els is reminded; Samira's list shows who is away, and until when.
    session_id = make_session(samen, group_with_people, dt.datetime(2026, 10, 6, 14, 0, tzinfo=AMS), place="Buurthuis")
    clock.set(dt.datetime(2026, 10, 5, 10, 0, tzinfo=AMS))
    samen.ticker.tick()
    reminded = {m.address for m in bot.flush() if m.message.choices[:1]
                and m.message.choices[0][0] == f"rsvp:{session_id}:yes"}
    assert reminded == {"els"}
    clock.set(dt.datetime(2026, 10, 6, 12, 0, tzinfo=AMS))
    samen.ticker.tick()
    roster = [t for t in said(bot.flush(), "samira") if t.startswith("📋")][-1]
    assert ("fatima ✈️ " + nl("away-until", {"until": back})) in roster and "Geen antwoord: els" in roster
    # After the meeting: the list is about who could have come; nobody away is "absent", nor gets "we missed you".
    clock.set(dt.datetime(2026, 10, 6, 16, 0, tzinfo=AMS))
    samen.ticker.tick()
    attendance = said(bot.flush(), "samira")[-1]
    assert attendance.splitlines()[-1] == "✈️ fatima, mehmet"
    got = bot.say("samira", "1")  # Els came
    bot.tap("samira", "💾")
    clock.advance(days=3)
    samen.ticker.tick()
    after = bot.flush()
    assert said(after, "fatima") == said(after, "mehmet") == []
    digest = [t for t in said(after, "samira") if t.startswith("📝")]
    assert digest and "fatima" not in digest[0] and "mehmet" not in digest[0]
    # The day before she is back: welcome back, and the next meeting.
    make_session(samen, group_with_people, dt.datetime(2026, 11, 3, 14, 0, tzinfo=AMS), place="Buurthuis")
    clock.set(dt.datetime(2026, 10, 27, 10, 1, tzinfo=AMS))
    samen.ticker.tick()
    assert said(bot.flush(), "fatima") == [catalog.format("ar", "away-welcome-back", {
        "date": dt.datetime(2026, 11, 3, 14, 0, tzinfo=AMS), "place": "Buurthuis"})]
    # October's report counts the weeks away apart from absences: Fatima 27 days, Mehmet 14.
    from storage.models import Group
    from storage.reports import group_report

    with samen.sessions() as db:
        report = group_report(db, db.get(Group, group_with_people.group_id),
                              dt.datetime(2026, 10, 1, tzinfo=AMS), dt.datetime(2026, 11, 1, tzinfo=AMS))
    assert report["attendance"]["away_weeks"] == round(41 / 7, 1)
    assert report["attendance"]["per_session"][0]["of"] == 1  # only Els could have come


def _add_ahmed(bot: ConsoleDriver) -> None:
    """Samira adds Ahmed, who has a basic phone only, with the number he agreed to be called on."""
    bot.say("samira", "menu")
    bot.tap("samira", "Zonder smartphone")
    bot.say("samira", "Ahmed")
    bot.tap("samira", "العربية")
    bot.say("samira", "06 1234 5678")
    bot.flush()


def test_members_without_a_smartphone_are_counted_everywhere(bot: ConsoleDriver, group_with_people: World, samen,
                                                             clock) -> None:  # noqa: ANN001
    clock.set(dt.datetime(2026, 10, 1, 9, 0, tzinfo=dt.timezone.utc))
    _add_ahmed(bot)
    make_session(samen, group_with_people, dt.datetime(2026, 10, 6, 14, 0, tzinfo=AMS), place="Buurthuis")
    # Samira moves the meeting: everyone hears it, and she is told whom to call.
    bot.say("samira", "menu")
    bot.tap("samira", "Bijeenkomsten")
    bot.tap("samira", 1)
    bot.tap("samira", "Verplaatsen")
    got = bot.tap("samira", "wo 7 okt")
    assert nl("call-these", {"count": 1, "lines": "📵 Ahmed · +31612345678"}) in said(got, "samira")
    assert said(got, "fatima") and said(got, "Ahmed") == []
    # A wishes round: Samira asks Ahmed by phone and taps his wish.
    bot.say("samira", "menu")
    got = bot.tap("samira", "Wensen")
    assert nl("wish-for", {"name": "Ahmed"}) in said(got, "samira")
    assert said(bot.tap("samira", nl("activity-cooking")), "samira") == [nl("wish-for-saved", {"name": "Ahmed"})]
    # After the meeting Ahmed was not there: no check-in can reach him, so Samira gets a task to call him.
    clock.set(dt.datetime(2026, 10, 7, 16, 0, tzinfo=AMS))
    samen.ticker.tick()
    bot.flush()
    bot.say("samira", "2 3 4")  # who came: els, fatima and mehmet (the list is by name: Ahmed is 1)
    bot.tap("samira", "💾")
    clock.advance(days=3)
    samen.ticker.tick()
    tasks = said(bot.flush(), "samira")
    assert nl("task-new", {"name": "Ahmed", "reason": "missed"}) in tasks


def test_a_call_me_without_a_number_waits_for_the_number(bot: ConsoleDriver, group_with_people: World, samen,
                                                         clock) -> None:  # noqa: ANN001
    session_id = reminded(bot, group_with_people, samen, clock)
    # Fatima agreed to be called but samen has no number for her: she is asked for it first, and
    # Samira's task waits for it instead of asking how a call went that she cannot make.
    got = bot.say("fatima", choice=f"rsvp:{session_id}:call")
    assert said(got, "fatima") == [catalog.format("ar", "rsvp-saved-call"), catalog.format("ar", "call-share-number")]
    waiting = [m for m in got if m.address == "samira"]
    assert [m.message.text for m in waiting] == [nl("followup-call", {"name": "fatima", "phone": "none"})]
    assert waiting[0].message.choices == ()
    clock.advance(days=2, minutes=1)
    samen.ticker.tick()
    assert [t for t in said(bot.flush(), "samira") if t.startswith("🗒")] == []  # nothing to ask about yet
    # She shares her number: Samira gets it, with the buttons for how the call went.
    got = bot.say("fatima", contact_phone="+31612345678")
    assert said(got, "fatima") == [catalog.format("ar", "call-number-saved")]
    assert said(got, "samira") == [nl("followup-call", {"name": "fatima", "phone": "+31612345678"})]
    assert [label for _p, label in bot.last("samira").message.choices] == ["✅ Bereikt", "📵 Niet bereikt",
                                                                           "🆘 Hulp nodig"]


def test_who_came_has_her_no_answer_task_closed(bot: ConsoleDriver, group_with_people: World, samen,
                                                clock) -> None:  # noqa: ANN001
    from sqlalchemy import select

    from storage.models import FollowUp

    # Els missed a meeting and did not answer the check-in: a task for Samira.
    clock.set(dt.datetime(2026, 10, 1, 9, 0, tzinfo=dt.timezone.utc))
    make_session(samen, group_with_people, dt.datetime(2026, 10, 6, 14, 0, tzinfo=AMS))
    make_session(samen, group_with_people, dt.datetime(2026, 10, 13, 14, 0, tzinfo=AMS))
    clock.set(dt.datetime(2026, 10, 6, 16, 0, tzinfo=AMS))
    samen.ticker.tick()
    bot.flush()
    bot.say("samira", "2 3")  # fatima and mehmet came
    bot.tap("samira", "💾")
    clock.set(dt.datetime(2026, 10, 9, 19, 0, tzinfo=AMS))
    samen.ticker.tick()
    assert nl("task-new", {"name": "els", "reason": "no-answer"}) in said(bot.flush(), "samira")
    # The next week Els comes: her task is done, and Samira is not reminded of it again.
    clock.set(dt.datetime(2026, 10, 13, 16, 0, tzinfo=AMS))
    samen.ticker.tick()
    bot.flush()
    bot.say("samira", "alle")
    bot.tap("samira", "💾")
    with samen.sessions() as db:
        task = db.scalars(select(FollowUp).where(FollowUp.reason == "no-answer")).one()
        assert (task.status, task.outcome) == ("done", "reached")
    clock.advance(days=3)
    samen.ticker.tick()
    assert not [t for t in said(bot.flush(), "samira") if "els" in t and t.startswith("🗒")]


def test_one_meeting_has_its_own_place_and_note(bot: ConsoleDriver, group_with_people: World, samen,
                                                clock) -> None:  # noqa: ANN001
    clock.set(dt.datetime(2026, 10, 1, 9, 0, tzinfo=dt.timezone.utc))
    make_session(samen, group_with_people, dt.datetime(2026, 10, 6, 14, 0, tzinfo=AMS), place="Buurthuis")
    when = dt.datetime(2026, 10, 6, 12, 0, tzinfo=dt.timezone.utc)
    # Samira: 🗓 Meetings → Tuesday → 📍 Other place → "Museum Volkenkunde"
    bot.say("samira", "menu")
    bot.tap("samira", "Bijeenkomsten")
    bot.tap("samira", 1)
    bot.tap("samira", "Andere plek")
    got = bot.say("samira", "Museum Volkenkunde")
    assert said(got, "samira")[0] == nl("sess-done-place")
    assert said(got, "fatima") == [catalog.format("ar", "session-place", {"date": when, "place": "Museum Volkenkunde"})]
    assert said(got, "mehmet") == [catalog.format("tr", "session-place", {"date": when, "place": "Museum Volkenkunde"})]
    # and a note for that meeting
    bot.say("samira", "menu")
    bot.tap("samira", "Bijeenkomsten")
    bot.tap("samira", 1)
    bot.tap("samira", "Notitie")
    got = bot.say("samira", "Neem een foto van uw familie mee")
    assert said(got, "els") == [nl("session-note", {"date": when, "note": "Neem een foto van uw familie mee"})]
    # The reminder carries both; so does the calendar feed.
    clock.set(dt.datetime(2026, 10, 5, 10, 0, tzinfo=AMS))
    samen.ticker.tick()
    reminder = said(bot.flush(), "els")[0]
    assert "Museum Volkenkunde" in reminder and "Neem een foto van uw familie mee" in reminder
    from bot.schedule import ics
    from storage import queries

    with samen.sessions() as db:
        feed = ics("Koffie Oost", queries.group_sessions(db, group_with_people.group_id), "Europe/Amsterdam").decode()
    assert "LOCATION:Museum Volkenkunde" in feed and "Neem een foto van uw familie mee" in feed
    # An extra meeting asks for its place instead of copying the last one.
    bot.say("samira", "menu")
    bot.tap("samira", "Extra bijeenkomst")
    bot.tap("samira", 3)
    assert bot.last("samira").message.text == nl("sess-ask-extra-place")
    assert [label for _p, label in bot.last("samira").message.choices] == ["📍 Museum Volkenkunde", "✖️ Annuleren"]
    got = bot.say("samira", "Bij Fatima thuis")
    assert "Bij Fatima thuis" in said(got, "els")[0]


def test_a_coordinator_creates_a_group_and_invites_its_leader_in_the_chat(bot: ConsoleDriver, world: World,
                                                                          samen) -> None:  # noqa: ANN001
    from storage.models import Group

    join(bot, "noor", world.coordinator_code, "nl")
    bot.say("noor", "menu")
    bot.tap("noor", "Nieuwe groep")
    assert said(bot.say("noor", "Koffie Oost"), "noor") == [nl("grp-name-taken", {"group": "Koffie Oost"})]
    got = bot.say("noor", "Thee West")
    assert said(got, "noor") == [nl("grp-ask-language", {"group": "Thee West"})]
    bot.tap("noor", "Türkçe")
    bot.say("noor", "Utrecht, Kanaleneiland")
    bot.tap("noor", "Midden")
    assert bot.last("noor").message.text.startswith(nl("sched-ask-traditions", {"chosen": "x"})[:20])
    bot.tap("noor", nl("tradition-islamic"))
    got = bot.tap("noor", "Klaar")
    assert said(got, "noor") == [nl("grp-created", {"group": "Thee West"})]
    with samen.sessions() as db:
        group = [g for g in db.query(Group).all() if g.name == "Thee West"][0]
        assert (group.language, group.city, group.region, group.traditions) == (
            "tr", "Utrecht, Kanaleneiland", "midden", "dutch,school,islamic")
    # and from the same message, a code for the group's leader
    got = bot.tap("noor", "Nieuwe begeleider")
    code = said(got, "noor")[0].split(": ", 1)[1].split()[0]
    join(bot, "hatice", code, "tr")
    bot.flush()
    assert catalog.format("tr", "leader-welcome", {"group": "Thee West"}) in [
        m.message.text for m in bot.channel.inbox("hatice")]


def test_removing_the_only_leader_tells_the_coordinators(bot: ConsoleDriver, group_with_people: World,
                                                          samen) -> None:  # noqa: ANN001
    join(bot, "noor", group_with_people.coordinator_code, "nl")
    join(bot, "joke", group_with_people.coordinator_code, "nl")
    bot.say("noor", "menu")
    bot.tap("noor", "Deelnemers")
    bot.tap("noor", "samira")
    bot.tap("noor", nl("mm-remove"))
    got = bot.tap("noor", nl("mm-yes-remove"))
    assert said(got, "joke") == [nl("group-no-leader", {"group": "Koffie Oost"})]
    assert nl("group-no-leader", {"group": "Koffie Oost"}) in said(got, "noor")
