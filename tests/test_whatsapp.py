"""WhatsApp end to end: the real twilio client under `samen run`'s web app behind a TLS proxy
(Twilio signs https://samen.example/…, the app listens on http://127.0.0.1), against the fake Twilio."""
from __future__ import annotations

import asyncio
import io
import datetime as dt
import json
import random
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pytest
import soundfile
from sqlalchemy import func, select

from bot.app import Samen, build
from bot.config import Config
from bot.core.clock import FrozenClock
from bot.core.i18n import default_catalog
from bot.core.messages import Choice, Outbound
from bot.outbox import OutboxSender
from bot.pacing import Backoff
from storage import queries
from storage.models import ChannelAddress, InboundEvent, Member, OutboxMessage
from tests.conftest import serving, free_port, START, World, listening, make_world
from tests.fakes.twilio_api import FakeTwilio

catalog = default_catalog()
PUBLIC = "https://samen.example"
SENDER = "whatsapp:+14155238886"
LEADER, FATIMA, ROOS = "whatsapp:+31600000001", "whatsapp:+31600000002", "whatsapp:+59990000003"
HX_RELAY_EN = "HX" + "1" * 32
HX_RELAY_NL = "HX" + "a" * 32



@dataclass
class Service:
    samen: Samen
    fake: FakeTwilio
    world: World
    clock: FrozenClock
    port: int

    @property
    def internal(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def say(self, who: str, body: str = "", **kw: object) -> int:
        """A person writes on WhatsApp: Twilio posts the signed webhook through the TLS proxy."""
        params = self.fake.inbound(who, body, to=SENDER, **kw)  # type: ignore[arg-type]
        status, _ = self.fake.post_signed(f"{self.internal}/twilio/whatsapp", params,
                                          public_url=f"{PUBLIC}/twilio/whatsapp")
        return status

    def bodies(self, who: str) -> list[str]:
        return [m["params"].get("Body", "") for m in self.fake.sent_to(who)]

    def wait_body(self, who: str, expected: str, timeout: float = 10.0) -> None:
        ok = self.fake.wait_for(lambda: any(expected in b for b in self.bodies(who)), timeout)
        assert ok, f"{who} never got {expected!r}; got {self.bodies(who)[-3:]}"

    def status(self, sid: str, status: str, error: int | None = None) -> int:
        params = self.fake.status_params(sid, status, error_code=error)
        code, _ = self.fake.post_signed(f"{self.internal}/twilio/status", params, public_url=f"{PUBLIC}/twilio/status")
        return code


@pytest.fixture
def service(tmp_path: Path) -> Iterator[Service]:
    with FakeTwilio() as fake:
        port = free_port()
        config = Config(database_url=f"sqlite:///{tmp_path / 'wa.sqlite3'}", public_url=PUBLIC, port=port,
                        twilio_account_sid=fake.account_sid, twilio_auth_token=fake.auth_token,
                        twilio_whatsapp_from=SENDER, twilio_api_url=fake.url,
                        pacing_scale=20)  # a person's messages 50 ms apart, not a second
        clock = FrozenClock(START)
        samen = build(config, clock=clock, backoff=Backoff(base=1, factor=1, max_attempts=3))
        world = make_world(samen, group_language="nl")
        with serving(samen, port):
            yield Service(samen, fake, world, clock, port)


def _join_leader(svc: Service) -> None:
    assert svc.say(LEADER, svc.world.facilitator_code, profile_name="Samira") == 200
    svc.wait_body(LEADER, catalog.format("nl", "consent-question", {"group": "Koffie Oost"}))
    svc.say(LEADER, "1")
    svc.wait_body(LEADER, catalog.format("nl", "language-question"))
    svc.say(LEADER, "1️⃣")  # Nederlands
    svc.wait_body(LEADER, catalog.format("nl", "menu-title", {"group": "Koffie Oost"}))


def _join_participant(svc: Service, who: str, name: str, call: bool = False) -> None:
    """A participant joins in Dutch, tapping by number, and says whether her leader may call her."""
    svc.say(who, svc.world.participant_code, profile_name=name)
    svc.wait_body(who, catalog.format("nl", "consent-question", {"group": "Koffie Oost"}))
    svc.say(who, "1")
    svc.wait_body(who, catalog.format("nl", "language-question"))
    svc.say(who, "1")
    svc.wait_body(who, catalog.format("nl", "voice-question"))
    svc.say(who, "2")  # text is enough
    svc.wait_body(who, catalog.format("nl", "call-question"))
    svc.say(who, "1" if call else "2")
    svc.wait_body(who, catalog.format("nl", "welcome-participant", {"group": "Koffie Oost"}))


def test_join_answer_with_numbers_and_relay_a_voice_note(service: Service) -> None:
    svc, fake = service, service.fake
    _join_leader(svc)
    assert svc.say(FATIMA, svc.world.participant_code, profile_name="Fatima") == 200
    consent = catalog.format("nl", "consent-question", {"group": "Koffie Oost"})
    svc.wait_body(FATIMA, consent)
    asked = svc.bodies(FATIMA)[-1]
    assert "1️⃣" in asked and "3️⃣" in asked and catalog.format("nl", "answer-with-number", {"count": 3}) in asked
    svc.say(FATIMA, "", button_payload="consent:yes", button_text="Ik ga akkoord")  # a quick reply
    svc.wait_body(FATIMA, catalog.format("nl", "language-question"))
    svc.say(FATIMA, "2")  # English
    svc.wait_body(FATIMA, catalog.format("en", "voice-question"))
    svc.say(FATIMA, "1")  # yes, also as voice
    svc.wait_body(FATIMA, catalog.format("en", "call-question"))
    # the question also comes as a voice note: OGG/Opus that Twilio fetches from samen's media route
    assert fake.wait_for(lambda: sum(1 for m in fake.sent_to(FATIMA) if m["params"].get("MediaUrl")) >= 2)
    spoken = [m for m in fake.sent_to(FATIMA) if m["params"].get("MediaUrl")][-1]
    assert spoken["params"].get("Body", "") == ""
    urls = spoken["params"]["MediaUrl"]
    with urllib.request.urlopen((urls[0] if isinstance(urls, list) else urls).replace(PUBLIC, svc.internal)) as got:
        assert got.headers["Content-Type"] == "audio/ogg"
        assert soundfile.info(io.BytesIO(got.read())).subtype == "OPUS"
    svc.say(FATIMA, "٢")  # Arabic-Indic two: no calls
    svc.wait_body(FATIMA, catalog.format("en", "welcome-participant", {"group": "Koffie Oost"}))
    svc.wait_body(LEADER, catalog.format("nl", "member-joined", {"name": "Fatima", "group": "Koffie Oost",
                                                                 "language": "English"}))
    # a voice note: downloaded with the account's credentials, served to the leader from /media/{token}
    media_url = fake.add_media(b"OggS-voice-of-fatima", "audio/ogg")
    svc.say(FATIMA, "", media=[(media_url, "audio/ogg")])
    svc.wait_body(LEADER, catalog.format("nl", "relay-from-member-voice", {"name": "Fatima · English",
                                                                         "group": "Koffie Oost"}))
    message = [m for m in fake.sent_to(LEADER) if m["params"].get("MediaUrl")][-1]
    urls = message["params"]["MediaUrl"]
    url = urls[0] if isinstance(urls, list) else urls
    assert url.startswith(f"{PUBLIC}/media/")
    with urllib.request.urlopen(url.replace(PUBLIC, svc.internal)) as response:
        assert response.read() == b"OggS-voice-of-fatima"
    svc.wait_body(FATIMA, catalog.format("en", "relay-passed-on"))
    # no number crosses: the leader's messages never show Fatima's number
    assert not any("31600000002" in b for b in svc.bodies(LEADER))


def test_outside_the_window_a_template_or_a_word_to_the_leader(service: Service) -> None:
    svc, fake = service, service.fake
    _join_leader(svc)
    for who, name, language_number in ((FATIMA, "Fatima", "2"), (ROOS, "Roos", "9")):  # English, Papiamentu
        svc.say(who, svc.world.participant_code, profile_name=name)
        svc.wait_body(who, catalog.format("nl", "consent-question", {"group": "Koffie Oost"}))
        svc.say(who, "1")
        svc.wait_body(who, catalog.format("nl", "language-question"))
        svc.say(who, language_number)
        svc.wait_body(who, catalog.format("en" if name == "Fatima" else "pap", "voice-question"))
        svc.say(who, "2")
        svc.wait_body(who, catalog.format("en" if name == "Fatima" else "pap", "call-question"))
        svc.say(who, "2")
        svc.say(who, f"Hallo, hier is {name}")
        svc.wait_body(LEADER, f"Hallo, hier is {name}")
    with svc.samen.sessions() as db, db.begin():
        queries.set_template(db, "relay", "en", HX_RELAY_EN, svc.clock.now())
        queries.set_template(db, "relay", "nl", HX_RELAY_NL, svc.clock.now())
    svc.clock.advance(hours=25)  # both participants' windows have closed; the leader writes now
    svc.say(LEADER, "Goedemorgen")  # the leader's own window is open
    svc.wait_body(LEADER, catalog.format("nl", "staff-who-for"))
    for name, language in (("Fatima", "English"), ("Roos", "Papiamentu")):
        before = len(svc.bodies(LEADER))
        with svc.samen.sessions() as db, db.begin():
            target = db.scalar(select(Member).where(Member.display_name == name))
            leader = queries.member_by_address(db, "whatsapp", LEADER)
            queries.enqueue(db, Outbound("relay-passed-on", member_id=leader.id, kind="reply",
                                         choices=(Choice(f"relay:reply:{target.id}", "relay-reply-button"),)),
                            svc.clock.now())
        svc.samen.sender.wake()
        assert fake.wait_for(lambda: len(svc.bodies(LEADER)) > before)
        svc.say(LEADER, "1")  # ↩ Reply
        svc.wait_body(LEADER, catalog.format("nl", "relay-reply-prompt", {"name": f"{name} · {language}"}))
        svc.say(LEADER, f"Tot donderdag, {name}!")
    # Fatima (English) gets the approved template with the message as its variable
    assert fake.wait_for(lambda: any(m["params"].get("ContentSid") == HX_RELAY_EN for m in fake.sent_to(FATIMA)), 10)
    templated = [m for m in fake.sent_to(FATIMA) if m["params"].get("ContentSid")][-1]
    variables = json.loads(templated["params"]["ContentVariables"])
    assert "Tot donderdag, Fatima!" in variables["1"] and "Body" not in templated["params"]
    # Roos (Papiamentu: WhatsApp has no template language for it) gets the Dutch template's frame with
    # the Papiamentu message inside, instead of waiting until her leader calls her
    assert fake.wait_for(lambda: any(m["params"].get("ContentSid") == HX_RELAY_NL for m in fake.sent_to(ROOS)), 10)
    templated = [m for m in fake.sent_to(ROOS) if m["params"].get("ContentSid")][-1]
    variables = json.loads(templated["params"]["ContentVariables"])
    assert "Tot donderdag, Roos!" in variables["1"]
    assert catalog.format("nl", "outbox-undelivered", {"name": "Roos", "reason": "window"}) not in svc.bodies(LEADER)
    # the reminder's frame does not repeat its heading ("Herinnering van uw groep: 📅 Herinnering: …")
    framed = catalog.format("nl", "whatsapp-template-reminder", {"body": catalog.format("pap", "reminder", {
        "date": svc.clock.now(), "place": "Buurthuis", "note": "none"})})
    assert framed.startswith("Van uw groep: 📅 ") and framed.count("Herinnering") == 0


def test_signatures(service: Service) -> None:
    svc, fake = service, service.fake
    params = fake.inbound(FATIMA, "hallo", to=SENDER)
    url = f"{svc.internal}/twilio/whatsapp"
    public = f"{PUBLIC}/twilio/whatsapp"
    assert fake.post_signed(url, params, public_url=public)[0] == 200  # the TLS proxy case
    tampered = dict(params, Body="hallo!")
    signature = fake.sign(public, params)
    assert fake.post_signed(url, tampered, public_url=public, signature=signature)[0] == 403
    assert fake.post_signed(url, dict(params, MessageSid="SM" + "9" * 32), signature="")[0] == 403
    wrong = FakeTwilio(auth_token="not-the-token")
    assert fake.post_signed(url, dict(params, MessageSid="SM" + "8" * 32), public_url=public,
                            signature=wrong.sign(public, dict(params, MessageSid="SM" + "8" * 32)))[0] == 403
    status = fake.status_params("SM" + "7" * 32, "delivered")
    assert fake.post_signed(f"{svc.internal}/twilio/status", status, signature="bad")[0] == 403
    with svc.samen.sessions() as db:
        assert db.scalar(select(func.count()).select_from(InboundEvent)) == 1


def test_twilios_published_example_validates() -> None:
    from bot.channels.whatsapp import WhatsAppChannel, make_client

    channel = WhatsAppChannel(make_client("AC" + "0" * 32, "12345", "http://127.0.0.1:9"), SENDER, "12345",
                              public_url="https://mycompany.com")
    params = {"CallSid": "CA1234567890ABCDE", "Caller": "+12349013030", "Digits": "1234",
              "From": "+12349013030", "To": "+18005551212"}
    assert channel.valid("/myapp.php", "foo=1&bar=2", params, "0/KCTR6DLpKmkAf8muzZqo1nDgQ=")
    assert not channel.valid("/myapp.php", "foo=1&bar=2", dict(params, Digits="1235"), "0/KCTR6DLpKmkAf8muzZqo1nDgQ=")
    assert not channel.valid("/myapp.php", "foo=1&bar=2", params, None)


def test_a_signature_over_the_url_with_its_port_still_goes_through_twilio() -> None:
    # A post signed over the public URL is checked with one signature; Twilio may also sign the URL
    # with its port (https://host:443/...): that, and every signature that does not match, goes
    # through Twilio's own validate, as before.
    from bot.channels.whatsapp import WhatsAppChannel, make_client

    channel = WhatsAppChannel(make_client("AC" + "0" * 32, "12345", "http://127.0.0.1:9"), SENDER, "12345",
                              public_url="https://samen.example.org")
    params = {"From": "whatsapp:+31612345678", "Body": "hallo", "MessageSid": "SM" + "1" * 32}
    sign = channel.validator.compute_signature
    calls: list[str] = []
    validate = channel.validator.validate

    def counted(*args: object, **kwargs: object) -> bool:
        calls.append("validate")
        return validate(*args, **kwargs)  # type: ignore[arg-type]

    channel.validator.validate = counted  # type: ignore[method-assign]
    assert channel.valid("/twilio/whatsapp", "", params, sign("https://samen.example.org/twilio/whatsapp", params))
    assert calls == []  # one signature computed, Twilio's two-variant check not needed
    assert channel.valid("/twilio/whatsapp", "", params, sign("https://samen.example.org:443/twilio/whatsapp", params))
    assert not channel.valid("/twilio/whatsapp", "", dict(params, Body="hallo!"),
                             sign("https://samen.example.org/twilio/whatsapp", params))
    assert calls == ["validate", "validate"]
    assert not channel.valid("/twilio/whatsapp", "", params, "héé ✓")  # not ASCII: refused, no error


def test_redelivery_and_shuffled_status_callbacks(service: Service) -> None:
    svc, fake = service, service.fake
    _join_leader(svc)
    params = fake.inbound(FATIMA, svc.world.participant_code, to=SENDER, profile_name="Fatima")
    for _ in range(2):
        assert fake.post_signed(f"{svc.internal}/twilio/whatsapp", params,
                                public_url=f"{PUBLIC}/twilio/whatsapp")[0] == 200
    svc.wait_body(FATIMA, catalog.format("nl", "consent-question", {"group": "Koffie Oost"}))
    time.sleep(0.3)
    assert len(fake.sent_to(FATIMA)) == 1
    sid = fake.sent_to(FATIMA)[0]["sid"]
    order = ["queued", "sent", "delivered", "read", "sent", "delivered", "queued"]
    random.Random(4).shuffle(order)
    for status in order:
        assert svc.status(sid, status) == 204
    with svc.samen.sessions() as db:
        assert db.scalar(select(OutboxMessage.delivery_status).where(OutboxMessage.provider_id == sid)) == "read"
    # failed, then a later delivered: delivered wins; a status for an unknown message is ignored
    svc.say(FATIMA, "1")
    assert fake.wait_for(lambda: len(fake.sent_to(FATIMA)) == 2)
    second = fake.sent_to(FATIMA)[1]["sid"]
    assert svc.status(second, "failed", 30008) == 204
    assert svc.status(second, "delivered") == 204
    assert svc.status("SM" + "f" * 32, "delivered") == 204
    with svc.samen.sessions() as db:
        assert db.scalar(select(OutboxMessage.delivery_status).where(OutboxMessage.provider_id == second)) == "delivered"


def test_a_message_twilio_took_as_samen_died_is_not_sent_twice(service: Service) -> None:
    """Three reminders were on their way when the worker died, before it wrote down Twilio's answers.
    Twilio took Fatima's, and its status callback (which names the outbox row) arrives while the
    worker is down: she is not sent it again.  Twilio took Samira's too, but its report comes only
    after another worker took the channel over, within the grace it gives such messages: not sent
    again either.  Roos's request never reached Twilio: hers goes out once the grace has passed."""
    svc, fake = service, service.fake
    _join_leader(svc)
    for who, name in ((FATIMA, "Fatima"), (ROOS, "Roos")):
        _join_participant(svc, who, name)
    later = svc.clock.now() + dt.timedelta(hours=1)  # due for the worker that dies, not yet for the live one
    with svc.samen.sessions() as db, db.begin():
        rows = {who: queries.enqueue(db, Outbound("relay-nobody", member_id=queries.member_by_address(
                    db, "whatsapp", who).id, kind="reminder"), later) for who in (FATIMA, ROOS, LEADER)}
        db.flush()
        ids = {who: row.id for who, row in rows.items()}
    dying = OutboxSender(svc.samen.sessions, svc.samen.channels, svc.samen.catalog, FrozenClock(later))
    jobs = {job.address: job for job in dying.claim()}
    assert set(jobs) == {FATIMA, ROOS, LEADER}

    async def die_while_sending() -> None:
        for who in (FATIMA, LEADER):
            await dying._send(jobs[who])  # Twilio took it; the answer is never written down
        assert await dying._marks(ids[ROOS])  # Roos's request was leaving: it never arrived

    asyncio.run(die_while_sending())
    text = catalog.format("nl", "relay-nobody")
    assert [svc.bodies(who).count(text) for who in (FATIMA, LEADER, ROOS)] == [1, 1, 0]

    def report(who: str) -> str:
        sent = [m for m in fake.sent_to(who) if m["params"].get("Body") == text][0]
        callback = sent["params"]["StatusCallback"]
        assert callback == f"{PUBLIC}/twilio/status?row={ids[who]}"
        code, _ = fake.post_signed(callback.replace(PUBLIC, svc.internal), fake.status_params(sent["sid"], "sent"),
                                   public_url=callback)
        assert code == 204
        return sent["sid"]

    sids = {FATIMA: report(FATIMA)}  # while no worker sends
    clock = FrozenClock(later)
    restarted = OutboxSender(svc.samen.sessions, svc.samen.channels, svc.samen.catalog, clock,
                             pacers=svc.samen.sender.pacers)
    assert restarted.recover_inflight() == 2  # Samira's and Roos's are in doubt
    sids[LEADER] = report(LEADER)  # … and Samira's report comes now
    time.sleep(0.1)  # Roos's chat had its welcome a moment ago: its per-chat gap (50 ms here) passes
    asyncio.run(restarted.drain())
    assert [svc.bodies(who).count(text) for who in (FATIMA, LEADER, ROOS)] == [1, 1, 0]  # the grace
    clock.advance(seconds=15)
    asyncio.run(restarted.drain())
    assert [svc.bodies(who).count(text) for who in (FATIMA, LEADER, ROOS)] == [1, 1, 1]
    with svc.samen.sessions() as db:
        for who in (FATIMA, LEADER):
            row = db.get(OutboxMessage, ids[who])
            assert (row.status, row.provider_id, row.delivery_status) == ("sent", sids[who], "sent")
        roos = db.get(OutboxMessage, ids[ROOS])
        assert (roos.status, roos.resent_in_doubt) == ("sent", 1)


def test_failures_at_send_time_and_in_callbacks(service: Service) -> None:
    svc, fake = service, service.fake
    _join_leader(svc)
    svc.say(FATIMA, svc.world.participant_code, profile_name="Fatima")
    svc.wait_body(FATIMA, catalog.format("nl", "consent-question", {"group": "Koffie Oost"}))
    fake.fail(429, code=20429)
    svc.say(FATIMA, "1")
    assert fake.wait_for(lambda: any(r.status == 429 for r in fake.requests))
    time.sleep(0.2)  # the sender notes the retry
    svc.clock.advance(seconds=2)
    svc.samen.sender.wake()
    svc.wait_body(FATIMA, catalog.format("nl", "language-question"))  # sent after the retry
    svc.say(FATIMA, "1")
    svc.wait_body(FATIMA, catalog.format("nl", "voice-question"))
    svc.say(FATIMA, "2")
    svc.wait_body(FATIMA, catalog.format("nl", "call-question"))
    svc.say(FATIMA, "2")
    svc.wait_body(FATIMA, catalog.format("nl", "welcome-participant", {"group": "Koffie Oost"}))
    # a 63016 in a later callback: the window-closed path (no template for nl: held, leader told)
    sid = fake.sent_to(FATIMA)[-1]["sid"]
    assert svc.status(sid, "undelivered", 63016) == 204
    window = catalog.format("nl", "outbox-undelivered", {"name": "Fatima", "reason": "window"})
    svc.wait_body(LEADER, window)
    with svc.samen.sessions() as db:
        assert db.scalar(select(OutboxMessage.status).where(OutboxMessage.provider_id == sid)) == "held"
        assert not db.scalar(select(ChannelAddress.unreachable).where(ChannelAddress.address == FATIMA))
    # Fatima opts out at WhatsApp: 21610 -> unreachable, the leader told once
    svc.say(FATIMA, "hallo")  # she writes: the held message goes out again
    assert fake.wait_for(lambda: sum(1 for b in svc.bodies(FATIMA)
                                     if catalog.format("nl", "welcome-participant", {"group": "Koffie Oost"}) in b) == 2)
    fake.fail(400, code=21610, times=2, to=FATIMA)
    with svc.samen.sessions() as db, db.begin():
        fatima = queries.member_by_address(db, "whatsapp", FATIMA)
        for _ in range(2):
            queries.enqueue(db, Outbound("relay-nobody", member_id=fatima.id, kind="reminder"), svc.clock.now())
    svc.samen.sender.wake()
    unreachable = catalog.format("nl", "outbox-undelivered", {"name": "Fatima", "reason": "unreachable"})
    svc.wait_body(LEADER, unreachable)
    time.sleep(0.3)
    assert svc.bodies(LEADER).count(unreachable) == 1
    with svc.samen.sessions() as db:
        assert db.scalar(select(ChannelAddress.unreachable).where(ChannelAddress.address == FATIMA))


def test_stop_on_whatsapp_and_invite_links(service: Service) -> None:
    svc, fake = service, service.fake
    _join_leader(svc)
    svc.say(LEADER, "1")  # ➕ Invite
    assert fake.wait_for(lambda: any("wa.me/" in b for b in svc.bodies(LEADER)))
    link = next(b for b in svc.bodies(LEADER) if "wa.me/" in b)
    assert "https://wa.me/14155238886?text=start%20" in link
    _join_participant(svc, FATIMA, "Fatima")
    svc.say(FATIMA, "STOP")
    svc.wait_body(FATIMA, catalog.format("nl", "stop-confirmed"))
    count = len(fake.sent_to(FATIMA))
    with svc.samen.sessions() as db, db.begin():
        fatima = queries.member_by_address(db, "whatsapp", FATIMA)
        assert queries.enqueue(db, Outbound("relay-nobody", member_id=fatima.id, kind="broadcast"),
                               svc.clock.now()) is None
    time.sleep(0.3)
    assert len(fake.sent_to(FATIMA)) == count
    svc.say(FATIMA, "start")
    svc.wait_body(FATIMA, catalog.format("nl", "start-resumed"))


def test_templates_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from bot.cli import main

    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 't.sqlite3'}")
    assert main(["whatsapp", "templates", "--set", "relay", "ar", HX_RELAY_EN]) == 0
    capsys.readouterr()
    assert main(["whatsapp", "templates"]) == 0
    out = capsys.readouterr().out
    assert f"relay\tar\t{HX_RELAY_EN}\t" in out and "{{1}}" in out and "\u2068" not in out
    assert "reminder\tpap\t(no WhatsApp template language: sent in the nl template)" in out
    for argv, needle in ((["--set", "relay", "pap", HX_RELAY_EN], "get the 'nl' template"),
                         (["--set", "party", "ar", HX_RELAY_EN], "unknown template kind"),
                         (["--set", "relay", "ar", "HX123"], "not a Content SID")):
        assert main(["whatsapp", "templates", *argv]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and needle in err


def test_quick_replies_where_a_template_is_configured(service: Service) -> None:
    svc, fake = service, service.fake
    hx_consent = "HX" + "2" * 32
    with svc.samen.sessions() as db, db.begin():
        queries.set_template(db, "quick:consent-question", "nl", hx_consent, svc.clock.now())
    svc.say(FATIMA, svc.world.participant_code, profile_name="Fatima")
    assert fake.wait_for(lambda: bool(fake.sent_to(FATIMA)))
    sent = fake.sent_to(FATIMA)[0]["params"]
    assert sent["ContentSid"] == hx_consent and "Body" not in sent
    variables = json.loads(sent["ContentVariables"])
    assert variables["1"].startswith("Welkom bij Koffie Oost!")
    assert [variables["2"], variables["3"], variables["4"]] == ["consent:yes", "consent:no", "lang:pick"]
    svc.say(FATIMA, "", button_payload=variables["3"], button_text="Nee, liever niet")
    svc.wait_body(FATIMA, catalog.format("nl", "consent-declined"))


def test_cli_invite_prints_the_whatsapp_link(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    from bot.cli import main

    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'i.sqlite3'}")
    monkeypatch.setenv("TWILIO_WHATSAPP_FROM", "whatsapp:+31850001234")
    assert main(["org", "create", "Buurthuis"]) == 0
    assert main(["group", "create", "Kahve", "--org", "Buurthuis", "--language", "tr"]) == 0
    capsys.readouterr()
    assert main(["invite", "--group", "Kahve", "--role", "participant"]) == 0
    captured = capsys.readouterr()
    assert f"https://wa.me/31850001234?text=ba%C5%9Fla%20{captured.out.strip()}" in captured.err


def test_a_claim_reads_its_recipients_and_templates_once(tmp_path: Path) -> None:
    # A reminder wave's rows are claimed 50 at a time; each row looked up its member and its
    # quick-reply template on its own (a claim of 50 took ~90 ms, and sends stalled meanwhile).

    with FakeTwilio() as fake:
        config = Config(database_url=f"sqlite:///{tmp_path / 'claim.sqlite3'}", public_url=PUBLIC,
                        twilio_account_sid=fake.account_sid, twilio_auth_token=fake.auth_token,
                        twilio_whatsapp_from=SENDER, twilio_api_url=fake.url,
                        pacing_scale=20)  # a person's messages 50 ms apart, not a second
        samen = build(config, clock=FrozenClock(START))
        try:
            now = samen.clock.now()
            hx_quick = "HX" + "3" * 32
            with samen.sessions() as db, db.begin():
                queries.set_template(db, "quick:relay-passed-on", "nl", hx_quick, now)
                people = [Member(display_name=f"Lid {i}", language="nl", created_at=now, consent_at=now)
                          for i in range(6)]
                db.add_all(people)
                db.flush()
                db.add_all(ChannelAddress(member_id=p.id, channel="whatsapp", address=f"whatsapp:+3160000010{i}",
                                          created_at=now, last_inbound_at=now) for i, p in enumerate(people))
                db.flush()
                assert queries.enqueue_many(db, [Outbound("relay-passed-on", member_id=p.id, kind="reply", choices=(
                    Choice("rsvp:1:yes", "rsvp-yes"), Choice("rsvp:1:no", "rsvp-no"))) for p in people], now) == 6
            statements: list[str] = []

            def seen(_conn, _cursor, statement, *_rest) -> None:  # noqa: ANN001, ANN002
                statements.append(" ".join(statement.split()))

            with listening(samen.engine, "before_cursor_execute", seen):
                jobs = samen.sender.claim()
        finally:
            samen.close()
    assert len(jobs) == 6 and all(job.message.template and job.message.template[0] == hx_quick for job in jobs)
    assert sum(s.startswith("SELECT members.") for s in statements) == 1, statements
    assert sum("FROM whatsapp_templates" in s for s in statements) == 1, statements
