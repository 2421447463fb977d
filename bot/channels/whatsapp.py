"""The WhatsApp channel through Twilio: the twilio `Client` composed with an HTTP client that honours
`TWILIO_API_URL` and always sets a time-out.

- Inbound: Twilio's form-encoded webhook becomes an `Inbound` (MessageSid for deduplication;
  `ButtonPayload` as the choice; media as `twilio:<MediaUrl>`, fetched with the account's
  credentials when another channel needs it; `OriginalRepliedMessageSid` as the quoted message).
  Signatures are checked with `RequestValidator` over the public URL.
- Outbound: WhatsApp has no buttons outside Twilio's content templates, so choices are a numbered
  list with keycap digits and one line on how to answer, in the member's language; a message
  that carries a template (outside the 24-hour window, or a configured quick reply) goes out as
  `ContentSid` + `ContentVariables`.  Media goes out as `MediaUrl` pointing at `GET /media/{token}`.
- `send` only sends and classifies (see `bot.channels.base`).
"""
from __future__ import annotations

import asyncio
import concurrent.futures
import functools
import hmac
import json
import logging
from typing import Any, Mapping
from urllib.parse import urlsplit, urlunsplit

import requests
from twilio.base.exceptions import TwilioRestException
from twilio.http.http_client import TwilioHttpClient
from twilio.request_validator import RequestValidator
from twilio.rest import Client

from bot.channels.base import SendResult
from bot.channels.console import as_plain_text
from bot.core.messages import Inbound, Media, Rendered
from bot.media import scheme

log = logging.getLogger(__name__)

# NOTE: twilio's HTTP client logs every request and response (numbers, bodies) at INFO: it gets a
# logger of its own that only speaks from WARNING on.
_quiet = logging.getLogger("samen.twilio_http")
_quiet.setLevel(logging.WARNING)

# Twilio error codes (https://www.twilio.com/docs/api/errors): 21610 opted out, 63016 outside the
# 24-hour window, 63024 and the 211xx/630xx family an invalid recipient.
WINDOW_CLOSED = 63016
UNREACHABLE_CODES = frozenset({21610, 21211, 21612, 21614, 63003, 63024, 63032})
RETRY_CODES = frozenset({20429, 63018, 30001, 30500})


class RewritingHttpClient(TwilioHttpClient):
    """Twilio's own HTTP client pointed at another base URL (a fake in tests), with a time-out."""

    def __init__(self, base_url: str, timeout: float = 10.0, connections: int = 32) -> None:
        super().__init__(timeout=timeout, logger=_quiet)
        if self.session is not None:  # as many kept-alive connections as sends in flight (the outbox's concurrency)
            for prefix in ("https://", "http://"):
                self.session.mount(prefix, requests.adapters.HTTPAdapter(pool_maxsize=connections))
        parts = urlsplit(base_url)
        self._scheme, self._netloc, self._prefix = parts.scheme, parts.netloc, parts.path.rstrip("/")

    def request(self, method: str, url: str, params: Any = None, data: Any = None, headers: Any = None,
                auth: Any = None, timeout: float | None = None, allow_redirects: bool = False) -> Any:
        parts = urlsplit(url)
        url = urlunsplit((self._scheme, self._netloc, self._prefix + parts.path, parts.query, parts.fragment))
        return super().request(method, url, params=params, data=data, headers=headers, auth=auth,
                               timeout=timeout, allow_redirects=allow_redirects)


def make_client(account_sid: str, auth_token: str, api_url: str, timeout: float = 10.0) -> Client:
    return Client(account_sid, auth_token, http_client=RewritingHttpClient(api_url, timeout))


class _Form(dict):  # type: ignore[type-arg]
    """A posted form for `RequestValidator.compute_signature`, which asks every parameter for its
    values as Flask's MultiDict (`getall`), then Django's QueryDict (`getlist`), then a dict: answered
    at the first question, without two AttributeErrors a parameter (half the check's time)."""

    def getall(self, key: str) -> list[str]:
        return [self[key]]


class WhatsAppChannel:
    """Sends and classifies for WhatsApp through Twilio, and reads its webhooks."""

    name = "whatsapp"
    text_limit = 1500  # NOTE: Twilio's limit for a WhatsApp body is 1,600 characters
    window_hours = 24
    # NOTE: Meta has template languages for these; not for Papiamento (nor Sranan).
    template_locales = frozenset({"ar", "bg", "nl", "fil", "pl", "es", "tr", "en"})

    def __init__(self, client: Client, sender: str, auth_token: str, *, public_url: str | None,
                 api_url: str = "https://api.twilio.com", status_callback: bool = True,
                 download_timeout: float = 20.0, requests_at_once: int = 32) -> None:
        self.client = client
        # NOTE: the twilio client blocks: its requests run in threads of their own, as many as the
        # outbox keeps in flight, so a wave is not held to the few threads asyncio shares by default.
        self._threads = concurrent.futures.ThreadPoolExecutor(requests_at_once, thread_name_prefix="twilio")
        self.sender = sender if sender.startswith("whatsapp:") else f"whatsapp:{sender}"
        self.validator = RequestValidator(auth_token)
        self.public_url = (public_url or "").rstrip("/")
        self.api_url = api_url.rstrip("/")
        self.status_callback = status_callback
        self.download_timeout = download_timeout

    @property
    def number(self) -> str:
        """The WhatsApp number people write to, digits only (for wa.me links)."""
        return "".join(ch for ch in self.sender if ch.isdigit())

    def accepts_media(self, ref: str) -> bool:
        """Only media samen serves itself: Twilio fetches `MediaUrl` without credentials."""
        return scheme(ref) == "media" and bool(self.public_url)

    # -- signatures -----------------------------------------------------------------------
    def public(self, path: str, query: str = "") -> str:
        """The URL Twilio called, rebuilt from SAMEN_PUBLIC_URL (behind a TLS proxy the app sees http)."""
        return f"{self.public_url}{path}" + (f"?{query}" if query else "")

    def valid(self, path: str, query: str, params: Mapping[str, str], signature: str | None) -> bool:
        if not signature or not self.public_url:
            return False
        url = self.public(path, query)
        # NOTE: `validate` computes the signature twice, over the URL with and without its port (~90 µs
        # a message); the URL as configured is one of the two, so a signature over it is checked once
        # and only one that does not match goes through `validate` (the other variant).
        # (as bytes: compare_digest refuses text that is not ASCII, and the header is anyone's)
        if hmac.compare_digest(self.validator.compute_signature(url, _Form(params)).encode(),
                               signature.encode("utf-8", "replace")):
            return True
        return bool(self.validator.validate(url, dict(params), signature))

    @property
    def reports_delivery(self) -> bool:
        """Twilio posts a status callback for every message sent (naming its outbox row)."""
        return bool(self.status_callback and self.public_url)

    # -- sending --------------------------------------------------------------------------
    async def send(self, address: str, message: Rendered) -> SendResult:
        kwargs: dict[str, Any] = {"from_": self.sender, "to": address}
        if message.template is not None:
            content_sid, variables = message.template
            kwargs["content_sid"] = content_sid
            kwargs["content_variables"] = json.dumps(variables, ensure_ascii=False)
        else:
            kwargs["body"] = as_plain_text(message) if message.choices else message.text
        if message.media is not None and message.template is None:
            kwargs["media_url"] = [f"{self.public_url}/media/{message.media.ref.split(':', 1)[1]}"]
        if self.status_callback and self.public_url:
            # NOTE: the row named in the callback's address: a report on a message whose sender
            # died before writing down its MessageSid still finds it (and it is not sent twice)
            ref = f"?row={message.status_ref}" if message.status_ref else ""
            kwargs["status_callback"] = f"{self.public_url}/twilio/status{ref}"
        try:
            created = await asyncio.get_running_loop().run_in_executor(
                self._threads, functools.partial(self.client.messages.create, **kwargs))
        except TwilioRestException as exc:
            return classify_error(exc.status, exc.code)
        except requests.exceptions.ConnectTimeout:
            return SendResult("retry", error="connect timeout")
        except requests.exceptions.Timeout:
            return SendResult("unknown", error="read timeout")  # the request may have been taken
        except requests.exceptions.ConnectionError as exc:
            if "Connection refused" in str(exc) or "Failed to establish" in str(exc):
                return SendResult("retry", error="connection refused")
            return SendResult("unknown", error="connection broken")
        return SendResult("sent", provider_id=created.sid)

    async def delete(self, provider_id: str) -> str:
        """Delete one message (and its media) from Twilio's logs: done, retry, or failed."""
        try:
            await asyncio.to_thread(self.client.messages(provider_id).delete)
        except TwilioRestException as exc:
            if exc.status == 404:
                return "done"  # gone already
            # NOTE: Twilio refuses to delete a message still being sent (queued/sending): try later.
            return "retry" if exc.status == 429 or (exc.status or 0) >= 500 or exc.status == 409 \
                or exc.code in (20009,) else "failed"
        except requests.exceptions.RequestException:
            return "retry"
        return "done"

    async def fetch(self, ref: str) -> tuple[bytes, str]:
        """Download inbound media (`twilio:<MediaUrl>`) with the account's credentials."""
        url = ref.split(":", 1)[1]
        parts = urlsplit(url)
        base = urlsplit(self.api_url)
        url = urlunsplit((base.scheme, base.netloc, parts.path, parts.query, ""))
        auth = (self.client.username, self.client.password)

        def get() -> tuple[bytes, str]:
            response = requests.get(url, auth=auth, timeout=self.download_timeout, allow_redirects=True)
            response.raise_for_status()
            return response.content, response.headers.get("Content-Type", "application/octet-stream")

        return await asyncio.to_thread(get)

    # -- receiving ------------------------------------------------------------------------
    def to_inbound(self, params: Mapping[str, str], received_at: Any) -> Inbound | None:
        sid = params.get("MessageSid") or params.get("SmsMessageSid")
        sender = params.get("From", "")
        if not sid or not sender.startswith("whatsapp:"):
            return None
        media = []
        for i in range(_media_count(params.get("NumMedia"))):
            url = params.get(f"MediaUrl{i}")
            if not url:
                continue
            content_type = params.get(f"MediaContentType{i}", "")
            kind = ("voice" if content_type.startswith("audio/") else
                    "photo" if content_type.startswith("image/") else
                    "video" if content_type.startswith("video/") else "document")
            media.append(Media(kind, f"twilio:{url}", content_type))
        return Inbound("whatsapp", sender, sid, received_at, text=params.get("Body", ""),
                       choice=params.get("ButtonPayload") or None, media=tuple(media),
                       profile_name=params.get("ProfileName") or None,
                       reply_to=params.get("OriginalRepliedMessageSid") or None)


def _media_count(value: str | None, limit: int = 10) -> int:
    """How many `MediaUrl{i}` fields to read: Twilio's NumMedia, at most `limit`.

    NOTE: Twilio sends a count of digits; anything else is not Twilio's, and rather than lose the
    message (or answer 500) every slot up to the limit is read (absent ones are skipped)."""
    try:
        return max(0, min(int(value or 0), limit))
    except ValueError:
        return limit


def classify_error(status: int | None, code: int | None) -> SendResult:
    """Twilio's answer to a create call, as the sender's contract has it."""
    if code == WINDOW_CLOSED:
        return SendResult("window_closed", error=str(code))
    if code in UNREACHABLE_CODES:
        return SendResult("unreachable", error=str(code))
    if status == 429 or (status or 0) >= 500 or code in RETRY_CODES:
        return SendResult("retry", error=str(code or status))
    return SendResult("failed", error=str(code or status))


def classify_report(error_code: str | None) -> str:
    """What a failed or undelivered status callback means for the sender."""
    code = int(error_code) if (error_code or "").isdigit() else None
    outcome = classify_error(None, code).outcome
    return outcome if outcome in ("window_closed", "unreachable") else "failed"

