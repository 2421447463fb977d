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
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Awaitable, Callable, Protocol

from babel.dates import format_datetime
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route
from starlette.templating import Jinja2Templates

from bot.core.i18n import LOCALES, RTL_LOCALES, native_name, supported_locale, without_isolates
from bot.web import views
from handlers import web as web_handlers
from storage import queries
from storage.models import Member

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from bot.config import Config
    from bot.core.clock import Clock
    from bot.core.i18n import Catalog

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
COOKIE = "samen_web"
TOKEN = re.compile(r"[A-Za-z0-9_-]*")


class Samen(Protocol):
    """What the web page uses of the application (`bot.app.Samen` has it)."""

    config: "Config"
    sessions: "sessionmaker[Session]"
    clock: "Clock"
    catalog: "Catalog"


@dataclass(frozen=True)
class Viewer:
    """The signed-in person, as a page needs her."""

    member_id: int
    name: str
    locale: str
    sid: str
    csrf: str


class Site:
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

        context = {"t": t, "when": when, "locale": locale, "dir": "rtl" if locale in RTL_LOCALES else "ltr",
                   "viewer": viewer, "csrf": viewer.csrf if viewer else "",
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

        return self.show(request, "overview.html", viewer.locale, viewer, overview=await asyncio.to_thread(read))

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
    ]
    secure = (samen.config.public_url or "").startswith("https://")
    middleware = [Middleware(SessionMiddleware, secret_key=secret, session_cookie=COOKIE,
                             max_age=int(web_handlers.SESSION_VALID.total_seconds()), same_site="lax",
                             https_only=secure)]
    app = Starlette(routes=routes, middleware=middleware)
    app.state.site = site
    return app
