"""Configuration from the environment; the names are fixed by the architecture page."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Mapping

from pathlib import Path

from sqlalchemy.engine import make_url

from storage.db import normalize_url


@dataclass(frozen=True)
class Config:
    database_url: str = field(default_factory=lambda: normalize_url(None))
    timezone: str = "Europe/Amsterdam"
    public_url: str | None = None
    port: int = 8000
    telegram_bot_token: str | None = None
    telegram_api_url: str = "https://api.telegram.org/bot"
    telegram_file_url: str = "https://api.telegram.org/file/bot"
    telegram_webhook_secret: str | None = None
    twilio_account_sid: str | None = None
    twilio_auth_token: str | None = None
    twilio_whatsapp_from: str | None = None
    twilio_api_url: str = "https://api.twilio.com"
    twilio_sms_from: str | None = None
    twilio_voice_from: str | None = None  # the number reminder calls come from (default: TWILIO_SMS_FROM)
    calls_per_second: float = 1.0  # Twilio places an account's calls at 1 a second unless raised
    phone_limit: int = 400  # an organisation's calls plus SMS segments a month, unless set for it
    retention_months: int = 12  # personal data of members inactive this long is erased (0: never)
    data_dir: str | None = None  # files samen keeps (the voice notes it spoke); default: beside the SQLite file
    secret_key: str | None = None  # signs the web page's cookie; default: made once and kept in the database
    pacing_scale: float = 1.0  # >1 runs the platforms' pacing faster: only against fake APIs (tests, benches)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> "Config":
        env = os.environ if env is None else env

        def get(name: str) -> str | None:
            value = env.get(name, "").strip()
            return value or None

        retention = get("SAMEN_RETENTION_MONTHS") or "12"
        if not retention.isdigit():
            raise ValueError(f"SAMEN_RETENTION_MONTHS must be a whole number of months, not {retention!r}")
        def positive(name: str, default: str, example: str) -> float:
            try:
                value = float(get(name) or default)
            except ValueError:
                raise ValueError(f"{name} must be a number such as {example}") from None
            if value <= 0:
                raise ValueError(f"{name} must be above 0")
            return value

        scale = positive("SAMEN_PACING_SCALE", "1", "10")
        port = get("PORT") or "8000"
        calls_per_second = positive("TWILIO_CALLS_PER_SECOND", "1", "1")
        phone_limit = get("SAMEN_PHONE_LIMIT") or "400"
        if not phone_limit.isdigit():
            raise ValueError(f"SAMEN_PHONE_LIMIT must be a whole number of calls and SMS segments, not {phone_limit!r}")
        if not port.isdigit():
            raise ValueError(f"PORT must be a number, not {port!r}")
        return cls(
            database_url=normalize_url(get("DATABASE_URL")),
            timezone=get("SAMEN_TIMEZONE") or "Europe/Amsterdam",
            public_url=(get("SAMEN_PUBLIC_URL") or "").rstrip("/") or None,
            port=int(port),
            telegram_bot_token=get("TELEGRAM_BOT_TOKEN"),
            telegram_api_url=get("TELEGRAM_API_URL") or cls.telegram_api_url,
            telegram_file_url=get("TELEGRAM_FILE_URL") or cls.telegram_file_url,
            telegram_webhook_secret=get("TELEGRAM_WEBHOOK_SECRET"),
            twilio_account_sid=get("TWILIO_ACCOUNT_SID"),
            twilio_auth_token=get("TWILIO_AUTH_TOKEN"),
            twilio_whatsapp_from=get("TWILIO_WHATSAPP_FROM"),
            twilio_api_url=get("TWILIO_API_URL") or cls.twilio_api_url,
            twilio_sms_from=get("TWILIO_SMS_FROM"),
            twilio_voice_from=get("TWILIO_VOICE_FROM"),
            calls_per_second=calls_per_second,
            phone_limit=int(phone_limit),
            retention_months=int(retention),
            data_dir=get("SAMEN_DATA_DIR"),
            secret_key=get("SAMEN_SECRET_KEY"),
            pacing_scale=scale,
        )

    @property
    def data_folder(self) -> Path:
        """Where samen keeps its files: SAMEN_DATA_DIR, else the SQLite database's folder, else ./data."""
        if self.data_dir:
            return Path(self.data_dir)
        url = make_url(self.database_url)
        if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
            return Path(url.database).resolve().parent
        return Path("data")

    @property
    def web_url(self) -> str:
        """Where the web page is reached: SAMEN_PUBLIC_URL, else this machine on PORT."""
        return self.public_url or f"http://127.0.0.1:{self.port}"

    @property
    def has_telegram(self) -> bool:
        return bool(self.telegram_bot_token)

    @property
    def has_sms(self) -> bool:
        return bool(self.twilio_account_sid and self.twilio_auth_token and self.twilio_sms_from)

    @property
    def has_voice(self) -> bool:
        """Reminder calls: Twilio fetches what a call says from SAMEN_PUBLIC_URL, so it needs one."""
        return bool(self.twilio_account_sid and self.twilio_auth_token and self.public_url
                    and (self.twilio_voice_from or self.twilio_sms_from))

    @property
    def has_whatsapp(self) -> bool:
        return bool(self.twilio_account_sid and self.twilio_auth_token and self.twilio_whatsapp_from)
