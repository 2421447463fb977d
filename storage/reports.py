"""The figures funders and coordinators ask for (the manual's phase 4), for a group or an
organisation and a period: participants, volunteers, sessions, activities, attendance, retention,
follow-up, wishes and votes.  No names, unless a coordinator asks for a named attendance list.

Erased members leave anonymous traces only: their attendance still counts per session (the
member id is gone), and the audit trail says how many were erased in the period; they cannot be
counted as "active" (who they were is gone) and memberships they had are no longer known.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any, Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from storage import queries
from storage.queries.outbox import phone_usage
from storage.models import (
    Attendance,
    AuditEvent,
    FollowUp,
    Group,
    Meeting,
    Member,
    Membership,
    Organisation,
    Vote,
    WishRound,
)

OUTCOMES = ("reached", "not-reached", "needs-help")


def _member_ids(rows: Iterable[Membership], at: dt.datetime) -> set[int]:
    """Who held one of these memberships at instant `at`."""
    return {ms.member_id for ms in rows
            if ms.joined_at <= at and (ms.active or (ms.left_at is not None and ms.left_at > at))}


def away_weeks(db: Session, group_ids: list[int], start: dt.date, end: dt.date) -> float:
    """Weeks members of these groups were away (`handlers.away`) within [start, end): apart from
    absences, which count only who could have come.  From the audit trail: each `away-set` is a
    period [from, until), cut short by the same member's next `away-set` or `away-back`."""
    events = list(db.scalars(select(AuditEvent).where(AuditEvent.action.in_(("away-set", "away-back")),
                                                      AuditEvent.group_id.in_(group_ids)).order_by(AuditEvent.id)))
    days = 0
    for i, event in enumerate(events):
        if event.action != "away-set" or "from" not in event.data or "until" not in event.data:
            continue
        begin, until = dt.date.fromisoformat(event.data["from"]), dt.date.fromisoformat(event.data["until"])
        later = next((e for e in events[i + 1:] if e.subject_id is not None and e.subject_id == event.subject_id), None)
        if later is not None:
            cut = dt.date.fromisoformat(later.data.get("on") or later.data.get("from") or until.isoformat())
            until = min(until, cut)
        days += max(0, (min(until, end) - max(begin, start)).days)
    return round(days / 7, 1)


def season_report(db: Session, *, group_ids: list[int], start: dt.datetime, end: dt.datetime,
                  scope: str, name: str, named: bool = False) -> dict[str, Any]:
    """Figures for these groups in [start, end); JSON-safe."""
    groups = {g.id: g for g in db.scalars(select(Group).where(Group.id.in_(group_ids)))}
    memberships = list(db.scalars(select(Membership).where(Membership.group_id.in_(group_ids))))
    by_role: dict[str, list[Membership]] = {}
    for ms in memberships:
        by_role.setdefault(ms.role, []).append(ms)
    participants = by_role.get("participant", [])
    at_start, at_end = _member_ids(participants, start), _member_ids(participants, end)
    joined = {ms.member_id for ms in participants if start <= ms.joined_at < end}
    left = {ms.member_id for ms in participants if ms.left_at is not None and start <= ms.left_at < end}
    erased = db.scalar(select(func.count(AuditEvent.id)).where(
        AuditEvent.action == "member-erased", AuditEvent.group_id.in_(group_ids),
        AuditEvent.at >= start, AuditEvent.at < end)) or 0

    def serving(role: str) -> set[int]:
        return {ms.member_id for ms in by_role.get(role, [])
                if ms.joined_at < end and (ms.active or (ms.left_at is not None and ms.left_at >= start))}

    # Volunteers are the leaders and the helpers who are not participants themselves; a participant
    # who is also someone's buddy is a participant who helps, not a volunteer.
    taking_part = serving("participant")
    helping = serving("buddy") & taking_part

    sessions = list(db.scalars(select(Meeting).where(Meeting.group_id.in_(group_ids), Meeting.starts_at >= start,
                                                     Meeting.starts_at < end).order_by(Meeting.starts_at)))
    held = [s for s in sessions if s.status == "held"]
    counts = queries.attendance_counts(db, [s.id for s in held])
    per_session = []
    for s in held:
        present, total = counts.get(s.id, (0, 0))
        present, total = int(present or 0), int(total or 0)
        per_session.append({"date": s.starts_at.isoformat(), "group": groups[s.group_id].name, "present": present,
                            "of": total, "rate": round(present / total, 3) if total else None,
                            "activity": s.activity})
    all_present = sum(p["present"] for p in per_session)
    all_rows = sum(p["of"] for p in per_session)
    active = set(db.scalars(select(Attendance.member_id).where(
        Attendance.session_id.in_([s.id for s in held] or [-1]), Attendance.present.is_(True),
        Attendance.member_id.is_not(None))))
    phone_only = db.scalar(select(func.count(Member.id)).where(Member.id.in_(at_end or {-1}),
                                                               Member.phone_only.is_(True))) or 0
    # who said stop and has not started again: still a member, no longer reached (not "left")
    stopped = db.scalar(select(func.count(Member.id)).where(Member.id.in_(at_end or {-1}),
                                                           Member.opted_out.is_(True))) or 0
    # the leaders' tasks; a coordinator's task (reason "needs-help") is the same task escalated
    tasks = list(db.scalars(select(FollowUp).where(FollowUp.group_id.in_(group_ids), FollowUp.created_at >= start,
                                                   FollowUp.created_at < end, FollowUp.reason != "needs-help")))
    outcomes = Counter(t.outcome if t.status == "done" and t.outcome in OUTCOMES else "open" for t in tasks)
    votes = list(db.scalars(select(Vote).where(Vote.group_id.in_(group_ids), Vote.created_at >= start,
                                               Vote.created_at < end)))
    report: dict[str, Any] = {
        "scope": {"kind": scope, "name": name, "groups": sorted(g.name for g in groups.values())},
        "period": {"from": start.date().isoformat(), "to": (end - dt.timedelta(seconds=1)).date().isoformat()},
        "participants": {"at_start": len(at_start), "joined": len(joined), "left": len(left) + erased,
                         "erased": erased, "active": len(active & {ms.member_id for ms in participants}),
                         "at_end": len(at_end), "phone_only": phone_only, "stopped": stopped,
                         "helping": len(helping)},
        "volunteers": {"facilitators": len(serving("facilitator") - taking_part),
                       "buddies": len(serving("buddy") - taking_part)},
        "sessions": {"planned": sum(1 for s in sessions if s.status != "cancelled"), "held": len(held),
                     "cancelled": sum(1 for s in sessions if s.status == "cancelled"),
                     "moved": sum(1 for s in sessions if s.moved_from is not None)},
        "activities": dict(sorted(Counter(s.activity for s in held if s.activity).items())),
        "attendance": {"per_session": per_session, "present_total": all_present,
                       "average_rate": round(all_present / all_rows, 3) if all_rows else None,
                       "away_weeks": away_weeks(db, group_ids, start.date(), end.date())},
        "retention": round(len(at_start & at_end) / len(at_start), 3) if at_start else None,
        "follow_up": {"created": len(tasks), **{k: outcomes.get(k, 0) for k in (*OUTCOMES, "open")}},
        "wishes_rounds": db.scalar(select(func.count(WishRound.id)).where(
            WishRound.group_id.in_(group_ids), WishRound.started_at >= start, WishRound.started_at < end)) or 0,
        "votes": {"held": len(votes), "decided": sum(1 for v in votes if v.status == "closed")},
        # what reminders by phone cost: calls placed and SMS segments, in all and per month
        "phone": _phone(db, groups, participants, start, end),
    }
    if named:
        names = {m.id: m.display_name for m in db.scalars(select(Member).where(Member.id.in_(active or {-1})))}
        present_by = Counter(db.scalars(select(Attendance.member_id).where(
            Attendance.session_id.in_([s.id for s in held] or [-1]), Attendance.present.is_(True),
            Attendance.member_id.is_not(None))))
        report["named_attendance"] = sorted(({"name": names[i], "present": n} for i, n in present_by.items()
                                             if i in names), key=lambda r: (-r["present"], r["name"].lower()))
    return report


def _phone(db: Session, groups: dict[int, Group], participants: list[Membership], start: dt.datetime,
           end: dt.datetime) -> dict[str, Any]:
    """Calls and SMS segments for the groups' members, per month; for several groups, per group too."""
    zone = next(iter(groups.values())).timezone if groups else "Europe/Amsterdam"
    usage = phone_usage(db, {ms.member_id for ms in participants}, start, end, zone)
    if len(groups) > 1:
        usage["by_group"] = {}
        for group in sorted(groups.values(), key=lambda g: g.name.lower()):
            mine = phone_usage(db, {ms.member_id for ms in participants if ms.group_id == group.id}, start, end, zone)
            if mine["calls"] or mine["sms_segments"]:
                usage["by_group"][group.name] = {"calls": mine["calls"], "sms_segments": mine["sms_segments"]}
    return usage


def group_report(db: Session, group: Group, start: dt.datetime, end: dt.datetime, named: bool = False) -> dict[str, Any]:
    return season_report(db, group_ids=[group.id], start=start, end=end, scope="group", name=group.name, named=named)


def organisation_report(db: Session, organisation: Organisation, start: dt.datetime, end: dt.datetime,
                        named: bool = False) -> dict[str, Any]:
    ids = list(db.scalars(select(Group.id).where(Group.organisation_id == organisation.id)))
    return season_report(db, group_ids=ids, start=start, end=end, scope="organisation", name=organisation.name,
                         named=named)
