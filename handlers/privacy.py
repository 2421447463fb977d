"""Privacy keywords: stop (a reversible opt-out), start (resume), forget me (erase after a
confirmation) and my data (what samen keeps about you)."""
from __future__ import annotations

import datetime as dt
import json

from bot.core.i18n import native_name
from bot.core.messages import Choice, Media, Outbound
from handlers import leaders
from handlers.base import Context
from storage import erasure, queries
from storage.models import Member

EXPORT_TTL = dt.timedelta(days=1)  # the JSON file of `mydata` is served for a day, then deleted


def stop(ctx: Context) -> list[Outbound]:
    """Nothing more is sent but this one confirmation, until the member says start."""
    member = ctx.member
    assert member is not None
    out = [ctx.reply("stop-confirmed")]
    if not member.opted_out:
        member.opted_out = True
        queries.audit(ctx.db, ctx.now(), "opted-out", subject_id=member.id)
        out += tell_leaders(ctx, member, "member-stopped")
        leaders.check(ctx, leaders.led_by(ctx, member))
    return out


def tell_leaders(ctx: Context, member: Member, message_id: str, **args: object) -> list[Outbound]:
    """The leaders of each group the member takes part in hear it once, in their own language."""
    out: list[Outbound] = []
    for ms in queries.memberships(ctx.db, member.id, roles=("participant", "buddy")):
        if ms.group_id is None:
            continue
        for leader, mark in leaders.of(ctx, ms.group_id):
            if leader.id != member.id:
                out.append(Outbound(message_id, {"name": member.display_name, **args, **mark},
                                    member_id=leader.id, kind="notice"))
    return out


def ask_stop(ctx: Context) -> list[Outbound]:
    """A stop word that is also an everyday word in her language ("dur" is "wait" in Turkish):
    stopping waits for a tap."""
    return [ctx.reply("stop-confirm", choices=(
        Choice("privacy:stop", "stop-button", "🔕"),
        Choice("privacy:keep", "stop-keep", "↩"),
    ))]


def resume(ctx: Context) -> list[Outbound]:
    member = ctx.member
    assert member is not None
    if member.opted_out:
        member.opted_out = False
        queries.audit(ctx.db, ctx.now(), "opted-in", subject_id=member.id)
        return [ctx.reply("start-resumed"), *tell_leaders(ctx, member, "member-resumed")]
    return [ctx.reply("start-already")]


def forget(ctx: Context) -> list[Outbound]:
    """Ask first: erasing cannot be undone."""
    return [ctx.reply("forget-confirm", choices=(
        Choice("forget:yes", "forget-yes", "🗑"),
        Choice("forget:no", "forget-no", "↩"),
    ))]


def on_forget(ctx: Context, args: list[str]) -> list[Outbound]:
    member, inbound = ctx.member, ctx.inbound
    assert member is not None and inbound is not None
    if args[:1] != ["yes"]:
        return [ctx.reply("forget-kept")]
    # `_ephemeral`: the sender blanks these arguments once the notice has gone out.
    out = tell_leaders(ctx, member, "member-forgotten", _ephemeral=True)
    locale = member.language
    led = leaders.led_by(ctx, member)
    erasure.erase_member(ctx.db, member, ctx.now())
    ctx.member = None
    leaders.check(ctx, led)
    out.append(Outbound("forget-done", {"_delete_after_send": True}, channel=inbound.channel, address=inbound.address,
                        locale=locale, kind="reply"))
    return out


def my_data(ctx: Context) -> list[Outbound]:
    """Everything samen keeps about the member: in plain words, and all of it as a JSON file."""
    member = ctx.member
    assert member is not None
    groups = sorted({ms.group.name for ms in queries.memberships(ctx.db, member.id) if ms.group is not None})
    export = json.dumps(erasure.export_member(ctx.db, member), ensure_ascii=False, indent=2).encode()
    stored = queries.store_media(ctx.db, data=export, content_type="application/json", member_id=member.id,
                                 now=ctx.now(), ttl=EXPORT_TTL)
    queries.audit(ctx.db, ctx.now(), "data-exported", subject_id=member.id)
    file = ctx.reply("mydata-file", media=Media("document", f"media:{stored.token}", "application/json"))
    return [ctx.reply("mydata", {
        "name": member.display_name,
        "language": native_name(member.language),
        "groups": ", ".join(groups) or "—",
        "call": "yes" if member.may_call else "no",
        "stopped": "yes" if member.opted_out else "no",
    }), file]
