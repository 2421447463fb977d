"""The web page, asked for in the chat: a coordinator or group leader sends `web` (or taps 🖥 in
her menu) and gets a one-time sign-in link, valid ten minutes.  There are no passwords: the chat
she already uses is who she is.  Participants get no web access.

What the page shows and lets her do is decided by the same roles as the chat (`handlers.auth`);
the page itself is `bot.web`.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from bot.core.messages import Outbound
from handlers import auth
from handlers.base import Context
from storage import queries
from storage.models import Member

LINK_VALID = dt.timedelta(minutes=10)
SESSION_VALID = dt.timedelta(hours=12)


def may_use_web(db: Session, member: Member | None) -> bool:
    """Coordinators and group leaders (who consented); nobody else."""
    return member is not None and member.consent_at is not None and auth.is_staff(db, member)


def on_web(ctx: Context) -> list[Outbound]:
    """`web` / `/web` / 🖥: a sign-in link for the web page, or why there is none."""
    member = ctx.member
    assert member is not None
    if not may_use_web(ctx.db, member):
        return [ctx.reply("web-staff-only")]
    if not ctx.policy.web_url:
        return [ctx.reply("web-not-running")]
    token = queries.new_web_link(ctx.db, member.id, ctx.now(), LINK_VALID)
    queries.audit(ctx.db, ctx.now(), "web-link-sent", actor_id=member.id)
    return [ctx.reply("web-link", {"url": f"{ctx.policy.web_url}/login/{token}",
                                   "minutes": int(LINK_VALID.total_seconds() // 60)})]


def on_button(ctx: Context, _args: list[str]) -> list[Outbound]:
    """web:link, the 🖥 button of the leader's menu (offered to nobody else)."""
    if not may_use_web(ctx.db, ctx.member):
        return [auth.refuse(ctx)]
    return on_web(ctx)
