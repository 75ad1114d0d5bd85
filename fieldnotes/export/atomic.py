"""Writing an output file so that it is either complete or untouched.

Data goes to a temporary file beside the target (``.NAME.xxxxxxxx.part``, mode 0600),
is flushed to disk, and is renamed over the target only on success; a failure or
cancel removes the temporary and leaves the old file as it was. A process that is
killed (SIGKILL, a power cut) cannot clean up after itself, so every write, before it
starts and after it succeeds, removes this user's temporaries for the same target that
no live write holds: a writer keeps an advisory lock on its temporary, which goes with
its process however that ends. Where there are no such locks, a temporary untouched
for ``STALE_AFTER`` seconds counts as abandoned instead.

Outputs hold research data (real names, in a JSON dump), so a new file is readable
by its owner only, whatever the umask; a file that is replaced keeps its permissions.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from fieldnotes.errors import QT_TRANSLATE_NOOP, OutputError, os_reason

try:
    import fcntl
except ImportError:  # Windows: an open file cannot be deleted there, which protects it
    fcntl = None  # type: ignore[assignment]

NEW_FILE_MODE = 0o600
STALE_AFTER = 15 * 60  # seconds without a write
_SUFFIX = ".part"
_RANDOM = re.compile(r"[a-z0-9_]{8}")  # what tempfile puts between prefix and suffix


@contextmanager
def atomic_output(path: Path) -> Iterator[BinaryIO]:
    """Yield a binary file that replaces ``path`` when the block ends without error."""
    path = Path(path)
    if path.is_dir():
        raise OutputError(
            QT_TRANSLATE_NOOP("Errors", "Cannot write {path}: it is a folder."), path=path
        )
    remove_stale_temporaries(path)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=_prefix(path), suffix=_SUFFIX, dir=path.parent)
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
            fd = -1  # the file object owns it now
            _mark_in_use(handle.fileno())
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        _keep_mode(path, tmp)
        tmp.replace(path)
    except OSError as exc:
        _discard(fd, tmp)
        raise OutputError(
            QT_TRANSLATE_NOOP("Errors", "Cannot write {path}: {reason}."),
            path=path,
            reason=os_reason(exc),
        ) from None
    except BaseException:
        _discard(fd, tmp)
        raise
    remove_stale_temporaries(path)


def write_atomic(path: Path, write: Callable[[BinaryIO], object]) -> None:
    with atomic_output(path) as handle:
        write(handle)


def remove_stale_temporaries(path: Path) -> list[Path]:
    """Remove this user's abandoned temporaries for ``path``; returns what was removed.

    Only names of exactly our pattern, regular files (never links), owned by this user,
    and not locked by a live write (without locks: untouched for ``STALE_AFTER`` seconds);
    anything else is left alone.
    """
    prefix, removed = _prefix(path), []
    cutoff = time.time() - STALE_AFTER
    with contextlib.suppress(OSError), os.scandir(path.parent) as entries:
        for entry in entries:
            name = entry.name
            if not (name.startswith(prefix) and name.endswith(_SUFFIX)):
                continue
            if not _RANDOM.fullmatch(name[len(prefix) : -len(_SUFFIX)]):
                continue
            with contextlib.suppress(OSError):
                info = entry.stat(follow_symlinks=False)
                if _ours(info) and _abandoned(Path(entry.path), info, cutoff):
                    stale = Path(entry.path)
                    stale.unlink()
                    removed.append(stale)
    return removed


def _mark_in_use(fd: int) -> None:
    """Lock the temporary while it is written, so that no cleanup takes it for abandoned."""
    if fcntl is not None:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _abandoned(temporary: Path, info: os.stat_result, cutoff: float) -> bool:
    if fcntl is None:
        return info.st_mtime < cutoff
    fd = os.open(temporary, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # OSError: a live write holds it
    except OSError:
        return False
    finally:
        os.close(fd)
    return True


def _prefix(path: Path) -> str:
    return f".{path.name}."


def _ours(info: os.stat_result) -> bool:
    owner = getattr(os, "getuid", None)
    return stat.S_ISREG(info.st_mode) and (owner is None or info.st_uid == owner())


def _discard(fd: int, tmp: Path) -> None:
    if fd >= 0:
        with contextlib.suppress(OSError):
            os.close(fd)
    with contextlib.suppress(OSError):
        tmp.unlink(missing_ok=True)


def _keep_mode(target: Path, tmp: Path) -> None:
    """A replaced file keeps its permissions; a new one stays as created (0600)."""
    try:
        mode = target.stat().st_mode & 0o777
    except FileNotFoundError:
        mode = NEW_FILE_MODE
    with contextlib.suppress(OSError):
        tmp.chmod(mode)
