"""Ctrl+Shift+A: mark an observation as an agreement or action, with owner, due date and status.

A status change is dated today and added to the action's history, which the dialog shows
read-only; unticking the mark removes the action (undoable like every edit).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QWidget,
)

from fieldnotes.domain.models import ACTION_STATUSES, Action
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.labels import label

ISO = "yyyy-MM-dd"
# The date edit's minimum stands for "no due date" (shown as the special value text).
NO_DUE = QDate(2000, 1, 1)


class DueDateEdit(QDateEdit):
    """A date edit whose lowest value means "no due date": stepping up from it goes to
    today, not to the day after the minimum; Delete or Backspace clears the date."""

    def stepBy(self, steps: int) -> None:
        if self.date() == NO_DUE and steps > 0:
            self.setDate(QDate.currentDate())
        else:
            super().stepBy(steps)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.setDate(NO_DUE)
        else:
            super().keyPressEvent(event)


class ActionDialog(QDialog):
    def __init__(
        self,
        hub: ProjectHub,
        attendees: list[str],
        action: Action | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Agreement or action"))
        self.setObjectName("actionDialog")
        self._old = action
        names = hub.pseudonyms()
        self.marked = QCheckBox(self.tr("This is an &agreement or action"), self)
        self.marked.setObjectName("actionMarked")
        self.marked.setChecked(action is not None)
        self.owner = QComboBox(self)
        self.owner.setObjectName("actionOwner")
        self.owner.addItem(self.tr("Nobody"), None)
        people = list(attendees)
        if action is not None and action.owner and action.owner not in people:
            people.append(action.owner)  # kept even when no longer listed as attending
        for pid in people:
            self.owner.addItem(names.get(pid, pid), pid)
        self.owner.setCurrentIndex(max(0, self.owner.findData(action.owner if action else None)))
        self.due = DueDateEdit(self)
        self.due.setObjectName("actionDue")
        self.due.setDisplayFormat(ISO)
        self.due.setCalendarPopup(True)
        self.due.setMinimumDate(NO_DUE)
        self.due.setSpecialValueText(self.tr("no due date"))
        self.due.setToolTip(self.tr("Up arrow: from today · Delete: no due date"))
        due = QDate.fromString(action.due, ISO) if action and action.due else NO_DUE
        self.due.setDate(due if due.isValid() else NO_DUE)
        self.status = QComboBox(self)
        self.status.setObjectName("actionStatus")
        for status in ACTION_STATUSES:
            self.status.addItem(label(status), status)
        self.status.setCurrentIndex(self.status.findData(action.status if action else "open"))
        self.history = QPlainTextEdit(self)
        self.history.setObjectName("actionHistory")
        self.history.setReadOnly(True)
        self.history.setTabChangesFocus(True)
        self.history.setMaximumHeight(90)
        self.history.setPlainText(
            "\n".join(f"{c.date}  {label(c.status)}" for c in action.history)
            if action and action.history
            else self.tr("(no changes yet)")
        )
        form = QFormLayout(self)
        form.addRow(self.marked)
        form.addRow(self.tr("&Owner:"), self.owner)
        form.addRow(self.tr("D&ue:"), self.due)
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("History:"), self.history)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.marked.toggled.connect(self._enable)
        self._enable(self.marked.isChecked())
        self.marked.setFocus(Qt.FocusReason.OtherFocusReason)

    def _enable(self, on: bool) -> None:
        for widget in (self.owner, self.due, self.status):
            widget.setEnabled(on)

    def due_date(self) -> str | None:
        date = self.due.date()
        return None if date == NO_DUE else date.toString(ISO)

    def action(self, today: str) -> Action | None:
        """The action as the dialog now says, status changes dated ``today``."""
        if not self.marked.isChecked():
            return None
        owner, due, status = self.owner.currentData(), self.due_date(), self.status.currentData()
        if self._old is None:
            return Action.opened(today, owner, due).with_status(status, today)
        return replace(self._old, owner=owner, due=due).with_status(status, today)
