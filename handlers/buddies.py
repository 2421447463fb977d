"""Buddies: the group leader names participants who offered to help and pairs each with a member
(same language first).  The member is asked, in their language, whether that buddy may call; the
buddy gets the number only after a yes, sees only the members assigned to them, and receives the
follow-up tasks about those members.
"""
from __future__ import annotations

from sqlalchemy import select

from bot.core.i18n import native_name
from bot.core.messages import Choice, Outbound
from handlers import auth, leaders
from handlers.base import Context
from storage import queries
from storage.models import BuddyPair, Member, Membership


def buddies_of(ctx: Context, member_id: int) -> list[Member]:
    """The buddies a member agreed to be called by."""
    return list(ctx.db.scalars(select(Member).join(BuddyPair, BuddyPair.buddy_id == Member.id).where(
        BuddyPair.member_id == member_id, BuddyPair.consent.is_(True))))


def on_buddy(ctx: Context, args: list[str]) -> list[Outbound]:
    """buddy:pick:<group>, buddy:b:<group>:<buddy>, buddy:m:<group>:<buddy>:<member>."""
    action = args[0] if args else ""
    group = auth.group_if_allowed(ctx.db, ctx.member, args[1] if len(args) > 1 else "", "buddies.assign")
    if group is None:
        return [ctx.reply("button-expired")]
    people = [m for m in queries.group_members(ctx.db, group.id, roles=("participant", "buddy")) if not m.phone_only]
    ids = {m.id: m for m in people}
    if action == "pick":
        return [ctx.reply("buddy-pick", choices=tuple(
            Choice(f"buddy:b:{group.id}:{m.id}", text=f"🤝 {m.display_name}") for m in people[:10]))]
    if action == "b" and len(args) == 3 and args[2].isdigit() and int(args[2]) in ids:
        buddy = ids[int(args[2])]
        if "buddy" not in queries.role_in_group(ctx.db, buddy.id, group.id):
            ctx.db.add(Membership(member_id=buddy.id, organisation_id=group.organisation_id, group_id=group.id,
                                  role="buddy", joined_at=ctx.now()))
        others = sorted((m for m in people if m.id != buddy.id), key=lambda m: (m.language != buddy.language,
                                                                                 m.display_name.lower()))
        return [ctx.reply("buddy-pick-member", {"buddy": buddy.display_name}, choices=tuple(
            Choice(f"buddy:m:{group.id}:{buddy.id}:{m.id}", text=f"{m.display_name} · {native_name(m.language)}")
            for m in others[:10]))]
    if action == "m" and len(args) == 4 and all(a.isdigit() for a in args[2:]) and \
            int(args[2]) in ids and int(args[3]) in ids and args[2] != args[3]:
        buddy, member = ids[int(args[2])], ids[int(args[3])]
        pair = ctx.db.scalar(select(BuddyPair).where(BuddyPair.group_id == group.id, BuddyPair.buddy_id == buddy.id,
                                                     BuddyPair.member_id == member.id))
        if pair is None:
            pair = BuddyPair(group_id=group.id, buddy_id=buddy.id, member_id=member.id, created_at=ctx.now())
            ctx.db.add(pair)
            ctx.db.flush()
        queries.audit(ctx.db, ctx.now(), "buddy-proposed", actor_id=ctx.member.id if ctx.member else None,
                      subject_id=member.id, group_id=group.id)
        return [ctx.reply("buddy-asked", {"member": member.display_name, "buddy": buddy.display_name}),
                Outbound("buddy-ask", {"buddy": buddy.display_name}, member_id=member.id, kind="notice",
                         dedupe_key=f"buddy-ask:{pair.id}:{ctx.now():%Y%m%d%H%M%S}", choices=(
                             Choice(f"buddyok:{pair.id}:yes", "buddy-yes", "✅"),
                             Choice(f"buddyok:{pair.id}:no", "buddy-no", "❌")))]
    return [ctx.reply("button-expired")]


def on_answer(ctx: Context, args: list[str]) -> list[Outbound]:
    """buddyok:<pair>:yes|no — only the member asked may answer."""
    member = ctx.member
    assert member is not None
    pair = ctx.db.get(BuddyPair, int(args[0])) if args and args[0].isdigit() else None
    if pair is None or pair.member_id != member.id or len(args) != 2 or args[1] not in ("yes", "no"):
        return [ctx.reply("button-expired")]
    pair.consent, pair.answered_at = args[1] == "yes", ctx.now()
    buddy = ctx.db.get(Member, pair.buddy_id)
    if buddy is None:
        return [ctx.reply("button-expired")]
    queries.audit(ctx.db, ctx.now(), "buddy-answer", subject_id=member.id, group_id=pair.group_id,
                  consent=pair.consent)
    names = {"member": member.display_name, "buddy": buddy.display_name}
    out = [Outbound("buddy-agreed" if pair.consent else "buddy-declined", {**names, **mark}, member_id=leader.id,
                    kind="notice") for leader, mark in leaders.of(ctx, pair.group_id)]
    if pair.consent:
        # the buddy gets the number only now, and only the number the member gave for calls
        phone = member.call_number or (ctx.inbound.address.split(":", 1)[1] if ctx.inbound and
                                       ctx.inbound.address.startswith("whatsapp:") else None)
        out.append(Outbound("buddy-assigned", {"member": member.display_name, "phone": phone or "none"},
                            member_id=buddy.id, kind="notice"))
        return [ctx.reply("buddy-thanks-yes")] + out
    return [ctx.reply("buddy-thanks-no")] + out
