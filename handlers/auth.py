"""Authorization in one place, deny by default: which roles may do what, for which group.

Roles: a coordinator acts for every group of their organisation, a facilitator for their groups,
a buddy for the members assigned to them (and only after those members agreed), a participant for
themselves.  Every staff action asks `allowed(...)` with one of the actions below; an action not
listed is refused.  Callback payloads are untrusted, so the group or member they name is checked
here too, never taken on trust.  `tests/test_authorization.py` runs every button and command
against every role.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage import queries
from bot.core.messages import Outbound
from handlers.base import Context
from storage.models import BuddyPair, Group, Member

# action -> the roles (in the group, or coordinator of its organisation) that may do it
PERMISSIONS: dict[str, frozenset[str]] = {
    "invite.participant": frozenset({"facilitator", "coordinator"}),
    "invite.buddy": frozenset({"facilitator", "coordinator"}),
    "invite.facilitator": frozenset({"coordinator"}),
    "members.list": frozenset({"facilitator", "coordinator"}),
    "members.add_phone_only": frozenset({"facilitator", "coordinator"}),
    "relay.reply": frozenset({"facilitator", "coordinator"}),
    "relay.receive": frozenset({"facilitator"}),
    "members.manage": frozenset({"facilitator", "coordinator"}),
    "members.promote": frozenset({"coordinator"}),
    "members.pause": frozenset({"facilitator", "coordinator"}),
    "schedule.plan": frozenset({"facilitator", "coordinator"}),
    "schedule.change": frozenset({"facilitator", "coordinator"}),
    "rsvp.record_for": frozenset({"facilitator", "coordinator"}),
    "attendance.record": frozenset({"facilitator", "coordinator"}),
    "followup.close": frozenset({"facilitator", "coordinator"}),  # and the member's buddy: see may_follow_up
    "buddies.assign": frozenset({"facilitator", "coordinator"}),
    "wishes.run": frozenset({"facilitator", "coordinator"}),
    "vote.run": frozenset({"facilitator", "coordinator"}),
    "broadcast.send": frozenset({"facilitator", "coordinator"}),
    "group.link_chat": frozenset({"facilitator", "coordinator"}),
    "report.group": frozenset({"facilitator", "coordinator"}),
    "report.named": frozenset({"coordinator"}),  # attendance by name: only on a coordinator's request
}


def allowed(db: Session, member: Member | None, action: str, group_id: int | None) -> bool:
    """True only when the member holds a role that the action lists, for that group."""
    if member is None or group_id is None or member.consent_at is None:
        return False
    roles = PERMISSIONS.get(action)
    if not roles:
        return False
    return bool(queries.role_in_group(db, member.id, group_id) & roles)


def group_if_allowed(db: Session, member: Member | None, ref: str, action: str) -> Group | None:
    """The group a payload names (by id), only if this member may do `action` there."""
    if not ref.isdigit():
        return None
    group = db.get(Group, int(ref))
    if group is None or not allowed(db, member, action, group.id):
        return None
    return group


def managed_groups(db: Session, member: Member) -> list[Group]:
    """The groups a member runs: as facilitator, or every group of an organisation they coordinate."""
    groups: dict[int, Group] = {}
    for ms in queries.memberships(db, member.id, roles=("facilitator", "coordinator")):
        if ms.role == "facilitator" and ms.group is not None:
            groups[ms.group.id] = ms.group
        elif ms.role == "coordinator":
            for group in db.scalars(select(Group).where(Group.organisation_id == ms.organisation_id)):
                groups[group.id] = group
    return sorted(groups.values(), key=lambda g: (g.name.lower(), g.id))


STAFF_ROLES = frozenset({"facilitator", "coordinator"})


def is_staff(db: Session, member: Member) -> bool:
    """Facilitators and coordinators get the facilitator menu instead of the relay."""
    return bool(queries.memberships(db, member.id, roles=STAFF_ROLES))


def coordinates(db: Session, member: Member | None, organisation_id: int) -> bool:
    """True when the member coordinates this organisation (organisation-wide reports)."""
    if member is None or member.consent_at is None:
        return False
    return any(ms.organisation_id == organisation_id for ms in queries.memberships(db, member.id, roles=("coordinator",)))


def is_buddy_of(db: Session, buddy: Member | None, member_id: int) -> bool:
    """True when `buddy` is the agreed buddy of this member."""
    if buddy is None:
        return False
    return db.scalar(select(BuddyPair.id).where(BuddyPair.buddy_id == buddy.id, BuddyPair.member_id == member_id,
                                                BuddyPair.consent.is_(True)).limit(1)) is not None


def may_follow_up(db: Session, actor: Member | None, group_id: int, member_id: int) -> bool:
    """Closing a follow-up task about a member: the group's leaders, or that member's buddy."""
    return allowed(db, actor, "followup.close", group_id) or is_buddy_of(db, actor, member_id)


def may_see_number(db: Session, member: Member | None, group_id: int, today: dt.date) -> bool:
    """Whether a member's number (given to be called) may be shown to this person: her group's
    leaders, or the coordinators while they stand in for a group without a leader there to lead —
    whoever the chat sends the "please call" tasks to."""
    if member is None or member.consent_at is None:
        return False
    roles = queries.role_in_group(db, member.id, group_id)
    if "facilitator" in roles:
        return True
    return "coordinator" in roles and queries.leaders_of(db, group_id, today)[1]


def refuse(ctx: Context) -> Outbound:
    """The one polite answer to something this person may not do (or no longer can)."""
    return ctx.reply("not-allowed")
