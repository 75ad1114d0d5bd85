"""A progress dialog with Cancel that follows a :class:`BackgroundTask`."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from fieldnotes.ui.exchange.task import BackgroundTask


def follow(task: BackgroundTask, parent: QWidget, label: str) -> QProgressDialog:
    """Show ``label`` with a bar and Cancel while ``task`` runs; closes itself at the end."""
    dialog = QProgressDialog(label, parent.tr("Cancel"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(task.cancel)

    def show_progress(done: int, total: int) -> None:
        dialog.setMaximum(max(1, total))
        dialog.setValue(min(done, max(1, total)))

    ends = (task.finished, task.failed, task.cancelled)

    def close(*_result: object) -> None:
        # The task runs again later (a preview, then the merge): nothing of this dialog
        # may stay connected to it.
        task.progress.disconnect(show_progress)
        for signal in ends:
            signal.disconnect(close)
        dialog.canceled.disconnect(task.cancel)
        dialog.reset()
        dialog.deleteLater()

    task.progress.connect(show_progress)
    for signal in ends:
        signal.connect(close)
    return dialog
