"""Meetings (the schedule's sessions), answers to them and attendance."""
from __future__ import annotations

import datetime as dt
from typing import Any, Iterable

from sqlalchemy import Row, bindparam, case, delete, func, select, text
from sqlalchemy.orm import Session

from storage.models import (
    Attendance,
    Meeting,
    Membership,
    Rsvp,
    Timer,
)
from storage.prepared import Prepared
from storage.queries.base import flushed

_MEMBERSHIPS = Membership.__table__

# -- sessions ---------------------------------------------------------------------------------
def group_sessions(db: Session, group_id: int, since: dt.datetime | None = None,
                   statuses: Iterable[str] = ("planned", "held")) -> list[Meeting]:
    query = select(Meeting).where(Meeting.group_id == group_id, Meeting.status.in_(tuple(statuses)))
    if since is not None:
        query = query.where(Meeting.starts_at >= since)
    return list(db.scalars(query.order_by(Meeting.starts_at)))


def replace_planned_sessions(db: Session, group_id: int, since: dt.datetime,
                             sessions: Iterable[tuple[dt.datetime, dt.datetime, str | None, list[str],
                                                      dt.datetime | None]], now: dt.datetime) -> list[Meeting]:
    """Planned (not yet held) sessions from `since` on give way to a new plan (their pending timers go
    with them); the sessions written, for making their timers."""
    replaced = (Meeting.group_id == group_id, Meeting.status == "planned", Meeting.starts_at >= since)
    db.execute(delete(Timer).where(Timer.session_id.in_(select(Meeting.id).where(*replaced).scalar_subquery()),
                                   Timer.status == "pending"), execution_options={"synchronize_session": False})
    db.execute(delete(Meeting).where(*replaced))
    written = [Meeting(group_id=group_id, starts_at=starts_at, ends_at=ends_at, place=place, notes=list(notes),
                       moved_from=moved_from, status="planned", created_at=now)
               for starts_at, ends_at, place, notes, moved_from in sessions]
    db.add_all(written)
    db.flush()
    return written



# -- answers and attendance ---------------------------------------------------------------------
def attendance_counts(db: Session, session_ids: Iterable[int]) -> dict[int, tuple[int, int]]:
    """Per session: (how many came, how many were on its attendance list), for the sessions that
    have a list (erased members still count, anonymously)."""
    ids = list(session_ids)
    if not ids:
        return {}
    return {sid: (int(present or 0), int(total or 0)) for sid, present, total in db.execute(
        select(Attendance.session_id, func.sum(case((Attendance.present.is_(True), 1), else_=0)),
               func.count(Attendance.id)).where(Attendance.session_id.in_(ids)).group_by(Attendance.session_id))}


def excused_ids(db: Session, session_id: int) -> set[int]:
    """Who said they could not come to this session."""
    return set(db.scalars(select(Rsvp.member_id).where(Rsvp.session_id == session_id, Rsvp.answer == "no")))


def absent_ids(db: Session, session_id: int) -> list[int]:
    """Who was marked absent (members erased since are only an anonymous count and left out)."""
    return [i for i in db.scalars(select(Attendance.member_id).where(
        Attendance.session_id == session_id, Attendance.present.is_(False))) if i is not None]


_SESSIONS = Meeting.__table__
_RSVPS = Rsvp.__table__
_RSVP_TARGET = Prepared(select(_SESSIONS.c.id, _SESSIONS.c.group_id, _SESSIONS.c.status, _SESSIONS.c.starts_at)
                        .where(_SESSIONS.c.id == bindparam("session_id"),
                               select(_MEMBERSHIPS.c.id)
                               .where(_MEMBERSHIPS.c.member_id == bindparam("member_id"),
                                      _MEMBERSHIPS.c.group_id == _SESSIONS.c.group_id,
                                      _MEMBERSHIPS.c.active.is_(True)).exists()))


def rsvp_target(db: Session, session_id: int, member_id: int) -> Row[Any] | None:
    """The session a member answers (id, group_id, status, starts_at), or None when there is no such
    session or the member is not (or no longer) in its group.  One Core query: every tapped answer
    runs it."""
    return _RSVP_TARGET.first(flushed(db), {"session_id": session_id, "member_id": member_id})


# NOTE: written out: SQLAlchemy does not cache a compiled ON CONFLICT DO UPDATE (it logs "no key"
# and compiles it again on every tap, ~100 µs); the same SQL runs on SQLite and PostgreSQL.
_SAVE_RSVP = Prepared(text(
    "INSERT INTO rsvps (session_id, member_id, answer, answered_at, recorded_by) "
    "VALUES (:session_id, :member_id, :answer, :answered_at, :recorded_by) "
    "ON CONFLICT (session_id, member_id) DO UPDATE SET answer = excluded.answer, "
    "answered_at = excluded.answered_at, recorded_by = excluded.recorded_by",
).bindparams(*(bindparam(column.name, type_=column.type) for column in _RSVPS.c if column.name != "id")))


def save_rsvp(db: Session, session_id: int, member_id: int, answer: str, at: dt.datetime,
              recorded_by: int | None) -> None:
    """A member's answer to a session, replacing the one they gave before (one INSERT ... ON
    CONFLICT DO UPDATE: no unit of work, no read first).
    NOTE: answers are only written here; `Rsvp` objects are loaded only by the roster (a timer's own
    session) and a member's data export, so no loaded object goes stale behind this statement."""
    _SAVE_RSVP.run(flushed(db), {"session_id": session_id, "member_id": member_id, "answer": answer,
                                 "answered_at": at, "recorded_by": recorded_by})
