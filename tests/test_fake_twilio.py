"""Checks that the fake Twilio REST API (`tests/fakes/twilio_api.py`) speaks the wire format the real
twilio 9.13 client expects: every API test drives a real `twilio.rest.Client` composed with a small
`TwilioHttpClient` subclass that rewrites `https://api.twilio.com` to the fake (the way the app does it),
and checks both what the client parsed and what the fake recorded, including injected errors,
time-outs, rate limits, media downloads, deletion, and the signed webhooks and status callbacks the
fake posts to a tiny capture server that validates them with twilio's own `RequestValidator`.
"""
from __future__ import annotations

import json
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import requests
from twilio.base.exceptions import TwilioRestException
from twilio.http.http_client import TwilioHttpClient
from twilio.request_validator import RequestValidator
from twilio.rest import Client

from tests.fakes.twilio_api import FakeTwilio

SENDER = "whatsapp:+14155238886"
MEMBER = "whatsapp:+31612345678"
PUBLIC = "https://samen.example.org"


class RedirectingHttpClient(TwilioHttpClient):
    """Sends every request to `base_url` (scheme and host replaced, path and query kept)."""

    def __init__(self, base_url: str, timeout: float = 5.0):
        super().__init__(timeout=timeout)
        self.base = urllib.parse.urlsplit(base_url)

    def request(self, method, url, params=None, data=None, headers=None, auth=None, timeout=None,
                allow_redirects=False):
        parts = urllib.parse.urlsplit(url)
        url = urllib.parse.urlunsplit((self.base.scheme, self.base.netloc, parts.path, parts.query, ""))
        return super().request(method, url, params=params, data=data, headers=headers, auth=auth,
                               timeout=timeout, allow_redirects=allow_redirects)


def make_client(fake: FakeTwilio, *, token: str | None = None, timeout: float = 5.0) -> Client:
    return Client(fake.account_sid, token or fake.auth_token,
                  http_client=RedirectingHttpClient(fake.url, timeout=timeout))


class Capture:
    """A local webhook receiver: validates X-Twilio-Signature over `public + path` (or the URL as
    posted when `public` is None), records (path, params, valid) and answers 204 or 403."""

    def __init__(self, token: str, public: str | None = None):
        self.token, self.public = token, public
        self.received: list[tuple[str, dict[str, str], bool]] = []
        capture = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
                params = dict(urllib.parse.parse_qsl(body, keep_blank_values=True))
                base = capture.public or capture.url
                valid = RequestValidator(capture.token).validate(
                    base + self.path, params, self.headers.get("X-Twilio-Signature", ""))
                capture.received.append((self.path, params, valid))
                self.send_response(204 if valid else 403)
                self.send_header("Content-Length", "0")
                self.end_headers()

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05},
                                       daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def fake():
    with FakeTwilio() as server:
        yield server


@pytest.fixture
def client(fake):
    return make_client(fake)


@pytest.fixture
def capture(fake):
    receiver = Capture(fake.auth_token, PUBLIC)
    yield receiver
    receiver.close()


# ---------------------------------------------------------------------- creating messages

def test_text_message(fake, client):
    message = client.messages.create(to=MEMBER, from_=SENDER, body="Hallo allemaal")
    assert message.sid.startswith("SM") and len(message.sid) == 34
    assert message.status == "queued"
    assert message.to == MEMBER and message.from_ == SENDER and message.body == "Hallo allemaal"
    assert message.direction == "outbound-api" and message.error_code is None
    assert message.date_created is not None and message.date_created.tzinfo is not None
    [stored] = fake.sent_to(MEMBER)
    assert stored["sid"] == message.sid
    assert stored["params"]["To"] == MEMBER
    assert stored["params"]["From"] == SENDER
    assert stored["params"]["Body"] == "Hallo allemaal"
    call = fake.requests[-1]
    assert (call.method, call.status) == ("POST", 201)
    assert call.path == f"/2010-04-01/Accounts/{fake.account_sid}/Messages.json"


def test_two_media_urls_are_repeated_params(fake, client):
    urls = ["https://samen.example.org/m/1.ogg", "https://samen.example.org/m/2.jpg"]
    message = client.messages.create(to=MEMBER, from_=SENDER, media_url=urls)
    assert message.num_media == "2"
    assert message.sid.startswith("MM")  # Twilio's prefix for messages with media
    [stored] = fake.messages
    assert stored["params"]["MediaUrl"] == urls
    assert "Body" not in stored["params"]


def test_template_with_content_variables(fake, client):
    variables = {"1": "Ama", "2": "maandag 19:00"}
    message = client.messages.create(to=MEMBER, from_=SENDER, content_sid="HX" + "a" * 32,
                                     content_variables=json.dumps(variables))
    assert message.status == "queued"
    params = fake.messages[0]["params"]
    assert params["ContentSid"] == "HX" + "a" * 32
    assert json.loads(params["ContentVariables"]) == variables


def test_content_variables_as_dict_is_rejected(fake, client):
    # The SDK passes ContentVariables through unserialised; requests then iterates a dict's KEYS.
    with pytest.raises(TwilioRestException) as info:
        client.messages.create(to=MEMBER, from_=SENDER, content_sid="HX" + "a" * 32,
                               content_variables={"1": "Ama", "2": "x"})
    assert info.value.code == 21656
    assert fake.requests[-1].params["ContentVariables"] == ["1", "2"]
    assert fake.messages == []


@pytest.mark.parametrize(
    "kwargs, code",
    [
        ({"to": "", "from_": SENDER, "body": "x"}, 21604),  # the SDK requires `to`: send it blank
        ({"to": MEMBER, "body": "x"}, 21603),
        ({"to": MEMBER, "from_": SENDER}, 21619),
        ({"to": MEMBER, "from_": "+14155238886", "body": "x"}, 21910),
        ({"to": MEMBER, "from_": SENDER, "body": "x" * 1601}, 21617),
    ],
)
def test_validation_errors(fake, client, kwargs, code):
    with pytest.raises(TwilioRestException) as info:
        client.messages.create(**kwargs)
    assert (info.value.status, info.value.code) == (400, code)
    assert fake.messages == []


# ---------------------------------------------------------------------- injected faults

@pytest.mark.parametrize(
    "status, code, expected_code",
    [(400, 63016, 63016), (400, 21610, 21610), (400, 63024, 63024), (429, None, 20429), (500, None, 20500)],
)
def test_fail(fake, client, status, code, expected_code):
    fake.fail(status, code=code)
    with pytest.raises(TwilioRestException) as info:
        client.messages.create(to=MEMBER, from_=SENDER, body="Hoi")
    exc = info.value
    assert (exc.status, exc.code, exc.method) == (status, expected_code, "POST")
    assert exc.msg.startswith("Unable to create record: ")
    assert exc.uri == f"/Accounts/{fake.account_sid}/Messages.json"
    assert fake.messages == []
    # only the next call fails
    assert client.messages.create(to=MEMBER, from_=SENDER, body="Hoi").status == "queued"


def test_fail_times_and_custom_message(fake, client):
    fake.fail(503, message="Try later", times=2)
    for _ in range(2):
        with pytest.raises(TwilioRestException) as info:
            client.messages.create(to=MEMBER, from_=SENDER, body="Hoi")
        assert (info.value.code, info.value.msg) == (20503, "Unable to create record: Try later")
    client.messages.create(to=MEMBER, from_=SENDER, body="Hoi")
    assert [c.status for c in fake.requests] == [503, 503, 201]


def test_wrong_token_is_401(fake):
    with pytest.raises(TwilioRestException) as info:
        make_client(fake, token="wrong").messages.create(to=MEMBER, from_=SENDER, body="Hoi")
    assert (info.value.status, info.value.code) == (401, 20003)
    assert fake.messages == []


def test_delay_past_client_timeout(fake):
    fake.delay(1.0)
    impatient = make_client(fake, timeout=0.2)
    started = time.monotonic()
    with pytest.raises(requests.exceptions.Timeout):
        impatient.messages.create(to=MEMBER, from_=SENDER, body="Hoi")
    assert time.monotonic() - started < 0.9
    # the message was created all the same: a blind retry would send it twice
    assert fake.wait_for(lambda: len(fake.messages) == 1, timeout=1)


def test_rate_limit(fake):
    with FakeTwilio(rate_per_second=5) as limited:
        limited_client = make_client(limited)
        for i in range(5):
            limited_client.messages.create(to=MEMBER, from_=SENDER, body=f"{i}")
        with pytest.raises(TwilioRestException) as info:
            limited_client.messages.create(to=MEMBER, from_=SENDER, body="6")
        assert (info.value.status, info.value.code) == (429, 20429)
        assert len(limited.messages) == 5 and len(limited.violations) == 1


# ---------------------------------------------------------------------- fetch, delete, media

def test_fetch_and_delete(fake, client):
    sid = client.messages.create(to=MEMBER, from_=SENDER, body="Hoi").sid
    assert client.messages(sid).fetch().body == "Hoi"
    assert client.messages(sid).delete() is True
    assert fake.deleted == [sid]
    assert fake.requests[-1].status == 204
    with pytest.raises(TwilioRestException) as info:
        client.messages(sid).delete()
    assert info.value.status == 404


def test_unknown_path_is_404_json(fake):
    response = requests.get(f"{fake.url}/2010-04-01/Accounts/{fake.account_sid}/Calls.json",
                            auth=(fake.account_sid, fake.auth_token), timeout=5)
    assert response.status_code == 404 and response.json()["code"] == 20404


def test_media_download_needs_basic_auth(fake):
    url = fake.add_media(b"OggS voice", "audio/ogg")
    assert f"/2010-04-01/Accounts/{fake.account_sid}/Messages/MM" in url and "/Media/ME" in url
    response = requests.get(url, auth=(fake.account_sid, fake.auth_token), timeout=5)
    assert response.status_code == 200
    assert response.content == b"OggS voice"
    assert response.headers["Content-Type"] == "audio/ogg"
    anonymous = requests.get(url, timeout=5)
    assert anonymous.status_code == 401 and anonymous.json()["code"] == 20003
    missing = requests.get(url[:-4] + "0000", auth=(fake.account_sid, fake.auth_token), timeout=5)
    assert missing.status_code == 404


# ---------------------------------------------------------------------- signatures and webhooks

def test_sign_matches_twilio_published_example():
    fake = FakeTwilio(auth_token="12345")
    params = {"CallSid": "CA1234567890ABCDE", "Caller": "+12349013030", "Digits": "1234",
              "From": "+12349013030", "To": "+18005551212"}
    url = "https://mycompany.com/myapp.php?foo=1&bar=2"
    assert fake.sign(url, params) == "0/KCTR6DLpKmkAf8muzZqo1nDgQ="


def test_inbound_params(fake):
    voice = fake.add_media(b"OggS", "audio/ogg")
    params = fake.inbound(MEMBER, media=[(voice, "audio/ogg")], profile_name="Ama")
    assert params["MessageSid"] == params["SmsMessageSid"] and len(params["MessageSid"]) == 34
    assert params["From"] == MEMBER and params["To"] == SENDER and params["WaId"] == "31612345678"
    assert (params["NumMedia"], params["MessageType"]) == ("1", "audio")
    assert (params["MediaUrl0"], params["MediaContentType0"]) == (voice, "audio/ogg")
    assert params["AccountSid"] == fake.account_sid and params["MessagingServiceSid"] == ""
    tapped = fake.inbound(MEMBER, "Ja", button_payload="rsvp:yes", button_text="Ja",
                          replied_sid="SM" + "1" * 32, message_sid="SM" + "2" * 32)
    assert (tapped["MessageType"], tapped["ButtonPayload"], tapped["ButtonText"]) == ("button", "rsvp:yes", "Ja")
    assert tapped["OriginalRepliedMessageSid"] == "SM" + "1" * 32
    assert tapped["MessageSid"] == "SM" + "2" * 32
    assert fake.inbound(MEMBER, "hoi")["MessageType"] == "text"


def test_post_signed_behind_tls_proxy(fake, capture):
    params = fake.inbound(MEMBER, "Hallo")
    status, _ = fake.post_signed(capture.url + "/twilio/whatsapp", params,
                                 public_url=PUBLIC + "/twilio/whatsapp")
    assert status == 204
    path, received, valid = capture.received[-1]
    assert path == "/twilio/whatsapp" and valid
    assert received == params  # blank values (MessagingServiceSid) survive the trip


def test_post_signed_rejects_tampering_and_missing_signature(fake, capture):
    params = fake.inbound(MEMBER, "Hallo")
    public = PUBLIC + "/twilio/whatsapp"
    signature = fake.sign(public, params)
    tampered = {**params, "Body": "Hallo, stuur geld"}
    assert fake.post_signed(capture.url + "/twilio/whatsapp", tampered, signature=signature)[0] == 403
    assert fake.post_signed(capture.url + "/twilio/whatsapp", params, signature="")[0] == 403
    # signed over the local URL while the app expects the public one: also invalid
    assert fake.post_signed(capture.url + "/twilio/whatsapp", params)[0] == 403
    assert [valid for _, _, valid in capture.received] == [False, False, False]


def test_fail_later_posts_signed_status_callbacks(fake, client, capture):
    fake.route_callbacks(PUBLIC, capture.url)
    fake.fail_later()
    message = client.messages.create(to=MEMBER, from_=SENDER, body="Buiten het venster",
                                     status_callback=PUBLIC + "/twilio/status")
    assert message.status == "queued"
    assert fake.wait_for(lambda: len(fake.callbacks_sent) == 2, timeout=3)
    statuses = [(p["MessageStatus"], p.get("ErrorCode")) for _, p, _ in capture.received]
    assert statuses == [("queued", None), ("failed", "63016")]
    assert all(valid for _, _, valid in capture.received)
    assert all(path == "/twilio/status" for path, _, _ in capture.received)
    last = capture.received[-1][1]
    assert (last["MessageSid"], last["To"], last["From"]) == (message.sid, MEMBER, SENDER)
    assert [status for _, _, status in fake.callbacks_sent] == [204, 204]
    assert fake.callbacks_sent[0][0] == capture.url + "/twilio/status"
    # the resource follows
    fetched = client.messages(message.sid).fetch()
    assert (fetched.status, fetched.error_code) == ("failed", 63016)


def test_fail_later_undelivered_goes_through_sent(fake, client, capture):
    fake.route_callbacks(PUBLIC, capture.url)
    fake.fail_later(status="undelivered", code=63024)
    client.messages.create(to=MEMBER, from_=SENDER, body="Hoi", status_callback=PUBLIC + "/twilio/status")
    assert fake.wait_for(lambda: len(capture.received) == 3, timeout=3)
    assert [p["MessageStatus"] for _, p, _ in capture.received] == ["queued", "sent", "undelivered"]
    assert capture.received[-1][1]["ErrorCode"] == "63024"


def test_status_params(fake, client):
    sid = client.messages.create(to=MEMBER, from_=SENDER, body="Hoi").sid
    params = fake.status_params(sid, "read")
    assert (params["MessageStatus"], params["SmsStatus"], params["MessageSid"], params["SmsSid"]) == (
        "read", "read", sid, sid)
    assert (params["To"], params["From"], params["ChannelPrefix"]) == (MEMBER, SENDER, "whatsapp")
    assert "ErrorCode" not in params
    failed = fake.status_params(sid, "failed", error_code=21610)
    assert failed["ErrorCode"] == "21610" and failed["ErrorMessage"]
