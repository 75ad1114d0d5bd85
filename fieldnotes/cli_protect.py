"""The commands that protect a project: encryption, backups, restore and the check."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from fieldnotes.errors import QT_TRANSLATE_NOOP, FieldnotesError

if TYPE_CHECKING:
    from fieldnotes.store import Project

EXIT_OK = 0
EXIT_FINDING = 1


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    encrypt = commands.add_parser(
        "encrypt",
        help="encrypt the project in place (new passphrase from $FIELDNOTES_NEW_PASSPHRASE "
        "or a prompt)",
        description="Encrypt a plain project in place with SQLCipher, all or nothing; its "
        "backups are encrypted too. The passphrase comes from $FIELDNOTES_NEW_PASSPHRASE or "
        "a prompt, never from an argument.",
    )
    encrypt.set_defaults(handler=_cmd_encrypt)
    decrypt = commands.add_parser(
        "decrypt",
        help="turn an encrypted project back into a plain one",
        description="Decrypt the project in place (passphrase from $FIELDNOTES_PASSPHRASE "
        "or a prompt); its backups are decrypted too.",
    )
    decrypt.set_defaults(handler=_cmd_decrypt)
    rekey = commands.add_parser(
        "passphrase",
        help="change the passphrase of an encrypted project",
        description="Re-encrypt the project under a new passphrase ($FIELDNOTES_PASSPHRASE "
        "and $FIELDNOTES_NEW_PASSPHRASE, or prompts); its backups follow.",
    )
    rekey.set_defaults(handler=_cmd_passphrase)

    backup = commands.add_parser(
        "backup",
        help="make or list backups",
        description="Backups live in the user data folder, one folder per project: the "
        "last 10, plus one a day for 14 days. The app makes them on its own.",
    )
    actions = backup.add_subparsers(
        dest="backup_command", metavar="ACTION", required=True, help="what to do"
    )
    now = actions.add_parser(
        "now",
        help="make a backup and print its path",
        description="Back up the project now with SQLite's online backup API (safe while "
        "the app has it open) and print the backup's path.",
    )
    now.set_defaults(handler=_cmd_backup_now)
    listing = actions.add_parser(
        "list",
        help="list backups, newest first",
        description="List the project's backups, newest first, with time, size and "
        "number of observations.",
    )
    listing.add_argument("--json", action="store_true", help="print them as JSON")
    listing.set_defaults(handler=_cmd_backup_list)

    restore = commands.add_parser(
        "restore",
        help="write a new project from a backup",
        description="Check BACKUP, then write it as a new project at --out (which must not "
        "exist yet). The project itself is not touched.",
    )
    restore.add_argument("backup", metavar="BACKUP", type=Path, help="a backup file")
    restore.add_argument(
        "--out", metavar="NEW.fieldnotes", type=Path, required=True, help="the new project"
    )
    restore.set_defaults(handler=_cmd_restore)

    check = commands.add_parser(
        "check",
        help="check the project file for damage",
        description="Run SQLite's integrity check and the project's own checks without "
        "writing to the file; exit non-zero with the first finding when something is wrong.",
    )
    check.set_defaults(handler=_cmd_check)


def open_existing(args: argparse.Namespace, *, read_only: bool | None = None) -> Project:
    """The project named by ``--db`` (never created), keyed from the environment or a prompt."""
    from fieldnotes.cli_passphrase import passphrase_for
    from fieldnotes.paths import resolve_project_path
    from fieldnotes.store import Project

    path, _ = resolve_project_path(args.db)
    return Project.open(path, create=False, passphrase=passphrase_for(path), read_only=read_only)


def _path(args: argparse.Namespace) -> Path:
    from fieldnotes.paths import resolve_project_path

    return resolve_project_path(args.db)[0]


def _say(text: str) -> None:
    print(text, file=sys.stderr)


def _cmd_encrypt(args: argparse.Namespace) -> int:
    from fieldnotes.cli_passphrase import is_encrypted, new_passphrase
    from fieldnotes.store.encryption import rekey_project

    path = _path(args)
    if is_encrypted(path):
        raise FieldnotesError(
            QT_TRANSLATE_NOOP("Errors", "{path} is already encrypted."), path=path
        )
    rewritten = rekey_project(path, None, new_passphrase())
    _say(
        f"Encrypted {path} ({rewritten} backup(s) encrypted too). Keep the passphrase safe: "
        "without it nobody, you included, can open the project."
    )
    return EXIT_OK


def _cmd_decrypt(args: argparse.Namespace) -> int:
    from fieldnotes.cli_passphrase import passphrase_for
    from fieldnotes.store.encryption import rekey_project

    path = _path(args)
    passphrase = passphrase_for(path)
    if passphrase is None:
        raise FieldnotesError(QT_TRANSLATE_NOOP("Errors", "{path} is not encrypted."), path=path)
    rewritten = rekey_project(path, passphrase, None)
    _say(f"Decrypted {path} ({rewritten} backup(s) too); anyone with the file can read it now.")
    return EXIT_OK


def _cmd_passphrase(args: argparse.Namespace) -> int:
    from fieldnotes.cli_passphrase import new_passphrase, passphrase_for
    from fieldnotes.store.encryption import rekey_project

    path = _path(args)
    old = passphrase_for(path)
    if old is None:
        raise FieldnotesError(
            QT_TRANSLATE_NOOP("Errors", "{path} is not encrypted; use encrypt."), path=path
        )
    rewritten = rekey_project(path, old, new_passphrase())
    _say(f"Changed the passphrase of {path} ({rewritten} backup(s) follow).")
    return EXIT_OK


def _cmd_backup_now(args: argparse.Namespace) -> int:
    from fieldnotes.store.backup import make_backup

    with open_existing(args, read_only=True) as project:
        info = make_backup(project.path, project.passphrase)
    print(info.path)
    return EXIT_OK


def _cmd_backup_list(args: argparse.Namespace) -> int:
    from fieldnotes.store.backup import list_backups

    path = _path(args)
    backups = list_backups(path)
    if args.json:
        print(json.dumps([b.to_json() for b in backups], indent=2))
        return EXIT_OK
    for b in backups:
        local = b.time.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        count = "?" if b.observations is None else str(b.observations)
        lock = "  encrypted" if b.encrypted else ""
        print(f"{local}  {b.size:>10} bytes  {count:>6} observations{lock}  {b.path}")
    if not backups:
        _say(f"No backups of {path} yet.")
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace) -> int:
    from fieldnotes.cli_passphrase import passphrase_for
    from fieldnotes.store.backup import restore_backup

    restore_backup(args.backup, args.out, passphrase_for(args.backup))
    _say(f"Restored {args.backup} as {args.out}.")
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from fieldnotes.cli_passphrase import passphrase_for
    from fieldnotes.store.backup import check_file

    path = _path(args)
    findings = check_file(path, passphrase_for(path))
    if findings:
        extra = f" (and {len(findings) - 1} more)" if len(findings) > 1 else ""
        print(f"fieldnotes: error: {path} is damaged: {findings[0]}{extra}", file=sys.stderr)
        return EXIT_FINDING
    _say(f"{path}: ok ({datetime.now().astimezone():%Y-%m-%d %H:%M}).")
    return EXIT_OK
