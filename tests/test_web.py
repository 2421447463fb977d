"""The web page for coordinators and leaders, signed in through the bot: the link she gets in the
chat, the session it starts, and what a stranger, a forged link or a form without its token gets.

Pages are fetched with Starlette's test client here; `tests/test_web_browser.py` drives them in a
real headless Chromium."""
from __future__ import annotations

import dataclasses
import datetime as dt
import re

from itsdangerous import TimestampSigner
from sqlalchemy import select
from starlette.testclient import TestClient

from bot.app import web_app
from bot.console import ConsoleDriver
from storage.models import Group, Member, Membership, WebLogin
from tests.conftest import World, join

LINK = re.compile(r"http://127\.0\.0\.1:8000(/login/[A-Za-z0-9_-]+)")


def client(samen) -> TestClient:  # noqa: ANN001
    return TestClient(web_app(samen, background=False, channels=False, handling=False), follow_redirects=False)


def link_for(bot: ConsoleDriver, who: str, word: str = "web") -> str:
    """`who` sends "web" to the bot; the path of the sign-in link she got."""
    bot.say(who, word)
    found = LINK.search(bot.last(who).text)
    assert found, bot.last(who).text
    return found.group(1)


def signed_in(samen, bot: ConsoleDriver, who: str) -> TestClient:  # noqa: ANN001
    web = client(samen)
    answer = web.get(link_for(bot, who))
    assert answer.status_code == 303 and answer.headers["location"] == "/"
    return web


def csrf_of(page: str) -> str:
    return re.search(r'name="csrf" value="([0-9a-f]{64})"', page).group(1)


def held(bot: ConsoleDriver, world: World, samen, clock) -> int:  # noqa: ANN001
    """The meeting of Tuesday 6 October 2026, 14:00 (reminded the day before) has been held: Samira
    records that all but number 2 came (2 of 3).  Its id."""
    from zoneinfo import ZoneInfo

    from tests.conftest import reminded

    session_id = reminded(bot, world, samen, clock)
    clock.set(dt.datetime(2026, 10, 6, 16, 0, tzinfo=ZoneInfo("Europe/Amsterdam")))
    samen.ticker.tick()
    bot.flush()
    bot.say("samira", "alle behalve 2")
    bot.tap("samira", "Bevestigen")
    return session_id


def test_a_leader_asks_the_bot_for_the_web_page_and_is_signed_in_by_its_link(
        bot: ConsoleDriver, group_with_people: World, samen) -> None:  # noqa: ANN001
    path = link_for(bot, "samira")
    told = bot.last("samira").text
    assert told.startswith("🖥 Uw link naar de webpagina:") and "10 minuten" in told
    web = client(samen)
    answer = web.get(path)
    assert answer.status_code == 303 and answer.headers["location"] == "/"
    cookie = answer.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie and "secure" not in cookie  # plain http here
    page = web.get("/")
    assert page.status_code == 200
    assert "Ingelogd als samira" in page.text and 'lang="nl"' in page.text
    assert "Koffie Oost" in page.text and "Overzicht" in page.text
    # the 🖥 button of her menu does the same
    bot.say("samira", "menu")
    bot.tap("samira", "Webpagina")
    assert LINK.search(bot.last("samira").text)


def test_participants_get_no_web_page(bot: ConsoleDriver, group_with_people: World, samen) -> None:  # noqa: ANN001
    bot.say("mehmet", "web")
    assert bot.last("mehmet").text == "Web sayfası grup liderleri ve koordinatörler içindir."
    bot.say("fatima", "ويب")
    assert bot.last("fatima").text == "صفحة الويب للمسؤولين عن المجموعات وللمنسقين."
    with samen.sessions() as db:
        assert db.scalars(select(WebLogin)).all() == []


def test_a_coordinator_of_a_new_organisation_signs_in_in_arabic(bot: ConsoleDriver, world: World, samen) -> None:  # noqa: ANN001
    join(bot, "amal", f"/start {world.coordinator_code}", "ar")
    web = signed_in(samen, bot, "amal")
    page = web.get("/")
    assert 'dir="rtl"' in page.text and 'lang="ar"' in page.text and "نظرة عامة" in page.text
    assert "Koffie Oost" in page.text  # her organisation's group, which has no leader yet
    assert "بلا مسؤول" in page.text


def test_a_link_works_once_and_for_ten_minutes_and_cannot_be_made_up(
        bot: ConsoleDriver, group_with_people: World, samen, clock) -> None:  # noqa: ANN001
    path = link_for(bot, "samira")
    assert client(samen).get(path).status_code == 303
    again = client(samen).get(path)  # the same link, once more (another browser, or someone who saw it)
    assert again.status_code == 403 and "Deze inloglink is al gebruikt." in again.text
    assert "samen_web" not in again.headers.get("set-cookie", "")
    late = link_for(bot, "samira")
    clock.advance(minutes=10, seconds=1)
    expired = client(samen).get(late)
    assert expired.status_code == 403 and "Deze inloglink is verlopen." in expired.text
    assert "Stuur “web” naar samen voor een nieuwe link." in expired.text
    forged = client(samen).get("/login/" + "A" * 32)
    assert forged.status_code == 403 and "Deze inloglink klopt niet." in forged.text


PAGES = ["/", "/groups/1", "/groups/1/plan", "/groups/1/card/ABCD1234.pdf", "/reports", "/reports/file.pdf"]
FORMS = ["/groups/new", "/groups/1/invite", "/groups/1/move", "/groups/1/cancel", "/groups/1/place", "/groups/1/add",
         "/groups/1/plan"]


def test_without_a_session_every_page_sends_her_to_the_bot(samen) -> None:  # noqa: ANN001
    web = client(samen)
    for path in PAGES:
        answer = web.get(path)
        assert answer.status_code == 303 and answer.headers["location"] == "/signin", path
    for path in FORMS:
        answer = web.post(path, data={"csrf": "0" * 64, "role": "participant"})
        assert answer.status_code == 303 and answer.headers["location"] == "/signin", path
    page = web.get("/signin", headers={"accept-language": "tr-TR,tr;q=0.9,en;q=0.5"})
    assert "samen&#39;e “web” yazın: giriş için bir bağlantı alırsınız" in page.text
    assert web.post("/signout").status_code == 303


def test_a_cookie_signed_with_another_secret_is_not_a_session(
        bot: ConsoleDriver, group_with_people: World, samen) -> None:  # noqa: ANN001
    web = signed_in(samen, bot, "samira")
    real = web.cookies["samen_web"]
    payload = real.split(".")[0]  # the session data (base64 JSON), as the real secret signed it
    forged = TimestampSigner("not the secret").sign(payload.encode()).decode()
    other = client(samen)
    other.cookies.set("samen_web", forged)
    answer = other.get("/")
    assert answer.status_code == 303 and answer.headers["location"] == "/signin"
    assert web.get("/").status_code == 200  # the real cookie still works


def test_sign_out_needs_the_forms_token_and_ends_the_session_everywhere(
        bot: ConsoleDriver, group_with_people: World, samen) -> None:  # noqa: ANN001
    web = signed_in(samen, bot, "samira")
    copied = web.cookies["samen_web"]
    refused = web.post("/signout", data={})
    assert refused.status_code == 403 and "Dit formulier is verlopen." in refused.text
    assert web.post("/signout", data={"csrf": "0" * 64}).status_code == 403
    token = csrf_of(web.get("/").text)
    answer = web.post("/signout", data={"csrf": token})
    assert answer.status_code == 303 and answer.headers["location"] == "/signin"
    thief = client(samen)
    thief.cookies.set("samen_web", copied)  # a copy of the cookie taken before she signed out
    assert thief.get("/").headers["location"] == "/signin"


def test_a_leader_whose_role_is_taken_away_is_signed_out(
        bot: ConsoleDriver, group_with_people: World, samen) -> None:  # noqa: ANN001
    web = signed_in(samen, bot, "samira")
    assert web.get("/").status_code == 200
    with samen.sessions() as db, db.begin():
        samira = db.scalar(select(Member).where(Member.display_name == "samira"))
        for ms in db.scalars(select(Membership).where(Membership.member_id == samira.id)):
            ms.active = False
    assert web.get("/").headers["location"] == "/signin"


def test_behind_https_the_cookie_is_secure(bot: ConsoleDriver, group_with_people: World, samen) -> None:  # noqa: ANN001
    secure = dataclasses.replace(samen, config=dataclasses.replace(samen.config, public_url="https://samen.example"))
    answer = client(secure).get(link_for(bot, "samira"))
    assert "secure" in answer.headers["set-cookie"].lower()


def test_names_with_markup_and_right_to_left_text_are_shown_as_written(
        bot: ConsoleDriver, group_with_people: World, samen) -> None:  # noqa: ANN001
    with samen.sessions() as db, db.begin():
        db.get(Group, group_with_people.group_id).name = "<script>alert(1)</script> قهوة Oost"
        db.scalar(select(Member).where(Member.display_name == "samira")).display_name = "Samira <b>ع</b>"
    page = signed_in(samen, bot, "samira").get("/").text
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt; قهوة Oost" in page
    assert "<bdi>Samira &lt;b&gt;ع&lt;/b&gt;</bdi>" in page


def test_the_secret_key_is_made_once_and_kept(samen) -> None:  # noqa: ANN001
    first = web_app(samen, background=False, channels=False, handling=False)
    second = web_app(samen, background=False, channels=False, handling=False)
    key = [r for r in first.routes if getattr(r, "path", None) == ""][0].app.state.site.secret
    assert key == [r for r in second.routes if getattr(r, "path", None) == ""][0].app.state.site.secret
    assert len(key) >= 40


def test_the_overview_puts_first_what_needs_the_coordinator(
        bot: ConsoleDriver, group_with_people: World, samen, clock) -> None:  # noqa: ANN001
    from zoneinfo import ZoneInfo

    from tests.conftest import make_world, reminded

    ams = ZoneInfo("Europe/Amsterdam")
    join(bot, "amal", f"/start {group_with_people.coordinator_code}", "nl")
    session_id = reminded(bot, group_with_people, samen, clock)
    bot.say("fatima", choice=f"rsvp:{session_id}:call")  # 📞 please call me: a task for Samira
    clock.set(dt.datetime(2026, 10, 6, 16, 0, tzinfo=ams))  # the meeting is over: who came?
    samen.ticker.tick()
    bot.flush()
    bot.say("samira", "alle behalve 2")
    bot.tap("samira", "Bevestigen")
    bot.say("mehmet", "stop")
    make_world(samen, name="Wandelclub")  # a second group of the organisation, no leader yet
    page = signed_in(samen, bot, "amal").get("/").text
    attention = page[page.index('id="attention"'):page.index('id="groups"')]
    kinds = re.findall(r'data-kind="([a-z-]+)"', attention)
    assert kinds == ["web-attention-no-leader", "web-attention-tasks", "web-attention-stopped"]
    assert "Wandelclub</bdi></a>: heeft geen leider" in attention
    assert "1 open nabeltaak" in attention and "1 deelnemer is gestopt met de berichten" in attention
    koffie = page[page.index(f'data-group="{group_with_people.group_id}"'):]
    koffie = koffie[:koffie.index("</tr>")]
    assert "<title>dinsdag 6 oktober 2026, 14:00: 2 van de 3 kwamen</title>" in koffie  # the chart
    assert ">2/3</text>" in koffie and "🔕 Gestopt: <bdi>mehmet</bdi>" in koffie and "📞 1" in koffie
    # Samira sees only her own group, and nothing of Wandelclub
    assert "Wandelclub" not in signed_in(samen, bot, "samira").get("/").text


# -- the group page --------------------------------------------------------------------------------
def _meeting(samen, world: World) -> int:  # noqa: ANN001
    """A meeting on Tuesday 6 October 2026 at 14:00 in the Buurthuis (the clock stands at 1 October)."""
    from zoneinfo import ZoneInfo

    from tests.conftest import make_session

    samen.clock.set(dt.datetime(2026, 10, 1, 9, 0, tzinfo=dt.timezone.utc))
    return make_session(samen, world, dt.datetime(2026, 10, 6, 14, 0, tzinfo=ZoneInfo("Europe/Amsterdam")),
                        place="Buurthuis")


def _told(samen, message_id: str) -> list[str]:  # noqa: ANN001
    """Who has `message_id` waiting in the outbox."""
    from storage.models import OutboxMessage

    with samen.sessions() as db:
        return sorted(db.scalars(select(Member.display_name).join(OutboxMessage, OutboxMessage.member_id == Member.id)
                                 .where(OutboxMessage.message_id == message_id)))


def test_a_leader_sees_her_group_and_the_numbers_of_who_may_be_called(
        bot: ConsoleDriver, group_with_people: World, samen) -> None:  # noqa: ANN001
    join(bot, "amal", f"/start {group_with_people.coordinator_code}", "nl")
    with samen.sessions() as db, db.begin():  # Fatima agreed to be called and gave her number
        db.scalar(select(Member).where(Member.display_name == "fatima")).call_number = "+31612345678"
        db.scalar(select(Member).where(Member.display_name == "mehmet")).call_number = "+31687654321"  # but said no
    page = signed_in(samen, bot, "samira").get(f"/groups/{group_with_people.group_id}").text
    rows = re.findall(r'<tr data-member="\d+">(.*?)</tr>', page, re.S)
    assert [re.search(r"<bdi>(.*?)</bdi>", r).group(1) for r in rows] == ["samira", "els", "fatima", "mehmet"]
    fatima = next(r for r in rows if "fatima" in r)
    assert "العربية" in fatima and "Deelnemer" in fatima and "📞 <span class=\"number\">+31612345678</span>" in fatima
    assert "+31687654321" not in page  # Mehmet did not agree to be called
    # the coordinator sees who may be called, not the number: the group has its leader
    coordinator = signed_in(samen, bot, "amal").get(f"/groups/{group_with_people.group_id}").text
    assert "📞" in coordinator and "+31612345678" not in coordinator
    assert '<option value="facilitator">' in coordinator and '<option value="facilitator">' not in page


def test_the_group_page_shows_who_is_reminded_by_phone(bot: ConsoleDriver, group_with_people: World,
                                                       samen) -> None:  # noqa: ANN001
    with samen.sessions() as db, db.begin():  # Samira added Ahmed (no smartphone): samen calls him
        ahmed = Member(display_name="Ahmed", language="ar", phone_only=True, may_call=True, call_number="+31611111111",
                       reminded_by="call", consent_at=samen.clock.now(), created_at=samen.clock.now())
        db.add(ahmed)
        db.flush()
        db.add(Membership(member_id=ahmed.id, organisation_id=group_with_people.org_id,
                          group_id=group_with_people.group_id, role="participant", joined_at=samen.clock.now()))
    page = signed_in(samen, bot, "samira").get(f"/groups/{group_with_people.group_id}").text
    row = next(r for r in re.findall(r'<tr data-member="\d+">(.*?)</tr>', page, re.S) if "Ahmed" in r)
    assert "📵" in row and "☎️ Bellen" in row and "+31611111111" in row


def test_a_leader_invites_moves_cancels_and_adds_meetings_from_the_page_and_members_hear_of_it(
        bot: ConsoleDriver, group_with_people: World, samen) -> None:  # noqa: ANN001
    from storage.models import Invite, Meeting

    gid = group_with_people.group_id
    first = _meeting(samen, group_with_people)
    web = signed_in(samen, bot, "samira")
    csrf = csrf_of(web.get(f"/groups/{gid}").text)
    # an invite code, as the chat's ➕ Invite makes it
    answer = web.post(f"/groups/{gid}/invite", data={"csrf": csrf, "role": "participant"})
    assert answer.status_code == 303 and answer.headers["location"] == f"/groups/{gid}"
    page = web.get(f"/groups/{gid}").text
    with samen.sessions() as db:
        code = db.scalars(select(Invite.code).where(Invite.group_id == gid, Invite.role == "participant")
                          .order_by(Invite.id.desc())).first()
    assert f"<strong>{code}</strong>" in page or code in page
    assert web.get(f"/groups/{gid}").text.count(code) == 0  # the note is shown once
    # move the meeting to Thursday
    web.post(f"/groups/{gid}/move", data={"csrf": csrf, "session": first, "date": "2026-10-08"})
    page = web.get(f"/groups/{gid}").text
    assert catalog_text("nl", "sess-done-moved") in page
    assert _told(samen, "session-moved") == ["els", "fatima", "mehmet"]
    assert "donderdag 8 oktober 2026, 14:00" in page and "← dinsdag 6 oktober 2026, 14:00" in page
    # another place for it
    web.post(f"/groups/{gid}/place", data={"csrf": csrf, "session": first, "place": "Bibliotheek"})
    assert _told(samen, "session-place") == ["els", "fatima", "mehmet"]
    # cancelling asks "are you sure" (the box), then cancels and tells everyone
    web.post(f"/groups/{gid}/cancel", data={"csrf": csrf, "session": first})
    assert "Vul alle velden van het formulier in." in web.get(f"/groups/{gid}").text
    with samen.sessions() as db:
        assert db.get(Meeting, first).status == "planned"
    web.post(f"/groups/{gid}/cancel", data={"csrf": csrf, "session": first, "confirm": "yes"})
    with samen.sessions() as db:
        assert db.get(Meeting, first).status == "cancelled"
    assert _told(samen, "session-cancelled") == ["els", "fatima", "mehmet"]
    # an extra meeting, somewhere else
    web.post(f"/groups/{gid}/add", data={"csrf": csrf, "date": "2026-10-09", "place": "Museum"})
    assert _told(samen, "session-added") == ["els", "fatima", "mehmet"]
    page = web.get(f"/groups/{gid}").text
    assert "vrijdag 9 oktober 2026" in page and "Museum" in page
    # the chat got none of this: the answers were on the page
    assert not any("Verplaatst" in m.text for m in bot.channel.inbox("samira")[-3:])


def catalog_text(locale: str, message_id: str, args: dict | None = None) -> str:
    from bot.core.i18n import default_catalog, without_isolates

    return without_isolates(default_catalog().format(locale, message_id, args or {}))


def _other_organisation(samen) -> tuple[str, str]:  # noqa: ANN001
    """Another organisation with a group of its own: (its leader's code, its coordinator's code)."""
    from storage import queries
    from storage.models import Organisation

    now = samen.clock.now()
    with samen.sessions() as db, db.begin():
        org = Organisation(name="Stichting Anders", created_at=now)
        db.add(org)
        db.flush()
        group = Group(organisation_id=org.id, name="Theetafel Noord", language="nl", languages="nl", created_at=now)
        db.add(group)
        db.flush()
        return (queries.create_invite(db, organisation_id=org.id, group_id=group.id, role="facilitator", now=now,
                                      days=14, uses=1).code,
                queries.create_invite(db, organisation_id=org.id, group_id=None, role="coordinator", now=now,
                                      days=14, uses=1).code)


# every page and form of a group: (method, path, form) with {G} the group and {S} a coming meeting
GROUP_ACTIONS = [
    ("GET", "/groups/{G}", {}),
    ("POST", "/groups/{G}/invite", {"role": "participant"}),
    ("POST", "/groups/{G}/invite", {"role": "facilitator"}),
    ("POST", "/groups/{G}/move", {"session": "{S}", "date": "2026-10-08"}),
    ("POST", "/groups/{G}/place", {"session": "{S}", "place": "Bibliotheek"}),
    ("POST", "/groups/{G}/cancel", {"session": "{S}", "confirm": "yes"}),
    ("POST", "/groups/{G}/add", {"date": "2026-10-09", "place": "Museum"}),
    ("GET", "/groups/{G}/plan", {}),
    ("POST", "/groups/{G}/plan", {"weekday": "1", "time": "10:00", "every": "2", "duration": "120",
                                  "from": "2027-01-12", "until": "2027-06-29", "traditions": "dutch",
                                  "islamic_shift": "0"}),
]
# who may: the group's leader and her organisation's coordinator; a leader's invite only the coordinator
MAY = {("POST", "/groups/{G}/invite", "facilitator"): {"coordinator"}}


def test_every_group_page_and_form_for_every_role(bot: ConsoleDriver, group_with_people: World, samen) -> None:  # noqa: ANN001
    from tests.test_authorization import snapshot

    leader_code, coordinator_code = _other_organisation(samen)
    join(bot, "amal", f"/start {group_with_people.coordinator_code}", "nl")
    join(bot, "lena", f"/start {leader_code}", "nl")
    join(bot, "omar", f"/start {coordinator_code}", "nl")
    session = _meeting(samen, group_with_people)
    people = {"facilitator": "samira", "coordinator": "amal", "other_facilitator": "lena", "other_coordinator": "omar"}
    clients = {role: signed_in(samen, bot, who) for role, who in people.items()}
    tokens = {role: csrf_of(web.get("/").text) for role, web in clients.items()}
    for method, template, form in GROUP_ACTIONS:
        path = template.format(G=group_with_people.group_id)
        allowed = MAY.get((method, template, form.get("role")), {"facilitator", "coordinator"})
        for role in ("other_facilitator", "other_coordinator", *sorted(allowed)):
            if role in allowed:  # each acts on a meeting of her own (a cancelled one cannot be cancelled twice)
                session = _meeting(samen, group_with_people)
            data = {k: v.format(S=session) for k, v in form.items()}
            web = clients[role]
            before = snapshot(samen)
            outbox = len(_told(samen, "session-moved") + _told(samen, "session-cancelled"))
            if method == "GET":
                answer = web.get(path)
            else:
                answer = web.post(path, data={"csrf": tokens[role], **data})
            if role in allowed:
                assert answer.status_code in (200, 303), f"{role} {method} {path} {form}: {answer.status_code}"
                continue
            assert answer.status_code == 403, f"{role} {method} {path} {form}: {answer.status_code}"
            assert "Deze pagina kunt u niet openen." in answer.text
            assert snapshot(samen) == before, f"{role} {method} {path} changed something"
            assert len(_told(samen, "session-moved") + _told(samen, "session-cancelled")) == outbox
        # a leader may not make a leader's invite either
        if (method, template, form.get("role")) in MAY:
            answer = clients["facilitator"].post(path, data={"csrf": tokens["facilitator"], **data})
            assert answer.status_code == 403


def test_an_invite_made_on_the_page_comes_with_its_links_and_a_card_to_print(
        bot: ConsoleDriver, group_with_people: World, samen) -> None:  # noqa: ANN001
    samen.dispatcher.policy = dataclasses.replace(samen.dispatcher.policy, telegram_username="samen_bot",
                                                  whatsapp_number="+3197010200300")
    gid = group_with_people.group_id
    web = signed_in(samen, bot, "samira")
    web.post(f"/groups/{gid}/invite", data={"csrf": csrf_of(web.get("/").text), "role": "participant"})
    page = web.get(f"/groups/{gid}").text
    code = re.search(r"https://t\.me/samen_bot\?start=([A-Z0-9]+)", page).group(1)
    assert f"https://wa.me/3197010200300?text=aanmelden%20{code}" in page or "https://wa.me/3197010200300" in page
    pdf = web.get(f"/groups/{gid}/card/{code}.pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF") and pdf.headers["content-type"] == "application/pdf"
    from pypdf import PdfReader
    import io

    assert len(PdfReader(io.BytesIO(pdf.content)).pages) == 1
    # another organisation's coordinator cannot print it
    leader_code, coordinator_code = _other_organisation(samen)
    join(bot, "omar", f"/start {coordinator_code}", "nl")
    assert signed_in(samen, bot, "omar").get(f"/groups/{gid}/card/{code}.pdf").status_code == 403


# -- planning the season ----------------------------------------------------------------------------
PLAN = [("weekday", "1"), ("time", "10:00"), ("every", "2"), ("duration", "120"), ("from", "2027-01-12"),
        ("until", "2027-06-29"), ("count", ""), ("place", "Buurthuis"), ("break_from", ""), ("break_to", ""),
        ("traditions", "dutch"), ("traditions", "islamic"), ("region", ""), ("islamic_shift", "0"),
        ("policy-eid-al-fitr", "move")]


def test_a_coordinator_plans_a_season_on_the_page_around_ramadan_and_the_eid(
        bot: ConsoleDriver, group_with_people: World, samen) -> None:  # noqa: ANN001
    from urllib.parse import urlencode

    from storage.models import Meeting

    gid = group_with_people.group_id
    join(bot, "amal", f"/start {group_with_people.coordinator_code}", "nl")
    web = signed_in(samen, bot, "amal")
    form = web.get(f"/groups/{gid}/plan").text
    assert 'name="traditions" value="dutch" checked' in form  # the group's own traditions, ready
    page = web.get(f"/groups/{gid}/plan?{urlencode(PLAN)}").text
    # Ramadan 2027 (8 February to 8 March) is shaded; the Tuesdays in it keep their meeting
    assert re.search(r'class="obs-ramadan session" data-date="2027-02-23"', page)
    # Eid al-Fitr falls on Tuesday 9 March: that meeting moves to the next free week, as she chose
    assert re.search(r'class="obs-eid-al-fitr decision-move feast" data-date="2027-03-09"', page)
    assert re.search(r'class="session" data-date="2027-03-16"', page)
    decisions = re.search(r'<ul id="decisions">(.*?)</ul>', page, re.S).group(1)
    assert "dinsdag 9 maart 2027: Suikerfeest → dinsdag 16 maart 2027" in decisions
    assert "Ramadan" in decisions  # the default applied: meet as usual, no shared meal
    assert "<h2>13 bijeenkomsten</h2>" in page
    with samen.sessions() as db:
        assert db.scalars(select(Meeting)).all() == []  # a preview changes nothing
    # saving: the meetings are stored, the members hear of it in their own language
    token = csrf_of(page)
    fields: dict[str, list[str]] = {"csrf": [token]}
    for key, value in PLAN:
        fields.setdefault(key, []).append(value)
    answer = web.post(f"/groups/{gid}/plan", data=fields)
    assert answer.status_code == 303 and answer.headers["location"] == f"/groups/{gid}"
    group_page = web.get(f"/groups/{gid}").text
    with samen.sessions() as db:
        count = len(db.scalars(select(Meeting).where(Meeting.group_id == gid)).all())
        group = db.get(Group, gid)
        assert group.traditions == "dutch,islamic" and group.policies == {"eid-al-fitr": "move"}
    assert count == 13
    assert f"Het plan is opgeslagen: {count} bijeenkomsten." in group_page
    assert _told(samen, "schedule-new") == ["els", "fatima", "mehmet", "samira"]


def test_a_plan_with_mistakes_says_what_to_mend_and_keeps_what_was_typed(
        bot: ConsoleDriver, group_with_people: World, samen) -> None:  # noqa: ANN001
    from urllib.parse import urlencode

    gid = group_with_people.group_id
    web = signed_in(samen, bot, "samira")
    wrong = dict(PLAN)
    wrong.update({"time": "25:00", "until": "2026-01-01", "traditions": "school", "place": "De Linde"})
    answer = web.get(f"/groups/{gid}/plan?{urlencode(wrong)}")
    assert answer.status_code == 400
    errors = re.search(r'<ul class="errors" id="errors">(.*?)</ul>', answer.text, re.S).group(1)
    assert "Geef de tijd als 10:00." in errors and "Schoolvakanties hebben een regio nodig" in errors
    assert "binnen twee jaar na de eerste" in errors
    assert 'value="De Linde"' in answer.text


# -- reports -----------------------------------------------------------------------------------------
def test_reports_on_the_page_per_group_or_organisation_with_downloads_and_the_audit_log(
        bot: ConsoleDriver, group_with_people: World, samen, clock) -> None:  # noqa: ANN001
    import csv
    import io

    join(bot, "amal", f"/start {group_with_people.coordinator_code}", "nl")
    held(bot, group_with_people, samen, clock)
    gid, org = group_with_people.group_id, group_with_people.org_id
    web = signed_in(samen, bot, "amal")
    page = web.get("/reports").text  # her first choice, the last twelve months
    assert 'value="2026-10-06"' in page and 'value="2025-10-07"' in page
    assert f'<option value="g:{gid}" selected>Koffie Oost</option>' in page
    assert f'<option value="o:{org}" >Buurthuis, alle groepen</option>' in page
    figures = re.search(r'<table id="figures">(.*?)</table>', page, re.S).group(1)
    assert "Gehouden" in figures or "gehouden" in figures.lower()
    assert '<img id="chart" src="/reports/file.png?' in page
    listed = re.search(r'<table id="meetings-held">(.*?)</table>', page, re.S).group(1)
    assert "dinsdag 6 oktober 2026, 14:00" in listed and "2 van de 3 kwamen" in listed
    audit = re.search(r'<table id="audit-log">(.*?)</table>', page, re.S).group(1)
    assert "<bdi>amal</bdi></td><td><bdi>Koffie Oost</bdi></td><td>maakte een rapportage</td>" in audit  # this very report
    assert "<bdi>samira</bdi></td><td><bdi>Koffie Oost</bdi></td><td>vulde in wie er kwam</td>" in audit
    query = f"scope=o:{org}&from=2026-09-01&to=2026-10-31"
    pdf = web.get(f"/reports/file.pdf?{query}")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    table = list(csv.reader(io.StringIO(web.get(f"/reports/file.csv?{query}").text)))
    assert len(table) > 10
    png = web.get(f"/reports/file.png?scope=g:{gid}&from=2026-09-01&to=2026-10-31")
    assert png.status_code == 200 and png.content.startswith(b"\x89PNG")
    # a leader: her group's report, never the organisation's, never by name
    leader = signed_in(samen, bot, "samira")
    assert leader.get(f"/reports?scope=g:{gid}").status_code == 200
    for scope in (f"o:{org}", f"n:{gid}"):
        assert leader.get(f"/reports?scope={scope}").status_code == 403
        assert leader.get(f"/reports/file.pdf?scope={scope}").status_code == 403
    # another organisation's coordinator sees nothing of this one
    _leader_code, coordinator_code = _other_organisation(samen)
    join(bot, "omar", f"/start {coordinator_code}", "nl")
    other = signed_in(samen, bot, "omar")
    assert other.get(f"/reports?scope=g:{gid}").status_code == 403
    assert other.get(f"/reports/file.csv?scope=o:{org}").status_code == 403


def test_a_coordinator_creates_a_group_on_the_page_and_invites_its_leader(
        bot: ConsoleDriver, world: World, samen) -> None:  # noqa: ANN001
    from storage.models import Invite

    join(bot, "amal", f"/start {world.coordinator_code}", "nl")
    web = signed_in(samen, bot, "amal")
    overview = web.get("/").text
    assert 'id="new-group-form"' in overview and 'value="ar_MA"' in overview
    token = csrf_of(overview)
    taken = web.post("/groups/new", data={"csrf": token, "organisation": str(world.org_id), "name": "koffie oost"})
    assert taken.headers["location"] == "/#new-group"
    assert catalog_text("nl", "grp-name-taken", {"group": "koffie oost"}) in web.get("/").text
    answer = web.post("/groups/new", data={"csrf": token, "organisation": str(world.org_id), "name": "Theehuis West",
                                           "language": "ar_MA", "city": "Utrecht", "region": "midden",
                                           "traditions": ["dutch", "islamic", "school"]})
    with samen.sessions() as db:
        group = db.scalar(select(Group).where(Group.name == "Theehuis West"))
        assert (group.language, group.language_variant, group.city, group.region, group.traditions) == (
            "ar", "ar_MA", "Utrecht", "midden", "dutch,islamic,school")
    assert answer.headers["location"] == f"/groups/{group.id}"
    page = web.get(f"/groups/{group.id}").text
    assert "De groep Theehuis West is gemaakt." in page
    web.post(f"/groups/{group.id}/invite", data={"csrf": token, "role": "facilitator"})
    with samen.sessions() as db:
        assert db.scalar(select(Invite.role).where(Invite.group_id == group.id)) == "facilitator"
    # a leader makes no groups; nor does a coordinator for an organisation not hers
    join(bot, "samira", f"/start {world.facilitator_code}", "nl")
    leader = signed_in(samen, bot, "samira")
    assert 'id="new-group-form"' not in leader.get("/").text
    refused = leader.post("/groups/new", data={"csrf": csrf_of(leader.get("/").text), "organisation": str(world.org_id),
                                               "name": "Stiekem"})
    assert refused.status_code == 403
    with samen.sessions() as db:
        assert db.scalar(select(Group).where(Group.name == "Stiekem")) is None


def test_a_form_without_its_token_changes_nothing(bot: ConsoleDriver, group_with_people: World, samen) -> None:  # noqa: ANN001
    from tests.test_authorization import snapshot

    gid = group_with_people.group_id
    session = _meeting(samen, group_with_people)
    web = signed_in(samen, bot, "samira")
    other = csrf_of(signed_in(samen, bot, "samira").get("/").text)  # the token of her session on another device
    before = snapshot(samen)
    forms = {"/groups/new": {"organisation": str(group_with_people.org_id), "name": "Nieuw"},
             f"/groups/{gid}/invite": {"role": "participant"},
             f"/groups/{gid}/move": {"session": str(session), "date": "2026-10-08"},
             f"/groups/{gid}/cancel": {"session": str(session), "confirm": "yes"},
             f"/groups/{gid}/place": {"session": str(session), "place": "Elders"},
             f"/groups/{gid}/add": {"date": "2026-10-09", "place": "Museum"},
             f"/groups/{gid}/plan": dict(PLAN)}
    for path, form in forms.items():
        for token in ({}, {"csrf": "0" * 64}, {"csrf": other}):
            answer = web.post(path, data={**form, **token})
            assert answer.status_code == 403 and "Dit formulier is verlopen." in answer.text, (path, token)
    assert snapshot(samen) == before


def test_every_action_in_the_audit_log_is_said_in_words_in_every_language() -> None:
    from pathlib import Path

    from bot.core.i18n import LOCALES, default_catalog

    root = Path(__file__).resolve().parents[1]
    actions = set()
    for folder in ("bot", "handlers", "storage"):
        for path in (root / folder).rglob("*.py"):
            actions |= set(re.findall(r'\baudit\([^"]*?"([a-z-]+)"', path.read_text(encoding="utf-8")))
    assert len(actions) > 40
    catalog = default_catalog()
    for locale in LOCALES:
        for action in actions:
            said = catalog.format(locale, "web-audit-action", {"action": action})
            assert said.strip("\u2068\u2069") != action, f"{locale}: {action}"


def test_a_session_lasts_twelve_hours(bot: ConsoleDriver, group_with_people: World, samen, clock) -> None:  # noqa: ANN001
    web = signed_in(samen, bot, "samira")
    clock.advance(hours=11, minutes=59)
    assert web.get("/").status_code == 200
    clock.advance(minutes=1)
    assert web.get("/").headers["location"] == "/signin"


def test_she_can_read_the_page_in_another_of_the_nine_languages(
        bot: ConsoleDriver, group_with_people: World, samen) -> None:  # noqa: ANN001
    web = signed_in(samen, bot, "samira")
    answer = web.get("/language?lang=tr", headers={"referer": "http://testserver/reports"})
    assert answer.status_code == 303 and answer.headers["location"] == "http://testserver/reports"
    assert 'lang="tr"' in web.get("/").text and "Genel bakış" in web.get("/").text
    assert web.get("/language?lang=xx", headers={"referer": "https://elsewhere.example/"}).headers["location"] == "/"
    assert 'lang="tr"' in web.get("/").text  # an unknown language changes nothing
    bot.say("samira", "menu")
    assert bot.last("samira").message.locale == "nl"  # the page's language is the browser's; the chat stays Dutch
