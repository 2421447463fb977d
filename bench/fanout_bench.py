"""Reminder fan-out, in real time, through samen's own tick and outbox sender.

Five parts (each can be skipped):

1. Telegram: a reminder wave to --members participants (groups of --per-group, each member a chat
   of its own, mixed languages).  One reminder timer per group is due now; `Ticker.tick` turns
   them into outbox rows, then samen's `OutboxSender.run` sends them through the real
   python-telegram-bot client to tests/fakes/telegram_api.py `FakeTelegram`, which enforces
   `FloodLimits(overall=30, per_chat=1, window=1.0)`.  The sender uses samen's default Telegram
   pacing (`bot.app.build` with pacing_scale 1: 30/s overall, 1 s per chat).
   Prints the achieved rate as a fraction of 30/s (target >= 0.95) and the 429s / flood-limit
   violations (target 0).  The full 2,000 takes about 67 s.
2. Restart (--only restart): the same Telegram wave to --restart-members, sent by a real
   `samen run --role worker` process that is killed with SIGKILL halfway and started again on the
   same database.  Prints the rate before the kill and after the restart (target >= 0.9 of 30/s
   each, 0 x 429), the members left without the reminder (target 0) and what came twice (only the
   sends in flight at the kill may: at-least-once).
3. Backlog (--only backlog): --backlog relayed messages wait for one leader (her chat takes 1/s)
   when a reminder wave to --backlog-members starts.  Prints how long until the first member has
   her reminder (target <= 1 s) and the wave's rate beside the backlog.
4. WhatsApp: the same wave through samen's Twilio channel (the real twilio client) to
   tests/fakes/twilio_api.py `FakeTwilio(rate_per_second=80)` -- 80/s being the rate samen paces
   WhatsApp at (`bot.app.build`: `Pacer(rate=80, per_address_interval=1, window=1)`).  Members wrote within
   the last 24 hours, so free-form messages are allowed.  Prints the rate as a fraction of 80/s.
5. Tick cost: one `Ticker.tick` with 1,000,000 pending timers (not yet due) in the table against
   the same with 10,000 (target ratio <= 1.5).  The pending timers are bulk-inserted (SQLAlchemy
   core executemany) on SQLite; a handful of reminder timers (--due, one per group of
   --per-group members) are due now and are run by each timed tick.  The first tick of a day also
   does the daily housekeeping; it is timed and shown separately, the ratio uses the median of
   --repeat ticks after it.

The fakes answer as a real API would, after a network round trip: 50 ms for every
sendMessage/setMyCommands (--telegram-latency; api.telegram.org is typically 20-100 ms away) and
250 ms for every Twilio create (--twilio-latency; Twilio answers in 200-400 ms).  The sender keeps
several requests in flight per channel (`OutboxSender.concurrency`), so the rate is the platform's
limit, not 1 / latency.

Run:  .venv/bin/python bench/fanout_bench.py                       # everything, full size
      .venv/bin/python bench/fanout_bench.py --members 300 --pending 100000   # quick
      .venv/bin/python bench/fanout_bench.py --only telegram --telegram-latency 0   # loopback speed
"""
from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import logging
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, insert, select  # noqa: E402

from bot.app import Samen, build  # noqa: E402
from bot.config import Config  # noqa: E402
from bot.core.clock import SystemClock  # noqa: E402
from bot.core.i18n import LOCALES  # noqa: E402
from bot.core.messages import Outbound  # noqa: E402
from storage import queries  # noqa: E402
from storage.models import (ChannelAddress, Group, Meeting, Member, Membership, Organisation,  # noqa: E402
                            OutboxMessage, Timer)
from tests.fakes.telegram_api import FakeTelegram, FloodLimits  # noqa: E402
from tests.fakes.twilio_api import FakeTwilio  # noqa: E402

TELEGRAM_RATE = 30.0
WHATSAPP_RATE = 80.0
SENDER = "whatsapp:+14155238886"
OPEN = ("pending", "claimed", "sending")


def seed_wave(samen: Samen, channel: str, members: int, per_group: int, voice_share: float = 0.0,
              own_places: bool = False) -> list[int]:
    """Groups of `per_group` participants (plus a leader each) reachable on `channel`, a session in
    three hours and its same-day reminder timer due a minute ago; `voice_share` of the participants
    have their messages spoken too; with `own_places` each group meets in a place of its own (so no
    two groups' reminders read the same).  Returns the group ids."""
    now = samen.clock.now()
    groups: list[int] = []
    with samen.sessions() as db, db.begin():
        org = Organisation(name=f"Bench {channel} {time.time_ns()}", created_at=now)
        db.add(org)
        db.flush()
        made, g = 0, 0
        while made < members:
            size = min(per_group, members - made)
            group = Group(organisation_id=org.id, name=f"Groep {g}", created_at=now)
            db.add(group)
            db.flush()
            people = [Member(display_name=f"leader {g}", language="nl", consent_at=now, created_at=now,
                             may_call=False)]
            people += [Member(display_name=f"p{g}-{i}", language=LOCALES[(made + i) % len(LOCALES)],
                              consent_at=now, created_at=now, may_call=False,
                              voice=voice_share > 0 and (made + i) % round(1 / voice_share) == 0)
                       for i in range(size)]
            db.add_all(people)
            db.flush()
            for i, member in enumerate(people):
                number = 10_000_000 + member.id
                address = str(number) if channel == "telegram" else f"whatsapp:+31{number:09d}"
                db.add(ChannelAddress(member_id=member.id, channel=channel, address=address, created_at=now,
                                      last_inbound_at=now - dt.timedelta(hours=1)))
                db.add(Membership(member_id=member.id, organisation_id=org.id, group_id=group.id,
                                  role="facilitator" if i == 0 else "participant", joined_at=now))
            meeting = Meeting(group_id=group.id, starts_at=now + dt.timedelta(hours=3),
                              ends_at=now + dt.timedelta(hours=5), place=f"Buurthuis {g}" if own_places else "Buurthuis",
                              status="planned", created_at=now)
            db.add(meeting)
            db.flush()
            db.add(Timer(kind="reminder", due_at=now - dt.timedelta(minutes=1), created_at=now,
                         data={"session_id": meeting.id, "offset": "same-day"},
                         dedupe_key=f"reminder:{meeting.id}:same-day"))
            groups.append(group.id)
            made += size
            g += 1
    return groups


def open_rows(samen: Samen) -> int:
    with samen.sessions() as db:
        return db.scalar(select(func.count()).select_from(OutboxMessage)
                         .where(OutboxMessage.status.in_(OPEN))) or 0


def status_counts(samen: Samen) -> dict[str, int]:
    with samen.sessions() as db:
        return dict(db.execute(select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status)).all())


async def send_wave(samen: Samen, sent: Callable[[], int], expected: int, timeout: float) -> float:
    """Run samen's sender (as `samen run` does) until every row is sent (counted at the fake, so the
    bench adds no database load meanwhile) and then no row is open; seconds it took."""
    stop = asyncio.Event()
    started = time.perf_counter()
    task = asyncio.create_task(samen.sender.run(stop))
    deadline = started + timeout
    last_check = started
    try:
        while time.perf_counter() < deadline:
            await asyncio.sleep(0.2)
            if sent() < expected and time.perf_counter() - last_check < 5:
                continue
            last_check = time.perf_counter()
            if await asyncio.to_thread(open_rows, samen) == 0:
                break
        else:
            print(f"  !! time-out after {timeout:.0f} s with rows still open")
    finally:
        stop.set()
        samen.sender.wake()
        await task
    return time.perf_counter() - started


def time_claims(samen: Samen) -> list[tuple[float, float, int]]:
    """Record (start, end, rows) of every `OutboxSender.claim` (on time.monotonic, the fakes' clock)."""
    claims: list[tuple[float, float, int]] = []
    original = samen.sender.claim

    def claim(*args: Any, **kwargs: Any) -> list:
        t0 = time.monotonic()
        jobs = original(*args, **kwargs)
        claims.append((t0, time.monotonic(), len(jobs)))
        return jobs

    samen.sender.claim = claim  # type: ignore[method-assign]
    return claims


def stalls_in_claims(times: list[float], rate: float, claims: list[tuple[float, float, int]]) -> str:
    """How many long gaps between sends had a claim of rows running in them."""
    nominal = 1.0 / rate
    busy = [(a, b) for a, b, n in claims if n]
    stalls = [(a, b) for a, b in zip(times, times[1:]) if b - a > 1.5 * nominal]
    during = [(a, b) for a, b in stalls if any(ca < b and cb > a for ca, cb in busy)]
    lost = sum(b - a - nominal for a, b in during)
    durations = [b - a for a, b in busy]
    if not durations:
        return ""
    return (f"claims of rows: {len(busy)}, {statistics.mean(durations) * 1000:.0f} ms each on average "
            f"({statistics.mean(durations) / max(1, statistics.mean(n for _a, _b, n in claims if n)) * 1000:.2f} ms per row); "
            f"{len(during)} of the {len(stalls)} stalls had a claim running, {lost:.1f} s lost in them")


def row_writes(samen: Samen, rows: int) -> str:
    """How many transactions marked rows "sending" and recorded their outcomes (`bot.batching`)."""
    marks, outcomes = samen.sender._marks, samen.sender._outcomes
    return (f"row writes: {rows} rows marked sending in {marks.calls if marks else 0} transactions, "
            f"recorded in {outcomes.calls if outcomes else 0}")


def rate_of(times: list[float]) -> float:
    """Messages per second between the first and the last accepted send."""
    if len(times) < 2:
        return float("nan")
    return (len(times) - 1) / (times[-1] - times[0])


def report_wave(times: list[float], expected: int, elapsed: float, counts: dict, limit: float, what: str,
                too_many: int, violations: int, kind: str) -> float:
    """Print how a wave went against the platform's limit; the achieved fraction of the limit."""
    frac = rate_of(times) / limit
    span = f"{times[-1] - times[0]:.1f} s" if times else "-"
    print(f"  sent {len(times)} of {expected} in {elapsed:.1f} s wall (first to last accepted {what} {span}); "
          f"outbox rows: {counts}")
    print(f"  achieved rate: {rate_of(times):.2f} msg/s = {frac:.3f} of {limit:g}/s   (target >= 0.95)  "
          f"[{'OK' if frac >= 0.95 else 'MISSED'}]")
    print(f"  429 answers: {too_many}, {kind} violations: {violations}   (target 0)  "
          f"[{'OK' if too_many == 0 and not violations else 'MISSED'}]")
    return frac


def gaps_report(times: list[float], rate: float) -> str:
    """Where the time between sends went: the usual gap, and the long gaps (stalls)."""
    if len(times) < 3:
        return ""
    nominal = 1.0 / rate
    gaps = [b - a for a, b in zip(times, times[1:])]
    stalls = [g for g in gaps if g > 1.5 * nominal]
    median = statistics.median(gaps)
    lost_stalls = sum(g - nominal for g in stalls)
    lost_small = sum(g - nominal for g in gaps if g <= 1.5 * nominal)
    return (f"gaps between sends: median {median * 1000:.1f} ms (nominal {nominal * 1000:.1f}); "
            f"{len(stalls)} stalls over {1.5 * nominal * 1000:.0f} ms (median {statistics.median(stalls) * 1000 if stalls else 0:.0f} ms) "
            f"lost {lost_stalls:.1f} s, small overshoots lost {lost_small:.1f} s, of {times[-1] - times[0]:.1f} s")


def busiest_second(times: list[float]) -> int:
    best, j = 0, 0
    for i, t in enumerate(times):
        while times[j] <= t - 1.0:
            j += 1
        best = max(best, i - j + 1)
    return best


def telegram_api(args: argparse.Namespace) -> FakeTelegram:
    """The fake Bot API with Telegram's limits (30/s overall, 1/s per chat), answering after
    --telegram-latency ms."""
    fake = FakeTelegram(limits=FloodLimits(overall=int(TELEGRAM_RATE), per_chat=1, window=1.0))
    if args.telegram_latency:
        for method in ("sendMessage", "setMyCommands"):
            fake.delay(method, args.telegram_latency / 1000, times=10**9)
    return fake


def telegram_config(fake: FakeTelegram, database: Path) -> Config:
    return Config(database_url=f"sqlite:///{database}", telegram_bot_token=fake.token,
                  telegram_api_url=f"{fake.url}/bot", telegram_file_url=f"{fake.url}/file/bot")


async def telegram_part(args: argparse.Namespace, workdir: Path) -> bool:
    print(f"\n== Telegram: a reminder wave to {args.members} members (groups of {args.per_group}), "
          f"FakeTelegram FloodLimits(overall=30, per_chat=1, window=1.0), samen's default pacing (30/s, 1 s per chat)"
          + f", {args.telegram_latency:g} ms API latency")
    with telegram_api(args) as fake:
        samen = build(telegram_config(fake, workdir / 'telegram.sqlite3'), clock=SystemClock())
        try:
            seed_wave(samen, "telegram", args.members, args.per_group)
            await samen.start_channels(receive=False)
            before = len(fake.calls)
            t0 = time.perf_counter()
            result = await asyncio.to_thread(samen.ticker.tick)
            tick = time.perf_counter() - t0
            print(f"  tick: {result.due} timers -> {result.messages} outbox rows in {tick:.2f} s")
            claims = time_claims(samen)
            elapsed = await send_wave(samen, lambda: sum(1 for c in fake.calls[before:] if c.ok and c.method == "sendMessage"),
                                      result.messages, timeout=args.members / TELEGRAM_RATE * 3 + 60)
            await samen.stop_channels()
            calls = fake.calls[before:]
            sends = sorted(c.at for c in calls if c.method.lower() == "sendmessage" and c.ok)
            menus = sum(1 for c in calls if c.method.lower() == "setmycommands")
            too_many = sum(1 for c in calls if c.status == 429)
            counts = status_counts(samen)
        finally:
            samen.close()
    frac = report_wave(sends, result.messages, elapsed, counts, TELEGRAM_RATE, "sendMessage", too_many,
                       len(fake.violations), "flood-limit")
    print(f"  busiest 1-s window: {busiest_second(sends)} sendMessage; extra setMyCommands calls (per-chat menus): {menus}")
    print(f"  {gaps_report(sends, TELEGRAM_RATE)}")
    print(f"  {stalls_in_claims(sends, TELEGRAM_RATE, claims)}")
    print(f"  {row_writes(samen, len(sends))}")
    if fake.violations:
        print(f"  first violations: {fake.violations[:3]}")
    return frac >= 0.95 and too_many == 0 and not fake.violations and len(sends) == result.messages


def synthesis_figures() -> None:
    """How long eSpeak NG takes to speak a reminder in each voiced language, nothing cached."""
    from bot.core.i18n import default_catalog
    from bot.core.messages import Choice
    from bot.core.spoken import VOICES
    from bot.speech import Speech

    catalog = default_catalog()
    when = dt.datetime(2026, 10, 6, 12, 0, tzinfo=dt.timezone.utc)
    with tempfile.TemporaryDirectory() as folder:
        speech = Speech(Path(folder))
        speech.speak("nl", "Hallo")  # the library loads once per process
        cells = []
        for locale in VOICES:
            rendered = catalog.render(locale, "reminder", {"date": when, "place": "Buurthuis", "note": "none"},
                                      [Choice("rsvp:yes:1", "rsvp-yes"), Choice("rsvp:no:1", "rsvp-no"),
                                       Choice("rsvp:call:1", "rsvp-call")])
            t0 = time.perf_counter()
            clip = speech.speak(locale, catalog.spoken(rendered))
            cells.append(f"{locale} {(time.perf_counter() - t0) * 1000:.0f} ms for {clip.seconds:.0f} s, "
                         f"{clip.size / 1024:.0f} KiB")
    print("  synthesis of one reminder, nothing cached: " + "; ".join(cells))


async def voice_part(args: argparse.Namespace, workdir: Path) -> bool:
    """The Telegram wave with a share of the members on voice: each of them gets the reminder's text
    and then its voice note (sendVoice, an upload).  The rate counts both against Telegram's 30/s."""
    share = args.voice_share
    print(f"\n== Telegram with voice: a reminder wave to {args.members} members, {share:.0%} of them on voice "
          f"(text, then a voice note uploaded with sendVoice); FloodLimits(30, 1 per chat), "
          f"{args.telegram_latency:g} ms API latency")
    synthesis_figures()
    with telegram_api(args) as fake:
        if args.telegram_latency:
            fake.delay("sendVoice", args.telegram_latency / 1000, times=10**9)
        samen = build(telegram_config(fake, workdir / 'voice.sqlite3'), clock=SystemClock())
        try:
            seed_wave(samen, "telegram", args.members, args.per_group, voice_share=share, own_places=True)
            # `samen run` makes the voice notes of the next three hours' timers every ten minutes
            t0 = time.perf_counter()
            ahead = await asyncio.to_thread(samen.speak_ahead)
            took = time.perf_counter() - t0
            print(f"  ahead of the wave (every group meets in its own place: its own reminder text): {ahead} clips "
                  f"made in {took:.1f} s ({took * 1000 / max(1, ahead):.0f} ms a clip, {os.cpu_count()} threads)")
            made_ahead = samen.sender.speech.made if samen.sender.speech else 0
            await samen.start_channels(receive=False)
            before = len(fake.calls)
            result = await asyncio.to_thread(samen.ticker.tick)
            with samen.sessions() as db:
                voiced = db.scalar(select(func.count()).select_from(OutboxMessage)
                                   .where(OutboxMessage.dedupe_key.like("%:voice"))) or 0
            print(f"  tick: {result.due} timers -> {result.messages} outbox rows ({voiced} of them voice notes)")
            sends = ("sendMessage", "sendVoice")
            elapsed = await send_wave(samen, lambda: sum(1 for c in fake.calls[before:] if c.ok and c.method in sends),
                                      result.messages, timeout=result.messages / TELEGRAM_RATE * 3 + 60)
            await samen.stop_channels()
            calls = fake.calls[before:]
            times = sorted(c.at for c in calls if c.method in sends and c.ok)
            voices = [c for c in calls if c.method == "sendVoice" and c.ok]
            too_many = sum(1 for c in calls if c.status == 429)
            counts = status_counts(samen)
            speech = samen.sender.speech
        finally:
            samen.close()
    frac = report_wave(times, result.messages, elapsed, counts, TELEGRAM_RATE, "sendMessage or sendVoice",
                       too_many, len(fake.violations), "flood-limit")
    made = (speech.made if speech else 0) - made_ahead
    print(f"  voice notes sent: {len(voices)}; clips made while the wave ran: {made} (the rest were made ahead); "
          f"uploads: {sum(1 for c in voices if c.files)}, sent again by file id: {sum(1 for c in voices if not c.files)}")
    print(f"  {gaps_report(times, TELEGRAM_RATE)}")
    return frac >= 0.95 and too_many == 0 and not fake.violations and len(times) == result.messages


def worker(url: str, fake: FakeTelegram) -> subprocess.Popen:
    """`samen run --role worker` on the database, sending to the fake with samen's default pacing."""
    env = {**os.environ, "DATABASE_URL": url, "TELEGRAM_BOT_TOKEN": fake.token,
           "TELEGRAM_API_URL": f"{fake.url}/bot", "TELEGRAM_FILE_URL": f"{fake.url}/file/bot",
           "SAMEN_PUBLIC_URL": "", "SAMEN_PACING_SCALE": "1", "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen([sys.executable, "-m", "bot.cli", "run", "--role", "worker"], cwd=ROOT,
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def stop_worker(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()


def restart_part(args: argparse.Namespace, workdir: Path) -> bool:
    """The Telegram wave sent by `samen run --role worker`, killed with SIGKILL halfway and started
    again on the same database: the rate before and after the restart, and what came twice."""
    members = args.restart_members
    print(f"\n== Telegram, restart in the middle: a wave to {members} members sent by `samen run --role worker`, "
          f"SIGKILL at half, started again; {args.telegram_latency:g} ms API latency, FloodLimits(30, 1 per chat)")
    url = f"sqlite:///{workdir / 'restart.sqlite3'}"
    with telegram_api(args) as fake:
        samen = build(Config(database_url=url), clock=SystemClock())
        try:
            seed_wave(samen, "telegram", members, args.per_group)
            expected = samen.ticker.tick().messages
            with samen.sessions() as db:
                chats = {int(address) for address, in db.execute(select(OutboxMessage.address).where(
                    OutboxMessage.message_id == "reminder"))}
        finally:
            samen.close()

        def got() -> int:
            return sum(1 for c in fake.calls if c.ok and c.method == "sendMessage" and c.chat_id in chats)

        first = worker(url, fake)
        try:
            fake.wait_for(lambda: got() >= expected // 2, members / TELEGRAM_RATE + 60)
            first.send_signal(signal.SIGKILL)
            first.wait(timeout=10)
            killed_at = time.monotonic()
        finally:
            stop_worker(first)
        again = worker(url, fake)
        try:
            fake.wait_for(lambda: len({c.chat_id for c in fake.calls if c.ok and c.method == "sendMessage"
                                    and c.chat_id in chats}) >= len(chats), members / TELEGRAM_RATE + 60)
            time.sleep(1.0)  # anything doubled shows up now
        finally:
            stop_worker(again)
        calls = [c for c in fake.calls if c.chat_id in chats or c.method.lower() == "setmycommands"]
    samen = build(Config(database_url=url), clock=SystemClock(), migrate=False)
    try:
        with samen.sessions() as db:
            resent = db.scalar(select(func.count()).select_from(OutboxMessage).where(
                OutboxMessage.message_id == "reminder", OutboxMessage.resent_in_doubt > 0)) or 0
        counts = status_counts(samen)
    finally:
        samen.close()
    sends = sorted(c.at for c in calls if c.ok and c.method == "sendMessage")
    before = [t for t in sends if t < killed_at]
    after = [t for t in sends if t > killed_at]
    per_chat: dict[int, int] = {}
    for c in calls:
        if c.ok and c.method == "sendMessage" and c.chat_id is not None:
            per_chat[c.chat_id] = per_chat.get(c.chat_id, 0) + 1
    too_many = sum(1 for c in calls if c.status == 429)
    menus_after = sum(1 for c in calls if c.method.lower() == "setmycommands" and c.at > killed_at)
    rates = [rate_of(before) / TELEGRAM_RATE, rate_of(after) / TELEGRAM_RATE]
    print(f"  {len(before)} sent before the kill, {len(after)} after the restart (first send "
          f"{after[0] - killed_at:.1f} s after the kill, the new process's start included); outbox rows: {counts}")
    print(f"  rate before: {rates[0]:.3f} of 30/s, after: {rates[1]:.3f}   (target >= 0.9 each)  "
          f"[{'OK' if min(rates) >= 0.9 else 'MISSED'}]")
    print(f"  429 answers: {too_many}, flood-limit violations: {len(fake.violations)}   (target 0)  "
          f"[{'OK' if too_many == 0 and not fake.violations else 'MISSED'}]")
    missing = len(chats) - sum(1 for c in chats if per_chat.get(c))
    doubled = sum(1 for c in chats if per_chat.get(c, 0) > 1)
    print(f"  members without the reminder: {missing} (target 0); sent twice: {doubled}, rows sent again after "
          f"the kill (possible doubles): {resent}; setMyCommands after the restart: {menus_after}")
    return min(rates) >= 0.9 and too_many == 0 and not fake.violations and missing == 0


async def backlog_part(args: argparse.Namespace, workdir: Path) -> bool:
    """A leader's chat holds a backlog of --backlog messages when a reminder wave starts: how long
    until the first member has hers, and how the wave runs beside the backlog."""
    print(f"\n== Telegram, one chat's backlog: {args.backlog} messages wait for one leader, then a reminder wave to "
          f"{args.backlog_members} members; {args.telegram_latency:g} ms API latency, FloodLimits(30, 1 per chat)")
    with telegram_api(args) as fake:
        samen = build(telegram_config(fake, workdir / 'backlog.sqlite3'), clock=SystemClock())
        try:
            groups = seed_wave(samen, "telegram", args.backlog_members, args.per_group)
            now = samen.clock.now()
            with samen.sessions() as db, db.begin():
                leader = db.scalar(select(Membership.member_id).where(Membership.group_id == groups[0],
                                                                      Membership.role == "facilitator"))
                leader_chat = int(db.scalar(select(ChannelAddress.address).where(ChannelAddress.member_id == leader)))
                queries.enqueue_many(db, [Outbound("relay-from-member", {"name": f"p0-{i % 15}", "group": "Groep 0",
                                                                         "text": "Tot morgen"},
                                                   member_id=leader, kind="relay") for i in range(args.backlog)], now)
            expected = (await asyncio.to_thread(samen.ticker.tick)).messages
            await samen.start_channels(receive=False)
            before = len(fake.calls)
            started = time.monotonic()
            members_got = lambda: sum(1 for c in fake.calls[before:]  # noqa: E731
                                      if c.ok and c.method == "sendMessage" and c.chat_id != leader_chat)
            stop = asyncio.Event()
            task = asyncio.create_task(samen.sender.run(stop))
            deadline = started + args.backlog_members / TELEGRAM_RATE * 3 + 30
            while members_got() < expected and time.monotonic() < deadline:
                await asyncio.sleep(0.05)
            stop.set()
            samen.sender.wake()
            await task
            await samen.stop_channels()
            calls = fake.calls[before:]
        finally:
            samen.close()
    to_members = sorted(c.at for c in calls if c.ok and c.method == "sendMessage" and c.chat_id != leader_chat)
    to_leader = [c.at for c in calls if c.ok and c.method == "sendMessage" and c.chat_id == leader_chat]
    first = to_members[0] - started if to_members else float("inf")
    too_many = sum(1 for c in calls if c.status == 429)
    print(f"  first member's reminder {first:.2f} s after the sender started   (target <= 1 s)  "
          f"[{'OK' if first <= 1.0 else 'MISSED'}]")
    print(f"  {len(to_members)} of {expected} reminders in {to_members[-1] - started if to_members else 0:.1f} s "
          f"({rate_of(to_members):.1f}/s); meanwhile the leader got {len(to_leader)} of her {args.backlog} "
          f"(her chat's limit: 1/s); 429 answers: {too_many}, violations: {len(fake.violations)}")
    return first <= 1.0 and too_many == 0 and not fake.violations and len(to_members) == expected


async def whatsapp_part(args: argparse.Namespace, workdir: Path) -> bool:
    members = args.whatsapp_members or args.members
    print(f"\n== WhatsApp: a reminder wave to {members} members through Twilio, FakeTwilio(rate_per_second=80), "
          f"samen's WhatsApp pacing (80/s, 1 s per person), {args.twilio_latency:g} ms API latency")
    with FakeTwilio(rate_per_second=WHATSAPP_RATE) as fake:
        if args.twilio_latency:
            fake.delay(args.twilio_latency / 1000, times=10**9)
        config = Config(database_url=f"sqlite:///{workdir / 'whatsapp.sqlite3'}", twilio_account_sid=fake.account_sid,
                        twilio_auth_token=fake.auth_token, twilio_whatsapp_from=SENDER, twilio_api_url=fake.url)
        samen = build(config, clock=SystemClock())
        try:
            seed_wave(samen, "whatsapp", members, args.per_group)
            before = len(fake.requests)
            t0 = time.perf_counter()
            result = await asyncio.to_thread(samen.ticker.tick)
            tick = time.perf_counter() - t0
            print(f"  tick: {result.due} timers -> {result.messages} outbox rows in {tick:.2f} s")
            claims = time_claims(samen)
            elapsed = await send_wave(samen, lambda: sum(1 for c in fake.requests[before:] if c.status == 201),
                                      result.messages, timeout=members / 5 + 60)
            requests = fake.requests[before:]
            creates = sorted(c.at for c in requests if c.method == "POST" and c.path.endswith("/Messages.json")
                             and c.status == 201)
            too_many = sum(1 for c in requests if c.status == 429)
            counts = status_counts(samen)
        finally:
            samen.close()
    frac = report_wave(creates, result.messages, elapsed, counts, WHATSAPP_RATE, "create", too_many,
                       len(fake.violations), "rate-limit")
    print(f"  busiest 1-s window: {busiest_second(creates)} creates")
    print(f"  {gaps_report(creates, WHATSAPP_RATE)}")
    print(f"  {stalls_in_claims(creates, WHATSAPP_RATE, claims)}")
    print(f"  {row_writes(samen, len(creates))}")
    return frac >= 0.95 and too_many == 0 and not fake.violations


def add_pending(samen: Samen, count: int, start: int, chunk: int = 20_000) -> float:
    """Bulk-insert `count` pending timers due from tomorrow to a year ahead; seconds it took."""
    now = samen.clock.now()
    t0 = time.perf_counter()
    table = Timer.__table__
    done = 0
    with samen.engine.begin() as conn:
        while done < count:
            n = min(chunk, count - done)
            rows = []
            for k in range(start + done, start + done + n):
                due = now + dt.timedelta(days=1 + k % 364, minutes=k % 1440)
                rows.append({"kind": "reminder" if k % 2 else "attendance", "due_at": due,
                             "data": {"session_id": 50_000_000 + k // 2, "offset": "day-before"},
                             "status": "pending", "dedupe_key": f"bench:{k}", "attempts": 0, "created_at": now})
            conn.execute(insert(table), rows)
            done += n
    return time.perf_counter() - t0


def timed_tick(samen: Samen, groups: list[int]) -> tuple[float, int, int]:
    """Make one reminder due now for each of `groups` (a new session in three hours), tick once."""
    now = samen.clock.now()
    with samen.sessions() as db, db.begin():
        for group_id in groups:
            meeting = Meeting(group_id=group_id, starts_at=now + dt.timedelta(hours=3),
                              ends_at=now + dt.timedelta(hours=5), status="planned", created_at=now)
            db.add(meeting)
            db.flush()
            db.add(Timer(kind="reminder", due_at=now - dt.timedelta(minutes=1), created_at=now,
                         data={"session_id": meeting.id, "offset": "same-day"},
                         dedupe_key=f"reminder:{meeting.id}:same-day"))
    t0 = time.perf_counter()
    result = samen.ticker.tick()
    return time.perf_counter() - t0, result.due, result.messages


def tick_part(args: argparse.Namespace, workdir: Path) -> bool:
    small, large = args.small_pending, args.pending
    print(f"\n== Tick cost: one Ticker.tick with {large:,} pending (not yet due) timers against {small:,}; "
          f"{args.due} reminder timers due now (groups of {args.per_group}) each tick")
    samen = build(Config(database_url=f"sqlite:///{workdir / 'tick.sqlite3'}"), clock=SystemClock())
    figures: dict[int, tuple[float, list[float]]] = {}
    try:
        groups = seed_wave(samen, "telegram", args.due * args.per_group, args.per_group)
        samen.ticker.tick()  # the seeding's own due timers: out of the way
        inserted = 0
        for size in (small, large):
            added = size - inserted
            took = add_pending(samen, added, inserted)
            inserted = size
            with samen.sessions() as db:
                pending = db.scalar(select(func.count()).select_from(Timer).where(Timer.status == "pending"))
            print(f"  {pending:,} pending timers in the table (bulk insert of {added:,} "
                  f"took {took:.1f} s)")
            samen.ticker._housekeeping_day = None  # the first tick of the day: with housekeeping
            first, due, messages = timed_tick(samen, groups)
            steady = []
            for _ in range(args.repeat):
                seconds, due, messages = timed_tick(samen, groups)
                steady.append(seconds)
            figures[size] = (first, steady)
            print(f"    first tick of the day (with housekeeping): {first * 1000:.1f} ms; "
                  f"then {args.repeat} ticks: {', '.join(f'{s * 1000:.1f}' for s in steady)} ms "
                  f"(each: {due} timers due, {messages} messages queued)")
    finally:
        samen.close()
    first_ratio = figures[large][0] / figures[small][0]
    ratio = statistics.median(figures[large][1]) / statistics.median(figures[small][1])
    print(f"  tick with {large:,} pending / with {small:,} pending: {ratio:.2f} (median of {args.repeat})   "
          f"(target <= 1.5)  [{'OK' if ratio <= 1.5 else 'MISSED'}]")
    print(f"  (first tick of the day, with housekeeping: {first_ratio:.2f})")
    return ratio <= 1.5


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--members", type=int, default=2000, help="members in the Telegram wave (default 2000)")
    parser.add_argument("--whatsapp-members", type=int, default=0, help="members in the WhatsApp wave (default: --members)")
    parser.add_argument("--per-group", type=int, default=15, help="participants per group (default 15)")
    parser.add_argument("--pending", type=int, default=1_000_000, help="pending timers, large case (default 1,000,000)")
    parser.add_argument("--small-pending", type=int, default=10_000, help="pending timers, small case (default 10,000)")
    parser.add_argument("--due", type=int, default=5, help="reminder timers due in each timed tick (default 5)")
    parser.add_argument("--repeat", type=int, default=3, help="timed ticks per size after the first (default 3)")
    parser.add_argument("--telegram-latency", type=float, default=50.0,
                        help="ms the fake Bot API waits before answering sendMessage/setMyCommands (default 50)")
    parser.add_argument("--twilio-latency", type=float, default=250.0,
                        help="ms the fake Twilio API waits before answering a create (default 250)")
    parser.add_argument("--restart-members", type=int, default=2000,
                        help="members in the wave with a SIGKILL and restart in the middle (default 2000)")
    parser.add_argument("--backlog", type=int, default=200, help="messages waiting for one leader (default 200)")
    parser.add_argument("--backlog-members", type=int, default=300,
                        help="members in the wave beside the leader's backlog (default 300)")
    parser.add_argument("--voice-share", type=float, default=0.5,
                        help="share of the members on voice in the voice wave (default 0.5)")
    parser.add_argument("--only", choices=("telegram", "voice", "restart", "backlog", "whatsapp", "tick"), action="append",
                        help="run only this part (repeatable)")
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)
    parts = args.only or ["telegram", "voice", "restart", "backlog", "whatsapp", "tick"]
    ok = True
    with tempfile.TemporaryDirectory(prefix="samen-fanout-") as tmp:
        workdir = Path(tmp)
        if "telegram" in parts:
            ok &= asyncio.run(telegram_part(args, workdir))
        if "voice" in parts:
            ok &= asyncio.run(voice_part(args, workdir))
        if "restart" in parts:
            ok &= restart_part(args, workdir)
        if "backlog" in parts:
            ok &= asyncio.run(backlog_part(args, workdir))
        if "whatsapp" in parts:
            ok &= asyncio.run(whatsapp_part(args, workdir))
        if "tick" in parts:
            ok &= tick_part(args, workdir)
    print("\nall targets met" if ok else "\nsome targets missed")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
