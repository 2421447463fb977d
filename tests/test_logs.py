"""Logs redact phone numbers, bot tokens, secrets and link tokens, whoever logs them."""
from __future__ import annotations

import io
import logging

from bot.logs import RedactingFilter, redact


def test_numbers_and_tokens_are_redacted() -> None:
    line = ("POST https://api.telegram.org/bot123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/sendMessage to "
            "whatsapp:+31612345678 and 06-12345678, token /media/Abc_def-1234567890xyz, "
            "https://t.me/samen_bot?start=AB3CD4EF auth 0123456789abcdef0123456789abcdef, "
            '"GET /login/Qx7_kd-2mZpL0aa9rT HTTP/1.1" 303')
    out = redact(line)
    for secret in ("AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw", "31612345678", "12345678", "Abc_def-1234567890xyz",
                   "AB3CD4EF", "0123456789abcdef0123456789abcdef", "Qx7_kd-2mZpL0aa9rT"):
        assert secret not in out, secret
    assert "[number]" in out and "[bot-token]" in out and "/media/[token]" in out and "/login/[token]" in out
    assert redact("member 12 joined group 3 at 10:30") == "member 12 joined group 3 at 10:30"


def test_the_filter_redacts_arguments_and_tracebacks() -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactingFilter())
    logger = logging.getLogger("samen.test.redaction")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        logger.warning("sending to %s failed", "whatsapp:+31687654321")
        try:
            raise ValueError("bad number +31687654321")
        except ValueError:
            logger.exception("it broke")
    finally:
        logger.removeHandler(handler)
    text = stream.getvalue()
    assert "31687654321" not in text and text.count("[number]") >= 2 and "ValueError" in text
