"""`samen org create`, `samen group create` and `samen invite`: an organisation, its groups and the
invite codes (with their links) people join with."""
from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.config import Config
from bot.core.i18n import LOCALES, VARIANTS, variant_of
from bot.cli.common import GROUP_ROLES, REGIONS, TRADITIONS, UsageError, build_samen, load_config


def cmd_org(args: argparse.Namespace) -> int:
    if args.org_command == "phone-limit":
        return _phone_limit(args)
    if args.org_command != "create":
        raise UsageError("say `samen org create NAME` or `samen org phone-limit ORG N`")
    from storage import queries
    from storage.models import Organisation

    name = args.name.strip()
    if not name:
        raise UsageError("an organisation needs a name")
    samen = build_samen()
    with samen.sessions() as db, db.begin():
        if queries.find_organisation(db, name) is not None:
            raise UsageError(f"an organisation named {name!r} exists already")
        org = Organisation(name=name, created_at=samen.clock.now())
        db.add(org)
        db.flush()
        print(f"organisation {org.id}: {org.name}")
    return 0


def _phone_limit(args: argparse.Namespace) -> int:
    """`samen org phone-limit ORG N|default`: past N calls and SMS segments in a month, further
    reminder calls wait and the coordinators are told."""
    from storage import queries

    limit = args.limit.strip().lower()
    if limit != "default" and not limit.isdigit():
        raise UsageError(f"the limit is a whole number of calls and SMS segments a month, or 'default'; not {args.limit!r}")
    samen = build_samen()
    with samen.sessions() as db, db.begin():
        org = queries.find_organisation(db, args.name)
        if org is None:
            raise UsageError(f"no organisation {args.name!r}; create it with `samen org create NAME`")
        org.phone_limit = None if limit == "default" else int(limit)
        shown = org.phone_limit if org.phone_limit is not None else f"{samen.config.phone_limit} (the default)"
        print(f"organisation {org.id}: {org.name}: at most {shown} reminder calls and SMS segments a month")
    return 0


def _languages(typed: str) -> tuple[list[str], str | None]:
    """A group's languages as typed ("ar-MA,nl"): the shipped locales, main first, and the main
    language's regional variant if one was named."""
    parts = [part.strip() for part in typed.split(",") if part.strip()]
    read = [variant_of(part) for part in parts]
    wrong = [part for part, found in zip(parts, read) if found is None]
    if wrong or not read:
        raise UsageError(f"unknown language {', '.join(wrong) or '(none)'}; "
                         f"choose from {', '.join(LOCALES + VARIANTS).replace('_', '-')}")
    return [locale for locale, _ in read], read[0][1]


def cmd_group(args: argparse.Namespace) -> int:
    if args.group_command == "set":
        return _group_set(args)
    if args.group_command != "create":
        raise UsageError("say `samen group create NAME --org ORG`")
    from zoneinfo import ZoneInfoNotFoundError

    from storage import queries
    from storage.models import Group

    name = args.name.strip()
    if not name:
        raise UsageError("a group needs a name")
    languages, variant = _languages(args.language)
    region = (args.region or "").lower() or None
    if region is not None and region not in REGIONS:
        raise UsageError(f"unknown region {args.region!r}; choose noord, midden or zuid")
    traditions = [t.strip().lower() for t in args.traditions.split(",") if t.strip()]
    unknown = [t for t in traditions if t not in TRADITIONS]
    if unknown or not traditions:
        raise UsageError(f"unknown tradition {', '.join(unknown) or '(none)'}; choose from {', '.join(TRADITIONS)}")
    config = load_config()
    zone = args.timezone or config.timezone
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise UsageError(f"unknown time zone {zone!r}") from exc
    samen = build_samen()
    with samen.sessions() as db, db.begin():
        org = queries.find_organisation(db, args.org)
        if org is None:
            raise UsageError(f"no organisation {args.org!r}; create it with `samen org create NAME`")
        if any(g.name.lower() == name.lower() for g in org.groups):
            raise UsageError(f"{org.name} already has a group named {name!r}")
        group = Group(organisation_id=org.id, name=name, language=languages[0], languages=",".join(languages),
                      language_variant=variant, city=args.city, region=region,
                      traditions=",".join(traditions), timezone=zone, created_at=samen.clock.now())
        db.add(group)
        db.flush()
        print(f"group {group.id}: {group.name} ({org.name}, languages {group.languages})")
    return 0


def _group_set(args: argparse.Namespace) -> int:
    """`samen group set GROUP --language ar-MA,nl`: change a group's languages (and their variant)."""
    from storage import queries

    if args.language is None:
        raise UsageError("say what to change, e.g. `samen group set GROUP --language ar-MA`")
    languages, variant = _languages(args.language)
    samen = build_samen()
    with samen.sessions() as db, db.begin():
        group = queries.find_group(db, args.group)
        if group is None:
            raise UsageError(f"no group {args.group!r}")
        group.language, group.languages, group.language_variant = languages[0], ",".join(languages), variant
        print(f"group {group.id}: {group.name} (languages {group.languages}"
              + (f", dates as {variant.replace('_', '-')}" if variant else "") + ")")
    return 0


def cmd_invite(args: argparse.Namespace) -> int:
    from storage import queries

    role = args.role.strip().lower()
    if args.group and role not in GROUP_ROLES:
        raise UsageError(f"a group invite is for {', '.join(GROUP_ROLES)}, not {role!r}"
                         + ("; coordinators are invited with --org" if role == "coordinator" else ""))
    if args.org and role != "coordinator":
        raise UsageError(f"an organisation invite is for coordinators, not {role!r}; use --group for {role}s")
    if args.days < 1 or args.days > 365:
        raise UsageError("--days must be between 1 and 365")
    uses = args.uses if args.uses is not None else (15 if role == "participant" else 2)
    if uses < 1 or uses > 100:
        raise UsageError("--uses must be between 1 and 100")
    config = load_config()
    if args.card and not (config.has_telegram or config.twilio_whatsapp_from):
        raise UsageError("an invite card needs a channel to point to: set TELEGRAM_BOT_TOKEN or TWILIO_WHATSAPP_FROM")
    samen = build_samen()
    with samen.sessions() as db, db.begin():
        if args.group:
            group = queries.find_group(db, args.group)
            if group is None:
                raise UsageError(f"no group {args.group!r} (or more than one with that name: use its id)")
            org_id, group_id, place = group.organisation_id, group.id, group.name
        else:
            org = queries.find_organisation(db, args.org)
            if org is None:
                raise UsageError(f"no organisation {args.org!r}")
            org_id, group_id, place = org.id, None, org.name
        invite = queries.create_invite(db, organisation_id=org_id, group_id=group_id, role=role,
                                       now=samen.clock.now(), days=args.days, uses=uses)
        queries.audit(db, samen.clock.now(), "invite-created", group_id=group_id, role=role, via="cli")
        print(f"{invite.code}")
        print(f"  {role} invite for {place}; valid until {invite.expires_at:%Y-%m-%d %H:%M} UTC; {uses} use(s).",
              file=sys.stderr)
        code, language = invite.code, (group.language if args.group else "nl")
    print("  On WhatsApp send the code to the bot; on Telegram send /start " + code, file=sys.stderr)
    link = _telegram_link(config, code)
    if link:
        print(f"  Telegram link: {link}", file=sys.stderr)
    wa_link = None
    if config.twilio_whatsapp_from:
        from bot.core.i18n import default_catalog
        from handlers.members import whatsapp_link

        wa_link = whatsapp_link(default_catalog(), config.twilio_whatsapp_from, language, code)
        print(f"  WhatsApp link: {wa_link}", file=sys.stderr)
    if args.card:
        from bot.cards import card_for_group
        from bot.core.i18n import default_catalog

        if not (link or wa_link):
            raise UsageError("no link for the card: Telegram did not answer and TWILIO_WHATSAPP_FROM is not set")
        png = card_for_group(default_catalog(), group=place, language=language, code=code, telegram_link=link,
                             whatsapp_link=wa_link)
        try:
            Path(args.card).write_bytes(png)
        except OSError as exc:
            raise UsageError(f"cannot write the card to {args.card}: {exc.strerror or exc}") from exc
        print(f"  Invite card: {args.card}", file=sys.stderr)
    return 0


def _telegram_link(config: Config, code: str) -> str | None:
    """The deep link for an invite, asking Telegram (getMe) for the bot's username."""
    if not config.has_telegram:
        return None
    from telegram import Bot
    from telegram.error import TelegramError
    from telegram.request import HTTPXRequest

    async def username() -> str:
        request = HTTPXRequest(connect_timeout=5, read_timeout=5)
        async with Bot(config.telegram_bot_token or "", base_url=config.telegram_api_url,
                       base_file_url=config.telegram_file_url, request=request) as bot:
            return bot.username

    try:
        from handlers.members import deep_link

        return deep_link(asyncio.run(username()), code)
    except (TelegramError, OSError) as exc:
        print(f"  (no Telegram link: Telegram did not answer: {type(exc).__name__})", file=sys.stderr)
        return None
