"""Starting the desktop app: logging, the Qt application, and the open project's window.

``AppController`` owns the one open project: switching projects (new, open, recent,
example) opens the new file first and only then closes the old window and file, so a
failure leaves the user where they were. What opens at start is decided by
``ui/startup.py``; with nothing to open, the welcome (``ui/welcome/``) is shown.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from fieldnotes import __version__
from fieldnotes.errors import DamagedError, FieldnotesError
from fieldnotes.store import Project
from fieldnotes.store.failures import store_error
from fieldnotes.ui.app_icon import set_app_icon, set_desktop_identity
from fieldnotes.ui.crash_handler import CrashReporter
from fieldnotes.ui.error_text import error_text
from fieldnotes.ui.file_places import ask_open_path, project_filter
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.i18n import (
    install_translators,
    interface_language,
    remove_translators,
    set_chosen_language,
)
from fieldnotes.ui.logging_setup import log_to_file
from fieldnotes.ui.main_window import MainWindow
from fieldnotes.ui.protection.actions import ProjectProtection
from fieldnotes.ui.protection.backup_scheduler import BackupScheduler
from fieldnotes.ui.protection.opener import ProjectOpener
from fieldnotes.ui.recent_projects import RecentProjects
from fieldnotes.ui.recovery_dialog import offer_recovery
from fieldnotes.ui.startup import StartChoice, remember_last_project, start_choice

if TYPE_CHECKING:
    from fieldnotes.ui.startup_report import StartupReport
    from fieldnotes.ui.welcome.new_study import NewStudy
    from fieldnotes.ui.welcome.new_study_dialog import NewStudyDialog
    from fieldnotes.ui.welcome.window import WelcomeWindow

logger = logging.getLogger(__name__)


def run_app(path: Path | None, *, example: bool = False) -> int:
    """Run the app on ``path`` (``--db``), the example, or what ``start_choice`` picks."""
    from fieldnotes.paths import user_log_dir

    log_to_file(user_log_dir())
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("fieldnotes")
    app.setOrganizationName("fieldnotes")
    app.setApplicationVersion(__version__)
    app.setStyle("Fusion")
    set_desktop_identity(app)
    settings = QSettings()
    language = interface_language(settings)
    controller = AppController(settings, language)
    controller.translators = install_translators(app, language)  # kept alive by it
    crash_reporter = CrashReporter(
        parent=app,
        project_path=lambda: controller.project.path if controller.project else None,
    )
    crash_reporter.install()
    if not controller.start(start_choice(settings, path, example=example)):
        return 1
    QTimer.singleShot(0, lambda: set_app_icon(app))  # after the first paint: see app_icon
    try:
        return app.exec()
    finally:
        controller.close()
        crash_reporter.uninstall()


def open_project(path: Path, *, seed_example_if_new: bool = False) -> Project:
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
        self.translators: list[QTranslator] = []
        self.welcome: WelcomeWindow | None = None
        self.new_study_dialog: NewStudyDialog | None = None
        self._startup_report: StartupReport | None = None  # FIELDNOTES_STARTUP_REPORT, first window
        self._startup_reported = False

    def start(self, choice: StartChoice) -> bool:
        """Open what the start-up choice names, else show the welcome; False: give up."""
        if choice.example:
            return self.open_example()
        if choice.path is None:
            self.show_welcome(choice.missing)
            return True
        if self.open(choice.path):
            return True
        if choice.remembered:
            self.show_welcome()  # the last study would not open: another way in
            return True
        return False

    def show_welcome(self, missing: Path | None = None) -> WelcomeWindow:
        """The first-start choices; closing it without choosing ends the app."""
        from fieldnotes.ui.welcome.window import WelcomeWindow

        welcome = WelcomeWindow(missing)
        welcome.new_study_requested.connect(self.new_study)
        welcome.example_requested.connect(self.open_example)
        welcome.open_requested.connect(self._choose_project)
        welcome.rejected.connect(self._welcome_closed)
        self.welcome = welcome
        welcome.show()
        return welcome

    def _welcome_closed(self) -> None:
        if self.window is None:
            QCoreApplication.quit()

    def _close_welcome(self) -> None:
        if self.welcome is not None:
            welcome, self.welcome = self.welcome, None
            welcome.blockSignals(True)  # not a "closed without choosing"
            welcome.close()
            welcome.deleteLater()

    @property
    def settings(self) -> QSettings:
        return self._settings

    def open(
        self, path: Path, *, seed_example_if_new: bool = False, passphrase: str | None = None
    ) -> bool:
        try:
            project = ProjectOpener(self._parent(), self._backups_root).open(
                path, passphrase=passphrase
            )
            if project is not None and project.is_new and seed_example_if_new:
                from fieldnotes.imports.example import seed_example

                seed_example(project)
        except FieldnotesError as exc:
            QMessageBox.critical(self._parent(), "fieldnotes", error_text(exc))
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
        if (
            project.settings.is_example
        ):  # a scratch copy, made afresh: never the study to come back to
            self.backups = None
        else:
            remember_last_project(self._settings, project.path)
            self.backups = BackupScheduler(hub, window, root=self._backups_root)
            self.backups.failed.connect(self._backup_failed)
            self.backups.damaged.connect(self._project_damaged)
            self.backups.start()
        self._report_start(window)
        window.show()
        self._close_welcome()
        offer_recovery(window)
        return True

    def _report_start(self, window: MainWindow) -> None:
        """The start-up diagnostic (``ui/startup_report.py``), for the first window only."""
        if self._startup_reported:
            return
        self._startup_reported = True
        report = os.environ.get("FIELDNOTES_STARTUP_REPORT")
        if report:
            from fieldnotes.ui.startup_report import report_start

            self._startup_report = report_start(report, window)

    def close(self) -> None:
        """Close the window and the project (after any backup under way)."""
        self._close_welcome()
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
        return self.window if self.window is not None else self.welcome

    def _new_project(self) -> None:
        self.new_study()

    def new_study(self) -> NewStudyDialog:
        """File › New study… and the welcome's first choice: the form, then the study."""
        from fieldnotes.ui.welcome.new_study_dialog import NewStudyDialog

        dialog = NewStudyDialog(
            self._language, self._parent(), language_applies_now=self.window is None
        )
        dialog.created.connect(self._open_new_study)
        dialog.finished.connect(dialog.deleteLater)
        self.new_study_dialog = dialog
        dialog.open()
        return dialog

    def _open_new_study(self, study: NewStudy) -> None:
        # On the first start the one language chosen is the interface's too, and nothing
        # is built yet, so the study opens in it. Later a study's document language is its
        # own (notes taken in Dutch are often reported in English): Preferences decides.
        if self.window is None and study.language != self._language:
            set_chosen_language(self._settings, study.language)
            self._switch_language(study.language)
        self.open(study.path, passphrase=study.passphrase)

    def _switch_language(self, language: str) -> None:
        app = QCoreApplication.instance()
        assert app is not None
        remove_translators(app, self.translators)
        self.translators = install_translators(app, language)
        self._language = language

    def _choose_project(self) -> None:
        path = ask_open_path(
            self._parent(), self._settings, "projects", self.tr("Open project"), project_filter()
        )
        if path is not None:
            self.open(path)

    def _example_project(self) -> None:
        self.open_example()

    def open_example(self) -> bool:
        """Open a fresh copy of the example study, in its own file in the user cache.

        It is made anew each time: the cache may be emptied by the system whenever it
        likes, so changes kept there would be lost at random; starting afresh every time
        makes that plain, and each version shows its own example.
        """
        from fieldnotes.imports.example import create_example
        from fieldnotes.paths import example_project_path

        path = example_project_path()
        if self.project is not None and self.window is not None and self.project.path == path:
            self.window.raise_()
            self.window.activateWindow()
            return True
        try:
            create_example(path)
        except FieldnotesError as exc:
            QMessageBox.critical(self._parent(), "fieldnotes", error_text(exc))
            return False
        except OSError as exc:
            QMessageBox.critical(
                self._parent(),
                "fieldnotes",
                self.tr("The example study could not be made in {folder}: {reason}.").format(
                    folder=path.parent, reason=exc.strerror or exc
                ),
            )
            return False
        return self.open(path)
