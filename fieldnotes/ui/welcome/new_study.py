"""Creating a new study's project file: all or nothing, and never over an existing file.

Kept free of Qt so the rules (a title, a file that does not exist yet, a folder that can
be written) are plain functions; the form in ``new_study_dialog.py`` only gathers them.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from fieldnotes.domain.models import Study
from fieldnotes.errors import QT_TRANSLATE_NOOP, FieldnotesError, ProjectFileError, os_reason
from fieldnotes.store import Project
from fieldnotes.store.connection import (
    missing_folders,
    remove_empty_folders,
    remove_project_files,
)
from fieldnotes.store.private_files import create_private

SUFFIX = ".fieldnotes"
TITLE_LIMIT = 200
NAME_LIMIT = 80  # characters of the title kept in the file name
_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')


@dataclass(frozen=True)
class NewStudy:
    title: str
    researcher: str
    language: str  # the member-check documents' language: "en" or "nl"
    path: Path
    passphrase: str | None = None  # None: not encrypted


def file_name_for(title: str) -> str:
    """A file name from the study's title that every common file system accepts."""
    name = _UNSAFE.sub("-", title).strip(" .-")[:NAME_LIMIT].strip(" .-")
    return f"{name or 'study'}{SUFFIX}"


def check_title(title: str) -> str:
    title = " ".join(title.split())
    if not title:
        raise FieldnotesError(QT_TRANSLATE_NOOP("Errors", "Give the study a title."))
    return title[:TITLE_LIMIT]


def check_target(path: Path) -> None:
    """Refuse a file that exists, and a place no file can be created, before anything is."""
    if path.exists() or path.is_symlink():
        raise ProjectFileError(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} already exists: choose another name or folder for the study."
            ),
            path=path,
        )
    folder = path.absolute().parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir():
        raise ProjectFileError(
            QT_TRANSLATE_NOOP("Errors", "Cannot create the study in {folder}: it is not a folder."),
            folder=folder,
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ProjectFileError(
            QT_TRANSLATE_NOOP(
                "Errors", "Cannot create the study in {folder}: this folder cannot be written."
            ),
            folder=folder,
        )


def create_study(study: NewStudy) -> None:
    """Create the project file with the study's title, researcher and document language.

    On any failure nothing is left behind: not the file, not the folders made for it.
    """
    title = check_title(study.title)
    check_target(study.path)
    folders = missing_folders(study.path)
    created = False
    try:
        try:
            study.path.parent.mkdir(parents=True, exist_ok=True)
            create_private(study.path)  # fails if someone made the file meanwhile
        except OSError as exc:
            raise ProjectFileError(
                QT_TRANSLATE_NOOP("Errors", "Cannot create a project at {path}: {reason}."),
                path=study.path,
                reason=os_reason(exc),
            ) from exc
        created = True
        with Project.open(study.path, create=True, passphrase=study.passphrase) as project:
            project.study.update(Study(title, ""))
            project.settings.researcher = study.researcher
            project.settings.document_language = study.language
    except BaseException:
        if created:
            remove_project_files(study.path)
        remove_empty_folders(folders)
        raise
