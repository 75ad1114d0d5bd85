"""The log file: private, bounded, and never holding what people wrote."""

from __future__ import annotations

import logging
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldnotes.ui.logging_setup import (
    BACKUP_COUNT,
    LOG_NAME,
    MAX_BYTES,
    PrivateRotatingFileHandler,
    log_to_file,
)

NOTE = "Marieke told us about her debts at the food bank"


@pytest.fixture
def log_dir(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "logs"
    handler = log_to_file(folder)
    assert handler is not None
    try:
        yield folder
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()


def _log_text(folder: Path) -> str:
    for handler in logging.getLogger().handlers:
        if isinstance(handler, PrivateRotatingFileHandler):  # others may be stale streams
            handler.flush()
    return (folder / LOG_NAME).read_text(encoding="utf-8")


def test_the_log_folder_and_file_are_private(log_dir: Path) -> None:
    logging.getLogger("fieldnotes.test").warning("something happened")
    assert stat.S_IMODE(log_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE((log_dir / LOG_NAME).stat().st_mode) == 0o600


def test_an_existing_loose_folder_and_file_are_tightened(tmp_path: Path) -> None:
    folder = tmp_path / "logs"
    folder.mkdir(mode=0o755)
    (folder / LOG_NAME).write_text("old line\n")
    (folder / LOG_NAME).chmod(0o644)
    handler = log_to_file(folder)
    assert handler is not None
    try:
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        assert stat.S_IMODE((folder / LOG_NAME).stat().st_mode) == 0o600
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()


def test_an_exception_is_logged_by_type_and_place_without_its_message(log_dir: Path) -> None:
    def save_note() -> None:
        try:
            raise KeyError(NOTE)
        except KeyError as exc:
            raise ValueError(f"could not save {NOTE!r}") from exc

    try:
        save_note()
    except ValueError:
        logging.getLogger("fieldnotes.test").exception("saving failed")
    text = _log_text(log_dir)
    assert "saving failed" in text
    assert "ValueError" in text and "KeyError" in text  # the type, and the cause's
    assert "save_note" in text and "test_logging_setup.py" in text  # the place
    assert "Marieke" not in text and "debts" not in text


def test_an_exception_passed_as_an_argument_is_logged_by_type(log_dir: Path) -> None:
    logging.getLogger("fieldnotes.test").warning("search failed: %s", RuntimeError(NOTE))
    text = _log_text(log_dir)
    assert "search failed: RuntimeError" in text
    assert "Marieke" not in text


def test_the_log_rotates_and_keeps_five_old_files(tmp_path: Path) -> None:
    handler = PrivateRotatingFileHandler(tmp_path / LOG_NAME)
    logger = logging.getLogger("fieldnotes.test.rotation")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        line = "x" * 1000
        for _ in range((BACKUP_COUNT + 2) * MAX_BYTES // 1000):
            logger.warning(line)
    finally:
        logger.removeHandler(handler)
        logger.propagate = True
        handler.close()
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == [LOG_NAME] + [f"{LOG_NAME}.{n}" for n in range(1, BACKUP_COUNT + 1)]
    for path in tmp_path.iterdir():
        assert path.stat().st_size <= MAX_BYTES + 2000
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_hard_crash_is_written_into_the_log_file(tmp_path: Path) -> None:
    """A segfault (in Qt, say) leaves its stack in the log, not only on a closed terminal."""
    script = (
        "import faulthandler, sys; from pathlib import Path;"
        "from fieldnotes.ui.logging_setup import log_to_file;"
        "log_to_file(Path(sys.argv[1])); faulthandler._sigsegv()"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)],
        capture_output=True,
        cwd=Path(__file__).parents[2],
        timeout=60,
    )
    assert done.returncode != 0
    text = (tmp_path / LOG_NAME).read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in text


def test_no_log_call_puts_text_into_its_message_itself() -> None:
    """Log calls pass values as arguments, where the privacy filter sees exceptions.

    An f-string, ``str(exc)`` or ``.format`` inside a log call would bake a message
    (maybe with note text) into the record before any filter could take it out.
    """
    import ast

    root = Path(__file__).resolve().parents[2] / "fieldnotes"
    offences = []
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id in {"logger", "logging"}
                and node.func.attr in {"debug", "info", "warning", "error", "exception", "critical"}
            ):
                continue
            for arg in node.args:
                for part in ast.walk(arg):
                    baked = isinstance(part, ast.JoinedStr) or (
                        isinstance(part, ast.Call)
                        and (
                            (isinstance(part.func, ast.Name) and part.func.id in {"str", "repr"})
                            or (isinstance(part.func, ast.Attribute) and part.func.attr == "format")
                        )
                    )
                    if baked or isinstance(part, ast.BinOp):
                        offences.append(f"{path.relative_to(root)}:{node.lineno}")
    assert offences == []
