"""Channel-neutral message types: what comes in (`Inbound`) and what handlers want sent (`Outbound`).

Adapters turn platform payloads into a frozen `Inbound` at the edge; handlers return `Outbound`
intents that name a Fluent message id and its arguments; each adapter renders the intent for its
platform when it is sent.  Arguments stay JSON-safe: datetimes are encoded by `encode_args`.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Mapping

# Kinds of outbound messages and their priority in the sender (lower goes first): replies to a
# person's own message go before bulk.
PRIORITY = {
    "reply": 0,
    "onboarding": 0,
    "relay": 1,
    "notice": 2,
    "reminder": 5,
    "broadcast": 6,
}
# An answer to someone who is not a member (a stranger, or someone who just had their data erased)
# goes after what members are waiting for (their replies, relays, notices) and before bulk: a crowd
# of strangers writing to a public number cannot hold up a group's answers.
STRANGER_PRIORITY = 3
# Notices that, when several wait for one person, go as one message: message id -> (the message
# that tells them together, the argument collected into its list `names`, the arguments that must be
# the same).  A leader told of a hundred joins gets "Fatima, Aisha and 98 others joined …".
TOLD_TOGETHER: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "member-joined": ("members-joined", "name", ("group",)),
}
# Kinds that may reach a member who has not consented or who opted out: only answers to what
# that person just sent, and the onboarding questions they asked for.
ALWAYS_ALLOWED_KINDS = frozenset({"reply", "onboarding"})


@dataclass(frozen=True)
class Media:
    """A voice note, photo, audio or document: a reference the adapters know how to fetch."""

    kind: str  # voice | photo | audio | video | document
    ref: str  # a channel file id, a URL or a stored media token
    content_type: str = ""
    duration: int | None = None  # seconds, for voice and audio

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "ref": self.ref, "content_type": self.content_type, "duration": self.duration}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> "Media":
        return cls(data["kind"], data["ref"], data.get("content_type", ""), data.get("duration"))


# The media of an outbox row that speaks its message: the sender makes the voice note when it sends.
SPEAK = Media("voice", "speak:", "audio/ogg")


@dataclass(frozen=True)
class Choice:
    """One answer a person can give with a tap: a payload, and a label (a Fluent id or literal text)."""

    payload: str
    label_id: str | None = None
    emoji: str = ""
    text: str | None = None  # a literal label, e.g. a language in its own name and script
    args: Mapping[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"payload": self.payload, "label_id": self.label_id, "emoji": self.emoji,
                "text": self.text, "args": encode_args(self.args)}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> "Choice":
        return cls(data["payload"], data.get("label_id"), data.get("emoji", ""), data.get("text"),
                   data.get("args") or {})


@dataclass(frozen=True)
class Inbound:
    """One message or tap from a person, as every channel reports it."""

    channel: str  # telegram | whatsapp | console
    address: str  # chat id, "whatsapp:+31…", or a console name
    external_id: str  # update_id / MessageSid / console counter: for deduplication
    received_at: dt.datetime
    text: str = ""
    choice: str | None = None  # a button or poll payload
    media: tuple[Media, ...] = ()
    language_hint: str | None = None
    profile_name: str | None = None
    reply_to: str | None = None  # provider id of the message this answers, where the platform says
    contact_phone: str | None = None  # a number the person shared themselves (Telegram contact button)
    poll_id: str | None = None  # a native poll answer: which poll …
    poll_options: tuple[int, ...] = ()  # … and which options (empty: the vote was taken back)
    chat: str | None = None  # a group chat the message was sent in (the address is then the sender)


@dataclass(frozen=True)
class Outbound:
    """An intent to send one message: to a member, or to a bare channel address (a stranger)."""

    message_id: str
    args: Mapping[str, Any] = field(default_factory=dict)
    member_id: int | None = None
    channel: str | None = None
    address: str | None = None
    locale: str | None = None  # for a bare address; members are rendered in their current language
    choices: tuple[Choice, ...] = ()
    media: Media | None = None
    kind: str = "reply"
    dedupe_key: str | None = None
    remember_choices: bool = True  # number answers map to these choices until the next question
    poll: bool = False  # a vote: a native poll where the platform has one, else the usual choices
    request_contact: bool = False  # ask the person to share their own number (Telegram contact button)
    speak: bool = False  # a voice note goes with it whether or not she has voice on (the voice question)

    def __post_init__(self) -> None:
        if self.member_id is None and not (self.channel and self.address):
            raise ValueError("an Outbound needs a member or a channel address")
        if self.kind not in PRIORITY:
            raise ValueError(f"unknown outbound kind {self.kind!r}")

    @property
    def priority(self) -> int:
        if self.member_id is None and self.kind == "reply":
            return STRANGER_PRIORITY
        return PRIORITY[self.kind]


@dataclass(frozen=True)
class Rendered:
    """An outbound message rendered for one person: text, choice labels, optional media."""

    text: str
    choices: tuple[tuple[str, str], ...] = ()  # (payload, label)
    media: Media | None = None
    locale: str = "nl"
    rtl: bool = False
    how_to_answer: str = ""  # one line on answering with a number, for channels without buttons
    poll: bool = False
    request_contact: bool = False
    template: tuple[str, dict[str, str]] | None = None  # an approved template: (content id, variables)
    status_ref: str | None = None  # the outbox row it goes out for: named in the platform's delivery reports


_DT_TAG = "$datetime"
_DATE_TAG = "$date"


def encode_args(args: Mapping[str, Any]) -> dict[str, Any]:
    """Make message arguments JSON-safe; aware datetimes are kept as tagged ISO strings."""
    out: dict[str, Any] = {}
    for key, value in args.items():
        if isinstance(value, dt.datetime):
            if value.tzinfo is None:
                raise ValueError(f"argument {key!r} is a naive datetime")
            out[key] = {_DT_TAG: value.isoformat()}
        elif isinstance(value, dt.date):  # a day (away until): written as the reader's language writes a day
            out[key] = {_DATE_TAG: value.isoformat()}
        elif isinstance(value, (str, int, float, bool)) or value is None:
            out[key] = value
        elif isinstance(value, (list, tuple)) and all(isinstance(v, (str, int)) for v in value):
            out[key] = list(value)  # names, written as the reader's language writes a list
        else:
            raise TypeError(f"argument {key!r} of type {type(value).__name__} is not JSON-safe")
    return out


def decode_args(args: Mapping[str, Any]) -> dict[str, Any]:
    """The inverse of `encode_args`."""
    out: dict[str, Any] = {}
    for key, value in (args or {}).items():
        if isinstance(value, dict) and _DT_TAG in value:
            out[key] = dt.datetime.fromisoformat(value[_DT_TAG])
        elif isinstance(value, dict) and _DATE_TAG in value:
            out[key] = dt.date.fromisoformat(value[_DATE_TAG])
        else:
            out[key] = value
    return out
