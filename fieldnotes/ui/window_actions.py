"""The main window's actions, shortcuts and menus, in one place.

Every action has a keyboard shortcut or a menu mnemonic; the shortcuts dialog and the
user guide list exactly these. The window is reached through ``ActionHost`` (its views
and controllers), never by importing ``main_window``, so the two modules do not form an
import cycle.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt, SignalInstance
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QListView, QMainWindow, QMenu, QTreeView

from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.recent_projects import RecentProjects

if TYPE_CHECKING:
    from fieldnotes.ui.analysis.controller import AnalysisController
    from fieldnotes.ui.capture import CaptureController
    from fieldnotes.ui.codebook.controller import CodebookController
    from fieldnotes.ui.exchange.controller import ExchangeController
    from fieldnotes.ui.meeting_panels import MeetingPanels
    from fieldnotes.ui.meetings_controller import MeetingsController
    from fieldnotes.ui.member_check.controller import MemberCheckController
    from fieldnotes.ui.save_copy import CopyController
    from fieldnotes.ui.study_dialogs import StudyDialogs
    from fieldnotes.ui.widgets.observation_editor import ObservationEditor


class ActionHost(Protocol):
    """What the menus trigger: the window's requests, views and controllers."""

    open_project_requested: SignalInstance
    new_project_requested: SignalInstance
    choose_project_requested: SignalInstance
    example_project_requested: SignalInstance
    encrypt_requested: SignalInstance
    change_passphrase_requested: SignalInstance
    restore_backup_requested: SignalInstance
    hub: ProjectHub
    undo_stack: QUndoStack
    editor: ObservationEditor
    stream: QListView
    code_tree: QTreeView
    capture: CaptureController
    meetings: MeetingsController
    member_check: MemberCheckController
    codebook: CodebookController
    analysis: AnalysisController
    exchange: ExchangeController
    dialogs: StudyDialogs
    copies: CopyController
    panels: MeetingPanels

    def new_observation(self) -> None: ...

    def finish_and_next(self) -> None: ...

    def open_search(self) -> None: ...

    def focus_meetings(self) -> None: ...


class WindowActions(QObject):
    def __init__(self, window: QMainWindow, host: ActionHost, recent: RecentProjects) -> None:
        super().__init__(window)
        self._window = window
        self._host = host
        self._recent = recent
        self._actions: list[QAction] = []
        self.editing: list[QAction] = []  # switched off in a read-only project
        w = host
        bar = window.menuBar()

        file_menu = bar.addMenu(self.tr("&File"))
        self._add(file_menu, self.tr("&New study…"), w.new_project_requested.emit, "Ctrl+Alt+N")
        self._add(
            file_menu,
            self.tr("&Open project…"),
            w.choose_project_requested.emit,
            QKeySequence.StandardKey.Open,
        )
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._add(
            file_menu, self.tr("Open the &example study"), w.example_project_requested.emit, None
        )
        self._add(file_menu, self.tr("Save a &copy as…"), w.copies.save_copy, None)
        file_menu.addSeparator()
        encrypted = w.hub.project.encrypted
        self.encrypt = self._add(
            file_menu, self.tr("En&crypt project…"), w.encrypt_requested.emit, None
        )
        self.encrypt.setEnabled(not encrypted and not w.hub.project.read_only)
        self.change_passphrase = self._add(
            file_menu, self.tr("Change &passphrase…"), w.change_passphrase_requested.emit, None
        )
        self.change_passphrase.setEnabled(encrypted and not w.hub.project.read_only)
        self._add(
            file_menu, self.tr("Restore from &backup…"), w.restore_backup_requested.emit, None
        )
        file_menu.addSeparator()
        self._add(
            file_menu,
            self.tr("E&xport member-check summary…"),
            w.member_check.export_member_check,
            "Ctrl+E",
        )
        self._add(
            file_menu,
            self.tr("&Import member-check feedback…"),
            w.member_check.import_feedback,
            "Ctrl+Shift+I",
            edits=True,
        )
        file_menu.addSeparator()
        exchange = w.exchange
        self._add(
            file_menu, self.tr("Export REFI-QDA &project (.qdpx)…"), exchange.export_qdpx, None
        )
        self._add(file_menu, self.tr("Export code&book (.qdc)…"), exchange.export_qdc, None)
        self._add(
            file_menu,
            self.tr("Import REFI-QDA pro&ject (.qdpx)…"),
            exchange.import_qdpx,
            None,
            edits=True,
        )
        self._add(
            file_menu, self.tr("Import codeboo&k (.qdc)…"), exchange.import_qdc, None, edits=True
        )
        self._add(
            file_menu,
            self.tr("&Merge a colleague's project…"),
            exchange.merge_project,
            None,
            edits=True,
        )
        file_menu.addSeparator()
        self._add(file_menu, self.tr("&Quit"), window.close, QKeySequence.StandardKey.Quit)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo = w.undo_stack.createUndoAction(window, self.tr("&Undo"))
        self.undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo.triggered.connect(w.editor.flush, Qt.ConnectionType.DirectConnection)
        self.redo = w.undo_stack.createRedoAction(window, self.tr("&Redo"))
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo, self.redo):
            edit_menu.addAction(action)
            window.addAction(action)
            self._actions.append(action)
        edit_menu.addSeparator()
        self._add(
            edit_menu,
            self.tr("&Participants…"),
            w.dialogs.manage_participants,
            "Ctrl+Shift+P",
            edits=True,
        )
        self._add(edit_menu, self.tr("Review merge &conflicts…"), w.exchange.review_conflicts, None)
        edit_menu.addSeparator()
        self._add(edit_menu, self.tr("P&references…"), w.dialogs.open_preferences, "Ctrl+,")

        meeting_menu = bar.addMenu(self.tr("&Meeting"))
        self._add(
            meeting_menu,
            self.tr("&New meeting…"),
            w.meetings.new_meeting,
            "Ctrl+Shift+N",
            edits=True,
        )
        self._add(
            meeting_menu,
            self.tr("&Edit meeting…"),
            w.meetings.edit_meeting,
            "Ctrl+Shift+E",
            edits=True,
        )
        self._add(
            meeting_menu, self.tr("&Delete meeting…"), w.meetings.delete_meeting, None, edits=True
        )

        obs_menu = bar.addMenu(self.tr("&Observation"))
        capture = w.capture
        self._add(obs_menu, self.tr("&New observation"), w.new_observation, "Ctrl+N", edits=True)
        self._add(
            obs_menu,
            self.tr("&Finish and start next"),
            w.finish_and_next,
            ["Ctrl+Return", "Ctrl+Enter"],
            edits=True,
        )
        self._add(
            obs_menu, self.tr("Edit &time"), w.editor.time_edit.setFocus, "Ctrl+Shift+T", edits=True
        )
        obs_menu.addSeparator()
        self._add(obs_menu, self.tr("&Tag…"), capture.open_tag_picker, "Ctrl+T", edits=True)
        dimensions = obs_menu.addMenu(self.tr("Toggle CAC &dimension"))
        for number, dimension in enumerate(w.hub.framework().dimensions, start=1):
            self._add(
                dimensions,
                dimension.name,
                partial(capture.toggle_dimension, number),
                f"Alt+{number}",
                edits=True,
            )
        self._add(obs_menu, self.tr("Add &quote…"), capture.add_quote, "Ctrl+'", edits=True)
        self._add(
            obs_menu,
            self.tr("Who &spoke or acted…"),
            capture.open_speaker_picker,
            "Ctrl+Shift+W",
            edits=True,
        )
        self._add(
            obs_menu,
            self.tr("Agreement or a&ction…"),
            capture.edit_action,
            "Ctrl+Shift+A",
            edits=True,
        )
        obs_menu.addSeparator()
        self._add(obs_menu, self.tr("Move &up"), partial(capture.move, -1), "Alt+Up", edits=True)
        self._add(obs_menu, self.tr("Move do&wn"), partial(capture.move, 1), "Alt+Down", edits=True)
        self._add(
            obs_menu,
            self.tr("&Delete observation"),
            capture.delete,
            "Ctrl+Shift+Backspace",
            edits=True,
        )

        analysis_menu = bar.addMenu(self.tr("&Analysis"))
        self._add(analysis_menu, self.tr("&Codebook…"), w.codebook.open_codebook, "Ctrl+Shift+K")
        self._add(
            analysis_menu, self.tr("Codes by &meeting…"), w.codebook.open_matrix, "Ctrl+Shift+M"
        )
        self._add(
            analysis_menu, self.tr("CAC &rounds…"), w.analysis.open_cac_rounds, "Ctrl+Shift+R"
        )
        analysis_menu.addSeparator()
        analysis = w.analysis
        self._add(analysis_menu, self.tr("Who &speaks…"), analysis.open_voice, "Ctrl+Shift+V")
        self._add(analysis_menu, self.tr("&Actions…"), analysis.open_actions, "Ctrl+Shift+L")
        self._add(
            analysis_menu, self.tr("Study &timeline…"), analysis.open_timeline, "Ctrl+Shift+Y"
        )
        self._add(
            analysis_menu,
            self.tr("Code co-&occurrence…"),
            analysis.open_co_occurrence,
            "Ctrl+Shift+O",
        )

        view_menu = bar.addMenu(self.tr("&View"))
        self._add(view_menu, self.tr("&Search…"), w.open_search, QKeySequence.StandardKey.Find)
        self._add(view_menu, self.tr("&Meetings"), w.focus_meetings, "Ctrl+1")
        self._add(view_menu, self.tr("&Observations"), w.stream.setFocus, "Ctrl+2")
        self._add(view_menu, self.tr("Observation &text"), w.editor.focus_text, "Ctrl+3")
        self._add(view_menu, self.tr("&Codebook"), w.code_tree.setFocus, "Ctrl+4")
        view_menu.addSeparator()
        panels = w.panels
        self.voice_tally = self._add(
            view_menu,
            self.tr("Who has been &heard (tally)"),
            lambda: panels.show_tally(self.voice_tally.isChecked()),
            None,
        )
        self.voice_tally.setCheckable(True)
        self.voice_tally.setChecked(panels.tally_shown())
        self._add(
            view_menu,
            self.tr("Open &actions from earlier meetings"),
            panels.open_actions.focus,
            None,
        )

        help_menu = bar.addMenu(self.tr("&Help"))
        self._add(
            help_menu, self.tr("&Keyboard shortcuts"), w.dialogs.show_shortcuts, ["F1", "Ctrl+/"]
        )
        self._add(help_menu, self.tr("&About fieldnotes"), w.dialogs.show_about, None)
        if w.hub.read_only:  # reading, searching and exporting stay; changing does not
            for action in self.editing:
                action.setEnabled(False)

    def _add(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[[], object],
        shortcut: str | list[str] | QKeySequence.StandardKey | None,
        *,
        edits: bool = False,
    ) -> QAction:
        action = QAction(text, self._window)
        if isinstance(shortcut, list):
            action.setShortcuts([QKeySequence(s) for s in shortcut])
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        self._window.addAction(action)
        self._actions.append(action)
        if edits:
            self.editing.append(action)
        return action

    def all(self) -> list[QAction]:
        return list(self._actions)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self._recent.paths()
        if not recent:
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)
        for path in recent:
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(partial(self._host.open_project_requested.emit, str(path)))
