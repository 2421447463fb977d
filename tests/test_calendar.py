"""The calendar of observances: Ramadan and the Eids (with the mosque shift), Christian and Orthodox
feasts, Surinamese feasts, Dutch public and regional school holidays, a group's own dates."""
from __future__ import annotations

from datetime import date

import holidays
import pytest

from bot.core.calendar import (
    OBSERVANCE_KEYS, REGIONS, TRADITIONS, CustomDate, Observance, observances, observances_on,
)

YEAR_2026 = (date(2026, 1, 1), date(2026, 12, 31))


def _of(found: list[Observance], key: str) -> list[Observance]:
    return [o for o in found if o.key == key]


def _spans(found: list[Observance], key: str) -> list[tuple[date, date]]:
    return [(o.start, o.end) for o in _of(found, key)]


# -- Islamic ------------------------------------------------------------------------------------
def test_ramadan_2026_and_the_start_of_1448() -> None:
    found = observances(date(2026, 1, 1), date(2027, 12, 31), ["islamic"])
    assert _spans(found, "ramadan")[:2] == [(date(2026, 2, 18), date(2026, 3, 19)),
                                            (date(2027, 2, 8), date(2027, 3, 8))]  # 29 days
    assert _spans(found, "eid-al-fitr")[0] == (date(2026, 3, 20), date(2026, 3, 20))
    assert _spans(found, "eid-al-adha")[0] == (date(2026, 5, 27), date(2026, 5, 27))


@pytest.mark.parametrize("shift", [-1, 1])
def test_the_mosque_shift_moves_ramadan_and_both_eids(shift: int) -> None:
    plain = observances(*YEAR_2026, ["islamic"])
    shifted = observances(*YEAR_2026, ["islamic"], islamic_shift=shift)
    for key in ("ramadan", "eid-al-fitr", "eid-al-adha"):
        (start, end), = _spans(plain, key)
        (moved_start, moved_end), = _spans(shifted, key)
        assert (moved_start - start).days == shift and (moved_end - end).days == shift, key
    (ramadan, _), = _spans(shifted, "ramadan")
    assert ramadan == date(2026, 2, 18 + shift)


@pytest.mark.parametrize("shift", [2, -2, True, 0.5])
def test_a_shift_beyond_one_day_is_refused(shift: object) -> None:
    with pytest.raises(ValueError, match="islamic_shift"):
        observances(*YEAR_2026, ["islamic"], islamic_shift=shift)  # type: ignore[arg-type]


def test_ramadan_that_began_before_the_range_is_returned_whole() -> None:
    found = observances(date(2026, 3, 1), date(2026, 3, 7), ["islamic"])
    assert _spans(found, "ramadan") == [(date(2026, 2, 18), date(2026, 3, 19))]
    assert _of(found, "eid-al-fitr") == []


# -- Christian and Orthodox -----------------------------------------------------------------------
def test_christmas_day_is_christmas_for_christians_and_a_public_holiday_for_the_dutch() -> None:
    day = date(2026, 12, 25)
    christian = observances_on(day, observances(*YEAR_2026, ["christian"]))
    dutch = observances_on(day, observances(*YEAR_2026, ["dutch"]))
    assert [o.key for o in christian] == ["christmas"]
    assert [o.key for o in dutch] == ["public-holiday"]
    both = observances_on(day, observances(*YEAR_2026, ["christian", "dutch"]))
    assert [o.key for o in both] == ["christmas", "public-holiday"]


def test_easter_is_sunday_and_monday_in_one_observance() -> None:
    found = observances(*YEAR_2026, ["christian"])
    assert _spans(found, "easter") == [(date(2026, 4, 5), date(2026, 4, 6))]


def test_orthodox_easter_and_christmas_2026() -> None:
    found = observances(*YEAR_2026, ["orthodox"])
    assert _spans(found, "orthodox-easter") == [(date(2026, 4, 12), date(2026, 4, 12))]
    assert _spans(found, "orthodox-christmas") == [(date(2026, 1, 7), date(2026, 1, 7))]


def test_orthodox_easter_agrees_with_bulgaria() -> None:
    found = observances(date(2020, 1, 1), date(2035, 12, 31), ["orthodox"])
    bulgaria = holidays.country_holidays("BG", years=range(2020, 2036), language="en_US")
    for observance in _of(found, "orthodox-easter"):
        assert bulgaria.get(observance.start) == "Easter", observance


def test_all_saints_2026() -> None:
    found = observances(*YEAR_2026, ["christian"])
    assert _spans(found, "all-saints") == [(date(2026, 11, 1), date(2026, 11, 1))]


# -- Suriname, Hindu, Chinese ---------------------------------------------------------------------
def test_keti_koti_2026_for_surinamese_groups() -> None:
    found = observances(*YEAR_2026, ["surinamese"])
    assert [(o.key, o.start, o.end) for o in found] == [("keti-koti", date(2026, 7, 1), date(2026, 7, 1))]


def test_hindu_and_chinese_feasts_come_from_suriname() -> None:
    found = observances(*YEAR_2026, ["hindu", "chinese"])
    assert _spans(found, "holi") == [(date(2026, 3, 3), date(2026, 3, 3))]
    assert _spans(found, "divali") == [(date(2026, 11, 8), date(2026, 11, 8))]
    assert _spans(found, "chinese-new-year") == [(date(2026, 2, 17), date(2026, 2, 17))]


# -- school holidays ------------------------------------------------------------------------------
def _autumn(region: str) -> list[tuple[date, date]]:
    found = observances(date(2026, 9, 1), date(2026, 11, 30), ["school"], region=region)
    return _spans(found, "school-holiday")


def test_autumn_school_holiday_2026_per_region() -> None:
    assert _autumn("noord") == [(date(2026, 10, 10), date(2026, 10, 18))]
    assert _autumn("midden") == [(date(2026, 10, 17), date(2026, 10, 25))]
    assert _autumn("zuid") == [(date(2026, 10, 17), date(2026, 10, 25))]


def test_the_christmas_break_runs_over_new_year_as_one_observance() -> None:
    found = observances(date(2027, 1, 2), date(2027, 1, 2), ["school"], region="midden")
    assert _spans(found, "school-holiday") == [(date(2026, 12, 19), date(2027, 1, 3))]


def test_no_school_holidays_without_a_region_or_without_the_school_tradition() -> None:
    assert observances(*YEAR_2026, ["school"]) == []
    assert _of(observances(*YEAR_2026, ["dutch", "islamic"], region="noord"), "school-holiday") == []


# -- custom dates, ordering, helpers --------------------------------------------------------------
def test_custom_dates_are_returned_as_given() -> None:
    closed = CustomDate(date(2026, 8, 3), date(2026, 8, 14), "Buurthuis dicht")
    feast = CustomDate(date(2026, 6, 20), date(2026, 6, 20), "Wijkfeest")
    outside = CustomDate(date(2027, 6, 1), date(2027, 6, 1), "Volgend jaar")
    found = observances(*YEAR_2026, [], custom=[closed, feast, outside])
    assert found == [Observance("custom", date(2026, 6, 20), date(2026, 6, 20), "Wijkfeest"),
                     Observance("custom", date(2026, 8, 3), date(2026, 8, 14), "Buurthuis dicht")]
    assert observances_on(date(2026, 8, 10), found)[0].label == "Buurthuis dicht"
    assert observances_on(date(2026, 8, 15), found) == []


def test_a_custom_date_cannot_end_before_it_starts() -> None:
    with pytest.raises(ValueError, match="Kapot"):
        CustomDate(date(2026, 5, 2), date(2026, 5, 1), "Kapot")


def test_everything_is_sorted_by_start_and_key_and_uses_known_keys() -> None:
    found = observances(*YEAR_2026, list(TRADITIONS), region="zuid",
                        custom=[CustomDate(date(2026, 12, 25), date(2026, 12, 25), "Kerstdiner")])
    assert found == sorted(found, key=lambda o: (o.start, o.key))
    assert {o.key for o in found} == set(OBSERVANCE_KEYS)
    assert all(o.start <= o.end and o.label for o in found)


def test_covers_includes_first_and_last_day() -> None:
    break_ = Observance("school-holiday", date(2026, 10, 10), date(2026, 10, 18), "Herfstvakantie")
    assert break_.covers(date(2026, 10, 10)) and break_.covers(date(2026, 10, 18))
    assert not break_.covers(date(2026, 10, 9)) and not break_.covers(date(2026, 10, 19))


# -- bad input ------------------------------------------------------------------------------------
def test_unknown_tradition_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match="'pagan'"):
        observances(*YEAR_2026, ["dutch", "pagan"])


def test_unknown_region_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match="'oost'"):
        observances(*YEAR_2026, ["school"], region="oost")


def test_a_backwards_range_is_refused() -> None:
    with pytest.raises(ValueError):
        observances(date(2026, 2, 1), date(2026, 1, 1), ["dutch"])


# -- many groups ----------------------------------------------------------------------------------
def test_a_thousand_groups_can_be_planned_for_a_year() -> None:
    combos = [(("dutch", "islamic"), "noord", 0), (("dutch", "school", "christian"), "midden", 0),
              (("islamic", "school"), "zuid", 1), (("orthodox", "hindu", "surinamese"), None, 0),
              (tuple(TRADITIONS), "noord", -1)]
    counts = set()
    for n in range(1000):
        traditions, region, shift = combos[n % len(combos)]
        counts.add(len(observances(*YEAR_2026, traditions, region=region, islamic_shift=shift)))
    assert len(counts) == len(combos) and min(counts) > 0
    assert set(REGIONS) == {"noord", "midden", "zuid"}
