"""How a plan reads to a coordinator: what a moved or skipped date falls on, by name, and the lines
of a preview (moves, skips, defaults, warnings), shared by the chat's planner, the web page and the
CLI."""
from __future__ import annotations

import datetime as dt
from typing import Callable

from bot.core.i18n import Catalog, without_isolates
from bot.core.planner import Decision, Plan


def reason(catalog: Catalog, locale: str, decision: Decision) -> str:
    """What a moved or skipped date falls on, by name: a public holiday or a group's own date by its
    own name ("Koningsdag", "Tweede paasdag"), the others as the catalog names them ("Ramadan")."""
    return ", ".join(label if key in ("public-holiday", "custom") and label else
                     without_isolates(catalog.format(locale, f"observance-{key}"))
                     for key, label in zip(decision.keys, decision.labels))


def plan_lines(result: Plan, catalog: Catalog, locale: str, day: Callable[[dt.date], str],
               breaks: bool = False) -> list[str]:
    """Every moved or skipped date with its reason, the defaults applied and the warnings, as a
    coordinator reads them in the chat's preview and on the web page (`day` writes a date; with
    `breaks`, each date the summer break takes too)."""
    def say(message_id: str, args: dict) -> str:
        return without_isolates(catalog.format(locale, message_id, args))

    lines = []
    for decision in result.decisions:
        if decision.action == "move" and decision.moved_to:
            lines.append(say("sched-line-moved", {"date": day(decision.date), "observance": reason(catalog, locale, decision),
                                                  "to": day(decision.moved_to)}))
        elif decision.action in ("skip", "dropped"):
            lines.append(say("sched-line-skipped", {"date": day(decision.date),
                                                    "observance": reason(catalog, locale, decision)}))
        elif decision.action == "break" and breaks:
            lines.append(say("web-plan-line-break", {"date": day(decision.date)}))
    for key, policy in sorted(result.defaults.items()):
        lines.append(say("sched-default", {"observance": without_isolates(catalog.format(locale, f"observance-{key}")),
                                           "policy": policy}))
    skipped = {d.date: d for d in result.decisions}
    for warning in result.warnings:
        if warning.code == "too-few":
            lines.append(say("sched-warning-too-few", {"count": warning.count or 0}))
        elif warning.code == "long-skip" and warning.first in skipped:
            lines.append(say("sched-warning-long-skip", {"date": day(warning.first), "weeks": warning.count or 0,
                                                         "observance": reason(catalog, locale, skipped[warning.first])}))
        elif warning.first and warning.last:
            lines.append(say("sched-warning-gap", {"from": day(warning.first), "to": day(warning.last)}))
    return lines
