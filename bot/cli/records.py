"""What samen keeps and tells: `samen report` for funders, `samen retention`, `samen audit`, and
`samen whatsapp` templates."""
from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from bot.core.i18n import LOCALES
from bot.cli.common import UsageError, build_samen, parse_date


def cmd_report(args: argparse.Namespace) -> int:
    from bot import reports as files
    from bot.core.i18n import default_catalog, supported_locale
    from storage import queries
    from storage.reports import group_report, organisation_report

    start, last = parse_date(args.from_, "--from"), parse_date(args.to, "--to")
    if last < start:
        raise UsageError("--to is before --from")
    language = supported_locale(args.language)
    if language is None:
        raise UsageError(f"unknown language {args.language!r}; one of {', '.join(LOCALES)}")
    since = dt.datetime.combine(start, dt.time(), dt.timezone.utc)
    until = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), dt.timezone.utc)
    samen = build_samen()
    with samen.sessions() as db:
        if args.group:
            group = queries.find_group(db, args.group)
            if group is None:
                raise UsageError(f"no group {args.group!r} (or more than one with that name: use its id)")
            figures = group_report(db, group, since, until, named=args.named)
        else:
            organisation = queries.find_organisation(db, args.org)
            if organisation is None:
                raise UsageError(f"no organisation {args.org!r}")
            figures = organisation_report(db, organisation, since, until, named=args.named)
    data = files.render(figures, args.format, default_catalog(), language)
    out = Path(args.out or f"samen-report.{args.format}")
    try:
        out.write_bytes(data)
    except OSError as exc:
        raise UsageError(f"cannot write {out}: {exc.strerror or exc}") from exc
    p = figures["participants"]
    print(f"{out}: {figures['scope']['name']}, {figures['period']['from']} to {figures['period']['to']}: "
          f"{p['at_end']} participants ({p['active']} came), {figures['sessions']['held']} meetings held")
    return 0


def cmd_retention(args: argparse.Namespace) -> int:
    from storage import erasure

    samen = build_samen()
    months = args.months if args.months is not None else samen.config.retention_months
    if months <= 0:
        raise UsageError("--months must be at least 1")
    now = samen.clock.now()
    with samen.sessions() as db, db.begin():
        members = erasure.inactive_members(db, now, months)
        if args.dry_run:
            print(f"{len(members)} member(s) inactive for {months} months would be erased; nothing was changed")
            db.rollback()
            return 0
        counts = erasure.erase_members(db, members, now, reason="retention")
    print(f"{counts['members']} member(s) inactive for {months} months erased; "
          f"{counts['provider']} message(s) queued for deletion at Twilio")
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from storage import queries
    from storage.models import AuditEvent, Group, Member

    samen = build_samen()
    since = samen.clock.now() - dt.timedelta(days=max(1, args.days))
    with samen.sessions() as db:
        query = select(AuditEvent).where(AuditEvent.at >= since).order_by(AuditEvent.at, AuditEvent.id)
        if args.group:
            group = queries.find_group(db, args.group)
            if group is None:
                raise UsageError(f"no group {args.group!r} (give its id or exact name)")
            query = query.where(AuditEvent.group_id == group.id)
        rows = db.scalars(query).all()
        for row in rows:
            actor = db.get(Member, row.actor_id) if row.actor_id else None
            group = db.get(Group, row.group_id) if row.group_id else None
            details = " ".join(f"{k}={v}" for k, v in sorted((row.data or {}).items()))
            print(f"{row.at:%Y-%m-%d %H:%M} {row.action:<20} by {actor.display_name if actor else '-':<16} "
                  f"group {group.name if group else '-':<16} member {row.subject_id or '-'} {details}".rstrip())
    if not rows:
        print("nothing in the audit log for that period")
    return 0


def cmd_whatsapp(args: argparse.Namespace) -> int:
    if args.wa_command != "templates":
        raise UsageError("say `samen whatsapp templates [--set KIND LOCALE HX…]`")
    import re

    from bot.channels.whatsapp import WhatsAppChannel
    from bot.core.i18n import default_catalog, without_isolates
    from bot.whatsapp_window import TEMPLATE_FRAME, TEMPLATE_KINDS
    from storage import queries

    languages = WhatsAppChannel.template_locales
    if args.set:
        kind, locale, sid = args.set
        if kind not in TEMPLATE_KINDS and not (kind.startswith("quick:") and default_catalog().has(kind[6:])):
            raise UsageError(f"unknown template kind {kind!r}; choose from {', '.join(TEMPLATE_KINDS)} "
                             "or quick:<message id> for quick-reply buttons")
        if locale not in LOCALES:
            raise UsageError(f"unknown language {locale!r}; choose from {', '.join(LOCALES)}")
        if locale not in languages:
            frame = TEMPLATE_FRAME.get(locale)
            raise UsageError(f"WhatsApp has no template language for {locale!r}: " +
                             (f"its members get the {frame!r} template with their own text" if frame
                              else "such members are reached by phone"))
        if not re.fullmatch(r"HX[0-9a-fA-F]{32}", sid):
            raise UsageError(f"{sid!r} is not a Content SID (HX followed by 32 hexadecimal characters)")
        samen = build_samen()
        with samen.sessions() as db, db.begin():
            queries.set_template(db, kind, locale, sid, samen.clock.now())
        print(f"template {kind}/{locale} set to {sid}")
        return 0
    catalog = default_catalog()
    samen = build_samen()
    with samen.sessions() as db:
        for kind in TEMPLATE_KINDS:
            for locale in LOCALES:
                text = catalog.format(locale, f"whatsapp-template-{kind}", {"body": "{{1}}"})
                text = without_isolates(text)  # no bidi marks in a template
                if locale not in languages:
                    frame = TEMPLATE_FRAME.get(locale)
                    print(f"{kind}\t{locale}\t(no WhatsApp template language: " +
                          (f"sent in the {frame} template)" if frame else "reached by phone)"))
                    continue
                sid = queries.template_sid(db, kind, locale) or "not set"
                print(f"{kind}\t{locale}\t{sid}\t{text}")
    return 0
