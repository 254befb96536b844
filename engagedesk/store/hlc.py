"""Hybrid logical clock: timestamps that order changes across laptops whose clocks disagree.

A timestamp is text ``"<milliseconds since 1970, 15 digits>-<counter, 5 digits>"`` so that text
order is time order.  Ties between laptops are broken by the laptop id stored beside it.
"""

from __future__ import annotations

import time
from collections.abc import Callable

ZERO = "000000000000000-00000"
MAX_COUNTER = 99_999  # five digits: a larger counter would break text order


def encode(millis: int, counter: int) -> str:
    return f"{millis:015d}-{counter:05d}"


def decode(stamp: str) -> tuple[int, int]:
    millis, counter = stamp.split("-")
    return int(millis), int(counter)


class HybridClock:
    def __init__(self, last: str = ZERO, wall_ms: Callable[[], int] | None = None) -> None:
        self._millis, self._counter = decode(last)
        self._wall_ms = wall_ms or (lambda: time.time_ns() // 1_000_000)

    @property
    def last(self) -> str:
        return encode(self._millis, self._counter)

    def now(self) -> str:
        """A timestamp later than every one this clock has made or seen."""
        wall = self._wall_ms()
        if wall > self._millis:
            self._millis, self._counter = wall, 0
        elif self._counter < MAX_COUNTER:
            self._counter += 1
        else:
            # The counter is full (many changes while the wall clock lags behind the last
            # timestamp): move on by a millisecond rather than outgrow the fixed-width text.
            self._millis, self._counter = self._millis + 1, 0
        return self.last

    def observe(self, remote: str) -> None:
        """Move past a timestamp received from another laptop."""
        millis, counter = decode(remote)
        if (millis, counter) > (self._millis, self._counter):
            self._millis, self._counter = millis, counter
