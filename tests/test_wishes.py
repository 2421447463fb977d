"""Co-creation: a wishes round, curation, the vote (changed and retracted votes, a tie), and the
chosen activity in the next session's reminders."""
from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from bot.console import ConsoleDriver
from bot.core.i18n import default_catalog
from bot.core.messages import Media
from storage.models import (Ballot, ChannelAddress, Meeting, Member, Membership, OutboxMessage, Vote, Wish)
from tests.conftest import make_session, World, join

catalog = default_catalog()
AMS = ZoneInfo("Europe/Amsterdam")
LANGS = ["nl", "ar", "tr", "pl"] * 3  # 12 participants in 4 languages


def _twelve(samen, world: World) -> None:  # noqa: ANN001
    now = samen.clock.now()
    with samen.sessions() as db, db.begin():
        for i, language in enumerate(LANGS, start=1):
            m = Member(display_name=f"p{i:02d}", language=language, language_chosen=True, consent_at=now,
                       created_at=now)
            db.add(m)
            db.flush()
            db.add(ChannelAddress(member_id=m.id, channel="console", address=f"p{i:02d}", created_at=now))
            db.add(Membership(member_id=m.id, organisation_id=world.org_id, group_id=world.group_id,
                              role="participant", joined_at=now))


def test_wishes_round_curation_vote_and_reminders(bot: ConsoleDriver, world: World, samen, clock) -> None:  # noqa: ANN001
    join(bot, "samira", f"/start {world.facilitator_code}", "nl")
    clock.set(dt.datetime(2026, 10, 1, 9, 0, tzinfo=dt.timezone.utc))
    _twelve(samen, world)
    session_id = make_session(samen, world, dt.datetime(2026, 10, 13, 14, 0, tzinfo=AMS))
    bot.say("samira", "menu")
    got = bot.tap("samira", "Wensen")
    assert catalog.format("nl", "wish-started", {"count": 12}) in [m.message.text for m in got]
    first = {m.address: m.message for m in got if m.address.startswith("p")}
    assert first["p02"].locale == "ar" and first["p02"].text == catalog.format("ar", "wish-q-happy")
    assert first["p03"].text == catalog.format("tr", "wish-q-happy")
    # every kind of answer: a tap, a number, a few words, a voice note, "I don't know yet"
    bot.tap("p01", "Koken en eten")
    bot.say("p01", "Vroeger naaide ik kleren")
    bot.tap("p01", "Buurtwandeling")
    bot.say("p02", "2")  # the second activity of the catalogue (cook and eat)
    got = bot.say("p02", media=(Media("voice", "voice-p02", "audio/ogg", 8),))
    assert [m.message.media.ref for m in got if m.address == "samira"] == ["voice-p02"]
    bot.tap("p02", "🤷")  # I don't know yet
    with samen.sessions() as db:
        round_id = db.scalar(select(Wish.round_id))
    for who in ("p03", "p04", "p05", "p06", "p07", "p08", "p09", "p10", "p11"):
        bot.say(who, "2")  # cooking, from the whole list
        bot.say(who, choice=f"wish:a:{round_id}:1:walk")  # the list above, tapped again for the next question
        bot.say(who, choice=f"wish:a:{round_id}:1:cooking")  # cooking again: she counts once
    assert bot.last("p11").message.text == catalog.format("tr", "wish-thanks")
    # p12 never answers: reminded once after two days, not nagged
    clock.advance(days=2, hours=1)
    samen.ticker.tick()
    bot.flush()
    clock.advance(days=5)
    samen.ticker.tick()
    bot.flush()
    reminders_p12 = [m for m in bot.channel.inbox("p12") if m.message.text == catalog.format("pl", "wish-reminder")]
    assert len(reminders_p12) == 1 and not [m for m in bot.channel.inbox("p01")
                                            if m.message.text == catalog.format("nl", "wish-reminder")]
    # curation: the leader sees the wishes grouped with counts, picks three options, one of them typed
    bot.say("samira", "menu")
    results = bot.tap("samira", "Stemming")[-1].message.text
    # each activity counts people, not taps: 11 want to cook (nine of them said so twice)
    assert "🍲 Koken en eten: 11" in results and "🚶 Buurtwandeling: 10" in results and "“Vroeger naaide ik kleren” — p01" in results and "🎤 p02" in results
    bot.tap("samira", "Koken en eten")
    bot.tap("samira", "Buurtwandeling")
    bot.say("samira", "Picknick in het park")
    got = bot.tap("samira", "Stemming starten")
    assert catalog.format("nl", "vote-started", {"count": 12}) in [m.message.text for m in got]
    ballot = {m.address: m.message for m in got if m.address.startswith("p")}
    assert ballot["p02"].poll and [label for _p, label in ballot["p02"].choices][:1] == \
        ["🍲 " + catalog.format("ar", "activity-cooking")]
    # votes, a changed vote and a taken-back vote
    for who in ("p01", "p02", "p03", "p04", "p05"):
        bot.say(who, "1")  # cooking
    for who in ("p06", "p07"):
        bot.say(who, "2")  # walking
    bot.say("p07", "3")  # p07 changes to the picnic
    _retract_as_telegram_does(samen, bot, "p05")  # p05 takes the vote back
    with samen.sessions() as db:
        assert db.scalar(select(func.count()).select_from(Ballot)) == 6
    clock.advance(days=3)
    samen.ticker.tick()
    got = bot.flush()
    results = {m.address: m.message for m in got if m.message.text.startswith("🎉")}
    assert results["p02"].locale == "ar" and "🍲 " + catalog.format("ar", "activity-cooking") in results["p02"].text
    assert "Picknick in het park: 1" in results["p01"].text and "🍲 Koken en eten: 4" in results["p01"].text
    # the activity is attached to the next session, and its reminders show it in each language
    with samen.sessions() as db:
        assert db.get(Meeting, session_id).activity == "activity:cooking"
        assert db.scalars(select(Vote)).one().status == "closed"
    clock.set(dt.datetime(2026, 10, 12, 10, 0, tzinfo=AMS))
    samen.ticker.tick()
    bot.flush()
    assert "🎯 🍲 " + catalog.format("ar", "activity-cooking") in bot.last("p02").message.text
    assert "🎯 🍲 Koken en eten." in bot.last("p01").message.text
    # the leader may put it on another meeting instead
    later = make_session(samen, world, dt.datetime(2026, 10, 20, 14, 0, tzinfo=AMS))
    with samen.sessions() as db:
        vote_id = db.scalars(select(Vote.id)).one()
    bot.say("samira", choice=f"voteat:{vote_id}:{later}")  # not offered: a forged button
    with samen.sessions() as db:
        assert db.get(Meeting, later).activity is None


def _retract_as_telegram_does(samen, bot: ConsoleDriver, who: str) -> None:  # noqa: ANN001
    """A native poll reports a taken-back vote as an answer with no options: the console has no
    polls, so the vote question is given a Telegram poll id and the answer arrives like Telegram's."""
    from bot.core.messages import Inbound
    from storage import queries

    with samen.sessions() as db, db.begin():
        member = queries.member_by_address(db, "console", who)
        row = db.scalars(select(OutboxMessage).where(OutboxMessage.member_id == member.id,
                                                     OutboxMessage.poll.is_(True))).one()
        row.provider_id = "poll:5000000000000000042"
    samen.dispatcher.handle(Inbound("console", who, f"poll-{who}", samen.clock.now(),
                                    poll_id="5000000000000000042", poll_options=()))
    assert bot.flush()[-1].message.text == catalog.format("nl", "vote-retracted")


def test_a_tie_goes_to_the_leader_and_phone_only_votes_are_recorded(bot: ConsoleDriver, group_with_people: World,
                                                                    samen, clock) -> None:  # noqa: ANN001
    bot.say("samira", "menu")
    bot.tap("samira", "Zonder smartphone")
    bot.say("samira", "Ahmed")
    bot.tap("samira", "العربية")
    bot.tap("samira", "Overslaan")
    bot.say("samira", "menu")
    bot.tap("samira", "Stemming")  # no round yet: starts one
    bot.say("samira", "menu")
    bot.tap("samira", "Stemming")
    bot.tap("samira", "Zingen")
    got = bot.tap("samira", "Stemming starten")
    assert [m.message.text for m in got if m.address == "samira"][-1] == catalog.format("nl", "wish-need-options")
    bot.tap("samira", "Dansen")
    got = bot.tap("samira", "Stemming starten")
    assert any(m.message.text == catalog.format("nl", "vote-for", {"name": "Ahmed"}) for m in got)
    bot.tap("samira", "Dansen")  # Ahmed's vote, recorded by the leader
    bot.say("fatima", "1")
    bot.say("mehmet", "2")
    bot.say("els", "1")  # singing 2, dancing 2: a tie
    clock.advance(days=3, hours=1)
    samen.ticker.tick()
    got = bot.flush()
    assert [m.message.text for m in got if m.address == "samira"] == [catalog.format("nl", "vote-tie")]
    assert bot.say("els", "2")[-1].message.text == catalog.format("nl", "vote-closed")
    first = make_session(samen, group_with_people, clock.now().astimezone(AMS) + dt.timedelta(days=7))
    second = make_session(samen, group_with_people, clock.now().astimezone(AMS) + dt.timedelta(days=14))
    got = bot.tap("samira", "Dansen")
    assert any(m.address == "fatima" and m.message.text.startswith("🎉") for m in got)
    # attached to the next free meeting; the leader moves it to the one after
    bot.tap("samira", 1)
    with samen.sessions() as db:
        assert db.scalars(select(Vote.winner)).one() == 1
        assert db.get(Meeting, first).activity is None and db.get(Meeting, second).activity == "activity:dancing"
        assert db.scalar(select(func.count()).select_from(Wish)) == 0
        assert db.scalar(select(func.count()).select_from(OutboxMessage).where(OutboxMessage.poll.is_(True))) >= 3


def test_participants_cannot_start_rounds_or_votes(bot: ConsoleDriver, group_with_people: World) -> None:
    for payload in (f"wish:start:{group_with_people.group_id}", f"wish:results:{group_with_people.group_id}",
                    "wish:vote:1", "votefor:1:1:0", "votetie:1:0"):
        assert [m.message.text for m in bot.say("els", choice=payload)] == [catalog.format("nl", "button-expired")]
