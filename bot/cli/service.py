"""Running samen: `samen run` (web, worker or both), `samen tick`, `samen db upgrade`, `samen demo`
and `samen chat`."""
from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import socket
import sys
from typing import Any

from bot.core.clock import SystemClock
from bot.cli.common import UsageError, build_samen, load_config


def cmd_db(args: argparse.Namespace) -> int:
    if args.db_command != "upgrade":
        raise UsageError("say `samen db upgrade`")
    from storage.db import upgrade

    config = load_config()
    upgrade(config.database_url)
    print("database is up to date")
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    import uvicorn

    from bot.app import build, freeze_startup_heap, web_app

    config = load_config()
    port = args.port or config.port
    try:
        socket.getaddrinfo(args.host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as exc:
        raise UsageError(f"cannot listen on {args.host!r}: {getattr(exc, 'strerror', None) or exc}") from exc
    if not (config.has_telegram or config.has_whatsapp):
        print("samen: no channel is configured: set TELEGRAM_BOT_TOKEN, or TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN "
              "and TWILIO_WHATSAPP_FROM; to try samen offline run `samen demo`", file=sys.stderr)
    if config.has_sms and not config.has_voice:
        print("samen: reminder calls need SAMEN_PUBLIC_URL (Twilio asks it what a call says): reminders by SMS only",
              file=sys.stderr)
    samen = build(config, clock=SystemClock(), share_channels=args.role in ("worker", "all"))
    # web: webhooks only (stored and acknowledged); a worker handles them, sends and ticks.
    app = web_app(samen, background=args.role in ("worker", "all"), handling=args.role != "web")
    freeze_startup_heap()  # no 100 ms pauses of the garbage collector under load
    if args.role == "worker":
        return asyncio.run(_worker(samen))
    # log_config=None: uvicorn's loggers go through the root handler and its redaction.
    uvicorn.run(app, host=args.host, port=port, log_level="warning", log_config=None)
    return 0


async def _worker(samen: Any) -> int:
    """Sender, tick and the handling loop (for events a web process stored): the web role receives."""
    stop = asyncio.Event()
    await samen.start_channels(receive=False)
    try:
        await asyncio.gather(samen.sender.run(stop), samen.ticker.run(stop), samen.handling.run(stop))
    finally:
        await samen.stop_channels()
    return 0


def cmd_tick(args: argparse.Namespace) -> int:
    at = None
    if args.at:
        try:
            at = dt.datetime.fromisoformat(args.at)
        except ValueError as exc:
            raise UsageError(f"--at {args.at!r} is not an ISO time such as 2026-12-01T10:00+01:00") from exc
        if at.tzinfo is None:
            from zoneinfo import ZoneInfo

            at = at.replace(tzinfo=ZoneInfo(load_config().timezone))
    samen = build_samen()
    if args.dry_run:
        rows = samen.dispatcher.preview_timers(at or samen.clock.now())
        for kind, who, language, message_id in rows:
            print(f"{kind}\t{who}\t{language}\t{message_id}")
        print(f"{samen.ticker.tick(at=at, dry_run=True).due} timer(s) due; {len(rows)} message(s) would be sent; "
              "nothing was changed")
        return 0
    result = samen.ticker.tick(at=at)
    print(f"{result.due} timer(s) due; ran {result.ran}, failed {result.failed}, {result.messages} message(s) queued")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from bot.demo import run_demo

    if args.serve < 0 or not 0 < args.port < 65536:
        raise UsageError("--serve takes seconds (0 or more) and --port a port number")
    return run_demo(serve=args.serve, port=args.port)


def cmd_chat(args: argparse.Namespace) -> int:
    from bot.chat import run_chat

    return run_chat(load_config(), args.as_, args.language)
