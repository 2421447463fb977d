"""Reminders and answers to them (RSVP): every member reminded in their own language, exactly once,
on time; "I'm coming / I can't come / please call me" with one tap; the next session on request;
the group leader's list before each session.

Each planned session gets two timers (the day before at 10:00, and on the day two hours before the
start, both per group), never in quiet hours (21:00–08:00 by default: a reminder that would fall
inside goes at 08:00 if that is still before the session).  When a timer fires, every member of
the group at that moment gets the reminder, with a dedupe key per session, member and offset, so a
rerun (after a crash or a restart) sends nothing twice.  A timer that fires after the session
started is dropped.  Moving or cancelling a session replaces or removes its timers.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from sqlalchemy import Row, delete, insert, select

from bot.core.messages import Choice, Media, Outbound
from handlers import auth, calls, leaders
from handlers.calls import DEFAULTS, hm, is_quiet
from handlers.base import Context
from handlers.followup import call_request
from storage import queries
from storage.models import OWN_NOTE, Group, Meeting, Member, Rsvp, Timer

OFFSETS = ("day-before", "same-day")


def reminder_times(starts_at: dt.datetime, timezone: str, settings: dict | None = None) -> list[tuple[str, dt.datetime]]:
    """(offset, due instant) of a session's reminders, quiet hours respected; in local wall time."""
    conf = {**DEFAULTS, **(settings or {})}
    zone = ZoneInfo(timezone)
    local = starts_at.astimezone(zone)
    quiet_from, quiet_until = (hm(t) for t in conf["quiet"])
    day_before = dt.datetime.combine(local.date() - dt.timedelta(days=1), hm(conf["day_before"]), tzinfo=zone)
    # NOTE: subtract hours in wall time, then re-attach the zone, so 10:00 stays 10:00 across DST.
    same_day = dt.datetime.combine(local.date(), local.time(), tzinfo=zone) - dt.timedelta(hours=conf["hours_before"])
    same_day = same_day.replace(tzinfo=None).replace(tzinfo=zone)
    out: list[tuple[str, dt.datetime]] = []
    for offset, due in (("day-before", day_before), ("same-day", same_day)):
        wall = due.time()
        if is_quiet(wall, quiet_from, quiet_until):
            morning = due.date() if wall < quiet_until else due.date() + dt.timedelta(days=1)
            due = dt.datetime.combine(morning, quiet_until, tzinfo=zone)
            if due >= local:
                continue
        out.append((offset, due.astimezone(dt.timezone.utc)))
    seen: set[dt.datetime] = set()
    unique = []
    for offset, due in out:  # two reminders pushed to the same 08:00 become one
        if due not in seen:
            seen.add(due)
            unique.append((offset, due))
    return unique


def session_timers(session: Meeting | Row, timezone: str, reminders: dict | None, now: dt.datetime) -> list[dict]:
    """The timer rows of one planned session still to come: its reminders, the leader's list before
    it and attendance after it (rows for a bulk insert: `session_id` is set here, not by the ORM event).
    `timezone` and `reminders` are the group's, read once for all its sessions."""
    session_id, starts_at, ends_at = session.id, session.starts_at, session.ends_at
    if session.status != "planned":
        return []
    stamp = starts_at.astimezone(dt.timezone.utc).isoformat()
    rows = []

    def row(kind: str, due: dt.datetime, key: str, data: dict) -> None:
        rows.append({"kind": kind, "due_at": due, "session_id": session_id, "status": "pending", "attempts": 0,
                     "data": data, "dedupe_key": key, "created_at": now})

    for offset, due in reminder_times(starts_at, timezone, reminders):
        if due > now:
            row("reminder", due, f"reminder:{session_id}:{offset}:{stamp}",
                {"session_id": session_id, "offset": offset, "starts_at": stamp})
    end = ends_at or starts_at + dt.timedelta(hours=2)
    if end > now:
        row("attendance", end, f"attendance:{session_id}:{stamp}", {"session_id": session_id, "starts_at": stamp})
    roster_due = starts_at - dt.timedelta(hours=2)
    if roster_due > now:
        row("roster", roster_due, f"roster:{session_id}:{stamp}", {"session_id": session_id, "starts_at": stamp})
    return rows


def schedule_sessions(db, sessions: Sequence[Meeting | Row], group: Group, now: dt.datetime) -> int:  # noqa: ANN001
    """(Re)make the timers of these sessions of a group: drop their pending timers and make them anew
    in one insert; the number of reminder timers made."""
    db.flush()
    ids = [s.id for s in sessions]
    for chunk in queries.chunks(ids):
        # NOTE: no Timer objects are loaded where timers are (re)made; skip matching the identity map.
        db.execute(delete(Timer).where(Timer.session_id.in_(chunk), Timer.status == "pending"),
                   execution_options={"synchronize_session": False})
    timezone, reminders = group.timezone, group.reminders
    rows = [r for s in sessions for r in session_timers(s, timezone, reminders, now)]
    if rows:  # NOTE: Core executemany; ON CONFLICT DO NOTHING made SQLAlchemy build it row by row (6x slower)
        db.execute(insert(Timer.__table__), rows)
    return sum(r["kind"] == "reminder" for r in rows)


def schedule_session(db, session: Meeting, group: Group, now: dt.datetime) -> int:  # noqa: ANN001
    """(Re)make the timers of one session: its reminders, the leader's list and attendance."""
    return schedule_sessions(db, [session], group, now)


def schedule_group(db, group: Group, now: dt.datetime) -> int:  # noqa: ANN001
    """Timers for every planned session of a group from now on (after its reminder settings changed)."""
    sessions = db.execute(select(Meeting.id, Meeting.starts_at, Meeting.ends_at, Meeting.status).where(
        Meeting.group_id == group.id, Meeting.status == "planned", Meeting.starts_at >= now)).all()
    return schedule_sessions(db, sessions, group, now)


def _session_for_timer(ctx: Context, data: dict) -> tuple[Meeting, Group] | None:
    session = ctx.db.get(Meeting, int(data.get("session_id", 0)))
    if session is None or session.status != "planned":
        return None
    if data.get("starts_at") and session.starts_at.astimezone(dt.timezone.utc).isoformat() != data["starts_at"]:
        return None  # the session moved: this timer belongs to the old time
    group = ctx.db.get(Group, session.group_id)
    return (session, group) if group is not None else None


def reminder_intent(ctx: Context, session: Meeting, group: Group, member: Member, kind: str,
                    dedupe_key: str | None) -> Outbound:
    notes = []
    if session.activity:  # a catalogue activity in the member's language, or the group's own words
        from handlers.wishes import option_label

        notes.append(f"🎯 {option_label(ctx, session.activity, member.language)}.")
    notes += [n.removeprefix(OWN_NOTE) if n.startswith(OWN_NOTE) else ctx.catalog.format(member.language, n)
              for n in (session.notes or [])]
    note = " ".join(notes) or "none"
    return Outbound("reminder", {"date": session.starts_at, **group.dates, "place": session.place or "none",
                                 "note": note}, member_id=member.id, kind=kind, dedupe_key=dedupe_key,
                    choices=(Choice(f"rsvp:{session.id}:yes", "rsvp-yes", "✅"),
                             Choice(f"rsvp:{session.id}:no", "rsvp-no", "❌"),
                             Choice(f"rsvp:{session.id}:call", "rsvp-call", "📞")))


def on_reminder_timer(ctx: Context, data: dict) -> list[Outbound]:
    """The reminder of one session, to every participant and buddy of its group."""
    found = _session_for_timer(ctx, data)
    if found is None or found[0].starts_at <= ctx.now():
        ctx.timer_status = "dropped"  # moved, cancelled, or the service was down until it started
        return []
    session, group = found
    offset = data.get("offset", "day-before")
    answers: dict[int, str] = {}
    if offset == "same-day":  # who answered is not asked again on the day
        answers = dict(ctx.db.execute(select(Rsvp.member_id, Rsvp.answer).where(Rsvp.session_id == session.id)).all())
    out = []
    day = session.starts_at.astimezone(ZoneInfo(group.timezone)).date()
    recorded = session.voice_note or group.greeting_voice
    budget: calls.Budget | None = None
    for m in queries.group_members(ctx.db, group.id, roles=("participant", "buddy")):
        answer = answers.get(m.id)
        if m.phone_only or answer == "no" or queries.away_on(m, day):
            channel = calls.phone_channel(ctx, m) if m.phone_only and offset == "day-before" else None
            if channel is not None and answer is None and not queries.away_on(m, day):
                budget = budget or calls.Budget(ctx, group)
                if budget.take():  # else her leader calls her, as the roster before the meeting says
                    key = f"reminder:{session.id}:{m.id}:{offset}"
                    out.append(calls.by_phone(reminder_intent(ctx, session, group, m, "reminder", key), m, channel,
                                              recorded))
            continue
        key = f"reminder:{session.id}:{m.id}:{offset}"
        if recorded is not None:  # her leader's own voice, first, with the meeting's first reminder only
            out.append(Outbound("reminder-voice", {"date": session.starts_at, **group.dates,
                                                   "from_member": recorded.get("by")},
                                member_id=m.id, kind="reminder", media=Media.from_json(recorded["media"]),
                                dedupe_key=f"reminder-voice:{session.id}:{m.id}"))
        out.append(see_you_today(ctx, session, group, m, key) if answer == "yes" else
                   reminder_intent(ctx, session, group, m, "reminder", key))
    return out


def see_you_today(ctx: Context, session: Meeting, group: Group, member: Member, dedupe_key: str) -> Outbound:
    """On the day, for who said she is coming: the time and place, and one button if plans changed."""
    time = session.starts_at.astimezone(ZoneInfo(group.timezone)).strftime("%H:%M")
    return Outbound("reminder-today", {"time": time, "place": session.place or "none"}, member_id=member.id,
                    kind="reminder", dedupe_key=dedupe_key,
                    choices=(Choice(f"rsvp:{session.id}:no", "rsvp-no-after-all", "❌"),))


def on_roster_timer(ctx: Context, data: dict) -> list[Outbound]:
    """Before the session: who comes, who doesn't, who didn't answer, who asked to be called."""
    found = _session_for_timer(ctx, data)
    if found is None or found[0].starts_at <= ctx.now():
        ctx.timer_status = "dropped"
        return []
    session, group = found
    return roster(ctx, session, group)


def roster(ctx: Context, session: Meeting, group: Group) -> list[Outbound]:
    rsvps = ctx.db.scalars(select(Rsvp).where(Rsvp.session_id == session.id)).all()
    answers = {r.member_id: r.answer for r in rsvps}
    # a member without a smartphone who answered herself did so by phone (a key in the call, or an SMS)
    by_phone = {r.member_id for r in rsvps if r.recorded_by is None}
    people = queries.group_members(ctx.db, group.id, roles=("participant", "buddy"))
    day = session.starts_at.astimezone(ZoneInfo(group.timezone)).date()

    def args_for(locale: str) -> dict:
        """Who is coming, in the reader's language (an away member's return day is a date)."""
        by: dict[str | None, list[str]] = {"yes": [], "no": [], "call": [], None: []}
        for m in people:  # who said stop or is away is no "no answer": shown 🔕 / ✈️ among who is not coming
            answer = "no" if (m.opted_out or queries.away_on(m, day)) and m.id not in answers else answers.get(m.id)
            away = (" ✈️ " + ctx.catalog.format(locale, "away-until", {"until": m.away_until})
                    if queries.away_on(m, day) else "")
            phone = (" ☎️" if m.id in by_phone else " 📵") if m.phone_only else ""
            by[answer].append(m.display_name + phone + (" 🔕" if m.opted_out else "") + away)
        return {"date": session.starts_at, **group.dates, "coming": ", ".join(by["yes"]) or "—",
                "notcoming": ", ".join(by["no"]) or "—", "noanswer": ", ".join(by[None]) or "—",
                "call": ", ".join(by["call"]) or "—"}

    choices = tuple(Choice(f"rsvpfor:{session.id}:{m.id}", text=f"📵 {m.display_name} ✅")
                    for m in people if m.phone_only and m.id not in answers and not queries.away_on(m, day))[:10]
    return [Outbound("roster", {**args_for(f.language), **mark}, member_id=f.id, kind="notice", choices=choices,
                     dedupe_key=f"roster:{session.id}:{f.id}:{session.starts_at.isoformat()}")
            for f, mark in leaders.of(ctx, group.id)]


def on_rsvp(ctx: Context, args: list[str]) -> list[Outbound]:
    """rsvp:<session>:yes|no|call — changeable until the session starts."""
    member = ctx.member
    assert member is not None
    if len(args) != 2 or not args[0].isdigit() or args[1] not in ("yes", "no", "call"):
        return [ctx.reply("button-expired")]
    session = queries.rsvp_target(ctx.db, int(args[0]), member.id)  # a row: every tap reads it
    if session is None or session.status != "planned":
        return [ctx.reply("button-expired")]
    if session.starts_at <= ctx.now():
        return [ctx.reply("rsvp-closed")]
    queries.save_rsvp(ctx.db, session.id, member.id, args[1], ctx.now(), recorded_by=None)
    if args[1] == "call":  # "your leader will call you", only when someone will see it
        meeting = ctx.db.get(Meeting, session.id)
        assert meeting is not None  # read just now, in this transaction
        return call_request(ctx, meeting, member)
    return [ctx.reply(f"rsvp-saved-{args[1]}")]


def on_rsvp_for(ctx: Context, args: list[str]) -> list[Outbound]:
    """rsvpfor:<session>:<member>[:yes|no|call] — the leader records a member's answer for her (a
    member without a smartphone, or one who answered in her own words or a voice note)."""
    answer = args[2] if len(args) == 3 else "yes"
    if len(args) not in (2, 3) or not all(a.isdigit() for a in args[:2]) or answer not in ("yes", "no", "call"):
        return [ctx.reply("button-expired")]
    session = ctx.db.get(Meeting, int(args[0]))
    target = ctx.db.get(Member, int(args[1]))
    if session is None or target is None or not auth.allowed(ctx.db, ctx.member, "rsvp.record_for", session.group_id) \
            or session.starts_at <= ctx.now() or session.group_id not in {
                ms.group_id for ms in queries.memberships(ctx.db, target.id)}:
        return [ctx.reply("button-expired")]
    queries.save_rsvp(ctx.db, session.id, target.id, answer, ctx.now(),
                      recorded_by=ctx.member.id if ctx.member else None)
    queries.audit(ctx.db, ctx.now(), "rsvp-recorded-for", actor_id=ctx.member.id if ctx.member else None,
                  subject_id=target.id, group_id=session.group_id)
    return [ctx.reply("rsvp-for-saved" if answer == "yes" else f"rsvp-for-saved-{answer}",
                      {"name": target.display_name})]


def unanswered_reminder(ctx: Context) -> Meeting | None:
    """The meeting whose reminder buttons are the last the member got, when it is still ahead and
    she has not answered it: what she writes now may be her answer."""
    member = ctx.member
    assert member is not None
    ref = next((str(p).split(":")[1] for p in member.question_choices or [] if str(p).startswith("rsvp:")), None)
    session = ctx.db.get(Meeting, int(ref)) if ref and ref.isdigit() else None
    if session is None or session.status != "planned" or session.starts_at <= ctx.now():
        return None
    answered = ctx.db.scalar(select(Rsvp.id).where(Rsvp.session_id == session.id, Rsvp.member_id == member.id))
    return session if answered is None else None


def next_session(ctx: Context) -> list[Outbound]:
    """When and where the next session is, with the same answer buttons."""
    member = ctx.member
    assert member is not None
    best: tuple[Meeting, Group] | None = None
    for ms in queries.memberships(ctx.db, member.id):
        if ms.group is None:
            continue
        upcoming = queries.group_sessions(ctx.db, ms.group.id, since=ctx.now(), statuses=("planned",))
        if upcoming and (best is None or upcoming[0].starts_at < best[0].starts_at):
            best = (upcoming[0], ms.group)
    if best is None:
        return [ctx.reply("next-none")]
    intent = reminder_intent(ctx, best[0], best[1], member, "reply", None)
    if ctx.inbound is not None:
        intent = Outbound(intent.message_id, intent.args, member_id=member.id, channel=ctx.inbound.channel,
                          address=ctx.inbound.address, kind="reply", choices=intent.choices)
    return [intent]
