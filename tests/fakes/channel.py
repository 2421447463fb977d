"""A platform that answers from a script: each send takes the next outcome (then 'sent')."""
from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from bot.channels.base import SendResult
from bot.core.messages import Rendered


@dataclass
class ScriptedChannel:
    outcomes: list[SendResult | Exception] = field(default_factory=list)
    name: str = "scripted"
    text_limit: int = 4096
    calls: list[tuple[str, Rendered]] = field(default_factory=list)
    _ids: itertools.count = field(default_factory=lambda: itertools.count(1))

    async def send(self, address: str, message: Rendered) -> SendResult:
        self.calls.append((address, message))
        if self.outcomes:
            outcome = self.outcomes.pop(0)
            if isinstance(outcome, Exception):
                raise outcome
            return outcome
        return SendResult("sent", provider_id=f"p{next(self._ids)}")
