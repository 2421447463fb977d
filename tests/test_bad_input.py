"""Bad input: unknown commands, empty and emoji-only messages, very long text, unexpected scripts,
old buttons.  Each gets a short answer in the person's language or is relayed; nothing raises and
nothing is lost."""
from __future__ import annotations

from sqlalchemy import func, select

from bot.console import ConsoleDriver
from bot.core.i18n import default_catalog
from storage.models import InboundEvent, OutboxMessage
from tests.conftest import World

catalog = default_catalog()


def _no_failures(samen) -> None:  # noqa: ANN001
    with samen.sessions() as db:
        assert db.scalar(select(func.count()).select_from(InboundEvent).where(InboundEvent.status != "done")) == 0


def test_unknown_command_gets_help(bot: ConsoleDriver, group_with_people: World, samen) -> None:  # noqa: ANN001
    got = bot.say("mehmet", "/frobnicate")
    assert got[0].message.text == catalog.format("tr", "unknown-command")
    assert got[1].message.text == catalog.format("tr", "help-participant")
    _no_failures(samen)


def test_empty_and_emoji_only(bot: ConsoleDriver, group_with_people: World, samen) -> None:  # noqa: ANN001
    assert [m.message.text for m in bot.say("fatima", "   ")] == [catalog.format("ar", "empty-message")]
    got = bot.say("fatima", "👍🌷")
    assert any(m.address == "samira" and "👍🌷" in m.message.text for m in got)  # an emoji is worth passing on
    _no_failures(samen)


def test_ten_thousand_characters_are_relayed_whole(bot: ConsoleDriver, group_with_people: World, samen) -> None:  # noqa: ANN001
    long = ("Dit is een lang verhaal. " * 400)[:10_000]
    got = bot.say("els", long)
    relayed = [m for m in got if m.address == "samira"]
    assert relayed and long.strip() in relayed[0].message.text
    with samen.sessions() as db:
        row = db.scalars(select(OutboxMessage).where(OutboxMessage.kind == "relay")).one()
        assert row.args["text"] == long.strip()
    _no_failures(samen)


def test_unexpected_script_is_relayed(bot: ConsoleDriver, group_with_people: World) -> None:
    for text in ("你好，我明天来", "Привет всем", "ᐊᐃᓐᖓᐃ"):
        got = bot.say("mehmet", text)
        assert any(m.address == "samira" and text in m.message.text for m in got)
        assert [m.message.text for m in got if m.address == "mehmet"] == [catalog.format("tr", "relay-passed-on")]


def test_old_and_forged_buttons(bot: ConsoleDriver, group_with_people: World, samen) -> None:  # noqa: ANN001
    for payload in ("relay:reply:99999", "members:list:99999", "zzz", "lang:set:xx", "consent", ":::", "x" * 200):
        got = bot.say("fatima", choice=payload)
        assert [m.message.text for m in got] == [catalog.format("ar", "button-expired")], payload
    got = bot.say("fatima", choice="consent:yes")  # an old consent button after consenting
    assert [m.message.text for m in got] == [catalog.format("ar", "consent-already")]
    _no_failures(samen)


def test_number_out_of_range(bot: ConsoleDriver, group_with_people: World) -> None:
    bot.say("els", "/language")
    got = bot.say("els", "12")
    assert [m.message.text for m in got] == [catalog.format("nl", "answer-out-of-range", {"count": 9})]
    got = bot.say("els", "٣")  # Arabic-Indic 3 picks the third language
    assert got[-1].message.locale == "ar"


def test_redelivered_message_has_no_second_effect(bot: ConsoleDriver, group_with_people: World, samen) -> None:  # noqa: ANN001
    first = bot.say("els", "Tot morgen", external_id="same-1")
    second = bot.say("els", "Tot morgen", external_id="same-1")
    assert first and second == []
    with samen.sessions() as db:
        assert db.scalar(select(func.count()).select_from(OutboxMessage).where(OutboxMessage.kind == "relay")) == 1
