"""What the Dutch interface costs: loading the translations and building the main window.

Builds the window on the example project five times in English and in Dutch and prints
the medians. Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_translation.py``
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from fieldnotes.ui.app import open_project
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.i18n import install_translators, remove_translators
from fieldnotes.ui.main_window import MainWindow

RUNS = 5


def window_open_seconds(app: QApplication, language: str, folder: Path) -> float:
    samples = []
    for run in range(RUNS):
        project = open_project(folder / f"{language}{run}.fieldnotes", seed_example_if_new=True)
        settings = QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)
        start = time.perf_counter()
        window = MainWindow(ProjectHub(project, language), settings)
        window.show()
        app.processEvents()
        samples.append(time.perf_counter() - start)
        window.close()
        project.close()
    return statistics.median(samples)


def main() -> None:
    app = QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        english = window_open_seconds(app, "en", Path(tmp))
        start = time.perf_counter()
        translators = install_translators(app, "nl")
        loading = time.perf_counter() - start
        dutch = window_open_seconds(app, "nl", Path(tmp))
        remove_translators(app, translators)
    print(f"loading the Dutch translations: {loading * 1000:.1f} ms")
    print(f"main window open, English: {english * 1000:.0f} ms; Dutch: {dutch * 1000:.0f} ms")


if __name__ == "__main__":
    main()
