"""Writing an output file so that it is either complete or untouched.

Data goes to a temporary file beside the target, is flushed to disk, and is renamed
over the target only on success; a failure or cancel leaves the old file as it was.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from fieldnotes.errors import QT_TRANSLATE_NOOP, OutputError, os_reason


@contextmanager
def atomic_output(path: Path) -> Iterator[BinaryIO]:
    """Yield a binary file that replaces ``path`` when the block ends without error."""
    path = Path(path)
    if path.is_dir():
        raise OutputError(
            QT_TRANSLATE_NOOP("Errors", "Cannot write {path}: it is a folder."), path=path
        )
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except FileNotFoundError:
        raise OutputError(
            QT_TRANSLATE_NOOP("Errors", "Cannot write {path}: the folder {folder} does not exist."),
            path=path,
            folder=path.parent,
        ) from None
    except OSError as exc:
        raise OutputError(
            QT_TRANSLATE_NOOP("Errors", "Cannot write {path}: {reason}."),
            path=path,
            reason=os_reason(exc),
        ) from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        _keep_mode(path, tmp)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OutputError(
            QT_TRANSLATE_NOOP("Errors", "Cannot write {path}: {reason}."),
            path=path,
            reason=os_reason(exc),
        ) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_atomic(path: Path, write: Callable[[BinaryIO], None]) -> None:
    with atomic_output(path) as handle:
        write(handle)


def _keep_mode(target: Path, tmp: Path) -> None:
    """Give the new file the old file's permissions, or the usual ones for a new file."""
    try:
        mode = target.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    with contextlib.suppress(OSError):
        tmp.chmod(mode)
