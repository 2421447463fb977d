"""The group leader's tools: menu, invite, member list (never numbers), members without a smartphone,
and authorization that denies by default."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.console import ConsoleDriver
from bot.core.i18n import default_catalog
from storage.models import Invite, Member, Membership
from tests.conftest import World, join, make_world

catalog = default_catalog()


def test_leader_makes_an_invite_that_works(bot: ConsoleDriver, group_with_people: World, samen) -> None:  # noqa: ANN001
    bot.say("samira", "menu")
    got = bot.tap("samira", "Uitnodigen")
    text = got[-1].message.text
    with samen.sessions() as db:
        invite = db.scalars(select(Invite).where(Invite.created_by.is_not(None))).one()
    assert invite.code in text and invite.role == "participant" and invite.group_id == group_with_people.group_id
    join(bot, "new", invite.code, "pap")
    assert bot.last("new").message.text == catalog.format("pap", "welcome-participant", {"group": "Koffie Oost"})


def test_member_list_has_names_and_languages_never_numbers(bot: ConsoleDriver, group_with_people: World,
                                                           samen) -> None:  # noqa: ANN001
    with samen.sessions() as db, db.begin():
        fatima = db.scalar(select(Member).where(Member.display_name == "fatima"))
        fatima.call_number = "+31612345678"
    bot.say("samira", "menu")
    text = bot.tap("samira", "Deelnemers")[-1].message.text
    for name in ("fatima", "mehmet", "els", "samira"):
        assert name in text
    assert "العربية" in text and "Türkçe" in text
    assert "+316" not in text and "612345678" not in text


def test_add_a_member_without_a_smartphone(bot: ConsoleDriver, group_with_people: World, samen) -> None:  # noqa: ANN001
    bot.say("samira", "menu")
    bot.tap("samira", "Zonder smartphone")
    assert bot.say("samira", "👍")[-1].message.text == catalog.format("nl", "members-add-bad-name", {"max": 60})
    bot.say("samira", "Ahmed el Amrani")
    bot.tap("samira", "العربية")
    got = bot.say("samira", "06 12")
    assert got[-1].message.text == catalog.format("nl", "members-add-bad-number")
    got = bot.say("samira", "+31 6 1234 5678")
    assert got[-1].message.text == catalog.format("nl", "members-add-done", {
        "name": "Ahmed el Amrani", "group": "Koffie Oost", "language": "العربية"})
    with samen.sessions() as db:
        ahmed = db.scalar(select(Member).where(Member.display_name == "Ahmed el Amrani"))
        assert ahmed.phone_only and ahmed.language == "ar" and ahmed.call_number == "+31612345678"
        assert ahmed.consent_at is not None and not ahmed.addresses
        assert db.scalar(select(Membership).where(Membership.member_id == ahmed.id)).role == "participant"
    bot.say("samira", "menu")
    listing = bot.tap("samira", "Deelnemers")[-1].message.text
    assert "Ahmed el Amrani" in listing and "📵" in listing and "5678" not in listing


def test_adding_can_be_cancelled_and_skips_the_number(bot: ConsoleDriver, group_with_people: World,
                                                      samen) -> None:  # noqa: ANN001
    bot.say("samira", "menu")
    bot.tap("samira", "Zonder smartphone")
    assert bot.tap("samira", "Annuleren")[-1].message.text == catalog.format("nl", "members-add-cancelled")
    bot.say("samira", "menu")
    bot.tap("samira", "Zonder smartphone")
    bot.say("samira", "Zeynep")
    bot.tap("samira", "Türkçe")
    bot.tap("samira", "Overslaan")
    with samen.sessions() as db:
        zeynep = db.scalar(select(Member).where(Member.display_name == "Zeynep"))
        assert zeynep.call_number is None and zeynep.may_call is False and zeynep.language == "tr"


@pytest.mark.parametrize("payload", ["members:list:{g}", "members:invite:{g}", "members:add:{g}", "menu:group:{g}"])
def test_participants_cannot_use_leader_buttons(bot: ConsoleDriver, group_with_people: World, payload: str,
                                                samen) -> None:  # noqa: ANN001
    got = bot.say("els", choice=payload.format(g=group_with_people.group_id))
    assert [m.message.text for m in got] == [catalog.format("nl", "button-expired")]
    with samen.sessions() as db:
        assert db.scalar(select(Invite).where(Invite.created_by.is_not(None))) is None


def test_a_leader_cannot_manage_another_group(bot: ConsoleDriver, group_with_people: World, samen) -> None:  # noqa: ANN001
    other = make_world(samen, name="Wandelclub")
    got = bot.say("samira", choice=f"members:list:{other.group_id}")
    assert [m.message.text for m in got] == [catalog.format("nl", "button-expired")]


def test_coordinator_picks_a_group_first(bot: ConsoleDriver, group_with_people: World, samen) -> None:  # noqa: ANN001
    other = make_world(samen, name="Wandelclub")
    join(bot, "coco", f"/start {group_with_people.coordinator_code}", "nl")
    assert [label for _p, label in bot.last("coco").message.choices] == ["Koffie Oost", "Wandelclub", "➕ Nieuwe groep",
                                                                             "🖥 Webpagina"]
    bot.tap("coco", "Wandelclub")
    got = bot.tap("coco", "Deelnemers")
    assert got[-1].message.text.startswith("Wandelclub")
    assert other.group_id
