"""A coordinator creates a group in the chat, as `samen group create` does on the command line: its
name, its main language, its city and school-holiday region, the traditions its plan steps around;
then invites its leader (`members.invite`, a code for one person, with its card).

Payloads: grp:new:<organisation>, grp:lang:<locale>, grp:region:<noord|midden|zuid|none>,
grp:trad:<tradition>, grp:done, grp:skip, grp:cancel.  The typed answers (the name, the city) are
the text questions `grp-name` and `grp-city`.
"""
from __future__ import annotations

from sqlalchemy import func, select

from bot.core.calendar import REGIONS, TRADITIONS
from bot.core.i18n import LOCALES, VARIANTS, native_name, variant_of
from bot.core.messages import Choice, Outbound
from bot.core.text import has_words
from handlers import auth
from handlers.base import Context
from storage import queries
from storage.models import Group

NAME_MAX = 80


def new_group_choices(ctx: Context) -> tuple[Choice, ...]:
    """"➕ New group" for each organisation the member coordinates (under her menu)."""
    assert ctx.member is not None
    return tuple(Choice(f"grp:new:{ms.organisation_id}", "grp-new", "➕")
                 for ms in queries.memberships(ctx.db, ctx.member.id, roles=("coordinator",)))[:1]


def _cancel() -> Choice:
    return Choice("grp:cancel", "cancel", "✖️")


def on_group(ctx: Context, args: list[str]) -> list[Outbound]:
    member = ctx.member
    assert member is not None
    action = args[0] if args else ""
    if action == "new":
        organisation_id = int(args[1]) if len(args) == 2 and args[1].isdigit() else 0
        if not auth.coordinates(ctx.db, member, organisation_id):
            return [ctx.reply("not-allowed")]
        ctx.wait_for(member, "grp-name", {"org": organisation_id})
        return [ctx.reply("grp-ask-name", choices=(_cancel(),))]
    if action == "cancel":
        ctx.done_waiting(member)
        return [ctx.reply("sched-cancelled")]
    waiting = ctx.waiting(member)
    if waiting is None or not waiting[0].startswith("grp-") or not auth.coordinates(
            ctx.db, member, int(waiting[1].get("org", 0))):
        return [ctx.reply("button-expired")]
    data = waiting[1]
    if action == "lang" and len(args) == 2 and args[1] in LOCALES + VARIANTS and waiting[0] == "grp-language":
        data["language"] = args[1]
        ctx.wait_for(member, "grp-city", data)
        return [ctx.reply("grp-ask-city", choices=(Choice("grp:skip", "grp-skip", "⏭"), _cancel()))]
    if action == "skip" and waiting[0] == "grp-city":
        return _ask_region(ctx, data)
    if action == "region" and len(args) == 2 and (args[1] in REGIONS or args[1] == "none") \
            and waiting[0] == "grp-region":
        data["region"] = None if args[1] == "none" else args[1]
        data["traditions"] = ["dutch"] + (["school"] if data["region"] else [])
        return _ask_traditions(ctx, data)
    if action == "trad" and len(args) == 2 and args[1] in TRADITIONS and waiting[0] == "grp-traditions":
        chosen = list(data.get("traditions", []))
        data["traditions"] = [t for t in chosen if t != args[1]] if args[1] in chosen else chosen + [args[1]]
        return _ask_traditions(ctx, data)
    if action == "done" and waiting[0] == "grp-traditions":
        return _create(ctx, data)
    return [ctx.reply("button-expired")]


def on_input(ctx: Context, question: str, data: dict) -> list[Outbound]:
    """The typed name of the new group, or its city."""
    member, inbound = ctx.member, ctx.inbound
    assert member is not None and inbound is not None
    text = " ".join(inbound.text.split())
    if not has_words(text) or len(text) > NAME_MAX:
        return [ctx.reply("sess-bad-text", {"max": NAME_MAX}, choices=(_cancel(),))]
    if question == "grp-name":
        taken = ctx.db.scalar(select(Group.id).where(Group.organisation_id == int(data.get("org", 0)),
                                                     func.lower(Group.name) == text.lower()))
        if taken is not None:
            return [ctx.reply("grp-name-taken", {"group": text}, choices=(_cancel(),))]
        data["name"] = text
        ctx.wait_for(member, "grp-language", data)
        return [ctx.reply("grp-ask-language", {"group": text}, choices=_languages())]
    if question == "grp-city":
        data["city"] = text
        return _ask_region(ctx, data)
    return [ctx.reply("grp-ask-language", {"group": data.get("name", "")}, choices=_languages())]


def _languages() -> tuple[Choice, ...]:
    """The shipped languages and their regional variants ("العربية (المغرب)": Moroccan month names)."""
    return tuple(Choice(f"grp:lang:{loc}", text=native_name(loc)) for loc in LOCALES + VARIANTS)


def _ask_region(ctx: Context, data: dict) -> list[Outbound]:
    assert ctx.member is not None
    ctx.wait_for(ctx.member, "grp-region", data)
    return [ctx.reply("grp-ask-region", choices=tuple(
        Choice(f"grp:region:{region}", f"grp-region-{region}", "🏫") for region in REGIONS)
        + (Choice("grp:region:none", "grp-skip", "⏭"), _cancel()))]


def _ask_traditions(ctx: Context, data: dict) -> list[Outbound]:
    assert ctx.member is not None
    ctx.wait_for(ctx.member, "grp-traditions", data)
    chosen = data.get("traditions", [])
    names = ", ".join(ctx.catalog.format(ctx.locale, f"tradition-{t}") for t in chosen) or "—"
    return [ctx.reply("sched-ask-traditions", {"chosen": names}, choices=tuple(
        Choice(f"grp:trad:{t}", f"tradition-{t}", "✅" if t in chosen else "▫️") for t in TRADITIONS)
        + (Choice("grp:done", "sched-traditions-done", "👍"),))]


def _create(ctx: Context, data: dict) -> list[Outbound]:
    """The group, as the command line makes it; then its leader is invited from the same chat."""
    assert ctx.member is not None
    ctx.done_waiting(ctx.member)
    return create_group(ctx, int(data["org"]), data["name"], data.get("language"), data.get("city"),
                        data.get("region"), data.get("traditions", []))


def create_group(ctx: Context, organisation_id: int, name: str, language: str | None, city: str | None,
                 region: str | None, traditions: list[str]) -> list[Outbound]:
    """A new group of an organisation she coordinates (the chat's ➕ New group and the web page):
    "created", with buttons to invite its leader and open its menu; or why not."""
    assert ctx.member is not None
    if not auth.coordinates(ctx.db, ctx.member, organisation_id):
        return [ctx.reply("not-allowed")]
    name = " ".join(name.split())
    if not has_words(name) or len(name) > NAME_MAX:
        return [ctx.reply("sess-bad-text", {"max": NAME_MAX})]
    if ctx.db.scalar(select(Group.id).where(Group.organisation_id == organisation_id,
                                            func.lower(Group.name) == name.lower())) is not None:
        return [ctx.reply("grp-name-taken", {"group": name})]
    traditions = [t for t in traditions if t in TRADITIONS] or ["dutch"]
    region = region if region in REGIONS else None
    if "school" in traditions and not region:
        traditions.remove("school")
    language, variant = variant_of(language) or ("nl", None)
    city = " ".join((city or "").split())[:NAME_MAX] or None
    group = Group(organisation_id=organisation_id, name=name, language=language, languages=language,
                  language_variant=variant, city=city, region=region, traditions=",".join(traditions),
                  created_at=ctx.now())
    ctx.db.add(group)
    ctx.db.flush()
    queries.audit(ctx.db, ctx.now(), "group-created", actor_id=ctx.member.id, group_id=group.id)
    return [ctx.reply("grp-created", {"group": group.name}, choices=(
        Choice(f"lead:invite:{group.id}", "group-invite-leader", "➕"),
        Choice(f"menu:group:{group.id}", "grp-open-menu", "📋")))]
