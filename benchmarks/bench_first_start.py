"""The app's start paths: the welcome, the example, and an ordinary start.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.bench_first_start``

Each in a fresh process (median of 9), from process start to the window shown, through
``start_choice`` and ``AppController.start`` as ``run_app`` does (without its log file
and crash reporter): the first start (the welcome), ``--example`` (the example made
afresh, then opened), and an ordinary start on the last study (an empty project and the
example-sized one), against opening the same path directly with ``AppController.open``
as the app did before it had a choice to make. It also reports whether each imported the
welcome.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

RUNS = 9

START = """
import time; t0 = time.perf_counter()
import sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from fieldnotes.ui.app import AppController
from fieldnotes.ui.startup import start_choice
app = QApplication([])
settings = QSettings(sys.argv[1], QSettings.Format.IniFormat)
controller = AppController(settings)
if sys.argv[2] == "direct":  # as before the welcome: open the path, nothing to choose
    assert controller.open(Path(sys.argv[3]))
else:
    assert controller.start(start_choice(settings, None, example=sys.argv[2] == "example"))
shown = controller.window or controller.welcome
QTest.qWaitForWindowExposed(shown)
app.processEvents()
elapsed = time.perf_counter() - t0
print(elapsed, int(any(m.startswith("fieldnotes.ui.welcome") for m in sys.modules)))
controller.close()
"""


def environment(home: Path) -> dict[str, str]:
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_STATE_HOME": str(home / "state"),
    }
    env.pop("FIELDNOTES_DB", None)
    return env


def run_once(home: Path, settings: Path, mode: str, *extra: str) -> tuple[float, int]:
    out = subprocess.run(
        [sys.executable, "-c", START, str(settings), mode, *extra],
        capture_output=True,
        text=True,
        check=True,
        env=environment(home),
    ).stdout.split()
    return float(out[0]), int(out[1])


def timed(*variants: tuple[Path, Path, str, tuple[str, ...]]) -> list[tuple[float, int]]:
    """Each variant's median time and whether any run imported the welcome; the variants'
    runs interleaved, so that load on the machine and backups falls on each alike."""
    runs: list[list[tuple[float, int]]] = [[] for _ in variants]
    for _ in range(RUNS):
        for samples, (home, settings, mode, extra) in zip(runs, variants, strict=True):
            samples.append(run_once(home, settings, mode, *extra))
    return [
        (statistics.median(t for t, _ in samples), max(w for _, w in samples)) for samples in runs
    ]


def main() -> None:
    from PySide6.QtCore import QSettings

    from fieldnotes.imports.example import seed_example
    from fieldnotes.store import Project
    from fieldnotes.ui.startup import remember_last_project

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        rows = []
        first = root / "first.ini"
        welcome, example = timed((root / "h1", first, "", ()), (root / "h2", first, "example", ()))
        rows.append(("first start: the welcome shown", *welcome))
        rows.append(("--example: made afresh and shown", *example))
        for name, seeded in (("empty", False), ("example-sized", True)):
            path = root / f"{name}.fieldnotes"
            with Project.open(path) as project:
                if seeded:
                    seed_example(project)
            settings_file = root / f"{name}.ini"
            settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
            remember_last_project(settings, path)
            settings.sync()
            home = root / f"h-{name}"
            chosen, direct = timed(
                (home, settings_file, "", ()), (home, settings_file, "direct", (str(path),))
            )
            rows.append((f"ordinary start: last study ({name})", *chosen))
            rows.append((f"  the same path opened directly ({name})", *direct))
    print(f"start to window shown (fresh processes, median of {RUNS})")
    for label, seconds, welcome in rows:
        loaded = "welcome imported" if welcome else "welcome not imported"
        print(f"  {label:<48} {seconds * 1000:6.0f} ms  ({loaded})")


if __name__ == "__main__":
    main()
