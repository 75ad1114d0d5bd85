"""Opening a project as a person does: asking for its passphrase (again, when it was
wrong), and offering the newest good backup when it is damaged (on opening, or when the
check before a backup finds damage).

A damaged file is never written to: the backup is restored as a new file beside it,
so the damaged one stays as it was, for a specialist or a later attempt.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime
from PySide6.QtWidgets import QMessageBox, QWidget

from fieldnotes.errors import DamagedError, FieldnotesError, PassphraseError
from fieldnotes.store import Project
from fieldnotes.store.backup import BackupInfo, check_file, list_backups, restore_backup
from fieldnotes.store.connection import FileKind, inspect_file
from fieldnotes.ui.dialogs.passphrase_dialog import PassphraseDialog
from fieldnotes.ui.error_text import error_text

logger = logging.getLogger(__name__)


class ProjectOpener:
    """Opens projects for the app; ``backups_root`` is where backups are looked for."""

    def __init__(self, parent: QWidget | None, backups_root: Path | None = None) -> None:
        self._parent = parent
        self._root = backups_root

    def open(
        self, path: Path, *, create: bool = True, passphrase: str | None = None
    ) -> Project | None:
        """The opened project, or None when the person gave up (nothing was changed)."""
        problem = ""
        while True:
            try:
                project = Project.open(path, create=create, passphrase=passphrase)
            except PassphraseError as exc:
                if inspect_file(path) is not FileKind.ENCRYPTED:
                    raise
                if passphrase is not None:
                    problem = error_text(exc)
                passphrase = self._ask_passphrase(path, problem)
                if passphrase is None:
                    return None
                continue
            except DamagedError as exc:
                restored = self.offer_backup(path, passphrase, error_text(exc))
                if restored is None:
                    return None
                return Project.open(restored, create=False, passphrase=passphrase)
            return project

    def _ask_passphrase(self, path: Path, problem: str) -> str | None:
        dialog = PassphraseDialog(path.name, problem, self._parent)
        return dialog.value() if dialog.exec() == PassphraseDialog.DialogCode.Accepted else None

    def offer_backup(self, path: Path, passphrase: str | None, finding: str) -> Path | None:
        """Say ``path`` is damaged; restore its newest good backup beside it if wanted."""
        good = self._newest_good_backup(path, passphrase)
        text = QCoreApplication.translate("ProjectOpener", "{name} is damaged: {finding}").format(
            name=path.name, finding=finding
        )
        if good is None:
            QMessageBox.critical(
                self._parent,
                "fieldnotes",
                text
                + "\n\n"
                + QCoreApplication.translate(
                    "ProjectOpener", "There is no good backup of it. The file was left as it is."
                ),
            )
            return None
        local = good.time.astimezone()
        when = QLocale().toString(
            QDateTime(
                QDate(local.year, local.month, local.day),
                QTime(local.hour, local.minute, local.second),
            ),
            QLocale.FormatType.LongFormat,
        )
        out = _restored_path(path)
        question = QMessageBox.question(
            self._parent,
            "fieldnotes",
            text
            + "\n\n"
            + QCoreApplication.translate(
                "ProjectOpener",
                "The newest good backup is from {when} ({count} observations). Open it as "
                "a new project, {new}? The damaged file is left as it is.",
            ).format(when=when, count=good.observations or 0, new=out.name),
        )
        if question != QMessageBox.StandardButton.Yes:
            return None
        try:
            restore_backup(good.path, out, passphrase)
        except FieldnotesError as exc:
            QMessageBox.critical(self._parent, "fieldnotes", error_text(exc))
            return None
        return out

    def _newest_good_backup(self, path: Path, passphrase: str | None) -> BackupInfo | None:
        for info in list_backups(path, self._root):
            try:
                if not check_file(info.path, passphrase):
                    return info
            except FieldnotesError:
                logger.info("a backup could not be checked")
        return None


def _restored_path(path: Path) -> Path:
    stamp = datetime.now().strftime("%Y-%m-%d %H.%M")
    folder = path.parent
    name = QCoreApplication.translate("ProjectOpener", "{name} (restored {time})").format(
        name=path.stem, time=stamp
    )
    candidate = folder / f"{name}.fieldnotes"
    number = 2
    while candidate.exists():
        candidate = folder / f"{name} {number}.fieldnotes"
        number += 1
    return candidate
