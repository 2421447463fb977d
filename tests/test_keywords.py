"""Words typed as a whole message, as people really type them: with their own quotation marks, in
Latin letters for Bulgarian, in the usted form, in Aruban spelling, or a button's own text — and a
leader's typed answer that happens to be a keyword ("Wika") stays an answer."""
from __future__ import annotations

from sqlalchemy import select

from bot.console import ConsoleDriver
from bot.core.i18n import default_catalog
from storage.models import FollowUp, Member
from tests.conftest import World, join, question

catalog = default_catalog()


def _texts(got: list) -> list[tuple[str, str]]:
    return [(m.address, m.message.text) for m in got]


def _to(who: str, got: list) -> list[str]:
    return [m.message.text for m in got if m.address == who]


def test_quoted_latin_typed_and_usted_keywords(bot: ConsoleDriver, group_with_people: World) -> None:
    world = group_with_people
    join(bot, "zofia", world.participant_code, "pl")
    join(bot, "ivan", world.participant_code, "bg")
    join(bot, "carmen", world.participant_code, "es")
    join(bot, "maria", world.participant_code, "pap")
    bot.flush()
    # a copied keyword in the language's own quotation marks
    assert bot.say("zofia", "„menu”")[0].message.text == catalog.format("pl", "help-participant")
    assert bot.say("ivan", "„старт“")[-1].message.text == catalog.format("bg", "start-already")
    # Bulgarian typed in Latin letters on a Dutch phone
    assert bot.say("ivan", "ezik")[-1].message.text == catalog.format("bg", "language-question")
    assert bot.say("ivan", "Zabravi me")[-1].message.text == catalog.format("bg", "forget-confirm")
    assert bot.say("ivan", "sledvashta")[-1].message.text != catalog.format("bg", "relay-passed-on")
    # Spanish in the usted form, with or without accents
    for said in ("Olvídeme", "borreme", "BÓRREME"):
        assert bot.say("carmen", said)[-1].message.text == catalog.format("es", "forget-confirm"), said
    # Papiamentu in Curaçao and Aruban spelling
    assert _to("maria", bot.say("maria", "stòp")) == [catalog.format("pap", "stop-confirmed")]
    assert _to("maria", bot.say("maria", "Cuminza")) == [catalog.format("pap", "start-resumed")]
    assert bot.say("maria", "kuminza")[-1].message.text == catalog.format("pap", "start-already")


def test_aanmelden_is_a_message_and_a_buttons_text_is_that_button(bot: ConsoleDriver,
                                                                  group_with_people: World) -> None:
    bot.flush()
    # "aanmelden" is how people sign up for one meeting: it reaches the leader
    got = bot.say("els", "aanmelden")
    assert ("samira", catalog.format("nl", "relay-from-member", {"name": "els", "group": "Koffie Oost",
                                                                 "text": "aanmelden"})) in _texts(got)
    assert _to("els", got) == [catalog.format("nl", "relay-passed-on")]
    # typed as WhatsApp shows the help's buttons: "Andere taal" is 🌐 Andere taal
    bot.say("els", "menu")
    assert bot.say("els", "andere taal")[-1].message.text == catalog.format("nl", "language-question")
    # "Stop berichten" (the button's text) stops, like the button and "stop"
    bot.say("els", "1")  # Nederlands
    assert _to("els", bot.say("els", "Stop berichten")) == [catalog.format("nl", "stop-confirmed")]


def test_a_leader_can_add_a_member_whose_name_is_a_keyword(bot: ConsoleDriver, group_with_people: World,
                                                           samen) -> None:  # noqa: ANN001
    join(bot, "rosa", f"/start {group_with_people.facilitator_code}", "fil")
    bot.say("rosa", "menu")
    add = next(p for p in question(bot, "rosa") if p.startswith("members:add"))
    bot.say("rosa", choice=add)
    got = bot.say("rosa", "Wika")  # Wika (Wiktoria) — also the Tagalog word for "language"
    assert got[-1].message.text == catalog.format("fil", "members-add-ask-language", {"name": "Wika"})
    assert bot.say("rosa", "/help")[0].message.text == catalog.format("fil", "help-facilitator")
    with samen.sessions() as db:
        assert db.scalar(select(Member.language).where(Member.display_name == "rosa")) == "fil"


def test_a_help_word_gets_the_help_and_reaches_the_leader(bot: ConsoleDriver, group_with_people: World,
                                                          samen) -> None:  # noqa: ANN001
    world = group_with_people
    join(bot, "carmen", world.participant_code, "es")
    join(bot, "maria", world.participant_code, "pap")
    join(bot, "ivan", world.participant_code, "bg")
    bot.flush()
    for who, said, locale in (("els", "Help!", "nl"), ("els", "Hulp", "nl"), ("carmen", "¡Ayuda!", "es"),
                              ("maria", "Yuda!", "pap"), ("ivan", "Помощ!", "bg")):
        got = bot.say(who, said)
        mine = [m.message for m in got if m.address == who]
        assert mine[0].text == catalog.format(locale, "help-participant"), said
        assert mine[0].choices[0] == ("help:call", "📞 " + catalog.format(locale, "rsvp-call"))
        assert mine[-1].text == catalog.format(locale, "relay-passed-on")
        to_samira = [m.message.text for m in got if m.address == "samira"]
        assert to_samira and to_samira[0].startswith("🆘") and said in to_samira[0], said
    # the 📞 under the help: a call request, as after a reminder
    got = bot.tap("els", 1)
    assert ("els", catalog.format("nl", "rsvp-saved-call")) in _texts(got)
    assert any(a == "samira" and t.startswith(catalog.format("nl", "followup-call", {"name": "els", "phone": "x"})[:8])
               for a, t in _texts(got))
    with samen.sessions() as db:
        task = db.scalar(select(FollowUp))
        assert (task.reason, task.status, task.session_id) == ("call-me", "open", None)
    # the leader's own /help is only her help
    assert [m.address for m in bot.say("samira", "help")] == ["samira"] * len(bot.say("samira", "help"))
