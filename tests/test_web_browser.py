"""The web page in a real headless Chromium (Debian's `chromium`, driven by Playwright): a leader
and a coordinator sign in through the link the bot sent them and use the pages as they would.

Each test leaves screenshots of the pages it saw, in Dutch and Arabic, in `screenshots/web/` (or
`$SAMEN_SCREENSHOTS`), so a person can look at them."""
from __future__ import annotations

import dataclasses
import os
import re
import shutil
import threading
from pathlib import Path
from typing import Iterator

import pytest
import uvicorn

from bot.app import web_app
from bot.console import ConsoleDriver
from tests.conftest import World, free_port, join

CHROMIUM = os.environ.get("SAMEN_CHROMIUM", "/usr/bin/chromium")
SHOTS = Path(os.environ.get("SAMEN_SCREENSHOTS", Path(__file__).resolve().parents[1] / "screenshots" / "web"))
pytestmark = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not shutil.which(CHROMIUM):
        if os.environ.get("CI"):
            pytest.fail(f"no Chromium at {CHROMIUM}: `make test` installs Debian's chromium")
        pytest.skip(f"no Chromium at {CHROMIUM} (`make test` installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def site(samen) -> Iterator[str]:  # noqa: ANN001
    """The web page served by uvicorn on a free port; the bot's sign-in links point there."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    samen.dispatcher.policy = dataclasses.replace(samen.dispatcher.policy, web_url=url)
    server = uvicorn.Server(uvicorn.Config(web_app(samen, background=False, channels=False, handling=False),
                                           host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        threading.Event().wait(0.05)
    assert server.started
    try:
        yield url
    finally:
        server.should_exit = True
        thread.join(timeout=15)


def sign_in(browser, bot: ConsoleDriver, who: str, locale: str):  # noqa: ANN001, ANN201
    """`who` sends "web" to the bot and opens the link she got in a browser of her own."""
    bot.say(who, "web")
    link = re.search(r"http://127\.0\.0\.1:\d+/login/[A-Za-z0-9_-]+", bot.last(who).text).group(0)
    page = browser.new_page(locale=locale, viewport={"width": 1200, "height": 900})
    page.goto(link)
    return page


def shot(page, name: str) -> None:  # noqa: ANN001
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_a_leader_signs_in_through_the_bots_link_and_sees_her_group(
        browser, site: str, bot: ConsoleDriver, group_with_people: World) -> None:  # noqa: ANN001
    page = sign_in(browser, bot, "samira", "nl-NL")
    assert page.url == f"{site}/"
    assert page.locator("h1").inner_text() == "Overzicht"
    row = page.locator("#groups tbody tr")
    assert row.count() == 1 and "Koffie Oost" in row.inner_text() and "samira" in row.inner_text()
    shot(page, "overview-nl")
    page.get_by_role("button", name="Uitloggen").click()
    assert page.url == f"{site}/signin"
    page.goto(f"{site}/")
    assert page.url == f"{site}/signin" and "Stuur “web” naar samen" in page.content()
    page.close()


def test_an_arabic_coordinator_reads_the_page_right_to_left(
        browser, site: str, bot: ConsoleDriver, world: World) -> None:  # noqa: ANN001
    join(bot, "amal", f"/start {world.coordinator_code}", "ar")
    page = sign_in(browser, bot, "amal", "ar")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("h1").inner_text() == "نظرة عامة"
    # right to left: the first column (the group) is drawn at the right
    first, last = page.locator("#groups th").first.bounding_box(), page.locator("#groups th").last.bounding_box()
    assert first["x"] > last["x"]
    shot(page, "overview-ar")
    page.close()


def test_a_leader_moves_a_meeting_on_her_group_page(
        browser, site: str, bot: ConsoleDriver, group_with_people: World, samen) -> None:  # noqa: ANN001
    import datetime as dt
    from zoneinfo import ZoneInfo

    from tests.conftest import make_session

    join(bot, "amal", f"/start {group_with_people.coordinator_code}", "ar")
    samen.clock.set(dt.datetime(2026, 10, 1, 9, 0, tzinfo=dt.timezone.utc))
    make_session(samen, group_with_people, dt.datetime(2026, 10, 6, 14, 0, tzinfo=ZoneInfo("Europe/Amsterdam")),
                 place="Buurthuis")
    page = sign_in(browser, bot, "samira", "nl-NL")
    page.get_by_role("link", name="Koffie Oost").first.click()
    assert page.locator("h1").inner_text() == "Koffie Oost"
    row = page.locator("#upcoming tbody tr").first
    row.locator("input[name=date]").fill("2026-10-08")
    row.get_by_role("button", name="📆 Verplaatsen").click()
    assert page.locator("#flash").count() == 1
    assert "donderdag 8 oktober 2026, 14:00" in page.locator("#upcoming").inner_text()
    shot(page, "group-nl")
    page.close()
    page = sign_in(browser, bot, "amal", "ar")
    page.goto(f"{site}/groups/{group_with_people.group_id}")
    assert page.locator("html").get_attribute("dir") == "rtl" and "اللقاءات" in page.content()
    shot(page, "group-ar")
    page.close()


def test_a_coordinator_plans_the_season_and_sees_ramadan_shaded(
        browser, site: str, bot: ConsoleDriver, group_with_people: World, samen) -> None:  # noqa: ANN001
    join(bot, "amal", f"/start {group_with_people.coordinator_code}", "nl")
    page = sign_in(browser, bot, "amal", "nl-NL")
    page.goto(f"{site}/groups/{group_with_people.group_id}")
    page.get_by_role("link", name="📅 Seizoen plannen").click()
    page.select_option("#weekday", "1")
    page.fill("#time", "10:00")
    page.select_option("#every", "2")
    page.fill("#from", "2027-01-12")
    page.fill("#until", "2027-06-29")
    page.fill("#place", "Buurthuis De Linde")
    page.check("input[name=traditions][value=islamic]")
    page.get_by_role("button", name="👁 Bekijken").click()
    # by default the meeting on Eid al-Fitr (Tuesday 9 March) moves to another day of that week: a
    # skip would leave four weeks between two meetings of a fortnightly group
    assert page.locator("#preview h2").inner_text() == "13 bijeenkomsten"
    assert "dinsdag 9 maart 2027: Suikerfeest → woensdag 10 maart 2027" in page.locator("#decisions").inner_text()
    # she chooses no meeting that day: the page warns of the four weeks
    page.select_option("#policy-eid-al-fitr", "skip")
    page.get_by_role("button", name="👁 Bekijken").click()
    assert page.locator("#preview h2").inner_text() == "12 bijeenkomsten"
    decisions = page.locator("#decisions").inner_text()
    assert "dinsdag 9 maart 2027: Suikerfeest, geen bijeenkomst" in decisions and "4 weken niet samen" in decisions
    # … and then moves it to the next free week instead
    page.select_option("#policy-eid-al-fitr", "move")
    page.get_by_role("button", name="👁 Bekijken").click()
    assert page.locator("#preview h2").inner_text() == "13 bijeenkomsten"
    ramadan = page.locator('td[data-date="2027-02-23"]')
    assert "obs-ramadan" in ramadan.get_attribute("class") and "session" in ramadan.get_attribute("class")
    assert "repeating-linear-gradient" in ramadan.evaluate("cell => getComputedStyle(cell).backgroundImage")
    assert "Suikerfeest → dinsdag 16 maart 2027" in page.locator("#decisions").inner_text()
    shot(page, "plan-nl")
    page.get_by_role("button", name="✅ Plan opslaan").click()
    assert page.url == f"{site}/groups/{group_with_people.group_id}"
    assert "Het plan is opgeslagen: 13 bijeenkomsten." in page.locator("#flash").inner_text()
    assert page.locator("#upcoming tbody tr").count() == 13
    page.close()
    join(bot, "yusuf", f"/start {group_with_people.coordinator_code}", "ar")
    page = sign_in(browser, bot, "yusuf", "ar")
    page.goto(f"{site}/groups/{group_with_people.group_id}/plan?weekday=1&time=10:00&every=2&duration=120"
              "&from=2027-01-12&until=2027-06-29&traditions=dutch&traditions=islamic&islamic_shift=0")
    assert page.locator("html").get_attribute("dir") == "rtl" and page.locator(".month").count() == 6
    shot(page, "plan-ar")
    page.close()


def test_a_coordinator_downloads_the_report_as_pdf(
        browser, site: str, bot: ConsoleDriver, group_with_people: World, samen, clock) -> None:  # noqa: ANN001
    from tests.test_web import held

    join(bot, "amal", f"/start {group_with_people.coordinator_code}", "nl")
    join(bot, "yusuf", f"/start {group_with_people.coordinator_code}", "ar")
    held(bot, group_with_people, samen, clock)
    page = sign_in(browser, bot, "amal", "nl-NL")
    page.get_by_role("link", name="Rapportages").click()
    page.select_option("#scope", f"o:{group_with_people.org_id}")
    page.get_by_role("button", name="Tonen").click()
    assert "Buurthuis, alle groepen" in page.locator("#scope option:checked").inner_text()
    page.wait_for_function("document.getElementById('chart').complete", timeout=20_000)  # drawn by matplotlib
    assert page.locator("#chart").evaluate("img => img.naturalWidth > 0")
    shot(page, "reports-nl")
    with page.expect_download() as download:
        page.get_by_role("link", name="PDF").click()
    assert Path(download.value.path()).read_bytes()[:4] == b"%PDF"
    assert download.value.suggested_filename.endswith(".pdf")
    page.close()
    page = sign_in(browser, bot, "yusuf", "ar")
    page.goto(f"{site}/reports")
    assert page.locator("html").get_attribute("dir") == "rtl"
    shot(page, "reports-ar")
    page.close()


def test_a_leader_cannot_open_another_organisations_group_and_a_stranger_is_sent_to_the_bot(
        browser, site: str, bot: ConsoleDriver, group_with_people: World, samen) -> None:  # noqa: ANN001
    from tests.test_authorization import snapshot
    from tests.test_web import _other_organisation

    leader_code, _coordinator_code = _other_organisation(samen)
    join(bot, "lena", f"/start {leader_code}", "nl")
    page = sign_in(browser, bot, "lena", "nl-NL")
    before = snapshot(samen)
    answer = page.goto(f"{site}/groups/{group_with_people.group_id}")
    assert answer.status == 403 and page.locator("#reason").inner_text() == "Deze pagina kunt u niet openen."
    answer = page.goto(f"{site}/groups/{group_with_people.group_id}/plan")
    assert answer.status == 403 and "Koffie Oost" not in page.content()
    assert snapshot(samen) == before
    page.close()
    for locale, name in (("nl-NL", "signin-nl"), ("ar", "signin-ar")):
        stranger = browser.new_page(locale=locale, viewport={"width": 1200, "height": 900})
        stranger.goto(f"{site}/groups/{group_with_people.group_id}")
        assert stranger.url == f"{site}/signin"
        assert stranger.locator("html").get_attribute("lang") == locale[:2]
        shot(stranger, name)
        stranger.close()
