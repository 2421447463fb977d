"""Reports in chat: a group leader or coordinator picks a period and gets the summary, then the
chart, the one-page PDF and the CSV, in their own language.  No names, unless a coordinator asks
for the named attendance list.

The files are made when they are sent: the handler queues references such as
`report:pdf:g:12:20260901:20261201:ar`, which the media bridge renders (see `bot/app.py`), so this
module stays free of chart and PDF libraries.
"""
from __future__ import annotations

import datetime as dt

from babel.dates import format_date
from babel.numbers import format_percent

from bot.core.messages import Choice, Media, Outbound
from handlers import auth
from handlers.base import Context
from storage import queries
from storage.models import Group, Organisation
from storage.reports import group_report, organisation_report

PERIODS = ("3m", "12m", "year")
# Files sent after the summary: (format, media kind, caption id)
FILES = (("png", "photo", "report-file-chart"), ("pdf", "document", "report-file-pdf"),
         ("csv", "document", "report-file-csv"))


def period(now: dt.datetime, key: str) -> tuple[dt.datetime, dt.datetime]:
    """[start, end) of a period ending today (whole days, UTC)."""
    end = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time(), dt.timezone.utc)
    if key == "3m":
        return end - dt.timedelta(days=92), end
    if key == "12m":
        return end - dt.timedelta(days=366), end
    return dt.datetime(now.year, 1, 1, tzinfo=dt.timezone.utc), end


def on_report(ctx: Context, args: list[str]) -> list[Outbound]:
    """report:start:<group>; report:g|named:<group>:<period>; report:o:<organisation>:<period>."""
    member = ctx.member
    assert member is not None
    action = args[0] if args else ""
    if action == "start" and len(args) == 2:
        group = auth.group_if_allowed(ctx.db, member, args[1], "report.group")
        if group is None:
            return [auth.refuse(ctx)]
        choices = [Choice(f"report:g:{group.id}:{key}", f"report-period-{key}", "📊") for key in PERIODS]
        if auth.allowed(ctx.db, member, "report.named", group.id):
            choices.append(Choice(f"report:named:{group.id}:12m", "report-named-button", "👥"))
            choices.append(Choice(f"report:o:{group.organisation_id}:12m", text=_organisation_name(ctx, group)))
        return [ctx.reply("report-ask-period", {"group": group.name}, choices=tuple(choices))]
    if len(args) != 3 or args[2] not in PERIODS or not args[1].isdigit():
        return [auth.refuse(ctx)]
    start, end = period(ctx.now(), args[2])
    if action == "o":
        organisation = ctx.db.get(Organisation, int(args[1]))
        if organisation is None or not auth.coordinates(ctx.db, member, organisation.id):
            return [auth.refuse(ctx)]
        figures = organisation_report(ctx.db, organisation, start, end)
        scope = "o"
    elif action in ("g", "named"):
        group = auth.group_if_allowed(ctx.db, member, args[1], "report.named" if action == "named" else "report.group")
        if group is None:
            return [auth.refuse(ctx)]
        figures = group_report(ctx.db, group, start, end, named=action == "named")
        scope = "n" if action == "named" else "g"
    else:
        return [auth.refuse(ctx)]
    queries.audit(ctx.db, ctx.now(), "report-made", actor_id=member.id,
                  group_id=int(args[1]) if scope != "o" else None, scope=scope, period=args[2])
    return [summary(ctx, figures)] + [
        ctx.reply(caption, media=Media(kind, f"report:{fmt}:{scope}:{args[1]}:{start:%Y%m%d}:{end:%Y%m%d}:{member.language}",
                                       {"png": "image/png", "pdf": "application/pdf", "csv": "text/csv"}[fmt]))
        for fmt, kind, caption in FILES]


def _organisation_name(ctx: Context, group: Group) -> str:
    organisation = ctx.db.get(Organisation, group.organisation_id)
    return f"🏢 {organisation.name}"[:30] if organisation else "🏢"


def summary(ctx: Context, figures: dict) -> Outbound:
    """The few figures people read in chat."""
    assert ctx.member is not None
    locale = ctx.member.language
    babel = locale
    rate = figures["attendance"]["average_rate"]
    start = dt.date.fromisoformat(figures["period"]["from"])
    end = dt.date.fromisoformat(figures["period"]["to"])
    return ctx.reply("report-summary", {
        "name": figures["scope"]["name"], "from": format_date(start, "long", locale=babel),
        "to": format_date(end, "long", locale=babel), "participants": figures["participants"]["at_end"],
        "active": figures["participants"]["active"], "held": figures["sessions"]["held"],
        "rate": format_percent(rate, locale=babel) if rate is not None else "—",
        "volunteers": figures["volunteers"]["facilitators"] + figures["volunteers"]["buddies"],
    })
