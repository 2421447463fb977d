"""Durable acknowledgement of inbound webhooks by group commit.

A webhook may answer 200 only once its update is stored (a crash after the answer must lose
nothing).  One INSERT and one commit per request would make every request wait for the database
in turn, and on SQLite behind the single write lock; instead each request hands its row to one
writer thread and awaits it, and the writer stores whatever has queued up meanwhile in one
`INSERT ... ON CONFLICT DO NOTHING RETURNING` and one commit, then answers every request of that
batch.  Under load the batches grow and the cost per request falls; alone, a request waits for one
small commit.  A row that was there already (a redelivery) gets None: it is acknowledged but not
handled again.  When the database is away the whole batch gets the error (the webhook answers 503
and the platform delivers again later).

Handling the stored events is the handling loop's work (`bot.handling`), never the request's.
"""
from __future__ import annotations

import asyncio
import queue
import threading
from typing import Any

from sqlalchemy import Engine

from storage import queries
from storage.db import lock_for_write


class Intake:
    """Stores inbound events for many concurrent requests with one commit per batch."""

    def __init__(self, engine: Engine, max_batch: int = 500) -> None:
        self.engine = engine
        self.max_batch = max_batch
        self._queue: queue.SimpleQueue[tuple[dict[str, Any], asyncio.Future[int | None]] | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._start_lock = threading.Lock()
        self.batches = 0  # for benchmarks and tests: how many commits stored how many rows
        self.rows = 0

    async def record(self, row: dict[str, Any]) -> int | None:
        """Store one inbound event (a `queries.event_row`/`inbound_row`); its id, or
        None when this (channel, external id) was stored before.  Raises what the database raised."""
        future: asyncio.Future[int | None] = asyncio.get_running_loop().create_future()
        self._ensure_writer()
        self._queue.put((row, future))
        return await future

    def write(self, rows: list[dict[str, Any]]) -> list[int | None]:
        """Store rows in one transaction (the writer's step; also callable directly): for each row its
        new id, or None for one stored before (`queries.store_inbound_events`)."""
        with self.engine.begin() as conn:
            lock_for_write(conn)  # in turn with this process's other writers (SQLite)
            out = queries.store_inbound_events(conn, rows)
        self.batches += 1
        self.rows += len(rows)
        return out

    def close(self) -> None:
        with self._start_lock:
            if self._thread is not None:
                self._queue.put(None)
                self._thread.join(timeout=10)
                self._thread = None

    # -- the writer thread ------------------------------------------------------------------------
    def _ensure_writer(self) -> None:
        if self._thread is None:
            with self._start_lock:
                if self._thread is None:
                    self._thread = threading.Thread(target=self._run, name="samen-intake", daemon=True)
                    self._thread.start()

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            batch = [item]
            while len(batch) < self.max_batch:
                try:
                    more = self._queue.get_nowait()
                except queue.Empty:
                    break
                if more is None:
                    self._queue.put(None)  # finish this batch, then stop
                    break
                batch.append(more)
            try:
                results: list[int | None] | BaseException = self.write([row for row, _future in batch])
            except Exception as exc:  # noqa: BLE001 - every waiting request gets it (503)
                results = exc
            # One hop back per event loop for the whole batch.
            loops: dict[asyncio.AbstractEventLoop, list[tuple[asyncio.Future[int | None], Any]]] = {}
            for index, (_row, future) in enumerate(batch):
                outcome = results if isinstance(results, BaseException) else results[index]
                loops.setdefault(future.get_loop(), []).append((future, outcome))
            for loop, settled in loops.items():
                try:
                    loop.call_soon_threadsafe(_settle, settled)
                except RuntimeError:  # that loop has closed: nobody waits any more
                    pass


def _settle(settled: list[tuple[asyncio.Future[int | None], Any]]) -> None:
    for future, outcome in settled:
        if future.done():
            continue
        if isinstance(outcome, BaseException):
            future.set_exception(outcome)
        else:
            future.set_result(outcome)

