"""The console channel: messages to and from a terminal, for `samen chat`, the demo and tests.

It keeps the adapter contract like every other channel: numbered choices (there are no buttons in
a terminal), one line on how to answer, and a `SendResult` for every message.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Callable

from bot.channels.base import SendResult
from bot.core.messages import Rendered

KEYCAPS = ["0️⃣", "1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣", "🔟"]


def keycap(n: int) -> str:
    """A number as keycap emoji, as WhatsApp and the console show numbered choices."""
    if 0 <= n <= 10:
        return KEYCAPS[n]
    return "".join(KEYCAPS[int(d)] for d in str(n))


def as_plain_text(message: Rendered) -> str:
    """A rendered message for a channel without buttons: text, numbered choices, how to answer."""
    lines = [message.text]
    media = message.media
    if media is not None and media.ref.startswith("speech:"):  # a spoken message: how long, which language
        lines = [line for line in lines if line] + [f"[voice {media.duration} s, {message.locale}]"]
    elif media is not None:
        lines.append(f"[{media.kind}: {media.ref}]")
    if message.choices:
        lines.append("")
        lines += [f"{keycap(i)} {label}" for i, (_payload, label) in enumerate(message.choices, start=1)]
        if message.how_to_answer:
            lines.append(message.how_to_answer)
    return "\n".join(lines)


@dataclass
class SentMessage:
    address: str
    message: Rendered
    provider_id: str

    @property
    def text(self) -> str:
        return as_plain_text(self.message)


@dataclass
class ConsoleChannel:
    """Delivers to an in-memory transcript and, optionally, to a printer (the terminal)."""

    printer: Callable[[str, Rendered], None] | None = None
    name: str = "console"
    text_limit: int = 100_000
    sent: list[SentMessage] = field(default_factory=list)
    _ids: itertools.count = field(default_factory=lambda: itertools.count(1))

    async def send(self, address: str, message: Rendered) -> SendResult:
        provider_id = f"console-{next(self._ids)}"
        self.sent.append(SentMessage(address, message, provider_id))
        if self.printer is not None:
            self.printer(address, message)
        return SendResult("sent", provider_id=provider_id)

    def inbox(self, address: str) -> list[SentMessage]:
        """Everything sent to one address, oldest first."""
        return [m for m in self.sent if m.address == address]
