"""The Telegram channel: python-telegram-bot composed, never subclassed.

- Inbound: every `Update` becomes a frozen `Inbound` at this edge (text, commands, button taps,
  native poll answers, voice notes and photos as `tg:<file_id>`, a shared contact), with the
  `update_id` as external id for deduplication.  Webhooks (`POST /telegram/webhook`, secret checked
  in constant time) or polling (no public URL) feed the same path.
- Outbound: a `Rendered` message becomes sendMessage with an inline keyboard (one button per row),
  a native non-anonymous poll, a voice note or photo (by file id, or uploaded from a stored file),
  or a contact-request keyboard; always HTML parse mode with everything escaped.  `send` only
  sends and classifies (see `bot.channels.base`); pacing and retries are the outbox sender's.
- A tapped button is answered (`answerCallbackQuery`) and its message edited to show the choice.
- Command menus in every language (two-letter codes; `tl` for Tagalog), and a per-chat menu in the
  member's own language, Papiamento included (`set_chat_menu`: the outbox sets it once per chat
  and language and remembers it in the database).
"""
from __future__ import annotations

import datetime as dt
import html
import logging
import os
from typing import Awaitable, Callable

import httpx
from telegram import (
    BotCommand,
    BotCommandScopeChat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputFile,
    KeyboardButton,
    ReplyKeyboardMarkup,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import BadRequest, ChatMigrated, Forbidden, InvalidToken, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.ext import Application, ApplicationBuilder

from bot.channels.base import SendResult
from bot.channels.telegram_raw import NOT_PLAIN, plain_inbound, typed_inbound
from bot.core.i18n import Catalog
from bot.core.messages import Inbound, Media, Rendered
from bot.media import scheme

# NOTE: PTB 22 returns durations as int with a deprecation warning unless this opt-in is set; samen
# reads both forms (see `_seconds`), so opting in only silences the warning.
os.environ.setdefault("PTB_TIMEDELTA", "true")

log = logging.getLogger(__name__)

COMMANDS = ("help", "language", "voice", "stop", "start", "mydata", "forget", "menu")
# NOTE: setMyCommands takes two-letter ISO 639-1 codes and follows the app's language: Tagalog is
# `tl`; Papiamento has no two-letter code, so it only gets per-chat menus.
MENU_CODES = {"nl": "nl", "en": "en", "ar": "ar", "tr": "tr", "pl": "pl", "bg": "bg", "es": "es", "fil": "tl"}
MediaLoader = Callable[[str], Awaitable[tuple[bytes, str]]]


def build_application(token: str, api_url: str, file_url: str, *, polling: bool,
                      connect_timeout: float = 5.0, read_timeout: float = 10.0, write_timeout: float = 20.0,
                      pool_timeout: float = 5.0) -> Application:
    """A python-telegram-bot Application against the configured Bot API (time-outs always set)."""
    builder = (ApplicationBuilder().token(token).base_url(api_url).base_file_url(file_url)
               .connect_timeout(connect_timeout).read_timeout(read_timeout).write_timeout(write_timeout)
               .pool_timeout(pool_timeout).get_updates_read_timeout(read_timeout + 30))
    if not polling:
        builder = builder.updater(None)
    return builder.build()


class TelegramChannel:
    """Sends and classifies for Telegram, and turns updates into `Inbound` messages."""

    name = "telegram"
    text_limit = 4096
    caption_limit = 1024

    def __init__(self, application: Application, catalog: Catalog, load_media: MediaLoader | None = None) -> None:
        self.application = application
        self.catalog = catalog
        self.load_media = load_media
        # A spoken message's clip never changes (`speech:<key>` names its content): uploaded once,
        # then sent again by the file id Telegram gave it, as a wave sends one clip to many.
        self.uploaded: dict[str, str] = {}

    @property
    def bot(self):  # noqa: ANN201 - the python-telegram-bot Bot
        return self.application.bot

    @property
    def username(self) -> str | None:
        try:
            return self.bot.username
        except RuntimeError:  # not initialised yet
            return None

    def deep_link(self, code: str) -> str | None:
        """`https://t.me/<bot>?start=<code>`, once the bot's username is known."""
        return f"https://t.me/{self.username}?start={code}" if self.username else None

    def accepts_media(self, ref: str) -> bool:
        """Telegram file ids go as they are; stored media and spoken messages are uploaded; other refs
        are bridged first."""
        return scheme(ref) in ("tg", "media", "speech")

    # -- life cycle -----------------------------------------------------------------------
    async def start(self) -> None:
        """Initialise (getMe) and set the command menus of every language."""
        await self.application.initialize()
        await self.application.start()
        for locale, code in MENU_CODES.items():
            await self._set_menu(locale, language_code=code)
        await self._set_menu("nl")

    async def stop(self) -> None:
        if self.application.updater is not None and self.application.updater.running:
            await self.application.updater.stop()
        if self.application.running:
            await self.application.stop()
        await self.application.shutdown()

    def _commands(self, locale: str) -> list[BotCommand]:
        return [BotCommand(name, self.catalog.format(locale, f"command-{name}")[:256]) for name in COMMANDS]

    async def _set_menu(self, locale: str, language_code: str | None = None) -> None:
        try:
            await self.bot.set_my_commands(self._commands(locale), language_code=language_code)
        except TelegramError as exc:  # a menu is a nicety: never block a message for it
            log.warning("setMyCommands failed: %s", type(exc).__name__)

    async def set_chat_menu(self, address: str, locale: str) -> bool:
        """A private chat's command menu in the member's own language (also for Papiamento, which has
        no language-code menu); whether it was set.  The outbox sender calls it before the first
        message in a new language and remembers the answer in the database."""
        try:
            chat_id = int(address)
        except ValueError:
            return False
        if chat_id < 0:  # group chats keep the default menu
            return False
        scope = BotCommandScopeChat(chat_id)
        try:
            return bool(await self.bot.set_my_commands(self._commands(locale), scope=scope))
        except TelegramError as exc:  # a menu is a nicety: never block a message for it
            log.warning("setMyCommands failed: %s", type(exc).__name__)
            return False

    # -- sending --------------------------------------------------------------------------
    async def send(self, address: str, message: Rendered) -> SendResult:
        try:
            chat_id = int(address)
        except ValueError:
            return SendResult("failed", error="not a Telegram chat id")
        try:
            sent = await self._send(chat_id, message)
        except RetryAfter as exc:
            wait = exc.retry_after
            seconds = wait.total_seconds() if isinstance(wait, dt.timedelta) else float(wait)
            return SendResult("retry", retry_after=seconds, error="429")
        except Forbidden:
            return SendResult("unreachable", error="403")
        except ChatMigrated as exc:
            return SendResult("moved", new_address=str(exc.new_chat_id), error="migrated")
        except InvalidToken:
            return SendResult("retry", error="invalid token")  # a configuration fault: keep the message
        except TimedOut as exc:
            # NOTE: only the cause tells whether the request left: a connect time-out did not.
            if isinstance(exc.__cause__, (httpx.ConnectTimeout, httpx.PoolTimeout)) or "Pool timeout" in str(exc):
                return SendResult("retry", error="connect timeout")
            return SendResult("unknown", error="timeout")
        except BadRequest as exc:
            return SendResult("failed", error=f"400 {str(exc)[:150]}")
        except NetworkError as exc:
            # NOTE: an HTTP 5xx arrives as a NetworkError without a cause (Telegram answered: it
            # failed); a connect error never left; anything else broke mid-request and may have left.
            if exc.__cause__ is None or isinstance(exc.__cause__, httpx.ConnectError):
                return SendResult("retry", error="5xx or connect error")
            return SendResult("unknown", error=type(exc.__cause__).__name__)
        except TelegramError as exc:
            return SendResult("failed", error=type(exc).__name__)
        return SendResult("sent", provider_id=sent)

    async def _send(self, chat_id: int, message: Rendered) -> str:
        text = html.escape(message.text)
        if message.poll and 2 <= len(message.choices) <= 12:
            poll = await self.bot.send_poll(chat_id, question=message.text[:300],
                                            options=[label[:100] for _p, label in message.choices],
                                            # polls in a group chat are anonymous: members see no one's vote
                                            is_anonymous=chat_id < 0, allows_multiple_answers=False)
            return f"poll:{poll.poll.id}"
        markup = self._markup(message)
        if message.media is not None:
            return str(await self._send_media(chat_id, message, text, markup))
        sent = await self.bot.send_message(chat_id, text, parse_mode=ParseMode.HTML, reply_markup=markup)
        return str(sent.message_id)

    def _markup(self, message: Rendered):  # noqa: ANN202
        if message.request_contact and message.choices:
            return ReplyKeyboardMarkup([[KeyboardButton(message.choices[0][1], request_contact=True)]],
                                       one_time_keyboard=True, resize_keyboard=True)
        if message.choices:
            rows = []
            for payload, label in message.choices:
                if len(payload.encode()) > 64:  # NOTE: Telegram refuses callback data over 64 bytes
                    raise BadRequest(f"callback data too long: {payload[:20]}…")
                rows.append([InlineKeyboardButton(label, callback_data=payload)])
            return InlineKeyboardMarkup(rows)
        return None

    async def _send_media(self, chat_id: int, message: Rendered, text: str, markup) -> int:  # noqa: ANN001
        media = message.media
        assert media is not None
        if scheme(media.ref) == "tg":
            payload: object = media.ref.split(":", 1)[1]
        elif media.ref in self.uploaded:
            payload = self.uploaded[media.ref]
        elif self.load_media is not None:
            data, content_type = await self.load_media(media.ref)
            payload = data
            if media.kind == "document":  # a file gets a name people recognise
                suffix = {"application/json": "json", "application/pdf": "pdf", "text/csv": "csv"}.get(
                    content_type or media.content_type, "bin")
                payload = InputFile(data, filename=f"samen.{suffix}")
        else:
            raise BadRequest("no way to load this media")
        caption = text if len(text) <= self.caption_limit else None
        kwargs = {"caption": caption, "parse_mode": ParseMode.HTML if caption else None, "reply_markup": markup}
        if media.kind == "voice":
            try:
                sent = await self.bot.send_voice(chat_id, payload, duration=media.duration, **kwargs)
            except BadRequest:
                self.uploaded.pop(media.ref, None)  # a file id Telegram no longer knows: uploaded next time
                raise
            if scheme(media.ref) == "speech" and sent.voice is not None and len(self.uploaded) < 10_000:
                self.uploaded[media.ref] = sent.voice.file_id
        elif media.kind == "photo":
            sent = await self.bot.send_photo(chat_id, payload, **kwargs)
        elif media.kind == "audio":
            sent = await self.bot.send_audio(chat_id, payload, **kwargs)
        else:
            sent = await self.bot.send_document(chat_id, payload, **kwargs)
        if caption is None:  # a text too long for a caption follows the media
            await self.bot.send_message(chat_id, text, parse_mode=ParseMode.HTML)
        return sent.message_id

    async def fetch(self, ref: str) -> tuple[bytes, str]:
        """Download a `tg:<file_id>` through getFile (for another channel)."""
        file = await self.bot.get_file(ref.split(":", 1)[1])
        data = await file.download_as_bytearray()
        path = file.file_path or ""
        content_type = ("audio/ogg" if path.endswith((".oga", ".ogg")) else
                        "image/jpeg" if path.endswith((".jpg", ".jpeg")) else "application/octet-stream")
        return bytes(data), content_type

    # -- receiving ------------------------------------------------------------------------
    def to_inbound(self, update: Update, received_at: dt.datetime) -> Inbound | None:
        """Normalise an update; None for updates samen does not act on (edits, group chatter)."""
        inbound = self._to_inbound(update, received_at)
        return typed_inbound(inbound) if inbound is not None else None

    def decode(self, raw: dict, received_at: dt.datetime) -> Inbound | None:
        """A stored raw update (`bot.channels.telegram_raw`) normalised when it is handled: a plain
        text or a tapped button in a private chat read straight from the dict, anything else
        through python-telegram-bot's `Update.de_json`."""
        found = plain_inbound(raw, received_at)
        if found is not NOT_PLAIN:
            return found  # type: ignore[return-value]
        update = Update.de_json(raw, self.bot)
        return self.to_inbound(update, received_at) if update is not None else None

    def _to_inbound(self, update: Update, received_at: dt.datetime) -> Inbound | None:
        external_id = str(update.update_id)
        if update.callback_query is not None:
            query = update.callback_query
            chat = query.message.chat if query.message is not None else None
            if chat is not None and chat.type != "private":
                return None
            return Inbound("telegram", str(chat.id if chat else query.from_user.id), external_id, received_at,
                           choice=query.data or "", language_hint=query.from_user.language_code,
                           profile_name=query.from_user.full_name)
        if update.poll_answer is not None:
            answer = update.poll_answer
            if answer.user is None:
                return None
            # NOTE: poll answers carry no chat; in a private chat the chat id is the user id.
            return Inbound("telegram", str(answer.user.id), external_id, received_at, poll_id=answer.poll_id,
                           poll_options=tuple(answer.option_ids), language_hint=answer.user.language_code,
                           profile_name=answer.user.full_name)
        message = update.message
        if message is None:
            return None
        if message.chat.type in ("group", "supergroup"):
            # NOTE: with privacy mode on, a bot only sees commands in groups; samen acts on `/link`
            # and `/unlink` there and answers other commands with one line; chatter is never read.
            text = message.text or ""
            if not text.startswith("/") or message.from_user is None or message.from_user.is_bot:
                return None
            return Inbound("telegram", str(message.from_user.id), external_id, received_at, text=text,
                           language_hint=message.from_user.language_code, chat=str(message.chat.id))
        if message.chat.type != "private":
            return None
        user = message.from_user
        media: list[Media] = []
        if message.voice is not None:
            media.append(Media("voice", f"tg:{message.voice.file_id}", message.voice.mime_type or "audio/ogg",
                               _seconds(message.voice.duration)))
        if message.audio is not None:
            media.append(Media("audio", f"tg:{message.audio.file_id}", message.audio.mime_type or "",
                               _seconds(message.audio.duration)))
        if message.photo:
            media.append(Media("photo", f"tg:{message.photo[-1].file_id}", "image/jpeg"))
        if message.document is not None:
            media.append(Media("document", f"tg:{message.document.file_id}", message.document.mime_type or ""))
        if message.video is not None or message.video_note is not None:
            video = message.video or message.video_note
            media.append(Media("video", f"tg:{video.file_id}", "video/mp4", _seconds(video.duration)))
        contact = None
        if message.contact is not None and user is not None and message.contact.user_id == user.id:
            contact = message.contact.phone_number  # only a person's own number, never someone else's
        return Inbound(
            "telegram", str(message.chat.id), external_id, received_at,
            text=message.text or message.caption or "", media=tuple(media),
            language_hint=user.language_code if user else None,
            profile_name=user.full_name if user else None,
            reply_to=str(message.reply_to_message.message_id) if message.reply_to_message else None,
            contact_phone=contact,
        )

    async def acknowledge(self, update: Update) -> None:
        """Answer a tapped button and show the chosen answer in place of the keyboard."""
        query = update.callback_query
        if query is None:
            return
        message = query.message
        text = getattr(message, "text", None) if message is not None else None
        markup = getattr(message, "reply_markup", None)
        buttons = [(button.text, button.callback_data) for row in (markup.inline_keyboard if markup else ())
                   for button in row]
        await self._acknowledge(query.id, query.data, message.chat.id if text else None,
                                message.message_id if text else None, text, buttons)

    async def acknowledge_raw(self, raw: dict) -> None:
        """`acknowledge` for a stored raw update (the handling loop's taps), read from the dict: no
        `Update.de_json` for a tap that is read again, from the dict, when it is handled."""
        try:
            query = raw["callback_query"]
            message = query.get("message") or {}
            text = message.get("text")
            rows = (message.get("reply_markup") or {}).get("inline_keyboard") or ()
            buttons = [(button.get("text"), button.get("callback_data")) for row in rows for button in row]
            chat_id, message_id = (message["chat"]["id"], message["message_id"]) if text else (None, None)
            query_id, data = query["id"], query.get("data")
        except (KeyError, TypeError, AttributeError):
            log.info("a tapped button that does not read was not answered")
            return
        await self._acknowledge(query_id, data, chat_id, message_id, text, buttons)

    async def _acknowledge(self, query_id: str, data: object, chat_id: object, message_id: object, text: object,
                           buttons: list[tuple[object, object]]) -> None:
        try:
            await self.bot.answer_callback_query(query_id)
            if not isinstance(text, str) or not text:
                return
            label = next((label for label, payload in buttons if payload == data), None)
            if not isinstance(label, str):
                return
            await self.bot.edit_message_text(f"{html.escape(text)}\n\n➡️ {html.escape(label)}",
                                             chat_id=chat_id, message_id=message_id,
                                             parse_mode=ParseMode.HTML, reply_markup=None)
        except TelegramError as exc:  # an old message may not be editable any more: the answer counts
            log.info("could not acknowledge a button: %s", type(exc).__name__)


def _seconds(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, dt.timedelta):
        return int(value.total_seconds())
    return int(value)  # type: ignore[call-overload]

