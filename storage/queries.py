"""Queries of samen, kept in one place so handlers read as decisions, not SQL.

Every function takes an open `Session` inside the caller's transaction and never commits.

Why one module of this length: the statements every inbound message runs (the writer and their
address, memberships, the event's row, the rate limit, the outbox insert, an answer) are built
once here and shared as prepared statements (`storage.prepared`) whose worth is being measured;
once that is settled it splits by what it serves: members and addresses, events, outbox,
meetings and answers.
"""
from __future__ import annotations

import dataclasses
import json
import datetime as dt
import functools
import operator
import secrets
import sqlite3
import string
from random import Random
from typing import Any, Iterable, NamedTuple

from sqlalchemy import Connection, Row, Text, bindparam, cast, delete, func, insert, or_, select, text, update
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session, make_transient_to_detached
from sqlalchemy.orm.attributes import manager_of_class, set_committed_value
from sqlalchemy.orm.util import identity_key

from bot.core.messages import ALWAYS_ALLOWED_KINDS, Inbound, Media, Outbound, encode_args
from storage.models import (
    Attendance,
    AuditEvent,
    ChannelAddress,
    Group,
    InboundEvent,
    Invite,
    MediaFile,
    Meeting,
    Member,
    Membership,
    Organisation,
    OutboxMessage,
    Rsvp,
    Timer,
    WhatsAppTemplate,
)
from storage.prepared import Prepared, driver_error

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


# -- members --------------------------------------------------------------------------------
def member_by_address(db: Session, channel: str, address: str) -> Member | None:
    """The member behind a channel address, or None for a stranger."""
    return db.scalar(select(Member).join(ChannelAddress)
                     .where(ChannelAddress.channel == channel, ChannelAddress.address == address))


# NOTE: the statements every inbound message runs are built once, with bind parameters: building a
# statement and keying it for SQLAlchemy's compiled cache cost more than running it (ORM ~210 µs a
# query built each time, ~85 µs built once; Core built once ~25 µs).
_ADDRESSES = ChannelAddress.__table__
_MEMBERS = Member.__table__
_MEMBER_COLUMNS = tuple(_MEMBERS.c)
_MEMBER_KEYS = tuple(sa_inspect(Member).get_property_by_column(column).key for column in _MEMBER_COLUMNS)
_MEMBER_ID = _MEMBER_KEYS.index("id")
_MEMBER_AND_ADDRESS = Prepared(select(*_MEMBER_COLUMNS, _ADDRESSES.c.id.label("address_id"),
                                      _ADDRESSES.c.unreachable.label("address_unreachable"),
                                      _ADDRESSES.c.last_inbound_at.label("address_last_inbound_at"))
                               .join(_ADDRESSES, _ADDRESSES.c.member_id == _MEMBERS.c.id)
                               .where(_ADDRESSES.c.channel == bindparam("channel"),
                                      _ADDRESSES.c.address == bindparam("address")))
_NOTE_INBOUND = (update(_ADDRESSES).where(_ADDRESSES.c.id == bindparam("address_id"))
                 .values(last_inbound_at=bindparam("at"), unreachable=False))
# A person who wrote from a reachable address less than this long ago is not noted again: the
# WhatsApp window their message opens may end up to this much sooner than it could, never later.
NOTED_WITHIN = dt.timedelta(minutes=1)


class Writer(NamedTuple):
    """Who wrote from an address: the member, and the address row as it was (id, unreachable, when
    its person last wrote)."""

    member: Member
    address_id: int
    unreachable: bool
    last_inbound_at: dt.datetime | None


def member_and_address(db: Session, channel: str, address: str) -> Writer | None:
    """The member behind a channel address and the address row's id and state, in one query (every
    inbound; the address is not loaded as an object: nothing on that path reads more of it).  The
    member is the session's own when it has them loaded, else made from the row (`as_loaded`)."""
    row = _MEMBER_AND_ADDRESS.first(flushed(db), {"channel": channel, "address": address})
    if row is None:
        return None
    count = len(_MEMBER_KEYS)
    member = db.identity_map.get(identity_key(Member, row[_MEMBER_ID]))
    if member is None:
        member = as_loaded(db, Member, dict(zip(_MEMBER_KEYS, row[:count])))
    return Writer(member, *row[count:])


def as_loaded(db: Session, cls: type[Any], values: dict[str, Any]) -> Any:
    """An object made from a row read through Core (every column's value), in the session as if its
    query had loaded it: nothing to write, relationships loaded when read.  Costs a fraction of the
    ORM's own loading (on every inbound message); the caller makes sure the session does not hold
    this object already."""
    # NOTE: as the ORM's loader fills an object: a bare instance, its values straight into its
    # __dict__ (the constructor's instrumented assignments cost three times as much), then
    # committed as loaded, its other attributes left to load when read.
    obj = manager_of_class(cls).new_instance()
    obj.__dict__.update(values)
    make_transient_to_detached(obj)
    db.add(obj)
    return obj


def note_inbound(db: Session, address_id: int, at: dt.datetime, writer: Writer | None = None) -> bool:
    """The person wrote from this address at `at`: reachable again, and the WhatsApp window open;
    whether anything was written.  Nothing is when the address as `writer` read it is reachable and
    was noted less than `NOTED_WITHIN` before `at` (or after it: a time never goes back).

    One Core UPDATE; the address, if this session has it loaded, is brought level without being
    marked changed (a changed object would be flushed by the handler's next query, a unit of work
    of its own on every message)."""
    if (writer is not None and not writer.unreachable and writer.last_inbound_at is not None
            and at < writer.last_inbound_at + NOTED_WITHIN):
        return False
    db.connection().execute(_NOTE_INBOUND, {"address_id": address_id, "at": at})
    loaded = db.identity_map.get(identity_key(ChannelAddress, address_id))
    if loaded is not None:
        set_committed_value(loaded, "last_inbound_at", at)
        set_committed_value(loaded, "unreachable", False)
    return True


def address_of(db: Session, channel: str, address: str) -> ChannelAddress | None:
    return db.scalar(_ADDRESS_OF, {"a_channel": channel, "a_address": address})


_ADDRESS_OF = select(ChannelAddress).where(ChannelAddress.channel == bindparam("a_channel"),
                                           ChannelAddress.address == bindparam("a_address"))


def primary_address(db: Session, member_id: int) -> Row[Any] | None:
    """Where to reach a member: the reachable address they last wrote from (a row: id, member_id,
    channel, address, unreachable, last_inbound_at)."""
    return primary_addresses(db, [member_id]).get(member_id)


def primary_addresses(db: Session, member_ids: Iterable[int]) -> dict[int, Row[Any]]:
    """`primary_address` for many members at once (members without an address are left out)."""
    by_member: dict[int, list[Row[Any]]] = {}
    ids = list(dict.fromkeys(member_ids))
    if not ids:
        return {}
    conn = flushed(db)
    for found in _by_member_ids(conn, _ADDRESSES_OF_ONE, _ADDRESSES_OF, ids):
        by_member.setdefault(found.member_id, []).append(found)
    floor = dt.datetime.min.replace(tzinfo=dt.timezone.utc)
    return {member_id: max([a for a in rows if not a.unreachable] or rows,
                           key=lambda a: (a.last_inbound_at or floor, a.id))
            for member_id, rows in by_member.items()}


_ADDRESS_COLUMNS = (_ADDRESSES.c.id, _ADDRESSES.c.member_id, _ADDRESSES.c.channel, _ADDRESSES.c.address,
                    _ADDRESSES.c.unreachable, _ADDRESSES.c.last_inbound_at)
_ADDRESSES_OF = select(*_ADDRESS_COLUMNS).where(_ADDRESSES.c.member_id.in_(bindparam("member_ids", expanding=True)))
_ADDRESSES_OF_ONE = Prepared(select(*_ADDRESS_COLUMNS).where(_ADDRESSES.c.member_id == bindparam("member_id")))


def _by_member_ids(conn: Connection, one: Prepared, many: Any, ids: list[int]) -> list[Any]:
    """The rows of a read by member ids: one id (a relay's leader, one answer) through its prepared
    statement `one` (`member_id`), for the driver's cursor; more in chunks of `many`'s IN (...)
    (`member_ids`)."""
    if len(ids) == 1:
        return one.rows(conn, {"member_id": ids[0]})
    return [row for chunk in chunks(ids) for row in conn.execute(many, {"member_ids": chunk})]


def flushed(db: Session) -> Connection:
    """The session's connection, after writing what the session holds unwritten: for Core reads of
    tables a handler may also have changed through the ORM (Core does not flush by itself)."""
    if db.new or db.dirty or db.deleted:
        db.flush()
    return db.connection()


def chunks(values: list[Any], size: int = 500) -> Iterable[list[Any]]:
    """`values` in lists short enough for an IN (...) on every database."""
    return (values[start:start + size] for start in range(0, len(values), size))


def memberships(db: Session, member_id: int, roles: Iterable[str] | None = None) -> list[Membership]:
    """A member's active memberships, optionally only those with one of `roles`."""
    return list(db.scalars(_memberships_query(None if roles is None else tuple(roles)), {"member_id": member_id}))


@functools.cache
def _memberships_query(roles: tuple[str, ...] | None) -> Any:
    query = select(Membership).where(Membership.member_id == bindparam("member_id"), Membership.active.is_(True))
    if roles is not None:
        query = query.where(Membership.role.in_(roles))
    return query.order_by(Membership.id)


def membership_rows(db: Session, member_id: int) -> list[Row[Any]]:
    """A member's active memberships as rows (id, role, group_id, organisation_id): for a read that
    needs no more of them, as every relayed message's (Core: no objects to load)."""
    return _MEMBERSHIP_ROWS.rows(flushed(db), {"member_id": member_id})


_MEMBERSHIPS = Membership.__table__
_MEMBERSHIP_ROWS = Prepared(select(_MEMBERSHIPS.c.id, _MEMBERSHIPS.c.role, _MEMBERSHIPS.c.group_id,
                                    _MEMBERSHIPS.c.organisation_id)
                             .where(_MEMBERSHIPS.c.member_id == bindparam("member_id"),
                                    _MEMBERSHIPS.c.active.is_(True))
                             .order_by(_MEMBERSHIPS.c.id))


def group_members(db: Session, group_id: int, roles: Iterable[str] | None = None) -> list[Member]:
    """The members of a group (active memberships), by name."""
    return list(db.scalars(_group_members_query(None if roles is None else tuple(roles)),
                           {"group_id": group_id}).unique())


@functools.cache
def _group_members_query(roles: tuple[str, ...] | None) -> Any:
    query = (select(Member).join(Membership)
             .where(Membership.group_id == bindparam("group_id"), Membership.active.is_(True)))
    if roles is not None:
        query = query.where(Membership.role.in_(roles))
    return query.order_by(func.lower(Member.display_name), Member.id)


def facilitators_of(db: Session, group_id: int) -> list[Member]:
    """Who answers for a group: its facilitators."""
    return group_members(db, group_id, roles=("facilitator",))


def facilitator_ids(db: Session, group_id: int) -> list[int]:
    """The ids of a group's facilitators, in the order of `facilitators_of` (every relayed message
    reads them: no objects to build)."""
    return [row.id for row in _FACILITATOR_IDS.rows(flushed(db), {"group_id": group_id})]


_FACILITATOR_IDS = Prepared(select(_MEMBERS.c.id)
                            .join(_MEMBERSHIPS, _MEMBERSHIPS.c.member_id == _MEMBERS.c.id)
                            .where(_MEMBERSHIPS.c.group_id == bindparam("group_id"), _MEMBERSHIPS.c.active.is_(True),
                                   _MEMBERSHIPS.c.role == "facilitator")  # one such membership a group
                            .order_by(func.lower(_MEMBERS.c.display_name), _MEMBERS.c.id))


def role_in_group(db: Session, member_id: int, group_id: int) -> set[str]:
    """The member's roles for one group: direct roles, plus coordinator of the group's organisation."""
    group = db.get(Group, group_id)
    if group is None:
        return set()
    rows = db.scalars(select(Membership).where(
        Membership.member_id == member_id, Membership.active.is_(True),
        or_(Membership.group_id == group_id,
            (Membership.organisation_id == group.organisation_id) & (Membership.role == "coordinator")),
    )).all()
    return {row.role for row in rows}


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


# -- outbox -----------------------------------------------------------------------------------
def enqueue(db: Session, ob: Outbound, now: dt.datetime) -> OutboxMessage | None:
    """Write one outbound intent to the outbox; None when it has no address or was queued before."""
    values = outbox_rows(db, [ob], now)
    if not values:
        return None
    row = OutboxMessage(**values[0])
    db.add(row)
    return row


def enqueue_many(db: Session, outbounds: Iterable[Outbound], now: dt.datetime) -> int:
    """Write outbound intents to the outbox in one INSERT (a handler's answers, a reminder wave);
    how many were written."""
    rows = outbox_rows(db, list(outbounds), now)
    if rows:  # NOTE: Core executemany: no unit of work for rows nobody reads back here
        _OUTBOX_INSERT.run_many(db.connection(), rows)
    return len(rows)


_OUTBOX = OutboxMessage.__table__
# the columns `outbox_rows` writes
_OUTBOX_KEYS = ("created_at", "member_id", "channel", "address", "locale", "message_id", "args", "choices", "media",
                "poll", "request_contact", "kind", "priority", "dedupe_key", "status", "attempts", "next_attempt_at")
_OUTBOX_INSERT = Prepared(insert(_OUTBOX).values({name: bindparam(name, type_=_OUTBOX.c[name].type)
                                                  for name in _OUTBOX_KEYS}))
_QUEUED_KEYS = select(_OUTBOX.c.dedupe_key).where(_OUTBOX.c.dedupe_key.in_(bindparam("keys", expanding=True)))


def outbox_rows(db: Session, outbounds: list[Outbound], now: dt.datetime) -> list[dict[str, Any]]:
    """The outbox rows (column values) for outbound intents.  Left out: one whose dedupe key was
    queued before (or earlier in `outbounds`), one to a member who is gone, has no address (a
    phone-only member: the facilitator answers for them), has stopped or not consented (unless the
    kind is always allowed).  The keys already queued, the members' addresses and the state of
    members this session has not loaded are read in one query each, not once per recipient."""
    taken: set[str] = set()
    for chunk in chunks(list({ob.dedupe_key for ob in outbounds if ob.dedupe_key})):
        taken.update(flushed(db).execute(_QUEUED_KEYS, {"keys": chunk}).scalars())
    addresses = primary_addresses(db, [ob.member_id for ob in outbounds
                                       if ob.member_id is not None and not (ob.channel and ob.address)])
    states = recipient_states(db, [ob.member_id for ob in outbounds if ob.member_id is not None])
    rows = []
    remembered: dict[int, tuple[Any, list[str]]] = {}
    for ob in outbounds:
        if ob.dedupe_key and ob.dedupe_key in taken:
            continue
        channel, address = ob.channel, ob.address
        if ob.member_id is not None:
            member = states.get(ob.member_id)
            if member is None:
                continue
            if not (channel and address):
                found = addresses.get(ob.member_id)
                if found is None:
                    continue
                channel, address = found.channel, found.address
            if ob.kind not in ALWAYS_ALLOWED_KINDS and (member.opted_out or member.consent_at is None):
                continue
            if ob.choices and ob.remember_choices:
                remembered[ob.member_id] = (member, [c.payload for c in ob.choices])
        assert channel and address
        if ob.dedupe_key:
            taken.add(ob.dedupe_key)
        rows.append({"created_at": now, "member_id": ob.member_id, "channel": channel, "address": address,
                     "locale": ob.locale, "message_id": ob.message_id, "args": encode_args(ob.args),
                     "choices": [c.to_json() for c in ob.choices], "media": ob.media.to_json() if ob.media else None,
                     "poll": ob.poll, "request_contact": ob.request_contact, "kind": ob.kind,
                     "priority": ob.priority, "dedupe_key": ob.dedupe_key, "status": "pending", "attempts": 0,
                     "next_attempt_at": now})
    # a leader who gets relays from one person in a row is asked the same buttons again: no write
    remembered = {member_id: found for member_id, found in remembered.items()
                  if found[0].question_choices != found[1]}
    if remembered:  # the buttons a number answers: written at once, the loaded members brought level
        # NOTE: Core, as in note_inbound: a changed member would cost the ORM's flush on every relay.
        _REMEMBER_CHOICES.run_many(db.connection(), [{"m_id": member_id, "q_choices": choices}
                                                     for member_id, (_member, choices) in remembered.items()])
        for member, choices in remembered.values():
            if isinstance(member, Member):
                set_committed_value(member, "question_choices", choices)
    return rows


def recipient_states(db: Session, member_ids: Iterable[int]) -> dict[int, Any]:
    """What the outbox needs to know of each member (opted_out, consent_at, question_choices): the
    member itself when this session has it loaded, else a row read with the others in one query
    (a relay's leaders, a wave's members: no objects to build).  Members who are gone are left out."""
    ids = list(dict.fromkeys(member_ids))
    if not ids:
        return {}
    conn = flushed(db)  # a member deleted in this session is gone from its identity map once flushed
    states: dict[int, Any] = {}
    missing = []
    for member_id in ids:
        loaded = db.identity_map.get(identity_key(Member, member_id))
        if loaded is not None:
            states[member_id] = loaded
        else:
            missing.append(member_id)
    if missing:
        states.update((row.id, row) for row in _by_member_ids(conn, _STATE_OF_ONE, _STATES_OF, missing))
    return states


_STATE_COLUMNS = (_MEMBERS.c.id, _MEMBERS.c.opted_out, _MEMBERS.c.consent_at, _MEMBERS.c.question_choices)
_STATE_OF_ONE = Prepared(select(*_STATE_COLUMNS).where(_MEMBERS.c.id == bindparam("member_id")))
_STATES_OF = select(*_STATE_COLUMNS).where(_MEMBERS.c.id.in_(bindparam("member_ids", expanding=True)))
_REMEMBER_CHOICES = Prepared(update(_MEMBERS).where(_MEMBERS.c.id == bindparam("m_id"))
                             .values(question_choices=bindparam("q_choices", type_=_MEMBERS.c.question_choices.type)))


# -- media ------------------------------------------------------------------------------------
def store_media(db: Session, *, data: bytes, content_type: str, member_id: int | None, now: dt.datetime,
                ttl: dt.timedelta) -> MediaFile:
    """Keep a voice note or photo under an unguessable token until it expires."""
    media = MediaFile(token=secrets.token_urlsafe(24), member_id=member_id, content_type=content_type or
                      "application/octet-stream", data=data, created_at=now, expires_at=now + ttl)
    db.add(media)
    db.flush()
    return media


def media_by_token(db: Session, token: str, now: dt.datetime) -> MediaFile | None:
    """A stored file that has not expired; None otherwise."""
    media = db.scalar(select(MediaFile).where(MediaFile.token == token))
    if media is None or media.expires_at <= now:
        return None
    return media


def purge_media(db: Session, now: dt.datetime) -> int:
    """Delete expired files."""
    return db.execute(delete(MediaFile).where(MediaFile.expires_at <= now)).rowcount


# -- choices ----------------------------------------------------------------------------------
def choice_was_offered(db: Session, member_id: int, payload: str, now: dt.datetime | None = None,
                       within: dt.timedelta = dt.timedelta(days=90)) -> bool:
    """Whether a message to this member offered this button in the last `within` (payloads are
    untrusted).  The database narrows the rows down by the payload's text; Python confirms."""
    params = {"member_id": member_id, "needle": json.dumps(payload), "since": None if now is None else now - within}
    found = _offered_query(now is not None).rows(flushed(db), params)
    return any(payload == choice.get("payload") for (choices,) in found for choice in (choices or []))


@functools.cache
def _offered_query(since: bool) -> Prepared:
    query = select(_OUTBOX.c.choices).where(_OUTBOX.c.member_id == bindparam("member_id"),
                                            cast(_OUTBOX.c.choices, Text).contains(bindparam("needle")))
    if since:
        query = query.where(_OUTBOX.c.created_at >= bindparam("since"))
    return Prepared(query.order_by(_OUTBOX.c.id.desc()).limit(20))


def poll_choices(db: Session, member_id: int, poll_ref: str) -> list[str] | None:
    """The payloads of a native poll sent to this member (by the provider's poll reference)."""
    row = db.scalar(select(OutboxMessage).where(OutboxMessage.member_id == member_id,
                                                OutboxMessage.provider_id == poll_ref))
    if row is None:
        return None
    return [choice["payload"] for choice in row.choices or []]


# -- WhatsApp templates and delivery reports --------------------------------------------------
def template_sid(db: Session, kind: str, locale: str) -> str | None:
    return flushed(db).execute(_TEMPLATE_SID, {"t_kind": kind, "t_locale": locale}).scalar()


_TEMPLATES = WhatsAppTemplate.__table__
_TEMPLATE_SID = select(_TEMPLATES.c.content_sid).where(_TEMPLATES.c.kind == bindparam("t_kind"),
                                                       _TEMPLATES.c.locale == bindparam("t_locale"))


def set_template(db: Session, kind: str, locale: str, content_sid: str, now: dt.datetime) -> None:
    row = db.scalar(select(WhatsAppTemplate).where(WhatsAppTemplate.kind == kind, WhatsAppTemplate.locale == locale))
    if row is None:
        db.add(WhatsAppTemplate(kind=kind, locale=locale, content_sid=content_sid, updated_at=now))
    else:
        row.content_sid, row.updated_at = content_sid, now


def release_held(db: Session, channel: str, address: str, now: dt.datetime) -> int:
    """Messages held for an address (outside the WhatsApp window) go out once the person writes."""
    # NOTE: Core, built once: nothing in this unit of work holds these rows, and the ORM's
    # bookkeeping cost more than the statement on every inbound message.
    return _RELEASE_HELD.run(db.connection(), {"held_channel": channel, "held_address": address, "now": now})


_RELEASE_HELD = Prepared(update(_OUTBOX).where(_OUTBOX.c.status == "held",
                                               _OUTBOX.c.channel == bindparam("held_channel"),
                                               _OUTBOX.c.address == bindparam("held_address"))
                         .values(status="pending", next_attempt_at=bindparam("now", type_=_OUTBOX.c.next_attempt_at.type)))


def outbox_by_provider_id(db: Session, channel: str, provider_id: str) -> OutboxMessage | None:
    return db.scalar(select(OutboxMessage).where(OutboxMessage.channel == channel,
                                                 OutboxMessage.provider_id == provider_id))


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


# -- answers and attendance ---------------------------------------------------------------------
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
