"""Inbound glue between the channels and the dispatcher: the webhook routes, Telegram polling,
and the media route.

Every inbound update is recorded (unique channel + external id, by group commit: `bot.intake`)
before it is acknowledged, and handled after by the handling loop (`bot.handling`): a redelivered
update has no second effect, and a crash after the acknowledgement loses nothing.  When the
database is away, webhooks answer 503 so the platform delivers again later.
"""
from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import parse_qsl

from sqlalchemy.exc import SQLAlchemyError
from starlette.requests import Request
from starlette.responses import Response

from bot.channels.telegram_raw import telegram_id, update_address
from storage import queries

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from bot.channels.telegram import TelegramChannel
    from bot.channels.whatsapp import WhatsAppChannel
    from bot.core.clock import Clock
    from bot.handling import Handling
    from bot.intake import Intake
    from bot.outbox import OutboxSender


class Samen(Protocol):
    """What the routes here use of the application (`bot.app.Samen` has it)."""

    sessions: "sessionmaker[Session]"
    clock: "Clock"
    intake: "Intake | None"
    handling: "Handling | None"
    sender: "OutboxSender"


log = logging.getLogger(__name__)
EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'


def webhook_secret(configured: str | None, token: str) -> str:
    """The secret Telegram echoes in every webhook call: the configured one, or one derived from the
    bot token (stable across workers, 64 characters of A-Za-z0-9_-)."""
    if configured:
        return configured
    return hmac.new(token.encode(), b"samen telegram webhook", hashlib.sha256).hexdigest()


class TelegramIngress:
    """Receives Telegram updates (webhook or polling) and runs them through samen."""

    def __init__(self, samen: "Samen", channel: "TelegramChannel", secret: str) -> None:
        self.samen = samen
        self.channel = channel
        self.secret = secret

    async def webhook(self, request: Request) -> Response:
        """POST /telegram/webhook: 403 without the right secret; 400 for what is not an update; 200
        once the update is stored (raw: it is read fully when handled, `bot.handling`)."""
        given = request.headers.get("X-Telegram-Bot-Api-Secret-Token", "")
        if not hmac.compare_digest(given.encode(), self.secret.encode()):
            return Response(status_code=403)
        body = await request.body()
        try:
            raw = json.loads(body)
        except (ValueError, RecursionError):  # not JSON (or nested beyond reason)
            return Response(status_code=400)
        update_id = telegram_id(raw.get("update_id")) if isinstance(raw, dict) else None
        if update_id is None:
            return Response(status_code=400)
        address = update_address(raw)
        if address is None:  # edits, group chatter, channel posts: nothing samen acts on
            return Response(status_code=200)
        try:
            stored = await self.samen.intake.record(queries.event_row(
                "telegram", update_id, address, self.samen.clock.now(), {"raw": raw}, _as_payload(body)))
        except SQLAlchemyError:
            log.warning("database unavailable: asking Telegram to deliver again later")
            return Response(status_code=503)
        if stored is not None:
            self.samen.handling.wake()
            await self.samen.handling.keep_up()
        return Response(status_code=200)

    async def on_polled_update(self, update: Any, _context: Any) -> None:
        """The same for updates fetched by polling (PTB's updater calls this): they come as PTB objects
        already, so they are stored normalised and a tapped button is answered here."""
        # NOTE: not stored raw: `Update.to_dict()` leaves out empty lists, and a poll answer taken
        # back (no option ids) would not read again.
        try:
            inbound = self.channel.to_inbound(update, self.samen.clock.now())
        except Exception as exc:  # noqa: BLE001 - fields missing or of the wrong type: not readable
            log.warning("unreadable Telegram update ignored: %s", type(exc).__name__)
            return
        if inbound is None:
            return
        try:
            stored = await self.samen.intake.record(queries.inbound_row(inbound))
        except SQLAlchemyError:
            log.exception("database unavailable while polling")
            raise
        if stored is not None:
            await self.channel.acknowledge(update)
            self.samen.handling.wake()


def _as_payload(body: bytes) -> str | None:
    """The stored payload `{"raw": <update>}` as JSON text, made of the body as Telegram sent it
    (JSON already: serialising the parsed update again would cost the group commit's writer thread,
    which the event loop waits for).  None (serialise as usual) for a body that is not plain UTF-8
    text (JSON may come as UTF-16 or UTF-32, or after a byte order mark) or that may hold NaN or
    Infinity, which Python reads but JSON does not have."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if text.startswith("\ufeff") or "NaN" in text or "Infinity" in text:
        return None
    return '{"raw": ' + text + "}"


async def media_route(request: Request) -> Response:
    """GET /media/{token}: a stored voice note or photo, while its token is valid."""
    samen: "Samen" = request.app.state.samen
    token = request.path_params["token"]

    def load() -> tuple[bytes, str] | None:
        with samen.sessions() as db:
            found = queries.media_by_token(db, token, samen.clock.now())
            return (bytes(found.data), found.content_type) if found else None

    found = await asyncio.to_thread(load)
    if found is None:
        return Response(status_code=404)
    return Response(found[0], media_type=found[1], headers={"Cache-Control": "private, max-age=300"})


class WhatsAppIngress:
    """Receives Twilio's WhatsApp webhooks and status callbacks, signed with the account's token."""

    def __init__(self, samen: "Samen", channel: "WhatsAppChannel", report_retries: int = 10,
                 report_wait: float = 0.3) -> None:
        self.samen = samen
        self.channel = channel
        self.report_retries, self.report_wait = report_retries, report_wait

    async def _signed_form(self, request: Request) -> dict[str, str] | None:
        body = (await request.body()).decode("utf-8", errors="replace")
        # NOTE: keep blank values: Twilio signs them too.
        params = dict(parse_qsl(body, keep_blank_values=True))
        signature = request.headers.get("X-Twilio-Signature")
        if not self.channel.valid(request.url.path, request.url.query, params, signature):
            return None
        return params

    async def message(self, request: Request) -> Response:
        """POST /twilio/whatsapp: 403 unless signed; stored (unique MessageSid) before the 200."""
        params = await self._signed_form(request)
        if params is None:
            return Response(status_code=403)
        inbound = self.channel.to_inbound(params, self.samen.clock.now())
        if inbound is None:
            return Response(EMPTY_TWIML, media_type="text/xml")
        try:
            event_id = await self.samen.intake.record(queries.inbound_row(inbound))
        except SQLAlchemyError:
            log.warning("database unavailable: asking Twilio to deliver again later")
            return Response(status_code=503)
        if event_id is not None:
            self.samen.handling.wake()
            await self.samen.handling.keep_up()
        return Response(EMPTY_TWIML, media_type="text/xml")

    async def status(self, request: Request) -> Response:
        """POST /twilio/status: delivery reports, upserted by MessageSid, never backwards."""
        from bot.channels.whatsapp import classify_report

        params = await self._signed_form(request)
        if params is None:
            return Response(status_code=403)
        sid = params.get("MessageSid") or params.get("SmsSid")
        status = (params.get("MessageStatus") or params.get("SmsStatus") or "").lower()
        if not sid or not status:
            return Response(status_code=400)
        error = params.get("ErrorCode") or None
        ref = request.query_params.get("row", "")
        row_id = int(ref) if ref.isdigit() and len(ref) < 19 else None
        try:
            # NOTE: Twilio can report on a message before the sender has written down its sid: wait
            # a little for it rather than lose the report.
            for _ in range(self.report_retries):
                # NOTE: one status address for the account: WhatsApp's reports name "whatsapp:" numbers
                channel = "whatsapp" if (params.get("To") or params.get("From") or "").startswith("whatsapp:") \
                    or params.get("ChannelPrefix") == "whatsapp" else "sms"
                if await asyncio.to_thread(self.samen.sender.on_delivery_status, channel, sid, status, error,
                                           classify_report(error), row_id):
                    break
                await asyncio.sleep(self.report_wait)
        except SQLAlchemyError:
            return Response(status_code=503)
        self.samen.sender.wake()
        return Response(status_code=204)


async def calendar_route(request: Request) -> Response:
    """GET /calendar/{token}.ics: a group's sessions for a calendar app; 404 for a wrong token."""
    from bot.schedule import ics

    samen: "Samen" = request.app.state.samen
    token = request.path_params["token"]

    def load() -> bytes | None:
        with samen.sessions() as db:
            group = queries.group_by_calendar_token(db, token)
            if group is None:
                return None
            return ics(group.name, queries.group_sessions(db, group.id), group.timezone)

    body = await asyncio.to_thread(load)
    if body is None:
        return Response(status_code=404)
    return Response(body, media_type="text/calendar; charset=utf-8")
