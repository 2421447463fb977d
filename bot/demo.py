"""`samen demo`: an offline, deterministic walk through samen on a simulated clock and a fresh
SQLite database.  A coordinator sets up a group, a group leader and participants join in Dutch,
Arabic and Turkish (Fatima, who reads little, has her messages read aloud too: the transcript marks
each voice note "[voice 14 s, ar]", and the reminder's voice note in every voiced language is
written to ./samen-demo/voice/), messages are relayed both ways, a member without a smartphone is added, and
the group leader messages everyone (with a version in Arabic), and someone stops messages.  The
conversation is printed as it happens: who got what, in which language.
"""
from __future__ import annotations

import datetime as dt
import tempfile
import textwrap
from pathlib import Path
from random import Random
from zoneinfo import ZoneInfo

from sqlalchemy import select

from bot.app import build
from bot.channels.console import ConsoleChannel, as_plain_text
from bot.config import Config
from bot.console import ConsoleDriver
from bot.core.clock import FrozenClock
from bot.core.messages import Media, Rendered
from storage import queries
from storage.models import Group, Organisation

START = dt.datetime(2026, 9, 7, 8, 0, tzinfo=dt.timezone.utc)  # a Monday, 10:00 in Amsterdam


class Transcript:
    def __init__(self, clock: FrozenClock) -> None:
        self.clock = clock

    def stamp(self) -> str:
        return self.clock.now().astimezone(ZoneInfo("Europe/Amsterdam")).strftime("%a %H:%M")

    def said(self, who: str, text: str) -> None:
        print(f"[{self.stamp()}] {who} › {text}")

    def got(self, address: str, message: Rendered) -> None:
        body = as_plain_text(message)
        lines = body.splitlines() or [""]
        head = f"{'':7}  ‹ {address} [{message.locale}]: "
        print(head + lines[0])
        for line in lines[1:]:
            print(" " * len(head) + line)

    @staticmethod
    def scene(title: str) -> None:
        print()
        print(f"== {title} ==")


def run_demo(database_dir: Path | None = None, report_dir: Path | None = None, serve: float = 0,
             port: int = 8000) -> int:
    """Run the demo; prints the transcript, writes the season's report (PDF, chart, CSV) to
    `report_dir` (default ./samen-demo) and returns 0.  With `serve` (seconds), the web page is then
    up that long on 127.0.0.1:`port`, for the sign-in link the coordinator got."""
    with tempfile.TemporaryDirectory(prefix="samen-demo-") as tmp:
        folder = database_dir or Path(tmp)
        clock = FrozenClock(START)
        out = Transcript(clock)
        channel = ConsoleChannel(printer=out.got)
        samen = build(Config(database_url=f"sqlite:///{folder / 'demo.sqlite3'}", port=port), clock=clock,
                      channels={"console": channel}, rng=Random(7))
        bot = ConsoleDriver(samen, channel)
        try:
            _script(samen, bot, out, clock, (report_dir or Path("samen-demo")) / "voice")
            _report(samen, out, clock, report_dir or Path("samen-demo"))
            if serve > 0:
                _serve(samen, port, serve)
            else:
                print("Run `samen demo --serve` (or `make web-demo`) to open Ingrid's link: the web page is then up "
                      "for a minute.")
        finally:
            samen.close()
    return 0


def _serve(samen, port: int, seconds: float) -> None:  # noqa: ANN001
    """The web page on 127.0.0.1:`port` for `seconds`, on the demo's database (its clock stands still,
    so the sign-in link stays valid)."""
    import threading

    import uvicorn

    from bot.app import web_app

    server = uvicorn.Server(uvicorn.Config(web_app(samen, background=False, channels=False, handling=False),
                                           host="127.0.0.1", port=port, log_level="warning", log_config=None))
    timer = threading.Timer(seconds, lambda: setattr(server, "should_exit", True))
    timer.start()
    print(f"The web page is up for {seconds:.0f} s at http://127.0.0.1:{port}/ : open Ingrid's sign-in link above.",
          flush=True)
    try:
        server.run()
    finally:
        timer.cancel()


def _report(samen, out: Transcript, clock: FrozenClock, folder: Path) -> None:  # noqa: ANN001
    """The season so far, as a coordinator would hand it to a funder."""
    from bot import reports as files
    from storage.reports import group_report

    out.scene("The coordinator writes the season's report for the funder")
    start = dt.datetime.combine(START.date(), dt.time(), dt.timezone.utc)
    end = dt.datetime.combine(clock.now().date() + dt.timedelta(days=1), dt.time(), dt.timezone.utc)
    with samen.sessions() as db:
        group = db.scalars(select(Group)).first()
        figures = group_report(db, group, start, end)
    folder.mkdir(parents=True, exist_ok=True)
    for fmt in ("pdf", "png", "csv"):
        (folder / f"report.{fmt}").write_bytes(files.render(figures, fmt, samen.catalog, "nl"))
    from babel.dates import format_date
    from babel.numbers import format_percent

    rate = figures["attendance"]["average_rate"]
    print(f"$ samen report --group \"{group.name}\" --from {start:%Y-%m-%d} --to {end - dt.timedelta(days=1):%Y-%m-%d}"
          " --language nl")
    summary = samen.catalog.format("nl", "report-summary", {  # in Ingrid's language, like the files
        "name": figures["scope"]["name"], "from": format_date(start.date(), "long", locale="nl"),
        "to": format_date((end - dt.timedelta(days=1)).date(), "long", locale="nl"),
        "participants": figures["participants"]["at_end"], "active": figures["participants"]["active"],
        "held": figures["sessions"]["held"], "rate": "—" if rate is None else format_percent(rate, locale="nl"),
        "volunteers": figures["volunteers"]["facilitators"] + figures["volunteers"]["buddies"]})
    print("\n".join("  " + line for line in summary.splitlines()[:-1]))
    print(f"  The report is in {folder.resolve()}: report.pdf (one page), report.png (the chart), report.csv")
    print()
    print("The demo is done: nothing but the report left this machine. Try it yourself with `samen chat`.")


def _first_session(samen) -> dt.datetime:  # noqa: ANN001
    from sqlalchemy import select

    from storage.models import Meeting

    with samen.sessions() as db:
        return db.scalars(select(Meeting.starts_at).order_by(Meeting.starts_at)).first()


def _say(bot: ConsoleDriver, out: Transcript, who: str, text: str, **kw: object) -> None:
    out.said(who, text)
    bot.say(who, text, **kw)  # type: ignore[arg-type]


def _tap(bot: ConsoleDriver, out: Transcript, who: str, label: str | int) -> None:
    out.said(who, f"(taps {label!r})" if isinstance(label, str) else f"{label}")
    bot.tap(who, label) if isinstance(label, str) else bot.say(who, str(label))


def _voice_notes(samen, out: Transcript, first: dt.datetime, folder: Path) -> None:  # noqa: ANN001
    """The first meeting's reminder as each voiced language hears it, written to `folder`."""
    from bot.core.messages import Choice
    from bot.core.spoken import VOICES

    speech = samen.sender.speech
    folder.mkdir(parents=True, exist_ok=True)
    for locale in VOICES:
        rendered = samen.catalog.render(locale, "reminder", {"date": first, "place": "Buurthuis De Linde",
                                                             "note": "none"},
                                        [Choice("rsvp:1:yes", "rsvp-yes"), Choice("rsvp:1:no", "rsvp-no"),
                                         Choice("rsvp:1:call", "rsvp-call")])
        clip = speech.speak(locale, samen.catalog.spoken(rendered))
        (folder / f"reminder-{locale}.ogg").write_bytes(speech.load(clip.ref)[0])
    print(f"(the reminder as it sounds in {', '.join(VOICES)}: {folder.resolve()}/reminder-<language>.ogg)")


def _script(samen, bot: ConsoleDriver, out: Transcript, clock: FrozenClock,  # noqa: ANN001
            voice_dir: Path) -> None:
    print(textwrap.dedent("""\
        samen demo: offline, on a simulated clock and a fresh database.
        Lines with › are what people send; lines with ‹ are what the bot sends, to whom, in which language.
        Buttons show as numbered choices; answering with the number is the same as tapping."""))

    out.scene("A coordinator sets up the group")
    with samen.sessions() as db, db.begin():
        org = Organisation(name="Buurthuis De Linde", created_at=clock.now())
        db.add(org)
        db.flush()
        group = Group(organisation_id=org.id, name="Koffie & Thee", language="ar", languages="ar,tr,nl",
                      language_variant="ar_MA", city="Utrecht",
                      region="midden", traditions="dutch,islamic", created_at=clock.now())
        db.add(group)
        db.flush()
        invite = queries.create_invite(db, organisation_id=org.id, group_id=group.id, role="facilitator",
                                       now=clock.now(), days=14, uses=2, rng=Random(1))
        code = invite.code
    print('$ samen org create "Buurthuis De Linde"')
    print('$ samen group create "Koffie & Thee" --org "Buurthuis De Linde" --language ar --city Utrecht '
          '--region midden --traditions dutch,islamic')
    print(f"$ samen invite --group \"Koffie & Thee\" --role facilitator   → {code}")

    out.scene("Samira, the group leader, joins in Dutch")
    _say(bot, out, "Samira", f"/start {code}", language="nl")
    _tap(bot, out, "Samira", "Ja, dat is goed")
    _tap(bot, out, "Samira", "Nederlands")

    out.scene("Samira makes an invite code for her participants")
    _tap(bot, out, "Samira", "Uitnodigen")
    participant_code = bot.last("Samira").message.text.split(": ", 1)[1].split()[0]

    out.scene("Fatima joins in Arabic")
    clock.advance(minutes=30)
    _say(bot, out, "Fatima", participant_code, language="ar")
    _say(bot, out, "Fatima", "1")  # I agree
    _tap(bot, out, "Fatima", "العربية")
    _tap(bot, out, "Fatima", 1)  # 🔊 yes, also as voice: she reads little
    _tap(bot, out, "Fatima", 1)  # yes, call me

    out.scene("Mehmet joins in Turkish")
    clock.advance(minutes=12)
    _say(bot, out, "Mehmet", participant_code)
    _tap(bot, out, "Mehmet", 3)  # another language
    _tap(bot, out, "Mehmet", "Türkçe")
    _tap(bot, out, "Mehmet", 1)  # agree
    _tap(bot, out, "Mehmet", 2)  # text is enough
    _tap(bot, out, "Mehmet", 2)  # no calls

    out.scene("Els joins in Dutch")
    clock.advance(minutes=5)
    _say(bot, out, "Els", participant_code, language="nl")
    _tap(bot, out, "Els", 1)
    _tap(bot, out, "Els", "Nederlands")
    _tap(bot, out, "Els", 2)  # text is enough
    _tap(bot, out, "Els", 1)

    out.scene("Fatima tells her group leader she is ill; Samira answers")
    clock.advance(hours=20)
    _say(bot, out, "Fatima", "أنا مريضة اليوم ولن أستطيع الحضور")
    _tap(bot, out, "Samira", "Antwoorden")
    _say(bot, out, "Samira", "Beterschap, Fatima! Wij denken aan je. Tot volgende week.")

    out.scene("Mehmet sends a voice note")
    clock.advance(minutes=40)
    out.said("Mehmet", "(voice note, 9 s)")
    bot.say("Mehmet", media=(Media("voice", "voice-note-mehmet-1", "audio/ogg", 9),))

    out.scene("Samira adds Ahmed, who has no smartphone")
    _say(bot, out, "Samira", "menu")
    _tap(bot, out, "Samira", "Zonder smartphone")
    _say(bot, out, "Samira", "Ahmed")
    _tap(bot, out, "Samira", "العربية")
    _tap(bot, out, "Samira", "Overslaan")
    _say(bot, out, "Samira", "menu")
    _tap(bot, out, "Samira", "Deelnemers")

    out.scene("Samira plans the year: weekly on Tuesdays, around Ramadan and the summer")
    _say(bot, out, "Samira", "menu")
    _tap(bot, out, "Samira", "Jaar plannen")
    _tap(bot, out, "Samira", "Dinsdag")
    _tap(bot, out, "Samira", "10:00")
    _tap(bot, out, "Samira", "Elke week")
    _tap(bot, out, "Samira", 1)
    _say(bot, out, "Samira", "Buurthuis De Linde")
    _tap(bot, out, "Samira", "Juli en augustus")
    _tap(bot, out, "Samira", "Klaar")
    _tap(bot, out, "Samira", "Planning opslaan")
    _tap(bot, out, "Samira", "Groet inspreken")  # her own voice goes with every reminder
    out.said("Samira", "(voice note, 7 s)")
    bot.say("Samira", media=(Media("voice", "voice-note-samira-greeting", "audio/ogg", 7),))

    out.scene("A week of reminders: the day before at 10:00, and on the day")
    first = _first_session(samen)
    clock.set(first - dt.timedelta(days=1))  # the day before, 10:00 in Amsterdam
    print(f"[{out.stamp()}] (the day before the meeting)")
    samen.ticker.tick()
    bot.flush()
    _say(bot, out, "Fatima", "نعم سآتي إن شاء الله")  # "yes, I'll come, God willing": taken as ✅
    _tap(bot, out, "Mehmet", 3)  # 📞 please call me
    _tap(bot, out, "Els", 2)  # ❌ can't come
    clock.set(first - dt.timedelta(hours=2))
    print(f"[{out.stamp()}] (two hours before the meeting: who said she is coming is not asked again)")
    samen.ticker.tick()
    bot.flush()
    _say(bot, out, "Els", "volgende")
    _voice_notes(samen, out, first, voice_dir)

    out.scene("After the meeting: attendance, check-ins, the leader's overview and a follow-up call")
    clock.set(first + dt.timedelta(hours=2))
    print(f"[{out.stamp()}] (the meeting has ended)")
    samen.ticker.tick()
    bot.flush()
    _say(bot, out, "Samira", "alle behalve 2 3")
    _tap(bot, out, "Samira", "Bevestigen")
    clock.set(first + dt.timedelta(hours=5))
    print(f"[{out.stamp()}] (three hours later)")
    samen.ticker.tick()
    bot.flush()
    _tap(bot, out, "Fatima", 3)  # 📞 please call me: she is asked for her number first
    out.said("Fatima", "(shares her number)")
    bot.say("Fatima", contact_phone="+31612345678")
    _tap(bot, out, "Samira", "Bereikt")
    clock.set(first + dt.timedelta(hours=53))
    print(f"[{out.stamp()}] (two days later)")
    samen.ticker.tick()
    bot.flush()

    out.scene("Samira asks Mehmet to be Fatima's buddy; Fatima agrees")
    _say(bot, out, "Samira", "menu")
    _tap(bot, out, "Samira", "Maatjes")
    _tap(bot, out, "Samira", "🤝 Mehmet")
    _tap(bot, out, "Samira", "Fatima")
    _tap(bot, out, "Fatima", 1)

    out.scene("A wishes round: what makes you happy, what did you do before, what shall we do together?")
    _say(bot, out, "Samira", "menu")
    _tap(bot, out, "Samira", "Wensen")
    _tap(bot, out, "Fatima", 2)  # cook and eat
    _say(bot, out, "Fatima", "كنت أخيط الملابس")
    _tap(bot, out, "Fatima", 2)
    out.said("Mehmet", "(voice note, 6 s)")
    bot.say("Mehmet", media=(Media("voice", "voice-note-mehmet-2", "audio/ogg", 6),))
    _tap(bot, out, "Mehmet", 1)  # the later questions show the most chosen activities first
    _tap(bot, out, "Mehmet", 2)
    _tap(bot, out, "Els", 17)  # I don't know yet
    _tap(bot, out, "Els", 1)
    _tap(bot, out, "Els", 2)

    out.scene("Samira picks the options; the group votes; the result goes to the next meeting")
    _say(bot, out, "Samira", "menu")
    _tap(bot, out, "Samira", "Stemming")
    _tap(bot, out, "Samira", "Koken en eten")
    _tap(bot, out, "Samira", "Buurtwandeling")
    _tap(bot, out, "Samira", "Stemming starten")
    _tap(bot, out, "Fatima", 1)
    _tap(bot, out, "Mehmet", 1)
    _tap(bot, out, "Els", 2)
    clock.advance(days=3)
    print(f"[{out.stamp()}] (the vote closes)")
    samen.ticker.tick()
    bot.flush()

    out.scene("Samira sends the group a message, with an Arabic version of her own; Fatima answers")
    _say(bot, out, "Samira", "menu")
    _tap(bot, out, "Samira", "Bericht aan allen")
    _tap(bot, out, "Samira", "Iedereen")
    _say(bot, out, "Samira", "Donderdag neemt iedereen iets lekkers mee om te delen!")
    _tap(bot, out, "Samira", "Andere taal")
    _tap(bot, out, "Samira", "العربية")
    _say(bot, out, "Samira", "يوم الخميس يحضر كل واحد شيئا لذيذا للمشاركة!")
    _tap(bot, out, "Samira", "Versturen")
    _say(bot, out, "Fatima", "سأحضر الكعك 🍪")

    out.scene("Els writes a sentence with 'stop' in it, then stops messages: Samira is told")
    _say(bot, out, "Els", "Ik stop vandaag wat eerder, tot donderdag!")
    _say(bot, out, "Els", "stop")

    out.scene("Ingrid, the coordinator, joins and asks for the web page")
    with samen.sessions() as db, db.begin():
        org = db.scalars(select(Organisation)).first()
        code = queries.create_invite(db, organisation_id=org.id, group_id=None, role="coordinator",
                                     now=clock.now(), days=14, uses=1, rng=Random(2)).code
    print(f"$ samen invite --org \"{org.name}\" --role coordinator   → {code}")
    _say(bot, out, "Ingrid", f"/start {code}", language="nl")
    _tap(bot, out, "Ingrid", 1)  # yes
    _tap(bot, out, "Ingrid", 1)  # Nederlands
    _say(bot, out, "Ingrid", "web")

