"""What a reminder costs by SMS, per locale: the day-before reminder as samen sends it to a member
without a smartphone (`reminder-sms` with its three numbered answers, emoji and typography taken
out), its length, its alphabet (GSM-7, or UCS-2 where one character needs it) and its segments.
Each segment is billed as one SMS.

    .venv/bin/python bench/sms_bench.py

Target: at most 2 segments a reminder in every locale for a place named in up to 20 characters (Latin
scripts go as GSM-7, their missing accents left off: 160 characters a segment; Arabic and Bulgarian
are UCS-2, 70 characters a segment).  A long place name is shown too, for what it adds.
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.channels.phone import sms_text  # noqa: E402
from bot.core.i18n import LOCALES, default_catalog  # noqa: E402
from bot.core.messages import Choice  # noqa: E402
from bot.core.sms import is_gsm7, segments  # noqa: E402

TARGET = 2


def main() -> int:
    catalog = default_catalog()
    when = dt.datetime(2026, 10, 6, 14, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))
    choices = (Choice("rsvp:1:yes", "rsvp-yes", "✅"), Choice("rsvp:1:no", "rsvp-no", "❌"),
               Choice("rsvp:1:call", "rsvp-call", "📞"))
    missed = 0
    print(f"{'locale':<7} {'place':<22} {'chars':>5}  {'alphabet':<8} {'segments':>8}")
    for locale in LOCALES:
        for place in ("Buurthuis", "Wijkcentrum De Groene Linde, zaal 2"):
            rendered = catalog.render(locale, "reminder-sms", {"date": when, "tz": "Europe/Amsterdam",
                                                               "place": place}, choices)
            body = sms_text(rendered)
            count = segments(body)
            over = count > TARGET and len(place) <= 20
            missed += over
            print(f"{locale:<7} {place[:22]:<22} {len(body):>5}  {'GSM-7' if is_gsm7(body) else 'UCS-2':<8} "
                  f"{count:>8}{'  MISSED' if over else ''}")
    print(f"target: at most {TARGET} segments a reminder (place up to 20 characters); "
          f"{'all met' if not missed else f'{missed} MISSED'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
