"""Analysis › Codebook… and Codes by meeting…: the codebook dialogs and where they lead.

A code or a matrix cell the user picks there is listed in the window's search panel.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QWidget

from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.window_view import WindowView


class CodebookController(QObject):
    def __init__(
        self,
        hub: ProjectHub,
        stack: QUndoStack,
        parent: QWidget,
        view: WindowView,
        settings: QSettings,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._hub = hub
        self._stack = stack
        self._parent = parent
        self._view = view

    def open_codebook(self) -> QDialog:
        from fieldnotes.ui.codebook.dialog import CodebookDialog

        dialog = CodebookDialog(self._hub, self._stack, self._parent, self._settings)
        dialog.show_code_requested.connect(self._view.show_code_in_search)
        dialog.matrix_requested.connect(self.open_matrix)
        dialog.show()
        return dialog

    def open_matrix(self) -> QDialog:
        from fieldnotes.ui.codebook.matrix import MatrixDialog

        dialog = MatrixDialog(self._hub, self._parent)
        dialog.cell_activated.connect(self._view.show_code_in_search)
        dialog.show()
        return dialog
