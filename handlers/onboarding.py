"""Onboarding: joining with an invite code, the consent question, the language choice, "shall I
also send my messages as a voice message?" and "may your facilitator call you?".  Nothing but these
questions reaches a person before consent.
"""
from __future__ import annotations

from sqlalchemy import select

from bot.core.i18n import LOCALES, native_name, supported_locale
from bot.core.messages import Choice, Outbound
from bot.core.spoken import has_voice
from handlers import leaders
from handlers.base import Context
from handlers.members import menu
from storage import erasure, queries
from storage.models import ChannelAddress, Group, Invite, Member, Membership, Organisation

PARTICIPANT_ROLES = ("participant", "buddy")


def join(ctx: Context, code: str) -> list[Outbound]:
    """`/start CODE` or a code sent as a message: check the invite, make the member, ask consent."""
    assert ctx.inbound is not None
    invite = queries.find_invite(ctx.db, code)
    if invite is None:
        return [ctx.reply("invite-unknown")]
    if invite.expires_at <= ctx.now():
        return [ctx.reply("invite-expired")]
    if invite.uses_left <= 0:
        return [ctx.reply("invite-used-up")]
    group = ctx.db.get(Group, invite.group_id) if invite.group_id else None
    organisation = ctx.db.get(Organisation, invite.organisation_id)
    assert organisation is not None
    place = group.name if group else organisation.name
    member = ctx.member
    if member is not None:
        already = ctx.db.scalar(select(Membership).where(
            Membership.member_id == member.id, Membership.active.is_(True), Membership.role == invite.role,
            Membership.organisation_id == invite.organisation_id, Membership.group_id == invite.group_id))
        if already is not None:
            return [ctx.reply("invite-already-member", {"group": place})]
    else:
        language = first_language(ctx.inbound.language_hint, group)
        name = (ctx.inbound.profile_name or "").strip()[: ctx.policy.max_name]
        if sum(ch.isdigit() for ch in name) >= 6:  # a profile "name" that is a phone number is no name
            name = ""
        member = Member(display_name=name or "?", language=language, created_at=ctx.now())
        ctx.db.add(member)
        ctx.db.flush()
        if not name:
            member.display_name = f"#{member.id}"
        ctx.db.add(ChannelAddress(member_id=member.id, channel=ctx.inbound.channel, address=ctx.inbound.address,
                                  last_inbound_at=ctx.now(), created_at=ctx.now()))
        ctx.member = member
    ctx.db.add(Membership(member_id=member.id, organisation_id=invite.organisation_id, group_id=invite.group_id,
                          role=invite.role, invite_id=invite.id, joined_at=ctx.now()))
    invite.uses_left -= 1
    queries.audit(ctx.db, ctx.now(), "joined", subject_id=member.id, group_id=invite.group_id, role=invite.role,
                  invite_id=invite.id)
    ctx.db.flush()
    if member.consent_at is None:
        return [consent_question(ctx, member, place)]
    return welcome(ctx, member)


def first_language(hint: str | None, group: Group | None) -> str:
    """The language of the first question to someone joining with a group's invite: her app's
    language, unless that is only the Dutch or English of her phone while the group speaks another
    (Telegram has no Papiamentu; an Arabic speaker's phone is often set to Dutch).  The group's
    language goes with its invite."""
    hinted = supported_locale(hint)
    if group is None:
        return hinted or "nl"
    spoken = [code for code in (group.languages or group.language).split(",") if code]
    if hinted is None or (hinted in ("nl", "en") and hinted not in spoken):
        return group.language
    return hinted


def consent_question(ctx: Context, member: Member, place: str | None = None) -> Outbound:
    """The consent question: what the bot sends, what it keeps, and that the group is a safe place."""
    if place is None:
        place = _first_place(ctx, member)
    return Outbound("consent-question", {"group": place}, member_id=member.id, kind="onboarding", choices=(
        Choice("consent:yes", "consent-yes", "✅"),
        Choice("consent:no", "consent-no", "❌"),
        Choice("lang:pick", "language-other", "🌐"),
    ))


def _first_place(ctx: Context, member: Member) -> str:
    for ms in queries.memberships(ctx.db, member.id):
        if ms.group is not None:
            return ms.group.name
        organisation = ctx.db.get(Organisation, ms.organisation_id)
        if organisation is not None:
            return organisation.name
    return "samen"


def on_consent(ctx: Context, args: list[str]) -> list[Outbound]:
    """consent:yes or consent:no."""
    member = ctx.member
    assert member is not None
    answer = args[0] if args else ""
    if answer == "yes":
        if member.consent_at is not None:
            return [ctx.reply("consent-already")]
        member.consent_at = ctx.now()
        queries.audit(ctx.db, ctx.now(), "consent-given", subject_id=member.id)
        if not member.language_chosen:
            return [language_question(ctx, member)]
        return next_step(ctx, member)
    if answer == "no":
        if member.consent_at is not None:
            return [ctx.reply("consent-already")]
        return decline(ctx, member)
    return []


def decline(ctx: Context, member: Member) -> list[Outbound]:
    """No consent: keep nothing, give the invite use back, say how to come back."""
    assert ctx.inbound is not None
    for ms in queries.memberships(ctx.db, member.id):
        invite = ctx.db.get(Invite, ms.invite_id) if ms.invite_id else None
        if invite is not None:
            invite.uses_left += 1
    locale = member.language
    erasure.erase_member(ctx.db, member, ctx.now(), reason="declined")
    ctx.member = None
    return [Outbound("consent-declined", channel=ctx.inbound.channel, address=ctx.inbound.address,
                     locale=locale, kind="reply")]


def language_question(ctx: Context, member: Member) -> Outbound:
    """Every shipped language, each in its own name and script."""
    choices = tuple(Choice(f"lang:set:{loc}", text=native_name(loc)) for loc in LOCALES)
    return Outbound("language-question", member_id=member.id, kind="onboarding", choices=choices)


def on_language(ctx: Context, args: list[str]) -> list[Outbound]:
    """lang:pick shows the languages; lang:set:<locale> sets one."""
    member = ctx.member
    assert member is not None
    if args[:1] == ["pick"]:
        return [language_question(ctx, member)]
    if args[:1] == ["set"] and len(args) == 2 and args[1] in LOCALES:
        first_choice = not member.language_chosen
        member.language = args[1]
        member.language_chosen = True
        if member.consent_at is None:
            return [consent_question(ctx, member)]
        if first_choice or member.may_call is None and _is_participant(ctx, member):
            return next_step(ctx, member)
        return [ctx.reply("language-changed", {"language": native_name(member.language)})]
    return []


def _is_participant(ctx: Context, member: Member) -> bool:
    return bool(queries.memberships(ctx.db, member.id, roles=PARTICIPANT_ROLES))


def next_step(ctx: Context, member: Member) -> list[Outbound]:
    """After consent and language: ask participants about voice messages and calls, then welcome."""
    participant = _is_participant(ctx, member) and not member.phone_only
    if member.voice is None and participant and has_voice(member.language):
        return [voice_question(member, kind="onboarding")]
    if member.may_call is None and _is_participant(ctx, member) and not member.phone_only:
        return [Outbound("call-question", member_id=member.id, kind="onboarding", choices=(
            Choice("call:yes", "call-yes", "📞"),
            Choice("call:no", "call-no", "🚫"),
        ))]
    return welcome(ctx, member)


def voice_question(member: Member, kind: str = "reply") -> Outbound:
    """"Shall I also send my messages as a voice message?": the question itself comes with its voice
    note, so she hears what a voice message is like before she answers."""
    return Outbound("voice-question", member_id=member.id, kind=kind, speak=True, choices=(
        Choice("voice:on", "voice-yes", "🔊"),
        Choice("voice:off", "voice-no", "📝"),
    ))


def ask_voice(ctx: Context) -> list[Outbound]:
    """The `voice` keyword and /voice: the question again, or why there is no voice in her language."""
    member = ctx.member
    assert member is not None
    if not has_voice(member.language):
        return [ctx.reply("voice-none", {"language": native_name(member.language)})]
    return [voice_question(member)]


def on_voice(ctx: Context, args: list[str]) -> list[Outbound]:
    """voice:on / voice:off: her messages as text and voice, or text only."""
    member = ctx.member
    assert member is not None
    if args[:1] not in (["on"], ["off"]):
        return []
    joining = member.voice is None and member.may_call is None
    member.voice = args[0] == "on"
    queries.audit(ctx.db, ctx.now(), "voice-preference", subject_id=member.id, voice=member.voice)
    if joining:
        return next_step(ctx, member)
    return [ctx.reply("voice-on" if member.voice else "voice-off")]


def on_call(ctx: Context, args: list[str]) -> list[Outbound]:
    """call:yes / call:no: whether the facilitator may call this member."""
    member = ctx.member
    assert member is not None and ctx.inbound is not None
    if member.consent_at is None:
        return [consent_question(ctx, member)]
    first_time = member.may_call is None
    if args[:1] == ["yes"]:
        member.may_call = True
        if ctx.inbound.channel == "whatsapp" and ctx.inbound.address.startswith("whatsapp:"):
            member.call_number = ctx.inbound.address.split(":", 1)[1]
        elif ctx.inbound.contact_phone:
            member.call_number = ctx.inbound.contact_phone
    elif args[:1] == ["no"]:
        member.may_call = False
        member.call_number = None
    else:
        return []
    queries.audit(ctx.db, ctx.now(), "call-permission", subject_id=member.id, may_call=member.may_call)
    out = welcome(ctx, member) if first_time else [ctx.reply("call-saved-yes" if member.may_call else "call-saved-no")]
    if member.may_call and not member.call_number and ctx.inbound.channel == "telegram":
        out.append(ask_for_number(member))
    return out + leaders.number_shared(ctx, member)


def ask_for_number(member: Member) -> Outbound:
    """On Telegram the number only comes when the member shares it: a contact-request button."""
    return Outbound("call-share-number", member_id=member.id, kind="onboarding", request_contact=True,
                    remember_choices=False, choices=(Choice("contact:share", "call-share-button", "📱"),))


def on_contact(ctx: Context) -> list[Outbound]:
    """The member shared their own number (Telegram's contact button): keep it for calls."""
    member, inbound = ctx.member, ctx.inbound
    assert member is not None and inbound is not None and inbound.contact_phone
    if member.consent_at is None:
        return [consent_question(ctx, member)]
    member.call_number = inbound.contact_phone if inbound.contact_phone.startswith("+") else f"+{inbound.contact_phone}"
    member.may_call = True
    queries.audit(ctx.db, ctx.now(), "call-number-shared", subject_id=member.id)
    return [ctx.reply("call-number-saved"), *leaders.number_shared(ctx, member)]


def welcome(ctx: Context, member: Member) -> list[Outbound]:
    """Welcome the new member and tell the group's facilitators who joined."""
    out: list[Outbound] = []
    staff = bool(queries.memberships(ctx.db, member.id, roles=("facilitator", "coordinator")))
    groups = [ms.group for ms in queries.memberships(ctx.db, member.id) if ms.group is not None]
    group_names = ", ".join(sorted({g.name for g in groups})) or _first_place(ctx, member)
    led = [ms.group for ms in queries.memberships(ctx.db, member.id, roles=("facilitator",)) if ms.group is not None]
    if led:  # a new leader: the menu in three lines, and what is open in her group
        for group in led:
            out += leaders.welcome(ctx, member, group, kind="onboarding")
        out += menu(ctx)
    elif staff:
        out.append(Outbound("welcome-facilitator", {"group": group_names}, member_id=member.id, kind="onboarding"))
        out += menu(ctx)
    else:
        out.append(Outbound("welcome-participant", {"group": group_names}, member_id=member.id, kind="onboarding"))
    for group in groups:
        for leader, mark in leaders.of(ctx, group.id):
            if leader.id == member.id:
                continue
            out.append(Outbound("member-joined", {"name": member.display_name, "group": group.name,
                                                  "language": native_name(member.language), **mark},
                                member_id=leader.id, kind="notice",
                                dedupe_key=f"joined:{group.id}:{member.id}:{leader.id}"))
    return out
