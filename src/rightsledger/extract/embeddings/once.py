"""A model loaded once per process, on first use, by whichever thread asks first.

The embedding models (``embed.py``, ``e5.py``, ``minilm.py``) are large and slow to load, and a
server's threads may ask for one at the same moment: :class:`Once` loads it under a lock the first
time and hands the same object to every caller after. A failure to load (a package missing, a file
absent, an engine that will not start) becomes the catalogue's error naming what failed, and the
next call tries again.
"""
from __future__ import annotations

import threading
from typing import Callable, Generic, TypeVar

from ...errors import Code, RightsledgerError

T = TypeVar("T")


class Once(Generic[T]):
    """``Once(load, failure)()``: ``load()``'s result, computed on the first call only."""

    def __init__(self, load: Callable[[], T], failure: str) -> None:
        self._load = load
        self._failure = failure
        self._value: T | None = None
        self._lock = threading.Lock()
        self.__doc__ = load.__doc__

    def __call__(self) -> T:
        value = self._value
        if value is None:
            with self._lock:
                if self._value is None:
                    try:
                        self._value = self._load()
                    except Exception as exc:
                        raise RightsledgerError(Code.BAD_ARGUMENT, detail=(
                            f"{self._failure}: {type(exc).__name__}: {exc}")) from exc
                value = self._value
        return value
