"""The kill soak in brief: fieldnotes killed at random moments loses and damages nothing.

The full run (``python -m benchmarks.soak_kill``, 1,000 kills) is in benchmarks/README.md.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from benchmarks.soak_kill import soak

pytestmark = [
    pytest.mark.soak,
    pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX"),
]


def test_twenty_kills_leave_no_damage_and_lose_no_edit(tmp_path: Path) -> None:
    summary, _ = soak(20, seed=20, observations=200, workdir=tmp_path / "soak")
    assert summary.kills == 20, summary.report()
    assert summary.total("corrupt") == 0, summary.report()
    assert summary.total("lost") == 0, summary.report()
    assert summary.problems == 0, summary.report()
