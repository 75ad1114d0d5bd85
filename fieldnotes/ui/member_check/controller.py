"""File › Export member-check summary… and Import member-check feedback….

The export dialog does its own work on a pool thread; importing a returned document is
quick and happens here: choose the file and who returned it, read it into the project,
and push one undo step. Texts keep the translation context ``MainWindow``, where they
were first translated.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from fieldnotes.ui.error_text import error_text
from fieldnotes.ui.file_places import ask_open_path
from fieldnotes.ui.window_controller import WindowController


def _title() -> str:
    return QCoreApplication.translate("MainWindow", "Import member-check feedback")


class MemberCheckController(WindowController):
    def export_member_check(self) -> QDialog:
        from fieldnotes.ui.member_check.export_dialog import MemberCheckDialog

        self._view.flush_text()
        dialog = MemberCheckDialog(self._hub, self._parent, self._settings)
        dialog.show()
        return dialog

    def import_feedback(
        self, path: Path | None = None, participant: str | None = None
    ) -> str | None:
        """Read a returned member-check document; returns the summary shown to the user.

        Without ``path`` the user chooses the file and who returned it.
        """
        from fieldnotes.errors import FieldnotesError
        from fieldnotes.imports.feedback_docx import import_feedback
        from fieldnotes.ui.commands.feedback import FeedbackSummaryText, ImportedFeedback

        if path is None:
            chosen = self._ask_file_and_person()
            if chosen is None:
                return None
            path, participant = chosen
        try:
            summary = import_feedback(self._hub.project, path, participant)
        except FieldnotesError as exc:
            QMessageBox.critical(self._parent, _title(), error_text(exc))
            return None
        for observation_id in summary.observations:
            self._hub.observation_changed.emit(observation_id)
        if summary.added:
            self._stack.push(ImportedFeedback(self._hub, summary, path.name))
        lines = FeedbackSummaryText(self).lines(summary)
        self._view.show_status(" ".join(lines), 10_000)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            _title(),
            "\n".join(lines),
            QMessageBox.StandardButton.Ok,
            self._parent,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not blocking: the answers are already in, and Ctrl+Z takes them out
        return "\n".join(lines)

    def _ask_file_and_person(self) -> tuple[Path, str | None] | None:
        path = ask_open_path(
            self._parent,
            self._settings,
            "feedback",
            _title(),
            QCoreApplication.translate("MainWindow", "Word documents (*.docx)"),
        )
        if path is None:
            return None
        people = self._hub.project.participants.all()
        labels = [QCoreApplication.translate("MainWindow", "(not said)")]
        labels += [p.pseudonym for p in people]
        chosen, ok = QInputDialog.getItem(
            self._parent,
            _title(),
            QCoreApplication.translate("MainWindow", "Who returned it?"),
            labels,
            0,
            False,
        )
        if not ok:
            return None
        index = labels.index(chosen)
        return path, people[index - 1].id if index > 0 else None
