"""Which project a command works on: ``--db`` anywhere, or a project file on its own.

``--db`` is the one option every command shares, and people type it where they think
of it: ``fieldnotes search trust --db study.fieldnotes`` as well as before the command.
A file manager starts the app as ``fieldnotes STUDY.fieldnotes`` (``Exec=fieldnotes %f``),
which opens that project like ``--db``. Given twice, ``--db`` must name one file.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from fieldnotes.errors import QT_TRANSLATE_NOOP, FieldnotesError

DB_OPTION = "--db"
_LEVEL_DESTS = ("db", "db_1", "db_2", "db_3")  # the main parser, then each nesting level
NO_DB = frozenset({"restore"})  # writes a new file from a backup: no project to name


class _DbValue(argparse.Action):
    """Collect every ``--db`` value; :func:`settle_db` checks that they agree."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        setattr(namespace, self.dest, [*(getattr(namespace, self.dest, None) or []), values])


def add_db_option(parser: argparse.ArgumentParser, *, level: int = 0) -> None:
    parser.add_argument(
        DB_OPTION,
        action=_DbValue,
        dest=_LEVEL_DESTS[level],
        metavar="PATH",
        default=None if level == 0 else argparse.SUPPRESS,
        help="project file to use, before or after the command (default: $FIELDNOTES_DB; "
        "else commands use the project in the user data folder, and the app opens your last "
        "study or the welcome)",
    )


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    found: dict[str, argparse.ArgumentParser] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            found.update(action.choices)
    return found


def accept_db_everywhere(parser: argparse.ArgumentParser, level: int = 0) -> None:
    """Give every command and nested command (but ``restore``) its own ``--db``.

    Each nesting level stores into its own attribute: argparse copies a subcommand's
    values over its parent's, so one shared attribute would lose the earlier value.
    """
    for name, sub in _subcommands(parser).items():
        if name in NO_DB:
            continue
        add_db_option(sub, level=level + 1)
        accept_db_everywhere(sub, level + 1)


def settle_db(args: argparse.Namespace) -> None:
    """``args.db``: the one project every ``--db`` named, or None (then $FIELDNOTES_DB)."""
    given: list[str] = []
    for dest in _LEVEL_DESTS:
        given += getattr(args, dest, None) or []
        if dest != "db" and hasattr(args, dest):
            delattr(args, dest)
    distinct = list(dict.fromkeys(_same_file_key(value) for value in given))
    if len(distinct) > 1:
        first, other = (next(v for v in given if _same_file_key(v) == key) for key in distinct[:2])
        raise FieldnotesError(
            QT_TRANSLATE_NOOP(
                "Errors", "--db names two different projects, {first} and {other}; give one."
            ),
            first=repr(first),
            other=repr(other),
        )
    args.db = given[0] if given else None


def _same_file_key(value: str) -> str:
    return os.path.normpath(Path(value).expanduser().absolute())


def project_argument(argv: Sequence[str], parser: argparse.ArgumentParser) -> list[str]:
    """``argv`` with a lone project file (``fieldnotes STUDY.fieldnotes``) given as ``--db``.

    Command names come first: only a first word that is no command, with no other word
    after it, is taken for a file, and it must exist.
    """
    words = list(argv)
    commands = _subcommands(parser)
    index, after_dashes = _first_word(words)
    if index is None or words[index] in commands:
        return words
    if not _others_are_values(words, index):
        return words  # more words: argparse says what is wrong with them
    name = words[index]
    path = Path(name).expanduser()
    if not path.exists():
        raise FieldnotesError(
            QT_TRANSLATE_NOOP(
                "Errors", "{name} is neither a command nor an existing project file ({commands})."
            ),
            name=repr(name),
            commands=", ".join(commands),
        )
    if path.is_dir():
        raise FieldnotesError(
            QT_TRANSLATE_NOOP("Errors", "{name} is a folder, not a project file."), name=repr(name)
        )
    rest = words[:index] + words[index + 1 :]
    if after_dashes:
        rest.remove("--")
    return [DB_OPTION, name, *rest]


def _first_word(words: list[str]) -> tuple[int | None, bool]:
    """Index of the first word that is no option or option value, and whether it
    follows ``--``."""
    i = 0
    while i < len(words):
        word = words[i]
        if word == "--":
            return (i + 1, True) if i + 1 < len(words) else (None, False)
        if word == DB_OPTION:
            i += 2
            continue
        if not word.startswith("-") or word == "-":
            return i, False
        i += 1
    return None, False


def _others_are_values(words: list[str], index: int) -> bool:
    """After the file, only options of the main parser (``--db X``, ``--debug``)."""
    i = index + 1
    while i < len(words):
        word = words[i]
        if word == DB_OPTION:
            i += 2
            continue
        if word == "--" or not word.startswith("-"):
            return False
        i += 1
    return True
