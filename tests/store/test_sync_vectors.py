"""Version vectors: how two copies' histories of one item compare."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from fieldnotes.store.sync.vectors import Order, bump, compare, dominated, dumps, join, parse

vectors = st.dictionaries(st.sampled_from(["a", "b", "c", "base:1f"]), st.integers(1, 5))


def test_parse_and_dump_are_canonical() -> None:
    assert parse(None) == {}
    assert parse("") == {}
    assert parse('{"b":2,"a":1}') == {"a": 1, "b": 2}
    assert dumps({"b": 2, "a": 1}) == '{"a":1,"b":2}'
    assert parse(dumps({"x-1": 3})) == {"x-1": 3}


def test_damaged_text_reads_as_the_empty_history() -> None:
    assert parse("not json") == {}
    assert parse("[1, 2]") == {}
    assert parse('{"a": "x", "b": 2, "c": -1}') == {"b": 2}


def test_compare() -> None:
    assert compare({}, {}) is Order.EQUAL
    assert compare({"a": 1}, {"a": 1}) is Order.EQUAL
    assert compare({"a": 1}, {"a": 2}) is Order.BEFORE
    assert compare({"a": 2, "b": 1}, {"a": 2}) is Order.AFTER
    assert compare({"a": 2}, {"b": 1}) is Order.CONCURRENT
    assert compare({}, {"b": 1}) is Order.BEFORE


def test_join_and_bump() -> None:
    assert join({"a": 2, "b": 1}, {"a": 1, "c": 4}) == {"a": 2, "b": 1, "c": 4}
    assert bump({"a": 2}, "a") == {"a": 3}
    assert bump({"a": 2}, "b") == {"a": 2, "b": 1}


@given(vectors, vectors)
def test_join_dominates_both_and_a_bump_is_strictly_after(a: dict, b: dict) -> None:
    joined = join(a, b)
    assert dominated(a, joined) and dominated(b, joined)
    assert compare(joined, bump(joined, "r")) is Order.BEFORE
    assert (
        compare(a, b)
        is {
            Order.BEFORE: Order.AFTER,
            Order.AFTER: Order.BEFORE,
            Order.EQUAL: Order.EQUAL,
            Order.CONCURRENT: Order.CONCURRENT,
        }[compare(b, a)]
    )
