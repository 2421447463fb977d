"""Reminders by phone through Twilio, for members without a smartphone: an automatic call
(Programmable Voice) and SMS.  Both use the twilio `Client` of the WhatsApp channel (same account,
same `TWILIO_API_URL`) and check Twilio's signatures the same way.

- `VoiceChannel.send` places a call.  What the call says is not sent with it: Twilio fetches it from
  `POST /twilio/voice/call?row=<outbox row>` when she picks up (`bot.calls`), so the call plays the
  message in her language as it stands then; the key she presses goes to `/twilio/voice/answer`, the
  call's end to `/twilio/voice/status`.  A call costs one unit.
- `SmsChannel.send` sends a text without emoji or typography (`bot.core.sms.for_sms`: Dutch stays in
  the cheap GSM-7 alphabet), its choices numbered; replies come to `POST /twilio/sms`, delivery
  reports to the shared `/twilio/status`.  Twilio's advanced opt-out answers STOP and START itself
  and tells us with `OptOutType`: samen stops or resumes her as for the words "stop" and "start".
"""
from __future__ import annotations

import asyncio
import functools
from typing import Any, Callable, Mapping

import requests
from twilio.base.exceptions import TwilioRestException
from twilio.rest import Client

from bot.channels.base import SendResult
from bot.channels.whatsapp import WhatsAppChannel, classify_error
from bot.core.messages import Inbound, Rendered
from bot.core.sms import for_sms, segments


def _e164(number: str) -> str:
    return number if number.startswith("+") else f"+{number.lstrip('0')}"


class _Twilio(WhatsAppChannel):
    """What the phone channels share with WhatsApp's: the client, signatures, the public URL."""

    window_hours = None  # no 24-hour window and no templates: a call or an SMS may go at any time
    template_locales = frozenset()

    def __init__(self, client: Client, sender: str, auth_token: str, *, public_url: str | None,
                 api_url: str = "https://api.twilio.com", requests_at_once: int = 8) -> None:
        super().__init__(client, sender, auth_token, public_url=public_url, api_url=api_url,
                         requests_at_once=requests_at_once)
        self.sender = _e164(sender.removeprefix("whatsapp:"))

    def accepts_media(self, ref: str) -> bool:
        return True  # a call fetches its clips while it rings (`bot.calls`); an SMS carries none

    async def _create(self, create: Callable[..., Any], **kwargs: Any) -> SendResult | Any:
        try:
            return await asyncio.get_running_loop().run_in_executor(self._threads, functools.partial(create, **kwargs))
        except TwilioRestException as exc:
            return classify_error(exc.status, exc.code)
        except requests.exceptions.ConnectTimeout:
            return SendResult("retry", error="connect timeout")
        except requests.exceptions.Timeout:
            return SendResult("unknown", error="read timeout")
        except requests.exceptions.ConnectionError as exc:
            if "Connection refused" in str(exc) or "Failed to establish" in str(exc):
                return SendResult("retry", error="connection refused")
            return SendResult("unknown", error="connection broken")


class VoiceChannel(_Twilio):
    """Places reminder calls; `bot.calls` answers Twilio's questions during the call."""

    name = "voice"
    text_limit = 100_000  # spoken, never split
    ring_seconds = 30  # then "no-answer"

    async def send(self, address: str, message: Rendered) -> SendResult:
        ref = f"?row={message.status_ref}" if message.status_ref else ""
        created = await self._create(
            self.client.calls.create, to=address, from_=self.sender, method="POST",
            url=f"{self.public_url}/twilio/voice/call{ref}", timeout=self.ring_seconds,
            status_callback=f"{self.public_url}/twilio/voice/status{ref}", status_callback_method="POST")
        if isinstance(created, SendResult):
            return created
        return SendResult("sent", provider_id=created.sid, units=1)

    def to_inbound(self, params: Mapping[str, str], received_at: Any) -> Inbound | None:
        return None  # a call's key press is read by `bot.calls`, not as a message

    async def delete(self, provider_id: str) -> str:
        """Delete a call's record (her number, when, how long) from Twilio's logs."""
        try:
            await asyncio.to_thread(self.client.calls(provider_id).delete)
        except TwilioRestException as exc:
            if exc.status == 404:
                return "done"
            # NOTE: a call still ringing or going on cannot be deleted yet
            return "retry" if exc.status in (409, 429) or (exc.status or 0) >= 500 else "failed"
        except requests.exceptions.RequestException:
            return "retry"
        return "done"


class SmsChannel(_Twilio):
    """Sends and receives SMS."""

    name = "sms"
    text_limit = 1500  # NOTE: Twilio takes 1,600 characters (10 UCS-2 segments); a reminder is 1 or 2

    async def send(self, address: str, message: Rendered) -> SendResult:
        body = sms_text(message)
        kwargs: dict[str, Any] = {"from_": self.sender, "to": address, "body": body}
        if self.status_callback and self.public_url:
            ref = f"?row={message.status_ref}" if message.status_ref else ""
            kwargs["status_callback"] = f"{self.public_url}/twilio/status{ref}"
        created = await self._create(self.client.messages.create, **kwargs)
        if isinstance(created, SendResult):
            return created
        return SendResult("sent", provider_id=created.sid, units=segments(body))

    def to_inbound(self, params: Mapping[str, str], received_at: Any) -> Inbound | None:
        sid = params.get("MessageSid") or params.get("SmsMessageSid")
        sender = params.get("From", "")
        if not sid or not sender or sender.startswith("whatsapp:"):
            return None
        text = params.get("Body", "")
        # NOTE: Twilio's advanced opt-out has already answered STOP (in any of its words) and blocks
        # further texts until START: samen follows, whatever language the word was in.
        opt = (params.get("OptOutType") or "").upper()
        if opt == "STOP":
            text = "/stop"
        elif opt == "START":
            text = "/start"
        return Inbound("sms", sender, sid, received_at, text=text)


def sms_text(message: Rendered) -> str:
    """A rendered message as its SMS: the text, then its choices as "1 Ik kom" lines."""
    lines = [message.text]
    if message.choices:
        lines += [f"{i} {label}" for i, (_payload, label) in enumerate(message.choices, start=1)]
    return for_sms("\n".join(lines))
