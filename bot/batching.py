"""Writes from many concurrent sends gathered into one transaction (a group commit).

With dozens of requests in flight, the outbox sender marks each row "sending" just before its
request leaves and records its outcome when the answer comes: two transactions a message, each a
hop to a worker thread.  At a platform's full rate (80 WhatsApp messages a second) those hops and
commits share the interpreter lock with the sends and stall them.  `Batched` runs one call of its
work at a time on a worker thread; whatever is asked for while that call runs goes, together, into
the next one.  A single request waits for no one: it runs at once.

What it buys: where answers come back together, one transaction for many.  `test_scale`'s two
PostgreSQL workers sending 400 reminders at up to 300/s: 11.0–11.3 s against 12.7–12.9 s without it
(2026-12-07).  At WhatsApp's 80/s the sends are 12.5 ms apart and it seldom groups
(`fanout_bench.py` prints the row writes); see bench/README.md's log.
"""
from __future__ import annotations

import asyncio
import logging
from typing import Callable, Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")

log = logging.getLogger(__name__)


class Batched(Generic[T, R]):
    """`await batched(item)` → `work([..., item, ...])`'s result for that item.  `work` takes a list
    of items and returns one result per item, in order; it runs in a worker thread.  When a call of
    several items raises, each of them is tried alone, so that one bad item fails alone."""

    def __init__(self, work: Callable[[list[T]], list[R]]) -> None:
        self.work = work
        self._waiting: list[tuple[T, asyncio.Future[R]]] = []
        self._task: asyncio.Task[None] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self.calls = 0  # how many calls of `work` ran (for tests and benchmarks)

    async def __call__(self, item: T) -> R:
        loop = asyncio.get_running_loop()
        if loop is not self._loop:  # a new event loop (a test's next asyncio.run): start afresh
            self._loop, self._waiting, self._task = loop, [], None
        future: asyncio.Future[R] = loop.create_future()
        self._waiting.append((item, future))
        if self._task is None or self._task.done():
            self._task = loop.create_task(self._drain())
        return await future

    async def _drain(self) -> None:
        while self._waiting:
            batch, self._waiting = self._waiting, []
            items = [item for item, _future in batch]
            outcomes = await asyncio.to_thread(self._run, items)
            for (_item, future), (ok, value) in zip(batch, outcomes):
                if future.done():
                    continue
                if ok:
                    future.set_result(value)  # type: ignore[arg-type]
                else:
                    future.set_exception(value)  # type: ignore[arg-type]

    def _run(self, items: list[T]) -> list[tuple[bool, object]]:
        self.calls += 1
        try:
            return [(True, result) for result in self.work(items)]
        except Exception as exc:  # noqa: BLE001 - handed to the callers
            if len(items) == 1:
                return [(False, exc)]
        found: list[tuple[bool, object]] = []
        for item in items:
            self.calls += 1
            try:
                found.append((True, self.work([item])[0]))
            except Exception as exc:  # noqa: BLE001
                found.append((False, exc))
        return found
