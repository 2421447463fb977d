"""Members and where to reach them (their channel addresses), their memberships and roles.

The writer of every inbound message and their address are read by one statement built once
(`member_and_address`), as are the memberships and leaders a relay needs.

`as_loaded` is a speed path: the writer is made from that Core row (public API: the constructor,
then `make_transient_to_detached`), not loaded by an ORM select.  What it buys
(bench/webhook_load.py, alternating runs of the same commit with one ORM select of the member and
the address's columns instead, 2 CPUs, 2026-12-07): end to end 638/s against 380/s handled
messages (medians; the ORM's runs spread 356–572/s); inbound_bench.py: 4,184 against 4,681 µs a
message (+12 %, seven pairs)."""
from __future__ import annotations

import datetime as dt
import functools
from typing import Any, Iterable, NamedTuple

from sqlalchemy import Connection, Row, bindparam, func, or_, select, update
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session, make_transient_to_detached
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.util import identity_key

from storage.models import (
    ChannelAddress,
    Group,
    Member,
    Membership,
)
from storage.prepared import Prepared
from storage.queries.base import chunks, flushed

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
    query had loaded it: nothing to write, relationships loaded when read.  The caller makes sure
    the session does not hold this object already."""
    # NOTE: `make_transient_to_detached` resets the constructor's history as though the object had
    # been loaded; the session then holds it as persistent.
    obj = cls(**values)
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
    for found in by_member_ids(conn, _ADDRESSES_OF_ONE, _ADDRESSES_OF, ids):
        by_member.setdefault(found.member_id, []).append(found)
    floor = dt.datetime.min.replace(tzinfo=dt.timezone.utc)
    return {member_id: max([a for a in rows if not a.unreachable] or rows,
                           key=lambda a: (a.last_inbound_at or floor, a.id))
            for member_id, rows in by_member.items()}


_ADDRESS_COLUMNS = (_ADDRESSES.c.id, _ADDRESSES.c.member_id, _ADDRESSES.c.channel, _ADDRESSES.c.address,
                    _ADDRESSES.c.unreachable, _ADDRESSES.c.last_inbound_at)
_ADDRESSES_OF = select(*_ADDRESS_COLUMNS).where(_ADDRESSES.c.member_id.in_(bindparam("member_ids", expanding=True)))
_ADDRESSES_OF_ONE = Prepared(select(*_ADDRESS_COLUMNS).where(_ADDRESSES.c.member_id == bindparam("member_id")))


def by_member_ids(conn: Connection, one: Prepared, many: Any, ids: list[int]) -> list[Any]:
    """The rows of a read by member ids: one id (a relay's leader, one answer) through its prepared
    statement `one` (`member_id`), for the driver's cursor; more in chunks of `many`'s IN (...)
    (`member_ids`)."""
    if len(ids) == 1:
        return one.rows(conn, {"member_id": ids[0]})
    return [row for chunk in chunks(ids) for row in conn.execute(many, {"member_ids": chunk})]



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


def coordinators_of(db: Session, organisation_id: int) -> list[Member]:
    """An organisation's coordinators, by name."""
    return list(db.scalars(select(Member).join(Membership).where(
        Membership.organisation_id == organisation_id, Membership.role == "coordinator",
        Membership.active.is_(True), Member.consent_at.is_not(None))
        .order_by(func.lower(Member.display_name), Member.id)).unique())


def away_on(member: Any, day: dt.date) -> bool:
    """Whether a member (or a row with her away columns) is away on that day."""
    return (member.away_until is not None and day < member.away_until
            and (member.away_from is None or member.away_from <= day))


def leading(member: Any, today: dt.date) -> bool:
    """Whether a facilitator is there to lead: not stopped, not away."""
    return not member.opted_out and member.consent_at is not None and not away_on(member, today)


def leaders_of(db: Session, group_id: int, today: dt.date) -> tuple[list[Member], bool]:
    """Who answers for a group today: its facilitators who are there to lead (`leading`); when it
    has none, its organisation's coordinators (then True: they stand in)."""
    leaders = [m for m in facilitators_of(db, group_id) if leading(m, today)]
    if leaders:
        return leaders, False
    group = db.get(Group, group_id)
    return (coordinators_of(db, group.organisation_id) if group is not None else []), True


def facilitator_ids(db: Session, group_id: int) -> list[int]:
    """The ids of a group's facilitators, in the order of `facilitators_of` (every relayed message
    reads them: no objects to build)."""
    return [row.id for row in _FACILITATOR_IDS.rows(flushed(db), {"group_id": group_id})]


def facilitator_languages(db: Session, group_id: int, today: dt.date) -> list[tuple[int, str]]:
    """(id, language) of a group's facilitators there to lead today (`leading`), in the order of
    `facilitator_ids` (the relay shows a participant's language to a leader who reads another)."""
    return [(row.id, row.language) for row in _FACILITATOR_IDS.rows(flushed(db), {"group_id": group_id})
            if leading(row, today)]


_FACILITATOR_IDS = Prepared(select(_MEMBERS.c.id, _MEMBERS.c.language, _MEMBERS.c.opted_out, _MEMBERS.c.consent_at,
                                   _MEMBERS.c.away_from, _MEMBERS.c.away_until)
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
