"""Follow-up: a person who asked to be called, said she is not well or did not answer becomes a task
for the group's leaders (and the buddies she agreed to), reminded every two days until an outcome is
recorded ("reached", "not reached", "needs help").

Reminders (a "call me" tap) and attendance (a check-in's answer, the digest's silent members) both
open tasks here.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from bot.core.messages import Choice, Outbound
from handlers import auth
from handlers.base import Context
from handlers.buddies import buddies_of
from handlers.onboarding import ask_for_number
from storage import queries
from storage.models import FollowUp, Meeting, Member, Timer

TASK_REMINDER_EVERY = dt.timedelta(days=2)


def call_request(ctx: Context, session: Meeting, member: Member) -> list[Outbound]:
    """Open a follow-up task; the leader sees the number only if the member agreed to be called."""
    open_task(ctx, session, member, "call-me", notify=False)
    task = ctx.db.scalar(select(FollowUp).where(FollowUp.member_id == member.id, FollowUp.status == "open",
                                                FollowUp.reason == "call-me"))
    out: list[Outbound] = []
    if not member.may_call:  # the same question as at joining
        out.append(Outbound("call-question", member_id=member.id, kind="reply", choices=(
            Choice("call:yes", "call-yes", "📞"), Choice("call:no", "call-no", "🚫"))))
    elif not member.call_number and ctx.inbound is not None and ctx.inbound.channel == "telegram":
        out.append(ask_for_number(member))
    leader_phone = member.call_number if member.may_call and member.call_number else "none"
    # The leaders see the number only if the member agreed to be called; a buddy the member agreed to.
    people = [(p, leader_phone) for p in queries.facilitators_of(ctx.db, session.group_id)]
    people += [(b, member.call_number or "none") for b in buddies_of(ctx, member.id)]
    for person, phone in people:
        out.append(Outbound("followup-call", {"name": member.display_name, "phone": phone}, member_id=person.id,
                            kind="notice", dedupe_key=f"followup:{session.id}:{member.id}:{person.id}",
                            choices=outcome_choices(task) if task is not None else ()))
    return out


def open_task(ctx: Context, session: Meeting, member: Member, reason: str, notify: bool = True) -> list[Outbound]:
    """A follow-up task for the group's leaders, reminded until it is done (one open task per reason)."""
    task = ctx.db.scalar(select(FollowUp).where(FollowUp.member_id == member.id, FollowUp.status == "open",
                                                FollowUp.reason == reason))
    if task is not None:
        return []
    task = FollowUp(group_id=session.group_id, member_id=member.id, session_id=session.id, reason=reason,
                    status="open", created_at=ctx.now())
    ctx.db.add(task)
    ctx.db.flush()
    _remind_later(ctx, task, 1)
    if not notify:
        return []
    return [Outbound("task-new", {"name": member.display_name, "reason": reason}, member_id=person.id,
                     kind="notice", dedupe_key=f"task:{task.id}:{person.id}", choices=outcome_choices(task))
            for person in _task_people(ctx, task)]


def _task_people(ctx: Context, task: FollowUp) -> list[Member]:
    """Who gets a task: the group's leaders and the member's buddies (who agreed to be called by them)."""
    people = {m.id: m for m in queries.facilitators_of(ctx.db, task.group_id)}
    people.update({b.id: b for b in buddies_of(ctx, task.member_id)})
    return list(people.values())


def outcome_choices(task: FollowUp) -> tuple[Choice, ...]:
    return (Choice(f"task:{task.id}:reached", "task-reached", "✅"),
            Choice(f"task:{task.id}:not-reached", "task-not-reached", "📵"),
            Choice(f"task:{task.id}:needs-help", "task-needs-help", "🆘"))


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
    return [Outbound("task-reminder", {"name": member.display_name}, member_id=person.id, kind="notice",
                     dedupe_key=f"task-reminder:{task.id}:{n}:{person.id}", choices=outcome_choices(task))
            for person in _task_people(ctx, task)]


def on_task(ctx: Context, args: list[str]) -> list[Outbound]:
    """task:<id>:reached|not-reached|needs-help — the outcome closes the task."""
    if len(args) != 2 or not args[0].isdigit() or args[1] not in ("reached", "not-reached", "needs-help"):
        return [ctx.reply("button-expired")]
    task = ctx.db.get(FollowUp, int(args[0]))
    if task is None or task.status != "open" or not (
            auth.may_follow_up(ctx.db, ctx.member, task.group_id, task.member_id)):
        return [ctx.reply("button-expired")]
    task.status, task.outcome, task.done_at = "done", args[1], ctx.now()
    queries.audit(ctx.db, ctx.now(), "task-done", actor_id=ctx.member.id if ctx.member else None,
                  subject_id=task.member_id, group_id=task.group_id, outcome=args[1])
    return [ctx.reply("task-done")]
