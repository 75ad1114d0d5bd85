"""File › Encrypt project…, Change passphrase… and Restore from backup…

Encrypting or re-keying rewrites the file, which needs every connection to it closed:
the window closes (saving what is being typed), the file is rewritten, and the project
opens again with its new passphrase. On failure it opens again as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from fieldnotes.errors import FieldnotesError, PassphraseError
from fieldnotes.store.backup import restore_backup
from fieldnotes.store.encryption import rekey_project
from fieldnotes.ui.dialogs.passphrase_dialog import NewPassphraseDialog, PassphraseDialog
from fieldnotes.ui.error_text import error_text
from fieldnotes.ui.file_places import ask_save_path
from fieldnotes.ui.protection.restore_dialog import RestoreDialog

if TYPE_CHECKING:
    from fieldnotes.ui.app import AppController
    from fieldnotes.ui.main_window import MainWindow


class ProjectProtection(QObject):
    def __init__(self, controller: AppController, backups_root: Path | None = None) -> None:
        super().__init__(controller)
        self._controller = controller
        self._root = backups_root

    def connect_window(self, window: MainWindow) -> None:
        window.encrypt_requested.connect(self.encrypt)
        window.change_passphrase_requested.connect(self.change_passphrase)
        window.restore_backup_requested.connect(self.restore)

    def _window(self) -> QWidget | None:
        return self._controller.window

    def encrypt(self) -> None:
        project = self._controller.project
        if project is None or project.encrypted:
            return
        dialog = NewPassphraseDialog(
            self.tr("Encrypt project"),
            self.tr(
                "Encrypt {name} so that nobody can read it without the passphrase. Its "
                "backups are encrypted too."
            ).format(name=project.path.name),
            parent=self._window(),
        )
        if dialog.exec() != NewPassphraseDialog.DialogCode.Accepted:
            return
        new = dialog.value()
        assert new is not None

        self._rewrite(
            lambda path: rekey_project(path, None, new, backups_root=self._root),
            new,
            self.tr("The project is now encrypted."),
        )

    def change_passphrase(self) -> None:
        project = self._controller.project
        if project is None or not project.encrypted:
            return
        current = PassphraseDialog(project.path.name, "", self._window())
        current.setWindowTitle(self.tr("Change passphrase"))
        if current.exec() != PassphraseDialog.DialogCode.Accepted:
            return
        old = project.passphrase
        if current.value() != old:
            QMessageBox.warning(
                self._window(), "fieldnotes", self.tr("That is not the current passphrase.")
            )
            return
        dialog = NewPassphraseDialog(
            self.tr("Change passphrase"),
            self.tr("Choose the new passphrase for {name}.").format(name=project.path.name),
            parent=self._window(),
        )
        if dialog.exec() != NewPassphraseDialog.DialogCode.Accepted:
            return
        new = dialog.value()
        assert old is not None and new is not None

        self._rewrite(
            lambda path: rekey_project(path, old, new, backups_root=self._root),
            new,
            self.tr("The passphrase has been changed."),
        )

    def _rewrite(self, operation: Callable[[Path], object], new: str, done: str) -> None:
        project = self._controller.project
        assert project is not None
        path, old = project.path, project.passphrase
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        quit_on_close = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)  # the window closes for a moment
        try:
            self._controller.close()
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                operation(path)
            except FieldnotesError as exc:
                problem, passphrase = error_text(exc), old
            else:
                problem, passphrase = "", new
            finally:
                QApplication.restoreOverrideCursor()
            self._controller.open(path, passphrase=passphrase)
            window = self._controller.window
            if problem:
                QMessageBox.critical(window, "fieldnotes", problem)
            elif window is not None:
                window.statusBar().showMessage(done, 10_000)
        finally:
            app.setQuitOnLastWindowClosed(quit_on_close)

    def restore(self) -> None:
        project = self._controller.project
        if project is None:
            return
        dialog = RestoreDialog(project.path, self._window(), root=self._root)
        if dialog.exec() != RestoreDialog.DialogCode.Accepted or dialog.chosen() is None:
            return
        chosen = dialog.chosen()
        assert chosen is not None
        from fieldnotes.ui.file_places import project_filter

        stamp = chosen.time.astimezone().strftime("%Y-%m-%d %H.%M")
        suggestion = self.tr("{name} (backup {time}).fieldnotes").format(
            name=project.path.stem, time=stamp
        )
        out = ask_save_path(
            self._window(),
            self._controller.settings,
            "projects",
            self.tr("Open backup as new project"),
            suggestion,
            project_filter(),
            [".fieldnotes"],
        )
        if out is None:
            return
        passphrase = project.passphrase if chosen.encrypted else None
        while True:
            try:
                restore_backup(chosen.path, out, passphrase)
                break
            except PassphraseError as exc:
                ask = PassphraseDialog(chosen.path.name, error_text(exc), self._window())
                if ask.exec() != PassphraseDialog.DialogCode.Accepted:
                    return
                passphrase = ask.value()
            except FieldnotesError as exc:
                QMessageBox.critical(self._window(), "fieldnotes", error_text(exc))
                return
        self._controller.open(out, passphrase=passphrase)
