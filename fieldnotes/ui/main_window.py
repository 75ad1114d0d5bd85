"""The capture window: meetings | the meeting's observation stream and editor | codebook."""

from __future__ import annotations

import hashlib
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QInputDialog,
    QLabel,
    QListView,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from fieldnotes import __version__
from fieldnotes.ui.analysis.controller import AnalysisController
from fieldnotes.ui.capture import CaptureController
from fieldnotes.ui.commands.project_items import AddMeeting, DeleteMeeting, EditMeeting
from fieldnotes.ui.error_text import error_text
from fieldnotes.ui.exchange.controller import ExchangeController
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.labels import label
from fieldnotes.ui.meeting_panels import MeetingPanels
from fieldnotes.ui.models.code_tree import CodeTreeModel
from fieldnotes.ui.models.meetings import MeetingListModel
from fieldnotes.ui.models.observations import ObservationListModel
from fieldnotes.ui.models.roles import ID_ROLE
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

    def __init__(self, hub: ProjectHub, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self._settings = settings
        self.setObjectName("MainWindow")
        self.undo_stack = QUndoStack(self)
        self.guard = guard_for(hub, self.undo_stack, self)
        self._build_views()
        self.capture = CaptureController(
            hub,
            self.undo_stack,
            self,
            self.current_meeting_id,
            self.current_observation_id,
            self.show_observation,
        )
        self.panels = MeetingPanels(self, settings)  # who has been heard; open actions
        self.exchange = ExchangeController(
            self, hub, settings, self.undo_stack, before_work=self.editor.flush
        )
        self.analysis = AnalysisController(self, hub, settings, self.undo_stack)
        self.actions_ = WindowActions(self)
        self.shortcuts_first = ShortcutsFirst(self)  # Ctrl+E works from the search box too
        self._saved_label = QLabel(self)
        self.statusBar().addPermanentWidget(self._saved_label)
        hub.saved.connect(self._on_saved)
        hub.study_changed.connect(self._update_title)
        hub.meetings_changed.connect(self._after_meetings_changed)
        hub.observation_changed.connect(self._on_observation_changed)
        self.observations_model.modelReset.connect(self._after_stream_reset)
        self._update_title()
        self._restore_state()

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
        self.meeting_list.doubleClicked.connect(lambda _index: self.edit_meeting())

        self.observations_model = ObservationListModel(hub, self)
        self.stream = QListView(self)
        self.stream.setObjectName("observationStream")
        self.stream.setAccessibleName(self.tr("Observations"))
        self.stream.setModel(self.observations_model)
        self.stream.setItemDelegate(ObservationDelegate(hub, self.stream))
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
        install_code_text(self.code_tree, max_lines=2)  # CAC items 14-18 begin alike
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
        self.banners = WindowBanners(hub, self.guard, self.save_copy, self)
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

    # -- meetings --------------------------------------------------------------------

    # Dialogs are imported when first opened: fewer Qt types to load before the window shows.

    def new_meeting(self) -> None:
        from fieldnotes.ui.dialogs.meeting_dialog import MeetingDialog, new_meeting_now

        self.editor.flush()
        meeting = new_meeting_now()
        dialog = MeetingDialog(self.hub, self.undo_stack, meeting, is_new=True, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            meeting = dialog.meeting()
            self.undo_stack.push(AddMeeting(self.hub, meeting))
            self.select_meeting(meeting.id)
            self.stream.setFocus()

    def edit_meeting(self) -> None:
        from fieldnotes.ui.dialogs.meeting_dialog import MeetingDialog

        meeting_id = self.current_meeting_id()
        old = self.hub.project.meetings.get(meeting_id) if meeting_id else None
        if old is None or self.hub.read_only:
            return
        dialog = MeetingDialog(self.hub, self.undo_stack, old, is_new=False, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.meeting() != old:
            self.undo_stack.push(EditMeeting(self.hub, old, dialog.meeting()))

    def delete_meeting(self) -> None:
        meeting_id = self.current_meeting_id()
        meeting = self.hub.project.meetings.get(meeting_id) if meeting_id else None
        if meeting is None:
            return
        count = self.hub.project.observations.count(meeting.id)
        answer = QMessageBox.question(
            self,
            self.tr("Delete meeting"),
            self.tr(
                "Delete “{title}” and its {count} observations? You can undo this with Ctrl+Z."
            ).format(title=meeting.title, count=count),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.editor.load(None)
            self.undo_stack.push(DeleteMeeting(self.hub, meeting.id))

    def open_codebook(self) -> QDialog:
        from fieldnotes.ui.codebook.dialog import CodebookDialog

        dialog = CodebookDialog(self.hub, self.undo_stack, self, self._settings)
        dialog.show_code_requested.connect(self.show_code_in_search)
        dialog.matrix_requested.connect(self.open_matrix)
        dialog.show()
        return dialog

    def open_matrix(self) -> QDialog:
        from fieldnotes.ui.codebook.matrix import MatrixDialog

        dialog = MatrixDialog(self.hub, self)
        dialog.cell_activated.connect(self.show_code_meeting_in_search)
        dialog.show()
        return dialog

    def open_cac_rounds(self) -> QDialog:
        from fieldnotes.ui.cac.dialog import CacRoundsDialog

        dialog = CacRoundsDialog(self.hub, self.undo_stack, self, self._settings)
        dialog.show()
        return dialog

    def show_code_in_search(self, code_id: str) -> None:
        self.left_tabs.setCurrentWidget(self.search_panel)
        self.search_panel.show_code(code_id)

    def show_code_meeting_in_search(self, code_id: str, meeting_id: str) -> None:
        self.left_tabs.setCurrentWidget(self.search_panel)
        self.search_panel.show_code(code_id, meeting_id)

    def show_codes_in_search(self, code_ids: list[str]) -> None:
        """The observations carrying every one of these codes (a co-occurrence cell)."""
        self.left_tabs.setCurrentWidget(self.search_panel)
        self.search_panel.show_codes(code_ids)

    def export_member_check(self) -> QDialog:
        from fieldnotes.ui.member_check.export_dialog import MemberCheckDialog

        self.editor.flush()
        dialog = MemberCheckDialog(self.hub, self, self._settings)
        dialog.show()
        return dialog

    def import_feedback(
        self, path: Path | None = None, participant: str | None = None
    ) -> str | None:
        """Read a returned member-check document; returns the summary shown to the user."""
        from fieldnotes.errors import FieldnotesError
        from fieldnotes.imports.feedback_docx import import_feedback
        from fieldnotes.ui.commands.feedback import FeedbackSummaryText, ImportedFeedback
        from fieldnotes.ui.file_places import ask_open_path

        if path is None:
            title, documents = (
                self.tr("Import member-check feedback"),
                self.tr("Word documents (*.docx)"),
            )
            path = ask_open_path(self, self._settings, "feedback", title, documents)
            if path is None:
                return None
            people = self.hub.project.participants.all()
            labels = [self.tr("(not said)")] + [p.pseudonym for p in people]
            chosen, ok = QInputDialog.getItem(
                self,
                self.tr("Import member-check feedback"),
                self.tr("Who returned it?"),
                labels,
                0,
                False,
            )
            if not ok:
                return None
            participant = people[labels.index(chosen) - 1].id if labels.index(chosen) > 0 else None
        try:
            summary = import_feedback(self.hub.project, path, participant)
        except FieldnotesError as exc:
            QMessageBox.critical(self, self.tr("Import member-check feedback"), error_text(exc))
            return None
        for observation_id in summary.observations:
            self.hub.observation_changed.emit(observation_id)
        if summary.added:
            self.undo_stack.push(ImportedFeedback(self.hub, summary, path.name))
        lines = FeedbackSummaryText(self).lines(summary)
        self.statusBar().showMessage(" ".join(lines), 10_000)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Import member-check feedback"),
            "\n".join(lines),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not blocking: the answers are already in, and Ctrl+Z takes them out
        return "\n".join(lines)

    def open_preferences(self) -> QDialog:
        from fieldnotes.ui.dialogs.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.hub, self._settings, self)
        dialog.open()
        return dialog

    def manage_participants(self) -> None:
        from fieldnotes.ui.dialogs.participants_manager import ParticipantsManager

        ParticipantsManager(self.hub, self.undo_stack, self).exec()
        self._update_meeting_heading()

    # -- observations ----------------------------------------------------------------

    def new_observation(self) -> None:
        self.editor.flush()
        if self.current_meeting_id() is None:
            self.new_meeting()
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
        self.setWindowTitle(self.tr("{title} — fieldnotes").format(title=study.title))
        self.setWindowFilePath(str(self.hub.project.path))

    def show_shortcuts(self) -> None:
        from fieldnotes.ui.dialogs.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self.actions_.all(), self).exec()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About fieldnotes"),
            self.tr(
                "fieldnotes {version}\nField notes for participatory action research.\n\n"
                "Project file: {path}"
            ).format(version=__version__, path=self.hub.project.path),
        )

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

    def save_copy(self, destination: Path | None = None) -> Path | None:
        """Write the whole project to a new file and open that (a read-only way out)."""
        from fieldnotes.ui.save_copy import save_copy_as

        self.editor.flush()
        copy = save_copy_as(self, self.hub.project, destination, settings=self._settings)
        if copy is not None:
            self.guard.hand_over(copy)  # unsaved text goes with the copy, offered when it opens
            self.copy_saved.emit(str(copy))
        return copy

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
