"""Shared fixtures: a fresh database per test on SQLite and on PostgreSQL, a simulated clock, and
samen built with the console channel, driven through `ConsoleDriver` like a person would.

PostgreSQL: `TEST_DATABASE_URL` (default postgresql+psycopg://postgres@127.0.0.1:5432/test) names
the server; each worker of the run creates its own database and drops it after; in it, a schema
migrated once and emptied before each test, and fresh schemas where a test needs one.
Without a reachable server the PostgreSQL variants skip on a developer's machine and fail under CI.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
from pathlib import Path
import uuid
from dataclasses import dataclass
from random import Random
from typing import Iterator

import pytest
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url

from bot.app import Samen, build
from bot.channels.console import ConsoleChannel
from bot.config import Config
from bot.console import ConsoleDriver
from bot.core.clock import FrozenClock
from handlers.base import Policy
from storage import queries
from storage.db import make_engine, normalize_url, upgrade
from storage.models import Base, Group, Organisation
from storage.prepared import through_sqlalchemy

START = dt.datetime(2026, 9, 7, 8, 0, tzinfo=dt.timezone.utc)
DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """A database of our own on the test PostgreSQL server, dropped after the run."""
    base = make_url(normalize_url(os.environ.get("TEST_DATABASE_URL") or DEFAULT_PG))
    name = f"samen_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 5})
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # noqa: BLE001
        admin.dispose()
        message = f"PostgreSQL at {base.render_as_string(hide_password=True)} is unreachable: {exc}"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(message)
        pytest.skip(message)
    try:
        yield base.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@contextlib.contextmanager
def pg_schema(server: str) -> Iterator[str]:
    """A fresh schema on the test server, as a URL (its search path) any process can use."""
    schema = f"t_{uuid.uuid4().hex[:12]}"
    engine = create_engine(server, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(server).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with engine.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_database_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:  # noqa: ANN001
    """A fresh, empty database for one test: a SQLite file, or a PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'samen.sqlite3'}"
        return
    with pg_schema(request.getfixturevalue("pg_server")) as url:
        yield url


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A SQLite file brought to the newest migration once per worker."""
    path = tmp_path_factory.mktemp("migrated") / "samen.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    try:
        upgrade(engine=engine)
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")  # everything in the main file
    finally:
        engine.dispose()
    return str(path)


@pytest.fixture(scope="session")
def migrated_pg(pg_server: str) -> Iterator[str]:
    """A PostgreSQL schema brought to the newest migration once per worker."""
    with pg_schema(pg_server) as url:
        upgrade(url)
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path) -> str:  # noqa: ANN001
    """A database at the newest migration with no rows, for one test: a copy of the worker's
    migrated SQLite file, or the worker's migrated PostgreSQL schema emptied (every table truncated,
    ids from 1).  Migrating for every test cost more than most tests; tests/test_storage.py still
    migrates from empty (`empty_database_url`)."""
    if request.param == "sqlite":
        path = tmp_path / "samen.sqlite3"
        shutil.copyfile(request.getfixturevalue("migrated_sqlite"), path)
        return f"sqlite:///{path}"
    url = request.getfixturevalue("migrated_pg")
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SET lock_timeout = '20s'")  # a test that left a transaction open fails here
            tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
            conn.exec_driver_sql(f"TRUNCATE {tables} RESTART IDENTITY CASCADE")
    finally:
        engine.dispose()
    return url


@pytest.fixture
def pg_url(pg_server: str) -> Iterator[str]:
    """A fresh PostgreSQL schema only (for what needs several processes or a real server)."""
    with pg_schema(pg_server) as url:
        yield url


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock(START)


@pytest.fixture
def console() -> ConsoleChannel:
    return ConsoleChannel()


@pytest.fixture
def samen(database_url: str, clock: FrozenClock, console: ConsoleChannel, tmp_path: Path) -> Iterator[Samen]:
    # The clock stands still in these tests: a whole conversation happens "within a minute", so the
    # inbound rate limit is lifted here (tests/test_abuse.py checks it).
    app = build(Config(database_url=database_url, data_dir=str(tmp_path / "data")), clock=clock, channels={"console": console}, rng=Random(5),
                policy=Policy(inbound_per_minute=10_000), migrate=False)
    try:
        yield app
    finally:
        app.close()


@pytest.fixture
def bot(samen: Samen, console: ConsoleChannel) -> ConsoleDriver:
    return ConsoleDriver(samen, console)


@dataclass
class World:
    """An organisation with one group and invite codes for each role."""

    org_id: int
    group_id: int
    participant_code: str
    facilitator_code: str
    coordinator_code: str


def make_world(samen: Samen, group_language: str = "nl", name: str = "Koffie Oost") -> World:
    now = samen.clock.now()
    with samen.sessions() as db, db.begin():
        org = queries.find_organisation(db, "Buurthuis") or Organisation(name="Buurthuis", created_at=now)
        db.add(org)
        db.flush()
        group = Group(organisation_id=org.id, name=name, language=group_language, languages=group_language,
                      created_at=now)
        db.add(group)
        db.flush()

        def code(role: str, group_id: int | None, uses: int = 15) -> str:
            return queries.create_invite(db, organisation_id=org.id, group_id=group_id, role=role, now=now,
                                         days=14, uses=uses).code

        return World(org.id, group.id, code("participant", group.id), code("facilitator", group.id),
                     code("coordinator", None))


@pytest.fixture
def world(samen: Samen) -> World:
    return make_world(samen)


def join(bot: ConsoleDriver, who: str, code: str, locale: str = "nl", call: bool | None = False,
         voice: bool = False) -> None:
    """Join, consent, pick a language and answer the voice and call questions, as a person would by
    tapping."""
    from bot.core.i18n import LOCALES

    bot.say(who, code, language=locale)
    bot.say(who, choice="consent:yes")
    assert bot.last(who).message.choices[0][0] == "lang:set:nl"
    bot.say(who, str(LOCALES.index(locale) + 1))
    if question(bot, who)[:1] == ["voice:on"]:
        bot.say(who, choice="voice:on" if voice else "voice:off")
    if call is not None and question(bot, who)[:1] == ["call:yes"]:
        bot.say(who, choice="call:yes" if call else "call:no")


def question(bot: ConsoleDriver, who: str) -> list[str]:
    """The payloads of the buttons of the last message `who` got (a voice note after it has none)."""
    for sent in reversed(bot.channel.inbox(who)):
        if sent.message.media is None or not sent.message.media.ref.startswith("speech:"):
            return [payload for payload, _label in sent.message.choices]
    return []


@pytest.fixture
def group_with_people(bot: ConsoleDriver, world: World) -> World:
    """Samira leads the group (Dutch); Fatima (Arabic), Mehmet (Turkish) and Els (Dutch) take part."""
    join(bot, "samira", f"/start {world.facilitator_code}", "nl")
    join(bot, "fatima", world.participant_code, "ar", call=True)
    join(bot, "mehmet", world.participant_code, "tr", call=False)
    join(bot, "els", world.participant_code, "nl", call=False)
    bot.flush()
    return world


def free_port() -> int:
    """A TCP port on 127.0.0.1 nobody listens on right now."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serving(samen: Samen, port: int) -> Iterator[None]:
    """`samen run`'s web app (webhooks, sender, ticker) served on 127.0.0.1:`port` in a thread while
    inside; samen is closed after."""
    import threading
    import time

    import uvicorn

    from bot.app import web_app

    server = uvicorn.Server(uvicorn.Config(web_app(samen), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.01)
    assert server.started
    try:
        yield
    finally:
        server.should_exit = True
        thread.join(timeout=15)
        samen.close()


def make_session(samen: Samen, world: World, local: dt.datetime, place: str | None = None,
                 notes: tuple[str, ...] = ()) -> int:
    """A planned two-hour session of the world's group, with its timers, as planning makes them."""
    from handlers.reminders import schedule_session
    from storage.models import Meeting

    with samen.sessions() as db, db.begin():
        group = db.get(Group, world.group_id)
        session = Meeting(group_id=group.id, starts_at=local, ends_at=local + dt.timedelta(hours=2), place=place,
                          notes=list(notes), status="planned", created_at=samen.clock.now())
        db.add(session)
        db.flush()
        schedule_session(db, session, group, samen.clock.now())
        return session.id


@contextlib.contextmanager
def listening(engine: Engine, identifier: str, fn: object) -> Iterator[None]:
    """`fn` listens to `engine`'s `identifier` event while inside, and sees every statement (the
    hot statements leave the driver's cursor for SQLAlchemy meanwhile: `through_sqlalchemy`)."""
    with through_sqlalchemy(engine):
        event.listen(engine, identifier, fn)
        try:
            yield
        finally:
            event.remove(engine, identifier, fn)


def reminded(bot: ConsoleDriver, world: World, samen: Samen, clock: FrozenClock) -> int:
    """A meeting on Tuesday 6 October 2026 at 14:00 in the Buurthuis; the day-before reminders have
    gone out.  Its id."""
    from zoneinfo import ZoneInfo

    clock.set(dt.datetime(2026, 10, 1, 9, 0, tzinfo=dt.timezone.utc))
    session_id = make_session(samen, world, dt.datetime(2026, 10, 6, 14, 0, tzinfo=ZoneInfo("Europe/Amsterdam")),
                              place="Buurthuis")
    clock.set(dt.datetime(2026, 10, 5, 10, 0, tzinfo=ZoneInfo("Europe/Amsterdam")))
    samen.ticker.tick()
    bot.flush()
    return session_id
