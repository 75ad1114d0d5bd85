"""Telling the researcher that an export is written, and where, with a way to it.

A dialog that silently closes leaves people unsure whether anything happened and where
the file went. Every export ends here: a status-bar line in the main window and a small
non-modal note naming the file, with *Open* and *Show in folder* (the desktop's own
programs, through ``QDesktopServices``). It does not block: the work goes on behind it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

STATUS_MS = 15_000


class ExportNotice(QDialog):
    """The note itself; ``open_file`` and ``show_folder`` are what its buttons do."""

    def __init__(self, path: Path, summary: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportNotice")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setModal(False)
        self.setWindowTitle(self.tr("Export finished"))
        self.path = path
        self.message = QLabel(self)
        self.message.setObjectName("exportNoticeText")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lines = [self.tr("Saved {name}").format(name=path.name)]
        lines.append(self.tr("in {folder}").format(folder=path.parent))
        if summary:
            lines.append(summary)
        self.message.setText("\n".join(lines))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setObjectName("exportNoticeOpen")
        self.folder_button = QPushButton(self.tr("Show in &folder"), self)
        self.folder_button.setObjectName("exportNoticeFolder")
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.clicked.connect(self.open_file)
        self.folder_button.clicked.connect(self.show_folder)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.open_button.setDefault(True)
        self.setMinimumWidth(360)

    def open_file(self) -> bool:
        """The file in the program the desktop opens it with; the note then closes."""
        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))
        self.close()
        return opened

    def show_folder(self) -> bool:
        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path.parent)))
        self.close()
        return opened


def announce_export(parent: QWidget | None, path: Path, summary: str = "") -> ExportNotice:
    """The status-bar line (when ``parent`` is in a main window) and the note, shown."""
    notice = ExportNotice(path, summary, parent)
    window = parent.window() if parent is not None else None
    if isinstance(window, QMainWindow):
        line = QCoreApplication.translate("ExportNotice", "Saved {path}").format(path=path)
        window.statusBar().showMessage(f"{line}. {summary}" if summary else line, STATUS_MS)
    notice.show()
    return notice
