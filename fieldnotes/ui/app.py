"""Starting the desktop app: logging, the Qt application, and the open project's window.

``AppController`` owns the one open project: switching projects (new, open, recent,
example) opens the new file first and only then closes the old window and file, so a
failure leaves the user where they were.
"""

from __future__ import annotations

import logging
import sqlite3
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from fieldnotes import __version__
from fieldnotes.errors import DamagedError, FieldnotesError
from fieldnotes.store import Project
from fieldnotes.store.failures import store_error
from fieldnotes.ui.crash_handler import CrashReporter
from fieldnotes.ui.error_text import error_text
from fieldnotes.ui.file_places import ask_open_path, ask_save_path
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.i18n import install_translators, interface_language
from fieldnotes.ui.logging_setup import log_to_file
from fieldnotes.ui.main_window import MainWindow
from fieldnotes.ui.protection.actions import ProjectProtection
from fieldnotes.ui.protection.backup_scheduler import BackupScheduler
from fieldnotes.ui.protection.opener import ProjectOpener
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
    controller = AppController(settings, language)
    crash_reporter = CrashReporter(
        parent=app,
        project_path=lambda: controller.project.path if controller.project else None,
    )
    crash_reporter.install()
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
    def __init__(
        self, settings: QSettings, language: str = "en", *, backups_root: Path | None = None
    ) -> None:
        super().__init__()
        self._settings = settings
        self._language = language
        self._backups_root = backups_root
        self.project: Project | None = None
        self.window: MainWindow | None = None
        self.backups: BackupScheduler | None = None
        self.protection = ProjectProtection(self, backups_root)

    @property
    def settings(self) -> QSettings:
        return self._settings

    def open(
        self, path: Path, *, seed_example_if_new: bool = False, passphrase: str | None = None
    ) -> bool:
        try:
            project = ProjectOpener(self.window, self._backups_root).open(
                path, passphrase=passphrase
            )
            if project is not None and project.is_new and seed_example_if_new:
                from fieldnotes.imports.example import seed_example

                seed_example(project)
        except FieldnotesError as exc:
            QMessageBox.critical(self.window, "fieldnotes", error_text(exc))
            return False
        if project is None:
            return False
        try:
            hub = ProjectHub(project, self._language)
            window = MainWindow(hub, self._settings)
        except sqlite3.DatabaseError as exc:  # damage that only showed when reading
            project.close()
            return self._open_failed(project.path, project.passphrase, exc)
        old_window, old_project, old_backups = self.window, self.project, self.backups
        if old_window is not None:
            window.restoreGeometry(old_window.saveGeometry())
            # Closing saves what is being typed into the old project; a window holding
            # text it could not save asks first, and the user may stay where they are.
            if not old_window.close():
                window.guard.close()
                window.deleteLater()
                project.close()
                return False
            old_window.deleteLater()
        self.project = project
        self.window = window
        window.open_project_requested.connect(lambda p: self.open(Path(p)))
        window.copy_saved.connect(lambda p: self.open(Path(p), passphrase=project.passphrase))
        window.new_project_requested.connect(self._new_project)
        window.choose_project_requested.connect(self._choose_project)
        window.example_project_requested.connect(self._example_project)
        self.protection.connect_window(window)
        if old_backups is not None:
            old_backups.wait()
        if old_project is not None:
            old_project.close()
        RecentProjects(self._settings).add(project.path)
        self.backups = BackupScheduler(hub, window, root=self._backups_root)
        self.backups.failed.connect(self._backup_failed)
        self.backups.damaged.connect(self._project_damaged)
        self.backups.start()
        window.show()
        offer_recovery(window)
        return True

    def close(self) -> None:
        """Close the window and the project (after any backup under way)."""
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
        self._retire_project()

    def _retire_project(self) -> None:
        if self.backups is not None:
            self.backups.wait()
            self.backups = None
        if self.project is not None:
            self.project.close()
            self.project = None

    def _open_failed(self, path: Path, passphrase: str | None, exc: sqlite3.Error) -> bool:
        named = store_error(exc, path)
        if isinstance(named, DamagedError):
            restored = ProjectOpener(self.window, self._backups_root).offer_backup(
                path, passphrase, error_text(named)
            )
            return restored is not None and self.open(restored, passphrase=passphrase)
        message = error_text(named) if named else str(exc)
        QMessageBox.critical(self.window, "fieldnotes", message)
        return False

    def _project_damaged(self, finding: str) -> None:
        """The check before a backup found damage: offer the newest good backup."""
        if self.project is None:
            return
        project = self.project
        restored = ProjectOpener(self.window, self._backups_root).offer_backup(
            project.path, project.passphrase, finding
        )
        if restored is not None:
            self.open(restored, passphrase=project.passphrase)

    def _backup_failed(self, reason: str) -> None:
        if self.window is not None:
            self.window.statusBar().showMessage(
                self.tr("The automatic backup failed: {reason}").format(reason=reason), 15_000
            )

    def _parent(self) -> QWidget | None:
        return self.window

    def _new_project(self) -> None:
        path = ask_save_path(
            self._parent(),
            self._settings,
            "projects",
            self.tr("New project"),
            self.tr("study") + ".fieldnotes",
            project_filter(),
            [".fieldnotes"],
        )
        if path is not None:
            if path.exists():
                QMessageBox.warning(
                    self._parent(),
                    "fieldnotes",
                    self.tr("{path} already exists; use Open project.").format(path=path),
                )
                return
            passphrase = self.protection.ask_new_project_passphrase(path)
            if passphrase is not False:
                self.open(path, passphrase=passphrase)

    def _choose_project(self) -> None:
        path = ask_open_path(
            self._parent(), self._settings, "projects", self.tr("Open project"), project_filter()
        )
        if path is not None:
            self.open(path)

    def _example_project(self) -> None:
        from fieldnotes.paths import user_data_dir

        self.open(user_data_dir() / "example.fieldnotes", seed_example_if_new=True)
