"""`samen schedule`: a group's season planned around its traditions' observances, shown, applied
and its reminder times set."""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import Any
from zoneinfo import ZoneInfo

from bot.core.i18n import LOCALES
from bot.cli.common import REGIONS, TRADITIONS, UsageError, build_samen, load_config, parse_date


def _schedule_request(args: argparse.Namespace, group: Any = None) -> Any:
    """The plan request from the flags, with the group's own settings where a flag is absent."""
    from bot.core.calendar import OBSERVANCE_KEYS, CustomDate
    from bot.core.planner import POLICIES, Rule, parse_weekday
    from bot.schedule import Request

    try:
        weekday = parse_weekday(args.weekday)
    except ValueError as exc:
        raise UsageError(str(exc)) from exc
    try:
        start = dt.time.fromisoformat(args.time.strip())
    except ValueError as exc:
        raise UsageError(f"--time {args.time!r} is not a time such as 10:00") from exc
    every = {"1w": 1, "2w": 2, "1": 1, "2": 2}.get(args.every.strip().lower())
    if every is None:
        raise UsageError(f"--every {args.every!r}: say 1w (weekly) or 2w (every two weeks)")
    first = parse_date(args.from_, "--from")
    until = parse_date(args.until, "--until") if args.until else None
    traditions = [t.strip().lower() for t in (args.traditions or (group.traditions if group else "dutch")).split(",")
                  if t.strip()]
    unknown = [t for t in traditions if t not in TRADITIONS]
    if unknown:
        raise UsageError(f"unknown tradition {', '.join(unknown)}; choose from {', '.join(TRADITIONS)}")
    region = (args.region or (group.region if group else None) or "").lower() or None
    if region is not None and region not in REGIONS:
        raise UsageError(f"unknown region {region!r}; choose noord, midden or zuid")
    if "school" in traditions and region is None:
        raise UsageError("the school tradition needs --region noord, midden or zuid")
    policies = dict(group.policies or {}) if group else {}
    for item in args.policy:
        key, sep, value = item.partition("=")
        key, value = key.strip().lower(), value.strip().lower()
        if not sep or key not in OBSERVANCE_KEYS or value not in POLICIES:
            raise UsageError(f"--policy {item!r}: say KEY=skip|move|keep with KEY one of {', '.join(OBSERVANCE_KEYS)}")
        policies[key] = value
    breaks = [(dt.date.fromisoformat(a), dt.date.fromisoformat(b)) for a, b in (group.breaks or [])] if group else []
    for item in args.summer_break:
        a, sep, b = item.partition(":")
        if not sep:
            raise UsageError(f"--summer-break {item!r}: say FROM:TO, e.g. 2026-07-18:2026-08-30")
        begin, finish = parse_date(a, "--summer-break"), parse_date(b, "--summer-break")
        if finish < begin:
            raise UsageError(f"--summer-break {item!r} ends before it begins")
        breaks.append((begin, finish))
    custom = [CustomDate(dt.date.fromisoformat(a), dt.date.fromisoformat(b), label)
              for a, b, label in (group.custom_dates or [])] if group else []
    for item in args.custom:
        span, sep, label = item.partition("=")
        a, _, b = span.partition(":")
        if not sep or not label.strip():
            raise UsageError(f"--custom {item!r}: say DATE[:DATE]=NAME, e.g. 2026-05-20=buurtfeest")
        custom.append(CustomDate(parse_date(a, "--custom"), parse_date(b or a, "--custom"), label.strip()))
    shift = args.islamic_shift if args.islamic_shift is not None else (group.islamic_shift if group else 0)
    if shift not in (-1, 0, 1):
        raise UsageError("--islamic-shift must be -1, 0 or 1")
    zone = args.timezone or (group.timezone if group else None) or load_config().timezone
    try:
        rule = Rule(weekday, start, args.duration, every, first, count=args.count, until=until, place=args.place,
                    timezone=zone)
    except (ValueError, KeyError) as exc:
        raise UsageError(str(exc) if str(exc) else f"unknown time zone {zone!r}") from exc
    return Request(rule, tuple(traditions), region, policies, breaks, custom, shift)


def _reminder_settings(args: argparse.Namespace, current: dict) -> dict:
    """The group's reminder times from the flags (unchanged where a flag is absent)."""
    def hhmm(text: str, flag: str) -> str:
        try:
            return dt.time.fromisoformat(text.strip()).strftime("%H:%M")
        except ValueError as exc:
            raise UsageError(f"{flag} {text!r} is not a time such as 10:00") from exc

    if args.remind_day_before:
        current["day_before"] = hhmm(args.remind_day_before, "--remind-day-before")
    if args.remind_hours_before is not None:
        if not 0 < args.remind_hours_before <= 12:
            raise UsageError("--remind-hours-before must be between 1 and 12")
        current["hours_before"] = args.remind_hours_before
    if args.quiet:
        start, sep, end = args.quiet.partition("-")
        if not sep:
            raise UsageError(f"--quiet {args.quiet!r}: say FROM-UNTIL, e.g. 21:00-08:00")
        current["quiet"] = [hhmm(start, "--quiet"), hhmm(end, "--quiet")]
    return current


def cmd_schedule(args: argparse.Namespace) -> int:
    import json as json_lib

    from bot.core.i18n import default_catalog
    from bot.schedule import describe, ics, make_plan
    from storage import queries

    command = args.schedule_command
    if command not in ("plan", "apply", "show", "ics"):
        raise UsageError("say `samen schedule plan|apply|show|ics …`")
    catalog = default_catalog()
    if command == "plan":
        if args.language not in LOCALES:
            raise UsageError(f"unknown language {args.language!r}; choose from {', '.join(LOCALES)}")
        result = make_plan(_schedule_request(args))
        if args.json:
            print(json_lib.dumps(result.to_json(), ensure_ascii=False, indent=2))
        else:
            print("\n".join(describe(result, catalog, args.language)))
        return 0
    samen = build_samen()
    with samen.sessions() as db, db.begin():
        group = queries.find_group(db, args.group)
        if group is None:
            raise UsageError(f"no group {args.group!r} (or more than one with that name: use its id)")
        if command == "apply":
            request = _schedule_request(args, group)
            since = dt.datetime.combine(request.rule.first, dt.time(0), tzinfo=ZoneInfo(request.rule.timezone))
            existing = [m.starts_at.astimezone(ZoneInfo(group.timezone)).date()
                        for m in queries.group_sessions(db, group.id, since=since, statuses=("held",))]
            result = make_plan(request, existing)
            written = len(queries.replace_planned_sessions(db, group.id, since, [
                (s.starts_at, s.ends_at, s.place, list(s.notes),
                 dt.datetime.combine(s.moved_from, s.starts_at.timetz()) if s.moved_from else None)
                for s in result.sessions], samen.clock.now()))
            group.traditions = ",".join(request.traditions)
            group.region = request.region
            group.policies = dict(request.policies)
            group.breaks = [[a.isoformat(), b.isoformat()] for a, b in request.breaks]
            group.custom_dates = [[c.start.isoformat(), c.end.isoformat(), c.label] for c in request.custom]
            group.islamic_shift = request.islamic_shift
            group.reminders = _reminder_settings(args, dict(group.reminders or {}))
            from handlers.reminders import schedule_group

            schedule_group(db, group, samen.clock.now())  # all planned sessions: the reminder settings may have changed
            queries.audit(db, samen.clock.now(), "schedule-applied", group_id=group.id, sessions=written)
            if args.json:
                print(json_lib.dumps(result.to_json(), ensure_ascii=False, indent=2))
            else:
                print("\n".join(describe(result, catalog, args.language)))
                print(f"{written} session(s) stored for {group.name}")
            return 0
        sessions = queries.group_sessions(db, group.id)
        if command == "show":
            zone = ZoneInfo(group.timezone)
            for m in sessions:
                local = m.starts_at.astimezone(zone)
                print(f"{m.id}\t{local:%a %Y-%m-%d %H:%M}\t{m.status}\t{m.place or ''}")
            if not sessions:
                print(f"{group.name} has no sessions yet: plan them with `samen schedule apply --group …`",
                      file=sys.stderr)
            return 0
        token = queries.calendar_token(db, group)
        sys.stdout.write(ics(group.name, sessions, group.timezone).decode())
        public = load_config().public_url
        if public:
            print(f"calendar feed: {public}/calendar/{token}.ics", file=sys.stderr)
        return 0
