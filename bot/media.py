"""Media crossing channels: a voice note sent on Telegram to a facilitator on WhatsApp (or any
channel that cannot use the other platform's file ids) is downloaded once, kept in the database
under an unguessable, expiring token, and served from `GET /media/{token}`.

References: `tg:<file_id>` (Telegram), `media:<token>` (stored here), anything else is a URL or a
console reference.  Each channel says which references it can send as they are.
"""
from __future__ import annotations

import asyncio
import datetime as dt
from dataclasses import dataclass, field
from typing import Awaitable, Callable

from sqlalchemy.orm import Session, sessionmaker

from bot.core.clock import Clock
from bot.core.messages import Media
from storage import queries

Fetcher = Callable[[str], Awaitable[tuple[bytes, str]]]


def scheme(ref: str) -> str:
    """The part before the first colon of a reference (`tg`, `media`, `https`), or ''."""
    head, sep, _ = ref.partition(":")
    return head if sep else ""


@dataclass
class MediaBridge:
    sessions: sessionmaker[Session]
    clock: Clock
    fetchers: dict[str, Fetcher] = field(default_factory=dict)  # scheme -> download(ref) -> (bytes, type)
    ttl: dt.timedelta = dt.timedelta(days=7)
    _stored: dict[tuple[str, int | None], tuple[str, dt.datetime]] = field(default_factory=dict)

    async def load(self, ref: str) -> tuple[bytes, str]:
        """The bytes and content type behind a reference."""
        if scheme(ref) == "media":
            token = ref.split(":", 1)[1]

            def read() -> tuple[bytes, str]:
                with self.sessions() as db:
                    found = queries.media_by_token(db, token, self.clock.now())
                    if found is None:
                        raise LookupError("media expired or unknown")
                    return bytes(found.data), found.content_type

            return await asyncio.to_thread(read)
        fetch = self.fetchers.get(scheme(ref))
        if fetch is None:
            raise LookupError(f"no way to fetch {scheme(ref) or 'plain'} media")
        return await fetch(ref)

    async def portable(self, media: Media, member_id: int | None) -> Media:
        """The same media as a stored `media:<token>` reference any channel can use (stored once per
        reference and owner, so a broadcast's voice note is not copied for every member)."""
        if scheme(media.ref) == "media":
            return media
        cached = self._stored.get((media.ref, member_id))
        if cached is not None and cached[1] > self.clock.now() + dt.timedelta(hours=1):
            def still_there() -> bool:
                with self.sessions() as db:
                    return queries.media_by_token(db, cached[0], self.clock.now()) is not None

            if await asyncio.to_thread(still_there):
                return Media(media.kind, f"media:{cached[0]}", media.content_type, media.duration)
        data, content_type = await self.load(media.ref)

        def store() -> str:
            with self.sessions() as db, db.begin():
                return queries.store_media(db, data=data, content_type=content_type or media.content_type,
                                           member_id=member_id, now=self.clock.now(), ttl=self.ttl).token

        token = await asyncio.to_thread(store)
        if len(self._stored) > 1000:
            self._stored.clear()
        self._stored[(media.ref, member_id)] = (token, self.clock.now() + self.ttl)
        return Media(media.kind, f"media:{token}", content_type or media.content_type, media.duration)
