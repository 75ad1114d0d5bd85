"""The common ground of the window's controllers (meetings, codebook, member check).

Each launches dialogs for one job: it needs the project's hub, the undo stack its edits go
on, the window as the dialogs' parent, and the window's public face (``WindowView``) to
flush typed text or select what it made. The window builds it and keeps it; it never
imports the window.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.window_view import WindowView


class WindowController(QObject):
    def __init__(
        self,
        hub: ProjectHub,
        stack: QUndoStack,
        parent: QWidget,
        view: WindowView,
        settings: QSettings,
    ) -> None:
        super().__init__(parent)
        self._hub = hub
        self._stack = stack
        self._parent = parent
        self._view = view
        self._settings = settings  # remembered folders and window sizes of its dialogs
