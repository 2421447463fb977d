"""Facilitator broadcasts: preview and confirm, one version per language, ready-made announcements in
every language, only those coming, phone-only members listed to call, a reply reaches only the
facilitator, and a linked Telegram group gets the group's language."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from bot.console import ConsoleDriver
from bot.core.i18n import default_catalog, native_name
from bot.core.messages import Choice, Inbound, Media, Outbound
from storage import queries
from storage.models import AuditEvent, Group, Member, Membership, OutboxMessage
from tests.conftest import World, join, make_session

catalog = default_catalog()
LANGUAGES = ("nl", "ar", "tr", "pl", "es")


def fifteen(bot: ConsoleDriver, world: World) -> list[tuple[str, str]]:
    """Samira leads; 15 members, three in each of five languages."""
    join(bot, "samira", f"/start {world.facilitator_code}", "nl")
    people = [(f"p{i:02d}", LANGUAGES[i % 5]) for i in range(15)]
    for who, locale in people:
        join(bot, who, world.participant_code, locale)
    bot.flush()
    return people


def start(bot: ConsoleDriver, audience: str = "Iedereen") -> None:
    bot.say("samira", "menu")
    bot.tap("samira", "Bericht aan allen")
    bot.tap("samira", audience)


def test_broadcast_to_fifteen_in_five_languages_each_once(bot: ConsoleDriver, world: World, samen) -> None:  # noqa: ANN001
    people = fifteen(bot, world)
    start(bot)
    got = bot.say("samira", "Morgen om 10 uur koffie in de tuin!")
    # the preview shows the message as members get it, then who gets it, in which languages
    preview = [m.message.text for m in got if m.address == "samira"]
    assert preview[0] == catalog.format("nl", "bc-preview-title")
    assert "Morgen om 10 uur koffie in de tuin!" in preview[1]
    assert "15" in preview[-1] and all(native_name(loc) in preview[-1] for loc in LANGUAGES)
    # who reads another language is named, with a button to write a version for them
    others = [loc for loc in LANGUAGES if loc != "nl"]
    assert len(preview) == 3 + len(others)
    assert all(native_name(loc) in text for loc, text in zip(sorted(others), preview[2:-1]))
    assert not [m for m in got if m.address != "samira"], "nothing goes out before the confirmation"
    # a version of its own in Arabic and in Turkish; the others get the Dutch text
    bot.tap("samira", "Andere taal")
    bot.tap("samira", "العربية")
    bot.say("samira", "غدا قهوة في الحديقة الساعة العاشرة")
    bot.tap("samira", "Andere taal")
    bot.tap("samira", "Türkçe")
    got = bot.say("samira", "Yarın saat 10'da bahçede kahve!")
    assert "العربية" in got[-1].message.text and "Türkçe" in got[-1].message.text
    # the preview shows every version she wrote, and names who still gets her Dutch words
    texts = [m.message.text for m in got]
    assert catalog.format("nl", "bc-preview-version", {"language": "العربية",
                                                       "text": "غدا قهوة في الحديقة الساعة العاشرة"}) in texts
    assert catalog.format("nl", "bc-preview-version", {"language": "Türkçe",
                                                       "text": "Yarın saat 10'da bahçede kahve!"}) in texts
    assert [t for t in texts if "Polski" in t and t != texts[-1]] and not [t for t in texts[2:-1] if "Türkçe" in t
                                                                          and "Yarın" not in t]
    got = bot.tap("samira", "Versturen")
    got += bot.tap("samira", "Versturen")  # a second tap sends nothing twice
    expected = {"ar": "غدا قهوة في الحديقة الساعة العاشرة", "tr": "Yarın saat 10'da bahçede kahve!"}
    for who, locale in people:
        mine = [m for m in got if m.address == who]
        assert len(mine) == 1, f"{who} got {len(mine)} messages"
        text = expected.get(locale, "Morgen om 10 uur koffie in de tuin!")
        assert mine[0].message.text == catalog.format(locale, "broadcast-message", {
            "group": "Koffie Oost", "name": "samira", "text": text})
        assert mine[0].message.locale == locale
    assert [m.message.text for m in got if m.address == "samira"][0] == catalog.format("nl", "bc-sent", {"count": 15})
    # nobody's number or address appears in anyone's message
    for sent in got:
        assert not any(other in sent.message.text for other, _ in people if other != sent.address)
    # a reply reaches only the facilitator, through the relay
    got = bot.say("p01", "شكرا، سآتي")
    assert {m.address for m in got} == {"samira", "p01"}
    assert any(m.address == "samira" and "شكرا، سآتي" in m.message.text for m in got)
    with samen.sessions() as db:
        audit = db.scalar(select(AuditEvent).where(AuditEvent.action == "broadcast-sent"))
        assert audit.data["to"] == 15 and audit.data["versions"] == ["ar", "tr"]
        assert "koffie" not in str(audit.data).lower()  # the audit keeps who and how many, not the words


def test_ready_made_announcement_in_every_language(bot: ConsoleDriver, group_with_people: World, samen) -> None:  # noqa: ANN001
    make_session(samen, group_with_people, dt.datetime(2026, 9, 10, 8, 0, tzinfo=dt.timezone.utc), place="Buurthuis")
    start(bot)
    bot.tap("samira", "Gaat niet door")
    got = bot.tap("samira", "Versturen")
    for who, locale in (("fatima", "ar"), ("mehmet", "tr"), ("els", "nl")):
        [mine] = [m for m in got if m.address == who]
        assert mine.message.text == catalog.format(locale, "bc-ready-cancelled", {
            "group": "Koffie Oost", "date": dt.datetime(2026, 9, 10, 8, 0, tzinfo=dt.timezone.utc),
            "tz": "Europe/Amsterdam"})
    # a greeting needs no meeting; an announcement about the next meeting does
    start(bot)
    got = bot.tap("samira", "Keti Koti")
    assert "Keti Koti" in [m.message.text for m in got if m.address == "samira"][1]
    assert not bot.last("samira").message.choices[1][0].startswith("bc:version")  # no versions for ready-made


def test_ready_made_about_a_meeting_needs_one(bot: ConsoleDriver, group_with_people: World) -> None:
    start(bot)
    got = bot.tap("samira", "Nieuwe plek")
    assert got[-1].message.text == catalog.format("nl", "bc-needs-meeting")
    got = bot.say("samira", "Dan typ ik zelf iets")  # the draft is still open
    assert "Dan typ ik zelf iets" in got[1].message.text


def test_only_those_coming_and_phone_only_listed_to_call(bot: ConsoleDriver, group_with_people: World, samen) -> None:  # noqa: ANN001
    session = make_session(samen, group_with_people, dt.datetime(2026, 9, 10, 8, 0, tzinfo=dt.timezone.utc))
    with samen.sessions() as db, db.begin():
        ahmed = Member(display_name="Ahmed", language="ar", phone_only=True, consent_at=samen.clock.now(),
                       may_call=True, call_number="+31612345678", created_at=samen.clock.now())
        db.add(ahmed)
        db.flush()
        db.add(Membership(member_id=ahmed.id, organisation_id=group_with_people.org_id,
                          group_id=group_with_people.group_id, role="participant", joined_at=samen.clock.now()))
        fatima = queries.member_by_address(db, "console", "fatima")
        queries.enqueue(db, Outbound("reminder", {"date": samen.clock.now(), "place": "none", "note": "none"},
                                     member_id=fatima.id, kind="reminder",
                                     choices=(Choice(f"rsvp:{session}:yes", "rsvp-yes"),)), samen.clock.now())
    bot.flush()
    bot.tap("fatima", 1)  # Fatima is coming
    start(bot, "Wie komt")
    got = bot.say("samira", "Neem een trui mee, we zitten buiten.")
    assert "1" in got[-1].message.text
    got = bot.tap("samira", "Versturen")
    assert [m.address for m in got if m.address not in ("samira",)] == ["fatima"]
    # everyone: Ahmed has no smartphone and is listed with his number for the leader to call
    start(bot)
    bot.say("samira", "Tot donderdag!")
    got = bot.tap("samira", "Versturen")
    call = [m.message.text for m in got if m.address == "samira"][-1]
    assert "Ahmed" in call and "+31612345678" in call
    assert not any("+31612345678" in m.message.text for m in got if m.address != "samira")


def test_voice_broadcast_and_cancel(bot: ConsoleDriver, group_with_people: World) -> None:
    start(bot)
    got = bot.say("samira", media=(Media("voice", "console:voice-1", "audio/ogg", 12),))
    assert got[1].message.media is not None and got[1].message.media.kind == "voice"
    got = bot.tap("samira", "Versturen")
    voices = [m for m in got if m.address in ("fatima", "mehmet", "els")]
    assert len(voices) == 3 and all(m.message.media.ref == "console:voice-1" for m in voices)
    start(bot)
    bot.say("samira", "Toch niet")
    got = bot.tap("samira", "Annuleren")
    assert [m.address for m in got] == ["samira"] and got[0].message.text == catalog.format("nl", "bc-cancelled")


def test_a_linked_telegram_group_gets_the_group_language(bot: ConsoleDriver, group_with_people: World, samen) -> None:  # noqa: ANN001
    bot.say("samira", "menu")
    got = bot.tap("samira", "Telegram-groep")
    code = got[-1].message.text.split("/link ")[1].split()[0]
    # the leader sends /link in the group chat (a Telegram chat; replies go to the chat)
    samen.dispatcher.handle(Inbound("console", "samira", "g1", samen.clock.now(), text=f"/link {code}", chat="-100777"))
    got = bot.flush()
    assert [(m.address, m.message.text) for m in got] == [
        ("-100777", catalog.format("nl", "chat-linked", {"group": "Koffie Oost"}))]
    start(bot)
    bot.say("samira", "Fijn weekend allemaal")
    bot.tap("samira", "Versturen")
    with samen.sessions() as db:
        assert db.get(Group, group_with_people.group_id).telegram_chat == "-100777"
        [row] = db.scalars(select(OutboxMessage).where(OutboxMessage.address == "-100777",
                                                       OutboxMessage.channel == "telegram")).all()
        assert row.message_id == "broadcast-message" and row.locale == "nl" and row.member_id is None
        assert row.args["text"] == "Fijn weekend allemaal"
    # someone else cannot unlink it; a bad code is refused; the leader can unlink from the menu
    samen.dispatcher.handle(Inbound("console", "els", "g2", samen.clock.now(), text="/unlink", chat="-100777"))
    samen.dispatcher.handle(Inbound("console", "els", "g3", samen.clock.now(), text="/link ZZZZ99", chat="-100888"))
    samen.dispatcher.handle(Inbound("console", "stranger", "g4", samen.clock.now(), text="/help", chat="-100777"))
    got = bot.flush()
    assert [m.message.text for m in got] == [catalog.format("nl", "chat-link-leaders-only"),
                                             catalog.format("nl", "chat-link-bad-code"),
                                             catalog.format("nl", "chat-what-i-do")]
    bot.say("samira", "menu")
    bot.tap("samira", "Telegram-groep")
    got = bot.tap("samira", "Ontkoppelen")
    assert got[0].message.text == catalog.format("nl", "link-unlinked", {"group": "Koffie Oost"})
    with samen.sessions() as db:
        assert db.get(Group, group_with_people.group_id).telegram_chat is None
