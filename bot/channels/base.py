"""The contract between the outbox sender and a channel adapter.

An adapter's `send` returns one `SendResult`:
- sent (with the provider's id);
- retry (429, 5xx, a time-out before the request left), optionally with a retry-after;
- failed (400-class: the message itself is wrong);
- unknown (a time-out after the request may have left: never resent blindly);
- unreachable (the person blocked the bot or opted out at the platform);
- window_closed (WhatsApp outside the 24-hour window);
- moved (the chat moved; resend to `new_address`).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from bot.core.messages import Rendered

OUTCOMES = ("sent", "retry", "failed", "unknown", "unreachable", "window_closed", "moved")


@dataclass(frozen=True)
class SendResult:
    outcome: str
    provider_id: str | None = None
    retry_after: float | None = None
    new_address: str | None = None
    error: str | None = None
    units: int | None = None  # what it cost where that is counted: 1 for a call, an SMS's segments

    def __post_init__(self) -> None:
        if self.outcome not in OUTCOMES:
            raise ValueError(f"unknown send outcome {self.outcome!r}")


class Channel(Protocol):
    """What the outbox sender needs of an adapter."""

    name: str
    text_limit: int

    async def send(self, address: str, message: Rendered) -> SendResult: ...
