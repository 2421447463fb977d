"""Text rules shared by every channel: reading numbered answers in any script, and keyword matching.

A participant can answer with `2`, `٢`, `۲`, `2️⃣`, `2.` or `12` / `١٢` for longer lists; keywords
count only as the whole message ("stop"), never inside a sentence ("ik stop vandaag vroeg").
"""
from __future__ import annotations

import re
import unicodedata

_KEYCAP = "\u20e3"
_VS16 = "\ufe0f"
_KEYCAP_TEN = "\U0001f51f"  # 🔟


def parse_numbers(text: str) -> list[int] | None:
    """Read one or more whole numbers written with any decimal digits; None when it is not that.

    `"2"`, `"2."`, `"٢"`, `"2️⃣"`, `"1️⃣2️⃣"` and `"1 3 4"` are numbers; `"2 apples"` is not.
    """
    if not text:
        return None
    cleaned = text.replace(_VS16, "").replace(_KEYCAP, "").replace(_KEYCAP_TEN, " 10 ")
    cleaned = cleaned.strip().rstrip(".)")
    if not cleaned:
        return None
    numbers: list[int] = []
    for token in re.split(r"[\s,;،؛]+", cleaned):
        if not token:
            continue
        token = token.rstrip(".)")
        if not token or not all(unicodedata.category(ch) == "Nd" for ch in token):
            return None
        numbers.append(int("".join(str(unicodedata.digit(ch)) for ch in token)))
    return numbers or None


def parse_number(text: str) -> int | None:
    """One number (see `parse_numbers`), or None."""
    numbers = parse_numbers(text)
    if numbers is None or len(numbers) != 1:
        return None
    return numbers[0]


def normalize_word(text: str) -> str:
    """Fold a short message for keyword matching: case, accents kept, punctuation around removed."""
    folded = unicodedata.normalize("NFKC", text).strip().casefold()
    return folded.strip(" \t\r\n.!?¡¿,;:؟،\"'")


_FOLD = str.maketrans({"ı": "i", "ى": "ي", "ة": "ه", "ـ": None, "’": "'", "ʼ": "'"})


def fold(text: str) -> str:
    """Fold a message for matching words people type: case (Turkish İ/ı too), accents and Arabic
    diacritics and letter variants (أ إ آ → ا, ى → ي, ة → ه, tatweel), keycap digits, and the
    punctuation around; words are separated by single spaces.  "BENİ UNUT" and "beni unut",
    "نعمْ" and "نعم", "sí" and "si" fold alike.  For matching only: never shown to anyone."""
    decomposed = unicodedata.normalize("NFKD", text.replace(_VS16, "").replace(_KEYCAP, ""))
    bare = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn").casefold().translate(_FOLD)
    words = re.split(r"[^\w']+", bare)
    return " ".join(w.strip("'") for w in words if w.strip("'"))


def contains_phrase(folded: str, phrase: str) -> bool:
    """True when the folded `phrase` occurs in the folded text as whole words ("ik kom" in "ja ik kom
    morgen", not "kom" in "welkom")."""
    return bool(phrase) and f" {phrase} " in f" {folded} "


def command_of(text: str) -> tuple[str, str] | None:
    """Split a Telegram-style command (`/start ABC`, `/help@samen_bot`) into (name, argument)."""
    stripped = text.strip()
    match = re.fullmatch(r"/([A-Za-z_]+)(?:@\w+)?(?:\s+(.*))?", stripped, flags=re.S)
    if not match:
        return None
    return match.group(1).lower(), (match.group(2) or "").strip()


def has_words(text: str) -> bool:
    """True when a message holds any letter or digit (not only emoji, spaces or punctuation)."""
    return any(unicodedata.category(ch)[0] in "LN" for ch in text)


def split_text(text: str, limit: int) -> list[str]:
    """Cut a long text into pieces of at most `limit` characters, at line or word ends when possible."""
    if len(text) <= limit:
        return [text]
    parts: list[str] = []
    rest = text
    while len(rest) > limit:
        cut = rest.rfind("\n", 0, limit)
        if cut < limit // 2:
            cut = rest.rfind(" ", 0, limit)
        if cut < limit // 2:
            cut = limit
        parts.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        parts.append(rest)
    return parts
