"""A member's data rights in storage: everything kept about them (`export_member`), erasing it
(`erase_members`), and who has been inactive long enough for retention to erase them.

Erasure deletes the profile, addresses, memberships, raw inbound payloads, stored media and outbox
rows to the member; elsewhere (messages to leaders that quote or name them, other people's typed
input, the audit trail) their name, numbers and account ids are blanked out.  Attendance and votes
stay as anonymous counts (their member id becomes NULL).  Messages at Twilio are deleted through
its API afterwards: their ids are queued in `provider_deletions` and the outbox sender deletes
them (see `bot.deletions`).
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any, Iterable

from sqlalchemy import delete, func, null, select, update
from sqlalchemy.orm import Session

from storage.models import (
    Attendance,
    AuditEvent,
    Ballot,
    BuddyPair,
    ChannelAddress,
    CheckIn,
    FollowUp,
    Group,
    InboundEvent,
    Invite,
    MediaFile,
    Meeting,
    Member,
    Membership,
    OutboxMessage,
    ProviderDeletion,
    Rsvp,
    Timer,
    Wish,
)

BLANK = "—"
# Channels whose platform keeps logs we can delete (Twilio: WhatsApp messages, SMS, reminder calls).
DELETABLE_CHANNELS = ("whatsapp", "sms", "voice")


def _needles(member: Member) -> set[str]:
    """Strings that identify a member: name, numbers (with and without +, and the WhatsApp form),
    and every channel address (a Telegram chat id is one)."""
    found = {member.display_name.strip()} if len(member.display_name.strip()) >= 2 else set()
    raw = [a.address for a in member.addresses] + ([member.call_number] if member.call_number else [])
    for value in raw:
        found.add(value)
        bare = value.split(":", 1)[1] if value.startswith(("whatsapp:", "sms:")) else value
        found.add(bare)
        digits = re.sub(r"\D", "", bare)
        if len(digits) >= 6:
            found.add(digits)
            found.add("+" + digits)
    return {n for n in found if n}


def _scrub(value: Any, needles: Iterable[str]) -> tuple[Any, bool]:
    """The value with every needle blanked out (recursively through JSON), and whether it changed."""
    if isinstance(value, str):
        new = value
        for needle in needles:
            if needle in new:
                new = new.replace(needle, BLANK)
        return new, new != value
    if isinstance(value, list):
        pairs = [_scrub(v, needles) for v in value]
        return [p[0] for p in pairs], any(p[1] for p in pairs)
    if isinstance(value, dict):
        changed = False
        out = {}
        for key, v in value.items():
            out[key], c = _scrub(v, needles)
            changed = changed or c
        return out, changed
    return value, False


# Columns that may quote a member in rows that are not theirs: (model, JSON or text attribute).
_QUOTING = (
    (OutboxMessage, "args"), (OutboxMessage, "choices"), (InboundEvent, "payload"), (AuditEvent, "data"),
    (Timer, "data"), (Member, "question_data"), (Wish, "text"),
)


def erase_members(db: Session, members: list[Member], now: dt.datetime, reason: str = "request") -> dict[str, int]:
    """Erase these members (one scan of the quoting columns for all of them); counts of what went."""
    counts = {"members": 0, "inbound": 0, "outbox": 0, "media": 0, "scrubbed": 0, "provider": 0}
    if not members:
        return counts
    needles: set[str] = set()
    ids = [m.id for m in members]
    addresses: list[tuple[str, str]] = []
    for member in members:
        needles |= _needles(member)
        addresses += [(a.channel, a.address) for a in member.addresses]
    # Longest first, so "+31612345678" goes before its digits and a full name before a part of it.
    ordered = sorted(needles, key=len, reverse=True)

    # 1. Messages at the platform: what they sent us, what we sent them, and copies relayed to leaders.
    provider_ids: set[tuple[str, str]] = set()
    for channel, address in addresses:
        if channel in DELETABLE_CHANNELS:
            provider_ids |= {(channel, sid) for sid in db.scalars(select(InboundEvent.external_id).where(
                InboundEvent.channel == channel, InboundEvent.address == address))}
    provider_ids |= {(c, p) for c, p in db.execute(select(OutboxMessage.channel, OutboxMessage.provider_id).where(
        OutboxMessage.member_id.in_(ids), OutboxMessage.provider_id.is_not(None),
        OutboxMessage.channel.in_(DELETABLE_CHANNELS)))}
    relayed = [row for row in db.scalars(select(OutboxMessage).where(OutboxMessage.kind == "relay"))
               if (row.args or {}).get("from_member") in ids]  # copies of their words sent to leaders
    provider_ids |= {(row.channel, row.provider_id) for row in relayed
                     if row.provider_id and row.channel in DELETABLE_CHANNELS}
    known = set(db.execute(select(ProviderDeletion.channel, ProviderDeletion.provider_id)).all())
    for channel, provider_id in sorted(provider_ids - known):
        if provider_id and not provider_id.startswith("poll:"):
            db.add(ProviderDeletion(channel=channel, provider_id=provider_id, next_attempt_at=now, created_at=now))
            counts["provider"] += 1

    # 2. Their own rows.
    counts["inbound"] = db.execute(delete(InboundEvent).where(InboundEvent.member_id.in_(ids))).rowcount or 0
    for channel, address in addresses:
        counts["inbound"] += db.execute(delete(InboundEvent).where(
            InboundEvent.channel == channel, InboundEvent.address == address)).rowcount or 0
    counts["outbox"] = db.execute(delete(OutboxMessage).where(OutboxMessage.member_id.in_(ids))).rowcount or 0
    counts["media"] = db.execute(delete(MediaFile).where(MediaFile.member_id.in_(ids))).rowcount or 0
    for model in (Rsvp, CheckIn, FollowUp, Wish):
        db.execute(delete(model).where(model.member_id.in_(ids)))
    db.execute(delete(BuddyPair).where((BuddyPair.member_id.in_(ids)) | (BuddyPair.buddy_id.in_(ids))))
    db.execute(delete(Timer).where(Timer.data["member_id"].as_integer().in_(ids)))
    # Anonymous counts stay: attendance and ballots lose who.
    db.execute(update(Attendance).where(Attendance.member_id.in_(ids)).values(member_id=None))
    db.execute(update(Attendance).where(Attendance.recorded_by.in_(ids)).values(recorded_by=None))
    db.execute(update(Ballot).where(Ballot.member_id.in_(ids)).values(member_id=None))
    db.execute(update(Ballot).where(Ballot.recorded_by.in_(ids)).values(recorded_by=None))
    db.execute(update(Invite).where(Invite.created_by.in_(ids)).values(created_by=None))
    for model, attribute in ((Meeting, "voice_note"), (Group, "greeting_voice")):  # a leader's recorded voice
        for row in db.scalars(select(model).where(getattr(model, attribute).is_not(None))):
            if (getattr(row, attribute) or {}).get("by") in ids:
                setattr(row, attribute, null())

    # 3. Rows of others that quote them: relays lose their body, everything else loses the needles.
    for row in relayed:
        row.args = {"name": BLANK, "text": "", "from_member": None}
        row.media, row.choices = None, []
        counts["scrubbed"] += 1
    if ordered:
        for model, attribute in _QUOTING:
            for row in db.scalars(select(model).where(getattr(model, attribute).is_not(None))):
                value, changed = _scrub(getattr(row, attribute), ordered)
                if changed:
                    setattr(row, attribute, value)
                    counts["scrubbed"] += 1
        for row in db.scalars(select(OutboxMessage).where(OutboxMessage.address.in_(ordered))):
            row.address = ""

    group_ids = {ms.group_id for m in members for ms in m.memberships if ms.group_id}
    for group_id in sorted(group_ids):
        db.add(AuditEvent(at=now, action="member-erased", group_id=group_id, data={"reason": reason}))
    for member in members:
        db.delete(member)
    db.flush()
    counts["members"] = len(members)
    return counts


def erase_member(db: Session, member: Member, now: dt.datetime, reason: str = "request") -> dict[str, int]:
    return erase_members(db, [member], now, reason)


def inactive_members(db: Session, now: dt.datetime, months: int, limit: int | None = None) -> list[Member]:
    """Members with no sign of life for `months` months — no message from them, no answer, never
    marked present, no membership that began since — in one set-based query.  Leaders (active
    facilitator or coordinator memberships) are kept."""
    cutoff = now - dt.timedelta(days=round(months * 30.44))

    def none_since(model: Any, column: Any, *extra: Any) -> Any:
        return ~select(model.id).where(model.member_id == Member.id, column >= cutoff, *extra).exists()

    staff = select(Membership.id).where(Membership.member_id == Member.id, Membership.active.is_(True),
                                        Membership.role.in_(("facilitator", "coordinator"))).exists()
    query = (select(Member).where(
        Member.created_at < cutoff, ~staff,
        none_since(ChannelAddress, ChannelAddress.last_inbound_at),
        none_since(Membership, Membership.joined_at),
        none_since(Rsvp, Rsvp.answered_at),
        none_since(CheckIn, CheckIn.answered_at),
        none_since(Attendance, Attendance.recorded_at, Attendance.present.is_(True)),
    ).order_by(Member.id))
    if limit is not None:
        query = query.limit(limit)
    return list(db.scalars(query))


def export_member(db: Session, member: Member) -> dict[str, Any]:
    """Everything stored about one member, as plain JSON (for `mydata`)."""
    def when(value: dt.datetime | None) -> str | None:
        return value.isoformat() if value else None

    groups = {ms.group_id: ms.group.name for ms in member.memberships if ms.group is not None}
    return {
        "profile": {"name": member.display_name, "language": member.language, "joined": when(member.created_at),
                    "consent_given": when(member.consent_at), "messages_stopped": member.opted_out,
                    "may_call": member.may_call, "number_to_call": member.call_number,
                    "no_smartphone": member.phone_only, "paused_by_leader": member.paused,
                    "reminded_by_phone": member.reminded_by,
                    "messages_read_aloud": bool(member.voice),
                    "away": ({"from": member.away_from.isoformat() if member.away_from else None,
                              "until": member.away_until.isoformat()} if member.away_until else None)},
        "addresses": [{"channel": a.channel, "address": a.address, "last_message": when(a.last_inbound_at)}
                      for a in member.addresses],
        "groups": [{"group": groups.get(ms.group_id, ""), "role": ms.role, "active": ms.active,
                    "joined": when(ms.joined_at), "left": when(ms.left_at)} for ms in member.memberships],
        "answers_to_reminders": [{"session": r.session_id, "answer": r.answer, "at": when(r.answered_at)}
                                 for r in db.scalars(select(Rsvp).where(Rsvp.member_id == member.id))],
        "attendance": [{"session": a.session_id, "present": a.present, "recorded": when(a.recorded_at)}
                       for a in db.scalars(select(Attendance).where(Attendance.member_id == member.id))],
        "check_ins": [{"session": c.session_id, "answer": c.answer, "at": when(c.answered_at)}
                      for c in db.scalars(select(CheckIn).where(CheckIn.member_id == member.id))],
        "follow_ups": [{"reason": f.reason, "status": f.status, "outcome": f.outcome, "at": when(f.created_at)}
                       for f in db.scalars(select(FollowUp).where(FollowUp.member_id == member.id))],
        "wishes": [{"question": w.question, "activity": w.activity, "text": w.text, "voice": w.voice,
                    "at": when(w.created_at)} for w in db.scalars(select(Wish).where(Wish.member_id == member.id))],
        "votes": [{"vote": b.vote_id, "option": b.option, "at": when(b.cast_at)}
                  for b in db.scalars(select(Ballot).where(Ballot.member_id == member.id))],
        "buddies": [{"group": groups.get(p.group_id, ""), "as": "buddy" if p.buddy_id == member.id else "member",
                     "agreed": p.consent} for p in db.scalars(select(BuddyPair).where(
                         (BuddyPair.member_id == member.id) | (BuddyPair.buddy_id == member.id)))],
        "messages_kept": {
            "from_you": db.scalar(select(func.count(InboundEvent.id)).where(InboundEvent.member_id == member.id)) or 0,
            "to_you": db.scalar(select(func.count(OutboxMessage.id)).where(OutboxMessage.member_id == member.id)) or 0,
        },
    }
