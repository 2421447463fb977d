"""A Telegram group chat linked to a samen group, for members who choose to see each other there.

The facilitator asks for a link code in their menu, adds the bot to the Telegram group and sends
`/link <code>` there (with privacy mode on, the bot only sees commands in groups).  From then on
announcements also go to that chat, in the group's main language; polls there are anonymous.  The
bot never adds anyone to a chat and never reads the chatter; 1:1 chats stay the default.
"""
from __future__ import annotations

from bot.core.messages import Choice, Outbound
from handlers import auth
from handlers.base import Context
from storage import queries
from storage.models import Group

LINK_ROLE = "link"  # an invite row with this role is a one-time code to link a chat


def on_link(ctx: Context, args: list[str]) -> list[Outbound]:
    """link:code:<group> makes a code; link:unlink:<group> ends the link."""
    member = ctx.member
    assert member is not None
    action = args[0] if args else ""
    group = auth.group_if_allowed(ctx.db, member, args[1] if len(args) == 2 else "", "group.link_chat")
    if group is None or action not in ("code", "unlink"):
        return [auth.refuse(ctx)]
    if action == "unlink":
        if group.telegram_chat is None:
            return [ctx.reply("link-none")]
        chat, group.telegram_chat = group.telegram_chat, None
        queries.audit(ctx.db, ctx.now(), "chat-unlinked", actor_id=member.id, group_id=group.id)
        return [ctx.reply("link-unlinked", {"group": group.name}),
                Outbound("chat-unlinked", {"group": group.name}, channel="telegram", address=chat,
                         locale=group.language, kind="notice")]
    invite = queries.create_invite(ctx.db, organisation_id=group.organisation_id, group_id=group.id, role=LINK_ROLE,
                                   now=ctx.now(), days=1, uses=1, created_by=member.id, rng=ctx.rng)
    queries.audit(ctx.db, ctx.now(), "chat-link-code", actor_id=member.id, group_id=group.id)
    choices = (Choice(f"link:unlink:{group.id}", "link-unlink", "✂️"),) if group.telegram_chat else ()
    return [ctx.reply("link-howto", {"group": group.name, "code": invite.code,
                                     "linked": "yes" if group.telegram_chat else "no"}, choices=choices)]


def in_chat(ctx: Context, command: tuple[str, str] | None) -> list[Outbound]:
    """A command sent in a Telegram group chat: `/link CODE`, `/unlink`, or anything else (one line
    on what the bot does there).  Answers go to the chat, in the group's or the sender's language."""
    inbound = ctx.inbound
    assert inbound is not None and inbound.chat is not None
    linked = queries.group_by_chat(ctx.db, inbound.chat)
    name, argument = command or ("", "")

    def say(message_id: str, in_language_of: Group | None = None, **args: object) -> Outbound:
        locale = in_language_of.language if in_language_of is not None else (
            ctx.member.language if ctx.member else None)
        return Outbound(message_id, dict(args), channel=inbound.channel, address=inbound.chat,
                        locale=locale or ctx.locale, kind="reply")

    if name == "link":
        invite = queries.find_invite(ctx.db, argument) if argument else None
        if invite is None or invite.role != LINK_ROLE or invite.uses_left <= 0 or invite.expires_at <= ctx.now() \
                or invite.group_id is None:
            return [say("chat-link-bad-code")]
        group = ctx.db.get(Group, invite.group_id)
        if group is None or not auth.allowed(ctx.db, ctx.member, "group.link_chat", group.id):
            return [say("chat-link-leaders-only", group)]
        if linked is not None and linked.id != group.id:
            return [say("chat-link-taken", group, other=linked.name)]
        group.telegram_chat = inbound.chat
        invite.uses_left -= 1
        queries.audit(ctx.db, ctx.now(), "chat-linked", actor_id=ctx.member.id if ctx.member else None,
                      group_id=group.id)
        return [say("chat-linked", group, group=group.name)]
    if name == "unlink":
        if linked is None:
            return [say("chat-not-linked")]
        if not auth.allowed(ctx.db, ctx.member, "group.link_chat", linked.id):
            return [say("chat-link-leaders-only", linked)]
        linked.telegram_chat = None
        queries.audit(ctx.db, ctx.now(), "chat-unlinked", actor_id=ctx.member.id if ctx.member else None,
                      group_id=linked.id)
        return [say("chat-unlinked", linked, group=linked.name)]
    return [say("chat-what-i-do", linked)]
