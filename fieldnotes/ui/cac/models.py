"""Item models for CAC rounds: the round list, the answers grid, scores, comparison."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from fieldnotes.analysis.cac_report import appendix_rows
from fieldnotes.analysis.cac_scores import score_round
from fieldnotes.domain.cac import CacFramework
from fieldnotes.domain.models import CacResponse, CacRound
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.models.roles import ID_ROLE, OBJECT_ROLE
from fieldnotes.ui.widgets.code_text import cac_item_tooltip, wrap_words

HEADER_CHARS = 48  # an item's row header: two lines of this, cut between words with …

Index = QModelIndex | QPersistentModelIndex


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class RoundListModel(QAbstractListModel):
    def __init__(self, hub: ProjectHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hub = hub
        self._rounds: list[CacRound] = []
        hub.rounds_changed.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rounds = sorted(self._hub.project.cac_rounds.all(), key=lambda r: r.date or "")
        self.endResetModel()

    def rounds(self) -> list[CacRound]:
        return list(self._rounds)

    def row_of(self, round_id: str) -> int:
        return next((i for i, r in enumerate(self._rounds) if r.id == round_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rounds)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rounds):
            return None
        cac_round = self._rounds[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            people = self.tr("%n respondent(s)", "", len(cac_round.responses))
            return f"{cac_round.label}\n{cac_round.date or '—'} · {people}"
        if role == OBJECT_ROLE:
            return cac_round
        if role == ID_ROLE:
            return cac_round.id
        return None


class ScoreGridModel(QAbstractTableModel):
    """Items as rows, respondents as columns; each edit asks for new responses."""

    responses_edited = Signal(object, str)  # new list[CacResponse], description
    refused = Signal(str)  # why a typed value was not accepted

    def __init__(
        self, hub: ProjectHub, framework: CacFramework, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._hub = hub
        self._framework = framework
        self._responses: list[CacResponse] = []

    def set_responses(self, responses: list[CacResponse]) -> None:
        self.beginResetModel()
        self._responses = [CacResponse(r.respondent, dict(r.scores)) for r in responses]
        self.endResetModel()

    def responses(self) -> list[CacResponse]:
        return [CacResponse(r.respondent, dict(r.scores)) for r in self._responses]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._framework.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._responses)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Vertical:
                item = self._framework.items[section]
                return "\n".join(wrap_words(f"{item.number}. {item.text}", HEADER_CHARS, 2))
            respondent = self._responses[section].respondent
            return self._hub.pseudonyms().get(respondent or "", self.tr("unknown"))
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Vertical:
            item = self._framework.items[section]
            return cac_item_tooltip(item.number, item.text)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self._responses[index.column()].scores.get(
            self._framework.items[index.row()].number
        )
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return "" if value is None else f"{value:g}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        text = str(value).strip().replace(",", ".")
        number = self._framework.items[index.row()].number
        if text == "":
            score: float | int | None = None
        else:
            try:
                score = float(text)
            except ValueError:
                self.refused.emit(
                    self.tr("“{text}” is not a number; scores run from 0 to 100.").format(
                        text=value
                    )
                )
                return False
            if not 0 <= score <= 100:
                self.refused.emit(
                    self.tr("{text} is outside 0–100; not changed.").format(text=value)
                )
                return False
            score = int(score) if score.is_integer() else score
        responses = self.responses()
        if score is None:
            responses[index.column()].scores.pop(number, None)
        else:
            responses[index.column()].scores[number] = score
            responses[index.column()].scores = dict(
                sorted(responses[index.column()].scores.items())
            )
        self.responses_edited.emit(responses, self.tr("Score item {n}").format(n=number))
        return True


class AppendixModel(QAbstractTableModel):
    """A round's scores laid out like the published CAC appendix."""

    def __init__(self, framework: CacFramework, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._framework = framework
        self._rows: list[tuple[str, str, int | None]] = []

    def set_round(self, cac_round: CacRound | None) -> None:
        self.beginResetModel()
        self._rows = (
            appendix_rows(score_round(cac_round, self._framework), self._framework)
            if cac_round
            else []
        )
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Dimension / item"), self.tr("Score")][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        kind, label, value = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return label if kind != "item" else f"    {label}"
            return "–" if value is None else value
        if role == Qt.ItemDataRole.FontRole and kind != "item":
            return _bold()
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class CompareModel(QAbstractTableModel):
    """Dimension scores per round side by side, with the change since the previous round."""

    def __init__(self, framework: CacFramework, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._framework = framework
        self._labels = [d.name for d in framework.dimensions] + [self.tr("Overall")]
        self._rounds: list[CacRound] = []
        self._values: list[list[int | None]] = []

    def set_rounds(self, rounds: list[CacRound]) -> None:
        self.beginResetModel()
        self._rounds = list(rounds)
        self._values = []
        for cac_round in self._rounds:
            scores = score_round(cac_round, self._framework)
            dims = scores.rounded_dimensions()
            self._values.append(
                [dims[d.key] for d in self._framework.dimensions] + [scores.rounded_overall()]
            )
        self.endResetModel()

    def series(self) -> tuple[list[str], list[str], list[list[int | None]]]:
        """(dimension labels, round labels, values per round) for the chart."""
        short = [d.short for d in self._framework.dimensions]
        return short, [r.label for r in self._rounds], [v[:-1] for v in self._values]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._labels)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rounds) + (1 if len(self._rounds) > 1 else 0)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return self._labels[section]
        if section < len(self._rounds):
            r = self._rounds[section]
            return f"{r.label}\n{r.date or ''}"
        return self.tr("Change")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and index.row() == len(self._labels) - 1:
            return _bold()
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.column() < len(self._rounds):
            value = self._values[index.column()][index.row()]
            return "–" if value is None else value
        last, before = self._values[-1][index.row()], self._values[-2][index.row()]
        if last is None or before is None:
            return "–"
        return f"{last - before:+d}" if last != before else "±0"
