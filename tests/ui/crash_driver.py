"""Run the real capture window and type steadily until killed (used by the crash test).

Prints ``<monotonic time> <characters typed>`` after each keystroke, so the test knows
exactly what had been typed at any moment before it sends SIGKILL.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from fieldnotes.ui.app import open_project
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.main_window import MainWindow

TEXT = "The team agreed to meet residents at the market every Saturday morning. " * 20


def main() -> None:
    path, settings_path = Path(sys.argv[1]), sys.argv[2]
    app = QApplication(sys.argv[:1])
    project = open_project(path, seed_example_if_new=True)
    window = MainWindow(ProjectHub(project), QSettings(settings_path, QSettings.Format.IniFormat))
    window.show()
    QTest.qWaitForWindowExposed(window)
    window.new_observation()
    print("observation", window.current_observation_id(), flush=True)
    typed = 0

    def type_one() -> None:
        nonlocal typed
        QTest.keyClick(
            window.editor.text_edit, TEXT[typed % len(TEXT)], Qt.KeyboardModifier.NoModifier
        )
        typed += 1
        print(f"{time.monotonic():.4f} {typed}", flush=True)

    timer = QTimer()
    timer.timeout.connect(type_one)
    timer.start(20)
    app.exec()


if __name__ == "__main__":
    main()
