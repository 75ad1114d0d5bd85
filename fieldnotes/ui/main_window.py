"""The main window: meetings on the left, the selected meeting's observations on the right."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListView,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QWidget,
)

from fieldnotes import __version__
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.models.meetings import MeetingListModel
from fieldnotes.ui.models.observations import TEXT, ObservationTableModel
from fieldnotes.ui.models.roles import ID_ROLE


class MainWindow(QMainWindow):
    def __init__(self, hub: ProjectHub, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self._settings = settings
        self.setObjectName("MainWindow")
        self.meetings_model = MeetingListModel(hub, self)
        self.observations_model = ObservationTableModel(hub, self)

        self.meeting_list = QListView(self)
        self.meeting_list.setObjectName("meetingList")
        self.meeting_list.setAccessibleName(self.tr("Meetings"))
        self.meeting_list.setModel(self.meetings_model)
        self.meeting_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.meeting_list.setSpacing(3)
        self.meeting_list.selectionModel().selectionChanged.connect(self._on_meeting_selected)

        self.observation_table = QTableView(self)
        self.observation_table.setObjectName("observationTable")
        self.observation_table.setAccessibleName(self.tr("Observations"))
        self.observation_table.setModel(self.observations_model)
        self.observation_table.setWordWrap(True)
        self.observation_table.setAlternatingRowColors(True)
        self.observation_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.observation_table.verticalHeader().setVisible(False)
        header = self.observation_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 60)
        header.resizeSection(2, 170)
        header.resizeSection(3, 260)
        self.observations_model.modelReset.connect(self._fit_rows)
        header.sectionResized.connect(self._fit_rows)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.meeting_list)
        self.splitter.addWidget(self.observation_table)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([260, 900])
        self.setCentralWidget(self.splitter)

        self._status = QLabel(self)
        self.statusBar().addPermanentWidget(self._status)
        self._build_menus()
        hub.study_changed.connect(self._update_title)
        self._update_title()
        self._restore_state()
        self._select_first_meeting()

    def _fit_rows(self) -> None:
        self.observation_table.resizeRowsToContents()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = QAction(self.tr("&About fieldnotes"), self)
        about_action.triggered.connect(self._show_about)
        help_menu.addAction(about_action)

    def _update_title(self) -> None:
        study = self.hub.project.study.get()
        self.setWindowTitle(self.tr("{title} — fieldnotes").format(title=study.title))
        self._status.setText(str(self.hub.project.path))

    def _select_first_meeting(self) -> None:
        if self.meetings_model.rowCount() > 0:
            self.meeting_list.setCurrentIndex(self.meetings_model.index(0, 0))

    def _on_meeting_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        meeting_id = indexes[0].data(ID_ROLE) if indexes else None
        self.observations_model.set_meeting(meeting_id)
        count = self.observations_model.rowCount(QModelIndex())
        self.statusBar().showMessage(self.tr("%n observation(s)", "", count))

    def _show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About fieldnotes"),
            self.tr("fieldnotes {version}\nField notes for participatory action research.").format(
                version=__version__
            ),
        )

    def _restore_state(self) -> None:
        geometry = self._settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)
        splitter = self._settings.value("main_window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.setValue("main_window/geometry", self.saveGeometry())
        self._settings.setValue("main_window/splitter", self.splitter.saveState())
        super().closeEvent(event)
