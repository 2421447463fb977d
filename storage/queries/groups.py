"""Organisations and groups, invite codes, the audit trail and the calendar feed's secret."""
from __future__ import annotations

import datetime as dt
import secrets
import string
from random import Random
from typing import Any

from sqlalchemy import bindparam, func, insert, select
from sqlalchemy.orm import Session

from storage.models import (
    AuditEvent,
    Group,
    Invite,
    Organisation,
)
from storage.prepared import Prepared

# Invite codes avoid look-alike characters (0/O, 1/I/L) so they can be read aloud and typed.
CODE_ALPHABET = "".join(ch for ch in string.ascii_uppercase + string.digits if ch not in "0O1IL")

# -- organisations and groups ---------------------------------------------------------------
def find_organisation(db: Session, ref: str) -> Organisation | None:
    """An organisation by id or by name (case-insensitive)."""
    if ref.isdigit():
        found = db.get(Organisation, int(ref))
        if found:
            return found
    return db.scalar(select(Organisation).where(func.lower(Organisation.name) == ref.strip().lower()))


def find_group(db: Session, ref: str) -> Group | None:
    """A group by id or by name (case-insensitive); None when unknown or ambiguous."""
    if ref.isdigit():
        found = db.get(Group, int(ref))
        if found:
            return found
    rows = db.scalars(select(Group).where(func.lower(Group.name) == ref.strip().lower())).all()
    return rows[0] if len(rows) == 1 else None


def group_name(db: Session, group_id: int) -> str | None:
    """A group's name (one Core query: the relay of every message names the group)."""
    return _GROUP_NAME.scalar(db.connection(), {"group_id": group_id})


_GROUP_NAME = Prepared(select(Group.__table__.c.name).where(Group.__table__.c.id == bindparam("group_id")))


def group_by_chat(db: Session, chat: str) -> Group | None:
    """The group a Telegram group chat is linked to."""
    return db.scalar(select(Group).where(Group.telegram_chat == chat))

# -- invites ----------------------------------------------------------------------------------
def new_code(db: Session, rng: Random | None = None, length: int = 8) -> str:
    """A fresh invite code, unique in the database."""
    pick = (rng.choice if rng is not None else secrets.choice)
    while True:
        code = "".join(pick(CODE_ALPHABET) for _ in range(length))
        # A code holds letters and digits, so that a plain word or number is never taken for one.
        if code.isdigit() or code.isalpha():
            continue
        if db.scalar(select(Invite.id).where(Invite.code == code)) is None:
            return code


def create_invite(db: Session, *, organisation_id: int, group_id: int | None, role: str, now: dt.datetime,
                  days: int, uses: int, created_by: int | None = None, rng: Random | None = None) -> Invite:
    invite = Invite(code=new_code(db, rng), organisation_id=organisation_id, group_id=group_id, role=role,
                    expires_at=now + dt.timedelta(days=days), uses_left=uses, created_by=created_by,
                    created_at=now)
    db.add(invite)
    db.flush()
    return invite


def find_invite(db: Session, code: str) -> Invite | None:
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    if not cleaned:
        return None
    return db.scalar(select(Invite).where(Invite.code == cleaned))


# -- audit ------------------------------------------------------------------------------------
def audit(db: Session, at: dt.datetime, action: str, *, actor_id: int | None = None,
          subject_id: int | None = None, group_id: int | None = None, **data: Any) -> None:
    """Note who did what to whom; never a message body or a number.  Written at once (Core: the
    relay of every message notes itself, and an ORM object would cost a unit of work of its own)."""
    _AUDIT_INSERT.run(db.connection(), {"at": at, "action": action, "actor_id": actor_id,
                                        "subject_id": subject_id, "group_id": group_id, "data": data})


_AUDITS = AuditEvent.__table__
_AUDIT_INSERT = Prepared(insert(_AUDITS).values(
    {name: bindparam(name, type_=_AUDITS.c[name].type) for name in ("at", "action", "actor_id", "subject_id",
                                                                    "group_id", "data")}))


# -- calendar feeds --------------------------------------------------------------------------
def group_by_calendar_token(db: Session, token: str) -> Group | None:
    if not token:
        return None
    return db.scalar(select(Group).where(Group.calendar_token == token))


def calendar_token(db: Session, group: Group) -> str:
    """The group's calendar feed secret, made on first use."""
    if not group.calendar_token:
        group.calendar_token = secrets.token_urlsafe(24)
        db.flush()
    return group.calendar_token
