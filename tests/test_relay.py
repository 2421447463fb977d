"""The relay both ways: participant → group leader with the name, ↩ Reply → participant; no numbers."""
from __future__ import annotations

from sqlalchemy import select

from bot.console import ConsoleDriver
from bot.core.i18n import default_catalog
from bot.core.messages import Media
from storage.models import OutboxMessage
from tests.conftest import World, join, listening

catalog = default_catalog()


def test_participant_to_leader_and_back(bot: ConsoleDriver, group_with_people: World) -> None:
    got = bot.say("fatima", "أنا مريضة اليوم")
    to_samira = [m.message for m in got if m.address == "samira"]
    assert len(to_samira) == 1
    # the leader reads Dutch: she sees which language Fatima reads
    assert to_samira[0].text == catalog.format("nl", "relay-from-member", {
        "name": "fatima · العربية", "group": "Koffie Oost", "text": "أنا مريضة اليوم"})
    assert to_samira[0].choices[0][1] == "↩ " + catalog.format("nl", "relay-reply-button")
    assert [m.message.text for m in got if m.address == "fatima"] == [catalog.format("ar", "relay-passed-on")]

    prompt = bot.tap("samira", "Antwoorden")
    assert [m.message.text for m in prompt] == [
        catalog.format("nl", "relay-reply-language", {"name": "fatima", "language": "العربية"}),
        catalog.format("nl", "relay-reply-prompt", {"name": "fatima · العربية"})]
    got = bot.say("samira", "Beterschap!")
    answer = [m.message for m in got if m.address == "fatima"]
    assert answer[0].locale == "ar"
    assert answer[0].text == catalog.format("ar", "relay-from-facilitator", {"name": "samira", "text": "Beterschap!"})
    assert [m.message.text for m in got if m.address == "samira"] == [
        catalog.format("nl", "relay-reply-sent", {"name": "fatima"})]
    # the reply state is used up: Samira's next message is not sent to Fatima
    got = bot.say("samira", "nog iets")
    assert not [m for m in got if m.address == "fatima"]


def test_voice_note_and_photo_are_relayed(bot: ConsoleDriver, group_with_people: World) -> None:
    got = bot.say("mehmet", media=(Media("voice", "file-1", "audio/ogg", 7),))
    note = [m.message for m in got if m.address == "samira"][0]
    assert note.media == Media("voice", "file-1", "audio/ogg", 7)
    assert note.text == catalog.format("nl", "relay-from-member-voice", {"name": "mehmet · Türkçe", "group": "Koffie Oost"})
    got = bot.say("mehmet", "bakın", media=(Media("photo", "file-2", "image/jpeg"),))
    photo = [m.message for m in got if m.address == "samira"][0]
    assert photo.media.kind == "photo" and "bakın" in photo.text
    # a voice answer goes back too
    bot.tap("samira", "Antwoorden")
    got = bot.say("samira", media=(Media("voice", "file-3", "audio/ogg", 4),))
    assert [m.message.media.ref for m in got if m.address == "mehmet"] == ["file-3"]


def test_reply_window_expires(bot: ConsoleDriver, group_with_people: World, clock) -> None:  # noqa: ANN001
    bot.say("els", "Kan iemand mij ophalen?")
    bot.tap("samira", "Antwoorden")
    clock.advance(hours=3)
    got = bot.say("samira", "Ja, ik kom om 10 uur")
    assert not [m for m in got if m.address == "els"]


def test_reply_by_quoting_the_relayed_message(bot: ConsoleDriver, group_with_people: World) -> None:
    got = bot.say("els", "Is het morgen?")
    relayed = [m for m in got if m.address == "samira"][0]
    got = bot.say("samira", "Ja, om 10 uur", reply_to=relayed.provider_id)
    assert [m.message.text for m in got if m.address == "els"] == [
        catalog.format("nl", "relay-from-facilitator", {"name": "samira", "text": "Ja, om 10 uur"})]


def test_numbers_never_cross(bot: ConsoleDriver, world: World, samen) -> None:  # noqa: ANN001
    # WhatsApp-like addresses are phone numbers: they must never appear in what anyone else reads.
    join(bot, "whatsapp:+31600000001", f"/start {world.facilitator_code}", "nl")
    bot.say("whatsapp:+31600000002", world.participant_code, name="Nadia", language="ar")
    bot.say("whatsapp:+31600000002", choice="consent:yes")
    bot.say("whatsapp:+31600000002", choice="lang:set:ar")
    bot.say("whatsapp:+31600000002", choice="call:yes")
    bot.say("whatsapp:+31600000002", "مرحبا")
    bot.tap("whatsapp:+31600000001", "Antwoorden")
    bot.say("whatsapp:+31600000001", "Hallo Nadia")
    bot.say("whatsapp:+31600000001", "menu")
    bot.tap("whatsapp:+31600000001", "Deelnemers")
    for sent in bot.channel.sent:
        other = "+31600000002" if sent.address.endswith("01") else "+31600000001"
        assert other not in sent.text and other.replace("+", "") not in sent.text
    assert "Nadia" in bot.last("whatsapp:+31600000001").message.text


def test_nobody_to_relay_to(bot: ConsoleDriver, world: World) -> None:
    join(bot, "els", world.participant_code, "nl")
    got = bot.say("els", "Hallo?")
    assert [m.message.text for m in got] == [catalog.format("nl", "relay-nobody")]


def test_participant_cannot_use_a_reply_button(bot: ConsoleDriver, group_with_people: World, samen) -> None:  # noqa: ANN001
    with samen.sessions() as db:
        fatima_id = db.scalar(select(OutboxMessage.member_id).where(OutboxMessage.address == "fatima"))
    got = bot.say("els", choice=f"relay:reply:{fatima_id}")
    assert [m.message.text for m in got] == [catalog.format("nl", "button-expired")]
    got = bot.say("els", "hoi")  # and Els's next message is still relayed, not sent to Fatima
    assert not [m for m in got if m.address == "fatima"]


def test_no_bodies_or_numbers_in_logs(bot: ConsoleDriver, world: World, caplog) -> None:  # noqa: ANN001
    import logging

    caplog.set_level(logging.INFO)
    join(bot, "whatsapp:+31611111111", f"/start {world.facilitator_code}", "nl")
    join(bot, "whatsapp:+31622222222", world.participant_code, "tr")
    bot.say("whatsapp:+31622222222", "gizli bir şey")
    bot.say("whatsapp:+31622222222", "gizli bir şey", external_id="c-dup")
    bot.say("whatsapp:+31622222222", "gizli bir şey", external_id="c-dup")
    bot.say("whatsapp:+31622222222", choice="nonsense:1")
    logged = "\n".join(r.getMessage() for r in caplog.records if r.levelno >= logging.INFO)
    assert "gizli" not in logged and "3161" not in logged and "3162" not in logged


def test_a_leader_message_without_a_target_asks_who_it_is_for(bot: ConsoleDriver, group_with_people: World) -> None:
    got = bot.say("samira", "Hallo allemaal")
    assert [(m.address, m.message.text) for m in got] == [("samira", catalog.format("nl", "staff-who-for"))]


def test_the_leaders_buttons_are_written_once_for_relays_from_one_person(bot: ConsoleDriver, group_with_people: World,
                                                                           samen) -> None:  # noqa: ANN001
    # Every relay offers the leader "↩ Reply" for its sender, and a number answers the last buttons:
    # they are written to the leader's row when they change, not again for each message in a row.

    writes: list[str] = []

    def note(_conn, _cursor, statement, *_rest) -> None:  # noqa: ANN001
        if statement.startswith("UPDATE members SET question_choices"):
            writes.append(statement)

    with listening(samen.engine, "after_cursor_execute", note):
        for text in ("Ik ben ziek", "Tot volgende week", "Groetjes"):
            bot.say("fatima", text)
        bot.say("mehmet", "Ik kom later")
    assert len(writes) == 2  # Fatima's reply button once, then Mehmet's
    got = bot.say("samira", "1")  # the number still answers the last relay: Mehmet's
    assert got[-1].message.text == catalog.format("nl", "relay-reply-prompt", {"name": "mehmet · Türkçe"})
