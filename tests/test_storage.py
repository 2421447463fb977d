"""Storage: migrations bring SQLite and PostgreSQL to exactly the models; URLs are normalised;
SQLite is durable (WAL, synchronous=NORMAL, foreign keys)."""
from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from storage.db import make_engine, normalize_url, upgrade
from storage.models import Base


def test_migrations_match_the_models(empty_database_url: str) -> None:
    engine = make_engine(empty_database_url)
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


def test_a_writer_of_this_process_waits_its_turn_not_for_a_busy_writer_to_stop(tmp_path) -> None:  # noqa: ANN001
    """SQLite lets a waiting writer poll (sleeping longer each time), so a thread that writes again and
    again kept the lock while another one slept; the write gate hands the lock over in turn."""
    import threading
    import time

    from sqlalchemy.orm import Session

    from storage.db import lock_for_write

    engine = make_engine(f"sqlite:///{tmp_path / 'gate.sqlite3'}")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE log (who TEXT)"))
    busy_started = threading.Event()
    stop = threading.Event()

    def busy() -> None:  # the handling loop: write, commit, write again at once
        for _ in range(400):
            with Session(engine) as db, db.begin():
                lock_for_write(db)
                db.execute(text("INSERT INTO log VALUES ('busy')"))
                busy_started.set()
                time.sleep(0.003)
            if stop.is_set():
                return

    thread = threading.Thread(target=busy)
    thread.start()
    busy_started.wait(5)
    time.sleep(0.02)
    with engine.begin() as conn:  # the webhook's group commit
        asked = conn.execute(text("SELECT count(*) FROM log")).scalar_one()  # written when it asked
        lock_for_write(conn)
        conn.execute(text("INSERT INTO log VALUES ('intake')"))
    stop.set()
    thread.join()
    with engine.connect() as conn:
        order = [who for (who,) in conn.execute(text("SELECT who FROM log ORDER BY rowid"))]
    assert asked > 0
    # in turn: the busy writer's transaction under way when the intake asked (and, on a loaded
    # machine, the one it began before the intake's thread reached the queue) came first; not 400
    assert order.index("intake") <= asked + 3
    assert order.count("busy") < 400  # and the busy writer stopped soon after


def test_the_write_gate_gives_up_after_its_timeout() -> None:
    import threading

    from storage.db import WriteGate

    gate = WriteGate(timeout=0.05)
    assert gate.acquire()
    outcome: list[bool] = []
    other = threading.Thread(target=lambda: outcome.append(gate.acquire()))
    other.start()
    other.join()
    assert outcome == [False]
    gate.release()
    assert gate.acquire()  # the one that gave up left no place in the queue behind
    gate.release()


def test_a_writer_in_another_process_waits_its_turn_too(tmp_path) -> None:  # noqa: ANN001
    """`samen run --role web` beside `--role worker` (or a CLI command beside the service) on one
    SQLite file: the processes take the write lock in turn at the gate's lock file, not by SQLite's
    sleeping retries, which let the busy one keep it (there, a write waited for tens to hundreds of
    the other's transactions)."""
    import subprocess
    import sys
    import time
    from pathlib import Path

    from storage.db import lock_for_write

    path = tmp_path / "gate.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE log (who TEXT)"))
    busy = subprocess.Popen([sys.executable, "-c", f"""
import time
from sqlalchemy import text
from sqlalchemy.orm import Session
from storage.db import lock_for_write, make_engine
engine = make_engine({f"sqlite:///{path}"!r})
for _ in range(600):
    with Session(engine) as db, db.begin():
        lock_for_write(db)
        db.execute(text("INSERT INTO log VALUES ('busy')"))
        time.sleep(0.005)
"""], cwd=Path(__file__).resolve().parents[1])
    waits: list[int] = []
    try:
        for attempt in range(5):
            deadline = time.monotonic() + 30
            while True:  # the other process is writing (and got further since the last attempt)
                with engine.connect() as conn:
                    if conn.execute(text("SELECT count(*) FROM log WHERE who = 'busy'")).scalar_one() >= 5 + 100 * attempt:
                        break
                assert time.monotonic() < deadline and busy.poll() is None
                time.sleep(0.01)
            with engine.begin() as conn:
                asked = conn.execute(text("SELECT count(*) FROM log")).scalar_one()  # written when it asked
                lock_for_write(conn)
                conn.execute(text("INSERT INTO log VALUES (:who)"), {"who": f"intake-{attempt}"})
            with engine.connect() as conn:
                order = [who for (who,) in conn.execute(text("SELECT who FROM log ORDER BY rowid"))]
            waits.append(order.index(f"intake-{attempt}") - asked)
    finally:
        busy.wait(60)
    assert busy.returncode == 0
    # in turn, not at the end: polling for the lock file may miss a gap or two on a loaded machine
    assert max(waits) <= 15, waits


def test_engines_on_one_file_share_one_gate(tmp_path) -> None:  # noqa: ANN001
    """Two engines on one file in one process queue together: a thread writing through the second
    inside its transaction on the first is known as the holder, not left waiting for itself."""
    from storage.db import _GATES

    first = make_engine(f"sqlite:///{tmp_path / 'one.sqlite3'}")
    second = make_engine(f"sqlite:///{tmp_path / '.' / 'one.sqlite3'}")
    other = make_engine(f"sqlite:///{tmp_path / 'two.sqlite3'}")
    assert _GATES[first] is _GATES[second]
    assert _GATES[first] is not _GATES[other]


def test_the_engine_has_no_listeners_on_each_statement(tmp_path) -> None:  # noqa: ANN001
    # A connection-level listener (the checkpointer once counted commits with one) makes SQLAlchemy
    # dispatch events around every statement of every connection, ~8 µs each: a quarter of a small
    # cached SELECT.  The write gate and the checkpointer only listen to the pool.
    from storage.db import CHECKPOINTER

    engine = make_engine(f"sqlite:///{tmp_path / 'quiet.sqlite3'}")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"))
    assert not engine._has_events  # noqa: SLF001 - SQLAlchemy's own flag for that slow path
    with engine.connect() as conn:
        assert not conn._has_events  # noqa: SLF001
    # what a connection wrote is still counted for the checkpointer once it is back in the pool; a
    # connection that only read is not
    counted = dict(CHECKPOINTER._counts)  # noqa: SLF001
    path = str((tmp_path / "quiet.sqlite3").resolve())
    with engine.connect() as conn:
        conn.execute(text("SELECT count(*) FROM notes")).scalar()
    assert CHECKPOINTER._counts.get(path, 0) == counted.get(path, 0)  # noqa: SLF001
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO notes (body) VALUES ('x')"))
    assert CHECKPOINTER._counts.get(path, 0) == counted.get(path, 0) + 1  # noqa: SLF001
    engine.dispose()


def test_the_log_is_copied_back_by_the_checkpoint_thread_not_by_a_commit(tmp_path) -> None:  # noqa: ANN001
    # A commit never copies the write-ahead log into the database file itself (that took a third of
    # the time of making a season's timers); the checkpoint thread does, every 100 commits.
    from storage.db import CHECKPOINTER

    database = tmp_path / "log.sqlite3"
    engine = make_engine(f"sqlite:///{database}")
    done_before = CHECKPOINTER.done
    with engine.begin() as conn:
        assert conn.execute(text("PRAGMA wal_autocheckpoint")).scalar() == 0
        conn.execute(text("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"))
    for _ in range(250):
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO notes (body) VALUES (:body)"), {"body": "x" * 8000})
    assert CHECKPOINTER.wait_idle(timeout=30)
    assert CHECKPOINTER.done >= done_before + 1
    # at least the first 100 rows (0.8 MB) are in the database file; nothing was lost on the way
    assert database.stat().st_size > 700_000
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM notes")).scalar() == 250
    engine.dispose()
