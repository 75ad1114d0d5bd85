"""Commands that exchange material with other tools and team members.

``export qdpx`` / ``export qdc`` and ``import qdpx`` / ``import qdc`` speak REFI-QDA
(QualCoder, ATLAS.ti, MAXQDA, NVivo); ``merge`` brings a colleague's project file in.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from fieldnotes.errors import FieldnotesError

if TYPE_CHECKING:
    from fieldnotes.store import Project

EXIT_OK = 0
_NOT_ENCRYPTED = (
    "fieldnotes: warning: the project is encrypted, but this export is not; "
    "keep it safe or delete it after use."
)


def _say(text: str) -> None:
    print(text, file=sys.stderr)


T = TypeVar("T")


def add_export_formats(
    formats: argparse._SubParsersAction,  # type: ignore[type-arg]
    add_selection_options: Callable[[argparse.ArgumentParser], None],
) -> None:
    as_qdpx = formats.add_parser(
        "qdpx",
        help="REFI-QDA project for QualCoder, ATLAS.ti, MAXQDA, NVivo (pseudonyms only)",
        description="Write a REFI-QDA project (.qdpx): each meeting a text source, each "
        "observation a coded selection, the CAC and the themes as a code tree, memos as notes, "
        "participants as cases under their pseudonyms. Real names are never written.",
    )
    as_qdpx.add_argument("--out", metavar="FILE", type=Path, required=True, help="the .qdpx")
    add_selection_options(as_qdpx)
    as_qdpx.set_defaults(handler=export_qdpx)
    as_qdc = formats.add_parser(
        "qdc",
        help="REFI-QDA codebook (.qdc) to share with the team",
        description="Write the codebook (the CAC and the themes) as a REFI-QDA .qdc file.",
    )
    as_qdc.add_argument("--out", metavar="FILE", type=Path, required=True, help="the .qdc")
    as_qdc.set_defaults(handler=export_qdc)


def add_merge_command(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    merge = commands.add_parser(
        "merge",
        help="merge a colleague's copy of the project into this one",
        description="Bring in what a colleague changed in their copy of the project. An item "
        "changed on one side only takes that change; an item both changed differently (or one "
        "deleted and the other edited) keeps this project's version in place and the other as "
        "a conflict record to resolve in the app. A backup is made first.",
    )
    merge.add_argument("other", metavar="OTHER.fieldnotes", type=Path, help="the other project")
    merge.add_argument(
        "--dry-run", action="store_true", help="show what would change, change nothing"
    )
    merge.add_argument("--json", action="store_true", help="print the summary as JSON")
    merge.set_defaults(handler=merge_project)


def export_qdpx(args: argparse.Namespace) -> int:
    from fieldnotes.cli_checks import check_codes, check_dates, check_meetings
    from fieldnotes.cli_protect import open_existing
    from fieldnotes.export.refi_options import RefiSelection
    from fieldnotes.export.refi_project import write_qdpx

    check_dates(date_from=args.date_from, date_to=args.date_to)
    with open_existing(args) as project:
        check_codes(project, args.code)
        check_meetings(project, args.meeting)
        selection = RefiSelection(
            meetings=list(args.meeting),
            date_from=args.date_from,
            date_to=args.date_to,
            codes=list(args.code),
        )
        summary = write_qdpx(project, selection, args.out)
        encrypted = project.encrypted
    _say(f"Wrote {summary.describe()} to {args.out}.")
    for line in summary.replacements:
        _say(f"Replaced real name {line}")
    if encrypted:
        _say(_NOT_ENCRYPTED)
    return EXIT_OK


def export_qdc(args: argparse.Namespace) -> int:
    from fieldnotes.cli_protect import open_existing
    from fieldnotes.export.refi_codebook import write_qdc

    with open_existing(args) as project:
        count = write_qdc(project, args.out)
    _say(f"Wrote {count} codes to {args.out}.")
    return EXIT_OK


def import_refi(args: argparse.Namespace, kind: str, path: Path) -> int:
    """``import qdpx F`` / ``import qdc F``: read and check the file, then merge it in.

    The file is read before the project is opened, so a bad one changes nothing and
    creates no project; a project import makes a backup first.
    """
    if kind == "qdpx":
        from fieldnotes.imports.refi_project import import_refi_project, read_qdpx

        project_data = read_qdpx(path)
        summary = _into_project(args, lambda p: import_refi_project(p, project_data), backup=True)
    else:
        from fieldnotes.imports.refi_codebook import merge_codebook, read_qdc

        codebook = read_qdc(path)
        summary = _into_project(args, lambda p: merge_codebook(p, codebook), backup=False)
    print(summary.describe(), file=sys.stderr)
    return EXIT_OK


def _into_project(args: argparse.Namespace, work: Callable[[Project], T], *, backup: bool) -> T:
    """Run ``work`` on the ``--db`` project, created when absent (and removed again when
    the work fails, as an empty file given back empty)."""
    from fieldnotes.cli_passphrase import passphrase_for
    from fieldnotes.paths import resolve_project_path
    from fieldnotes.store import Project
    from fieldnotes.store.backup import make_backup
    from fieldnotes.store.connection import (
        missing_folders,
        remove_empty_folders,
        remove_project_files,
    )

    path, _ = resolve_project_path(args.db)
    existed = path.exists()
    was_empty = existed and path.is_file() and path.stat().st_size == 0
    folders = missing_folders(path)
    try:
        project = Project.open(path, create=True, passphrase=passphrase_for(path))
    except BaseException:
        remove_empty_folders(folders)
        raise
    try:
        if backup and not project.is_new:  # an import can change much: keep the state before it
            make_backup(path, project.passphrase)
        result = work(project)
    except BaseException:
        project.close()
        if not existed:
            remove_project_files(path)
            remove_empty_folders(folders)
        elif was_empty:
            remove_project_files(path)
            path.touch(mode=0o600)
        raise
    project.close()
    return result


def merge_project(args: argparse.Namespace) -> int:
    raise FieldnotesError("merge is not available yet.")
