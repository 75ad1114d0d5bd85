"""The ``fieldnotes/1`` JSON dump: a full-fidelity copy of the project.

This is the one export that carries real names, because it is a copy of the project
itself, not something made for sharing. Key order follows DESIGN.md so that dumps diff
cleanly; absent optional values are left out rather than written as null. Conflict
records a merge left unresolved are written under ``conflicts`` (only when there are
any), each holding the other copy's version of the item in the shape of its kind.
"""

from __future__ import annotations

import json
from typing import Any

from fieldnotes.domain.document import INTERCHANGE_FORMAT, ProjectData
from fieldnotes.domain.item_json import (
    code_json,
    feedback_json,
    meeting_json,
    memo_json,
    observation_json,
    participant_json,
    round_json,
)
from fieldnotes.domain.models import Conflict, Meeting, Observation
from fieldnotes.store import Project


def export_json_bytes(project: Project) -> bytes:
    return dumps(project.snapshot())


def dumps(data: ProjectData) -> bytes:
    text = json.dumps(to_interchange(data), ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")


def to_interchange(data: ProjectData) -> dict[str, Any]:
    study = data.study
    document: dict[str, Any] = {
        "format": INTERCHANGE_FORMAT,
        "study": {"title": study.title, "description": study.description} if study else None,
        "participants": [participant_json(p) for p in data.participants],
        "codes": [code_json(c) for c in data.codes],
        "meetings": [_meeting(m, data.observations.get(m.id, [])) for m in data.meetings],
        "memos": [memo_json(m) for m in data.memos],
        "cac_rounds": [round_json(r) for r in data.cac_rounds],
    }
    if data.conflicts:  # only then, so projects without conflicts dump as they always did
        document["conflicts"] = [_conflict(c) for c in data.conflicts]
    return document


def _meeting(m: Meeting, observations: list[Observation]) -> dict[str, Any]:
    return {**meeting_json(m), "observations": [_observation(o) for o in observations]}


def _observation(o: Observation) -> dict[str, Any]:
    return {**observation_json(o), "feedback": [feedback_json(f) for f in o.feedback]}


def _conflict(c: Conflict) -> dict[str, Any]:
    return {
        "id": c.id,
        "kind": c.kind,
        "item": c.item_id,
        "reason": c.reason,
        "theirs": c.theirs,
        "researcher": c.researcher,
        "modified": c.modified,
        "source": c.source,
        "recorded": c.recorded,
    }
