"""Joining with a code, consent, language and calls — in Dutch, Turkish and Arabic (right to left)."""
from __future__ import annotations

from sqlalchemy import select

from bot.console import ConsoleDriver
from bot.core.i18n import default_catalog
from storage.models import ChannelAddress, Invite, Member, Membership, OutboxMessage
from tests.conftest import World, join, question

catalog = default_catalog()


def texts(messages) -> list[str]:  # noqa: ANN001
    return [m.message.text for m in messages]


def test_join_in_three_languages(bot: ConsoleDriver, world: World, samen) -> None:  # noqa: ANN001
    join(bot, "samira", f"/start {world.facilitator_code}", "nl")
    for who, locale in (("fatima", "ar"), ("mehmet", "tr"), ("els", "nl")):
        got = bot.say(who, world.participant_code, language=locale)
        consent = got[-1].message
        assert consent.locale == locale
        assert consent.text == catalog.format(locale, "consent-question", {"group": "Koffie Oost"})
        assert [p for p, _ in consent.choices] == ["consent:yes", "consent:no", "lang:pick"]
        bot.say(who, "1")  # a number answers the buttons
        languages = bot.last(who).message
        assert "العربية" in [label for _, label in languages.choices]
        assert "Türkçe" in [label for _, label in languages.choices]
        got = bot.tap(who, {"ar": "العربية", "tr": "Türkçe", "nl": "Nederlands"}[locale])
        # "Shall I also send my messages as a voice message?", and that question read aloud
        asked, sample = got[-2].message, got[-1].message
        assert asked.text == catalog.format(locale, "voice-question")
        assert [p for p, _ in asked.choices] == ["voice:on", "voice:off"]
        assert sample.media is not None and sample.media.kind == "voice" and sample.locale == locale
        got = bot.say(who, choice="voice:on" if who == "fatima" else "voice:off")  # Fatima reads little
        assert got[0].message.text == catalog.format(locale, "call-question")
        assert (len(got) == 2 and got[1].message.media.kind == "voice") if who == "fatima" else len(got) == 1
        got = bot.say(who, choice="call:yes")
        welcome = [m for m in got if m.address == who and m.message.text][-1].message
        assert welcome.text == catalog.format(locale, "welcome-participant", {"group": "Koffie Oost"})
        notice = [m for m in got if m.address == "samira"][-1].message
        assert notice.locale == "nl" and who in notice.text
    arabic = [m for m in bot.channel.inbox("fatima") if m.message.media is None][-1].message
    assert arabic.rtl and arabic.locale == "ar"
    assert "\u2068Koffie Oost\u2069" in arabic.text  # bidi isolation keeps the Latin name in place
    with samen.sessions() as db:
        fatima = db.scalar(select(Member).join(ChannelAddress).where(ChannelAddress.address == "fatima"))
        assert fatima.language == "ar" and fatima.consent_at is not None and fatima.may_call is True
        assert fatima.voice is True
        assert fatima.display_name == "fatima"


def test_nothing_but_onboarding_before_consent(bot: ConsoleDriver, world: World, samen) -> None:  # noqa: ANN001
    join(bot, "samira", f"/start {world.facilitator_code}", "nl")
    bot.say("ali", world.participant_code, language="ar")
    got = bot.say("ali", "hello, can you hear me?")
    assert [m.address for m in got] == ["ali"]  # nothing relayed before consent
    assert got[0].message.text == catalog.format("ar", "consent-question", {"group": "Koffie Oost"})
    got = bot.say("ali", "/mydata")
    assert got[0].message.text.startswith(catalog.format("ar", "consent-question", {"group": "Koffie Oost"})[:10])
    # a notice meant for members never reaches someone who has not agreed
    from bot.core.messages import Outbound
    from storage import queries

    with samen.sessions() as db, db.begin():
        ali = queries.member_by_address(db, "console", "ali")
        assert queries.enqueue(db, Outbound("member-joined", {"name": "x", "group": "y", "language": "z"},
                                            member_id=ali.id, kind="notice"), samen.clock.now()) is None
    assert not [m for m in bot.flush() if m.address == "ali"]
    assert not [m for m in bot.channel.sent if m.address == "samira" and "ali" in m.message.text]


def test_declining_keeps_nothing(bot: ConsoleDriver, world: World, samen) -> None:  # noqa: ANN001
    bot.say("ali", world.participant_code, language="tr")
    got = bot.say("ali", choice="consent:no")
    assert got[-1].message.text == catalog.format("tr", "consent-declined")
    with samen.sessions() as db:
        assert db.scalar(select(Member).where(Member.display_name == "ali")) is None
        assert db.scalar(select(ChannelAddress).where(ChannelAddress.address == "ali")) is None
        invite = db.scalar(select(Invite).where(Invite.code == world.participant_code))
        assert invite.uses_left == 15  # the use is given back
    # they can still join later with the same code
    join(bot, "ali", world.participant_code, "tr")
    assert bot.last("ali").message.text == catalog.format("tr", "welcome-participant", {"group": "Koffie Oost"})


def test_language_can_be_chosen_before_consent(bot: ConsoleDriver, world: World) -> None:
    bot.say("maria", world.participant_code)  # no language hint: the group's language (nl)
    assert bot.last("maria").message.locale == "nl"
    bot.tap("maria", "Andere taal")
    bot.tap("maria", "Español")
    again = bot.last("maria").message
    assert again.locale == "es" and again.text == catalog.format("es", "consent-question", {"group": "Koffie Oost"})
    bot.tap("maria", 1)
    # language already chosen: straight on to the voice question, then the call question
    assert question(bot, "maria") == ["voice:on", "voice:off"]
    bot.tap("maria", "Sí, con voz")
    assert bot.channel.inbox("maria")[-2].message.text == catalog.format("es", "call-question")


def test_invite_problems_get_a_clear_answer(bot: ConsoleDriver, world: World, samen, clock) -> None:  # noqa: ANN001
    assert bot.say("x1", "ZZ9ZZ9ZZ", language="pl")[-1].message.text == catalog.format("pl", "invite-unknown")
    assert bot.say("x1", "/start nope-code", language="pl")[-1].message.text == catalog.format("pl", "invite-unknown")
    with samen.sessions() as db, db.begin():
        used = db.scalar(select(Invite).where(Invite.code == world.participant_code))
        used.uses_left = 0
    assert bot.say("x2", world.participant_code, language="bg")[-1].message.text == \
        catalog.format("bg", "invite-used-up")
    clock.advance(days=15)
    assert bot.say("x3", f"/start {world.facilitator_code}", language="es")[-1].message.text == \
        catalog.format("es", "invite-expired")
    with samen.sessions() as db:
        assert db.scalar(select(Member).where(Member.display_name.in_(["x1", "x2", "x3"]))) is None


def test_stranger_is_told_how_to_join(bot: ConsoleDriver, world: World) -> None:
    for text in ("hello", "/start", "help", "stop", "👍"):
        got = bot.say("nobody", text, language="ar")
        assert [m.message.text for m in got] == [catalog.format("ar", "stranger-how-to-join")]


def test_joining_twice_and_a_second_group(bot: ConsoleDriver, world: World, samen) -> None:  # noqa: ANN001
    join(bot, "els", world.participant_code, "nl")
    assert bot.say("els", world.participant_code)[-1].message.text == \
        catalog.format("nl", "invite-already-member", {"group": "Koffie Oost"})
    from tests.conftest import make_world

    other = make_world(samen, name="Wandelclub")
    got = bot.say("els", other.participant_code)
    assert got[-1].message.text == catalog.format("nl", "welcome-participant", {"group": "Koffie Oost, Wandelclub"})
    with samen.sessions() as db:
        assert len(db.scalars(select(Membership).join(Member).where(Member.display_name == "els")).all()) == 2


def test_coordinator_joins_the_organisation(bot: ConsoleDriver, world: World) -> None:
    join(bot, "coco", f"/start {world.coordinator_code}", "en")
    menu = bot.last("coco").message
    assert [p for p, _ in menu.choices][0] == f"members:invite:{world.group_id}"


def test_outbox_rows_written_with_the_state(bot: ConsoleDriver, world: World, samen) -> None:  # noqa: ANN001
    join(bot, "els", world.participant_code, "nl")
    with samen.sessions() as db:
        rows = db.scalars(select(OutboxMessage).where(OutboxMessage.address == "els")).all()
        assert rows and all(r.status == "sent" and r.provider_id for r in rows)
        assert len(rows) == len(bot.channel.inbox("els"))
        assert [r.provider_id for r in rows] == [m.provider_id for m in bot.channel.inbox("els")]


def test_the_first_question_comes_in_the_groups_language(bot: ConsoleDriver, samen) -> None:  # noqa: ANN001
    """Maria's Telegram is in Dutch (Telegram has no Papiamentu) and Ahmed's in English; their groups
    speak Papiamentu and Arabic, so that is what they are first asked in.  Mehmet's phone says
    Turkish: in the Papiamentu group he is asked in Turkish; Els's Dutch in a Dutch group stays Dutch."""
    from tests.conftest import make_world

    pap = make_world(samen, group_language="pap", name="Kas di Bario")
    arabic = make_world(samen, group_language="ar", name="Al Nour")
    dutch = make_world(samen, group_language="nl", name="Koffie Oost")
    for who, code, hint, locale, group in (("maria", pap.participant_code, "nl", "pap", "Kas di Bario"),
                                           ("ahmed", arabic.participant_code, "en", "ar", "Al Nour"),
                                           ("mehmet", pap.participant_code, "tr", "tr", "Kas di Bario"),
                                           ("els", dutch.participant_code, "nl", "nl", "Koffie Oost")):
        consent = bot.say(who, code, language=hint)[-1].message
        assert (consent.locale, consent.text) == (locale, catalog.format(locale, "consent-question", {"group": group}))
