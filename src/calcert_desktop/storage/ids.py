"""Record keys that sort in the order the records were made: UUID version 7 (RFC 9562).

A record's key breaks ties wherever rows of one day are listed (the members of a case
assigned on one day, the votes of a resolution): with random keys (version 4) those came
out in a different order on SQLite and on a server, and in every copy. A version 7 key
starts with the time in milliseconds, then a counter that keeps keys made in the same
millisecond by this process in the order they were made; the rest is random, so keys made
at the same moment on two PCs still never collide. Their text and their bytes sort alike,
so SQLite (text) and PostgreSQL (``uuid``) order them the same way.
"""

from __future__ import annotations

import os
import threading
import time
import uuid

_lock = threading.Lock()
_last = (0, 0)  # (milliseconds, counter) of the last key made here
_COUNTER_MAX = 0xFFF  # the 12 bits of "rand_a" used as the counter


def new_id() -> uuid.UUID:
    """A new time-ordered key, greater than every key this process made before."""
    global _last
    with _lock:
        ms = time.time_ns() // 1_000_000
        last_ms, counter = _last
        if ms > last_ms:
            counter = int.from_bytes(os.urandom(2)) & 0x3FF  # room to count up
        else:  # the same millisecond, or the clock went back: count on from the last key
            ms, counter = last_ms, counter + 1
            if counter > _COUNTER_MAX:
                ms, counter = last_ms + 1, 0
        _last = (ms, counter)
    tail = int.from_bytes(os.urandom(8)) & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | counter << 64 | 0b10 << 62 | tail
    return uuid.UUID(int=value)
