"""Opens the analysis windows for the main window, so MainWindow stays a window.

Each window is built once and shown and raised again when asked for (closed, it only
hides, and recounts when shown again: see ``freshness.py``); what a window asks of
the main window (a meeting, a search) goes through the window's public methods.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog

from fieldnotes.ui.hub import ProjectHub

if TYPE_CHECKING:
    from fieldnotes.ui.analysis.co_occurrence_window import CoOccurrenceWindow
    from fieldnotes.ui.analysis.timeline_window import TimelineWindow
    from fieldnotes.ui.main_window import MainWindow


class AnalysisController(QObject):
    def __init__(
        self, window: MainWindow, hub: ProjectHub, settings: QSettings, undo_stack: QUndoStack
    ) -> None:
        super().__init__(window)
        self._window = window
        self._hub = hub
        self._settings = settings
        self._undo_stack = undo_stack
        self._open: dict[str, QDialog] = {}

    def _reuse(self, name: str) -> QDialog | None:
        dialog = self._open.get(name)
        if dialog is not None:
            dialog.show()
            dialog.raise_()
            dialog.activateWindow()
        return dialog

    def _keep(self, name: str, dialog: QDialog) -> None:
        self._open[name] = dialog
        dialog.show()

    def open_timeline(self) -> TimelineWindow:
        from fieldnotes.ui.analysis.timeline_window import TimelineWindow

        shown = self._reuse("timeline")
        if isinstance(shown, TimelineWindow):
            return shown
        dialog = TimelineWindow(self._hub, self._settings, self._window)
        dialog.meeting_activated.connect(self._show_meeting)
        self._keep("timeline", dialog)
        return dialog

    def open_co_occurrence(self) -> CoOccurrenceWindow:
        from fieldnotes.ui.analysis.co_occurrence_window import CoOccurrenceWindow

        shown = self._reuse("co_occurrence")
        if isinstance(shown, CoOccurrenceWindow):
            return shown
        dialog = CoOccurrenceWindow(self._hub, self._settings, self._window)
        dialog.cell_activated.connect(self._window.show_codes_in_search)
        self._keep("co_occurrence", dialog)
        return dialog

    def _show_meeting(self, meeting_id: str) -> None:
        self._window.select_meeting(meeting_id)
        self._window.raise_()
        self._window.activateWindow()
