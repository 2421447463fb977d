"""Reading a raw Telegram update (the JSON object Telegram posts) without python-telegram-bot: the
webhook's fast path, which must answer without building PTB objects (`Update.de_json` costs more
than the rest of the acknowledgement together).  Kept apart from `bot.channels.telegram` so the
web process imports no SDK for it.
"""
from __future__ import annotations


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
