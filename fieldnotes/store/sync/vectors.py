"""Version vectors: ``{replica_id: counter}``, one per mergeable item and tombstone.

Each copy of a project (a replica) counts its own edits of an item. Comparing two
vectors tells whether one copy has seen everything the other has (take the newer one)
or each has an edit the other lacks (concurrent: a conflict unless the contents agree).
Clocks cannot tell that: two laptops' clocks disagree, and "later" is not "knew about".
"""

from __future__ import annotations

import enum
import json

Vector = dict[str, int]


class Order(enum.Enum):
    EQUAL = "equal"
    BEFORE = "before"  # the first has seen less: the second is newer
    AFTER = "after"  # the first is newer
    CONCURRENT = "concurrent"  # each has an edit the other has not seen


def parse(text: str | None) -> Vector:
    """The vector stored as JSON text; anything damaged reads as the empty history."""
    if not text:
        return {}
    try:
        raw = json.loads(text)
    except ValueError:
        return {}
    if not isinstance(raw, dict):
        return {}
    return {str(k): v for k, v in sorted(raw.items()) if type(v) is int and v > 0}


def dumps(vector: Vector) -> str:
    """Canonical text (sorted keys, compact), so equal vectors usually compare as text."""
    return json.dumps(dict(sorted(vector.items())), separators=(",", ":"))


def dominated(a: Vector, b: Vector) -> bool:
    """Whether ``b`` has seen everything ``a`` has (a ≤ b)."""
    return all(b.get(key, 0) >= count for key, count in a.items())


def compare(a: Vector, b: Vector) -> Order:
    a_le_b = dominated(a, b)
    b_le_a = dominated(b, a)
    if a_le_b and b_le_a:
        return Order.EQUAL
    if a_le_b:
        return Order.BEFORE
    if b_le_a:
        return Order.AFTER
    return Order.CONCURRENT


def join(a: Vector, b: Vector) -> Vector:
    """The smallest vector that has seen both."""
    joined = dict(a)
    for key, count in b.items():
        if count > joined.get(key, 0):
            joined[key] = count
    return joined


def bump(vector: Vector, replica: str) -> Vector:
    """One more edit by ``replica``."""
    return {**vector, replica: vector.get(replica, 0) + 1}
