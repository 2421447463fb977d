"""Reminders by phone for members without a smartphone, end to end: `samen run`'s web app behind a
TLS proxy, the real twilio client placing calls and sending SMS against the fake Twilio, which
also plays the phone (fetches the call's TwiML and its clips, presses a key, hangs up)."""
from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from bot.app import build
from bot.config import Config
from bot.core.clock import FrozenClock
from bot.core.i18n import default_catalog
from bot.core.sms import segments
from bot.pacing import Backoff
from storage.models import ChannelAddress, FollowUp, Member, Membership, OutboxMessage, Rsvp, Timer
from storage.reports import group_report
from tests.conftest import serving, START, free_port, make_session, make_world
from tests.fakes.twilio_api import FakeTwilio, sms_segments
from tests.test_whatsapp import Service as WhatsAppService

catalog = default_catalog()
PUBLIC = "https://samen.example"
SENDER = "whatsapp:+14155238886"
PHONE_FROM = "+3197010000000"
LEADER, COORDINATOR = "whatsapp:+31600000001", "whatsapp:+31600000009"
AHMED, HALIMA, WIM = "+31611111111", "+31622222222", "+31633333333"
AMSTERDAM = ZoneInfo("Europe/Amsterdam")
MEETING = dt.datetime(2026, 10, 6, 14, 0, tzinfo=AMSTERDAM)  # a Tuesday
DAY_BEFORE = dt.datetime(2026, 10, 5, 10, 0, tzinfo=AMSTERDAM)


@dataclass
class Service(WhatsAppService):
    """The WhatsApp test's service (Samira writes on WhatsApp), with phones: SMS and calls."""

    def text(self, number: str, body: str, **extra: str) -> int:
        """Someone sends an SMS to samen's number."""
        params = {**self.fake.inbound(number, body, to=PHONE_FROM), **extra}
        params.pop("WaId", None)
        status, _ = self.fake.post_signed(f"{self.internal}/twilio/sms", params, public_url=f"{PUBLIC}/twilio/sms")
        return status

    def wait_calls(self, number: str, count: int, timeout: float = 20.0) -> list[dict]:
        assert self.fake.wait_for(lambda: len(self.fake.placed(number)) >= count, timeout), \
            f"{number} got {len(self.fake.placed(number))} call(s), not {count}"
        return self.fake.placed(number)

    def at(self, when: dt.datetime) -> None:
        """Time passes to `when`; due timers run."""
        self.clock.set(when)
        self.samen.ticker.tick()
        self.samen.sender.wake()


def _service(tmp_path: Path, **config: object) -> Iterator[Service]:
    with FakeTwilio() as fake:
        port = free_port()
        fake.route_callbacks(PUBLIC, f"http://127.0.0.1:{port}")
        settings = dict(database_url=f"sqlite:///{tmp_path / 'phone.sqlite3'}", public_url=PUBLIC, port=port,
                        twilio_account_sid=fake.account_sid, twilio_auth_token=fake.auth_token,
                        twilio_whatsapp_from=SENDER, twilio_sms_from=PHONE_FROM, twilio_api_url=fake.url,
                        data_dir=str(tmp_path / "data"), pacing_scale=20)
        settings.update(config)
        clock = FrozenClock(START)
        samen = build(Config(**settings), clock=clock, backoff=Backoff(base=1, factor=1, max_attempts=3))  # type: ignore[arg-type]
        world = make_world(samen, group_language="nl")
        with serving(samen, port):
            yield Service(samen, fake, world, clock, port)


@pytest.fixture
def service(tmp_path: Path) -> Iterator[Service]:
    yield from _service(tmp_path)


def _join_leader(svc: Service) -> None:
    """Samira, the group's leader, is on WhatsApp."""
    svc.say(LEADER, svc.world.facilitator_code, profile_name="Samira")
    svc.wait_body(LEADER, catalog.format("nl", "consent-question", {"group": "Koffie Oost"}))
    svc.say(LEADER, "1")
    svc.wait_body(LEADER, catalog.format("nl", "language-question"))
    svc.say(LEADER, "1")
    svc.wait_body(LEADER, catalog.format("nl", "menu-title", {"group": "Koffie Oost"}))


def _add_by_phone(svc: Service, name: str, language_number: str, number: str, how: str) -> None:
    """Samira adds a member without a smartphone and answers "may samen remind her?" with `how`
    (1 call, 2 SMS, 3 no), by numbers on WhatsApp."""
    menu = catalog.format("nl", "menu-title", {"group": "Koffie Oost"})
    menus = sum(menu in b for b in svc.bodies(LEADER))
    svc.say(LEADER, "/menu")
    assert svc.fake.wait_for(lambda: sum(menu in b for b in svc.bodies(LEADER)) > menus, 20)
    svc.say(LEADER, "3")  # 📵 Zonder smartphone
    svc.wait_body(LEADER, catalog.format("nl", "members-add-ask-name", {"group": "Koffie Oost"}))
    svc.say(LEADER, name)
    svc.wait_body(LEADER, catalog.format("nl", "members-add-ask-language", {"name": name}))
    svc.say(LEADER, language_number)
    svc.wait_body(LEADER, catalog.format("nl", "members-add-ask-number", {"name": name}))
    svc.say(LEADER, number)
    asked = catalog.format("nl", "members-add-ask-reminders", {"name": name})
    svc.wait_body(LEADER, asked)
    svc.say(LEADER, how)
    svc.wait_body(LEADER, catalog.format("nl", "members-add-done", {"name": name, "group": "Koffie Oost",
                                                                    "language": _native(language_number)}))


def _native(language_number: str) -> str:
    from bot.core.i18n import LOCALES, native_name

    return native_name(LOCALES[int(language_number) - 1])


def _member(svc: Service, number: str) -> Member:
    with svc.samen.sessions() as db:
        member = db.scalar(select(Member).where(Member.call_number == number))
        assert member is not None
        return member


def _rsvp(svc: Service, member_id: int) -> str | None:
    with svc.samen.sessions() as db:
        return db.scalar(select(Rsvp.answer).where(Rsvp.member_id == member_id))


def _arabic() -> str:
    from bot.core.i18n import LOCALES

    return str(LOCALES.index("ar") + 1)


def test_a_reminder_call_in_arabic_answered_with_1_records_coming(service: Service) -> None:
    svc = service
    _join_leader(svc)
    _add_by_phone(svc, "Ahmed", _arabic(), AHMED, "1")  # ☎️ a call
    svc.wait_body(LEADER, catalog.format("nl", "members-reminded-by", {"name": "Ahmed", "how": "call"}))
    ahmed = _member(svc, AHMED)
    assert (ahmed.phone_only, ahmed.reminded_by, ahmed.language) == (True, "call", "ar")
    make_session(svc.samen, svc.world, MEETING, place="Buurthuis")

    svc.at(DAY_BEFORE)  # the day-before reminder: a call, not a message
    [call] = svc.wait_calls(AHMED, 1)
    assert call["from"] == PHONE_FROM
    assert call["params"]["Url"].startswith(f"{PUBLIC}/twilio/voice/call?row=")
    assert call["params"]["StatusCallback"].startswith(f"{PUBLIC}/twilio/voice/status?row=")

    heard = svc.fake.answer_call(call, "1")
    assert heard["status"] == 200
    assert heard["gather"]["numDigits"] == "1" and "/twilio/voice/answer?row=" in heard["gather"]["action"]
    # the reminder in Arabic, spoken by samen as WAV from /media (Twilio's <Play> takes no OGG)
    assert heard["plays"] and all(status == 200 and kind == "audio/wav" and data[:4] == b"RIFF"
                                  for _url, status, kind, data in heard["plays"])
    assert all(url.startswith(f"{PUBLIC}/media/") for url, *_ in heard["plays"])
    assert "<Hangup" in heard["after"] and heard["after_plays"]  # "thank you, see you then", in Arabic
    assert _rsvp(svc, ahmed.id) == "yes"

    # Samira's list before the meeting shows Ahmed answered by phone
    svc.clock.set(MEETING - dt.timedelta(hours=3))
    svc.say(LEADER, "/next")  # (she wrote today: WhatsApp's window is open)
    svc.wait_body(LEADER, "Buurthuis")
    svc.at(MEETING - dt.timedelta(hours=2))
    svc.wait_body(LEADER, "Ahmed ☎️")
    roster = next(b for b in svc.bodies(LEADER) if "Ahmed ☎️" in b)
    assert next(line for line in roster.splitlines() if "Ahmed" in line).startswith("✅")


def test_no_answer_is_called_again_then_the_leader_is_told(service: Service) -> None:
    svc = service
    _join_leader(svc)
    _add_by_phone(svc, "Ahmed", _arabic(), AHMED, "1")
    ahmed = _member(svc, AHMED)
    session_id = make_session(svc.samen, svc.world, MEETING, place="Buurthuis")
    svc.at(DAY_BEFORE)
    [first] = svc.wait_calls(AHMED, 1)
    assert svc.fake.end_call(first, "no-answer") == 204
    assert svc.fake.end_call(first, "no-answer") == 204  # Twilio repeats itself: one retry all the same
    with svc.samen.sessions() as db:
        [again] = db.scalars(select(Timer).where(Timer.kind == "phone-call")).all()
        assert again.due_at == DAY_BEFORE + dt.timedelta(hours=1)
    assert not any("Ahmed" in b and AHMED in b for b in svc.bodies(LEADER))

    svc.clock.set(DAY_BEFORE + dt.timedelta(minutes=30))
    svc.say(LEADER, "/next")  # (Samira wrote today: WhatsApp's window is open)
    svc.at(DAY_BEFORE + dt.timedelta(hours=1))  # an hour later: the second call
    calls = svc.wait_calls(AHMED, 2)
    assert svc.fake.end_call(calls[1], "busy") == 204
    told = catalog.format("nl", "call-unanswered", {"name": "Ahmed", "phone": AHMED})
    svc.wait_body(LEADER, told)  # Samira calls him herself: his number, and a task to follow up
    with svc.samen.sessions() as db:
        task = db.scalar(select(FollowUp).where(FollowUp.member_id == ahmed.id))
        assert task is not None and (task.reason, task.session_id) == ("no-answer", session_id)
    time.sleep(0.3)
    assert len(svc.fake.placed(AHMED)) == 2  # no third call


def test_a_forged_key_press_is_refused_and_nothing_is_recorded(service: Service) -> None:
    svc = service
    _join_leader(svc)
    _add_by_phone(svc, "Ahmed", _arabic(), AHMED, "1")
    ahmed = _member(svc, AHMED)
    make_session(svc.samen, svc.world, MEETING, place="Buurthuis")
    svc.at(DAY_BEFORE)
    [call] = svc.wait_calls(AHMED, 1)
    heard = svc.fake.answer_call(call, "2", forged=True)
    assert heard["after_status"] == 403
    assert _rsvp(svc, ahmed.id) is None
    # the call's other addresses are signed too
    for path in ("call", "status"):
        code, _ = svc.fake.post_signed(f"{svc.internal}/twilio/voice/{path}?row=1", {"CallStatus": "no-answer"},
                                       signature="forged")
        assert code == 403
    with svc.samen.sessions() as db:
        assert db.scalars(select(Timer).where(Timer.kind == "phone-call")).all() == []


def test_a_key_that_is_no_answer_says_so_and_asks_again(service: Service) -> None:
    svc = service
    _join_leader(svc)
    _add_by_phone(svc, "Wim", "1", WIM, "1")  # Nederlands
    make_session(svc.samen, svc.world, MEETING, place="Buurthuis")
    svc.at(DAY_BEFORE)
    [call] = svc.wait_calls(WIM, 1)
    heard = svc.fake.answer_call(call, "7")
    assert heard["after_status"] == 200 and "<Redirect" in heard["after"] and "/twilio/voice/call?row=" in heard["after"]
    assert _rsvp(svc, _member(svc, WIM).id) is None


def test_an_arabic_sms_reminder_is_counted_in_segments_and_answered_with_a_number(service: Service) -> None:
    svc = service
    _join_leader(svc)
    _add_by_phone(svc, "Halima", _arabic(), HALIMA, "2")  # 💬 SMS
    _add_by_phone(svc, "Wim", "1", WIM, "2")
    halima = _member(svc, HALIMA)
    make_session(svc.samen, svc.world, MEETING, place="Buurthuis")
    svc.at(DAY_BEFORE)
    svc.fake.wait_for(lambda: svc.bodies(HALIMA) and svc.bodies(WIM), 20)
    [arabic] = svc.fake.sent_to(HALIMA)
    [dutch] = svc.fake.sent_to(WIM)
    assert arabic["from"] == PHONE_FROM
    body = arabic["params"]["Body"]
    assert "️" not in body and "📅" not in body  # no emoji: they cost and say nothing on a basic phone
    yes, no, call = (catalog.format("ar", label) for label in ("rsvp-yes", "rsvp-no", "rsvp-call"))
    assert body.splitlines()[-3:] == [f"1 {yes}", f"2 {no}", f"3 {call}"]  # numbered answers
    # Arabic is UCS-2: 70 characters a segment (67 when split); Twilio and samen count alike
    assert len(body) > 70 and int(arabic["num_segments"]) == sms_segments(body) == segments(body) == 2
    assert int(dutch["num_segments"]) == segments(dutch["params"]["Body"]) == 1  # GSM-7: 160 a segment
    def units() -> dict[str, int | None]:
        with svc.samen.sessions() as db:
            return dict(db.execute(select(OutboxMessage.address, OutboxMessage.units)
                                   .where(OutboxMessage.channel == "sms")).all())

    svc.fake.wait_for(lambda: None not in units().values(), 20)
    assert units() == {HALIMA: 2, WIM: 1}  # what each cost, kept for the report

    assert svc.text(HALIMA, "١") == 200  # she answers 1 (in Arabic digits): coming
    svc.fake.wait_for(lambda: _rsvp(svc, halima.id) == "yes", 20)
    assert _rsvp(svc, halima.id) == "yes"
    svc.fake.wait_for(lambda: len(svc.bodies(HALIMA)) == 2, 20)
    from bot.core.sms import for_sms

    assert svc.bodies(HALIMA)[-1] == for_sms(catalog.format("ar", "rsvp-saved-yes"))  # "thank you", by SMS

    # STOP, as Twilio's advanced opt-out passes it on: no more reminders to her
    assert svc.text(HALIMA, "STOP", OptOutType="STOP") == 200
    svc.fake.wait_for(lambda: _member(svc, HALIMA).opted_out, 20)
    assert _member(svc, HALIMA).opted_out

    # the report counts what it cost: calls and SMS segments, per group and month
    with svc.samen.sessions() as db:
        from storage.models import Group

        report = group_report(db, db.get(Group, svc.world.group_id), DAY_BEFORE - dt.timedelta(days=30),
                              DAY_BEFORE + dt.timedelta(days=1))
    assert report["phone"]["sms_segments"] == 2 + 1 + 1 and report["phone"]["calls"] == 0  # with "thank you"
    assert report["phone"]["by_month"] == {"2026-10": {"calls": 0, "sms_segments": 4}}
    from bot.reports import rows

    assert ("Herinneringen per telefoon", "Sms-delen · oktober 2026", "4") in rows(report, catalog, "nl")
    with svc.samen.sessions() as db:  # the organisation's report: per group too
        from storage.models import Organisation
        from storage.reports import organisation_report

        world2 = make_world(svc.samen, name="Koffie West")
        assert world2.org_id == svc.world.org_id
        whole = organisation_report(db, db.get(Organisation, svc.world.org_id), DAY_BEFORE - dt.timedelta(days=30),
                                    DAY_BEFORE + dt.timedelta(days=1))
    assert whole["phone"]["by_group"] == {"Koffie Oost": {"calls": 0, "sms_segments": 4}}
    assert ("Herinneringen per telefoon", "Sms-delen · Koffie Oost", "4") in rows(whole, catalog, "nl")


def test_past_the_monthly_limit_calls_wait_and_the_coordinator_is_told(tmp_path: Path) -> None:
    for svc in _service(tmp_path, phone_limit=1):
        _join_leader(svc)
        _add_by_phone(svc, "Ahmed", _arabic(), AHMED, "1")
        _add_by_phone(svc, "Wim", "1", WIM, "1")
        with svc.samen.sessions() as db, db.begin():  # Ingrid coordinates the organisation, on WhatsApp
            ingrid = Member(display_name="Ingrid", language="nl", language_chosen=True, consent_at=START,
                            created_at=START)
            db.add(ingrid)
            db.flush()
            db.add(ChannelAddress(member_id=ingrid.id, channel="whatsapp", address=COORDINATOR, created_at=START,
                                  last_inbound_at=DAY_BEFORE))
            db.add(Membership(member_id=ingrid.id, organisation_id=svc.world.org_id, role="coordinator",
                              joined_at=START))
        make_session(svc.samen, svc.world, MEETING, place="Buurthuis")
        svc.at(DAY_BEFORE)
        svc.wait_body(COORDINATOR, catalog.format("nl", "phone-limit-reached", {"limit": 1}))
        time.sleep(0.3)
        assert len(svc.fake.placed(AHMED)) + len(svc.fake.placed(WIM)) == 1


def test_a_wave_of_200_calls_keeps_to_the_calls_per_second(tmp_path: Path) -> None:
    """Twilio places an account's calls at a set pace (1 a second unless raised): samen keeps to it
    (here scaled up 50 times, so 50 a second) and Twilio refuses none."""
    for svc in _service(tmp_path, pacing_scale=50, calls_per_second=1):
        svc.fake.calls_per_second = 50
        with svc.samen.sessions() as db, db.begin():
            for i in range(200):
                member = Member(display_name=f"Lid {i}", language="nl", language_chosen=True, consent_at=START,
                                phone_only=True, may_call=True, call_number=f"+3161{i:07d}", reminded_by="call",
                                created_at=START)
                db.add(member)
                db.flush()
                db.add(Membership(member_id=member.id, organisation_id=svc.world.org_id,
                                  group_id=svc.world.group_id, role="participant", joined_at=START))
        make_session(svc.samen, svc.world, MEETING, place="Buurthuis")
        started = time.monotonic()
        svc.at(DAY_BEFORE)
        assert svc.fake.wait_for(lambda: len(svc.fake.calls) == 200, 30), len(svc.fake.calls)
        took = time.monotonic() - started
        assert svc.fake.call_violations == []
        ats = sorted(c["at"] for c in svc.fake.calls)
        assert all(sum(1 for a in ats if t <= a < t + 1.0) <= 50 for t in ats)
        assert took >= 199 / 50 - 0.5  # paced, not all at once


def test_after_a_missed_meeting_a_check_in_call_press_3_to_be_called(service: Service) -> None:
    """Ahmed missed Tuesday's meeting: samen calls him in the evening after ("press 1 if you are
    well, 3 to be called"); he presses 3 and Samira gets the task to call him, with his number."""
    from storage.models import Attendance, Meeting

    svc = service
    _join_leader(svc)
    _add_by_phone(svc, "Ahmed", _arabic(), AHMED, "1")
    ahmed = _member(svc, AHMED)
    session_id = make_session(svc.samen, svc.world, MEETING, place="Buurthuis")
    ended = MEETING + dt.timedelta(hours=5)  # 19:00: the check-in after the meeting
    svc.clock.set(ended)
    with svc.samen.sessions() as db, db.begin():  # Samira recorded who came: Ahmed did not
        meeting = db.get(Meeting, session_id)
        meeting.status, meeting.attendance_at = "held", ended
        db.add(Attendance(session_id=session_id, member_id=ahmed.id, present=False, recorded_at=ended))
        db.add(Timer(kind="checkin", due_at=ended, data={"session_id": session_id}, created_at=ended))
    svc.say(LEADER, "/next")  # (Samira wrote today: WhatsApp's window is open)
    svc.at(ended)
    [call] = svc.wait_calls(AHMED, 1)
    heard = svc.fake.answer_call(call, "3")
    assert heard["after_status"] == 200 and heard["plays"] and heard["after_plays"]
    svc.wait_body(LEADER, catalog.format("nl", "followup-call", {"name": "Ahmed", "phone": AHMED}))
    with svc.samen.sessions() as db:
        task = db.scalar(select(FollowUp).where(FollowUp.member_id == ahmed.id))
        assert task is not None and task.reason == "call-me"


def test_a_check_in_call_waits_for_the_morning_after_quiet_hours(service: Service) -> None:
    from storage.models import Attendance, Meeting

    svc = service
    _join_leader(svc)
    _add_by_phone(svc, "Ahmed", _arabic(), AHMED, "1")
    ahmed = _member(svc, AHMED)
    late = dt.datetime(2026, 10, 6, 19, 0, tzinfo=AMSTERDAM)
    session_id = make_session(svc.samen, svc.world, late, place="Buurthuis")
    ended = dt.datetime(2026, 10, 6, 22, 30, tzinfo=AMSTERDAM)  # in quiet hours: no call now
    svc.clock.set(ended)
    with svc.samen.sessions() as db, db.begin():
        meeting = db.get(Meeting, session_id)
        meeting.status, meeting.attendance_at = "held", ended
        db.add(Attendance(session_id=session_id, member_id=ahmed.id, present=False, recorded_at=ended))
        db.add(Timer(kind="checkin", due_at=ended, data={"session_id": session_id}, created_at=ended))
    svc.at(ended)
    time.sleep(0.3)
    assert svc.fake.placed(AHMED) == []
    svc.at(dt.datetime(2026, 10, 7, 8, 0, tzinfo=AMSTERDAM))  # 08:00 the next morning
    svc.wait_calls(AHMED, 1)


def test_sms_segments_and_the_cheap_alphabet() -> None:
    from bot.core.sms import for_sms

    # GSM-7: 160 a segment, 153 when split; "€" takes two; UCS-2: 70, then 67; an emoji counts twice
    assert [segments("a" * n) for n in (160, 161, 306, 307)] == [1, 2, 2, 3]
    assert [segments("€" * n) for n in (80, 81)] == [1, 2]
    assert [segments("ب" * n) for n in (70, 71, 134, 135)] == [1, 2, 2, 3]
    assert segments("a" * 69 + "😀") == 2 and sms_segments("a" * 69 + "😀") == 2
    # Latin scripts leave off the accents GSM-7 lacks (as people text), and keep those it has
    assert for_sms("📅 „Proszę” zadzwonić — Łódź") == '"Prosze" zadzwonic - Lodz'
    assert for_sms("Lütfen arayın, buluşma İzmir'de") == "Lütfen arayin, bulusma Izmir'de"
    assert for_sms("¿Viene a la reunión? Sí, señora") == "¿Viene a la reunion? Si, señora"
    # another script stays as it is (and costs UCS-2)
    assert for_sms("⁨هل ستأتون؟⁩ ✅") == "هل ستأتون؟"
    assert for_sms("Ще дойдете ли?") == "Ще дойдете ли?"


def _tap(svc: Service, who: str, label: str) -> None:
    """`who` answers the last numbered list she got with the number of the line showing `label`."""
    last = svc.bodies(who)[-1]
    line = next(line for line in last.splitlines() if label in line)
    svc.say(who, line.split()[0])  # the keycap digit, as she would type it


def test_the_leader_switches_phone_reminders_off_and_no_call_comes(service: Service) -> None:
    svc = service
    _join_leader(svc)
    _add_by_phone(svc, "Ahmed", _arabic(), AHMED, "1")
    svc.say(LEADER, "/menu")
    svc.fake.wait_for(lambda: catalog.format("nl", "menu-members") in svc.bodies(LEADER)[-1], 20)
    _tap(svc, LEADER, catalog.format("nl", "menu-members"))
    svc.fake.wait_for(lambda: "✏️ Ahmed" in svc.bodies(LEADER)[-1], 20)
    _tap(svc, LEADER, "✏️ Ahmed")
    svc.fake.wait_for(lambda: catalog.format("nl", "mm-phone-reminders") in svc.bodies(LEADER)[-1], 20)
    _tap(svc, LEADER, catalog.format("nl", "mm-phone-reminders"))
    svc.fake.wait_for(lambda: catalog.format("nl", "members-remind-none") in svc.bodies(LEADER)[-1], 20)
    _tap(svc, LEADER, catalog.format("nl", "members-remind-none"))
    svc.wait_body(LEADER, catalog.format("nl", "members-reminded-by", {"name": "Ahmed", "how": "none"}))
    assert _member(svc, AHMED).reminded_by is None
    make_session(svc.samen, svc.world, MEETING, place="Buurthuis")
    svc.at(DAY_BEFORE)
    time.sleep(0.5)
    assert svc.fake.placed(AHMED) == []  # Samira reminds him herself: the roster lists him 📵


def test_an_erased_member_s_calls_are_deleted_at_twilio_too(service: Service) -> None:
    from storage.erasure import erase_member

    svc = service
    _join_leader(svc)
    _add_by_phone(svc, "Ahmed", _arabic(), AHMED, "1")
    make_session(svc.samen, svc.world, MEETING, place="Buurthuis")
    svc.at(DAY_BEFORE)
    [call] = svc.wait_calls(AHMED, 1)
    svc.fake.answer_call(call, "1")
    ahmed = _member(svc, AHMED)
    with svc.samen.sessions() as db, db.begin():  # a year without meetings: erased (as retention does)
        erase_member(db, db.get(Member, ahmed.id), svc.clock.now(), reason="retention")
    svc.clock.advance(minutes=11)
    assert svc.fake.wait_for(lambda: call["sid"] in svc.fake.deleted, 20)  # her number and the call's time


def test_sms_stop_and_start_as_twilio_passes_them_on_and_delivery_reports(service: Service) -> None:
    """Halima texts STOP: Twilio has answered it and blocks her number (21610), samen stops her and
    tells Samira once, without an "undelivered" alarm; START brings her back.  Delivery reports of
    her texts come to the shared status address."""
    from bot.core.sms import for_sms

    svc = service
    _join_leader(svc)
    _add_by_phone(svc, "Halima", _arabic(), HALIMA, "2")
    make_session(svc.samen, svc.world, MEETING, place="Buurthuis")
    svc.at(DAY_BEFORE)
    assert svc.fake.wait_for(lambda: svc.bodies(HALIMA), 20)
    [reminder] = svc.fake.sent_to(HALIMA)
    params = svc.fake.status_params(reminder["sid"], "delivered")
    params.pop("ChannelPrefix")
    params["From"], params["To"] = PHONE_FROM, HALIMA
    code, _ = svc.fake.post_signed(f"{svc.internal}/twilio/status?row=1", params, public_url=f"{PUBLIC}/twilio/status?row=1")
    assert code == 204

    def delivery() -> str | None:
        with svc.samen.sessions() as db:
            return db.scalar(select(OutboxMessage.delivery_status).where(OutboxMessage.provider_id == reminder["sid"]))

    assert svc.fake.wait_for(lambda: delivery() == "delivered", 20)

    svc.say(LEADER, "/next")  # (Samira wrote today: WhatsApp's window is open)
    svc.fake.fail(400, code=21610, to=HALIMA)  # Twilio refuses texts to her now
    assert svc.text(HALIMA, "STOP", OptOutType="STOP") == 200
    svc.wait_body(LEADER, catalog.format("nl", "member-stopped", {"name": "Halima"}))
    assert svc.fake.wait_for(lambda: any(r.path.endswith("Messages.json") and r.params.get("To") == HALIMA
                                         and r.status == 400 for r in svc.fake.requests), 20)

    def settled() -> bool:
        with svc.samen.sessions() as db:
            refused = db.scalar(select(OutboxMessage.status).where(OutboxMessage.message_id == "stop-confirmed"))
            busy = db.scalar(select(OutboxMessage.id).where(OutboxMessage.status.in_(("pending", "claimed", "sending"))))
            return refused == "unreachable" and busy is None

    assert svc.fake.wait_for(settled, 20)
    undelivered = catalog.format("nl", "outbox-undelivered", {"name": "Halima", "reason": "unreachable"})
    assert undelivered not in svc.bodies(LEADER)
    assert svc.text(HALIMA, "START", OptOutType="START") == 200
    svc.wait_body(HALIMA, for_sms(catalog.format("ar", "start-resumed")))
    assert not _member(svc, HALIMA).opted_out


def test_the_call_plays_the_leaders_own_voice_message_first(service: Service) -> None:
    """Samira recorded a greeting on WhatsApp (OGG/Opus): the call plays it first, as WAV, then the
    reminder in Ahmed's language."""
    import io

    import numpy as np
    import soundfile

    from bot.core.messages import Media
    from storage.models import Group

    svc = service
    _join_leader(svc)
    _add_by_phone(svc, "Ahmed", _arabic(), AHMED, "1")
    tone = io.BytesIO()
    soundfile.write(tone, (0.3 * np.sin(np.arange(48_000) * 2 * np.pi * 440 / 48_000)).astype("float32"),
                    48_000, format="OGG", subtype="OPUS")
    url = svc.fake.add_media(tone.getvalue(), "audio/ogg")
    samira = svc.samen.sessions().scalar(select(ChannelAddress.member_id).where(ChannelAddress.address == LEADER))
    with svc.samen.sessions() as db, db.begin():  # as her 🎙 greeting from the group's menu is kept
        db.get(Group, svc.world.group_id).greeting_voice = {
            "media": Media("voice", f"twilio:{url}", "audio/ogg", 1).to_json(), "by": samira}
    make_session(svc.samen, svc.world, MEETING, place="Buurthuis")
    svc.at(DAY_BEFORE)
    [call] = svc.wait_calls(AHMED, 1)
    heard = svc.fake.answer_call(call, "2")
    first, reminder = heard["plays"][:2]
    assert first[1:3] == (200, "audio/wav") and first[3][:4] == b"RIFF"
    assert abs(soundfile.info(io.BytesIO(first[3])).duration - 1.0) < 0.1  # her one second, whole
    assert reminder[2] == "audio/wav" and reminder[0] != first[0]
    assert _rsvp(svc, _member(svc, AHMED).id) == "no"
