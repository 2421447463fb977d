"""Translations as people read them: dates in full and in the locale's own order, a Moroccan group's
month names, and the classes of error the reviews found (`../shared/reviews/translations-*.md`)."""
from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

import pytest
from babel import Locale

from bot.cli import main
from bot.console import ConsoleDriver
from bot.core.i18n import LOCALES, default_catalog
from tests.conftest import World, make_session

catalog = default_catalog()
AMS = ZoneInfo("Europe/Amsterdam")
# One meeting on each weekday, in twelve months: every weekday and month name a date can show.
WHENS = [dt.datetime(2026, month, 1 + (month * 3) % 7 + day, 10, 0, tzinfo=AMS) for month in range(1, 13)
         for day in range(0, 14, 2)]


def _abbreviated(locale: str) -> set[str]:
    """Weekday and month names a locale shortens (those whose short form differs from the full one)."""
    data = Locale.parse(locale)
    short: set[str] = set()
    wide: set[str] = set()
    for kind in ("days", "months"):
        for context in ("format", "stand-alone"):
            names = getattr(data, kind)[context]
            wide |= {name.casefold() for name in names["wide"].values()}
            for width in ("abbreviated", "short"):
                short |= {name.strip(".").casefold() for name in (names.get(width) or {}).values()}
    return short - wide


@pytest.mark.parametrize("locale", LOCALES)
def test_a_participant_date_names_the_weekday_and_month_in_full(locale: str) -> None:
    short = _abbreviated(locale)
    wide_days = {name.casefold() for name in Locale.parse(locale).days["format"]["wide"].values()}
    for when in WHENS:
        text = catalog.format(locale, "reminder", {"date": when, "place": "Buurthuis", "note": ""})
        words = {w.casefold() for w in re.findall(r"[^\W\d_]+\.?", text)}
        assert not {w.strip(".") for w in words} & short, (locale, text)
        assert any(day in text.casefold() for day in wide_days), (locale, text)


def test_an_arabic_date_has_no_latin_comma() -> None:
    for when in WHENS:
        for message_id in ("reminder", "session-moved", "session-cancelled"):
            args = {"date": when, "old": when, "new": when + dt.timedelta(days=2), "place": "Buurthuis", "note": ""}
            text = catalog.format("ar", message_id, args)
            assert "," not in text, text
            assert "،" in text


def test_a_moroccan_group_reads_moroccan_month_names(
        bot: ConsoleDriver, group_with_people: World, samen, clock, database_url,  # noqa: ANN001
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """The coordinator sets the group to Arabic (Morocco); Fatima's reminder says دجنبر, not ديسمبر;
    Mehmet's Turkish and Els's Dutch reminders are as before."""
    monkeypatch.setenv("DATABASE_URL", database_url)
    assert main(["group", "set", "Koffie Oost", "--language", "ar-MA,tr,nl"]) == 0
    assert "dates as ar-MA" in capsys.readouterr().out
    clock.set(dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.timezone.utc))
    make_session(samen, group_with_people, dt.datetime(2026, 12, 8, 14, 0, tzinfo=AMS), place="Buurthuis")
    clock.set(dt.datetime(2026, 12, 7, 10, 0, tzinfo=AMS))
    samen.ticker.tick()
    bot.flush()
    fatima = bot.last("fatima").message.text
    assert "الثلاثاء، 8 دجنبر، 14:00" in fatima and "ديسمبر" not in fatima
    assert "8 Aralık Salı 14:00" in bot.last("mehmet").message.text
    assert "dinsdag 8 december, 14:00" in bot.last("els").message.text
    assert main(["group", "set", "Koffie Oost", "--language", "ar-EG"]) == 2
    assert "unknown language ar-EG" in capsys.readouterr().err


def test_a_coordinator_makes_a_moroccan_group_in_the_chat(bot: ConsoleDriver, world: World,
                                                         samen) -> None:  # noqa: ANN001
    """Noor creates "Atay Noord" with the language button «العربية (المغرب)»: its members' language is
    Arabic, its dates Moroccan."""
    from storage.models import Group
    from tests.conftest import join

    join(bot, "noor", world.coordinator_code, "nl")
    bot.say("noor", "menu")
    bot.tap("noor", "Nieuwe groep")
    bot.say("noor", "Atay Noord")
    assert "العربية (المغرب)" in [label for _p, label in bot.last("noor").message.choices]
    bot.tap("noor", "العربية (المغرب)")
    bot.tap("noor", "Overslaan")
    bot.tap("noor", "Overslaan")
    bot.tap("noor", "Klaar")
    with samen.sessions() as db:
        group = [g for g in db.query(Group).all() if g.name == "Atay Noord"][0]
        assert (group.language, group.languages, group.language_variant) == ("ar", "ar", "ar_MA")
        assert group.dates == {"tz": "Europe/Amsterdam", "dates": "ar_MA"}
    when = dt.datetime(2026, 9, 15, 10, 0, tzinfo=AMS)
    assert "15 شتنبر" in catalog.format("ar", "reminder", {"date": when, "place": "—", "note": "", **group.dates})
