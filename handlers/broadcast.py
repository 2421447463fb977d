"""Facilitator broadcasts: one message (text, photo or voice note, or a ready-made announcement) to
every member of the group, or only to those coming to the next meeting.

The leader first picks who gets it, then writes (or picks a ready-made message, which every member
gets in their own language), sees a preview with how many people it reaches in which languages,
may add a version per language, and confirms.  Each member gets their version once (a dedupe key
per broadcast and member); members without a smartphone are listed for the leader to call; a
linked Telegram group chat gets the group's main language.  Nobody sees anyone's number, and a
reply to a broadcast reaches the leaders only, through the relay.
"""
from __future__ import annotations

import secrets

from sqlalchemy import select

from bot.core.i18n import LOCALES, native_name
from bot.core.messages import Choice, Media, Outbound
from bot.core.spoken import has_voice
from handlers import auth
from handlers.base import Context
from storage import queries
from storage.models import Group, Meeting, Member, Rsvp

# Ready-made announcements: a Fluent message `bc-ready-<key>` (and a label `bc-ready-<key>-label`)
# in every locale; the first three are about the next meeting and need one.
READY = ("cancelled", "place", "bring", "ramadan", "eid", "christmas", "newyear", "ketikoti", "divali", "summer")
ABOUT_NEXT_MEETING = frozenset({"cancelled", "place", "bring"})
READY_IDS = tuple(f"bc-ready-{key}" for key in READY) + tuple(f"bc-ready-{key}-label" for key in READY)


def _group(ctx: Context, ref: object) -> Group | None:
    return auth.group_if_allowed(ctx.db, ctx.member, str(ref), "broadcast.send")


def _next_meeting(ctx: Context, group: Group) -> Meeting | None:
    upcoming = queries.group_sessions(ctx.db, group.id, since=ctx.now(), statuses=("planned",))
    return upcoming[0] if upcoming else None


def _draft(ctx: Context) -> dict | None:
    assert ctx.member is not None
    waiting = ctx.waiting(ctx.member)
    if waiting is None or waiting[0] not in ("bc-compose", "bc-version"):
        return None
    return waiting[1]


def on_broadcast(ctx: Context, args: list[str]) -> list[Outbound]:
    """bc:start:<group>, bc:to:<group>:all|coming, bc:ready:<key>, bc:version, bc:vlang:<locale>,
    bc:send, bc:cancel."""
    member = ctx.member
    assert member is not None
    action = args[0] if args else ""
    if action == "cancel":
        ctx.done_waiting(member)
        return [ctx.reply("bc-cancelled")]
    if action == "start":
        group = _group(ctx, args[1] if len(args) > 1 else "")
        if group is None:
            return [auth.refuse(ctx)]
        choices = [Choice(f"bc:to:{group.id}:all", "bc-everyone", "👥")]
        if _next_meeting(ctx, group) is not None:
            choices.append(Choice(f"bc:to:{group.id}:coming", "bc-coming", "✅"))
        choices.append(Choice("bc:cancel", "cancel", "✖️"))
        return [ctx.reply("bc-ask-audience", {"group": group.name}, choices=tuple(choices))]
    if action == "to" and len(args) == 3 and args[2] in ("all", "coming"):
        group = _group(ctx, args[1])
        if group is None:
            return [auth.refuse(ctx)]
        ctx.wait_for(member, "bc-compose", {"group": group.id, "audience": args[2], "id": secrets.token_hex(6),
                                            "versions": {}})
        ready = tuple(Choice(f"bc:ready:{key}", f"bc-ready-{key}-label") for key in READY)
        return [ctx.reply("bc-ask-content", {"group": group.name}, choices=ready + (Choice("bc:cancel", "cancel", "✖️"),))]
    data = _draft(ctx)
    if data is None:
        return [ctx.reply("button-expired")]
    group = _group(ctx, data.get("group", ""))
    if group is None:
        ctx.done_waiting(member)
        return [auth.refuse(ctx)]
    if action == "ready" and len(args) == 2 and args[1] in READY:
        if args[1] in ABOUT_NEXT_MEETING and _next_meeting(ctx, group) is None:
            return [ctx.reply("bc-needs-meeting")]
        data.update(ready=args[1], text="", media=None, versions={})
        ctx.wait_for(member, "bc-compose", data)
        return preview(ctx, group, data)
    if action == "version":
        if data.get("ready") or not data.get("text"):
            return [ctx.reply("bc-version-not-needed")]
        reach, _call = _reachable(ctx, recipients(ctx, group, data.get("audience", "all")))
        languages = [loc for loc in _languages(group, reach) if loc != member.language] or list(LOCALES)
        return [ctx.reply("bc-ask-version-language", choices=tuple(
            Choice(f"bc:vlang:{loc}", text=native_name(loc)) for loc in languages))]
    if action == "vlang" and len(args) == 2 and args[1] in LOCALES and data.get("text"):
        data["vlang"] = args[1]
        ctx.wait_for(member, "bc-version", data)
        return [ctx.reply("bc-ask-version-text", {"language": native_name(args[1])},
                          choices=(Choice("bc:cancel", "cancel", "✖️"),))]
    if action == "send" and (data.get("text") or data.get("media") or data.get("ready")):
        ctx.done_waiting(member)
        return send(ctx, group, data)
    return [ctx.reply("button-expired")]


def on_input(ctx: Context, question: str, data: dict) -> list[Outbound]:
    """The leader's message (text, photo, voice), or the text of one language's version."""
    member, inbound = ctx.member, ctx.inbound
    assert member is not None and inbound is not None
    group = _group(ctx, data.get("group", ""))
    if group is None:
        ctx.done_waiting(member)
        return [auth.refuse(ctx)]
    text = inbound.text.strip()
    if question == "bc-version":
        if not text:
            return [ctx.reply("empty-message")]
        data.setdefault("versions", {})[data.pop("vlang", member.language)] = text
        ctx.wait_for(member, "bc-compose", data)
        return preview(ctx, group, data)
    media = next((m for m in inbound.media if m.kind in ("photo", "voice", "audio")), None)
    if not text and media is None:
        return [ctx.reply("empty-message")]
    data.update(text=text, media=media.to_json() if media else None, ready=None)
    ctx.wait_for(member, "bc-compose", data)
    return preview(ctx, group, data)


# -- who gets it, and what ------------------------------------------------------------------------
def recipients(ctx: Context, group: Group, audience: str) -> list[Member]:
    """Everyone in the group but the sender (or those who said they are coming), minus who stopped."""
    assert ctx.member is not None
    people = [m for m in queries.group_members(ctx.db, group.id) if m.id != ctx.member.id and not m.opted_out
              and m.consent_at is not None]
    if audience == "coming":
        meeting = _next_meeting(ctx, group)
        coming = set(ctx.db.scalars(select(Rsvp.member_id).where(
            Rsvp.session_id == meeting.id, Rsvp.answer == "yes"))) if meeting is not None else set()
        people = [m for m in people if m.id in coming]
    return people


def _reachable(ctx: Context, people: list[Member]) -> tuple[list[Member], list[Member]]:
    """(who gets a message, who has no smartphone or address and needs a call)."""
    reach, call = [], []
    for m in people:
        (call if m.phone_only or queries.primary_address(ctx.db, m.id) is None else reach).append(m)
    return reach, call


def _languages(group: Group, reach: list[Member]) -> list[str]:
    """The recipients' languages, the group's own first."""
    return sorted({m.language for m in reach}, key=lambda loc: (loc != group.language, loc))


def _intent(ctx: Context, group: Group, data: dict, version: str, **where) -> Outbound:  # noqa: ANN003
    """The broadcast as one recipient gets it (their language's version, else the leader's text)."""
    assert ctx.member is not None
    media = Media.from_json(data["media"]) if data.get("media") else None
    ready = data.get("ready")
    if ready:
        meeting = _next_meeting(ctx, group)
        args: dict = {"group": group.name, **group.dates}
        if meeting is not None:
            args.update(date=meeting.starts_at, place=meeting.place or "none")
        else:
            args.update(date="—", place="none")
        return Outbound(f"bc-ready-{ready}", args, kind="broadcast", **where)
    text = (data.get("versions") or {}).get(version) or data.get("text") or ""
    message_id = "broadcast-message" if text else "broadcast-media"
    return Outbound(message_id, {"group": group.name, "name": ctx.member.display_name, "text": text},
                    media=media, kind="broadcast", **where)


def preview(ctx: Context, group: Group, data: dict) -> list[Outbound]:
    """What members will get (in the leader's language), and to whom, with send / add a language / cancel."""
    member = ctx.member
    assert member is not None and ctx.inbound is not None
    reach, call = _reachable(ctx, recipients(ctx, group, data.get("audience", "all")))
    shown = _intent(ctx, group, data, member.language, member_id=member.id)
    out = [ctx.reply("bc-preview-title"),
           Outbound(shown.message_id, shown.args, member_id=member.id, media=shown.media, kind="reply",
                    channel=ctx.inbound.channel, address=ctx.inbound.address)]
    own_versions = data.get("versions") or {}
    for loc in sorted(own_versions):  # every version she wrote, not only the one in her language
        if loc != member.language:
            out.append(ctx.reply("bc-preview-version", {"language": native_name(loc), "text": own_versions[loc]}))
    languages = _languages(group, reach)
    versions = ", ".join(native_name(loc) for loc in sorted(own_versions))
    choices = [Choice("bc:send", "bc-send", "📣")]
    if not data.get("ready"):
        choices.append(Choice("bc:version", "bc-add-version", "🌐"))
    choices.append(Choice("bc:cancel", "cancel", "✖️"))
    if data.get("text") and not data.get("ready"):  # who will read her words in a language they did not choose
        for loc in languages:
            readers = [m.display_name for m in reach if m.language == loc]
            if loc != member.language and loc not in own_versions:
                out.append(ctx.reply("bc-no-version", {"names": readers, "count": len(readers),
                                                       "language": native_name(loc)},
                                     choices=(Choice(f"bc:vlang:{loc}", text=f"🌐 {native_name(loc)}"),)))
    media_kind = (data.get("media") or {}).get("kind")
    if not data.get("ready") and media_kind not in ("voice", "audio"):  # her own words are not spoken
        listeners = [m.display_name for m in reach if m.voice and has_voice(m.language)]
        if listeners:
            out.append(ctx.reply("bc-no-voice", {"names": listeners, "count": len(listeners)}))
    out.append(ctx.reply("bc-summary", {
        "count": len(reach), "languages": ", ".join(native_name(loc) for loc in languages) or "—",
        "versions": versions or "none", "phone": ", ".join(m.display_name for m in call) or "none",
        "chat": "yes" if group.telegram_chat and data.get("audience") == "all" else "no",
    }, choices=tuple(choices)))
    return out


def send(ctx: Context, group: Group, data: dict) -> list[Outbound]:
    """Every recipient gets their version once; the leader hears how many, and whom to call."""
    member = ctx.member
    assert member is not None
    reach, call = _reachable(ctx, recipients(ctx, group, data.get("audience", "all")))
    to_chat = bool(group.telegram_chat) and data.get("audience") == "all"
    if not reach and not call and not to_chat:
        return [ctx.reply("bc-nobody")]
    broadcast_id = data.get("id") or secrets.token_hex(6)
    out = [_intent(ctx, group, data, m.language, member_id=m.id, dedupe_key=f"bc:{broadcast_id}:{m.id}")
           for m in reach]
    if to_chat:
        out.append(_intent(ctx, group, data, group.language, channel="telegram", address=group.telegram_chat,
                           locale=group.language, dedupe_key=f"bc:{broadcast_id}:chat"))
    what = f"ready:{data['ready']}" if data.get("ready") else (data.get("media") or {}).get("kind", "text")
    queries.audit(ctx.db, ctx.now(), "broadcast-sent", actor_id=member.id, group_id=group.id, to=len(reach),
                  audience=data.get("audience", "all"), what=what, versions=sorted(data.get("versions") or {}))
    out.append(ctx.reply("bc-sent", {"count": len(reach)}))
    if call:
        lines = "\n".join(f"📵 {m.display_name}" + (f" · {m.call_number}" if m.call_number else "") for m in call)
        out.append(ctx.reply("bc-call-these", {"count": len(call), "lines": lines}))
    return out
