"""A reminder call while it happens: Twilio asks samen what to say and tells it which key she pressed
and how the call ended.  Every request is signed by Twilio (checked as for WhatsApp: 403 otherwise,
and nothing is recorded) and names the call's outbox row (`?row=`).

- `POST /twilio/voice/call`: the TwiML of the call, made with the `twilio` library's
  `VoiceResponse`: her leader's recorded clip if there is one, then the message spoken in her
  language with its answers as keys ("press 1: I'm coming"), inside a `<Gather>` of one key; said a
  second time if no key came.  The spoken message is eSpeak NG's (`bot.speech`) as WAV, served from
  `GET /media/{token}` (Twilio's `<Play>` takes WAV, not OGG); a locale without a voice is read by
  Twilio's own `<Say>`.
- `POST /twilio/voice/answer`: the key becomes the choice it stands for and runs through the chat's
  own handler (`Dispatcher.act`), exactly like a tap; what the chat would have answered her is said,
  then the call ends.  A key that is no answer says so and plays the message again.
- `POST /twilio/voice/status`: the call's end (`handlers.calls.call_ended`): no answer, busy or
  failed → tried once more later, then her leaders are told.
"""
from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl

from sqlalchemy.exc import SQLAlchemyError
from starlette.requests import Request
from starlette.responses import Response
from twilio.twiml.voice_response import VoiceResponse

from bot.core.messages import Choice, Media, decode_args
from bot.core.spoken import has_voice
from bot.speech import WAV, to_wav
from handlers import calls
from storage.models import Member, OutboxMessage

if TYPE_CHECKING:
    from bot.channels.phone import VoiceChannel

log = logging.getLogger(__name__)

# Twilio's own voices for a locale eSpeak NG cannot speak (and the fallback when a clip fails).
SAY_LANGUAGES = {"nl": "nl-NL", "en": "en-GB", "ar": "arb", "tr": "tr-TR", "pl": "pl-PL", "bg": "bg-BG",
                 "es": "es-ES", "fil": "fil-PH", "pap": "nl-NL"}
GATHER_SECONDS = 8


@dataclass(frozen=True)
class _Call:
    """What a call is about, read from its outbox row."""

    row_id: int
    member_id: int
    locale: str
    message_id: str
    args: dict[str, Any]
    choices: tuple[Choice, ...]
    media: Media | None


def wav_fetcher(load):  # noqa: ANN001, ANN201 - MediaBridge.load -> a fetcher of `wav:<ref>`
    """`wav:<reference>`: a recorded voice note as WAV, for a call to play."""

    async def fetch(ref: str) -> tuple[bytes, str]:
        data, _content_type = await load(ref.split(":", 1)[1])
        return await asyncio.to_thread(to_wav, data), WAV

    return fetch


class CallIngress:
    def __init__(self, samen: Any, channel: "VoiceChannel") -> None:  # samen: bot.app.Samen
        self.samen = samen
        self.channel = channel

    # -- the requests -----------------------------------------------------------------------
    async def _signed(self, request: Request) -> dict[str, str] | None:
        body = (await request.body()).decode("utf-8", errors="replace")
        params = dict(parse_qsl(body, keep_blank_values=True))
        if not self.channel.valid(request.url.path, request.url.query, params, request.headers.get("X-Twilio-Signature")):
            return None
        return params

    def _read(self, request: Request) -> _Call | None:
        ref = request.query_params.get("row", "")
        if not ref.isdigit() or len(ref) > 18:
            return None
        with self.samen.sessions() as db:
            row = db.get(OutboxMessage, int(ref))
            if row is None or row.channel != "voice" or row.member_id is None:
                return None
            member = db.get(Member, row.member_id)
            if member is None:
                return None
            return _Call(row.id, member.id, member.language, row.message_id, decode_args(row.args or {}),
                         tuple(Choice.from_json(c) for c in row.choices or []),
                         Media.from_json(row.media) if row.media else None)

    def _url(self, path: str, row_id: int) -> str:
        return f"{self.channel.public_url}/twilio/voice/{path}?row={row_id}"

    async def call(self, request: Request) -> Response:
        """POST /twilio/voice/call: what the call says."""
        if await self._signed(request) is None:
            return Response(status_code=403)
        call = await asyncio.to_thread(self._read, request)
        response = VoiceResponse()
        if call is None:  # erased meanwhile, or not ours: nothing to say
            response.hangup()
            return _twiml(response)
        catalog = self.samen.catalog
        rendered = catalog.render(call.locale, call.message_id, call.args, call.choices)
        text = catalog.spoken(rendered, "call-keys", "call-key")
        recorded = await self._recording(call) if call.media is not None else None
        for first in (True, False):  # said twice when no key came the first time
            gather = response.gather(num_digits=1, action=self._url("answer", call.row_id), method="POST",
                                     timeout=GATHER_SECONDS)
            if first and recorded:
                gather.play(recorded)
            await self._say(gather, call.locale, text)
        response.hangup()
        return _twiml(response)

    async def answer(self, request: Request) -> Response:
        """POST /twilio/voice/answer: the key she pressed, recorded as her tap."""
        params = await self._signed(request)
        if params is None:
            return Response(status_code=403)
        call = await asyncio.to_thread(self._read, request)
        response = VoiceResponse()
        if call is None:
            response.hangup()
            return _twiml(response)
        digits = params.get("Digits", "").strip()
        catalog = self.samen.catalog
        if not (digits.isdigit() and 1 <= int(digits) <= len(call.choices)):
            await self._say(response, call.locale, catalog.spoken(catalog.render(call.locale, "call-unclear")))
            response.redirect(self._url("call", call.row_id), method="POST")
            return _twiml(response)
        payload = call.choices[int(digits) - 1].payload
        router = self.samen.dispatcher.router
        replies = await self._act(call, lambda ctx: router.on_payload(ctx, payload))
        if isinstance(replies, Response):
            return replies
        for ob in replies:
            await self._say(response, call.locale, catalog.spoken(catalog.render(call.locale, ob.message_id, ob.args)))
        response.hangup()
        return _twiml(response)

    async def status(self, request: Request) -> Response:
        """POST /twilio/voice/status: how the call ended."""
        params = await self._signed(request)
        if params is None:
            return Response(status_code=403)
        status = (params.get("CallStatus") or "").lower()
        call = await asyncio.to_thread(self._read, request)
        if call is None or not status:
            return Response(status_code=204)
        done = await self._act(call, lambda ctx: calls.call_ended(ctx, call.row_id, status))
        return done if isinstance(done, Response) else Response(status_code=204)

    async def _act(self, call: _Call, act: Any) -> list[Any] | Response:
        """Run a handler for the called member as one unit of work (`Dispatcher.act`): what it would
        have answered her, or 503 while the database is away (Twilio asks again)."""
        try:
            replies = await asyncio.to_thread(self.samen.dispatcher.act, call.member_id, act, "", "voice")
        except SQLAlchemyError:
            log.warning("database unavailable during a call")
            return Response(status_code=503)
        self.samen.sender.wake()
        return replies or []

    # -- what is said -----------------------------------------------------------------------
    async def _say(self, verb: Any, locale: str, text: str) -> None:
        """`text` spoken in her language: our own clip where eSpeak NG has her voice, else Twilio's."""
        url = await self._spoken(locale, text) if text else None
        if url is not None:
            verb.play(url)
        elif text:
            verb.say(text, language=SAY_LANGUAGES.get(locale, "nl-NL"))

    async def _spoken(self, locale: str, text: str) -> str | None:
        speech = self.samen.sender.speech
        if speech is None or not has_voice(locale):
            return None
        try:
            clip = await asyncio.to_thread(speech.speak, locale, text, "wav")
        except Exception as exc:  # Twilio's own voice says it instead
            log.warning("no clip for a call: %s", type(exc).__name__)
            return None
        # NOTE: a reminder's words name no one: one stored copy serves the whole wave
        return await self._served(Media("voice", clip.ref, WAV), None)

    async def _recording(self, call: _Call) -> str | None:
        """Her leader's recorded clip as WAV, kept as the leader's media."""
        assert call.media is not None
        owner = call.args.get("from_member")
        return await self._served(Media("voice", f"wav:{call.media.ref}", WAV),
                                  int(owner) if str(owner or "").isdigit() else None)

    async def _served(self, media: Media, owner: int | None) -> str | None:
        """The address Twilio plays a clip from (`GET /media/{token}`); None when it cannot be had
        (the call goes on without it)."""
        if self.samen.media is None:
            return None
        try:
            stored = await self.samen.media.portable(media, owner)
        except Exception as exc:
            log.warning("a clip could not be served to a call: %s", type(exc).__name__)
            return None
        return f"{self.channel.public_url}/media/{stored.ref.split(':', 1)[1]}"


def _twiml(response: VoiceResponse) -> Response:
    return Response(str(response), media_type="text/xml")
