"""Reading a raw Telegram update (the JSON object Telegram posts) without python-telegram-bot: the
webhook's fast path, which must answer without building PTB objects (`Update.de_json` costs more
than the rest of the acknowledgement together), and the handling of the two kinds nearly every
update is (a private text, a tapped button: `plain_inbound`; `TelegramChannel.acknowledge_raw`
answers a tapped button from the dict the same way).  Kept apart from `bot.channels.telegram` so the
web process imports no SDK for it.  Anything of another shape goes through PTB.

What it buys (bench/webhook_load.py, alternating runs of the same commit with `Update.de_json` in
its place, 2 CPUs, 2026-12-07): `update_address` in the webhook, acknowledgement ratio 0.58 against
0.31 of a bare route (+87 %); `plain_inbound` and `acknowledge_raw` in handling, end to end 638/s
against 457/s handled messages (+40 %).  A property test keeps both readings equal.
"""
from __future__ import annotations

import dataclasses
import datetime as dt

from bot.core.messages import Inbound


def telegram_id(value: object) -> str | None:
    """An id as Telegram gives them (a 64-bit integer) as text; None for anything else."""
    if isinstance(value, int) and not isinstance(value, bool) and -2**63 < value < 2**63:
        return str(value)
    return None


def _dict(value: object, *keys: str) -> dict | None:
    for key in keys:
        value = value.get(key) if isinstance(value, dict) else None
    return value if isinstance(value, dict) else None


def update_address(raw: object) -> str | None:
    """Whom a raw update (the JSON object Telegram posts) is from, read without building
    python-telegram-bot objects: the webhook's fast path stores the raw update under this address and
    answers; `TelegramChannel.decode` reads it fully when it is handled.  None: nothing samen acts on,
    not stored (the same choices as `_to_inbound`: group chatter that is not a command is never kept)."""
    if not isinstance(raw, dict):
        return None
    query = _dict(raw, "callback_query")
    if query is not None:
        chat = _dict(query, "message", "chat")
        if chat is not None:
            return telegram_id(chat.get("id")) if chat.get("type") == "private" else None
        return telegram_id((_dict(query, "from") or {}).get("id"))
    answer = _dict(raw, "poll_answer")
    if answer is not None:
        return telegram_id((_dict(answer, "user") or {}).get("id"))
    message = _dict(raw, "message")
    chat = _dict(message, "chat")
    if message is None or chat is None:
        return None
    if chat.get("type") in ("group", "supergroup"):
        text = message.get("text")
        if not (isinstance(text, str) and text.startswith("/")):
            return None
        return telegram_id((_dict(message, "from") or {}).get("id"))
    return telegram_id(chat.get("id")) if chat.get("type") == "private" else None


NOT_PLAIN = object()
# what a plain private text message may hold besides its text (anything more goes through PTB)
_PLAIN_MESSAGE = frozenset({"message_id", "from", "chat", "date", "text", "entities", "link_preview_options"})


def plain_inbound(raw: object, received_at: dt.datetime) -> Inbound | None | object:
    """The Inbound of a raw update of the two kinds nearly every update is (a text in a private chat,
    a tapped button), read from the dict exactly as `TelegramChannel.to_inbound` reads PTB's
    `Update` (PTB's `de_json` costs ~150 µs an update here); `NOT_PLAIN` for any other shape or a
    field not of the shape expected, which then goes through PTB as before."""
    if not isinstance(raw, dict) or len(raw) != 2 or "update_id" not in raw:
        return NOT_PLAIN
    external_id = str(raw["update_id"])
    message = raw.get("message")
    if isinstance(message, dict):
        chat, user, text = message.get("chat"), message.get("from"), message.get("text")
        if not (message.keys() <= _PLAIN_MESSAGE and isinstance(chat, dict) and chat.get("type") == "private"
                and "id" in chat and (user is None or isinstance(user, dict)) and isinstance(text, str)):
            return NOT_PLAIN
        return typed_inbound(Inbound("telegram", str(chat["id"]), external_id, received_at, text=text or "",
                                     language_hint=user.get("language_code") if user else None,
                                     profile_name=_full_name(user) if user else None))
    query = raw.get("callback_query")
    if isinstance(query, dict):
        user, message = query.get("from"), query.get("message")
        chat = message.get("chat") if isinstance(message, dict) else None
        if not (isinstance(user, dict) and "id" in user and "id" in query and "chat_instance" in query
                and (message is None or (isinstance(chat, dict) and "id" in chat and "type" in chat))):
            return NOT_PLAIN
        if chat is not None and chat["type"] != "private":
            return None
        return typed_inbound(Inbound("telegram", str(chat["id"] if chat is not None else user["id"]), external_id,
                                     received_at, choice=query.get("data") or "",
                                     language_hint=user.get("language_code"), profile_name=_full_name(user)))
    return NOT_PLAIN


def _full_name(user: dict) -> object:
    """PTB's `User.full_name` of a user's dict."""
    first, last = user.get("first_name"), user.get("last_name")
    if not first:
        return None
    return f"{first} {last}" if last else first


def typed_inbound(inbound: Inbound) -> Inbound:
    """The Inbound with every field of the type it promises.

    NOTE: python-telegram-bot's `de_json` does not check types: a language code or a name can arrive
    as a list or a number from whoever posts to the webhook.  Text-like fields that are not text
    are dropped (a text that is not text becomes empty), never passed on."""
    def text(value: object) -> str | None:
        return value if isinstance(value, str) else None

    options = tuple(o for o in inbound.poll_options if isinstance(o, int) and not isinstance(o, bool)) \
        if isinstance(inbound.poll_options, (tuple, list)) else ()
    return dataclasses.replace(
        inbound, text=text(inbound.text) or "", choice=text(inbound.choice), language_hint=text(inbound.language_hint),
        profile_name=text(inbound.profile_name), reply_to=text(inbound.reply_to),
        contact_phone=text(inbound.contact_phone), poll_id=text(inbound.poll_id), poll_options=options)
