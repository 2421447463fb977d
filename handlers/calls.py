"""Reminders by phone for members without a smartphone: an automatic call in her language, answered
with a key (1 coming, 2 not coming, 3 please call me), or an SMS answered with a number.

Her leader asks her when adding her (`handlers.members`): "may samen call Ahmed with the
reminders?"; the answer is kept as `Member.reminded_by` ("call" or "sms") with her number.  Then:

- the day-before reminder goes to her phone (`reminder_by_phone`), its answers the same choices as
  the buttons, so a key or a number is recorded exactly like a tap (`handlers.reminders.on_rsvp`);
  after an absence the check-in does the same ("press 1 if you are well, 3 to be called");
- a call nobody answered (no answer, busy, failed) is tried once more an hour later, outside quiet
  hours and before the meeting (`call_ended`, the `phone-call` timer); then her leaders are told to
  call her, with a follow-up task;
- calls and SMS segments are counted per organisation and month: past its limit (its own, else the
  service's `Policy.phone_limit`) further calls wait and the coordinators are told once a month
  (`Budget`); the leader calls her then, as for any member without a smartphone.
"""
from __future__ import annotations

import datetime as dt
import functools
from zoneinfo import ZoneInfo

from sqlalchemy import select

from bot.core.messages import Choice, Media, Outbound, decode_args, encode_args
from handlers import leaders
from handlers.base import Context
from handlers.followup import open_task
from handlers.leaders import outcome_choices
from storage import queries
from storage.models import FollowUp, Group, Meeting, Member, Organisation, OutboxMessage, Rsvp, Timer

# A group's reminder settings (`Group.reminders` overrides them): the day-before reminder's time, how
# long before the meeting the one on the day goes, and the quiet hours nothing is sent in.
DEFAULTS = {"day_before": "10:00", "hours_before": 2, "quiet": ["21:00", "08:00"]}
CHANNELS = {"call": "voice", "sms": "sms"}  # Member.reminded_by -> the channel that reaches her
UNANSWERED = frozenset({"no-answer", "busy", "failed", "canceled"})
FINAL = UNANSWERED | {"completed"}
AGAIN = ":again"  # the dedupe key's end of a call tried a second time


def phone_channel(ctx: Context, member: Member) -> str | None:
    """"voice" or "sms" when this member without a smartphone is reminded by phone (she agreed, has
    a number, has not stopped) and that channel runs here; else None (her leader calls her)."""
    if not member.phone_only or member.opted_out or not member.call_number:
        return None
    channel = CHANNELS.get(member.reminded_by or "")
    return channel if channel in ctx.policy.phone_channels else None


class Budget:
    """An organisation's calls and SMS segments this month against its limit."""

    def __init__(self, ctx: Context, group: Group) -> None:
        self.ctx, self.group = ctx, group
        organisation = ctx.db.get(Organisation, group.organisation_id)
        self.limit = organisation.phone_limit if organisation is not None and organisation.phone_limit is not None \
            else ctx.policy.phone_limit
        local = ctx.now().astimezone(ZoneInfo(group.timezone))
        self.month = local.strftime("%Y-%m")
        start = local.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
        self.used = queries.phone_units(ctx.db, group.organisation_id, start.astimezone(dt.timezone.utc))

    def take(self, units: int = 1) -> bool:
        """Whether `units` more fit this month; when not, the coordinators are told (once a month)."""
        if self.used + units <= self.limit:
            self.used += units
            return True
        self.ctx.later += [
            Outbound("phone-limit-reached", {"limit": self.limit}, member_id=c.id, kind="notice",
                     dedupe_key=f"phone-limit:{self.group.organisation_id}:{self.month}:{c.id}")
            for c in queries.coordinators_of(self.ctx.db, self.group.organisation_id)]
        return False


def by_phone(ob: Outbound, member: Member, channel: str, recorded: dict | None = None) -> Outbound:
    """An intent (the day-before reminder, the check-in after an absence) to her phone, with its own
    choices as keys or numbers: a call (her leader's recorded clip first, if there is one), or an SMS
    (the reminder in its short form)."""
    message_id = "reminder-sms" if channel == "sms" and ob.message_id == "reminder" else ob.message_id
    media = Media.from_json(recorded["media"]) if recorded and channel == "voice" else None
    args = {**ob.args, "from_member": recorded.get("by")} if media is not None and recorded else ob.args
    return Outbound(message_id, args, member_id=member.id, channel=channel, address=member.call_number,
                    kind=ob.kind, choices=ob.choices, dedupe_key=ob.dedupe_key, media=media)


@functools.lru_cache(maxsize=64)
def hm(text: str) -> dt.time:
    hour, minute = (int(x) for x in text.split(":"))
    return dt.time(hour, minute)


def is_quiet(wall: dt.time, quiet_from: dt.time, quiet_until: dt.time) -> bool:
    """Whether a wall-clock time falls in quiet hours (which may run past midnight)."""
    return (wall >= quiet_from or wall < quiet_until) if quiet_from > quiet_until else quiet_from <= wall < quiet_until


def allowed_at(group: Group, at: dt.datetime) -> dt.datetime:
    """`at`, or when the group's quiet hours (21:00 to 08:00 by default) end after it."""
    conf = {**DEFAULTS, **(group.reminders or {})}
    zone = ZoneInfo(group.timezone)
    local = at.astimezone(zone)
    quiet_from, quiet_until = (hm(t) for t in conf["quiet"])
    wall = local.time()
    if not is_quiet(wall, quiet_from, quiet_until):
        return at
    morning = local.date() if wall < quiet_until else local.date() + dt.timedelta(days=1)
    return dt.datetime.combine(morning, quiet_until, tzinfo=zone).astimezone(dt.timezone.utc)


def later(ctx: Context, ob: Outbound, due: dt.datetime, dedupe_key: str, session_id: int | None) -> None:
    """Place this call (or send this SMS) at `due`, through a `phone-call` timer."""
    assert ob.member_id is not None and ob.channel and ob.address
    data = {"message_id": ob.message_id, "args": encode_args(ob.args), "member_id": ob.member_id,
            "channel": ob.channel, "choices": [c.to_json() for c in ob.choices], "kind": ob.kind,
            "dedupe_key": ob.dedupe_key, "media": ob.media.to_json() if ob.media else None}
    if ctx.db.scalar(select(Timer.id).where(Timer.dedupe_key == dedupe_key)) is None:
        ctx.db.add(Timer(kind="phone-call", due_at=due, data=data, session_id=session_id, dedupe_key=dedupe_key,
                         created_at=ctx.now()))


def _session_of(choices: list) -> int | None:
    """The meeting a call's answers are about (`rsvp:<id>:yes`, `checkin:<id>:fine`)."""
    for choice in choices or []:
        parts = Choice.from_json(choice).payload.split(":")
        if len(parts) >= 2 and parts[0] in ("rsvp", "checkin") and parts[1].isdigit():
            return int(parts[1])
    return None


def _still_wanted(ctx: Context, member: Member, channel: str, session: Meeting | None, reminder: bool) -> bool:
    if phone_channel(ctx, member) != channel or session is None:
        return False
    if not reminder:
        return True
    answered = ctx.db.scalar(select(Rsvp.id).where(Rsvp.session_id == session.id, Rsvp.member_id == member.id))
    return session.status == "planned" and session.starts_at > ctx.now() and answered is None


def on_phone_call_timer(ctx: Context, data: dict) -> list[Outbound]:
    """A call (or SMS) placed later: once more after no answer, or after quiet hours."""
    member = ctx.db.get(Member, int(data.get("member_id") or 0))
    choices = data.get("choices") or []
    session_id = _session_of(choices)
    session = ctx.db.get(Meeting, session_id) if session_id else None
    reminder = str(data.get("message_id", "")).startswith("reminder")
    if member is None or not _still_wanted(ctx, member, data.get("channel", ""), session, reminder):
        ctx.timer_status = "dropped"  # she answered meanwhile, stopped, or the meeting moved
        return []
    assert session is not None
    group = ctx.db.get(Group, session.group_id)
    if group is None or not Budget(ctx, group).take():
        ctx.timer_status = "dropped"
        return [] if group is None else _tell_leaders(ctx, session, group, member, f"limit:{session.id}")
    media = data.get("media")
    return [Outbound(data["message_id"], decode_args(data.get("args") or {}), member_id=member.id,
                     channel=data["channel"], address=member.call_number, kind=data.get("kind") or "reminder",
                     choices=tuple(Choice.from_json(c) for c in choices), dedupe_key=data.get("dedupe_key"),
                     media=Media.from_json(media) if media else None)]


def call_ended(ctx: Context, row_id: int, status: str) -> list[Outbound]:
    """Twilio's word that a call ended (`completed`, `no-answer`, `busy`, `failed`, `canceled`): kept
    on its outbox row (reports repeat: the first final one counts); a call nobody took is tried once
    more later, and after that her leaders are told to call her."""
    row = ctx.db.get(OutboxMessage, row_id)
    if row is None or row.channel != "voice" or row.member_id is None or status not in FINAL \
            or (row.delivery_status or "") in FINAL:
        return []
    row.delivery_status = status
    member = ctx.db.get(Member, row.member_id)
    session_id = _session_of(row.choices or [])
    session = ctx.db.get(Meeting, session_id) if session_id else None
    if status not in UNANSWERED or member is None or session is None:
        return []
    group = ctx.db.get(Group, session.group_id)
    if group is None:
        return []
    reminder = row.message_id.startswith("reminder")
    key = row.dedupe_key or f"row:{row.id}"
    if not key.endswith(AGAIN):
        due = allowed_at(group, ctx.now() + ctx.policy.call_again_after)
        if not reminder or due < session.starts_at - dt.timedelta(hours=1):
            ob = Outbound(row.message_id, decode_args(row.args or {}), member_id=member.id, channel="voice",
                          address=row.address, kind=row.kind if row.kind in ("reminder", "notice") else "reminder",
                          choices=tuple(Choice.from_json(c) for c in row.choices or []), dedupe_key=key + AGAIN,
                          media=Media.from_json(row.media) if row.media else None)
            later(ctx, ob, due, f"call-again:{row.id}", session.id if reminder else None)
            return []
    if reminder and not _still_wanted(ctx, member, "voice", session, True):
        return []  # answered meanwhile (her leader recorded it), or the meeting is past
    return _tell_leaders(ctx, session, group, member, str(row.id))


def _tell_leaders(ctx: Context, session: Meeting, group: Group, member: Member, ref: str) -> list[Outbound]:
    """Her leaders call her themselves: a follow-up task, and her number (she agreed to be called)."""
    open_task(ctx, session, member, "no-answer", notify=False)
    task = ctx.db.scalar(select(FollowUp).where(FollowUp.member_id == member.id, FollowUp.status == "open",
                                                FollowUp.reason == "no-answer"))
    return [Outbound("call-unanswered", {"name": member.display_name, "phone": member.call_number or "none", **mark},
                     member_id=person.id, kind="notice", dedupe_key=f"call-unanswered:{ref}:{person.id}",
                     choices=outcome_choices(task) if task is not None else ())
            for person, mark in leaders.of(ctx, group.id)]
