"""Conversation integrity: nothing a person says is swallowed by a question she did not mean to
answer, misread, or answered with a promise nobody keeps.  Each test is the conversation it protects."""
from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

from sqlalchemy import select

from bot.console import ConsoleDriver
from bot.core.i18n import default_catalog
from storage.models import Wish
from tests.conftest import World, make_session, reminded

catalog = default_catalog()
AMS = ZoneInfo("Europe/Amsterdam")


def said(got, who: str) -> list[str]:  # noqa: ANN001
    return [m.message.text for m in got if m.address == who]


def _ended_meeting(samen, bot: ConsoleDriver, world: World, clock) -> list:  # noqa: ANN001
    """A meeting that has just ended: the leader has the attendance list (it waits two days)."""
    clock.set(dt.datetime(2026, 10, 1, 9, 0, tzinfo=dt.timezone.utc))
    make_session(samen, world, dt.datetime(2026, 10, 6, 14, 0, tzinfo=AMS))
    clock.set(dt.datetime(2026, 10, 6, 16, 0, tzinfo=AMS))
    samen.ticker.tick()
    return bot.flush()


def test_the_router_precedence_table(bot: ConsoleDriver, group_with_people: World, samen, clock) -> None:  # noqa: ANN001
    """The precedence of `bot/router.py`, row by row: (who, says, who gets what)."""
    _ended_meeting(samen, bot, group_with_people, clock)
    relayed = [m for m in bot.say("els", "Is er koffie?") if m.address == "samira"][0]
    nl = lambda message_id, args=None: catalog.format("nl", message_id, args)  # noqa: E731
    table = [
        # a keyword of her own language, whole message
        ("els", {"text": "help"}, "els", nl("help-participant")),
        # … and the help word reaches her leader, marked 🆘: it may be a plea
        ("els", {"text": "help"}, "samira",
         nl("relay-plea-from-member", {"name": "els", "group": "Koffie Oost", "text": "help"})),
        # the leader's quote-reply to a relayed message, while the attendance list waits
        ("samira", {"text": "Ja, altijd", "reply_to": relayed.provider_id},
         "els", nl("relay-from-facilitator", {"name": "samira", "text": "Ja, altijd"})),
        # numbers while the attendance list waits: who came
        ("samira", {"text": "1 3"}, "samira", None),
        # other text while the attendance list waits: not attendance
        ("samira", {"text": "Dank jullie wel allemaal"}, "samira", nl("staff-who-for")),
        # a participant's message with no question open: to her leader
        ("els", {"text": "Tot de volgende keer"}, "samira",
         nl("relay-from-member", {"name": "els", "group": "Koffie Oost", "text": "Tot de volgende keer"})),
        # a plea for help is marked 🆘
        ("els", {"text": "Bel mij alstublieft"}, "samira",
         nl("relay-plea-from-member", {"name": "els", "group": "Koffie Oost", "text": "Bel mij alstublieft"})),
        # a number beyond the last buttons she got (the five under the help text)
        ("els", {"text": "7"}, "els", nl("answer-out-of-range", {"count": 5})),
        # a number in range taps that button: 🌐 another language
        ("els", {"text": "2"}, "els", catalog.format("nl", "language-question")),
    ]
    for who, says, to, expected in table:
        got = bot.say(who, **says)
        if expected is None:  # the attendance list, updated
            assert said(got, to)[-1].startswith("📋") and "1. ✅" in said(got, to)[-1], (who, says)
        else:
            assert expected in said(got, to), (who, says, said(got, to))


def test_a_reply_to_a_relay_is_never_read_as_attendance(bot: ConsoleDriver, group_with_people: World, samen,
                                                        clock) -> None:  # noqa: ANN001
    # Samira taps ↩ Reply under Fatima's message, and before she has written her answer the
    # attendance list of the meeting that just ended arrives.
    clock.set(dt.datetime(2026, 10, 1, 9, 0, tzinfo=dt.timezone.utc))
    make_session(samen, group_with_people, dt.datetime(2026, 10, 6, 14, 0, tzinfo=AMS))
    clock.set(dt.datetime(2026, 10, 6, 15, 55, tzinfo=AMS))
    bot.say("fatima", "هل سنلتقي الأسبوع القادم؟")
    bot.tap("samira", "Antwoorden")
    clock.set(dt.datetime(2026, 10, 6, 16, 0, tzinfo=AMS))
    samen.ticker.tick()
    assert said(bot.flush(), "samira")[-1].startswith("📋")
    got = bot.say("samira", "Ja, dinsdag om 14 uur")
    assert said(got, "fatima") == [catalog.format("ar", "relay-from-facilitator",
                                                  {"name": "samira", "text": "Ja, dinsdag om 14 uur"})]
    # and the attendance list still takes her numbers afterwards
    got = bot.say("samira", "2 3")
    assert said(got, "samira")[-1].startswith("📋") and "2. ✅ fatima" in said(got, "samira")[-1]


def _wishes_round(bot: ConsoleDriver) -> None:
    bot.say("samira", "menu")
    bot.tap("samira", "Wensen")
    bot.flush()


def test_a_plea_during_a_wishes_round_reaches_the_leader(bot: ConsoleDriver, group_with_people: World, samen,
                                                         clock) -> None:  # noqa: ANN001
    _wishes_round(bot)
    question = bot.last("fatima").message
    assert question.text == catalog.format("ar", "wish-q-happy")
    # right after the question: "my husband is in hospital, please call me"
    plea = "زوجي في المستشفى، أرجو أن تتصلي بي"
    got = bot.say("fatima", plea)
    assert said(got, "samira") == [catalog.format("nl", "relay-plea-from-member",
                                                  {"name": "fatima · العربية", "group": "Koffie Oost", "text": plea})]
    assert said(got, "fatima") == [catalog.format("ar", "relay-passed-on")]
    # an hour later, any text is a message to the leader again, not a wish
    clock.advance(hours=1)
    got = bot.say("fatima", "شكرا لك")
    assert said(got, "samira") == [catalog.format("nl", "relay-from-member",
                                                  {"name": "fatima · العربية", "group": "Koffie Oost", "text": "شكرا لك"})]
    with samen.sessions() as db:
        assert db.scalars(select(Wish)).all() == []


def test_a_wish_in_words_is_shown_to_the_leader_at_once(bot: ConsoleDriver, group_with_people: World,
                                                       samen) -> None:  # noqa: ANN001
    _wishes_round(bot)
    got = bot.say("mehmet", "Eskiden bahçede çalışırdım")
    assert said(got, "samira") == [catalog.format("nl", "wish-text-from",
                                                  {"name": "mehmet", "text": "Eskiden bahçede çalışırdım"})]
    assert said(got, "mehmet") == [catalog.format("tr", "wish-q-before")]
    # she can answer him from there
    got = bot.tap("samira", "Antwoorden")
    assert said(got, "samira") == [catalog.format("nl", "relay-reply-language", {"name": "mehmet", "language": "Türkçe"}),
                                   catalog.format("nl", "relay-reply-prompt", {"name": "mehmet · Türkçe"})]
    with samen.sessions() as db:
        assert [w.text for w in db.scalars(select(Wish))] == ["Eskiden bahçede çalışırdım"]


def test_opening_the_wishes_overview_does_not_turn_replies_into_vote_options(
        bot: ConsoleDriver, group_with_people: World, samen, clock) -> None:  # noqa: ANN001
    _wishes_round(bot)
    bot.say("els", "1")
    bot.say("samira", "menu")
    bot.tap("samira", "Stemming")  # the wishes overview ("write your own option")
    clock.advance(minutes=30)
    relayed = [m for m in bot.say("els", "Komt de bus ook?") if m.address == "samira"][0]
    got = bot.say("samira", "Ja, om 13 uur", reply_to=relayed.provider_id)
    assert said(got, "els") == [catalog.format("nl", "relay-from-facilitator",
                                               {"name": "samira", "text": "Ja, om 13 uur"})]
    got = bot.say("samira", "Bingo")  # half an hour on: not an option either
    assert said(got, "samira") == [catalog.format("nl", "staff-who-for")]
    bot.say("samira", "menu")
    overview = bot.tap("samira", "Stemming")[-1].message.text
    assert "Bingo" not in overview and "13 uur" not in overview
    # right after opening it, her own option is taken
    overview = bot.say("samira", "Bingo")[-1].message.text
    assert "✅ Bingo" in overview


def _add_without_smartphone(bot: ConsoleDriver, name: str) -> None:
    bot.say("samira", "menu")
    bot.tap("samira", "Zonder smartphone")
    bot.say("samira", name)
    bot.tap("samira", "العربية")
    assert bot.last("samira").message.text == catalog.format("nl", "members-add-ask-number", {"name": name})


def test_a_phone_number_is_read_as_a_phone_number(bot: ConsoleDriver, group_with_people: World,
                                                   samen) -> None:  # noqa: ANN001
    from storage.models import Member

    # however the leader writes it, the number is the member's, never "choose 1 to 2"
    for name, typed in (("Ahmed", "0612345678"), ("Aicha", "0031612345679"), ("Driss", "06-12345670"),
                        ("Zahra", "+212 6 12 34 56 78")):
        _add_without_smartphone(bot, name)
        got = bot.say("samira", typed)
        assert said(got, "samira")[-1] == catalog.format("nl", "members-add-done", {
            "name": name, "group": "Koffie Oost", "language": "العربية"}), typed
    with samen.sessions() as db:
        numbers = {m.display_name: m.call_number for m in db.scalars(select(Member).where(Member.phone_only))}
    assert numbers == {"Ahmed": "+31612345678", "Aicha": "+31612345679", "Driss": "+31612345670",
                       "Zahra": "+212612345678"}
    # not a number: one clear line in her language, and the question stays
    _add_without_smartphone(bot, "Karim")
    assert said(bot.say("samira", "0612"), "samira") == [catalog.format("nl", "members-add-bad-number")]
    # a bare number in range of the buttons under the question is still a tap: 1 = Skip
    assert said(bot.say("samira", "1"), "samira")[-1] == catalog.format("nl", "members-add-done", {
        "name": "Karim", "group": "Koffie Oost", "language": "العربية"})


def test_a_time_typed_as_four_digits_is_a_time(bot: ConsoleDriver, group_with_people: World, samen,
                                                clock) -> None:  # noqa: ANN001
    clock.set(dt.datetime(2026, 1, 2, 9, 0, tzinfo=dt.timezone.utc))
    bot.say("samira", "menu")
    bot.tap("samira", "Jaar plannen")
    bot.tap("samira", "Dinsdag")
    got = bot.say("samira", "1030")  # not "choose 1 to 6"
    assert said(got, "samira") == [catalog.format("nl", "sched-ask-every")]


def test_keywords_are_words_of_her_own_language(bot: ConsoleDriver, group_with_people: World, samen) -> None:  # noqa: ANN001
    from tests.conftest import join

    join(bot, "maria", group_with_people.participant_code, "fil")
    bot.flush()
    # "Basta" is an everyday Tagalog word (and a Spanish stop word): from Maria it is a message
    got = bot.say("maria", "Basta")
    assert said(got, "samira") == [catalog.format("nl", "relay-from-member",
                                                  {"name": "maria · Tagalog", "group": "Koffie Oost", "text": "Basta"})]
    # a Turkish keyword from Els (Dutch) is a message too; English and her own words work
    assert said(bot.say("els", "yardım"), "samira")
    for word in ("help", "hulp"):  # the help, and the word reaches her leader: it may be a plea
        assert said(bot.say("els", word), "els") == [catalog.format("nl", "help-participant"),
                                                     catalog.format("nl", "relay-passed-on")]
    # Turkish capitals fold as Turkish does
    assert said(bot.say("mehmet", "DİL"), "mehmet") == [catalog.format("tr", "language-question")]
    assert said(bot.say("mehmet", "BENİ UNUT"), "mehmet") == [catalog.format("tr", "forget-confirm")]
    bot.tap("mehmet", 2)  # no, keep
    # "dur" is "wait" in Turkish: stopping is asked first
    got = bot.say("mehmet", "Dur")
    assert said(got, "mehmet") == [catalog.format("tr", "stop-confirm")]
    assert said(bot.tap("mehmet", 2), "mehmet") == [catalog.format("tr", "stop-kept")]
    assert said(bot.say("mehmet", "dur"), "mehmet") == [catalog.format("tr", "stop-confirm")]
    assert said(bot.tap("mehmet", 1), "mehmet") == [catalog.format("tr", "stop-confirmed")]
    # "help me!" is a plea for the leader, not the help text
    got = bot.say("fatima", "ساعدني")
    assert said(got, "samira") == [catalog.format("nl", "relay-plea-from-member",
                                                  {"name": "fatima · العربية", "group": "Koffie Oost", "text": "ساعدني"})]
    assert said(got, "fatima") == [catalog.format("ar", "relay-passed-on")]


def _answers(samen, session_id: int) -> dict[str, str]:  # noqa: ANN001
    from storage.models import Member, Rsvp

    with samen.sessions() as db:
        return {name: answer for name, answer in db.execute(
            select(Member.display_name, Rsvp.answer).join(Rsvp, Rsvp.member_id == Member.id)
            .where(Rsvp.session_id == session_id))}


def test_answers_in_words_count(bot: ConsoleDriver, group_with_people: World, samen, clock) -> None:  # noqa: ANN001
    from tests.conftest import join

    for who, locale in (("maria", "fil"), ("jose", "es"), ("anna", "nl")):
        join(bot, who, group_with_people.participant_code, locale)
    session_id = reminded(bot, group_with_people, samen, clock)
    for who, locale, words, answer, passed_on in (
            ("fatima", "ar", "نعم سآتي إن شاء الله", "yes", True),  # "God willing" is more than the answer
            ("mehmet", "tr", "EVET GELİYORUM", "yes", False),
            ("els", "nl", "ja ik kom", "yes", False),
            ("jose", "es", "No puedo, lo siento", "no", True),  # "I'm sorry" reaches Samira too
            ("maria", "fil", "Hindi po ako makakapunta", "no", False),
            ("anna", "nl", "bel mij", "call", False)):
        got = bot.say(who, words)
        relayed = [t for t in said(got, "samira") if words in t]
        assert bool(relayed) == passed_on, (who, said(got, "samira"))
        label = {"yes": ("✅", "rsvp-yes"), "no": ("❌", "rsvp-no"), "call": ("📞", "rsvp-call")}[answer]
        assert said(got, who)[:2] == [
            catalog.format(locale, "answer-understood", {"answer": f"{label[0]} {catalog.format(locale, label[1])}"}),
            catalog.format(locale, f"rsvp-saved-{answer}")], who
    assert _answers(samen, session_id) == {"fatima": "yes", "mehmet": "yes", "els": "yes", "jose": "no",
                                           "maria": "no", "anna": "call"}
    # the list before the meeting has no "no answer" left, and nobody is asked again on the day
    clock.set(dt.datetime(2026, 10, 6, 12, 0, tzinfo=AMS))
    samen.ticker.tick()
    got = bot.flush()
    assert said(got, "samira") == [catalog.format("nl", "roster", {
        "date": dt.datetime(2026, 10, 6, 14, 0, tzinfo=AMS), "coming": "els, fatima, mehmet", "notcoming": "jose, maria",
        "noanswer": "—", "call": "anna", "tz": "Europe/Amsterdam"})]
    assert not said(got, "jose") and not said(got, "maria")


def test_a_message_that_may_answer_a_reminder_reaches_the_leader_with_buttons(
        bot: ConsoleDriver, group_with_people: World, samen, clock) -> None:  # noqa: ANN001
    from bot.core.messages import Media

    session_id = reminded(bot, group_with_people, samen, clock)
    meeting = dt.datetime(2026, 10, 6, 14, 0, tzinfo=AMS)
    # words that point both ways are not taken as an answer: the leader decides
    got = bot.say("els", "Nee hoor, ik kom wel!")
    relayed = [m.message for m in got if m.address == "samira"]
    assert relayed[0].text == catalog.format("nl", "relay-from-member-rsvp", {
        "name": "els", "group": "Koffie Oost", "date": meeting, "tz": "Europe/Amsterdam", "text": "Nee hoor, ik kom wel!"})
    assert [label for _, label in relayed[0].choices] == ["↩ Antwoorden", "✅ Komt", "❌ Komt niet",
                                                          "📞 Wil gebeld worden"]
    assert said(got, "els") == [catalog.format("nl", "relay-passed-on")]
    assert said(bot.tap("samira", "✅ Komt"), "samira") == [catalog.format("nl", "rsvp-for-saved", {"name": "els"})]
    # a voice note in reply to the reminder: the same buttons under it
    got = bot.say("mehmet", media=(Media("voice", "v-mehmet", "audio/ogg", 5),))
    voice = [m.message for m in got if m.address == "samira"][0]
    assert voice.media.ref == "v-mehmet" and voice.text == catalog.format("nl", "relay-from-member-voice-rsvp", {
        "name": "mehmet · Türkçe", "group": "Koffie Oost", "date": meeting, "tz": "Europe/Amsterdam"})
    assert said(bot.tap("samira", "❌ Komt niet"), "samira") == [
        catalog.format("nl", "rsvp-for-saved-no", {"name": "mehmet"})]
    assert _answers(samen, session_id) == {"els": "yes", "mehmet": "no"}
    # once she has answered, her messages are plain messages again
    got = bot.say("els", "Ik neem koekjes mee")
    assert [m.message.text for m in got if m.address == "samira"] == [catalog.format(
        "nl", "relay-from-member", {"name": "els", "group": "Koffie Oost", "text": "Ik neem koekjes mee"})]


def test_who_said_coming_is_not_asked_again_on_the_day(bot: ConsoleDriver, group_with_people: World, samen,
                                                        clock) -> None:  # noqa: ANN001
    session_id = reminded(bot, group_with_people, samen, clock)
    bot.say("fatima", "نعم سآتي إن شاء الله")
    bot.tap("els", "Ik kan niet")
    clock.set(dt.datetime(2026, 10, 6, 12, 0, tzinfo=AMS))  # two hours before
    samen.ticker.tick()
    got = bot.flush()
    today = [m.message for m in got if m.address == "fatima"]
    assert [m.text for m in today] == [catalog.format("ar", "reminder-today", {"time": "14:00", "place": "Buurthuis"})]
    assert [label for _, label in today[0].choices] == ["❌ " + catalog.format("ar", "rsvp-no-after-all")]
    assert not said(got, "els")  # she said she cannot come
    assert [m.message.choices[0][0] for m in got if m.address == "mehmet"] == [f"rsvp:{session_id}:yes"]  # asked
    # plans change: one tap
    assert said(bot.tap("fatima", 1), "fatima") == [catalog.format("ar", "rsvp-saved-no")]
    assert _answers(samen, session_id)["fatima"] == "no"


_SCRIPTS = {"ar": re.compile(r"[\u0600-\u06ff]"), "bg": re.compile(r"[\u0400-\u04ff]")}
_ANY_LETTER = re.compile(r"[^\W\d_]")


def _foreign_letters(label: str, locale: str, exempt: list[str]) -> str:
    """The letters of a button label not written in its message's script, once names, places and
    people's own words are taken out."""
    for word in sorted(exempt, key=len, reverse=True):
        label = label.replace(word, " ")
    own = _SCRIPTS.get(locale, re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]"))
    return "".join(ch for ch in label if _ANY_LETTER.match(ch) and not own.match(ch))


def test_every_button_of_the_demo_is_in_its_readers_script(tmp_path) -> None:  # noqa: ANN001
    """The whole demo (a group whose language is Arabic, led in Dutch): every button label is in the
    script of the message it is under; names, places and people's own words excepted."""
    import contextlib
    import io
    from random import Random

    from bot.app import build
    from bot.channels.console import ConsoleChannel
    from bot.config import Config
    from bot.core.clock import FrozenClock
    from bot.core.i18n import LOCALES, native_name
    from bot.demo import START, Transcript, _script
    from storage.models import Group, Meeting, Member, Organisation, Vote

    clock = FrozenClock(START)
    channel = ConsoleChannel()
    samen = build(Config(database_url=f"sqlite:///{tmp_path / 'demo.sqlite3'}"), clock=clock,
                  channels={"console": channel}, rng=Random(7))
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            _script(samen, ConsoleDriver(samen, channel), Transcript(clock), clock, tmp_path / "voice")
        with samen.sessions() as db:
            exempt = [native_name(loc) for loc in LOCALES] + ["samen"]
            exempt += list(db.scalars(select(Member.display_name))) + list(db.scalars(select(Group.name)))
            exempt += list(db.scalars(select(Organisation.name)))
            exempt += [p for p in db.scalars(select(Meeting.place)) if p]
            exempt += [o[5:] for options in db.scalars(select(Vote.options)) for o in options if o.startswith("text:")]
    finally:
        samen.close()
    checked = 0
    for sent in channel.sent:
        for _payload, label in sent.message.choices:
            checked += 1
            assert not _foreign_letters(label, sent.message.locale, exempt), (sent.address, sent.message.locale, label)
    assert checked > 100


def test_wishes_measure_people_not_answers(bot: ConsoleDriver, group_with_people: World, samen) -> None:  # noqa: ANN001
    _wishes_round(bot)
    first = bot.last("fatima").message
    assert len(first.choices) == 17  # the whole list, once: sixteen activities and "I don't know yet"
    got = bot.tap("fatima", "🍲")
    second = [m.message for m in got if m.address == "fatima"][-1]
    assert second.text == catalog.format("ar", "wish-q-before")
    # the later question: the most chosen first, at most six, then "something else" and "don't know"
    assert [p.rsplit(":", 1)[1] for p, _ in second.choices] == ["cooking", "walk", "museum", "trip", "health",
                                                                "massage", "other", "none"]
    bot.say("fatima", choice=first.choices[1][0])  # cooking again, in the list above
    for _ in range(3):
        bot.tap("mehmet", "🤷")  # three times "I don't know yet": one person
    bot.tap("els", "🤷")
    assert said(bot.tap("els", "✍️"), "els") == [catalog.format("nl", "wish-other-prompt")]
    got = bot.say("els", "Samen naar de markt")
    assert said(got, "samira") == [catalog.format("nl", "wish-text-from", {"name": "els", "text": "Samen naar de markt"})]
    bot.say("samira", "menu")
    overview = bot.tap("samira", "Stemming")[-1].message.text
    assert f"🍲 {catalog.format('nl', 'activity-cooking')}: 1" in overview  # Fatima, once
    assert catalog.format("nl", "wish-results-dont-know", {"count": 1}) in overview  # Mehmet
    assert "“Samen naar de markt” — els · Nederlands" in overview


def test_a_reply_to_the_leaders_message_during_a_wishes_round_is_not_a_wish(bot: ConsoleDriver, group_with_people: World,
                                                                             samen) -> None:  # noqa: ANN001
    bot.say("els", "Hoe laat is het uitje?")
    bot.tap("samira", "Antwoorden")
    answer = [m for m in bot.say("samira", "Om 10 uur bij de bus") if m.address == "els"][0]
    _wishes_round(bot)
    # Els answers Samira's message (a reply to it) right after the wishes question came in
    got = bot.say("els", "Dank je, ik ben er!", reply_to=answer.provider_id)
    assert said(got, "samira") == [catalog.format("nl", "relay-from-member",
                                                  {"name": "els", "group": "Koffie Oost", "text": "Dank je, ik ben er!"})]
    # a reply to the wishes question itself is a wish
    question = [m for m in bot.channel.inbox("els") if m.message.text == catalog.format("nl", "wish-q-happy")][-1]
    got = bot.say("els", "Fietsen", reply_to=question.provider_id)
    assert said(got, "samira") == [catalog.format("nl", "wish-text-from", {"name": "els", "text": "Fietsen"})]
    with samen.sessions() as db:
        assert [w.text for w in db.scalars(select(Wish))] == ["Fietsen"]
