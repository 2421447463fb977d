"""Follow-up: a person who asked to be called, said she is not well or did not answer becomes a task
for the group's leaders (and the buddies she agreed to), reminded every two days until an outcome is
recorded ("reached", "not reached", "needs help").  "Needs help" reaches the organisation's
coordinators at once, as a task of their own (reason "needs-help") reminded the same way.  A group
without a leader has its tasks go to the coordinators (`handlers.leaders`).

Reminders (a "call me" tap) and attendance (a check-in's answer, the digest's silent members) both
open tasks here.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from bot.core.messages import Choice, Outbound
from handlers import auth, leaders
from handlers.base import Context
from handlers.buddies import buddies_of
from handlers.leaders import outcome_choices
from handlers.onboarding import ask_for_number
from storage import queries
from storage.models import FollowUp, Group, Meeting, Member, Timer

TASK_REMINDER_EVERY = dt.timedelta(days=2)


def call_request(ctx: Context, session: Meeting | None, member: Member, group_id: int | None = None) -> list[Outbound]:
    """Open a follow-up task and tell the member she will be called, or, when her group has nobody to
    see it (no leader, no coordinator), that it is kept for her next leader.  The leader sees the
    number only if the member agreed to be called.  Without a meeting (📞 under her help) the task
    is her group's (`group_id`)."""
    group_id = session.group_id if session is not None else group_id
    assert group_id is not None
    open_task(ctx, session, member, "call-me", notify=False, group_id=group_id)
    task = ctx.db.scalar(select(FollowUp).where(FollowUp.member_id == member.id, FollowUp.status == "open",
                                                FollowUp.reason == "call-me"))
    seen_by = leaders.of(ctx, group_id)
    out: list[Outbound] = [ctx.reply("rsvp-saved-call" if seen_by else "call-nobody")]
    if not member.may_call:  # the same question as at joining
        out.append(Outbound("call-question", member_id=member.id, kind="reply", choices=(
            Choice("call:yes", "call-yes", "📞"), Choice("call:no", "call-no", "🚫"))))
    elif not member.call_number and ctx.inbound is not None and ctx.inbound.channel != "whatsapp":
        out.append(ask_for_number(member))  # on WhatsApp her address is her number
    leader_phone = member.call_number if member.may_call and member.call_number else "none"
    # The leaders see the number only if the member agreed to be called; a buddy the member agreed to.
    # Without a number there is no call to ask the outcome of: the leader waits for it (`number_shared`).
    people = [(p, leader_phone, mark) for p, mark in seen_by]
    people += [(b, member.call_number or "none", {}) for b in buddies_of(ctx, member.id)]
    for person, phone, mark in people:
        out.append(Outbound("followup-call", {"name": member.display_name, "phone": phone, **mark},
                            member_id=person.id,
                            kind="notice", dedupe_key=f"followup:{session.id}:{member.id}:{person.id}" if session
                            else f"followup:help:{task.id if task else 0}:{person.id}",
                            choices=outcome_choices(task) if task is not None and phone != "none" else ()))
    return out


def open_task(ctx: Context, session: Meeting | None, member: Member, reason: str, notify: bool = True,
              group_id: int | None = None) -> list[Outbound]:
    """A follow-up task for the group's leaders, reminded until it is done (one open task per reason);
    about a meeting, or (`session` None) about her group `group_id`."""
    task = ctx.db.scalar(select(FollowUp).where(FollowUp.member_id == member.id, FollowUp.status == "open",
                                                FollowUp.reason == reason))
    if task is not None:
        return []
    task = FollowUp(group_id=session.group_id if session is not None else group_id, member_id=member.id,
                    session_id=session.id if session is not None else None, reason=reason,
                    status="open", created_at=ctx.now())
    ctx.db.add(task)
    ctx.db.flush()
    _remind_later(ctx, task, 1)
    if not notify:
        return []
    return [Outbound("task-new", {"name": member.display_name, "reason": reason, **mark}, member_id=person.id,
                     kind="notice", dedupe_key=f"task:{task.id}:{person.id}", choices=outcome_choices(task))
            for person, mark in _task_people(ctx, task)]


def _task_people(ctx: Context, task: FollowUp) -> list[tuple[Member, dict]]:
    """Who gets a task, with the arguments marking it: the group's leaders (or the coordinators
    standing in) and the member's buddies (who agreed to be called by them); a leader's call for
    help, the coordinators."""
    if task.reason == "needs-help":
        group = ctx.db.get(Group, task.group_id)
        return [(c, {"for_group": group.name}) for c in queries.coordinators_of(ctx.db, group.organisation_id)]
    people = {m.id: (m, mark) for m, mark in leaders.of(ctx, task.group_id)}
    people.update({b.id: (b, {}) for b in buddies_of(ctx, task.member_id)})
    return list(people.values())


def _remind_later(ctx: Context, task: FollowUp, n: int) -> None:
    ctx.db.add(Timer(kind="task-reminder", due_at=ctx.now() + TASK_REMINDER_EVERY, data={"task_id": task.id, "n": n},
                     dedupe_key=f"task-reminder:{task.id}:{n}", created_at=ctx.now()))


def on_task_timer(ctx: Context, data: dict) -> list[Outbound]:
    """An open task is reminded every two days until it is done."""
    task = ctx.db.get(FollowUp, int(data.get("task_id", 0)))
    member = ctx.db.get(Member, task.member_id) if task is not None else None
    if task is None or task.status != "open" or member is None:
        ctx.timer_status = "dropped"
        return []
    n = int(data.get("n", 1))
    _remind_later(ctx, task, n + 1)
    if task.reason == "call-me" and not (member.may_call and member.call_number):
        return []  # still waiting for her number: there is no call to ask about yet
    return [Outbound("task-reminder", {"name": member.display_name, **mark}, member_id=person.id, kind="notice",
                     dedupe_key=f"task-reminder:{task.id}:{n}:{person.id}", choices=outcome_choices(task))
            for person, mark in _task_people(ctx, task)]


def on_task(ctx: Context, args: list[str]) -> list[Outbound]:
    """task:<id>:reached|not-reached|needs-help — the outcome closes the task."""
    if len(args) != 2 or not args[0].isdigit() or args[1] not in ("reached", "not-reached", "needs-help"):
        return [ctx.reply("button-expired")]
    task = ctx.db.get(FollowUp, int(args[0]))
    if task is None or task.status != "open" or not (
            auth.may_follow_up(ctx.db, ctx.member, task.group_id, task.member_id)):
        return [ctx.reply("button-expired")]
    if task.reason == "needs-help" and args[1] == "needs-help":
        return [ctx.reply("button-expired")]
    task.status, task.outcome, task.done_at = "done", args[1], ctx.now()
    queries.audit(ctx.db, ctx.now(), "task-done", actor_id=ctx.member.id if ctx.member else None,
                  subject_id=task.member_id, group_id=task.group_id, outcome=args[1])
    if args[1] == "needs-help":
        return [ctx.reply("task-escalated"), *escalate(ctx, task)]
    return [ctx.reply("task-done")]


def escalate(ctx: Context, task: FollowUp) -> list[Outbound]:
    """A leader cannot help a member on her own: the coordinators get a task of their own at once,
    with the member's name, the group and the leader's name, reminded until they record how it went."""
    member, group, leader = ctx.db.get(Member, task.member_id), ctx.db.get(Group, task.group_id), ctx.member
    if member is None or group is None or leader is None:
        return []
    help_task = FollowUp(group_id=group.id, member_id=member.id, session_id=task.session_id, reason="needs-help",
                         status="open", created_at=ctx.now())
    ctx.db.add(help_task)
    ctx.db.flush()
    _remind_later(ctx, help_task, 1)
    queries.audit(ctx.db, ctx.now(), "task-escalated", actor_id=leader.id, subject_id=member.id, group_id=group.id)
    return [Outbound("task-help-needed", {"name": member.display_name, "group": group.name,
                                          "leader": leader.display_name, "reason": task.reason},
                     member_id=person.id, kind="notice", dedupe_key=f"task:{help_task.id}:{person.id}",
                     choices=outcome_choices(help_task))
            for person, _mark in _task_people(ctx, help_task) if person.id != leader.id]
