"""The outbox: what is queued for whom (consent, stops and addresses applied), the buttons a
member was offered, stored media, WhatsApp templates and the rows delivery reports name."""
from __future__ import annotations

import json
import datetime as dt
import functools
import secrets
from typing import Any, Iterable

from zoneinfo import ZoneInfo

from sqlalchemy import Text, bindparam, cast, delete, func, insert, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.util import identity_key

from bot.core.messages import ALWAYS_ALLOWED_KINDS, SPEAK, Outbound, encode_args
from bot.core.spoken import VOICED, has_voice
from storage.models import (
    MediaFile,
    Member,
    Membership,
    OutboxMessage,
    WhatsAppTemplate,
)
from storage.prepared import Prepared
from storage.queries.base import chunks, flushed
from storage.queries.members import by_member_ids, primary_addresses

_MEMBERS = Member.__table__

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
        row = {"created_at": now, "member_id": ob.member_id, "channel": channel, "address": address,
               "locale": ob.locale, "message_id": ob.message_id, "args": encode_args(ob.args),
               "choices": [c.to_json() for c in ob.choices], "media": ob.media.to_json() if ob.media else None,
               "poll": ob.poll, "request_contact": ob.request_contact, "kind": ob.kind,
               "priority": ob.priority, "dedupe_key": ob.dedupe_key, "status": "pending", "attempts": 0,
               "next_attempt_at": now}
        rows.append(row)
        if (ob.member_id is not None and ob.message_id in VOICED and ob.media is None
                and (ob.speak or getattr(states.get(ob.member_id), "voice", False))
                and has_voice(getattr(states.get(ob.member_id), "language", None))):
            # the same message spoken, right after it: its buttons stay on the text, the voice reads them out
            rows.append({**row, "media": SPEAK.to_json(), "poll": False, "request_contact": False,
                         "dedupe_key": f"{ob.dedupe_key}:voice" if ob.dedupe_key else None})
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
    """What the outbox needs to know of each member (opted_out, consent_at, question_choices, voice,
    language): the
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
        states.update((row.id, row) for row in by_member_ids(conn, _STATE_OF_ONE, _STATES_OF, missing))
    return states


_STATE_COLUMNS = (_MEMBERS.c.id, _MEMBERS.c.opted_out, _MEMBERS.c.consent_at, _MEMBERS.c.question_choices,
                  _MEMBERS.c.voice, _MEMBERS.c.language)
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
    return offered_choice(db, member_id, payload, now, within) is not None


def offered_choice(db: Session, member_id: int, payload: str, now: dt.datetime | None = None,
                   within: dt.timedelta = dt.timedelta(days=90)) -> dict[str, Any] | None:
    """The newest button with this payload offered to this member (as `Choice.to_json` wrote it)."""
    params = {"member_id": member_id, "needle": json.dumps(payload), "since": None if now is None else now - within}
    found = _offered_query(now is not None).rows(flushed(db), params)
    return next((choice for (choices,) in found for choice in (choices or []) if choice.get("payload") == payload),
                None)


@functools.cache
def _offered_query(since: bool) -> Prepared:
    query = select(_OUTBOX.c.choices).where(_OUTBOX.c.member_id == bindparam("member_id"),
                                            cast(_OUTBOX.c.choices, Text).contains(bindparam("needle")))
    if since:
        query = query.where(_OUTBOX.c.created_at >= bindparam("since"))
    return Prepared(query.order_by(_OUTBOX.c.id.desc()).limit(20))


def last_question(db: Session, member_id: int) -> list[dict[str, Any]]:
    """The buttons of the newest message to this member that had any (as `Choice.to_json` wrote them)."""
    rows = db.scalars(select(OutboxMessage.choices).where(OutboxMessage.member_id == member_id)
                      .order_by(OutboxMessage.id.desc()).limit(5))
    return next((choices for choices in rows if choices), [])


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


# -- reminders by phone -----------------------------------------------------------------------
PHONE_CHANNELS = ("voice", "sms")
_NOT_SPENT = ("failed", "suppressed", "unreachable")


def phone_units(db: Session, organisation_id: int, since: dt.datetime) -> int:
    """Calls plus SMS segments for an organisation's members since `since`: what was sent, and what
    is queued (a call or a text still to go counts as one)."""
    members = select(Membership.member_id).where(Membership.organisation_id == organisation_id)
    return int(db.scalar(select(func.coalesce(func.sum(func.coalesce(OutboxMessage.units, 1)), 0)).where(
        OutboxMessage.channel.in_(PHONE_CHANNELS), OutboxMessage.created_at >= since,
        OutboxMessage.status.notin_(_NOT_SPENT), OutboxMessage.member_id.in_(members))) or 0)


def phone_usage(db: Session, member_ids: Iterable[int], since: dt.datetime, until: dt.datetime,
                timezone: str = "Europe/Amsterdam") -> dict[str, Any]:
    """Calls placed and SMS segments sent to these members between `since` and `until`, in all and
    per month ("2026-10"), for a report."""
    ids = list(member_ids)
    totals = {"calls": 0, "sms_segments": 0}
    months: dict[str, dict[str, int]] = {}
    for chunk in chunks(ids):
        for channel, units, sent_at in db.execute(select(OutboxMessage.channel, OutboxMessage.units,
                                                         OutboxMessage.sent_at).where(
                OutboxMessage.channel.in_(PHONE_CHANNELS), OutboxMessage.status == "sent",
                OutboxMessage.sent_at >= since, OutboxMessage.sent_at < until, OutboxMessage.member_id.in_(chunk))):
            key = "calls" if channel == "voice" else "sms_segments"
            month = sent_at.astimezone(ZoneInfo(timezone)).strftime("%Y-%m")
            totals[key] += units or 1
            months.setdefault(month, {"calls": 0, "sms_segments": 0})[key] += units or 1
    return {**totals, "by_month": dict(sorted(months.items()))}
