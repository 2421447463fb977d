"""What the web pages show, read from the database for one signed-in person: only the groups
`handlers.auth` lets her manage, only what the chat would show her.  Plain data for the templates."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from handlers import auth
from storage import queries
from storage.models import Group, Member


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


@dataclass
class Overview:
    groups: list[GroupRow] = field(default_factory=list)


def overview(db: Session, member: Member, now: dt.datetime) -> Overview:
    """Every group she manages, with its leaders, members and next meeting."""
    rows = []
    for group in auth.managed_groups(db, member):
        rows.append(_row(db, group, now))
    return Overview(rows)


def _row(db: Session, group: Group, now: dt.datetime) -> GroupRow:
    zone = ZoneInfo(group.timezone)
    today = now.astimezone(zone).date()
    leaders = queries.facilitators_of(db, group.id)
    participants = queries.group_members(db, group.id, roles=("participant",))
    languages = sorted({m.language for m in participants}, key=lambda loc: (-sum(m.language == loc for m in participants), loc))
    upcoming = queries.group_sessions(db, group.id, since=now, statuses=("planned",))
    return GroupRow(group.id, group.name, group.organisation.name, [m.display_name for m in leaders], len(participants),
                    languages, upcoming[0].starts_at.astimezone(zone) if upcoming else None,
                    not any(queries.leading(m, today) for m in leaders))
