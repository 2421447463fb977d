"""The calendar of observances: which feasts, fasts and holidays touch a group's meetings.

A group chooses traditions (`dutch`, `school`, `islamic`, `christian`, `orthodox`, `hindu`,
`surinamese`, `chinese`) and, for school holidays, a region; `observances()` returns every
observance of those traditions that overlaps a date range, plus the group's own dates (a local
feast, a closed building). Nothing here is a hand-made date table: the dates come from `holidays`
(Dutch public and school holidays, Suriname's Keti Koti / Divali / Holi / Chinese New Year, Poland's
All Saints), `hijridate` (Ramadan and both Eids, Umm al-Qura, with a shift of a day to follow the
local mosque) and `dateutil.easter`, or from a fixed rule (Christmas on 25 December). The library
look-ups are cached per year, so planning a year for many groups costs a handful of look-ups. The
module is pure: it never reads the wall clock and touches no database.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Iterable, Sequence

import holidays
from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter
from hijridate import Gregorian, Hijri

OBSERVANCE_KEYS: tuple[str, ...] = (
    "public-holiday", "school-holiday", "ramadan", "eid-al-fitr", "eid-al-adha",
    "christmas", "easter", "orthodox-christmas", "orthodox-easter", "keti-koti", "divali", "holi",
    "chinese-new-year", "all-saints", "custom",
)
TRADITIONS: dict[str, tuple[str, ...]] = {
    "dutch": ("public-holiday",),
    "school": ("school-holiday",),
    "islamic": ("ramadan", "eid-al-fitr", "eid-al-adha"),
    "christian": ("christmas", "easter", "all-saints"),
    "orthodox": ("orthodox-christmas", "orthodox-easter"),
    "hindu": ("divali", "holi"),
    "surinamese": ("keti-koti",),
    "chinese": ("chinese-new-year",),
}
REGIONS = ("noord", "midden", "zuid")
ISLAMIC_SHIFTS = (-1, 0, 1)

# The `holidays` subdivision name of each school region.
_SUBDIVS = {"noord": "Noord", "midden": "Midden", "zuid": "Zuid"}
# Names are pinned to a language: with `language=None` the library follows the process locale
# (LANG, LC_ALL…), so the same call would name holidays differently on another machine. Dutch
# for the names we show in logs; US English for the names we match on.
_LABEL_LANGUAGE = "nl"
_MATCH_LANGUAGE = "en_US"
# The feasts we take from Suriname's calendar, by the library's US English name.
_SURINAME_NAMES = {
    "Day of Freedoms": "keti-koti",  # 1 July; the Dutch name is "Keti Koti Dey" in 2008–2024
    "Diwali": "divali",
    "Holi": "holi",
    "Chinese New Year": "chinese-new-year",
}
_ALL_SAINTS_NAME = "All Saints' Day"
# Labels (for logs and the CLI) of observances no Dutch-speaking library names for us.
_LABELS = {
    "ramadan": "Ramadan",
    "eid-al-fitr": "Suikerfeest",
    "eid-al-adha": "Offerfeest",
    "christmas": "Kerstmis",
    "easter": "Pasen",
    "orthodox-christmas": "Orthodox Kerstmis",
    "orthodox-easter": "Orthodox Pasen",
    "all-saints": "Allerheiligen",
}
# hijridate's Umm al-Qura tables cover these Hijri years (1924-08-01 … 2077-11-16).
_HIJRI_FIRST, _HIJRI_LAST = 1343, 1500
_GREGORIAN_FIRST, _GREGORIAN_LAST = date(1924, 8, 1), date(2077, 11, 16)
_ONE_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class Observance:
    """One observance on the calendar: a feast day, a fasting month, a school break."""

    key: str    # one of OBSERVANCE_KEYS
    start: date  # first day
    end: date    # last day (inclusive); == start for one-day feasts
    label: str   # a short name for logs and the CLI: the library's own name, or the custom name

    def covers(self, day: date) -> bool:
        """Whether `day` falls on this observance (first and last day included)."""
        return self.start <= day <= self.end


@dataclass(frozen=True)
class CustomDate:
    """A date a group sets itself: a local feast, a closed building. One day or several."""

    start: date
    end: date
    label: str

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"custom date {self.label!r} ends ({self.end}) before it starts ({self.start})")


def observances(first: date, last: date, traditions: Iterable[str], *, region: str | None = None,
                islamic_shift: int = 0, custom: Iterable[CustomDate] = ()) -> list[Observance]:
    """Every observance of the chosen traditions overlapping [first, last], sorted by (start, key).

    `traditions` are names from `TRADITIONS` (a single name may be passed as a plain string).
    School holidays come only with the `school` tradition *and* a `region` (`noord`, `midden`,
    `zuid`). `islamic_shift` (-1, 0 or +1) moves Ramadan and both Eids by that many days to follow
    the local mosque. Each `custom` date is returned as an observance with key `custom`.
    Observances that start before `first` or end after `last` are returned whole. Where a library
    has no data (Dutch school holidays outside 2014–2030, Suriname's Holi outside 2001–2035 and
    Chinese New Year before 2022, Ramadan outside hijridate's tables, 1924–2077) the observance is
    simply absent.
    Raises ValueError for an unknown tradition or region, a shift outside -1..+1, or
    `first` after `last`.
    """
    if first > last:
        raise ValueError(f"the range starts ({first}) after it ends ({last})")
    keys = _keys_for(traditions)
    subdiv = _subdiv_for(region)
    if isinstance(islamic_shift, bool) or islamic_shift not in ISLAMIC_SHIFTS:
        raise ValueError(f"islamic_shift must be -1, 0 or +1 days, not {islamic_shift!r}")

    years = range(first.year, last.year + 1)
    found: list[Observance] = []
    if "public-holiday" in keys:
        for year in years:
            found += _public_holidays(year)
    if "school-holiday" in keys and subdiv is not None:
        # A break may run over New Year: fetch a year either side and join across the boundary.
        found += _school_holidays(subdiv, max(first.year - 1, dt.MINYEAR), min(last.year + 1, dt.MAXYEAR))
    if keys & {"ramadan", "eid-al-fitr", "eid-al-adha"}:
        for hijri_year in _hijri_years(first, last):
            found += [o for o in _islamic(hijri_year, islamic_shift) if o.key in keys]
    if keys & {"christmas", "easter", "orthodox-christmas", "orthodox-easter", "all-saints"}:
        for year in years:
            found += [o for o in _christian(year) if o.key in keys]
    if keys & set(_SURINAME_NAMES.values()):
        for year in years:
            found += [o for o in _suriname(year) if o.key in keys]
    found += [Observance("custom", c.start, c.end, c.label) for c in custom]

    overlapping = {o for o in found if o.start <= last and o.end >= first}
    return sorted(overlapping, key=lambda o: (o.start, o.key, o.end, o.label))


def observances_on(day: date, found: Sequence[Observance]) -> list[Observance]:
    """The observances among `found` that cover `day`, in their given order."""
    return [o for o in found if o.covers(day)]


# -- validation -----------------------------------------------------------------------------------
def _keys_for(traditions: Iterable[str]) -> frozenset[str]:
    if isinstance(traditions, str):
        traditions = (traditions,)
    keys: set[str] = set()
    for tradition in traditions:
        if tradition not in TRADITIONS:
            known = ", ".join(TRADITIONS)
            raise ValueError(f"unknown tradition {tradition!r}; choose from {known}")
        keys.update(TRADITIONS[tradition])
    return frozenset(keys)


def _subdiv_for(region: str | None) -> str | None:
    if region is None:
        return None
    subdiv = _SUBDIVS.get(region.lower()) if isinstance(region, str) else None
    if subdiv is None:
        raise ValueError(f"unknown region {region!r}; choose from {', '.join(REGIONS)}")
    return subdiv


# -- cached library look-ups ----------------------------------------------------------------------
@lru_cache(maxsize=512)
def _library(country: str, subdiv: str | None, categories: tuple[str, ...] | None, year: int,
             language: str) -> tuple[tuple[date, tuple[str, ...]], ...]:
    """One year of one `holidays` calendar as (date, names) pairs, sorted by date."""
    kwargs = {"categories": categories} if categories else {}
    found = holidays.country_holidays(country, subdiv=subdiv, years=year, language=language, **kwargs)
    return tuple((day, tuple(found.get_list(day))) for day in sorted(found))


@lru_cache(maxsize=256)
def _public_holidays(year: int) -> tuple[Observance, ...]:
    return tuple(Observance("public-holiday", day, day, name)
                 for day, names in _library("NL", None, None, year, _LABEL_LANGUAGE) for name in names)


@lru_cache(maxsize=256)
def _school_holidays(subdiv: str, first_year: int, last_year: int) -> tuple[Observance, ...]:
    """The school breaks of one region: consecutive days with the same name make one break."""
    breaks: list[Observance] = []
    for year in range(first_year, last_year + 1):
        for day, names in _library("NL", subdiv, ("school",), year, _LABEL_LANGUAGE):
            for name in names:
                previous = breaks[-1] if breaks else None
                if previous and previous.label == name and previous.end + _ONE_DAY == day:
                    breaks[-1] = Observance("school-holiday", previous.start, day, name)
                elif not (previous and previous.label == name and previous.covers(day)):
                    breaks.append(Observance("school-holiday", day, day, name))
    return tuple(breaks)


def _hijri_years(first: date, last: date) -> range:
    """The Hijri years whose Ramadan or Eids may overlap [first, last], within hijridate's tables."""
    low = _gregorian_to_hijri_year(first) - 1   # a year either side: the mosque shift may cross over
    high = _gregorian_to_hijri_year(last) + 1
    return range(max(low, _HIJRI_FIRST), min(high, _HIJRI_LAST) + 1)


def _gregorian_to_hijri_year(day: date) -> int:
    clamped = min(max(day, _GREGORIAN_FIRST), _GREGORIAN_LAST)
    return Gregorian(clamped.year, clamped.month, clamped.day).to_hijri().year


@lru_cache(maxsize=256)
def _islamic_dates(hijri_year: int) -> tuple[date, date, date]:
    """(1 Ramadan, 1 Shawwal, 10 Dhu al-Hijjah) of one Hijri year, Umm al-Qura."""
    def gregorian(month: int, day: int) -> date:
        return date.fromordinal(Hijri(hijri_year, month, day).to_gregorian().toordinal())

    return gregorian(9, 1), gregorian(10, 1), gregorian(12, 10)


@lru_cache(maxsize=512)
def _islamic(hijri_year: int, shift: int) -> tuple[Observance, ...]:
    # NOTE: the Eids come from hijridate too, not from `holidays` TR/MA as the architecture page
    # suggests: one source for all three keeps the mosque shift consistent (Ramadan ends the day
    # before the Eid al-Fitr it leads to, whatever the shift).
    ramadan, shawwal, adha = (day + dt.timedelta(days=shift) for day in _islamic_dates(hijri_year))
    return (
        Observance("ramadan", ramadan, shawwal - _ONE_DAY, _LABELS["ramadan"]),
        Observance("eid-al-fitr", shawwal, shawwal, _LABELS["eid-al-fitr"]),
        Observance("eid-al-adha", adha, adha, _LABELS["eid-al-adha"]),
    )


@lru_cache(maxsize=256)
def _christian(year: int) -> tuple[Observance, ...]:
    """Christmas, Western and Orthodox Easter, Orthodox Christmas and All Saints of one year."""
    sunday = easter(year, EASTER_WESTERN)
    out = [
        _one_day("christmas", date(year, 12, 25)),
        Observance("easter", sunday, sunday + _ONE_DAY, _LABELS["easter"]),
        _one_day("orthodox-christmas", _orthodox_christmas(year)),
        _one_day("orthodox-easter", easter(year, EASTER_ORTHODOX)),
    ]
    out += [_one_day("all-saints", day)
            for day, names in _library("PL", None, None, year, _MATCH_LANGUAGE) if _ALL_SAINTS_NAME in names]
    return tuple(out)


def _one_day(key: str, day: date) -> Observance:
    return Observance(key, day, day, _LABELS[key])


def _orthodox_christmas(year: int) -> date:
    """25 December of the Julian calendar, in the Gregorian `year` it falls in: 7 January 1901–2100.

    The Julian calendar runs behind by (century − century // 4 − 2) days, 13 in this century.
    """
    julian_year = year - 1
    behind = julian_year // 100 - julian_year // 400 - 2
    return date(year, 1, 1) + dt.timedelta(days=behind - 7)  # Julian 25 Dec is 7 days before 1 Jan


@lru_cache(maxsize=256)
def _suriname(year: int) -> tuple[Observance, ...]:
    """Keti Koti, Divali, Holi and Chinese New Year from Suriname's calendar, labelled in Dutch."""
    matched = _library("SR", None, None, year, _MATCH_LANGUAGE)
    dutch = dict(_library("SR", None, None, year, _LABEL_LANGUAGE))
    out = []
    for day, names in matched:
        for index, name in enumerate(names):
            key = _SURINAME_NAMES.get(name)
            if key is None:
                continue
            # Both languages list a day's names in the same order; fall back to the English one.
            labels = dutch.get(day, ())
            out.append(Observance(key, day, day, labels[index] if index < len(labels) else name))
    return tuple(out)
