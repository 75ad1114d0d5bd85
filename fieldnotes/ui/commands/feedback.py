"""Undoing and redoing a member-check feedback import."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from fieldnotes.imports.feedback_docx import FeedbackSummary
from fieldnotes.ui.commands.base import StoreCommand
from fieldnotes.ui.hub import ProjectHub


class ImportedFeedback(StoreCommand):
    """Pushed after an import that already happened: undo removes exactly what it added."""

    def __init__(self, hub: ProjectHub, summary: FeedbackSummary, name: str) -> None:
        super().__init__(
            hub,
            QCoreApplication.translate("FeedbackCommands", "Import feedback from {name}").format(
                name=name
            ),
        )
        self._added = list(summary.added_feedback)
        self._ids = list(summary.feedback_ids)
        self._done = True

    def _redo(self) -> None:
        if self._done:  # the import itself did the first redo
            return
        observations = self._hub.project.observations
        with self._hub.project.transaction():
            self._ids = [observations.add_feedback(oid, item) for oid, item in self._added]
        self._done = True
        self._announce()

    def _undo(self) -> None:
        self._hub.project.observations.remove_feedback(self._ids)
        self._done = False
        self._announce()

    def _announce(self) -> None:
        for observation_id in dict.fromkeys(oid for oid, _ in self._added):
            self._hub.observation_changed.emit(observation_id)


class FeedbackSummaryText(QObject):
    """Words an import's findings in the interface language (a QObject for ``tr``'s plurals)."""

    def lines(self, summary: FeedbackSummary) -> list[str]:
        lines = [self.tr("%n answer(s) added.", "", summary.added)]
        if summary.added:
            lines.append(
                self.tr("Agree: {agree} · partly: {partly} · disagree: {disagree}").format(
                    agree=summary.agree, partly=summary.partly, disagree=summary.disagree
                )
            )
            lines.append(self.tr("%n comment(s).", "", summary.comments))
        if summary.to_classify:
            lines.append(
                self.tr(
                    "%n verdict(s) kept as written, for you to classify.", "", summary.to_classify
                )
            )
        if summary.already_there:
            lines.append(
                self.tr("%n answer(s) were already in the project.", "", summary.already_there)
            )
        if summary.unknown_references:
            lines.append(
                self.tr("No observation in this project for: {references}").format(
                    references=", ".join(summary.unknown_references)
                )
            )
        if summary.unplaced_comments:
            lines.append(
                self.tr(
                    "%n Word comment(s) outside any observation were not imported.",
                    "",
                    summary.unplaced_comments,
                )
            )
        if summary.unplaced_answers:
            lines.append(
                self.tr(
                    "%n answer(s) name no observation and were not imported; they read:",
                    "",
                    len(summary.unplaced_answers),
                )
            )
            lines += [
                " · ".join(f"“{text}”" for text in (box.verdict_box, box.comment) if text)
                for box in summary.unplaced_answers
            ]
        return lines
