"""Talking to samen without any platform: a console driver that turns typed lines into `Inbound`
messages, runs them through dispatch and the outbox sender, and returns what each person got.

`samen chat`, `samen demo` and the tests use it; everything behind it is the real service.
"""
from __future__ import annotations

import asyncio
import itertools
import threading
from dataclasses import dataclass, field

from bot.app import Samen
from bot.channels.console import ConsoleChannel, SentMessage
from bot.core.messages import Inbound, Media


@dataclass
class ConsoleDriver:
    samen: Samen
    channel: ConsoleChannel
    _ids: itertools.count = field(default_factory=lambda: itertools.count(1))
    _seen: int = 0

    def say(self, who: str, text: str = "", *, choice: str | None = None, media: tuple[Media, ...] = (),
            name: str | None = None, language: str | None = None, reply_to: str | None = None,
            external_id: str | None = None, contact_phone: str | None = None) -> list[SentMessage]:
        """One message or tap from `who` (or her own number, shared as with Telegram's contact
        button); everything the bot sent because of it (to anyone)."""
        inbound = Inbound(channel="console", address=who, external_id=external_id or f"c{next(self._ids)}",
                          received_at=self.samen.clock.now(), text=text, choice=choice, media=media,
                          language_hint=language, profile_name=name if name is not None else who,
                          reply_to=reply_to, contact_phone=contact_phone)
        self.samen.dispatcher.handle(inbound)
        return self.flush()

    def tap(self, who: str, label_or_index: str | int) -> list[SentMessage]:
        """Tap a button of the last message `who` got that had buttons, by number (1-based) or label text."""
        for sent in reversed(self.channel.inbox(who)):
            if sent.message.choices:
                choices = sent.message.choices
                if isinstance(label_or_index, int):
                    payload = choices[label_or_index - 1][0]
                else:
                    matches = [p for p, label in choices if label_or_index.casefold() in label.casefold()]
                    if not matches:
                        raise LookupError(f"{who} has no button {label_or_index!r}: {[c[1] for c in choices]}")
                    payload = matches[0]
                return self.say(who, choice=payload)
        raise LookupError(f"{who} has no message with buttons")

    def flush(self) -> list[SentMessage]:
        """Send everything due now; the messages sent since the last flush."""
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            asyncio.run(self.samen.sender.drain())
        else:  # called under a running loop (a browser test's Playwright): drain on a loop of its own
            worker = threading.Thread(target=asyncio.run, args=(self.samen.sender.drain(),))
            worker.start()
            worker.join()
        new = self.channel.sent[self._seen:]
        self._seen = len(self.channel.sent)
        return new

    def last(self, who: str) -> SentMessage:
        inbox = self.channel.inbox(who)
        if not inbox:
            raise LookupError(f"{who} got nothing")
        return inbox[-1]
