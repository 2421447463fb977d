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
    assert "dinsdag 8 december om 14:00" in bot.last("els").message.text
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


# Every message a participant gets (not her leader's, coordinator's or a group chat's), by file.
PARTICIPANT_IDS = (
    # onboarding.ftl
    "stranger-how-to-join", "invite-unknown", "invite-expired", "invite-used-up", "invite-already-member",
    "consent-question", "consent-already", "consent-declined", "language-question", "language-changed",
    "call-question", "call-saved-yes", "call-saved-no", "welcome-participant", "call-share-number",
    "call-number-saved",
    # reminders.ftl
    "reminder", "reminder-today", "rsvp-saved-yes", "rsvp-saved-no", "rsvp-saved-call", "rsvp-closed", "next-none",
    "rsvp-no-after-all",
    # privacy.ftl, rights.ftl, help.ftl, common.ftl
    "stop-confirmed", "start-resumed", "start-already", "forget-confirm", "forget-kept", "forget-done", "mydata",
    "stop-confirm", "stop-kept", "not-allowed", "paused-not-passed-on", "too-fast", "mydata-file", "mm-paused-you",
    "mm-unpaused-you", "help-participant", "answer-with-number", "answer-out-of-range", "button-expired",
    "empty-message", "error-sorry", "unknown-command", "answer-understood",
    # away.ftl
    "away-ask", "away-ask-date", "away-bad-date", "away-set", "away-set-by-leader", "away-back-now",
    "away-welcome-back", "away-welcome-back-none",
    # attendance.ftl, buddies.ftl
    "checkin-missed", "checkin-excused", "checkin-thanks", "checkin-unwell-reply", "buddy-ask", "buddy-thanks-yes",
    "buddy-thanks-no", "buddy-assigned",
    # wishes.ftl
    "wish-started", "wish-q-happy", "wish-q-before", "wish-q-together", "wish-thanks", "wish-reminder",
    "wish-other-prompt", "vote-started", "vote-question", "vote-reminder", "vote-saved", "vote-retracted",
    "vote-closed", "vote-result", "vote-attached",
    # relay.ftl, leaders.ftl
    "relay-passed-on", "relay-nobody", "relay-from-facilitator", "relay-from-facilitator-media", "call-nobody",
    # schedule.ftl, broadcast.ftl: what members hear of their meetings
    "schedule-new", "session-moved", "session-cancelled", "session-added", "session-place", "session-note",
    "broadcast-message", "broadcast-media", "bc-ready-cancelled", "bc-ready-place", "bc-ready-bring",
    "bc-ready-ramadan", "bc-ready-eid", "bc-ready-christmas", "bc-ready-newyear", "bc-ready-ketikoti",
    "bc-ready-divali", "bc-ready-summer",
)
# Realistic arguments: a long group name and place, a real meeting time, a short text.
REAL = {
    "group": "Koffie & Thee Kanaleneiland", "place": "Buurthuis De Linde, Marco Polostraat 12", "name": "Fatima",
    "date": dt.datetime(2026, 9, 16, 14, 0, tzinfo=AMS), "old": dt.datetime(2026, 9, 16, 14, 0, tzinfo=AMS),
    "new": dt.datetime(2026, 9, 23, 14, 0, tzinfo=AMS), "first": dt.datetime(2026, 9, 16, 14, 0, tzinfo=AMS),
    "until": dt.date(2026, 11, 30), "note": "none", "text": "Tot morgen!", "count": 22, "max": 60, "language": "Türkçe",
    "groups": "Koffie & Thee Kanaleneiland", "call": "yes", "stopped": "no", "buddy": "Els", "member": "Fatima",
    "winner": "Samen koken", "phone": "+31 6 12345678", "code": "AB3CD4EF", "leader": "Samira", "body": "Tot morgen!",
}


def test_the_first_message_is_two_short_sentences_in_every_locale() -> None:
    for locale in LOCALES:
        text = catalog.format(locale, "consent-question", {"group": "Koffie Oost"})
        sentences = [s for s in re.split(r"(?<=[.!?؟])\s+", text.strip()) if s]
        assert len(sentences) <= 2, (locale, text)
        assert len(text) <= 160, (locale, len(text), text)


@pytest.mark.parametrize("locale", LOCALES)
def test_participant_messages_stay_under_300_characters(locale: str) -> None:
    for message_id in PARTICIPANT_IDS:
        assert catalog.has(message_id), message_id
        text = catalog.format(locale, message_id, REAL)
        assert len(text) < 300, f"{locale}/{message_id}: {len(text)} characters: {text}"


# Buttons that mean the same thing in different menus may read the same; any other two may not
# (ar: the ready-made «meeting cancelled» message read «إلغاء اللقاء», the button that cancels one).
SAME_MEANING = (
    {"bc-add-version", "language-other"}, {"buddy-yes", "consent-yes"}, {"buddy-no", "consent-no"},
    {"checkin-call", "rsvp-call"}, {"grp-skip", "members-add-skip"}, {"group-make-leader", "mm-promote"},
    {"forget-no", "sess-keep", "stop-keep"}, {"forget-yes", "mm-yes-remove"},
)


@pytest.mark.parametrize("locale", LOCALES)
def test_no_two_buttons_with_different_meanings_read_alike(locale: str) -> None:
    from handlers.broadcast import READY_IDS
    from tests.test_locales import SAMPLE, _ids_used_in_code

    labels = _ids_used_in_code()[1] | {i for i in READY_IDS if i.endswith("-label")}
    by_text: dict[str, set[str]] = {}
    for label_id in labels:
        if catalog.has(label_id):
            # the same words in another order count as the same ("Reunion kanselá" / "Kanselá reunion")
            words = " ".join(sorted(re.findall(r"\w+", catalog.format(locale, label_id, SAMPLE).casefold())))
            by_text.setdefault(words, set()).add(label_id)
    for text, ids in by_text.items():
        assert len(ids) == 1 or any(ids <= same for same in SAME_MEANING), f"{locale}: {sorted(ids)} all read {text!r}"


def _bare(locale: str, message_id: str) -> str:
    """A message with every argument left out (a name or place someone typed is not the translation's)."""
    bundle = catalog.bundles[locale]
    info = catalog.messages[locale][message_id]
    args = {name: 3 if name in ("count", "uses", "max", "present", "total") else "·" for name in info.variables}
    value, _ = bundle.format_pattern(bundle.get_message(message_id).value, args)
    return str(value)


def test_arabic_messages_are_in_arabic_letters() -> None:
    """Only the product's name, file types and Telegram commands stay Latin (Keti Koti is «كيتي كوتي»)."""
    allowed = {"samen", "PDF", "CSV", "PNG"}
    for message_id in catalog.messages["ar"]:
        text = _bare("ar", message_id)
        latin = [w for w in re.findall(r"(?<![/\w])[A-Za-z][A-Za-z]*", text) if w not in allowed]
        assert not latin, f"ar/{message_id}: {latin} in {text}"


# Tagalog words the review flags: «itago» first reads "hide" ("what are you hiding about me?"); the
# doubled genitive «lider ng grupo ng X»; «Araw ng Suriname» (one national day); office and jargon words.
FLAGGED_FIL = (r"\bitago\b", r"itinatago", r"itatago", r"\bitinago\b", r"Araw ng Suriname", r"ng grupo ng ·",
               r"\(default\)", r"Karaniwang pagdalo", r"tag-init", r"binurang datos", r"\bkilala ang code",
               r"[Mm]akikipag-ugnayan po sa inyo", r"Ano po ang nangyari", r"Pista ng simbahan")


def test_tagalog_avoids_the_words_the_review_flags() -> None:
    for message_id in catalog.messages["fil"]:
        text = _bare("fil", message_id)
        for pattern in FLAGGED_FIL:
            assert not re.search(pattern, text), f"fil/{message_id}: {pattern!r} in {text}"


def test_the_words_the_reviews_add_and_take_away(bot: ConsoleDriver, group_with_people: World) -> None:
    """Fatima (ar), Mehmet (tr), Maria (fil) and Rosa (pap) type what the reviewers saw people type."""
    from tests.conftest import join
    from tests.test_conversation import said

    join(bot, "maria", group_with_people.participant_code, "fil")
    join(bot, "rosa", group_with_people.participant_code, "pap")
    bot.flush()
    # a keyword copied with the Arabic quotes the messages use
    assert said(bot.say("fatima", "«مساعدة»"), "fatima") == [catalog.format("ar", "help-participant"),
                                                           catalog.format("ar", "relay-passed-on")]
    # the stop button's own text, typed, stops; the start words of each language start again
    assert said(bot.say("fatima", "إيقاف الرسائل"), "fatima") == [catalog.format("ar", "stop-confirmed")]
    assert said(bot.say("fatima", "إبدأ"), "fatima") == [catalog.format("ar", "start-resumed")]
    bot.say("mehmet", "durdur")
    assert said(bot.say("mehmet", "katıl"), "mehmet") == [catalog.format("tr", "start-resumed")]
    bot.say("maria", "tigil")
    assert said(bot.say("maria", "sumali"), "maria") == [catalog.format("fil", "start-resumed")]
    assert said(bot.say("mehmet", "bilgilerimi sil"), "mehmet") == [catalog.format("tr", "forget-confirm")]
    bot.tap("mehmet", 2)
    assert said(bot.say("maria", "impormasyon ko"), "maria")[0].startswith("Ito po ang naka-save sa amin")
    # «para» is money in Turkish and "for" in Tagalog: from Rosa it asks before it stops anything
    assert said(bot.say("rosa", "Para"), "rosa") == [catalog.format("pap", "stop-confirm")]
