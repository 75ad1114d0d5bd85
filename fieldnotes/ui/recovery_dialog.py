"""Offering back what was typed but not saved last time (from the recovery file).

Shown when a project opens and its recovery file holds texts. "Recover" writes them
into the project as one undoable step and then empties the file; "Discard" deletes
them (after asking); "Later" leaves them for next time. A read-only project cannot
take them: the dialog says to save a copy, which carries the texts along.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fieldnotes.errors import StoreError
from fieldnotes.store.recovery import UnsavedText
from fieldnotes.ui.commands.recovery import RecoverTexts
from fieldnotes.ui.error_text import error_text
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.logging_setup import exception_summary
from fieldnotes.ui.models.roles import OBJECT_ROLE

if TYPE_CHECKING:
    from fieldnotes.ui.main_window import MainWindow

logger = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
PREVIEW_CHARS = 90


class RecoveredTextModel(QAbstractListModel):
    """The kept texts, one row each: where it belongs and when it was kept, then its start."""

    def __init__(
        self, hub: ProjectHub, texts: list[UnsavedText], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._texts = texts
        self._places = [self._where(hub, item) for item in texts]  # read once, not per paint

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._texts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._texts):
            return None
        item = self._texts[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            preview = " ".join(item.text.split())
            if len(preview) > PREVIEW_CHARS:
                preview = preview[:PREVIEW_CHARS].rstrip() + "…"
            return f"{self._places[index.row()]} · {_local_time(item.kept_at)}\n{preview}"
        if role == OBJECT_ROLE:
            return item
        return None

    def _where(self, hub: ProjectHub, item: UnsavedText) -> str:
        meeting = hub.project.meetings.get(item.meeting) if item.meeting else None
        if meeting is None:
            return self.tr("a meeting that is no longer there")
        return meeting.title


def _local_time(stamp: str) -> str:
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp


class RecoveryDialog(QDialog):
    recover_requested = Signal()
    discard_requested = Signal()

    def __init__(
        self, hub: ProjectHub, texts: list[UnsavedText], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recover unsaved text"))
        self.texts = texts
        intro = QLabel(
            self.tr(
                "%n text(s) typed earlier could not be saved in this project, "
                "and were kept in a recovery file.",
                "",
                len(texts),
            ),
            self,
        )
        intro.setWordWrap(True)
        self.model = RecoveredTextModel(hub, texts, self)
        self.list = QListView(self)
        self.list.setObjectName("recoveredTexts")
        self.list.setAccessibleName(self.tr("Recovered texts"))
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.preview = QPlainTextEdit(self)
        self.preview.setObjectName("recoveredText")
        self.preview.setAccessibleName(self.tr("The chosen text in full"))
        self.preview.setReadOnly(True)
        self.list.selectionModel().currentChanged.connect(self._show)

        buttons = QDialogButtonBox(self)
        self.recover_button = buttons.addButton(
            self.tr("&Recover"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.discard_button = buttons.addButton(
            self.tr("&Discard"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        later = buttons.addButton(self.tr("&Later"), QDialogButtonBox.ButtonRole.RejectRole)
        later.setToolTip(self.tr("Keep the texts in the recovery file and ask again next time"))
        self.recover_button.clicked.connect(self.recover)
        self.discard_button.clicked.connect(self.discard)
        later.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.preview, 2)
        if hub.read_only:
            self.recover_button.setEnabled(False)
            note = QLabel(
                self.tr(
                    "This project is read-only, so the texts cannot go into it. Use "
                    "File > Save a copy as…: the texts go with the copy and are offered there."
                ),
                self,
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(620, 460)
        if texts:
            self.list.selectionModel().setCurrentIndex(
                self.model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self.recover_button.setDefault(True)

    def _show(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item = current.data(OBJECT_ROLE) if current.isValid() else None
        self.preview.setPlainText(item.text if item else "")

    def recover(self) -> None:
        self.recover_requested.emit()
        self.accept()

    def discard(self) -> None:
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr(
                "Delete these %n text(s) for good? This cannot be undone.", "", len(self.texts)
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.discard_requested.emit()
            self.accept()


def offer_recovery(window: MainWindow) -> RecoveryDialog | None:
    """Show what the project's recovery file holds, if anything; acts on the answer."""
    recovery = window.guard.recovery
    if recovery is None:
        return None
    try:
        texts = recovery.entries()
    except StoreError as exc:
        logger.warning("recovery file unreadable: %s", exception_summary(type(exc)))
        title = QCoreApplication.translate("RecoveryDialog", "Recover unsaved text")
        QMessageBox.warning(window, title, error_text(exc))
        return None
    if not texts:
        return None
    dialog = RecoveryDialog(window.hub, texts, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def recover() -> None:
        command = RecoverTexts(window.hub, texts)
        window.undo_stack.push(command)
        if command.failure is None:  # in the project now (and undoable): the copy can go
            _discard(window)

    dialog.recover_requested.connect(recover)
    dialog.discard_requested.connect(lambda: _discard(window))
    dialog.open()
    return dialog


def _discard(window: MainWindow) -> None:
    recovery = window.guard.recovery
    if recovery is not None:
        recovery.discard()
