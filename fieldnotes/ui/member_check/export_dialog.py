"""Export a member-check summary: choose what goes in, see the name replacements, write.

Planning and writing run in the background (``MemberCheckExporter``); a progress dialog
with Cancel follows the writing, and a cancelled or failed export leaves no file behind.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QWidget,
)

from fieldnotes.errors import StoreError
from fieldnotes.export.document_strings import load_strings
from fieldnotes.export.member_check_plan import (
    MemberCheckOptions,
    MemberCheckPlan,
    default_instructions,
    sent_record,
)
from fieldnotes.ui.file_places import ask_save_path
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.i18n import language_names
from fieldnotes.ui.logging_setup import exception_summary
from fieldnotes.ui.member_check.worker import MemberCheckExporter
from fieldnotes.ui.widgets.export_notice import announce_export
from fieldnotes.ui.widgets.selection_fields import SelectionFields

logger = logging.getLogger(__name__)


class MemberCheckDialog(QDialog):
    def __init__(self, hub: ProjectHub, parent: QWidget | None, settings: QSettings) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export member-check summary"))
        self._hub = hub
        self._settings = settings
        self.exporter = MemberCheckExporter(hub.project, self)
        self.exporter.planned.connect(self._confirm_and_write)
        self.exporter.progress.connect(self._on_progress)
        self.exporter.finished.connect(self._on_finished)
        self.exporter.failed.connect(self._on_failed)
        self.exporter.cancelled.connect(self._on_cancelled)
        self.target: Path | None = None
        self.written: str | None = None
        self._plan: MemberCheckPlan | None = None  # what is being written
        self._progress: QProgressDialog | None = None

        self.selection = SelectionFields(hub, self)  # meetings, period, codes: as every export
        self.meetings = self.selection.meetings
        self.dates = self.selection.dates
        self.codes = self.selection.codes
        self.language = QComboBox(self)
        self.language.setObjectName("documentLanguage")
        for code, name in language_names().items():
            self.language.addItem(name, code)
        chosen = hub.project.settings.document_language or hub.language
        self.language.setCurrentIndex(max(0, self.language.findData(chosen)))
        self.language.currentIndexChanged.connect(self._show_defaults)
        self.grouping = QComboBox(self)
        self.grouping.addItem(self.tr("each meeting in its own order"), "meeting")
        self.grouping.addItem(self.tr("by meeting, then CAC dimension and theme"), "dimension")
        self.grouping.addItem(self.tr("by theme across meetings"), "theme")
        self.quotes = QComboBox(self)
        self.quotes.addItem(self.tr("translation and original"), "both")
        self.quotes.addItem(self.tr("translation only"), "translation")
        self.quotes.addItem(self.tr("original only"), "original")
        self.cac_appendix = QCheckBox(self.tr("CAC scores (latest round)"), self)
        self.cac_appendix.setChecked(True)
        self.codebook_appendix = QCheckBox(self.tr("codebook"), self)
        self.glossary = QCheckBox(self.tr("what the tags mean"), self)
        # Shown only when the chosen observations hold agreements or actions.
        self.agreements = QCheckBox(self.tr("Include &agreements"), self)
        self.agreements.setObjectName("includeAgreements")
        self.agreements.setToolTip(
            self.tr(
                "A table of the agreements and actions among the chosen observations: "
                "who does it, by when, and how it stands"
            )
        )
        self.agreements.setChecked(True)
        # Empty title and instructions: the standard text in the document's language,
        # shown greyed so the researcher sees what participants will read.
        self.title = QLineEdit(self)
        self.instructions = QPlainTextEdit(self)
        self.instructions.setTabChangesFocus(True)
        self.instructions.setMinimumHeight(120)  # takes what height the dialog has to spare
        self._show_defaults()

        appendices = QHBoxLayout()
        appendices.addWidget(self.cac_appendix)
        appendices.addWidget(self.codebook_appendix)
        appendices.addWidget(self.glossary)
        form = QFormLayout(self)
        self.selection.add_rows(form)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Grouping:"), self.grouping)
        form.addRow(self.tr("&Quotes:"), self.quotes)
        form.addRow("", self.agreements)
        form.addRow(self.tr("Appendices:"), appendices)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Instructions:"), self.instructions)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = buttons.addButton(
            self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        self.dates.validity_changed.connect(self.export_button.setEnabled)
        form.addRow(buttons)
        self.resize(640, self.sizeHint().height())

    def _show_defaults(self) -> None:
        language = self.language.currentData()
        strings = load_strings(language)
        self.title.setPlaceholderText(
            strings.text("title", study=self._hub.project.study.get().title)
        )
        self.instructions.setPlaceholderText(
            default_instructions(language, self._hub.project.observations.count())
        )

    def options(self) -> MemberCheckOptions:
        return MemberCheckOptions(
            meetings=self.selection.meeting_ids(),
            date_from=self.selection.date_from(),
            date_to=self.selection.date_to(),
            codes=self.selection.code_ids(),
            grouping=self.grouping.currentData(),
            quotes=self.quotes.currentData(),
            cac_appendix=self.cac_appendix.isChecked(),
            codebook_appendix=self.codebook_appendix.isChecked(),
            glossary=self.glossary.isChecked(),
            agreements=self.agreements.isChecked(),
            language=self.language.currentData(),
            title=self.title.text().strip(),
            instructions=self.instructions.toPlainText().strip(),
        )

    def start(self, target: Path | None = None) -> None:
        """Ask for the file (unless given), then plan in the background."""
        if not self.dates.is_valid():  # the dates say why beside them
            return
        if target is None:
            target = ask_save_path(
                self,
                self._settings,
                "member-check",
                self.tr("Export member-check summary"),
                "member-check.docx",
                self.tr("Word documents (*.docx)"),
                [".docx"],
            )
            if target is None:
                return
        self.target = target
        self.export_button.setEnabled(False)
        self.exporter.plan(self.options())

    def confirm(self, plan: MemberCheckPlan) -> bool:
        """Show the replacements and consent warnings; True to go on and write."""
        if not plan.replacements and not plan.consent_warnings:
            return True
        lines = []
        if plan.replacements:
            lines.append(self.tr("Real names found and replaced by pseudonyms:"))
            lines += [f"  {line}" for line in plan.replacements]
        if plan.consent_warnings:
            lines.append(
                self.tr("Quoted without recorded consent: {names}").format(
                    names=", ".join(plan.consent_warnings)
                )
            )
        answer = QMessageBox.question(
            self, self.windowTitle(), "\n".join(lines) + "\n\n" + self.tr("Write the file?")
        )
        return answer == QMessageBox.StandardButton.Yes

    def _confirm_and_write(self, plan: MemberCheckPlan) -> None:
        if self.target is None or not self.confirm(plan):
            self.export_button.setEnabled(self.dates.is_valid())
            return
        self._progress = QProgressDialog(
            self.tr("Writing the summary…"),
            self.tr("Cancel"),
            0,
            max(1, plan.observation_count),
            self,
        )
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setMinimumDuration(300)
        self._progress.canceled.connect(self.exporter.cancel)
        self._plan = plan
        self.exporter.write(plan, self.target)

    def _on_progress(self, done: int, total: int) -> None:
        if self._progress is not None:
            self._progress.setMaximum(max(1, total))
            self._progress.setValue(done)

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.reset()
            self._progress = None
        self.export_button.setEnabled(self.dates.is_valid())

    def _on_finished(self, path: str) -> None:
        self._close_progress()
        self.written = path
        self._log(Path(path))
        count = self._plan.observation_count if self._plan is not None else 0
        summary = self.tr("A member-check summary of %n observation(s).", "", count)
        announce_export(self.parentWidget() or self, Path(path), summary)
        self.accept()

    def _log(self, path: Path) -> None:
        """Note the document in the project's member-check log (the study's timeline
        shows it). A log entry, not an edit: nothing to undo; a project that cannot take
        it still has the document written."""
        if self._plan is None or self._hub.read_only:
            return
        try:
            self._hub.project.analysis.record_member_check(sent_record(self._plan, path))
        except StoreError as exc:
            logger.warning("member-check log not written: %s", exception_summary(type(exc)))
            return
        self._hub.saved.emit()

    def _on_failed(self, message: str) -> None:
        self._close_progress()
        QMessageBox.critical(self, self.windowTitle(), message)

    def _on_cancelled(self) -> None:
        self._close_progress()
