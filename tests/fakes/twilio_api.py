"""A fake Twilio REST API for tests: a small `ThreadingHTTPServer` on 127.0.0.1 (random port, daemon
thread) that speaks the wire format of the Programmable Messaging API, so the real `twilio` 9.13 client
can be pointed at it through a `TwilioHttpClient` subclass that rewrites `https://api.twilio.com` to
`fake.url`. It creates (`POST …/Messages.json`, form-encoded, HTTP Basic auth), fetches and deletes
messages, serves media added with `add_media` (Basic auth), records every request in `requests` and
every created message in `messages`, validates like Twilio (error bodies with Twilio's codes), injects
faults (`fail`, `delay`, `fail_later` with signed status callbacks) and can enforce a per-second send
limit, noting each breach in `violations`. It also plays Twilio towards the app under test: `inbound`
and `status_params` build webhook parameters, `sign` / `post_signed` sign them with the auth token the
way Twilio does (`X-Twilio-Signature`), including the TLS-proxy case where the signed public URL differs
from the local address posted to. Standard library only, apart from twilio's own `RequestValidator`.

One file, so that a test imports one fake API whole (server, its state, its faults and its
helpers for building signed webhooks).
"""
from __future__ import annotations

import base64
import binascii
import datetime as dt
import email.utils
import hmac
import itertools
import json
import re
import secrets
import sys
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import deque
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.etree import ElementTree
from typing import Any, Callable, Iterable

from twilio.request_validator import RequestValidator

__all__ = ["Call", "FakeTwilio", "TwilioError", "ERROR_MESSAGES", "sms_segments"]

API_VERSION = "2010-04-01"
DEFAULT_SENDER = "whatsapp:+14155238886"  # Twilio's WhatsApp sandbox number

# Messages Twilio puts in error bodies (and in ErrorMessage of status callbacks) for codes we use.
ERROR_MESSAGES: dict[int, str] = {
    20003: "Authenticate",
    20404: "The requested resource was not found",
    20429: "Too Many Requests",
    20500: "Internal Server Error",
    20503: "Service Unavailable",
    21603: "A 'From' phone number is required.",
    21604: "A 'To' phone number is required.",
    21610: "Attempt to send to unsubscribed recipient",
    21617: "The concatenated message body exceeds the 1600 character limit.",
    21619: "A text message body or media urls must be specified.",
    21656: "The ContentVariables Parameter is invalid.",
    21910: "Invalid 'From' and 'To' pair. 'From' and 'To' should be of the same channel.",
    63016: (
        "Failed to send freeform message because you are outside the allowed window. "
        "If you want to send messages outside a session window, use a Message Template."
    ),
    63024: "Invalid message recipient",
}
# Default Twilio error code for an HTTP status when `fail()` is given none.
DEFAULT_CODES = {401: 20003, 404: 20404, 429: 20429, 500: 20500, 503: 20503}
# Parameters that may repeat; they are always recorded as lists.
LIST_PARAMS = frozenset({"MediaUrl", "PersistentAction"})
MAX_BODY = 1600

_CREATE_RE = re.compile(r"^/2010-04-01/Accounts/(?P<account>[^/]+)/Messages\.json$")
_CALLS_RE = re.compile(r"^/2010-04-01/Accounts/(?P<account>[^/]+)/Calls\.json$")
_CALL_RE = re.compile(r"^/2010-04-01/Accounts/(?P<account>[^/]+)/Calls/(?P<sid>CA[^/.]+)\.json$")
# GSM 03.38, as Twilio counts an SMS's segments (an extension character counts twice)
_GSM = set("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿"
           "abcdefghijklmnopqrstuvwxyzäöñüà")
_GSM_EXT = set("^{}\\[~]|€\f")


def sms_segments(body: str) -> int:
    """Segments of an SMS body: 160/153 GSM-7 septets, else 70/67 UTF-16 units."""
    if all(ch in _GSM or ch in _GSM_EXT for ch in body):
        septets = sum(2 if ch in _GSM_EXT else 1 for ch in body)
        return 1 if septets <= 160 else -(-septets // 153)
    units = len(body.encode("utf-16-le")) // 2
    return 1 if units <= 70 else -(-units // 67)
_MESSAGE_RE = re.compile(r"^/2010-04-01/Accounts/(?P<account>[^/]+)/Messages/(?P<sid>[^/.]+)\.json$")
_MEDIA_RE = re.compile(
    r"^/2010-04-01/Accounts/(?P<account>[^/]+)/Messages/(?P<message>[^/]+)/Media/(?P<media>[^/.]+)$"
)


@dataclass
class Call:
    """One HTTP request as the fake saw it: `params` are the decoded form (or query) parameters, with
    lists for repeated names; `status` is the HTTP status the fake answered (0 until answered); `at`
    is `time.monotonic()` on arrival."""

    method: str
    path: str
    params: dict[str, Any]
    status: int
    at: float


class TwilioError(Exception):
    """An error answer in Twilio's legacy format: HTTP status, Twilio code and message."""

    def __init__(self, status: int, code: int | None = None, message: str | None = None):
        super().__init__(message or "")
        self.status = status
        self.code = code if code is not None else DEFAULT_CODES.get(status)
        self.message = message or ERROR_MESSAGES.get(self.code or 0) or _reason(status)

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {"message": self.message, "status": self.status}
        if self.code is not None:
            body["code"] = self.code
            body["more_info"] = f"https://www.twilio.com/docs/errors/{self.code}"
        return body


@dataclass
class _Fault:
    status: int
    code: int | None
    message: str | None
    times: int
    to: str | None = None  # only creates to this address (the outbox sends to several chats at once)


@dataclass
class _Later:
    status: str
    code: int
    times: int


@dataclass
class _Media:
    data: bytes
    content_type: str


def _reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def _sid(prefix: str) -> str:
    return prefix + secrets.token_hex(16)


def _now_rfc2822() -> str:
    return email.utils.format_datetime(dt.datetime.now(dt.timezone.utc).replace(microsecond=0))


def _decode(pairs: Iterable[tuple[str, str]]) -> dict[str, Any]:
    """Form pairs to a dict: a single value stays a string, a repeated one (and MediaUrl) is a list."""
    params: dict[str, Any] = {}
    for key, value in pairs:
        if key in params:
            old = params[key]
            params[key] = old + [value] if isinstance(old, list) else [old, value]
        elif key in LIST_PARAMS:
            params[key] = [value]
        else:
            params[key] = value
    return params


def _one(params: dict[str, Any], name: str) -> str | None:
    value = params.get(name)
    if isinstance(value, list):
        return value[-1] if value else None
    return value


def _channel(address: str) -> str:
    prefix, sep, _ = address.partition(":")
    return prefix.lower() if sep else "sms"


def _digits(address: str) -> str:
    return "".join(ch for ch in address.partition(":")[2] or address if ch.isdigit())


def _message_type(media: Iterable[tuple[str, str]], button: bool) -> str:
    if button:
        return "button"
    for _, content_type in media:
        major = content_type.split("/", 1)[0].lower()
        if major in ("audio", "image", "video"):
            return major
        return "document"
    return "text"


class FakeTwilio:
    """The fake server. Use as a context manager or call `start()` / `stop()`.

    `messages` holds every created message resource (the JSON the fake returned, with `status`,
    `error_code` and `error_message` kept up to date by `fail_later`, plus the raw form parameters
    under `"params"`); `requests` every HTTP request; `deleted` the sids deleted; `violations` the
    breaches of `rate_per_second`; `callbacks_sent` the status callbacks the fake posted as
    `(url posted to, params, response status or 0 on a connection error)`."""

    def __init__(
        self,
        account_sid: str = "AC" + "0" * 32,
        auth_token: str = "test-token",
        *,
        rate_per_second: float | None = None,
    ):
        self.account_sid = account_sid
        self.auth_token = auth_token
        self.rate_per_second = rate_per_second
        self.url = ""
        self.messages: list[dict] = []
        self.requests: list[Call] = []
        self.deleted: list[str] = []
        self.violations: list[str] = []
        self.callbacks_sent: list[tuple[str, dict, int]] = []
        self.calls: list[dict] = []  # voice calls placed (`calls.create`), with their form under "params"
        self.calls_per_second: float | None = None  # Twilio's CPS: more calls within a second are refused
        self.call_violations: list[str] = []
        self._call_log: deque[float] = deque()
        # seconds between two status callbacks of one message (and before the first)
        self.callback_gap = 0.02
        self._routes: list[tuple[str, str]] = []
        self._faults: list[_Fault] = []
        self._delays: list[list[float]] = []  # [seconds, times]
        self._later: list[_Later] = []
        self._media: dict[tuple[str, str], _Media] = {}
        self._sent_log: deque[float] = deque()
        self._by_sid: dict[str, dict] = {}
        self._seq = itertools.count(1)
        self._lock = threading.RLock()
        self._workers: list[threading.Thread] = []
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> "FakeTwilio":
        if self._server is not None:
            return self

        class Handler(_Handler):
            pass

        Handler.fake = self
        server = _Server(("127.0.0.1", 0), Handler)
        self._server = server
        self.url = f"http://127.0.0.1:{server.server_address[1]}"
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True,
            name="fake-twilio",
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        server, self._server = self._server, None
        if server is None:
            return
        server.shutdown()
        server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=2)
        for worker in list(self._workers):
            worker.join(timeout=2)

    def __enter__(self) -> "FakeTwilio":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # ------------------------------------------------------------------ inspection

    def sent_to(self, to: str) -> list[dict]:
        """Created messages for one address such as "whatsapp:+31612345678", in order."""
        with self._lock:
            return [m for m in self.messages if m.get("to") == to]

    def message(self, sid: str) -> dict | None:
        with self._lock:
            return self._by_sid.get(sid)

    def wait_for(self, predicate: Callable[[], bool], timeout: float = 5.0) -> bool:
        deadline = time.monotonic() + timeout
        while True:
            if predicate():
                return True
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.01)

    # ------------------------------------------------------------------ fault injection

    def fail(self, status: int, *, code: int | None = None, message: str | None = None, times: int = 1,
             to: str | None = None) -> None:
        """The next `times` authenticated Messages-create calls (to `to` only, when given) answer
        `status` with a Twilio error body (`code` defaults to 20429 for 429, 20500 for 500, 20503 for
        503; none for other statuses, in which case the twilio client reports the HTTP status as the
        code)."""
        with self._lock:
            self._faults.append(_Fault(status, code, message, times, to))

    def delay(self, seconds: float, *, times: int = 1) -> None:
        """The next `times` authenticated creates sleep `seconds` before answering; the message is
        created (and counted) before the sleep, like a request whose answer got lost."""
        with self._lock:
            self._delays.append([seconds, times])

    def fail_later(self, *, status: str = "failed", code: int = 63016, times: int = 1) -> None:
        """The next `times` successful creates answer 201 "queued" but then fail: the stored resource
        moves to `status` with `code`, and when the create carried a StatusCallback the fake posts signed
        callbacks to it: "queued", then "sent" (only when `status` is "undelivered": a failed message
        was never sent), then `status` with ErrorCode/ErrorMessage."""
        with self._lock:
            self._later.append(_Later(status, code, times))

    def route_callbacks(self, public_prefix: str, local_prefix: str) -> None:
        """Status callbacks whose URL starts with `public_prefix` (say "https://samen.example.org") are
        posted to `local_prefix` + the rest instead, still signed over the public URL: the TLS proxy."""
        with self._lock:
            self._routes.append((public_prefix, local_prefix))

    @staticmethod
    def _take(queue: list):
        if not queue:
            return None
        item = queue[0]
        if isinstance(item, list):
            item[1] -= 1
            if item[1] <= 0:
                queue.pop(0)
        else:
            item.times -= 1
            if item.times <= 0:
                queue.pop(0)
        return item

    # ------------------------------------------------------------------ media

    def add_media(self, data: bytes, content_type: str = "audio/ogg") -> str:
        """Store media and return its URL under the fake, shaped like Twilio's
        `…/2010-04-01/Accounts/AC…/Messages/MM…/Media/ME…`; GET needs Basic auth. Start the fake first."""
        if not self.url:
            raise RuntimeError("start the fake before add_media(): the URL needs its port")
        message_sid, media_sid = _sid("MM"), _sid("ME")
        with self._lock:
            self._media[(message_sid, media_sid)] = _Media(bytes(data), content_type)
        return f"{self.url}/{API_VERSION}/Accounts/{self.account_sid}/Messages/{message_sid}/Media/{media_sid}"

    # ------------------------------------------------------------------ playing Twilio towards the app

    def sign(self, url: str, params: dict[str, Any]) -> str:
        """The X-Twilio-Signature Twilio would send for a POST of `params` to the public `url`."""
        return RequestValidator(self.auth_token).compute_signature(url, params)

    def post_signed(
        self,
        post_to: str,
        params: dict[str, Any],
        *,
        public_url: str | None = None,
        signature: str | None = None,
        headers: dict | None = None,
        timeout: float = 5.0,
    ) -> tuple[int, str]:
        """POST form-encoded `params` to `post_to`, signed over `public_url` (default `post_to`).
        `signature=""` sends no signature header; any other string is sent as is. Returns (status, body);
        status 0 if nothing answered."""
        if signature is None:
            signature = self.sign(public_url or post_to, params)
        sent_headers = {
            "Content-Type": "application/x-www-form-urlencoded; charset=utf-8",
            "User-Agent": "TwilioProxy/1.1",
            "I-Twilio-Idempotency-Token": secrets.token_hex(16),
        }
        if signature:
            sent_headers["X-Twilio-Signature"] = signature
        sent_headers.update(headers or {})
        body = urllib.parse.urlencode(params, doseq=True).encode()
        request = urllib.request.Request(post_to, data=body, headers=sent_headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                return response.status, response.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read().decode("utf-8", "replace")
        except (urllib.error.URLError, OSError):
            return 0, ""

    def inbound(
        self,
        from_: str,
        body: str = "",
        *,
        to: str = DEFAULT_SENDER,
        profile_name: str = "Test",
        media: Iterable[tuple[str, str]] = (),
        button_payload: str | None = None,
        button_text: str | None = None,
        replied_sid: str | None = None,
        message_sid: str | None = None,
    ) -> dict[str, str]:
        """The params of an inbound WhatsApp webhook as Twilio posts them (built, not sent). A message
        with media gets an "MM…" sid like on Twilio, others "SM…"."""
        media = list(media)
        button = button_payload is not None or button_text is not None
        sid = message_sid or _sid("MM" if media else "SM")
        params = {
            "SmsMessageSid": sid,
            "NumMedia": str(len(media)),
            "ProfileName": profile_name,
            "MessageType": _message_type(media, button),
            "SmsSid": sid,
            "WaId": _digits(from_),
            "SmsStatus": "received",
            "Body": body,
            "To": to,
            "MessagingServiceSid": "",
            "NumSegments": "1",
            "ReferralNumMedia": "0",
            "MessageSid": sid,
            "AccountSid": self.account_sid,
            "From": from_,
            "ApiVersion": API_VERSION,
        }
        for i, (url, content_type) in enumerate(media):
            params[f"MediaContentType{i}"] = content_type
            params[f"MediaUrl{i}"] = url
        if button_payload is not None:
            params["ButtonPayload"] = button_payload
        if button_text is not None:
            params["ButtonText"] = button_text
        if replied_sid is not None:
            params["OriginalRepliedMessageSid"] = replied_sid
            params["OriginalRepliedMessageSender"] = to.partition(":")[2] or to
        with self._lock:  # Twilio keeps inbound messages in the log too (they can be fetched and deleted)
            self._by_sid.setdefault(sid, {"sid": sid, "direction": "inbound", "from": from_, "to": to,
                                          "body": body, "status": "received", "params": {}})
        return params

    def received_from(self, from_: str) -> list[str]:
        """The sids of inbound messages built for `from_` (see `inbound`), oldest first."""
        with self._lock:
            return [sid for sid, m in self._by_sid.items() if m.get("direction") == "inbound" and m.get("from") == from_]

    def status_params(
        self, message_sid: str, status: str, *, error_code: int | None = None, to: str | None = None
    ) -> dict[str, str]:
        """The params Twilio posts to a message's StatusCallback. From/To default to the stored
        message's (or the sandbox sender and an empty To for an unknown sid)."""
        with self._lock:
            stored = self._by_sid.get(message_sid) or {}
        to = to or stored.get("to") or ""
        params = {
            "ChannelPrefix": "whatsapp",
            "ApiVersion": API_VERSION,
            "MessageStatus": status,
            "SmsSid": message_sid,
            "SmsStatus": status,
            "ChannelToAddress": "+" + _digits(to) if to else "",
            "To": to,
            "From": stored.get("from") or DEFAULT_SENDER,
            "MessageSid": message_sid,
            "AccountSid": self.account_sid,
        }
        if error_code is not None:
            params["ErrorCode"] = str(error_code)
            params["ErrorMessage"] = ERROR_MESSAGES.get(error_code, "Unknown error")
        return params

    # ------------------------------------------------------------------ request handling

    def _authorized(self, header: str | None) -> bool:
        if not header or not header.lower().startswith("basic "):
            return False
        try:
            user, _, password = base64.b64decode(header[6:].strip(), validate=True).decode().partition(":")
        except (binascii.Error, UnicodeDecodeError):
            return False
        return hmac.compare_digest(user, self.account_sid) and hmac.compare_digest(password, self.auth_token)

    def _record(self, method: str, path: str, params: dict[str, Any]) -> Call:
        call = Call(method, path, params, 0, time.monotonic())
        with self._lock:
            self.requests.append(call)
        return call

    def _check_account(self, account: str) -> None:
        if account != self.account_sid:
            raise TwilioError(404, 20404, f"The requested resource /{API_VERSION}/Accounts/{account} was not found")

    def _create(self, account: str, params: dict[str, Any], call: Call) -> tuple[int, dict, float, dict | None]:
        """Returns (status, body, seconds to sleep before answering, callback plan or None)."""
        with self._lock:
            self._check_account(account)
            pause = 0.0
            delay = self._take(self._delays)
            if delay is not None:
                pause = delay[0]
            fault = self._take(self._faults) if self._faults and self._faults[0].to in (None, params.get("To")) \
                else None
            if fault is not None:
                raise _Delayed(TwilioError(fault.status, fault.code, fault.message), pause)
            try:
                message = self._validate_and_store(params, call)
            except TwilioError as exc:
                raise _Delayed(exc, pause) from None
            plan = None
            later = self._take(self._later)
            if later is not None:
                statuses = ["queued", "sent", later.status] if later.status == "undelivered" else ["queued", later.status]
                callback = _one(params, "StatusCallback")
                plan = {"sid": message["sid"], "statuses": statuses, "code": later.code, "url": callback}
            return 201, message, pause, plan

    def _validate_and_store(self, params: dict[str, Any], call: Call) -> dict:
        to = _one(params, "To")
        from_ = _one(params, "From")
        service = _one(params, "MessagingServiceSid")
        body = _one(params, "Body")
        media = [u for u in params.get("MediaUrl", []) if u]
        content_sid = _one(params, "ContentSid")
        variables = params.get("ContentVariables")
        if not to:
            raise TwilioError(400, 21604)
        if not from_ and not service:
            raise TwilioError(400, 21603)
        if not body and not media and not content_sid:
            raise TwilioError(400, 21619)
        if from_ and _channel(from_) != _channel(to):
            raise TwilioError(400, 21910)
        if body and len(body) > MAX_BODY:
            raise TwilioError(400, 21617)
        if variables is not None:
            try:
                if isinstance(variables, list) or not isinstance(json.loads(variables), dict):
                    raise ValueError
            except ValueError:
                raise TwilioError(400, 21656) from None
        if self.rate_per_second is not None:
            now = call.at
            while self._sent_log and self._sent_log[0] <= now - 1.0:
                self._sent_log.popleft()
            # NOTE: requests are handled in threads, so the log is not quite in arrival order: count
            # what arrived within the second before this one (not what arrived after it)
            if sum(1 for at in self._sent_log if now - 1.0 < at <= now) >= self.rate_per_second:
                self.violations.append(
                    f"create to {to}: more than {self.rate_per_second:g} messages within 1 s"
                )
                raise TwilioError(429, 20429)
            self._sent_log.append(now)
        sid = _sid("MM" if media else "SM")
        uri = f"/{API_VERSION}/Accounts/{self.account_sid}/Messages/{sid}"
        stamp = _now_rfc2822()
        message = {
            "account_sid": self.account_sid,
            "api_version": API_VERSION,
            "body": body or "",
            "date_created": stamp,
            "date_sent": None,
            "date_updated": stamp,
            "direction": "outbound-api",
            "error_code": None,
            "error_message": None,
            "from": from_ or None,
            "messaging_service_sid": service or None,
            "num_media": str(len(media)),
            "num_segments": str(sms_segments(body or "")) if _channel(to) == "sms" else "1",
            "price": None,
            "price_unit": "USD",
            "sid": sid,
            "status": "accepted" if service and not from_ else "queued",
            "subresource_uris": {"media": f"{uri}/Media.json"},
            "to": to,
            "uri": f"{uri}.json",
        }
        stored = {**message, "params": params}
        self.messages.append(stored)
        self._by_sid[sid] = stored
        return message

    def _create_call(self, account: str, params: dict[str, Any], call: Call) -> dict:
        with self._lock:
            self._check_account(account)
            fault = self._take(self._faults) if self._faults and self._faults[0].to in (None, params.get("To")) \
                else None
            if fault is not None:
                raise TwilioError(fault.status, fault.code, fault.message)
            to, from_, url = _one(params, "To"), _one(params, "From"), _one(params, "Url")
            if not to:
                raise TwilioError(400, 21201, "No 'To' number is specified")
            if not from_:
                raise TwilioError(400, 21213, "No 'From' number is specified")
            if not url and not _one(params, "Twiml"):
                raise TwilioError(400, 21205, "Url is not a valid URL")
            if self.calls_per_second is not None:
                now = call.at
                while self._call_log and self._call_log[0] <= now - 1.0:
                    self._call_log.popleft()
                if sum(1 for at in self._call_log if now - 1.0 < at <= now) >= self.calls_per_second:
                    self.call_violations.append(f"call to {to}: more than {self.calls_per_second:g} calls within 1 s")
                    raise TwilioError(429, 20429)
                self._call_log.append(now)
            sid = _sid("CA")
            stamp = _now_rfc2822()
            resource = {"sid": sid, "account_sid": self.account_sid, "to": to, "from": from_, "status": "queued",
                        "direction": "outbound-api", "date_created": stamp, "date_updated": stamp,
                        "api_version": API_VERSION, "price": None, "duration": None,
                        "uri": f"/{API_VERSION}/Accounts/{self.account_sid}/Calls/{sid}.json", "at": call.at}
            self.calls.append({**resource, "params": params})
            return {k: v for k, v in resource.items() if k != "at"}

    def placed(self, to: str) -> list[dict]:
        """The calls placed to one number, in order."""
        with self._lock:
            return [c for c in self.calls if c["to"] == to]

    def _call_params(self, placed: dict, status: str, **extra: str) -> dict[str, str]:
        return {"AccountSid": self.account_sid, "ApiVersion": API_VERSION, "CallSid": placed["sid"],
                "CallStatus": status, "Direction": "outbound-api", "From": placed["from"], "To": placed["to"],
                "Called": placed["to"], "Caller": placed["from"], **extra}

    def _twiml(self, url: str, params: dict[str, str], forged: bool = False) -> tuple[int, str]:
        return self.post_signed(self._route(url), params, public_url=url,
                                signature="forged" if forged else None)

    def answer_call(self, placed: dict, digits: str | None = None, *, forged: bool = False) -> dict[str, Any]:
        """She picks up: the fake fetches the call's TwiML from its Url, fetches every `<Play>` (as
        Twilio does, without credentials), and, with `digits`, presses them in the first `<Gather>`
        and fetches what its action answers; then the call completes (status callback).  What the
        call said and did: {"twiml", "plays": [(url, HTTP status, content type, bytes)], "says",
        "gather", "after": TwiML after the key, "after_plays", "status"}."""
        params = placed["params"]
        url = _one(params, "Url") or ""
        code, body = self._twiml(url, self._call_params(placed, "in-progress"))
        heard: dict[str, Any] = {"status": code, "twiml": body, "plays": [], "says": [], "gather": None,
                                 "after": None, "after_plays": []}
        if code != 200:
            return heard
        root = ElementTree.fromstring(body)
        gathers = root.findall("Gather")
        heard["gather"] = gathers[0].attrib if gathers else None
        heard["plays"] = [self._fetch_play(p.text or "") for p in root.iter("Play")]
        heard["says"] = [(say.text or "", say.attrib.get("language")) for say in root.iter("Say")]
        if digits is not None and gathers:
            action = gathers[0].attrib.get("action", "")
            code, after = self._twiml(action, self._call_params(placed, "in-progress", Digits=digits,
                                                                FinishedOnKey=""), forged=forged)
            heard["after_status"], heard["after"] = code, after
            if code == 200:
                heard["after_plays"] = [self._fetch_play(p.text or "") for p in ElementTree.fromstring(after).iter("Play")]
                heard["after_says"] = [say.text or "" for say in ElementTree.fromstring(after).iter("Say")]
        self.end_call(placed, "completed")
        return heard

    def _fetch_play(self, url: str) -> tuple[str, int, str, bytes]:
        try:
            with urllib.request.urlopen(self._route(url), timeout=10) as response:
                return url, response.status, response.headers.get("Content-Type", ""), response.read()
        except urllib.error.HTTPError as exc:
            return url, exc.code, "", b""
        except (urllib.error.URLError, OSError):
            return url, 0, "", b""

    def end_call(self, placed: dict, status: str = "no-answer") -> int:
        """The call ends with `status` (completed, no-answer, busy, failed, canceled): the signed status
        callback Twilio posts to the call's StatusCallback; the HTTP status it got."""
        with self._lock:
            placed["status"] = status
        url = _one(placed["params"], "StatusCallback")
        if not url:
            return 0
        extra = {"CallDuration": "20"} if status == "completed" else {}
        code, _ = self.post_signed(self._route(url), self._call_params(placed, status, **extra), public_url=url)
        with self._lock:
            self.callbacks_sent.append((url, {"CallStatus": status}, code))
        return code

    def _fetch(self, account: str, sid: str) -> dict:
        with self._lock:
            self._check_account(account)
            stored = self._by_sid.get(sid)
            if stored is None or sid in self.deleted:
                raise TwilioError(404, 20404, f"The requested resource /{API_VERSION}/Accounts/{account}/Messages/{sid}.json was not found")
            return {k: v for k, v in stored.items() if k != "params"}

    def _delete(self, account: str, sid: str) -> None:
        with self._lock:
            self._fetch(account, sid)
            self.deleted.append(sid)

    def _download(self, account: str, message_sid: str, media_sid: str) -> _Media:
        with self._lock:
            self._check_account(account)
            media = self._media.get((message_sid, media_sid))
        if media is None:
            raise TwilioError(404, 20404)
        return media

    # ------------------------------------------------------------------ status callbacks

    def _run_callbacks(self, plan: dict) -> None:
        worker = threading.Thread(target=self._post_callbacks, args=(plan,), daemon=True, name="fake-twilio-callbacks")
        with self._lock:
            self._workers = [w for w in self._workers if w.is_alive()] + [worker]
        worker.start()

    def _post_callbacks(self, plan: dict) -> None:
        sid, statuses, code, url = plan["sid"], plan["statuses"], plan["code"], plan["url"]
        for status in statuses:
            time.sleep(self.callback_gap)
            final = status in ("failed", "undelivered")
            with self._lock:
                stored = self._by_sid.get(sid)
                if stored is not None:
                    stored["status"] = status
                    stored["date_updated"] = _now_rfc2822()
                    if final:
                        stored["error_code"] = code
                        stored["error_message"] = ERROR_MESSAGES.get(code)
            if not url:
                continue
            params = self.status_params(sid, status, error_code=code if final else None)
            target = self._route(url)
            result, _ = self.post_signed(target, params, public_url=url)
            with self._lock:
                self.callbacks_sent.append((target, params, result))

    def _route(self, url: str) -> str:
        with self._lock:
            for public, local in self._routes:
                if url.startswith(public):
                    return local + url[len(public):]
        return url


class _Delayed(Exception):
    """A TwilioError to answer after sleeping `pause` seconds."""

    def __init__(self, error: TwilioError, pause: float):
        super().__init__(str(error))
        self.error = error
        self.pause = pause


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def handle_error(self, request, client_address):  # quiet about clients that hung up
        if isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            return
        super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = 30
    fake: FakeTwilio

    def log_message(self, format: str, *args: Any) -> None:  # silence the default stderr log
        pass

    def setup(self) -> None:
        super().setup()
        # NOTE: headers and body leave in two writes; without TCP_NODELAY, Nagle's algorithm and the
        # client's delayed ACK add ~40 ms to every answer on a kept-alive connection.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def _read_body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _send(self, status: int, body: bytes, content_type: str = "application/json; charset=utf-8") -> None:
        try:
            self.send_response(status)
            if status != 204:
                self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Twilio-Request-Id", "RQ" + secrets.token_hex(16))
            self.end_headers()
            if body:
                self.wfile.write(body)
            self.wfile.flush()
        except (ConnectionError, TimeoutError, OSError):
            self.close_connection = True

    def _answer(self, call: Call, status: int, body: dict | bytes | None, content_type: str | None = None) -> None:
        call.status = status
        if body is None:
            data = b""
        elif isinstance(body, bytes):
            data = body
        else:
            data = json.dumps(body).encode()
        self._send(status, data, content_type or "application/json; charset=utf-8")

    def _error(self, call: Call, error: TwilioError) -> None:
        self._answer(call, error.status, error.body())

    def _start(self, method: str) -> tuple[Call, str, bool]:
        split = urllib.parse.urlsplit(self.path)
        body = self._read_body() if method in ("POST", "PUT") else b""
        pairs = urllib.parse.parse_qsl(split.query, keep_blank_values=True)
        try:
            pairs += urllib.parse.parse_qsl(body.decode("utf-8"), keep_blank_values=True)
        except UnicodeDecodeError:
            pass
        call = self.fake._record(method, split.path, _decode(pairs))
        return call, split.path, self.fake._authorized(self.headers.get("Authorization"))

    def _not_found(self, call: Call) -> None:
        self._error(call, TwilioError(404, 20404, f"The requested resource {call.path} was not found"))

    def do_POST(self) -> None:  # noqa: N802
        call, path, authorized = self._start("POST")
        calls = _CALLS_RE.match(path)
        if calls:
            if not authorized:
                self._error(call, TwilioError(401, 20003))
                return
            try:
                self._answer(call, 201, self.fake._create_call(calls["account"], call.params, call))
            except TwilioError as exc:
                self._error(call, exc)
            return
        match = _CREATE_RE.match(path)
        if not match:
            self._not_found(call)
            return
        if not authorized:
            self._error(call, TwilioError(401, 20003))
            return
        try:
            status, body, pause, plan = self.fake._create(match["account"], call.params, call)
        except _Delayed as exc:
            if exc.pause > 0:
                time.sleep(exc.pause)
            self._error(call, exc.error)
            return
        except TwilioError as exc:
            self._error(call, exc)
            return
        if pause > 0:
            time.sleep(pause)
        self._answer(call, status, body)
        if plan is not None:
            self.fake._run_callbacks(plan)

    def do_GET(self) -> None:  # noqa: N802
        call, path, authorized = self._start("GET")
        media = _MEDIA_RE.match(path)
        message = _MESSAGE_RE.match(path)
        if not media and not message:
            self._not_found(call)
            return
        if not authorized:
            self._error(call, TwilioError(401, 20003))
            return
        try:
            if media:
                found = self.fake._download(media["account"], media["message"], media["media"])
                self._answer(call, 200, found.data, found.content_type)
            else:
                self._answer(call, 200, self.fake._fetch(message["account"], message["sid"]))
        except TwilioError as exc:
            self._error(call, exc)

    def do_DELETE(self) -> None:  # noqa: N802
        call, path, authorized = self._start("DELETE")
        placed = _CALL_RE.match(path)
        if placed and authorized:
            with self.fake._lock:
                found = [c for c in self.fake.calls if c["sid"] == placed["sid"]]
                if found and found[0]["status"] in ("queued", "ringing", "in-progress"):
                    self._error(call, TwilioError(409, 20009, "Cannot delete a call in progress"))
                    return
                if found:
                    self.fake.deleted.append(placed["sid"])
            self._answer(call, 204 if found else 404, None if found else TwilioError(404).body())
            return
        match = _MESSAGE_RE.match(path)
        if not match:
            self._not_found(call)
            return
        if not authorized:
            self._error(call, TwilioError(401, 20003))
            return
        try:
            self.fake._delete(match["account"], match["sid"])
        except TwilioError as exc:
            self._error(call, exc)
            return
        self._answer(call, 204, None)

    def do_PUT(self) -> None:  # noqa: N802
        call, _, _ = self._start("PUT")
        self._not_found(call)
