"""Fluent rendering per recipient: messages from `locales/<locale>/*.ftl`, dates and plurals from CLDR.

One `FluentBundle` per shipped locale; a message missing in the recipient's locale falls back to
Dutch, then English.  Arabic is rendered with bidi isolation so names and numbers stay in place.
Datetime arguments are formatted with Babel in the recipient's locale and the group's time zone
(argument `tz`, default Europe/Amsterdam).  Formatting errors are logged, never swallowed silently.
"""
from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Mapping
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_date, format_time
from babel.lists import format_list
from fluent.runtime import FluentBundle, FluentResource
from fluent.syntax import ast as fluent_ast
from fluent.syntax import parse as fluent_parse
from fluent.syntax.visitor import Visitor as FluentVisitor

from bot.core.messages import Choice, Media, Rendered, decode_args
from bot.core.spoken import speakable, with_spoken_times
from bot.core.text import fold

log = logging.getLogger(__name__)

LOCALES_DIR = Path(__file__).resolve().parents[2] / "locales"
LOCALES: tuple[str, ...] = ("nl", "en", "ar", "tr", "pl", "bg", "es", "fil", "pap")
FALLBACK: tuple[str, ...] = ("nl", "en")
RTL_LOCALES = frozenset({"ar"})
DEFAULT_TZ = "Europe/Amsterdam"
# NOTE: CLDR calls `fil` "Filipino"; the groups call their language Tagalog.
_NAME_OVERRIDES = {"fil": "Tagalog"}
# Language tags a platform may report, mapped to a shipped locale (Telegram says `tl`, not `fil`).
_ALIASES = {"tl": "fil", "ara": "ar", "nld": "nl", "tur": "tr"}


# Languages that write month names in lower case where CLDR capitalises them ("9 desèmber").
LOWERCASE_MONTHS = frozenset({"pap"})
# Babel patterns for a short day where a locale's default "EEE d MMM" reads wrongly (see `short_date`).
SHORT_DATE = {"pl": "EEE d MMMM", "es": "EEEE d MMM"}

# Regional variants a group can choose: its dates use the variant's month names ("Arabic (Morocco)":
# شتنبر، دجنبر، غشت, as Moroccan members say them); its messages stay those of the language.
VARIANTS: tuple[str, ...] = ("ar_MA",)


def variant_of(tag: str | None) -> tuple[str, str | None] | None:
    """A group's language as typed (`ar`, `ar-MA`, `ar_ma`): (shipped locale, variant or None);
    None when it is no shipped language."""
    if not tag or not isinstance(tag, str):
        return None
    parts = re.split(r"[-_]", tag.strip())
    variant = f"{parts[0].lower()}_{parts[1].upper()}" if len(parts) == 2 else None
    if variant in VARIANTS:
        return parts[0].lower(), variant
    return (tag.strip().lower(), None) if tag.strip().lower() in LOCALES else None


def native_name(locale: str) -> str:
    """A language in its own name and script, as the language buttons show it."""
    if locale in _NAME_OVERRIDES:
        return _NAME_OVERRIDES[locale]
    name = Locale.parse(locale).get_display_name(locale) or locale
    return name[:1].upper() + name[1:]


def supported_locale(tag: str | None) -> str | None:
    """The shipped locale for a language tag such as `ar-MA`, `tl` or `nl_NL`; None if none fits."""
    if not tag or not isinstance(tag, str):  # a platform field can be anything: never trust its type
        return None
    base = re.split(r"[-_]", tag.strip().lower())[0]
    base = _ALIASES.get(base, base)
    return base if base in LOCALES else None


@dataclass(frozen=True)
class MessageInfo:
    """A message's id and the variables it uses: for the completeness checks."""

    locale: str
    message_id: str
    variables: frozenset[str]


def _variables(node: Any) -> set[str]:
    found: set[str] = set()

    class Visitor(FluentVisitor):
        def visit_VariableReference(self, ref: fluent_ast.VariableReference) -> None:  # noqa: N802
            found.add(ref.id.name)

    Visitor().visit(node)
    return found


class Catalog:
    """All shipped translations, loaded once; renders messages for one recipient at a time."""

    def __init__(self, root: Path = LOCALES_DIR, locales: Iterable[str] = LOCALES) -> None:
        self.root = root
        self.locales = tuple(locales)
        self.bundles: dict[str, FluentBundle] = {}
        self.messages: dict[str, dict[str, MessageInfo]] = {}
        self.load_errors: list[str] = []
        for locale in self.locales:
            bundle = FluentBundle([locale], use_isolating=locale in RTL_LOCALES)
            infos: dict[str, MessageInfo] = {}
            for path in sorted((root / locale).glob("*.ftl")):
                source = path.read_text(encoding="utf-8")
                for entry in fluent_parse(source).body:
                    if isinstance(entry, fluent_ast.Junk):
                        self.load_errors.append(f"{path}: cannot parse {entry.content[:60]!r}")
                    elif isinstance(entry, fluent_ast.Message):
                        infos[entry.id.name] = MessageInfo(locale, entry.id.name, frozenset(_variables(entry)))
                bundle.add_resource(FluentResource(source))
            self.bundles[locale] = bundle
            self.messages[locale] = infos
        self._keywords: dict[str, frozenset[str]] = {}

    # -- formatting -----------------------------------------------------------------------
    def chain(self, locale: str | None) -> list[str]:
        """The locales tried for a recipient, best first."""
        first = supported_locale(locale) or FALLBACK[0]
        out = [first]
        out += [fb for fb in FALLBACK if fb not in out]
        return out

    def has(self, message_id: str) -> bool:
        return any(message_id in infos for infos in self.messages.values())

    def format(self, locale: str | None, message_id: str, args: Mapping[str, Any] | None = None) -> str:
        """One message in the recipient's language, falling back to Dutch then English."""
        for loc in self.chain(locale):
            bundle = self.bundles.get(loc)
            if bundle is None or not bundle.has_message(message_id):
                continue
            message = bundle.get_message(message_id)
            if message.value is None:
                continue
            prepared = self._prepare(loc, args or {})
            # NOTE: fluent.runtime refuses placeables over 1,000 characters; a long text someone wrote
            # goes in through a placeholder instead, so nothing of it is lost.
            long_texts = {key: value for key, value in prepared.items()
                          if isinstance(value, str) and len(value) > 900}
            for key in long_texts:
                prepared[key] = f"\ue000{key}\ue001"
            value, errors = bundle.format_pattern(message.value, prepared)
            for error in errors:
                log.warning("fluent error in %s/%s: %s", loc, message_id, error)
            text = str(value)
            for key, long_text in long_texts.items():
                text = text.replace(f"\ue000{key}\ue001", long_text)
            return text
        log.error("message id %s exists in no locale", message_id)
        return message_id

    def _prepare(self, locale: str, args: Mapping[str, Any]) -> dict[str, Any]:
        decoded = decode_args(args)
        zone = ZoneInfo(str(decoded.get("tz") or DEFAULT_TZ))
        # A group's regional variant ("ar_MA": شتنبر, not سبتمبر) names the months of its own language.
        variant = decoded.get("dates")
        dates = variant if isinstance(variant, str) and supported_locale(variant) == locale else locale
        out: dict[str, Any] = {}
        for key, value in decoded.items():
            if isinstance(value, dt.datetime):
                out[key] = self.when(value, locale, zone, dates)
            elif isinstance(value, dt.date):
                out[key] = self.day(value, locale, dates)
            elif isinstance(value, bool):
                out[key] = "yes" if value else "no"
            elif isinstance(value, (list, tuple)):
                out[key] = self._names(locale, [str(v) for v in value])
            else:
                out[key] = value
        return out

    def day(self, value: dt.date, locale: str, dates: str | None = None) -> str:
        """A day as people of `locale` write it, weekday and month in full: the order and the small
        words are the locale's Fluent `date-day` ("dinsdag 15 september", "8 декември (вторник)",
        "martes 15 de septiembre"); the names are Babel's (of the regional variant `dates`: شتنبر)."""
        names = dates or locale
        month = format_date(value, "MMMM", locale=names)
        if locale in LOWERCASE_MONTHS:
            month = month.lower()
        return without_isolates(self.format(locale, "date-day", {
            "weekday": format_date(value, "EEEE", locale=names), "day": str(value.day), "month": month}))

    def when(self, value: dt.datetime, locale: str, zone: ZoneInfo, dates: str | None = None) -> str:
        """A day and time in the time zone `zone`, joined by the locale's Fluent `date-time`:
        "dinsdag 15 september om 10:00", "el martes 15 de septiembre a las 10:00" (with "el" from
        the message), "wtorek, 15 września, 10:00", "djamars 9 desèmber, 14:00"."""
        local = value.astimezone(zone)
        time = format_time(local, "HH:mm", locale=dates or locale)
        return without_isolates(self.format(locale, "date-time", {"date": self.day(local.date(), locale, dates),
                                                                  "time": time}))

    def _names(self, locale: str, names: list[str]) -> str:
        """Names as the locale writes a list ("Fatima, Aisha en Mehmet"); after two, the rest are
        counted ("Fatima, Aisha and 8 others")."""
        if len(names) > 3:
            names = names[:2] + [self.format(locale, "list-others", {"count": len(names) - 2})]
        return format_list(names, locale=locale) if names else ""

    def render(self, locale: str | None, message_id: str, args: Mapping[str, Any] | None = None,
               choices: Iterable[Choice] = (), media: Media | None = None, *, poll: bool = False,
               request_contact: bool = False) -> Rendered:
        """A whole outbound message for one recipient: text, button labels, a numbered-answer hint."""
        loc = supported_locale(locale) or FALLBACK[0]
        text = self.format(loc, message_id, args)
        if args and args.get("for_group"):  # a coordinator standing in for a group's leader
            text = f"{self.format(loc, 'for-group', {'group': args['for_group']})}\n{text}"
        labels = [(choice.payload, self.label(loc, choice)) for choice in choices]
        hint = self.format(loc, "answer-with-number", {"count": len(labels)}) if labels else ""
        return Rendered(text=text, choices=tuple(labels), media=media, locale=loc,
                        rtl=loc in RTL_LOCALES, how_to_answer=hint, poll=poll, request_contact=request_contact)

    def spoken(self, message: Rendered, intro: str = "spoken-choices", each: str = "spoken-choice") -> str:
        """What a voice note of a rendered message says: its text without emoji, markup or links, clock
        times in words ("10 uur"), then its buttons read out as numbers ("1: I'm coming. 2: …").  A
        phone call reads them as keys to press (`intro` "call-keys", `each` "call-key")."""
        loc = message.locale

        def say_time(hour: int, minute: int) -> str:
            return self.format(loc, "spoken-time", {"hour": hour, "minute": minute})

        parts = [speakable(with_spoken_times(message.text, say_time))]
        if message.choices:
            parts.append(speakable(self.format(loc, intro)))
            parts += [speakable(with_spoken_times(self.format(loc, each, {"number": i,
                                                                                 "label": label.rstrip(".")}),
                                                  say_time))
                      for i, (_payload, label) in enumerate(message.choices, start=1)]
        return " ".join(part for part in parts if part)

    def label(self, locale: str, choice: Choice) -> str:
        """A button's label as the recipient reads it: its literal text or message, after its emoji."""
        label = choice.text if choice.text is not None else self.format(locale, choice.label_id or "", choice.args)
        return f"{choice.emoji} {label}" if choice.emoji else label

    # -- keywords -------------------------------------------------------------------------
    def keywords(self, name: str, locale: str | None = None) -> frozenset[str]:
        """The words that mean the keyword `name` as a whole message, folded (`bot.core.text.fold`):
        those of `locale` and English (and the name itself); with no locale, those of every locale."""
        key = f"{name}|{locale or '*'}"
        if key not in self._keywords:
            locales = self.locales if locale is None else (supported_locale(locale) or FALLBACK[0], "en")
            self._keywords[key] = frozenset({fold(name)}).union(
                *(self._list(loc, f"keyword-{name}") for loc in locales))
        return self._keywords[key]

    def words(self, locale: str | None, message_id: str) -> frozenset[str]:
        """A word list (a comma-separated message such as `answer-coming`) of `locale` and English,
        folded for matching."""
        key = f"{message_id}|{locale}"
        if key not in self._keywords:
            own = supported_locale(locale) or FALLBACK[0]
            self._keywords[key] = self._list(own, message_id) | self._list("en", message_id)
        return self._keywords[key]

    def short_texts(self, locale: str | None) -> frozenset[str]:
        """Every short message of `locale` without variables, folded: what a button's label can be,
        typed.  A message that is none of these is no typed label, and no query need look."""
        own = supported_locale(locale) or FALLBACK[0]
        key = f"short-texts|{own}"
        if key not in self._keywords:
            texts = (fold(self.format(own, mid)) for mid, info in self.messages[own].items() if not info.variables)
            self._keywords[key] = frozenset(t for t in texts if t and len(t) <= 40)
        return self._keywords[key]

    def _list(self, locale: str, message_id: str) -> frozenset[str]:
        bundle = self.bundles.get(locale)
        if bundle is None or not bundle.has_message(message_id):
            return frozenset()
        value, _ = bundle.format_pattern(bundle.get_message(message_id).value, {})
        return frozenset(folded for w in without_isolates(str(value)).split(",") if (folded := fold(w)))


ISOLATES = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069"))


def without_isolates(text: str) -> str:
    """Text without Fluent's bidi isolation marks: for renderers that lay out on their own (a PDF, a
    printed card) and for template texts submitted to Meta."""
    return text.translate(ISOLATES)


def short_date(value: dt.date, locale: str, year: bool = False) -> str:
    """A day on a leader's button or in a plan's line, short but readable in `locale`: "di 15 sep",
    "sob. 2 maja" (Polish months need their genitive, and CLDR's short May is the nominative «maj»),
    "martes 3 mar" (Spanish "mar" alone is both Tuesday and March, and "el mar" the sea)."""
    pattern = SHORT_DATE.get(locale, "EEE d MMM") + (" y" if year else "")
    return format_date(value, pattern, locale=locale)


@lru_cache(maxsize=1)
def default_catalog() -> Catalog:
    """The catalog of the shipped `locales/` folder, loaded once per process."""
    return Catalog()
