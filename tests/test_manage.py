"""Member management in chat: rename, remove, move to another group, hand a group on."""
from __future__ import annotations

from sqlalchemy import select

from bot.console import ConsoleDriver
from bot.core.i18n import default_catalog
from storage import queries
from storage.models import Membership
from tests.conftest import World, join, make_world

catalog = default_catalog()


def _manage(bot: ConsoleDriver, who: str, target: str) -> None:
    bot.say(who, "menu")
    bot.tap(who, "Deelnemers")
    bot.tap(who, f"✏️ {target}")


def test_rename_and_remove(bot: ConsoleDriver, group_with_people: World, samen) -> None:  # noqa: ANN001
    _manage(bot, "samira", "mehmet")
    bot.tap("samira", "Naam wijzigen")
    assert bot.say("samira", "+31612345678")[-1].message.text == catalog.format("nl", "members-add-bad-name",
                                                                               {"max": 60})
    assert bot.say("samira", "Mehmet Yılmaz")[-1].message.text == catalog.format(
        "nl", "mm-renamed", {"old": "mehmet", "new": "Mehmet Yılmaz"})
    _manage(bot, "samira", "Mehmet Yılmaz")
    bot.tap("samira", "Verwijderen")
    got = bot.tap("samira", "Ja, verwijderen")
    assert [m.message.text for m in got if m.address == "mehmet"] == [
        catalog.format("tr", "mm-removed-you", {"group": "Koffie Oost"})]
    with samen.sessions() as db:
        mehmet = queries.member_by_address(db, "console", "mehmet")
        assert not queries.memberships(db, mehmet.id)
    # his next message reaches nobody: he is in no group any more
    assert bot.say("mehmet", "merhaba")[-1].message.text == catalog.format("tr", "relay-nobody")


def test_a_coordinator_moves_a_member_and_hands_the_group_on(bot: ConsoleDriver, group_with_people: World,
                                                             samen) -> None:  # noqa: ANN001
    other = make_world(samen, name="Wandelclub")
    join(bot, "coco", f"/start {group_with_people.coordinator_code}", "nl")
    bot.tap("coco", "Koffie Oost")
    bot.tap("coco", "Deelnemers")
    bot.tap("coco", "✏️ els")
    bot.tap("coco", "Andere groep")
    got = bot.tap("coco", "Wandelclub")
    assert [m.message.text for m in got if m.address == "els"] == [
        catalog.format("nl", "mm-moved-you", {"group": "Wandelclub"})]
    bot.say("coco", "menu")
    bot.tap("coco", "Koffie Oost")
    bot.tap("coco", "Deelnemers")
    bot.tap("coco", "✏️ fatima")
    got = bot.tap("coco", "Begeleider maken")
    assert [m.message.locale for m in got if m.address == "fatima"] == ["ar"]
    with samen.sessions() as db:
        fatima = queries.member_by_address(db, "console", "fatima")
        roles = {ms.role for ms in queries.memberships(db, fatima.id)}
        assert roles == {"participant", "facilitator"}
        els = queries.member_by_address(db, "console", "els")
        assert [ms.group_id for ms in queries.memberships(db, els.id)] == [other.group_id]
    # Fatima now leads: her menu works; and a facilitator cannot promote (coordinators only)
    assert bot.say("fatima", "menu")[-1].message.choices
    bot.say("samira", "menu")
    bot.tap("samira", "Deelnemers")
    bot.tap("samira", "✏️ mehmet")
    assert "mm:promote" not in " ".join(p for p, _ in bot.last("samira").message.choices)


def test_participants_cannot_manage(bot: ConsoleDriver, group_with_people: World, samen) -> None:  # noqa: ANN001
    with samen.sessions() as db:
        fatima = queries.member_by_address(db, "console", "fatima")
    g = group_with_people.group_id
    for payload in (f"mm:pick:{g}:{fatima.id}", f"mm:removeyes:{g}:{fatima.id}", f"mm:promote:{g}:{fatima.id}"):
        assert [m.message.text for m in bot.say("els", choice=payload)] == [catalog.format("nl", "button-expired")]
    with samen.sessions() as db:
        assert db.scalar(select(Membership).where(Membership.member_id == fatima.id, Membership.active.is_(False))) \
            is None
