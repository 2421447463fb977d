"""Reading numbered answers in any script, commands, keywords and long texts."""
from __future__ import annotations

import pytest

from bot.core.text import command_of, has_words, normalize_word, parse_number, parse_numbers, split_text


@pytest.mark.parametrize("text,expected", [
    ("2", 2), ("2.", 2), (" 2 ", 2), ("٢", 2), ("۲", 2), ("2️⃣", 2), ("2⃣", 2), ("12", 12), ("١٢", 12),
    ("۱۲", 12), ("1️⃣2️⃣", 12), ("🔟", 10), ("2)", 2),
])
def test_numbers_in_every_script(text: str, expected: int) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize("text", ["", "two", "2 apples", "👍", "1 3", "-", "2.5"])
def test_not_a_single_number(text: str) -> None:
    assert parse_number(text) is None


def test_several_numbers() -> None:
    assert parse_numbers("1 3 4") == [1, 3, 4]
    assert parse_numbers("١، ٣") == [1, 3]
    assert parse_numbers("1, 3,4") == [1, 3, 4]


def test_commands() -> None:
    assert command_of("/start AB3CD4EF") == ("start", "AB3CD4EF")
    assert command_of("/help@samen_bot") == ("help", "")
    assert command_of("/HELP") == ("help", "")
    assert command_of("help") is None
    assert command_of("a /help b") is None


def test_keyword_folding() -> None:
    assert normalize_word("  STOP! ") == "stop"
    assert normalize_word("مساعدة؟") == "مساعدة"
    assert has_words("ok") and not has_words("👍🙏") and not has_words("   ")


def test_split_text_keeps_everything() -> None:
    text = ("word " * 3000).strip()
    parts = split_text(text, 4096)
    assert all(len(p) <= 4096 for p in parts)
    assert " ".join(parts) == text
    assert split_text("short", 10) == ["short"]
