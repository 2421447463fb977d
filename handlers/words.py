"""Words people type instead of tapping: a plea for help, and (in answer to a question) the words
that mean one of its buttons, in the person's own language or English.

Word lists live in `locales/*/keywords.ftl`; matching is on whole words after folding (case,
accents, Arabic diacritics and letter variants, Turkish İ/ı: `bot.core.text.fold`).
"""
from __future__ import annotations

from bot.core.text import contains_phrase, fold
from handlers.base import Context


def is_plea(ctx: Context) -> bool:
    """True when the message asks for help or to be called ("ساعدني", "bel mij", "tawagan mo ako")."""
    assert ctx.inbound is not None
    folded = fold(ctx.inbound.text)
    return bool(folded) and any(contains_phrase(folded, phrase) for phrase in ctx.catalog.words(ctx.locale, "words-plea"))
