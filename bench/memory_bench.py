"""Memory of an idle `samen run` holding 1,000 groups and 15,000 members.

Seeds a temporary SQLite database (migrated with samen's own migrations) with --groups groups of
--per-group members each (a leader and participants, each with a Telegram or WhatsApp address),
and by default a season of 20 sessions per group with their timers.  Members joined
--member-age-days ago (default 400: a service running for over a year, so the daily retention
housekeeping that the first tick does at start-up walks every member) and wrote 3 days ago.

Then starts `python -m bot.cli run --port P` as a subprocess with DATABASE_URL pointing at it and no
channel configured (no TELEGRAM_* / TWILIO_* variables), waits until it listens and its CPU use
has settled (the start-up tick done), lets it idle --idle seconds, reads VmRSS from
/proc/<pid>/status, does one GET /healthz, and reads VmRSS again.  Target: <= 160 MB.

Which heavy libraries got imported is checked without changing samen's code, in two ways:
- /proc/<pid>/maps of the plain process: any mapped file under matplotlib/, PIL/ (or pillow.libs),
  fpdf/ or segno/ (matplotlib and Pillow load .so files; fpdf2 and segno are pure Python, so maps
  cannot see them);
- a second, identical process started with PYTHONPATH pointing at a temporary `sitecustomize.py`
  that only installs a SIGUSR1 handler writing `sorted(sys.modules)` to a file; the bench signals
  it after the same idle + GET /healthz and reads the list.  Its RSS is printed too.

Run:  .venv/bin/python bench/memory_bench.py
      .venv/bin/python bench/memory_bench.py --groups 100 --idle 2 --no-season
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert  # noqa: E402

from storage.db import make_engine, upgrade  # noqa: E402
from storage.models import (ChannelAddress, Group, Meeting, Member, Membership, Organisation,  # noqa: E402
                            Timer)

HEAVY = ("matplotlib", "PIL", "fpdf", "segno")
HOOK = '''"""Bench hook (bench/memory_bench.py): on SIGUSR1, write the names in sys.modules to a file."""
import os
import signal
import sys


def _dump(_signum, _frame):
    with open(os.environ["SAMEN_BENCH_MODULES_FILE"], "w") as out:
        out.write("\\n".join(sorted(sys.modules)))


signal.signal(signal.SIGUSR1, _dump)
'''


def seed(url: str, groups: int, per_group: int, age_days: int, season: bool) -> dict[str, int]:
    upgrade(url)
    engine = make_engine(url)
    now = dt.datetime.now(dt.timezone.utc)
    joined = now - dt.timedelta(days=age_days)
    wrote = now - dt.timedelta(days=3)
    counts = {"groups": groups, "members": 0, "sessions": 0, "timers": 0}
    with engine.begin() as conn:
        org_id = conn.execute(insert(Organisation).values(name="Bench", created_at=joined)).inserted_primary_key[0]
        group_rows, member_rows, address_rows, membership_rows, session_rows = [], [], [], [], []
        member_id = session_id = 0
        for g in range(1, groups + 1):
            group_rows.append({"id": g, "organisation_id": org_id, "name": f"Groep {g}", "language": "nl",
                               "languages": "nl", "traditions": "dutch", "timezone": "Europe/Amsterdam",
                               "created_at": joined, "policies": {}, "breaks": [], "custom_dates": [],
                               "islamic_shift": 0, "reminders": {}})
            for i in range(per_group):
                member_id += 1
                member_rows.append({"id": member_id, "display_name": f"Deelnemer {member_id}",
                                    "language": ("nl", "ar", "tr", "pl", "en")[member_id % 5], "language_chosen": True,
                                    "consent_at": joined, "opted_out": False, "phone_only": False, "may_call": False,
                                    "created_at": joined, "paused": False})
                telegram = member_id % 3
                address_rows.append({"member_id": member_id, "channel": "telegram" if telegram else "whatsapp",
                                     "address": str(10_000_000 + member_id) if telegram
                                     else f"whatsapp:+316{member_id:08d}",
                                     "unreachable": False, "last_inbound_at": wrote, "created_at": joined})
                membership_rows.append({"member_id": member_id, "organisation_id": org_id, "group_id": g,
                                        "role": "facilitator" if i == 0 else "participant", "active": True,
                                        "joined_at": joined})
            if season:
                for k in range(20):
                    session_id += 1
                    starts = (now + dt.timedelta(days=7 + 14 * k + g % 5)).replace(hour=12, minute=0, second=0,
                                                                                   microsecond=0)
                    session_rows.append({"id": session_id, "group_id": g, "starts_at": starts,
                                         "ends_at": starts + dt.timedelta(hours=2), "notes": [],
                                         "status": "planned", "created_at": now})
        conn.execute(insert(Group), group_rows)
        conn.execute(insert(Member), member_rows)
        conn.execute(insert(ChannelAddress), address_rows)
        conn.execute(insert(Membership), membership_rows)
        if session_rows:
            conn.execute(insert(Meeting), session_rows)
            timer_rows = []
            for s in session_rows:
                stamp = s["starts_at"].isoformat()
                for kind, due in (("reminder", s["starts_at"] - dt.timedelta(hours=26)),
                                  ("reminder", s["starts_at"] - dt.timedelta(hours=2)),
                                  ("roster", s["starts_at"] - dt.timedelta(hours=2)),
                                  ("attendance", s["ends_at"])):
                    offset = "day-before" if due == s["starts_at"] - dt.timedelta(hours=26) else "same-day"
                    timer_rows.append({"kind": kind, "due_at": due, "status": "pending", "attempts": 0,
                                       "data": {"session_id": s["id"], "offset": offset, "starts_at": stamp},
                                       "dedupe_key": f"{kind}:{s['id']}:{offset}:{stamp}", "created_at": now})
            conn.execute(insert(Timer), timer_rows)
            counts["timers"] = len(timer_rows)
        counts["members"] = len(member_rows)
        counts["sessions"] = len(session_rows)
    engine.dispose()
    return counts


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def status_kb(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def heavy_maps(pid: int) -> list[str]:
    found = set()
    for line in Path(f"/proc/{pid}/maps").read_text().splitlines():
        parts = line.split(maxsplit=5)
        path = parts[5] if len(parts) == 6 else ""
        if any(f"/{name}/" in path for name in HEAVY + ("pillow.libs", "matplotlib.libs")):
            found.add(path)
    return sorted(found)


def run_once(url: str, workdir: Path, idle: float, hook: bool) -> dict:
    port = free_port()
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("TELEGRAM_", "TWILIO_")) and k not in ("SAMEN_PUBLIC_URL", "PORT")}
    env.update(DATABASE_URL=url, PYTHONUNBUFFERED="1")
    modules_file = workdir / "modules.txt"
    if hook:
        hook_dir = workdir / "hook"
        hook_dir.mkdir(exist_ok=True)
        (hook_dir / "sitecustomize.py").write_text(HOOK)
        env["PYTHONPATH"] = str(hook_dir) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
        env["SAMEN_BENCH_MODULES_FILE"] = str(modules_file)
    log = open(workdir / f"run-{'hook' if hook else 'plain'}.log", "w")
    started = time.perf_counter()
    argv = [sys.executable, "-m", "bot.cli", "run", "--host", "127.0.0.1", "--port", str(port)]
    proc = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    out: dict = {}
    try:
        deadline = time.monotonic() + 60
        while True:  # listening (a TCP connect, no HTTP request)
            if proc.poll() is not None:
                raise RuntimeError(f"samen run exited with {proc.returncode}; see {log.name}")
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError("samen run did not listen within 60 s") from None
                time.sleep(0.1)
        out["listening_s"] = time.perf_counter() - started
        # settled: under 20 ms of CPU in 2 s (the start-up tick with its daily housekeeping done)
        samples = [(time.monotonic(), cpu_seconds(proc.pid))]
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            time.sleep(0.5)
            samples.append((time.monotonic(), cpu_seconds(proc.pid)))
            old = [s for s in samples if s[0] <= samples[-1][0] - 2.0]
            if old and samples[-1][1] - old[-1][1] < 0.02:
                break
        out["settled_s"] = time.perf_counter() - started
        out["cpu_s"] = cpu_seconds(proc.pid)
        time.sleep(idle)
        out["idle_rss"] = status_kb(proc.pid, "VmRSS")
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=10) as response:
            out["healthz"] = (response.status, response.read().decode())
        time.sleep(0.5)
        out["rss"] = status_kb(proc.pid, "VmRSS")
        out["hwm"] = status_kb(proc.pid, "VmHWM")
        out["maps"] = heavy_maps(proc.pid)
        if hook:
            proc.send_signal(signal.SIGUSR1)
            deadline = time.monotonic() + 10
            while not modules_file.exists() and time.monotonic() < deadline:
                time.sleep(0.1)
            time.sleep(0.2)
            out["modules"] = modules_file.read_text().split("\n") if modules_file.exists() else None
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        log.close()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--groups", type=int, default=1000, help="groups (default 1000)")
    parser.add_argument("--per-group", type=int, default=15, help="members per group, leader included (default 15)")
    parser.add_argument("--member-age-days", type=int, default=400,
                        help="days since the members joined (default 400; under 365 the start-up housekeeping skips them)")
    parser.add_argument("--no-season", dest="season", action="store_false", help="no sessions and timers")
    parser.add_argument("--idle", type=float, default=5.0, help="seconds idle before measuring (default 5)")
    parser.add_argument("--limit-mb", type=float, default=160.0, help="target (default 160 MB)")
    args = parser.parse_args()
    ok = True
    with tempfile.TemporaryDirectory(prefix="samen-memory-") as tmp:
        workdir = Path(tmp)
        url = f"sqlite:///{workdir / 'samen.sqlite3'}"
        t0 = time.perf_counter()
        counts = seed(url, args.groups, args.per_group, args.member_age_days, args.season)
        size = (workdir / "samen.sqlite3").stat().st_size / 2**20
        print(f"== Idle `samen run` (no channels) on SQLite: {counts['groups']:,} groups, {counts['members']:,} members "
              f"(joined {args.member_age_days} days ago), {counts['sessions']:,} sessions, {counts['timers']:,} timers; "
              f"database {size:.1f} MB, seeded in {time.perf_counter() - t0:.1f} s")
        for hook in (False, True):
            result = run_once(url, workdir, args.idle, hook)
            mb, idle_mb, hwm = result["rss"] / 1024, result["idle_rss"] / 1024, result["hwm"] / 1024
            label = "with the sys.modules hook" if hook else "plain"
            print(f"\n  {label}: listening after {result['listening_s']:.1f} s, settled after {result['settled_s']:.1f} s "
                  f"({result['cpu_s']:.1f} s CPU); GET /healthz -> {result['healthz'][0]} {result['healthz'][1]}")
            verdict = mb <= args.limit_mb
            if not hook:
                ok &= verdict
            print(f"    VmRSS idle {idle_mb:.1f} MB; after GET /healthz {mb:.1f} MB (peak VmHWM {hwm:.1f} MB)   "
                  f"(target <= {args.limit_mb:g} MB)  [{'OK' if verdict else 'MISSED'}]")
            print(f"    /proc/<pid>/maps files of {', '.join(HEAVY)}: {result['maps'] or 'none'}")
            ok &= not result["maps"]
            if hook:
                modules = result.get("modules")
                if modules is None:
                    print("    sys.modules: the hook did not answer")
                    ok = False
                else:
                    heavy = sorted(m for m in modules if m.split(".")[0] in HEAVY)
                    print(f"    sys.modules ({len(modules)} modules): "
                          + ", ".join(f"{name} {'IMPORTED' if any(m.split('.')[0] == name for m in heavy) else 'not imported'}"
                                      for name in HEAVY))
                    others = sorted({m.split(".")[0] for m in modules if m.split(".")[0] in
                                     ("telegram", "twilio", "babel", "fluent", "apscheduler", "alembic", "httpx",
                                      "requests", "numpy", "uvicorn", "starlette")})
                    print(f"    other notable packages loaded: {', '.join(others)}")
                    ok &= not heavy
    print("\nall targets met" if ok else "\nsome targets missed")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
