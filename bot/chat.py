"""`samen chat`: talk to the bot in a terminal as any member, on the configured database.

Type a message and press Enter.  A number answers the buttons of the last question; `/as NAME`
switches who you are; `/voice` sends a pretend voice note; `/quit` ends.  Every message the bot
sends, to anyone on the console, is printed with its recipient.
"""
from __future__ import annotations

import sys

from bot.app import build
from bot.channels.console import ConsoleChannel, as_plain_text
from bot.config import Config
from bot.console import ConsoleDriver
from bot.core.messages import Media, Rendered

HELP = "Type a message. /as NAME switches person, /voice sends a voice note, /quit ends."


def _print(address: str, message: Rendered) -> None:
    body = as_plain_text(message).replace("\n", "\n    ")
    print(f"  → {address} [{message.locale}]: {body}")


def run_chat(config: Config, who: str, language: str | None) -> int:
    channel = ConsoleChannel(printer=_print)
    samen = build(config, channels={"console": channel})
    driver = ConsoleDriver(samen, channel)
    print(HELP)
    try:
        while True:
            try:
                line = input(f"{who}> ")
            except EOFError:
                break
            stripped = line.strip()
            if stripped in ("/quit", "/exit"):
                break
            if stripped.startswith("/as "):
                who = stripped[4:].strip() or who
                continue
            if stripped == "/voice":
                driver.say(who, media=(Media("voice", f"console-voice-{who}", "audio/ogg", 5),), language=language)
                continue
            driver.say(who, line, language=language)
    finally:
        samen.close()
    print("bye", file=sys.stderr)
    return 0
