"""Abuse: a per-member inbound rate limit, and a leader pausing a member's messages."""
from __future__ import annotations

import dataclasses

from sqlalchemy import func, select

from bot.console import ConsoleDriver
from bot.core.i18n import default_catalog
from storage.models import AuditEvent, InboundEvent
from tests.conftest import World

catalog = default_catalog()


def test_a_flood_is_limited_and_told_once(bot: ConsoleDriver, group_with_people: World, samen) -> None:  # noqa: ANN001
    samen.dispatcher.policy = dataclasses.replace(samen.dispatcher.policy, inbound_per_minute=5)
    samen.clock.advance(minutes=2)
    got = []
    for i in range(9):
        got += bot.say("els", f"bericht {i}")
    to_samira = [m for m in got if m.address == "samira"]
    assert len(to_samira) == 5, "only the first five reach the leader"
    to_els = [m.message.text for m in got if m.address == "els"]
    assert to_els.count(catalog.format("nl", "too-fast")) == 1
    with samen.sessions() as db:  # nothing is lost: the messages are kept, marked
        assert db.scalar(select(func.count()).select_from(InboundEvent).where(InboundEvent.status == "limited")) == 4
    samen.clock.advance(minutes=2)  # a minute later all is well again
    got = bot.say("els", "nu rustig")
    assert any(m.address == "samira" and "nu rustig" in m.message.text for m in got)


def test_a_leader_pauses_and_resumes_a_member(bot: ConsoleDriver, group_with_people: World, samen) -> None:  # noqa: ANN001
    bot.say("samira", "menu")
    bot.tap("samira", "Deelnemers")
    bot.tap("samira", "els")
    got = bot.tap("samira", "Pauzeer")
    assert got[0].message.text == catalog.format("nl", "mm-paused", {"name": "els"})
    assert [m.message.text for m in got if m.address == "els"] == [
        catalog.format("nl", "mm-paused-you", {"group": "Koffie Oost"})]
    got = bot.say("els", "nog een bericht")
    assert [(m.address, m.message.text) for m in got] == [("els", catalog.format("nl", "paused-not-passed-on"))]
    assert bot.say("els", "stop")[0].message.text == catalog.format("nl", "stop-confirmed")  # privacy words work
    bot.say("els", "start")
    got = bot.say("els", "/next")
    assert got and got[0].address == "els"  # answers to her own questions still come
    bot.say("samira", "menu")
    bot.tap("samira", "Deelnemers")
    assert "⏸" in bot.last("samira").message.text
    bot.tap("samira", "els")
    bot.tap("samira", "Weer doorsturen")
    got = bot.say("els", "weer hallo")
    assert any(m.address == "samira" and "weer hallo" in m.message.text for m in got)
    with samen.sessions() as db:
        actions = list(db.scalars(select(AuditEvent.action).where(AuditEvent.action.like("member-%pause%"))))
        assert actions == ["member-paused", "member-unpaused"]
