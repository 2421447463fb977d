"""Plans a year of sessions for 1,000 groups with mixed traditions, regions and policies, and
prints how long it took (target: under 5 s on this machine).

Run: .venv/bin/python bench/plan_bench.py [--groups N]
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.core.planner import Rule  # noqa: E402
from bot.schedule import Request, make_plan  # noqa: E402

TRADITION_SETS = [("dutch",), ("dutch", "islamic"), ("dutch", "islamic", "school"), ("dutch", "christian"),
                  ("dutch", "orthodox"), ("dutch", "surinamese", "hindu"), ("dutch", "chinese", "school"),
                  ("islamic", "school")]
POLICIES = [{}, {"ramadan": "move"}, {"ramadan": "keep", "school-holiday": "skip"}, {"keti-koti": "skip"}]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--groups", type=int, default=1000)
    args = parser.parse_args()
    rng = random.Random(1)
    requests = []
    for _ in range(args.groups):
        traditions = rng.choice(TRADITION_SETS)
        region = rng.choice(("noord", "midden", "zuid")) if "school" in traditions else rng.choice((None, "midden"))
        rule = Rule(weekday=rng.randrange(5), start=dt.time(rng.choice((10, 13, 14))), duration=120,
                    every_weeks=rng.choice((1, 2)), first=dt.date(2026, 1, 5) + dt.timedelta(days=rng.randrange(7)),
                    until=dt.date(2026, 12, 31))
        breaks = [(dt.date(2026, 7, 18), dt.date(2026, 8, 30))] if rng.random() < 0.5 else []
        requests.append(Request(rule, traditions, region, dict(rng.choice(POLICIES)), breaks,
                                islamic_shift=rng.choice((-1, 0, 0, 1))))
    started = time.perf_counter()
    sessions = decisions = 0
    for request in requests:
        result = make_plan(request)
        sessions += len(result.sessions)
        decisions += len(result.decisions)
    elapsed = time.perf_counter() - started
    print(f"planned a year for {args.groups} groups: {sessions} sessions, {decisions} decisions "
          f"in {elapsed:.2f} s ({elapsed / args.groups * 1000:.2f} ms per group; target: under 5 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
