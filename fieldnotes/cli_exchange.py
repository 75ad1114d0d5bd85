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

if TYPE_CHECKING:
    from fieldnotes.store import Project
    from fieldnotes.store.sync import MergeReport

EXIT_OK = 0
_NOT_ENCRYPTED = (
    "fieldnotes: warning: the project is encrypted, but this export is not; "
    "keep it safe or delete it after use."
)


def _say(text: str) -> None:
    print(text, file=sys.stderr)


T = TypeVar("T")


def add_export_formats(
    formats: argparse._SubParsersAction,
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


def add_merge_command(commands: argparse._SubParsersAction) -> None:
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
    from fieldnotes.cli_filters import check_filter_dates, read_filters
    from fieldnotes.cli_protect import open_existing
    from fieldnotes.export.refi_options import RefiSelection
    from fieldnotes.export.refi_project import write_qdpx

    check_filter_dates(args)
    with open_existing(args) as project:
        chosen = read_filters(project, args)
        selection = RefiSelection(
            meetings=list(chosen.meetings),
            date_from=chosen.date_from,
            date_to=chosen.date_to,
            codes=list(chosen.codes),
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
    _say(f"Wrote {count} {'code' if count == 1 else 'codes'} to {args.out}.")
    return EXIT_OK


def import_refi(args: argparse.Namespace, kind: str, path: Path) -> int:
    """``import qdpx F`` / ``import qdc F``: read and check the file, then merge it in.

    The file is read before the project is opened, so a bad one changes nothing and
    creates no project; a project import makes a backup first.
    """
    if kind == "qdpx":
        from fieldnotes.imports.refi_project import import_refi_project, read_qdpx

        project_data = read_qdpx(path)
        done = _into_project(args, lambda p: import_refi_project(p, project_data), backup=True)
        print(done.describe(), file=sys.stderr)
    else:
        from fieldnotes.imports.refi_codebook import merge_codebook, read_qdc

        codebook = read_qdc(path)
        merged = _into_project(args, lambda p: merge_codebook(p, codebook), backup=False)
        print(merged.describe(), file=sys.stderr)
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
    """``merge OTHER``: a backup, then one transaction; ``--dry-run`` writes nothing at all."""
    from fieldnotes.cli_protect import open_existing
    from fieldnotes.errors import ReadOnlyError

    if args.dry_run:
        try:
            project = open_existing(args, read_only=True)
        except ReadOnlyError:  # an older project would need updating first: use a copy
            return _dry_run_on_a_copy(args)
    else:
        project = open_existing(args)
    with project:
        report = _merge_asking(project, args.other, dry_run=args.dry_run)
    _print_report(report, args, project.path)
    return EXIT_OK


def _merge_asking(project: Project, other: Path, *, dry_run: bool) -> MergeReport:
    """Merge; an encrypted other file is tried with the project's passphrase, then with
    ``FIELDNOTES_OTHER_PASSPHRASE``, and only then asked for on a terminal."""
    from fieldnotes.cli_passphrase import OTHER_PASSPHRASE_ENV, other_passphrase
    from fieldnotes.errors import QT_TRANSLATE_NOOP, PassphraseError
    from fieldnotes.store.sync import merge_projects

    given = other_passphrase(other, ask=False)
    try:
        return merge_projects(project, other, given, dry_run=dry_run, backup=not dry_run)
    except PassphraseError:
        asked = other_passphrase(other, ask=True)
        if asked is not None:
            return merge_projects(project, other, asked, dry_run=dry_run, backup=not dry_run)
        if given is not None:
            raise
        raise PassphraseError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} is encrypted with another passphrase: set {variable} or run this "
                "in a terminal to be asked for it.",
            ),
            path=other,
            variable=OTHER_PASSPHRASE_ENV,
        ) from None


def _dry_run_on_a_copy(args: argparse.Namespace) -> int:
    """A dry run for a project that must be updated first: update a private copy."""
    import shutil
    import tempfile

    from fieldnotes.cli_passphrase import passphrase_for
    from fieldnotes.paths import resolve_project_path
    from fieldnotes.store import Project
    from fieldnotes.store.backup import copy_project
    from fieldnotes.store.sync.other import refuse_same_file

    path, _ = resolve_project_path(args.db)
    refuse_same_file(path, args.other)
    passphrase = passphrase_for(path)
    folder = Path(tempfile.mkdtemp(prefix="fieldnotes-dry-run-"))
    try:
        copy = folder / path.name
        copy_project(path, copy, passphrase)
        with Project.open(copy, create=False, passphrase=passphrase) as project:
            report = _merge_asking(project, args.other, dry_run=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    _print_report(report, args, path)
    return EXIT_OK


def _print_report(report: MergeReport, args: argparse.Namespace, path: Path) -> None:
    import json
    import sys

    if args.json:
        sys.stdout.write(json.dumps(report.to_json(), ensure_ascii=False, indent=2) + "\n")
        return
    from fieldnotes.display import for_terminal
    from fieldnotes.store.sync.report import REASONS

    shown = for_terminal if sys.stdout.isatty() else str  # labels quote people's notes
    lines = report.table()
    for kind, item, reason, label in report.conflicts:
        lines.append(f"Conflict: {kind} {item}, {REASONS.get(reason, reason)}: {shown(label)}")
    lines.append(report.describe())
    if report.dry_run:
        lines.append("Dry run: nothing was changed.")
    elif report.backup is not None:
        lines.append(f"Backup: {report.backup}")
        before = path.with_name(f"{path.stem}-before-merge{path.suffix}")
        lines.append(
            f"To undo the merge: fieldnotes restore {_quoted(report.backup)} "
            f"--out {_quoted(str(before))} (then open that file instead)"
        )
    sys.stdout.write("".join(f"{line}\n" for line in lines))


def _quoted(text: str) -> str:
    import shlex

    return shlex.quote(text)
