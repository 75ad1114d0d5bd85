"""The composer: edits the current observation's time and text, saving as you type.

Text is written to the project at most ``AUTOSAVE_MS`` after the first unsaved keystroke
(a throttle, not a debounce, so continuous typing is still saved twice a second). Each
save is an undo step that merges with the previous one while typing continues. Saving
goes through the window's :class:`WriteGuard`: text the project refuses stays here (and
in the recovery file) and is tried again, so ``_saved_text`` is always what the file holds.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QObject, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QTextCursor, QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QTimeEdit, QVBoxLayout, QWidget

from fieldnotes.domain.models import Observation
from fieldnotes.ui.commands.observations import EditObservationTime
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.labels import verdict_label
from fieldnotes.ui.widgets.chips import VERDICT_MARKS
from fieldnotes.ui.write_guard import WriteGuard

AUTOSAVE_MS = 400


class ObservationEditor(QWidget):
    undo_requested = Signal()
    redo_requested = Signal()

    def __init__(
        self,
        hub: ProjectHub,
        undo_stack: QUndoStack,
        guard: WriteGuard,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._hub = hub
        self._stack = undo_stack
        self._guard = guard
        self._observation_id: str | None = None
        self._meeting_id: str | None = None
        self._saved_text = ""  # what the project file holds for this observation
        self._loading = False
        self._read_only = hub.read_only

        self.heading = QLabel(self.tr("No observation selected. Press Ctrl+N to start one."), self)
        self.heading.setWordWrap(True)
        self.time_edit = QTimeEdit(self)
        self.time_edit.setObjectName("observationTime")
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setAccessibleName(self.tr("Observation time"))
        self.time_edit.editingFinished.connect(self._save_time)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("observationText")
        self.text_edit.setAccessibleName(self.tr("Observation text"))
        self.text_edit.setPlaceholderText(
            self.tr("Type what happens…  Ctrl+Return: next observation")
        )
        self.text_edit.setUndoRedoEnabled(False)  # the project's undo stack owns undo
        self.text_edit.textChanged.connect(self._on_text_changed)
        self.text_edit.installEventFilter(self)

        header = QHBoxLayout()
        header.addWidget(self.heading, 1)
        header.addWidget(QLabel(self.tr("Time"), self))
        header.addWidget(self.time_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.text_edit, 1)
        self.feedback = QLabel(self)
        self.feedback.setObjectName("feedbackPanel")
        self.feedback.setAccessibleName(self.tr("Member-check feedback"))
        self.feedback.setWordWrap(True)
        self.feedback.setTextFormat(Qt.TextFormat.RichText)
        self.feedback.setVisible(False)
        layout.addWidget(self.feedback)

        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.flush)
        hub.observation_changed.connect(self._on_observation_changed)
        guard.retry_requested.connect(self.flush)
        guard.text_saved.connect(self._on_text_saved)
        self._set_enabled(False)

    @property
    def observation_id(self) -> str | None:
        return self._observation_id

    def load(self, observation: Observation | None) -> None:
        """Show ``observation`` (saving whatever was being typed into the previous one)."""
        self.flush()
        self._observation_id = observation.id if observation else None
        self._meeting_id = observation.meeting if observation else None
        pending = self._guard.pending(observation.id) if observation else None
        self._loading = True
        try:
            self._saved_text = observation.text if observation else ""
            # Text the project refused earlier is shown as typed, and saved when it can be.
            self.text_edit.setPlainText(pending.text if pending else self._saved_text)
            time = QTime.fromString(observation.time or "", "HH:mm") if observation else QTime()
            self.time_edit.setTime(time if time.isValid() else QTime(0, 0))
            self.heading.setText(
                self.tr("Observation")
                if observation
                else self.tr("No observation selected. Press Ctrl+N to start one.")
            )
        finally:
            self._loading = False
        self.text_edit.moveCursor(QTextCursor.MoveOperation.End)
        self._set_enabled(observation is not None)
        self._show_feedback(observation)

    def focus_text(self) -> None:
        self.text_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def has_unsaved_text(self) -> bool:
        return self._observation_id is not None and self.text_edit.toPlainText() != self._saved_text

    def flush(self) -> None:
        """Save typed text now (before undo, switching observations, closing)."""
        self._autosave.stop()
        if not self.has_unsaved_text():
            return
        assert self._observation_id is not None
        new = self.text_edit.toPlainText()
        if self._guard.save_text(self._observation_id, self._meeting_id, self._saved_text, new):
            self._saved_text = new

    def _on_text_saved(self, observation_id: str, text: str) -> None:
        """The guard saved this observation's text on a retry of its own."""
        if observation_id == self._observation_id and text == self.text_edit.toPlainText():
            self._saved_text = text

    def _on_text_changed(self) -> None:
        if not self._loading and not self._autosave.isActive():
            self._autosave.start()

    def _save_time(self) -> None:
        if self._observation_id is None or self._loading:
            return
        observation = self._hub.project.observations.get(self._observation_id)
        if observation is None:
            return
        new = self.time_edit.time().toString("HH:mm")
        if new != observation.time:
            self._stack.push(
                EditObservationTime(self._hub, self._observation_id, observation.time, new)
            )

    def _on_observation_changed(self, observation_id: str) -> None:
        """Follow changes made elsewhere (undo, redo) unless the user is mid-typing."""
        if observation_id != self._observation_id or self.has_unsaved_text():
            return
        observation = self._hub.project.observations.get(observation_id)
        if observation is None:
            return
        if observation.text != self.text_edit.toPlainText():
            self._loading = True
            cursor = self.text_edit.textCursor().position()
            self.text_edit.setPlainText(observation.text)
            self._saved_text = observation.text
            moved = self.text_edit.textCursor()
            moved.setPosition(min(cursor, len(observation.text)))
            self.text_edit.setTextCursor(moved)
            self._loading = False
        self._show_feedback(observation)
        time = QTime.fromString(observation.time or "", "HH:mm")
        if time.isValid() and time != self.time_edit.time():
            self._loading = True
            self.time_edit.setTime(time)
            self._loading = False

    def _show_feedback(self, observation: Observation | None) -> None:
        """The participants' member-check answers on this observation, if any."""
        items = observation.feedback if observation else []
        self.feedback.setVisible(bool(items))
        if not items:
            return
        names = self._hub.pseudonyms()
        rows = []
        for item in items:
            who = escape(names.get(item.participant or "", self.tr("a participant")))
            verdict = escape(verdict_label(item))
            comment = f" — {escape(item.comment)}" if item.comment else ""
            when = (
                f" <span style='color:#777'>({escape(item.received)})</span>"
                if item.received
                else ""
            )
            mark = VERDICT_MARKS.get(item.verdict or "", "💬")
            rows.append(f"{mark} <b>{verdict}</b>{comment} · {who}{when}")
        heading = self.tr("Member check")
        self.feedback.setText(f"<b>{heading}</b><br>" + "<br>".join(rows))

    def _set_enabled(self, enabled: bool) -> None:
        self.text_edit.setEnabled(enabled)
        self.time_edit.setEnabled(enabled)
        # A read-only project's text can still be read, selected and copied.
        self.text_edit.setReadOnly(self._read_only)
        self.time_edit.setReadOnly(self._read_only)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Send Undo/Redo keys to the project's undo stack, not the text widget's own."""
        if watched is self.text_edit and event.type() in (
            QEvent.Type.ShortcutOverride,
            QEvent.Type.KeyPress,
        ):
            assert isinstance(event, QKeyEvent)
            if event.matches(QKeySequence.StandardKey.Undo) or event.matches(
                QKeySequence.StandardKey.Redo
            ):
                if event.type() == QEvent.Type.KeyPress:
                    self.flush()
                    undo = event.matches(QKeySequence.StandardKey.Undo)
                    (self.undo_requested if undo else self.redo_requested).emit()
                event.accept()
                return True
        return super().eventFilter(watched, event)
