"""Automatic backups of a project, and restoring one as a new project.

Backups are taken with SQLite's online backup API, page by page from a live
connection, so a backup is consistent even while the app is writing; a plain file copy
could catch a half-written page. An encrypted project's backups are keyed with the same
passphrase (the backup API refuses to copy an encrypted file into a plain one). Each
backup has a small sidecar with its time and observation count, so listing them needs
no passphrase.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import secrets
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from fieldnotes.errors import QT_TRANSLATE_NOOP, OutputError, ProjectFileError, os_reason
from fieldnotes.store import connection, driver
from fieldnotes.store.failures import store_error
from fieldnotes.store.private_files import create_private, fsync_path

try:
    import fcntl
except ImportError:  # Windows: an open file cannot be deleted there, which protects it
    fcntl = None  # type: ignore[assignment]

logger = logging.getLogger(__name__)

KEEP_RECENT = 10
KEEP_DAILY_DAYS = 14
AUTOMATIC_INTERVAL = timedelta(minutes=10)
SUFFIX = ".fieldnotes"
_STAMP = "%Y%m%dT%H%M%S%fZ"
_LOCK = ".lock"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    time: datetime  # UTC
    size: int
    observations: int | None
    encrypted: bool

    def to_json(self) -> dict[str, object]:
        return {
            "path": str(self.path),
            "time": self.time.isoformat(timespec="seconds"),
            "size": self.size,
            "observations": self.observations,
            "encrypted": self.encrypted,
        }


def backup_folder(project_path: Path, root: Path | None = None) -> Path:
    """The folder holding one project's backups: named after it, unique to its place."""
    if root is None:
        from fieldnotes.paths import user_data_dir

        root = user_data_dir() / "backups"
    absolute = str(project_path.expanduser().absolute())
    digest = hashlib.sha256(absolute.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    return root / f"{project_path.stem[:40]}-{digest}"


def make_backup(
    project_path: Path,
    passphrase: str | None = None,
    *,
    root: Path | None = None,
    now: datetime | None = None,
) -> BackupInfo:
    """Back up the project at ``project_path`` now, then prune old backups."""
    now = now or datetime.now(UTC)
    folder = backup_folder(project_path, root)
    _private_folder(folder)
    final = folder / f"{project_path.stem[:40]}-{now.strftime(_STAMP)}{SUFFIX}"
    with _one_at_a_time(folder):
        source = driver.connect(project_path, passphrase, read_only=True)
        try:
            source.execute(f"PRAGMA busy_timeout = {connection.BUSY_TIMEOUT_MS}")
            observations = _copy_into(source, final, passphrase)
        except sqlite3.Error as exc:
            raise (store_error(exc, project_path) or exc) from exc
        finally:
            source.close()
        info = BackupInfo(final, now, final.stat().st_size, observations, passphrase is not None)
        _write_sidecar(info)
        prune(folder, now)
    logger.info("backup made (%d bytes)", info.size)
    return info


def copy_project(project_path: Path, destination: Path, passphrase: str | None = None) -> None:
    """Write a full, consistent copy of a project to a new file (never over an existing one)."""
    _refuse_existing(destination)
    source = driver.connect(project_path, passphrase, read_only=True)
    try:
        _copy_into(source, destination, passphrase)
    except sqlite3.Error as exc:
        raise (store_error(exc, project_path) or exc) from exc
    finally:
        source.close()


def restore_backup(backup: Path, out: Path, passphrase: str | None = None) -> None:
    """Write a new project at ``out`` from ``backup``, after checking the backup is sound."""
    _refuse_existing(out)
    findings = check_file(backup, passphrase)
    if findings:
        raise ProjectFileError(
            QT_TRANSLATE_NOOP("Errors", "The backup {path} is damaged: {finding}."),
            path=backup,
            finding=findings[0],
        )
    copy_project(backup, out, passphrase)


def list_backups(project_path: Path, root: Path | None = None) -> list[BackupInfo]:
    """The project's backups, newest first."""
    folder = backup_folder(project_path, root)
    if not folder.is_dir():
        return []
    found = [_read_info(path) for path in folder.glob(f"*{SUFFIX}")]
    return sorted((info for info in found if info), key=lambda i: i.time, reverse=True)


def rekey_backups(
    project_path: Path, old: str | None, new: str | None, root: Path | None = None
) -> int:
    """Give the project's backups its new key (or none); return how many were rewritten.

    A plain backup that cannot be encrypted is deleted: an unencrypted copy beside an
    encrypted project would defeat the point. Backups under an older key stay as they are.
    """
    from fieldnotes.errors import FieldnotesError
    from fieldnotes.store.encryption import rewrite_file

    rewritten = 0
    for info in list_backups(project_path, root):
        if info.encrypted != (old is not None):
            continue
        try:
            rewrite_file(info.path, old, new)
        except FieldnotesError as exc:
            logger.warning("a backup could not be rewritten: %s", type(exc).__name__)
            if old is None:
                info.path.unlink(missing_ok=True)
                _sidecar(info.path).unlink(missing_ok=True)
            continue
        _write_sidecar(replace(info, encrypted=new is not None))
        rewritten += 1
    return rewritten


def prune(folder: Path, now: datetime) -> list[Path]:
    """Keep the newest ``KEEP_RECENT``, plus the newest of each of the last 14 days."""
    backups = sorted(
        (info for info in map(_read_info, folder.glob(f"*{SUFFIX}")) if info),
        key=lambda i: i.time,
        reverse=True,
    )
    keep = {info.path for info in backups[:KEEP_RECENT]}
    days_seen: set[object] = set()
    oldest_day = (now - timedelta(days=KEEP_DAILY_DAYS)).astimezone().date()
    for info in backups:
        day = info.time.astimezone().date()
        if day > oldest_day and day not in days_seen:
            days_seen.add(day)
            keep.add(info.path)
    removed = [info.path for info in backups if info.path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
        _sidecar(path).unlink(missing_ok=True)
    _remove_leftovers(folder)
    return removed


@contextmanager
def _one_at_a_time(folder: Path) -> Iterator[None]:
    """One backup at a time per folder, across processes (the app's and the command line's).

    So removing what killed backups left can never remove a copy another backup is
    making. The lock goes with its process, however that ends.
    """
    if fcntl is None:
        yield
        return
    fd = os.open(folder / _LOCK, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        with suppress(OSError):  # a file system without locks: unguarded, as a last resort
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _remove_leftovers(folder: Path) -> None:
    """Remove what backups or prunes killed midway (SIGKILL, power cut) left behind.

    That is a copy under way with its journal (``.NAME.part``, ``.NAME.part-journal``), a
    claimed name the copy never reached (an empty ``NAME.fieldnotes``), and a sidecar
    whose backup was pruned. Run under :func:`_one_at_a_time`, none of them is in use.
    """
    for stale in folder.glob(".*.part*"):
        with suppress(OSError):
            stale.unlink()
    for claimed in folder.glob(f"*{SUFFIX}"):
        with suppress(OSError):
            if claimed.stat().st_size == 0:
                claimed.unlink()
    for sidecar in folder.glob(f"*{SUFFIX}.json"):
        if not sidecar.with_name(sidecar.name.removesuffix(".json")).exists():
            with suppress(OSError):
                sidecar.unlink()


def check_file(path: Path, passphrase: str | None = None, *, quick: bool = False) -> list[str]:
    """Findings of SQLite's integrity checks and the project's own; empty when sound.

    Opens the file read-only, so a damaged project is never written to. ``quick`` runs
    SQLite's ``quick_check`` only (every page read once, no index cross-checks).
    """
    kind = connection.inspect_file(path)
    if kind is connection.FileKind.EMPTY:
        raise ProjectFileError(
            QT_TRANSLATE_NOOP("Errors", "{path} is an empty file, not a fieldnotes project."),
            path=path,
        )
    if kind is connection.FileKind.ABSENT:
        raise ProjectFileError(
            QT_TRANSLATE_NOOP("Errors", "No fieldnotes project at {path}."), path=path
        )
    key = passphrase if kind is connection.FileKind.ENCRYPTED else None
    conn = driver.connect(path, key, read_only=True)
    try:
        connection.check_identity(conn, path, encrypted=kind is connection.FileKind.ENCRYPTED)
        if quick:
            rows = [row[0] for row in conn.execute("PRAGMA quick_check(5)")]
            return [] if rows == ["ok"] else rows
        return _findings(conn)
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.close()


def _findings(conn: sqlite3.Connection) -> list[str]:
    findings = [row[0] for row in conn.execute("PRAGMA integrity_check(20)")]
    if findings == ["ok"]:
        findings = []
    if findings:
        return findings
    for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
        findings.append(f"{table} row {rowid} refers to a missing {parent}")
    try:
        conn.execute("INSERT INTO observation_fts(observation_fts) VALUES ('integrity-check')")
    except sqlite3.OperationalError as exc:
        if "readonly" not in str(exc):
            findings.append(f"search index: {exc}")
    cac = conn.execute("SELECT count(*) FROM codes WHERE id LIKE 'cac:%' AND locked").fetchone()
    if cac[0] < 32:
        findings.append("the CAC framework codes are incomplete")
    return findings


def _copy_into(source: sqlite3.Connection, final: Path, passphrase: str | None) -> int:
    """Back up ``source`` into a new private file at ``final``; return its observation count."""
    temporary = final.with_name(f".{final.name}.{secrets.token_hex(4)}.part")
    try:
        create_private(temporary)
        target = driver.connect(temporary, passphrase)
        try:
            source.backup(target)
            observations = int(target.execute("SELECT count(*) FROM observations").fetchone()[0])
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
        fsync_path(temporary)
        # Claim the name first, so an existing file is never replaced (links need not
        # exist on a memory stick, so no os.link).
        create_private(final)
        temporary.replace(final)
        fsync_path(final.parent)
    except FileExistsError as exc:
        raise OutputError(
            QT_TRANSLATE_NOOP("Errors", "{path} already exists; choose a new name."), path=final
        ) from exc
    except OSError as exc:
        raise OutputError(
            QT_TRANSLATE_NOOP("Errors", "Cannot write {path}: {reason}."),
            path=final,
            reason=os_reason(exc),
        ) from exc
    finally:
        connection.remove_project_files(temporary)
    return observations


def _refuse_existing(path: Path) -> None:
    if path.exists() or path.is_symlink():
        raise OutputError(
            QT_TRANSLATE_NOOP("Errors", "{path} already exists; choose a new name."), path=path
        )


def _private_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise OutputError(
            QT_TRANSLATE_NOOP("Errors", "Cannot write {path}: {reason}."),
            path=folder,
            reason=os_reason(exc),
        ) from exc


def _sidecar(path: Path) -> Path:
    return path.with_name(path.name + ".json")


def _write_sidecar(info: BackupInfo) -> None:
    payload = json.dumps(
        {
            "time": info.time.isoformat(),
            "observations": info.observations,
            "encrypted": info.encrypted,
        }
    ).encode("utf-8")
    fd = os.open(_sidecar(info.path), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(payload)


def _read_info(path: Path) -> BackupInfo | None:
    try:
        size = path.stat().st_size
    except OSError:
        return None
    if size == 0:  # a name claimed by a backup that was killed before its copy landed
        return None
    meta: dict[str, object] = {}
    try:
        meta = json.loads(_sidecar(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        logger.info("backup without a readable sidecar")
    time = _time_from(meta.get("time")) or _time_from_name(path)
    if time is None:
        return None
    observations = meta.get("observations")
    encrypted = meta.get("encrypted")
    if not isinstance(encrypted, bool):
        encrypted = connection.inspect_file(path) is connection.FileKind.ENCRYPTED
    return BackupInfo(
        path, time, size, observations if isinstance(observations, int) else None, encrypted
    )


def _time_from(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _time_from_name(path: Path) -> datetime | None:
    stamp = path.stem.rsplit("-", 1)[-1]
    try:
        return datetime.strptime(stamp, _STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None
