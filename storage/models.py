"""SQLAlchemy 2 typed models: organisations, groups, members and their addresses, memberships,
invites, sessions, timers, the outbox, inbound events and audit events.

A member's id is internal and never a phone number; phone numbers live only in channel addresses
(to deliver) and in `Member.call_number` (only with the member's permission).

One module of this length: the tables reference each other (relationships name classes by name),
and the migrations are checked against this one metadata (`test_migrations_match_the_models`).
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (JSON, Boolean, Date, DateTime, ForeignKey, Index, Integer, LargeBinary, String, UniqueConstraint, event, false,
                        text)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

UTC = dt.timezone.utc


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Aware UTC datetimes on every backend (SQLite keeps no zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored")
        return value.astimezone(UTC)

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    type_annotation_map = {dt.datetime: UTCDateTime, dict[str, Any]: JSON, list[Any]: JSON}


ROLES = ("coordinator", "facilitator", "buddy", "participant")


class Organisation(Base):
    __tablename__ = "organisations"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[dt.datetime]
    # Reminder calls plus SMS segments a month, at most (None: the service's default, SAMEN_PHONE_LIMIT).
    phone_limit: Mapped[int | None] = mapped_column(Integer)
    groups: Mapped[list["Group"]] = relationship(back_populates="organisation")


class Group(Base):
    __tablename__ = "groups"
    __table_args__ = (UniqueConstraint("organisation_id", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(8), default="nl")  # the group's main language
    languages: Mapped[str] = mapped_column(String(80), default="nl")  # all its languages, main first
    city: Mapped[str | None] = mapped_column(String(120))
    region: Mapped[str | None] = mapped_column(String(10))  # noord | midden | zuid (school holidays)
    traditions: Mapped[str] = mapped_column(String(200), default="dutch")  # comma separated
    timezone: Mapped[str] = mapped_column(String(64), default="Europe/Amsterdam")
    # A regional variant of its language whose month names its dates use: "ar_MA" (Arabic (Morocco):
    # شتنبر، دجنبر) for a group of Moroccan members; None for the language's own.
    language_variant: Mapped[str | None] = mapped_column(String(16))
    created_at: Mapped[dt.datetime]
    # Scheduling: the group's own policies per observance key, declared breaks, custom dates, the
    # mosque's shift of Islamic dates, and the secret of its calendar feed.
    policies: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    breaks: Mapped[list[Any]] = mapped_column(JSON, default=list)
    custom_dates: Mapped[list[Any]] = mapped_column(JSON, default=list)
    islamic_shift: Mapped[int] = mapped_column(Integer, default=0)
    # Reminders: {"day_before": "10:00", "hours_before": 2, "quiet": ["21:00", "08:00"]} (defaults if absent)
    reminders: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # a leader's standing greeting that goes with every reminder (a meeting's own voice note wins)
    greeting_voice: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    calendar_token: Mapped[str | None] = mapped_column(String(64), unique=True)
    # A Telegram group chat the facilitator linked (`/link <code>`): announcements also go there.
    telegram_chat: Mapped[str | None] = mapped_column(String(40), unique=True)
    organisation: Mapped[Organisation] = relationship(back_populates="groups")

    @property
    def dates(self) -> dict[str, str]:
        """The message arguments that make a date read as this group reads it: its time zone and
        its regional variant (see `bot.core.i18n.Catalog`)."""
        return {"tz": self.timezone, **({"dates": self.language_variant} if self.language_variant else {})}


class Member(Base):
    __tablename__ = "members"
    id: Mapped[int] = mapped_column(primary_key=True)
    display_name: Mapped[str] = mapped_column(String(120))
    language: Mapped[str] = mapped_column(String(8), default="nl")
    language_chosen: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_at: Mapped[dt.datetime | None]
    opted_out: Mapped[bool] = mapped_column(Boolean, default=False)
    phone_only: Mapped[bool] = mapped_column(Boolean, default=False)
    may_call: Mapped[bool | None] = mapped_column(Boolean)  # None: not asked yet
    call_number: Mapped[str | None] = mapped_column(String(40))  # only with the member's permission
    # A member without a smartphone agreed (through her leader) to reminders by an automatic "call"
    # or by "sms" at `call_number`; None: her leader reminds her.
    reminded_by: Mapped[str | None] = mapped_column(String(8))
    created_at: Mapped[dt.datetime]
    # A leader paused this member's messages to the leaders (abuse); taps and reminders still work.
    paused: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Her messages come as text and as a voice note in her language (she reads little); None: not asked.
    voice: Mapped[bool | None] = mapped_column(Boolean)
    # Away (travelling, in hospital, with family abroad) from one day until the day she is back
    # (not included): no reminders, check-ins or "we missed you" for meetings in between.
    away_from: Mapped[dt.date | None] = mapped_column(Date)
    away_until: Mapped[dt.date | None] = mapped_column(Date)
    # The question this member was last asked: number answers map onto its choices.
    question: Mapped[str | None] = mapped_column(String(80))
    question_choices: Mapped[list[Any] | None]
    question_data: Mapped[dict[str, Any] | None]
    question_until: Mapped[dt.datetime | None]
    addresses: Mapped[list["ChannelAddress"]] = relationship(
        back_populates="member", cascade="all, delete-orphan", passive_deletes=True)
    memberships: Mapped[list["Membership"]] = relationship(
        back_populates="member", cascade="all, delete-orphan", passive_deletes=True)


class ChannelAddress(Base):
    __tablename__ = "channel_addresses"
    __table_args__ = (UniqueConstraint("channel", "address"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    channel: Mapped[str] = mapped_column(String(20))
    address: Mapped[str] = mapped_column(String(120))
    unreachable: Mapped[bool] = mapped_column(Boolean, default=False)
    last_inbound_at: Mapped[dt.datetime | None]
    # the language of the chat's command menu as last set (Telegram), so it is set once per language
    menu_locale: Mapped[str | None] = mapped_column(String(10))
    created_at: Mapped[dt.datetime]
    member: Mapped[Member] = relationship(back_populates="addresses")


class Membership(Base):
    __tablename__ = "memberships"
    __table_args__ = (UniqueConstraint("member_id", "organisation_id", "group_id", "role"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"), index=True)
    group_id: Mapped[int | None] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    invite_id: Mapped[int | None] = mapped_column(ForeignKey("invites.id", ondelete="SET NULL"))
    joined_at: Mapped[dt.datetime]
    left_at: Mapped[dt.datetime | None]
    member: Mapped[Member] = relationship(back_populates="memberships")
    group: Mapped[Group | None] = relationship()


class Invite(Base):
    __tablename__ = "invites"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"), index=True)
    group_id: Mapped[int | None] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(20))
    expires_at: Mapped[dt.datetime]
    uses_left: Mapped[int] = mapped_column(Integer)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime]


OWN_NOTE = "text:"  # a meeting's note in its leader's own words (the other notes are message ids)


class Meeting(Base):
    """A planned session of a group (named Meeting to keep clear of the database session)."""

    __tablename__ = "sessions"
    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"), index=True)
    starts_at: Mapped[dt.datetime]
    ends_at: Mapped[dt.datetime | None]
    place: Mapped[str | None] = mapped_column(String(200))
    activity: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[list[Any]] = mapped_column(JSON, default=list)  # Fluent ids reminders show, or OWN_NOTE + text
    # the leader's own voice note that goes with this meeting's reminders: {"media": …, "by": member id}
    voice_note: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    moved_from: Mapped[dt.datetime | None]
    attendance_at: Mapped[dt.datetime | None]  # when the leader confirmed who was there
    status: Mapped[str] = mapped_column(String(20), default="planned")  # planned|held|cancelled
    created_at: Mapped[dt.datetime]


class Rsvp(Base):
    """A member's answer to a session's reminder: coming, not-coming or call (until it starts)."""

    __tablename__ = "rsvps"
    __table_args__ = (UniqueConstraint("session_id", "member_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    answer: Mapped[str] = mapped_column(String(12))
    answered_at: Mapped[dt.datetime]
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"))


class FollowUp(Base):
    """A task for the group leader: call this member (they asked), and its outcome."""

    __tablename__ = "followups"
    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    session_id: Mapped[int | None] = mapped_column(ForeignKey("sessions.id", ondelete="SET NULL"))
    reason: Mapped[str] = mapped_column(String(20))  # call-me | unwell | no-answer | missed | needs-help (a coordinator's)
    status: Mapped[str] = mapped_column(String(12), default="open")  # open | done
    outcome: Mapped[str | None] = mapped_column(String(20))  # reached | not-reached | needs-help
    created_at: Mapped[dt.datetime]
    done_at: Mapped[dt.datetime | None]


class BuddyPair(Base):
    """A buddy who keeps in touch with a member: the number only crosses after the member said yes."""

    __tablename__ = "buddy_pairs"
    __table_args__ = (UniqueConstraint("group_id", "buddy_id", "member_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"), index=True)
    buddy_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    consent: Mapped[bool | None] = mapped_column(Boolean)  # None: asked, not answered yet
    created_at: Mapped[dt.datetime]
    answered_at: Mapped[dt.datetime | None]


class WishRound(Base):
    """A round of the manual's three questions, started by a group leader."""

    __tablename__ = "wish_rounds"
    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"), index=True)
    started_by: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"))
    started_at: Mapped[dt.datetime]
    options: Mapped[list[Any]] = mapped_column(JSON, default=list)  # the leader's curated options so far


class Wish(Base):
    """One answer: an activity from the catalogue, a few words, a voice note (forwarded), or "not yet"."""

    __tablename__ = "wishes"
    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("wish_rounds.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    question: Mapped[int] = mapped_column(Integer)
    activity: Mapped[str | None] = mapped_column(String(40))
    text: Mapped[str | None] = mapped_column(String(300))
    voice: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime]


class Vote(Base):
    """A vote among 2-10 options (catalogue keys as `activity:<key>` or the leader's own words)."""

    __tablename__ = "votes"
    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"), index=True)
    options: Mapped[list[Any]] = mapped_column(JSON, default=list)
    deadline: Mapped[dt.datetime]
    status: Mapped[str] = mapped_column(String(12), default="open")  # open | tie | closed
    winner: Mapped[int | None] = mapped_column(Integer)
    session_id: Mapped[int | None] = mapped_column(ForeignKey("sessions.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime]


class Ballot(Base):
    __tablename__ = "ballots"
    __table_args__ = (UniqueConstraint("vote_id", "member_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    vote_id: Mapped[int] = mapped_column(ForeignKey("votes.id", ondelete="CASCADE"), index=True)
    # NULL once the member was erased: the vote still counts, anonymously.
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"), index=True)
    option: Mapped[int] = mapped_column(Integer)
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"))
    cast_at: Mapped[dt.datetime]


class Attendance(Base):
    """Who was at a session (pre-filled from the answers, confirmed by the leader)."""

    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("session_id", "member_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"), index=True)
    # NULL once the member was erased: the row stays as an anonymous count.
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"), index=True)
    present: Mapped[bool] = mapped_column(Boolean, default=False)
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"))
    recorded_at: Mapped[dt.datetime]


class CheckIn(Base):
    """The one button an absent member chose after a session: fine, unwell or call; nothing more."""

    __tablename__ = "checkins"
    __table_args__ = (UniqueConstraint("session_id", "member_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    answer: Mapped[str] = mapped_column(String(12))
    answered_at: Mapped[dt.datetime]


class Timer(Base):
    """Everything that happens later: kind, due time and ids as data; never a pickled callable."""

    __tablename__ = "timers"
    # only pending timers are ever looked for by due time or by session (migration 0006)
    __table_args__ = (Index("ix_timers_due", "due_at", sqlite_where=text("status = 'pending'"),
                            postgresql_where=text("status = 'pending'")),
                      Index("ix_timers_session", "session_id", sqlite_where=text("status = 'pending'"),
                            postgresql_where=text("status = 'pending'")))
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    due_at: Mapped[dt.datetime]
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # the session in `data`, as a column: replacing a session's timers must not read every timer
    session_id: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(12), default="pending")  # pending|done|failed|dropped
    dedupe_key: Mapped[str | None] = mapped_column(String(200), unique=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[dt.datetime]
    done_at: Mapped[dt.datetime | None]


OUTBOX_STATES = ("pending", "claimed", "sending", "sent", "failed", "unknown", "unreachable", "held", "suppressed",
                "merged")  # merged: told together with another row (`bot.core.messages.TOLD_TOGETHER`)


class OutboxMessage(Base):
    """One outbound intent, written in the same transaction as the state change that caused it."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_due", "status", "priority", "next_attempt_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[dt.datetime]
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"), index=True)
    channel: Mapped[str] = mapped_column(String(20))
    address: Mapped[str] = mapped_column(String(120))
    locale: Mapped[str | None] = mapped_column(String(8))
    message_id: Mapped[str] = mapped_column(String(80))
    args: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    choices: Mapped[list[Any]] = mapped_column(JSON, default=list)
    media: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    poll: Mapped[bool] = mapped_column(Boolean, default=False)
    request_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    kind: Mapped[str] = mapped_column(String(20))
    priority: Mapped[int] = mapped_column(Integer, default=0)
    dedupe_key: Mapped[str | None] = mapped_column(String(200), unique=True)
    status: Mapped[str] = mapped_column(String(12), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[dt.datetime]
    provider_id: Mapped[str | None] = mapped_column(String(120), index=True)
    error: Mapped[str | None] = mapped_column(String(200))
    sent_at: Mapped[dt.datetime | None]
    delivery_status: Mapped[str | None] = mapped_column(String(20))  # the platform's later report
    delivery_error: Mapped[str | None] = mapped_column(String(20))
    # times sent again because a stopped sender left its outcome unknown: each a possible double
    resent_in_doubt: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    # what it cost: 1 for a call placed, the segments of an SMS (None on the free channels)
    units: Mapped[int | None] = mapped_column(Integer)


class InboundEvent(Base):
    """Every inbound update, recorded once per (channel, external id) before it is acknowledged."""

    __tablename__ = "inbound_events"
    __table_args__ = (UniqueConstraint("channel", "external_id"),
                      Index("ix_inbound_events_address", "channel", "address", "received_at"),
                      # the few events still to handle, per person in order: found without reading history
                      Index("ix_inbound_events_pending", "channel", "address", "id",
                            sqlite_where=text("status = 'pending'"), postgresql_where=text("status = 'pending'")),
                      # the handling loop's queue, oldest first (without it: a scan of every event ever)
                      Index("ix_inbound_events_queue", "id",
                            sqlite_where=text("status = 'pending'"), postgresql_where=text("status = 'pending'")))
    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(String(20))
    external_id: Mapped[str] = mapped_column(String(120))
    address: Mapped[str | None] = mapped_column(String(120))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"), index=True)
    received_at: Mapped[dt.datetime]
    payload: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(12), default="pending")  # pending|done|failed
    processed_at: Mapped[dt.datetime | None]
    error: Mapped[str | None] = mapped_column(String(200))


class WhatsAppTemplate(Base):
    """An approved WhatsApp template (Twilio Content SID) for one message kind and locale."""

    __tablename__ = "whatsapp_templates"
    __table_args__ = (UniqueConstraint("kind", "locale"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    locale: Mapped[str] = mapped_column(String(8))
    content_sid: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[dt.datetime]


class MediaFile(Base):
    """A voice note or photo kept for a while so another channel can fetch it (`GET /media/{token}`)."""

    __tablename__ = "media_files"
    id: Mapped[int] = mapped_column(primary_key=True)
    token: Mapped[str] = mapped_column(String(64), unique=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    content_type: Mapped[str] = mapped_column(String(100))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime]
    expires_at: Mapped[dt.datetime]


class AuditEvent(Base):
    """Who did what to whom, without message bodies or numbers."""

    __tablename__ = "audit_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime]
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"))
    action: Mapped[str] = mapped_column(String(60))
    subject_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"))
    group_id: Mapped[int | None] = mapped_column(ForeignKey("groups.id", ondelete="SET NULL"))
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class Setting(Base):
    """A value samen keeps for itself, shared by every worker (the web page's signing key when
    SAMEN_SECRET_KEY is not set)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime]


class WebLogin(Base):
    """A one-time sign-in link for the web page (`kind` "link", sent in the chat) or the session it
    started (`kind` "session", named in the signed cookie).  Only a hash of the secret is kept."""

    __tablename__ = "web_logins"
    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(10))  # link | session
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[dt.datetime]
    expires_at: Mapped[dt.datetime]
    used_at: Mapped[dt.datetime | None]  # a link: when it started a session (once)
    ended_at: Mapped[dt.datetime | None]  # a session: signed out


class ProviderDeletion(Base):
    """A message to delete at the platform (Twilio keeps message logs) after a member's erasure.
    Only the platform's message id is kept: never who it was to or from."""

    __tablename__ = "provider_deletions"
    __table_args__ = (UniqueConstraint("channel", "provider_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(String(20))
    provider_id: Mapped[str] = mapped_column(String(120))
    status: Mapped[str] = mapped_column(String(12), default="pending")  # pending | done | failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[dt.datetime]
    created_at: Mapped[dt.datetime]
    done_at: Mapped[dt.datetime | None]
    error: Mapped[str | None] = mapped_column(String(200))


@event.listens_for(Timer, "before_insert")
def _timer_session(_mapper: Any, _connection: Any, timer: Timer) -> None:
    """Every timer about a session carries the session's id in its own column."""
    value = (timer.data or {}).get("session_id")
    if timer.session_id is None and isinstance(value, int):
        timer.session_id = value
