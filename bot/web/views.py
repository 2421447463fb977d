"""What the web pages show, read from the database for one signed-in person: only the groups
`handlers.auth` lets her manage, only what the chat would show her.  Plain data for the templates."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from handlers import auth
from storage import queries
from storage.models import FollowUp, Group, Meeting, Member


@dataclass
class GroupRow:
    id: int
    name: str
    organisation: str
    leaders: list[str]
    members: int
    languages: list[str]
    next_meeting: dt.datetime | None  # in the group's zone
    no_leader: bool
    attendance: list[tuple[dt.datetime, int, int]] = field(default_factory=list)  # last meetings: (when, came, expected)
    open_tasks: int = 0
    help_requests: int = 0  # 🆘: a leader asked her coordinator for help with a member
    away: list[str] = field(default_factory=list)
    stopped: list[str] = field(default_factory=list)


@dataclass
class Attention:
    """Something that needs the coordinator (or leader) first."""

    icon: str
    group_id: int
    group: str
    message_id: str
    args: dict


@dataclass
class Overview:
    groups: list[GroupRow] = field(default_factory=list)
    attention: list[Attention] = field(default_factory=list)
    organisations: list[tuple[int, str]] = field(default_factory=list)  # those she coordinates: new groups


def overview(db: Session, member: Member, now: dt.datetime) -> Overview:
    """Every group she manages, with its leaders, members, next meeting and recent attendance; and
    first what needs her: groups without a leader, 🆘 requests, open tasks, members who stopped."""
    rows = [_row(db, group, now) for group in auth.managed_groups(db, member)]
    attention: list[Attention] = []
    for row in rows:
        if row.no_leader:
            attention.append(Attention("⚠️", row.id, row.name, "web-attention-no-leader", {}))
        if row.help_requests:
            attention.append(Attention("🆘", row.id, row.name, "web-attention-help", {"count": row.help_requests}))
    for row in rows:
        if row.open_tasks:
            attention.append(Attention("📞", row.id, row.name, "web-attention-tasks", {"count": row.open_tasks}))
    for row in rows:
        if row.stopped:
            attention.append(Attention("🔕", row.id, row.name, "web-attention-stopped", {"count": len(row.stopped)}))
    from storage.models import Organisation

    organisations = sorted(((o.id, o.name) for o in (db.get(Organisation, ms.organisation_id) for ms in
                            queries.memberships(db, member.id, roles=("coordinator",))) if o is not None),
                           key=lambda o: o[1].lower())
    return Overview(rows, attention, organisations)


def recent_attendance(db: Session, group_id: int, now: dt.datetime, last: int = 4) -> list[tuple[dt.datetime, int, int]]:
    """The group's last `last` meetings held: (start, present, expected), oldest first.  Expected is
    everyone on the meeting's attendance list (members of the group that day, not those away)."""
    held = list(db.scalars(select(Meeting).where(Meeting.group_id == group_id, Meeting.status == "held",
                                                 Meeting.starts_at <= now)
                           .order_by(Meeting.starts_at.desc()).limit(last)))
    counts = queries.attendance_counts(db, [m.id for m in held])
    return [(m.starts_at, *counts.get(m.id, (0, 0))) for m in reversed(held)]


def _row(db: Session, group: Group, now: dt.datetime) -> GroupRow:
    zone = ZoneInfo(group.timezone)
    today = now.astimezone(zone).date()
    leaders = queries.facilitators_of(db, group.id)
    participants = queries.group_members(db, group.id, roles=("participant",))
    languages = sorted({m.language for m in participants}, key=lambda loc: (-sum(m.language == loc for m in participants), loc))
    upcoming = queries.group_sessions(db, group.id, since=now, statuses=("planned",))
    reasons = dict(db.execute(select(FollowUp.reason, func.count(FollowUp.id)).where(
        FollowUp.group_id == group.id, FollowUp.status == "open").group_by(FollowUp.reason)).all())
    tasks = {"help": reasons.pop("needs-help", 0), "task": sum(reasons.values())}
    return GroupRow(group.id, group.name, group.organisation.name, [m.display_name for m in leaders], len(participants),
                    languages, upcoming[0].starts_at.astimezone(zone) if upcoming else None,
                    not any(queries.leading(m, today) for m in leaders),
                    attendance=[(when.astimezone(zone), came, of) for when, came, of in recent_attendance(db, group.id, now)],
                    open_tasks=int(tasks.get("task", 0)), help_requests=int(tasks.get("help", 0)),
                    away=[m.display_name for m in participants if queries.away_on(m, today)],
                    stopped=[m.display_name for m in participants if m.opted_out])


@dataclass
class MemberRow:
    id: int
    name: str
    language: str
    role: str  # participant | facilitator | buddy
    phone_only: bool
    may_call: bool
    number: str | None  # only where the chat would show it to this person
    away_until: dt.date | None
    stopped: bool
    voice: bool
    reminded_by: str | None = None  # "call" or "sms": reminded by phone (no smartphone)


@dataclass
class MeetingRow:
    id: int
    starts_at: dt.datetime  # in the group's zone
    place: str | None
    status: str
    moved_from: dt.datetime | None
    notes: list[str]
    present: int = 0
    expected: int = 0
    activity: str | None = None


@dataclass
class GroupPage:
    id: int
    name: str
    organisation: str
    language: str
    members: list[MemberRow]
    upcoming: list[MeetingRow]
    past: list[MeetingRow]
    wishes: list[tuple[str, int]]  # (option, how many wished it) of the latest round
    vote: list[tuple[str, int]] | None  # (option, votes) of the latest vote
    vote_status: str | None
    may_invite_leader: bool
    today: dt.date


def group_page(db: Session, member: Member, group: Group, now: dt.datetime) -> GroupPage:
    """One group as its leader (or coordinator) sees it; the caller checked she may."""
    from collections import Counter

    from storage.models import OWN_NOTE, Ballot, Membership, Vote, Wish, WishRound

    zone = ZoneInfo(group.timezone)
    today = now.astimezone(zone).date()
    show_numbers = auth.may_see_number(db, member, group.id, today)
    roles = {ms.member_id: ms.role for ms in db.scalars(select(Membership).where(
        Membership.group_id == group.id, Membership.active.is_(True)))}
    rank = {"facilitator": 0, "buddy": 1, "participant": 2}
    people = sorted(queries.group_members(db, group.id), key=lambda m: (rank.get(roles.get(m.id, ""), 3),
                                                                         m.display_name.lower()))
    members = [MemberRow(m.id, m.display_name, m.language, roles.get(m.id, "participant"), m.phone_only,
                         bool(m.may_call), m.call_number if show_numbers and m.may_call else None,
                         m.away_until if queries.away_on(m, today) else None, m.opted_out, bool(m.voice),
                         m.reminded_by if m.phone_only else None)
               for m in people]

    def row(m: Meeting) -> MeetingRow:
        return MeetingRow(m.id, m.starts_at.astimezone(zone), m.place, m.status,
                          m.moved_from.astimezone(zone) if m.moved_from else None,
                          [n.removeprefix(OWN_NOTE) for n in (m.notes or []) if n.startswith(OWN_NOTE)],
                          activity=m.activity)

    upcoming = [row(m) for m in queries.group_sessions(db, group.id, since=now, statuses=("planned",))]
    before = list(db.scalars(select(Meeting).where(Meeting.group_id == group.id, Meeting.starts_at < now)
                             .order_by(Meeting.starts_at.desc()).limit(12)))
    counts = queries.attendance_counts(db, [m.id for m in before])
    past = []
    for m in before:
        item = row(m)
        item.present, item.expected = counts.get(m.id, (0, 0))
        past.append(item)
    wishes: list[tuple[str, int]] = []
    round_ = db.scalar(select(WishRound).where(WishRound.group_id == group.id).order_by(WishRound.id.desc()).limit(1))
    if round_ is not None:
        chosen: dict[str, set[int]] = {}
        for wish in db.scalars(select(Wish).where(Wish.round_id == round_.id)):
            if wish.activity:
                chosen.setdefault(f"activity:{wish.activity}", set()).add(wish.member_id)
            elif wish.text:
                chosen.setdefault(f"text:{wish.text}", set()).add(wish.member_id)
        wishes = sorted(((option, len(who)) for option, who in chosen.items()), key=lambda x: (-x[1], x[0]))
    vote = db.scalar(select(Vote).where(Vote.group_id == group.id).order_by(Vote.id.desc()).limit(1))
    results = None
    if vote is not None:
        tally = Counter(db.scalars(select(Ballot.option).where(Ballot.vote_id == vote.id)))
        results = [(str(option), tally.get(i, 0)) for i, option in enumerate(vote.options or [])]
    return GroupPage(group.id, group.name, group.organisation.name, group.language, members, upcoming,
                     past, wishes, results, vote.status if vote is not None else None,
                     auth.allowed(db, member, "invite.facilitator", group.id), today)


@dataclass
class AuditRow:
    at: dt.datetime
    action: str
    actor: str | None
    group: str | None


def audit_log(db: Session, group_ids: list[int], since: dt.datetime, until: dt.datetime, limit: int = 200) -> list[AuditRow]:
    """What leaders and coordinators did in these groups in the period (`samen audit`), newest first:
    who did what, never to whom or with which words."""
    from storage.models import AuditEvent

    names = {g.id: g.name for g in db.scalars(select(Group).where(Group.id.in_(group_ids or [-1])))}
    rows = db.scalars(select(AuditEvent).where(AuditEvent.group_id.in_(group_ids or [-1]), AuditEvent.at >= since,
                                               AuditEvent.at < until)
                      .order_by(AuditEvent.at.desc(), AuditEvent.id.desc()).limit(limit)).all()
    actors = {m.id: m.display_name for m in db.scalars(select(Member).where(
        Member.id.in_({r.actor_id for r in rows if r.actor_id} or {-1})))}
    return [AuditRow(r.at, r.action, actors.get(r.actor_id) if r.actor_id else None, names.get(r.group_id))
            for r in rows]
