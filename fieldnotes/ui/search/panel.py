"""The search panel: type to search, narrow with filters, jump to a hit, save searches."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fieldnotes.domain.models import new_id
from fieldnotes.domain.search import SavedSearch, SearchFilters, SearchHit
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.models.roles import OBJECT_ROLE
from fieldnotes.ui.search.filters import SearchFilterBox
from fieldnotes.ui.search.results import SearchHitDelegate, SearchResultModel
from fieldnotes.ui.search.runner import RESULT_LIMIT, SearchResult, SearchRunner

DEBOUNCE_MS = 25


class SearchPanel(QWidget):
    hit_activated = Signal(str, str)  # meeting id, observation id
    results_shown = Signal(str)  # the query whose results are now shown

    def __init__(self, hub: ProjectHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hub = hub
        self.runner = SearchRunner(hub.project, self)
        self.runner.finished.connect(self._show_result)
        self.runner.counted.connect(self._show_count)
        self.runner.failed.connect(self._show_failure)
        self._limit = RESULT_LIMIT
        self.query = QLineEdit(self)
        self.query.setObjectName("searchQuery")
        self.query.setAccessibleName(self.tr("Search"))
        self.query.setClearButtonEnabled(True)
        self.query.setPlaceholderText(self.tr('Search: words, "phrases", prefix*, AND/OR/NOT'))
        self.query.textChanged.connect(self.schedule)
        self.query.returnPressed.connect(self._activate_first)
        self.filters_button = QToolButton(self)
        self.filters_button.setText(self.tr("Filters"))
        self.filters_button.setCheckable(True)
        self.filters_button.setAccessibleName(self.tr("Show filters"))
        self.filter_box = SearchFilterBox(hub, self)
        self.filter_box.setVisible(False)
        self.filter_box.changed.connect(self.schedule)
        self.filters_button.toggled.connect(self.filter_box.setVisible)

        self.saved = QComboBox(self)
        self.saved.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.saved.setMinimumContentsLength(10)
        self.saved.setObjectName("savedSearches")
        self.saved.setAccessibleName(self.tr("Saved searches"))
        self.saved.activated.connect(self._apply_saved)
        save = QPushButton(self.tr("Save…"), self)
        save.setAccessibleName(self.tr("Save this search"))
        save.clicked.connect(self.save_current)
        forget = QPushButton(self.tr("Delete"), self)
        forget.setAccessibleName(self.tr("Delete the chosen saved search"))
        forget.clicked.connect(self._delete_saved)

        self.count = QLabel(self)
        self.count.setObjectName("searchCount")
        self.more = QPushButton(self.tr("Show more"), self)
        self.more.setObjectName("searchMore")
        self.more.setVisible(False)
        self.more.clicked.connect(self.show_more)
        self.model = SearchResultModel(self)
        self.results = QListView(self)
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setModel(self.model)
        self.results.setItemDelegate(SearchHitDelegate(hub, self.results))
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(True)
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.activated.connect(self._activate)
        self.results.doubleClicked.connect(self._activate)
        QShortcut(QKeySequence(Qt.Key.Key_Down), self.query).activated.connect(self._into_results)

        top = QHBoxLayout()
        top.addWidget(self.query, 1)
        top.addWidget(self.filters_button)
        saved_row = QHBoxLayout()
        saved_row.addWidget(self.saved, 1)
        saved_row.addWidget(save)
        saved_row.addWidget(forget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(top)
        layout.addWidget(self.filter_box)
        layout.addLayout(saved_row)
        count_row = QHBoxLayout()
        count_row.addWidget(self.count, 1)
        count_row.addWidget(self.more)
        layout.addLayout(count_row)
        layout.addWidget(self.results, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.run_now)
        self._reload_saved()
        for signal in (hub.observations_changed, hub.observation_changed, hub.meetings_changed):
            signal.connect(self._refresh_if_visible)

    # -- running -----------------------------------------------------------------------

    def focus_query(self) -> None:
        self.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query.selectAll()

    def show_code(self, code_id: str, meeting_id: str | None = None) -> None:
        """Everything tagged with one code (and its sub-codes), perhaps in one meeting."""
        self.show_codes([code_id], meeting_id)

    def show_codes(self, code_ids: list[str], meeting_id: str | None = None) -> None:
        """Everything tagged with all of these codes (each with its sub-codes) at once."""
        self.query.blockSignals(True)
        self.query.clear()
        self.query.blockSignals(False)
        codes = list(dict.fromkeys(code_ids))
        self.filter_box.set_filters(SearchFilters(codes=codes, meeting=meeting_id))
        self.run_now()

    def schedule(self) -> None:
        self._debounce.start()

    def run_now(self) -> None:
        self._debounce.stop()
        self._limit = RESULT_LIMIT
        self._generation = self.runner.request(self.query.text(), self.filter_box.filters())

    def show_more(self) -> None:
        self._limit *= 2
        self._generation = self.runner.request(
            self.query.text(), self.filter_box.filters(), self._limit
        )

    def _refresh_if_visible(self) -> None:
        if self.isVisible() and (self.query.text() or not self.filter_box.filters().is_empty()):
            self.schedule()

    def _show_result(self, result: SearchResult) -> None:
        if not self.runner.is_current(result.generation):
            return
        self.model.set_hits(result.hits)
        shown = len(result.hits)
        more = shown >= result.limit
        self.more.setVisible(more)
        if more:
            self.count.setText(
                self.tr("the best {shown} observations (counting…)").format(shown=shown)
            )
        else:
            self.count.setText(self.tr("%n observation(s)", "", shown))
        if shown and not self.results.currentIndex().isValid():
            self.results.setCurrentIndex(self.model.index(0, 0))
        self.results_shown.emit(result.query)

    def _show_count(self, generation: int, total: int) -> None:
        if self.runner.is_current(generation):
            shown = self.model.rowCount()
            self.count.setText(
                self.tr("{total} observations, showing the best {shown}").format(
                    total=total, shown=shown
                )
            )

    def _show_failure(self, generation: int, message: str) -> None:
        """A search the store refused or stopped: say why where the count goes."""
        if self.runner.is_current(generation):
            self.model.set_hits([])
            self.more.setVisible(False)
            self.count.setText(message)

    # -- jumping to a hit ------------------------------------------------------------

    def _into_results(self) -> None:
        if self.model.rowCount() > 0:
            self.results.setFocus()
            self.results.setCurrentIndex(self.model.index(0, 0))

    def _activate_first(self) -> None:
        self.run_now()
        self.runner.wait()  # the user asked for the best hit: worth a few milliseconds
        QCoreApplication.processEvents()
        if self.model.rowCount() > 0:
            self._activate(self.model.index(0, 0))

    def _activate(self, index: QModelIndex) -> None:
        hit: SearchHit | None = index.data(OBJECT_ROLE) if index.isValid() else None
        if hit is not None:
            self.hit_activated.emit(hit.meeting, hit.observation)

    # -- saved searches --------------------------------------------------------------

    def _reload_saved(self) -> None:
        self.saved.clear()
        self.saved.addItem(self.tr("Saved searches…"), None)
        for search in self._hub.project.search.saved():
            self.saved.addItem(search.name, search.id)

    def save_current(self, name: str | None = None) -> SavedSearch | None:
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Save search"), self.tr("Name:"))
            if not ok:
                return None
        name = name.strip()
        if not name:
            return None
        search = SavedSearch(new_id(), name, self.query.text(), self.filter_box.filters())
        self._hub.project.search.save(search)
        self._reload_saved()
        self.saved.setCurrentIndex(self.saved.findData(search.id))
        return search

    def _apply_saved(self, index: int) -> None:
        search_id = self.saved.itemData(index)
        search = next((s for s in self._hub.project.search.saved() if s.id == search_id), None)
        if search is None:
            return
        self.query.blockSignals(True)
        self.query.setText(search.query)
        self.query.blockSignals(False)
        self.filter_box.set_filters(search.filters)
        self.filters_button.setChecked(not search.filters.is_empty())
        self.run_now()

    def _delete_saved(self) -> None:
        search_id = self.saved.currentData()
        if search_id:
            self._hub.project.search.delete_saved(search_id)
            self._reload_saved()
