"""The `samen` command line: run, demo, chat, db upgrade, org/group create, invite, tick.

Every command has `--help`; bad input gets one clear line on stderr and a non-zero exit, never a
traceback.
"""
from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import logging
import os
import socket
import sys
from pathlib import Path
from typing import Any, Sequence
from zoneinfo import ZoneInfo

from sqlalchemy.exc import OperationalError

from bot.config import Config
from bot.core.clock import SystemClock
from bot.core.i18n import LOCALES
from bot.logs import setup_logging

TRADITIONS = ("dutch", "school", "islamic", "christian", "orthodox", "hindu", "surinamese", "chinese")
REGIONS = ("noord", "midden", "zuid")
GROUP_ROLES = ("participant", "facilitator", "buddy")


class UsageError(Exception):
    """Bad input from the command line: one clear line, exit 2."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{message} (see `{self.prog} --help`)")


def build_parser() -> Parser:
    parser = Parser(prog="samen", description="samen: the bot of 'Samen tegen Eenzaamheid' groups.")
    sub = parser.add_subparsers(dest="command", parser_class=Parser, metavar="COMMAND")

    run = sub.add_parser("run", help="run the service (web app, scheduler tick, outbox sender)")
    run.add_argument("--port", type=int, help="port to listen on (default: $PORT or 8000)")
    run.add_argument("--host", default="0.0.0.0",
                     help="address to listen on (default 0.0.0.0, every interface, as a platform's router needs; "
                          "127.0.0.1 behind a proxy on the same machine)")
    run.add_argument("--role", choices=("web", "worker", "all"), default="all",
                     help="web: webhooks only (stored, acknowledged); worker: handling, sender and tick; all: both")

    sub.add_parser("demo", help="a deterministic offline demo on a fresh database")
    chat = sub.add_parser("chat", help="talk to the bot in this terminal as any member")
    chat.add_argument("--as", dest="as_", default="me", metavar="NAME", help="who you are (console address)")
    chat.add_argument("--language", choices=LOCALES, help="language hint for a new member")

    db = sub.add_parser("db", help="database commands")
    db_sub = db.add_subparsers(dest="db_command", parser_class=Parser, metavar="DB_COMMAND")
    db_sub.add_parser("upgrade", help="migrate the database at $DATABASE_URL to the newest schema")

    org = sub.add_parser("org", help="organisations")
    org_sub = org.add_subparsers(dest="org_command", parser_class=Parser, metavar="ORG_COMMAND")
    org_create = org_sub.add_parser("create", help="create an organisation")
    org_create.add_argument("name")

    group = sub.add_parser("group", help="groups")
    group_sub = group.add_subparsers(dest="group_command", parser_class=Parser, metavar="GROUP_COMMAND")
    group_create = group_sub.add_parser("create", help="create a group in an organisation")
    group_create.add_argument("name")
    group_create.add_argument("--org", required=True, help="organisation id or name")
    group_create.add_argument("--language", default="nl",
                              help=f"the group's language(s), main first, comma separated ({', '.join(LOCALES)})")
    group_create.add_argument("--city")
    group_create.add_argument("--region", help="school-holiday region: noord, midden or zuid")
    group_create.add_argument("--traditions", default="dutch", help=f"comma separated: {', '.join(TRADITIONS)}")
    group_create.add_argument("--timezone", default=None, help="IANA time zone (default $SAMEN_TIMEZONE)")

    invite = sub.add_parser("invite", help="make an invite code")
    target = invite.add_mutually_exclusive_group(required=True)
    target.add_argument("--group", help="group id or name (roles participant, facilitator, buddy)")
    target.add_argument("--org", help="organisation id or name (role coordinator)")
    invite.add_argument("--role", required=True)
    invite.add_argument("--days", type=int, default=14, help="days the code stays valid (default 14)")
    invite.add_argument("--uses", type=int, default=None, help="how many people may use it")
    invite.add_argument("--card", metavar="PATH", help="also write a printable invite card (PNG)")

    schedule = sub.add_parser("schedule", help="plan a group's sessions around holidays and feasts")
    sched_sub = schedule.add_subparsers(dest="schedule_command", parser_class=Parser, metavar="SCHEDULE_COMMAND")
    for name, help_text in (("plan", "preview a plan (nothing is stored)"), ("apply", "plan and store a group's sessions")):
        p = sched_sub.add_parser(name, help=help_text)
        if name == "apply":
            p.add_argument("--group", required=True, help="group id or name")
        p.add_argument("--weekday", required=True, help="mon, tue, wed, thu, fri, sat or sun")
        p.add_argument("--time", required=True, help="start time, HH:MM in the group's zone")
        p.add_argument("--duration", type=int, default=120, help="minutes (default 120)")
        p.add_argument("--every", default="1w", help="1w (weekly) or 2w (every two weeks)")
        p.add_argument("--from", dest="from_", required=True, metavar="DATE", help="first date, YYYY-MM-DD")
        end = p.add_mutually_exclusive_group(required=True)
        end.add_argument("--count", type=int, help="number of sessions")
        end.add_argument("--until", metavar="DATE", help="last date, YYYY-MM-DD")
        p.add_argument("--place")
        p.add_argument("--region", help="school-holiday region: noord, midden or zuid")
        p.add_argument("--traditions", help=f"comma separated: {', '.join(TRADITIONS)}")
        p.add_argument("--policy", action="append", default=[], metavar="KEY=skip|move|keep",
                       help="policy for one observance, e.g. ramadan=move (repeatable)")
        p.add_argument("--summer-break", action="append", default=[], metavar="FROM:TO",
                       help="a break the group chose, e.g. 2026-07-18:2026-08-30 (repeatable)")
        p.add_argument("--custom", action="append", default=[], metavar="DATE[:DATE]=NAME",
                       help="a date of your own, e.g. 2026-05-20=buurtfeest (repeatable; skipped by default)")
        p.add_argument("--islamic-shift", type=int, default=None, help="-1, 0 or 1: follow the local mosque")
        p.add_argument("--timezone", default=None, help="IANA zone (default the group's, or $SAMEN_TIMEZONE)")
        p.add_argument("--language", default="nl", help="language of the preview")
        p.add_argument("--json", action="store_true", help="print the plan as JSON")
        if name == "apply":
            p.add_argument("--remind-day-before", metavar="HH:MM", help="time of the day-before reminder (10:00)")
            p.add_argument("--remind-hours-before", type=int, metavar="N", help="hours before the start (2)")
            p.add_argument("--quiet", metavar="HH:MM-HH:MM", help="no reminders in these hours (21:00-08:00)")
    for name, help_text in (("show", "list a group's sessions"), ("ics", "print a group's calendar (iCalendar)")):
        p = sched_sub.add_parser(name, help=help_text)
        p.add_argument("--group", required=True, help="group id or name")

    whatsapp = sub.add_parser("whatsapp", help="WhatsApp settings")
    wa_sub = whatsapp.add_subparsers(dest="wa_command", parser_class=Parser, metavar="WA_COMMAND")
    templates = wa_sub.add_parser("templates", help="print the templates to submit for approval, or record one")
    templates.add_argument("--set", nargs=3, metavar=("KIND", "LOCALE", "CONTENT_SID"),
                           help="record the approved Content SID (HX…) of one template")

    report = sub.add_parser("report", help="figures for funders: CSV, JSON, a PNG chart or a one-page PDF")
    scope = report.add_mutually_exclusive_group(required=True)
    scope.add_argument("--group", help="group id or name")
    scope.add_argument("--org", help="organisation id or name (all its groups)")
    report.add_argument("--from", dest="from_", required=True, metavar="DATE", help="first day, e.g. 2026-09-01")
    report.add_argument("--to", required=True, metavar="DATE", help="last day (included)")
    report.add_argument("--format", default="pdf", choices=("csv", "json", "png", "pdf"))
    report.add_argument("--out", metavar="PATH", help="where to write (default samen-report.<format>)")
    report.add_argument("--language", default="nl", help="language of the labels (default nl)")
    report.add_argument("--named", action="store_true", help="add attendance by name (coordinators only)")

    retention = sub.add_parser("retention", help="erase members inactive longer than the retention period")
    retention.add_argument("--months", type=int, default=None,
                           help="inactive for this many months (default $SAMEN_RETENTION_MONTHS or 12)")
    retention.add_argument("--dry-run", action="store_true", help="only count who would be erased")

    audit = sub.add_parser("audit", help="what facilitators and coordinators did (the audit log)")
    audit.add_argument("--group", help="only this group (id or name)")
    audit.add_argument("--days", type=int, default=30, help="how far back (default 30 days)")

    tick = sub.add_parser("tick", help="run due timers once")
    tick.add_argument("--at", help="ISO time to tick at (default: now)")
    tick.add_argument("--dry-run", action="store_true", help="only count what is due")
    return parser


def _log_level() -> int:
    """SAMEN_LOG_LEVEL (DEBUG, INFO, WARNING…; default WARNING)."""
    name = os.environ.get("SAMEN_LOG_LEVEL", "WARNING").upper()
    level = logging.getLevelName(name)
    return level if isinstance(level, int) else logging.WARNING


def main(argv: Sequence[str] | None = None) -> int:
    debug = os.environ.get("SAMEN_DEBUG", "") not in ("", "0")
    setup_logging(logging.DEBUG if debug else _log_level())
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if not args.command:
            parser.print_help()
            return 2
        return int(COMMANDS[args.command](args) or 0)
    except UsageError as exc:
        print(f"samen: {exc}", file=sys.stderr)
        return 2
    except OperationalError as exc:
        print(f"samen: the database cannot be reached ({type(exc.orig).__name__}); check DATABASE_URL",
              file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug: still one line for the person, the details in the log
        logging.getLogger(__name__).debug("unexpected error", exc_info=True)
        print(f"samen: unexpected error ({type(exc).__name__}: {exc}); run with SAMEN_DEBUG=1 for details",
              file=sys.stderr)
        return 1


# -- commands ---------------------------------------------------------------------------------
def _config() -> Config:
    try:
        return Config.from_env()
    except ValueError as exc:
        raise UsageError(str(exc)) from exc


def cmd_db(args: argparse.Namespace) -> int:
    if args.db_command != "upgrade":
        raise UsageError("say `samen db upgrade`")
    from storage.db import upgrade

    config = _config()
    upgrade(config.database_url)
    print("database is up to date")
    return 0


def _samen() -> Any:
    from bot.app import build

    return build(_config())


def cmd_org(args: argparse.Namespace) -> int:
    if args.org_command != "create":
        raise UsageError("say `samen org create NAME`")
    from storage import queries
    from storage.models import Organisation

    name = args.name.strip()
    if not name:
        raise UsageError("an organisation needs a name")
    samen = _samen()
    with samen.sessions() as db, db.begin():
        if queries.find_organisation(db, name) is not None:
            raise UsageError(f"an organisation named {name!r} exists already")
        org = Organisation(name=name, created_at=samen.clock.now())
        db.add(org)
        db.flush()
        print(f"organisation {org.id}: {org.name}")
    return 0


def cmd_group(args: argparse.Namespace) -> int:
    if args.group_command != "create":
        raise UsageError("say `samen group create NAME --org ORG`")
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    from storage import queries
    from storage.models import Group

    name = args.name.strip()
    if not name:
        raise UsageError("a group needs a name")
    languages = [part.strip().lower() for part in args.language.split(",") if part.strip()]
    wrong = [lang for lang in languages if lang not in LOCALES]
    if wrong or not languages:
        raise UsageError(f"unknown language {', '.join(wrong) or '(none)'}; choose from {', '.join(LOCALES)}")
    region = (args.region or "").lower() or None
    if region is not None and region not in REGIONS:
        raise UsageError(f"unknown region {args.region!r}; choose noord, midden or zuid")
    traditions = [t.strip().lower() for t in args.traditions.split(",") if t.strip()]
    unknown = [t for t in traditions if t not in TRADITIONS]
    if unknown or not traditions:
        raise UsageError(f"unknown tradition {', '.join(unknown) or '(none)'}; choose from {', '.join(TRADITIONS)}")
    config = _config()
    zone = args.timezone or config.timezone
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise UsageError(f"unknown time zone {zone!r}") from exc
    samen = _samen()
    with samen.sessions() as db, db.begin():
        org = queries.find_organisation(db, args.org)
        if org is None:
            raise UsageError(f"no organisation {args.org!r}; create it with `samen org create NAME`")
        if any(g.name.lower() == name.lower() for g in org.groups):
            raise UsageError(f"{org.name} already has a group named {name!r}")
        group = Group(organisation_id=org.id, name=name, language=languages[0], languages=",".join(languages),
                      city=args.city, region=region,
                      traditions=",".join(traditions), timezone=zone, created_at=samen.clock.now())
        db.add(group)
        db.flush()
        print(f"group {group.id}: {group.name} ({org.name}, languages {group.languages})")
    return 0


def cmd_invite(args: argparse.Namespace) -> int:
    from storage import queries

    role = args.role.strip().lower()
    if args.group and role not in GROUP_ROLES:
        raise UsageError(f"a group invite is for {', '.join(GROUP_ROLES)}, not {role!r}"
                         + ("; coordinators are invited with --org" if role == "coordinator" else ""))
    if args.org and role != "coordinator":
        raise UsageError(f"an organisation invite is for coordinators, not {role!r}; use --group for {role}s")
    if args.days < 1 or args.days > 365:
        raise UsageError("--days must be between 1 and 365")
    uses = args.uses if args.uses is not None else (15 if role == "participant" else 2)
    if uses < 1 or uses > 100:
        raise UsageError("--uses must be between 1 and 100")
    config = _config()
    if args.card and not (config.has_telegram or config.twilio_whatsapp_from):
        raise UsageError("an invite card needs a channel to point to: set TELEGRAM_BOT_TOKEN or TWILIO_WHATSAPP_FROM")
    samen = _samen()
    with samen.sessions() as db, db.begin():
        if args.group:
            group = queries.find_group(db, args.group)
            if group is None:
                raise UsageError(f"no group {args.group!r} (or more than one with that name: use its id)")
            org_id, group_id, place = group.organisation_id, group.id, group.name
        else:
            org = queries.find_organisation(db, args.org)
            if org is None:
                raise UsageError(f"no organisation {args.org!r}")
            org_id, group_id, place = org.id, None, org.name
        invite = queries.create_invite(db, organisation_id=org_id, group_id=group_id, role=role,
                                       now=samen.clock.now(), days=args.days, uses=uses)
        queries.audit(db, samen.clock.now(), "invite-created", group_id=group_id, role=role, via="cli")
        print(f"{invite.code}")
        print(f"  {role} invite for {place}; valid until {invite.expires_at:%Y-%m-%d %H:%M} UTC; {uses} use(s).",
              file=sys.stderr)
        code, language = invite.code, (group.language if args.group else "nl")
    print("  On WhatsApp send the code to the bot; on Telegram send /start " + code, file=sys.stderr)
    link = _telegram_link(config, code)
    if link:
        print(f"  Telegram link: {link}", file=sys.stderr)
    wa_link = None
    if config.twilio_whatsapp_from:
        from bot.core.i18n import default_catalog
        from handlers.members import whatsapp_link

        wa_link = whatsapp_link(default_catalog(), config.twilio_whatsapp_from, language, code)
        print(f"  WhatsApp link: {wa_link}", file=sys.stderr)
    if args.card:
        from bot.cards import card_for_group
        from bot.core.i18n import default_catalog

        if not (link or wa_link):
            raise UsageError("no link for the card: Telegram did not answer and TWILIO_WHATSAPP_FROM is not set")
        png = card_for_group(default_catalog(), group=place, language=language, code=code, telegram_link=link,
                             whatsapp_link=wa_link)
        try:
            Path(args.card).write_bytes(png)
        except OSError as exc:
            raise UsageError(f"cannot write the card to {args.card}: {exc.strerror or exc}") from exc
        print(f"  Invite card: {args.card}", file=sys.stderr)
    return 0


def _date(text: str, flag: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError as exc:
        raise UsageError(f"{flag} {text!r} is not a date such as 2026-01-06") from exc


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
    first = _date(args.from_, "--from")
    until = _date(args.until, "--until") if args.until else None
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
        begin, finish = _date(a, "--summer-break"), _date(b, "--summer-break")
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
        custom.append(CustomDate(_date(a, "--custom"), _date(b or a, "--custom"), label.strip()))
    shift = args.islamic_shift if args.islamic_shift is not None else (group.islamic_shift if group else 0)
    if shift not in (-1, 0, 1):
        raise UsageError("--islamic-shift must be -1, 0 or 1")
    zone = args.timezone or (group.timezone if group else None) or _config().timezone
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
    samen = _samen()
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
        public = _config().public_url
        if public:
            print(f"calendar feed: {public}/calendar/{token}.ics", file=sys.stderr)
        return 0


def cmd_whatsapp(args: argparse.Namespace) -> int:
    if args.wa_command != "templates":
        raise UsageError("say `samen whatsapp templates [--set KIND LOCALE HX…]`")
    import re

    from bot.channels.whatsapp import WhatsAppChannel
    from bot.core.i18n import default_catalog, without_isolates
    from bot.outbox import TEMPLATE_KINDS
    from storage import queries

    languages = WhatsAppChannel.template_locales
    if args.set:
        kind, locale, sid = args.set
        if kind not in TEMPLATE_KINDS and not (kind.startswith("quick:") and default_catalog().has(kind[6:])):
            raise UsageError(f"unknown template kind {kind!r}; choose from {', '.join(TEMPLATE_KINDS)} "
                             "or quick:<message id> for quick-reply buttons")
        if locale not in LOCALES:
            raise UsageError(f"unknown language {locale!r}; choose from {', '.join(LOCALES)}")
        if locale not in languages:
            raise UsageError(f"WhatsApp has no template language for {locale!r}: such members are reached by phone")
        if not re.fullmatch(r"HX[0-9a-fA-F]{32}", sid):
            raise UsageError(f"{sid!r} is not a Content SID (HX followed by 32 hexadecimal characters)")
        samen = _samen()
        with samen.sessions() as db, db.begin():
            queries.set_template(db, kind, locale, sid, samen.clock.now())
        print(f"template {kind}/{locale} set to {sid}")
        return 0
    catalog = default_catalog()
    samen = _samen()
    with samen.sessions() as db:
        for kind in TEMPLATE_KINDS:
            for locale in LOCALES:
                text = catalog.format(locale, f"whatsapp-template-{kind}", {"body": "{{1}}"})
                text = without_isolates(text)  # no bidi marks in a template
                if locale not in languages:
                    print(f"{kind}\t{locale}\t(no WhatsApp template language: reached by phone)")
                    continue
                sid = queries.template_sid(db, kind, locale) or "not set"
                print(f"{kind}\t{locale}\t{sid}\t{text}")
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

            at = at.replace(tzinfo=ZoneInfo(_config().timezone))
    samen = _samen()
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


def cmd_run(args: argparse.Namespace) -> int:
    import uvicorn

    from bot.app import build, freeze_startup_heap, web_app

    config = _config()
    port = args.port or config.port
    try:
        socket.getaddrinfo(args.host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as exc:
        raise UsageError(f"cannot listen on {args.host!r}: {getattr(exc, 'strerror', None) or exc}") from exc
    if not (config.has_telegram or config.has_whatsapp):
        print("samen: no channel is configured: set TELEGRAM_BOT_TOKEN, or TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN "
              "and TWILIO_WHATSAPP_FROM; to try samen offline run `samen demo`", file=sys.stderr)
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


def _telegram_link(config: Config, code: str) -> str | None:
    """The deep link for an invite, asking Telegram (getMe) for the bot's username."""
    if not config.has_telegram:
        return None
    from telegram import Bot
    from telegram.error import TelegramError
    from telegram.request import HTTPXRequest

    async def username() -> str:
        request = HTTPXRequest(connect_timeout=5, read_timeout=5)
        async with Bot(config.telegram_bot_token or "", base_url=config.telegram_api_url,
                       base_file_url=config.telegram_file_url, request=request) as bot:
            return bot.username

    try:
        from handlers.members import deep_link

        return deep_link(asyncio.run(username()), code)
    except (TelegramError, OSError) as exc:
        print(f"  (no Telegram link: Telegram did not answer: {type(exc).__name__})", file=sys.stderr)
        return None


def cmd_report(args: argparse.Namespace) -> int:
    from bot import reports as files
    from bot.core.i18n import default_catalog, supported_locale
    from storage import queries
    from storage.reports import group_report, organisation_report

    start, last = _date(args.from_, "--from"), _date(args.to, "--to")
    if last < start:
        raise UsageError("--to is before --from")
    language = supported_locale(args.language)
    if language is None:
        raise UsageError(f"unknown language {args.language!r}; one of {', '.join(LOCALES)}")
    since = dt.datetime.combine(start, dt.time(), dt.timezone.utc)
    until = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), dt.timezone.utc)
    samen = _samen()
    with samen.sessions() as db:
        if args.group:
            group = queries.find_group(db, args.group)
            if group is None:
                raise UsageError(f"no group {args.group!r} (or more than one with that name: use its id)")
            figures = group_report(db, group, since, until, named=args.named)
        else:
            organisation = queries.find_organisation(db, args.org)
            if organisation is None:
                raise UsageError(f"no organisation {args.org!r}")
            figures = organisation_report(db, organisation, since, until, named=args.named)
    data = files.render(figures, args.format, default_catalog(), language)
    out = Path(args.out or f"samen-report.{args.format}")
    try:
        out.write_bytes(data)
    except OSError as exc:
        raise UsageError(f"cannot write {out}: {exc.strerror or exc}") from exc
    p = figures["participants"]
    print(f"{out}: {figures['scope']['name']}, {figures['period']['from']} to {figures['period']['to']}: "
          f"{p['at_end']} participants ({p['active']} came), {figures['sessions']['held']} meetings held")
    return 0


def cmd_retention(args: argparse.Namespace) -> int:
    from storage import erasure

    samen = _samen()
    months = args.months if args.months is not None else samen.config.retention_months
    if months <= 0:
        raise UsageError("--months must be at least 1")
    now = samen.clock.now()
    with samen.sessions() as db, db.begin():
        members = erasure.inactive_members(db, now, months)
        if args.dry_run:
            print(f"{len(members)} member(s) inactive for {months} months would be erased; nothing was changed")
            db.rollback()
            return 0
        counts = erasure.erase_members(db, members, now, reason="retention")
    print(f"{counts['members']} member(s) inactive for {months} months erased; "
          f"{counts['provider']} message(s) queued for deletion at Twilio")
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from storage import queries
    from storage.models import AuditEvent, Group, Member

    samen = _samen()
    since = samen.clock.now() - dt.timedelta(days=max(1, args.days))
    with samen.sessions() as db:
        query = select(AuditEvent).where(AuditEvent.at >= since).order_by(AuditEvent.at, AuditEvent.id)
        if args.group:
            group = queries.find_group(db, args.group)
            if group is None:
                raise UsageError(f"no group {args.group!r} (give its id or exact name)")
            query = query.where(AuditEvent.group_id == group.id)
        rows = db.scalars(query).all()
        for row in rows:
            actor = db.get(Member, row.actor_id) if row.actor_id else None
            group = db.get(Group, row.group_id) if row.group_id else None
            details = " ".join(f"{k}={v}" for k, v in sorted((row.data or {}).items()))
            print(f"{row.at:%Y-%m-%d %H:%M} {row.action:<20} by {actor.display_name if actor else '-':<16} "
                  f"group {group.name if group else '-':<16} member {row.subject_id or '-'} {details}".rstrip())
    if not rows:
        print("nothing in the audit log for that period")
    return 0


def cmd_demo(_args: argparse.Namespace) -> int:
    from bot.demo import run_demo

    return run_demo()


def cmd_chat(args: argparse.Namespace) -> int:
    from bot.chat import run_chat

    return run_chat(_config(), args.as_, args.language)


COMMANDS = {"run": cmd_run, "demo": cmd_demo, "chat": cmd_chat, "db": cmd_db, "org": cmd_org,
            "group": cmd_group, "invite": cmd_invite, "tick": cmd_tick, "whatsapp": cmd_whatsapp,
            "schedule": cmd_schedule, "retention": cmd_retention, "audit": cmd_audit,
            "report": cmd_report}


if __name__ == "__main__":
    sys.exit(main())
