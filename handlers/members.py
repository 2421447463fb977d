"""Facilitators in chat: their menu, invites for their group, the member list (names and languages,
never numbers) and adding a member who has no smartphone.  Every action is checked by `auth`.
"""
from __future__ import annotations

import re
from urllib.parse import quote

from bot.core.i18n import LOCALES, Catalog, native_name
from bot.core.messages import Choice, Outbound
from bot.core.text import has_words
from handlers import auth
from handlers.base import Context
from storage import queries
from storage.models import Group, Member, Membership

_PHONE = re.compile(r"^\+?[0-9]{6,15}$")


def menu(ctx: Context) -> list[Outbound]:
    """The facilitator's menu; with several groups, first which group."""
    member = ctx.member
    assert member is not None
    groups = auth.managed_groups(ctx.db, member)
    if not groups:
        return [ctx.reply("menu-no-group")]
    if len(groups) > 1:
        return [Outbound("menu-pick-group", member_id=member.id, kind="reply", choices=tuple(
            Choice(f"menu:group:{g.id}", text=g.name) for g in groups[:10]))]
    return [group_menu(ctx, groups[0])]


def group_menu(ctx: Context, group: Group) -> Outbound:
    assert ctx.member is not None
    return Outbound("menu-title", {"group": group.name}, member_id=ctx.member.id, kind="reply", choices=(
        Choice(f"members:invite:{group.id}", "menu-invite", "➕"),
        Choice(f"members:list:{group.id}", "menu-members", "👥"),
        Choice(f"members:add:{group.id}", "menu-add-phone-only", "📵"),
        Choice(f"sched:start:{group.id}", "menu-schedule", "📅"),
        Choice(f"sess:list:{group.id}", "menu-sessions", "🗓"),
        Choice(f"sess:extra:{group.id}", "menu-extra-session", "➕"),
        Choice(f"buddy:pick:{group.id}", "menu-buddies", "🤝"),
        Choice(f"wish:start:{group.id}", "menu-wishes", "💡"),
        Choice(f"wish:results:{group.id}", "menu-vote", "🗳"),
    ))


def on_menu(ctx: Context, args: list[str]) -> list[Outbound]:
    """menu:group:<id> opens the menu of one group."""
    group = _checked_group(ctx, args[1] if len(args) == 2 and args[0] == "group" else "", "members.list")
    if group is None:
        return [ctx.reply("button-expired")]
    return [group_menu(ctx, group)]


def _checked_group(ctx: Context, ref: str, action: str) -> Group | None:
    return auth.group_if_allowed(ctx.db, ctx.member, ref, action)


def on_members(ctx: Context, args: list[str]) -> list[Outbound]:
    """members:invite|list|add:<group id>, members:lang:<locale>, members:skip, members:cancel."""
    member = ctx.member
    assert member is not None
    action = args[0] if args else ""
    if action == "cancel":
        ctx.done_waiting(member)
        return [ctx.reply("members-add-cancelled")]
    if action in ("lang", "skip"):
        waiting = ctx.waiting(member)
        if waiting is None or not waiting[0].startswith("members-add"):
            return [ctx.reply("button-expired")]
        data = waiting[1]
        if action == "lang" and len(args) == 2 and args[1] in LOCALES and waiting[0] == "members-add-language":
            data["language"] = args[1]
            ctx.wait_for(member, "members-add-number", data)
            return [ctx.reply("members-add-ask-number", {"name": data["name"]}, choices=(
                Choice("members:skip", "members-add-skip", "⏭"), Choice("members:cancel", "cancel", "✖️")))]
        if action == "skip" and waiting[0] == "members-add-number":
            return _add_phone_only(ctx, data, None)
        return [ctx.reply("button-expired")]
    needed = {"invite": "invite.participant", "list": "members.list", "add": "members.add_phone_only"}.get(action)
    group = _checked_group(ctx, args[1] if len(args) == 2 else "", needed) if needed else None
    if group is None:
        return [ctx.reply("button-expired")]
    if action == "invite":
        invite = queries.create_invite(ctx.db, organisation_id=group.organisation_id, group_id=group.id,
                                       role="participant", now=ctx.now(), days=ctx.policy.invite_days,
                                       uses=ctx.policy.invite_uses, created_by=member.id, rng=ctx.rng)
        queries.audit(ctx.db, ctx.now(), "invite-created", actor_id=member.id, group_id=group.id, role="participant")
        out = [ctx.reply("invite-created", {"code": invite.code, "group": group.name, "expires": invite.expires_at,
                                            "uses": invite.uses_left, "tz": group.timezone})]
        if ctx.policy.telegram_username:
            out.append(ctx.reply("invite-link", {"link": deep_link(ctx.policy.telegram_username, invite.code)}))
        if ctx.policy.whatsapp_number:
            link = whatsapp_link(ctx.catalog, ctx.policy.whatsapp_number, group.language, invite.code)
            out.append(ctx.reply("invite-link-whatsapp", {"link": link}))
        return out
    if action == "list":
        return [member_list(ctx, group)]
    ctx.wait_for(member, "members-add-name", {"group": group.id})
    return [ctx.reply("members-add-ask-name", {"group": group.name},
                      choices=(Choice("members:cancel", "cancel", "✖️"),))]


def deep_link(username: str, code: str) -> str:
    """The Telegram link that opens the bot and joins with the code in one tap."""
    return f"https://t.me/{username}?start={code}"


def whatsapp_link(catalog: Catalog, number: str, language: str, code: str) -> str:
    """`https://wa.me/<number>?text=<join word> <code>`, the join word in the group's language."""
    words = [w.strip() for w in catalog.format(language, "keyword-start").split(",") if w.strip()]
    join_word = words[0] if words else "start"
    return f"https://wa.me/{''.join(ch for ch in number if ch.isdigit())}?text={quote(f'{join_word} {code}')}"


def member_list(ctx: Context, group: Group) -> Outbound:
    """Names, languages and a few markers; never a number."""
    lines = []
    rows = queries.group_members(ctx.db, group.id)
    for i, m in enumerate(rows, start=1):
        roles = queries.role_in_group(ctx.db, m.id, group.id)
        marks = "".join([
            "⭐" if "facilitator" in roles else "",
            "📵" if m.phone_only else "",
            "📞" if m.may_call else "",
            "🔕" if m.opted_out else "",
            "⏳" if m.consent_at is None else "",
        ])
        lines.append(f"{i}. {m.display_name} · {native_name(m.language)} {marks}".rstrip())
    return ctx.reply("members-list", {"group": group.name, "count": len(rows), "lines": "\n".join(lines)})


def on_input(ctx: Context, question: str, data: dict) -> list[Outbound]:
    """Typed answers while adding a phone-only member: the name, then the number (or skip)."""
    member, inbound = ctx.member, ctx.inbound
    assert member is not None and inbound is not None
    text = inbound.text.strip()
    if question == "members-add-name":
        if not has_words(text) or len(text) > ctx.policy.max_name:
            return [ctx.reply("members-add-bad-name", {"max": ctx.policy.max_name},
                              choices=(Choice("members:cancel", "cancel", "✖️"),))]
        data["name"] = text
        ctx.wait_for(member, "members-add-language", data)
        return [ctx.reply("members-add-ask-language", {"name": text}, choices=tuple(
            Choice(f"members:lang:{loc}", text=native_name(loc)) for loc in LOCALES))]
    if question == "members-add-language":
        return [ctx.reply("members-add-ask-language", {"name": data.get("name", "")}, choices=tuple(
            Choice(f"members:lang:{loc}", text=native_name(loc)) for loc in LOCALES))]
    if question == "members-add-number":
        number = re.sub(r"[\s\-().]", "", text)
        if number.startswith("00"):
            number = "+" + number[2:]
        if not _PHONE.match(number):
            return [ctx.reply("members-add-bad-number", choices=(
                Choice("members:skip", "members-add-skip", "⏭"), Choice("members:cancel", "cancel", "✖️")))]
        return _add_phone_only(ctx, data, number)
    ctx.done_waiting(member)
    return []


def _add_phone_only(ctx: Context, data: dict, number: str | None) -> list[Outbound]:
    member = ctx.member
    assert member is not None
    ctx.done_waiting(member)
    group = ctx.db.get(Group, int(data.get("group", 0)))
    if group is None or not auth.allowed(ctx.db, member, "members.add_phone_only", group.id):
        return [ctx.reply("button-expired")]
    new = Member(display_name=data["name"], language=data.get("language", group.language), language_chosen=True,
                 phone_only=True, consent_at=ctx.now(), may_call=number is not None, call_number=number,
                 created_at=ctx.now())
    ctx.db.add(new)
    ctx.db.flush()
    ctx.db.add(Membership(member_id=new.id, organisation_id=group.organisation_id, group_id=group.id,
                          role="participant", joined_at=ctx.now()))
    queries.audit(ctx.db, ctx.now(), "phone-only-added", actor_id=member.id, subject_id=new.id, group_id=group.id)
    return [ctx.reply("members-add-done", {"name": new.display_name, "group": group.name,
                                           "language": native_name(new.language)})]
