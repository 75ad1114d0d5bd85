"""Autosave's short wait for a lock another program holds, and the usual wait after it."""

from __future__ import annotations

import time

import pytest

from fieldnotes.errors import LockedError
from fieldnotes.store import Project, driver
from fieldnotes.store.connection import BUSY_TIMEOUT_MS
from fieldnotes.store.lock_wait import waiting_at_most


def test_a_held_lock_is_given_up_on_quickly_inside_the_block(example_project: Project) -> None:
    observation = example_project.observations.all_grouped()["m1"][0]
    holder = driver.connect(example_project.path)
    holder.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        with (
            waiting_at_most(example_project, 100),
            pytest.raises(LockedError, match="locked by another program"),
        ):
            example_project.observations.update_text(observation.id, "typed")
        assert time.monotonic() - started < 2
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    (timeout,) = example_project.conn.execute("PRAGMA busy_timeout").fetchone()
    assert timeout == BUSY_TIMEOUT_MS
    example_project.observations.update_text(observation.id, "typed")
    assert example_project.observations.get(observation.id).text == "typed"  # type: ignore[union-attr]
