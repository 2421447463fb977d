"""WhatsApp's 24-hour window, as the outbox sender applies it to a claimed row.

Inside the window (the person wrote less than 24 hours ago, kept a minute on the safe side) a message
goes as it is, with up to three choices as quick-reply buttons where a quick-reply template is
configured for it.  Outside it only an approved template may go: the message's text becomes the
template's one variable.  A language Meta has no template language for (Papiamentu) goes in the
frame of a language its readers also read (`TEMPLATE_FRAME`: Dutch), with her own text inside.
Where no template can exist or none is configured, the row is held until the person writes again,
and the sender tells the leader (`Held`).  Channels without a window
(Telegram, the console) are not touched.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy.orm import Session

from bot.channels.base import Channel
from bot.channels.console import as_plain_text
from bot.core.messages import Rendered
from storage import queries
from storage.models import OutboxMessage

# Message kinds with a WhatsApp template of their own; every other kind uses the "notice" template.
TEMPLATE_KINDS = ("reminder", "relay", "notice", "broadcast")
TEMPLATE_VARIABLE_LIMIT = 1000
# Languages without a WhatsApp template language, and whose template frame carries their text.
TEMPLATE_FRAME = {"pap": "nl"}


class Held(NamedTuple):
    """The row waits until the person writes again; `since`: when they last wrote (None: never)."""

    since: dt.datetime | None

    @property
    def key(self) -> str:
        """Tells the leader once per stretch of silence."""
        return f"{self.since:%Y%m%d%H%M}" if self.since else "never"


def frame_of(locale: str, languages: frozenset[str]) -> str | None:
    """The template language whose approved frame carries a message in `locale`, or None."""
    if locale in languages:
        return locale
    frame = TEMPLATE_FRAME.get(locale)
    return frame if frame in languages else None


@dataclass
class Window:
    channels: dict[str, Channel]
    margin: dt.timedelta = dt.timedelta(minutes=1)
    # templates asked for, (kind, locale) → content SID: one Window serves one claim, whose rows ask the same
    _sids: dict[tuple[str, str], str | None] = dataclasses.field(default_factory=dict)

    def of(self, channel: str) -> dt.timedelta | None:
        """How long after a person's last message the channel allows free-form messages."""
        hours = getattr(self.channels.get(channel), "window_hours", None)
        return dt.timedelta(hours=hours) - self.margin if hours else None

    def fit(self, db: Session, row: OutboxMessage, message: Rendered, now: dt.datetime) -> Rendered | Held:
        """The message as it may go to `row`'s address now, or `Held`."""
        window = self.of(row.channel)
        if window is None:
            return message
        address = queries.address_of(db, row.channel, row.address)
        last = address.last_inbound_at if address is not None else None
        # A row without a member answers a stranger (or someone just erased) who wrote a moment ago.
        if row.member_id is None or (last is not None and now - last < window):
            return self._quick_replies(db, row, message)
        kind = row.kind if row.kind in TEMPLATE_KINDS else "notice"
        frame = frame_of(message.locale, getattr(self.channels.get(row.channel), "template_locales", frozenset()))
        sid = self._template_sid(db, kind, frame) if frame is not None else None
        if sid is None:
            return Held(last)
        body = as_plain_text(dataclasses.replace(message, media=None))
        if len(body) > TEMPLATE_VARIABLE_LIMIT:
            body = body[: TEMPLATE_VARIABLE_LIMIT - 1] + "…"
        return dataclasses.replace(message, template=(sid, {"1": body}))

    def _template_sid(self, db: Session, kind: str, locale: str) -> str | None:
        if (kind, locale) not in self._sids:
            self._sids[kind, locale] = queries.template_sid(db, kind, locale)
        return self._sids[kind, locale]

    def _quick_replies(self, db: Session, row: OutboxMessage, message: Rendered) -> Rendered:
        """Up to three choices as quick-reply buttons where a quick-reply template is configured for
        this message and locale (kind `quick:<message id>`; variables: 1 the text, 2-4 the payloads)."""
        if not 1 <= len(message.choices) <= 3 or message.media is not None:
            return message
        sid = self._template_sid(db, f"quick:{row.message_id}", message.locale)
        if sid is None:
            return message
        variables = {"1": message.text[:TEMPLATE_VARIABLE_LIMIT]}
        variables.update({str(i): payload for i, (payload, _label) in enumerate(message.choices, start=2)})
        return dataclasses.replace(message, template=(sid, variables))
