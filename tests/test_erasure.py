"""Forget me, end to end on WhatsApp (the real twilio client against the fake Twilio): afterwards a
scan of every table, the stored media and the captured log output finds no trace of the member's
name, phone number or Telegram id; attendance counts per session are unchanged; and the fake
Twilio saw the DELETE calls for her messages.  Retention erases inactive members the same way."""
from __future__ import annotations

import datetime as dt
import json
import logging

import pytest
from sqlalchemy import func, select, text

from bot.core.i18n import default_catalog
from bot.core.messages import Inbound
from bot.logs import RedactingFilter
from storage import erasure, queries
from storage.models import Attendance, Base, ChannelAddress, Meeting, Member, MediaFile, ProviderDeletion
from tests.conftest import join, make_session
from tests.test_whatsapp import LEADER, Service, _join_leader, _join_participant, service  # noqa: F401 - the fixture

catalog = default_catalog()
NAME = "Zahrabelle Quddusova"
NUMBER = "whatsapp:+31655501234"
TELEGRAM_ID = "7351904426"


def _needles() -> list[str]:
    return [NAME, "Zahrabelle", "Quddusova", "31655501234", "655501234", TELEGRAM_ID]


def _scan(svc: Service) -> list[str]:
    """Every needle found in any column of any row of any table (media bytes included)."""
    found = []
    with svc.samen.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            for row in conn.execute(table.select()):
                for column, value in row._mapping.items():
                    if isinstance(value, bytes):
                        blob = value.decode("latin-1")
                    elif isinstance(value, (dict, list)):
                        blob = json.dumps(value, ensure_ascii=False)
                    else:
                        blob = str(value)
                    found += [f"{table.name}.{column}: {n}" for n in _needles() if n in blob]
    return found


def _attendance_counts(svc: Service) -> dict[int, int]:
    with svc.samen.sessions() as db:
        return dict(db.execute(select(Attendance.session_id, func.count()).where(Attendance.present.is_(True))
                               .group_by(Attendance.session_id)).all())


def test_forget_me_leaves_no_trace(service: Service, caplog: pytest.LogCaptureFixture) -> None:
    svc, fake = service, service.fake
    caplog.set_level(logging.DEBUG)  # everything any library logs, through the redaction
    caplog.handler.addFilter(RedactingFilter())  # the production set-up: redaction on the root handler
    _join_leader(svc)
    # She joins on WhatsApp, lets the leader call her, writes and sends a voice note
    _join_participant(svc, NUMBER, NAME, call=True)
    svc.wait_body(LEADER, NAME)
    svc.say(NUMBER, "Ik kom donderdag wat later, groetjes van Zahrabelle")
    svc.wait_body(LEADER, "groetjes van Zahrabelle")
    media_url = fake.add_media(b"OggS-voice-of-zahrabelle", "audio/ogg")
    svc.say(NUMBER, "", media=[(media_url, "audio/ogg")])
    svc.wait_body(LEADER, catalog.format("nl", "relay-from-member-voice", {"name": NAME, "group": "Koffie Oost"}))
    # she also wrote once from Telegram (a second address of hers), and the leader looked at the member list
    with svc.samen.sessions() as db, db.begin():
        her = db.scalar(select(Member).where(Member.display_name == NAME))
        assert her is not None and her.call_number == "+31655501234"
        db.add(ChannelAddress(member_id=her.id, channel="telegram", address=TELEGRAM_ID,
                              created_at=svc.clock.now()))
    svc.samen.dispatcher.record(Inbound("telegram", TELEGRAM_ID, "tg-1", svc.clock.now() - dt.timedelta(hours=1),
                                        text="hallo", profile_name=NAME))
    svc.say(LEADER, "menu")
    svc.say(LEADER, "2")  # the member list: names, never numbers
    svc.wait_body(LEADER, NAME)
    # two sessions with attendance; she was there at both
    sessions = [make_session(svc.samen, svc.world, dt.datetime(2026, 9, d, 8, tzinfo=dt.timezone.utc)) for d in (1, 3)]
    with svc.samen.sessions() as db, db.begin():
        her = db.scalar(select(Member).where(Member.display_name == NAME))
        leader = queries.member_by_address(db, "whatsapp", LEADER)
        for session_id in sessions:
            for member, present in ((her, True), (leader, True)):
                db.add(Attendance(session_id=session_id, member_id=member.id, present=present,
                                  recorded_by=leader.id, recorded_at=svc.clock.now()))
    before = _attendance_counts(svc)
    assert before == {sessions[0]: 2, sessions[1]: 2}
    assert _scan(svc), "the scan finds her before the erasure"

    # forget me, confirmed
    svc.say(NUMBER, "vergeet mij")
    svc.wait_body(NUMBER, catalog.format("nl", "forget-confirm"))
    svc.say(NUMBER, "1")
    svc.wait_body(NUMBER, catalog.format("nl", "forget-done"))
    svc.wait_body(LEADER, catalog.format("nl", "member-forgotten", {"name": NAME}))
    # her messages at Twilio: what she sent, what was sent to her, and the copies relayed to the leader
    sent_by_her = set(fake.received_from(NUMBER))
    sent_to_her = {m["sid"] for m in fake.sent_to(NUMBER)}
    relayed = {m["sid"] for m in fake.sent_to(LEADER)
               if "groetjes van Zahrabelle" in m["params"].get("Body", "") or m["params"].get("MediaUrl")}
    assert len(sent_by_her) >= 7 and len(relayed) == 2
    goodbye = fake.sent_to(NUMBER)[-1]["sid"]

    def queued() -> set[str]:
        with svc.samen.sessions() as db:
            return set(db.scalars(select(ProviderDeletion.provider_id)))

    assert fake.wait_for(lambda: goodbye in queued(), 10)
    svc.clock.advance(minutes=11)  # the goodbye itself is deleted once it had time to be delivered
    expected = sent_by_her | sent_to_her | relayed
    if not fake.wait_for(lambda: expected <= set(fake.deleted), 15):
        missing = expected - set(fake.deleted)
        print("MISSING", missing, "in_by_her", missing & sent_by_her, "to_her", missing & sent_to_her,
              "relayed", missing & relayed, "queued", missing & queued())
        with svc.samen.sessions() as db:
            for r in db.scalars(select(ProviderDeletion)):
                print("PD", r.provider_id, r.status, r.error, r.attempts, r.next_attempt_at, svc.clock.now())
    assert fake.wait_for(lambda: expected <= set(fake.deleted), 1), \
        f"not deleted at Twilio: {sorted(expected - set(fake.deleted))[:5]}"
    assert any(r.method == "DELETE" for r in fake.requests)

    # no trace anywhere: tables (every column, JSON and media bytes), stored media, the log
    assert _scan(svc) == []
    with svc.samen.sessions() as db:
        assert not any(b"zahrabelle" in bytes(m.data).lower() for m in db.scalars(select(MediaFile)))
    logged = "\n".join(caplog.handler.format(r) for r in caplog.records)
    assert logged and not [n for n in _needles() if n in logged]
    # attendance counts per session are unchanged: hers stays, anonymous
    assert _attendance_counts(svc) == before
    with svc.samen.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM attendance WHERE member_id IS NULL")).scalar() == 2


def test_retention_erases_members_inactive_for_a_year(bot, group_with_people, samen) -> None:  # noqa: ANN001
    join(bot, "oldtimer", group_with_people.participant_code, "nl")
    bot.flush()
    samen.clock.advance(days=200)
    bot.say("els", "Nog even hallo")  # Els keeps writing; the others fall silent
    samen.clock.advance(days=200)
    with samen.sessions() as db:
        names = {m.display_name for m in erasure.inactive_members(db, samen.clock.now(), 12)}
        assert names == {"fatima", "mehmet", "oldtimer"}  # Els wrote 200 days ago; Samira leads the group
    result = samen.ticker.tick()  # the daily housekeeping of the tick
    assert result.failed == 0
    with samen.sessions() as db:
        left = {m.display_name for m in db.scalars(select(Member))}
        assert left == {"samira", "els"}
        assert db.scalar(select(func.count()).select_from(Meeting)) == 0


def test_raw_payloads_are_dropped_after_thirty_days(bot, group_with_people, samen) -> None:  # noqa: ANN001
    bot.say("els", "Een bericht met inhoud")
    samen.clock.advance(days=31)
    samen.ticker.tick()
    with samen.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM inbound_events WHERE payload IS NOT NULL")).scalar() == 0
        assert conn.execute(text("SELECT count(*) FROM inbound_events")).scalar() > 0  # dedupe keys stay
