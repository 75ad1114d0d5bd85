"""CAC questionnaire rounds: create rounds, enter or import answers, see and compare scores."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QSettings
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldnotes.domain.models import CacResponse, CacRound, new_id
from fieldnotes.errors import FieldnotesError
from fieldnotes.imports.cac_csv import merge_responses, read_cac_csv
from fieldnotes.ui.cac.chart import DimensionChart
from fieldnotes.ui.cac.models import AppendixModel, CompareModel, RoundListModel, ScoreGridModel
from fieldnotes.ui.charts.saving import ChartSaving
from fieldnotes.ui.commands.codebook import AddRound, DeleteRound, SetResponses
from fieldnotes.ui.error_text import error_text
from fieldnotes.ui.file_places import ask_open_path
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.models.roles import ID_ROLE


class NewRoundDialog(QDialog):
    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New CAC round"))
        self.label = QLineEdit(self.tr("Round {n}").format(n=count + 1), self)
        self.date = QDateEdit(QDate.currentDate(), self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        form = QFormLayout(self)
        form.addRow(self.tr("&Label:"), self.label)
        form.addRow(self.tr("&Date:"), self.date)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def cac_round(self) -> CacRound:
        label = self.label.text().strip() or self.tr("Round")
        return CacRound(new_id(), label, self.date.date().toString("yyyy-MM-dd"))


class CacRoundsDialog(QDialog):
    def __init__(
        self,
        hub: ProjectHub,
        stack: QUndoStack,
        parent: QWidget | None,
        settings: QSettings,  # never the user's global settings by default (tests, copies)
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("CAC questionnaire rounds"))
        self._hub = hub
        self._stack = stack
        self._settings = settings
        framework = hub.framework()
        self.rounds = RoundListModel(hub, self)
        self.round_list = QListView(self)
        self.round_list.setObjectName("roundList")
        self.round_list.setAccessibleName(self.tr("Rounds"))
        self.round_list.setModel(self.rounds)
        self.round_list.selectionModel().currentChanged.connect(lambda *_: self._show_round())
        self.rounds.modelReset.connect(self._after_rounds_reset)

        self.grid = ScoreGridModel(hub, framework, self)
        self.grid.responses_edited.connect(self._push_responses)
        self.grid.refused.connect(self._refuse)
        self.grid_view = QTableView(self)
        self.grid_view.setObjectName("scoreGrid")
        self.grid_view.setAccessibleName(self.tr("Scores per item and respondent"))
        self.grid_view.setModel(self.grid)
        # Item headers are two lines (cut between words, in full as tooltip).
        self.grid_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.grid_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.grid_view.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.respondent = QComboBox(self)
        self.respondent.setAccessibleName(self.tr("Respondent to add"))
        add_respondent = QPushButton(self.tr("Add respondent"), self)
        add_respondent.clicked.connect(self.add_respondent)
        import_csv = QPushButton(self.tr("Import CSV…"), self)
        import_csv.clicked.connect(self._import_csv)
        self.message = QLabel(self)
        self.message.setObjectName("scoreMessage")
        self.message.setStyleSheet("color: #a33")
        grid_tab = QWidget(self)
        grid_layout = QVBoxLayout(grid_tab)
        row = QHBoxLayout()
        row.addWidget(self.respondent, 1)
        row.addWidget(add_respondent)
        row.addWidget(import_csv)
        grid_layout.addLayout(row)
        grid_layout.addWidget(self.grid_view, 1)
        grid_layout.addWidget(self.message)

        self.appendix = AppendixModel(framework, self)
        appendix_view = QTableView(self)
        appendix_view.setObjectName("scoreTable")
        appendix_view.setModel(self.appendix)
        appendix_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        appendix_view.verticalHeader().setVisible(False)

        self.compare = CompareModel(framework, self)
        compare_view = QTableView(self)
        compare_view.setObjectName("compareTable")
        compare_view.setModel(self.compare)
        compare_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        compare_view.setMinimumHeight(250)
        compare_view.setMaximumHeight(290)
        self.chart = DimensionChart(self)
        self.saving = ChartSaving(
            self,
            self._settings,
            "cac-rounds",
            picture=lambda: self.chart,
            numbers=self.chart.numbers,
        )
        save_row = QHBoxLayout()
        for action in (self.saving.save_picture_action, self.saving.save_numbers_action):
            button = QPushButton(action.text(), self)
            button.setToolTip(action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
            button.clicked.connect(action.trigger)
            save_row.addWidget(button)
        save_row.addStretch(1)
        compare_tab = QWidget(self)
        compare_layout = QVBoxLayout(compare_tab)
        compare_layout.addWidget(compare_view)
        compare_layout.addWidget(self.chart, 1)
        compare_layout.addLayout(save_row)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(grid_tab, self.tr("&Answers"))
        self.tabs.addTab(appendix_view, self.tr("&Scores"))
        self.tabs.addTab(compare_tab, self.tr("&Compare rounds"))

        new_round = QPushButton(self.tr("&New round…"), self)
        new_round.clicked.connect(self.new_round)
        delete_round = QPushButton(self.tr("&Delete round"), self)
        delete_round.clicked.connect(self._delete_round)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.round_list, 1)
        left_layout.addWidget(new_round)
        left_layout.addWidget(delete_round)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setSizes([220, 780])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.resize(1080, 700)
        hub.participants_changed.connect(self._fill_respondents)
        self._after_rounds_reset()

    # -- current round ---------------------------------------------------------------

    def current_round(self) -> CacRound | None:
        round_id = self.round_list.currentIndex().data(ID_ROLE)
        return self._hub.project.cac_rounds.get(round_id) if round_id else None

    def select_round(self, round_id: str) -> None:
        row = self.rounds.row_of(round_id)
        if row >= 0:
            self.round_list.setCurrentIndex(self.rounds.index(row, 0))

    def _after_rounds_reset(self) -> None:
        wanted = getattr(self, "_current_id", None)
        row = self.rounds.row_of(wanted) if wanted else -1
        if row < 0:
            row = self.rounds.rowCount() - 1
        if row >= 0:
            self.round_list.setCurrentIndex(self.rounds.index(row, 0))
        self._show_round()

    def _show_round(self) -> None:
        cac_round = self.current_round()
        self._current_id = cac_round.id if cac_round else None
        self.grid.set_responses(cac_round.responses if cac_round else [])
        self.appendix.set_round(cac_round)
        self.compare.set_rounds(self.rounds.rounds())
        self.chart.set_data(*self.compare.series())
        self._fill_respondents()

    def _fill_respondents(self) -> None:
        cac_round = self.current_round()
        answered = {r.respondent for r in cac_round.responses} if cac_round else set()
        self.respondent.clear()
        for participant in self._hub.project.participants.all():
            if participant.id not in answered:
                self.respondent.addItem(participant.pseudonym, participant.id)

    # -- edits -------------------------------------------------------------------------

    def new_round(self) -> CacRound | None:
        dialog = NewRoundDialog(self.rounds.rowCount(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        cac_round = dialog.cac_round()
        self._current_id = cac_round.id
        self._stack.push(AddRound(self._hub, cac_round))
        self.select_round(cac_round.id)
        return cac_round

    def _delete_round(self) -> None:
        cac_round = self.current_round()
        if cac_round is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete round"),
            self.tr("Delete “{label}” and its answers? You can undo this with Ctrl+Z.").format(
                label=cac_round.label
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._stack.push(DeleteRound(self._hub, cac_round.id))

    def add_respondent(self) -> None:
        cac_round = self.current_round()
        participant = self.respondent.currentData()
        if cac_round is None or participant is None:
            return
        new = [*cac_round.responses, CacResponse(participant, {})]
        self._push_responses(new, self.tr("Add respondent"))

    def _push_responses(self, responses: list[CacResponse], label: str) -> None:
        cac_round = self.current_round()
        if cac_round is None:
            return
        self.message.clear()
        self._stack.push(
            SetResponses(self._hub, cac_round.id, cac_round.responses, responses, label)
        )

    def _refuse(self, message: str) -> None:
        self.message.setText(message)

    def import_csv(self, path: Path) -> bool:
        cac_round = self.current_round()
        if cac_round is None:
            self.message.setText(self.tr("Create a round first."))
            return False
        try:
            incoming = read_cac_csv(path, self._hub.project.participants.all())
        except FieldnotesError as exc:
            self.message.setText(error_text(exc))
            return False
        label = self.tr("Import answers from {name}").format(name=path.name)
        self._push_responses(merge_responses(cac_round.responses, incoming), label)
        self.message.setText(self.tr("Imported answers of %n respondent(s).", "", len(incoming)))
        return True

    def _import_csv(self) -> None:
        path = ask_open_path(
            self, self._settings, "cac", self.tr("Import answers"), self.tr("CSV files (*.csv)")
        )
        if path is not None:
            self.import_csv(path)

    def save_chart(self, path: Path) -> bool:
        """Write the comparison chart (PNG, or SVG for a ``.svg`` name)."""
        return self.saving.write_picture(path)
