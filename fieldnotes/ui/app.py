"""Starting the desktop app: logging, the Qt application, and the open project's window.

``AppController`` owns the one open project: switching projects (new, open, recent,
example) opens the new file first and only then closes the old window and file, so a
failure leaves the user where they were.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from fieldnotes import __version__
from fieldnotes.errors import FieldnotesError
from fieldnotes.store import Project
from fieldnotes.ui.crash_handler import CrashReporter
from fieldnotes.ui.error_text import error_text
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.i18n import install_translators, interface_language
from fieldnotes.ui.logging_setup import log_to_file
from fieldnotes.ui.main_window import MainWindow
from fieldnotes.ui.recent_projects import RecentProjects
from fieldnotes.ui.recovery_dialog import offer_recovery

logger = logging.getLogger(__name__)


def project_filter() -> str:
    return QCoreApplication.translate("AppController", "fieldnotes projects (*.fieldnotes)") + (
        ";;" + QCoreApplication.translate("AppController", "All files (*)")
    )


def run_app(path: Path, *, seed_example_if_new: bool) -> int:
    from fieldnotes.paths import user_log_dir

    log_to_file(user_log_dir())
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("fieldnotes")
    app.setOrganizationName("fieldnotes")
    app.setApplicationVersion(__version__)
    app.setStyle("Fusion")
    settings = QSettings()
    language = interface_language(settings)
    translators = install_translators(app, language)  # kept alive until the app ends
    crash_reporter = CrashReporter(parent=app)
    crash_reporter.install()
    controller = AppController(settings, language)
    if not controller.open(path, seed_example_if_new=seed_example_if_new):
        return 1
    try:
        return app.exec()
    finally:
        controller.close()
        crash_reporter.uninstall()
        del translators


def open_project(path: Path, *, seed_example_if_new: bool) -> Project:
    project = Project.open(path, create=True)
    if project.is_new and seed_example_if_new:
        from fieldnotes.imports.example import seed_example

        seed_example(project)
    return project


class AppController(QObject):
    def __init__(self, settings: QSettings, language: str = "en") -> None:
        super().__init__()
        self._settings = settings
        self._language = language
        self.project: Project | None = None
        self.window: MainWindow | None = None

    def open(self, path: Path, *, seed_example_if_new: bool = False) -> bool:
        try:
            project = open_project(path, seed_example_if_new=seed_example_if_new)
        except FieldnotesError as exc:
            QMessageBox.critical(self.window, "fieldnotes", error_text(exc))
            return False
        old_window, old_project = self.window, self.project
        window = MainWindow(ProjectHub(project, self._language), self._settings)
        if old_window is not None:
            window.restoreGeometry(old_window.saveGeometry())
            if not old_window.close():  # it holds text it could not save: the user stays
                window.guard.close()
                window.deleteLater()
                project.close()
                return False
            old_window.deleteLater()
        if old_project is not None:
            old_project.close()
        self.project, self.window = project, window
        window.open_project_requested.connect(lambda p: self.open(Path(p)))
        window.new_project_requested.connect(self._new_project)
        window.choose_project_requested.connect(self._choose_project)
        window.example_project_requested.connect(self._example_project)
        RecentProjects(self._settings).add(path)
        window.show()
        offer_recovery(window)
        return True

    def close(self) -> None:
        if self.project is not None:
            self.project.close()
            self.project = None

    def _parent(self) -> QWidget | None:
        return self.window

    def _new_project(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self._parent(),
            self.tr("New project"),
            self.tr("study") + ".fieldnotes",
            project_filter(),
        )
        if name:
            path = Path(name if name.endswith(".fieldnotes") else f"{name}.fieldnotes")
            if path.exists():
                QMessageBox.warning(
                    self._parent(),
                    "fieldnotes",
                    self.tr("{path} already exists; use Open project.").format(path=path),
                )
                return
            self.open(path)

    def _choose_project(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self._parent(), self.tr("Open project"), "", project_filter()
        )
        if name:
            self.open(Path(name))

    def _example_project(self) -> None:
        from fieldnotes.paths import user_data_dir

        self.open(user_data_dir() / "example.fieldnotes", seed_example_if_new=True)
