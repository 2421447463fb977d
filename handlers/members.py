"""Facilitators in chat: their menu, invites for their group, the member list (names and languages,
never numbers) and adding a member who has no smartphone.  Every action is checked by `auth`.
"""
from __future__ import annotations

from urllib.parse import quote

import phonenumbers

from bot.core.i18n import LOCALES, Catalog, native_name
from bot.core.messages import Choice, Media, Outbound
from bot.core.spoken import has_voice
from bot.core.text import has_words
from handlers import auth, leaders
from handlers.base import Context
from handlers.groups import new_group_choices
from storage import queries
from storage.models import ChannelAddress, Group, Member, Membership

PHONE_REGION = "NL"  # a number written without a country code ("06 1234 5678") is Dutch


def phone_number(text: str, region: str = PHONE_REGION) -> str | None:
    """A phone number as people write it ("0612345678", "06-12345678", "0031 6 1234 5678",
    "+212 6…") in E.164 form, or None when it is not a valid number."""
    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(parsed):
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def menu(ctx: Context) -> list[Outbound]:
    """The facilitator's menu; with several groups, first which group."""
    member = ctx.member
    assert member is not None
    groups = auth.managed_groups(ctx.db, member)
    # a coordinator can start a group from here; everyone here can open the web page
    new = new_group_choices(ctx) + (Choice("web:link", "menu-web", "🖥"),)
    if not groups:
        return [ctx.reply("menu-no-group", choices=new)]
    if len(groups) > 1:
        return [Outbound("menu-pick-group", member_id=member.id, kind="reply", choices=tuple(
            Choice(f"menu:group:{g.id}", text=g.name) for g in groups[:9]) + new)]
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
        Choice(f"bc:start:{group.id}", "menu-broadcast", "📣"),
        Choice(f"link:code:{group.id}", "menu-link-chat", "🔗"),
        Choice(f"report:start:{group.id}", "menu-report", "📊"),
        *new_group_choices(ctx),
        Choice("web:link", "menu-web", "🖥"),
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
    if action in ("lang", "skip", "remind"):
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
        if action == "remind" and waiting[0] == "members-add-remind" and len(args) == 2 \
                and args[1] in ("call", "sms", "none") and data.get("number"):
            return _add_phone_only(ctx, data, data["number"], None if args[1] == "none" else args[1])
        return [ctx.reply("button-expired")]
    needed = {"invite": "invite.participant", "list": "members.list", "add": "members.add_phone_only"}.get(action)
    group = _checked_group(ctx, args[1] if len(args) == 2 else "", needed) if needed else None
    if group is None:
        return [ctx.reply("button-expired")]
    if action == "invite":
        return invite(ctx, group, "participant")
    if action == "list":
        return [member_list(ctx, group)]
    ctx.wait_for(member, "members-add-name", {"group": group.id})
    return [ctx.reply("members-add-ask-name", {"group": group.name},
                      choices=(Choice("members:cancel", "cancel", "✖️"),))]


def invite(ctx: Context, group: Group, role: str) -> list[Outbound]:
    """A new invite code for the group (a participant's, or a new leader's for one person), with its
    deep links and the printable card."""
    assert ctx.member is not None
    leader = role == "facilitator"
    code = queries.create_invite(ctx.db, organisation_id=group.organisation_id, group_id=group.id, role=role,
                                 now=ctx.now(), days=ctx.policy.invite_days,
                                 uses=1 if leader else ctx.policy.invite_uses, created_by=ctx.member.id, rng=ctx.rng)
    queries.audit(ctx.db, ctx.now(), "invite-created", actor_id=ctx.member.id, group_id=group.id, role=role)
    out = [ctx.reply("invite-created-leader" if leader else "invite-created",
                     {"code": code.code, "group": group.name, "expires": code.expires_at, "uses": code.uses_left,
                      **group.dates})]
    if ctx.policy.telegram_username:
        out.append(ctx.reply("invite-link", {"link": deep_link(ctx.policy.telegram_username, code.code)}))
    if ctx.policy.whatsapp_number:
        link = whatsapp_link(ctx.catalog, ctx.policy.whatsapp_number, group.language, code.code)
        out.append(ctx.reply("invite-link-whatsapp", {"link": link}))
    if ctx.policy.telegram_username or ctx.policy.whatsapp_number:  # a card to print, made when sent
        out.append(ctx.reply("invite-card", media=Media("photo", f"card:{code.code}", "image/png")))
    return out


def on_lead(ctx: Context, args: list[str]) -> list[Outbound]:
    """lead:pick|invite:<group> — a coordinator gives a group without a leader a new one: one of its
    members (then `mm:promote`), or someone new with a leader's invite code."""
    action = args[0] if args else ""
    needed = {"pick": "members.promote", "invite": "invite.facilitator"}.get(action)
    group = _checked_group(ctx, args[1] if len(args) == 2 else "", needed) if needed else None
    if group is None:
        return [ctx.reply("button-expired")]
    if action == "invite":
        return invite(ctx, group, "facilitator")
    candidates = [m for m in queries.group_members(ctx.db, group.id, roles=("participant", "buddy"))
                  if not m.phone_only and not m.opted_out and m.consent_at is not None]
    if not candidates:
        return [ctx.reply("leader-pick-nobody", {"group": group.name},
                          choices=(Choice(f"lead:invite:{group.id}", "group-invite-leader", "➕"),))]
    return [ctx.reply("leader-pick", {"group": group.name}, choices=tuple(
        Choice(f"mm:promote:{group.id}:{m.id}", text=f"⭐ {m.display_name}") for m in candidates[:10]))]


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
            "⏸" if m.paused else "",
            "⏳" if m.consent_at is None else "",
        ])
        lines.append(f"{i}. {m.display_name} · {native_name(m.language)} {marks}".rstrip())
    manage = tuple(Choice(f"mm:pick:{group.id}:{m.id}", text=f"✏️ {m.display_name}") for m in rows
                   if m.id != (ctx.member.id if ctx.member else None))
    return ctx.reply("members-list", {"group": group.name, "count": len(rows), "lines": "\n".join(lines)},
                     choices=manage if auth.allowed(ctx.db, ctx.member, "members.manage", group.id) else ())


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
        number = phone_number(text)
        if number is None:
            return [ctx.reply("members-add-bad-number", choices=(
                Choice("members:skip", "members-add-skip", "⏭"), Choice("members:cancel", "cancel", "✖️")))]
        if not ctx.policy.phone_channels:  # no reminders by phone here: her leader reminds her
            return _add_phone_only(ctx, data, number)
        data["number"] = number
        ctx.wait_for(member, "members-add-remind", data)
        return [ask_reminders(ctx, data["name"])]
    if question == "members-add-remind":
        return [ask_reminders(ctx, data.get("name", ""))]
    ctx.done_waiting(member)
    return []


def ask_reminders(ctx: Context, name: str, member_key: str | None = None) -> Outbound:
    """"May samen remind Ahmed by phone?", with the ways this service has (a call, an SMS): while
    adding her, or later from her ✏️ menu (`member_key`: "<group>:<member>")."""
    prefix = f"mm:remind:{member_key}:" if member_key else "members:remind:"
    ways = [Choice(f"{prefix}call", "members-remind-call", "☎️")] if "voice" in ctx.policy.phone_channels else []
    if "sms" in ctx.policy.phone_channels:
        ways.append(Choice(f"{prefix}sms", "members-remind-sms", "💬"))
    cancel = () if member_key else (Choice("members:cancel", "cancel", "✖️"),)
    return ctx.reply("members-add-ask-reminders", {"name": name}, choices=(
        *ways, Choice(f"{prefix}none", "members-remind-none", "🙅"), *cancel))


def set_reminded_by(ctx: Context, member: Member, how: str | None) -> None:
    """How a member without a smartphone is reminded; by SMS her answers come from her number."""
    member.reminded_by = how if member.call_number else None
    if how == "sms" and member.call_number and queries.member_by_address(ctx.db, "sms", member.call_number) is None:
        ctx.db.add(ChannelAddress(member_id=member.id, channel="sms", address=member.call_number, created_at=ctx.now()))
    elif how != "sms":  # no more texts to her, not even a reply
        for address in [a for a in member.addresses if a.channel == "sms"]:
            ctx.db.delete(address)


def _add_phone_only(ctx: Context, data: dict, number: str | None, reminded_by: str | None = None) -> list[Outbound]:
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
    set_reminded_by(ctx, new, reminded_by)
    ctx.db.add(Membership(member_id=new.id, organisation_id=group.organisation_id, group_id=group.id,
                          role="participant", joined_at=ctx.now()))
    queries.audit(ctx.db, ctx.now(), "phone-only-added", actor_id=member.id, subject_id=new.id, group_id=group.id)
    done = [ctx.reply("members-add-done", {"name": new.display_name, "group": group.name,
                                           "language": native_name(new.language)})]
    if new.reminded_by:
        done.append(ctx.reply("members-reminded-by", {"name": new.display_name, "how": new.reminded_by}))
    return done


# -- managing one member -------------------------------------------------------------------------
def _managed_member(ctx: Context, group_ref: str, member_ref: str, action: str) -> tuple[Group, Member] | None:
    """The group (which the actor may manage) and the member (who is in it), or None."""
    group = _checked_group(ctx, group_ref, action)
    if group is None or not member_ref.isdigit():
        return None
    target = ctx.db.get(Member, int(member_ref))
    if target is None or target.id not in {m.id for m in queries.group_members(ctx.db, group.id)}:
        return None
    return group, target


def on_manage(ctx: Context, args: list[str]) -> list[Outbound]:
    """mm:pick|rename|remove|removeyes|move|promote|pause|unpause|voiceon|voiceoff|phone:<group>:<member>,
    mm:moveto:<group>:<member>:<target group>, mm:remind:<group>:<member>:call|sms|none."""
    assert ctx.member is not None
    action = args[0] if args else ""
    if action == "cancel":
        ctx.done_waiting(ctx.member)
        return [ctx.reply("sched-cancelled")]
    found = _managed_member(ctx, args[1] if len(args) > 1 else "", args[2] if len(args) > 2 else "",
                            {"promote": "members.promote", "pause": "members.pause",
                             "unpause": "members.pause"}.get(action, "members.manage"))
    if found is None:
        return [ctx.reply("button-expired")]
    group, target = found
    key = f"{group.id}:{target.id}"
    if action == "pick":
        choices = [Choice(f"mm:rename:{key}", "mm-rename", "✏️"), Choice(f"mm:remove:{key}", "mm-remove", "🚪")]
        if len(auth.managed_groups(ctx.db, ctx.member)) > 1:
            choices.insert(1, Choice(f"mm:move:{key}", "mm-move", "🔀"))
        if auth.allowed(ctx.db, ctx.member, "members.promote", group.id) and not target.phone_only:
            choices.append(Choice(f"mm:promote:{key}", "mm-promote", "⭐"))
        choices.append(Choice(f"away:for:{key}:ask", "away-button-for", "✈️"))
        if not target.phone_only:
            choices.append(Choice(f"mm:unpause:{key}", "mm-unpause", "▶️") if target.paused
                           else Choice(f"mm:pause:{key}", "mm-pause", "⏸"))
        if target.phone_only and target.call_number and ctx.policy.phone_channels:  # reminded by phone, or not
            choices.append(Choice(f"mm:phone:{key}", "mm-phone-reminders", "☎️"))
        if not target.phone_only and has_voice(target.language):  # she reads little: her messages spoken too
            choices.append(Choice(f"mm:voiceoff:{key}", "mm-voice-off", "📝") if target.voice
                           else Choice(f"mm:voiceon:{key}", "mm-voice-on", "🔊"))
        return [ctx.reply("mm-what", {"name": target.display_name}, choices=tuple(choices))]
    if action == "rename":
        ctx.wait_for(ctx.member, "mm-rename", {"group": group.id, "member": target.id})
        return [ctx.reply("mm-ask-name", {"name": target.display_name}, choices=(Choice("mm:cancel", "cancel", "✖️"),))]
    if action == "remove":
        return [ctx.reply("mm-confirm-remove", {"name": target.display_name, "group": group.name}, choices=(
            Choice(f"mm:removeyes:{key}", "mm-yes-remove", "🚪"), Choice("mm:cancel", "cancel", "✖️")))]
    if action == "removeyes":
        for ms in queries.memberships(ctx.db, target.id):
            if ms.group_id == group.id:
                ms.active, ms.left_at = False, ctx.now()
        queries.audit(ctx.db, ctx.now(), "member-removed", actor_id=ctx.member.id, subject_id=target.id,
                      group_id=group.id)
        leaders.check(ctx, [group.id])  # was she its only leader?
        return [ctx.reply("mm-removed", {"name": target.display_name}),
                Outbound("mm-removed-you", {"group": group.name}, member_id=target.id, kind="notice")]
    if action == "move":
        others = [g for g in auth.managed_groups(ctx.db, ctx.member) if g.id != group.id]
        return [ctx.reply("mm-ask-group", {"name": target.display_name}, choices=tuple(
            Choice(f"mm:moveto:{key}:{g.id}", text=g.name) for g in others[:10]))]
    if action == "moveto" and len(args) == 4:
        destination = _checked_group(ctx, args[3], "members.manage")
        if destination is None or destination.id == group.id:
            return [ctx.reply("button-expired")]
        for ms in queries.memberships(ctx.db, target.id):
            if ms.group_id == group.id:
                ms.group_id, ms.organisation_id = destination.id, destination.organisation_id
        queries.audit(ctx.db, ctx.now(), "member-moved", actor_id=ctx.member.id, subject_id=target.id,
                      group_id=destination.id, from_group=group.id)
        return [ctx.reply("mm-moved", {"name": target.display_name, "group": destination.name}),
                Outbound("mm-moved-you", {"group": destination.name}, member_id=target.id, kind="notice")]
    if action in ("pause", "unpause"):
        target.paused = action == "pause"
        queries.audit(ctx.db, ctx.now(), f"member-{action}d", actor_id=ctx.member.id, subject_id=target.id,
                      group_id=group.id)
        return [ctx.reply(f"mm-{action}d", {"name": target.display_name}),
                Outbound(f"mm-{action}d-you", {"group": group.name}, member_id=target.id, kind="notice")]
    if action == "phone" and target.phone_only and target.call_number:
        return [ask_reminders(ctx, target.display_name, key)]
    if action == "remind" and len(args) == 4 and args[3] in ("call", "sms", "none") and target.phone_only \
            and target.call_number:
        set_reminded_by(ctx, target, None if args[3] == "none" else args[3])
        queries.audit(ctx.db, ctx.now(), "phone-reminders", actor_id=ctx.member.id, subject_id=target.id,
                      group_id=group.id, how=args[3])
        return [ctx.reply("members-reminded-by", {"name": target.display_name, "how": args[3]})]
    if action in ("voiceon", "voiceoff"):
        target.voice = action == "voiceon"
        queries.audit(ctx.db, ctx.now(), "voice-preference", actor_id=ctx.member.id, subject_id=target.id,
                      group_id=group.id, voice=target.voice)
        return [ctx.reply(f"mm-voice-saved-{action[5:]}", {"name": target.display_name}),
                Outbound(f"voice-{action[5:]}", member_id=target.id, kind="notice")]
    if action == "promote":
        if "facilitator" not in queries.role_in_group(ctx.db, target.id, group.id):
            ctx.db.add(Membership(member_id=target.id, organisation_id=group.organisation_id, group_id=group.id,
                                  role="facilitator", joined_at=ctx.now()))
        queries.audit(ctx.db, ctx.now(), "member-promoted", actor_id=ctx.member.id, subject_id=target.id,
                      group_id=group.id)
        return [ctx.reply("mm-promoted", {"name": target.display_name, "group": group.name}),
                *leaders.welcome(ctx, target, group)]
    return [ctx.reply("button-expired")]


def on_rename_input(ctx: Context, question: str, data: dict) -> list[Outbound]:
    """The new name, typed by the leader."""
    assert ctx.member is not None and ctx.inbound is not None
    found = _managed_member(ctx, str(data.get("group", "")), str(data.get("member", "")), "members.manage")
    if found is None:
        ctx.done_waiting(ctx.member)
        return [ctx.reply("button-expired")]
    _group, target = found
    name = ctx.inbound.text.strip()
    if not has_words(name) or len(name) > ctx.policy.max_name or sum(ch.isdigit() for ch in name) >= 6:
        return [ctx.reply("members-add-bad-name", {"max": ctx.policy.max_name},
                          choices=(Choice("mm:cancel", "cancel", "✖️"),))]
    ctx.done_waiting(ctx.member)
    old, target.display_name = target.display_name, name
    queries.audit(ctx.db, ctx.now(), "member-renamed", actor_id=ctx.member.id, subject_id=target.id)
    return [ctx.reply("mm-renamed", {"old": old, "new": name})]
