"""Fuzzing the webhooks: whatever Telegram or Twilio (or someone pretending to be them) posts, the
app answers below 500 (a 4xx, or a 2xx that does nothing) and keeps handling real messages.

Random bodies go to the real web app under uvicorn (as in tests/test_telegram.py and
tests/test_whatsapp.py) as raw bytes: updates with fields missing or of the wrong type, huge texts,
nested junk, bytes that are not JSON or not UTF-8, empty bodies; Twilio forms signed and unsigned.
After each batch an onboarded member writes once more and must get the answer through the fake API.
"""
from __future__ import annotations

import itertools
import json
import threading
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import parse_qsl, urlencode

import httpx
import pytest
import uvicorn
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from bot.app import build, web_app
from bot.config import Config
from bot.core.clock import FrozenClock, SystemClock
from bot.pacing import Backoff, Pacer
from storage.models import InboundEvent
from tests import test_telegram as tg
from tests import test_whatsapp as wa
from tests.conftest import START, free_port, make_world
from tests.fakes.telegram_api import FakeTelegram
from tests.fakes.twilio_api import FakeTwilio

SECRET = "s3cret-for-tests"
FUZZ = settings(max_examples=300, deadline=None, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                       HealthCheck.data_too_large])
HUGE = ("x" * 100_000, "é" * 100_000, "🙂" * 50_000, "/start " + "A" * 100_000)
ODD_TEXTS = ("", " ", "\x00", "\ud800", "\u202e", "<b>&amp;</b>", "%FF", "null", "1e999", "-1", "0", "abc",
             "/start", "/help", "consent:yes", "whatsapp:", "whatsapp:+", *HUGE)
KEYS = ("update_id", "message", "edited_message", "callback_query", "poll_answer", "chat", "from", "user", "id",
        "type", "text", "caption", "date", "message_id", "voice", "photo", "document", "contact", "duration",
        "file_id", "data", "option_ids", "reply_to_message", "entities", "is_bot", "first_name")
IDS = itertools.count(1_000_000)
RATES = (0, 2, 5, 10, 25)  # how much of a valid update gets mangled, in percent per field
INVALID_UTF8 = (b"\xff", b"\xfe\xff", b"\xc3\x28", b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80", b"\xe2\x82", b"\x80")

scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.integers(-2**80, 2**80), st.floats(),
                    st.text(max_size=40), st.sampled_from(ODD_TEXTS))
junk = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4),
    st.dictionaries(st.one_of(st.sampled_from(KEYS), st.text(max_size=8)), inner, max_size=4)), max_leaves=12)


@st.composite
def mangled(draw: st.DrawFn, value: Any, rate: int) -> Any:
    """`value` with fields dropped, replaced by junk of another type, or added: each with a chance of
    `rate` in 100 (0 leaves it intact)."""
    if draw(st.integers(0, 99)) < rate:
        return draw(st.sampled_from(ODD_TEXTS)) if isinstance(value, str) and draw(st.booleans()) else draw(junk)
    if isinstance(value, dict):
        out = {key: draw(mangled(item, rate)) for key, item in value.items() if draw(st.integers(0, 99)) >= rate}
        if draw(st.integers(0, 99)) < rate:
            out[draw(st.sampled_from(KEYS))] = draw(junk)
        return out
    if isinstance(value, list):
        return [draw(mangled(item, rate)) for item in value]
    return value


# -- Telegram -------------------------------------------------------------------------------------
def _updates(update_id: int, chat_id: int, text: str) -> list[dict]:
    """Valid updates of every kind samen reads, from a private chat (or a group) nobody has joined."""
    user = {"id": chat_id, "is_bot": False, "first_name": "Fuzz", "language_code": "nl"}
    chat = {"id": chat_id, "type": "private", "first_name": "Fuzz"}
    message = {"message_id": 5, "from": user, "chat": chat, "date": 1_790_000_000}
    asked = {"message_id": 3, "from": {"id": 42, "is_bot": True, "first_name": "Samen"}, "chat": chat,
             "date": 1_790_000_000, "text": "Vraag?",
             "reply_markup": {"inline_keyboard": [[{"text": "Ja", "callback_data": "consent:yes"}]]}}
    file = {"file_id": "f1", "file_unique_id": "u1"}
    return [
        {"update_id": update_id, "message": {**message, "text": text}},
        {"update_id": update_id, "message": {**message, "text": f"/start {text}",
                                             "entities": [{"type": "bot_command", "offset": 0, "length": 6}]}},
        {"update_id": update_id, "message": {**message, "text": text, "reply_to_message": asked}},
        {"update_id": update_id, "message": {**message, "voice": {**file, "duration": 3,
                                                                  "mime_type": "audio/ogg"}}},
        {"update_id": update_id, "message": {**message, "caption": text,
                                             "photo": [{**file, "width": 90, "height": 90}]}},
        {"update_id": update_id, "message": {**message, "document": {**file, "mime_type": "application/pdf"}}},
        {"update_id": update_id, "message": {**message, "contact": {"phone_number": "+31612345678",
                                                                    "first_name": "Fuzz", "user_id": chat_id}}},
        {"update_id": update_id, "edited_message": {**message, "text": text, "edit_date": 1_790_000_001}},
        {"update_id": update_id, "message": {**message, "text": "/link", "chat": {"id": -chat_id, "type": "group",
                                                                                   "title": "Groep"}}},
        {"update_id": update_id, "callback_query": {"id": str(update_id), "from": user, "chat_instance": "ci",
                                                    "message": asked, "data": text}},
        {"update_id": update_id, "poll_answer": {"poll_id": "p1", "user": user, "option_ids": [0],
                                                 "option_persistent_ids": ["o0"]}},
    ]


@st.composite
def telegram_update(draw: st.DrawFn) -> Any:
    update_id = next(IDS)  # not drawn: Hypothesis repeats small numbers, and a repeat is only a redelivery
    chat_id = draw(st.integers(5_000, 9_999))
    text = draw(st.one_of(st.text(max_size=30), st.sampled_from(ODD_TEXTS)))
    return draw(mangled(draw(st.sampled_from(_updates(update_id, chat_id, text))), draw(st.sampled_from(RATES))))


def _json(value: Any, ascii_only: bool) -> bytes:
    # lone surrogates come out as bytes that are not UTF-8 when not escaped
    return json.dumps(value, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")


@st.composite
def not_utf8(draw: st.DrawFn) -> bytes:
    """A well-formed update whose text holds bytes that are not UTF-8."""
    update = _updates(next(IDS), draw(st.integers(5_000, 9_999)), "@@")[0]
    return _json(update, True).replace(b"@@", draw(st.sampled_from(INVALID_UTF8)))


telegram_bodies = st.one_of(
    *[st.builds(_json, telegram_update(), st.booleans())] * 7,  # about half the bodies: (mangled) updates
    st.builds(_json, junk, st.booleans()),
    st.binary(max_size=300),
    st.just(b""),
    not_utf8(),
    st.integers(1, 200_000).map(lambda depth: b"[" * depth + b"]" * depth),
    st.integers(1, 5_000).map(lambda depth: b'{"update_id": 1, "message": ' + b'{"a": ' * depth + b"1"
                              + b"}" * (depth + 1)),
    st.sampled_from(HUGE).map(lambda text: _json(_updates(next(IDS), 5_001, text)[0], False)),
)


@pytest.fixture
def telegram(tmp_path: Path) -> Iterator[tg.Service]:
    """samen in webhook mode against the fake Bot API (as tests/test_telegram.py), the leader onboarded."""
    with FakeTelegram() as fake:
        port = free_port()
        config = Config(database_url=f"sqlite:///{tmp_path / 'tg.sqlite3'}", telegram_bot_token=fake.token,
                        telegram_api_url=f"{fake.url}/bot", telegram_file_url=f"{fake.url}/file/bot",
                        telegram_webhook_secret=SECRET, public_url=f"http://127.0.0.1:{port}", port=port)
        samen = build(config, clock=SystemClock(), backoff=Backoff(base=0.2, factor=1, max_attempts=4),
                      pacers={"telegram": Pacer(rate=200, per_address_interval=0.05)})
        world = make_world(samen, group_language="nl")
        server = uvicorn.Server(uvicorn.Config(web_app(samen), host="127.0.0.1", port=port, log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        assert fake.wait_for(lambda: server.started, 10)
        svc = tg.Service(samen, fake, world, server, thread, webhook=True)
        try:
            tg._onboard_leader(svc)
            yield svc
        finally:
            server.should_exit = True
            thread.join(timeout=15)
            samen.close()


def _post(client: httpx.Client, url: str, body: bytes, headers: dict[str, Any]) -> int:
    return client.post(url, content=body, headers=headers).status_code


def _settled(samen: Any) -> bool:
    """Every recorded event has been processed (done, failed with an apology, or rate-limited)."""
    with samen.sessions() as db:
        return not db.scalar(select(func.count()).select_from(InboundEvent)
                             .where(InboundEvent.status == "pending"))


def _recorded_from_others(samen: Any, leader: str) -> int:
    with samen.sessions() as db:
        return db.scalar(select(func.count()).select_from(InboundEvent).where(InboundEvent.address != leader)) or 0


# The fuzz writes to strangers, who are each told how to join: the member's answer may queue behind
# those replies for a few seconds.
ANSWER_WITHIN = 30.0


def test_telegram_webhook_never_fails_on_junk_and_still_answers(telegram: tg.Service) -> None:
    svc, fake = telegram, telegram.fake
    seen: set[int] = set()
    with httpx.Client(timeout=10) as client:

        @FUZZ
        @given(body=telegram_bodies)
        def post(body: bytes) -> None:
            status = _post(client, fake.webhook_url, body, {"Content-Type": "application/json",
                                                           "X-Telegram-Bot-Api-Secret-Token": SECRET})
            seen.add(status)
            assert status < 500, (status, body[:300])

        post()
    assert seen == {200, 400}, seen  # stored or ignored (200), unreadable (400); both kinds were sent
    help_text = tg.catalog.format("nl", "help-facilitator")
    before = svc.texts(tg.LEADER).count(help_text)
    svc.send(fake.text_update(tg.LEADER, "/help", first_name="Samira", language_code="nl"))
    assert fake.wait_for(lambda: svc.texts(tg.LEADER).count(help_text) > before, ANSWER_WITHIN), \
        svc.texts(tg.LEADER)[-3:]
    assert fake.wait_for(lambda: _settled(svc.samen), 15)
    assert _recorded_from_others(svc.samen, str(tg.LEADER)) > 0  # the fuzz got past parsing, too


header_bytes = st.binary(min_size=1, max_size=80).map(
    lambda raw: bytes(b for b in raw if 0x21 <= b <= 0x7E or b >= 0x80) or b"x")


def test_telegram_webhook_refuses_a_wrong_or_missing_secret(telegram: tg.Service) -> None:
    svc, fake = telegram, telegram.fake
    with svc.samen.sessions() as db:
        before = db.scalar(select(func.count()).select_from(InboundEvent))
    with httpx.Client(timeout=10) as client:

        @settings(FUZZ, max_examples=80)
        @given(secret=st.one_of(st.none(), header_bytes, st.sampled_from(
            [SECRET.upper(), SECRET[:-1], SECRET + "x", SECRET + " x", SECRET.encode("utf-8") + b"\xff"])),
               body=telegram_bodies)
        def post(secret: bytes | str | None, body: bytes) -> None:
            headers: dict[str, Any] = {"Content-Type": "application/json"}
            if secret is not None:
                headers["X-Telegram-Bot-Api-Secret-Token"] = secret
            status = _post(client, fake.webhook_url, body, headers)
            assert status == 403, (status, secret, body[:300])

        post()
        valid = json.dumps(fake.text_update(tg.FATIMA, "hallo")).encode()
        assert _post(client, fake.webhook_url, valid, {"Content-Type": "application/json"}) == 403
    with svc.samen.sessions() as db:
        assert db.scalar(select(func.count()).select_from(InboundEvent)) == before


# -- WhatsApp through Twilio ----------------------------------------------------------------------
def _form(sid: str, sender: str, body: str, media: int) -> dict[str, str]:
    """An inbound WhatsApp webhook's params as Twilio posts them (see `FakeTwilio.inbound`)."""
    params = {"SmsMessageSid": sid, "NumMedia": str(media), "ProfileName": "Fuzz", "MessageType": "text",
              "SmsSid": sid, "WaId": sender.rpartition("+")[2], "SmsStatus": "received", "Body": body,
              "To": wa.SENDER, "NumSegments": "1", "ReferralNumMedia": "0", "MessageSid": sid,
              "AccountSid": "AC" + "0" * 32, "From": sender, "ApiVersion": "2010-04-01"}
    for i in range(media):
        params[f"MediaUrl{i}"] = f"https://api.twilio.com/2010-04-01/Accounts/AC0/Messages/MM{sid}/Media/ME{i}"
        params[f"MediaContentType{i}"] = ("audio/ogg", "image/jpeg", "video/mp4", "application/pdf")[i % 4]
    return params


@st.composite
def twilio_form(draw: st.DrawFn) -> bytes:
    sid = f"SM{next(IDS):032x}"
    sender = f"whatsapp:+3169{draw(st.integers(1_000_000, 9_999_999))}"
    text = draw(st.one_of(st.text(max_size=30), st.sampled_from(ODD_TEXTS)))
    params = _form(sid, sender, text, draw(st.integers(0, 3)))
    rate, out = draw(st.sampled_from(RATES)), {}
    for key, value in params.items():
        roll = draw(st.integers(0, 99))
        if roll < rate:
            continue  # missing
        if roll < 2 * rate:
            value = draw(st.one_of(st.text(max_size=20), st.sampled_from(ODD_TEXTS)))
        elif roll < 3 * rate:
            value = str(draw(scalars))
        out[key] = value
    if draw(st.integers(0, 3)) == 0:
        out["NumMedia"] = draw(st.sampled_from(["abc", "-1", "999", "1.5", "", " 2 ", "²", "1e3", "0x1", "١"]))
    if draw(st.integers(0, 5)) == 0:
        out[draw(st.sampled_from(["ButtonPayload", "OriginalRepliedMessageSid", "MediaUrl0", "MediaContentType0",
                                  "SmsMessageSid", draw(st.text(max_size=8))]))] = draw(st.text(max_size=20))
    encoded = urlencode(out, errors="surrogatepass").encode()  # a lone surrogate: %ED%A0%80, not UTF-8
    kind = draw(st.integers(0, 5))
    if kind == 0:  # bytes that are not UTF-8, raw or percent-encoded
        bad = draw(st.sampled_from(INVALID_UTF8))
        return encoded.replace(b"Body=", b"Body=" + draw(st.sampled_from([bad, bad.hex().upper().encode()])), 1)
    if kind == 1:
        return encoded + b"&&=&Body&" + draw(st.binary(max_size=40))
    return encoded


twilio_bodies = st.one_of(
    *[twilio_form()] * 5,
    st.binary(max_size=300),
    st.just(b""),
    st.sampled_from(HUGE).map(lambda text: urlencode(_form(f"SM{next(IDS):032x}", "whatsapp:+31697777777", text,
                                                           0)).encode()),
    st.builds(_json, junk, st.booleans()),
)


def _parsed(body: bytes) -> dict[str, str]:
    """The params Twilio signed for this body (read the way the app reads a form)."""
    return dict(parse_qsl(body.decode("utf-8", errors="replace"), keep_blank_values=True))


@pytest.fixture
def whatsapp(tmp_path: Path) -> Iterator[wa.Service]:
    """samen behind a TLS proxy against the fake Twilio (as tests/test_whatsapp.py), the leader joined."""
    with FakeTwilio() as fake:
        port = free_port()
        config = Config(database_url=f"sqlite:///{tmp_path / 'wa.sqlite3'}", public_url=wa.PUBLIC, port=port,
                        twilio_account_sid=fake.account_sid, twilio_auth_token=fake.auth_token,
                        twilio_whatsapp_from=wa.SENDER, twilio_api_url=fake.url,
                        pacing_scale=20)  # a person's messages 50 ms apart, not a second
        clock = FrozenClock(START)
        samen = build(config, clock=clock, backoff=Backoff(base=1, factor=1, max_attempts=3))
        world = make_world(samen, group_language="nl")
        server = uvicorn.Server(uvicorn.Config(web_app(samen), host="127.0.0.1", port=port, log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        assert fake.wait_for(lambda: server.started, 10)
        svc = wa.Service(samen, fake, world, clock, port)
        try:
            wa._join_leader(svc)
            yield svc
        finally:
            server.should_exit = True
            thread.join(timeout=15)
            samen.close()


def test_twilio_webhook_never_fails_on_junk_and_still_answers(whatsapp: wa.Service) -> None:
    svc, fake = whatsapp, whatsapp.fake
    url, public = f"{svc.internal}/twilio/whatsapp", f"{wa.PUBLIC}/twilio/whatsapp"
    seen: set[int] = set()
    with httpx.Client(timeout=10) as client:

        @FUZZ
        @given(body=twilio_bodies)
        def post(body: bytes) -> None:
            signature = fake.sign(public, _parsed(body))
            status = _post(client, url, body, {"Content-Type": "application/x-www-form-urlencoded",
                                               "X-Twilio-Signature": signature})
            seen.add(status)
            assert status < 500, (status, body[:300])

        post()
    assert seen == {200}, seen  # signed: stored or ignored, always acknowledged with empty TwiML
    help_text = wa.catalog.format("nl", "help-facilitator")
    before = sum(help_text in b for b in svc.bodies(wa.LEADER))
    assert svc.say(wa.LEADER, "/help") == 200
    assert fake.wait_for(lambda: sum(help_text in b for b in svc.bodies(wa.LEADER)) > before, ANSWER_WITHIN), \
        svc.bodies(wa.LEADER)[-3:]
    assert fake.wait_for(lambda: _settled(svc.samen), 15)
    assert _recorded_from_others(svc.samen, wa.LEADER) > 0


def test_twilio_webhook_refuses_unsigned_or_badly_signed(whatsapp: wa.Service) -> None:
    svc, fake = whatsapp, whatsapp.fake
    url, public = f"{svc.internal}/twilio/whatsapp", f"{wa.PUBLIC}/twilio/whatsapp"
    with svc.samen.sessions() as db:
        before = db.scalar(select(func.count()).select_from(InboundEvent))
    with httpx.Client(timeout=10) as client:

        @settings(FUZZ, max_examples=80)
        @given(body=twilio_bodies, how=st.sampled_from(["none", "junk", "internal-url", "other-body"]),
               junk_signature=header_bytes)
        def post(body: bytes, how: str, junk_signature: bytes) -> None:
            headers: dict[str, Any] = {"Content-Type": "application/x-www-form-urlencoded"}
            if how == "junk":
                headers["X-Twilio-Signature"] = junk_signature
            elif how == "internal-url":  # signed over the URL the app listens on, not the public one
                headers["X-Twilio-Signature"] = fake.sign(url, _parsed(body))
            elif how == "other-body":
                signed = dict(_parsed(body), FuzzExtra="signed, not sent")
                headers["X-Twilio-Signature"] = fake.sign(public, signed)
            status = _post(client, url, body, headers)
            assert status == 403, (status, how, body[:300])

        post()
    with svc.samen.sessions() as db:
        assert db.scalar(select(func.count()).select_from(InboundEvent)) == before
