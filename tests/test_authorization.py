"""Every button and command × every role: only the allowed act; the others get a polite refusal in
their language and nothing changes.

Buttons are untrusted: here each one is forged into the person's recent messages (as if a leader
forwarded a screenshot, or a payload were guessed), so the handler's own check is what is tested,
not only the "was this offered to you" check in front of it.  New buttons and commands join the
tables below.
"""
from __future__ import annotations

import datetime as dt
import itertools
import json

import pytest
from sqlalchemy import select

from bot.core.i18n import default_catalog
from bot.core.messages import Inbound
from storage.models import (
    Base,
    BuddyPair,
    ChannelAddress,
    FollowUp,
    Group,
    Meeting,
    Member,
    Membership,
    Organisation,
    OutboxMessage,
    Vote,
    WishRound,
)

catalog = default_catalog()
PERSONAS = ("stranger", "participant", "buddy", "other_facilitator", "facilitator", "other_coordinator", "coordinator")
LOCALE = {"participant": "tr", "buddy": "ar"}  # refusals must come in the person's own language
STAFF = {"facilitator", "coordinator"}
IN_GROUP = {"participant", "buddy", "facilitator"}
REFUSALS = {"not-allowed", "button-expired", "stranger-how-to-join"}
_worlds = itertools.count(1)

# payload template -> who may use it.  {G} the group, {G2} another group of the same organisation,
# {S} a coming session, {S0} a past one, {V} an open vote, {T} a follow-up task about Fatima,
# {fatima} a participant, {ahmed} a member without a smartphone, {participant} the participant persona.
BUTTONS: dict[str, set[str]] = {
    "menu:group:{G}": STAFF,
    "members:invite:{G}": STAFF,
    "members:list:{G}": STAFF,
    "members:add:{G}": STAFF,
    "mm:pick:{G}:{fatima}": STAFF,
    "mm:rename:{G}:{fatima}": STAFF,
    "mm:remove:{G}:{fatima}": STAFF,
    "mm:removeyes:{G}:{fatima}": STAFF,
    "mm:move:{G}:{fatima}": STAFF,
    "mm:moveto:{G}:{fatima}:{G2}": {"coordinator"},  # G's facilitator does not run G2
    "mm:pause:{G}:{fatima}": STAFF,
    "mm:unpause:{G}:{fatima}": STAFF,
    "mm:promote:{G}:{participant}": {"coordinator"},
    "lead:pick:{G}": {"coordinator"},  # a group without a leader: a member made leader, or a new one invited
    "lead:invite:{G}": {"coordinator"},
    "away:for:{G}:{fatima}:ask": STAFF,  # a leader notes that a member is away
    "away:for:{G}:{fatima}:14": STAFF,
    "grp:new:{org}": {"coordinator"},  # a new group of her own organisation
    "sched:start:{G}": STAFF,
    "sess:list:{G}": STAFF,
    "sess:extra:{G}": STAFF,
    "sess:pick:{S}": STAFF,
    "sess:move:{S}": STAFF,
    "sess:cancel:{S}": STAFF,
    "sess:cancelyes:{S}": STAFF,
    "rsvpfor:{S}:{ahmed}": STAFF,
    "att:t:{S0}:{fatima}": STAFF,
    "att:ok:{S0}": STAFF,
    "did:{S0}:skip": STAFF,  # what the group did at a meeting (for the report)
    "buddy:pick:{G}": STAFF,
    "wish:start:{G}": STAFF,
    "wish:results:{G}": STAFF,
    "votefor:{V}:{ahmed}:0": STAFF,
    "bc:start:{G}": STAFF,
    "bc:to:{G}:all": STAFF,
    "link:code:{G}": STAFF,
    "link:unlink:{G}": STAFF,
    "relay:reply:{fatima}": STAFF,
    "report:start:{G}": STAFF,
    "report:g:{G}:3m": STAFF,
    "report:named:{G}:12m": {"coordinator"},  # names only for a coordinator
    "report:o:{org}:12m": {"coordinator"},
    "web:link": STAFF | {"other_facilitator", "other_coordinator"},  # a sign-in link: any leader, her own groups
    "task:{T}:reached": STAFF | {"buddy"},  # the buddy of the member the task is about
    "rsvp:{S}:yes": IN_GROUP,  # members answer for themselves
    "vote:{V}:0": IN_GROUP,
}

# command -> the message id each persona's first answer has ("own" where it acts on their own data).
COMMANDS: dict[str, dict[str, str]] = {
    "/menu": {"stranger": "stranger-how-to-join", "participant": "help-participant", "buddy": "help-participant",
              "other_facilitator": "menu-title", "facilitator": "menu-title", "other_coordinator": "menu-title",
              "coordinator": "menu-pick-group"},
    "/help": {"stranger": "stranger-how-to-join", "participant": "help-participant", "buddy": "help-participant",
              "other_facilitator": "help-facilitator", "facilitator": "help-facilitator",
              "other_coordinator": "help-facilitator", "coordinator": "help-facilitator"},
    "/mydata": {p: "mydata" for p in PERSONAS if p != "stranger"} | {"stranger": "stranger-how-to-join"},
    "/forget": {p: "forget-confirm" for p in PERSONAS if p != "stranger"} | {"stranger": "stranger-how-to-join"},
    "/next": {p: "next-none" for p in PERSONAS if p not in IN_GROUP} | {p: "reminder" for p in IN_GROUP}
             | {"stranger": "stranger-how-to-join"},
    "/web": {p: "web-link" for p in STAFF | {"other_facilitator", "other_coordinator"}}
            | {"participant": "web-staff-only", "buddy": "web-staff-only", "stranger": "stranger-how-to-join"},
}


def build(samen) -> dict:  # noqa: ANN001
    """Two organisations, three groups, one person per role, and things to act on."""
    n = next(_worlds)
    now = samen.clock.now()
    ids: dict = {}
    with samen.sessions() as db, db.begin():
        org, other_org = Organisation(name=f"Org A{n}", created_at=now), Organisation(name=f"Org B{n}", created_at=now)
        db.add_all([org, other_org])
        db.flush()
        group = Group(organisation_id=org.id, name=f"Koffie {n}", created_at=now)
        group2 = Group(organisation_id=org.id, name=f"Thee {n}", created_at=now)
        group3 = Group(organisation_id=other_org.id, name=f"Elders {n}", created_at=now)
        db.add_all([group, group2, group3])
        db.flush()

        def person(key: str, roles: list[tuple[str, int | None, int]], phone_only: bool = False) -> Member:
            member = Member(display_name=f"{key}{n}", language=LOCALE.get(key, "nl"), language_chosen=True,
                            consent_at=now, may_call=False, phone_only=phone_only, created_at=now)
            db.add(member)
            db.flush()
            if not phone_only:
                db.add(ChannelAddress(member_id=member.id, channel="console", address=f"{key}{n}", created_at=now))
            for role, group_id, org_id in roles:
                db.add(Membership(member_id=member.id, organisation_id=org_id, group_id=group_id, role=role,
                                  joined_at=now))
            ids[key] = member.id
            return member

        person("participant", [("participant", group.id, org.id)])
        buddy = person("buddy", [("participant", group.id, org.id), ("buddy", group.id, org.id)])
        person("other_facilitator", [("facilitator", group2.id, org.id)])
        person("facilitator", [("facilitator", group.id, org.id)])
        person("other_coordinator", [("coordinator", None, other_org.id)])
        person("coordinator", [("coordinator", None, org.id)])
        fatima = person("fatima", [("participant", group.id, org.id)])
        person("ahmed", [("participant", group.id, org.id)], phone_only=True)
        db.add(BuddyPair(group_id=group.id, buddy_id=buddy.id, member_id=fatima.id, consent=True, created_at=now,
                         answered_at=now))
        coming = Meeting(group_id=group.id, starts_at=now + dt.timedelta(days=3), ends_at=now + dt.timedelta(days=3, hours=2),
                         status="planned", created_at=now)
        past = Meeting(group_id=group.id, starts_at=now - dt.timedelta(days=1), ends_at=now - dt.timedelta(hours=22),
                       status="held", created_at=now)
        db.add_all([coming, past])
        vote = Vote(group_id=group.id, options=["activity:walk", "activity:cooking"],
                    deadline=now + dt.timedelta(days=5), status="open", created_at=now)
        db.add(vote)
        db.add(WishRound(group_id=group.id, started_by=None, started_at=now, options=[]))
        db.flush()
        task = FollowUp(group_id=group.id, member_id=fatima.id, session_id=past.id, reason="no-answer",
                        status="open", created_at=now)
        db.add(task)
        db.flush()
        ids.update(org=org.id, G=group.id, G2=group2.id, S=coming.id, S0=past.id, V=vote.id, T=task.id, n=n)
    return ids


def snapshot(samen) -> str:  # noqa: ANN001
    """Every row of every table but the message logs (inbound events, outbox) and delivery bookkeeping."""
    rows = []
    with samen.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            if table.name in ("inbound_events", "outbox", "alembic_version"):
                continue
            for row in conn.execute(table.select().order_by(*table.primary_key.columns)):
                values = {k: v for k, v in row._mapping.items() if k not in ("last_inbound_at", "unreachable")}
                rows.append(f"{table.name}:{json.dumps(values, default=str, sort_keys=True)}")
    return "\n".join(rows)


def act(samen, ids: dict, persona: str, payload: str | None = None, text: str = "") -> list[OutboxMessage]:  # noqa: ANN001
    """The persona taps `payload` (forged into their recent messages first) or sends `text`; the
    outbox rows written to them."""
    address = f"{persona}{ids['n']}"
    with samen.sessions() as db, db.begin():
        if payload is not None and persona in ids:
            db.add(OutboxMessage(created_at=samen.clock.now(), member_id=ids[persona], channel="console",
                                 address=address, message_id="menu-title", args={"group": "x"},
                                 choices=[{"payload": payload, "label_id": None, "emoji": "", "text": "x", "args": {}}],
                                 kind="reply", priority=0, status="sent", attempts=1,
                                 next_attempt_at=samen.clock.now()))
    with samen.sessions() as db:
        before = db.scalar(select(OutboxMessage.id).order_by(OutboxMessage.id.desc()).limit(1)) or 0
    samen.dispatcher.handle(Inbound("console", address, f"a{next(_worlds)}", samen.clock.now(), text=text,
                                    choice=payload))
    with samen.sessions() as db:
        return list(db.scalars(select(OutboxMessage).where(OutboxMessage.id > before,
                                                           OutboxMessage.address == address)
                               .order_by(OutboxMessage.id)))


def _payload(template: str, ids: dict) -> str:
    return template.format(**{k: v for k, v in ids.items() if k != "n"})


@pytest.mark.parametrize("template", list(BUTTONS))
def test_every_button_for_every_role(samen, template: str) -> None:  # noqa: ANN001
    allowed = BUTTONS[template]
    ids = build(samen)
    for persona in PERSONAS:
        if persona in allowed:
            continue
        before = snapshot(samen)
        got = act(samen, ids, persona, _payload(template, ids))
        assert [r.message_id for r in got] in ([r] for r in REFUSALS), f"{persona} tapping {template}: {got}"
        assert snapshot(samen) == before, f"{persona} tapping {template} changed something"
        locale = LOCALE.get(persona, "nl") if persona != "stranger" else "nl"
        rendered = samen.catalog.render(got[0].locale or locale, got[0].message_id, got[0].args).text
        assert rendered == catalog.format(locale, got[0].message_id)
    for persona in allowed:
        fresh = build(samen)  # each allowed role acts on a world of its own
        got = act(samen, fresh, persona, _payload(template, fresh))
        assert got and got[0].message_id not in REFUSALS, f"{persona} may tap {template}: {[r.message_id for r in got]}"


@pytest.mark.parametrize("command", list(COMMANDS))
def test_every_command_for_every_role(samen, command: str) -> None:  # noqa: ANN001
    ids = build(samen)
    with samen.sessions() as db:
        names = {g.id: g.name for g in db.scalars(select(Group))}
    org_a = [names[ids["G"]], names[ids["G2"]]]
    for persona in PERSONAS:
        got = act(samen, ids, persona, text=command)
        assert got and got[0].message_id == COMMANDS[command][persona], f"{persona} {command}: {got[0].message_id}"
        for row in got:  # nobody learns about a group that is not theirs
            named = (row.args or {}).get("group") or (row.args or {}).get("groups") or ""
            if persona == "other_facilitator":
                assert names[ids["G"]] not in str(named)
            if persona in ("stranger", "other_coordinator"):
                assert not any(name in str(row.args) for name in org_a)
