"""What every query module needs of the session: its connection after a flush, and lists cut to
fit an IN (...)."""
from __future__ import annotations

from typing import Any, Iterable

from sqlalchemy import Connection
from sqlalchemy.orm import Session


def flushed(db: Session) -> Connection:
    """The session's connection, after writing what the session holds unwritten: for Core reads of
    tables a handler may also have changed through the ORM (Core does not flush by itself)."""
    db.flush()  # NOTE: returns at once when nothing is unwritten (cheaper than asking `db.dirty`)
    return db.connection()


def chunks(values: list[Any], size: int = 500) -> Iterable[list[Any]]:
    """`values` in lists short enough for an IN (...) on every database."""
    return (values[start:start + size] for start in range(0, len(values), size))
