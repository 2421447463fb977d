"""Help: for the help keyword and unknown commands only; strangers learn how to join."""
from __future__ import annotations

from bot.core.messages import Choice, Outbound
from handlers import auth
from handlers.base import Context
from handlers.followup import call_request
from handlers.members import menu
from handlers.relay import relay_to_staff
from storage import queries


def help_(ctx: Context) -> list[Outbound]:
    """What this person can do here, with buttons for the common steps."""
    member = ctx.member
    if member is None:
        return [ctx.reply("stranger-how-to-join")]
    if auth.is_staff(ctx.db, member):
        return [ctx.reply("help-facilitator")] + menu(ctx)
    return [ctx.reply("help-participant", choices=(
        Choice("help:call", "rsvp-call", "📞"),
        Choice("lang:pick", "language-other", "🌐"),
        Choice("away:me:ask", "away-button", "✈️"),
        Choice("privacy:stop", "stop-button", "🔕"),
        Choice("privacy:forget", "forget-button", "🗑"),
    ))]


def help_word(ctx: Context) -> list[Outbound]:
    """A participant's help word as a whole message ("Help!", "Hulp", "Pomoc", "Yuda!"): it may be a
    cry for help, so besides the help text it reaches her leader marked 🆘 (unless her leader paused
    her messages).  Staff get their help."""
    member = ctx.member
    assert member is not None
    out = help_(ctx)
    if auth.is_staff(ctx.db, member) or member.paused or member.consent_at is None:
        return out
    return out + relay_to_staff(ctx, plea=True)


def on_help_button(ctx: Context, args: list[str]) -> list[Outbound]:
    """help:call — 📞 under her help: a call request to her group's leader, as after a reminder."""
    member = ctx.member
    assert member is not None
    groups = [ms.group_id for ms in queries.membership_rows(ctx.db, member.id)
              if ms.role in ("participant", "buddy") and ms.group_id is not None]
    if args != ["call"] or not groups:
        return [ctx.reply("button-expired")]
    return call_request(ctx, None, member, group_id=groups[0])


def unknown_command(ctx: Context) -> list[Outbound]:
    """A command samen does not know: say so, then the help."""
    return [ctx.reply("unknown-command")] + help_(ctx)
