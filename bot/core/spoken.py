"""What a voice note says: the messages that are also spoken to a member who has voice on, and the
text read aloud for one (the rendered message without emoji, markup or web links, times in words,
and the buttons read out as numbers).

Pure text: the speech engine that turns it into sound lives in `bot.speech`.
"""
from __future__ import annotations

import re
import unicodedata

# The participant messages that matter enough to be spoken too: joining, reminders, the check-in
# after an absence, wishes and the vote, ready-made announcements, changed meetings, "passed on".
# A leader's own free text (`broadcast-message`) is not: it is not translated, so it is not spoken.
VOICED = frozenset({
    # joining
    "consent-question", "language-question", "voice-question", "voice-on", "voice-off", "call-question",
    "welcome-participant",
    # reminders and answers to them
    "reminder", "reminder-today", "rsvp-saved-yes", "rsvp-saved-no", "rsvp-saved-call",
    # after a meeting
    "checkin-missed", "checkin-excused", "checkin-thanks", "checkin-unwell-reply",
    # wishes and the vote
    "wish-started", "wish-q-happy", "wish-q-before", "wish-q-together", "wish-thanks", "wish-reminder",
    "vote-question", "vote-reminder", "vote-saved", "vote-result", "vote-tie",
    # ready-made announcements
    "bc-ready-cancelled", "bc-ready-place", "bc-ready-bring", "bc-ready-ramadan", "bc-ready-eid",
    "bc-ready-christmas", "bc-ready-newyear", "bc-ready-ketikoti", "bc-ready-divali", "bc-ready-summer",
    # meetings planned, moved, cancelled, added
    "schedule-new", "session-moved", "session-cancelled", "session-added", "session-place", "session-note",
    # the relay and help
    "relay-passed-on", "help-participant",
})

# The locales eSpeak NG (`bot.speech`) has a voice for, checked against its bundled voice data:
# locale -> voice name.  Tagalog has none: a Tagalog member gets text only and is not asked.
VOICES = {"nl": "nl", "en": "en", "ar": "ar", "tr": "tr", "pl": "pl", "bg": "bg", "es": "es", "pap": "pap"}


def has_voice(locale: str | None) -> bool:
    """Whether messages in this locale can be spoken."""
    return (locale or "") in VOICES


_TAGS = re.compile(r"</?[a-zA-Z][^>]*>")
_LINKS = re.compile(r"(?:https?://|www\.|t\.me/|wa\.me/)\S+", re.IGNORECASE)
_TIME = re.compile(r"(?<![\d:])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])")
_MARKS = re.compile(r"[*_~`#|]+")  # WhatsApp's and Markdown's emphasis marks
_SPACES = re.compile(r"[ \t]+")
# Emoji and the invisible parts of emoji sequences: joiners, variation selectors, keycaps, skin tones.
_INVISIBLE = frozenset("\u200d\ufe0e\ufe0f\u20e3\u2066\u2067\u2068\u2069\u200e\u200f")


def _is_emoji(ch: str) -> bool:
    if ch in _INVISIBLE:
        return True
    code = ord(ch)
    if 0x1F000 <= code <= 0x1FAFF or 0x2600 <= code <= 0x27BF or 0x2B00 <= code <= 0x2BFF:
        return True  # pictographs, symbols and arrows, dingbats, stars and squares
    return unicodedata.category(ch) in ("So", "Sk", "Cs", "Co") and code > 0x2000


def without_emoji(text: str) -> str:
    """The text without emoji, pictographs and the marks that join them."""
    return "".join(ch for ch in text if not _is_emoji(ch))


def speakable(text: str) -> str:
    """A rendered message as it is read aloud: no emoji, markup, links or bidi marks, one sentence
    flowing into the next (a line break becomes a pause)."""
    text = _LINKS.sub("", _TAGS.sub("", text))
    text = _MARKS.sub(" ", without_emoji(text))
    lines = [_SPACES.sub(" ", line).strip(" -•:") for line in text.splitlines()]
    out = ""
    for line in filter(None, lines):
        if out and out[-1] not in ".!?؟。:;,،":
            out += "."
        out += (" " if out else "") + line
    return out


def with_spoken_times(text: str, say_time) -> str:  # noqa: ANN001 - (hour, minute) -> words
    """Every clock time ("10:00", "9:30") written as the locale says it (`say_time(10, 0)` → "10 uur"):
    a speech engine reads "10:00" as "ten zero zero"."""
    return _TIME.sub(lambda m: say_time(int(m.group(1)), int(m.group(2))), text)
