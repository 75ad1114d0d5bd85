"""Ctrl+Shift+W: who spoke or acted, picked from the meeting's attendees by keyboard.

Type part of a pseudonym or role to narrow the list; Up/Down choose; Enter (or Space in
the list, or in an empty search line) ticks or unticks; Esc closes. The picker stays open
so that several people can be ticked, and each tick is its own undo step.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from fieldnotes.ui.labels import label
from fieldnotes.ui.models.roles import ID_ROLE

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Candidate:
    id: str
    pseudonym: str
    role: str  # as shown

    def matches(self, query: str) -> bool:
        text = f"{self.pseudonym} {self.role}".casefold()
        return all(word in text for word in query.casefold().split())


class CandidateModel(QAbstractListModel):
    """The candidates matching the query; ticked ones (the speakers) marked with ✓."""

    def __init__(self, candidates: list[Candidate], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all = candidates
        self._shown = list(candidates)
        self._ticked: set[str] = set()

    def set_ticked(self, ids: list[str]) -> None:
        self._ticked = set(ids)
        if self._shown:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._shown) - 1, 0))

    def set_query(self, query: str) -> None:
        self.beginResetModel()
        self._shown = [c for c in self._all if c.matches(query)]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        candidate = self._shown[index.row()]
        ticked = candidate.id in self._ticked
        if role == Qt.ItemDataRole.DisplayRole:
            mark = "✓ " if ticked else "    "
            return f"{mark}{candidate.pseudonym}" + (
                f" ({candidate.role})" if candidate.role else ""
            )
        if role == Qt.ItemDataRole.AccessibleTextRole:
            state = self.tr("spoke") if ticked else self.tr("not marked")
            return f"{candidate.pseudonym}, {candidate.role}, {state}"
        if role == ID_ROLE:
            return candidate.id
        return None


class SpeakerPicker(QDialog):
    """Emits ``speaker_toggled(participant id)``; the caller answers with ``set_ticked``."""

    speaker_toggled = Signal(str)

    def __init__(
        self,
        people: list[tuple[str, str, str]],
        ticked: list[str],
        *,
        attendees_only: bool,
        parent: QWidget | None = None,
    ) -> None:
        """``people``: (id, pseudonym, role) in the order to offer them."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who spoke or acted"))
        self.setObjectName("speakerPicker")
        self.model = CandidateModel([Candidate(i, p, label(r)) for i, p, r in people], self)
        self.model.set_ticked(ticked)
        note = QLabel(
            self.tr("Attendees of this meeting.")
            if attendees_only
            else self.tr("This meeting has no attendees listed: all participants are offered."),
            self,
        )
        note.setObjectName("speakerPickerNote")
        note.setWordWrap(True)
        self.note = note
        self.query = QLineEdit(self)
        self.query.setObjectName("speakerQuery")
        self.query.setPlaceholderText(self.tr("Pseudonym or role"))
        self.query.setAccessibleName(self.tr("Speaker search"))
        self.list = QListView(self)
        self.list.setObjectName("speakerMatches")
        self.list.setAccessibleName(self.tr("Participants"))
        self.list.setModel(self.model)
        self.list.activated.connect(self._toggle)
        hint = QLabel(
            self.tr("Enter or Space ticks or unticks · several allowed · Esc closes"), self
        )
        hint.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.query)
        layout.addWidget(self.list)
        layout.addWidget(hint)
        self.resize(440, 360)
        self.query.textChanged.connect(self._on_query)
        self.query.installEventFilter(self)
        self.list.installEventFilter(self)
        self._on_query("")

    def set_ticked(self, ids: list[str]) -> None:
        self.model.set_ticked(ids)

    def _on_query(self, text: str) -> None:
        self.model.set_query(text)
        if self.model.rowCount() > 0:
            self.list.setCurrentIndex(self.model.index(0, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        assert isinstance(event, QKeyEvent)
        key = event.key()
        toggles = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) or (
            key == Qt.Key.Key_Space and (watched is self.list or not self.query.text())
        )
        if toggles and watched in (self.query, self.list):
            self._toggle(self.list.currentIndex())
            return True
        if watched is self.query and key in (
            Qt.Key.Key_Down,
            Qt.Key.Key_Up,
            Qt.Key.Key_PageDown,
            Qt.Key.Key_PageUp,
        ):
            self.list.keyPressEvent(event)
            return True
        return super().eventFilter(watched, event)

    def _toggle(self, index: QModelIndex) -> None:
        if index.isValid() and (participant := index.data(ID_ROLE)):
            self.speaker_toggled.emit(participant)
