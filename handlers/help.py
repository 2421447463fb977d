"""Help: for the help keyword and unknown commands only; strangers learn how to join."""
from __future__ import annotations

from bot.core.messages import Choice, Outbound
from handlers import auth
from handlers.base import Context
from handlers.members import menu


def help_(ctx: Context) -> list[Outbound]:
    """What this person can do here, with buttons for the common steps."""
    member = ctx.member
    if member is None:
        return [ctx.reply("stranger-how-to-join")]
    if auth.is_staff(ctx.db, member):
        return [ctx.reply("help-facilitator")] + menu(ctx)
    return [ctx.reply("help-participant", choices=(
        Choice("lang:pick", "language-other", "🌐"),
        Choice("away:me:ask", "away-button", "✈️"),
        Choice("privacy:stop", "stop-button", "🔕"),
        Choice("privacy:forget", "forget-button", "🗑"),
    ))]


def unknown_command(ctx: Context) -> list[Outbound]:
    """A command samen does not know: say so, then the help."""
    return [ctx.reply("unknown-command")] + help_(ctx)
