"""Who hears about a group: its leaders, and when it has none there to lead (the only one removed,
stopped, away or erased), the organisation's coordinators.  What a coordinator gets for a group is
marked with the group's name (`for_group`, drawn above the message by the catalog), and the
coordinators are told once that the group has no leader, with a button to make a member leader and
one to invite a new leader.

A new leader (invited or made one) is welcomed with the menu in three lines and the group's open
follow-up tasks.
"""
from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from bot.core.messages import Choice, Outbound
from handlers.base import Context
from storage import queries
from storage.models import FollowUp, Group, Member, Membership


def of(ctx: Context, group_id: int) -> list[tuple[Member, dict[str, Any]]]:
    """(person, arguments to add to what she is sent) for everyone who answers for the group today:
    its leaders, or its coordinators standing in (told once that the group has no leader)."""
    people, standing_in = queries.leaders_of(ctx.db, group_id, _today(ctx, group_id))
    if not standing_in:
        return [(person, {}) for person in people]
    group = ctx.db.get(Group, group_id)
    if group is None:
        return []
    if not any(o.dedupe_key and o.dedupe_key.startswith(f"no-leader:{group.id}:") for o in ctx.later):
        ctx.later += no_leader_notices(ctx, group, people)  # once per unit of work, however often asked
    return [(person, {"for_group": group.name}) for person in people]


def check(ctx: Context, group_ids: list[int]) -> None:
    """After a leader left, stopped or was removed: a group now without one has its coordinators
    told at once (not only with the next message for its leader)."""
    for group_id in group_ids:
        of(ctx, group_id)


def led_by(ctx: Context, member: Member) -> list[int]:
    """The groups this member leads."""
    return [ms.group_id for ms in queries.memberships(ctx.db, member.id, roles=("facilitator",))
            if ms.group_id is not None]


def members(ctx: Context, group_id: int) -> list[Member]:
    """Everyone who answers for the group today (`of`), without the marks."""
    return [person for person, _mark in of(ctx, group_id)]


def _today(ctx: Context, group_id: int) -> dt.date:
    group = ctx.db.get(Group, group_id)
    return ctx.now().astimezone(ZoneInfo(group.timezone if group else "Europe/Amsterdam")).date()


def no_leader_notices(ctx: Context, group: Group, coordinators: list[Member]) -> list[Outbound]:
    """Each coordinator is told once (per leader the group had) that the group has no leader now."""
    had = ctx.db.scalar(select(func.count(Membership.id)).where(
        Membership.group_id == group.id, Membership.role == "facilitator")) or 0
    return [Outbound("group-no-leader", {"group": group.name}, member_id=person.id, kind="notice",
                     dedupe_key=f"no-leader:{group.id}:{had}:{person.id}", choices=(
                         Choice(f"lead:pick:{group.id}", "group-make-leader", "⭐"),
                         Choice(f"lead:invite:{group.id}", "group-invite-leader", "➕")))
            for person in coordinators]


def welcome(ctx: Context, leader: Member, group: Group, kind: str = "notice") -> list[Outbound]:
    """A new leader's welcome: the menu in three lines, then every open task of the group (`kind`
    "onboarding" when she joined just now: before her menu)."""
    out = [Outbound("leader-welcome", {"group": group.name}, member_id=leader.id, kind=kind)]
    tasks = ctx.db.scalars(select(FollowUp).where(FollowUp.group_id == group.id, FollowUp.status == "open",
                                                  FollowUp.reason != "needs-help").order_by(FollowUp.id))
    for task in tasks:
        member = ctx.db.get(Member, task.member_id)
        if member is not None:
            out.append(Outbound("task-new", {"name": member.display_name, "reason": task.reason},
                                member_id=leader.id, kind=kind, dedupe_key=f"task:{task.id}:{leader.id}",
                                choices=outcome_choices(task)))
    return out


def outcome_choices(task: FollowUp) -> tuple[Choice, ...]:
    """The buttons under a follow-up task: how it went.  A coordinator's task (a leader asked for
    help) has no "needs help" of its own."""
    choices = (Choice(f"task:{task.id}:reached", "task-reached", "✅"),
               Choice(f"task:{task.id}:not-reached", "task-not-reached", "📵"))
    if task.reason == "needs-help":
        return choices
    return choices + (Choice(f"task:{task.id}:needs-help", "task-needs-help", "🆘"),)


def number_shared(ctx: Context, member: Member) -> list[Outbound]:
    """A member who asked to be called has given her number (or her consent released it): whoever
    waits to call her gets it now, with the buttons for how the call went."""
    if not (member.may_call and member.call_number):
        return []
    out: list[Outbound] = []
    for task in ctx.db.scalars(select(FollowUp).where(FollowUp.member_id == member.id, FollowUp.status == "open",
                                                      FollowUp.reason == "call-me")):
        out += [Outbound("followup-call", {"name": member.display_name, "phone": member.call_number, **mark},
                         member_id=leader.id, kind="notice", dedupe_key=f"followup-number:{task.id}:{leader.id}",
                         choices=outcome_choices(task))
                for leader, mark in of(ctx, task.group_id) if leader.id != member.id]
    return out
