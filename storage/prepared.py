"""Hot statements on SQLite's driver cursor.

Every inbound message runs a dozen small statements.  Through SQLAlchemy each costs ~15–30 µs of
Python besides SQLite's own few microseconds (the execution context, the compiled cache's lookup,
the result's metadata), on a path where the whole message has ~1 ms.  A `Prepared` statement is an
ordinary Core statement, compiled once per dialect; on SQLite it runs on the driver's cursor of the
caller's connection (in the caller's transaction), its values turned into what SQLAlchemy itself
would store and read by each column type's own processors (public API: the compiled statement's
`positiontup` and `binds`, `TypeEngine.bind_processor`/`result_processor`).  On other databases, and
on an engine inside `through_sqlalchemy` (tests counting statements, tools timing them), it runs
through SQLAlchemy as usual, so both ways stay in use and comparable.

What it buys (bench/webhook_load.py, alternating runs of the same commit with and without it, 2 CPUs,
2026-12-07): end to end 638/s against 324/s handled messages a second (+97 %); the webhook's
acknowledgement does not use it (ratio 0.58 against 0.60).

Errors of the driver come as SQLAlchemy's same-named classes: "the database is away" stays an
`OperationalError` to the callers that retry on it.
"""
from __future__ import annotations

import contextlib
import sqlite3
from collections import namedtuple
from typing import Any, Callable, Iterator

from sqlalchemy import Connection, Engine
from sqlalchemy import exc as sa_exc
from sqlalchemy.sql import Executable

# an engine's execution option: Prepared statements run through SQLAlchemy (`through_sqlalchemy`)
THROUGH_SQLALCHEMY = "samen_through_sqlalchemy"


@contextlib.contextmanager
def through_sqlalchemy(engine: Engine) -> Iterator[None]:
    """While inside, every `Prepared` statement on `engine`'s new connections runs through
    SQLAlchemy, so that what listens to the engine's statements sees them all."""
    before = engine.get_execution_options().get(THROUGH_SQLALCHEMY, False)
    engine.update_execution_options(**{THROUGH_SQLALCHEMY: True})
    try:
        yield
    finally:
        engine.update_execution_options(**{THROUGH_SQLALCHEMY: before})


class Prepared:
    """A Core statement (a SELECT, or an INSERT/UPDATE/DELETE with named bind parameters) for the
    hot path; `rows`, `first` and `scalar` read, `run` writes."""

    def __init__(self, statement: Executable) -> None:
        self.statement = statement
        self._sqlite: _Compiled | None = None

    # -- reading ----------------------------------------------------------------------------------
    def rows(self, conn: Connection, params: dict[str, Any]) -> list[Any]:
        """Every row (tuples with the selected columns' names as attributes)."""
        compiled = self._compiled(conn)
        if compiled is None:
            return list(conn.execute(self.statement, params))
        return compiled.rows(conn, params)

    def first(self, conn: Connection, params: dict[str, Any]) -> Any | None:
        found = self.rows(conn, params)
        return found[0] if found else None

    def scalar(self, conn: Connection, params: dict[str, Any]) -> Any:
        found = self.first(conn, params)
        return found[0] if found is not None else None

    # -- writing ----------------------------------------------------------------------------------
    def run(self, conn: Connection, params: dict[str, Any]) -> int:
        """Run a write once; how many rows it changed."""
        compiled = self._compiled(conn)
        if compiled is None:
            return conn.execute(self.statement, params).rowcount
        return compiled.run(conn, params)

    def run_many(self, conn: Connection, rows: list[dict[str, Any]]) -> None:
        """The statement once for each of `rows` (an executemany)."""
        compiled = self._compiled(conn)
        if compiled is None:
            conn.execute(self.statement, rows)
        elif rows:
            compiled.run(conn, rows)

    def _compiled(self, conn: Connection) -> "_Compiled | None":
        if conn.dialect.name != "sqlite" or conn.get_execution_options().get(THROUGH_SQLALCHEMY):
            return None
        if self._sqlite is None or self._sqlite.dialect is not conn.dialect:
            self._sqlite = _Compiled(self.statement, conn.dialect)
        return self._sqlite


def driver_error(sql: str, params: Any, exc: sqlite3.Error) -> sa_exc.DBAPIError:
    """What SQLAlchemy would have raised for the driver's `exc`: the class of the same name (an
    `OperationalError` for "the database is away", which the handling loop retries on and the
    webhooks answer with 503)."""
    kind = getattr(sa_exc, type(exc).__name__, sa_exc.DBAPIError)
    if not (isinstance(kind, type) and issubclass(kind, sa_exc.DBAPIError)):
        kind = sa_exc.DBAPIError
    return kind(sql, params, exc)


class _Compiled:
    """A statement compiled for one SQLite dialect: its SQL, the order of its `?` parameters with
    their fixed values and processors, and its result columns' processors."""

    def __init__(self, statement: Executable, dialect: Any) -> None:
        compiled = statement.compile(dialect=dialect)
        self.dialect = dialect
        self.sql = compiled.string
        self.names: tuple[str, ...] = tuple(compiled.positiontup or ())
        binds = [compiled.binds[name] for name in self.names]
        if any(bind.expanding for bind in binds):
            raise ValueError("an expanding IN (...) is not for the driver's cursor: run it through SQLAlchemy")
        # the values bound in the statement itself (a literal in a comparison, a LIMIT)
        self.fixed = {name: bind.effective_value for name, bind in zip(self.names, binds) if not bind.required}
        self.binds: tuple[Callable[[Any], Any] | None, ...] = tuple(
            bind.type.dialect_impl(dialect).bind_processor(dialect) for bind in binds)
        columns = list(getattr(statement, "selected_columns", ()))
        self.results: tuple[Callable[[Any], Any] | None, ...] = tuple(
            column.type.dialect_impl(dialect).result_processor(dialect, None) for column in columns)
        self.row = namedtuple("Row", [column.key for column in columns], rename=True) if columns else None  # type: ignore[misc]
        self.converts = any(process is not None for process in self.results)

    def _values(self, params: dict[str, Any]) -> list[Any]:
        fixed = self.fixed
        values = []
        for name, process in zip(self.names, self.binds):
            value = params[name] if name in params else fixed[name]
            values.append(process(value) if process is not None else value)
        return values

    def _execute(self, conn: Connection, params: dict[str, Any] | list[dict[str, Any]]) -> Any:
        cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        try:
            if isinstance(params, list):
                cursor.executemany(self.sql, [self._values(row) for row in params])
            else:
                cursor.execute(self.sql, self._values(params))
        except sqlite3.Error as exc:
            cursor.close()
            raise driver_error(self.sql, params, exc) from exc
        return cursor

    def rows(self, conn: Connection, params: dict[str, Any]) -> list[Any]:
        cursor = self._execute(conn, params)
        try:
            found = cursor.fetchall()
        except sqlite3.Error as exc:
            raise driver_error(self.sql, params, exc) from exc
        finally:
            cursor.close()
        make = self.row
        assert make is not None, "not a SELECT"
        if not self.converts:
            return [make._make(row) for row in found]
        results = self.results
        return [make._make([value if process is None else process(value) for value, process in zip(row, results)])
                for row in found]

    def run(self, conn: Connection, params: dict[str, Any] | list[dict[str, Any]]) -> int:
        """Once with `params`, or once for each of a list of them; the rows changed."""
        cursor = self._execute(conn, params)
        try:
            return cursor.rowcount
        finally:
            cursor.close()
