"""Edit > Preferences: the interface language (this machine), the study's document language
and the researcher's name in this copy of the project.

The interface language is a preference of the person at this computer, kept in QSettings
and applied at the next start (widgets take their text when built). The document language
belongs to the study, so it is stored in the project file and shared with the team.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.i18n import (
    SYSTEM,
    chosen_language,
    language_names,
    set_chosen_language,
    system_language,
)


class PreferencesDialog(QDialog):
    def __init__(self, hub: ProjectHub, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self._hub = hub
        self._settings = settings
        names = language_names()

        self.interface_language = QComboBox(self)
        self.interface_language.setObjectName("interfaceLanguage")
        system = names[system_language()]
        self.interface_language.addItem(
            self.tr("As the system: {language}").format(language=system), SYSTEM
        )
        for code, name in names.items():
            self.interface_language.addItem(name, code)
        self.interface_language.setCurrentIndex(
            self.interface_language.findData(chosen_language(settings))
        )
        restart = QLabel(self.tr("A new interface language is used from the next start."), self)
        restart.setWordWrap(True)

        self.document_language = QComboBox(self)
        self.document_language.setObjectName("documentLanguage")
        interface = names.get(hub.language, hub.language)
        self.document_language.addItem(
            self.tr("As the interface: {language}").format(language=interface), None
        )
        for code, name in names.items():
            self.document_language.addItem(name, code)
        current = hub.project.settings.document_language
        self.document_language.setCurrentIndex(max(0, self.document_language.findData(current)))
        self.document_language.setEnabled(not hub.read_only)  # kept in the project file
        shared = QLabel(
            self.tr(
                "The language of member-check summaries for participants. It is saved in the "
                "project file, so the whole team uses the same."
            ),
            self,
        )
        shared.setWordWrap(True)

        self.researcher = QLineEdit(self)
        self.researcher.setObjectName("researcherName")
        self.researcher.setText(hub.project.settings.researcher or "")
        self.researcher.setPlaceholderText(self.tr("e.g. Anna de Vries"))
        self.researcher.setMaxLength(120)
        self.researcher.setEnabled(not hub.read_only)
        who = QLabel(
            self.tr(
                "Marks what you write, so that material merged from colleagues' copies shows "
                "who wrote it. Saved in this project file; you are not listed as a participant."
            ),
            self,
        )
        who.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Interface language:"), self.interface_language)
        form.addRow("", restart)
        form.addRow(self.tr("&Document language of this study:"), self.document_language)
        form.addRow("", shared)
        form.addRow(self.tr("&Your name as researcher:"), self.researcher)
        form.addRow("", who)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def accept(self) -> None:
        set_chosen_language(self._settings, self.interface_language.currentData())
        language = self.document_language.currentData()
        if language != self._hub.project.settings.document_language:
            self._hub.project.settings.document_language = language
            self._hub.study_changed.emit()
        researcher = self.researcher.text().strip() or None
        if self.researcher.isEnabled() and researcher != self._hub.project.settings.researcher:
            self._hub.project.settings.researcher = researcher
        super().accept()
