"""Logging set-up with redaction: phone numbers, bot tokens, Twilio credentials and the tokens in
media and calendar links never reach a log line, whatever a library prints.

`RedactingFilter` rewrites each record's final message (after %-formatting); `setup_logging`
puts it on the root handler, so records of every library pass through it.
"""
from __future__ import annotations

import logging
import re

_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # Telegram bot tokens (123456789:AA…), also inside Bot API URLs
    (re.compile(r"(?<!\d)\d{5,}:[A-Za-z0-9_-]{30,}"), "[bot-token]"),
    # tokens of our own links: /media/<token>, /calendar/<token>.ics, /login/<token>, ?start=CODE
    (re.compile(r"(/media/|/calendar/|/login/)[A-Za-z0-9_-]{8,}"), r"\1[token]"),
    (re.compile(r"([?&](?:start|token|secret)=)[^&\s]+"), r"\1[token]"),
    # Twilio auth tokens and other 32-hex secrets
    (re.compile(r"\b[0-9a-f]{32}\b"), "[secret]"),
    # phone numbers: +31 6 12345678, whatsapp:+316…, 0031…, 06-12345678 (8+ digits in one run)
    (re.compile(r"(?:whatsapp:|sms:|tel:)?\+?\d(?:[\s().-]?\d){7,}"), "[number]"),
)


def redact(text: str) -> str:
    """The text with numbers, tokens and secrets replaced by placeholders."""
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class RedactingFilter(logging.Filter):
    """Redacts the formatted message (and exception text) of every record it sees."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: keep the raw template
            message = str(record.msg)
        redacted = redact(message)
        if redacted != message or record.args:
            record.msg, record.args = redacted, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


def setup_logging(level: int = logging.WARNING) -> None:
    """Root logging with the redacting filter on every root handler."""
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    install(logging.getLogger())


def install(logger: logging.Logger) -> None:
    """Put the redacting filter on every handler of `logger` (idempotent)."""
    for handler in logger.handlers:
        if not any(isinstance(f, RedactingFilter) for f in handler.filters):
            handler.addFilter(RedactingFilter())
