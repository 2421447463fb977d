"""A season's reminders for 1,000 groups: samen's timers against one APScheduler job per reminder.

samen: 1,000 groups of 15 participants (and a leader each) get a plan of 20 sessions each, the
way the leader's menu stores one (handlers/schedule.py `_save`): per group, in one transaction,
`queries.replace_planned_sessions` writes the sessions and `handlers.reminders.schedule_sessions`
makes their timers in one insert -- per session two reminder timers (the day before, and on the
day), plus the leader's list and the attendance timer.  (`samen schedule apply` calls
`schedule_group`, which reads the group's planned sessions back first: about 1 ms more a group.)
A reminder timer fires once for the whole group: each member's message is made when it fires.

APScheduler: the way python-telegram-bot's JobQueue invites it (`job_queue.run_once(callback,
when, data=...)` for each reminder to each member), one job per reminder message in APScheduler
3's `SQLAlchemyJobStore` on SQLite (same engine settings as samen: WAL, synchronous=NORMAL), added
with `scheduler.add_job(..., "date", run_date=...)` to a started but paused `BackgroundScheduler`
(paused: its loop does no work in between, the most favourable case for APScheduler).  Measured on
--jobs jobs (default 20,000) and given per job.

Counted fairly, per reminder message (member x session x offset) on both sides: samen's time for
making all the timers (`schedule_sessions` and the commit, including the leader-list and attendance
timers it also makes) divided by the reminder messages those timers will send; APScheduler's time
per job, one job being one reminder message.  Target: samen >= 50x faster per reminder message.

Run:  .venv/bin/python bench/timers_bench.py                  # 1,000 groups (~600,000 reminders)
      .venv/bin/python bench/timers_bench.py --groups 100 --jobs 5000
"""
from __future__ import annotations

import argparse
import datetime as dt
import logging
import statistics
import sys
import tempfile
import time
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, insert, select  # noqa: E402

from bot.app import build  # noqa: E402
from bot.config import Config  # noqa: E402
from bot.core.clock import FrozenClock  # noqa: E402
from handlers.reminders import schedule_sessions  # noqa: E402
from storage import queries  # noqa: E402
from storage.db import make_engine  # noqa: E402
from storage.models import Group, Member, Membership, Organisation, Timer  # noqa: E402

# Today (the APScheduler side runs on the wall clock: its jobs must lie in the future).
NOW = dt.datetime.now(dt.timezone.utc).replace(minute=0, second=0, microsecond=0)
FIRST = NOW.date() + dt.timedelta(days=14)
ZONE = ZoneInfo("Europe/Amsterdam")


def send_reminder(group_id: int, session_id: int, member_id: int, offset: str) -> None:  # pragma: no cover
    """The job callback APScheduler would call (never runs here: the scheduler is paused)."""


def seed(samen, groups: int, members: int) -> list[tuple[int, list[int]]]:  # noqa: ANN001
    """Groups with a leader and `members` participants; (group id, participant ids) each."""
    out = []
    with samen.engine.begin() as conn:
        org_id = conn.execute(insert(Organisation).values(name="Bench", created_at=NOW)).inserted_primary_key[0]
        member_id = 0
        group_rows, member_rows, membership_rows = [], [], []
        for g in range(1, groups + 1):
            group_rows.append({"id": g, "organisation_id": org_id, "name": f"Groep {g}", "language": "nl",
                               "languages": "nl", "traditions": "dutch", "timezone": "Europe/Amsterdam",
                               "created_at": NOW, "policies": {}, "breaks": [], "custom_dates": [],
                               "islamic_shift": 0, "reminders": {}})
            people = []
            for i in range(members + 1):
                member_id += 1
                member_rows.append({"id": member_id, "display_name": f"m{member_id}", "language": "nl",
                                    "language_chosen": True, "consent_at": NOW, "opted_out": False,
                                    "phone_only": False, "created_at": NOW, "paused": False})
                membership_rows.append({"member_id": member_id, "organisation_id": org_id, "group_id": g,
                                        "role": "facilitator" if i == 0 else "participant", "active": True,
                                        "joined_at": NOW})
                if i:
                    people.append(member_id)
            out.append((g, people))
        conn.execute(insert(Group), group_rows)
        conn.execute(insert(Member), member_rows)
        conn.execute(insert(Membership), membership_rows)
    return out


def plan(group_index: int, sessions: int) -> list[tuple[dt.datetime, dt.datetime, None, list, None]]:
    """Every other week from two weeks from now, at 10:00, 13:00 or 14:00 local time."""
    first = FIRST + dt.timedelta(days=group_index % 5)
    hour = (10, 13, 14)[group_index % 3]
    out = []
    for k in range(sessions):
        day = first + dt.timedelta(weeks=2 * k)
        starts = dt.datetime.combine(day, dt.time(hour), tzinfo=ZONE).astimezone(dt.timezone.utc)
        out.append((starts, starts + dt.timedelta(hours=2), None, [], None))
    return out


def samen_side(args: argparse.Namespace, workdir: Path) -> tuple[float, int, int]:
    """Seconds spent making timers, reminder messages they stand for, timer rows made."""
    samen = build(Config(database_url=f"sqlite:///{workdir / 'samen.sqlite3'}"), clock=FrozenClock(NOW))
    try:
        groups = seed(samen, args.groups, args.members)
        since = dt.datetime.combine(FIRST, dt.time(0), tzinfo=ZONE)
        t_sessions = t_timers = t_commit = 0.0
        per_group: list[float] = []
        reminders = messages = 0
        started = time.perf_counter()
        for index, (group_id, people) in enumerate(groups):
            with samen.sessions() as db:
                with db.begin():
                    group = db.get(Group, group_id)
                    t0 = time.perf_counter()
                    new = queries.replace_planned_sessions(db, group_id, since, plan(index, args.sessions), NOW)
                    t1 = time.perf_counter()
                    made = schedule_sessions(db, new, group, NOW)
                    t2 = time.perf_counter()
                t3 = time.perf_counter()
            t_sessions += t1 - t0
            t_timers += t2 - t1
            t_commit += t3 - t2
            per_group.append(t3 - t1)
            reminders += made
            messages += made * len(people)  # each reminder timer sends one message per participant
            if args.progress and (index + 1) % max(1, len(groups) // 10) == 0:
                print(f"    {index + 1} groups, {time.perf_counter() - started:.1f} s", flush=True)
        with samen.sessions() as db:
            rows = db.scalar(select(func.count()).select_from(Timer)) or 0
            kinds = dict(db.execute(select(Timer.kind, func.count()).group_by(Timer.kind)).all())
    finally:
        samen.close()
    cost = t_timers + t_commit
    tenth = max(1, len(per_group) // 10)
    print(f"  samen: {args.groups} groups x {args.sessions} sessions; {rows:,} timer rows {kinds}")
    print(f"    sessions written in {t_sessions:.2f} s; timers made (schedule_sessions) in {t_timers:.2f} s, "
          f"commits {t_commit:.2f} s")
    print(f"    per group (timers + commit): first {tenth} groups {statistics.mean(per_group[:tenth]) * 1000:.1f} ms, "
          f"last {tenth} groups {statistics.mean(per_group[-tenth:]) * 1000:.1f} ms")
    print(f"    {reminders:,} reminder timers stand for {messages:,} reminder messages "
          f"({args.members} participants x {args.sessions} sessions x 2 offsets x {args.groups} groups)")
    return cost, messages, rows


def apscheduler_side(args: argparse.Namespace, workdir: Path) -> float:
    """Seconds to add --jobs jobs, one per reminder message, to SQLAlchemyJobStore."""
    from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
    from apscheduler.schedulers.background import BackgroundScheduler

    engine = make_engine(f"sqlite:///{workdir / 'apscheduler.sqlite3'}")
    scheduler = BackgroundScheduler(jobstores={"default": SQLAlchemyJobStore(engine=engine)},
                                    timezone=dt.timezone.utc)
    scheduler.start(paused=True)
    jobs = []  # the same reminders as samen's first groups: member x session x offset
    session_id = 0
    for index in range(args.groups):
        people = range(index * (args.members + 1) + 2, (index + 1) * (args.members + 1) + 1)
        for starts, _ends, _place, _notes, _moved in plan(index, args.sessions):
            session_id += 1
            local = starts.astimezone(ZONE)
            day_before = dt.datetime.combine(local.date() - dt.timedelta(days=1), dt.time(10), tzinfo=ZONE)
            for offset, due in (("day-before", day_before), ("same-day", local - dt.timedelta(hours=2))):
                for member_id in people:
                    jobs.append((index + 1, session_id, member_id, offset, due))
                    if len(jobs) >= args.jobs:
                        break
                if len(jobs) >= args.jobs:
                    break
            if len(jobs) >= args.jobs:
                break
        if len(jobs) >= args.jobs:
            break
    try:
        started = time.perf_counter()
        for group_id, session_id, member_id, offset, due in jobs:
            scheduler.add_job(send_reminder, "date", run_date=due, args=(group_id, session_id, member_id, offset),
                              id=f"reminder:{session_id}:{member_id}:{offset}", name="reminder",
                              misfire_grace_time=3600)
        elapsed = time.perf_counter() - started
        stored = len(scheduler.get_jobs())
    finally:
        scheduler.shutdown(wait=False)
        engine.dispose()
    print(f"  APScheduler: {len(jobs):,} jobs added (one per reminder message) in {elapsed:.2f} s; "
          f"{stored:,} in the job store")
    return elapsed / len(jobs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--groups", type=int, default=1000, help="groups (default 1000)")
    parser.add_argument("--members", type=int, default=15, help="participants per group (default 15)")
    parser.add_argument("--sessions", type=int, default=20, help="sessions per group (default 20)")
    parser.add_argument("--jobs", type=int, default=20_000, help="APScheduler jobs to time (default 20,000)")
    parser.add_argument("--progress", action="store_true", help="print progress of the samen side")
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)
    with tempfile.TemporaryDirectory(prefix="samen-timers-") as tmp:
        workdir = Path(tmp)
        print(f"== A season's reminders: {args.groups} groups x {args.members} participants x "
              f"{args.sessions} sessions x 2 reminders, SQLite")
        cost, messages, rows = samen_side(args, workdir)
        per_job = apscheduler_side(args, workdir)
    per_message = cost / messages
    ratio = per_job / per_message
    print("\n  counted per reminder message (member x session x offset), on both sides:")
    print(f"  samen:       {per_message * 1e6:8.2f} µs per reminder message "
          f"({cost / rows * 1e6:.1f} µs per timer row; {cost:.2f} s for {messages:,} reminder messages)")
    print(f"  APScheduler: {per_job * 1e6:8.2f} µs per reminder message (one job each)")
    comparison = f"{ratio:.1f}x faster" if ratio >= 1 else f"{1 / ratio:.1f}x SLOWER"
    print(f"  samen is {comparison} per reminder message than APScheduler   (target: >= 50x faster)  "
          f"[{'OK' if ratio >= 50 else 'MISSED'}]")
    return 0 if ratio >= 50 else 1


if __name__ == "__main__":
    sys.exit(main())
