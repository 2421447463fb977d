"""Authorization in one place, deny by default: which roles may do what, for which group.

Every facilitator or coordinator action asks `allowed(...)`; callback payloads are untrusted, so
the group or member they name is checked here too, never taken on trust.
"""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage import queries
from storage.models import Group, Member

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
    "schedule.plan": frozenset({"facilitator", "coordinator"}),
    "schedule.change": frozenset({"facilitator", "coordinator"}),
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


def is_staff(db: Session, member: Member) -> bool:
    """Facilitators and coordinators get the facilitator menu instead of the relay."""
    return bool(queries.memberships(db, member.id, roles=("facilitator", "coordinator")))
