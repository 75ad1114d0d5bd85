"""Merge another copy of a 100,000-observation project; compare with a bare insert_all.

Run: ``.venv/bin/python -m benchmarks.bench_merge [observations]``

The baseline is sqlite-utils ``insert_all`` of the other project's rows (every table a
merge reads: participants, themes, meetings and attendees, observations, tags, quotes,
feedback, memos) into an empty database with the same tables, the rows read beforehand
and handed over for free. Two merges are timed, each including opening the project:

- *new history*: the other project shares nothing with ours (an empty project), so
  everything is added, the search index built, references numbered;
- *two copies*: a copy of the same project edited on both sides (at 100,000: 1,000
  observations changed here, 1,100 there, 100 of them on both sides, 100 deleted
  there, 1,000 added there), so nearly everything is compared and left alone.

Best of 3 each, interleaved with the baseline (the machine's noise hits all of them).
"""

from __future__ import annotations

import gc
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

import sqlite_utils

from benchmarks.synthetic import study
from fieldnotes.domain.models import Observation
from fieldnotes.imports.json_import import import_text
from fieldnotes.store import Project, driver
from fieldnotes.store.sync import merge_projects

TABLES = (
    "participants",
    "codes",
    "meetings",
    "meeting_attendees",
    "observations",
    "observation_codes",
    "quotes",
    "feedback",
    "memos",
)


def read_rows(path: Path) -> tuple[dict[str, str], dict[str, list[dict[str, object]]]]:
    """The other project's tables (their CREATE statements and rows), read untimed."""
    conn = driver.connect(path, read_only=True)
    schema = dict(
        conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name IN "
            f"({', '.join('?' * len(TABLES))})",
            TABLES,
        )
    )
    rows = {}
    for table in TABLES:
        cursor = conn.execute(f"SELECT * FROM {table}")
        names = [d[0] for d in cursor.description]
        rows[table] = [dict(zip(names, row, strict=True)) for row in cursor]
    conn.close()
    return schema, rows


def baseline(schema: dict[str, str], rows: dict[str, list[dict[str, object]]], path: Path) -> float:
    start = time.perf_counter()
    db = sqlite_utils.Database(path)
    db.enable_wal()
    with db.atomic():
        for table in TABLES:
            db.execute(schema[table])
            db[table].insert_all(rows[table], batch_size=1000)
    db.close()
    return time.perf_counter() - start


def timed_merge(ours: Path, theirs: Path) -> tuple[float, dict[str, int]]:
    start = time.perf_counter()
    with Project.open(ours) as project:
        report = merge_projects(project, theirs)
    return time.perf_counter() - start, report.totals


def make_copies(folder: Path, other: Path, count: int) -> tuple[Path, Path]:
    """Our edited copy (a template, copied before each run) and their edited copy.

    Per 100 observations: one edited here, one there, and per 1,000 one edited on both
    sides; the last 0.1 % deleted there, and 1 % added there.
    """
    ours, theirs = folder / "ours-template.fieldnotes", folder / "theirs.fieldnotes"
    shutil.copy(other, ours)
    shutil.copy(other, theirs)
    with Project.open(ours) as project, project.transaction():
        project.settings.researcher = "Ann"
        for i in range(0, count, 100):
            project.observations.update_text(f"o{i}", f"Ann's edit {i}")
    with Project.open(theirs) as project, project.transaction():
        project.settings.researcher = "Bob"
        for i in range(0, count, 1_000):  # the same as ours: conflicts
            project.observations.update_text(f"o{i}", f"Bob's edit {i}")
        for i in range(50, count, 100):
            project.observations.update_text(f"o{i}", f"Bob's edit {i}")
        for i in range(count - count // 1_000, count):
            project.observations.delete(f"o{i}")
        for i in range(count // 100):
            project.observations.add(Observation(f"bob-{i}", f"m{i % 500}", f"Bob's note {i}"))
    return ours, theirs


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    repeats = 3
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["XDG_DATA_HOME"] = str(folder / "data")  # backups of these stay here
        other = folder / "other.fieldnotes"
        with Project.open(other) as project:
            import_text(project, json.dumps(study(count)))
        schema, rows = read_rows(other)
        template, theirs = make_copies(folder, other, count)
        size_mb = other.stat().st_size / 1e6
        new_runs, copy_runs, bases = [], [], []
        for i in range(repeats):
            gc.collect()
            elapsed, new_totals = timed_merge(folder / f"empty{i}.fieldnotes", other)
            new_runs.append(elapsed)
            ours = folder / f"ours{i}.fieldnotes"
            shutil.copy(template, ours)
            gc.collect()
            elapsed, copy_totals = timed_merge(ours, theirs)
            copy_runs.append(elapsed)
            gc.collect()
            bases.append(baseline(schema, rows, folder / f"baseline{i}.db"))
        again_start = time.perf_counter()
        with Project.open(folder / "ours0.fieldnotes") as project:
            again = merge_projects(project, theirs)
        again_time = time.perf_counter() - again_start
    base = min(bases)
    print(f"merge of a {count:,}-observation project ({size_mb:.0f} MB file), best of {repeats}")
    print(f"  sqlite-utils insert_all of the other project's rows: {base:.2f} s")
    print(f"  new history (everything added): {min(new_runs):.2f} s, {min(new_runs) / base:.2f}x")
    print(f"    {new_totals}")
    print(
        f"  two edited copies:               {min(copy_runs):.2f} s, {min(copy_runs) / base:.2f}x"
    )
    print(f"    {copy_totals}")
    print(f"  the same merge again (nothing new): {again_time:.2f} s; {again.totals}")
    print("  aim: within 3x")


if __name__ == "__main__":
    main()
