"""The router: which handler answers an inbound message, with a fixed precedence.

Nothing a person says is swallowed by a question they did not mean to answer.  In this order:

1. A command in a linked Telegram group chat goes to that chat's handler.
2. Keywords, as the whole message: a Telegram-style `/command`, or a keyword of the person's own
   language or English (the lists in `locales/*/keywords.ftl`, folded by `bot.core.text.fold`); a
   stop word that is also an everyday word in her language (`keyword-stop-ask`) asks first.  While
   a leader's typed answer is awaited (a name, a place, a number) only a `/command` is a keyword:
   a member called "Wika" can be added.  A participant's help word ("Help!", "Hulp") gets the help
   text and reaches her leader too.
3. A shared contact (Telegram's "share my number").
4. A tapped button (only one that was offered to this person) or a poll answer.
5. Before consent, only the onboarding questions (a number answers their buttons) or an invite code.
6. A platform reply (quote) to a relayed message goes back to that participant.
7. A question that asked for typed text (↩ Reply, a name, a phone number, a place, a time, a
   broadcast): the text is its answer; only a bare number in range of its buttons is a tap.
8. A question that stays open (attendance numbers, a wish, a vote option) takes only what answers
   it: attendance only numbers or "all (but …)" (typed numbers are who came, even a single one),
   a wish only text within a few minutes of the question (`Policy.free_text_window`) and never a
   plea for help.
9. A bare number answers the last buttons the person got (out of range: "choose 1 to N").
10. A button's own label, typed ("Bevestigen", "Stop berichten"), is that button.  Words that
    mean one of those buttons, in her language or English ("ja ik kom", "evet
    geliyorum", "no puedo", "bel mij"; `handlers.words`), answer it, and she is told how they
    were understood; what she wrote beyond the answer also goes to her leader.  Words that
    point to two buttons ("nee, ik kom wel") are not an answer.
11. An invite code joins a group; a leader's other text is asked "who is this for?"; a
    participant's goes to her group leader(s) through the relay — while her answer to a
    meeting's reminder (or to the check-in after she missed one) is missing, with that question
    and buttons to record it for her.

The README's "How samen reads a message" holds the same list;
`tests/test_conversation.py::test_the_router_precedence_table` walks it as a table.  Strangers may only join, ask for help, or hear how to join.  Payloads are untrusted: each
handler checks what they name.
"""
from __future__ import annotations

import logging
from typing import Callable

from bot.core.messages import Outbound
from bot.core.text import command_of, fold, has_words, parse_number
from handlers import (attendance, auth, away, broadcast, calls, buddies, followup, groupchat, groups, help as help_handler, members,
                      onboarding, privacy, relay, reminders, reports, schedule, web, wishes, words)
from handlers.base import Context, Handler, PayloadHandler
from storage import queries

log = logging.getLogger(__name__)

KEYWORDS = ("help", "language", "voice", "stop", "start", "forget", "mydata", "menu", "next", "web")
# Timer kinds and their handlers; later features register theirs here.
TimerHandler = Callable[[Context, dict], list[Outbound]]
InputHandler = Callable[[Context, str, dict], list[Outbound]]
Accepts = Callable[[Context, dict], bool]


class Router:
    """Explicit routing tables, built once; `route` decides one inbound message."""

    def __init__(self) -> None:
        self.keywords: dict[str, Handler] = {
            "help": help_handler.help_,
            "language": lambda ctx: [onboarding.language_question(ctx, ctx.member)],
            "voice": onboarding.ask_voice,
            "stop": privacy.stop,
            "stop-ask": privacy.ask_stop,
            "start": self._start,
            "forget": privacy.forget,
            "mydata": privacy.my_data,
            "menu": self._menu,
            "next": reminders.next_session,
            "web": web.on_web,
        }
        self.payloads: dict[str, PayloadHandler] = {
            "consent": onboarding.on_consent,
            "lang": onboarding.on_language,
            "call": onboarding.on_call,
            "voice": onboarding.on_voice,
            "relay": relay.on_relay,
            "members": members.on_members,
            "menu": members.on_menu,
            "forget": privacy.on_forget,
            "privacy": self._privacy_button,
            "sched": schedule.on_sched,
            "sess": schedule.on_session,
            "rsvp": reminders.on_rsvp,
            "rsvpfor": reminders.on_rsvp_for,
            "att": attendance.on_att,
            "checkin": attendance.on_checkin,
            "checkinfor": attendance.on_checkin_for,
            "did": attendance.on_did,
            "task": followup.on_task,
            "buddy": buddies.on_buddy,
            "buddyok": buddies.on_answer,
            "wish": wishes.on_wish,
            "vote": wishes.on_vote,
            "wishfor": wishes.on_wish_for,
            "votefor": wishes.on_vote_for,
            "votetie": wishes.on_tie,
            "voteat": wishes.on_vote_at,
            "mm": members.on_manage,
            "lead": members.on_lead,
            "grp": groups.on_group,
            "away": away.on_away,
            "bc": broadcast.on_broadcast,
            "link": groupchat.on_link,
            "report": reports.on_report,
            "web": web.on_button,
            "help": help_handler.on_help_button,
        }
        # Payload prefixes a member may use before consenting.
        self.before_consent = frozenset({"consent", "lang", "forget"})
        # Questions that asked for typed text (a name, a number, a place, a reply): the text is read as
        # the answer; only a bare number in range of the buttons under the question is a tap.
        self.text_inputs: dict[str, InputHandler] = {
            "relay-reply": lambda ctx, _q, data: relay.send_reply(ctx, data),
            "members-add-name": members.on_input,
            "members-add-language": members.on_input,
            "members-add-number": members.on_input,
            "members-add-remind": members.on_input,
            "sched-time": schedule.on_input,
            "sched-place": schedule.on_input,
            "mm-rename": members.on_rename_input,
            "away-date": away.on_date_input,
            "grp-name": groups.on_input,
            "grp-city": groups.on_input,
            "sess-place": schedule.on_session_input,
            "sess-note": schedule.on_session_input,
            "sess-extra-place": schedule.on_session_input,
            "sess-voice": schedule.on_voice_input,
            "grp-greeting": schedule.on_voice_input,
            "bc-compose": broadcast.on_input,
            "bc-version": broadcast.on_input,
            "did": attendance.on_did_input,
        }
        # Questions for a name, a place, a time or a number: only a `/command` is a keyword there (a
        # member called "Wika", a place called "Start"); elsewhere "menu" still opens the menu.
        self.typed_words = frozenset({"members-add-name", "members-add-number", "mm-rename", "grp-name", "grp-city",
                                      "sched-time", "sched-place", "sess-place", "sess-extra-place", "sess-note"})
        # Questions that stay open while the person does other things: each takes only what answers
        # it (`accepts`); anything else goes on down the precedence (to the relay).
        self.open_questions: dict[str, tuple[Accepts, InputHandler]] = {
            "attendance": (attendance.accepts, attendance.on_input),
            "wish": (wishes.accepts, wishes.on_input),
            "wish-curate": (wishes.accepts_option, wishes.on_curate_input),
        }
        # Open questions where typed numbers are the answer, not taps of the numbered buttons: "3"
        # to the attendance list means "only 3 came", never "toggle 3".
        self.numbers_answer = frozenset({"attendance"})
        self.timers: dict[str, TimerHandler] = {
            "reminder": reminders.on_reminder_timer,
            "roster": reminders.on_roster_timer,
            "attendance": attendance.on_attendance_timer,
            "attendance-nudge": attendance.on_nudge_timer,
            "checkin": attendance.on_checkin_timer,
            "digest": attendance.on_digest_timer,
            "task-reminder": followup.on_task_timer,
            "away-back": away.on_back_timer,
            "wish-reminder": wishes.on_wish_reminder,
            "vote-reminder": wishes.on_vote_reminder,
            "vote-close": wishes.on_vote_close,
            "phone-call": calls.on_phone_call_timer,
        }

    # -- entry point ----------------------------------------------------------------------
    def route(self, ctx: Context) -> list[Outbound]:
        inbound = ctx.inbound
        assert inbound is not None
        if inbound.chat is not None:  # a command in a linked (or to-be-linked) Telegram group chat
            return groupchat.in_chat(ctx, command_of(inbound.text))
        keyword = self.keyword_of(ctx, inbound.text) if not inbound.choice else None
        if keyword is not None and ctx.member is not None and command_of(inbound.text) is None:
            waiting = ctx.waiting(ctx.member)
            if waiting is not None and waiting[0] in self.typed_words:
                keyword = None  # a leader typing a name ("Wika"), a place or a number: only a /command counts
        if ctx.member is None:
            return self._stranger(ctx, keyword)
        if keyword is not None:
            name, argument = keyword
            if name == "start" and argument:
                return onboarding.join(ctx, argument)
            if name not in self.keywords:
                return help_handler.unknown_command(ctx)
            if ctx.member.consent_at is None and name not in ("help", "language", "stop", "forget", "start"):
                return [onboarding.consent_question(ctx, ctx.member)]
            if name == "help" and command_of(inbound.text) is None:
                return help_handler.help_word(ctx)  # "Help!" may be a plea: her leader sees it too
            return self.keywords[name](ctx)
        if inbound.contact_phone:
            return onboarding.on_contact(ctx)
        payload = self.tapped(ctx)
        if payload is not None:
            return self.on_payload(ctx, payload)
        if ctx.member.consent_at is None:
            number = self.numbered(ctx)
            if number is not None:
                return self.on_payload(ctx, number)
            if self._looks_like_code(inbound.text):
                return onboarding.join(ctx, inbound.text)
            return [onboarding.consent_question(ctx, ctx.member)]
        quoted = relay.reply_by_quote(ctx)
        if quoted is not None:
            return quoted
        waiting = ctx.waiting(ctx.member)
        number = self.numbered(ctx)
        if waiting is not None and waiting[0] in self.text_inputs:
            if number is not None and not number.startswith("!"):
                return self.on_payload(ctx, number)
            return self.text_inputs[waiting[0]](ctx, waiting[0], waiting[1])
        if waiting is not None and waiting[0] in self.open_questions:
            accepts, handler = self.open_questions[waiting[0]]
            if (number is None or waiting[0] in self.numbers_answer) and accepts(ctx, waiting[1]):
                return handler(ctx, waiting[0], waiting[1])
        if number is not None:
            return self.on_payload(ctx, number)
        named = words.button_named(ctx)
        if named is not None:  # "Bevestigen", "Stop berichten": a button's own text, typed
            return self.on_payload(ctx, named)
        answer = words.answer_of(ctx)
        if answer is not None:  # "ja ik kom", "evet geliyorum", "bel mij": the button her words mean
            payload, more = answer
            out = [ctx.reply("answer-understood", {"answer": words.label_of(ctx, payload)})]
            out += self.on_payload(ctx, payload)
            if more and not ctx.member.paused:  # "no puedo, mi hija está enferma": the rest is for her leader
                out += relay.relay_to_staff(ctx)
            return out
        if ctx.member.paused:  # a leader paused this member's messages: tell them, pass nothing on
            return [ctx.reply("paused-not-passed-on")]
        memberships = queries.membership_rows(ctx.db, ctx.member.id)  # one query: the questions below, the relay
        roles = {ms.role for ms in memberships}
        if roles & auth.STAFF_ROLES and not roles & {"participant", "buddy"}:
            if self._looks_like_code(inbound.text) and queries.find_invite(ctx.db, inbound.text):
                return onboarding.join(ctx, inbound.text)
            return [ctx.reply("staff-who-for")]
        if self._looks_like_code(inbound.text) and queries.find_invite(ctx.db, inbound.text):
            return onboarding.join(ctx, inbound.text)
        about = reminders.unanswered_reminder(ctx)
        return relay.relay_to_staff(ctx, memberships, about=about,
                                    checkin=attendance.unanswered_checkin(ctx) if about is None else None)

    # -- pieces ---------------------------------------------------------------------------
    def keyword_of(self, ctx: Context, text: str) -> tuple[str, str] | None:
        """(keyword, argument) when the whole message is a keyword; commands may be unknown names."""
        command = command_of(text)
        if command is not None:
            return command
        word = fold(text)
        if not word or len(word) > 40:
            return None
        for name in KEYWORDS:
            if word in ctx.catalog.keywords(name, ctx.locale):
                return name, ""
        if word in ctx.catalog.words(ctx.locale, "keyword-stop-ask"):  # also an everyday word: ask first
            return "stop-ask", ""
        # "join CODE" / "start CODE" in any language, for channels without deep links.
        head, _, rest = text.strip().partition(" ")
        if rest and fold(head) in ctx.catalog.keywords("start") and self._looks_like_code(rest):
            return "start", rest.strip()
        return None

    def tapped(self, ctx: Context) -> str | None:
        """A tapped button's payload (only if it was offered), or a poll answer's choice."""
        inbound = ctx.inbound
        assert inbound is not None and ctx.member is not None
        if inbound.poll_id:
            payloads = queries.poll_choices(ctx.db, ctx.member.id, f"poll:{inbound.poll_id}")
            if not payloads:
                return "!expired"
            if not inbound.poll_options:  # the vote was taken back
                return payloads[0].rsplit(":", 1)[0] + ":retract"
            option = inbound.poll_options[0]
            return payloads[option] if 0 <= option < len(payloads) else "!expired"
        if inbound.choice:
            if not queries.choice_was_offered(ctx.db, ctx.member.id, inbound.choice, ctx.now()):
                log.info("a button that was never offered to member %s", ctx.member.id)
                return "!expired"
            return inbound.choice
        return None

    def numbered(self, ctx: Context) -> str | None:
        """The payload a bare number picks from the last buttons the member got, `!out-of-range:N`
        for a number beyond them, or None when the message is not one number (or there are none)."""
        inbound = ctx.inbound
        assert inbound is not None and ctx.member is not None
        number = parse_number(inbound.text) if not inbound.media else None
        choices = ctx.member.question_choices or []
        if number is None or not choices:
            return None
        if 1 <= number <= len(choices):
            return str(choices[number - 1])
        return f"!out-of-range:{len(choices)}"

    def on_payload(self, ctx: Context, payload: str) -> list[Outbound]:
        assert ctx.member is not None
        if payload.startswith("!out-of-range:"):
            return [ctx.reply("answer-out-of-range", {"count": int(payload.split(":")[1])})]
        if payload == "!expired":
            return [ctx.reply("button-expired")]
        prefix, *args = payload.split(":")
        handler = self.payloads.get(prefix)
        if handler is None:
            log.info("unknown payload prefix from member %s", ctx.member.id)
            return [ctx.reply("button-expired")]
        if ctx.member.consent_at is None and prefix not in self.before_consent:
            return [onboarding.consent_question(ctx, ctx.member)]
        return handler(ctx, args) or [ctx.reply("button-expired")]

    def _stranger(self, ctx: Context, keyword: tuple[str, str] | None) -> list[Outbound]:
        inbound = ctx.inbound
        assert inbound is not None
        if keyword is not None and keyword[0] == "start" and keyword[1]:
            return onboarding.join(ctx, keyword[1])
        if keyword is None and self._looks_like_code(inbound.text):
            return onboarding.join(ctx, inbound.text)
        return [ctx.reply("stranger-how-to-join")]

    def _start(self, ctx: Context) -> list[Outbound]:
        assert ctx.member is not None
        if ctx.member.consent_at is None:
            return [onboarding.consent_question(ctx, ctx.member)]
        return privacy.resume(ctx)

    def _menu(self, ctx: Context) -> list[Outbound]:
        assert ctx.member is not None
        if auth.is_staff(ctx.db, ctx.member):
            return members.menu(ctx)
        return help_handler.help_(ctx)

    def _privacy_button(self, ctx: Context, args: list[str]) -> list[Outbound]:
        if args == ["stop"]:
            return privacy.stop(ctx)
        if args == ["forget"]:
            return privacy.forget(ctx)
        if args == ["keep"]:
            return [ctx.reply("stop-kept")]
        return []

    @staticmethod
    def _looks_like_code(text: str) -> bool:
        cleaned = text.strip().upper()
        return 6 <= len(cleaned) <= 12 and cleaned.isalnum() and cleaned.isascii() and has_words(cleaned) \
            and any(ch.isdigit() for ch in cleaned) and any(ch.isalpha() for ch in cleaned)
