"""Report files from the figures of `storage.reports`: CSV, JSON, a PNG chart of attendance over
time (matplotlib) and a one-page PDF (fpdf2) in the reader's language.

Arabic is shaped (`arabic-reshaper`) and put in visual order (`python-bidi`) before matplotlib or
the PDF draw it, since neither shapes text itself; both use DejaVu Sans from matplotlib's own
fonts, which has the Arabic glyphs.  matplotlib and fpdf2 are imported only when a file is made:
they cost memory in a service that rarely needs them.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

from babel.dates import format_date
from babel.numbers import format_decimal, format_percent

from bot.core.i18n import ISOLATES, RTL_LOCALES, Catalog, supported_locale, without_isolates

FORMATS = {"csv": "text/csv", "json": "application/json", "png": "image/png", "pdf": "application/pdf"}
_ISOLATES = ISOLATES

# (section label, [(figure label, path into the report)])
FIGURES: tuple[tuple[str, tuple[tuple[str, tuple[str, ...]], ...]], ...] = (
    ("report-h-participants", (
        ("report-at-start", ("participants", "at_start")), ("report-joined", ("participants", "joined")),
        ("report-left", ("participants", "left")), ("report-erased", ("participants", "erased")),
        ("report-active", ("participants", "active")), ("report-at-end", ("participants", "at_end")),
        ("report-stopped", ("participants", "stopped")), ("report-phone-only", ("participants", "phone_only")),
        ("report-helping", ("participants", "helping")))),
    ("report-h-volunteers", (
        ("report-facilitators", ("volunteers", "facilitators")), ("report-buddies", ("volunteers", "buddies")))),
    ("report-h-sessions", (
        ("report-planned", ("sessions", "planned")), ("report-held", ("sessions", "held")),
        ("report-cancelled", ("sessions", "cancelled")), ("report-moved", ("sessions", "moved")))),
    ("report-h-attendance", (
        ("report-present-total", ("attendance", "present_total")),
        ("report-average-rate", ("attendance", "average_rate")), ("report-retention", ("retention",)),
        ("report-away-weeks", ("attendance", "away_weeks")))),
    ("report-h-follow-up", (
        ("report-tasks-created", ("follow_up", "created")), ("report-reached", ("follow_up", "reached")),
        ("report-not-reached", ("follow_up", "not-reached")), ("report-needs-help", ("follow_up", "needs-help")),
        ("report-open", ("follow_up", "open")))),
    ("report-h-co-creation", (
        ("report-wishes-rounds", ("wishes_rounds",)), ("report-votes-held", ("votes", "held")),
        ("report-votes-decided", ("votes", "decided")))),
    ("report-h-phone", (
        ("report-calls", ("phone", "calls")), ("report-sms-segments", ("phone", "sms_segments")))),
)
RATES = {("attendance", "average_rate"), ("retention",)}


def _get(report: dict[str, Any], path: tuple[str, ...]) -> Any:
    value: Any = report
    for key in path:
        value = value.get(key) if isinstance(value, dict) else None
    return value


def value_text(report: dict[str, Any], path: tuple[str, ...], catalog: Catalog, locale: str) -> str:
    value = _get(report, path)
    if value is None:
        return "—"
    if path in RATES:
        return format_percent(value, locale=_babel(locale))
    return str(value)


def _babel(locale: str) -> str:
    return supported_locale(locale) or "nl"


def period_text(report: dict[str, Any], locale: str) -> tuple[str, str]:
    start = dt.date.fromisoformat(report["period"]["from"])
    end = dt.date.fromisoformat(report["period"]["to"])
    return (format_date(start, "long", locale=_babel(locale)), format_date(end, "long", locale=_babel(locale)))


def rows(report: dict[str, Any], catalog: Catalog, locale: str) -> list[tuple[str, str, str]]:
    """(section, figure, value) in the reader's language, activities and named attendance included."""
    out = []
    for section, figures in FIGURES:
        for label, path in figures:
            out.append((catalog.format(locale, section), catalog.format(locale, label),
                        value_text(report, path, catalog, locale)))
    activities = report.get("activities") or {}
    heading = catalog.format(locale, "report-h-activities")
    if activities:
        for key, count in activities.items():
            out.append((heading, _activity(key, catalog, locale), str(count)))
    else:
        out.append((heading, catalog.format(locale, "report-none"), "0"))
    phone = report.get("phone") or {}
    heading = catalog.format(locale, "report-h-phone")
    calls, segments = catalog.format(locale, "report-calls"), catalog.format(locale, "report-sms-segments")
    for month, used in (phone.get("by_month") or {}).items():  # what it cost, month by month
        name = format_date(dt.date.fromisoformat(f"{month}-01"), "LLLL y", locale=_babel(locale))
        out += [(heading, f"{calls} · {name}", str(used["calls"])), (heading, f"{segments} · {name}", str(used["sms_segments"]))]
    for group, used in (phone.get("by_group") or {}).items():
        out += [(heading, f"{calls} · {group}", str(used["calls"])), (heading, f"{segments} · {group}", str(used["sms_segments"]))]
    for line in report.get("named_attendance") or []:
        out.append((catalog.format(locale, "report-h-named"), line["name"], str(line["present"])))
    return [(without_isolates(a), without_isolates(b), c) for a, b, c in out]


def _activity(key: str, catalog: Catalog, locale: str) -> str:
    if key.startswith("activity:"):
        return catalog.format(locale, f"activity-{key[9:]}")
    return key.split(":", 1)[1] if key.startswith("text:") else key


# -- formats ------------------------------------------------------------------------------------
def to_json(report: dict[str, Any]) -> bytes:
    return json.dumps(report, ensure_ascii=False, indent=2).encode()


def to_csv(report: dict[str, Any], catalog: Catalog, locale: str) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    title = without_isolates(catalog.format(locale, "report-title", {"name": report["scope"]["name"]}))
    writer.writerow([title, report["period"]["from"], report["period"]["to"]])
    writer.writerows(rows(report, catalog, locale))
    writer.writerow([])
    writer.writerow(["date", "group", "present", "of", "rate", "activity"])
    for s in report["attendance"]["per_session"]:
        writer.writerow([s["date"][:10], s["group"], s["present"], s["of"], "" if s["rate"] is None else s["rate"],
                         s["activity"] or ""])
    return buffer.getvalue().encode("utf-8-sig")  # the BOM lets spreadsheets read the accents and Arabic


def visual(text: str, locale: str) -> str:
    """Text as a left-to-right renderer must draw it: Arabic shaped and in visual order."""
    text = without_isolates(text)
    if locale not in RTL_LOCALES:
        return text
    import arabic_reshaper
    from bidi.algorithm import get_display

    return get_display(arabic_reshaper.reshape(text))


def _font(bold: bool = False) -> Path:
    import matplotlib

    return Path(matplotlib.get_data_path()) / "fonts" / "ttf" / ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")


def chart_text(text: str, locale: str) -> str:
    """Text for the chart: matplotlib built with libraqm shapes Arabic and lays it out right to left
    itself (given it already shaped and reversed, it would reverse it again); an older one needs
    `visual`."""
    from matplotlib import ft2font

    if getattr(ft2font, "__libraqm_version__", None):
        return without_isolates(text)
    return visual(text, locale)


def chart_figure(report: dict[str, Any], catalog: Catalog, locale: str) -> Any:
    """Per meeting, who was expected (members of the group that day: an outlined, hatched bar) and
    who came (a dark bar inside it), whole people on the axis, and the average who came as a dashed,
    labelled line: readable in black and white."""
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    def say(message_id: str, args: dict | None = None) -> str:
        return chart_text(catalog.format(locale, message_id, args or {}), locale)

    sessions = report["attendance"]["per_session"]
    figure = Figure(figsize=(8, 3.6), dpi=120)
    axes = figure.add_subplot()
    labels = [format_date(dt.date.fromisoformat(s["date"][:10]), "d MMM", locale=_babel(locale)) for s in sessions]
    positions = list(range(len(sessions)))
    axes.bar(positions, [s["of"] for s in sessions], width=0.7, facecolor="white", edgecolor="black", hatch="///",
             label=say("report-chart-expected"))
    axes.bar(positions, [s["present"] for s in sessions], width=0.45, color="#1d2430", label=say("report-chart-present"))
    axes.set_xticks(positions, [chart_text(label, locale) for label in labels], rotation=45, ha="right", fontsize=8)
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_ylim(0, max([s["of"] for s in sessions] + [1]) + 1)
    axes.set_ylabel(say("report-chart-people"))
    axes.set_title(say("report-chart-title"))
    if sessions:
        average = sum(s["present"] for s in sessions) / len(sessions)
        rate = report["attendance"].get("average_rate")
        label = say("report-chart-average", {"average": format_decimal(round(average, 1), locale=_babel(locale)),
                                             "rate": format_percent(rate, locale=_babel(locale)) if rate is not None
                                             else "—"})
        axes.axhline(average, color="black", linestyle="--", linewidth=1.2, label=label)
        axes.legend(loc="upper left", fontsize=8, frameon=True)
    else:
        axes.text(0.5, 0.5, say("report-none"), ha="center", transform=axes.transAxes)
    figure.tight_layout()
    return figure


def chart_png(report: dict[str, Any], catalog: Catalog, locale: str) -> bytes:
    buffer = io.BytesIO()
    chart_figure(report, catalog, locale).savefig(buffer, format="png")
    return buffer.getvalue()


def to_pdf(report: dict[str, Any], catalog: Catalog, locale: str) -> bytes:
    """One A4 page: title, period, the figures in two columns, the chart."""
    from fpdf import FPDF

    rtl = locale in RTL_LOCALES
    align = "R" if rtl else "L"
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.add_font("DejaVu", "", str(_font()))
    pdf.add_font("DejaVu", "B", str(_font(bold=True)))
    width = pdf.w - pdf.l_margin - pdf.r_margin
    pdf.set_font("DejaVu", "B", 15)
    pdf.cell(width, 9, visual(catalog.format(locale, "report-title", {"name": report["scope"]["name"]}), locale),
             align=align, new_x="LMARGIN", new_y="NEXT")
    start, end = period_text(report, locale)
    pdf.set_font("DejaVu", "", 10)
    pdf.cell(width, 6, visual(catalog.format(locale, "report-period", {"from": start, "to": end}), locale),
             align=align, new_x="LMARGIN", new_y="NEXT")
    if report["scope"]["kind"] == "organisation":
        pdf.cell(width, 5, visual(", ".join(report["scope"]["groups"]), locale)[:150], align=align,
                 new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    lines = rows(report, catalog, locale)
    column = width / 2 - 3
    top = pdf.get_y()
    half = (len(lines) + 1) // 2
    for index, chunk in enumerate((lines[:half], lines[half:])):
        x = pdf.l_margin + (index if not rtl else 1 - index) * (column + 6)
        pdf.set_xy(x, top)
        section = None
        for heading, label, value in chunk:
            if heading != section:
                section = heading
                pdf.set_font("DejaVu", "B", 9)
                pdf.set_x(x)
                pdf.cell(column, 5.2, visual(heading, locale), align=align, new_x="LMARGIN", new_y="NEXT")
                pdf.set_font("DejaVu", "", 8.5)
            pdf.set_x(x)
            if rtl:
                pdf.cell(18, 4.6, value, align="L")
                pdf.cell(column - 18, 4.6, visual(label, locale), align="R", new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.cell(column - 18, 4.6, visual(label, locale), align="L")
                pdf.cell(18, 4.6, value, align="R", new_x="LMARGIN", new_y="NEXT")
        bottom = pdf.get_y()
        if index == 0:
            first_bottom = bottom
    y = max(first_bottom, pdf.get_y()) + 4
    room = pdf.h - pdf.b_margin - y
    chart = chart_png(report, catalog, locale)
    height = min(room, width * 3.6 / 8)
    if height > 30:
        pdf.image(io.BytesIO(chart), x=pdf.l_margin, y=y, w=height * 8 / 3.6, h=height)
    return bytes(pdf.output())


def render(report: dict[str, Any], fmt: str, catalog: Catalog, locale: str) -> bytes:
    """The report in one format: csv, json, png or pdf."""
    if fmt == "csv":
        return to_csv(report, catalog, locale)
    if fmt == "json":
        return to_json(report)
    if fmt == "png":
        return chart_png(report, catalog, locale)
    if fmt == "pdf":
        return to_pdf(report, catalog, locale)
    raise ValueError(f"unknown report format {fmt!r} (csv, json, png or pdf)")
