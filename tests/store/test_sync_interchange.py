"""Conflict records in the fieldnotes/1 JSON: exported until resolved, imported and kept."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from fieldnotes.errors import InterchangeError
from fieldnotes.export.json_dump import export_json_bytes
from fieldnotes.imports.json_import import import_text
from fieldnotes.store import Project
from tests.conftest import minimal_document


def conflict(**changes: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": "c1",
        "kind": "observation",
        "item": "o1",
        "reason": "edited_both",
        "theirs": {
            "id": "o1",
            "time": "10:07",
            "text": "Their version",
            "codes": ["cac:14"],
            "quotes": [{"id": "q1", "speaker": "p1", "text": "We talk."}],
        },
        "researcher": "Bob",
        "modified": "2024-05-02T09:00:00+00:00",
        "source": "bob.fieldnotes",
        "recorded": "2024-05-03T12:00:00+00:00",
    }
    record.update(changes)
    return record


def test_a_file_without_conflicts_exports_without_the_key(project: Project) -> None:
    import_text(project, json.dumps(minimal_document()))
    assert "conflicts" not in json.loads(export_json_bytes(project))


def test_conflicts_round_trip(project: Project, tmp_path: Path) -> None:
    others = [
        conflict(),
        conflict(id="c2", reason="deleted_there", theirs=None, researcher=None, modified=None),
        conflict(
            id="c3",
            kind="code",
            item="t1",
            theirs={
                "id": "t1",
                "name": "Vertrouwen",
                "parent": None,
                "description": "",
                "color": None,
                "origin": "emergent",
            },
        ),
        conflict(
            id="c4",
            kind="meeting",
            item="gone",  # records outlive their item: their version is all that is left
            reason="deleted_here",
            theirs={"id": "gone", "title": "A meeting", "attendees": ["p1"]},
        ),
    ]
    document = minimal_document(conflicts=others)
    import_text(project, json.dumps(document))
    exported = export_json_bytes(project)
    records = json.loads(exported)["conflicts"]
    assert records[:3] == others[:3]
    assert [c["id"] for c in records] == ["c1", "c2", "c3", "c4"]
    assert records[3]["theirs"]["kind"] == "team meeting"  # written in the kind's full shape
    with Project.open(tmp_path / "again.fieldnotes") as again:
        import_text(again, exported)
        assert export_json_bytes(again) == exported
        edited, deleted = again.conflicts.for_item("observation", "o1")
        assert (edited.researcher, deleted.theirs) == ("Bob", None)
        assert edited.theirs is not None and edited.theirs["time"] == "10:07"
    import_text(project, exported)  # importing the same records again changes nothing
    assert export_json_bytes(project) == exported


@pytest.mark.parametrize(
    ("record", "where", "needle"),
    [
        (conflict(extra=1), "conflicts[0]", 'unknown key "extra"'),
        (conflict(reason="both"), "conflicts[0].reason", "both"),
        (conflict(kind="study"), "conflicts[0].kind", "study"),
        (conflict(item=""), "conflicts[0].item", "empty"),
        (conflict(theirs={"id": "o1", "text": "x", "colour": 1}), "conflicts[0].theirs", "colour"),
        (conflict(theirs={"id": "o1"}), "conflicts[0].theirs", "text"),
        (conflict(theirs=None), "conflicts[0].theirs", "deleted_there"),
        (conflict(theirs={"id": "o2", "text": "x"}), "conflicts[0].theirs.id", "o1"),
        (conflict(recorded=5), "conflicts[0].recorded", "string"),
        ("c1", "conflicts[0]", "object"),
    ],
)
def test_a_bad_conflict_record_is_refused_and_changes_nothing(
    project: Project, record: Any, where: str, needle: str
) -> None:
    import_text(project, json.dumps(minimal_document()))
    before = export_json_bytes(project)
    with pytest.raises(InterchangeError) as caught:
        import_text(project, json.dumps(minimal_document(conflicts=[record])))
    assert caught.value.where == where
    assert needle in caught.value.problem
    assert export_json_bytes(project) == before


def test_the_same_record_twice_is_refused(project: Project) -> None:
    with pytest.raises(InterchangeError) as caught:
        import_text(project, json.dumps(minimal_document(conflicts=[conflict(), conflict()])))
    assert caught.value.where == "conflicts[1].id"
