"""The application factory: builds every part of samen from one `Config` and passes dependencies
in (no module-level wiring), plus the Starlette web app with its routes.
"""
from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass, field
from random import Random
from typing import Any, AsyncIterator

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from bot.channels.base import Channel
from bot.config import Config
from bot.core.clock import Clock, SystemClock
from bot.core.i18n import Catalog, default_catalog
from bot.dispatch import Dispatcher
from bot.outbox import Backoff, OutboxSender, Pacer
from bot.router import Router
from bot.scheduler import Ticker
from handlers.base import Policy
from storage.db import make_engine, session_factory, upgrade

log = logging.getLogger(__name__)


@dataclass
class Samen:
    """Every part of a running samen, wired once."""

    config: Config
    engine: Engine
    sessions: sessionmaker[Session]
    clock: Clock
    catalog: Catalog
    dispatcher: Dispatcher
    sender: OutboxSender
    ticker: Ticker
    channels: dict[str, Channel] = field(default_factory=dict)

    def close(self) -> None:
        self.engine.dispose()


def build(config: Config | None = None, *, clock: Clock | None = None, channels: dict[str, Channel] | None = None,
          policy: Policy | None = None, rng: Random | None = None, backoff: Backoff | None = None,
          pacers: dict[str, Pacer] | None = None, migrate: bool = True, engine: Engine | None = None) -> Samen:
    """Build samen: database (migrated), catalog, router, dispatcher, sender and ticker."""
    config = config or Config.from_env()
    clock = clock or SystemClock()
    engine = engine or make_engine(config.database_url)
    if migrate:
        upgrade(engine=engine)
    sessions = session_factory(engine)
    catalog = default_catalog()
    channels = dict(channels or {})
    dispatcher = Dispatcher(sessions, clock, catalog, Router(), policy or Policy(), rng)
    # NOTE: a terminal has no flood limits; platform channels bring their own limits.
    pacers = {"console": Pacer(rate=0, per_address_interval=0), **(pacers or {})}
    sender = OutboxSender(sessions, channels, catalog, clock, pacers=pacers, backoff=backoff or Backoff())
    ticker = Ticker(sessions, dispatcher, clock)
    return Samen(config, engine, sessions, clock, catalog, dispatcher, sender, ticker, channels)


def web_app(samen: Samen, background: bool = True) -> Starlette:
    """The Starlette app: health now; the channel webhooks register their routes here."""

    async def healthz(_request: Request) -> JSONResponse:
        def check() -> None:
            with samen.engine.connect() as conn:
                conn.execute(text("SELECT 1"))

        try:
            await asyncio.to_thread(check)
        except Exception:
            return JSONResponse({"ok": False, "database": "unavailable"}, status_code=503)
        return JSONResponse({"ok": True, "channels": sorted(samen.channels)})

    @contextlib.asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        stop = asyncio.Event()
        tasks: list[asyncio.Task[Any]] = []
        if background:
            tasks.append(asyncio.create_task(samen.sender.run(stop)))
            tasks.append(asyncio.create_task(samen.ticker.run(stop)))
        try:
            yield
        finally:
            stop.set()
            await asyncio.gather(*tasks, return_exceptions=True)

    routes = [Route("/healthz", healthz, methods=["GET"])]
    return Starlette(routes=routes, lifespan=lifespan)
