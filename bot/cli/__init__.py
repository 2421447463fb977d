"""The `samen` command line: run, demo, chat, db upgrade, org/group create, invite, tick, schedule,
report, retention, audit, whatsapp: the parser and `main` here, each group of commands in a module
of its own (`setup`, `schedule`, `service`, `records`).

Every command has `--help`; bad input gets one clear line on stderr and a non-zero exit, never a
traceback.
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
from typing import Sequence

from sqlalchemy.exc import OperationalError

from bot.core.i18n import LOCALES
from bot.logs import setup_logging
from bot.cli.common import TRADITIONS, UsageError
from bot.cli.records import cmd_audit, cmd_report, cmd_retention, cmd_whatsapp
from bot.cli.schedule import cmd_schedule
from bot.cli.service import cmd_chat, cmd_db, cmd_demo, cmd_run, cmd_tick
from bot.cli.setup import cmd_group, cmd_invite, cmd_org


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

    demo = sub.add_parser("demo", help="a deterministic offline demo on a fresh database")
    demo.add_argument("--serve", nargs="?", type=float, const=60.0, default=0.0, metavar="SECONDS",
                      help="then keep the web page up (default 60 s) for the coordinator's sign-in link")
    demo.add_argument("--port", type=int, default=8000, help="the web page's port with --serve (default 8000)")
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
    org_limit = org_sub.add_parser(
        "phone-limit", help="reminder calls plus SMS segments an organisation may use a month "
                            "(default: $SAMEN_PHONE_LIMIT, else 400)")
    org_limit.add_argument("name", help="organisation id or name")
    org_limit.add_argument("limit", help="a whole number, or 'default'")

    group = sub.add_parser("group", help="groups")
    group_sub = group.add_subparsers(dest="group_command", parser_class=Parser, metavar="GROUP_COMMAND")
    group_create = group_sub.add_parser("create", help="create a group in an organisation")
    group_create.add_argument("name")
    group_create.add_argument("--org", required=True, help="organisation id or name")
    group_create.add_argument("--language", default="nl",
                              help=f"the group's language(s), main first, comma separated ({', '.join(LOCALES)}; "
                                   "ar-MA: Arabic with Moroccan month names)")
    group_create.add_argument("--city")
    group_create.add_argument("--region", help="school-holiday region: noord, midden or zuid")
    group_create.add_argument("--traditions", default="dutch", help=f"comma separated: {', '.join(TRADITIONS)}")
    group_create.add_argument("--timezone", default=None, help="IANA time zone (default $SAMEN_TIMEZONE)")
    group_set = group_sub.add_parser("set", help="change a group's languages")
    group_set.add_argument("group", help="group id or name")
    group_set.add_argument("--language", help="the group's language(s), main first; ar-MA: Moroccan month names")

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


COMMANDS = {"run": cmd_run, "demo": cmd_demo, "chat": cmd_chat, "db": cmd_db, "org": cmd_org,
            "group": cmd_group, "invite": cmd_invite, "tick": cmd_tick, "whatsapp": cmd_whatsapp,
            "schedule": cmd_schedule, "retention": cmd_retention, "audit": cmd_audit,
            "report": cmd_report}
