"""Checks that the fake Telegram Bot API server (`tests/fakes/telegram_api.py`) speaks the wire
format the real python-telegram-bot 22.8 client expects: every test drives a real PTB `Application`
(built with `.updater(None)`) pointed at the fake, and checks both what PTB parsed and what the fake
recorded, including uploads, downloads, updates, injected faults, time-outs and flood limits.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import json
import threading
import time
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from telegram import (
    BotCommand,
    BotCommandScopeChat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Poll,
    Update,
)
from telegram.error import BadRequest, ChatMigrated, Forbidden, RetryAfter, TimedOut
from telegram.ext import Application, ApplicationBuilder

from tests.fakes.telegram_api import FakeTelegram, FloodLimits

CHAT = 4242

# PTB 22.8 itself warns (even inside RetryAfter.__init__) that int time periods become timedeltas.
pytestmark = pytest.mark.filterwarnings("ignore:.*will be of type `datetime.timedelta`")


@pytest.fixture
def fake():
    with FakeTelegram() as server:
        yield server


def build(fake: FakeTelegram) -> Application:
    return (
        ApplicationBuilder()
        .token(fake.token)
        .base_url(f"{fake.url}/bot")
        .base_file_url(f"{fake.url}/file/bot")
        .updater(None)
        .build()
    )


def run(fake: FakeTelegram, scenario) -> object:
    async def main():
        async with build(fake) as app:
            return await scenario(app)

    return asyncio.run(main())


def seconds(error: RetryAfter) -> float:
    """`RetryAfter.retry_after` is an int (deprecated) or a timedelta under PTB_TIMEDELTA=1."""
    value = error.retry_after
    return value.total_seconds() if isinstance(value, dt.timedelta) else float(value)


def test_get_me_and_messages_with_keyboard(fake):
    async def scenario(app):
        assert app.bot.username == "samen_test_bot"
        assert app.bot.id == fake.bot_id
        keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Ja", callback_data="yes:1")]])
        first = await app.bot.send_message(CHAT, "Hallo <b>jij</b>", parse_mode="HTML", reply_markup=keyboard)
        second = await app.bot.send_message(CHAT, "Nog een")
        edited = await app.bot.edit_message_text("Bedankt", chat_id=CHAT, message_id=first.message_id)
        with pytest.raises(BadRequest, match="not modified"):
            await app.bot.edit_message_text("Bedankt", chat_id=CHAT, message_id=first.message_id)
        return first, second, edited

    first, second, edited = run(fake, scenario)
    assert (first.message_id, second.message_id) == (1, 2)
    assert first.text == "Hallo jij" and first.chat.id == CHAT and first.from_user.is_bot
    assert first.reply_markup.inline_keyboard[0][0].callback_data == "yes:1"
    assert edited.text == "Bedankt" and edited.reply_markup is None
    assert [c.method for c in fake.calls][:1] == ["getMe"]
    assert [c.params["text"] for c in fake.sent(CHAT)] == ["Hallo <b>jij</b>", "Nog een"]
    assert fake.calls_to("sendMessage", CHAT)[0].params["reply_markup"]["inline_keyboard"][0][0]["text"] == "Ja"
    assert fake.message(CHAT, 1)["text"] == "Bedankt"


def test_callback_query_round_trip(fake):
    async def scenario(app):
        keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Kom", callback_data="rsvp:yes")]])
        sent = await app.bot.send_message(CHAT, "Kom je?", reply_markup=keyboard)
        update = Update.de_json(fake.callback_update(CHAT, sent.message_id, "rsvp:yes"), app.bot)
        ok = await app.bot.answer_callback_query(update.callback_query.id, text="Top")
        return update, ok

    update, ok = run(fake, scenario)
    query = update.callback_query
    assert ok is True
    assert query.data == "rsvp:yes" and query.from_user.id == CHAT
    assert query.message.text == "Kom je?"
    assert query.message.reply_markup.inline_keyboard[0][0].callback_data == "rsvp:yes"
    assert fake.callback_answers[0]["text"] == "Top"


def test_poll_and_poll_answer(fake):
    async def scenario(app):
        message = await app.bot.send_poll(CHAT, "Wanneer?", ["Maandag", "Dinsdag"], is_anonymous=False)
        fake.push_update(fake.poll_answer_update(message.poll.id, CHAT, [1]))
        fake.push_update(fake.poll_answer_update(message.poll.id, CHAT, []))
        updates = await app.bot.get_updates()
        stopped = await app.bot.stop_poll(CHAT, message.message_id)
        return message, updates, stopped

    message, updates, stopped = run(fake, scenario)
    poll = message.poll
    assert isinstance(poll, Poll) and poll.question == "Wanneer?" and not poll.is_anonymous
    assert [o.text for o in poll.options] == ["Maandag", "Dinsdag"]
    assert poll.options[0].persistent_id and poll.allows_revoting is True and poll.members_only is False
    vote, retract = updates
    assert vote.poll_answer.option_ids == (1,) and vote.poll_answer.user.id == CHAT
    assert vote.poll_answer.option_persistent_ids == (poll.options[1].persistent_id,)
    assert retract.poll_answer.option_ids == ()
    assert stopped.is_closed and stopped.total_voter_count == 0
    assert fake.polls[poll.id]["message_id"] == message.message_id


def test_text_update_via_get_updates(fake):
    async def scenario(app):
        fake.push_update(fake.text_update(CHAT, "/start abc-123", language_code="nl"))
        fake.push_update(fake.text_update(CHAT, "hoi"))
        first = await app.bot.get_updates()
        again = await app.bot.get_updates(offset=first[-1].update_id + 1)
        late = fake.push_update(fake.text_update(CHAT, "later"))
        waited = await app.bot.get_updates(offset=first[-1].update_id + 1, timeout=1)
        return first, again, late, waited

    first, again, late, waited = run(fake, scenario)
    start, hoi = first
    assert start.message.text == "/start abc-123" and start.message.from_user.language_code == "nl"
    assert start.message.entities[0].type == "bot_command" and start.message.entities[0].length == 6
    assert hoi.message.text == "hoi" and hoi.message.chat.type == "private"
    assert again == ()
    assert [u.update_id for u in waited] == [late["update_id"]]


def test_media_upload_file_id_and_download(fake):
    fake.add_file("known-voice", b"OggS-known", "voice/known.oga")

    async def scenario(app):
        by_id = await app.bot.send_voice(CHAT, "known-voice")
        uploaded = await app.bot.send_voice(CHAT, b"OggS\x00\x01binary\r\n--tail", duration=7)
        photo = await app.bot.send_photo(CHAT, b"\xff\xd8\xff\xe0jpeg", caption="Foto")
        file = await app.bot.get_file(uploaded.voice.file_id)
        data = await file.download_as_bytearray()
        known = await (await app.bot.get_file("known-voice")).download_as_bytearray()
        with pytest.raises(BadRequest, match="(?i)invalid file_id"):
            await app.bot.get_file("nope")
        with pytest.raises(BadRequest, match="(?i)wrong file identifier"):
            await app.bot.send_voice(CHAT, "nope")
        return by_id, uploaded, photo, data, known

    by_id, uploaded, photo, data, known = run(fake, scenario)
    assert by_id.voice.file_id == "known-voice"
    assert uploaded.voice.file_id != "known-voice" and uploaded.voice.duration in (7, dt.timedelta(seconds=7))
    assert bytes(data) == b"OggS\x00\x01binary\r\n--tail"
    assert bytes(known) == b"OggS-known"
    assert photo.photo[-1].file_id and photo.caption == "Foto"
    assert fake.calls_to("sendVoice")[1].files["voice"] == b"OggS\x00\x01binary\r\n--tail"
    assert len(fake.sent(CHAT)) == 3


def test_incoming_voice_photo_contact(fake):
    async def scenario(app):
        voice = Update.de_json(fake.voice_update(CHAT, "v1", data=b"OggS-in"), app.bot)
        photo = Update.de_json(fake.photo_update(CHAT, "p1", caption="kijk"), app.bot)
        contact = Update.de_json(fake.contact_update(CHAT, "+31612345678"), app.bot)
        downloaded = await (await voice.message.voice.get_file()).download_as_bytearray()
        return voice, photo, contact, downloaded

    voice, photo, contact, downloaded = run(fake, scenario)
    assert voice.message.voice.file_id == "v1" and bytes(downloaded) == b"OggS-in"
    assert photo.message.photo[-1].file_id == "p1" and photo.message.caption == "kijk"
    assert contact.message.contact.phone_number == "+31612345678"
    assert contact.message.contact.user_id == CHAT


def test_commands_per_scope_and_language(fake):
    async def scenario(app):
        scope = BotCommandScopeChat(CHAT)
        await app.bot.set_my_commands([BotCommand("start", "Begin")], scope=scope, language_code="nl")
        await app.bot.set_my_commands([BotCommand("help", "Help")])
        nl = await app.bot.get_my_commands(scope=scope, language_code="nl")
        other = await app.bot.get_my_commands(scope=scope, language_code="en")
        await app.bot.delete_my_commands(scope=scope, language_code="nl")
        gone = await app.bot.get_my_commands(scope=scope, language_code="nl")
        return nl, other, gone

    nl, other, gone = run(fake, scenario)
    assert [(c.command, c.description) for c in nl] == [("start", "Begin")]
    assert other == () and gone == ()
    assert fake.commands_for() == [{"command": "help", "description": "Help"}]


def test_webhook_state(fake):
    async def scenario(app):
        await app.bot.set_webhook("https://example.org/tg", secret_token="s3cret_-x")
        info = await app.bot.get_webhook_info()
        await app.bot.delete_webhook()
        return info

    info = run(fake, scenario)
    assert info.url == "https://example.org/tg"
    assert (fake.webhook_url, fake.webhook_secret) == ("", None)
    assert fake.calls_to("setWebhook")[0].params["secret_token"] == "s3cret_-x"


def test_injected_errors(fake):
    async def scenario(app):
        fake.fail("sendMessage", 429, retry_after=3)
        with pytest.raises(RetryAfter) as retry:
            await app.bot.send_message(CHAT, "a")
        fake.fail("sendMessage", 403)
        with pytest.raises(Forbidden, match="blocked"):
            await app.bot.send_message(CHAT, "b")
        fake.fail("*", 400, migrate_to_chat_id=-100123)
        with pytest.raises(ChatMigrated) as migrated:
            await app.bot.send_poll(-555, "Q?", ["x", "y"])
        ok = await app.bot.send_message(CHAT, "c")
        return retry.value, migrated.value, ok

    retry, migrated, ok = run(fake, scenario)
    assert seconds(retry) == 3
    assert migrated.new_chat_id == -100123
    assert ok.message_id == 1  # failed calls had no effect
    assert [c.status for c in fake.calls_to("sendMessage")] == [429, 403, 200]
    assert len(fake.sent()) == 1


def test_delay_triggers_client_timeout(fake):
    async def scenario(app):
        fake.delay("sendMessage", 1.0)
        with pytest.raises(TimedOut):
            await app.bot.send_message(CHAT, "slow", read_timeout=0.2)

    run(fake, scenario)
    # the call took effect even though the client gave up
    assert fake.wait_for(lambda: len(fake.sent(CHAT)) == 1, timeout=2)


def test_flood_limits():
    with FakeTelegram(limits=FloodLimits(overall=5, per_chat=1, window=0.5)) as fake:
        async def scenario(app):
            await app.bot.send_message(CHAT, "one")
            with pytest.raises(RetryAfter) as exc:
                await app.bot.send_message(CHAT, "two")
            await app.bot.send_message(CHAT + 1, "other chat is fine")
            await asyncio.sleep(0.55)
            await app.bot.send_message(CHAT, "after the window")
            return exc.value

        error = run(fake, scenario)
        assert seconds(error) == 1
        assert fake.violations and str(CHAT) in fake.violations[0]
        assert [c.params["text"] for c in fake.sent(CHAT)] == ["one", "after the window"]


def test_wire_errors_unknown_method_and_token(fake):
    def post(path: str) -> tuple[int, dict]:
        request = urllib.request.Request(f"{fake.url}{path}", data=b"", method="POST")
        try:
            with urllib.request.urlopen(request, timeout=2) as response:
                return response.status, json.loads(response.read())
        except urllib.error.HTTPError as exc:
            return exc.code, json.loads(exc.read())

    assert post(f"/bot{fake.token}/noSuchMethod") == (
        404, {"ok": False, "error_code": 404, "description": "Not Found"})
    status, body = post("/bot999:WRONG/getMe")
    assert status == 401 and body["error_code"] == 401 and not body["ok"]
    status, body = post(f"/bot{fake.token}/getMe")
    assert status == 200 and body["result"]["username"] == "samen_test_bot"


def test_long_poll_wakes_up_on_a_pushed_update(fake):
    async def scenario(app):
        update = fake.text_update(CHAT, "eindelijk")
        timer = threading.Timer(0.2, fake.push_update, args=(update,))
        timer.start()
        began = time.monotonic()
        got = await app.bot.get_updates(timeout=2)
        return got, time.monotonic() - began

    got, took = run(fake, scenario)
    assert [u.message.text for u in got] == ["eindelijk"]
    assert 0.15 < took < 1.5


def test_deliver_posts_to_the_webhook_with_the_secret(fake):
    seen: list[tuple[str | None, dict]] = []

    class Hook(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802
            body = self.rfile.read(int(self.headers["Content-Length"]))
            seen.append((self.headers.get("X-Telegram-Bot-Api-Secret-Token"), json.loads(body)))
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args):
            pass

    hook = ThreadingHTTPServer(("127.0.0.1", 0), Hook)
    threading.Thread(target=hook.serve_forever, daemon=True).start()
    try:
        async def scenario(app):
            await app.bot.set_webhook(f"http://127.0.0.1:{hook.server_address[1]}/tg", secret_token="abc")

        run(fake, scenario)
        update = fake.text_update(CHAT, "via webhook")
        assert fake.deliver(update) == 200
    finally:
        hook.shutdown()
        hook.server_close()
    assert seen == [("abc", update)]
