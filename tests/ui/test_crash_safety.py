"""Nothing typed more than half a second before a crash or power cut is lost."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.ui.crash_driver import TEXT

pytestmark = pytest.mark.gui


def test_sigkill_while_typing_loses_at_most_half_a_second(tmp_path: Path) -> None:
    path = tmp_path / "crash.fieldnotes"
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.crash_driver", str(path), str(tmp_path / "settings.ini")],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        cwd=Path(__file__).parents[2],
    )
    assert child.stdout is not None
    observation_id = child.stdout.readline().split()[1]
    typed_at: list[tuple[float, int]] = []
    start = time.monotonic()
    while time.monotonic() - start < 3.0:
        line = child.stdout.readline()
        if not line:
            break
        stamp, count = line.split()
        typed_at.append((float(stamp), int(count)))
    child.send_signal(signal.SIGKILL)
    killed_at = time.monotonic()
    child.wait(10)
    assert len(typed_at) > 50, "the app did not type steadily"

    safe = max((count for stamp, count in typed_at if stamp <= killed_at - 0.5), default=0)
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        (text,) = conn.execute(
            "SELECT text FROM observations WHERE id = ?", (observation_id,)
        ).fetchone()
    finally:
        conn.close()
    assert safe > 0
    assert text.startswith(TEXT[:safe]), f"lost typing: had {len(text)} of {safe} safe characters"
    assert TEXT.startswith(text) or len(text) > len(TEXT)
