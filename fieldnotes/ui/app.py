"""Starting the desktop app: logging, the Qt application, the project, the window."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from fieldnotes import __version__
from fieldnotes.errors import FieldnotesError
from fieldnotes.store import Project
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.main_window import MainWindow

logger = logging.getLogger(__name__)


def run_app(path: Path, *, seed_example_if_new: bool) -> int:
    _log_to_file()
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("fieldnotes")
    app.setOrganizationName("fieldnotes")
    app.setApplicationVersion(__version__)
    app.setStyle("Fusion")
    _install_exception_dialog()
    try:
        project = open_project(path, seed_example_if_new=seed_example_if_new)
    except FieldnotesError as exc:
        QMessageBox.critical(None, "fieldnotes", str(exc))
        return 1
    hub = ProjectHub(project)
    window = MainWindow(hub, QSettings())
    window.show()
    try:
        return app.exec()
    finally:
        project.close()


def open_project(path: Path, *, seed_example_if_new: bool) -> Project:
    project = Project.open(path, create=True)
    if project.is_new and seed_example_if_new:
        from fieldnotes.imports.example import seed_example

        seed_example(project)
    return project


def _log_to_file() -> None:
    from fieldnotes.paths import user_log_dir

    try:
        log_dir = user_log_dir()
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(log_dir / "fieldnotes.log", encoding="utf-8")
    except OSError:
        return
    handler.setLevel(logging.INFO)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(min(root.level, logging.INFO))


def _install_exception_dialog() -> None:
    """Log an unexpected error and show it once, instead of a silent crash."""
    shown = False

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        nonlocal shown
        logger.error("unexpected error", exc_info=(kind, value, tb))
        if shown:
            return
        shown = True
        box = QMessageBox(QMessageBox.Icon.Critical, "fieldnotes", f"Unexpected error: {value}")
        box.setInformativeText(
            "Your notes are saved as you type. Details are in the log file; "
            "please include it when reporting the problem."
        )
        box.setDetailedText("".join(traceback.format_exception(kind, value, tb)))
        box.exec()

    sys.excepthook = hook
