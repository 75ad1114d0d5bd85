"""Where file dialogs open: the folder last used for that kind of file, else Documents.

A dialog that opens in the program's own folder makes people save research files among
its code; remembering the last folder per kind keeps exports and imports where they were.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths


def start_folder(settings: QSettings, kind: str) -> Path:
    remembered = settings.value(f"folders/{kind}")
    if isinstance(remembered, str) and Path(remembered).is_dir():
        return Path(remembered)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def remember_folder(settings: QSettings, kind: str, chosen: Path) -> None:
    settings.setValue(f"folders/{kind}", str(chosen.parent))


def with_suffix(name: str, suffix: str) -> Path:
    """The chosen name with ``suffix`` added unless it already ends so (any case)."""
    return Path(name if name.lower().endswith(suffix) else f"{name}{suffix}")


def project_filter() -> str:
    """The file-dialog filter for projects (translated where the app start first had it)."""
    return QCoreApplication.translate("AppController", "fieldnotes projects (*.fieldnotes)") + (
        ";;" + QCoreApplication.translate("AppController", "All files (*)")
    )
