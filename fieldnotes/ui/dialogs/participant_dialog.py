"""Editing one participant: pseudonym first, the real name clearly marked private."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from fieldnotes.domain.models import PARTICIPANT_ROLES, Consent, Participant, new_id
from fieldnotes.ui.labels import label, value_for

CONSENT_STATUSES = ("", "written", "oral", "pending", "declined", "withdrawn")


class ParticipantDialog(QDialog):
    def __init__(
        self, participant: Participant | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Participant") if participant else self.tr("New participant"))
        self._original = participant or Participant(new_id(), "")
        p = self._original
        self.pseudonym = QLineEdit(p.pseudonym, self)
        self.pseudonym.setPlaceholderText(self.tr("e.g. Coproducer A"))
        self.role = QComboBox(self)
        self.role.setEditable(True)
        self.role.addItems([label(r) for r in PARTICIPANT_ROLES])
        self.role.setCurrentText(label(p.role or "professional"))
        self.organisation = QLineEdit(p.organisation, self)
        self.real_name = QLineEdit(p.real_name or "", self)
        self.real_name.setPlaceholderText(self.tr("optional"))
        self.consent_status = QComboBox(self)
        self.consent_status.setEditable(True)
        self.consent_status.addItems([label(c) for c in CONSENT_STATUSES])
        self.consent_status.setCurrentText(label(p.consent.status))
        self.consent_date = QDateEdit(self)
        self.consent_date.setCalendarPopup(True)
        self.consent_date.setDisplayFormat("yyyy-MM-dd")
        self.consent_date.setSpecialValueText(self.tr("not recorded"))
        self.consent_date.setMinimumDate(QDate(1900, 1, 1))
        date = QDate.fromString(p.consent.date or "", "yyyy-MM-dd")
        self.consent_date.setDate(date if date.isValid() else self.consent_date.minimumDate())
        self.consent_note = QLineEdit(p.consent.note, self)

        private = QLabel(
            self.tr(
                "🔒 Private: stays in the project file; never appears in Word "
                "summaries or other exports made for sharing."
            ),
            self,
        )
        private.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("&Pseudonym:"), self.pseudonym)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&Organisation / sector:"), self.organisation)
        form.addRow(self.tr("Real &name:"), self.real_name)
        form.addRow("", private)
        form.addRow(self.tr("&Consent:"), self.consent_status)
        form.addRow(self.tr("Consent &date:"), self.consent_date)
        form.addRow(self.tr("Consent note:"), self.consent_note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.pseudonym.textChanged.connect(lambda text: self._ok.setEnabled(bool(text.strip())))
        self._ok.setEnabled(bool(p.pseudonym.strip()))

    def _accept_if_valid(self) -> None:
        if self.pseudonym.text().strip():
            self.accept()

    def participant(self) -> Participant:
        date = self.consent_date.date()
        return replace(
            self._original,
            pseudonym=self.pseudonym.text().strip(),
            role=value_for(self.role.currentText()),
            organisation=self.organisation.text().strip(),
            real_name=self.real_name.text().strip() or None,
            consent=Consent(
                value_for(self.consent_status.currentText()),
                None if date == self.consent_date.minimumDate() else date.toString("yyyy-MM-dd"),
                self.consent_note.text().strip(),
            ),
        )
