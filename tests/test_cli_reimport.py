"""Importing the same file again says "Nothing changed"; a file that changes a little says
what it added and changed. The first import's message stays as it was."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli_run import run


def _import(db: Path, path: Path) -> str:
    result = run("--db", str(db), "import", str(path))
    assert result.returncode == 0, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_the_first_import_says_what_it_imported(tmp_path: Path, example_file: Path) -> None:
    db = tmp_path / "new.fieldnotes"
    assert _import(db, example_file) == (
        "Imported 4 meetings, 25 observations, 7 participants, 5 themes, 3 memos, "
        f"1 CAC rounds into {db}."
    )


def test_the_same_file_again_changes_nothing(db: Path, example_file: Path) -> None:
    before = json.loads(run("--db", str(db), "export", "json").stdout)
    assert _import(db, example_file) == (
        f"Nothing changed: everything in {example_file} is already in {db}."
    )
    assert json.loads(run("--db", str(db), "export", "json").stdout) == before


def test_a_file_that_changes_one_observation_says_so(
    db: Path, example_file: Path, tmp_path: Path
) -> None:
    document = json.loads(example_file.read_text("utf-8"))
    document["meetings"][1]["observations"][0]["text"] += " (corrected)"
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(document), "utf-8")
    assert _import(db, changed) == f"Imported {changed} into {db}: changed 1 observation."


def test_added_and_changed_are_counted_apart(db: Path, example_file: Path, tmp_path: Path) -> None:
    document = json.loads(example_file.read_text("utf-8"))
    meeting = document["meetings"][0]
    meeting["observations"].append({"id": "o-new", "time": "12:00", "text": "Late addition"})
    tags = meeting["observations"][0].setdefault("codes", [])
    tags.append(next(t for t in ("t1", "t2", "t3", "t4", "t5") if t not in tags))
    document["participants"][0]["role"] = "manager"
    document["study"]["title"] = "Renamed"
    changed = tmp_path / "more.json"
    changed.write_text(json.dumps(document), "utf-8")
    assert _import(db, changed) == (
        f"Imported {changed} into {db}: added 1 observation; "
        "changed the study, 1 participant and 1 observation."
    )
    assert _import(db, changed).startswith("Nothing changed")


def test_new_feedback_is_a_change(db: Path, example_file: Path, tmp_path: Path) -> None:
    document = json.loads(example_file.read_text("utf-8"))
    observation = document["meetings"][2]["observations"][0]
    observation["feedback"] = [
        *observation.get("feedback", []),
        {"participant": "p4", "verdict": "agree", "comment": "", "received": "2023-03-01"},
    ]
    changed = tmp_path / "feedback.json"
    changed.write_text(json.dumps(document), "utf-8")
    assert _import(db, changed) == f"Imported {changed} into {db}: changed 1 observation."
