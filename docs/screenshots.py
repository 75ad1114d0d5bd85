"""Take the user guide's screenshots: the app on the example project, on a real screen.

Run under Xvfb (``xvfb-run -s "-screen 0 1400x900x24" python docs/screenshots.py``);
it writes PNGs into ``docs/images/``.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from fieldnotes.ui.app import open_project
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.main_window import MainWindow

OUT = Path(__file__).parent / "images"


def main() -> int:
    app = QApplication(sys.argv)
    app.setStyle("Fusion")
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        project = open_project(Path(tmp) / "example.fieldnotes", seed_example_if_new=True)
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(ProjectHub(project), settings)
        window.resize(1280, 800)
        window.show()

        def grab() -> None:
            screen = window.screen()
            pixmap = screen.grabWindow(0, window.x(), window.y(), window.width(), window.height())
            if pixmap.isNull() or pixmap.toImage().allGray():
                pixmap = window.grab()
            pixmap.save(str(OUT / "main-window.png"))
            window.close()
            app.quit()

        QTimer.singleShot(800, grab)
        app.exec()
        project.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
