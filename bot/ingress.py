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
from typing import TYPE_CHECKING, Any

from sqlalchemy.exc import SQLAlchemyError
from starlette.background import BackgroundTask
from starlette.requests import Request
from starlette.responses import Response

from storage import queries

if TYPE_CHECKING:
    from bot.app import Samen
    from bot.channels.telegram import TelegramChannel

log = logging.getLogger(__name__)


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
        self.tasks: set[asyncio.Task[Any]] = set()

    async def record(self, update: Any) -> int | None:
        """Normalise and store the update; its event id, or None (ignored or seen before)."""
        inbound = self.channel.to_inbound(update, self.samen.clock.now())
        if inbound is None:
            return None
        return await asyncio.to_thread(self.samen.dispatcher.record, inbound)

    async def process(self, update: Any, event_id: int) -> None:
        """After the acknowledgement: answer a tapped button, handle the event, wake the sender."""
        await self.channel.acknowledge(update)
        await asyncio.to_thread(self.samen.dispatcher.process, event_id)
        self.samen.sender.wake()

    async def webhook(self, request: Request) -> Response:
        """POST /telegram/webhook: 403 without the right secret; 200 once the update is stored."""
        from telegram import Update

        given = request.headers.get("X-Telegram-Bot-Api-Secret-Token", "")
        if not hmac.compare_digest(given.encode(), self.secret.encode()):
            return Response(status_code=403)
        try:
            update = Update.de_json(json.loads(await request.body()), self.channel.bot)
        except (ValueError, TypeError, KeyError):
            return Response(status_code=400)
        if update is None:
            return Response(status_code=400)
        try:
            event_id = await self.record(update)
        except SQLAlchemyError:
            log.warning("database unavailable: asking Telegram to deliver again later")
            return Response(status_code=503)
        if event_id is None:
            return Response(status_code=200)
        return Response(status_code=200, background=BackgroundTask(self.process, update, event_id))

    async def on_polled_update(self, update: Any, _context: Any) -> None:
        """The same path for updates fetched by polling (PTB's updater calls this)."""
        try:
            event_id = await self.record(update)
        except SQLAlchemyError:
            log.exception("database unavailable while polling")
            raise
        if event_id is not None:
            await self.process(update, event_id)


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
