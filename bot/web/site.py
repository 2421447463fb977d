"""The web page's Starlette app: signing in with a link from the chat, the session cookie, CSRF on
every form, and the pages.  Mounted by `bot.app.web_app` behind the webhooks' own routes, so the
cookie middleware never runs for a webhook.

Signing in: `GET /login/<token>` spends a one-time link (`handlers.web`) and starts a session,
named in a signed cookie (HttpOnly, SameSite=Lax, Secure behind https) and stored in the database
so that "sign out" and a removed role end it at once.  Who may see what is asked of
`handlers.auth` on every request.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo
from typing import TYPE_CHECKING, Any, Awaitable, Callable, Protocol

from babel.dates import format_date, format_datetime, get_day_names
from sqlalchemy import select
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route
from starlette.templating import Jinja2Templates

from bot.core.i18n import LOCALES, RTL_LOCALES, VARIANTS, native_name, supported_locale, without_isolates
from bot.core.messages import Outbound
from bot.web import views
from handlers import auth, web as web_handlers
from handlers.base import Context
from storage import queries
from storage.models import Group, Member, Organisation

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from bot.config import Config
    from bot.core.clock import Clock
    from bot.core.i18n import Catalog
    from bot.dispatch import Dispatcher
    from bot.media import MediaBridge

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
COOKIE = "samen_web"
TOKEN = re.compile(r"[A-Za-z0-9_-]*")
REFUSED = frozenset({"not-allowed", "button-expired"})  # what the chat answers a tap she may not make


class Samen(Protocol):
    """What the web page uses of the application (`bot.app.Samen` has it)."""

    config: "Config"
    sessions: "sessionmaker[Session]"
    clock: "Clock"
    catalog: "Catalog"
    dispatcher: "Dispatcher"
    media: "MediaBridge | None"


@dataclass(frozen=True)
class Viewer:
    """The signed-in person, as a page needs her."""

    member_id: int
    name: str
    locale: str
    sid: str
    csrf: str


class Site:
    """The pages and forms; each reads or acts for the signed-in person only."""

    def __init__(self, samen: "Samen", secret: str) -> None:
        self.samen = samen
        self.secret = secret

    # -- who is this ----------------------------------------------------------------------
    def csrf_for(self, sid: str) -> str:
        return hmac.new(self.secret.encode(), f"csrf:{sid}".encode(), hashlib.sha256).hexdigest()

    def _viewer(self, sid: str, lang: str | None) -> Viewer | None:
        now = self.samen.clock.now()
        with self.samen.sessions() as db, db.begin():
            found = queries.web_session(db, sid, now)
            member = db.get(Member, found.member_id) if found is not None else None
            if found is None or member is None:
                return None
            if not web_handlers.may_use_web(db, member):  # her role was taken away: the session ends
                queries.end_web_sessions(db, now, token=sid)
                return None
            locale = supported_locale(lang) if lang else None
            return Viewer(member.id, member.display_name, locale or member.language, sid, self.csrf_for(sid))

    async def viewer(self, request: Request) -> Viewer | None:
        sid = request.session.get("sid")
        if not isinstance(sid, str):
            return None
        lang = request.session.get("lang")
        return await asyncio.to_thread(self._viewer, sid, lang if isinstance(lang, str) else None)

    # -- rendering ------------------------------------------------------------------------
    def show(self, request: Request, template: str, locale: str, viewer: Viewer | None = None,
               status_code: int = 200, **data: Any) -> Response:
        catalog = self.samen.catalog

        def t(message_id: str, **args: Any) -> str:
            return without_isolates(catalog.format(locale, message_id, args))

        def when(value: Any) -> str:
            return format_datetime(value, "EEEE d MMMM y, HH:mm", tzinfo=value.tzinfo, locale=locale)

        def day(value: dt.date) -> str:
            return format_date(value, "EEEE d MMMM y", locale=locale)

        def month_title(year: int, month: int) -> str:
            return format_date(dt.date(year, month, 1), "LLLL y", locale=locale)

        context = {"t": t, "when": when, "locale": locale, "dir": "rtl" if locale in RTL_LOCALES else "ltr",
                   "viewer": viewer, "csrf": viewer.csrf if viewer else "", "language_name": native_name,
                   "day": day, "month_title": month_title,
                   "weekdays": [get_day_names("abbreviated", locale=locale)[i] for i in range(7)],
                   "weekday_names": [get_day_names("wide", locale=locale)[i] for i in range(7)],
                   "languages": [(loc, native_name(loc)) for loc in LOCALES], **data}
        return TEMPLATES.TemplateResponse(request, template, context, status_code=status_code)

    def browser_locale(self, request: Request) -> str:
        """A visitor not signed in reads the page in her browser's language (or Dutch)."""
        chosen = request.session.get("lang")
        if isinstance(chosen, str) and supported_locale(chosen):
            return supported_locale(chosen) or "nl"
        for part in request.headers.get("accept-language", "").split(","):
            found = supported_locale(part.split(";")[0].strip())
            if found:
                return found
        return "nl"

    # -- routes ---------------------------------------------------------------------------
    async def signin(self, request: Request, reason: str | None = None, status_code: int = 200) -> Response:
        return self.show(request, "signin.html", self.browser_locale(request), reason=reason, status_code=status_code)

    async def login(self, request: Request) -> Response:
        # the token alone: an app that took a bidi mark or a full stop after the link into it loses nothing
        token = TOKEN.match(request.path_params["token"]).group(0)
        now = self.samen.clock.now()

        def spend() -> tuple[int, str] | str:
            with self.samen.sessions() as db, db.begin():
                result = queries.use_web_link(db, token, now, web_handlers.SESSION_VALID)
                if isinstance(result, tuple):
                    queries.audit(db, now, "web-signed-in", actor_id=result[0])
                return result

        result = await asyncio.to_thread(spend)
        if isinstance(result, str):
            return await self.signin(request, f"web-login-{result}", status_code=403)
        request.session.clear()
        request.session["sid"] = result[1]
        return RedirectResponse("/", status_code=303)

    async def signout(self, request: Request) -> Response:
        viewer = await self.viewer(request)
        if viewer is not None:
            if not await self.csrf_ok(request, viewer):
                return self.forbidden(request, viewer, "web-form-expired")

            def end() -> None:
                with self.samen.sessions() as db, db.begin():
                    queries.end_web_sessions(db, self.samen.clock.now(), token=viewer.sid)

            await asyncio.to_thread(end)
        request.session.clear()
        return RedirectResponse("/signin", status_code=303)

    async def language(self, request: Request) -> Response:
        """?lang=xx: read the pages in another of the nine languages (this browser only)."""
        lang = supported_locale(request.query_params.get("lang"))
        if lang:
            request.session["lang"] = lang
        back = request.headers.get("referer", "/")
        return RedirectResponse(back if back.startswith(str(request.base_url)) else "/", status_code=303)

    async def overview(self, request: Request, viewer: Viewer) -> Response:
        def read() -> views.Overview:
            with self.samen.sessions() as db:
                member = db.get(Member, viewer.member_id)
                assert member is not None
                return views.overview(db, member, self.samen.clock.now())

        flash = request.session.pop("flash", None) or []
        return self.show(request, "overview.html", viewer.locale, viewer, overview=await asyncio.to_thread(read),
                         flash=flash, group_languages=[(code, native_name(code)) for code in LOCALES + VARIANTS])

    async def group(self, request: Request, viewer: Viewer) -> Response:
        group_id = request.path_params["group_id"]

        def read() -> views.GroupPage | None:
            with self.samen.sessions() as db:
                member = db.get(Member, viewer.member_id)
                group = db.get(Group, group_id)
                if member is None or group is None or not auth.allowed(db, member, "members.list", group.id):
                    return None
                return views.group_page(db, member, group, self.samen.clock.now())

        page = await asyncio.to_thread(read)
        if page is None:
            return self.forbidden(request, viewer)
        flash = request.session.pop("flash", None) or []
        return self.show(request, "group.html", viewer.locale, viewer, group=page, flash=flash,
                         option=lambda option: self.option_label(option, viewer.locale))

    def option_label(self, option: str, locale: str) -> str:
        """A wish or vote option as the leader reads it (`handlers.wishes.option_text`)."""
        from handlers.wishes import option_text

        return without_isolates(option_text(self.samen.catalog, option, locale))

    async def group_action(self, request: Request, viewer: Viewer) -> Response:
        """A form on the group page, run as the tap (or typed answer) it stands for in the chat: the
        same handler checks her role and tells the members; what the chat would have answered her is
        shown on the page."""
        group_id = request.path_params["group_id"]
        action = request.path_params["action"]
        form = await request.form()

        def field(name: str) -> str:
            value = form.get(name)
            return value.strip() if isinstance(value, str) else ""

        session = field("session")
        day = field("date").replace("-", "")
        text = ""
        if action == "invite":
            payload: str | tuple[str, dict] = (f"lead:invite:{group_id}" if field("role") == "facilitator"
                                               else f"members:invite:{group_id}")
        elif action == "move" and session.isdigit() and re.fullmatch(r"\d{8}", day):
            payload = f"sess:moveto:{session}:{day}"
        elif action == "cancel" and session.isdigit() and field("confirm") == "yes":
            payload = f"sess:cancelyes:{session}"
        elif action == "place" and session.isdigit():
            payload, text = ("sess-place", {"session": int(session)}), field("place")
        elif action == "add" and re.fullmatch(r"\d{8}", day):
            payload, text = ("sess-extra-place", {"group": group_id, "day": day}), field("place")
        else:
            request.session["flash"] = [{"text": self.samen.catalog.format(viewer.locale, "web-form-incomplete"),
                                         "warn": True}]
            return RedirectResponse(f"/groups/{group_id}", status_code=303)
        answers = await self.act(viewer, payload, text)
        if answers is None or any(ob.message_id in REFUSED for ob in answers):
            return self.forbidden(request, viewer)
        request.session["flash"] = self.flash(answers, viewer.locale)
        return RedirectResponse(f"/groups/{group_id}", status_code=303)

    async def act(self, viewer: Viewer, payload: "str | tuple[str, dict] | Callable[[Context], list[Outbound]]",
                  text: str = "") -> list[Outbound] | None:
        """A tap (`payload`), a typed answer to a question (`(question, data)`, `text`) through the
        chat's own router and handlers, or a handler function of its own."""
        dispatcher = self.samen.dispatcher
        router = dispatcher.router

        def run(ctx: Context) -> list[Outbound]:
            if callable(payload):
                return payload(ctx)
            if isinstance(payload, str):
                return router.on_payload(ctx, payload)
            question, data = payload
            return router.text_inputs[question](ctx, question, dict(data))

        return await asyncio.to_thread(dispatcher.act, viewer.member_id, run, text)

    def flash(self, answers: list[Outbound], locale: str) -> list[dict]:
        """What the chat would have answered, as notes on the page (an invite's card as a download)."""
        notes: list[dict] = []
        size = 0
        for ob in answers:
            if ob.media is not None and ob.media.ref.startswith("card:"):
                notes.append({"card": ob.media.ref.split(":", 1)[1]})
                continue
            text = without_isolates(self.samen.catalog.render(locale, ob.message_id, ob.args).text)
            size += len(text)
            if size > 2500:  # the cookie holds 4 kB: the page says the rest is in the chat
                break
            notes.append({"text": text})
        return notes

    async def card(self, request: Request, viewer: Viewer) -> Response:
        """The printable invite card of one of her group's codes, as PDF (or PNG)."""
        group_id, code, kind = request.path_params["group_id"], request.path_params["code"], request.path_params["kind"]

        def allowed() -> bool:
            with self.samen.sessions() as db:
                member = db.get(Member, viewer.member_id)
                invite = queries.find_invite(db, code)
                return (invite is not None and invite.group_id == group_id
                        and auth.allowed(db, member, "invite.participant", group_id))

        if kind not in ("pdf", "png") or not await asyncio.to_thread(allowed):
            return self.forbidden(request, viewer)
        media = self.samen.media
        png, _content_type = await media.fetchers["card"](f"card:{code}")
        if kind == "png":
            return Response(png, media_type="image/png")
        return Response(await asyncio.to_thread(_pdf_of, png), media_type="application/pdf",
                        headers={"Content-Disposition": f'attachment; filename="samen-{code}.pdf"'})

    async def plan(self, request: Request, viewer: Viewer) -> Response:
        """GET: the planning form (with `weekday=…` in the query: and its preview as a calendar);
        POST: save it."""
        from bot.web import plan as planning

        group_id = request.path_params["group_id"]
        posted = request.method == "POST"
        values = await request.form() if posted else request.query_params
        now = self.samen.clock.now()

        def load() -> tuple[Group, Any] | None:
            with self.samen.sessions() as db:
                member = db.get(Member, viewer.member_id)
                group = db.get(Group, group_id)
                if group is None or not auth.allowed(db, member, "schedule.plan", group.id):
                    return None
                upcoming = queries.group_sessions(db, group.id, since=now, statuses=("planned",))
                db.expunge(group)
                return group, upcoming[0] if upcoming else None

        found = await asyncio.to_thread(load)
        if found is None:
            return self.forbidden(request, viewer)
        group, next_planned = found
        today = now.astimezone(ZoneInfo(group.timezone)).date()
        if "weekday" not in values:
            form = planning.defaults(group, next_planned, today)
            return self.show(request, "plan.html", viewer.locale, viewer, group=group, form=form, preview=None,
                             policies=planning.policy_choices(form.traditions, form.policies), query="")
        policies = {key[len("policy-"):]: str(value) for key, value in values.items() if key.startswith("policy-")}
        form = planning.read(values, [str(v) for v in values.getlist("traditions")], policies)
        wanted = planning.request_of(form, group)
        if wanted is None:
            return self.show(request, "plan.html", viewer.locale, viewer, group=group, form=form, preview=None,
                             policies=planning.policy_choices(form.traditions, form.policies), query="",
                             status_code=400)
        if posted:
            def save(ctx: Context) -> list[Outbound]:
                from bot.schedule import make_plan
                from handlers.schedule import apply_plan

                current = ctx.db.get(Group, group_id)
                if current is None:
                    return [ctx.reply("button-expired")]
                since = dt.datetime.combine(wanted.rule.first, dt.time(0), tzinfo=ZoneInfo(current.timezone))
                held = [m.starts_at.astimezone(ZoneInfo(current.timezone)).date()
                        for m in queries.group_sessions(ctx.db, current.id, since=since, statuses=("held",))]
                return apply_plan(ctx, current, wanted.rule, make_plan(wanted, held), planning.settings_of(wanted))

            answers = await self.act(viewer, save)
            if answers is None or any(ob.message_id in REFUSED for ob in answers):
                return self.forbidden(request, viewer)
            saved = next((ob.args.get("count", 0) for ob in answers if ob.message_id == "sched-saved"), 0)
            notes = [Outbound("web-plan-saved", {"count": saved}, member_id=viewer.member_id)]
            notes += [ob for ob in answers if ob.message_id != "sched-saved"]  # whom to call, as in the chat
            request.session["flash"] = self.flash(notes, viewer.locale)
            return RedirectResponse(f"/groups/{group_id}", status_code=303)
        result, months, found_observances = await asyncio.to_thread(planning.preview, wanted)
        pairs = [(k, v) for k, v in values.multi_items() if k != "csrf"]
        return self.show(request, "plan.html", viewer.locale, viewer, group=group, form=form,
                         preview={"plan": result, "months": months, "observances": found_observances},
                         policies=planning.policy_choices(form.traditions, form.policies), query=pairs,
                         lines=self.plan_lines(result, viewer.locale), label=self.observance_label)

    def observance_label(self, observance: Any, locale: str) -> str:
        """An observance as the page names it: the day itself where the library names it ("Koningsdag")."""
        name = without_isolates(self.samen.catalog.format(locale, f"observance-{observance.key}"))
        if observance.key in ("public-holiday", "custom") and observance.label:
            return observance.label
        return name

    def plan_lines(self, result: Any, locale: str) -> list[str]:
        """Every moved or skipped date with its reason, the defaults applied and the warnings, as the
        chat's preview says them (`bot.schedule.plan_lines`), with the dates in full."""
        from babel.dates import format_date

        from bot.core.plan_text import plan_lines

        return plan_lines(result, self.samen.catalog, locale,
                          lambda d: format_date(d, "EEEE d MMMM y", locale=locale), breaks=True)

    def _report_scope(self, request: Request, viewer: Viewer) -> tuple[str, int, dt.date, dt.date, list] | None:
        """(scope g|n|o, id, first day, last day, the scopes she may choose) from the query, or None
        when she may not see that scope.  Default: her first group, the last twelve months."""
        today = self.samen.clock.now().date()
        try:
            last = dt.date.fromisoformat(request.query_params.get("to", ""))
        except ValueError:
            last = today
        try:
            first = dt.date.fromisoformat(request.query_params.get("from", ""))
        except ValueError:
            first = last - dt.timedelta(days=364)
        if last < first:
            first, last = last, first
        with self.samen.sessions() as db:
            member = db.get(Member, viewer.member_id)
            if member is None:
                return None
            choices = []
            for group in auth.managed_groups(db, member):
                choices.append(("g", group.id, group.name))
                if auth.allowed(db, member, "report.named", group.id):
                    choices.append(("n", group.id, group.name))
            for ms in queries.memberships(db, member.id, roles=("coordinator",)):
                organisation = db.get(Organisation, ms.organisation_id)
                if organisation is not None:
                    choices.append(("o", organisation.id, organisation.name))
            wanted = request.query_params.get("scope", "")
            kind, _, ident = wanted.partition(":")
            if not wanted:
                if not choices:
                    return None
                kind, ident = choices[0][0], str(choices[0][1])
            if not ident.isdigit() or (kind, int(ident)) not in {(k, i) for k, i, _n in choices}:
                return None
            return kind, int(ident), first, last, choices

    async def reports(self, request: Request, viewer: Viewer) -> Response:
        """The figures for a group or the organisation and a period, the chart, the downloads and
        the audit log."""
        from bot import reports as files
        from storage.reports import group_report, organisation_report

        def read() -> tuple | None:
            found = self._report_scope(request, viewer)
            if found is None:
                return None
            kind, ident, first, last, choices = found
            since = dt.datetime.combine(first, dt.time(0), tzinfo=dt.timezone.utc)
            until = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(0), tzinfo=dt.timezone.utc)
            with self.samen.sessions() as db, db.begin():
                if kind == "o":
                    organisation = db.get(Organisation, ident)
                    figures = organisation_report(db, organisation, since, until)
                    group_ids = list(db.scalars(select(Group.id).where(Group.organisation_id == ident)))
                else:
                    group = db.get(Group, ident)
                    figures = group_report(db, group, since, until, named=kind == "n")
                    group_ids = [ident]
                queries.audit(db, self.samen.clock.now(), "report-made", actor_id=viewer.member_id,
                              group_id=ident if kind != "o" else None, scope=kind, period=f"{first}:{last}")
                audit = views.audit_log(db, group_ids, since, until)
            return kind, ident, first, last, choices, figures, audit

        found = await asyncio.to_thread(read)
        if found is None:
            return self.forbidden(request, viewer)
        kind, ident, first, last, choices, figures, audit = found
        rows = files.rows(figures, self.samen.catalog, viewer.locale)
        query = f"scope={kind}:{ident}&from={first}&to={last}"
        zone = ZoneInfo(self.samen.config.timezone)
        meetings = [(dt.datetime.fromisoformat(m["date"]).astimezone(zone), m["group"], m["present"], m["of"],
                     self.option_label(m["activity"], viewer.locale) if m["activity"] else None)
                    for m in figures["attendance"]["per_session"]]
        return self.show(request, "reports.html", viewer.locale, viewer, scope=f"{kind}:{ident}", first=first,
                         last=last, choices=choices, rows=rows, query=query, audit=audit,
                         held=figures["sessions"]["held"], meetings=meetings)

    async def report_file(self, request: Request, viewer: Viewer) -> Response:
        """A report as PDF, CSV or PNG, made as the chat's 📊 Report makes it."""
        from bot import reports as files

        fmt = request.path_params["fmt"]
        found = await asyncio.to_thread(self._report_scope, request, viewer)
        if fmt not in ("pdf", "csv", "png") or found is None or self.samen.media is None:
            return self.forbidden(request, viewer)
        kind, ident, first, last, _choices = found
        ref = f"report:{fmt}:{kind}:{ident}:{first:%Y%m%d}:{last + dt.timedelta(days=1):%Y%m%d}:{viewer.locale}"
        data, content_type = await self.samen.media.fetchers["report"](ref)
        return Response(data, media_type=files.FORMATS[fmt], headers={
            "Content-Disposition": f'attachment; filename="samen-report-{first}-{last}.{fmt}"'})

    async def new_group(self, request: Request, viewer: Viewer) -> Response:
        """A coordinator's new group (as the chat's ➕ New group makes it); then its page."""
        from handlers.groups import create_group

        form = await request.form()

        def field(name: str) -> str:
            value = form.get(name)
            return value.strip() if isinstance(value, str) else ""

        organisation = int(field("organisation")) if field("organisation").isdigit() else 0
        traditions = [str(v) for v in form.getlist("traditions")]
        answers = await self.act(viewer, lambda ctx: create_group(
            ctx, organisation, field("name"), field("language") or None, field("city") or None,
            field("region") or None, traditions))
        if answers is None or any(ob.message_id in REFUSED for ob in answers):
            return self.forbidden(request, viewer)
        created = next((ob for ob in answers if ob.message_id == "grp-created"), None)
        if created is None:  # a name that is empty, too long or taken: said on the overview
            request.session["flash"] = self.flash(answers, viewer.locale)
            return RedirectResponse("/#new-group", status_code=303)
        group_id = created.choices[0].payload.rsplit(":", 1)[1]
        request.session["flash"] = [{"text": without_isolates(self.samen.catalog.format(
            viewer.locale, "web-group-created", {"group": created.args["group"]}))}]
        return RedirectResponse(f"/groups/{group_id}", status_code=303)

    # -- guards ---------------------------------------------------------------------------
    async def csrf_ok(self, request: Request, viewer: Viewer) -> bool:
        form = await request.form()
        given = form.get("csrf")
        return isinstance(given, str) and hmac.compare_digest(given, viewer.csrf)

    def forbidden(self, request: Request, viewer: Viewer, reason: str = "web-forbidden") -> Response:
        return self.show(request, "error.html", viewer.locale, viewer, reason=reason, status_code=403)

    def page(self, handler: Callable[[Request, Viewer], Awaitable[Response]], post: bool = False
             ) -> Callable[[Request], Awaitable[Response]]:
        """A page for the signed-in only (others go to "send `web` to the bot"); a form post must
        carry the session's CSRF token."""

        async def guarded(request: Request) -> Response:
            viewer = await self.viewer(request)
            if viewer is None:
                request.session.pop("sid", None)
                return RedirectResponse("/signin", status_code=303)
            if post and not await self.csrf_ok(request, viewer):
                return self.forbidden(request, viewer, "web-form-expired")
            return await handler(request, viewer)

        return guarded


def web_site(samen: "Samen") -> Starlette:
    """The web page as an app of its own (mounted under the webhooks' routes)."""
    secret = samen.config.secret_key
    if not secret:
        with samen.sessions() as db, db.begin():
            secret = queries.setting(db, "web-secret-key", samen.clock.now(), lambda: secrets.token_urlsafe(32))
    site = Site(samen, secret)
    routes = [
        Route("/", site.page(site.overview), methods=["GET"]),
        Route("/signin", site.signin, methods=["GET"]),
        Route("/login/{token}", site.login, methods=["GET"]),
        Route("/signout", site.signout, methods=["POST"]),
        Route("/language", site.language, methods=["GET"]),
        Route("/reports", site.page(site.reports), methods=["GET"]),
        Route("/reports/file.{fmt}", site.page(site.report_file), methods=["GET"]),
        Route("/groups/new", site.page(site.new_group, post=True), methods=["POST"]),
        Route("/groups/{group_id:int}", site.page(site.group), methods=["GET"]),
        Route("/groups/{group_id:int}/card/{code}.{kind}", site.page(site.card), methods=["GET"]),
        Route("/groups/{group_id:int}/plan", site.page(site.plan), methods=["GET"]),
        Route("/groups/{group_id:int}/plan", site.page(site.plan, post=True), methods=["POST"]),
        Route("/groups/{group_id:int}/{action}", site.page(site.group_action, post=True), methods=["POST"]),
    ]
    secure = (samen.config.public_url or "").startswith("https://")
    middleware = [Middleware(SessionMiddleware, secret_key=secret, session_cookie=COOKIE,
                             max_age=int(web_handlers.SESSION_VALID.total_seconds()), same_site="lax",
                             https_only=secure)]
    app = Starlette(routes=routes, middleware=middleware)
    app.state.site = site
    return app


def _pdf_of(png: bytes) -> bytes:
    """A printable A4 page with the card (an image) on it."""
    import io

    from PIL import Image

    image = Image.open(io.BytesIO(png)).convert("RGB")
    out = io.BytesIO()
    image.save(out, format="PDF", resolution=150.0)
    return out.getvalue()
