"""A start-up diagnostic: when the first window was painted and when it was whole.

Set ``FIELDNOTES_STARTUP_REPORT`` to a file name and the app writes there, once, two
lines: the wall-clock time (``time.time()``) at the end of the first window's first
paint and when all its panels were ready. It exists so that a build whose code cannot
be changed (the standalone one) can be timed from outside the same way as the source
install (``benchmarks/bench_capture.py``). The app imports this module only when the
variable is set, so an ordinary start pays one ``os.environ.get``.
"""

from __future__ import annotations

import time
from pathlib import Path

from fieldnotes.ui.main_window import MainWindow

VARIABLE = "FIELDNOTES_STARTUP_REPORT"


class StartupReport:
    """Notes the two moments of one window and writes them when both are known."""

    def __init__(self, path: Path, window: MainWindow) -> None:
        self._path = path
        self._times: list[float] = []
        window.first_painted.connect(self._note)
        window.started.connect(self._note_and_write)

    def _note(self) -> None:
        self._times.append(time.time())

    def _note_and_write(self) -> None:
        self._note()
        # Whole or not at all: a reader polling for the file never sees half of it.
        partial = self._path.with_name(self._path.name + ".part")
        partial.write_text("".join(f"{moment:.6f}\n" for moment in self._times), "utf-8")
        partial.replace(self._path)


def report_start(path: str, window: MainWindow) -> StartupReport:
    return StartupReport(Path(path), window)
