"""Where file dialogs open: the folder last used for that kind of file, else Documents.

A dialog that opens in the program's own folder (the process's working directory) makes
people save research files among its code; remembering the last folder per kind keeps
exports and imports where they were. Every save and open dialog of the app goes through
``ask_save_path`` / ``ask_open_path``, so none can fall back to the working directory.

Kinds in use: ``member-check`` (summaries written), ``feedback`` (returned documents),
``refi`` (.qdpx/.qdc), ``codebook`` (CSV), ``cac`` (answers CSV), ``charts`` (pictures and
numbers), ``projects`` (new, open, copies, restored backups).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget


def start_folder(settings: QSettings, kind: str) -> Path:
    """The remembered folder for ``kind`` if it still exists, else Documents, else home."""
    remembered = settings.value(f"folders/{kind}")
    if isinstance(remembered, str) and remembered and Path(remembered).is_dir():
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


def ask_save_path(
    parent: QWidget | None,
    settings: QSettings,
    kind: str,
    title: str,
    name: str,
    file_filter: str,
    suffixes: Sequence[str] = (),
    *,
    confirm_overwrite: bool = True,
) -> Path | None:
    """A file name to write, from a save dialog that starts in ``kind``'s folder.

    ``name`` is the suggested file name (no folder). ``suffixes`` follow the filters in
    ``file_filter`` (``;;``-separated): a name typed without one gets the chosen filter's.
    The folder is remembered for the next dialog of this kind. None when cancelled.
    """
    options = QFileDialog.Option(0)
    if not confirm_overwrite:  # the caller refuses an existing file itself
        options = QFileDialog.Option.DontConfirmOverwrite
    chosen, chosen_filter = QFileDialog.getSaveFileName(
        parent, title, str(start_folder(settings, kind) / name), file_filter, "", options
    )
    if not chosen:
        return None
    path = Path(chosen)
    if suffixes and not any(chosen.lower().endswith(s.lower()) for s in suffixes):
        filters = file_filter.split(";;")
        index = filters.index(chosen_filter) if chosen_filter in filters else 0
        path = with_suffix(chosen, suffixes[min(index, len(suffixes) - 1)])
    remember_folder(settings, kind, path)
    return path


def ask_open_path(
    parent: QWidget | None, settings: QSettings, kind: str, title: str, file_filter: str
) -> Path | None:
    """A file to read, from an open dialog that starts in ``kind``'s folder (remembered)."""
    chosen, _ = QFileDialog.getOpenFileName(
        parent, title, str(start_folder(settings, kind)), file_filter
    )
    if not chosen:
        return None
    remember_folder(settings, kind, Path(chosen))
    return Path(chosen)
