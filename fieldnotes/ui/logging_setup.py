"""The desktop app's log file: private, bounded, and free of what people wrote.

Researchers are asked to attach this file when they report a problem, and their notes
are about vulnerable people. So the file is readable by its owner only (0600, in a 0700
folder), rotates at 1 MB keeping five old files, and never holds an exception's message:
a message may quote note text ("no such observation: <text>"), a participant's name or
a search query. What it keeps is enough to find a bug: the exception's type and where
it was raised (file, line, function). ``faulthandler`` writes a hard crash's stack into
the same file, so a segfault in Qt leaves a trace too.
"""

from __future__ import annotations

import faulthandler
import io
import logging
import os
import traceback
from pathlib import Path
from types import TracebackType
from typing import IO

LOG_NAME = "fieldnotes.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FILE_MODE = 0o600
DIR_MODE = 0o700
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def exception_summary(kind: type[BaseException]) -> str:
    """An exception's type as ``module.Name``: what a log may say about an error."""
    module = kind.__module__
    return kind.__qualname__ if module == "builtins" else f"{module}.{kind.__qualname__}"


def format_exception_safely(exc_info: ExcInfo) -> str:
    """A traceback with every frame (and its source line) but no exception's message.

    Chained exceptions (``raise … from``, errors while handling one) are kept the same
    way, oldest first as Python prints them: their messages carry the user's words as
    often as the last one's.
    """
    _kind, value, tb = exc_info
    blocks: list[str] = []
    current: BaseException | None = value
    seen: set[int] = set()
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        frames = traceback.extract_tb(tb if current is value else current.__traceback__)
        blocks.insert(
            0,
            "Traceback (most recent call last):\n"
            + "".join(traceback.format_list(frames))
            + f"{exception_summary(type(current))} (message left out of the log)\n",
        )
        following: BaseException | None = None
        if current.__cause__ is not None:
            following, link = current.__cause__, "The above exception was the direct cause"
        elif current.__context__ is not None and not current.__suppress_context__:
            following, link = current.__context__, "During handling of the above exception"
        if following is not None and id(following) not in seen:
            blocks.insert(0, f"\n{link} of the following:\n\n")
        current = following
    return "".join(blocks).rstrip("\n")


class PrivacyFilter(logging.Filter):
    """Replace exceptions passed as log arguments (``"failed: %s", exc``) by their type.

    Exception messages are the one place a log record picks up the user's words
    without anyone writing them there on purpose; everything else a module logs is
    chosen by its author, and the modules log counts and kinds, not text.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, BaseException):
            record.msg = exception_summary(type(record.msg))
        if isinstance(record.args, tuple):
            record.args = tuple(_safe_arg(arg) for arg in record.args)
        elif isinstance(record.args, dict):
            record.args = {key: _safe_arg(arg) for key, arg in record.args.items()}
        return True


def _safe_arg(arg: object) -> object:
    return exception_summary(type(arg)) if isinstance(arg, BaseException) else arg


class PrivateFormatter(logging.Formatter):
    """The usual log line, with tracebacks that keep frames and drop messages."""

    def format(self, record: logging.LogRecord) -> str:
        # Another handler may have formatted the record first and cached its full
        # traceback (message included) in ``exc_text``: never reuse that one.
        cached, record.exc_text = record.exc_text, None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatException(self, ei: object) -> str:
        if not isinstance(ei, tuple) or ei[0] is None:
            return ""
        return format_exception_safely(ei)


class PrivateRotatingFileHandler(logging.FileHandler):
    """A rotating log whose files are created 0600 and whose crash stacks land in it.

    ``faulthandler`` writes to a raw file descriptor when the process dies; it gets
    its own descriptor on the current log file, replaced (new one first, then the old
    closed) at each rotation, so it never points at a closed and reused descriptor.

    It rotates as ``logging.handlers.RotatingFileHandler`` does (before a record that
    would take the file past ``MAX_BYTES``, keeping ``BACKUP_COUNT`` old files), but
    without that module, which brings ``socket``, ``pickle`` and ``queue`` (~5 ms) into
    every start for handlers the app never uses.
    """

    def __init__(self, path: Path) -> None:
        self._fault_file: IO[str] | None = None
        super().__init__(path, mode="a", encoding="utf-8", delay=False)
        self.addFilter(PrivacyFilter())
        self.setFormatter(PrivateFormatter(FORMAT))
        self._follow_with_faulthandler()

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE)
        os.fchmod(fd, FILE_MODE)  # an older, looser file is tightened too
        return os.fdopen(fd, "a", encoding="utf-8")

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._should_roll_over(record):
                self.doRollover()
            super().emit(record)
        except Exception:
            self.handleError(record)

    def _should_roll_over(self, record: logging.LogRecord) -> bool:
        if self.stream is None:
            self.stream = self._open()
        line = f"{self.format(record)}{self.terminator}"
        self.stream.seek(0, os.SEEK_END)  # append mode: the end is where it writes
        return self.stream.tell() + len(line) >= MAX_BYTES

    def doRollover(self) -> None:
        """fieldnotes.log → .1 → .2 … → .5, the oldest dropped; a new, empty log."""
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        base = Path(self.baseFilename)
        for number in range(BACKUP_COUNT - 1, 0, -1):
            older = base.with_name(f"{base.name}.{number}")
            if older.exists():
                older.replace(base.with_name(f"{base.name}.{number + 1}"))
        if base.exists():
            base.replace(base.with_name(f"{base.name}.1"))
        self.stream = self._open()
        self._follow_with_faulthandler()

    def _follow_with_faulthandler(self) -> None:
        old, self._fault_file = self._fault_file, self._open()
        faulthandler.enable(file=self._fault_file, all_threads=True)
        if old is not None:
            old.close()

    def close(self) -> None:
        if self._fault_file is not None:
            faulthandler.disable()
            self._fault_file.close()
            self._fault_file = None
        super().close()


def log_to_file(log_dir: Path) -> PrivateRotatingFileHandler | None:
    """Send INFO and above to ``log_dir/fieldnotes.log``; None if the folder is unusable.

    The folder is created (or tightened) to 0700: even the names of the log files'
    owner's projects are nobody else's business.
    """
    try:
        log_dir.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
        log_dir.chmod(DIR_MODE)
        handler = PrivateRotatingFileHandler(log_dir / LOG_NAME)
    except OSError:
        return None
    handler.setLevel(logging.INFO)
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(min(root.level or logging.INFO, logging.INFO))
    return handler
