"""Analysis › Codebook… and Codes by meeting…: the codebook dialogs and where they lead.

A code or a matrix cell the user picks there is listed in the window's search panel.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from fieldnotes.ui.window_controller import WindowController


class CodebookController(WindowController):
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
