"""Inbound events: the webhook's group commit, the row a handling round reads and finishes, and
the rate limit's count.

The group commit on SQLite (`_store_events_sqlite`) is a speed path: one multi-row INSERT ... ON
CONFLICT DO NOTHING RETURNING on the driver's cursor, the webhook's body stored as the JSON text it
came as, only the datetime and JSON columns through SQLAlchemy's own processors.  The writer thread
that runs it holds the interpreter lock the webhooks' event loop needs.  What it buys
(bench/webhook_load.py, alternating runs of the same commit with SQLAlchemy's executemany of the
same statement instead, `_store_events_typed`, 2 CPUs, 2026-12-07): acknowledgement ratio 0.58
against 0.43 of a bare route (+35 %), end to end 638/s against 473/s (+35 %).  PostgreSQL goes
through SQLAlchemy.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import operator
import sqlite3
from typing import Any

from sqlalchemy import Connection, Row, bindparam, func, select, text, update
from sqlalchemy.orm import Session

from bot.core.messages import Inbound, Media
from storage.models import (
    InboundEvent,
)
from storage.prepared import Prepared, driver_error

# -- inbound ----------------------------------------------------------------------------------
def inbound_to_json(inbound: Inbound) -> dict[str, Any]:
    # NOTE: a shallow copy: `dataclasses.asdict` copied every field deeply (8× the time, in the
    # webhook's event loop); the only nested values, the media, are written below.
    data = {field.name: getattr(inbound, field.name) for field in _INBOUND_FIELDS}
    data["received_at"] = inbound.received_at.isoformat()
    data["media"] = [m.to_json() for m in inbound.media]
    return data


_INBOUND_FIELDS = dataclasses.fields(Inbound)


def inbound_from_json(data: dict[str, Any]) -> Inbound:
    fields = dict(data)
    fields["received_at"] = dt.datetime.fromisoformat(fields["received_at"])
    fields["media"] = tuple(Media.from_json(m) for m in fields.get("media") or ())
    fields["poll_options"] = tuple(fields.get("poll_options") or ())  # a list in JSON
    return Inbound(**fields)


def event_row(channel: str, external_id: str, address: str, received_at: dt.datetime,
              payload: dict[str, Any], payload_json: str | None = None) -> dict[str, Any]:
    """One pending inbound event for `store_inbound_events`: every column the INSERT names (the rows
    of one batch share their keys).  `payload_json`, when given, is `payload` as JSON text already
    (the webhook has the request's body): SQLite stores it as it is instead of serialising again."""
    return {"channel": channel, "external_id": external_id, "address": address, "received_at": received_at,
            "payload": payload, "status": "pending", "member_id": None, "processed_at": None, "error": None,
            _PAYLOAD_JSON: payload_json}


def inbound_row(inbound: Inbound) -> dict[str, Any]:
    """The row of a normalised Inbound."""
    return event_row(inbound.channel, inbound.external_id, inbound.address, inbound.received_at,
                     inbound_to_json(inbound))


_EVENTS = InboundEvent.__table__
_EVENT_KEY = ("channel", "external_id")  # unique: a redelivered update is stored once
_EVENT_CHUNK = 100  # rows per INSERT on SQLite: 900 values, within any SQLite's parameter limit


def store_inbound_events(conn: Connection, rows: list[dict[str, Any]]) -> list[int | None]:
    """Store inbound events (one INSERT ... ON CONFLICT DO NOTHING RETURNING for many rows); for each
    row its new id, or None when its (channel, external id) was stored before (or twice in `rows`:
    the first gets the id).  The caller commits."""
    if conn.dialect.name == "sqlite":
        stored = _store_events_sqlite(conn, rows)
    else:
        stored = _store_events_typed(conn, rows)
    ids = {(channel, external): new for new, channel, external in stored}
    return [ids.pop((row["channel"], row["external_id"]), None) for row in rows]


_EVENT_COLUMNS = ("channel", "external_id", "address", "member_id", "received_at", "payload", "status",
                  "processed_at", "error")
_EVENT_VALUES = operator.itemgetter(*_EVENT_COLUMNS)
_PAYLOAD_INDEX = _EVENT_COLUMNS.index("payload")
_PAYLOAD_JSON = "payload_json"  # not a column: the payload as JSON text already (`event_row`)


@functools.lru_cache(maxsize=8)
def _sqlite_event_processors(dialect: Any) -> tuple[tuple[int, Any], ...]:
    """(index, what SQLAlchemy turns the value into) for the columns that need it on this dialect:
    the datetimes and the JSON payload."""
    found = ((index, _EVENTS.c[name].type.dialect_impl(dialect).bind_processor(dialect))
             for index, name in enumerate(_EVENT_COLUMNS))
    return tuple((index, process) for index, process in found if process is not None)


def _store_events_typed(conn: Connection, rows: list[dict[str, Any]]) -> list[Any]:
    """The group commit through SQLAlchemy (PostgreSQL): one statement per chunk of rows, compiled
    once per chunk size; SQLAlchemy turns the values into what each column stores."""
    stored: list[Any] = []
    for start in range(0, len(rows), _EVENT_CHUNK):
        chunk = rows[start:start + _EVENT_CHUNK]
        stored += conn.execute(_events_insert(len(chunk)), {f"{name}_{i}": row[name] for i, row in enumerate(chunk)
                                                            for name in _EVENT_COLUMNS}).all()
    return stored


def _store_events_sqlite(conn: Connection, rows: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    """The webhook's group commit on SQLite, on the driver's cursor: the same INSERT as
    `_events_insert` with one VALUES group per row, the values turned into what SQLAlchemy
    itself would store (each column type's processor for this dialect).

    NOTE: SQLAlchemy's own executemany cost the writer thread ~20 % of the acknowledgement's rate:
    the thread holds the interpreter lock the webhooks' event loop needs (bench/webhook_load.py)."""
    processed = _sqlite_event_processors(conn.dialect)
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    stored: list[tuple[Any, ...]] = []
    try:
        for start in range(0, len(rows), _EVENT_CHUNK):
            chunk = rows[start:start + _EVENT_CHUNK]
            values: list[Any] = []
            for row in chunk:
                row_values = list(_EVENT_VALUES(row))
                payload_json = row.get(_PAYLOAD_JSON)  # JSON text already: stored as it is
                for index, process in processed:
                    row_values[index] = payload_json if index == _PAYLOAD_INDEX and payload_json is not None \
                        else process(row_values[index])
                values += row_values
            try:
                cursor.execute(_sqlite_events_insert(len(chunk)), values)
                stored += cursor.fetchall()
            except sqlite3.Error as exc:  # as SQLAlchemy's: the webhook answers 503, not 500
                raise driver_error(_sqlite_events_insert(len(chunk)), {}, exc) from exc
    finally:
        cursor.close()
    return stored


@functools.lru_cache(maxsize=_EVENT_CHUNK)
def _sqlite_events_insert(count: int) -> str:
    group = "(" + ", ".join("?" * len(_EVENT_COLUMNS)) + ")"
    return _events_insert_sql([group] * count)


def _events_insert_sql(groups: list[str]) -> str:
    return (f"INSERT INTO {_EVENTS.name} ({', '.join(_EVENT_COLUMNS)}) VALUES {', '.join(groups)} "
            f"ON CONFLICT ({', '.join(_EVENT_KEY)}) DO NOTHING RETURNING id, {', '.join(_EVENT_KEY)}")


@functools.lru_cache(maxsize=_EVENT_CHUNK)
def _events_insert(count: int) -> Any:
    """The same INSERT for `count` rows as a statement SQLAlchemy compiles once and caches, its
    parameters `<column>_<row>` typed like the columns.
    NOTE: not the dialect's `insert().on_conflict_do_nothing()`: SQLAlchemy 2.0 cannot key an ON
    CONFLICT clause for its compiled cache, so it compiled that statement again for every batch."""
    groups = ["(" + ", ".join(f":{name}_{i}" for name in _EVENT_COLUMNS) + ")" for i in range(count)]
    return text(_events_insert_sql(groups)).bindparams(
        *(bindparam(f"{name}_{i}", type_=_EVENTS.c[name].type) for i in range(count) for name in _EVENT_COLUMNS))


# NOTE: the handling of every inbound event reads and finishes its row through Core statements
# built once: no ORM unit of work for the row, no statement to build and key for the cache each time.
_EVENT_TO_HANDLE = Prepared(select(_EVENTS.c.id, _EVENTS.c.channel, _EVENTS.c.address, _EVENTS.c.received_at,
                                    _EVENTS.c.payload, _EVENTS.c.status, _EVENTS.c.member_id, _EVENTS.c.error)
                             .where(_EVENTS.c.id == bindparam("event_id")).with_for_update())
_FINISH_EVENT = Prepared(update(_EVENTS).where(_EVENTS.c.id == bindparam("event_id")).values(
    {name: bindparam(name, type_=_EVENTS.c[name].type)
     for name in ("status", "processed_at", "member_id", "address", "error")}))
_RECENT_EVENTS = Prepared(select(func.count(_EVENTS.c.id))
                          .where(_EVENTS.c.channel == bindparam("channel"), _EVENTS.c.address == bindparam("address"),
                                 _EVENTS.c.received_at > bindparam("since"), _EVENTS.c.id <= bindparam("up_to")))


def event_to_handle(db: Session, event_id: int) -> Row[Any] | None:
    """An inbound event's row for handling (locked on PostgreSQL): id, channel, address, received_at,
    payload, status, member_id, error."""
    return _EVENT_TO_HANDLE.first(db.connection(), {"event_id": event_id})


def finish_event(db: Session, outcome: dict[str, Any]) -> None:
    """Write back what handling made of an event: `event_id` and its status, processed_at,
    member_id, address and error."""
    _FINISH_EVENT.run(db.connection(), outcome)


def recent_events(db: Session, channel: str, address: str, since: dt.datetime, up_to: int) -> int:
    """How many events from this address arrived after `since`, up to the event `up_to`."""
    return _RECENT_EVENTS.scalar(db.connection(), {"channel": channel, "address": address, "since": since,
                                                   "up_to": up_to}) or 0
