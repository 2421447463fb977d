"""Engine and session setup for SQLite and PostgreSQL, and `upgrade` through Alembic.

SQLite runs in WAL mode with `synchronous=NORMAL` and foreign keys on, so that what was committed
survives a crash of the process; PostgreSQL URLs (`postgres://`, `postgresql://`) are mapped to
psycopg 3.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
DEFAULT_URL = "sqlite:///data/samen.sqlite3"


def normalize_url(url: str | None) -> str:
    """Map `postgres://` and `postgresql://` to psycopg 3; default to the SQLite file under ./data/."""
    url = (url or "").strip() or DEFAULT_URL
    if url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url[len("postgres://"):]
    elif url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    return url


def make_engine(url: str | None = None, **kwargs: Any) -> Engine:
    """An engine for the given URL with samen's settings (SQLite: WAL, foreign keys, a busy wait)."""
    url = normalize_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        connect_args = {"check_same_thread": False, "timeout": 30}
        engine = create_engine(url, connect_args=connect_args, **kwargs)

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
            cursor = dbapi_conn.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

        return engine
    kwargs.setdefault("pool_pre_ping", True)  # a connection that died in an outage is replaced, not used
    if parsed.get_backend_name() == "postgresql":
        # NOTE: without a connect time-out a request waits for the OS (minutes) while the database is away.
        kwargs.setdefault("connect_args", {"connect_timeout": 5})
    return create_engine(url, **kwargs)


def lock_for_write(db: Session) -> None:
    """Call first in a transaction that reads rows and then changes them.

    NOTE: Python's sqlite3 module begins a transaction only at the first INSERT/UPDATE/DELETE, so
    a SELECT before it reads outside any transaction and an UPDATE by primary key may then land on
    a row another writer replaced meanwhile (SQLite reuses the ids of deleted rows).  `BEGIN
    IMMEDIATE` takes SQLite's single write lock first, so the whole read-then-write is one
    consistent unit.  PostgreSQL needs nothing here (row locks and SKIP LOCKED do that work).
    """
    if db.get_bind().dialect.name == "sqlite" and not db.connection().connection.dbapi_connection.in_transaction:
        db.execute(text("BEGIN IMMEDIATE"))


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that keep loaded objects usable after commit."""
    return sessionmaker(engine, expire_on_commit=False)


def alembic_config(url: str) -> Any:
    """An Alembic config pointing at samen's migrations for the given database URL."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", normalize_url(url).replace("%", "%%"))
    return cfg


def upgrade(url: str | None = None, engine: Engine | None = None) -> None:
    """Bring the database at `url` (or behind `engine`) to the newest migration."""
    from alembic import command

    url = normalize_url(url if url is not None else (str(engine.url) if engine else None))
    cfg = alembic_config(url)
    if engine is not None:
        with engine.begin() as connection:
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, "head")
    else:
        command.upgrade(cfg, "head")
