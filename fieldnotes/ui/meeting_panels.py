"""Puts the share-of-voice tally and the earlier meetings' open actions into the capture window.

Kept out of the window's own layout code: it builds the two panels, places them (the
tally under the meeting list, open actions over the stream) and remembers whether the
tally is shown. The tally is built after the window's first paint (``build_tally``), in a
placeholder that already holds its place and restored size, so the window opens sooner
and nothing moves when it arrives; asking for ``tally`` earlier builds it at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QSplitter, QTabWidget, QVBoxLayout, QWidget

from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.models.observations import ObservationListModel
from fieldnotes.ui.open_actions import OpenActionsPanel

if TYPE_CHECKING:
    from fieldnotes.ui.voice_tally import VoiceTally

TALLY_KEY = "main_window/voice_tally"
LEFT_KEY = "main_window/left_splitter"


class PanelPlaces(Protocol):
    """The parts of the capture window the panels go into (MainWindow has them)."""

    hub: ProjectHub
    undo_stack: QUndoStack
    observations_model: ObservationListModel
    splitter: QSplitter
    left_tabs: QTabWidget
    center_splitter: QSplitter

    def jump_to(self, meeting_id: str, observation_id: str) -> None: ...


class MeetingPanels(QObject):
    def __init__(self, window: QWidget, places: PanelPlaces, settings: QSettings) -> None:
        super().__init__(window)
        self._settings = settings
        self._window = window
        self._hub, self._stream = places.hub, places.observations_model
        self._tally: VoiceTally | None = None
        self.open_actions = OpenActionsPanel(places.hub, places.undo_stack, self._stream, window)
        self.open_actions.jump_requested.connect(places.jump_to)

        self.left_splitter = QSplitter(Qt.Orientation.Vertical, window)
        self.left_splitter.setObjectName("leftSplitter")
        places.splitter.replaceWidget(0, self.left_splitter)
        self.left_splitter.addWidget(places.left_tabs)
        self._tally_place = QWidget(self.left_splitter)  # the tally's until it is built
        self._tally_place.setObjectName("voiceTallyPlace")
        self.left_splitter.addWidget(self._tally_place)
        self.left_splitter.setStretchFactor(0, 3)
        self.left_splitter.setStretchFactor(1, 1)
        state = settings.value(LEFT_KEY)
        if state is not None:
            self.left_splitter.restoreState(state)
        else:  # the placeholder has no size of its own: a quarter of the column, as the tally
            self.left_splitter.setSizes([300, 100])
        self.left_splitter.splitterMoved.connect(self._save_sizes)

        body = places.center_splitter.parentWidget()
        center = body.layout() if body is not None else None
        assert isinstance(center, QVBoxLayout)
        center.insertWidget(center.indexOf(places.center_splitter), self.open_actions)
        self._tally_place.setVisible(self.tally_shown())

    @property
    def tally(self) -> VoiceTally:
        """Who has been heard; built now if the window has not got to it yet."""
        return self.build_tally()

    @property
    def tally_built(self) -> bool:
        return self._tally is not None

    def build_tally(self) -> VoiceTally:
        """Put the tally in its place (same size, same visibility); once."""
        if self._tally is None:
            from fieldnotes.ui.voice_tally import VoiceTally

            tally = VoiceTally(self._hub, self._stream, self._window)
            sizes = self.left_splitter.sizes()
            self.left_splitter.replaceWidget(1, tally)  # takes over its geometry
            tally.setVisible(self.tally_shown())
            self.left_splitter.setSizes(sizes)  # and keeps it once its own size hint is known
            self._tally_place.deleteLater()
            self._tally = tally
        return self._tally

    def tally_shown(self) -> bool:
        return str(self._settings.value(TALLY_KEY, "true")).lower() == "true"

    def show_tally(self, shown: bool) -> None:
        """Show or hide the tally, and remember it for the next start."""
        self.tally.setVisible(shown)
        self._settings.setValue(TALLY_KEY, "true" if shown else "false")

    def _save_sizes(self) -> None:
        self._settings.setValue(LEFT_KEY, self.left_splitter.saveState())
