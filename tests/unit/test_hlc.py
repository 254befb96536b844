"""The hybrid logical clock: timestamps whose text order is their time order, always increasing."""

from __future__ import annotations

import random

from engagedesk.store.hlc import ZERO, HybridClock, decode, encode


class FakeWall:
    """A wall clock the test sets by hand (in milliseconds)."""

    def __init__(self, now: int) -> None:
        self.now = now

    def __call__(self) -> int:
        return self.now


def test_encode_and_decode_round_trip():
    assert decode(encode(1_772_387_100_123, 42)) == (1_772_387_100_123, 42)
    assert encode(0, 0) == ZERO


def test_text_order_is_time_order():
    rng = random.Random(3)
    pairs = [(rng.randrange(10**13), rng.randrange(100_000)) for _ in range(500)]
    assert sorted(pairs) == sorted(pairs, key=lambda pair: encode(*pair))


def test_now_follows_the_wall_clock_when_it_moves_on():
    wall = FakeWall(1_000)
    clock = HybridClock(wall_ms=wall)
    assert clock.now() == encode(1_000, 0)
    assert clock.now() == encode(1_000, 1)
    wall.now = 2_500
    assert clock.now() == encode(2_500, 0)
    assert clock.last == encode(2_500, 0)


def test_now_keeps_increasing_when_the_wall_clock_goes_backwards():
    wall = FakeWall(5_000)
    clock = HybridClock(wall_ms=wall)
    stamps = []
    for wall_time in (5_000, 5_000, 4_000, 10, 4_999, 5_001, 5_001, 3_000):
        wall.now = wall_time
        stamps.append(clock.now())
    assert all(earlier < later for earlier, later in zip(stamps, stamps[1:]))
    assert decode(stamps[-1]) == (5_001, 2)


def test_a_clock_starts_after_its_last_saved_stamp():
    clock = HybridClock(encode(9_000, 7), wall_ms=FakeWall(1_000))
    assert clock.now() == encode(9_000, 8)


def test_observe_moves_past_a_remote_stamp_from_a_laptop_whose_clock_runs_ahead():
    clock = HybridClock(wall_ms=FakeWall(1_000))
    local = clock.now()
    remote = encode(50_000, 3)
    clock.observe(remote)
    after = clock.now()
    assert local < remote < after
    assert after == encode(50_000, 4)


def test_observe_ignores_an_older_remote_stamp():
    clock = HybridClock(wall_ms=FakeWall(1_000))
    clock.now()
    clock.now()
    clock.observe(encode(999, 99))
    assert clock.last == encode(1_000, 1)
    assert clock.now() == encode(1_000, 2)


def test_the_counter_never_outgrows_its_five_digits():
    # Many changes while the wall clock lags behind (a remote stamp from a fast laptop, or a
    # million-row import within one millisecond): text order must stay time order.
    clock = HybridClock(encode(1_000, 99_998), wall_ms=FakeWall(1_000))
    stamps = [clock.now() for _ in range(3)]
    assert stamps == sorted(stamps)
    assert len(set(stamps)) == 3
    assert all(len(stamp) == len(ZERO) for stamp in stamps)
    assert decode(stamps[0]) == (1_000, 99_999)


def test_a_long_run_of_stamps_in_one_millisecond_stays_ordered():
    clock = HybridClock(wall_ms=FakeWall(7))
    stamps = [clock.now() for _ in range(250_000)]
    assert all(len(stamp) == len(ZERO) for stamp in stamps)
    assert all(earlier < later for earlier, later in zip(stamps, stamps[1:]))


def test_the_real_wall_clock_is_used_by_default():
    first = HybridClock().now()
    millis, _ = decode(first)
    assert millis > 1_700_000_000_000  # after November 2023: a real clock, not zero
