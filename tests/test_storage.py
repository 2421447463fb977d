"""Storage: migrations bring SQLite and PostgreSQL to exactly the models; URLs are normalised;
SQLite is durable (WAL, synchronous=NORMAL, foreign keys)."""
from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from storage.db import make_engine, normalize_url, upgrade
from storage.models import Base


def test_migrations_match_the_models(database_url: str) -> None:
    engine = make_engine(database_url)
    try:
        upgrade(engine=engine)
        upgrade(engine=engine)  # twice is harmless
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert diff == []
        tables = set(inspect(engine).get_table_names())
        assert {"organisations", "groups", "members", "channel_addresses", "memberships", "invites", "sessions",
                "timers", "outbox", "inbound_events", "audit_events", "alembic_version"} <= tables
    finally:
        engine.dispose()


def test_urls_are_normalised() -> None:
    assert normalize_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalize_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalize_url("") == "sqlite:///data/samen.sqlite3"
    assert normalize_url(None).startswith("sqlite:///")


def test_sqlite_is_durable(tmp_path) -> None:  # noqa: ANN001
    engine = make_engine(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() in (1, 2, 3)  # NORMAL or stronger
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    engine.dispose()
