"""An import never takes a quote or an observation away from the parent it belongs to."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from fieldnotes.cli import main
from fieldnotes.errors import InterchangeError
from fieldnotes.export.json_dump import export_json_bytes
from fieldnotes.imports.json_import import import_text
from fieldnotes.store import Project
from tests.conftest import minimal_document


def _new_meeting(**observation: Any) -> dict[str, Any]:
    return {
        "format": "fieldnotes/1",
        "meetings": [
            {
                "id": "m2",
                "title": "Another meeting",
                "observations": [{"id": "o2", "text": "A new note.", **observation}],
            }
        ],
    }


def _refused(project: Project, document: dict[str, Any], where: str, needle: str) -> None:
    before = export_json_bytes(project)
    with pytest.raises(InterchangeError) as caught:
        import_text(project, json.dumps(document))
    assert caught.value.where == where
    assert needle in caught.value.problem
    assert "\n" not in str(caught.value)
    assert export_json_bytes(project) == before


def test_a_new_observation_cannot_take_another_observations_quote(project: Project) -> None:
    import_text(project, json.dumps(minimal_document()))
    stolen = _new_meeting(quotes=[{"id": "q1", "text": "Overwritten."}])
    _refused(project, stolen, "meetings[0].observations[0].quotes[0].id", '"q1"')
    also_in_m1 = minimal_document()
    also_in_m1["meetings"][0]["observations"].append(
        {"id": "o2", "text": "Second.", "quotes": [{"id": "q1", "text": "Overwritten."}]}
    )
    del also_in_m1["meetings"][0]["observations"][0]
    _refused(project, also_in_m1, "meetings[0].observations[0].quotes[0].id", '"o1"')


def test_a_meeting_cannot_take_another_meetings_observation(project: Project) -> None:
    import_text(project, json.dumps(minimal_document()))
    document = _new_meeting()
    document["meetings"][0]["observations"][0]["id"] = "o1"
    _refused(project, document, "meetings[0].observations[0].id", '"m1"')


def test_updating_children_in_place_is_still_a_merge(project: Project) -> None:
    import_text(project, json.dumps(minimal_document()))
    document = minimal_document()
    document["meetings"][0]["observations"][0]["quotes"][0]["text"] = "We talk more."
    import_text(project, json.dumps(document))
    o1 = project.observations.get("o1")
    assert o1 is not None and [q.text for q in o1.quotes] == ["We talk more."]


def test_the_cli_says_where_in_the_file(
    project_path: Path, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    first.write_text(json.dumps(minimal_document()))
    second.write_text(json.dumps(_new_meeting(quotes=[{"id": "q1", "text": "Overwritten."}])))
    assert main(["--db", str(project_path), "import", str(first)]) == 0
    capfd.readouterr()
    assert main(["--db", str(project_path), "import", str(second)]) == 1
    err = capfd.readouterr().err
    assert err.count("\n") == 1
    assert "meetings[0].observations[0].quotes[0].id" in err


def test_feedback_attendees_and_answers_stay_with_their_parents(project: Project) -> None:
    """These children have no ids of their own: each belongs to the parent it is listed in."""
    document = minimal_document(
        cac_rounds=[
            {
                "id": "r1",
                "label": "Round 1",
                "responses": [{"respondent": "p1", "scores": {"1": 90}}],
            }
        ]
    )
    document["meetings"][0]["observations"][0]["feedback"] = [
        {"participant": "p1", "verdict": "agree"}
    ]
    import_text(project, json.dumps(document))
    other = _new_meeting(feedback=[{"participant": "p1", "verdict": "disagree"}])
    other["meetings"][0]["attendees"] = ["p1"]
    other["cac_rounds"] = [
        {"id": "r2", "label": "Round 2", "responses": [{"respondent": "p1", "scores": {"1": 10}}]}
    ]
    import_text(project, json.dumps(other))
    o1 = project.observations.get("o1")
    assert o1 is not None and [f.verdict for f in o1.feedback] == ["agree"]
    assert project.meetings.get("m1").attendees == ["p1"]  # type: ignore[union-attr]
    rounds = {r.id: r for r in project.cac_rounds.all()}
    assert rounds["r1"].responses[0].scores == {1: 90}
    assert rounds["r2"].responses[0].scores == {1: 10}
