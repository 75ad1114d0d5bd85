"""Bounds on one search, so no query can keep the app or a terminal busy for minutes.

FTS5's cost grows with the number of terms (a query of the same word 2,000 times, or
3,000 words OR-ed together, took 13 s and 235 s on 50,000 observations), so a query
may name at most ``MAX_TERMS`` terms, counted as the index will see them (letters and
digits, whatever joins them), and every search runs under a time limit enforced by a
SQLite progress handler. Both are refused in one line.
"""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager

from fieldnotes.errors import QT_TRANSLATE_NOOP, FieldnotesError

MAX_TERMS = 64
TIME_LIMIT = 10.0  # seconds
# The largest LIMIT SQLite takes; a larger --limit means "all of them" anyway.
MAX_HITS = 2**63 - 1
_TERM = re.compile(r"[^\W_]+")  # what the unicode61 tokenizer makes a token of
_OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})
_STEPS = 1_000  # SQLite virtual machine steps between looks at the clock


class SearchTooLarge(FieldnotesError):
    """A query with more terms than a search can take in reasonable time."""


class SearchTimedOut(FieldnotesError):
    """A search ran past its time limit and was stopped."""


def check_terms(query: str) -> None:
    terms = sum(1 for term in _TERM.findall(query) if term not in _OPERATORS)
    if terms > MAX_TERMS:
        raise SearchTooLarge(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The search has {count} words; at most {limit} can be searched at once.",
            ),
            count=terms,
            limit=MAX_TERMS,
        )


def hit_limit(limit: int | None) -> int:
    """The SQL LIMIT for ``limit`` hits (-1: no limit), within what SQLite accepts."""
    return -1 if limit is None else min(int(limit), MAX_HITS)


@contextmanager
def time_limit(conn: sqlite3.Connection, seconds: float | None) -> Iterator[None]:
    """Stop the statements run inside after ``seconds``, with :class:`SearchTimedOut`.

    The connection's progress handler is this search's while it runs; an interrupt
    from elsewhere (a newer search in the panel) still comes through as it was.
    """
    if seconds is None:
        yield
        return
    deadline = time.monotonic() + seconds
    expired = False

    def past_deadline() -> int:
        nonlocal expired
        expired = expired or time.monotonic() >= deadline
        return 1 if expired else 0

    conn.set_progress_handler(past_deadline, _STEPS)
    try:
        yield
    except sqlite3.OperationalError as exc:
        if expired and "interrupted" in str(exc):
            raise SearchTimedOut(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The search took longer than {seconds} seconds and was stopped; "
                    "try fewer or more specific words.",
                ),
                seconds=f"{seconds:g}",
            ) from None
        raise
    finally:
        conn.set_progress_handler(None, 0)
