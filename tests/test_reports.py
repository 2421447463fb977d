"""Reports: the figures of a known season (erased and phone-only members, cancelled and moved
meetings included), and the files — CSV, JSON, the PNG chart and a one-page PDF whose text holds
the figures, in Dutch and in Arabic."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import unicodedata

import pytest
from pypdf import PdfReader

from bot import reports as files
from bot.core.i18n import default_catalog
from storage import erasure
from storage.models import (
    Attendance,
    BuddyPair,
    FollowUp,
    Group,
    Meeting,
    Member,
    Membership,
    Organisation,
    Vote,
    WishRound,
)
from storage.reports import group_report, organisation_report

catalog = default_catalog()
UTC = dt.timezone.utc
FROM, TO = dt.datetime(2026, 9, 1, tzinfo=UTC), dt.datetime(2026, 11, 1, tzinfo=UTC)


def day(month: int, d: int, hour: int = 10) -> dt.datetime:
    return dt.datetime(2026, month, d, hour, tzinfo=UTC)


def season(samen) -> dict[str, int]:  # noqa: ANN001
    """One group's autumn: six participants (one without a smartphone, one also a buddy, one who said
    stop), a leader, a buddy from the neighbourhood, four meetings held or planned, one cancelled,
    one moved; one member erased after two meetings, one left in October, one joined in October."""
    ids: dict[str, int] = {}
    with samen.sessions() as db, db.begin():
        org = Organisation(name="Buurthuis", created_at=day(8, 1))
        db.add(org)
        db.flush()
        group = Group(organisation_id=org.id, name="Koffie Oost", created_at=day(8, 1))
        other = Group(organisation_id=org.id, name="Thee West", created_at=day(8, 1))
        db.add_all([group, other])
        db.flush()

        def member(name: str, role: str = "participant", joined: dt.datetime = day(8, 1), phone_only: bool = False,
                   left: dt.datetime | None = None, group_id: int = group.id) -> Member:
            m = Member(display_name=name, language="nl", consent_at=joined, created_at=joined, phone_only=phone_only)
            db.add(m)
            db.flush()
            db.add(Membership(member_id=m.id, organisation_id=org.id, group_id=group_id, role=role, joined_at=joined,
                              active=left is None, left_at=left))
            ids[name] = m.id
            return m

        member("Samira", "facilitator")
        member("Karin", "buddy")  # a neighbour who helps: a volunteer
        p = [member("Fatima"), member("Mehmet"), member("Els"), member("Roos", left=day(10, 15)),
             member("Ahmed", phone_only=True)]
        bram = member("Bram")
        db.add(Membership(member_id=bram.id, organisation_id=org.id, group_id=group.id, role="buddy", joined_at=day(8, 1)))
        gone = member("Zahra")
        member("Nieuw", joined=day(10, 1))
        member("Wim", group_id=other.id)  # another group of the organisation
        db.add(BuddyPair(group_id=group.id, buddy_id=bram.id, member_id=p[0].id, consent=True, created_at=day(8, 2)))

        def meeting(when: dt.datetime, status: str, present: dict[Member, bool] | None = None,
                    moved_from: dt.datetime | None = None, activity: str | None = None) -> Meeting:
            s = Meeting(group_id=group.id, starts_at=when, ends_at=when + dt.timedelta(hours=2), status=status,
                        moved_from=moved_from, activity=activity, created_at=day(8, 1),
                        attendance_at=when if status == "held" else None)
            db.add(s)
            db.flush()
            for m, here in (present or {}).items():
                db.add(Attendance(session_id=s.id, member_id=m.id, present=here, recorded_at=when))
            return s

        fatima, mehmet, els, roos, ahmed = p
        mehmet.opted_out = True  # he said stop: still a member, no longer reached
        s1 = meeting(day(9, 8), "held", {fatima: True, mehmet: True, els: True, ahmed: True, gone: True, roos: False})
        s2 = meeting(day(9, 15), "held", {fatima: True, mehmet: True, gone: True, els: False, roos: False, ahmed: False})
        meeting(day(9, 22), "cancelled")
        meeting(day(9, 30), "held", {fatima: True, mehmet: True, roos: True, ahmed: True, els: False},
                moved_from=day(9, 29), activity="activity:walk")
        meeting(day(10, 20), "planned")
        meeting(day(11, 3), "held", {fatima: True})  # after the period
        db.add(FollowUp(group_id=group.id, member_id=els.id, session_id=s2.id, reason="no-answer", status="done",
                        outcome="reached", created_at=day(9, 17), done_at=day(9, 18)))
        db.add(FollowUp(group_id=group.id, member_id=roos.id, session_id=s2.id, reason="no-answer", status="open",
                        created_at=day(9, 17)))
        db.add(WishRound(group_id=group.id, started_by=None, started_at=day(9, 10), options=[]))
        db.add(Vote(group_id=group.id, options=["activity:walk", "activity:cooking"], deadline=day(9, 20),
                    status="closed", winner=0, created_at=day(9, 17)))
        ids.update(group=group.id, org=org.id, s1=s1.id)
    with samen.sessions() as db, db.begin():  # Zahra asks to be forgotten after two meetings
        erasure.erase_member(db, db.get(Member, ids["Zahra"]), day(9, 25))
    return ids


def test_the_figures_of_a_known_season(samen) -> None:  # noqa: ANN001
    ids = season(samen)
    with samen.sessions() as db:
        report = group_report(db, db.get(Group, ids["group"]), FROM, TO)
    assert report["participants"] == {"at_start": 6, "joined": 1, "left": 2, "erased": 1, "active": 5,
                                      "at_end": 6, "phone_only": 1, "stopped": 1, "helping": 1}
    # Bram takes part and is Fatima's buddy: a participant who helps; Karin only helps: a volunteer
    assert report["volunteers"] == {"facilitators": 1, "buddies": 1}
    assert report["sessions"] == {"planned": 4, "held": 3, "cancelled": 1, "moved": 1}
    assert report["activities"] == {"activity:walk": 1}
    per = report["attendance"]["per_session"]
    assert [(s["present"], s["of"]) for s in per] == [(5, 6), (3, 6), (4, 5)]  # Zahra still counted, anonymously
    assert report["attendance"]["present_total"] == 12 and report["attendance"]["average_rate"] == round(12 / 17, 3)
    assert report["retention"] == round(5 / 6, 3)
    assert report["follow_up"] == {"created": 2, "reached": 1, "not-reached": 0, "needs-help": 0, "open": 1}
    assert report["wishes_rounds"] == 1 and report["votes"] == {"held": 1, "decided": 1}
    assert "named_attendance" not in report and "Fatima" not in json.dumps(report)  # no names by default
    with samen.sessions() as db:
        named = group_report(db, db.get(Group, ids["group"]), FROM, TO, named=True)
        whole = organisation_report(db, db.get(Organisation, ids["org"]), FROM, TO)
    assert named["named_attendance"][:2] == [{"name": "Fatima", "present": 3}, {"name": "Mehmet", "present": 3}]
    assert whole["participants"]["at_end"] == 7 and whole["scope"]["groups"] == ["Koffie Oost", "Thee West"]


def _pdf_text(data: bytes) -> str:
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    return unicodedata.normalize("NFKC", text)


def _bare(text: str) -> str:
    """Letters and digits only, without vowel marks (the PDF keeps presentation forms)."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in text if unicodedata.category(ch)[0] in "LNZ" and not unicodedata.combining(ch))


def _has_words(pdf_text: str, label: str) -> bool:
    """Every word of the label is in the PDF's text, in logical or in visual (reversed) order."""
    page = _bare(pdf_text)
    return all(word in page or word[::-1] in page for word in _bare(label).split() if len(word) > 1)


@pytest.mark.parametrize("locale", ["nl", "ar"])
def test_files_in_dutch_and_arabic(samen, locale: str) -> None:  # noqa: ANN001
    ids = season(samen)
    with samen.sessions() as db:
        report = group_report(db, db.get(Group, ids["group"]), FROM, TO)
    pdf = files.render(report, "pdf", catalog, locale)
    assert pdf.startswith(b"%PDF") and len(PdfReader(io.BytesIO(pdf)).pages) == 1
    text = _pdf_text(pdf)
    for label_id, value in (("report-held", "3"), ("report-present-total", "12"), ("report-at-end", "6")):
        assert _has_words(text, catalog.format(locale, label_id)), f"{label_id} missing from the {locale} PDF"
        assert value in text
    assert not _has_words(text, catalog.format(locale, "report-ask-period", {"group": "Zzyzx"}))  # not on the page
    rate = unicodedata.normalize("NFKC", files.value_text(report, ("attendance", "average_rate"), catalog, locale))
    assert rate in text
    png = files.render(report, "png", catalog, locale)
    assert png.startswith(b"\x89PNG") and len(png) > 5_000
    rows = list(csv.reader(io.StringIO(files.render(report, "csv", catalog, locale).decode("utf-8-sig"))))
    assert [catalog.format(locale, "report-h-sessions").translate(files._ISOLATES),
            catalog.format(locale, "report-cancelled").translate(files._ISOLATES), "1"] in rows
    assert ["2026-09-08", "Koffie Oost", "5", "6", "0.833", ""] in rows
    assert json.loads(files.render(report, "json", catalog, locale)) == report


def test_a_leader_asks_for_a_report_in_chat(bot, group_with_people, samen) -> None:  # noqa: ANN001
    import asyncio

    bot.say("samira", "menu")
    bot.tap("samira", "Rapportage")
    got = bot.tap("samira", "Laatste 3 maanden")
    assert [m.address for m in got] == ["samira"] * 4
    assert got[0].message.text.startswith("📊 Koffie Oost") and "Deelnemers: 3 " in got[0].message.text
    kinds = [(m.message.media.kind, m.message.text) for m in got[1:]]
    assert kinds == [("photo", catalog.format("nl", "report-file-chart")), ("document", catalog.format("nl", "report-file-pdf")),
                     ("document", catalog.format("nl", "report-file-csv"))]
    pdf, content_type = asyncio.run(samen.media.load(got[2].message.media.ref))
    assert content_type == "application/pdf" and "Koffie Oost" in _pdf_text(pdf)
    # a leader gets no named list and no organisation report; a participant gets no report at all
    assert "Met namen" not in str(bot.last("samira").message.choices)
    assert bot.say("els", choice=f"report:g:{group_with_people.group_id}:3m")[0].message.text == \
        catalog.format("nl", "button-expired")


def test_the_chart_shows_who_came_against_who_was_expected_in_whole_people_and_labels_the_average() -> None:
    from matplotlib.colors import to_rgb

    from bot.core.i18n import without_isolates
    from babel.numbers import format_decimal, format_percent

    from bot.reports import chart_figure, chart_text

    report = {"attendance": {"per_session": [
        {"date": "2026-10-06T12:00:00+00:00", "present": 2, "of": 3},
        {"date": "2026-10-13T12:00:00+00:00", "present": 3, "of": 3},
        {"date": "2026-10-20T12:00:00+00:00", "present": 1, "of": 2}], "average_rate": 0.75}}
    for locale in ("nl", "ar"):
        figure = chart_figure(report, catalog, locale)
        axes = figure.axes[0]
        figure.canvas.draw()
        ticks = [t.get_text().replace("\u2212", "-") for t in axes.get_yticklabels() if t.get_text()]
        assert ticks and all(re.fullmatch(r"\d+", t) for t in ticks), ticks  # whole people, never 2.5
        expected, present = axes.containers
        assert [b.get_height() for b in expected] == [3, 3, 2] and [b.get_height() for b in present] == [2, 3, 1]
        # black and white: the expected bars white and hatched, who came dark
        assert all(b.get_hatch() and to_rgb(b.get_facecolor()[:3]) == (1, 1, 1) for b in expected)
        assert all(sum(to_rgb(b.get_facecolor()[:3])) < 0.6 for b in present)
        (average,) = [line for line in axes.get_lines() if line.get_linestyle() == "--"]
        assert average.get_ydata()[0] == 2
        legend = [t.get_text() for t in axes.get_legend().get_texts()]
        assert legend[0] == chart_text(catalog.format(locale, "report-chart-average", {
            "average": format_decimal(2.0, locale=locale), "rate": format_percent(0.75, locale=locale)}), locale)
    # Arabic goes to matplotlib as written: it shapes and orders it itself (reversed twice, it read backwards)
    assert axes.get_title() == without_isolates(catalog.format("ar", "report-chart-title"))
