"""Planning in chat, a button at every step: group -> weekday -> time -> frequency -> start ->
place -> summer break -> traditions -> preview (every moved or skipped date with its reason, the
defaults applied, the warnings) -> save.  Also: move or cancel one session, add an extra one.
Every member hears of a change in their own language.

The wizard's answers so far live in the leader's waiting state (`Member.question_data`); every
step checks that state and the leader's right to plan for the group again.
"""
from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

from babel.dates import get_day_names

from bot.core.calendar import TRADITIONS, observances
from bot.core.i18n import short_date
from sqlalchemy import null

from bot.core.messages import Choice, Outbound
from bot.core.text import has_words
from bot.core.planner import Plan, Rule, plan
from bot.core.plan_text import plan_lines
from handlers import auth, reminders
from handlers.base import Context
from storage import queries
from storage.models import OWN_NOTE, Group, Meeting, Member

WHATSAPP_WINDOW = dt.timedelta(hours=24)  # WhatsApp lets a business write freely this long after a person wrote
PLACE_MAX = 200  # a place or a note for one meeting

TIMES = ("09:30", "10:00", "13:00", "14:00", "19:00")
WIZARD_WINDOW = dt.timedelta(hours=2)
_TIME = re.compile(r"^([01]?\d|2[0-3])[:.h]?([0-5]\d)$")


def _group(ctx: Context, ref: str, action: str) -> Group | None:
    return auth.group_if_allowed(ctx.db, ctx.member, ref, action)


def _today(ctx: Context, group: Group) -> dt.date:
    return ctx.now().astimezone(ZoneInfo(group.timezone)).date()


def _ask(ctx: Context, data: dict, question: str, message_id: str, args: dict | None = None,
         choices: tuple[Choice, ...] = ()) -> list[Outbound]:
    assert ctx.member is not None
    ctx.wait_for(ctx.member, question, data, WIZARD_WINDOW)
    return [ctx.reply(message_id, args or {}, choices=choices + (Choice("sched:cancel", "cancel", "✖️"),))]


# -- the wizard --------------------------------------------------------------------------------
def on_sched(ctx: Context, args: list[str]) -> list[Outbound]:
    member = ctx.member
    assert member is not None
    action = args[0] if args else ""
    if action == "start":
        group = _group(ctx, args[1] if len(args) > 1 else "", "schedule.plan")
        if group is None:
            return [ctx.reply("button-expired")]
        data = {"group": group.id, "traditions": [t for t in group.traditions.split(",") if t in TRADITIONS]}
        return _ask_weekday(ctx, data)
    waiting = ctx.waiting(member)
    if waiting is None or not waiting[0].startswith("sched"):
        return [ctx.reply("button-expired")]
    data = waiting[1]
    group = _group(ctx, str(data.get("group", "")), "schedule.plan")
    if group is None:
        ctx.done_waiting(member)
        return [ctx.reply("button-expired")]
    value = args[1] if len(args) > 1 else ""
    if action == "cancel":
        ctx.done_waiting(member)
        return [ctx.reply("sched-cancelled")]
    if action == "wd" and value.isdigit() and int(value) < 7:
        data["weekday"] = int(value)
        return _ask_time(ctx, data)
    if action == "time" and _TIME.match(value):
        return _after_time(ctx, data, value)
    if action == "every" and value in ("1", "2") and "time" in data:
        data["every"] = int(value)
        return _ask_from(ctx, data, group)
    if action == "from" and re.fullmatch(r"\d{8}", value) and "every" in data:
        data["from"] = f"{value[:4]}-{value[4:6]}-{value[6:]}"
        return _ask_place(ctx, data)
    if action == "place" and "from" in data:
        data["place"] = None
        return _ask_break(ctx, data)
    if action == "break" and value in ("none", "school", "summer") and "from" in data:
        data["break"] = value
        return _ask_traditions(ctx, data)
    if action == "trad" and "break" in data:
        if value == "done":
            return _preview(ctx, data, group)
        if value in TRADITIONS:
            chosen = set(data.get("traditions", []))
            chosen ^= {value}
            data["traditions"] = sorted(chosen)
            return _ask_traditions(ctx, data)
    if action == "save" and data.get("previewed"):
        return _save(ctx, data, group)
    return [ctx.reply("button-expired")]


def on_input(ctx: Context, question: str, data: dict) -> list[Outbound]:
    """Typed answers in the wizard: a time such as 10:30, or the place."""
    assert ctx.inbound is not None
    text = ctx.inbound.text.strip()
    if question == "sched-time":
        match = _TIME.match(text.replace(" ", ""))
        if not match:
            return _ask(ctx, data, "sched-time", "sched-bad-time", choices=_time_choices())
        return _after_time(ctx, data, f"{int(match.group(1)):02d}{match.group(2)}")
    if question == "sched-place":
        if not text or len(text) > 200:
            return _ask_place(ctx, data)
        data["place"] = text
        return _ask_break(ctx, data)
    return [ctx.reply("button-expired")]


def _ask_weekday(ctx: Context, data: dict) -> list[Outbound]:
    names = get_day_names("wide", locale=ctx.locale)
    choices = tuple(Choice(f"sched:wd:{i}", text=names[i].capitalize()) for i in range(7))
    return _ask(ctx, data, "sched", "sched-ask-weekday", choices=choices)


def _time_choices() -> tuple[Choice, ...]:
    return tuple(Choice(f"sched:time:{t.replace(':', '')}", text=f"🕙 {t}") for t in TIMES)


def _ask_time(ctx: Context, data: dict) -> list[Outbound]:
    return _ask(ctx, data, "sched-time", "sched-ask-time", choices=_time_choices())


def _after_time(ctx: Context, data: dict, hhmm: str) -> list[Outbound]:
    digits = hhmm.replace(":", "").replace(".", "").replace("h", "").zfill(4)
    data["time"] = f"{digits[:2]}:{digits[2:]}"
    return _ask(ctx, data, "sched", "sched-ask-every", choices=(
        Choice("sched:every:1", "sched-every-1", "🔁"), Choice("sched:every:2", "sched-every-2", "🔂")))


def _ask_from(ctx: Context, data: dict, group: Group) -> list[Outbound]:
    today = _today(ctx, group)
    first = today + dt.timedelta(days=(data["weekday"] - today.weekday()) % 7 or 7)
    dates = [first + dt.timedelta(weeks=k) for k in range(4)]
    choices = tuple(Choice(f"sched:from:{d:%Y%m%d}", text=short_date(d, ctx.locale, year=True))
                    for d in dates)
    return _ask(ctx, data, "sched", "sched-ask-from", choices=choices)


def _ask_place(ctx: Context, data: dict) -> list[Outbound]:
    return _ask(ctx, data, "sched-place", "sched-ask-place", choices=(Choice("sched:place:none", "sched-place-none", "📍"),))


def _ask_break(ctx: Context, data: dict) -> list[Outbound]:
    return _ask(ctx, data, "sched", "sched-ask-break", choices=(
        Choice("sched:break:none", "sched-break-none", "☀️"),
        Choice("sched:break:school", "sched-break-school", "🏫"),
        Choice("sched:break:summer", "sched-break-july-august", "🏖"),
    ))


def _ask_traditions(ctx: Context, data: dict) -> list[Outbound]:
    chosen = data.get("traditions", [])
    names = ", ".join(ctx.catalog.format(ctx.locale, f"tradition-{t}") for t in chosen) or "—"
    choices = tuple(Choice(f"sched:trad:{t}", f"tradition-{t}", "✅" if t in chosen else "▫️") for t in TRADITIONS)
    return _ask(ctx, data, "sched", "sched-ask-traditions", {"chosen": names},
                choices=choices + (Choice("sched:trad:done", "sched-traditions-done", "➡️"),))


def _breaks(data: dict, group: Group, first: dt.date, last: dt.date) -> list[tuple[dt.date, dt.date]]:
    choice = data.get("break")
    years = range(first.year, last.year + 1)
    if choice == "summer" or (choice == "school" and not group.region):
        return [(dt.date(y, 7, 1), dt.date(y, 8, 31)) for y in years]
    if choice == "school":
        found = observances(first, last, ("school",), region=group.region)
        return [(o.start, o.end) for o in found if o.start.month in (7, 8)]
    return []


def _make_plan(data: dict, group: Group) -> tuple[Rule, Plan, list[tuple[dt.date, dt.date]]]:
    first = dt.date.fromisoformat(data["from"])
    last = first + dt.timedelta(days=364)
    hour, minute = (int(x) for x in data["time"].split(":"))
    rule = Rule(weekday=data["weekday"], start=dt.time(hour, minute), duration=120, every_weeks=data["every"],
                first=first, until=last, place=data.get("place"), timezone=group.timezone)
    traditions = tuple(data.get("traditions", []))
    breaks = _breaks(data, group, first, last)
    region = group.region if "school" in traditions and group.region else None
    traditions = tuple(t for t in traditions if t != "school" or region)
    found = observances(first, last + dt.timedelta(days=60), traditions, region=region,
                        islamic_shift=group.islamic_shift or 0)
    return rule, plan(rule, found, dict(group.policies or {}), breaks), breaks


NOTE_MARKS = {"observance-note-ramadan": "🕌", "observance-note-school-holiday": "🏫",
              "observance-note-public-holiday": "🎉"}


def _preview(ctx: Context, data: dict, group: Group) -> list[Outbound]:
    _rule, result, _breaks_ = _make_plan(data, group)
    locale = ctx.locale

    def day(d: dt.date) -> str:
        return short_date(d, locale)

    lines = [day(s.date) + "".join(f" {NOTE_MARKS[n]}" for n in s.notes if n in NOTE_MARKS) for s in result.sessions]
    lines += plan_lines(result, ctx.catalog, locale, day)
    data["previewed"] = True
    return _ask(ctx, data, "sched", "sched-preview", {"group": group.name, "count": len(result.sessions),
                                                      "lines": "\n".join(lines)},
                choices=(Choice("sched:save", "sched-confirm", "✅"),))


def _save(ctx: Context, data: dict, group: Group) -> list[Outbound]:
    assert ctx.member is not None
    rule, result, breaks = _make_plan(data, group)
    ctx.done_waiting(ctx.member)
    settings = {"traditions": ",".join(data.get("traditions", [])) or group.traditions,
                "breaks": [[a.isoformat(), b.isoformat()] for a, b in breaks]}
    return apply_plan(ctx, group, rule, result, settings)


def apply_plan(ctx: Context, group: Group, rule: Rule, result: Plan, settings: dict | None = None) -> list[Outbound]:
    """Store a plan the leader (or coordinator) saw: the group's planned sessions from the rule's
    first day give way to it, their reminders are set, and every member hears of it in her own
    language (whoever saved it is told whom to call).  `settings`: the group's planning choices to
    keep with it (traditions, region, policies, breaks, islamic_shift).  The chat's wizard and the
    web page both save through here."""
    assert ctx.member is not None
    if not auth.allowed(ctx.db, ctx.member, "schedule.plan", group.id):
        return [auth.refuse(ctx)]
    since = dt.datetime.combine(rule.first, dt.time(0), tzinfo=ZoneInfo(group.timezone))
    new = queries.replace_planned_sessions(ctx.db, group.id, since, [
        (s.starts_at, s.ends_at, s.place, list(s.notes),
         dt.datetime.combine(s.moved_from, s.starts_at.timetz()) if s.moved_from else None)
        for s in result.sessions], ctx.now())
    written = len(new)
    for key, value in (settings or {}).items():
        if key in ("traditions", "region", "policies", "breaks", "islamic_shift"):
            setattr(group, key, value)
    reminders.schedule_sessions(ctx.db, new, group, ctx.now())  # earlier sessions keep their timers
    queries.audit(ctx.db, ctx.now(), "schedule-applied", actor_id=ctx.member.id, group_id=group.id, sessions=written)
    # the reminders can carry her own voice: "record a short welcome?"
    out = [ctx.reply("sched-saved", {"count": written}, choices=(
        Choice(f"sess:greeting:{group.id}", "grp-greeting", "🎙"),))]
    if result.sessions:
        first = result.sessions[0].starts_at
        out += tell_members(ctx, group, "schedule-new", {"count": written, "first": first},
                            key=f"schedule-new:{group.id}:{ctx.now():%Y%m%d%H%M%S}")
    return out


def tell_members(ctx: Context, group: Group, message_id: str, args: dict, key: str) -> list[Outbound]:
    """One notice to every member of the group (each in their own language when it is sent), and
    one to the group's linked Telegram chat, if it has one (in the group's language).  Whoever made
    the change is told whom to call: members without a smartphone (or any address), and members
    WhatsApp will not let samen write to until they write first."""
    args = dict(args, **group.dates)
    people = [m for m in queries.group_members(ctx.db, group.id) if m.id != (ctx.member.id if ctx.member else None)]
    out = [Outbound(message_id, args, member_id=m.id, kind="notice", dedupe_key=f"{key}:{m.id}")
           for m in people if not m.phone_only]
    if group.telegram_chat:  # the chat sees the date change where the members talk about it
        out.append(Outbound(message_id, args, channel="telegram", address=group.telegram_chat,
                            locale=group.language, kind="notice", dedupe_key=f"{key}:chat"))
    if ctx.member is not None:
        out += call_these(ctx, [m for m in people if not m.opted_out])
    return out


def call_these(ctx: Context, people: list[Member]) -> list[Outbound]:
    """"Please call these members to pass this on": 📵 no smartphone, ⏳ WhatsApp holds messages to
    them until they write; with the number where they agreed to be called."""
    lines = []
    addresses = queries.primary_addresses(ctx.db, [m.id for m in people])
    templates: dict[str, bool] = {}  # language -> an approved notice template exists
    for m in people:
        address = addresses.get(m.id)
        if m.phone_only or address is None:
            mark = "📵"
        elif address.channel == "whatsapp" and (address.last_inbound_at is None or ctx.now() - address.last_inbound_at
                                                 >= WHATSAPP_WINDOW):
            if m.language not in templates:
                templates[m.language] = queries.template_sid(ctx.db, "notice", m.language) is not None
            if templates[m.language]:
                continue
            mark = "⏳"
        else:
            continue
        number = m.call_number if m.may_call and m.call_number else None
        lines.append(f"{mark} {m.display_name}" + (f" · {number}" if number else ""))
    if not lines:
        return []
    return [ctx.reply("call-these", {"count": len(lines), "lines": "\n".join(lines)})]


# -- one session at a time -----------------------------------------------------------------------
def on_session(ctx: Context, args: list[str]) -> list[Outbound]:
    """sess:list|extra|greeting|greetingdel:<group>, sess:pick|move|cancel|cancelyes|voice|voicedel:<session>,
    sess:moveto:<session>:<date>, sess:extraday:<group>:<date>, sess:keep."""
    action = args[0] if args else ""
    value = args[1] if len(args) > 1 else ""
    if action == "keep":
        return [ctx.reply("sched-cancelled")]
    if action in ("list", "extra"):
        group = _group(ctx, value, "schedule.change")
        if group is None:
            return [ctx.reply("button-expired")]
        if action == "list":
            return _list(ctx, group)
        today = _today(ctx, group)
        days = [today + dt.timedelta(days=k) for k in range(1, 11)]
        return [ctx.reply("sess-ask-extra-day", choices=tuple(
            Choice(f"sess:extraday:{group.id}:{d:%Y%m%d}", text=short_date(d, ctx.locale))
            for d in days))]
    if action in ("greeting", "greetingdel"):
        return _greeting(ctx, action, value)
    if action in ("extraday", "extrasame"):
        group = _group(ctx, value, "schedule.change")
        if group is None or len(args) < 3 or not re.fullmatch(r"\d{8}", args[2]):
            return [ctx.reply("button-expired")]
        day = dt.date(int(args[2][:4]), int(args[2][4:6]), int(args[2][6:]))
        known = queries.group_sessions(ctx.db, group.id)
        usual = next((m.place for m in reversed(known) if m.place), None)
        if action == "extrasame":
            return _add_extra(ctx, group, day, usual)
        # an extra meeting may well be somewhere else (a museum, someone's home): ask
        assert ctx.member is not None
        ctx.wait_for(ctx.member, "sess-extra-place", {"group": group.id, "day": args[2]})
        same = (Choice(f"sess:extrasame:{group.id}:{args[2]}", text=f"📍 {usual}"[:60]),) if usual else ()
        return [ctx.reply("sess-ask-extra-place", choices=same + (Choice("sess:keep", "cancel", "✖️"),))]
    session = ctx.db.get(Meeting, int(value)) if value.isdigit() else None
    group = _group(ctx, str(session.group_id), "schedule.change") if session is not None else None
    if session is None or group is None or session.status != "planned" or session.starts_at <= ctx.now():
        return [ctx.reply("button-expired")]
    zone = ZoneInfo(group.timezone)
    when = {"date": session.starts_at, **group.dates}
    if action == "pick":
        return [ctx.reply("sess-what", when, choices=(
            Choice(f"sess:move:{session.id}", "sess-move", "📆"),
            Choice(f"sess:place:{session.id}", "sess-place", "📍"),
            Choice(f"sess:note:{session.id}", "sess-note", "📝"),
            Choice(f"sess:voice:{session.id}", "sess-voice", "🎙"),
            Choice(f"sess:cancel:{session.id}", "sess-cancel", "🚫")))]
    if action == "voice":  # her own voice note with this meeting's reminders
        assert ctx.member is not None
        ctx.wait_for(ctx.member, "sess-voice", {"session": session.id})
        remove = (Choice(f"sess:voicedel:{session.id}", "voice-note-remove", "🗑"),) if session.voice_note else ()
        return [ctx.reply("sess-ask-voice", when, choices=remove + (Choice("sess:keep", "cancel", "✖️"),))]
    if action == "voicedel":
        assert ctx.member is not None
        ctx.done_waiting(ctx.member)
        session.voice_note = null()
        queries.audit(ctx.db, ctx.now(), "session-voice-removed", actor_id=ctx.member.id, group_id=group.id,
                      session_id=session.id)
        return [ctx.reply("voice-note-removed")]
    if action in ("place", "note"):
        assert ctx.member is not None
        ctx.wait_for(ctx.member, f"sess-{action}", {"session": session.id})
        return [ctx.reply(f"sess-ask-{action}", when, choices=(Choice("sess:keep", "cancel", "✖️"),))]
    if action == "move":
        local = session.starts_at.astimezone(zone)
        days = [local.date() + dt.timedelta(days=k) for k in (-3, -2, -1, 1, 2, 3, 4, 5, 6, 7)
                if local.date() + dt.timedelta(days=k) > _today(ctx, group)]
        return [ctx.reply("sess-ask-moveto", choices=tuple(
            Choice(f"sess:moveto:{session.id}:{d:%Y%m%d}", text=short_date(d, ctx.locale))
            for d in days[:10]))]
    if action == "moveto" and len(args) > 2 and re.fullmatch(r"\d{8}", args[2]):
        target = dt.date(int(args[2][:4]), int(args[2][4:6]), int(args[2][6:]))
        local = session.starts_at.astimezone(zone)
        new_start = dt.datetime.combine(target, local.timetz().replace(tzinfo=None), tzinfo=zone)
        if new_start <= ctx.now():
            return [ctx.reply("button-expired")]
        old = session.starts_at
        length = (session.ends_at - session.starts_at) if session.ends_at else dt.timedelta(hours=2)
        session.moved_from = session.moved_from or old
        session.starts_at, session.ends_at = new_start, new_start + length
        reminders.schedule_session(ctx.db, session, group, ctx.now())
        queries.audit(ctx.db, ctx.now(), "session-moved", actor_id=ctx.member.id if ctx.member else None,
                      group_id=group.id, session_id=session.id)
        return [ctx.reply("sess-done-moved")] + tell_members(
            ctx, group, "session-moved", {"old": old, "new": new_start},
            key=f"session-moved:{session.id}:{new_start:%Y%m%d%H%M}")
    if action == "cancel":
        return [ctx.reply("sess-confirm-cancel", when, choices=(
            Choice(f"sess:cancelyes:{session.id}", "sess-yes-cancel", "🚫"), Choice("sess:keep", "sess-keep", "↩")))]
    if action == "cancelyes":
        session.status = "cancelled"
        reminders.schedule_session(ctx.db, session, group, ctx.now())
        queries.audit(ctx.db, ctx.now(), "session-cancelled", actor_id=ctx.member.id if ctx.member else None,
                      group_id=group.id, session_id=session.id)
        return [ctx.reply("sess-done-cancelled")] + tell_members(
            ctx, group, "session-cancelled", {"date": session.starts_at}, key=f"session-cancelled:{session.id}")
    return [ctx.reply("button-expired")]


def _list(ctx: Context, group: Group) -> list[Outbound]:
    upcoming = [m for m in queries.group_sessions(ctx.db, group.id, since=ctx.now(), statuses=("planned",))][:10]
    if not upcoming:
        return [ctx.reply("sess-none")]
    zone = ZoneInfo(group.timezone)
    return [ctx.reply("sess-ask-pick", choices=tuple(
        Choice(f"sess:pick:{m.id}", text=short_date(m.starts_at.astimezone(zone), ctx.locale)
               + m.starts_at.astimezone(zone).strftime(" %H:%M")) for m in upcoming))]


def on_session_input(ctx: Context, question: str, data: dict) -> list[Outbound]:
    """Typed for one meeting: its other place, a note for it, or the place of an extra meeting."""
    assert ctx.member is not None and ctx.inbound is not None
    text = " ".join(ctx.inbound.text.split())
    if not has_words(text) or len(text) > PLACE_MAX:
        return [ctx.reply("sess-bad-text", {"max": PLACE_MAX}, choices=(Choice("sess:keep", "cancel", "✖️"),))]
    if question == "sess-extra-place":
        group = _group(ctx, str(data.get("group", "")), "schedule.change")
        day = str(data.get("day", ""))
        ctx.done_waiting(ctx.member)
        if group is None or not re.fullmatch(r"\d{8}", day):
            return [ctx.reply("button-expired")]
        return _add_extra(ctx, group, dt.date(int(day[:4]), int(day[4:6]), int(day[6:])), text)
    session = ctx.db.get(Meeting, int(data.get("session", 0)))
    group = _group(ctx, str(session.group_id), "schedule.change") if session is not None else None
    ctx.done_waiting(ctx.member)
    if session is None or group is None or session.status != "planned" or session.starts_at <= ctx.now():
        return [ctx.reply("button-expired")]
    if question == "sess-place":  # the reminders read the place when they go out
        session.place = text
        queries.audit(ctx.db, ctx.now(), "session-place", actor_id=ctx.member.id, group_id=group.id,
                      session_id=session.id)
        return [ctx.reply("sess-done-place")] + tell_members(
            ctx, group, "session-place", {"date": session.starts_at, "place": text},
            key=f"session-place:{session.id}:{ctx.now():%Y%m%d%H%M%S}")
    session.notes = [n for n in (session.notes or []) if not n.startswith(OWN_NOTE)] + [OWN_NOTE + text]
    queries.audit(ctx.db, ctx.now(), "session-note", actor_id=ctx.member.id, group_id=group.id, session_id=session.id)
    return [ctx.reply("sess-done-note")] + tell_members(
        ctx, group, "session-note", {"date": session.starts_at, "note": text},
        key=f"session-note:{session.id}:{ctx.now():%Y%m%d%H%M%S}")


def _greeting(ctx: Context, action: str, group_id: str) -> list[Outbound]:
    """sess:greeting:<group> asks for a standing greeting for every reminder; sess:greetingdel removes it."""
    assert ctx.member is not None
    group = _group(ctx, group_id, "schedule.change")
    if group is None:
        return [ctx.reply("button-expired")]
    if action == "greetingdel":
        ctx.done_waiting(ctx.member)
        group.greeting_voice = null()
        queries.audit(ctx.db, ctx.now(), "group-greeting-removed", actor_id=ctx.member.id, group_id=group.id)
        return [ctx.reply("voice-note-removed")]
    ctx.wait_for(ctx.member, "grp-greeting", {"group": group.id})
    remove = (Choice(f"sess:greetingdel:{group.id}", "voice-note-remove", "🗑"),) if group.greeting_voice else ()
    return [ctx.reply("grp-ask-greeting", {"group": group.name}, choices=remove + (Choice("sess:keep", "cancel", "✖️"),))]


def on_voice_input(ctx: Context, question: str, data: dict) -> list[Outbound]:
    """The leader's voice note for one meeting (`sess-voice`) or for every reminder (`grp-greeting`)."""
    assert ctx.member is not None and ctx.inbound is not None
    voice = next((m for m in ctx.inbound.media if m.kind in ("voice", "audio")), None)
    if voice is None:  # she wrote, or sent a photo: still waiting for her voice
        return [ctx.reply("voice-note-wanted", choices=(Choice("sess:keep", "cancel", "✖️"),))]
    recorded = {"media": voice.to_json(), "by": ctx.member.id}
    ctx.done_waiting(ctx.member)
    if question == "grp-greeting":
        group = _group(ctx, str(data.get("group", "")), "schedule.change")
        if group is None:
            return [ctx.reply("button-expired")]
        group.greeting_voice = recorded
        queries.audit(ctx.db, ctx.now(), "group-greeting", actor_id=ctx.member.id, group_id=group.id)
        return [ctx.reply("grp-done-greeting", {"group": group.name})]
    session = ctx.db.get(Meeting, int(data.get("session", 0)))
    group = _group(ctx, str(session.group_id), "schedule.change") if session is not None else None
    if session is None or group is None or session.status != "planned" or session.starts_at <= ctx.now():
        return [ctx.reply("button-expired")]
    session.voice_note = recorded
    queries.audit(ctx.db, ctx.now(), "session-voice", actor_id=ctx.member.id, group_id=group.id, session_id=session.id)
    return [ctx.reply("sess-done-voice", {"date": session.starts_at, **group.dates})]


def _add_extra(ctx: Context, group: Group, day: dt.date, place: str | None) -> list[Outbound]:
    """An extra session at the group's usual time (the time of its sessions, else 10:00), at `place`."""
    zone = ZoneInfo(group.timezone)
    known = queries.group_sessions(ctx.db, group.id)
    usual = known[-1].starts_at.astimezone(zone) if known else None
    start = dt.datetime.combine(day, usual.time() if usual else dt.time(10), tzinfo=zone)
    length = (known[-1].ends_at - known[-1].starts_at) if known and known[-1].ends_at else dt.timedelta(hours=2)
    session = Meeting(group_id=group.id, starts_at=start, ends_at=start + length, place=place, notes=[],
                      status="planned", created_at=ctx.now())
    ctx.db.add(session)
    ctx.db.flush()
    reminders.schedule_session(ctx.db, session, group, ctx.now())
    queries.audit(ctx.db, ctx.now(), "session-added", actor_id=ctx.member.id if ctx.member else None,
                  group_id=group.id, session_id=session.id)
    return [ctx.reply("sess-done-added")] + tell_members(ctx, group, "session-added",
                                                         {"date": start, "place": place or "none"},
                                                         key=f"session-added:{session.id}")

