"""Where the command line gets a passphrase: the environment, else a prompt, never an argument.

An argument would be visible to every user of the machine (``ps``) and kept in the
shell's history; the environment and a terminal prompt are not.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from fieldnotes.errors import QT_TRANSLATE_NOOP, PassphraseError

PASSPHRASE_ENV = "FIELDNOTES_PASSPHRASE"
NEW_PASSPHRASE_ENV = "FIELDNOTES_NEW_PASSPHRASE"
OTHER_PASSPHRASE_ENV = "FIELDNOTES_OTHER_PASSPHRASE"


def is_encrypted(path: Path) -> bool:
    from fieldnotes.store.connection import FileKind, inspect_file

    return inspect_file(path) is FileKind.ENCRYPTED


def passphrase_for(path: Path) -> str | None:
    """The passphrase of the project at ``path`` when it is encrypted, else None."""
    if not is_encrypted(path):
        return None
    given = os.environ.get(PASSPHRASE_ENV)
    if given is not None:
        return given
    if _can_prompt():
        return _prompt(f"Passphrase for {path}: ")
    raise PassphraseError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{path} is encrypted (or not a fieldnotes project): set {variable} or run this "
            "in a terminal to be asked for the passphrase.",
        ),
        path=path,
        variable=PASSPHRASE_ENV,
    )


def other_passphrase(path: Path, *, ask: bool) -> str | None:
    """The passphrase of another project (``merge``): from the environment, or (``ask``)
    from a prompt on a terminal; None when there is none to be had.
    """
    if not ask:
        return os.environ.get(OTHER_PASSPHRASE_ENV)
    return _prompt(f"Passphrase for {path}: ") if _can_prompt() else None


def new_passphrase() -> str:
    """A new passphrase, typed twice when asked for on a terminal."""
    from fieldnotes.store.encryption import check_new_passphrase

    given = os.environ.get(NEW_PASSPHRASE_ENV)
    if given is not None:
        return check_new_passphrase(given)
    if not _can_prompt():
        raise PassphraseError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A new passphrase is needed: set {variable} or run this in a terminal.",
            ),
            variable=NEW_PASSPHRASE_ENV,
        )
    first = check_new_passphrase(_prompt("New passphrase: "))
    if _prompt("The same passphrase again: ") != first:
        raise PassphraseError(QT_TRANSLATE_NOOP("Errors", "The two passphrases differ."))
    return first


def _can_prompt() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _prompt(text: str) -> str:
    import getpass

    return getpass.getpass(text)
