"""Telegram end to end: the real python-telegram-bot client under `samen run`'s web app, talking to
the fake Bot API on 127.0.0.1, in polling and in webhook mode."""
from __future__ import annotations

import asyncio
import datetime as dt
import functools
import html
import io
import re
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pytest
import soundfile
import uvicorn
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from bot.app import Samen, build, web_app
from bot.config import Config
from bot.core.clock import SystemClock
from bot.core.i18n import default_catalog
from bot.core.messages import Choice, Outbound
from bot.pacing import Backoff, Pacer
from handlers.base import Context
from storage import queries
from storage.models import ChannelAddress, InboundEvent, Member, OutboxMessage
from tests.conftest import free_port, World, make_world
from tests.fakes.telegram_api import FakeTelegram, FloodLimits

catalog = default_catalog()
LEADER, FATIMA = 1001, 2002



@dataclass
class Service:
    samen: Samen
    fake: FakeTelegram
    world: World
    server: uvicorn.Server
    thread: threading.Thread
    webhook: bool

    def send(self, update: dict) -> None:
        """Telegram delivers an update: by webhook, or queued for polling."""
        if self.webhook:
            assert self.fake.deliver(update) == 200
        else:
            self.fake.push_update(update)

    def texts(self, chat: int) -> list[str]:
        """What a chat has been sent, as the person reads it."""
        return [html.unescape(c.params.get("text") or c.params.get("caption") or c.params.get("question") or "")
                for c in self.fake.sent(chat)]

    def wait_text(self, chat: int, expected: str, timeout: float = 10.0) -> None:
        ok = self.fake.wait_for(lambda: expected in self.texts(chat), timeout)
        assert ok, f"{chat} never got {expected!r}; got {self.texts(chat)[-3:]}"

    def last_message_id(self, chat: int) -> int:
        return self.fake.sent(chat)[-1].result["message_id"]

    def tap(self, chat: int, payload: str, name: str = "Test") -> None:
        """Tap a button of the newest message of this chat that has it."""
        for call in reversed(self.fake.sent(chat)):
            markup = call.params.get("reply_markup") or {}
            rows = markup.get("inline_keyboard", []) if isinstance(markup, dict) else []
            if any(b.get("callback_data") == payload for row in rows for b in row):
                self.send(self.fake.callback_update(chat, call.result["message_id"], payload, first_name=name))
                return
        raise AssertionError(f"no button {payload} in chat {chat}")


@pytest.fixture(params=["polling", "webhook"])
def service(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Service]:
    webhook = request.param == "webhook"
    with FakeTelegram() as fake:
        port = free_port()
        config = Config(database_url=f"sqlite:///{tmp_path / 'tg.sqlite3'}", telegram_bot_token=fake.token,
                        telegram_api_url=f"{fake.url}/bot", telegram_file_url=f"{fake.url}/file/bot",
                        telegram_webhook_secret="s3cret-for-tests" if webhook else None,
                        public_url=f"http://127.0.0.1:{port}" if webhook else None, port=port)
        samen = build(config, clock=SystemClock(), backoff=Backoff(base=0.2, factor=1, max_attempts=4),
                      pacers={"telegram": Pacer(rate=200, per_address_interval=0.05)})
        world = make_world(samen, group_language="nl")
        server = uvicorn.Server(uvicorn.Config(web_app(samen), host="127.0.0.1", port=port, log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        assert fake.wait_for(lambda: server.started, 10)
        if webhook:
            assert fake.webhook_url == f"http://127.0.0.1:{port}/telegram/webhook"
        try:
            yield Service(samen, fake, world, server, thread, webhook)
        finally:
            server.should_exit = True
            thread.join(timeout=15)
            samen.close()


def _onboard_leader(svc: Service) -> None:
    svc.send(svc.fake.text_update(LEADER, f"/start {svc.world.facilitator_code}", first_name="Samira",
                                  language_code="nl"))
    svc.wait_text(LEADER, catalog.format("nl", "consent-question", {"group": "Koffie Oost"}))
    svc.tap(LEADER, "consent:yes")
    svc.wait_text(LEADER, catalog.format("nl", "language-question"))
    svc.tap(LEADER, "lang:set:nl")
    svc.wait_text(LEADER, catalog.format("nl", "menu-title", {"group": "Koffie Oost"}))


def test_join_by_deep_link_in_arabic_and_relay_a_voice_note(service: Service) -> None:
    svc, fake = service, service.fake
    _onboard_leader(svc)
    # the asked message was edited to show the chosen answer, and the tap was answered
    assert fake.calls_to("answerCallbackQuery") and fake.calls_to("editMessageText", LEADER)
    # the leader makes an invite: the code and a deep link with the bot's username (from getMe)
    svc.tap(LEADER, f"members:invite:{svc.world.group_id}")
    assert fake.wait_for(lambda: any("t.me/" in t for t in svc.texts(LEADER)))
    link = next(t for t in svc.texts(LEADER) if "t.me/" in t)
    code = re.search(rf"https://t\.me/{fake.username}\?start=([A-Z0-9]+)", link).group(1)
    # the participant opens the link: Telegram sends /start CODE
    svc.send(fake.text_update(FATIMA, f"/start {code}", first_name="فاطمة", language_code="ar"))
    svc.wait_text(FATIMA, catalog.format("ar", "consent-question", {"group": "Koffie Oost"}))
    svc.tap(FATIMA, "consent:yes")
    svc.wait_text(FATIMA, catalog.format("ar", "language-question"))
    svc.tap(FATIMA, "lang:set:ar")
    svc.wait_text(FATIMA, catalog.format("ar", "voice-question"))
    # the question comes read aloud too: an OGG/Opus voice note uploaded with sendVoice
    assert fake.wait_for(lambda: bool(fake.calls_to("sendVoice", FATIMA)), 10)
    sample = fake.calls_to("sendVoice", FATIMA)[-1]
    assert sample.ok and soundfile.info(io.BytesIO(sample.files["voice"])).subtype == "OPUS"
    assert int(sample.params["duration"]) >= 2 and not sample.params.get("reply_markup")
    svc.tap(FATIMA, "voice:on")
    svc.wait_text(FATIMA, catalog.format("ar", "call-question"))
    assert fake.wait_for(lambda: len(fake.calls_to("sendVoice", FATIMA)) == 2, 10)  # she hears it too
    svc.tap(FATIMA, "call:yes")
    svc.wait_text(FATIMA, catalog.format("ar", "call-share-number"))
    contact_request = fake.sent(FATIMA)[-1].params["reply_markup"]
    assert contact_request["keyboard"][0][0]["request_contact"] is True
    svc.send(fake.contact_update(FATIMA, "31612345678"))
    svc.wait_text(FATIMA, catalog.format("ar", "call-number-saved"))
    svc.send(fake.text_update(FATIMA, "/help", first_name="فاطمة", language_code="ar"))
    svc.wait_text(FATIMA, catalog.format("ar", "help-participant"))
    # a per-chat command menu in Arabic
    menu = fake.commands_for({"type": "chat", "chat_id": FATIMA}, "")
    assert menu and menu[0]["description"] == catalog.format("ar", "command-help")
    # the voice note goes to the leader through the relay, by file id
    svc.send(fake.voice_update(FATIMA, "voice-fatima-1", duration=7))
    assert fake.wait_for(lambda: bool(fake.calls_to("sendVoice", LEADER)), 10)
    voice = fake.calls_to("sendVoice", LEADER)[-1]
    assert voice.params["voice"] == "voice-fatima-1"
    assert html.unescape(voice.params["caption"]) == catalog.format(
        "nl", "relay-from-member-voice", {"name": "فاطمة · العربية", "group": "Koffie Oost"})
    svc.wait_text(FATIMA, catalog.format("ar", "relay-passed-on"))
    with svc.samen.sessions() as db:
        fatima = db.scalar(select(Member).join(ChannelAddress).where(ChannelAddress.address == str(FATIMA)))
        assert fatima.call_number == "+31612345678" and fatima.language == "ar"
    # default menus: two-letter codes, Tagalog as `tl`, none for Papiamento
    assert fake.commands_for(None, "tl") and fake.commands_for(None, "ar") and not fake.commands_for(None, "pap")


def test_taps_and_texts_are_answered_and_handled_without_reading_them_into_ptb(
        service: Service, monkeypatch: pytest.MonkeyPatch) -> None:
    # Stored raw, a tap is answered (the spinner stops, the message shows the choice) and handled, and
    # a text is handled, straight from the stored dict: PTB's Update.de_json cost ~150 µs a read.
    from telegram import Update

    if not service.webhook:
        pytest.skip("polled updates arrive as PTB objects: nothing is read from storage")
    reads: list[object] = []
    read = Update.de_json.__func__  # type: ignore[attr-defined]

    def counted(cls: type[Update], data: dict | None, bot: object = None) -> Update | None:
        reads.append(data)
        return read(cls, data, bot)

    monkeypatch.setattr(Update, "de_json", classmethod(counted))
    _onboard_leader(service)  # a text (/start CODE) and two taps: consent, language
    fake = service.fake
    answered = [call.params["callback_query_id"] for call in fake.calls_to("answerCallbackQuery")]
    assert len(answered) == 2 and len(set(answered)) == 2
    edits = [call.params["text"] for call in fake.calls_to("editMessageText", LEADER)]
    assert len(edits) == 2 and all("\n\n➡️ " in text for text in edits), edits
    assert reads == []


@pytest.mark.parametrize("service", ["webhook"], indirect=True)
def test_a_tap_is_answered_in_the_round_that_handled_it(service: Service) -> None:
    # The handling loop handles a round's events, then answers the buttons tapped among them: one hop
    # to a worker thread a round, and a tap is shown as chosen only once the database has it.
    svc, fake = service, service.fake
    svc.send(fake.text_update(LEADER, f"/start {svc.world.facilitator_code}", first_name="Samira",
                              language_code="nl"))
    svc.wait_text(LEADER, catalog.format("nl", "consent-question", {"group": "Koffie Oost"}))
    asked = next(call for call in reversed(fake.sent(LEADER)) if call.params.get("reply_markup"))
    tap = fake.callback_update(LEADER, asked.result["message_id"], "consent:yes", first_name="Samira")
    fake.delay("answerCallbackQuery", 3.0)  # the fake holds its answer: the call is seen, the round waits
    svc.send(tap)
    assert fake.wait_for(lambda: bool(fake.calls_to("answerCallbackQuery")), 10)
    with svc.samen.sessions() as db:
        status = db.scalar(select(InboundEvent.status).where(InboundEvent.channel == "telegram",
                                                             InboundEvent.external_id == str(tap["update_id"])))
    assert status == "done", "the button was answered before its tap was handled"
    svc.wait_text(LEADER, catalog.format("nl", "language-question"))
    assert fake.wait_for(lambda: any("\n\n➡️ " in call.params.get("text", "")
                                     for call in fake.calls_to("editMessageText", LEADER)), 10)


def test_a_vote_is_a_native_poll_and_the_answer_is_the_choice(service: Service) -> None:
    svc, fake = service, service.fake
    _onboard_leader(svc)
    votes: list[list[str]] = []

    def vote(ctx: Context, args: list[str]) -> list[Outbound]:
        votes.append(args)
        return [ctx.reply("relay-passed-on")]

    svc.samen.dispatcher.router.payloads["vote"] = vote
    with svc.samen.sessions() as db, db.begin():
        leader = queries.member_by_address(db, "telegram", str(LEADER))
        queries.enqueue(db, Outbound("members-add-ask-language", {"name": "?"}, member_id=leader.id, kind="notice",
                                     poll=True, choices=(Choice("vote:7:1", text="🚶 Wandelen"),
                                                         Choice("vote:7:2", text="🍲 Samen koken"))),
                        svc.samen.clock.now())
    svc.samen.sender.wake()
    assert fake.wait_for(lambda: bool(fake.calls_to("sendPoll", LEADER)), 10)
    poll_call = fake.calls_to("sendPoll", LEADER)[-1]
    assert poll_call.params["is_anonymous"] is False
    poll_id = poll_call.result["poll"]["id"]

    def recorded() -> bool:  # a person takes longer to vote than the sender takes to note the poll id
        with svc.samen.sessions() as db:
            return db.scalar(select(OutboxMessage.status).where(OutboxMessage.provider_id == f"poll:{poll_id}")) == "sent"

    assert fake.wait_for(recorded, 5)
    svc.send(fake.poll_answer_update(poll_id, LEADER, [1]))
    assert fake.wait_for(lambda: votes == [["7", "2"]], 10), votes
    svc.send(fake.poll_answer_update(poll_id, LEADER, []))  # the vote taken back
    assert fake.wait_for(lambda: votes[-1:] == [["7", "retract"]], 10), votes


@pytest.mark.parametrize("service", ["webhook"], indirect=True)
def test_webhook_secret_and_redelivery(service: Service) -> None:
    svc, fake = service, service.fake
    update = fake.text_update(FATIMA, "hello", first_name="X")
    assert fake.deliver(update, secret="") == 403
    assert fake.deliver(update, secret="wrong") == 403
    with svc.samen.sessions() as db:
        assert db.scalar(select(func.count()).select_from(InboundEvent)) == 0
    assert fake.deliver(update) == 200
    assert fake.deliver(update) == 200  # Telegram delivers again: one effect
    svc.wait_text(FATIMA, catalog.format("nl", "stranger-how-to-join"))
    time.sleep(0.3)
    assert svc.texts(FATIMA).count(catalog.format("nl", "stranger-how-to-join")) == 1
    with svc.samen.sessions() as db:
        assert db.scalar(select(func.count()).select_from(InboundEvent)) == 1


@pytest.mark.parametrize("service", ["webhook"], indirect=True)
def test_an_update_is_stored_as_telegram_sent_it(service: Service) -> None:
    # The webhook stores the body as it came (no second serialisation in the group commit's writer);
    # JSON that is not plain UTF-8 text, or that may hold NaN, is stored the usual way.  Every one
    # reads back as the update Telegram sent, and is handled.
    import json
    import sqlite3

    svc, fake = service, service.fake
    sent = {"plain": (3003, lambda u: json.dumps(u, ensure_ascii=False, indent=1).encode()),
            "escaped": (3004, lambda u: json.dumps(u).encode()),  # \u0645… as Telegram escapes
            "utf-16": (3005, lambda u: json.dumps(u).encode("utf-16")),
            "bom": (3006, lambda u: b"\xef\xbb\xbf" + json.dumps(u).encode()),
            "nan": (3007, lambda u: json.dumps(u).encode())}
    updates = {}
    for label, (chat, encode) in sent.items():
        text = "NaN Infinity" if label == "nan" else "مرحبا 👋 \"hallo\"\n"
        updates[label] = fake.text_update(chat, text, first_name="Salma")
        assert fake.deliver(updates[label], body=encode(updates[label])) == 200
    for label, (chat, _encode) in sent.items():
        svc.wait_text(chat, catalog.format("nl", "stranger-how-to-join"))
    with svc.samen.sessions() as db:
        stored = {event.address: event.payload for event in db.scalars(select(InboundEvent))}
    for label, (chat, _encode) in sent.items():
        assert stored[str(chat)] == {"raw": updates[label]}, label
    database = sqlite3.connect(svc.samen.engine.url.database)
    try:
        plain = database.execute("SELECT payload FROM inbound_events WHERE address = '3003'").fetchone()[0]
    finally:
        database.close()
    assert plain == '{"raw": ' + json.dumps(updates["plain"], ensure_ascii=False, indent=1) + "}"


@pytest.mark.parametrize("service", ["polling"], indirect=True)
def test_flood_answers_and_blocked_members(service: Service) -> None:
    svc, fake = service, service.fake
    _onboard_leader(svc)
    svc.send(fake.text_update(FATIMA, f"/start {svc.world.participant_code}", first_name="Fatima",
                              language_code="ar"))
    svc.wait_text(FATIMA, catalog.format("ar", "consent-question", {"group": "Koffie Oost"}))
    # 429 with retry_after: sent after the wait, nothing lost
    fake.fail("sendMessage", 429, retry_after=1)
    svc.tap(FATIMA, "consent:yes")
    svc.wait_text(FATIMA, catalog.format("ar", "language-question"))
    assert any(c.status == 429 for c in fake.calls_to("sendMessage", FATIMA))
    svc.tap(FATIMA, "lang:set:ar")
    svc.wait_text(FATIMA, catalog.format("ar", "voice-question"))
    svc.tap(FATIMA, "voice:off")
    svc.wait_text(FATIMA, catalog.format("ar", "call-question"))
    svc.tap(FATIMA, "call:no")
    svc.wait_text(FATIMA, catalog.format("ar", "welcome-participant", {"group": "Koffie Oost"}))
    svc.wait_text(LEADER, catalog.format("nl", "member-joined", {"name": "Fatima", "group": "Koffie Oost",
                                                                 "language": "العربية"}))
    # Fatima blocks the bot: 403 -> unreachable, the leader is told once
    warning = catalog.format("nl", "outbox-undelivered", {"name": "Fatima", "reason": "unreachable"})
    for _ in range(2):  # NOTE: the fake's faults hit the next call to anyone: one at a time
        fake.fail("sendMessage", 403, times=1)
        with svc.samen.sessions() as db, db.begin():
            fatima = queries.member_by_address(db, "telegram", str(FATIMA))
            queries.enqueue(db, Outbound("relay-nobody", member_id=fatima.id, kind="reminder"), svc.samen.clock.now())
        svc.samen.sender.wake()
        svc.wait_text(LEADER, warning)
        assert fake.wait_for(lambda: not fake._faults, 5)
    time.sleep(0.5)
    assert svc.texts(LEADER).count(warning) == 1
    with svc.samen.sessions() as db:
        assert db.scalar(select(ChannelAddress.unreachable).where(ChannelAddress.address == str(FATIMA)))


@pytest.mark.parametrize("service", ["polling"], indirect=True)
def test_display_names_appear_literally(service: Service) -> None:
    svc, fake = service, service.fake
    _onboard_leader(svc)
    names = ["<b>x</b>", "a & b", "_*[]", "فاطمة", "🌷 Roos"]
    for i, name in enumerate(names):
        chat = 3000 + i
        svc.send(fake.text_update(chat, svc.world.participant_code, first_name=name, language_code="nl"))
        svc.wait_text(chat, catalog.format("nl", "consent-question", {"group": "Koffie Oost"}))
        svc.tap(chat, "consent:yes")
        svc.wait_text(chat, catalog.format("nl", "language-question"))
        svc.tap(chat, "lang:set:nl")
        svc.wait_text(chat, catalog.format("nl", "voice-question"))
        svc.tap(chat, "voice:off")
        svc.wait_text(chat, catalog.format("nl", "call-question"))
        svc.tap(chat, "call:no")
        svc.wait_text(LEADER, catalog.format("nl", "member-joined", {"name": name, "group": "Koffie Oost",
                                                                     "language": "Nederlands"}))
        svc.send(fake.text_update(chat, f"hallo <i>{name}</i> & co", first_name=name))
        svc.wait_text(LEADER, catalog.format("nl", "relay-from-member", {
            "name": name, "group": "Koffie Oost", "text": f"hallo <i>{name}</i> & co"}))
    # what the leader's Telegram shows (the fake parses the HTML like Telegram does)
    shown = [c.result.get("text", "") for c in fake.sent(LEADER) if c.result]
    for name in names:
        assert any(f"hallo <i>{name}</i> & co" in text for text in shown), name


def test_a_wave_of_300_stays_under_the_limits(tmp_path: Path) -> None:
    limits = FloodLimits(overall=30, per_chat=1, window=0.1)  # Telegram's 30/s and 1/s, ten times faster
    with FakeTelegram(limits=limits) as fake:
        config = Config(database_url=f"sqlite:///{tmp_path / 'wave.sqlite3'}", telegram_bot_token=fake.token,
                        telegram_api_url=f"{fake.url}/bot", telegram_file_url=f"{fake.url}/file/bot")
        samen = build(config, clock=SystemClock(), backoff=Backoff(base=0.1, factor=1),
                      pacers={"telegram": Pacer(rate=250, per_address_interval=0.12, window=0.1)})
        now = samen.clock.now()
        with samen.sessions() as db, db.begin():
            ids = []
            for i in range(300):
                member = Member(display_name=f"m{i}", language="nl", consent_at=now, created_at=now)
                db.add(member)
                db.flush()
                db.add(ChannelAddress(member_id=member.id, channel="telegram", address=str(5000 + i), created_at=now))
                ids.append(member.id)
            db.flush()
            for member_id in ids:
                queries.enqueue(db, Outbound("relay-nobody", member_id=member_id, kind="broadcast"), now)
            for member_id in ids[:20]:  # a second message to some chats: the per-chat gap
                queries.enqueue(db, Outbound("relay-passed-on", member_id=member_id, kind="broadcast"), now)

        async def wave() -> None:
            await samen.channels["telegram"].application.initialize()
            try:
                for _ in range(400):
                    await samen.sender.drain()
                    with samen.sessions() as db:
                        if not db.scalar(select(func.count()).select_from(OutboxMessage)
                                         .where(OutboxMessage.status != "sent")):
                            return
                    await asyncio.sleep(0.02)
            finally:
                await samen.channels["telegram"].application.shutdown()

        asyncio.run(wave())
        samen.close()
        assert fake.violations == []
        assert len(fake.calls_to("sendMessage")) == 320
        assert all(len(fake.calls_to("sendMessage", 5000 + i)) == (2 if i < 20 else 1) for i in range(300))


# -- the adapter on its own, against the fake ----------------------------------------------------
def _channel(fake: FakeTelegram, **timeouts: float):  # noqa: ANN202
    from bot.channels.telegram import TelegramChannel, build_application

    application = build_application(fake.token, f"{fake.url}/bot", f"{fake.url}/file/bot", polling=False, **timeouts)
    return TelegramChannel(application, catalog)


def test_send_outcomes_are_classified() -> None:
    from bot.core.messages import Rendered

    with FakeTelegram() as fake:
        channel = _channel(fake, read_timeout=0.3)
        message = Rendered(text="Hallo <b>", locale="nl")

        async def run() -> list:
            await channel.application.initialize()
            results = [await channel.send("42", message)]
            fake.fail("sendMessage", 429, retry_after=3)
            results.append(await channel.send("42", message))
            fake.fail("sendMessage", 403)
            results.append(await channel.send("42", message))
            fake.fail("sendMessage", 400, migrate_to_chat_id=-100777)
            results.append(await channel.send("42", message))
            fake.fail("sendMessage", 500)
            results.append(await channel.send("42", message))
            fake.fail("sendMessage", 400, description="Bad Request: message text is empty")
            results.append(await channel.send("42", message))
            fake.delay("sendMessage", 1.0)
            results.append(await channel.send("42", message))
            results.append(await channel.send("not-a-chat", message))
            await channel.application.shutdown()
            return results

        results = asyncio.run(run())
    outcomes = [(r.outcome, r.retry_after, r.new_address) for r in results]
    assert outcomes[0][0] == "sent" and results[0].provider_id == "1"
    assert outcomes[1] == ("retry", 3.0, None)
    assert outcomes[2][0] == "unreachable"
    assert outcomes[3] == ("moved", None, "-100777")
    assert outcomes[4][0] == "retry"
    assert outcomes[5][0] == "failed"
    assert outcomes[6][0] == "unknown"  # a read time-out: the message may have left
    assert outcomes[7][0] == "failed"
    assert fake.calls_to("sendMessage")[0].params["text"] == "Hallo &lt;b&gt;"


def test_media_for_another_channel_is_fetched_and_served(tmp_path: Path) -> None:
    from starlette.testclient import TestClient

    from bot.core.messages import Inbound, Media
    from tests.fakes.channel import ScriptedChannel

    with FakeTelegram() as fake:
        fake.add_file("voice-x", b"OggS-fatima-voice", "voice/file_9.oga")
        scripted = ScriptedChannel()
        scripted.accepts_media = lambda ref: ref.startswith("media:")  # type: ignore[attr-defined]
        config = Config(database_url=f"sqlite:///{tmp_path / 'm.sqlite3'}", telegram_bot_token=fake.token,
                        telegram_api_url=f"{fake.url}/bot", telegram_file_url=f"{fake.url}/file/bot")
        samen = build(config, clock=SystemClock(), channels={"scripted": scripted},
                      pacers={"scripted": Pacer(rate=0, per_address_interval=0)})
        world = make_world(samen)
        now = samen.clock.now()
        with samen.sessions() as db, db.begin():
            for name, channel, address, code in (("Samira", "scripted", "s-1", world.facilitator_code),
                                                 ("Fatima", "telegram", "2002", world.participant_code)):
                member = Member(display_name=name, language="nl", consent_at=now, created_at=now, may_call=False)
                db.add(member)
                db.flush()
                db.add(ChannelAddress(member_id=member.id, channel=channel, address=address, created_at=now))
                invite = queries.find_invite(db, code)
                from storage.models import Membership

                db.add(Membership(member_id=member.id, organisation_id=world.org_id, group_id=world.group_id,
                                  role=invite.role, joined_at=now))
        samen.dispatcher.handle(Inbound("telegram", "2002", "u1", now, media=(Media("voice", "tg:voice-x", "audio/ogg", 4),)))

        async def send() -> None:
            await samen.channels["telegram"].application.initialize()
            await samen.sender.drain()
            await samen.channels["telegram"].application.shutdown()

        asyncio.run(send())
        ref = next(m.media.ref for _a, m in scripted.calls if m.media is not None)
        assert ref.startswith("media:") and fake.calls_to("getFile")
        with TestClient(web_app(samen, background=False, channels=False)) as client:
            response = client.get(f"/media/{ref.split(':', 1)[1]}")
            assert response.status_code == 200 and response.content == b"OggS-fatima-voice"
            assert response.headers["content-type"] == "audio/ogg"
            assert client.get("/media/not-a-token").status_code == 404
        samen.close()


def test_cli_invite_prints_the_deep_link(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    from bot.cli import main

    with FakeTelegram(username="samen_oost_bot") as fake:
        monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'cli.sqlite3'}")
        monkeypatch.setenv("TELEGRAM_BOT_TOKEN", fake.token)
        monkeypatch.setenv("TELEGRAM_API_URL", f"{fake.url}/bot")
        assert main(["org", "create", "Buurthuis"]) == 0
        assert main(["group", "create", "Koffie", "--org", "Buurthuis"]) == 0
        capsys.readouterr()
        assert main(["invite", "--group", "Koffie", "--role", "participant"]) == 0
        captured = capsys.readouterr()
        code = captured.out.strip()
        assert f"https://t.me/samen_oost_bot?start={code}" in captured.err


def test_a_group_chat_is_linked_by_its_leader_and_gets_announcements(service: Service) -> None:
    svc, fake = service, service.fake
    chat = -1009876543210
    _onboard_leader(svc)
    svc.tap(LEADER, f"link:code:{svc.world.group_id}")
    assert fake.wait_for(lambda: any("/link " in t for t in svc.texts(LEADER)))
    code = next(t for t in svc.texts(LEADER) if "/link " in t).split("/link ")[1].split()[0]

    def in_group(user: int, text: str) -> dict:
        update = fake.text_update(user, text, first_name="Someone")
        update["message"]["chat"] = {"id": chat, "type": "supergroup", "title": "Koffie Oost en vrienden"}
        return update

    svc.send(in_group(FATIMA, f"/link@{fake.username} {code}"))  # not a leader: refused, in the chat
    svc.wait_text(chat, catalog.format("nl", "chat-link-leaders-only"))
    svc.send(in_group(LEADER, f"/link@{fake.username} {code}"))
    svc.wait_text(chat, catalog.format("nl", "chat-linked", {"group": "Koffie Oost"}))
    # an announcement reaches the chat in the group's language; a poll there is anonymous
    svc.tap(LEADER, f"bc:start:{svc.world.group_id}")
    svc.wait_text(LEADER, catalog.format("nl", "bc-ask-audience", {"group": "Koffie Oost"}))
    svc.tap(LEADER, f"bc:to:{svc.world.group_id}:all")
    svc.wait_text(LEADER, catalog.format("nl", "bc-ask-content", {"group": "Koffie Oost"}))
    svc.tap(LEADER, "bc:ready:newyear")
    assert fake.wait_for(lambda: any("Telegram" in t for t in svc.texts(LEADER)[-1:]), 10)
    svc.tap(LEADER, "bc:send")
    svc.wait_text(chat, catalog.format("nl", "bc-ready-newyear", {"group": "Koffie Oost"}))
    with svc.samen.sessions() as db, db.begin():
        queries.enqueue(db, Outbound("chat-vote", channel="telegram", address=str(chat), locale="nl", kind="broadcast",
                                     poll=True, choices=(Choice("x:0", text="Wandelen"), Choice("x:1", text="Koken"))),
                        svc.samen.clock.now())
    svc.samen.sender.wake()
    assert fake.wait_for(lambda: bool(fake.calls_to("sendPoll", chat)), 10)
    assert fake.calls_to("sendPoll", chat)[-1].params.get("is_anonymous") in (True, "true", "True")
    # chatter in the group is never read (privacy mode would not even deliver it)
    before = len(fake.sent(chat))
    plain = in_group(FATIMA, "hallo allemaal")
    plain["message"].pop("entities", None)
    svc.send(plain)
    time.sleep(0.5)
    assert len(fake.sent(chat)) == before


# -- plain updates read without python-telegram-bot's de_json -------------------------------------
_names = st.one_of(st.none(), st.text(max_size=12), st.integers(), st.lists(st.text(max_size=3), max_size=2),
                   st.sampled_from(["", "Fatma", "Éva-Marie", "محمد"]))
_user = st.fixed_dictionaries({"id": st.integers(1, 2**40), "is_bot": st.just(False), "first_name": _names},
                              optional={"last_name": _names, "language_code": _names, "username": _names})
_chat = st.fixed_dictionaries({"id": st.one_of(st.integers(-2**40, 2**40), st.text(max_size=6)),
                               "type": st.sampled_from(["private", "private", "group", "supergroup", "channel"])},
                              optional={"first_name": st.text(max_size=6)})
_text_update = st.fixed_dictionaries({"update_id": st.integers(1, 2**31), "message": st.fixed_dictionaries(
    {"message_id": st.integers(1, 2**31), "chat": _chat, "date": st.integers(1, 2**31),
     "text": st.text(max_size=30)}, optional={"from": _user, "entities": st.just([])})})
_tap_update = st.fixed_dictionaries({"update_id": st.integers(1, 2**31), "callback_query": st.fixed_dictionaries(
    {"id": st.text(min_size=1, max_size=6), "from": _user, "chat_instance": st.text(max_size=6)},
    optional={"data": st.one_of(st.text(max_size=12), st.just("rsvp:1:yes")),
              "message": st.fixed_dictionaries({"message_id": st.integers(1, 2**31), "chat": _chat,
                                                "date": st.integers(0, 2**31)})})})


@given(raw=st.one_of(_text_update, _tap_update))
@settings(max_examples=300, deadline=None, database=None)
def test_plain_updates_read_from_the_dict_as_python_telegram_bot_reads_them(raw: dict) -> None:
    # A private text and a tapped button are read straight from the stored dict (Update.de_json
    # costs ~150 µs an update); whatever the names and languages hold, the result must be what
    # reading the same update through python-telegram-bot gives.
    import copy

    from telegram import Update

    from bot.channels.telegram_raw import NOT_PLAIN, plain_inbound

    at = dt.datetime(2026, 12, 4, 18, 0, tzinfo=dt.timezone.utc)
    channel = _offline_channel()
    plain = plain_inbound(raw, at)
    read_plainly = "callback_query" in raw or raw["message"]["chat"]["type"] == "private"
    assert (plain is not NOT_PLAIN) == read_plainly  # the other chats' messages go through PTB
    through_ptb = channel.to_inbound(Update.de_json(copy.deepcopy(raw), channel.bot), at)
    assert channel.decode(copy.deepcopy(raw), at) == through_ptb
    if plain is not NOT_PLAIN:
        assert plain == through_ptb


def test_updates_of_other_shapes_still_go_through_python_telegram_bot() -> None:
    from bot.channels.telegram_raw import NOT_PLAIN, plain_inbound

    at = dt.datetime(2026, 12, 4, 18, 0, tzinfo=dt.timezone.utc)
    base = {"message_id": 5, "date": 1, "chat": {"id": 7, "type": "private"}, "from": {"id": 7, "first_name": "A",
                                                                                     "is_bot": False}}
    voice = {"update_id": 1, "message": {**base, "voice": {"file_id": "v", "file_unique_id": "u", "duration": 3}}}
    reply = {"update_id": 2, "message": {**base, "text": "ja", "reply_to_message": {**base, "text": "vraag"}}}
    contact = {"update_id": 3, "message": {**base, "contact": {"phone_number": "+31600000000", "first_name": "A",
                                                               "user_id": 7}}}
    for raw in (voice, reply, contact, {"update_id": 4, "poll_answer": {"poll_id": "p", "option_ids": [0]}}):
        assert plain_inbound(raw, at) is NOT_PLAIN
    channel = _offline_channel()
    assert channel.decode(voice, at).media[0].kind == "voice"
    assert channel.decode(reply, at).reply_to == "5" and channel.decode(contact, at).contact_phone == "+31600000000"


@functools.cache
def _offline_channel():  # noqa: ANN202 - a channel whose bot never connects (reading updates only)
    # NOTE: one for the module: building an Application costs ~0.1–0.3 s, and the property test
    # reads 300 updates with it (only reading: nothing it holds changes)
    from bot.channels.telegram import TelegramChannel, build_application

    return TelegramChannel(build_application("123:abc", "http://127.0.0.1:9/bot", "http://127.0.0.1:9/file/bot",
                                             polling=False), catalog)


def test_a_spoken_clip_is_uploaded_once_then_sent_by_its_file_id(tmp_path: Path) -> None:
    from bot.core.messages import Media, Rendered
    from bot.speech import Speech

    speech = Speech(tmp_path)
    clip = speech.speak("ar", "تذكير: لقاؤنا غدا")
    with FakeTelegram() as fake:
        channel = _channel(fake)

        async def load(ref: str) -> tuple[bytes, str]:
            return speech.load(ref)

        channel.load_media = load
        note = Rendered(text="", locale="ar", media=Media("voice", clip.ref, "audio/ogg", round(clip.seconds)))

        async def run() -> list:
            await channel.application.initialize()
            results = [await channel.send(str(chat), note) for chat in (41, 42, 43)]
            await channel.application.shutdown()
            return results

        results = asyncio.run(run())
        calls = fake.calls_to("sendVoice")
    assert [r.outcome for r in results] == ["sent"] * 3
    first, *others = calls
    assert first.files["voice"].startswith(b"OggS")  # the first member's copy is uploaded …
    assert all(not c.files and c.params["voice"] == first.result["voice"]["file_id"] for c in others)  # … then named
