"""The capture window: meetings | the meeting's observation stream and editor | codebook.

The window builds its views and wires them together; what the menus launch lives in
controllers (capture, meetings, member check, codebook, analysis, exchange, the small
dialogs, save a copy), which reach the window through ``WindowView``.

Opening is in two steps so that the meetings and the selected meeting's stream show as
soon as possible: what the first paint can do without (the share-of-voice tally) is
built just after it (``finish_start``), in a place already sized for it.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from fieldnotes.ui.analysis.controller import AnalysisController
from fieldnotes.ui.capture import CaptureController
from fieldnotes.ui.codebook.controller import CodebookController
from fieldnotes.ui.exchange.controller import ExchangeController
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.labels import label
from fieldnotes.ui.meeting_panels import MeetingPanels
from fieldnotes.ui.meetings_controller import MeetingsController
from fieldnotes.ui.member_check.controller import MemberCheckController
from fieldnotes.ui.models.code_tree import CodeTreeModel
from fieldnotes.ui.models.meetings import MeetingListModel
from fieldnotes.ui.models.observations import ObservationListModel
from fieldnotes.ui.models.roles import ID_ROLE
from fieldnotes.ui.recent_projects import RecentProjects
from fieldnotes.ui.save_copy import CopyController
from fieldnotes.ui.study_dialogs import StudyDialogs
from fieldnotes.ui.widgets.code_text import install_code_text
from fieldnotes.ui.widgets.observation_delegate import ObservationDelegate
from fieldnotes.ui.widgets.observation_editor import ObservationEditor
from fieldnotes.ui.widgets.window_shortcuts import ShortcutsFirst
from fieldnotes.ui.window_actions import WindowActions
from fieldnotes.ui.window_banners import WindowBanners
from fieldnotes.ui.write_guard import guard_for

if TYPE_CHECKING:
    from fieldnotes.ui.search.panel import SearchPanel


class MainWindow(QMainWindow):
    open_project_requested = Signal(str)  # path
    new_project_requested = Signal()
    choose_project_requested = Signal()
    example_project_requested = Signal()
    encrypt_requested = Signal()
    change_passphrase_requested = Signal()
    restore_backup_requested = Signal()
    copy_saved = Signal(str)  # a full copy of this project: open it (same passphrase)
    first_painted = Signal()  # the window has been painted once (its stream included)
    started = Signal()  # ... and what comes after the first paint is built too

    # Made in _build_views; declared here because the controllers see the window first.
    editor: ObservationEditor
    observations_model: ObservationListModel
    stream: QListView

    def __init__(self, hub: ProjectHub, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self._settings = settings
        self.setObjectName("MainWindow")
        self.undo_stack = QUndoStack(self)
        self.guard = guard_for(hub, self.undo_stack, self)
        self.copies = CopyController(hub, self.guard, self, self, settings)
        self.copies.copy_saved.connect(self.copy_saved)
        self._build_views()
        self.capture = CaptureController(
            hub,
            self.undo_stack,
            self,
            self.current_meeting_id,
            self.current_observation_id,
            self.show_observation,
        )
        self.panels = MeetingPanels(self, self, settings)  # who has been heard; open actions
        self.meetings = MeetingsController(hub, self.undo_stack, self, self, settings)
        self.member_check = MemberCheckController(hub, self.undo_stack, self, self, settings)
        self.codebook = CodebookController(hub, self.undo_stack, self, self, settings)
        self.exchange = ExchangeController(
            self, hub, settings, self.undo_stack, before_work=self.editor.flush
        )
        self.analysis = AnalysisController(self, self, hub, settings, self.undo_stack)
        self.dialogs = StudyDialogs(hub, self.undo_stack, settings, self, self._all_actions)
        self.actions_ = WindowActions(self, self, RecentProjects(settings))
        self.shortcuts_first = ShortcutsFirst(self)  # Ctrl+E works from the search box too
        self._saved_label = QLabel(self)
        self.statusBar().addPermanentWidget(self._saved_label)
        hub.saved.connect(self._on_saved)
        hub.study_changed.connect(self._update_title)
        hub.meetings_changed.connect(self._after_meetings_changed)
        hub.participants_changed.connect(self._update_meeting_heading)  # attendees' names
        hub.observation_changed.connect(self._on_observation_changed)
        self.observations_model.modelReset.connect(self._after_stream_reset)
        self._update_title()
        self._restore_state()
        # The first paint waits only for the cards within a screenful of the first screen
        # (the window is never taller than the screen) and near the current one; the rest
        # are measured just after it (``finish_start``).
        reach = 2 * (self.screen().availableGeometry().height() if self.screen() else 1200)
        self.stream_delegate.estimate_beyond(reach, self.stream.currentIndex().row())
        self._started = False
        self.stream.viewport().installEventFilter(self)  # waits for the first paint

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self.stream.viewport():
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self.finish_start)  # after this paint has finished
        return super().eventFilter(watched, event)

    def finish_start(self) -> None:
        """Build what the first paint did without; once (later calls do nothing)."""
        if self._started:
            return
        self._started = True
        self.stream.viewport().removeEventFilter(self)
        self.first_painted.emit()
        self._measure_all_cards()
        self.panels.build_tally()
        self.started.emit()

    def _measure_all_cards(self) -> None:
        """Lay the stream out with every card measured, the same card at the top."""
        if not self.stream_delegate.measure_all():
            return
        viewport = self.stream.viewport()
        top = self.stream.indexAt(viewport.rect().topLeft())  # the model does not change
        offset = self.stream.visualRect(top).top() if top.isValid() else 0
        self.stream.doItemsLayout()
        if top.isValid():
            bar = self.stream.verticalScrollBar()
            bar.setValue(bar.value() + self.stream.visualRect(top).top() - offset)

    @property
    def is_started(self) -> bool:
        return self._started

    # -- layout ----------------------------------------------------------------------

    def _build_views(self) -> None:
        hub = self.hub
        self.meetings_model = MeetingListModel(hub, self)
        self.meeting_list = QListView(self)
        self.meeting_list.setObjectName("meetingList")
        self.meeting_list.setAccessibleName(self.tr("Meetings"))
        self.meeting_list.setModel(self.meetings_model)
        self.meeting_list.setSpacing(3)
        self.meeting_list.setUniformItemSizes(True)  # two lines each; 500 meetings lay out at once
        self.meeting_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.meeting_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.meeting_list.selectionModel().currentChanged.connect(self._on_meeting_current)
        self.meeting_list.doubleClicked.connect(lambda _index: self.meetings.edit_meeting())

        self.observations_model = ObservationListModel(hub, self)
        self.stream = QListView(self)
        self.stream.setObjectName("observationStream")
        self.stream.setAccessibleName(self.tr("Observations"))
        self.stream.setModel(self.observations_model)
        self.stream_delegate: ObservationDelegate = ObservationDelegate(hub, self.stream)
        self.stream.setItemDelegate(self.stream_delegate)
        self.stream.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.stream.setResizeMode(QListView.ResizeMode.Adjust)
        self.stream.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A scroll bar that comes and goes would change the width the cards were measured for.
        self.stream.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.stream.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.stream.setUniformItemSizes(False)
        self.stream.selectionModel().currentChanged.connect(self._on_observation_current)
        self.stream.activated.connect(lambda _index: self.editor.focus_text())

        self.editor = ObservationEditor(hub, self.undo_stack, self.guard, self)
        self.editor.undo_requested.connect(self.undo_stack.undo)
        self.editor.redo_requested.connect(self.undo_stack.redo)
        self.meeting_heading = QLabel(self)
        self.meeting_heading.setObjectName("meetingHeading")
        self.meeting_heading.setWordWrap(True)

        self.code_model = CodeTreeModel(hub, self)
        self.code_tree = QTreeView(self)
        self.code_tree.setObjectName("codeTree")
        self.code_tree.setAccessibleName(self.tr("Codebook"))
        self.code_tree.setModel(self.code_model)
        install_code_text(self.code_tree, max_lines=3)  # items begin alike (14-18; 10-12 in Dutch)
        self.code_tree.setHeaderHidden(True)
        self.code_tree.setWordWrap(True)
        self.code_model.modelReset.connect(self._expand_code_tree)
        self.code_model.toggle_requested.connect(lambda code_id: self.capture.toggle_code(code_id))
        self._expand_code_tree()

        center = QWidget(self)
        center_layout = QVBoxLayout(center)
        center_layout.setContentsMargins(0, 0, 0, 0)
        center_layout.addWidget(self.meeting_heading)
        self.center_splitter = QSplitter(Qt.Orientation.Vertical, center)
        self.center_splitter.setObjectName("centerSplitter")
        self.center_splitter.addWidget(self.stream)
        self.center_splitter.addWidget(self.editor)
        self.center_splitter.setStretchFactor(0, 3)
        self.center_splitter.setStretchFactor(1, 1)
        center_layout.addWidget(self.center_splitter)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self._search_panel: SearchPanel | None = None
        self.left_tabs = QTabWidget(self)
        self.left_tabs.setObjectName("leftTabs")
        self.left_tabs.addTab(self.meeting_list, self.tr("Meetings"))
        self.left_tabs.addTab(QWidget(self), self.tr("Search"))  # built when first opened
        self.left_tabs.currentChanged.connect(self._on_left_tab)
        self.code_tree.doubleClicked.connect(self._search_code)
        self.splitter.addWidget(self.left_tabs)
        self.splitter.addWidget(center)
        self.splitter.addWidget(self.code_tree)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 720, 300])
        self.banners = WindowBanners(
            hub,
            self.guard,
            self.copies.save_copy,
            self,
            start_study=self.new_project_requested.emit,
        )
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.banners)
        body_layout.addWidget(self.splitter, 1)
        self.setCentralWidget(body)

    def _expand_code_tree(self) -> None:
        self.code_tree.expandToDepth(0)

    # -- current meeting and observation ---------------------------------------------

    def current_meeting_id(self) -> str | None:
        return self.observations_model.meeting_id

    def current_observation_id(self) -> str | None:
        return self.editor.observation_id

    def flush_text(self) -> None:
        self.editor.flush()

    def leave_observation(self) -> None:
        self.editor.load(None)

    def focus_stream(self) -> None:
        self.stream.setFocus()

    def show_status(self, text: str, timeout_ms: int = 0) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def select_meeting(self, meeting_id: str | None) -> None:
        row = self.meetings_model.row_of(meeting_id) if meeting_id else -1
        if row < 0 and self.meetings_model.rowCount() > 0:
            row = 0
        if row >= 0:
            self.meeting_list.setCurrentIndex(self.meetings_model.index(row, 0))
        else:
            self._show_meeting(None)

    def focus_meetings(self) -> None:
        self.left_tabs.setCurrentWidget(self.meeting_list)
        self.meeting_list.setFocus()

    @property
    def search_panel(self) -> SearchPanel:
        """The search panel, created the first time it is needed (keeps start-up light)."""
        if self._search_panel is None:
            from fieldnotes.ui.search.panel import SearchPanel

            panel = SearchPanel(self.hub, self)
            panel.hit_activated.connect(self.jump_to)
            self._search_panel = panel
            self.left_tabs.blockSignals(True)
            self.left_tabs.removeTab(1)
            self.left_tabs.insertTab(1, panel, self.tr("Search"))
            self.left_tabs.blockSignals(False)
        return self._search_panel

    def _on_left_tab(self, index: int) -> None:
        if index == 1 and self._search_panel is None:
            self.left_tabs.setCurrentWidget(self.search_panel)

    def open_search(self) -> None:
        self.left_tabs.setCurrentWidget(self.search_panel)
        self.search_panel.focus_query()

    def jump_to(self, meeting_id: str, observation_id: str) -> None:
        """Show a search hit: its meeting, then the observation itself, ready to edit."""
        self.editor.flush()
        self.select_meeting(meeting_id)
        self.show_observation(observation_id)

    def _search_code(self, index: QModelIndex) -> None:
        code_id = index.data(ID_ROLE)
        if code_id:
            self.show_code_in_search(code_id)

    def show_code_in_search(self, code_id: str, meeting_id: str | None = None) -> None:
        self.left_tabs.setCurrentWidget(self.search_panel)
        self.search_panel.show_code(code_id, meeting_id)

    def show_codes_in_search(self, code_ids: list[str]) -> None:
        """The observations carrying every one of these codes (a co-occurrence cell)."""
        self.left_tabs.setCurrentWidget(self.search_panel)
        self.search_panel.show_codes(code_ids)

    def show_observation(self, observation_id: str) -> None:
        """Select the observation in the stream, load it and put the cursor in its text."""
        row = self.observations_model.row_of(observation_id)
        if row < 0:
            return
        index = self.observations_model.index(row, 0)
        self.stream.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.stream.scrollTo(index)
        self.editor.focus_text()

    def _on_meeting_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_meeting(current.data(ID_ROLE) if current.isValid() else None)

    def _show_meeting(self, meeting_id: str | None) -> None:
        if meeting_id == self.observations_model.meeting_id:
            return
        self.editor.load(None)
        self.observations_model.set_meeting(meeting_id)
        self._update_meeting_heading()
        if meeting_id:
            self._settings.setValue(self._last_meeting_key(), meeting_id)

    def _update_meeting_heading(self) -> None:
        meeting_id = self.observations_model.meeting_id
        meeting = self.hub.project.meetings.get(meeting_id) if meeting_id else None
        if meeting is None:
            self.meeting_heading.setText(
                self.tr("No meeting yet. Press Ctrl+Shift+N to create one.")
            )
            return
        names = self.hub.pseudonyms()
        people = ", ".join(names.get(pid, pid) for pid in meeting.attendees)
        when = " ".join(
            x for x in (meeting.date, meeting.start and f"{meeting.start}–{meeting.end or ''}") if x
        )
        self.meeting_heading.setText(
            f"<b>{_html(meeting.title)}</b> · {_html(label(meeting.kind))} · {_html(when)}"
            + (f"<br><small>{_html(people)}</small>" if people else "")
        )
        count = self.observations_model.rowCount()
        self.statusBar().showMessage(self.tr("%n observation(s) in this meeting", "", count))

    def _on_observation_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        observation = (
            self.observations_model.observation(current.row()) if current.isValid() else None
        )
        if observation is None or observation.id != self.editor.observation_id:
            self.editor.load(observation)
        self.code_model.set_current_codes(observation.codes if observation else None)

    def _after_stream_reset(self) -> None:
        """Keep the observation being edited selected when its meeting's list reloads."""
        current = self.editor.observation_id
        row = self.observations_model.row_of(current) if current else -1
        if row >= 0:
            index = self.observations_model.index(row, 0)
            self.stream.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        else:
            self.editor.load(None)
            self.code_model.set_current_codes(None)
        self._update_meeting_heading()

    def _on_observation_changed(self, observation_id: str) -> None:
        if observation_id == self.editor.observation_id:
            observation = self.hub.project.observations.get(observation_id)
            self.code_model.set_current_codes(observation.codes if observation else None)

    def _after_meetings_changed(self) -> None:
        self.select_meeting(self.observations_model.meeting_id)
        self._update_meeting_heading()

    # -- observations ----------------------------------------------------------------

    def new_observation(self) -> None:
        self.editor.flush()
        if self.current_meeting_id() is None:
            self.meetings.new_meeting()
        self.capture.new_observation()

    def finish_and_next(self) -> None:
        self.editor.flush()
        current = self.current_observation_id()
        observation = self.hub.project.observations.get(current) if current else None
        if observation is not None and not observation.text.strip():
            self.editor.focus_text()  # nothing written yet: stay here instead of piling up blanks
            return
        self.capture.new_observation()

    # -- window ----------------------------------------------------------------------

    def _on_saved(self) -> None:
        self._saved_label.setText(
            self.tr("Saved {time}").format(time=datetime.now().strftime("%H:%M:%S"))
        )

    def _update_title(self) -> None:
        study = self.hub.project.study.get()
        if self.hub.project.settings.is_example:
            title = self.tr("{title} — example study, not your notes — fieldnotes")
        else:
            title = self.tr("{title} — fieldnotes")
        self.setWindowTitle(title.format(title=study.title))
        self.setWindowFilePath(str(self.hub.project.path))

    def _all_actions(self) -> list[QAction]:
        return self.actions_.all()

    def _last_meeting_key(self) -> str:
        digest = hashlib.sha1(str(self.hub.project.path.resolve()).encode()).hexdigest()[:16]
        return f"last_meeting/{digest}"

    def _restore_state(self) -> None:
        geometry = self._settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        for key, splitter in (
            ("main_window/splitter", self.splitter),
            ("main_window/center_splitter", self.center_splitter),
        ):
            state = self._settings.value(key)
            if state is not None:
                splitter.restoreState(state)
        self.select_meeting(self._settings.value(self._last_meeting_key()))

    def save_state(self) -> None:
        self.editor.flush()
        self._settings.setValue("main_window/geometry", self.saveGeometry())
        self._settings.setValue("main_window/splitter", self.splitter.saveState())
        self._settings.setValue("main_window/center_splitter", self.center_splitter.saveState())
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        if not self.guard.may_close(self):
            event.ignore()
            return
        self.guard.close()
        if self._search_panel is not None:  # its connections would hold the file open
            self._search_panel.runner.close()
        self.exchange.close()
        super().closeEvent(event)


def _html(text: str | None) -> str:
    from html import escape

    return escape(text or "")
