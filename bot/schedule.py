"""Scheduling glue: from a group (or command-line flags) to observances, a plan, stored sessions
and an iCalendar feed.  The planning itself is the pure `bot.core.planner`; the observances come
from `bot.core.calendar`.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from bot.core.calendar import CustomDate, observances
from bot.core.i18n import Catalog, short_date
from bot.core.plan_text import reason
from bot.core.planner import Plan, Rule, plan


@dataclass
class Request:
    """Everything a plan needs besides the rule."""

    rule: Rule
    traditions: tuple[str, ...] = ("dutch",)
    region: str | None = None
    policies: dict[str, str] = field(default_factory=dict)
    breaks: list[tuple[dt.date, dt.date]] = field(default_factory=list)
    custom: list[CustomDate] = field(default_factory=list)
    islamic_shift: int = 0


def make_plan(request: Request, existing: list[dt.date] | None = None) -> Plan:
    """Observances for the rule's span (plus room for moved sessions), then the plan."""
    rule = request.rule
    last = rule.until or rule.first + dt.timedelta(weeks=rule.every_weeks * (rule.count or 0) * 2 + 60)
    found = observances(rule.first, last, request.traditions, region=request.region,
                        islamic_shift=request.islamic_shift, custom=request.custom)
    return plan(rule, found, request.policies, request.breaks, existing or [])


def describe(result: Plan, catalog: Catalog, locale: str) -> list[str]:
    """The plan as lines a coordinator reads: every session, every moved or skipped date with its
    reason, the defaults applied, and the warnings."""
    from babel.dates import format_date, format_time

    lines = []
    for session in result.sessions:
        when = (f"{short_date(session.starts_at, locale, year=True)} "
                f"{format_time(session.starts_at, 'HH:mm', locale=locale)}–"
                f"{format_time(session.ends_at, 'HH:mm', locale=locale)}")
        extra = [catalog.format(locale, note) for note in session.notes]
        if session.moved_from:
            extra.append("← " + format_date(session.moved_from, "d MMM", locale=locale))
        lines.append(f"  {when}" + (f"  {session.place}" if session.place else "") +
                     (f"  ({'; '.join(extra)})" if extra else ""))
    for decision in result.decisions:
        if decision.action == "keep":
            continue
        names = reason(catalog, locale, decision) or decision.action
        target = f" → {short_date(decision.moved_to, locale)}" if decision.moved_to else ""
        lines.append(f"  {decision.action:7} {short_date(decision.date, locale, year=True)}: "
                     f"{names}{target}" + (" [default]" if decision.default else ""))
    for key, policy in sorted(result.defaults.items()):
        lines.append(f"  default: {catalog.format(locale, f'observance-{key}')} = {policy}")
    for warning in result.warnings:
        if warning.code == "too-few":
            lines.append(f"  WARNING: only {warning.count} session(s) in twelve months (the manual advises at least 10)")
        elif warning.code == "long-skip":
            lines.append(f"  WARNING: skipping {warning.first} leaves {warning.count} weeks without a session "
                         "(the manual: at least every two weeks)")
        else:
            lines.append(f"  WARNING: no session from {warning.first} to {warning.last}, and no break explains it")
    return lines


def ics(group_name: str, sessions: list, timezone: str) -> bytes:
    """An iCalendar feed of a group's sessions (`GET /calendar/{token}.ics`)."""
    from icalendar import Calendar, Event

    from storage.models import OWN_NOTE

    cal = Calendar()
    cal.add("prodid", "-//samen//sessions//NL")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", group_name)
    zone = ZoneInfo(timezone)
    for session in sessions:
        event = Event()
        event.add("uid", f"session-{session.id}@samen")
        event.add("summary", group_name)
        event.add("dtstart", session.starts_at.astimezone(zone))
        event.add("dtend", (session.ends_at or session.starts_at + dt.timedelta(hours=2)).astimezone(zone))
        event.add("dtstamp", session.created_at)
        if session.place:
            event.add("location", session.place)
        own = [n.removeprefix(OWN_NOTE) for n in (session.notes or []) if n.startswith(OWN_NOTE)]
        if own:  # the leader's note for this meeting
            event.add("description", " ".join(own))
        cal.add_component(event)
    return cal.to_ical()
