"""Importing fieldnotes/1 JSON: what goes in, what is refused, and that refusal changes nothing."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from fieldnotes.errors import InterchangeError
from fieldnotes.export.json_dump import export_json_bytes
from fieldnotes.imports.json_import import import_file, import_text
from fieldnotes.store import Project
from tests.conftest import minimal_document


def _import(project: Project, document: Any) -> None:
    import_text(project, json.dumps(document))


def test_minimal_document_is_imported(project: Project) -> None:
    _import(project, minimal_document())
    assert project.study.get().title == "Test study"
    [meeting] = project.meetings.all()
    assert (meeting.id, meeting.attendees) == ("m1", ["p1"])
    [observation] = project.observations.for_meeting("m1")
    assert observation.codes == ["cac:14", "t1"]
    assert observation.quotes[0].speaker == "p1"
    assert observation.created and observation.updated


def test_missing_ids_get_uuids(project: Project) -> None:
    document = minimal_document()
    del document["meetings"][0]["observations"][0]["id"]
    _import(project, document)
    [observation] = project.observations.for_meeting("m1")
    assert len(observation.id) == 36


def test_example_study_imports_completely(
    example_project: Project, example_document: dict[str, Any]
) -> None:
    observations = example_project.observations.all_grouped()
    assert sum(len(v) for v in observations.values()) == sum(
        len(m["observations"]) for m in example_document["meetings"]
    )
    assert [m.id for m in example_project.meetings.all()] == [
        m["id"] for m in example_document["meetings"]
    ]
    assert len(example_project.cac_rounds.all()[0].responses) == len(
        example_document["cac_rounds"][0]["responses"]
    )


def test_importing_the_same_file_twice_changes_nothing(project: Project) -> None:
    _import(project, minimal_document())
    first = export_json_bytes(project)
    _import(project, minimal_document())
    assert export_json_bytes(project) == first


def test_merge_updates_by_id_and_keeps_other_content(project: Project) -> None:
    _import(project, minimal_document())
    update = minimal_document(participants=[], codes=[])
    meeting = update["meetings"][0]
    meeting["observations"] = [{"id": "o2", "text": "Second"}, {"id": "o1", "text": "Edited"}]
    _import(project, update)
    texts = [(o.id, o.text) for o in project.observations.for_meeting("m1")]
    assert texts == [("o2", "Second"), ("o1", "Edited")]
    assert [p.id for p in project.participants.all()] == ["p1"]


def test_observations_the_file_does_not_mention_stay_after_its_own(project: Project) -> None:
    _import(project, minimal_document())
    update = minimal_document(participants=[], codes=[])
    update["meetings"][0]["observations"] = [{"id": "o9", "text": "New"}]
    _import(project, update)
    assert [o.id for o in project.observations.for_meeting("m1")] == ["o9", "o1"]


# -- refusals ---------------------------------------------------------------------------


def _mutated(change: Any) -> dict[str, Any]:
    document = copy.deepcopy(minimal_document())
    change(document)
    return document


def _observation(document: dict[str, Any]) -> dict[str, Any]:
    return document["meetings"][0]["observations"][0]


BAD_DOCUMENTS = {
    "unknown top-level key": (
        lambda d: d.update(colour="red"),
        'unknown key "colour"',
    ),
    "unknown nested key": (
        lambda d: _observation(d).update(mood="tense"),
        'meetings[0].observations[0]: unknown key "mood"',
    ),
    "wrong format": (lambda d: d.update(format="fieldnotes/2"), "format"),
    "missing format": (lambda d: d.pop("format"), 'missing required key "format"'),
    "unknown code": (
        lambda d: _observation(d)["codes"].append("t9"),
        'meetings[0].observations[0].codes[2]: refers to code "t9"',
    ),
    "unknown cac item": (
        lambda d: _observation(d)["codes"].append("cac:27"),
        'refers to code "cac:27"',
    ),
    "unknown speaker": (
        lambda d: _observation(d)["quotes"][0].update(speaker="p9"),
        'meetings[0].observations[0].quotes[0].speaker: refers to participant "p9"',
    ),
    "unknown attendee": (
        lambda d: d["meetings"][0]["attendees"].append("p77"),
        'meetings[0].attendees[1]: refers to participant "p77"',
    ),
    "memo about nothing": (
        lambda d: d.update(memos=[{"id": "n1", "about": "m42", "text": "x"}]),
        'memos[0].about: refers to "m42"',
    ),
    "unknown respondent": (
        lambda d: d.update(
            cac_rounds=[
                {"id": "r1", "label": "R", "responses": [{"respondent": "p55", "scores": {}}]}
            ]
        ),
        "cac_rounds[0].responses[0].respondent",
    ),
    "score out of range": (
        lambda d: d.update(
            cac_rounds=[
                {
                    "id": "r1",
                    "label": "R",
                    "responses": [{"respondent": "p1", "scores": {"3": 101}}],
                }
            ]
        ),
        "cac_rounds[0].responses[0].scores.3: must be a number from 0 to 100",
    ),
    "unknown item number": (
        lambda d: d.update(
            cac_rounds=[
                {"id": "r1", "label": "R", "responses": [{"respondent": "p1", "scores": {"27": 5}}]}
            ]
        ),
        'unknown CAC item "27"',
    ),
    "duplicate id": (
        lambda d: d["participants"].append({"id": "p1", "pseudonym": "Again"}),
        'participants[1].id: "p1" is used twice (also at participants[0])',
    ),
    "theme with cac prefix": (
        lambda d: d["codes"].append({"id": "cac:99", "name": "Mine"}),
        'codes[1].id: "cac:99" starts with "cac:"',
    ),
    "parent loop": (
        lambda d: d["codes"].extend(
            [{"id": "a", "name": "A", "parent": "b"}, {"id": "b", "name": "B", "parent": "a"}]
        ),
        "makes a loop",
    ),
    "parent missing": (
        lambda d: d["codes"].append({"id": "a", "name": "A", "parent": "zz"}),
        'codes[1].parent: refers to theme "zz"',
    ),
    "bad date": (
        lambda d: d["meetings"][0].update(date="14/09/2022"),
        'meetings[0].date: "14/09/2022" is not a date',
    ),
    "impossible date": (lambda d: d["meetings"][0].update(date="2022-02-30"), "is not a date"),
    "bad time": (lambda d: _observation(d).update(time="25:00"), "is not a time"),
    "bad verdict": (
        lambda d: _observation(d).update(feedback=[{"participant": "p1", "verdict": "maybe"}]),
        'meetings[0].observations[0].feedback[0].verdict: "maybe" is not one of',
    ),
    "text not a string": (
        lambda d: _observation(d).update(text=42),
        "meetings[0].observations[0].text: must be a string, not a number",
    ),
    "list not a list": (
        lambda d: d.update(meetings={"m1": {}}),
        "meetings: must be a list, not an object",
    ),
    "missing required text": (
        lambda d: _observation(d).pop("text"),
        'meetings[0].observations[0]: missing required key "text"',
    ),
    "unpaired surrogate": (
        lambda d: _observation(d).update(text="broken \ud800 text"),
        "unpaired surrogate",
    ),
    "bad colour": (lambda d: d["codes"][0].update(color="blue"), "is not a colour"),
    "duplicate code on observation": (
        lambda d: _observation(d)["codes"].append("t1"),
        'lists "t1" twice',
    ),
}


@pytest.mark.parametrize("case", BAD_DOCUMENTS, ids=list(BAD_DOCUMENTS))
def test_invalid_document_is_refused_with_its_place_and_changes_nothing(
    example_project: Project, case: str
) -> None:
    change, expected = BAD_DOCUMENTS[case]
    before = export_json_bytes(example_project)
    with pytest.raises(InterchangeError) as caught:
        _import(example_project, _mutated(change))
    assert expected in str(caught.value)
    assert export_json_bytes(example_project) == before


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b'{"format": ', "malformed JSON at line 1"),
        (b"[1, 2]", "must be an object, not a list"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b'{"format": "fieldnotes/1", "meetings": [], "x": NaN}', "NaN is not valid JSON"),
    ],
)
def test_unparseable_input_is_refused(project: Project, raw: bytes, expected: str) -> None:
    with pytest.raises(InterchangeError, match=expected):
        import_text(project, raw)


def test_missing_file_is_named(project: Project, tmp_path: Path) -> None:
    with pytest.raises(InterchangeError, match="No such file"):
        import_file(project, tmp_path / "absent.json")


def test_references_may_point_into_the_project(project: Project) -> None:
    _import(project, minimal_document())
    later = {
        "format": "fieldnotes/1",
        "meetings": [
            {
                "id": "m2",
                "title": "Later",
                "attendees": ["p1"],
                "observations": [{"id": "o5", "text": "x", "codes": ["t1"]}],
            }
        ],
        "memos": [{"id": "n1", "about": "t1", "text": "About trust"}],
    }
    _import(project, later)
    assert project.observations.for_meeting("m2")[0].codes == ["t1"]
    assert project.memos.all()[0].about == "t1"


def test_an_observation_without_child_keys_keeps_its_tags_quotes_and_feedback(
    project: Project,
) -> None:
    """Importing an older export must not wipe member-check feedback that came in since."""
    from fieldnotes.domain.models import Feedback

    _import(project, minimal_document())
    project.observations.add_feedback("o1", Feedback("p1", "agree", "Klopt.", "2022-10-01"))
    older = minimal_document()
    observation = older["meetings"][0]["observations"][0]
    for key in ("codes", "quotes"):
        del observation[key]
    observation["text"] = "First note, corrected"
    del older["meetings"][0]["attendees"]
    _import(project, older)
    kept = project.observations.get("o1")
    assert kept is not None and kept.text == "First note, corrected"
    assert kept.codes == ["cac:14", "t1"]
    assert [q.id for q in kept.quotes] == ["q1"]
    assert [f.comment for f in kept.feedback] == ["Klopt."]
    assert project.meetings.get("m1").attendees == ["p1"]


def test_an_empty_child_list_does_replace(project: Project) -> None:
    _import(project, minimal_document())
    emptied = minimal_document()
    emptied["meetings"][0]["observations"][0].update(codes=[], quotes=[])
    _import(project, emptied)
    kept = project.observations.get("o1")
    assert kept is not None and kept.codes == [] and kept.quotes == []
