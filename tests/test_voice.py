"""Voice first: a member who reads little hears every message that matters, in her own language.

The voice notes are real speech (eSpeak NG) encoded as OGG/Opus; these tests decode them back."""
from __future__ import annotations

import datetime as dt
import io
import re
from zoneinfo import ZoneInfo

import pytest
import soundfile
from sqlalchemy import select

from bot.console import ConsoleDriver
from bot.core.i18n import default_catalog
from bot.core.messages import Choice, Media
from bot.core.spoken import VOICED, VOICES, speakable
from bot.speech import Speech
from storage.erasure import export_member
from storage.models import CheckIn, FollowUp, Group, Member
from tests.conftest import World, join, make_session, reminded

catalog = default_catalog()


def _voice_on(samen, *names: str) -> None:  # noqa: ANN001
    with samen.sessions() as db, db.begin():
        for member in db.scalars(select(Member).where(Member.display_name.in_(names))):
            member.voice = True


def _clip(samen, sent) -> tuple[bytes, float]:  # noqa: ANN001
    """The bytes of a voice note the console got, and its length decoded back."""
    data, content_type = samen.sender.speech.load(sent.message.media.ref)
    assert content_type == "audio/ogg"
    info = soundfile.info(io.BytesIO(data))
    assert (info.format, info.subtype) == ("OGG", "OPUS")
    samples, rate = soundfile.read(io.BytesIO(data))
    return data, len(samples) / rate


def test_a_member_with_voice_on_hears_her_reminder_after_reading_it(
        bot: ConsoleDriver, group_with_people: World, samen, clock) -> None:  # noqa: ANN001
    _voice_on(samen, "fatima")
    reminded(bot, group_with_people, samen, clock)
    fatima = bot.channel.inbox("fatima")
    text, voice = fatima[-2], fatima[-1]
    assert text.message.text.startswith("📅") and text.message.choices  # the buttons stay on the text
    assert voice.message.media is not None and voice.message.media.kind == "voice"
    assert not voice.message.choices and voice.message.locale == "ar"
    assert re.fullmatch(r"\[voice \d+ s, ar\]", voice.text)
    _data, seconds = _clip(samen, voice)
    assert 6 < seconds < 40 and abs(seconds - voice.message.media.duration) <= 1
    # Els reads: she gets the text alone
    assert bot.channel.inbox("els")[-1].message.choices
    assert bot.channel.inbox("els")[-1].message.text.startswith("📅")


def test_what_is_spoken_has_no_emoji_markup_or_isolation_marks_and_reads_times_in_words() -> None:


    when = dt.datetime(2026, 10, 6, 12, 30, tzinfo=dt.timezone.utc)
    for locale in catalog.locales:
        rendered = catalog.render(locale, "reminder", {"date": when, "place": "Buurthuis", "note": "none"},
                                  [Choice("rsvp:yes:1", "rsvp-yes", "✅"), Choice("rsvp:no:1", "rsvp-no", "❌")])
        spoken = catalog.spoken(rendered)
        assert not re.search("[\u2066-\u2069\u200d\ufe0f<>*_]|[\U0001F000-\U0001FAFF\u2600-\u27BF]", spoken), spoken
        assert "14:30" not in spoken and "14" in spoken and "30" in spoken, spoken  # the time in words
        assert "1" in spoken and "2" in spoken  # the buttons as numbers
        assert catalog.format(locale, "rsvp-no") in spoken
    # every voiced message, in every locale, speaks clean text
    for message_id in VOICED:
        for locale in catalog.locales:
            if message_id in catalog.messages[locale]:
                assert not re.search("[\u2066-\u2069\U0001F000-\U0001FAFF]",
                                     speakable(catalog.format(locale, message_id, {})))


@pytest.mark.parametrize("locale", sorted(VOICES))
def test_each_voiced_language_speaks_a_sentence_of_plausible_length(tmp_path, locale: str) -> None:  # noqa: ANN001
    speech = Speech(tmp_path)
    sentence = speakable(catalog.format(locale, "rsvp-saved-no"))
    clip = speech.speak(locale, sentence)
    data, _type = speech.load(clip.ref)
    samples, rate = soundfile.read(io.BytesIO(data))
    seconds = len(samples) / rate
    assert soundfile.info(io.BytesIO(data)).subtype == "OPUS" and abs(seconds - clip.seconds) < 0.1
    # about 5 to 25 characters a second, as people speak
    assert len(sentence) / 25 < seconds < len(sentence) / 5 + 1, (sentence, seconds)
    again = speech.speak(locale, sentence)
    assert again == clip and speech.made == 1  # made once, then found on disk


def test_tagalog_has_no_voice_and_the_cache_keeps_its_bound(tmp_path) -> None:  # noqa: ANN001
    speech = Speech(tmp_path, max_bytes=60_000)
    with pytest.raises(LookupError):
        speech.speak("fil", "Kumusta po kayo")
    for i in range(12):
        speech.speak("nl", f"Dit is zin nummer {i} van een lange reeks zinnen om de map te vullen.")
    assert sum(p.stat().st_size for p in tmp_path.glob("*.ogg")) <= 60_000
    assert len(list(tmp_path.glob("*.ogg"))) < 12


def test_the_leader_marks_a_member_who_reads_little_and_she_hears_it(
        bot: ConsoleDriver, group_with_people: World, samen) -> None:  # noqa: ANN001
    bot.say("samira", "menu")
    bot.tap("samira", "Deelnemers")
    bot.tap("samira", "✏️ mehmet")
    got = bot.tap("samira", "Ook gesproken")
    to_samira = [m for m in got if m.address == "samira"]
    assert to_samira[-1].message.text == catalog.format("nl", "mm-voice-saved-on", {"name": "mehmet"})
    # Mehmet is told in Turkish, in writing and aloud
    text, voice = [m for m in got if m.address == "mehmet"]
    assert text.message.text == catalog.format("tr", "voice-on")
    assert voice.text.startswith("[voice") and voice.text.endswith(", tr]")
    with samen.sessions() as db:
        assert db.scalar(select(Member.voice).where(Member.display_name == "mehmet")) is True
    # the menu now offers the way back
    bot.say("samira", "menu")
    bot.tap("samira", "Deelnemers")
    bot.tap("samira", "✏️ mehmet")
    got = bot.tap("samira", "Alleen tekst")
    assert [m.message.text for m in got if m.address == "mehmet"] == [catalog.format("tr", "voice-off")]


def test_a_member_switches_voice_with_a_word_of_her_language_or_slash_voice(
        bot: ConsoleDriver, group_with_people: World, samen) -> None:  # noqa: ANN001
    got = bot.say("mehmet", "sesli")  # Turkish: "voice"
    asked, sample = got[-2].message, got[-1].message
    assert asked.text == catalog.format("tr", "voice-question") and sample.media.kind == "voice"
    got = bot.tap("mehmet", "Evet, sesli de")
    assert got[0].message.text == catalog.format("tr", "voice-on") and got[1].message.media.kind == "voice"
    bot.say("els", "/voice")
    got = bot.tap("els", "Nee, tekst is goed")
    assert [m.message.text for m in got] == [catalog.format("nl", "voice-off")]  # text only: no voice note
    with samen.sessions() as db:
        assert dict(db.execute(select(Member.display_name, Member.voice)
                               .where(Member.display_name.in_(["mehmet", "els"]))).tuples().all()) == \
            {"mehmet": True, "els": False}
        mehmet = db.scalar(select(Member).where(Member.display_name == "mehmet"))
        assert export_member(db, mehmet)["profile"]["messages_read_aloud"] is True  # "my data" shows it


def test_a_tagalog_speaker_is_not_asked_and_hears_why(bot: ConsoleDriver, world: World, samen) -> None:  # noqa: ANN001
    join(bot, "samira", f"/start {world.facilitator_code}", "nl")
    bot.say("rosa", world.participant_code, language="fil")
    bot.say("rosa", choice="consent:yes")
    got = bot.tap("rosa", "Tagalog")
    assert got[-1].message.text == catalog.format("fil", "call-question")  # no voice question: no voice
    got = bot.say("rosa", "/voice")
    assert [m.message.text for m in got] == [catalog.format("fil", "voice-none", {"language": "Tagalog"})]


def test_the_voice_notes_of_the_next_hours_are_made_before_the_wave(
        bot: ConsoleDriver, group_with_people: World, samen, clock) -> None:  # noqa: ANN001
    _voice_on(samen, "fatima", "mehmet")
    clock.set(dt.datetime(2026, 10, 1, 9, 0, tzinfo=dt.timezone.utc))
    make_session(samen, group_with_people, dt.datetime(2026, 10, 6, 14, 0, tzinfo=ZoneInfo("Europe/Amsterdam")),
                 place="Buurthuis")
    clock.set(dt.datetime(2026, 10, 5, 8, 0, tzinfo=ZoneInfo("Europe/Amsterdam")))  # two hours before the reminders
    speech = samen.sender.speech
    assert samen.speak_ahead() == 2  # Fatima's Arabic and Mehmet's Turkish reminder
    assert samen.speak_ahead() == 0  # asked again ten minutes later: nothing to make
    made = speech.made
    clock.set(dt.datetime(2026, 10, 5, 10, 0, tzinfo=ZoneInfo("Europe/Amsterdam")))
    samen.ticker.tick()
    bot.flush()
    assert bot.channel.inbox("fatima")[-1].text.startswith("[voice")
    assert bot.channel.inbox("mehmet")[-1].text.startswith("[voice")
    assert speech.made == made  # the wave found both made


def test_the_leaders_own_voice_goes_first_with_the_meetings_first_reminder(
        bot: ConsoleDriver, group_with_people: World, samen, clock) -> None:  # noqa: ANN001
    ams = ZoneInfo("Europe/Amsterdam")
    _voice_on(samen, "fatima")
    clock.set(dt.datetime(2026, 10, 1, 9, 0, tzinfo=dt.timezone.utc))
    make_session(samen, group_with_people, dt.datetime(2026, 10, 6, 14, 0, tzinfo=ams), place="Buurthuis")
    # Samira records a welcome for Tuesday's meeting under 🗓 Meetings
    bot.say("samira", "menu")
    bot.tap("samira", "Bijeenkomsten")
    bot.tap("samira", 1)
    got = bot.tap("samira", "Spraakbericht")
    when = {"date": dt.datetime(2026, 10, 6, 12, 0, tzinfo=dt.timezone.utc)}
    assert got[-1].message.text == catalog.format("nl", "sess-ask-voice", when)
    assert bot.say("samira", "Hallo allemaal")[-1].message.text == catalog.format("nl", "voice-note-wanted")
    welcome = Media("voice", "tg:samira-welcome", "audio/ogg", 9)
    got = bot.say("samira", media=(welcome,))
    assert got[-1].message.text == catalog.format("nl", "sess-done-voice", when)
    # the day before: everyone hears Samira first, whether she has voice on or not
    clock.set(dt.datetime(2026, 10, 5, 10, 0, tzinfo=ams))
    samen.ticker.tick()
    bot.flush()
    fatima = bot.channel.inbox("fatima")[-3:]
    assert fatima[0].message.media == welcome
    assert fatima[0].message.text == catalog.format("ar", "reminder-voice", when)
    assert fatima[1].message.text.startswith("📅") and fatima[2].text.startswith("[voice")  # then hers, spoken
    els = bot.channel.inbox("els")[-2:]
    assert els[0].message.media == welcome and els[1].message.text.startswith("📅")
    # the same-day reminder does not play it again
    before = len(bot.channel.inbox("els"))
    clock.set(dt.datetime(2026, 10, 6, 12, 0, tzinfo=ams))
    samen.ticker.tick()
    bot.flush()
    assert [m.message.media for m in bot.channel.inbox("els")[before:]] == [None]


def test_a_standing_greeting_after_the_plan_is_saved_and_gone_when_she_is_erased(
        bot: ConsoleDriver, group_with_people: World, samen, clock) -> None:  # noqa: ANN001
    clock.set(dt.datetime(2026, 1, 2, 9, 0, tzinfo=dt.timezone.utc))
    bot.say("samira", "menu")
    bot.tap("samira", "Jaar plannen")
    bot.tap("samira", "Dinsdag")
    bot.say("samira", "14:00")
    bot.tap("samira", "Elke week")
    bot.tap("samira", 1)
    bot.say("samira", "Buurthuis")
    bot.tap("samira", "Juli en augustus")
    bot.tap("samira", "Klaar")
    got = bot.tap("samira", "Planning opslaan")
    saved = [m for m in got if m.address == "samira"][0].message
    assert "sess:greeting:" in saved.choices[0][0]  # "record a short welcome for the reminders?"
    bot.tap("samira", "Groet inspreken")
    got = bot.say("samira", media=(Media("voice", "tg:samira-hello", "audio/ogg", 5),))
    assert got[-1].message.text == catalog.format("nl", "grp-done-greeting", {"group": "Koffie Oost"})
    with samen.sessions() as db:
        assert db.get(Group, group_with_people.group_id).greeting_voice["media"]["ref"] == "tg:samira-hello"
    # every meeting's first reminder carries it
    clock.set(dt.datetime(2026, 1, 12, 10, 0, tzinfo=ZoneInfo("Europe/Amsterdam")))
    samen.ticker.tick()
    bot.flush()
    assert any(m.message.media and m.message.media.ref == "tg:samira-hello" for m in bot.channel.inbox("mehmet"))
    # Samira has her data erased: her voice goes with it
    bot.say("samira", "/forget")
    bot.tap("samira", 1)
    with samen.sessions() as db:
        assert db.get(Group, group_with_people.group_id).greeting_voice is None


def test_a_ready_made_announcement_is_spoken_but_the_leaders_own_words_are_not(
        bot: ConsoleDriver, group_with_people: World, samen) -> None:  # noqa: ANN001
    _voice_on(samen, "fatima")
    make_session(samen, group_with_people, dt.datetime(2026, 9, 10, 8, 0, tzinfo=dt.timezone.utc), place="Buurthuis")
    bot.say("samira", "menu")
    bot.tap("samira", "Bericht aan allen")
    bot.tap("samira", "Iedereen")
    got = bot.say("samira", "Morgen koffie in de tuin!")
    # the preview tells Samira that Fatima will not hear her own words
    assert catalog.format("nl", "bc-no-voice", {"names": ["fatima"], "count": 1}) in \
        [m.message.text for m in got if m.address == "samira"]
    got = bot.tap("samira", "Versturen")
    assert [m.message.media for m in got if m.address == "fatima"] == [None]
    # a ready-made announcement is in her language, so she hears it
    bot.say("samira", "menu")
    bot.tap("samira", "Bericht aan allen")
    bot.tap("samira", "Iedereen")
    got = bot.tap("samira", "Gaat niet door")
    assert not any(m.message.text.startswith("🔇") for m in got if m.address == "samira")
    got = bot.tap("samira", "Versturen")
    text, voice = [m for m in got if m.address == "fatima"]
    assert text.message.text.startswith(catalog.format("ar", "bc-ready-cancelled", {
        "group": "Koffie Oost", "date": dt.datetime(2026, 9, 10, 8, 0, tzinfo=dt.timezone.utc)})[:10])
    assert voice.text.startswith("[voice") and voice.text.endswith("ar]")


def test_a_voice_note_after_we_missed_you_reaches_the_leader_with_buttons_to_record_it(
        bot: ConsoleDriver, group_with_people: World, samen, clock) -> None:  # noqa: ANN001
    ams = ZoneInfo("Europe/Amsterdam")
    _voice_on(samen, "fatima")
    reminded(bot, group_with_people, samen, clock)
    bot.tap("mehmet", "Geliyorum")
    bot.tap("els", "Ik kom")
    clock.set(dt.datetime(2026, 10, 6, 16, 0, tzinfo=ams))  # the meeting ends: Fatima was not there
    samen.ticker.tick()
    bot.flush()
    listed = next(m.message.text for m in reversed(bot.channel.inbox("samira")) if "fatima" in m.message.text)
    number = re.search(r"(\d+)\. \S+ fatima", listed).group(1)
    bot.say("samira", f"alle behalve {number}")
    bot.tap("samira", "Bevestigen")
    clock.set(dt.datetime(2026, 10, 6, 19, 0, tzinfo=ams))
    samen.ticker.tick()
    bot.flush()
    asked, spoken = bot.channel.inbox("fatima")[-2:]
    assert asked.message.text == catalog.format("ar", "checkin-missed") and spoken.text.startswith("[voice")
    # she answers the way she can: a voice note
    got = bot.say("fatima", media=(Media("voice", "tg:fatima-how-i-am", "audio/ogg", 12),))
    [relayed] = [m for m in got if m.address == "samira"]
    when = {"date": dt.datetime(2026, 10, 6, 12, 0, tzinfo=dt.timezone.utc)}
    assert relayed.message.text == catalog.format("nl", "relay-from-member-voice-checkin", {
        "name": "fatima · العربية", "group": "Koffie Oost", **when})
    assert relayed.message.media.ref == "tg:fatima-how-i-am"
    assert [label for _p, label in relayed.message.choices][1:] == ["🙂 Gaat goed", "🤒 Niet goed", "📞 Wil gebeld worden"]
    # Samira listens and records it for her
    got = bot.tap("samira", "Niet goed")
    assert got[-1].message.text == catalog.format("nl", "checkin-for-saved", {"name": "fatima", "answer": "Niet goed"})
    with samen.sessions() as db:
        assert [c.answer for c in db.scalars(select(CheckIn))] == ["unwell"]
        assert [t.reason for t in db.scalars(select(FollowUp))] == ["unwell"]
