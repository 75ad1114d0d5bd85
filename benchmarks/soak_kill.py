"""Kill ``fieldnotes`` with SIGKILL at random moments and check nothing was damaged or lost.

Run: ``.venv/bin/python -m benchmarks.soak_kill [--kills 1000] [--seed 1]`` (POSIX only).

Each run starts one child process on a project, plain and encrypted in turn (the encrypted
one gets its passphrase from ``FIELDNOTES_PASSPHRASE``), doing one of:

- ``import``: ``fieldnotes import`` of a medium interchange file (new ids each time);
- ``export-json`` / ``export-docx``: ``fieldnotes export json|docx --out FILE``;
- ``backup``: ``fieldnotes backup now``;
- ``typing``: ``benchmarks/soak_typing.py``, which autosaves a growing text the way the
  app does and acknowledges each write on stdout after it has committed.

The child is killed after a delay drawn uniformly over that operation's duration (measured
first, on a scratch copy). Then, in this process: ``check_file`` on the project (SQLite's
integrity and foreign-key checks, the search index, the CAC codes); an import must have
landed wholly or not at all (observation count exactly before or exactly after); an export
target holds its old content or a complete, valid new file; every listed backup passes
``check_file``; the typed text is a committed version no shorter than the last
acknowledged one. Temporary files (``.part``) a killed export or backup leaves behind must
be gone once the same operation has next completed. A completed import is undone by
going back to a fresh copy of the project, so it never grows far.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.soak_typing import MAX_STEP, TYPED
from benchmarks.synthetic import study

PASSPHRASE = "soak passphrase, not a secret"
OPERATIONS = ("import", "export-json", "export-docx", "backup", "typing")
TYPING_OBSERVATION = "base-o0"
TYPING_START = 50
TYPING_WINDOW_S = 1.0  # how long typing is let run after its first write, at most
REPO = Path(__file__).resolve().parents[1]
PROBLEMS = ("corrupt", "partial", "lost", "bad_output", "bad_backup", "stray", "failed")


@dataclass
class Tally:
    """What happened to one kind of operation; every field but runs/kills/completed is a problem."""

    runs: int = 0
    kills: int = 0
    completed: int = 0  # finished before its kill came
    corrupt: int = 0  # project failed check_file
    partial: int = 0  # an import neither wholly before nor wholly after
    lost: int = 0  # acknowledged typing writes missing after the kill
    bad_output: int = 0  # an export target neither old nor a complete valid file
    bad_backup: int = 0  # a listed backup failing check_file
    stray: int = 0  # temp files still there after the operation next completed
    failed: int = 0  # a run that was not killed but did not succeed
    # What the kills found, to show they landed on both sides of each commit or rename.
    seen: Counter[str] = field(default_factory=Counter)


@dataclass
class Summary:
    kills: int = 0
    seconds: float = 0.0
    by_operation: dict[str, Tally] = field(default_factory=lambda: {o: Tally() for o in OPERATIONS})
    details: list[str] = field(default_factory=list)

    def total(self, name: str) -> int:
        return sum(getattr(t, name) for t in self.by_operation.values())

    @property
    def problems(self) -> int:
        return sum(self.total(name) for name in PROBLEMS)

    def report(self) -> str:
        header = f"{'operation':<12}" + "".join(
            f"{n:>11}" for n in ("runs", "kills", "completed", *PROBLEMS)
        )
        rows = [header]
        for name, t in [*self.by_operation.items(), ("total", None)]:
            values = [
                self.total(n) if t is None else getattr(t, n)
                for n in ("runs", "kills", "completed", *PROBLEMS)
            ]
            rows.append(f"{name:<12}" + "".join(f"{v:>11}" for v in values))
        for name, t in self.by_operation.items():
            rows.append(f"  {name}: " + ", ".join(f"{n} {k}" for k, n in sorted(t.seen.items())))
        rows.append(
            f"{self.kills} kills in {self.seconds:.0f} s: {self.total('corrupt')} corrupt "
            f"projects, {self.total('partial')} partial imports, {self.total('lost')} lost "
            f"edits, {self.total('bad_output')} bad exports, {self.total('bad_backup')} bad "
            f"backups, {self.total('stray')} stray temp files, {self.total('failed')} failed runs"
        )
        return "\n".join([*rows, *self.details[:20]])


@dataclass
class Side:
    """One project (plain or encrypted) with everything known about its state."""

    name: str
    passphrase: str | None
    folder: Path
    pristine: Path
    observations: int = 0
    typed: int = TYPING_START
    outputs: dict[str, str | None] = field(default_factory=dict)  # path -> sha256 or None

    @property
    def project(self) -> Path:
        return self.folder / "project.fieldnotes"

    @property
    def data_home(self) -> Path:
        return self.folder / "home"

    def out(self, operation: str) -> Path:
        return (
            self.folder / "out" / ("export.json" if operation == "export-json" else "export.docx")
        )

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("FIELDNOTES_")}
        env.update(
            HOME=str(self.data_home),
            XDG_DATA_HOME=str(self.data_home / "data"),
            XDG_STATE_HOME=str(self.data_home / "state"),
            XDG_CONFIG_HOME=str(self.data_home / "config"),
            PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")])),
        )
        if self.passphrase is not None:
            env["FIELDNOTES_PASSPHRASE"] = self.passphrase
        return env

    def backups_root(self) -> Path:
        """Where the CLI, run with :meth:`env`, keeps this project's backups."""
        saved = {k: os.environ.get(k) for k in ("HOME", "XDG_DATA_HOME")}
        os.environ.update(HOME=str(self.data_home), XDG_DATA_HOME=str(self.data_home / "data"))
        try:
            from fieldnotes.paths import user_data_dir

            return user_data_dir() / "backups"
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value

    def refresh(self) -> None:
        """Go back to a fresh copy of the project (and forget what it had become)."""
        from fieldnotes.store.connection import remove_project_files

        remove_project_files(self.project)
        shutil.copyfile(self.pristine, self.project)
        self.observations = _count(self.pristine, self.passphrase)
        self.typed = TYPING_START


def variant(document: dict[str, Any], tag: str) -> dict[str, Any]:
    """The same study with its own meeting, observation and quote ids (prefixed ``tag-``)."""
    copy = json.loads(json.dumps(document))
    for meeting in copy["meetings"]:
        meeting["id"] = f"{tag}-{meeting['id']}"
        meeting["title"] = f"{meeting['title']} ({tag})"
        for observation in meeting["observations"]:
            observation["id"] = f"{tag}-{observation['id']}"
            for quote in observation["quotes"]:
                quote["id"] = f"{tag}-{quote['id']}"
    return copy


def _count(path: Path, passphrase: str | None) -> int:
    from fieldnotes.store import driver

    conn = driver.connect(path, passphrase, read_only=True)
    try:
        return int(conn.execute("SELECT count(*) FROM observations").fetchone()[0])
    finally:
        conn.close()


def _text(path: Path, passphrase: str | None) -> str:
    from fieldnotes.store import driver

    conn = driver.connect(path, passphrase, read_only=True)
    try:
        row = conn.execute(
            "SELECT text FROM observations WHERE id = ?", (TYPING_OBSERVATION,)
        ).fetchone()
        return str(row[0])
    finally:
        conn.close()


class Soak:
    def __init__(self, workdir: Path, *, observations: int, seed: int) -> None:
        self.workdir = workdir
        self.rng = random.Random(seed)
        self.summary = Summary()
        self.durations: dict[tuple[str, str], float] = {}
        self.attempt = 0
        document = study(observations, meetings=max(observations // 100, 1), seed=seed)
        self.base_file = workdir / "base.json"
        self.base_file.write_text(json.dumps(variant(document, "base")))
        self.import_file = workdir / "medium.json"
        self.import_file.write_text(json.dumps(variant(document, "new")))
        self.import_size = observations
        self.sides = [
            self._make_side("plain", None),
            self._make_side("encrypted", PASSPHRASE),
        ]

    def _make_side(self, name: str, passphrase: str | None) -> Side:
        from fieldnotes.imports.json_import import import_file
        from fieldnotes.store import Project

        folder = self.workdir / name
        (folder / "out").mkdir(parents=True)
        pristine = folder / "pristine.fieldnotes"
        with Project.open(pristine, passphrase=passphrase) as project:
            import_file(project, self.base_file)
            project.observations.update_text(TYPING_OBSERVATION, TYPED[:TYPING_START])
        side = Side(name, passphrase, folder, pristine)
        side.refresh()
        return side

    # -- running children ---------------------------------------------------------------

    def _command(self, side: Side, operation: str) -> list[str]:
        fieldnotes = [sys.executable, "-m", "fieldnotes", "--db", str(side.project)]
        if operation == "import":
            return [*fieldnotes, "import", str(self.import_file)]
        if operation in ("export-json", "export-docx"):
            return [*fieldnotes, "export", operation[7:], "--out", str(side.out(operation))]
        if operation == "backup":
            return [*fieldnotes, "backup", "now"]
        return [
            sys.executable,
            "-m",
            "benchmarks.soak_typing",
            str(side.project),
            TYPING_OBSERVATION,
        ]

    def _start(self, side: Side, operation: str) -> subprocess.Popen[str]:
        return subprocess.Popen(
            self._command(side, operation),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=side.env(),
            cwd=REPO,
        )

    def calibrate(self) -> None:
        """Time each operation once to completion on a scratch copy (typing: to first write)."""
        for side in self.sides:
            real = side.folder
            side.folder = self.workdir / f"calibrate-{side.name}"
            (side.folder / "out").mkdir(parents=True)
            side.refresh()
            for operation in OPERATIONS:
                side.refresh()  # each on the project as the soak starts it (no import in it)
                start = time.monotonic()
                child = self._start(side, operation)
                if operation == "typing":
                    assert child.stdout is not None
                    line = "start"
                    while not line[:1].isdigit():
                        line = child.stdout.readline()
                        if not line:
                            raise RuntimeError(f"typing failed on {side.name}")
                    elapsed = time.monotonic() - start + TYPING_WINDOW_S
                    child.kill()
                    child.communicate()
                else:
                    _, err = child.communicate()
                    if child.returncode != 0:
                        raise RuntimeError(f"{operation} failed on {side.name}: {err.strip()}")
                    elapsed = time.monotonic() - start
                self.durations[(side.name, operation)] = elapsed
            shutil.rmtree(side.folder)
            side.folder = real
            side.refresh()

    def run_once(self, side: Side, operation: str) -> None:
        tally = self.summary.by_operation[operation]
        tally.runs += 1
        before = side.observations
        out = side.out(operation) if operation.startswith("export") else None
        delay = self.rng.uniform(0, self.durations[(side.name, operation)])
        child = self._start(side, operation)
        time.sleep(delay)
        if child.poll() is None:
            child.send_signal(signal.SIGKILL)
        stdout, stderr = child.communicate()
        killed = child.returncode == -signal.SIGKILL  # not if it exited just before the signal
        if killed:
            tally.kills += 1
            self.summary.kills += 1
        elif child.returncode == 0:
            tally.completed += 1
        else:
            tally.failed += 1
            self._note(side, operation, f"exit {child.returncode}: {stderr.strip()[-300:]}")
        completed = child.returncode == 0
        self._check_project(side, operation)
        if operation == "import":
            self._check_import(side, before, killed=killed)
        elif out is not None:
            self._check_output(side, operation, out, completed=completed)
        elif operation == "backup":
            self._check_backups(side, completed=completed)
        else:
            self._check_typing(side, stdout)

    def _note(self, side: Side, operation: str, text: str) -> None:
        self.summary.details.append(f"run {self.attempt}: {operation} ({side.name}): {text}")

    # -- checks -------------------------------------------------------------------------

    def _check_project(self, side: Side, operation: str) -> None:
        from fieldnotes.errors import FieldnotesError
        from fieldnotes.store.backup import check_file

        try:
            findings = check_file(side.project, side.passphrase)
        except FieldnotesError as exc:
            findings = [str(exc)]
        if findings:
            self.summary.by_operation[operation].corrupt += 1
            self._note(side, operation, f"project damaged: {findings[0]}")
            side.refresh()

    def _check_import(self, side: Side, before: int, *, killed: bool) -> None:
        after = _count(side.project, side.passphrase)
        tally = self.summary.by_operation["import"]
        tally.seen["killed, all there" if after != before else "killed, none there"] += killed
        if after == before + self.import_size:
            side.refresh()  # landed: back to a fresh copy, so the next import adds again
        elif after != before:
            self.summary.by_operation["import"].partial += 1
            self._note(side, "import", f"{after} observations, expected {before} or more")
            side.refresh()

    def _check_output(self, side: Side, operation: str, out: Path, *, completed: bool) -> None:
        tally = self.summary.by_operation[operation]
        old = side.outputs.get(str(out))
        digest = hashlib.sha256(out.read_bytes()).hexdigest() if out.exists() else None
        if digest != old:
            problem = None if digest is not None else "the old output is gone"
            if problem is None:
                problem = _json_problem(out, side) if out.suffix == ".json" else _docx_problem(out)
            if problem:
                tally.bad_output += 1
                self._note(side, operation, problem)
            else:
                tally.seen["new file"] += 1
            side.outputs[str(out)] = digest
        else:
            tally.seen["old file"] += 1
        if completed:
            stray = sorted(p.name for p in out.parent.glob(f".{out.name}*"))
            if stray:
                tally.stray += len(stray)
                self._note(side, operation, f"left behind: {', '.join(stray[:3])}")
                for path in out.parent.glob(f".{out.name}*"):
                    path.unlink()

    def _check_backups(self, side: Side, *, completed: bool) -> None:
        from fieldnotes.errors import FieldnotesError
        from fieldnotes.store.backup import backup_folder, check_file, list_backups

        tally = self.summary.by_operation["backup"]
        root = side.backups_root()
        for info in list_backups(side.project, root):
            tally.seen["backups checked"] += 1
            try:
                findings = check_file(info.path, side.passphrase)
            except FieldnotesError as exc:
                findings = [str(exc)]
            if findings:
                tally.bad_backup += 1
                self._note(side, "backup", f"{info.path.name}: {findings[0]}")
                info.path.unlink()
        folder = backup_folder(side.project, root)
        if completed and folder.is_dir():
            names = {p.name for p in folder.iterdir()}
            stray = sorted(
                n
                for n in names
                if (n.startswith(".") and n != ".lock")
                or (n.endswith(".json") and n[: -len(".json")] not in names)
            )
            if stray:
                tally.stray += len(stray)
                self._note(side, "backup", f"left behind: {', '.join(stray[:3])}")
                for name in stray:
                    (folder / name).unlink()

    def _check_typing(self, side: Side, stdout: str) -> None:
        tally = self.summary.by_operation["typing"]
        acknowledged = [int(line) for line in stdout.split() if line.isdigit()]
        text = _text(side.project, side.passphrase)
        floor = max(acknowledged, default=side.typed)
        tally.seen["acknowledged writes"] += len(acknowledged)
        tally.seen["unacknowledged write kept"] += len(text) > floor
        if not TYPED.startswith(text) or len(text) > floor + MAX_STEP:
            tally.lost += 1
            self._note(side, "typing", f"stored text is no version that was written ({len(text)})")
        elif len(text) < floor:
            missing = sum(1 for n in acknowledged if n > len(text))
            tally.lost += missing
            self._note(side, "typing", f"{missing} acknowledged edit(s) lost ({len(text)}<{floor})")
        side.typed = len(text)
        if len(text) > len(TYPED) - 10_000:
            side.refresh()

    # -- the loop -----------------------------------------------------------------------

    def run(self, kills: int, *, progress: bool = False) -> Summary:
        start = time.monotonic()
        while self.summary.kills < kills and self.attempt < kills * 3:
            side = self.sides[self.attempt % 2]
            operation = self.rng.choice(OPERATIONS)
            self.attempt += 1
            self.run_once(side, operation)
            if progress and self.attempt % 50 == 0:
                print(
                    f"  {self.summary.kills} kills, {self.summary.problems} problems, "
                    f"{time.monotonic() - start:.0f} s",
                    file=sys.stderr,
                    flush=True,
                )
        self.summary.seconds = time.monotonic() - start
        return self.summary


def _json_problem(out: Path, side: Side) -> str | None:
    try:
        document = json.loads(out.read_bytes())
    except ValueError as exc:
        return f"export.json is not complete JSON: {exc}"
    count = sum(len(m["observations"]) for m in document.get("meetings", []))
    if document.get("format") != "fieldnotes/1" or count != side.observations:
        return f"export.json holds {count} observations, the project {side.observations}"
    return None


def _docx_problem(out: Path) -> str | None:
    try:
        with zipfile.ZipFile(out) as archive:
            broken = archive.testzip()
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError) as exc:
        return f"export.docx is not a complete document: {exc}"
    if broken is not None or "word/document.xml" not in names:
        return f"export.docx is incomplete ({broken or 'no word/document.xml'})"
    return None


def soak(
    kills: int,
    *,
    seed: int = 1,
    observations: int = 3000,
    workdir: Path | None = None,
    progress: bool = False,
) -> tuple[Summary, dict[tuple[str, str], float]]:
    """Run the soak in ``workdir`` (a new temporary folder, removed afterwards, by default)."""
    if workdir is None:
        with tempfile.TemporaryDirectory(prefix="fieldnotes-soak-") as tmp:
            return soak(
                kills, seed=seed, observations=observations, workdir=Path(tmp), progress=progress
            )
    workdir.mkdir(parents=True, exist_ok=True)
    runner = Soak(workdir, observations=observations, seed=seed)
    runner.calibrate()
    return runner.run(kills, progress=progress), runner.durations


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kills", type=int, default=1000, help="SIGKILLs to deliver")
    parser.add_argument("--seed", type=int, default=1, help="random seed (delays, operations)")
    parser.add_argument(
        "--observations", type=int, default=3000, help="observations in the imported file"
    )
    args = parser.parse_args()
    summary, durations = soak(
        args.kills, seed=args.seed, observations=args.observations, progress=True
    )
    print(
        "typical durations (s): "
        + ", ".join(f"{k[1]} {k[0]} {v:.2f}" for k, v in durations.items())
    )
    print(summary.report())
    return 1 if summary.problems else 0


if __name__ == "__main__":
    sys.exit(main())
