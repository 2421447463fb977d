"""Inbound glue between the channels and the dispatcher: the webhook routes, Telegram polling,
and the media route.

Every inbound update is recorded (unique channel + external id) before it is acknowledged, and
processed after: a redelivered update has no second effect, and a crash after the acknowledgement
loses nothing (`Dispatcher.process_pending` picks it up).  When the database is away, webhooks
answer 503 so the platform delivers again later.
"""
from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import time
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl

from sqlalchemy.exc import SQLAlchemyError
from starlette.background import BackgroundTask
from starlette.requests import Request
from starlette.responses import Response

from storage import queries

if TYPE_CHECKING:
    from bot.app import Samen
    from bot.channels.telegram import TelegramChannel
    from bot.channels.whatsapp import WhatsAppChannel

log = logging.getLogger(__name__)
EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'


class InOrder:
    """Runs a person's recorded messages one at a time, oldest first.

    Webhook acknowledgements finish in any order and their background work runs concurrently; a
    lock per address, under which every pending event of that address is processed in id order,
    keeps "1" then "2" from being handled as "2" then "1".

    The webhook was answered 200 already, so when the database goes away meanwhile the events stay
    recorded as pending and are tried again, waiting longer each time (`retry_wait` doubling up to
    `retry_cap`), for up to `give_up` seconds; after that the tick picks them up (`Ticker.tick`).
    """

    def __init__(self, samen: "Samen", retry_wait: float = 0.5, retry_cap: float = 5.0,
                 give_up: float = 60.0) -> None:
        self.samen = samen
        self.locks: dict[tuple[str, str], asyncio.Lock] = {}
        self.retry_wait, self.retry_cap, self.give_up = retry_wait, retry_cap, give_up

    async def run(self, channel: str, address: str) -> None:
        key = (channel, address)
        lock = self.locks.setdefault(key, asyncio.Lock())
        try:
            async with lock:
                await self._process(channel, address)
        finally:
            if not lock.locked() and self.locks.get(key) is lock:
                del self.locks[key]
        self.samen.sender.wake()

    async def _process(self, channel: str, address: str) -> None:
        wait, deadline = self.retry_wait, time.monotonic() + self.give_up
        while True:
            try:
                await asyncio.to_thread(self.samen.dispatcher.process_pending, 100, channel, address)
                return
            except SQLAlchemyError:
                if time.monotonic() + wait > deadline:
                    log.exception("database unavailable: recorded messages stay pending for a later pass")
                    return
                log.warning("database unavailable: handling recorded messages again in %.1f s", wait)
                await asyncio.sleep(wait)
                wait = min(wait * 2, self.retry_cap)


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
        self.in_order = InOrder(samen)

    async def record(self, update: Any) -> str | None:
        """Normalise and store the update; the sender's address, or None (ignored, unreadable or seen
        before)."""
        try:
            inbound = self.channel.to_inbound(update, self.samen.clock.now())
        except Exception as exc:  # noqa: BLE001 - fields missing or of the wrong type: not readable
            log.warning("unreadable Telegram update ignored: %s", type(exc).__name__)
            return None
        if inbound is None:
            return None
        event_id = await asyncio.to_thread(self.samen.dispatcher.record, inbound)
        return inbound.address if event_id is not None else None

    async def process(self, update: Any, address: str) -> None:
        """After the acknowledgement: answer a tapped button, handle the person's events in order."""
        await self.channel.acknowledge(update)
        await self.in_order.run("telegram", address)

    async def webhook(self, request: Request) -> Response:
        """POST /telegram/webhook: 403 without the right secret; 200 once the update is stored."""
        from telegram import Update

        given = request.headers.get("X-Telegram-Bot-Api-Secret-Token", "")
        if not hmac.compare_digest(given.encode(), self.secret.encode()):
            return Response(status_code=403)
        try:
            update = Update.de_json(json.loads(await request.body()), self.channel.bot)
        except (ValueError, TypeError, KeyError, AttributeError, RecursionError, OverflowError, OSError):
            # NOTE: PTB's de_json trusts the shape it is given: a list or a string where an object
            # belongs raises AttributeError, a deep nesting RecursionError, a date out of range
            # OverflowError or OSError.  None of that is an update.
            return Response(status_code=400)
        if update is None:
            return Response(status_code=400)
        try:
            address = await self.record(update)
        except SQLAlchemyError:
            log.warning("database unavailable: asking Telegram to deliver again later")
            return Response(status_code=503)
        if address is None:
            return Response(status_code=200)
        return Response(status_code=200, background=BackgroundTask(self.process, update, address))

    async def on_polled_update(self, update: Any, _context: Any) -> None:
        """The same path for updates fetched by polling (PTB's updater calls this)."""
        try:
            address = await self.record(update)
        except SQLAlchemyError:
            log.exception("database unavailable while polling")
            raise
        if address is not None:
            await self.process(update, address)


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
        self.in_order = InOrder(samen)
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
            event_id = await asyncio.to_thread(self.samen.dispatcher.record, inbound)
        except SQLAlchemyError:
            log.warning("database unavailable: asking Twilio to deliver again later")
            return Response(status_code=503)
        if event_id is None:
            return Response(EMPTY_TWIML, media_type="text/xml")
        return Response(EMPTY_TWIML, media_type="text/xml",
                        background=BackgroundTask(self.in_order.run, "whatsapp", inbound.address))

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
        try:
            # NOTE: Twilio can report on a message before the sender has written down its sid: wait
            # a little for it rather than lose the report.
            for _ in range(self.report_retries):
                if await asyncio.to_thread(self.samen.sender.on_delivery_status, "whatsapp", sid, status, error,
                                           classify_report(error)):
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
