"""A fake Telegram Bot API server for tests: a small `ThreadingHTTPServer` on 127.0.0.1 (random
port, daemon thread) that speaks the real wire format, so the real python-telegram-bot client can be
pointed at it with `ApplicationBuilder().base_url(f"{fake.url}/bot").base_file_url(f"{fake.url}/file/bot")`.
It accepts form-encoded, JSON and multipart (upload) requests on `POST /bot{token}/{method}`, keeps
just enough state (messages per chat, polls, files, commands, webhook, pending updates) to answer like
Telegram, records every call in `calls`, builds incoming updates (`text_update`, `callback_update`,
`poll_answer_update`, ...) that PTB 22.8 parses, injects faults (`fail`, `delay`) and can enforce
scaled-down flood limits (`FloodLimits`), noting each breach in `violations`. Descriptions of errors
follow the real Bot API where known; the fake is stricter than nothing but looser than Telegram.

One file, so that a test imports one fake API whole (server, its state, its limits and faults,
and its helpers for building updates).
"""
from __future__ import annotations

import contextlib
import html
import itertools
import json
import math
import random
import socket
import re
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable

__all__ = ["Call", "FakeTelegram", "FloodLimits", "ApiError"]

# Methods whose successful call puts a new message in a chat.
SEND_METHODS = frozenset(
    {"sendmessage", "sendpoll", "sendvoice", "sendphoto", "sendaudio", "senddocument"}
)
# Methods counted by the flood limiter.
FLOOD_METHODS = SEND_METHODS | {"editmessagetext"}

# Parameters PTB sends as plain strings: never JSON-decode them (a text "123" must stay a string).
STRING_PARAMS = frozenset(
    {
        "text", "caption", "question", "explanation", "description", "short_description",
        "parse_mode", "caption_parse_mode", "question_parse_mode", "explanation_parse_mode",
        "description_parse_mode", "url", "secret_token", "ip_address", "language_code",
        "callback_query_id", "file_id", "voice", "photo", "audio", "document", "title",
        "performer", "filename", "business_connection_id", "message_effect_id",
        "inline_message_id", "name", "action",
    }
)

MEDIA_KINDS = {
    # method -> (parameter, file_path folder, extension, mime type)
    "sendvoice": ("voice", "voice", "oga", "audio/ogg"),
    "sendphoto": ("photo", "photos", "jpg", "image/jpeg"),
    "sendaudio": ("audio", "music", "mp3", "audio/mpeg"),
    "senddocument": ("document", "documents", "bin", "application/octet-stream"),
}

COMMAND_RE = re.compile(r"^[a-z0-9_]{1,32}$")
TAG_RE = re.compile(r"<[^>]*>")


@dataclass
class FloodLimits:
    """Sliding-window limits on message-producing calls (send* and editMessageText)."""

    overall: int = 30
    per_chat: int = 1
    window: float = 1.0


@dataclass
class Call:
    """One API call as the fake saw it. `params` are decoded (JSON values parsed); `files` holds
    uploaded bytes by form field name. `ok`, `status`, `result` and `error` are filled in once the
    call has been answered."""

    method: str
    params: dict[str, Any]
    chat_id: int | None
    at: float
    files: dict[str, bytes] = field(default_factory=dict)
    ok: bool = False
    status: int = 0
    result: Any = None
    error: str | None = None


class ApiError(Exception):
    """An error answer: HTTP status, description and optional `parameters`."""

    def __init__(self, status: int, description: str, parameters: dict | None = None):
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters


@dataclass
class _File:
    file_id: str
    file_unique_id: str
    data: bytes
    file_path: str


@dataclass
class _Fault:
    method: str
    status: int
    description: str
    parameters: dict | None
    times: int


@dataclass
class _Delay:
    method: str
    seconds: float
    times: int


def _bad(description: str) -> ApiError:
    return ApiError(400, f"Bad Request: {description}")


def _default_description(status: int, migrate: int | None, retry_after: int | None) -> str:
    if status == 429:
        return f"Too Many Requests: retry after {retry_after or 1}"
    if status == 403:
        return "Forbidden: bot was blocked by the user"
    if status == 400 and migrate is not None:
        return "Bad Request: group chat was upgraded to a supergroup chat"
    if status == 400:
        return "Bad Request"
    if status == 401:
        return "Unauthorized"
    if status == 404:
        return "Not Found"
    if status == 409:
        return "Conflict: terminated by other getUpdates request"
    if status == 500:
        return "Internal Server Error"
    if status == 502:
        return "Bad Gateway"
    return "Error"


def _decode_params(pairs: list[tuple[str, str]]) -> dict[str, Any]:
    params: dict[str, Any] = {}
    for key, value in pairs:
        if key in STRING_PARAMS:
            params[key] = value
            continue
        try:
            params[key] = json.loads(value)
        except (ValueError, TypeError):
            params[key] = value
    return params


def _parse_multipart(body: bytes, content_type: str) -> tuple[list[tuple[str, str]], dict[str, tuple[str | None, bytes]]]:
    """Split a multipart/form-data body into text fields and files (name -> (filename, bytes))."""
    match = re.search(r'boundary="?([^";]+)"?', content_type)
    if not match:
        raise _bad("invalid multipart body")
    delimiter = b"--" + match.group(1).encode("latin-1")
    fields: list[tuple[str, str]] = []
    files: dict[str, tuple[str | None, bytes]] = {}
    for part in body.split(delimiter)[1:]:
        if part.startswith(b"--"):
            break
        if part.startswith(b"\r\n"):
            part = part[2:]
        if part.endswith(b"\r\n"):
            part = part[:-2]
        head, _, content = part.partition(b"\r\n\r\n")
        disposition = ""
        for line in head.decode("utf-8", "replace").split("\r\n"):
            name, _, value = line.partition(":")
            if name.strip().lower() == "content-disposition":
                disposition = value
        attrs = dict(re.findall(r'(\w+\*?)="((?:[^"\\]|\\.)*)"', disposition))
        field_name = attrs.get("name")
        if field_name is None:
            continue
        if "filename" in attrs or "filename*" in attrs:
            files[field_name] = (attrs.get("filename"), content)
        else:
            fields.append((field_name, content.decode("utf-8")))
    return fields, files


class FakeTelegram:
    """The fake server. Use as a context manager or call `start()` / `stop()`."""

    def __init__(
        self,
        token: str = "123:TEST",
        username: str = "samen_test_bot",
        *,
        limits: FloodLimits | None = None,
    ):
        self.token = token
        self.username = username
        head = token.split(":", 1)[0]
        self.bot_id = int(head) if head.isdigit() else 123
        self.first_name = "Samen"
        self.limits = limits
        self.url = ""
        self.calls: list[Call] = []
        self.violations: list[str] = []
        self.webhook_url = ""
        self.webhook_secret: str | None = None
        self.webhook_allowed_updates: list[str] | None = None
        # (chat_id, message_id) -> message dict as the bot last left it
        self.messages: dict[tuple[int, int], dict] = {}
        # poll id -> {"chat_id", "message_id", "poll": dict, "votes": {user_id: [option ids]}}
        self.polls: dict[str, dict] = {}
        # (scope JSON with sorted keys, language_code) -> list of {"command", "description"}
        self.commands: dict[tuple[str, str], list[dict]] = {}
        self.callback_answers: list[dict] = []
        self._files: dict[str, _File] = {}
        self._files_by_path: dict[str, _File] = {}
        self._names: dict[int, str] = {}
        self._next_out: dict[int, int] = {}
        self._next_in: dict[int, int] = {}
        self._faults: list[_Fault] = []
        self._delays: list[_Delay] = []
        self._chaos: tuple | None = None
        self.chaos_log: list[tuple[str, int | None, bool]] = []
        self._sent_log: deque[tuple[float, int | None]] = deque()
        self._pending: list[dict] = []
        self._next_update_id = 1
        self._ids = itertools.count(1)
        self._lock = threading.RLock()
        self._updates_cv = threading.Condition(self._lock)
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> "FakeTelegram":
        if self._server is not None:
            return self
        fake = self

        class Handler(_Handler):
            pass

        Handler.fake = fake
        server = _Server(("127.0.0.1", 0), Handler)
        self._server = server
        self.url = f"http://127.0.0.1:{server.server_address[1]}"
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True,
            name="fake-telegram",
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
        with self._updates_cv:
            self._updates_cv.notify_all()

    def __enter__(self) -> "FakeTelegram":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # ------------------------------------------------------------------ inspection

    def calls_to(self, method: str, chat_id: int | None = None) -> list[Call]:
        want = method.lower()
        with self._lock:
            return [
                c for c in self.calls
                if c.method.lower() == want and (chat_id is None or c.chat_id == chat_id)
            ]

    def sent(self, chat_id: int | None = None) -> list[Call]:
        """Successful message-producing calls, optionally for one chat; `call.result` is the Message."""
        with self._lock:
            return [
                c for c in self.calls
                if c.ok and c.method.lower() in SEND_METHODS
                and (chat_id is None or c.chat_id == chat_id)
            ]

    def texts(self, chat_id: int | None = None) -> list[str]:
        """Texts (or captions / poll questions) of the messages sent, in order."""
        out = []
        for call in self.sent(chat_id):
            p = call.params
            out.append(p.get("text") or p.get("caption") or p.get("question") or "")
        return out

    def message(self, chat_id: int, message_id: int) -> dict | None:
        with self._lock:
            return self.messages.get((chat_id, message_id))

    def wait_for(self, predicate: Callable[[], bool], timeout: float = 5.0) -> bool:
        deadline = time.monotonic() + timeout
        while True:
            if predicate():
                return True
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.01)

    # ------------------------------------------------------------------ fault injection

    def fail(
        self,
        method: str,
        status: int,
        *,
        description: str | None = None,
        retry_after: int | None = None,
        migrate_to_chat_id: int | None = None,
        times: int = 1,
    ) -> None:
        parameters: dict[str, int] = {}
        if status == 429:
            parameters["retry_after"] = retry_after if retry_after is not None else 1
        elif retry_after is not None:
            parameters["retry_after"] = retry_after
        if migrate_to_chat_id is not None:
            parameters["migrate_to_chat_id"] = migrate_to_chat_id
        text = description or _default_description(status, migrate_to_chat_id, parameters.get("retry_after"))
        with self._lock:
            self._faults.append(_Fault(method.lower(), status, text, parameters or None, times))

    def chaos(self, rate: float, *, seed: int = 0, methods: tuple[str, ...] = ("sendmessage",),
              kinds: tuple[str, ...] = ("500", "429", "timeout", "reset"), timeout: float = 0.5) -> None:
        """From now on a `rate` share of calls to `methods` goes wrong at random (seeded): 500 and 429
        are answered before anything happens; a time-out (the answer comes `timeout` seconds late)
        or a connection reset (no answer at all) strikes before or, half the time, after the
        message was delivered. `chaos_log` lists (kind, chat id, delivered) per mishap."""
        with self._lock:
            self._chaos = (rate, random.Random(seed), tuple(m.lower() for m in methods), kinds, timeout)
            self.chaos_log: list[tuple[str, int | None, bool]] = []

    def delivered(self, method: str = "sendMessage") -> dict[int, int]:
        """How many messages each chat really got through `method` (answered or not)."""
        with self._lock:
            counts: dict[int, int] = {}
            for call in self.calls:
                if call.method.lower() == method.lower() and call.ok and call.chat_id is not None:
                    counts[call.chat_id] = counts.get(call.chat_id, 0) + 1
            return counts

    def delay(self, method: str, seconds: float, *, times: int = 1) -> None:
        with self._lock:
            self._delays.append(_Delay(method.lower(), seconds, times))

    def _take(self, queue: list, method: str):
        for item in queue:
            if item.method in (method, "*"):
                item.times -= 1
                if item.times <= 0:
                    queue.remove(item)
                return item
        return None

    # ------------------------------------------------------------------ files

    def add_file(self, file_id: str, data: bytes, file_path: str | None = None) -> None:
        with self._lock:
            self._register_file(file_id, data, file_path or f"documents/{file_id}")

    def _register_file(self, file_id: str, data: bytes, file_path: str) -> _File:
        old = self._files.get(file_id)
        unique = old.file_unique_id if old else f"U{next(self._ids):08d}"
        rec = _File(file_id, unique, data, file_path)
        self._files[file_id] = rec
        self._files_by_path[file_path] = rec
        return rec

    def file_bytes(self, file_id: str) -> bytes | None:
        rec = self._files.get(file_id)
        return rec.data if rec else None

    # ------------------------------------------------------------------ update builders

    def push_update(self, update: dict) -> dict:
        with self._updates_cv:
            if "update_id" not in update:
                update["update_id"] = self._next_update_id
            self._next_update_id = max(self._next_update_id, int(update["update_id"]) + 1)
            self._pending.append(update)
            self._updates_cv.notify_all()
        return update

    def _new_update(self, **body: Any) -> dict:
        with self._lock:
            update_id = self._next_update_id
            self._next_update_id += 1
        return {"update_id": update_id, **body}

    def _user(self, user_id: int, first_name: str = "Test", language_code: str | None = None) -> dict:
        user = {"id": user_id, "is_bot": False, "first_name": first_name}
        if language_code:
            user["language_code"] = language_code
        return user

    def _bot_user(self) -> dict:
        return {"id": self.bot_id, "is_bot": True, "first_name": self.first_name, "username": self.username}

    def _chat(self, chat_id: int) -> dict:
        if chat_id < 0:
            kind = "supergroup" if str(chat_id).startswith("-100") else "group"
            return {"id": chat_id, "type": kind, "title": f"Group {chat_id}"}
        return {"id": chat_id, "type": "private", "first_name": self._names.get(chat_id, "Test")}

    def _incoming(self, chat_id: int, first_name: str, language_code: str | None = None, **content: Any) -> dict:
        """A message from the user `chat_id` in their private chat with the bot. Incoming ids use
        their own counter (from 100001) so the bot's own message ids stay 1, 2, 3... per chat."""
        with self._lock:
            self._names[chat_id] = first_name
            message_id = self._next_in.get(chat_id, 100_001)
            self._next_in[chat_id] = message_id + 1
        return {
            "message_id": message_id,
            "from": self._user(chat_id, first_name, language_code),
            "chat": self._chat(chat_id),
            "date": int(time.time()),
            **content,
        }

    def text_update(
        self,
        chat_id: int,
        text: str,
        *,
        first_name: str = "Test",
        language_code: str | None = None,
        reply_to_message_id: int | None = None,
    ) -> dict:
        content: dict[str, Any] = {"text": text}
        if text.startswith("/"):
            command = text.split(maxsplit=1)[0] if text.strip() else text
            content["entities"] = [
                {"type": "bot_command", "offset": 0, "length": len(command.encode("utf-16-le")) // 2}
            ]
        if reply_to_message_id is not None:
            with self._lock:
                replied = self.messages.get((chat_id, reply_to_message_id))
            content["reply_to_message"] = dict(replied) if replied else {
                "message_id": reply_to_message_id,
                "from": self._bot_user(),
                "chat": self._chat(chat_id),
                "date": int(time.time()),
            }
        message = self._incoming(chat_id, first_name, language_code, **content)
        return self._new_update(message=message)

    def callback_update(self, chat_id: int, message_id: int, data: str, *, first_name: str = "Test") -> dict:
        with self._lock:
            self._names.setdefault(chat_id, first_name)
            remembered = self.messages.get((chat_id, message_id))
            query_id = str(next(self._ids) + 7_000_000)
        message = dict(remembered) if remembered else {
            "message_id": message_id,
            "from": self._bot_user(),
            "chat": self._chat(chat_id),
            "date": int(time.time()),
        }
        query = {
            "id": query_id,
            "from": self._user(chat_id, first_name),
            "chat_instance": f"ci{chat_id}",
            "message": message,
            "data": data,
        }
        return self._new_update(callback_query=query)

    def voice_update(self, chat_id: int, file_id: str, *, duration: int = 5, data: bytes = b"OggS...") -> dict:
        with self._lock:
            rec = self._register_file(file_id, data, f"voice/file_{next(self._ids)}.oga")
        voice = {
            "file_id": file_id, "file_unique_id": rec.file_unique_id, "duration": duration,
            "mime_type": "audio/ogg", "file_size": len(data),
        }
        return self._new_update(message=self._incoming(chat_id, "Test", voice=voice))

    def photo_update(self, chat_id: int, file_id: str, *, caption: str | None = None, data: bytes = b"\xff\xd8...") -> dict:
        with self._lock:
            rec = self._register_file(file_id, data, f"photos/file_{next(self._ids)}.jpg")
        content: dict[str, Any] = {"photo": [{
            "file_id": file_id, "file_unique_id": rec.file_unique_id, "width": 1280, "height": 960,
            "file_size": len(data),
        }]}
        if caption is not None:
            content["caption"] = caption
        return self._new_update(message=self._incoming(chat_id, "Test", **content))

    def contact_update(self, chat_id: int, phone_number: str, *, user_id: int | None = None) -> dict:
        contact = {
            "phone_number": phone_number,
            "first_name": self._names.get(chat_id, "Test"),
            "user_id": chat_id if user_id is None else user_id,
        }
        return self._new_update(message=self._incoming(chat_id, self._names.get(chat_id, "Test"), contact=contact))

    def poll_answer_update(self, poll_id: str, user_id: int, option_ids: list[int]) -> dict:
        with self._lock:
            entry = self.polls.get(poll_id)
            if entry is not None:
                options = entry["poll"]["options"]
                persistent = [options[i]["persistent_id"] for i in option_ids if 0 <= i < len(options)]
                entry["votes"][user_id] = list(option_ids)
                self._recount(entry)
            else:
                persistent = [f"o{i}" for i in option_ids]
        answer = {
            "poll_id": poll_id,
            "user": self._user(user_id, self._names.get(user_id, "Test")),
            "option_ids": list(option_ids),
            "option_persistent_ids": persistent,
        }
        return self._new_update(poll_answer=answer)

    def _recount(self, entry: dict) -> None:
        poll = entry["poll"]
        for option in poll["options"]:
            option["voter_count"] = 0
        voters = 0
        for chosen in entry["votes"].values():
            if chosen:
                voters += 1
            for i in chosen:
                if 0 <= i < len(poll["options"]):
                    poll["options"][i]["voter_count"] += 1
        poll["total_voter_count"] = voters

    def deliver(self, update: dict, url: str | None = None, *, secret: str | None = None, timeout: float = 5.0,
                body: bytes | None = None) -> int:
        """POST an update to the webhook (default: the one set with setWebhook) like Telegram does,
        with the secret header if one was set; returns the HTTP status.  `body`: these bytes instead
        of the update as `json.dumps` writes it."""
        target = url or self.webhook_url
        if not target:
            raise RuntimeError("no webhook url set")
        headers = {"Content-Type": "application/json"}
        token = secret if secret is not None else self.webhook_secret
        if token:
            headers["X-Telegram-Bot-Api-Secret-Token"] = token
        data = body if body is not None else json.dumps(update).encode()
        request = urllib.request.Request(target, data=data, headers=headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                return response.status
        except urllib.error.HTTPError as exc:
            return exc.code

    # ------------------------------------------------------------------ request handling

    def _handle_api(self, token: str, method: str, params: dict, files: dict[str, tuple[str | None, bytes]]) -> tuple[int, dict, float]:
        """Returns (status, body, delay seconds)."""
        chat_id = params.get("chat_id")
        if isinstance(chat_id, str):
            try:
                chat_id = int(chat_id)
            except ValueError:
                chat_id = None
        elif not isinstance(chat_id, int) or isinstance(chat_id, bool):
            chat_id = None
        call = Call(method, params, chat_id, time.monotonic(), {k: v[1] for k, v in files.items()})
        key = method.lower()
        with self._lock:
            self.calls.append(call)
            pause = 0.0
            mishap, after = None, False
            if self._chaos is not None and key in self._chaos[2] and self._chaos[1].random() < self._chaos[0]:
                mishap, after = self._chaos[1].choice(self._chaos[3]), self._chaos[1].random() < 0.5
            try:
                if mishap in ("500", "429"):
                    self.chaos_log.append((mishap, chat_id, False))
                    raise ApiError(int(mishap), "Internal Server Error" if mishap == "500" else
                                   "Too Many Requests: retry after 1", {"retry_after": 1} if mishap == "429" else None)
                if mishap is not None and not after:
                    self.chaos_log.append((mishap, chat_id, False))
                    return 0, {}, -1.0 if mishap == "reset" else self._chaos[4]
                if token != self.token:
                    raise ApiError(401, "Unauthorized")
                handler = getattr(self, f"_m_{key}", None)
                if handler is None:
                    raise ApiError(404, "Not Found")
                fault = self._take(self._faults, key)
                if fault is not None:
                    raise ApiError(fault.status, fault.description, fault.parameters)
                if key in FLOOD_METHODS and self.limits is not None:
                    self._check_flood(call)
                if key == "getupdates":
                    # long polling waits outside the handler's normal flow
                    result = self._get_updates(params)
                else:
                    result = handler(params, files, call)
                if key in FLOOD_METHODS:
                    self._sent_log.append((call.at, chat_id))
                call.ok, call.status, call.result = True, 200, result
                body = {"ok": True, "result": result}
            except ApiError as exc:
                call.status, call.error = exc.status, exc.description
                body = {"ok": False, "error_code": exc.status, "description": exc.description}
                if exc.parameters:
                    body["parameters"] = exc.parameters
            delay = self._take(self._delays, key) if call.status != 401 else None
            if delay is not None:
                pause = delay.seconds
            if mishap is not None and after:
                self.chaos_log.append((mishap, chat_id, call.ok))
                return call.status, body, -1.0 if mishap == "reset" else self._chaos[4]
        return call.status, body, pause

    def _check_flood(self, call: Call) -> None:
        limits = self.limits
        assert limits is not None
        now = call.at
        while self._sent_log and self._sent_log[0][0] <= now - limits.window:
            self._sent_log.popleft()
        # NOTE: calls are handled in threads, so the log is not quite in arrival order: count what
        # arrived within the window before this one (not what arrived after it)
        recent = [chat for at, chat in self._sent_log if now - limits.window < at <= now]
        total = len(recent)
        to_chat = sum(1 for chat in recent if chat == call.chat_id)
        breach = None
        if total >= limits.overall:
            breach = f"{call.method}: more than {limits.overall} messages in {limits.window}s overall"
        elif call.chat_id is not None and to_chat >= limits.per_chat:
            breach = f"{call.method}: more than {limits.per_chat} messages in {limits.window}s to chat {call.chat_id}"
        if breach:
            self.violations.append(breach)
            retry = max(1, math.ceil(limits.window))
            raise ApiError(429, f"Too Many Requests: retry after {retry}", {"retry_after": retry})

    def _get_updates(self, params: dict) -> list[dict]:
        if self.webhook_url:
            raise ApiError(409, "Conflict: can't use getUpdates method while webhook is active; "
                                "use deleteWebhook to delete the webhook first")
        offset = int(params.get("offset") or 0)
        limit = max(1, min(100, int(params.get("limit") or 100)))
        wait = min(float(params.get("timeout") or 0), 2.0)
        deadline = time.monotonic() + wait
        allowed = params.get("allowed_updates") or None
        while True:
            if offset > 0:
                self._pending = [u for u in self._pending if u["update_id"] >= offset]
            elif offset < 0:
                self._pending = self._pending[offset:]
            ready = [
                u for u in self._pending
                if not allowed or any(kind in u for kind in allowed)
            ][:limit]
            remaining = deadline - time.monotonic()
            if ready or remaining <= 0 or self._server is None:
                return ready
            self._updates_cv.wait(remaining)

    # ------------------------------------------------------------------ helpers for methods

    def _require_chat(self, call: Call) -> int:
        if call.chat_id is None:
            raise _bad("chat not found")
        return call.chat_id

    def _check_text(self, text: Any, kind: str = "text") -> str:
        if not isinstance(text, str):
            text = "" if text is None else str(text)
        if kind == "text":
            if not text.strip():
                raise _bad("message text is empty")
            if len(text) > 4096:
                raise _bad("message is too long")
        elif len(text) > 1024:
            raise _bad("message caption is too long")
        return text

    @staticmethod
    def _visible(text: str, parse_mode: Any) -> str:
        if isinstance(parse_mode, str) and parse_mode.upper() == "HTML":
            return html.unescape(TAG_RE.sub("", text))
        return text

    def _markup(self, params: dict) -> dict | None:
        markup = params.get("reply_markup")
        if isinstance(markup, str):
            try:
                markup = json.loads(markup)
            except ValueError:
                raise _bad("can't parse reply keyboard markup JSON object") from None
        if not isinstance(markup, dict):
            return None
        for row in markup.get("inline_keyboard", []):
            for button in row:
                data = button.get("callback_data")
                if data is not None and not 1 <= len(str(data).encode()) <= 64:
                    raise _bad("BUTTON_DATA_INVALID")
                if not button.get("text"):
                    raise _bad("text buttons are unallowed in the inline keyboard")
        # Telegram only echoes inline keyboards in Message.reply_markup (PTB parses it as one).
        return markup if "inline_keyboard" in markup else None

    def _new_message(self, chat_id: int, params: dict, **content: Any) -> dict:
        message_id = self._next_out.get(chat_id, 1)
        self._next_out[chat_id] = message_id + 1
        message: dict[str, Any] = {
            "message_id": message_id,
            "from": self._bot_user(),
            "chat": self._chat(chat_id),
            "date": int(time.time()),
            **content,
        }
        reply = params.get("reply_parameters")
        reply_id = reply.get("message_id") if isinstance(reply, dict) else params.get("reply_to_message_id")
        if isinstance(reply_id, int) and (chat_id, reply_id) in self.messages:
            message["reply_to_message"] = dict(self.messages[(chat_id, reply_id)])
        markup = self._markup(params)
        if markup is not None:
            message["reply_markup"] = markup
        self.messages[(chat_id, message_id)] = message
        return message

    def _find_message(self, params: dict, call: Call, missing: str) -> dict:
        if call.chat_id is None or not isinstance(params.get("message_id"), int):
            raise _bad(missing)
        message = self.messages.get((call.chat_id, params["message_id"]))
        if message is None:
            raise _bad(missing)
        return message

    # ------------------------------------------------------------------ methods

    def _m_getme(self, params, files, call):
        return {
            **self._bot_user(),
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

    def _m_setwebhook(self, params, files, call):
        url = params.get("url") or ""
        secret = params.get("secret_token")
        if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", str(secret)):
            raise _bad("secret token contains unallowed characters")
        self.webhook_url = url
        self.webhook_secret = secret if url else None
        self.webhook_allowed_updates = params.get("allowed_updates")
        if params.get("drop_pending_updates"):
            self._pending.clear()
        return True

    def _m_deletewebhook(self, params, files, call):
        self.webhook_url = ""
        self.webhook_secret = None
        if params.get("drop_pending_updates"):
            self._pending.clear()
        return True

    def _m_getwebhookinfo(self, params, files, call):
        info: dict[str, Any] = {
            "url": self.webhook_url,
            "has_custom_certificate": False,
            "pending_update_count": len(self._pending),
        }
        if self.webhook_allowed_updates:
            info["allowed_updates"] = self.webhook_allowed_updates
        return info

    def _m_getupdates(self, params, files, call):  # handled in _handle_api (long polling)
        return self._get_updates(params)

    def _m_sendmessage(self, params, files, call):
        chat_id = self._require_chat(call)
        text = self._check_text(params.get("text"))
        return self._new_message(chat_id, params, text=self._visible(text, params.get("parse_mode")))

    def _m_editmessagetext(self, params, files, call):
        if params.get("inline_message_id"):
            return True
        message = self._find_message(params, call, "message to edit not found")
        text = self._visible(self._check_text(params.get("text")), params.get("parse_mode"))
        markup = self._markup(params)
        if text == message.get("text") and markup == message.get("reply_markup"):
            raise _bad("message is not modified: specified new message content and reply markup "
                       "are exactly the same as a current content and reply markup of the message")
        message["text"] = text
        # like Telegram: an edit without reply_markup removes the inline keyboard
        message.pop("reply_markup", None)
        if markup is not None:
            message["reply_markup"] = markup
        message["edit_date"] = int(time.time())
        return dict(message)

    def _m_editmessagereplymarkup(self, params, files, call):
        if params.get("inline_message_id"):
            return True
        message = self._find_message(params, call, "message to edit not found")
        markup = self._markup(params)
        if markup == message.get("reply_markup"):
            raise _bad("message is not modified: specified new message content and reply markup "
                       "are exactly the same as a current content and reply markup of the message")
        message.pop("reply_markup", None)
        if markup is not None:
            message["reply_markup"] = markup
        message["edit_date"] = int(time.time())
        return dict(message)

    def _m_deletemessage(self, params, files, call):
        message = self._find_message(params, call, "message to delete not found")
        del self.messages[(message["chat"]["id"], message["message_id"])]
        return True

    def _m_answercallbackquery(self, params, files, call):
        if not params.get("callback_query_id"):
            raise _bad("query is too old and response timeout expired or query ID is invalid")
        self.callback_answers.append(dict(params))
        return True

    def _m_sendchataction(self, params, files, call):
        self._require_chat(call)
        return True

    def _m_sendpoll(self, params, files, call):
        chat_id = self._require_chat(call)
        question = params.get("question")
        if not isinstance(question, str) or not question.strip():
            raise _bad("poll question must be non-empty")
        if len(question) > 300:
            raise _bad("poll question length must not exceed 300")
        raw = params.get("options")
        if not isinstance(raw, list) or not raw:
            raise _bad("poll must have at least 1 option")
        if len(raw) > 12:
            raise _bad("poll can't have more than 12 options")
        texts = [o.get("text", "") if isinstance(o, dict) else str(o) for o in raw]
        if any(not t or len(t) > 100 for t in texts):
            raise _bad("poll options length must not exceed 100")
        poll_id = str(5_000_000_000_000_000_000 + next(self._ids))
        poll = {
            "id": poll_id,
            "question": question,
            "options": [
                {"text": t, "voter_count": 0, "persistent_id": f"o{i}"} for i, t in enumerate(texts)
            ],
            "total_voter_count": 0,
            "is_closed": bool(params.get("is_closed", False)),
            "is_anonymous": bool(params.get("is_anonymous", True)),
            "type": params.get("type") or "regular",
            "allows_multiple_answers": bool(params.get("allows_multiple_answers", False)),
            "allows_revoting": bool(params.get("allows_revoting", True)),
            "members_only": bool(params.get("members_only", False)),
        }
        if isinstance(params.get("open_period"), int):
            poll["open_period"] = params["open_period"]
        if isinstance(params.get("close_date"), int):
            poll["close_date"] = params["close_date"]
        message = self._new_message(chat_id, params, poll=poll)
        self.polls[poll_id] = {"chat_id": chat_id, "message_id": message["message_id"], "poll": poll, "votes": {}}
        return dict(message)

    def _m_stoppoll(self, params, files, call):
        message = self._find_message(params, call, "message with poll to stop not found")
        poll = message.get("poll")
        if poll is None:
            raise _bad("message with poll to stop not found")
        if poll["is_closed"]:
            raise _bad("poll has already been closed")
        poll["is_closed"] = True
        markup = self._markup(params)
        message.pop("reply_markup", None)
        if markup is not None:
            message["reply_markup"] = markup
        return json.loads(json.dumps(poll))

    def _media(self, key: str, params: dict, files: dict) -> tuple[_File, dict]:
        param, folder, ext, mime = MEDIA_KINDS[key]
        value = params.get(param)
        upload = None
        if param in files:
            upload = files[param]
        elif isinstance(value, str) and value.startswith("attach://") and value[9:] in files:
            upload = files[value[9:]]
        if upload is not None:
            filename, data = upload
            n = next(self._ids)
            rec = self._register_file(f"F{key[4:]}{n:06d}", data, f"{folder}/file_{n}.{ext}")
            return rec, {"file_name": filename} if filename else {}
        if isinstance(value, str) and value.startswith(("http://", "https://")):
            n = next(self._ids)
            return self._register_file(f"F{key[4:]}{n:06d}", b"", f"{folder}/file_{n}.{ext}"), {}
        if isinstance(value, str) and value in self._files:
            return self._files[value], {}
        raise _bad("wrong file identifier/HTTP URL specified")

    def _send_media(self, key: str, params: dict, files: dict, call: Call) -> dict:
        chat_id = self._require_chat(call)
        rec, extra = self._media(key, params, files)
        _, _, _, mime = MEDIA_KINDS[key]
        base = {"file_id": rec.file_id, "file_unique_id": rec.file_unique_id, "file_size": len(rec.data)}
        duration = params.get("duration") if isinstance(params.get("duration"), int) else 1
        if key == "sendvoice":
            content: dict[str, Any] = {"voice": {**base, "duration": duration, "mime_type": mime}}
        elif key == "sendaudio":
            audio = {**base, "duration": duration, "mime_type": mime, **extra}
            for name in ("title", "performer"):
                if params.get(name):
                    audio[name] = params[name]
            content = {"audio": audio}
        elif key == "sendphoto":
            content = {"photo": [{**base, "width": 1280, "height": 960}]}
        else:
            content = {"document": {**base, "mime_type": mime, "file_name": extra.get("file_name", "file.bin")}}
        if params.get("caption"):
            caption = self._check_text(params["caption"], "caption")
            content["caption"] = self._visible(caption, params.get("parse_mode"))
        return self._new_message(chat_id, params, **content)

    def _m_sendvoice(self, params, files, call):
        return self._send_media("sendvoice", params, files, call)

    def _m_sendphoto(self, params, files, call):
        return self._send_media("sendphoto", params, files, call)

    def _m_sendaudio(self, params, files, call):
        return self._send_media("sendaudio", params, files, call)

    def _m_senddocument(self, params, files, call):
        return self._send_media("senddocument", params, files, call)

    def _m_getfile(self, params, files, call):
        rec = self._files.get(str(params.get("file_id")))
        if rec is None:
            raise _bad("invalid file_id")
        return {
            "file_id": rec.file_id, "file_unique_id": rec.file_unique_id,
            "file_size": len(rec.data), "file_path": rec.file_path,
        }

    @staticmethod
    def _command_key(params: dict) -> tuple[str, str]:
        scope = params.get("scope") or {"type": "default"}
        return json.dumps(scope, sort_keys=True), str(params.get("language_code") or "")

    def commands_for(self, scope: dict | None = None, language_code: str = "") -> list[dict] | None:
        """The commands set for a scope (a dict like {"type": "chat", "chat_id": 5}) and language."""
        key = self._command_key({"scope": scope, "language_code": language_code})
        with self._lock:
            return self.commands.get(key)

    def _m_setmycommands(self, params, files, call):
        commands = params.get("commands")
        if not isinstance(commands, list) or len(commands) > 100:
            raise _bad("commands must be a list of at most 100 commands")
        for command in commands:
            if not COMMAND_RE.fullmatch(str(command.get("command", ""))):
                raise _bad("BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", ""))) <= 256:
                raise _bad("command description is empty or too long")
        language = str(params.get("language_code") or "")
        if language and not re.fullmatch(r"[a-z]{2}", language):
            raise _bad("invalid language code specified")
        self.commands[self._command_key(params)] = [
            {"command": c["command"], "description": c["description"]} for c in commands
        ]
        return True

    def _m_deletemycommands(self, params, files, call):
        self.commands.pop(self._command_key(params), None)
        return True

    def _m_getmycommands(self, params, files, call):
        return list(self.commands.get(self._command_key(params), []))

    def _m_close(self, params, files, call):
        return True

    def _m_logout(self, params, files, call):
        return True

    # ------------------------------------------------------------------ file downloads

    def _download(self, token: str, file_path: str) -> tuple[int, bytes]:
        with self._lock:
            rec = self._files_by_path.get(file_path)
        if token != self.token or rec is None:
            return 404, json.dumps({"ok": False, "error_code": 404, "description": "Not Found"}).encode()
        return 200, rec.data


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def handle_error(self, request, client_address):  # noqa: D401 - quiet about clients that hung up
        import sys

        exc = sys.exc_info()[1]
        if isinstance(exc, (ConnectionError, TimeoutError)):
            return
        super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = 30
    fake: FakeTelegram

    def log_message(self, format: str, *args: Any) -> None:  # silence the default stderr log
        pass

    def setup(self) -> None:
        super().setup()
        # NOTE: headers and body leave in two writes; without TCP_NODELAY, Nagle's algorithm and the
        # client's delayed ACK add ~40 ms to every answer on a kept-alive connection.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def _read_body(self) -> bytes:
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            chunks = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    break
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
            return b"".join(chunks)
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _send(self, status: int, body: bytes, content_type: str = "application/json") -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            self.wfile.flush()
        except (ConnectionError, TimeoutError, OSError):
            self.close_connection = True

    def _json(self, status: int, body: dict) -> None:
        self._send(status, json.dumps(body).encode())

    def _route(self) -> tuple[str, str, str] | None:
        path = urllib.parse.urlsplit(self.path).path
        if path.startswith("/file/bot"):
            token, _, rest = path[len("/file/bot"):].partition("/")
            return "file", urllib.parse.unquote(token), urllib.parse.unquote(rest)
        if path.startswith("/bot"):
            token, _, method = path[len("/bot"):].partition("/")
            return "api", urllib.parse.unquote(token), method.strip("/")
        return None

    def do_GET(self) -> None:  # noqa: N802
        route = self._route()
        if route and route[0] == "file":
            status, data = self.fake._download(route[1], route[2])
            self._send(status, data, "application/octet-stream" if status == 200 else "application/json")
            return
        if route and route[0] == "api":
            query = urllib.parse.parse_qsl(urllib.parse.urlsplit(self.path).query, keep_blank_values=True)
            self._api(route[1], route[2], _decode_params(query), {})
            return
        self._json(404, {"ok": False, "error_code": 404, "description": "Not Found"})

    def do_POST(self) -> None:  # noqa: N802
        body = self._read_body()
        route = self._route()
        if not route or route[0] != "api":
            self._json(404, {"ok": False, "error_code": 404, "description": "Not Found"})
            return
        content_type = self.headers.get("Content-Type") or ""
        files: dict[str, tuple[str | None, bytes]] = {}
        try:
            if content_type.startswith("multipart/form-data"):
                fields, files = _parse_multipart(body, content_type)
                params = _decode_params(fields)
            elif content_type.startswith("application/json"):
                params = json.loads(body or b"{}")
            else:
                query = urllib.parse.urlsplit(self.path).query
                pairs = urllib.parse.parse_qsl(query, keep_blank_values=True)
                pairs += urllib.parse.parse_qsl(body.decode("utf-8"), keep_blank_values=True)
                params = _decode_params(pairs)
        except (ApiError, ValueError, UnicodeDecodeError) as exc:
            self._json(400, {"ok": False, "error_code": 400, "description": f"Bad Request: {exc}"})
            return
        self._api(route[1], route[2], params, files)

    def _api(self, token: str, method: str, params: dict, files: dict) -> None:
        status, body, pause = self.fake._handle_api(token, method, params, files)
        if pause < 0:  # chaos: the connection drops without an answer
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)
            return
        if pause > 0:
            time.sleep(pause)
        if status == 0:  # chaos: a time-out before anything happened; the late answer is an error
            status, body = 504, {"ok": False, "error_code": 504, "description": "Gateway Timeout"}
        self._json(status, body)
