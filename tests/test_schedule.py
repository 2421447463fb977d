"""Holiday-aware scheduling: the planner's decisions, the CLI, and the calendar feed."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest

from bot.cli import main
from bot.core.calendar import CustomDate, observances
from bot.core.planner import Rule, plan
from bot.schedule import Request, make_plan

D = dt.date


def tuesdays_2026(**policies: str) -> Request:
    rule = Rule(weekday=1, start=dt.time(10), duration=120, every_weeks=1, first=D(2026, 1, 6), count=40)
    return Request(rule, ("islamic",), policies=dict(policies))


def test_ramadan_move_keeps_the_count_and_leaves_ramadan_free() -> None:
    result = make_plan(tuesdays_2026(ramadan="move"))
    dates = [s.date for s in result.sessions]
    assert len(dates) == 40
    assert not [d for d in dates if D(2026, 2, 18) <= d <= D(2026, 3, 19)]
    moved = [d for d in result.decisions if d.action == "move"]
    assert [d.date for d in moved] == [D(2026, 2, 24), D(2026, 3, 3), D(2026, 3, 10), D(2026, 3, 17)]
    assert all(d.moved_to and d.moved_to > D(2026, 3, 19) and d.keys == ("ramadan",) for d in moved)
    assert not result.warnings  # the long gap is explained by the moves


def test_ramadan_keep_stays_with_the_note_and_is_shown_as_a_default() -> None:
    result = make_plan(tuesdays_2026())
    in_ramadan = [s for s in result.sessions if D(2026, 2, 18) <= s.date <= D(2026, 3, 19)]
    assert [s.date for s in in_ramadan] == [D(2026, 2, 24), D(2026, 3, 3), D(2026, 3, 10), D(2026, 3, 17)]
    assert all(s.notes == ("observance-note-ramadan",) for s in in_ramadan)
    assert result.defaults["ramadan"] == "keep"
    assert all(d.default for d in result.decisions if d.action == "keep")


def test_keti_koti_is_skipped_for_a_surinamese_wednesday_group() -> None:
    rule = Rule(weekday=2, start=dt.time(14), duration=120, every_weeks=1, first=D(2026, 6, 3), until=D(2026, 7, 29))
    result = make_plan(Request(rule, ("surinamese",)))
    assert D(2026, 7, 1) not in [s.date for s in result.sessions]
    skip = [d for d in result.decisions if d.action == "skip"]
    assert [(d.date, d.keys) for d in skip] == [(D(2026, 7, 1), ("keti-koti",))] and skip[0].default


def test_christmas_day_is_skipped_and_the_strictest_policy_wins() -> None:
    rule = Rule(weekday=4, start=dt.time(10), duration=90, every_weeks=1, first=D(2026, 12, 4), until=D(2027, 1, 29))
    # Christmas Day is a Christian feast and a Dutch public holiday: skip beats keep
    result = make_plan(Request(rule, ("dutch", "christian"), policies={"christmas": "keep"}))
    assert D(2026, 12, 25) not in [s.date for s in result.sessions]
    decision = next(d for d in result.decisions if d.date == D(2026, 12, 25))
    assert decision.action == "skip" and set(decision.keys) == {"christmas", "public-holiday"}


@pytest.mark.parametrize("region,holiday", [("noord", (D(2026, 10, 10), D(2026, 10, 18))),
                                            ("midden", (D(2026, 10, 17), D(2026, 10, 25)))])
def test_each_region_gets_its_own_autumn_break(region: str, holiday: tuple[dt.date, dt.date]) -> None:
    rule = Rule(weekday=0, start=dt.time(10), duration=120, every_weeks=1, first=D(2026, 9, 28), until=D(2026, 11, 2))
    result = make_plan(Request(rule, ("school",), region=region, policies={"school-holiday": "skip"}))
    skipped = [d.date for d in result.decisions if d.action == "skip"]
    expected = [d for d in (D(2026, 10, 12), D(2026, 10, 19)) if holiday[0] <= d <= holiday[1]]
    assert skipped == expected
    assert [s.date for s in result.sessions if holiday[0] <= s.date <= holiday[1]] == []


def test_a_dst_sunday_keeps_ten_at_ten() -> None:
    rule = Rule(weekday=6, start=dt.time(10), duration=120, every_weeks=1, first=D(2026, 3, 22), count=3)
    result = make_plan(Request(rule, ()))
    assert [s.starts_at.strftime("%H:%M %Z") for s in result.sessions] == ["10:00 CET", "10:00 CEST", "10:00 CEST"]
    utc = [s.starts_at.astimezone(dt.timezone.utc).hour for s in result.sessions]
    assert utc == [9, 8, 8]  # 29 March 2026 is the DST Sunday


def test_warnings_for_too_few_and_an_unexplained_gap() -> None:
    rule = Rule(weekday=1, start=dt.time(10), duration=120, every_weeks=2, first=D(2026, 1, 6), count=6)
    result = make_plan(Request(rule, ()))
    assert [w.code for w in result.warnings] == ["too-few"]
    # a gap: the group met on 6 January and the new plan only starts on 17 February, with nothing
    # (no break, no feast) to explain five weeks without a session
    found = observances(D(2026, 1, 1), D(2026, 12, 31), ())
    rule = Rule(weekday=1, start=dt.time(10), duration=120, every_weeks=2, first=D(2026, 2, 17), count=20)
    gappy = plan(rule, found, existing=[D(2026, 1, 6)])
    assert [(w.code, w.first, w.last) for w in gappy.warnings] == [("gap", D(2026, 1, 6), D(2026, 2, 17))]
    explained = plan(rule, found, breaks=[(D(2026, 1, 10), D(2026, 2, 10))], existing=[D(2026, 1, 6)])
    assert not explained.warnings
    rule = Rule(weekday=1, start=dt.time(10), duration=120, every_weeks=2, first=D(2026, 1, 6), count=20)
    with_break = make_plan(Request(rule, (), breaks=[(D(2026, 7, 1), D(2026, 8, 31))]))
    assert not [w for w in with_break.warnings if w.code == "gap"]
    closed = make_plan(Request(Rule(weekday=1, start=dt.time(10), duration=120, every_weeks=2, first=D(2026, 1, 6),
                                    count=20), (), custom=[CustomDate(D(2026, 3, 1), D(2026, 3, 31), "verbouwing")]))
    assert not [w for w in closed.warnings if w.code == "gap"]  # explained by the skipped custom dates


def test_cli_plan_json_and_bad_flags(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schedule", "plan", "--weekday", "tue", "--time", "10:00", "--every", "1w", "--from", "2026-01-06",
                 "--count", "20", "--traditions", "islamic", "--policy", "ramadan=move", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["sessions"]) == 20
    assert all(d["observances"] and d["action"] in ("move", "skip", "keep") for d in data["decisions"])
    assert [d["moved_to"] is not None for d in data["decisions"] if d["action"] == "move"] == [True] * 4
    for argv, needle in (
        (["--weekday", "someday"], "unknown weekday"),
        (["--time", "25:99"], "not a time"),
        (["--every", "3w"], "--every"),
        (["--from", "2026-13-01"], "not a date"),
        (["--policy", "ramadan=maybe"], "--policy"),
        (["--policy", "carnival=skip"], "--policy"),
        (["--traditions", "pagan"], "unknown tradition"),
        (["--traditions", "school"], "needs --region"),
        (["--summer-break", "2026-08-30:2026-07-01"], "ends before it begins"),
        (["--islamic-shift", "3"], "-1, 0 or 1"),
    ):
        base = {"--weekday": "tue", "--time": "10:00", "--from": "2026-01-06", "--every": "1w"}
        flags = dict(base)
        extra: list[str] = []
        if argv[0] in flags:
            flags[argv[0]] = argv[1]
        else:
            extra = argv
        args = ["schedule", "plan", "--count", "10"] + [x for k, v in flags.items() for x in (k, v)] + extra
        assert main(args) == 2, argv
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and needle in err, (argv, err)


def test_apply_show_and_the_calendar_feed(tmp_path, monkeypatch, capsys) -> None:  # noqa: ANN001
    from icalendar import Calendar
    from starlette.testclient import TestClient

    from bot.app import build, web_app
    from bot.config import Config
    from storage import queries

    url = f"sqlite:///{tmp_path / 's.sqlite3'}"
    monkeypatch.setenv("DATABASE_URL", url)
    assert main(["org", "create", "Buurthuis"]) == 0
    assert main(["group", "create", "Koffie", "--org", "Buurthuis", "--region", "midden"]) == 0
    assert main(["schedule", "apply", "--group", "Koffie", "--weekday", "tue", "--time", "10:00", "--from",
                 "2026-09-01", "--until", "2026-12-31", "--place", "Buurthuis De Linde",
                 "--summer-break", "2026-07-18:2026-08-30"]) == 0
    out = capsys.readouterr().out
    assert "session(s) stored for Koffie" in out
    assert main(["schedule", "show", "--group", "Koffie"]) == 0
    shown = capsys.readouterr().out.strip().splitlines()
    assert shown and "Buurthuis De Linde" in shown[0]
    assert main(["schedule", "ics", "--group", "Koffie"]) == 0
    feed = Calendar.from_ical(capsys.readouterr().out)
    events = [c for c in feed.walk() if c.name == "VEVENT"]
    assert len(events) == len(shown)
    samen = build(Config(database_url=url))
    with samen.sessions() as db:
        group = queries.find_group(db, "Koffie")
        token, sessions = group.calendar_token, queries.group_sessions(db, group.id)
    starts = sorted(e.decoded("dtstart") for e in events)
    assert starts == [s.starts_at for s in sessions]
    assert D(2026, 12, 22) in [s.starts_at.date() for s in sessions] and \
        D(2026, 12, 29) in [s.starts_at.date() for s in sessions]  # school holidays are kept by default
    with TestClient(web_app(samen, background=False, channels=False)) as client:
        response = client.get(f"/calendar/{token}.ics")
        assert response.status_code == 200 and response.headers["content-type"].startswith("text/calendar")
        assert len([c for c in Calendar.from_ical(response.content).walk() if c.name == "VEVENT"]) == len(sessions)
        assert client.get("/calendar/wrong-token.ics").status_code == 404
    samen.close()


def test_a_kept_school_holiday_carries_a_sentence_not_a_bare_word() -> None:
    from bot.core.i18n import default_catalog

    rule = Rule(weekday=1, start=dt.time(10), duration=120, every_weeks=1, first=D(2026, 10, 6), count=6)
    result = make_plan(Request(rule, ("dutch", "school"), region="midden"))
    holiday = [s for s in result.sessions if s.notes]
    assert holiday and all(s.notes == ("observance-note-school-holiday",) for s in holiday)
    assert default_catalog().format("pl", holiday[0].notes[0]) == "🏫 Są ferie szkolne, ale spotykamy się jak zwykle."


def test_a_fortnightly_group_keeps_its_rhythm_around_a_holiday(capsys: pytest.CaptureFixture[str]) -> None:
    """Tuesdays every two weeks from 13 April 2027: King's Day (27 April) would leave four weeks
    without a meeting, so the default moves that meeting to Wednesday 28 April and says why, by the
    day's name.  A skip the group chose stays, with a warning of the four weeks.  A weekly group
    simply skips."""
    from bot.core.i18n import default_catalog
    from bot.core.plan_text import plan_lines

    catalog = default_catalog()
    fortnightly = Rule(weekday=1, start=dt.time(10), duration=120, every_weeks=2, first=D(2027, 4, 13), count=6)
    result = make_plan(Request(fortnightly, ("dutch",)))
    assert [s.date for s in result.sessions][:3] == [D(2027, 4, 13), D(2027, 4, 28), D(2027, 5, 11)]
    moved = [d for d in result.decisions if d.date == D(2027, 4, 27)]
    assert [(d.action, d.moved_to, d.labels) for d in moved] == [("move", D(2027, 4, 28), ("Koningsdag",))]
    assert not [w for w in result.warnings if w.code in ("gap", "long-skip")]
    lines = plan_lines(result, catalog, "nl", lambda d: f"{d:%d-%m}")
    assert "27-04: Koningsdag → 28-04" in lines and not any("feestdag" in line for line in lines)
    # the coordinator chose to skip public holidays: it stays skipped, with a warning
    chosen = make_plan(Request(fortnightly, ("dutch",), policies={"public-holiday": "skip"}))
    assert D(2027, 4, 28) not in [s.date for s in chosen.sessions]
    assert [(w.code, w.first, w.count) for w in chosen.warnings if w.code == "long-skip"] == [
        ("long-skip", D(2027, 4, 27), 4)]
    lines = plan_lines(chosen, catalog, "nl", lambda d: f"{d:%d-%m}")
    assert catalog.format("nl", "sched-warning-long-skip", {"date": "27-04", "observance": "Koningsdag",
                                                            "weeks": 4}) in lines
    assert any("4 weken niet samen" in line for line in lines)
    # Easter Monday on a fortnightly Monday: Tweede paasdag by name, moved to Tuesday
    mondays = make_plan(Request(Rule(weekday=0, start=dt.time(10), duration=120, every_weeks=2,
                                     first=D(2027, 3, 15), count=4), ("dutch",)))
    assert [(d.moved_to, d.labels) for d in mondays.decisions] == [(D(2027, 3, 30), ("Tweede paasdag",))]
    # weekly: a skip leaves two weeks, as before
    weekly = make_plan(Request(dataclasses.replace(fortnightly, every_weeks=1), ("dutch",)))
    assert [d.action for d in weekly.decisions if d.date == D(2027, 4, 27)] == ["skip"]
    assert not [w for w in weekly.warnings if w.code == "long-skip"]
    # the CLI says the same
    argv = ["schedule", "plan", "--weekday", "tue", "--time", "10:00", "--every", "2w", "--from", "2027-04-13",
            "--count", "4"]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "wo 28 apr 2027 10:00–12:00  (← 27 apr)" in out and "Koningsdag → wo 28 apr [default]" in out
    assert main(argv + ["--policy", "public-holiday=skip"]) == 0
    assert "WARNING: skipping 2027-04-27 leaves 4 weeks without a session" in capsys.readouterr().out
