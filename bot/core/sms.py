"""SMS text: what a message costs in segments, and the same message made cheaper for SMS.

An SMS is GSM-7 when every character is in the GSM 03.38 alphabet (an extension character such as
"€" or "[" takes two septets), else UCS-2: one character outside GSM-7 (an emoji, an Arabic or a
Bulgarian letter, a Turkish "ş") makes the whole message UCS-2.  One segment holds 160 GSM-7 or 70
UCS-2 characters; a longer message is split into segments of 153 or 67 (the rest is the header that
joins them).  UCS-2 counts UTF-16 code units, so an emoji outside the basic plane counts twice.
"""
from __future__ import annotations

import math
import unicodedata

from bot.core.spoken import without_emoji

GSM7 = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà")
GSM7_EXTENDED = frozenset("^{}\\[~]|€\f")
# Typography a phone does not need, written as GSM-7 so a Dutch or Polish text keeps its cheap alphabet.
_PLAIN = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "–": "-",
                        "—": "-", "…": "...", "·": "-", "•": "-", "\u00a0": " ", "\u202f": " ", "\u2009": " "})
_BIDI = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069\u200e\u200f"))


def is_gsm7(text: str) -> bool:
    return all(ch in GSM7 or ch in GSM7_EXTENDED for ch in text)


def segments(text: str) -> int:
    """How many SMS segments `text` is sent as (at least 1)."""
    if is_gsm7(text):
        septets = sum(2 if ch in GSM7_EXTENDED else 1 for ch in text)
        return 1 if septets <= 160 else math.ceil(septets / 153)
    units = len(text.encode("utf-16-le")) // 2
    return 1 if units <= 70 else math.ceil(units / 67)


# Latin letters with no decomposition to a GSM-7 letter.
_LETTERS = str.maketrans({"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "ø", "ß": "ß"})


def gsm7_letters(text: str) -> str:
    """Latin letters outside GSM-7 written without their accent ("reunión" → "reunion", "Proszę" →
    "Prosze", "buluşma" → "bulusma"), as people write a text message to keep it cheap; letters GSM-7
    has (é, ñ, ü, ö, à, Ç) stay.  Text in another script is left as it is."""
    out = []
    for ch in text.translate(_LETTERS):
        if ch in GSM7 or ch in GSM7_EXTENDED or not ch.isalpha():
            out.append(ch)
            continue
        base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        out.append(base if base and all(c in GSM7 for c in base) else ch)
    return "".join(out)


def for_sms(text: str) -> str:
    """A message as an SMS: no emoji or bidi marks, plain quotes and dashes, one space between
    words, no blank lines; in a Latin script, accents GSM-7 lacks left off.  The same words in
    fewer segments: a Latin-script text in GSM-7 costs one SMS per 160 characters, not per 70."""
    text = without_emoji(text).translate(_BIDI).translate(_PLAIN)
    lines = [" ".join(line.split()) for line in text.splitlines()]
    text = "\n".join(line for line in lines if line).strip()
    folded = gsm7_letters(text)
    return folded if is_gsm7(folded) else text
