"""The context a handler runs in (one database transaction, the clock, the member) and the small
helpers every handler shares: answering, asking a question with choices, waiting for typed input.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from random import Random
from typing import Any, Callable, Iterable, Mapping

from sqlalchemy.orm import Session

from bot.core.clock import Clock
from bot.core.i18n import Catalog
from bot.core.messages import Choice, Inbound, Media, Outbound
from storage.models import Member


@dataclass(frozen=True)
class Policy:
    """Tunable numbers of the conversation (all injectable, so tests can shrink them)."""

    invite_days: int = 14
    invite_uses: int = 15
    facilitator_invite_uses: int = 2
    reply_window: dt.timedelta = dt.timedelta(hours=2)  # ↩ Reply: the facilitator's next message
    input_window: dt.timedelta = dt.timedelta(hours=1)  # waiting for typed input (a name, a number)
    # A question that also takes a few words (a wish, the leader's own vote option) reads text as its
    # answer only this long after it was asked; later text is a message to the leader again.
    free_text_window: dt.timedelta = dt.timedelta(minutes=10)
    max_name: int = 60
    inbound_per_minute: int = 20  # more from one person within a minute is not handled (abuse, loops)
    telegram_username: str | None = None  # for invite deep links, known once Telegram is initialised
    whatsapp_number: str | None = None  # for click-to-chat invite links
    web_url: str | None = None  # where the web page is served (sign-in links point there)
    # Reminders by phone for members without a smartphone: the channels configured ("voice": an
    # automatic call, "sms"), an organisation's default monthly limit (calls plus SMS segments), and
    # when an unanswered call is tried once more.
    phone_channels: frozenset[str] = frozenset()
    phone_limit: int = 400
    call_again_after: dt.timedelta = dt.timedelta(hours=1)


@dataclass
class Context:
    """One unit of work: a transaction, the clock, the inbound message and who sent it."""

    db: Session
    clock: Clock
    catalog: Catalog
    inbound: Inbound | None = None
    member: Member | None = None
    policy: Policy = field(default_factory=Policy)
    rng: Random | None = None
    timer_status: str = "done"  # a timer handler sets "dropped" when there was nothing left to do
    # Messages a helper adds on the side (a coordinator told once that a group has no leader): sent
    # with whatever the handler returns.
    later: list[Outbound] = field(default_factory=list)

    def now(self) -> dt.datetime:
        return self.clock.now()

    @property
    def locale(self) -> str:
        if self.member is not None:
            return self.member.language
        return self.catalog.chain(self.inbound.language_hint if self.inbound else None)[0]

    # -- building intents -------------------------------------------------------------------
    def reply(self, message_id: str, args: Mapping[str, Any] | None = None, *,
              choices: Iterable[Choice] = (), media: Media | None = None) -> Outbound:
        """An answer to whoever sent the inbound message (a member, or a stranger's address)."""
        if self.member is not None:
            return Outbound(message_id, dict(args or {}), member_id=self.member.id, choices=tuple(choices),
                            media=media, kind="reply",
                            channel=self.inbound.channel if self.inbound else None,
                            address=self.inbound.address if self.inbound else None)
        assert self.inbound is not None
        return Outbound(message_id, dict(args or {}), channel=self.inbound.channel, address=self.inbound.address,
                        locale=self.locale, choices=tuple(choices), media=media, kind="reply")

    def wait_for(self, member: Member, question: str, data: Mapping[str, Any] | None = None,
                 window: dt.timedelta | None = None) -> None:
        """Remember that the member's next typed message answers `question`.

        A question asked of someone else (by a timer, or by another person's action) never replaces
        one they are answering now (↩ Reply, a name): it waits behind it (`done_waiting`)."""
        until = self.now() + (window or self.policy.input_window)
        current = self.waiting(member)
        if member is not self.member and current is not None and current[0] != question:
            member.question_data = {**current[1], "then": [question, dict(data or {}), until.isoformat()]}
            return
        member.question = question
        member.question_data = dict(data or {})
        member.question_until = until

    def waiting(self, member: Member) -> tuple[str, dict[str, Any]] | None:
        """The typed input this member is expected to give, if it has not expired."""
        if member.question and member.question_until and member.question_until > self.now():
            return member.question, dict(member.question_data or {})
        return None

    def done_waiting(self, member: Member) -> None:
        """The question is answered (or given up); one that waited behind it is open again."""
        later = (member.question_data or {}).get("then") if self.waiting(member) is not None else None
        member.question = None
        member.question_data = None
        member.question_until = None
        if later:
            question, data, until = later
            if dt.datetime.fromisoformat(until) > self.now():
                member.question, member.question_data = question, data
                member.question_until = dt.datetime.fromisoformat(until)


Handler = Callable[[Context], list[Outbound]]
PayloadHandler = Callable[[Context, list[str]], list[Outbound]]
