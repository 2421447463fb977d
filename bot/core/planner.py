"""The session planner: a pure function from a rule (weekday, time, frequency, start, count or end),
the observances of a group's traditions, the group's policies and the sessions it already has, to
the planned sessions plus one explanation per decision and the warnings a coordinator should see.

Policies per observance key: `skip` (no session that day), `move` (to the same weekday of the next
free week, keeping the count), `keep` (the session stays, with a note the reminders show).  Where
two observances fall on one date the strictest wins: skip > move > keep.  Sessions are planned in
the group's local wall time, so 10:00 stays 10:00 across a change to or from summer time.

A group meets at least every two weeks (the manual: "ten minste eens in de twee weken").  Where a
default skip would leave more than 14 days between two meetings (a fortnightly group on King's
Day), the meeting moves to the nearest free weekday of that week instead, and the plan says so; a
skip the group chose itself stays, with a `long-skip` warning that names how many weeks go by.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Iterable, Mapping, Sequence
from zoneinfo import ZoneInfo

from bot.core.calendar import Observance

POLICIES = ("skip", "move", "keep")
STRICTNESS = {"skip": 3, "move": 2, "keep": 1}
# Defaults of the architecture page: one-day feasts skip; Ramadan keep (no shared meal); school
# holidays keep.
DEFAULT_POLICIES: dict[str, str] = {"ramadan": "keep", "school-holiday": "keep"}
# Fluent ids of the notes kept sessions carry: a sentence, not a bare "school holiday".
NOTES = {"ramadan": "observance-note-ramadan", "school-holiday": "observance-note-school-holiday",
         "public-holiday": "observance-note-public-holiday"}
MIN_PER_YEAR = 10
MAX_GAP_DAYS = 14
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def policy_for(key: str, policies: Mapping[str, str]) -> tuple[str, bool]:
    """(policy, is_default) for an observance key."""
    if key in policies:
        return policies[key], False
    return DEFAULT_POLICIES.get(key, "skip"), True


@dataclass(frozen=True)
class Rule:
    weekday: int  # 0 = Monday
    start: dt.time
    duration: int  # minutes
    every_weeks: int  # 1 or 2
    first: dt.date
    count: int | None = None
    until: dt.date | None = None
    place: str | None = None
    timezone: str = "Europe/Amsterdam"

    def __post_init__(self) -> None:
        if not 0 <= self.weekday <= 6:
            raise ValueError("weekday must be 0 (Monday) to 6 (Sunday)")
        if self.every_weeks not in (1, 2):
            raise ValueError("sessions are weekly or every two weeks")
        if (self.count is None) == (self.until is None):
            raise ValueError("give either a count or an end date")
        if self.count is not None and not 1 <= self.count <= 200:
            raise ValueError("count must be between 1 and 200")
        if self.until is not None and self.until < self.first:
            raise ValueError("the end date is before the start date")
        if not 15 <= self.duration <= 720:
            raise ValueError("duration must be between 15 and 720 minutes")
        ZoneInfo(self.timezone)


@dataclass(frozen=True)
class Planned:
    date: dt.date
    starts_at: dt.datetime  # aware, in the group's zone
    ends_at: dt.datetime
    place: str | None
    notes: tuple[str, ...] = ()  # Fluent ids, e.g. observance-note-ramadan
    moved_from: dt.date | None = None


@dataclass(frozen=True)
class Decision:
    """Why a rule date was not simply held: skipped, moved, kept with a note, or in a break."""

    date: dt.date
    action: str  # skip | move | keep | break | dropped
    keys: tuple[str, ...]
    labels: tuple[str, ...]
    moved_to: dt.date | None = None
    default: bool = False  # the policy applied was a default, not the group's own choice


@dataclass(frozen=True)
class Warning:
    code: str  # too-few | gap | long-skip (first: the skipped date, last: the next one, count: weeks apart)
    first: dt.date | None = None
    last: dt.date | None = None
    count: int | None = None


@dataclass
class Plan:
    sessions: list[Planned] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)
    defaults: dict[str, str] = field(default_factory=dict)  # key -> policy applied by default

    def to_json(self) -> dict:
        return {
            "sessions": [{"date": s.date.isoformat(), "start": s.starts_at.isoformat(), "end": s.ends_at.isoformat(),
                          "place": s.place, "notes": list(s.notes),
                          "moved_from": s.moved_from.isoformat() if s.moved_from else None} for s in self.sessions],
            "decisions": [{"date": d.date.isoformat(), "action": d.action, "observances": list(d.keys),
                           "labels": list(d.labels), "moved_to": d.moved_to.isoformat() if d.moved_to else None,
                           "default_policy": d.default} for d in self.decisions],
            "warnings": [{"code": w.code, "from": w.first.isoformat() if w.first else None,
                          "to": w.last.isoformat() if w.last else None, "count": w.count} for w in self.warnings],
            "defaults": dict(sorted(self.defaults.items())),
        }


def plan(rule: Rule, observances: Sequence[Observance], policies: Mapping[str, str] | None = None,
         breaks: Iterable[tuple[dt.date, dt.date]] = (), existing: Iterable[dt.date] = ()) -> Plan:
    """Plan the sessions of one rule; see the module docstring for the policies."""
    policies = dict(policies or {})
    for key, value in policies.items():
        if value not in POLICIES:
            raise ValueError(f"policy for {key} must be skip, move or keep, not {value!r}")
    breaks = [(a, b) for a, b in breaks]
    existing_dates = list(existing)
    taken = set(existing_dates)
    zone = ZoneInfo(rule.timezone)
    by_day: dict[dt.date, list[Observance]] = {}
    for obs in observances:
        day = obs.start
        while day <= obs.end:
            by_day.setdefault(day, []).append(obs)
            day += dt.timedelta(days=1)
    result = Plan()
    step = dt.timedelta(weeks=rule.every_weeks)
    first = rule.first + dt.timedelta(days=(rule.weekday - rule.first.weekday()) % 7)
    horizon = rule.until or first + dt.timedelta(weeks=rule.every_weeks * (rule.count or 0) * 3 + 104)

    def in_break(day: dt.date) -> bool:
        return any(a <= day <= b for a, b in breaks)

    def verdict(day: dt.date) -> tuple[str, list[Observance], bool] | None:
        found = by_day.get(day, [])
        if not found:
            return None
        chosen = [(policy_for(o.key, policies), o) for o in found]
        (policy, default), _ = max(chosen, key=lambda c: STRICTNESS[c[0][0]])
        for (p, d), o in chosen:
            if d:
                result.defaults[o.key] = p
        return policy, found, default and all(d for (_p, d), _o in chosen if _p == policy)

    def is_rule_date(day: dt.date) -> bool:
        return day >= first and (day - first).days % (7 * rule.every_weeks) == 0

    def free(day: dt.date) -> bool:
        if day in taken or in_break(day) or (rule.until and day > rule.until):
            return False
        v = verdict(day)
        return v is None or v[0] == "keep"

    def same_week(day: dt.date) -> dt.date | None:
        """The nearest free weekday (Monday to Friday) of `day`'s week, a later day first."""
        monday = day - dt.timedelta(days=day.weekday())
        options = [monday + dt.timedelta(days=i) for i in range(5)]
        options = [d for d in options if d != day and d >= rule.first and free(d)]
        return min(options, key=lambda d: (abs((d - day).days), d < day), default=None)

    def hold(day: dt.date, moved_from: dt.date | None = None) -> None:
        start = dt.datetime.combine(day, rule.start, tzinfo=zone)
        v = verdict(day)
        notes: tuple[str, ...] = ()
        if v is not None and v[0] == "keep":
            notes = tuple(sorted({NOTES.get(o.key, f"observance-{o.key}") for o in v[1]}))
            result.decisions.append(Decision(day, "keep", tuple(o.key for o in v[1]), tuple(o.label for o in v[1]),
                                             default=v[2]))
        end = start + dt.timedelta(minutes=rule.duration)  # NOTE: wall-clock arithmetic in the zone
        result.sessions.append(Planned(day, start, end, rule.place, notes, moved_from))
        taken.add(day)

    postponed: list[tuple[dt.date, Decision]] = []  # moved dates waiting for a free week
    day = first
    while day <= horizon:
        if rule.count is not None and len(result.sessions) >= rule.count:
            break
        if day in taken:
            day += step
            continue
        if in_break(day):
            result.decisions.append(Decision(day, "break", (), ()))
            day += step
            continue
        v = verdict(day)
        if v is None or v[0] == "keep":
            hold(day)
        elif v[0] == "skip":
            decision = Decision(day, "skip", tuple(o.key for o in v[1]), tuple(o.label for o in v[1]), default=v[2])
            before = max((d for d in taken if d < day), default=None)
            weeks = (day + step - before).days // 7 if before is not None else 0
            target = same_week(day) if weeks * 7 > MAX_GAP_DAYS and v[2] else None
            if target is not None:  # the default keeps the rhythm: another day of that week
                result.decisions.append(dataclasses.replace(decision, action="move", moved_to=target))
                hold(target, moved_from=day)
            else:
                result.decisions.append(decision)
                if weeks * 7 > MAX_GAP_DAYS:
                    result.warnings.append(Warning("long-skip", day, day + step, weeks))
        else:  # move: the same weekday of the next week that is free and not a date of the rule itself
            decision = Decision(day, "move", tuple(o.key for o in v[1]), tuple(o.label for o in v[1]), default=v[2])
            target = next((c for c in (day + dt.timedelta(weeks=k) for k in range(1, 9))
                           if not is_rule_date(c) and free(c)), None)
            if target is not None:
                result.decisions.append(dataclasses.replace(decision, moved_to=target))
                hold(target, moved_from=day)
            elif rule.count is not None:  # weekly: it moves to the end of the series, keeping the count
                result.decisions.append(decision)
                postponed.append((day, decision))
            else:
                result.decisions.append(dataclasses.replace(decision, action="dropped"))
        day += step
    result.sessions.sort(key=lambda s: s.starts_at)
    # In count mode the series ran on for as many weeks as sessions moved: those last sessions are
    # where the moved ones went.
    if postponed:
        tail = [s for s in result.sessions if s.moved_from is None][-len(postponed):]
        for (original, decision), session in zip(postponed, tail if len(tail) == len(postponed) else []):
            result.decisions[result.decisions.index(decision)] = dataclasses.replace(decision, moved_to=session.date)
            result.sessions[result.sessions.index(session)] = dataclasses.replace(session, moved_from=original)
        for _original, decision in postponed:
            if decision in result.decisions:  # the horizon came first: it could not be placed
                result.decisions[result.decisions.index(decision)] = dataclasses.replace(decision, action="dropped")
    result.decisions.sort(key=lambda d: d.date)
    for key in [k for k, p in result.defaults.items() if p == "skip"]:
        # every default skip of it became a move within its week: the move lines say what happens
        if not any(d.action == "skip" and d.default and key in d.keys for d in result.decisions):
            del result.defaults[key]
    _warn(result, breaks, sorted(set(existing_dates)))
    return result


def _warn(result: Plan, breaks: list[tuple[dt.date, dt.date]], existing: list[dt.date]) -> None:
    sessions = result.sessions
    if sessions:
        year_end = sessions[0].date + dt.timedelta(days=365)
        in_year = sum(1 for s in sessions if s.date < year_end)
        if in_year < MIN_PER_YEAR:
            result.warnings.append(Warning("too-few", sessions[0].date, min(year_end, sessions[-1].date), in_year))
    else:
        result.warnings.append(Warning("too-few", count=0))
    explained = {d.date for d in result.decisions if d.action in ("skip", "move", "dropped", "break")}
    # Gaps between all the group's sessions: those it has and those planned now.
    days = sorted(set(existing) | {s.date for s in sessions})
    for before, after in zip(days, days[1:]):
        if (after - before).days <= MAX_GAP_DAYS:
            continue
        covered = any(before < d < after for d in explained) or any(a <= after and b >= before for a, b in breaks)
        if not covered:
            result.warnings.append(Warning("gap", before, after))


def parse_weekday(text: str) -> int:
    """`tue`, `tuesday`, `di`, `dinsdag` or 1-7 (Monday = 1) to 0-6."""
    word = text.strip().lower()
    dutch = ("ma", "di", "wo", "do", "vr", "za", "zo")
    for i, (en, nl) in enumerate(zip(WEEKDAYS, dutch)):
        if word in (en, nl) or word.startswith(en) and len(word) >= 3:
            return i
    if word.isdigit() and 1 <= int(word) <= 7:
        return int(word) - 1
    raise ValueError(f"unknown weekday {text!r}; say mon, tue, wed, thu, fri, sat or sun")
