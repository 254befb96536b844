"""The store thread: one worker that owns the connection and runs every database operation.

The window never touches SQLite: it submits an operation (a function taking the
:class:`~engagedesk.store.Store`) and awaits its result, so a slow query never freezes it.
Plain ``concurrent.futures``; the GUI awaits with ``asyncio.wrap_future`` on the qasync loop.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from engagedesk.store.store import Store

T = TypeVar("T")


class StoreWorker:
    def __init__(self) -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="store")
        self._store: Store | None = None

    def open(self, path: str | Path | None, **options: Any) -> Future[Store]:
        def opening() -> Store:
            self._store = Store.open(path, **options)
            return self._store

        return self._executor.submit(opening)

    def submit(self, operation: Callable[..., T], *args: Any, **kwargs: Any) -> Future[T]:
        def running() -> T:
            if self._store is None:
                raise RuntimeError("the store is not open")
            return operation(self._store, *args, **kwargs)

        return self._executor.submit(running)

    def call(self, function: Callable[..., T], *args: Any, **kwargs: Any) -> Future[T]:
        """Run ``function(*args)`` on the store thread (for objects that hold the store already)."""
        return self._executor.submit(function, *args, **kwargs)

    async def run(self, operation: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Await ``operation(store, *args)`` on the store thread."""
        import asyncio  # only the window awaits; the command line never loads asyncio

        return await asyncio.wrap_future(self.submit(operation, *args, **kwargs))

    async def run_call(self, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Await ``function(*args)`` on the store thread."""
        import asyncio

        return await asyncio.wrap_future(self.call(function, *args, **kwargs))

    def close(self) -> None:
        def closing() -> None:
            if self._store is not None:
                self._store.close()
                self._store = None

        self._executor.submit(closing).result()
        self._executor.shutdown(wait=True)
