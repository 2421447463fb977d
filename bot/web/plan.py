"""Plan the season on the web page: the same planner as the chat and `samen schedule` (a rule, the
group's traditions and policies, `bot.schedule.make_plan`), filled in as a form, previewed as a
month calendar with every session and every observance drawn in, and saved through the chat's own
`handlers.schedule.apply_plan` (members hear of it, as in the chat)."""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any, Mapping
from zoneinfo import ZoneInfo

from bot.core.calendar import OBSERVANCE_KEYS, REGIONS, TRADITIONS, Observance, observances
from bot.core.planner import POLICIES, Plan, Rule, policy_for
from bot.schedule import Request, make_plan
from storage.models import Group

_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")
MAX_MONTHS = 15


@dataclass
class PlanForm:
    """The form's values (as typed, to show again) and what is wrong with them (Fluent ids)."""

    weekday: int = 1
    time: str = "10:00"
    every: int = 2
    first: str = ""
    until: str = ""
    count: str = ""
    duration: int = 120
    place: str = ""
    break_from: str = ""
    break_to: str = ""
    traditions: list[str] = field(default_factory=lambda: ["dutch"])
    region: str = ""
    policies: dict[str, str] = field(default_factory=dict)
    islamic_shift: int = 0
    errors: list[str] = field(default_factory=list)


def defaults(group: Group, next_planned: Any, today: dt.date) -> PlanForm:
    """The form as it opens: the group's own choices, its usual day and time, from next week on for
    a year."""
    zone = ZoneInfo(group.timezone)
    form = PlanForm(traditions=[t for t in (group.traditions or "dutch").split(",") if t in TRADITIONS],
                    region=group.region or "", policies=dict(group.policies or {}),
                    islamic_shift=group.islamic_shift or 0)
    if next_planned is not None:
        local = next_planned.starts_at.astimezone(zone)
        form.weekday, form.time, form.place = local.weekday(), local.strftime("%H:%M"), next_planned.place or ""
    first = today + dt.timedelta(days=(form.weekday - today.weekday()) % 7 or 7)
    form.first, form.until = first.isoformat(), (first + dt.timedelta(days=364)).isoformat()
    if group.breaks:
        form.break_from, form.break_to = group.breaks[0][0], group.breaks[0][1]
    return form


def read(values: Mapping[str, Any], traditions: list[str], policies: Mapping[str, str]) -> PlanForm:
    """The form as sent (`values` single values; `traditions` the ticked boxes; `policies` key ->
    skip|move|keep|"" (the default))."""

    def get(name: str) -> str:
        value = values.get(name)
        return value.strip() if isinstance(value, str) else ""

    form = PlanForm(time=get("time"), first=get("from"), until=get("until"), count=get("count"),
                    place=" ".join(get("place").split())[:200], break_from=get("break_from"),
                    break_to=get("break_to"), traditions=[t for t in traditions if t in TRADITIONS],
                    region=get("region") if get("region") in REGIONS else "",
                    policies={k: v for k, v in policies.items() if k in OBSERVANCE_KEYS and v in POLICIES})
    for name, allowed, default in (("weekday", range(7), 1), ("every", (1, 2), 2), ("islamic_shift", (-1, 0, 1), 0),
                                   ("duration", range(15, 721), 120)):
        text = get(name)
        number = int(text) if re.fullmatch(r"-?\d+", text) else None
        if number is None or number not in allowed:
            form.errors.append(f"web-plan-bad-{name.replace('_', '-')}")
            number = default
        setattr(form, name, number)
    return form


def request_of(form: PlanForm, group: Group) -> Request | None:
    """The planner's request, or None with `form.errors` saying what to mend."""

    def day(text: str, error: str) -> dt.date | None:
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            form.errors.append(error)
            return None

    if not _TIME.match(form.time):
        form.errors.append("web-plan-bad-time")
    first = day(form.first, "web-plan-bad-from")
    until = count = None
    if form.count:
        count = int(form.count) if form.count.isdigit() and 1 <= int(form.count) <= 200 else None
        if count is None:
            form.errors.append("web-plan-bad-count")
    else:
        until = day(form.until, "web-plan-bad-until")
        if until is not None and first is not None and not first <= until <= first + dt.timedelta(days=2 * 366):
            form.errors.append("web-plan-bad-until")
    breaks = []
    if form.break_from or form.break_to:
        begin, end = day(form.break_from, "web-plan-bad-break"), day(form.break_to, "web-plan-bad-break")
        if begin is not None and end is not None:
            if end < begin:
                form.errors.append("web-plan-bad-break")
            else:
                breaks.append((begin, end))
    if "school" in form.traditions and not form.region:
        form.errors.append("web-plan-school-region")
    if form.errors or first is None:
        return None
    hour, minute = (int(x) for x in form.time.split(":"))
    rule = Rule(form.weekday, dt.time(hour, minute), form.duration, form.every, first, count=count, until=until,
                place=form.place or None, timezone=group.timezone)
    return Request(rule, tuple(form.traditions), form.region or None, dict(form.policies), breaks,
                   [], form.islamic_shift)


def settings_of(request: Request) -> dict[str, Any]:
    """What the group keeps of a saved plan (its next plan opens with these)."""
    return {"traditions": ",".join(request.traditions) or "dutch", "region": request.region,
            "policies": dict(request.policies), "breaks": [[a.isoformat(), b.isoformat()] for a, b in request.breaks],
            "islamic_shift": request.islamic_shift}


@dataclass
class Day:
    date: dt.date
    session: Any = None  # the Planned session on this day
    decision: Any = None  # why the rule's date was not simply held (skip, move, break)
    observances: list[Observance] = field(default_factory=list)
    in_break: bool = False

    @property
    def classes(self) -> str:
        keys = {o.key for o in self.observances}
        names = [f"obs-{k}" for k in sorted(keys)]
        if self.in_break:
            names.append("break")
        if self.session is not None:
            names.append("session")
        if self.decision is not None:
            names.append(f"decision-{self.decision.action}")
        return " ".join(names)


@dataclass
class Month:
    year: int
    month: int
    weeks: list[list[Day | None]]


def preview(request: Request) -> tuple[Plan, list[Month], list[Observance]]:
    """The plan, its months as calendar grids (Monday first), and the observances drawn in."""
    result = make_plan(request)
    rule = request.rule
    last = max([s.date for s in result.sessions] + [d.moved_to or d.date for d in result.decisions] + [rule.first])
    if rule.until:
        last = max(last, rule.until)
    found = observances(rule.first, last, request.traditions, region=request.region,
                        islamic_shift=request.islamic_shift, custom=request.custom)
    sessions = {s.date: s for s in result.sessions}
    decisions = {d.date: d for d in result.decisions if d.action != "keep"}
    months = []
    year, month = rule.first.year, rule.first.month
    while (year, month) <= (last.year, last.month) and len(months) < MAX_MONTHS:
        weeks = []
        for week in calendar.Calendar(firstweekday=0).monthdatescalendar(year, month):
            weeks.append([Day(d, sessions.get(d), decisions.get(d), [o for o in found if o.covers(d)],
                              any(a <= d <= b for a, b in request.breaks)) if d.month == month else None
                          for d in week])
        months.append(Month(year, month, weeks))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return result, months, found


def policy_choices(traditions: list[str], policies: Mapping[str, str]) -> list[tuple[str, str, str]]:
    """(observance key, its policy now, the default) for the traditions chosen."""
    keys = [k for t in traditions for k in TRADITIONS.get(t, ())]
    return [(k, policies.get(k, ""), policy_for(k, {})[0]) for k in keys]
