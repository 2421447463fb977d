"""Away periods: a participant travelling, with family abroad or in hospital says so ("✈️ I'm away"
under her help, then until when), or her leader notes it for her.  Until the day she is back she
gets no reminders, check-ins or "we missed you"; the leader's lists show "✈️ until 1 Sep" and the
digest does not count her absent; the day before she is back she is welcomed back with the next
meeting.  Reports count away weeks apart from absences (from the audit trail: `away-set`).

Payloads: away:me:ask | away:me:<days> | away:me:date | away:me:back, and for a leader
away:for:<group>:<member>:ask | <days> | date | back.
"""
from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from babel.dates import get_month_names
from sqlalchemy import select

from bot.core.messages import Choice, Outbound
from bot.core.text import fold
from handlers import auth, leaders
from handlers.base import Context
from storage import queries
from storage.models import Group, Meeting, Member, Membership, Timer

PERIODS = (("14", "away-2-weeks"), ("30", "away-1-month"), ("61", "away-2-months"), ("91", "away-3-months"))
LONGEST = dt.timedelta(days=366)
BACK_AT = dt.time(10, 0)  # the welcome back goes the day before, at this local time


def _group_of(ctx: Context, member: Member) -> Group | None:
    ms = ctx.db.scalar(select(Membership).where(Membership.member_id == member.id, Membership.active.is_(True),
                                                Membership.group_id.is_not(None)).order_by(Membership.id))
    return ctx.db.get(Group, ms.group_id) if ms is not None else None


def _today(ctx: Context, group: Group | None) -> dt.date:
    return ctx.now().astimezone(ZoneInfo(group.timezone if group else "Europe/Amsterdam")).date()


def choices(prefix: str, away: bool) -> tuple[Choice, ...]:
    found = tuple(Choice(f"{prefix}:{days}", label, "✈️") for days, label in PERIODS)
    found += (Choice(f"{prefix}:date", "away-a-date", "📅"),)
    if away:
        found += (Choice(f"{prefix}:back", "away-back-button", "🏠"),)
    return found


def on_away(ctx: Context, args: list[str]) -> list[Outbound]:
    member = ctx.member
    assert member is not None
    if args[:1] == ["me"] and len(args) == 2:
        return _answer(ctx, member, None, args[1])
    if args[:1] == ["for"] and len(args) == 4:
        group = auth.group_if_allowed(ctx.db, member, args[1], "members.manage")
        target = ctx.db.get(Member, int(args[2])) if args[2].isdigit() else None
        if group is None or target is None or target.id not in {m.id for m in queries.group_members(ctx.db, group.id)}:
            return [ctx.reply("button-expired")]
        return _answer(ctx, target, group, args[3])
    return [ctx.reply("button-expired")]


def _answer(ctx: Context, target: Member, group: Group | None, what: str) -> list[Outbound]:
    """What was tapped: ask until when, ask for a date, set a period, or back already."""
    assert ctx.member is not None
    prefix = f"away:for:{group.id}:{target.id}" if group is not None else "away:me"
    today = _today(ctx, group or _group_of(ctx, target))
    away = queries.away_on(target, today)
    if what == "ask":
        if group is None:
            return [ctx.reply("away-ask", choices=choices(prefix, away))]
        return [ctx.reply("away-ask-for", {"name": target.display_name}, choices=choices(prefix, away))]
    if what == "date":
        ctx.wait_for(ctx.member, "away-date", {"prefix": prefix})
        return [ctx.reply("away-ask-date", choices=(Choice("away:me:cancel", "cancel", "✖️"),))]
    if what == "cancel":
        ctx.done_waiting(ctx.member)
        return [ctx.reply("sched-cancelled")]
    if what == "back":
        return set_away(ctx, target, group, None)
    if what.isdigit() and 0 < int(what) <= LONGEST.days:
        return set_away(ctx, target, group, today + dt.timedelta(days=int(what)))
    return [ctx.reply("button-expired")]


def on_date_input(ctx: Context, question: str, data: dict) -> list[Outbound]:
    """The day she is back, typed: "1 september", "1-9", "01/09/2027"."""
    assert ctx.member is not None and ctx.inbound is not None
    prefix = str(data.get("prefix", "away:me"))
    parts = prefix.split(":")
    group = target = None
    if parts[1] == "for":
        group = auth.group_if_allowed(ctx.db, ctx.member, parts[2], "members.manage")
        target = ctx.db.get(Member, int(parts[3])) if group is not None else None
        if target is None:
            ctx.done_waiting(ctx.member)
            return [ctx.reply("button-expired")]
    who = target or ctx.member
    today = _today(ctx, group or _group_of(ctx, who))
    day = parse_day(ctx.inbound.text, ctx.member.language, today)
    if day is None or not today < day <= today + LONGEST:
        return [ctx.reply("away-bad-date", choices=(Choice("away:me:cancel", "cancel", "✖️"),))]
    ctx.done_waiting(ctx.member)
    return set_away(ctx, who, group, day)


def parse_day(text: str, locale: str, today: dt.date) -> dt.date | None:
    """A day as people type it: day and month (a number or the month's name in her language or in
    English), and a year if she gives one; without a year, the next such day."""
    words = fold(text).replace(".", " ").replace("/", " ").replace("-", " ").split()
    months = {fold(name): number for loc in (locale, "en") for width in ("wide", "abbreviated")
              for number, name in get_month_names(width, locale=loc).items()}
    numbers = [int(w) for w in words if w.isdigit()]
    month = next((months[w.rstrip(".")] for w in words if w.rstrip(".") in months), None)
    if month is None and len(numbers) >= 2:
        day_of, month, *rest = numbers
    elif month is not None and numbers:
        day_of, *rest = numbers
    else:
        return None
    year = rest[0] if rest else today.year
    year = year + 2000 if year < 100 else year
    try:
        found = dt.date(year, month, day_of)
    except ValueError:
        return None
    if not rest and found <= today:
        try:
            found = found.replace(year=found.year + 1)
        except ValueError:
            return None
    return found


def set_away(ctx: Context, target: Member, group: Group | None, until: dt.date | None) -> list[Outbound]:
    """Away until `until` (None: back now).  She, or her leader, hears it; her leaders are told."""
    assert ctx.member is not None
    home = group or _group_of(ctx, target)
    today = _today(ctx, home)
    target.away_from, target.away_until = (today, until) if until is not None else (None, None)
    queries.audit(ctx.db, ctx.now(), "away-set" if until else "away-back", actor_id=ctx.member.id,
                  subject_id=target.id, group_id=home.id if home else None,
                  **({"from": today.isoformat(), "until": until.isoformat()} if until else {"on": today.isoformat()}))
    out: list[Outbound] = []
    if until is not None and home is not None:
        zone = ZoneInfo(home.timezone)
        due = max(ctx.now(), dt.datetime.combine(until - dt.timedelta(days=1), BACK_AT, tzinfo=zone))
        ctx.db.add(Timer(kind="away-back", due_at=due, data={"member_id": target.id, "until": until.isoformat()},
                         dedupe_key=f"away-back:{target.id}:{until.isoformat()}:{ctx.now().isoformat()}",
                         created_at=ctx.now()))
    when = {"until": until} if until else {}
    if target.id == ctx.member.id:
        out.append(ctx.reply("away-set" if until else "away-back-now", when))
    else:
        out.append(ctx.reply("away-set-for" if until else "away-back-for", {"name": target.display_name, **when}))
        out.append(Outbound("away-set-by-leader" if until else "away-back-now", when, member_id=target.id,
                            kind="notice"))
    if home is not None:
        out += [Outbound("member-away" if until else "member-back", {"name": target.display_name, **when, **mark},
                         member_id=leader.id, kind="notice")
                for leader, mark in leaders.of(ctx, home.id) if leader.id not in (ctx.member.id, target.id)]
    return out


def on_back_timer(ctx: Context, data: dict) -> list[Outbound]:
    """The day before she is back: welcome back, and the next meeting."""
    member = ctx.db.get(Member, int(data.get("member_id", 0)))
    if member is None or member.away_until is None or member.away_until.isoformat() != data.get("until"):
        ctx.timer_status = "dropped"  # back early, or another period since
        return []
    group = _group_of(ctx, member)
    if group is None:
        ctx.timer_status = "dropped"
        return []
    after = dt.datetime.combine(member.away_until, dt.time(0), tzinfo=ZoneInfo(group.timezone))
    meeting = ctx.db.scalar(select(Meeting).where(Meeting.group_id == group.id, Meeting.status == "planned",
                                                  Meeting.starts_at >= after).order_by(Meeting.starts_at))
    key = f"away-back:{member.id}:{data.get('until')}"
    if meeting is None:
        return [Outbound("away-welcome-back-none", member_id=member.id, kind="notice", dedupe_key=key)]
    return [Outbound("away-welcome-back", {"date": meeting.starts_at, **group.dates,
                                           "place": meeting.place or "none"},
                     member_id=member.id, kind="notice", dedupe_key=key)]


def marks(member: Member, day: dt.date) -> str:
    """✈️ after a name in a leader's list, while she is away."""
    return " ✈️" if queries.away_on(member, day) else ""

