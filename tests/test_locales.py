"""Locale completeness: every message id in every shipped locale with the same variables, every id
the code uses exists, every message formats without errors, button labels fit 20 characters."""
from __future__ import annotations

import ast
import re
import datetime as dt
from pathlib import Path

import pytest

from bot.core.i18n import LOCALES, LOCALES_DIR, Catalog, native_name
from handlers.broadcast import READY_IDS

ROOT = Path(__file__).resolve().parents[1]
# Ids built at run time from a fixed set of endings (see handlers/relay.py).
DYNAMIC_IDS = {"relay-from-member-voice", "relay-from-member-photo", "relay-from-member-media",
               "mm-paused", "mm-unpaused", "mm-paused-you", "mm-unpaused-you", *READY_IDS}
# Button labels: the Fluent ids used as Choice labels (a WhatsApp quick reply title has 20 characters).
SAMPLE = {
    "count": 3, "uses": 2, "max": 60, "name": "Fatima", "group": "Koffie Oost", "text": "Tot morgen",
    "language": "Türkçe", "languages": "Türkçe", "groups": "Koffie Oost", "code": "AB3CD4EF", "lines": "1. Fatima",
    "reason": "failed", "call": "yes", "stopped": "no", "body": "Tot morgen!", "date": "di 3 maart",
    "observance": "Ramadan", "place": "Buurthuis", "note": "none", "phone": "none", "coming": "Els",
    "notcoming": "Mehmet", "noanswer": "Fatima", "present": 9, "total": 12, "absent": "Els", "atrisk": "Els",
    "silent": "Els", "buddy": "Els", "member": "Fatima", "winner": "Samen koken",
    "chosen": "Nederlandse feestdagen", "policy": "keep", "from": "di 3 maart",
    "to": "di 10 maart", "first": dt.datetime(2026, 12, 8, 9, 0, tzinfo=dt.timezone.utc),
    "old": dt.datetime(2026, 12, 8, 9, 0, tzinfo=dt.timezone.utc),
    "new": dt.datetime(2026, 12, 9, 9, 0, tzinfo=dt.timezone.utc), "link": "https://t.me/samen_bot?start=AB3CD4EF",
    "expires": dt.datetime(2026, 12, 3, 14, 0, tzinfo=dt.timezone.utc),
    "versions": "none", "chat": "no", "linked": "no", "other": "Koffie West",
    "participants": 12, "active": 10, "held": 8, "rate": "80%", "volunteers": 3,
    "names": ["Fatima", "Aisha", "Mehmet", "Els", "Jan"], "answer": "✅ Ik kom", "time": "14:00", "leader": "Samira", "until": dt.date(2027, 9, 1),
    "hour": 14, "minute": 30, "label": "✅ Ik kom", "number": 2,
    "url": "https://samen.example/login/abc", "minutes": 10, "expected": 12, "days": 1, "average": "8,5", "activity": "🍲 Samen koken", "action": "joined",
    "limit": 400, "how": "call", "weekday": "dinsdag", "month": "maart", "day": "3", "weeks": 4,
}


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return Catalog()


def test_every_locale_is_shipped_and_parses(catalog: Catalog) -> None:
    assert catalog.load_errors == []
    for locale in LOCALES:
        assert (LOCALES_DIR / locale).is_dir(), locale
        assert catalog.messages[locale], f"{locale} has no messages"


@pytest.mark.parametrize("locale", LOCALES)
def test_same_ids_and_variables_as_english(catalog: Catalog, locale: str) -> None:
    english = catalog.messages["en"]
    theirs = catalog.messages[locale]
    assert sorted(set(english) - set(theirs)) == [], f"{locale} lacks these ids"
    assert sorted(set(theirs) - set(english)) == [], f"{locale} has ids English lacks"
    for msg_id, info in english.items():
        assert theirs[msg_id].variables == info.variables, f"{locale}/{msg_id} variables differ"


@pytest.mark.parametrize("locale", LOCALES)
def test_every_message_formats_without_errors(catalog: Catalog, locale: str) -> None:
    bundle = catalog.bundles[locale]
    prepared = catalog._prepare(locale, SAMPLE)
    for msg_id in catalog.messages[locale]:
        for count in (0, 1, 2, 3, 5, 11, 100):
            args = dict(prepared, count=count, uses=count)
            value, errors = bundle.format_pattern(bundle.get_message(msg_id).value, args)
            assert errors == [], f"{locale}/{msg_id}: {errors}"
            assert value.strip(), f"{locale}/{msg_id} is empty"


def _ids_used_in_code() -> tuple[set[str], set[str]]:
    """(message ids, label ids) named as literals in Outbound(...), reply(...), Choice(...)."""
    messages: set[str] = set()
    labels: set[str] = set()
    for folder in ("bot", "handlers"):
        for path in (ROOT / folder).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if not isinstance(node, ast.Call):
                    continue
                name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
                consts = [a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None
                          for a in node.args]
                if name in ("Outbound", "reply", "format", "render") and consts:
                    index = 0 if name in ("Outbound", "reply") else 1
                    if len(consts) > index and consts[index]:
                        messages.add(consts[index])
                if name == "Choice" and len(consts) > 1 and consts[1]:
                    labels.add(consts[1])
    return messages, labels


# NOTE: parsed once, at collection: CPython 3.11.7's `ast.parse` can raise "AST constructor recursion
# depth mismatch" later in a process where Hypothesis changed the recursion limit (fixed in 3.11.8).
IDS_USED = _ids_used_in_code()


def test_every_id_used_in_code_exists(catalog: Catalog) -> None:
    messages, labels = IDS_USED
    assert len(messages) > 20 and labels
    missing = sorted(i for i in messages | labels | DYNAMIC_IDS if i not in catalog.messages["en"])
    assert missing == []


def _labels_in_code() -> list[tuple[str, tuple[str, ...]]]:
    """Every button label in code as (Fluent id pattern, its possible emoji): `Choice(payload,
    "label-id", "📞")`, an id built in an f-string (`f"tradition-{t}"`, a regex here), an emoji that
    depends on a state (`"✅" if … else "▫️"`: both)."""
    found = []
    for folder in ("bot", "handlers"):
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Choice"):
                    continue
                args = list(node.args) + [None] * 3
                label = args[1] or next((k.value for k in node.keywords if k.arg == "label_id"), None)
                emoji = args[2] or next((k.value for k in node.keywords if k.arg == "emoji"), None)
                if isinstance(label, ast.Constant) and isinstance(label.value, str):
                    pattern = re.escape(label.value)
                elif isinstance(label, ast.JoinedStr):  # labels take no variables: ids that do are not labels
                    pattern = "".join(re.escape(v.value) if isinstance(v, ast.Constant) else r"[\w-]+"
                                      for v in label.values) + "(?#no-variables)"
                else:
                    continue
                if isinstance(emoji, ast.Constant):
                    emojis = (emoji.value,)
                elif isinstance(emoji, ast.IfExp):
                    emojis = tuple(b.value for b in (emoji.body, emoji.orelse) if isinstance(b, ast.Constant))
                else:
                    emojis = ("📞",)  # an emoji from a loop's variable (✅ ❌ 📞): one code point
                found.append((pattern, emojis))
    return found


LABELS_IN_CODE = _labels_in_code()


@pytest.mark.parametrize("locale", LOCALES)
def test_button_labels_fit_twenty_characters(catalog: Catalog, locale: str) -> None:
    """Every label as it is sent — with its real emoji (▫️ ▶️ ✂️ are two code points, and a space),
    the ids built from f-strings, and the wish-curation rows ("▫️ 🎉 Feast together") — fits a
    WhatsApp quick reply's 20 characters."""
    from handlers.wishes import CATALOGUE, option_text

    _messages, labels = IDS_USED
    assert len(LABELS_IN_CODE) > 50 and any("tradition" in p for p, _e in LABELS_IN_CODE)
    too_long = []
    for pattern, emojis in LABELS_IN_CODE:
        ids = [i for i, info in catalog.messages["en"].items() if re.fullmatch(pattern, i)
               and not (pattern.endswith("(?#no-variables)") and info.variables)]
        assert ids, pattern
        for label_id in ids:
            for emoji in emojis:
                label = f"{emoji} {catalog.format(locale, label_id)}" if emoji else catalog.format(locale, label_id)
                if len(label) > 20:
                    too_long.append(f"{label_id}: {label!r} is {len(label)}")
    for key in CATALOGUE:  # the wish-curation rows
        label = "▫️ " + option_text(catalog, f"activity:{key}", locale)
        if len(label) > 20:
            too_long.append(f"activity-{key}: {label!r} is {len(label)}")
    assert sorted(set(too_long)) == [], locale
    assert labels <= {i for p, _e in LABELS_IN_CODE for i in catalog.messages["en"] if re.fullmatch(p, i)}
    for loc in LOCALES:
        assert len(native_name(loc)) <= 20


def test_keywords_belong_to_one_meaning_only(catalog: Catalog) -> None:
    names = ("help", "language", "stop", "start", "forget", "mydata", "menu", "next", "voice", "web")
    seen: dict[str, str] = {}
    for name in names:
        words = catalog.keywords(name)
        assert name in words, name
        for word in words:
            assert seen.setdefault(word, name) == name, f"{word!r} means both {seen[word]} and {name}"


def test_arabic_is_isolated_and_right_to_left(catalog: Catalog) -> None:
    rendered = catalog.render("ar", "relay-reply-sent", {"name": "Els"})
    assert rendered.rtl and "\u2068Els\u2069" in rendered.text
    assert "\u2068" not in catalog.render("nl", "relay-reply-sent", {"name": "Els"}).text


PLURAL_NOUNS = {
    "en": "participants|members|meetings|sessions|people|volunteers|leaders|buddies|groups|days|weeks|minutes|"
          "letters|times|calls|segments|others|answers|wishes|votes|options|activities|messages|dates|persons",
    "nl": "deelnemers|leden|bijeenkomsten|mensen|vrijwilligers|groepsbegeleiders|begeleiders|maatjes|groepen|"
          "dagen|weken|minuten|letters|keren|gesprekken|anderen|antwoorden|wensen|stemmen|activiteiten|berichten|"
          "datums|personen|sms'jes",
}


@pytest.mark.parametrize("locale", ["en", "nl"])
def test_a_count_of_one_takes_the_singular(catalog: Catalog, locale: str) -> None:
    """Every message that takes a number, rendered at 0, 1, 2 and 11: after "1" never a plural noun
    ("1 bijeenkomsten", "1 participants")."""
    bundle = catalog.bundles[locale]
    prepared = catalog._prepare(locale, SAMPLE)
    numeric = {k for k, v in SAMPLE.items() if isinstance(v, int) and not isinstance(v, bool)}
    plural_after_one = re.compile(rf"(?<![\d.,])1 ({PLURAL_NOUNS[locale]})\b", re.IGNORECASE)
    checked = 0
    for msg_id, info in catalog.messages[locale].items():
        for variable in sorted(info.variables & numeric):
            for n in (0, 1, 2, 11):
                others = {k: 3 for k in info.variables & numeric}  # the other numbers: plural
                args = {**prepared, **others, variable: n}
                value, errors = bundle.format_pattern(bundle.get_message(msg_id).value, args)
                assert errors == [], f"{locale}/{msg_id}"
                assert not plural_after_one.search(str(value)), f"{locale}/{msg_id} with ${variable}={n}: {value!r}"
            checked += 1
    assert checked > 15
