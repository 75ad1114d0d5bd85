"""Opens the analysis windows from the main window's Analysis menu.

MainWindow only creates this controller; each launcher lives here (CAC rounds too), and a
window that is already open is brought to the front rather than opened twice. Who speaks and Actions
are freed when closed (their charts hold whole scenes); the timeline and co-occurrence
windows only hide, and recount when shown again (see ``freshness.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QWidget

from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.window_view import WindowView

if TYPE_CHECKING:
    from fieldnotes.ui.analysis.actions_window import ActionsWindow
    from fieldnotes.ui.analysis.co_occurrence_window import CoOccurrenceWindow
    from fieldnotes.ui.analysis.timeline_window import TimelineWindow
    from fieldnotes.ui.analysis.voice_window import VoiceWindow


class AnalysisController(QObject):
    def __init__(
        self,
        window: QWidget,
        view: WindowView,
        hub: ProjectHub,
        settings: QSettings,
        undo_stack: QUndoStack,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._view = view
        self._hub = hub
        self._settings = settings
        self._undo_stack = undo_stack
        self._open: dict[str, QWidget] = {}

    def _reuse(self, key: str) -> QWidget | None:
        widget = self._open.get(key)
        if widget is None:
            return None
        widget.show()
        widget.raise_()
        widget.activateWindow()
        return widget

    def _show(self, key: str, widget: QWidget, *, free_on_close: bool) -> None:
        if free_on_close:
            widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            widget.destroyed.connect(lambda _obj=None, k=key: self._open.pop(k, None))
        self._open[key] = widget
        widget.show()
        widget.activateWindow()

    # -- CAC rounds ------------------------------------------------------------------

    def open_cac_rounds(self) -> QDialog:
        from fieldnotes.ui.cac.dialog import CacRoundsDialog

        dialog = CacRoundsDialog(self._hub, self._undo_stack, self._window, self._settings)
        dialog.show()
        return dialog

    # -- who speaks ------------------------------------------------------------------

    def open_voice(self) -> VoiceWindow:
        from fieldnotes.ui.analysis.voice_window import VoiceWindow

        existing = self._reuse("voice")
        if isinstance(existing, VoiceWindow):
            return existing
        window = VoiceWindow(self._hub, self._settings, self._window)
        self._show("voice", window, free_on_close=True)
        return window

    # -- actions ---------------------------------------------------------------------

    def open_actions(self) -> ActionsWindow:
        from fieldnotes.ui.analysis.actions_window import ActionsWindow

        existing = self._reuse("actions")
        if isinstance(existing, ActionsWindow):
            return existing
        window = ActionsWindow(
            self._hub, self._settings, self._undo_stack, self.show_observation, self._window
        )
        self._show("actions", window, free_on_close=True)
        return window

    def show_observation(self, meeting_id: str, observation_id: str) -> None:
        """Bring up an observation of any meeting in the main window."""
        self._view.select_meeting(meeting_id)
        self._view.show_observation(observation_id)

    # -- study timeline --------------------------------------------------------------

    def open_timeline(self) -> TimelineWindow:
        from fieldnotes.ui.analysis.timeline_window import TimelineWindow

        existing = self._reuse("timeline")
        if isinstance(existing, TimelineWindow):
            return existing
        dialog = TimelineWindow(self._hub, self._settings, self._window)
        dialog.meeting_activated.connect(self._show_meeting)
        self._show("timeline", dialog, free_on_close=False)
        return dialog

    def _show_meeting(self, meeting_id: str) -> None:
        self._view.select_meeting(meeting_id)
        self._window.raise_()
        self._window.activateWindow()

    # -- code co-occurrence ----------------------------------------------------------

    def open_co_occurrence(self) -> CoOccurrenceWindow:
        from fieldnotes.ui.analysis.co_occurrence_window import CoOccurrenceWindow

        existing = self._reuse("co_occurrence")
        if isinstance(existing, CoOccurrenceWindow):
            return existing
        dialog = CoOccurrenceWindow(self._hub, self._settings, self._window)
        dialog.cell_activated.connect(self._view.show_codes_in_search)
        self._show("co_occurrence", dialog, free_on_close=False)
        return dialog
