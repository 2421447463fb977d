"""Words people type instead of tapping: a plea for help, and (in answer to a question) the words
that mean one of its buttons, in the person's own language or English.

Word lists live in `locales/*/keywords.ftl`; matching is on whole words after folding (case,
accents, Arabic diacritics and letter variants, Turkish İ/ı: `bot.core.text.fold`).
"""
from __future__ import annotations

from bot.core.messages import Choice
from bot.core.text import contains_phrase, fold
from handlers.base import Context
from storage import queries


def is_plea(ctx: Context) -> bool:
    """True when the message asks for help or to be called ("ساعدني", "bel mij", "tawagan mo ako")."""
    assert ctx.inbound is not None
    folded = fold(ctx.inbound.text)
    return bool(folded) and any(contains_phrase(folded, phrase) for phrase in ctx.catalog.words(ctx.locale, "words-plea"))


def _kinds(payload: str) -> tuple[str, ...]:
    """Which word lists may answer a button: a meeting's ✅/❌/📞, the check-in's 📞, and the yes/no
    questions (consent, may the leader call, a buddy).  Erasing data is never answered in words."""
    prefix, _, rest = payload.partition(":")
    last = rest.rsplit(":", 1)[-1]
    if prefix == "rsvp":
        return {"yes": ("answer-coming", "answer-yes"), "no": ("answer-not-coming", "answer-no"),
                "call": ("answer-call",)}.get(last, ())
    if prefix == "checkin" and last == "call":
        return ("answer-call",)
    if prefix in ("consent", "call", "buddyok"):
        return {"yes": ("answer-yes",), "no": ("answer-no",)}.get(last, ())
    return ()


def answer_of(ctx: Context) -> tuple[str, bool] | None:
    """The button a short typed answer means ("ja ik kom", "evet geliyorum", "no puedo", "bel mij"),
    among the last buttons the member got, and whether she wrote more than that answer (then her
    words go to her leader too: "bel mij, mijn man is ziek").  None when no word of them is there
    or the words point to two different buttons ("nee, ik kom wel")."""
    member, inbound = ctx.member, ctx.inbound
    assert member is not None and inbound is not None
    folded = fold(inbound.text)
    if not folded or len(folded) > 200 or inbound.media:
        return None
    padded = f" {folded} "
    found: list[tuple[int, int, str]] = []  # (start, end, payload) of every phrase found
    for payload in member.question_choices or []:
        for list_id in _kinds(str(payload)):
            for phrase in ctx.catalog.words(member.language, list_id):
                start = padded.find(f" {phrase} ")
                while start != -1:
                    found.append((start, start + len(phrase) + 1, str(payload)))
                    start = padded.find(f" {phrase} ", start + 1)
    # a phrase inside a longer one counts as the longer one ("ik kom" in "ik kom niet")
    kept = [(s, e, p) for s, e, p in found if not any(s2 <= s and e <= e2 and (e2 - s2) > (e - s)
                                                       for s2, e2, _ in found)]
    if len({p for _s, _e, p in kept}) != 1:
        return None
    covered = set().union(*(range(s, e) for s, e, _p in kept))
    more = any(not ch.isspace() and i not in covered for i, ch in enumerate(padded))
    return kept[0][2], more


def button_named(ctx: Context) -> str | None:
    """The payload of one of the last buttons the member got when her whole message is its label,
    typed ("Stop berichten", "Bevestigen"; case, accents and emoji do not matter).  Labels of the
    catalog only (not a name on an attendance button).  Erasing her data is never confirmed in words."""
    member, inbound = ctx.member, ctx.inbound
    assert member is not None and inbound is not None
    folded = fold(inbound.text)
    offered = {str(p) for p in member.question_choices or []}
    if not folded or inbound.media or not offered or folded not in ctx.catalog.short_texts(member.language):
        return None  # most messages: no query for the last question's buttons
    for raw in queries.last_question(ctx.db, member.id):
        choice = Choice.from_json(raw)
        if choice.payload in offered and not choice.payload.startswith("forget:") \
                and fold(ctx.catalog.label(member.language, choice)) == folded:
            return choice.payload
    return None


def label_of(ctx: Context, payload: str) -> str:
    """The button `payload` as the member read it, in her language ("✅ I'm coming")."""
    assert ctx.member is not None
    offered = queries.offered_choice(ctx.db, ctx.member.id, payload)
    return ctx.catalog.label(ctx.member.language, Choice.from_json(offered)) if offered else payload
