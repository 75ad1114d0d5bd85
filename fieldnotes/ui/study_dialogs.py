"""The window's small dialogs: Preferences, Participants, Keyboard shortcuts, About.

Each is imported when first opened. Texts keep the translation context ``MainWindow``,
where they were first translated.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from fieldnotes import __version__
from fieldnotes.ui.hub import ProjectHub


class StudyDialogs(QObject):
    def __init__(
        self,
        hub: ProjectHub,
        stack: QUndoStack,
        settings: QSettings,
        parent: QWidget,
        actions: Callable[[], list[QAction]],
    ) -> None:
        super().__init__(parent)
        self._hub = hub
        self._stack = stack
        self._settings = settings
        self._parent = parent
        self._actions = actions  # the window's actions, for the shortcuts list

    def open_preferences(self) -> QDialog:
        from fieldnotes.ui.dialogs.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self._hub, self._settings, self._parent)
        dialog.open()
        return dialog

    def manage_participants(self) -> None:
        from fieldnotes.ui.dialogs.participants_manager import ParticipantsManager

        ParticipantsManager(self._hub, self._stack, self._parent).exec()

    def show_shortcuts(self) -> None:
        from fieldnotes.ui.dialogs.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self._actions(), self._parent).exec()

    def show_about(self) -> None:
        QMessageBox.about(
            self._parent,
            QCoreApplication.translate("MainWindow", "About fieldnotes"),
            QCoreApplication.translate(
                "MainWindow",
                "fieldnotes {version}\nField notes for participatory action research.\n\n"
                "Project file: {path}",
            ).format(version=__version__, path=self._hub.project.path),
        )
