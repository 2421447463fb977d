"""The application factory: builds every part of samen from one `Config` and passes dependencies
in (no module-level wiring), plus the Starlette web app with its routes.
"""
from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import datetime as dt
import gc
import logging
from dataclasses import dataclass, field
from random import Random
from typing import Any, AsyncIterator, Awaitable, Callable

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route

from bot.calls import CallIngress, wav_fetcher
from bot.channels.base import Channel
from bot.config import Config
from bot.core.clock import Clock, SystemClock
from bot.core.i18n import Catalog, default_catalog
from bot.dispatch import Dispatcher
from bot.handling import Handling
from bot.ingress import WhatsAppIngress, calendar_route, media_route
from bot.intake import Intake
from bot.media import MediaBridge
from bot.outbox import OutboxSender
from bot.pacing import Backoff, ChannelLeases, Pacer
from bot.speech import Speech, speak_ahead
from bot.web.site import web_site
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
    media: MediaBridge | None = None
    telegram_ingress: Any = None
    intake: Intake | None = None  # set by build()
    handling: Handling | None = None  # set by build()
    _spoken_ahead: set[int] = field(default_factory=set)  # timers whose voice notes were made ahead

    async def start_channels(self, receive: bool = True) -> None:
        """Initialise the platform channels (Telegram: getMe and menus) and, with `receive`, register
        the webhook or start polling."""
        telegram = self.channels.get("telegram")
        if telegram is None or not hasattr(telegram, "application"):
            return
        from telegram import Update
        from telegram.ext import TypeHandler

        from bot.ingress import TelegramIngress, webhook_secret

        secret = webhook_secret(self.config.telegram_webhook_secret, self.config.telegram_bot_token or "")
        self.telegram_ingress = TelegramIngress(self, telegram, secret)
        await telegram.start()
        self.dispatcher.policy = dataclasses.replace(self.dispatcher.policy, telegram_username=telegram.username)
        allowed = ["message", "callback_query", "poll_answer"]
        if not receive:
            return
        if self.config.public_url:
            await telegram.bot.set_webhook(f"{self.config.public_url}/telegram/webhook", secret_token=secret,
                                           allowed_updates=allowed)
        elif telegram.application.updater is not None:
            telegram.application.add_handler(TypeHandler(Update, self.telegram_ingress.on_polled_update))
            await telegram.bot.delete_webhook()
            await telegram.application.updater.start_polling(allowed_updates=allowed)

    async def stop_channels(self) -> None:
        telegram = self.channels.get("telegram")
        if telegram is not None and hasattr(telegram, "stop"):
            await telegram.stop()

    def speak_ahead(self, within: dt.timedelta = dt.timedelta(hours=3)) -> int:
        """Make the voice notes of what timers due within `within` will send (see
        `bot.speech.speak_ahead`); the number of clips made."""
        if self.sender.speech is None:
            return 0
        rows = self.dispatcher.upcoming(self.clock.now() + within, skip=self._spoken_ahead, on_time=True)
        return speak_ahead(self.sender.speech, self.catalog,
                           [(ob, language, voice) for _kind, ob, _who, language, voice in rows if ob is not None])

    def close(self) -> None:
        if self.intake is not None:
            self.intake.close()
        if self.sender.leases is not None:
            self.sender.leases.release()
        self.engine.dispose()


def build(config: Config | None = None, *, clock: Clock | None = None, channels: dict[str, Channel] | None = None,
          policy: Policy | None = None, rng: Random | None = None, backoff: Backoff | None = None,
          pacers: dict[str, Pacer] | None = None, migrate: bool = True, engine: Engine | None = None,
          share_channels: bool = False) -> Samen:
    """Build samen: database (migrated), catalog, router, dispatcher, sender and ticker.

    `share_channels`: this process is one of several workers on one PostgreSQL database; each
    channel is sent on by one worker at a time (see `bot.pacing.ChannelLeases`)."""
    config = config or Config.from_env()
    clock = clock or SystemClock()
    engine = engine or make_engine(config.database_url)
    if migrate:
        upgrade(engine=engine)
    sessions = session_factory(engine)
    catalog = default_catalog()
    channels = dict(channels or {})
    policy = dataclasses.replace(policy or Policy(), web_url=(policy.web_url if policy else None) or config.web_url)
    dispatcher = Dispatcher(sessions, clock, catalog, Router(), policy, rng)
    # NOTE: a terminal has no flood limits; platform channels bring their own limits.
    pacers = {"console": Pacer(rate=0, per_address_interval=0), **(pacers or {})}
    media = MediaBridge(sessions, clock)
    if config.has_telegram and "telegram" not in channels:
        from bot.channels.telegram import TelegramChannel, build_application

        application = build_application(config.telegram_bot_token or "", config.telegram_api_url,
                                        config.telegram_file_url, polling=not config.public_url)
        channels["telegram"] = TelegramChannel(application, catalog, load_media=media.load)
    if config.has_whatsapp and "whatsapp" not in channels:
        from bot.channels.whatsapp import WhatsAppChannel, make_client

        client = make_client(config.twilio_account_sid or "", config.twilio_auth_token or "", config.twilio_api_url)
        channels["whatsapp"] = WhatsAppChannel(client, config.twilio_whatsapp_from or "", config.twilio_auth_token or "",
                                               public_url=config.public_url, api_url=config.twilio_api_url)
    if (config.has_sms or config.has_voice) and not {"sms", "voice"} & set(channels):
        from bot.channels.phone import SmsChannel, VoiceChannel
        from bot.channels.whatsapp import make_client

        client = make_client(config.twilio_account_sid or "", config.twilio_auth_token or "", config.twilio_api_url)
        if config.has_sms:
            channels["sms"] = SmsChannel(client, config.twilio_sms_from or "", config.twilio_auth_token or "",
                                         public_url=config.public_url, api_url=config.twilio_api_url)
        if config.has_voice:
            channels["voice"] = VoiceChannel(client, config.twilio_voice_from or config.twilio_sms_from or "",
                                             config.twilio_auth_token or "", public_url=config.public_url,
                                             api_url=config.twilio_api_url)
    policy = dataclasses.replace(policy, phone_channels=frozenset({"sms", "voice"} & set(channels)),
                                 phone_limit=config.phone_limit)
    dispatcher.policy = policy
    for prefix, name in (("tg", "telegram"), ("twilio", "whatsapp")):
        channel = channels.get(name)
        if channel is not None and hasattr(channel, "fetch"):
            media.fetchers[prefix] = channel.fetch
    speech = Speech(config.data_folder / "voice")
    media.fetchers["speech"] = _in_thread(speech.load)
    media.fetchers["wav"] = wav_fetcher(media.load)
    media.fetchers["report"] = _report_maker(sessions, catalog)
    media.fetchers["card"] = _card_maker(sessions, catalog, dispatcher)
    whatsapp = channels.get("whatsapp")
    if whatsapp is not None and hasattr(whatsapp, "number"):
        dispatcher.policy = dataclasses.replace(dispatcher.policy, whatsapp_number=whatsapp.number)
    # NOTE: Telegram allows about 30 messages/s overall and 1/s per chat; Twilio queues a WhatsApp
    # sender's messages beyond its rate (80/s by default), which would only delay them; a second
    # between two messages to one person keeps them in order.
    scale = config.pacing_scale  # tests and benchmarks run the same pacing faster
    pacers = {"telegram": Pacer(rate=30 * scale, per_address_interval=1.0 / scale, window=1.0 / scale),
              "whatsapp": Pacer(rate=80 * scale, per_address_interval=1.0 / scale, window=1.0 / scale),
              # NOTE: Twilio places an account's calls at 1 a second (CPS) unless raised, and queues
              # SMS beyond a number's rate; one call at a time to one number.
              "voice": Pacer(rate=config.calls_per_second * scale, per_address_interval=60.0 / scale,
                             window=1.0 / scale),
              "sms": Pacer(rate=10 * scale, per_address_interval=1.0 / scale, window=1.0 / scale), **pacers}
    # NOTE: a platform answers in tens (Telegram) to hundreds (Twilio) of milliseconds: with one
    # request at a time a wave would run at 1 / latency, far under the limits the pacers keep.
    sender = OutboxSender(sessions, channels, catalog, clock, pacers=pacers, backoff=backoff or Backoff(),
                          media=media, speech=speech, concurrency={"telegram": 16, "whatsapp": 32, "voice": 8, "sms": 8})
    if share_channels:
        identities = {"telegram": (config.telegram_bot_token or "").split(":")[0],
                      "whatsapp": config.twilio_whatsapp_from or "", "sms": config.twilio_sms_from or "",
                      "voice": f"voice:{config.twilio_account_sid or ''}"}
        sender.leases = ChannelLeases(engine, {name: identities.get(name, name) for name in channels})
    ticker = Ticker(sessions, dispatcher, clock, retention_months=config.retention_months)
    dispatcher.holds = lambda channel: sender.window_of(channel) is not None
    telegram = channels.get("telegram")
    if telegram is not None and hasattr(telegram, "decode"):
        dispatcher.decoders["telegram"] = telegram.decode  # raw updates stored by the webhook's fast path
    samen = Samen(config, engine, sessions, clock, catalog, dispatcher, sender, ticker, channels, media,
                  intake=Intake(engine))
    ticker.ahead = samen.speak_ahead
    handling = samen.handling = Handling(samen)
    ticker.handled_here = lambda: handling.running
    return samen


def _report_maker(sessions: sessionmaker[Session], catalog: Catalog):  # noqa: ANN202
    """Renders `report:<format>:<g|n|o>:<id>:<from yyyymmdd>:<to yyyymmdd>:<locale>` references
    (queued by `handlers.reports`) into file bytes, in a worker thread."""

    def make(ref: str) -> tuple[bytes, str]:
        from bot import reports as files
        from storage.models import Group, Organisation
        from storage.reports import group_report, organisation_report

        _scheme, fmt, scope, ident, start, end, locale = ref.split(":")
        since = dt.datetime.strptime(start, "%Y%m%d").replace(tzinfo=dt.timezone.utc)
        until = dt.datetime.strptime(end, "%Y%m%d").replace(tzinfo=dt.timezone.utc)
        with sessions() as db:
            if scope == "o":
                organisation = db.get(Organisation, int(ident))
                if organisation is None:
                    raise LookupError("organisation gone")
                figures = organisation_report(db, organisation, since, until)
            else:
                group = db.get(Group, int(ident))
                if group is None:
                    raise LookupError("group gone")
                figures = group_report(db, group, since, until, named=scope == "n")
        return files.render(figures, fmt, catalog, locale), files.FORMATS[fmt]

    return _in_thread(make)


def _in_thread(make: Callable[[str], tuple[bytes, str]]) -> Callable[[str], Awaitable[tuple[bytes, str]]]:
    """A media fetcher that makes its file in a worker thread (charts and cards take CPU)."""

    async def fetch(ref: str) -> tuple[bytes, str]:
        return await asyncio.to_thread(make, ref)

    return fetch


def _card_maker(sessions: sessionmaker[Session], catalog: Catalog, dispatcher: Dispatcher):  # noqa: ANN202
    """Renders `card:<invite code>` references (queued with a new invite) into a printable PNG with
    the links of the channels samen runs on."""

    def make(ref: str) -> tuple[bytes, str]:
        from bot.cards import card_for_group
        from handlers.members import deep_link, whatsapp_link
        from storage import queries
        from storage.models import Group

        code = ref.split(":", 1)[1]
        with sessions() as db:
            invite = queries.find_invite(db, code)
            group = db.get(Group, invite.group_id) if invite is not None and invite.group_id else None
            if group is None:
                raise LookupError("invite or group gone")
            name, language = group.name, group.language
        policy = dispatcher.policy
        telegram = deep_link(policy.telegram_username, code) if policy.telegram_username else None
        whatsapp = whatsapp_link(catalog, policy.whatsapp_number, language, code) if policy.whatsapp_number else None
        return card_for_group(catalog, group=name, language=language, code=code, telegram_link=telegram,
                              whatsapp_link=whatsapp), "image/png"

    return _in_thread(make)


def freeze_startup_heap() -> int:
    """Take what a long-running process built at start-up out of the garbage collector's full
    collections; how many objects that was.

    Modules, the ORM's mappers, python-telegram-bot's classes and the Fluent catalogues are several
    hundred thousand objects that live as long as the process.  Each full collection walked them
    all: a pause of about 100 ms, several times in ten seconds under load, that every webhook in
    flight waited out (the acknowledgement's p99 was 100 ms; 10 ms with this).  Called once by
    `samen run` after building and before serving; not by `build`, so that tests building many
    apps in one process keep their garbage collectable."""
    gc.collect()
    gc.freeze()
    return gc.get_freeze_count()


def web_app(samen: Samen, background: bool = True, channels: bool = True, handling: bool = True) -> Starlette:
    """The Starlette app: health, webhooks, media; its lifespan starts the channels, with `handling`
    the loop that handles what the webhooks stored, and with `background` the outbox sender and the
    scheduler tick."""

    async def healthz(_request: Request) -> JSONResponse:
        def check() -> tuple[int, float | None]:
            from storage.models import OutboxMessage

            now = samen.clock.now()
            with samen.sessions() as db:
                depth = db.scalar(select(func.count()).select_from(OutboxMessage)
                                  .where(OutboxMessage.status == "pending")) or 0
                oldest = db.scalar(select(func.min(OutboxMessage.next_attempt_at)).where(
                    OutboxMessage.status == "pending", OutboxMessage.next_attempt_at <= now))
            if oldest is not None and oldest.tzinfo is None:
                oldest = oldest.replace(tzinfo=dt.timezone.utc)
            return depth, (now - oldest).total_seconds() if oldest is not None else None

        try:
            depth, age = await asyncio.to_thread(check)
        except Exception:
            return JSONResponse({"ok": False, "database": "unavailable"}, status_code=503)
        return JSONResponse({"ok": True, "channels": sorted(samen.channels), "outbox_depth": depth,
                             "oldest_due_seconds": age})

    whatsapp = samen.channels.get("whatsapp")
    whatsapp_ingress = WhatsAppIngress(samen, whatsapp) if whatsapp is not None and hasattr(whatsapp, "valid") else None
    sms = samen.channels.get("sms")
    sms_ingress = WhatsAppIngress(samen, sms) if sms is not None and hasattr(sms, "valid") else None
    voice = samen.channels.get("voice")
    call_ingress = CallIngress(samen, voice) if voice is not None and hasattr(voice, "valid") else None  # type: ignore[arg-type]

    async def twilio_whatsapp(request: Request) -> Response:
        if whatsapp_ingress is None:
            return Response(status_code=404)
        return await whatsapp_ingress.message(request)

    async def twilio_status(request: Request) -> Response:
        ingress = whatsapp_ingress or sms_ingress  # one account: either checks the signature
        if ingress is None:
            return Response(status_code=404)
        return await ingress.status(request)

    async def twilio_sms(request: Request) -> Response:
        if sms_ingress is None:
            return Response(status_code=404)
        return await sms_ingress.message(request)

    def voice_route(name: str) -> Callable[[Request], Awaitable[Response]]:
        async def route(request: Request) -> Response:
            if call_ingress is None:
                return Response(status_code=404)
            return await getattr(call_ingress, name)(request)

        return route

    async def telegram_webhook(request: Request) -> Response:
        if samen.telegram_ingress is None:
            return Response(status_code=404)
        return await samen.telegram_ingress.webhook(request)

    @contextlib.asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        stop = asyncio.Event()
        tasks: list[asyncio.Task[Any]] = []
        if channels:
            await samen.start_channels()
        if handling and samen.handling is not None:
            tasks.append(asyncio.create_task(samen.handling.run(stop)))
        if background:
            tasks.append(asyncio.create_task(samen.sender.run(stop)))
            tasks.append(asyncio.create_task(samen.ticker.run(stop)))
        try:
            yield
        finally:
            stop.set()
            await asyncio.gather(*tasks, return_exceptions=True)
            if channels:
                await samen.stop_channels()

    routes = [
        Route("/healthz", healthz, methods=["GET"]),
        Route("/telegram/webhook", telegram_webhook, methods=["POST"]),
        Route("/twilio/whatsapp", twilio_whatsapp, methods=["POST"]),
        Route("/twilio/status", twilio_status, methods=["POST"]),
        Route("/twilio/sms", twilio_sms, methods=["POST"]),
        Route("/twilio/voice/call", voice_route("call"), methods=["POST"]),
        Route("/twilio/voice/answer", voice_route("answer"), methods=["POST"]),
        Route("/twilio/voice/status", voice_route("status"), methods=["POST"]),
        Route("/media/{token}", media_route, methods=["GET"]),
        Route("/calendar/{token}.ics", calendar_route, methods=["GET"]),
        Mount("", app=web_site(samen)),  # the web page for coordinators and leaders: everything else
    ]
    app = Starlette(routes=routes, lifespan=lifespan)
    app.state.samen = samen
    return app
