"""Engine and session setup for SQLite and PostgreSQL, and `upgrade` through Alembic.

SQLite runs in WAL mode with `synchronous=NORMAL` and foreign keys on, so that what was committed
survives a crash of the process; the WAL is copied back into the database file by a thread of its
own (`Checkpointer`), not by whichever commit happened to fill it.  PostgreSQL URLs (`postgres://`,
`postgresql://`) are mapped to psycopg 3.
"""
from __future__ import annotations

import collections
import logging
import os
import queue
import sqlite3
import threading
import weakref
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from storage.prepared import Prepared

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX: the processes meet SQLite's own busy wait
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger(__name__)

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
        checkpointer = CHECKPOINTER if database and database != ":memory:" else None

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
            cursor = dbapi_conn.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            if checkpointer is not None:
                cursor.execute("PRAGMA wal_autocheckpoint=0")  # the checkpointer's work
            cursor.close()

        gate = _gate_for(database, connect_args["timeout"])
        _GATES[engine] = gate
        database_path = os.path.realpath(database) if checkpointer is not None else ""

        # NOTE: only pool events here.  A connection-level listener (`commit`, `before_execute`)
        # makes every statement of every connection dispatch its events: ~8 µs on each, a quarter of
        # a small cached SELECT (`test_the_engine_has_no_listeners_on_each_statement`).
        @event.listens_for(engine, "invalidate")
        def _release_gate(_dbapi_conn: Any, record: Any, *_exception: Any) -> None:
            # Back in the pool (committed or rolled back) or thrown away: the next writer may begin.
            if record is not None and record.info.pop(_GATE_HELD, False):
                gate.leave()

        @event.listens_for(engine, "checkin")
        def _checked_in(dbapi_conn: Any, record: Any) -> None:
            _release_gate(dbapi_conn, record)
            if checkpointer is not None and dbapi_conn is not None and record is not None:
                # Rows written while it was out (sqlite3's total_changes only grows): a commit for
                # the checkpointer to count (several commits in one checkout count once).
                changes = dbapi_conn.total_changes
                if changes != record.info.get(_CHANGES, 0):
                    record.info[_CHANGES] = changes
                    checkpointer.committed(database_path)

        return engine
    kwargs.setdefault("pool_pre_ping", True)  # a connection that died in an outage is replaced, not used
    if parsed.get_backend_name() == "postgresql":
        # NOTE: without a connect time-out a request waits for the OS (minutes) while the database is away.
        kwargs.setdefault("connect_args", {"connect_timeout": 5})
    return create_engine(url, **kwargs)


class Checkpointer:
    """Copies SQLite's write-ahead log back into the database file in a thread of its own.

    By default SQLite does that inside the commit that pushes the log past 1,000 pages: that commit
    (a webhook's group commit, a coordinator's new season) then also copies and syncs the file —
    about a third of the time of making a season's timers.  Engines of `make_engine` turn that off
    (`wal_autocheckpoint=0`) and count here instead each connection that comes back to their pool
    having written (the commits of one checkout count once); every `every` commits to a file,
    one thread (for all files of this process) runs a PASSIVE checkpoint on a connection of its own,
    which takes no write lock, so writers go on meanwhile.  Nothing committed waits for this: it is
    in the log already.  When a process ends before its checkpoint, the next connection to open the
    file (or the last one to close it) does the work.
    """

    def __init__(self, every: int = 100) -> None:
        self.every = every
        self.done = 0  # checkpoints run (for tests and benchmarks)
        self._counts: dict[str, int] = {}
        self._wanted: set[str] = set()
        self._queue: queue.SimpleQueue[str] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._idle = threading.Condition(self._lock)

    def committed(self, path: str) -> None:
        with self._lock:
            count = self._counts.get(path, 0) + 1
            if count < self.every or path in self._wanted:
                self._counts[path] = count
                return
            self._counts[path] = 0
            self._wanted.add(path)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="samen-checkpoint", daemon=True)
                self._thread.start()
        self._queue.put(path)

    def wait_idle(self, timeout: float) -> bool:
        """True once no checkpoint is asked for or running (tests); False after `timeout` seconds."""
        with self._lock:
            return self._idle.wait_for(lambda: not self._wanted, timeout)

    def _run(self) -> None:
        while True:
            path = self._queue.get()
            try:
                checkpoint(path)
            except sqlite3.Error as exc:  # gone, or locked by a process that checkpoints itself
                log.debug("checkpoint of %s skipped: %s", path, exc)
            with self._lock:
                self.done += 1
                self._wanted.discard(path)
                self._idle.notify_all()


def checkpoint(path: str) -> tuple[int, int, int]:
    """One PASSIVE checkpoint of the SQLite file at `path`: (busy, pages in the log, pages copied)."""
    conn = sqlite3.connect(f"{Path(path).as_uri()}?mode=rw", uri=True, timeout=0)  # never makes a file
    try:
        busy, log_pages, copied = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        return busy, log_pages, copied
    finally:
        conn.close()


CHECKPOINTER = Checkpointer()

_GATE_HELD = "samen_write_gate"
_CHANGES = "samen_total_changes"  # a pooled connection's sqlite3 total_changes when last checked in
_GATES: "weakref.WeakKeyDictionary[Engine, WriteGate]" = weakref.WeakKeyDictionary()
_FILE_GATES: dict[str, "WriteGate"] = {}
_FILE_GATES_LOCK = threading.Lock()


def _gate_for(database: str | None, timeout: float) -> "WriteGate":
    """One gate per database file in this process, whatever the number of engines on it: a thread
    that writes through a second engine inside its own transaction is then recognised (`held_here`)
    instead of waiting for itself at the lock file."""
    if not database or database == ":memory:":
        return WriteGate(timeout=timeout)
    path = os.path.realpath(database)
    with _FILE_GATES_LOCK:
        if path not in _FILE_GATES:
            _FILE_GATES[path] = WriteGate(timeout=timeout, lock_file=f"{path}.writer-lock")
        return _FILE_GATES[path]


class WriteGate:
    """SQLite's write lock handed from thread to thread, and from process to process, in turn.

    SQLite itself lets a waiting writer poll (sleeping 1, 2, 5, 10 … ms between tries), so a thread
    that writes again and again — the handling loop — keeps taking the lock back while the webhook's
    group commit sleeps: acknowledgements waited hundreds of milliseconds.  Writers that go through
    `lock_for_write` queue here first: the threads of this process first come, first served (giving
    up after `timeout`); then the processes on the same file (`samen run --role web` beside `--role
    worker`, a CLI command) at an flock on `<database>.writer-lock`, which the kernel hands to a
    waiting process as soon as it is free (polling for it missed the short gaps between another
    process's transactions on a loaded machine).  The gate opens again when the connection goes back
    to the pool, i.e. after its commit or rollback.  A process that dies holding the flock loses it
    with its file descriptors; one that is stopped (SIGSTOP) mid-transaction holds SQLite's own lock
    too, and the other processes wait for it.
    """

    def __init__(self, timeout: float = 30.0, lock_file: str | None = None) -> None:
        self.timeout = timeout
        self._lock = threading.Lock()
        self._owner: int | None = None
        self._waiters: collections.deque[tuple[int, threading.Event]] = collections.deque()
        self._lock_file = lock_file
        self._fd: int | None = None
        self._fd_pid = 0

    def _file(self) -> int | None:
        if self._lock_file is None or fcntl is None:
            return None
        if self._fd is None or self._fd_pid != os.getpid():  # NOTE: a forked child opens its own
            try:
                self._fd = os.open(self._lock_file, os.O_RDWR | os.O_CREAT, 0o600)
            except OSError as exc:  # a read-only directory: SQLite's own busy wait it is
                log.warning("no lock file beside the database (%s): writers of other processes are not queued",
                            type(exc).__name__)
                self._lock_file = None
                return None
            self._fd_pid = os.getpid()
        return self._fd

    def enter(self) -> bool:
        """This thread's turn in this process, then this process's turn on the file; False when this
        process's queue did not move within the time-out (nothing is held then)."""
        if not self.acquire():
            return False
        try:
            fd = self._file()
            if fd is not None:
                fcntl.flock(fd, fcntl.LOCK_EX)  # releases the interpreter lock while it waits
        except BaseException:
            self.release()
            raise
        return True

    def leave(self) -> None:
        fd = self._fd if self._fd_pid == os.getpid() else None
        if fd is not None and fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_UN)
        self.release()

    def held_here(self) -> bool:
        return self._owner == threading.get_ident()

    def acquire(self) -> bool:
        me = threading.get_ident()
        with self._lock:
            if self._owner is None:
                self._owner = me
                return True
            waiter = threading.Event()
            self._waiters.append((me, waiter))
        if waiter.wait(self.timeout):
            return True
        with self._lock:
            if waiter.is_set():  # handed over just as the wait ran out
                return True
            self._waiters.remove((me, waiter))
            return False

    def release(self) -> None:
        with self._lock:
            if self._waiters:
                self._owner, waiter = self._waiters.popleft()
                waiter.set()
            else:
                self._owner = None


def lock_for_write(db: Session | Connection) -> None:
    """Call first in a transaction that reads rows and then changes them.

    NOTE: Python's sqlite3 module begins a transaction only at the first INSERT/UPDATE/DELETE, so
    a SELECT before it reads outside any transaction and an UPDATE by primary key may then land on
    a row another writer replaced meanwhile (SQLite reuses the ids of deleted rows).  `BEGIN
    IMMEDIATE` takes SQLite's single write lock first, so the whole read-then-write is one
    consistent unit; this process's writers queue for it at the engine's `WriteGate` first.
    PostgreSQL needs nothing here (row locks and SKIP LOCKED do that work).
    """
    conn = db.connection() if isinstance(db, Session) else db
    if conn.dialect.name != "sqlite" or conn.connection.dbapi_connection.in_transaction:  # type: ignore[union-attr]
        return
    gate = _GATES.get(conn.engine)
    if gate is not None and not gate.held_here():
        if not gate.enter():
            raise OperationalError("BEGIN IMMEDIATE", {}, TimeoutError("database is locked (other writers)"))
        conn.info[_GATE_HELD] = True
    if not conn.in_transaction():  # as executing through SQLAlchemy would: its commit() ends it
        conn.begin()
    _BEGIN_IMMEDIATE.run(conn, {})


_BEGIN_IMMEDIATE = Prepared(text("BEGIN IMMEDIATE"))  # on the driver's cursor: every write transaction


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that keep loaded objects usable after commit (and, with `keep_loaded`, in memory)."""
    factory = sessionmaker(engine, expire_on_commit=False)
    event.listen(factory, "loaded_as_persistent", _keep)
    return factory


_KEEP = "samen_keep_loaded"


def keep_loaded(db: Session) -> Session:
    """Hold every object this session loads until the session ends.

    The identity map holds objects weakly: a handler that reads a group's leaders to address a
    relay, and lets go of them once it has their ids, made the outbox read each leader again by
    primary key (one more query per message).  For short sessions that handle one thing."""
    db.info[_KEEP] = []
    return db


def _keep(session: Session, instance: Any) -> None:
    kept = session.info.get(_KEEP)
    if kept is not None:
        kept.append(instance)


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
