"""A from–to pair of dates where either end may be left open ("any").

Search filters, every export and Who speaks choose a period the same way, so it is
written once: the same empty value ("any"), the same keys (type a date, Alt+Down opens
the calendar, Ctrl+Delete sets it back to "any") and the same refusal of a "to" before
the "from", said beside the dates. A dialog asks ``is_valid()`` before it starts and
follows ``validity_changed`` to switch its button off.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QSizePolicy, QWidget

# Shown as "any": the lowest date a QDateEdit allows here, never a real meeting day.
NO_DATE = QDate(1900, 1, 1)


class DateRange(QWidget):
    changed = Signal()
    validity_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None, *, name: str = "dates") -> None:
        super().__init__(parent)
        self._valid = True
        self.from_edit = self._edit(f"{name}From", self.tr("From date"))
        self.to_edit = self._edit(f"{name}To", self.tr("To date"))
        self.problem = QLabel(self)
        self.problem.setObjectName(f"{name}Problem")
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.from_edit)
        layout.addWidget(QLabel("–", self))
        layout.addWidget(self.to_edit)
        layout.addWidget(self.problem, 1)
        layout.addStretch(1)
        self.setFocusProxy(self.from_edit)  # a form label's buddy lands on the first date
        # One line high: a form that is taller than its rows gives the space elsewhere.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.changed.connect(self._check)

    def _edit(self, name: str, accessible: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("any"))
        edit.setDate(NO_DATE)
        edit.setToolTip(self.tr("Ctrl+Delete: any date"))
        edit.dateChanged.connect(self.changed)
        edit.installEventFilter(self)
        return edit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, QDateEdit)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
            and event.modifiers() == Qt.KeyboardModifier.ControlModifier
        ):
            watched.setDate(NO_DATE)
            return True
        return False

    def date_from(self) -> str | None:
        return _day(self.from_edit)

    def date_to(self) -> str | None:
        return _day(self.to_edit)

    def is_valid(self) -> bool:
        """False while "to" is before "from" (either left open is always fine)."""
        start, end = self.date_from(), self.date_to()
        return start is None or end is None or start <= end

    def set_range(self, date_from: str | None, date_to: str | None) -> None:
        """Show the given days (None or an unreadable day: "any"), without signalling."""
        for edit, value in ((self.from_edit, date_from), (self.to_edit, date_to)):
            edit.blockSignals(True)
            parsed = QDate.fromString(value or "", "yyyy-MM-dd")
            edit.setDate(parsed if parsed.isValid() else NO_DATE)
            edit.blockSignals(False)
        self._check()

    def _check(self) -> None:
        valid = self.is_valid()
        self.problem.setText("" if valid else self.tr("“To” is before “from”."))
        self.problem.setVisible(not valid)
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)


def _day(edit: QDateEdit) -> str | None:
    return None if edit.date() == NO_DATE else edit.date().toString("yyyy-MM-dd")
