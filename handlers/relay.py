"""The relay: whatever a participant sends that answers no question reaches their facilitator(s)
with the participant's display name, and the facilitator can answer with "↩ Reply".

No phone number or account is shown in either direction: only display names cross.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select

from bot.core.i18n import native_name
from bot.core.messages import Choice, Outbound
from handlers import auth, leaders
from handlers.attendance import CHECKIN_FOR
from handlers.base import Context
from handlers.words import is_plea
from storage import queries
from storage.models import Group, Meeting, Member, OutboxMessage


def _recipients(ctx: Context, member: Member, memberships: Sequence[Any] | None = None) -> list[tuple[int, int, str]]:
    """(group id, facilitator's id, her language) for the member's groups; coordinators where a
    group has none.  `memberships`: the member's active memberships (rows of
    `queries.membership_rows`, or objects) when the caller has read them already."""
    if memberships is None:
        memberships = queries.membership_rows(ctx.db, member.id)
    found: list[tuple[int, int, str]] = []
    for ms in memberships:
        if ms.role not in ("participant", "buddy") or ms.group_id is None:
            continue
        staff = queries.facilitator_languages(ctx.db, ms.group_id, ctx.now().date())
        if not staff:  # no leader: the coordinators stand in
            staff = [(s.id, s.language) for s in leaders.members(ctx, ms.group_id)]
        found += [(ms.group_id, staff_id, language) for staff_id, language in staff if staff_id != member.id]
    return found


def relay_to_staff(ctx: Context, memberships: Sequence[Any] | None = None,
                   about: Meeting | None = None, checkin: Meeting | None = None, plea: bool = False) -> list[Outbound]:
    """Pass a participant's message on to the facilitator(s) and tell the participant (`memberships`:
    theirs, active, when already read).  `about`: the meeting whose reminder she has not answered;
    `checkin`: the meeting after which she was asked how she is and has not answered.  Her message
    may be the answer, so the leader gets it with that question and buttons to record it.  A plea
    (`plea`, or words that ask for help) is marked 🆘."""
    member, inbound = ctx.member, ctx.inbound
    assert member is not None and inbound is not None
    text = inbound.text.strip()
    if not text and not inbound.media:
        return [ctx.reply("empty-message")]
    recipients = _recipients(ctx, member, memberships)
    if not recipients:
        return [ctx.reply("relay-nobody")]
    out: list[Outbound] = []
    media = inbound.media[0] if inbound.media else None
    plea = bool(text) and (plea or is_plea(ctx))
    for group_id, staff_id, staff_language in recipients:
        group = queries.group_name(ctx.db, group_id) or ""
        message_id = ("relay-plea-from-member" if plea else "relay-from-member") if text else _media_message(media)
        args: dict[str, Any] = {"name": with_language(member, staff_language),
                                "group": group, "text": text, "from_member": member.id}
        choices = (Choice(f"relay:reply:{member.id}", "relay-reply-button", "↩"),)
        if about is not None and about.group_id == group_id and not plea and (text or _is_voice(media)):
            message_id = "relay-from-member-rsvp" if text else "relay-from-member-voice-rsvp"
            group_row = ctx.db.get(Group, group_id)
            args.update(date=about.starts_at, **(group_row.dates if group_row else {}))
            choices += tuple(Choice(f"rsvpfor:{about.id}:{member.id}:{answer}", f"rsvp-for-{answer}", emoji)
                             for answer, emoji in (("yes", "✅"), ("no", "❌"), ("call", "📞")))
        elif checkin is not None and checkin.group_id == group_id and not plea and (text or _is_voice(media)):
            message_id = "relay-from-member-checkin" if text else "relay-from-member-voice-checkin"
            group_row = ctx.db.get(Group, group_id)
            args.update(date=checkin.starts_at, **(group_row.dates if group_row else {}))
            choices += tuple(Choice(f"checkinfor:{checkin.id}:{member.id}:{answer}", label, emoji)
                             for answer, label, emoji in CHECKIN_FOR)
        out.append(Outbound(message_id, args, member_id=staff_id, kind="relay", media=media, choices=choices))
        for extra in inbound.media[1:]:
            out.append(Outbound("relay-from-member-media", {"name": args["name"], "group": group, "text": "",
                                                             "from_member": member.id},
                                member_id=staff_id, kind="relay", media=extra))
    queries.audit(ctx.db, ctx.now(), "relayed", actor_id=member.id, to=len(recipients))
    out.append(ctx.reply("relay-passed-on"))
    return out


def with_language(member: Member, reader_language: str) -> str:
    """A participant's name as her leader reads it: with her language when it is not the leader's
    ("Fatima · العربية"), so the leader knows in which language to answer."""
    if member.language == reader_language:
        return member.display_name
    return f"{member.display_name} · {native_name(member.language)}"


def _is_voice(media: object) -> bool:
    return getattr(media, "kind", "") in ("voice", "audio")


def _media_message(media: object) -> str:
    kind = getattr(media, "kind", "")
    return f"relay-from-member-{kind}" if kind in ("voice", "photo") else "relay-from-member-media"


def on_relay(ctx: Context, args: list[str]) -> list[Outbound]:
    """relay:reply:<member id> starts an answer; relay:cancel stops waiting."""
    member = ctx.member
    assert member is not None
    if args[:1] == ["cancel"]:
        ctx.done_waiting(member)
        return [ctx.reply("relay-reply-cancelled")]
    if args[:1] != ["reply"] or len(args) != 2 or not args[1].isdigit():
        return [ctx.reply("button-expired")]
    return start_reply(ctx, int(args[1]))


def start_reply(ctx: Context, target_id: int) -> list[Outbound]:
    """The facilitator's next message goes to this participant (until the reply window closes)."""
    member = ctx.member
    assert member is not None
    target = ctx.db.get(Member, target_id)
    if target is None or not _may_answer(ctx, member, target):
        return [ctx.reply("button-expired")]
    data: dict[str, Any] = {"to": target.id}
    earlier = ctx.waiting(member)
    if earlier is not None and earlier[0] != "relay-reply" and member.question_until is not None:
        # the attendance list or a wishes overview waits on: it is open again once the answer is sent
        data["then"] = [earlier[0], {k: v for k, v in earlier[1].items() if k != "then"},
                        member.question_until.isoformat()]
    ctx.wait_for(member, "relay-reply", data, ctx.policy.reply_window)
    out = [ctx.reply("relay-reply-prompt", {"name": with_language(target, member.language)},
                     choices=(Choice("relay:cancel", "cancel", "✖️"),))]
    if target.language != member.language:  # no translation: she knows how her words will arrive
        out.insert(0, ctx.reply("relay-reply-language", {"name": target.display_name,
                                                         "language": native_name(target.language)}))
    return out


def _may_answer(ctx: Context, staff: Member, target: Member) -> bool:
    return any(auth.allowed(ctx.db, staff, "relay.reply", ms.group_id)
               for ms in queries.memberships(ctx.db, target.id) if ms.group_id)


def send_reply(ctx: Context, data: dict[str, int], *, quoted: bool = False) -> list[Outbound]:
    """Deliver the facilitator's typed or spoken answer to the participant (after ↩ Reply, or
    `quoted` in a platform reply, which leaves any open question open)."""
    member, inbound = ctx.member, ctx.inbound
    assert member is not None and inbound is not None
    if not quoted:
        ctx.done_waiting(member)
    target = ctx.db.get(Member, int(data.get("to", 0)))
    if target is None or not _may_answer(ctx, member, target):
        return [ctx.reply("button-expired")]
    text = inbound.text.strip()
    if not text and not inbound.media:
        return [ctx.reply("empty-message")]
    if target.phone_only or queries.primary_address(ctx.db, target.id) is None:
        return [ctx.reply("relay-target-phone-only", {"name": target.display_name})]
    media = inbound.media[0] if inbound.media else None
    out = [Outbound("relay-from-facilitator" if text else "relay-from-facilitator-media",
                    {"name": member.display_name, "text": text}, member_id=target.id, kind="relay", media=media)]
    queries.audit(ctx.db, ctx.now(), "relay-answered", actor_id=member.id, subject_id=target.id)
    out.append(ctx.reply("relay-reply-sent", {"name": target.display_name}))
    return out


def reply_by_quote(ctx: Context) -> list[Outbound] | None:
    """A platform reply (quote) to a relayed message answers that participant; None if it is not one."""
    member, inbound = ctx.member, ctx.inbound
    if member is None or inbound is None or not inbound.reply_to:
        return None
    row = ctx.db.scalar(select(OutboxMessage).where(
        OutboxMessage.provider_id == inbound.reply_to, OutboxMessage.member_id == member.id,
        OutboxMessage.kind == "relay"))
    if row is None or not (row.args or {}).get("from_member"):
        return None
    return send_reply(ctx, {"to": int(row.args["from_member"])}, quoted=True)

