"""A from–to pair of dates where either end may be left open ("any").

Search filters and every export choose a period the same way, so it is written once.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QSizePolicy, QWidget

# Shown as "any": the lowest date a QDateEdit allows here, never a real meeting day.
NO_DATE = QDate(1900, 1, 1)


class DateRange(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, name: str = "dates") -> None:
        super().__init__(parent)
        self.from_edit = self._edit(f"{name}From", self.tr("From date"))
        self.to_edit = self._edit(f"{name}To", self.tr("To date"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.from_edit)
        layout.addWidget(QLabel("–", self))
        layout.addWidget(self.to_edit)
        layout.addStretch(1)
        self.setFocusProxy(self.from_edit)  # a form label's buddy lands on the first date
        # One line high: a form that is taller than its rows gives the space elsewhere.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def _edit(self, name: str, accessible: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("any"))
        edit.setDate(NO_DATE)
        edit.dateChanged.connect(self.changed)
        return edit

    def date_from(self) -> str | None:
        return _day(self.from_edit)

    def date_to(self) -> str | None:
        return _day(self.to_edit)

    def set_range(self, date_from: str | None, date_to: str | None) -> None:
        """Show the given days (None or an unreadable day: "any"), without signalling."""
        for edit, value in ((self.from_edit, date_from), (self.to_edit, date_to)):
            edit.blockSignals(True)
            parsed = QDate.fromString(value or "", "yyyy-MM-dd")
            edit.setDate(parsed if parsed.isValid() else NO_DATE)
            edit.blockSignals(False)


def _day(edit: QDateEdit) -> str | None:
    return None if edit.date() == NO_DATE else edit.date().toString("yyyy-MM-dd")
