"""The web page's sign-in: one-time links sent in the chat, the sessions they start, and the key
that signs the session cookie.  Only a SHA-256 hash of a link's or session's secret is stored."""
from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from typing import Callable

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from storage.models import Setting, WebLogin


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def setting(db: Session, key: str, now: dt.datetime, make: Callable[[], str]) -> str:
    """A value samen keeps for itself, made by `make` and stored the first time it is asked for (the
    first of several workers to store it wins; the others read it)."""
    found = db.get(Setting, key)
    if found is not None:
        return found.value
    try:
        with db.begin_nested():
            db.add(Setting(key=key, value=make(), created_at=now))
    except IntegrityError:
        pass
    value = db.scalar(select(Setting.value).where(Setting.key == key))
    assert value is not None
    return value


def new_web_link(db: Session, member_id: int, now: dt.datetime, valid: dt.timedelta) -> str:
    """A one-time sign-in link's secret for this member."""
    token = secrets.token_urlsafe(24)
    db.add(WebLogin(token_hash=_hash(token), kind="link", member_id=member_id, created_at=now,
                    expires_at=now + valid))
    return token


def use_web_link(db: Session, token: str, now: dt.datetime, valid: dt.timedelta) -> tuple[int, str] | str:
    """Spend a sign-in link: (member id, the new session's secret), or why not: "unknown", "used"
    or "expired".  A link starts one session only (the update is conditional, so two browsers
    opening it at once get one session between them)."""
    link = db.scalar(select(WebLogin).where(WebLogin.token_hash == _hash(token), WebLogin.kind == "link"))
    if link is None:
        return "unknown"
    if link.used_at is not None:
        return "used"
    if link.expires_at <= now:
        return "expired"
    spent = db.execute(update(WebLogin).where(WebLogin.id == link.id, WebLogin.used_at.is_(None))
                       .values(used_at=now)).rowcount
    if not spent:
        return "used"
    session = secrets.token_urlsafe(24)
    db.add(WebLogin(token_hash=_hash(session), kind="session", member_id=link.member_id, created_at=now,
                    expires_at=now + valid))
    return link.member_id, session


def web_session(db: Session, token: str, now: dt.datetime) -> WebLogin | None:
    """The running session a cookie names (not signed out, not expired)."""
    found = db.scalar(select(WebLogin).where(WebLogin.token_hash == _hash(token), WebLogin.kind == "session"))
    if found is None or found.ended_at is not None or found.expires_at <= now:
        return None
    return found


def end_web_sessions(db: Session, now: dt.datetime, *, token: str | None = None, member_id: int | None = None) -> int:
    """Sign out one session (by its secret) or every session and unused link of a member."""
    query = update(WebLogin).where(WebLogin.ended_at.is_(None))
    if token is not None:
        query = query.where(WebLogin.token_hash == _hash(token))
    elif member_id is not None:
        query = query.where(WebLogin.member_id == member_id)
    else:
        return 0
    return db.execute(query.values(ended_at=now)).rowcount or 0
