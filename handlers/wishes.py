"""Co-creation: a wishes round with the manual's three questions, the leader's choice of options,
the group's vote, and the chosen activity attached to a session.

Participants answer one question at a time, in their language, with a tap on the catalogue, a few
words, a voice note (forwarded to the leader), or "I don't know yet"; who has not answered after
two days is reminded once.  The leader sees the wishes grouped by activity with counts, picks 2-10
options (or types their own) and either starts a vote (a native poll on Telegram, a numbered list
elsewhere; phone-only members' votes recorded by the leader; one reminder before the deadline; a
tie goes to the leader) or sets them as the season's list on the next free sessions.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from zoneinfo import ZoneInfo

from sqlalchemy import delete, select

from bot.core.i18n import Catalog, native_name, short_date
from bot.core.messages import Choice, Outbound
from handlers import auth, leaders
from handlers.base import Context
from handlers.words import is_plea
from storage import queries
from storage.models import Ballot, Group, Meeting, Member, OutboxMessage, Timer, Vote, Wish, WishRound

CATALOGUE = {"walk": "🚶", "cooking": "🍲", "museum": "🏛", "trip": "🚌", "health": "🩺", "massage": "💆",
             "knitting": "🧶", "painting": "🎨", "clay": "🏺", "flowers": "💐", "singing": "🎤", "dancing": "💃",
             "quiz": "❓", "feast": "🎉", "sports": "🏓", "crafts": "📿"}
QUESTIONS = ("wish-q-happy", "wish-q-before", "wish-q-together")
REMIND_AFTER = dt.timedelta(days=2)
VOTE_FOR = dt.timedelta(days=3)


def option_label(ctx: Context, option: str, locale: str) -> str:
    """An option as a person reads it: a catalogue activity in their language, or the leader's words."""
    return option_text(ctx.catalog, option, locale)


def option_text(catalog: Catalog, option: str, locale: str) -> str:
    """`option_label` where there is no conversation (the web page)."""
    if option.startswith("activity:") and option[9:] in CATALOGUE:
        key = option[9:]
        return f"{CATALOGUE[key]} {catalog.format(locale, f'activity-{key}')}"
    return option.split(":", 1)[1] if option.startswith("text:") else option


def _participants(ctx: Context, group_id: int) -> list[Member]:
    return queries.group_members(ctx.db, group_id, roles=("participant", "buddy"))


# -- the round ---------------------------------------------------------------------------------
LATER_ITEMS = 6  # the later questions show the most chosen activities, not the whole list again


def _question(round_id: int, q: int, member: Member, top: list[str] | None = None) -> Outbound:
    """The first question with the whole catalogue; a later one with the activities chosen most so
    far (the list above can be tapped again), "something else" and "I don't know yet"."""
    keys = list(CATALOGUE) if q == 1 else (top or [])[:LATER_ITEMS]
    choices = tuple(Choice(f"wish:a:{round_id}:{q}:{key}", f"activity-{key}", CATALOGUE[key]) for key in keys)
    if q > 1:
        choices += (Choice(f"wish:a:{round_id}:{q}:other", "wish-other", "✍️"),)
    return Outbound(QUESTIONS[q - 1], member_id=member.id, kind="notice", dedupe_key=f"wish:{round_id}:{q}:{member.id}",
                    choices=choices + (Choice(f"wish:a:{round_id}:{q}:none", "wish-dont-know", "🤷"),))


def _most_chosen(ctx: Context, round_id: int) -> list[str]:
    """The round's activities by how many people chose them, topped up in catalogue order."""
    people: dict[str, set[int]] = {}
    for member_id, activity in ctx.db.execute(select(Wish.member_id, Wish.activity).where(
            Wish.round_id == round_id, Wish.activity.is_not(None))):
        people.setdefault(activity, set()).add(member_id)
    chosen = sorted(people, key=lambda key: (-len(people[key]), list(CATALOGUE).index(key)))
    return (chosen + [key for key in CATALOGUE if key not in people])[:LATER_ITEMS]


def _current_question(ctx: Context, round_id: int, member: Member) -> int:
    """The question a member is at: the first she has not answered (the last once all are)."""
    answered = set(ctx.db.scalars(select(Wish.question).where(Wish.round_id == round_id, Wish.member_id == member.id)))
    return next((q for q in range(1, len(QUESTIONS) + 1) if q not in answered), len(QUESTIONS))


def on_wish(ctx: Context, args: list[str]) -> list[Outbound]:
    """wish:start|results:<group>, wish:a:<round>:<q>:<activity|none>, wish:opt:<round>:<activity>,
    wish:vote:<round>, wish:season:<round>."""
    action = args[0] if args else ""
    if action == "a":
        return _answer_button(ctx, args[1:])
    if action in ("start", "results"):
        group = auth.group_if_allowed(ctx.db, ctx.member, args[1] if len(args) > 1 else "", "wishes.run")
        if group is None:
            return [ctx.reply("button-expired")]
        return _start(ctx, group) if action == "start" else _results(ctx, group)
    round_ = ctx.db.get(WishRound, int(args[1])) if len(args) > 1 and args[1].isdigit() else None
    if round_ is None or not auth.allowed(ctx.db, ctx.member, "wishes.run", round_.group_id):
        return [ctx.reply("button-expired")]
    group = ctx.db.get(Group, round_.group_id)
    if action == "opt" and len(args) == 3 and args[2] in CATALOGUE:
        option = f"activity:{args[2]}"
        options = list(round_.options or [])
        round_.options = [o for o in options if o != option] if option in options else (options + [option])[:10]
        return _results(ctx, group, round_)
    if action == "vote":
        if not 2 <= len(round_.options or []) <= 10:
            return [ctx.reply("wish-need-options")]
        return start_vote(ctx, group, list(round_.options))
    if action == "season":
        if not round_.options:
            return [ctx.reply("wish-need-options")]
        free = _free_sessions(ctx, group)[: len(round_.options)]
        for session, option in zip(free, round_.options):
            session.activity = option
        return [ctx.reply("wish-season-done", {"count": len(free)})]
    return [ctx.reply("button-expired")]


def _start(ctx: Context, group: Group) -> list[Outbound]:
    assert ctx.member is not None
    round_ = WishRound(group_id=group.id, started_by=ctx.member.id, started_at=ctx.now(), options=[])
    ctx.db.add(round_)
    ctx.db.flush()
    people = [m for m in _participants(ctx, group.id) if not m.phone_only]
    out = [ctx.reply("wish-started", {"count": len(people)})]
    for member in people:
        ctx.wait_for(member, "wish", {"round": round_.id, "q": 1}, ctx.policy.free_text_window)
        out.append(_question(round_.id, 1, member))
    for member in _participants(ctx, group.id):  # the leader asks by phone and taps the answer
        if member.phone_only and not member.opted_out:
            out.append(ctx.reply("wish-for", {"name": member.display_name}, choices=tuple(
                Choice(f"wishfor:{round_.id}:{member.id}:{key}", f"activity-{key}", CATALOGUE[key])
                for key in CATALOGUE) + (Choice(f"wishfor:{round_.id}:{member.id}:none", "wish-dont-know", "🤷"),)))
    ctx.db.add(Timer(kind="wish-reminder", due_at=ctx.now() + REMIND_AFTER, data={"round_id": round_.id},
                     dedupe_key=f"wish-reminder:{round_.id}", created_at=ctx.now()))
    queries.audit(ctx.db, ctx.now(), "wishes-started", actor_id=ctx.member.id, group_id=group.id)
    return out


def on_wish_for(ctx: Context, args: list[str]) -> list[Outbound]:
    """wishfor:<round>:<member>:<activity|none> — the leader records the wish of a member without a
    smartphone, after asking her by phone (the first question)."""
    round_ = ctx.db.get(WishRound, int(args[0])) if len(args) == 3 and args[0].isdigit() else None
    member = ctx.db.get(Member, int(args[1])) if round_ is not None and args[1].isdigit() else None
    if round_ is None or member is None or (args[2] != "none" and args[2] not in CATALOGUE) or \
            not auth.allowed(ctx.db, ctx.member, "wishes.run", round_.group_id) or \
            member.id not in {m.id for m in _participants(ctx, round_.group_id)}:
        return [ctx.reply("button-expired")]
    activity = None if args[2] == "none" else args[2]
    existing = ctx.db.scalar(select(Wish).where(Wish.round_id == round_.id, Wish.member_id == member.id,
                                                Wish.question == 1))
    if existing is not None:
        existing.activity = activity
    else:
        ctx.db.add(Wish(round_id=round_.id, member_id=member.id, question=1, activity=activity, voice=False,
                        created_at=ctx.now()))
    return [ctx.reply("wish-for-saved", {"name": member.display_name})]


def _answer_button(ctx: Context, args: list[str]) -> list[Outbound]:
    """A tap in any of the round's lists answers the question she is at ("tap again in the list above")."""
    member = ctx.member
    assert member is not None
    if len(args) != 3 or not args[0].isdigit() or args[1] not in ("1", "2", "3") or \
            (args[2] not in ("none", "other") and args[2] not in CATALOGUE):
        return [ctx.reply("button-expired")]
    round_id = int(args[0])
    q = _current_question(ctx, round_id, member)
    if args[2] == "other":  # she asked to write or speak: the next words are her wish
        ctx.wait_for(member, "wish", {"round": round_id, "q": q}, ctx.policy.free_text_window)
        return [ctx.reply("wish-other-prompt")]
    return _record(ctx, round_id, q, activity=None if args[2] == "none" else args[2])


def accepts(ctx: Context, data: dict) -> bool:
    """A few words or a voice note, a few minutes after a wishes question, answer it; a plea for
    help or to be called never does (it goes to the leader as a message)."""
    assert ctx.inbound is not None and ctx.member is not None
    if ctx.inbound.reply_to:  # a reply to another message is addressed there, not to the question
        quoted = ctx.db.scalar(select(OutboxMessage.message_id).where(
            OutboxMessage.provider_id == ctx.inbound.reply_to, OutboxMessage.member_id == ctx.member.id))
        if quoted not in QUESTIONS:
            return False
    return bool(ctx.inbound.media) or bool(ctx.inbound.text.strip()) and not is_plea(ctx)


def accepts_option(ctx: Context, data: dict) -> bool:
    """The leader's own vote option: a short text, a few minutes after the overview asked for it."""
    assert ctx.inbound is not None
    return not ctx.inbound.media and 0 < len(ctx.inbound.text.strip()) <= 100


def on_input(ctx: Context, question: str, data: dict) -> list[Outbound]:
    """A typed or spoken answer to the current question."""
    assert ctx.inbound is not None
    text = ctx.inbound.text.strip()
    if ctx.inbound.media:
        return _record(ctx, int(data.get("round", 0)), int(data.get("q", 1)), text=text[:300] or None, voice=True)
    if not text:
        return [ctx.reply("empty-message")]
    return _record(ctx, int(data.get("round", 0)), int(data.get("q", 1)), text=text[:300])


def _record(ctx: Context, round_id: int, q: int, *, activity: str | None = None, text: str | None = None,
            voice: bool = False) -> list[Outbound]:
    member, inbound = ctx.member, ctx.inbound
    assert member is not None
    round_ = ctx.db.get(WishRound, round_id)
    if round_ is None or round_.group_id not in {ms.group_id for ms in queries.memberships(ctx.db, member.id)}:
        return [ctx.reply("button-expired")]
    ctx.db.add(Wish(round_id=round_.id, member_id=member.id, question=q, activity=activity, text=text, voice=voice,
                    created_at=ctx.now()))
    out: list[Outbound] = []
    reply = (Choice(f"relay:reply:{member.id}", "relay-reply-button", "↩"),)
    if voice and inbound is not None and inbound.media:
        out += [Outbound("wish-voice-from", {"name": member.display_name, "from_member": member.id, **mark},
                         member_id=leader.id, kind="relay", media=inbound.media[0], choices=reply)
                for leader, mark in leaders.of(ctx, round_.group_id)]
    elif text:  # the leader reads a typed wish at once, as a voice one: it may say more than a wish
        out += [Outbound("wish-text-from", {"name": member.display_name, "text": text, "from_member": member.id,
                                            **mark}, member_id=leader.id, kind="relay", choices=reply)
                for leader, mark in leaders.of(ctx, round_.group_id)]
    if q < len(QUESTIONS):
        ctx.wait_for(member, "wish", {"round": round_.id, "q": q + 1}, ctx.policy.free_text_window)
        ctx.db.flush()
        next_question = _question(round_.id, q + 1, member, _most_chosen(ctx, round_.id))
        return out + [Outbound(next_question.message_id, member_id=member.id, kind="reply",
                               choices=next_question.choices)]
    ctx.done_waiting(member)
    return out + [ctx.reply("wish-thanks")]


def on_wish_reminder(ctx: Context, data: dict) -> list[Outbound]:
    """Once, two days on: who has not answered anything yet."""
    round_ = ctx.db.get(WishRound, int(data.get("round_id", 0)))
    if round_ is None:
        ctx.timer_status = "dropped"
        return []
    answered = set(ctx.db.scalars(select(Wish.member_id).where(Wish.round_id == round_.id)))
    reminded = [m for m in _participants(ctx, round_.group_id) if not m.phone_only and m.id not in answered]
    for member in reminded:  # a few words right after the reminder answer the first question
        ctx.wait_for(member, "wish", {"round": round_.id, "q": 1}, ctx.policy.free_text_window)
    return [Outbound("wish-reminder", member_id=m.id, kind="notice", dedupe_key=f"wish-reminder:{round_.id}:{m.id}")
            for m in reminded]


def _latest_round(ctx: Context, group: Group) -> WishRound | None:
    return ctx.db.scalars(select(WishRound).where(WishRound.group_id == group.id)
                          .order_by(WishRound.started_at.desc(), WishRound.id.desc())).first()


def _results(ctx: Context, group: Group, round_: WishRound | None = None) -> list[Outbound]:
    """The wishes grouped by activity with counts, and the curation buttons."""
    round_ = round_ or _latest_round(ctx, group)
    if round_ is None:
        return _start(ctx, group)
    wishes = ctx.db.scalars(select(Wish).where(Wish.round_id == round_.id)).all()
    people = {m.id: m for m in _participants(ctx, group.id)}
    names = {member_id: m.display_name for member_id, m in people.items()}
    by_activity: dict[str, set[int]] = {}
    for w in wishes:  # each activity counts each person once, however often she tapped it
        if w.activity:
            by_activity.setdefault(w.activity, set()).add(w.member_id)
    counts = Counter({key: len(who) for key, who in by_activity.items()})
    with_idea = {w.member_id for w in wishes if w.activity or w.text or w.voice}
    unsure = {w.member_id for w in wishes} - with_idea
    locale = ctx.locale
    lines = [f"{option_label(ctx, f'activity:{key}', locale)}: {n}" for key, n in counts.most_common()]
    if unsure:
        lines.append(ctx.catalog.format(locale, "wish-results-dont-know", {"count": len(unsure)}))

    def who(member_id: int) -> str:
        member = people.get(member_id)
        return f"{member.display_name} · {native_name(member.language)}" if member else "?"

    lines += [f"“{w.text}” — {who(w.member_id)}" for w in wishes if w.text]
    lines += [f"🎤 {names.get(w.member_id, '?')}" for w in wishes if w.voice and not w.text]
    chosen = set(round_.options or [])
    ordered = [k for k, _n in counts.most_common()] + [k for k in CATALOGUE if k not in counts]
    choices = tuple(Choice(f"wish:opt:{round_.id}:{k}",
                           text=("✅ " if f"activity:{k}" in chosen else "▫️ ") +
                           option_label(ctx, f"activity:{k}", locale)) for k in ordered)
    assert ctx.member is not None
    ctx.wait_for(ctx.member, "wish-curate", {"round": round_.id}, ctx.policy.free_text_window)
    own = [o for o in chosen if o.startswith("text:")]
    if own:
        lines += ["✅ " + o[5:] for o in own]
    return [ctx.reply("wish-results", {"count": len({w.member_id for w in wishes}), "lines": "\n".join(lines) or "—"},
                      choices=choices + (Choice(f"wish:vote:{round_.id}", "wish-vote-start", "🗳"),
                                         Choice(f"wish:season:{round_.id}", "wish-season", "📅")))]


def on_curate_input(ctx: Context, question: str, data: dict) -> list[Outbound]:
    """The leader types an option of their own."""
    assert ctx.inbound is not None
    round_ = ctx.db.get(WishRound, int(data.get("round", 0)))
    text = ctx.inbound.text.strip()
    if round_ is None or not auth.allowed(ctx.db, ctx.member, "wishes.run", round_.group_id):
        return [ctx.reply("button-expired")]
    if not text or len(text) > 100:
        return [ctx.reply("wish-need-options")]
    round_.options = (list(round_.options or []) + [f"text:{text}"])[:10]
    return _results(ctx, ctx.db.get(Group, round_.group_id), round_)


# -- the vote ----------------------------------------------------------------------------------
def start_vote(ctx: Context, group: Group, options: list[str]) -> list[Outbound]:
    assert ctx.member is not None
    vote = Vote(group_id=group.id, options=options, deadline=ctx.now() + VOTE_FOR, status="open", created_at=ctx.now())
    ctx.db.add(vote)
    ctx.db.flush()
    queries.audit(ctx.db, ctx.now(), "vote-started", actor_id=ctx.member.id, group_id=group.id,
                  options=len(options))
    ctx.done_waiting(ctx.member)
    people = _participants(ctx, group.id)
    out = [ctx.reply("vote-started", {"count": len(people)})]
    for member in people:
        choices = _vote_choices(ctx, vote, member.language, f"vote:{vote.id}")
        if member.phone_only:
            out += [Outbound("vote-for", {"name": member.display_name, **mark}, member_id=leader.id, kind="notice",
                             choices=_vote_choices(ctx, vote, leader.language, f"votefor:{vote.id}:{member.id}"))
                    for leader, mark in leaders.of(ctx, group.id)]
        else:
            out.append(Outbound("vote-question", member_id=member.id, kind="notice", poll=True, choices=choices,
                                dedupe_key=f"vote:{vote.id}:{member.id}"))
    if group.telegram_chat:  # a linked group chat sees the same question as an anonymous poll
        out.append(Outbound("chat-vote", channel="telegram", address=group.telegram_chat, locale=group.language,
                            kind="broadcast", poll=True, dedupe_key=f"vote:{vote.id}:chat",
                            choices=_vote_choices(ctx, vote, group.language, f"chatvote:{vote.id}")))
    ctx.db.add(Timer(kind="vote-reminder", due_at=vote.deadline - dt.timedelta(days=1), data={"vote_id": vote.id},
                     dedupe_key=f"vote-reminder:{vote.id}", created_at=ctx.now()))
    ctx.db.add(Timer(kind="vote-close", due_at=vote.deadline, data={"vote_id": vote.id},
                     dedupe_key=f"vote-close:{vote.id}", created_at=ctx.now()))
    return out


def _vote_choices(ctx: Context, vote: Vote, locale: str, prefix: str) -> tuple[Choice, ...]:
    return tuple(Choice(f"{prefix}:{i}", text=option_label(ctx, o, locale)[:100]) for i, o in enumerate(vote.options))


def on_vote(ctx: Context, args: list[str]) -> list[Outbound]:
    """vote:<vote>:<option> or vote:<vote>:retract — a member's own vote, changeable until it closes."""
    member = ctx.member
    assert member is not None
    vote = ctx.db.get(Vote, int(args[0])) if args and args[0].isdigit() else None
    if vote is None or len(args) != 2 or vote.group_id not in {ms.group_id for ms in queries.memberships(ctx.db, member.id)}:
        return [ctx.reply("button-expired")]
    if vote.status != "open":
        return [ctx.reply("vote-closed")]
    if args[1] == "retract":
        ctx.db.execute(delete(Ballot).where(Ballot.vote_id == vote.id, Ballot.member_id == member.id))
        return [ctx.reply("vote-retracted")]
    if not args[1].isdigit() or int(args[1]) >= len(vote.options):
        return [ctx.reply("button-expired")]
    _cast(ctx, vote, member, int(args[1]), None)
    return [ctx.reply("vote-saved")]


def _cast(ctx: Context, vote: Vote, member: Member, option: int, recorded_by: int | None) -> None:
    ballot = ctx.db.scalar(select(Ballot).where(Ballot.vote_id == vote.id, Ballot.member_id == member.id))
    if ballot is None:
        ctx.db.add(Ballot(vote_id=vote.id, member_id=member.id, option=option, recorded_by=recorded_by,
                          cast_at=ctx.now()))
    else:
        ballot.option, ballot.cast_at, ballot.recorded_by = option, ctx.now(), recorded_by


def on_vote_for(ctx: Context, args: list[str]) -> list[Outbound]:
    """votefor:<vote>:<member>:<option> — the leader records a phone-only member's vote."""
    vote = ctx.db.get(Vote, int(args[0])) if args and args[0].isdigit() else None
    member = ctx.db.get(Member, int(args[1])) if len(args) > 1 and args[1].isdigit() else None
    if vote is None or member is None or len(args) != 3 or not args[2].isdigit() or \
            int(args[2]) >= len(vote.options) or not auth.allowed(ctx.db, ctx.member, "vote.run", vote.group_id) or \
            vote.group_id not in {ms.group_id for ms in queries.memberships(ctx.db, member.id)}:
        return [ctx.reply("button-expired")]
    if vote.status != "open":
        return [ctx.reply("vote-closed")]
    _cast(ctx, vote, member, int(args[2]), ctx.member.id if ctx.member else None)
    queries.audit(ctx.db, ctx.now(), "vote-recorded-for", actor_id=ctx.member.id if ctx.member else None,
                  subject_id=member.id, group_id=vote.group_id)
    return [ctx.reply("vote-saved")]


def on_vote_reminder(ctx: Context, data: dict) -> list[Outbound]:
    vote = ctx.db.get(Vote, int(data.get("vote_id", 0)))
    if vote is None or vote.status != "open":
        ctx.timer_status = "dropped"
        return []
    voted = set(ctx.db.scalars(select(Ballot.member_id).where(Ballot.vote_id == vote.id)))
    return [Outbound("vote-reminder", member_id=m.id, kind="notice", poll=True,
                     choices=_vote_choices(ctx, vote, m.language, f"vote:{vote.id}"),
                     dedupe_key=f"vote-reminder:{vote.id}:{m.id}")
            for m in _participants(ctx, vote.group_id) if not m.phone_only and m.id not in voted]


def on_vote_close(ctx: Context, data: dict) -> list[Outbound]:
    """Count; a clear winner is announced and attached; a tie goes to the leader."""
    vote = ctx.db.get(Vote, int(data.get("vote_id", 0)))
    if vote is None or vote.status != "open":
        ctx.timer_status = "dropped"
        return []
    counts = Counter(ctx.db.scalars(select(Ballot.option).where(Ballot.vote_id == vote.id)))
    best = max(counts.values(), default=0)
    top = [i for i in range(len(vote.options)) if counts.get(i, 0) == best]
    if len(top) != 1:
        vote.status = "tie"
        return [Outbound("vote-tie", dict(mark), member_id=leader.id, kind="notice", choices=tuple(
            Choice(f"votetie:{vote.id}:{i}", text=option_label(ctx, vote.options[i], leader.language)[:100])
            for i in top)) for leader, mark in leaders.of(ctx, vote.group_id)]
    return _finish(ctx, vote, top[0], counts)


def on_tie(ctx: Context, args: list[str]) -> list[Outbound]:
    """votetie:<vote>:<option> — the leader decides a tie."""
    vote = ctx.db.get(Vote, int(args[0])) if args and args[0].isdigit() else None
    if vote is None or vote.status != "tie" or len(args) != 2 or not args[1].isdigit() or \
            int(args[1]) >= len(vote.options) or not auth.allowed(ctx.db, ctx.member, "vote.run", vote.group_id):
        return [ctx.reply("button-expired")]
    counts = Counter(ctx.db.scalars(select(Ballot.option).where(Ballot.vote_id == vote.id)))
    queries.audit(ctx.db, ctx.now(), "vote-tie-decided", actor_id=ctx.member.id if ctx.member else None,
                  group_id=vote.group_id, option=int(args[1]))
    return _finish(ctx, vote, int(args[1]), counts)


def _free_sessions(ctx: Context, group: Group) -> list[Meeting]:
    return [s for s in queries.group_sessions(ctx.db, group.id, since=ctx.now(), statuses=("planned",))
            if not s.activity]


def _finish(ctx: Context, vote: Vote, winner: int, counts: Counter) -> list[Outbound]:
    group = ctx.db.get(Group, vote.group_id)
    assert group is not None
    vote.status, vote.winner = "closed", winner
    free = _free_sessions(ctx, group)
    session = free[0] if free else None
    if session is not None:
        session.activity = vote.options[winner]
        vote.session_id = session.id
    out: list[Outbound] = []
    for member in queries.group_members(ctx.db, group.id):
        if member.phone_only:
            continue
        lines = "\n".join(f"{option_label(ctx, o, member.language)}: {counts.get(i, 0)}"
                          for i, o in enumerate(vote.options))
        out.append(Outbound("vote-result", {"winner": option_label(ctx, vote.options[winner], member.language),
                                            "lines": lines}, member_id=member.id, kind="notice",
                            dedupe_key=f"vote-result:{vote.id}:{member.id}"))
    if session is not None:
        # The leader may put it on another meeting instead.
        zone = ZoneInfo(group.timezone)
        for leader, mark in leaders.of(ctx, group.id):  # the other dates in her own language
            others = tuple(Choice(f"voteat:{vote.id}:{s.id}", text="📅 " + short_date(
                s.starts_at.astimezone(zone), leader.language)) for s in free[1:6])
            out.append(Outbound("vote-attached", {"date": session.starts_at, **group.dates, **mark},
                                member_id=leader.id, kind="notice", choices=others))
    return out


def on_vote_at(ctx: Context, args: list[str]) -> list[Outbound]:
    """voteat:<vote>:<session> — the leader puts the chosen activity on another meeting."""
    vote = ctx.db.get(Vote, int(args[0])) if args and args[0].isdigit() else None
    session = ctx.db.get(Meeting, int(args[1])) if len(args) == 2 and args[1].isdigit() else None
    if vote is None or session is None or vote.status != "closed" or vote.winner is None or \
            session.group_id != vote.group_id or session.status != "planned" or \
            not auth.allowed(ctx.db, ctx.member, "vote.run", vote.group_id):
        return [ctx.reply("button-expired")]
    previous = ctx.db.get(Meeting, vote.session_id) if vote.session_id else None
    if previous is not None and previous.activity == vote.options[vote.winner]:
        previous.activity = None
    session.activity, vote.session_id = vote.options[vote.winner], session.id
    queries.audit(ctx.db, ctx.now(), "vote-activity-moved", actor_id=ctx.member.id if ctx.member else None,
                  group_id=vote.group_id, session=session.id)
    group = ctx.db.get(Group, vote.group_id)
    return [ctx.reply("vote-attached", {"date": session.starts_at, **(group.dates if group else {})})]
