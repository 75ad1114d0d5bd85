"""Writing an output file so that it is either complete or untouched.

Data goes to a temporary file beside the target, is flushed to disk, and is renamed
over the target only on success; a failure or cancel leaves the old file as it was.
A process killed midway (SIGKILL, a power cut) cannot remove its temporary file, so each
successful write removes those that earlier, dead writes to the same target left.
"""

from __future__ import annotations

import contextlib
import glob
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from fieldnotes.errors import QT_TRANSLATE_NOOP, OutputError, os_reason

try:
    import fcntl
except ImportError:  # Windows: an open file cannot be deleted there, which protects it
    fcntl = None  # type: ignore[assignment]

_SUFFIX = ".part"


@contextmanager
def atomic_output(path: Path) -> Iterator[BinaryIO]:
    """Yield a binary file that replaces ``path`` when the block ends without error."""
    path = Path(path)
    if path.is_dir():
        raise OutputError(
            QT_TRANSLATE_NOOP("Errors", "Cannot write {path}: it is a folder."), path=path
        )
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=_SUFFIX, dir=path.parent)
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
            _mark_in_use(handle.fileno())
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
    _remove_abandoned(path)


def write_atomic(path: Path, write: Callable[[BinaryIO], None]) -> None:
    with atomic_output(path) as handle:
        write(handle)


def _mark_in_use(fd: int) -> None:
    """Lock the temporary file while it is written, so a cleanup leaves it alone.

    The lock goes when the process does, however it ends. Where the file system has no
    locks, the cleanup cannot take one either, and so removes nothing there.
    """
    if fcntl is not None:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _remove_abandoned(path: Path) -> None:
    """Remove temporary files of writes to ``path`` whose process died midway."""
    for stale in path.parent.glob(f".{glob.escape(path.name)}.*{_SUFFIX}"):
        with contextlib.suppress(OSError):  # in use (locked), or gone meanwhile
            if fcntl is None:
                stale.unlink()
                continue
            fd = os.open(stale, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                stale.unlink()
            finally:
                os.close(fd)


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
