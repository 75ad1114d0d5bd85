"""A backup killed midway (SIGKILL, power cut) leaves nothing behind once the next one ran,
and cleaning that up never touches a backup another process is making."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from fieldnotes.store import Project
from fieldnotes.store.backup import backup_folder, check_file, list_backups, make_backup

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")

# The copy goes one page at a time and the process kills itself after the first page,
# so the backup dies exactly midway, holding its temporary file and its journal.
KILLED_WHILE_COPYING = """
import os, signal, sys
from pathlib import Path
from fieldnotes.store import driver
from fieldnotes.store.backup import make_backup

copy = driver.Connection.backup

def one_page_then_die(self, target, **_):
    copy(self, target, pages=1, progress=lambda *_: os.kill(os.getpid(), signal.SIGKILL))

driver.Connection.backup = one_page_then_die
make_backup(Path(sys.argv[1]), os.environ.get("PASSPHRASE"), root=Path(sys.argv[2]))
"""


@pytest.mark.parametrize("passphrase", [None, "pw"])
def test_next_backup_removes_what_a_killed_one_left(
    tmp_path: Path, example_document: dict, passphrase: str | None
) -> None:
    from fieldnotes.imports.example import seed_example

    path = tmp_path / "study.fieldnotes"
    root = tmp_path / "backups"
    with Project.open(path, passphrase=passphrase) as project:
        seed_example(project)
    env = {**os.environ, **({"PASSPHRASE": passphrase} if passphrase else {})}
    child = subprocess.run(
        [sys.executable, "-c", KILLED_WHILE_COPYING, str(path), str(root)], env=env, timeout=60
    )
    assert child.returncode == -9
    folder = backup_folder(path, root)
    assert list(folder.glob(".*.part*")), "nothing was left midway"
    assert list_backups(path, root) == []

    info = make_backup(path, passphrase, root=root)
    assert _files(folder) == [info.path.name, info.path.name + ".json"]
    assert check_file(info.path, passphrase) == []


def _files(folder: Path) -> list[str]:
    """What the folder holds, besides the lock that keeps backups one at a time."""
    return sorted(p.name for p in folder.iterdir() if p.name != ".lock")


# Killed after claiming the backup's name (an empty file) and before the copy replaced it.
KILLED_BEFORE_THE_RENAME = """
import os, signal, sys
from pathlib import Path
from fieldnotes.store.backup import make_backup

def die(self, target):
    os.kill(os.getpid(), signal.SIGKILL)

Path.replace = die
make_backup(Path(sys.argv[1]), root=Path(sys.argv[2]))
"""


def test_a_name_claimed_by_a_killed_backup_is_no_backup(
    example_project: Project, tmp_path: Path
) -> None:
    root = tmp_path / "backups"
    child = subprocess.run(
        [sys.executable, "-c", KILLED_BEFORE_THE_RENAME, str(example_project.path), str(root)],
        timeout=60,
    )
    assert child.returncode == -9
    folder = backup_folder(example_project.path, root)
    assert [p.stat().st_size for p in folder.glob("*.fieldnotes")] == [0]
    assert list_backups(example_project.path, root) == []

    info = make_backup(example_project.path, root=root)
    assert [b.path for b in list_backups(example_project.path, root)] == [info.path]
    assert _files(folder) == [info.path.name, info.path.name + ".json"]


def test_a_sidecar_whose_backup_was_pruned_goes_too(
    example_project: Project, tmp_path: Path
) -> None:
    root = tmp_path / "backups"
    first = make_backup(example_project.path, root=root)
    first.path.unlink()  # a prune killed between removing a backup and its sidecar
    info = make_backup(example_project.path, root=root)
    folder = backup_folder(example_project.path, root)
    assert _files(folder) == [info.path.name, info.path.name + ".json"]


# A backup that copies one page, says so, and waits for a line on stdin before going on.
PAUSED_WHILE_COPYING = """
import os, sys
from pathlib import Path
from fieldnotes.store import driver
from fieldnotes.store.backup import make_backup

copy = driver.Connection.backup

def pause_after_one_page(self, target, **_):
    def paused(*_):
        if not getattr(paused, "done", False):
            paused.done = True
            print("copying", flush=True)
            sys.stdin.readline()
    copy(self, target, pages=1, progress=paused)

driver.Connection.backup = pause_after_one_page
print(make_backup(Path(sys.argv[1]), root=Path(sys.argv[2])).path, flush=True)
"""


def test_a_backup_in_another_process_is_left_to_finish(
    example_project: Project, tmp_path: Path
) -> None:
    root = tmp_path / "backups"
    child = subprocess.Popen(
        [sys.executable, "-c", PAUSED_WHILE_COPYING, str(example_project.path), str(root)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdin is not None and child.stdout is not None
    assert child.stdout.readline() == "copying\n"
    ours = threading.Thread(target=make_backup, args=(example_project.path,), kwargs={"root": root})
    ours.start()  # waits for the other backup, instead of removing its copy as a leftover
    ours.join(0.5)
    child.stdin.write("\n")
    child.stdin.flush()
    out, _ = child.communicate(timeout=60)
    ours.join(60)
    assert child.returncode == 0
    backups = list_backups(example_project.path, root)
    assert len(backups) == 2
    assert Path(out.strip()) in {b.path for b in backups}
    assert all(check_file(b.path) == [] for b in backups)
