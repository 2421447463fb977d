"""stop / start / forget me / my data — and that a sentence containing a keyword is not one."""
from __future__ import annotations

import asyncio
import json
from unittest import mock

import pytest

from sqlalchemy import func, select

from bot.console import ConsoleDriver
from bot.core.i18n import default_catalog
from bot.core.messages import Outbound
from storage import queries
from storage.models import AuditEvent, ChannelAddress, InboundEvent, Member, Membership, OutboxMessage
from tests.conftest import World

catalog = default_catalog()


def test_stop_is_one_confirmation_then_silence(bot: ConsoleDriver, group_with_people: World, samen) -> None:  # noqa: ANN001
    got = bot.say("els", "stop")
    assert [(m.address, m.message.text) for m in got] == [("els", catalog.format("nl", "stop-confirmed")),
                                                           ("samira", catalog.format("nl", "member-stopped",
                                                                                     {"name": "els"}))]
    with samen.sessions() as db, db.begin():
        els = queries.member_by_address(db, "console", "els")
        assert els.opted_out
        # a bulk message to a stopped member is never queued
        assert queries.enqueue(db, Outbound("member-joined", {"name": "a", "group": "b", "language": "c"},
                                            member_id=els.id, kind="notice"), samen.clock.now()) is None
    got = bot.say("els", "start")
    assert [m.message.text for m in got if m.address == "els"] == [catalog.format("nl", "start-resumed")]
    assert bot.say("els", "start")[-1].message.text == catalog.format("nl", "start-already")


def test_stop_words_in_other_languages(bot: ConsoleDriver, group_with_people: World) -> None:
    for who, locale in (("fatima", "ar"), ("mehmet", "tr")):
        word = sorted(w for w in catalog.keywords("stop") if w != "stop")
        own = [w for w in word if w in {x.strip().casefold() for x in
                                        catalog.format(locale, "keyword-stop").split(",")}]
        assert own, f"no {locale} stop word"
        got = bot.say(who, own[0].upper() if own[0].isascii() else own[0])
        assert [m.message.text for m in got if m.address == who] == [catalog.format(locale, "stop-confirmed")]


def test_a_sentence_with_stop_is_relayed(bot: ConsoleDriver, group_with_people: World, samen) -> None:  # noqa: ANN001
    got = bot.say("els", "ik stop vandaag vroeg")
    assert any(m.address == "samira" and "ik stop vandaag vroeg" in m.message.text for m in got)
    with samen.sessions() as db:
        assert not queries.member_by_address(db, "console", "els").opted_out


def test_forget_me_erases_after_confirmation(bot: ConsoleDriver, group_with_people: World, samen) -> None:  # noqa: ANN001
    bot.say("fatima", "أنا بخير، شكرا")  # relayed to Samira: her outbox row quotes Fatima
    got = bot.say("fatima", "/forget")
    assert got[-1].message.text == catalog.format("ar", "forget-confirm")
    assert bot.tap("fatima", 2)[-1].message.text == catalog.format("ar", "forget-kept")
    bot.say("fatima", "/forget")
    got = bot.tap("fatima", 1)
    assert [m.message.text for m in got if m.address == "fatima"] == [catalog.format("ar", "forget-done")]
    assert any(m.address == "samira" and "fatima" in m.message.text for m in got)
    with samen.sessions() as db:
        assert db.scalar(select(Member).where(Member.display_name == "fatima")) is None
        assert db.scalar(select(ChannelAddress).where(ChannelAddress.address == "fatima")) is None
        assert db.scalar(select(func.count()).select_from(InboundEvent)
                         .where(InboundEvent.address == "fatima")) == 0
        assert db.scalar(select(func.count()).select_from(OutboxMessage)
                         .where(OutboxMessage.address == "fatima")) == 0
        quoting = db.scalars(select(OutboxMessage).where(OutboxMessage.kind == "relay")).all()
        assert not any("بخير" in str(row.args) for row in quoting)
        assert db.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "member-erased")) == 1
        # the rest of the group is untouched
        assert db.scalar(select(func.count()).select_from(Membership)) == 3


def test_my_data_shows_what_is_kept(bot: ConsoleDriver, group_with_people: World, samen) -> None:  # noqa: ANN001
    bot.say("fatima", "أنا بخير")
    got = bot.say("fatima", "/mydata")
    text = got[0].message.text
    assert "fatima" in text and "Koffie Oost" in text and "العربية" in text
    # … and everything as a JSON file, served for a day only
    file = got[1].message
    assert file.text == catalog.format("ar", "mydata-file") and file.media.kind == "document"
    data, content_type = asyncio.run(samen.media.load(file.media.ref))
    assert content_type == "application/json"
    export = json.loads(data)
    assert export["profile"]["name"] == "fatima" and export["profile"]["language"] == "ar"
    assert export["addresses"] == [{"channel": "console", "address": "fatima", "last_message": mock.ANY}]
    assert export["groups"][0]["group"] == "Koffie Oost" and export["messages_kept"]["from_you"] >= 2
    samen.clock.advance(days=2)
    with pytest.raises(LookupError):
        asyncio.run(samen.media.load(file.media.ref))


def test_language_keyword_changes_language(bot: ConsoleDriver, group_with_people: World) -> None:
    bot.say("mehmet", "/language")
    got = bot.tap("mehmet", "Nederlands")
    assert got[-1].message.text == catalog.format("nl", "language-changed", {"language": "Nederlands"})
    assert bot.say("mehmet", "/help")[0].message.locale == "nl"
