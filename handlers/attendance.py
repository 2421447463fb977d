"""Attendance, check-ins and follow-up: nobody who misses a session goes unnoticed.

After a session the group leader gets the attendance list, pre-filled from the answers to the
reminder (phone-only members included): tap names to toggle, or send the numbers of who came
("1 3 4", "all but 2"), then confirm.  Left unrecorded, it is asked for once more the next day.
A few hours after the session every absent participant gets a warm check-in in their own language
(a lighter one for who had said they could not come) — one button is all that is kept.  Two days
later the leader gets a digest: absent, absent twice or more in a row, asked to be called, no
answer; "call me", "not well" and no answer become follow-up tasks, reminded until done with an
outcome (`handlers.followup`).  No participant ever hears who else was absent.
"""
from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

from sqlalchemy import select

from bot.core.messages import Choice, Outbound
from bot.core.text import fold, parse_number, parse_numbers
from handlers import auth, calls, leaders
from handlers.base import Context
from handlers.followup import call_request, open_task
from storage import queries
from storage.models import Attendance, CheckIn, FollowUp, Group, Meeting, Member, Rsvp, Timer

CHECKIN_AFTER = dt.timedelta(hours=3)
DIGEST_AFTER = dt.timedelta(hours=48)
# "all" and "all but N" as people type them (a whole message, any shipped language), folded
# (`bot.core.text.fold`: no accents, no punctuation, so "wszyscy oprócz 2" and "wszyscy oprocz 2" are one).
ALL_WORDS = {"all", "everyone", "alle", "allen", "iedereen", "alles", "hepsi", "herkes", "wszyscy", "всички",
             "todos", "todas", "lahat", "tur", "tur hende", "الكل", "الجميع"}
ALL_BUT = re.compile(r"^(all but|all except|everyone but|everyone except|alle(?:n)? behalve|iedereen behalve|"
                     r"alles behalve|hepsi haric|herkes haric|wszyscy oprocz|wszyscy poza|wszyscy bez|"
                     r"всички без|всички освен|(?:todos|todas) (?:menos|excepto|salvo)|lahat maliban sa|"
                     r"lahat maliban|lahat except|tur menos|tur hende menos|الكل ما عدا|الكل الا|الجميع ما عدا|"
                     r"الجميع الا)\s+(?P<numbers>.+)$")
# NOTE: Turkish puts the numbers first: "2 hariç hepsi".
NUMBERS_THEN_ALL_BUT = re.compile(r"^(?P<numbers>[\d\s]+?)\s*haric\s+(hepsi|herkes)$")
# Small words between the numbers: "1, 3 y 4", "1, 3 i 4", "todos menos el 2", "1 3 en 4".
FILLERS = {"and", "en", "y", "i", "e", "ve", "at", "и", "و", "el", "la", "los", "las", "nr", "nummer"}


def _day(ctx: Context, session: Meeting) -> dt.date:
    group = ctx.db.get(Group, session.group_id)
    return session.starts_at.astimezone(ZoneInfo(group.timezone if group else "Europe/Amsterdam")).date()


def _roll(ctx: Context, session: Meeting) -> tuple[list[Member], list[Member]]:
    """(who the meeting's attendance is about, who was away that day): the group's participants and
    buddies; one who was away is neither present nor absent."""
    day = _day(ctx, session)
    members = queries.group_members(ctx.db, session.group_id, roles=("participant", "buddy"))
    return [m for m in members if not queries.away_on(m, day)], [m for m in members if queries.away_on(m, day)]


def _people(ctx: Context, session: Meeting) -> list[Member]:
    return _roll(ctx, session)[0]


def marks(member: Member) -> str:
    """What a leader's list shows after a name: 📵 no smartphone, 🔕 said stop."""
    return (" 📵" if member.phone_only else "") + (" 🔕" if member.opted_out else "")


def _draft(ctx: Context, session: Meeting, people: list[Member] | None = None) -> dict[int, bool]:
    """Who is marked present: the saved rows, else the answers to the reminder (of `people`, when
    the caller has read them)."""
    rows = {a.member_id: a.present for a in ctx.db.scalars(select(Attendance).where(Attendance.session_id == session.id))}
    if rows:
        return rows
    coming = set(ctx.db.scalars(select(Rsvp.member_id).where(Rsvp.session_id == session.id, Rsvp.answer == "yes")))
    return {m.id: m.id in coming for m in (people if people is not None else _people(ctx, session))}


def _store(ctx: Context, session: Meeting, present: dict[int, bool]) -> None:
    existing = {a.member_id: a for a in ctx.db.scalars(select(Attendance).where(Attendance.session_id == session.id))}
    for member_id, here in present.items():
        row = existing.get(member_id)
        if row is None:
            ctx.db.add(Attendance(session_id=session.id, member_id=member_id, present=here,
                                  recorded_by=ctx.member.id if ctx.member else None, recorded_at=ctx.now()))
        else:
            row.present, row.recorded_at = here, ctx.now()
    ctx.db.flush()


def attendance_list(ctx: Context, session: Meeting, group: Group, leader: Member,
                    mark: dict | None = None) -> Outbound:
    people, away = _roll(ctx, session)
    present = _draft(ctx, session, people)
    lines = "\n".join(f"{i}. {'✅' if present.get(m.id) else '▫️'} {m.display_name}{marks(m)}"
                      for i, m in enumerate(people, start=1))
    if away:
        lines += "\n✈️ " + ", ".join(m.display_name for m in away)
    choices = tuple(Choice(f"att:t:{session.id}:{m.id}", text=f"{'✅' if present.get(m.id) else '▫️'} {m.display_name}")
                    for m in people)
    return Outbound("attendance-list", {"date": session.starts_at, **group.dates, "lines": lines,
                                        **(mark or {})},
                    member_id=leader.id, kind="notice" if ctx.inbound is None else "reply",
                    choices=choices + (Choice(f"att:ok:{session.id}", "attendance-confirm", "💾"),))


def _ended(ctx: Context, data: dict) -> tuple[Meeting, Group] | None:
    session = ctx.db.get(Meeting, int(data.get("session_id", 0)))
    if session is None or session.status == "cancelled":
        return None
    group = ctx.db.get(Group, session.group_id)
    return (session, group) if group is not None else None


def _unsaved(ctx: Context, data: dict) -> tuple[Meeting, Group] | None:
    """The session of an attendance timer while its attendance is still unsaved; else the timer drops."""
    found = _ended(ctx, data)
    if found is None or found[0].attendance_at is not None:
        ctx.timer_status = "dropped"
        return None
    return found


def _ask_leaders(ctx: Context, session: Meeting, group: Group, nudge: bool) -> list[Outbound]:
    out = []
    for leader, mark in leaders.of(ctx, group.id):
        ctx.wait_for(leader, "attendance", {"session": session.id}, dt.timedelta(days=2))
        if nudge:
            out.append(Outbound("attendance-nudge", {"date": session.starts_at, **group.dates, **mark},
                                member_id=leader.id, kind="notice"))
        out.append(attendance_list(ctx, session, group, leader, mark))
    return out


def on_attendance_timer(ctx: Context, data: dict) -> list[Outbound]:
    """The session has ended: the list to the leaders, and a nudge for tomorrow if it stays unsaved."""
    found = _unsaved(ctx, data)
    if found is None:
        return []
    session, group = found
    tomorrow = session.starts_at.astimezone(ZoneInfo(group.timezone)).date() + dt.timedelta(days=1)
    nudge_at = dt.datetime.combine(tomorrow, dt.time(10), tzinfo=ZoneInfo(group.timezone))
    ctx.db.add(Timer(kind="attendance-nudge", due_at=nudge_at, data={"session_id": session.id},
                     dedupe_key=f"attendance-nudge:{session.id}", created_at=ctx.now()))
    return _ask_leaders(ctx, session, group, nudge=False)


def on_nudge_timer(ctx: Context, data: dict) -> list[Outbound]:
    """One reminder the next day, only if the attendance is still unsaved."""
    found = _unsaved(ctx, data)
    return _ask_leaders(ctx, *found, nudge=True) if found is not None else []


def _leader_session(ctx: Context, ref: str) -> tuple[Meeting, Group] | None:
    session = ctx.db.get(Meeting, int(ref)) if ref.isdigit() else None
    if session is None or session.status == "cancelled" or session.starts_at > ctx.now():
        return None
    group = ctx.db.get(Group, session.group_id)
    if group is None or not auth.allowed(ctx.db, ctx.member, "attendance.record", group.id):
        return None
    return session, group


def on_att(ctx: Context, args: list[str]) -> list[Outbound]:
    """att:t:<session>:<member> toggles; att:ok:<session> confirms."""
    assert ctx.member is not None
    action = args[0] if args else ""
    found = _leader_session(ctx, args[1] if len(args) > 1 else "")
    if found is None:
        return [ctx.reply("button-expired")]
    session, group = found
    present = _draft(ctx, session)
    if action == "t" and len(args) == 3 and args[2].isdigit() and int(args[2]) in present:
        present[int(args[2])] = not present[int(args[2])]
        _store(ctx, session, present)
        ctx.wait_for(ctx.member, "attendance", {"session": session.id}, dt.timedelta(days=2))
        return [attendance_list(ctx, session, group, ctx.member)]
    if action == "ok":
        return confirm(ctx, session, group, present)
    return [ctx.reply("button-expired")]


def _who_came(text: str, count: int) -> set[int] | None:
    """The numbers of who came in "1 3 4", "3" (only 3 came), "1, 3 y 4", "all" or "all but 2" (any
    shipped language), else None."""
    word = " ".join(w for w in fold(text).split(" ") if w not in FILLERS)
    if word in ALL_WORDS:
        return set(range(1, count + 1))
    if (match := ALL_BUT.match(word) or NUMBERS_THEN_ALL_BUT.match(word)) is not None:
        numbers = parse_numbers(match.group("numbers"))
        return set(range(1, count + 1)) - set(numbers) if numbers is not None else None
    numbers = parse_numbers(word)
    return set(numbers) if numbers is not None else None


def accepts(ctx: Context, data: dict) -> bool:
    """While the list waits, only numbers and "all (but …)" are attendance; anything else is not.  A
    single number answers the buttons of a later message when it is in their range (after a relayed
    message, "1" is its ↩ Reply); otherwise it is who came."""
    assert ctx.inbound is not None and ctx.member is not None
    if ctx.inbound.media or _who_came(ctx.inbound.text, 0) is None:
        return False
    number = parse_number(ctx.inbound.text)
    last = ctx.member.question_choices or []
    if number is None or (last and str(last[0]).startswith("att:")):
        return True
    return not 1 <= number <= len(last)


def on_input(ctx: Context, question: str, data: dict) -> list[Outbound]:
    """Typed attendance means who came: "1 3 4", "3" (only 3 came: a typed number never toggles one
    person, as a tap does), "all", or "all but 2".  The number after the last person is the list's
    Confirm."""
    assert ctx.member is not None and ctx.inbound is not None
    found = _leader_session(ctx, str(data.get("session", "")))
    if found is None:
        ctx.done_waiting(ctx.member)
        return [ctx.reply("button-expired")]
    session, group = found
    people = _people(ctx, session)
    chosen = _who_came(ctx.inbound.text, len(people))
    if chosen == {len(people) + 1}:  # the number of the list's own 💾 Confirm (on WhatsApp), never a person
        return confirm(ctx, session, group, _draft(ctx, session, people))
    if chosen is None or any(n < 1 or n > len(people) for n in chosen):
        return [ctx.reply("attendance-bad-numbers")]
    _store(ctx, session, {m.id: i in chosen for i, m in enumerate(people, start=1)})
    ctx.wait_for(ctx.member, "attendance", {"session": session.id}, dt.timedelta(days=2))
    return [attendance_list(ctx, session, group, ctx.member)]


def confirm(ctx: Context, session: Meeting, group: Group, present: dict[int, bool]) -> list[Outbound]:
    """Save the attendance; the check-ins follow a few hours after the session, the digest later."""
    assert ctx.member is not None
    _store(ctx, session, present)
    first_time = session.attendance_at is None
    session.attendance_at, session.status = ctx.now(), "held"
    ctx.done_waiting(ctx.member)
    queries.audit(ctx.db, ctx.now(), "attendance-recorded", actor_id=ctx.member.id, group_id=group.id,
                  session_id=session.id, present=sum(present.values()))
    came = [member_id for member_id, here in present.items() if here]
    for task in ctx.db.scalars(select(FollowUp).where(  # who came is reached: her "no answer" task is done
            FollowUp.group_id == group.id, FollowUp.member_id.in_(came or [-1]), FollowUp.status == "open",
            FollowUp.reason.in_(("no-answer", "missed")))):
        task.status, task.outcome, task.done_at = "done", "reached", ctx.now()
    if first_time:
        end = session.ends_at or session.starts_at + dt.timedelta(hours=2)
        checkin_at = max(ctx.now(), end + CHECKIN_AFTER)
        ctx.db.add(Timer(kind="checkin", due_at=checkin_at, data={"session_id": session.id},
                         dedupe_key=f"checkin:{session.id}", created_at=ctx.now()))
        ctx.db.add(Timer(kind="digest", due_at=checkin_at + DIGEST_AFTER, data={"session_id": session.id},
                         dedupe_key=f"digest:{session.id}", created_at=ctx.now()))
    out = [ctx.reply("attendance-saved", {"present": sum(present.values()), "total": len(present)})]
    if first_time and not session.activity:
        out.append(ask_activity(ctx, session, group))
    return out


# -- what the group did: "activities held", for the report ---------------------------------------
def _season_list(ctx: Context, group: Group) -> list[str]:
    """The activities a leader most likely did: her latest wishes round's options and the group's
    votes' winners first, then the catalogue; nine at most."""
    from storage.models import Vote, WishRound

    from handlers.wishes import CATALOGUE

    options: list[str] = []
    round_ = ctx.db.scalar(select(WishRound).where(WishRound.group_id == group.id).order_by(WishRound.id.desc()).limit(1))
    options += [str(o) for o in (round_.options if round_ is not None else []) or []]
    for vote in ctx.db.scalars(select(Vote).where(Vote.group_id == group.id, Vote.winner.is_not(None))
                               .order_by(Vote.id.desc()).limit(3)):
        options.append(str((vote.options or [])[vote.winner]) if vote.winner < len(vote.options or []) else "")
    options += [f"activity:{key}" for key in CATALOGUE]
    seen: list[str] = []
    for option in options:
        if option and option not in seen:
            seen.append(option)
    return seen[:9]


def ask_activity(ctx: Context, session: Meeting, group: Group) -> Outbound:
    """"What did you do today?": one tap on the season's list, a few words, or skip."""
    from handlers.wishes import option_label

    assert ctx.member is not None
    options = _season_list(ctx, group)
    ctx.wait_for(ctx.member, "did", {"session": session.id, "options": options}, ctx.policy.free_text_window)
    locale = ctx.member.language
    return ctx.reply("attendance-ask-activity", choices=tuple(
        Choice(f"did:{session.id}:{i}", text=option_label(ctx, option, locale)[:60]) for i, option in enumerate(options))
        + (Choice(f"did:{session.id}:skip", "grp-skip", "⏭"),))


def on_did(ctx: Context, args: list[str]) -> list[Outbound]:
    """did:<session>:<n>|skip — what the group did at that meeting, from the season's list."""
    assert ctx.member is not None
    found = _leader_session(ctx, args[0] if args else "")
    waiting = ctx.waiting(ctx.member)
    if found is None or len(args) != 2:
        return [ctx.reply("button-expired")]
    session, _group = found
    if args[1] == "skip":
        if waiting is not None and waiting[0] == "did":
            ctx.done_waiting(ctx.member)
        return [ctx.reply("attendance-activity-skipped")]
    options = waiting[1].get("options", []) if waiting is not None and waiting[0] == "did" else []
    if not args[1].isdigit() or int(args[1]) >= len(options) or waiting[1].get("session") != session.id:
        return [ctx.reply("button-expired")]
    return _record_activity(ctx, session, str(options[int(args[1])]))


def on_did_input(ctx: Context, _question: str, data: dict) -> list[Outbound]:
    """A few words for what the group did ("we baked bread")."""
    assert ctx.member is not None and ctx.inbound is not None
    words = " ".join(ctx.inbound.text.split())
    found = _leader_session(ctx, str(data.get("session", "")))
    if found is None:
        ctx.done_waiting(ctx.member)
        return [ctx.reply("button-expired")]
    if not words or ctx.inbound.media or len(words) > 120:
        return [ctx.reply("attendance-activity-words", {"max": 120})]
    return _record_activity(ctx, found[0], f"text:{words}")


def _record_activity(ctx: Context, session: Meeting, activity: str) -> list[Outbound]:
    from handlers.wishes import option_label

    assert ctx.member is not None
    ctx.done_waiting(ctx.member)
    session.activity = activity
    queries.audit(ctx.db, ctx.now(), "activity-recorded", actor_id=ctx.member.id, group_id=session.group_id,
                  session_id=session.id)
    return [ctx.reply("attendance-activity-saved", {"activity": option_label(ctx, activity, ctx.member.language)})]


def on_checkin_timer(ctx: Context, data: dict) -> list[Outbound]:
    """A warm word to every absent participant; lighter for who had said they could not come."""
    found = _ended(ctx, data)
    if found is None:
        ctx.timer_status = "dropped"
        return []
    session, group = found
    absent, excused = queries.absent_ids(ctx.db, session.id), queries.excused_ids(ctx.db, session.id)
    out = []
    day = _day(ctx, session)
    budget: calls.Budget | None = None
    for member_id in absent:
        member = ctx.db.get(Member, member_id)
        if member is None or queries.away_on(member, day):
            continue
        if member_id in excused:
            if not member.phone_only:
                out.append(Outbound("checkin-excused", member_id=member_id, kind="notice",
                                    dedupe_key=f"checkin:{session.id}:{member_id}"))
            continue
        missed = Outbound("checkin-missed", member_id=member_id, kind="notice",
                          dedupe_key=f"checkin:{session.id}:{member_id}", choices=(
                              Choice(f"checkin:{session.id}:fine", "checkin-fine", "🙂"),
                              Choice(f"checkin:{session.id}:unwell", "checkin-unwell", "🤒"),
                              Choice(f"checkin:{session.id}:call", "checkin-call", "📞")))
        if not member.phone_only:
            out.append(missed)
            continue
        # without a smartphone: by phone when she agreed to it ("press 1 if you are well, 3 to be
        # called"), at a sensible hour; else her leader calls her (the digest's task)
        channel = calls.phone_channel(ctx, member)
        budget = budget or (calls.Budget(ctx, group) if channel else None)
        if channel is None or budget is None or not budget.take():
            continue
        phoned = calls.by_phone(missed, member, channel)
        due = calls.allowed_at(group, ctx.now())
        if due > ctx.now():
            calls.later(ctx, phoned, due, f"checkin-call:{session.id}:{member_id}", None)
        else:
            out.append(phoned)
    return out


def on_checkin(ctx: Context, args: list[str]) -> list[Outbound]:
    """checkin:<session>:fine|unwell|call — only the button is kept."""
    member = ctx.member
    assert member is not None
    if len(args) != 2 or not args[0].isdigit() or args[1] not in ("fine", "unwell", "call"):
        return [ctx.reply("button-expired")]
    session = ctx.db.get(Meeting, int(args[0]))
    if session is None:
        return [ctx.reply("button-expired")]
    row = ctx.db.scalar(select(CheckIn).where(CheckIn.session_id == session.id, CheckIn.member_id == member.id))
    if row is None:
        ctx.db.add(CheckIn(session_id=session.id, member_id=member.id, answer=args[1], answered_at=ctx.now()))
    else:
        row.answer, row.answered_at = args[1], ctx.now()
    if args[1] == "fine":
        return [ctx.reply("checkin-thanks")]
    if args[1] == "call":
        return call_request(ctx, session, member)
    return [ctx.reply("checkin-unwell-reply")] + open_task(ctx, session, member, "unwell")


def unanswered_checkin(ctx: Context) -> Meeting | None:
    """The meeting whose check-in ("We missed you today. How are you?") holds the last buttons the
    member got, when she has not answered it: a voice note or words now may be her answer."""
    member = ctx.member
    assert member is not None
    ref = next((str(p).split(":")[1] for p in member.question_choices or [] if str(p).startswith("checkin:")), None)
    session = ctx.db.get(Meeting, int(ref)) if ref and ref.isdigit() else None
    if session is None:
        return None
    answered = ctx.db.scalar(select(CheckIn.id).where(CheckIn.session_id == session.id,
                                                      CheckIn.member_id == member.id))
    return session if answered is None else None


CHECKIN_FOR = (("fine", "checkin-for-fine", "🙂"), ("unwell", "checkin-for-unwell", "🤒"), ("call", "rsvp-for-call", "📞"))


def on_checkin_for(ctx: Context, args: list[str]) -> list[Outbound]:
    """checkinfor:<session>:<member>:fine|unwell|call — the leader records a member's answer to the
    check-in for her (she answered with a voice note or in her own words)."""
    if len(args) != 3 or not all(a.isdigit() for a in args[:2]) or args[2] not in ("fine", "unwell", "call"):
        return [ctx.reply("button-expired")]
    session = ctx.db.get(Meeting, int(args[0]))
    target = ctx.db.get(Member, int(args[1]))
    if session is None or target is None or ctx.member is None \
            or not auth.allowed(ctx.db, ctx.member, "rsvp.record_for", session.group_id) \
            or session.group_id not in {ms.group_id for ms in queries.memberships(ctx.db, target.id)}:
        return [ctx.reply("button-expired")]
    answer = args[2]
    row = ctx.db.scalar(select(CheckIn).where(CheckIn.session_id == session.id, CheckIn.member_id == target.id))
    if row is None:
        ctx.db.add(CheckIn(session_id=session.id, member_id=target.id, answer=answer, answered_at=ctx.now()))
    else:
        row.answer, row.answered_at = answer, ctx.now()
    queries.audit(ctx.db, ctx.now(), "checkin-recorded-for", actor_id=ctx.member.id, subject_id=target.id,
                  group_id=session.group_id)
    label = next(label for value, label, _emoji in CHECKIN_FOR if value == answer)
    out = [ctx.reply("checkin-for-saved", {"name": target.display_name,
                                           "answer": ctx.catalog.format(ctx.locale, label)})]
    if answer != "fine":  # a task to follow up, as when she taps it herself
        out += open_task(ctx, session, target, "call-me" if answer == "call" else "unwell", notify=False)
    return out


def on_digest_timer(ctx: Context, data: dict) -> list[Outbound]:
    """Two days after the check-ins: the leader's overview, and tasks for who did not answer."""
    found = _ended(ctx, data)
    if found is None:
        ctx.timer_status = "dropped"
        return []
    session, group = found
    members = {m.id: m for m in _people(ctx, session)}
    absent = [members[i] for i in queries.absent_ids(ctx.db, session.id) if i in members]
    previous = ctx.db.scalars(select(Meeting).where(Meeting.group_id == group.id, Meeting.status == "held",
                                                    Meeting.starts_at < session.starts_at)
                              .order_by(Meeting.starts_at.desc())).first()
    before = set()
    if previous is not None:
        before = set(ctx.db.scalars(select(Attendance.member_id).where(Attendance.session_id == previous.id,
                                                                       Attendance.present.is_(False))))
    answered = set(ctx.db.scalars(select(CheckIn.member_id).where(CheckIn.session_id == session.id)))
    excused = queries.excused_ids(ctx.db, session.id)
    calls = set(ctx.db.scalars(select(FollowUp.member_id).where(FollowUp.group_id == group.id,
                                                                FollowUp.reason == "call-me", FollowUp.status == "open")))
    silent = [m for m in absent if m.id not in answered and m.id not in excused and not m.phone_only
              and not m.opted_out]
    out: list[Outbound] = []
    for m in silent:
        out += open_task(ctx, session, m, "no-answer")
    for m in absent:  # a member without a smartphone who did not answer by phone: her leader calls her
        if m.phone_only and m.id not in excused and m.id not in answered and not m.opted_out:
            out += open_task(ctx, session, m, "missed")

    def names(people: list[Member]) -> str:
        return ", ".join(p.display_name for p in people) or "—"

    args = {"date": session.starts_at, **group.dates, "absent": names(absent),
            "atrisk": names([m for m in absent if m.id in before]),
            "call": names([members[i] for i in calls if i in members]), "silent": names(silent)}
    out += [Outbound("digest", {**args, **mark}, member_id=leader.id, kind="notice",
                     dedupe_key=f"digest:{session.id}:{leader.id}")
            for leader, mark in leaders.of(ctx, group.id)]
    return out
