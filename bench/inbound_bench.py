"""Inbound overhead: what samen's whole inbound path costs per update, next to a bare bot.

Telegram: N updates from members who joined already (half texts, relayed to their group leader;
half taps on the RSVP buttons `rsvp:<session>:yes|no` of a reminder they were offered) are posted
to `POST /telegram/webhook` (with the secret) of `web_app(samen)`, in process through
`httpx.ASGITransport`, one after the other.  Each post runs samen's full path: the webhook (secret
check, the raw update stored by the group-commit writer, `bot.intake`, before the 200), then the
handling loop's step as the loop runs it when woken (`Handling.round`: the pending read, then in
the same transaction dispatch: the update read from the stored dict (PTB `Update.de_json` for
other shapes), who is this, rate limit, route, handler, outbox rows, commit; then a tapped button
is answered and edited).  The clock stops when the update is handled, its outbox rows are written
and a tap is answered.  Nothing is sent: the web app runs
without the outbox sender and the ticker, and the bot's HTTP requests (getMe, answerCallbackQuery,
editMessageText) go to an in-process no-op Bot API (`NoopRequest`).  The database is SQLite in a
temporary file (WAL, as samen configures it).
Then a bare python-telegram-bot `Application` (no samen) whose MessageHandler echoes the text and
whose CallbackQueryHandler answers the tap and replies, behind a minimal Starlette webhook route
(secret check, `Update.de_json`, `application.process_update`), gets the same update bodies through
the same transport, its requests going to the same no-op Bot API.

WhatsApp: N form posts signed like Twilio signs them (over SAMEN_PUBLIC_URL) to
`POST /twilio/whatsapp` of samen (half texts, half quick-reply `ButtonPayload` RSVPs), against a
bare Twilio bot, the WhatsApp counterpart of the bare python-telegram-bot app: one Starlette route
written as Twilio's documentation shows it (the form; `RequestValidator.validate` over the public
URL; the text, or the button's payload, echoed with the twilio client's `messages.create_async`,
its requests answered in process by `NoopTwilioHttp`; an empty TwiML).  Printed beside them, for
reference: a route that only reads the form (what this script compared with before 2026-12-05).

Both print microseconds per update, and the ratio samen / bare (target: samen at most 4x the bare
bot; the same target is applied to WhatsApp).  Under each: how much of samen's time was recording
(`Intake.write`) and processing (`Dispatcher.take_and_process`: the pending read and the
handling), and what the transport alone costs (an empty route).  The first N/10 updates (10 to 100) warm every contender up; then samen,
the bare bot and the empty route take turns in ten rounds, so that the load of a shared machine
hits them alike.  The counts of inbound events (all `done`) and outbox rows (exactly the expected
ones: no `button-expired`, no apology) are checked after each samen run, so a figure is only
printed for work that was really done.  The default (N=1000 per channel) runs in about 30 s.

Run: .venv/bin/python bench/inbound_bench.py [--n N] [--only telegram|whatsapp] [--profile]
     (--profile: posts N more updates of each channel to samen under cProfile, with asyncio.to_thread run
     inline so that the database work shows up, and prints the top functions)
"""
from __future__ import annotations

import argparse
import asyncio
import cProfile
import datetime as dt
import hmac
import io
import itertools
import json
import logging
import math
import pstats
import sys
import tempfile
import time
import urllib.parse
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Awaitable, Callable
from urllib.parse import parse_qsl
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx  # noqa: E402
from sqlalchemy import func, select  # noqa: E402
from starlette.applications import Starlette  # noqa: E402
from starlette.requests import Request  # noqa: E402
from starlette.responses import Response  # noqa: E402
from starlette.routing import Route  # noqa: E402
from telegram import Update  # noqa: E402
from telegram.ext import Application, ApplicationBuilder, CallbackQueryHandler, MessageHandler, filters  # noqa: E402
from telegram.request import BaseRequest, RequestData  # noqa: E402
from twilio.http import AsyncHttpClient  # noqa: E402
from twilio.http.response import Response as TwilioResponse  # noqa: E402
from twilio.request_validator import RequestValidator  # noqa: E402
from twilio.rest import Client as TwilioClient  # noqa: E402

from bot.app import Samen, build, web_app  # noqa: E402
from bot.channels.telegram import TelegramChannel  # noqa: E402
from bot.config import Config  # noqa: E402
from bot.core.clock import FrozenClock  # noqa: E402
from bot.core.i18n import default_catalog  # noqa: E402
from bot.core.messages import Inbound  # noqa: E402
from bot.ingress import EMPTY_TWIML  # noqa: E402
from handlers.base import Context, Policy  # noqa: E402
from handlers.reminders import reminder_intent  # noqa: E402
from storage import queries  # noqa: E402
from storage.models import Group, InboundEvent, Meeting, Member, OutboxMessage  # noqa: E402
from tests.conftest import START, make_session, make_world  # noqa: E402
from tests.fakes.telegram_api import FakeTelegram  # noqa: E402
from tests.fakes.twilio_api import FakeTwilio  # noqa: E402

TARGET = 4.0
TOKEN = "123456:BENCH"
SECRET = "bench-webhook-secret"
PUBLIC = "https://samen.example"
SENDER = "whatsapp:+14155238886"
AMS = ZoneInfo("Europe/Amsterdam")
PER_GROUP = 10  # participants per group (make_world's invites allow 15 uses)
PER_MEMBER = 20  # updates per participant: keeps the offered reminder within the last 200 outbox rows
TEXTS = ("Ik kom vandaag wat later, sorry!", "Is er koffie morgen?", "Dank je wel voor gisteren.",
         "Mijn dochter komt ook mee, is dat goed?", "Ik voel me niet zo lekker vandaag.")
# What each update should leave in the outbox (message ids of the rows it writes).
EXPECTED_ROWS = {"text": ("relay-from-member", "relay-passed-on"), "yes": ("rsvp-saved-yes",), "no": ("rsvp-saved-no",)}


# -- a Bot API that answers at once --------------------------------------------------------------
class NoopRequest(BaseRequest):
    """PTB's network layer replaced by canned answers: no HTTP at all, so both bots pay only for
    python-telegram-bot itself. Counts the calls by method."""

    def __init__(self) -> None:
        self.calls: Counter[str] = Counter()
        self._ids = itertools.count(1)
        self._me = {"id": int(TOKEN.split(":")[0]), "is_bot": True, "first_name": "Samen", "username": "samen_bench_bot",
                    "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": False}

    @property
    def read_timeout(self) -> float | None:
        return 10.0

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         read_timeout: Any = None, write_timeout: Any = None, connect_timeout: Any = None,
                         pool_timeout: Any = None) -> tuple[int, bytes]:
        name = url.rsplit("/", 1)[-1]
        self.calls[name] += 1
        params = request_data.parameters if request_data is not None else {}
        result: Any = True
        if name == "getMe":
            result = self._me
        elif name in ("sendMessage", "editMessageText"):
            chat_id = int(params.get("chat_id", 0))
            result = {"message_id": int(params.get("message_id") or next(self._ids)), "date": int(time.time()),
                      "chat": {"id": chat_id, "type": "private", "first_name": "Test"},
                      "from": self._me, "text": str(params.get("text", ""))}
        elif name == "getWebhookInfo":
            result = {"url": "", "has_custom_certificate": False, "pending_update_count": 0}
        return 200, json.dumps({"ok": True, "result": result}).encode()


# -- building a population ------------------------------------------------------------------------
@dataclass
class Person:
    address: str
    name: str
    member_id: int
    session_id: int
    message_id: int = 0  # Telegram: the reminder message that carries the RSVP buttons


@dataclass
class Population:
    people: list[Person] = field(default_factory=list)
    leaders: list[str] = field(default_factory=list)


def onboard(samen: Samen, channel: str, address: str, first: str, name: str, ids: itertools.count) -> int:
    """Join with an invite, consent, pick Dutch and (participants) say no to calls, as
    tests/conftest.py `join` does, straight through the dispatcher; the member's id."""

    def say(text: str = "", choice: str | None = None) -> None:
        samen.dispatcher.handle(Inbound(channel, address, f"setup-{next(ids)}", samen.clock.now(), text=text,
                                        choice=choice, language_hint="nl", profile_name=name))

    say(first)
    say(choice="consent:yes")
    say("1")  # Nederlands
    with samen.sessions() as db:
        member = queries.member_by_address(db, channel, address)
        assert member is not None, f"{name} did not join"
        member_id = member.id
        asked_call = queries.choice_was_offered(db, member_id, "call:no")
    if asked_call:
        say(choice="call:no")
    with samen.sessions() as db:
        member = db.get(Member, member_id)
        assert member is not None and member.consent_at is not None, f"{name} did not finish joining"
    return member_id


def populate(samen: Samen, channel: str, members: int, address_of: Callable[[int], str],
             first_message: Callable[[str], str]) -> Population:
    """Groups of PER_GROUP participants with one leader each, a planned session per group, and a
    reminder with its RSVP buttons queued for every participant."""
    ids = itertools.count(1)
    population = Population()
    serial = itertools.count(1)
    for g in range(math.ceil(members / PER_GROUP)):
        world = make_world(samen, group_language="nl", name=f"Koffie {g + 1}")
        leader = address_of(next(serial))
        onboard(samen, channel, leader, first_message(world.facilitator_code), f"Leider {g + 1}", ids)
        population.leaders.append(leader)
        session_id = make_session(samen, world, dt.datetime(2026, 9, 24, 14, 0, tzinfo=AMS), place="Buurthuis")
        for _ in range(min(PER_GROUP, members - len(population.people))):
            n = next(serial)
            address, name = address_of(n), f"Deelnemer {n}"
            member_id = onboard(samen, channel, address, first_message(world.participant_code), name, ids)
            population.people.append(Person(address, name, member_id, session_id))
        with samen.sessions() as db, db.begin():
            ctx = Context(db=db, clock=samen.clock, catalog=samen.catalog, policy=samen.dispatcher.policy)
            session, group = db.get(Meeting, session_id), db.get(Group, world.group_id)
            for person in population.people:
                if person.session_id == session_id:
                    member = db.get(Member, person.member_id)
                    queries.enqueue(db, reminder_intent(ctx, session, group, member, "reminder",
                                                        f"bench-reminder:{session_id}:{member.id}"), samen.clock.now())
    return population


def plan(population: Population, total: int) -> list[tuple[Person, str, str]]:
    """(person, kind, text or RSVP answer) for each update: round robin over people, texts and taps
    alternating."""
    out = []
    for i in range(total):
        person = population.people[i % len(population.people)]
        turn = i // len(population.people)
        if (i + turn) % 2 == 0:
            out.append((person, "text", TEXTS[i % len(TEXTS)]))
        else:
            answer = "yes" if (i // 2) % 2 == 0 else "no"
            out.append((person, answer, f"rsvp:{person.session_id}:{answer}"))
    return out


# -- checking what samen did ----------------------------------------------------------------------
@dataclass
class Snapshot:
    outbox_max: int
    events: Counter[str]


def snapshot(samen: Samen, channel: str) -> Snapshot:
    with samen.sessions() as db:
        top = db.scalar(select(func.max(OutboxMessage.id))) or 0
        events = Counter(dict(db.execute(select(InboundEvent.status, func.count()).where(
            InboundEvent.channel == channel).group_by(InboundEvent.status)).all()))
    return Snapshot(top, events)


def check(samen: Samen, channel: str, before: Snapshot, updates: list[tuple[Person, str, str]], skip: int = 0) -> int:
    """Every update recorded and done, and exactly the outbox rows it should have written; the rows
    written by `updates[skip:]` (the first `skip` warmed up and are checked too)."""
    after = snapshot(samen, channel)
    done = after.events["done"] - before.events["done"]
    others = {k: v - before.events[k] for k, v in after.events.items() if k != "done" and v != before.events[k]}
    assert done == len(updates) and not others, f"{channel}: {done} of {len(updates)} done; other states {others}"
    expected = Counter(m for _p, kind, _t in updates for m in EXPECTED_ROWS[kind])
    with samen.sessions() as db:
        written = Counter(db.scalars(select(OutboxMessage.message_id).where(OutboxMessage.id > before.outbox_max)))
    assert written == expected, f"{channel}: outbox rows {dict(written)}, expected {dict(expected)}"
    return check_rows(updates[skip:])


def check_rows(updates: list[tuple[Person, str, str]]) -> int:
    """How many outbox rows these updates write."""
    return sum(len(EXPECTED_ROWS[kind]) for _p, kind, _t in updates)


# -- timing ---------------------------------------------------------------------------------------
Bodies = list[tuple[bytes, dict[str, str]]]


class Target:
    """One web app under test, posted to through its own in-process httpx client."""

    def __init__(self, label: str, app: Any, path: str, expect: int = 200) -> None:
        self.label, self.path, self.expect = label, path, expect
        self.client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://bench.local")
        self.seconds = 0.0

    async def post(self, batch: Bodies, timed: bool = True) -> None:
        started = time.perf_counter()
        for body, headers in batch:
            response = await self.client.post(self.path, content=body, headers=headers)
            if response.status_code != self.expect:
                raise AssertionError(f"{self.label}: {self.path} answered {response.status_code}")
            await self.after_post()
        if timed:
            self.seconds += time.perf_counter() - started

    async def after_post(self) -> None:
        """What the clock also waits for after each answer (nothing for a plain route)."""

    async def close(self) -> None:
        await self.client.aclose()


async def race(targets: list[Target], bodies: Bodies, warmup: int, on_warm: Callable[[], None],
               rounds: int = 10) -> None:
    """Warm every target up (then call `on_warm`), then post the rest in `rounds` chunks, the targets
    taking turns (the order turning each round), so that a change in the machine's load hits them alike."""
    for target in targets:
        await target.post(bodies[:warmup], timed=False)
    on_warm()
    timed = bodies[warmup:]
    size = max(1, math.ceil(len(timed) / rounds))
    for i, start in enumerate(range(0, len(timed), size)):
        for target in (targets if i % 2 == 0 else targets[::-1]):
            await target.post(timed[start:start + size])


class SamenTarget(Target):
    """samen's web app: each post is acknowledged once stored, then handled by the handling loop's
    step (`Handling.round`, as the loop runs it when woken), so the clock stops when the update is
    handled and its outbox rows are written."""

    def __init__(self, label: str, samen: Samen, path: str) -> None:
        super().__init__(label, web_app(samen, background=False), path)
        self.samen = samen

    async def after_post(self) -> None:
        assert self.samen.handling is not None
        while await self.samen.handling.round() >= self.samen.handling.batch:
            pass


class Stopwatch:
    """Wraps samen's `Intake.write` (the group commit that stores an update before the answer) and
    `Dispatcher.take_and_process` (reading and handling stored updates) on the instance and adds up
    their time (they run in worker threads: wall time there)."""

    def __init__(self, samen: Samen) -> None:
        self.seconds: Counter[str] = Counter()
        assert samen.intake is not None
        samen.intake.write = self._timed("record", samen.intake.write)  # type: ignore[method-assign]
        dispatcher = samen.dispatcher
        dispatcher.take_and_process = self._timed("process", dispatcher.take_and_process)  # type: ignore[method-assign]

    def _timed(self, name: str, method: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return method(*args, **kwargs)
            finally:
                self.seconds[name] += time.perf_counter() - started

        return timed


def empty_app(path: str) -> Starlette:
    """The transport alone: a route that reads the body and answers 200."""

    async def route(request: Request) -> Response:
        await request.body()
        return Response(status_code=200)

    return Starlette(routes=[Route(path, route, methods=["POST"])])


async def _inline(func: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
    return func(*args, **kwargs)


async def profiled(run: Callable[[], Awaitable[None]]) -> tuple[float, str]:
    """Await `run` under cProfile with asyncio.to_thread inlined (the database work would otherwise
    sit in worker threads the profiler does not see); its time and the top of the profile."""
    original = asyncio.to_thread
    asyncio.to_thread = _inline  # type: ignore[assignment]
    profiler = cProfile.Profile()
    try:
        started = time.perf_counter()
        profiler.enable()
        await run()
        profiler.disable()
        elapsed = time.perf_counter() - started
    finally:
        asyncio.to_thread = original  # type: ignore[assignment]
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).strip_dirs().sort_stats("cumulative")
    stats.print_stats(40)
    out.write("-- samen's own functions --\n")
    stats.print_stats(r"^(dispatch|router|queries|relay|reminders|base|telegram|ingress|auth|messages|i18n|models|db|onboarding|privacy|members)\.py", 45)
    out.write("-- who runs statements through SQLAlchemy --\n")
    stats.print_callers(r"base.py:1420\(execute\)|session.py:.*\(execute\)")
    out.write("-- by own time --\n")
    stats.sort_stats("tottime").print_stats(20)
    return elapsed, out.getvalue()


def report(samen: Target, bare: Target, transport: Target, watched: Counter[str], n: int, what: str,
           also: Target | None = None) -> None:
    samen_us, bare_us, transport_us = (t.seconds / n * 1e6 for t in (samen, bare, transport))
    for target, us in ((samen, samen_us), (bare, bare_us)):
        print(f"  {target.label:<46} {us:8.0f} µs per update  ({n / target.seconds:6.0f} per s)")
    record_us, process_us = (watched[k] / n * 1e6 for k in ("record", "process"))
    print(f"    samen's share: recording {record_us:.0f} µs (Intake.write), processing {process_us:.0f} µs "
          f"(Dispatcher.take_and_process), the rest {samen_us - record_us - process_us:.0f} µs ({what})")
    print(f"    the transport alone (httpx.ASGITransport + a Starlette route reading the body): {transport_us:.0f} µs")
    if also is not None:
        also_us = also.seconds / n * 1e6
        print(f"    for reference, a {also.label}: {also_us:.0f} µs (samen {samen_us / also_us:.1f}x that)")
    ratio = samen_us / bare_us
    print(f"  ratio samen / bare: {ratio:.1f}x  (target: <= {TARGET:.0f}x) -> {'met' if ratio <= TARGET else 'MISSED'}")


# -- Telegram -------------------------------------------------------------------------------------
def telegram_bodies(population: Population, updates: list[tuple[Person, str, str]]) -> list[tuple[bytes, dict[str, str]]]:
    fake = FakeTelegram(token=TOKEN)  # not started: only its update builders are used
    for person in population.people:
        chat = int(person.address)
        person.message_id = 500
        keyboard = [[{"text": f"{icon} {label}", "callback_data": f"rsvp:{person.session_id}:{answer}"}]
                    for icon, label, answer in (("✅", "Ik kom", "yes"), ("❌", "Ik kom niet", "no"),
                                                ("📞", "Bel me", "call"))]
        fake.messages[(chat, person.message_id)] = {
            "message_id": person.message_id, "date": int(time.time()),
            "from": {"id": fake.bot_id, "is_bot": True, "first_name": "Samen", "username": "samen_bench_bot"},
            "chat": {"id": chat, "type": "private", "first_name": person.name},
            "text": "Herinnering: morgen om 14:00 in het Buurthuis. Kom je?",
            "reply_markup": {"inline_keyboard": keyboard}}
    headers = {"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": SECRET}
    bodies = []
    for person, kind, text in updates:
        chat = int(person.address)
        if kind == "text":
            update = fake.text_update(chat, text, first_name=person.name, language_code="nl")
        else:
            update = fake.callback_update(chat, person.message_id, text, first_name=person.name)
        bodies.append((json.dumps(update).encode(), headers))
    return bodies


def build_telegram_samen(directory: Path) -> tuple[Samen, NoopRequest]:
    request = NoopRequest()
    application = (ApplicationBuilder().token(TOKEN).request(request).get_updates_request(NoopRequest())
                   .updater(None).build())
    config = Config(database_url=f"sqlite:///{directory / 'telegram.sqlite3'}", telegram_bot_token=TOKEN,
                    telegram_webhook_secret=SECRET, public_url=PUBLIC)
    samen = build(config, clock=FrozenClock(START), policy=Policy(inbound_per_minute=1_000_000),
                  channels={"telegram": TelegramChannel(application, default_catalog())})
    return samen, request


def bare_telegram_app() -> tuple[Application, Starlette, NoopRequest, Counter[str]]:
    request = NoopRequest()
    application = (ApplicationBuilder().token(TOKEN).request(request).get_updates_request(NoopRequest())
                   .updater(None).build())
    handled: Counter[str] = Counter()

    async def echo(update: Update, _context: Any) -> None:
        handled["text"] += 1
        await update.message.reply_text(update.message.text)

    async def button(update: Update, _context: Any) -> None:
        handled["button"] += 1
        query = update.callback_query
        await query.answer()
        await query.message.reply_text(f"You chose {query.data}")

    application.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    application.add_handler(CallbackQueryHandler(button))

    async def webhook(http: Request) -> Response:
        given = http.headers.get("X-Telegram-Bot-Api-Secret-Token", "")
        if not hmac.compare_digest(given.encode(), SECRET.encode()):
            return Response(status_code=403)
        update = Update.de_json(json.loads(await http.body()), application.bot)
        await application.process_update(update)
        return Response(status_code=200)

    return application, Starlette(routes=[Route("/telegram/webhook", webhook, methods=["POST"])]), request, handled


def bench_telegram(directory: Path, n: int, warmup: int, profile: bool) -> None:
    samen, request = build_telegram_samen(directory)
    try:
        setup = time.perf_counter()
        members = max(PER_GROUP, math.ceil((n + warmup) / PER_MEMBER))
        population = populate(samen, "telegram", members, lambda i: str(10_000 + i), lambda code: f"/start {code}")
        updates = plan(population, warmup + n)
        extra = plan(population, warmup + 2 * n)[warmup + n:] if profile else []  # n more, for the profile
        bodies = telegram_bodies(population, updates + extra)  # one builder: update ids stay unique
        bodies, fresh = bodies[:warmup + n], bodies[warmup + n:]
        print(f"Telegram: {len(population.people)} members in {len(population.leaders)} groups "
              f"(set up in {time.perf_counter() - setup:.1f} s); {n} updates "
              f"({sum(k == 'text' for _p, k, _t in updates[warmup:])} texts relayed, "
              f"{sum(k != 'text' for _p, k, _t in updates[warmup:])} RSVP taps), after {warmup} to warm up")

        application, bare_app, bare_request, handled = bare_telegram_app()
        watch = Stopwatch(samen)
        path = "/telegram/webhook"
        samen_t = SamenTarget("samen (webhook, record, dispatch, outbox)", samen, path)
        bare_t = Target("bare python-telegram-bot Application", bare_app, path)
        transport_t = Target("transport", empty_app(path), path)
        profile_text: list[str] = []
        watched: Counter[str] = Counter()
        calls: dict[str, dict[str, int]] = {}

        async def run() -> None:
            await samen.start_channels(receive=False)
            await application.initialize()
            try:
                def warm() -> None:
                    for counter in (watch.seconds, request.calls, bare_request.calls):
                        counter.clear()

                await race([samen_t, bare_t, transport_t], bodies, warmup, warm)
                watched.update(watch.seconds)
                calls.update({"samen": dict(request.calls), "bare": dict(bare_request.calls)})
                if profile:
                    elapsed, text = await profiled(lambda: samen_t.post(fresh, timed=False))
                    profile_text.append(f"\n  profile of samen's Telegram path: {n} more updates, to_thread inlined, "
                                        f"under cProfile ({elapsed / n * 1e6:.0f} µs per update)\n\n{text}")
            finally:
                for target in (samen_t, bare_t, transport_t):
                    await target.close()
                await application.shutdown()
                await samen.stop_channels()

        before = snapshot(samen, "telegram")
        asyncio.run(run())
        rows = check(samen, "telegram", before, updates + extra, skip=warmup) - check_rows(extra)
        assert sum(handled.values()) == warmup + n, f"the bare bot handled {sum(handled.values())} of {warmup + n}"
        report(samen_t, bare_t, transport_t, watched, n, "HTTP, secret, Update.de_json, answering the tap, thread hops")
        print(f"  samen wrote {rows} outbox rows; Bot API calls: samen {calls['samen']}, bare {calls['bare']}")
        if profile_text:
            print(profile_text[0])
    finally:
        samen.close()


# -- WhatsApp -------------------------------------------------------------------------------------
def whatsapp_bodies(updates: list[tuple[Person, str, str]]) -> list[tuple[bytes, dict[str, str]]]:
    fake = FakeTwilio()  # not started: only its webhook builder and signer are used
    out = []
    for person, kind, text in updates:
        if kind == "text":
            params = fake.inbound(person.address, text, to=SENDER, profile_name=person.name)
        else:
            label = "Ik kom" if kind == "yes" else "Ik kom niet"
            params = fake.inbound(person.address, label, to=SENDER, profile_name=person.name,
                                  button_payload=text, button_text=label)
        headers = {"Content-Type": "application/x-www-form-urlencoded; charset=utf-8",
                   "X-Twilio-Signature": fake.sign(f"{PUBLIC}/twilio/whatsapp", params)}
        out.append((urllib.parse.urlencode(params).encode(), headers))
    return out


class NoopTwilioHttp(AsyncHttpClient):
    """twilio's network layer replaced by a canned answer (a queued message), as `NoopRequest` is
    for python-telegram-bot: the bare bot pays only for the twilio client itself. Counts the calls."""

    def __init__(self, account_sid: str) -> None:
        super().__init__(logging.getLogger("bench.twilio"), is_async=True)
        self.account_sid = account_sid
        self.calls = 0

    async def request(self, method: str, uri: str, params: Any = None, data: Any = None, headers: Any = None,
                      auth: Any = None, timeout: Any = None, allow_redirects: bool = False) -> TwilioResponse:
        self.calls += 1
        data = data or {}
        sid = f"SM{self.calls:032x}"
        return TwilioResponse(201, json.dumps({
            "sid": sid, "account_sid": self.account_sid, "status": "queued", "direction": "outbound-api",
            "to": data.get("To"), "from": data.get("From"), "body": data.get("Body"), "num_media": "0",
            "num_segments": "1", "date_created": None, "uri": f"/2010-04-01/Accounts/{self.account_sid}/Messages/{sid}.json"}))


def bare_whatsapp_app(auth_token: str, account_sid: str, *, echo: bool = True) -> tuple[Starlette, Counter[str]]:
    """A bare Twilio WhatsApp bot behind one Starlette route, written the way Twilio's documentation
    shows it: the form, `RequestValidator.validate` over the public URL, and (with `echo`) the text
    or the button's payload echoed with the twilio client's `messages.create_async` (its requests
    answered by `NoopTwilioHttp`); then an empty TwiML.  Without `echo`: only the form is read."""
    handled: Counter[str] = Counter()
    validator = RequestValidator(auth_token)
    http = NoopTwilioHttp(account_sid)
    client = TwilioClient(account_sid, auth_token, http_client=http)
    url = f"{PUBLIC}/twilio/whatsapp"

    async def message(request: Request) -> Response:
        params = dict(parse_qsl((await request.body()).decode("utf-8", errors="replace"), keep_blank_values=True))
        if echo:
            if not validator.validate(url, params, request.headers.get("X-Twilio-Signature", "")):
                return Response(status_code=403)
            payload = params.get("ButtonPayload")
            sent = await client.messages.create_async(to=params["From"], from_=params["To"],
                                                      body=f"You chose {payload}" if payload else params.get("Body", ""))
            handled["echoed"] += sent.sid == f"SM{http.calls:032x}"
        handled["button" if params.get("ButtonPayload") else "text"] += 1
        return Response(EMPTY_TWIML, media_type="text/xml")

    return Starlette(routes=[Route("/twilio/whatsapp", message, methods=["POST"])]), handled


def bench_whatsapp(directory: Path, n: int, warmup: int, profile: bool) -> None:
    fake = FakeTwilio()
    config = Config(database_url=f"sqlite:///{directory / 'whatsapp.sqlite3'}", public_url=PUBLIC,
                    twilio_account_sid=fake.account_sid, twilio_auth_token=fake.auth_token,
                    twilio_whatsapp_from=SENDER, twilio_api_url="http://127.0.0.1:9")  # never called
    samen = build(config, clock=FrozenClock(START), policy=Policy(inbound_per_minute=1_000_000))
    try:
        setup = time.perf_counter()
        members = max(PER_GROUP, math.ceil((n + warmup) / PER_MEMBER))
        population = populate(samen, "whatsapp", members, lambda i: f"whatsapp:+316{i:08d}", lambda code: code)
        updates = plan(population, warmup + n)
        extra = plan(population, warmup + 2 * n)[warmup + n:] if profile else []  # n more, for the profile
        bodies = whatsapp_bodies(updates + extra)
        bodies, fresh = bodies[:warmup + n], bodies[warmup + n:]
        print(f"\nWhatsApp: {len(population.people)} members in {len(population.leaders)} groups "
              f"(set up in {time.perf_counter() - setup:.1f} s); {n} signed posts "
              f"({sum(k == 'text' for _p, k, _t in updates[warmup:])} texts relayed, "
              f"{sum(k != 'text' for _p, k, _t in updates[warmup:])} quick-reply RSVPs), after {warmup} to warm up")
        bare_app, handled = bare_whatsapp_app(fake.auth_token, fake.account_sid)
        form_app, form_handled = bare_whatsapp_app(fake.auth_token, fake.account_sid, echo=False)
        watch = Stopwatch(samen)
        path = "/twilio/whatsapp"
        samen_t = SamenTarget("samen (signature, record, dispatch, outbox)", samen, path)
        bare_t = Target("bare Twilio bot (signature, echo)", bare_app, path)
        form_t = Target("Starlette route reading the form", form_app, path)
        transport_t = Target("transport", empty_app(path), path)

        watched: Counter[str] = Counter()
        profile_text: list[str] = []

        async def run() -> None:
            try:
                await race([samen_t, bare_t, form_t, transport_t], bodies, warmup, watch.seconds.clear)
                watched.update(watch.seconds)
                if profile:
                    elapsed, text = await profiled(lambda: samen_t.post(fresh, timed=False))
                    profile_text.append(f"\n  profile of samen's WhatsApp path: {n} more posts, to_thread inlined, "
                                        f"under cProfile ({elapsed / n * 1e6:.0f} µs per update)\n\n{text}")
            finally:
                for target in (samen_t, bare_t, form_t, transport_t):
                    await target.close()

        before = snapshot(samen, "whatsapp")
        asyncio.run(run())
        rows = check(samen, "whatsapp", before, updates + extra, skip=warmup) - check_rows(extra)
        assert handled["text"] + handled["button"] == handled["echoed"] == warmup + n, \
            f"the bare bot handled {handled['text'] + handled['button']} and echoed {handled['echoed']} of {warmup + n}"
        assert sum(form_handled.values()) == warmup + n, f"the form route read {sum(form_handled.values())} of {warmup + n}"
        report(samen_t, bare_t, transport_t, watched, n, "HTTP, form, signature, thread hops", also=form_t)
        print(f"  samen wrote {rows} outbox rows")
        if profile_text:
            print(profile_text[0])
    finally:
        samen.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=1000, help="updates per channel (default 1000)")
    parser.add_argument("--profile", action="store_true", help="also profile samen's path (each channel run)")
    parser.add_argument("--only", choices=("telegram", "whatsapp"), help="run one channel only")
    args = parser.parse_args()
    if args.n < 1:
        parser.error("--n must be at least 1")
    warmup = min(100, max(10, args.n // 10))
    with tempfile.TemporaryDirectory(prefix="samen-inbound-bench-") as directory:
        if args.only != "whatsapp":
            bench_telegram(Path(directory), args.n, warmup, args.profile)
        if args.only != "telegram":
            bench_whatsapp(Path(directory), args.n, warmup, args.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
