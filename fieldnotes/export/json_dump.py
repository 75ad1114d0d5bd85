"""The ``fieldnotes/1`` JSON dump: a full-fidelity copy of the project.

This is the one export that carries real names, because it is a copy of the project
itself, not something made for sharing. Key order follows DESIGN.md so that dumps diff
cleanly; absent optional values are left out rather than written as null.
"""

from __future__ import annotations

import json
from typing import Any

from fieldnotes.domain.document import INTERCHANGE_FORMAT, ProjectData
from fieldnotes.domain.models import CacRound, Feedback, Meeting, Observation, Participant
from fieldnotes.store import Project


def export_json_bytes(project: Project) -> bytes:
    return dumps(project.snapshot())


def dumps(data: ProjectData) -> bytes:
    text = json.dumps(to_interchange(data), ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")


def to_interchange(data: ProjectData) -> dict[str, Any]:
    study = data.study
    return {
        "format": INTERCHANGE_FORMAT,
        "study": {"title": study.title, "description": study.description} if study else None,
        "participants": [_participant(p) for p in data.participants],
        "codes": [
            {
                "id": c.id,
                "name": c.name,
                "parent": c.parent,
                "description": c.description,
                "color": c.color,
            }
            for c in data.codes
        ],
        "meetings": [_meeting(m, data.observations.get(m.id, [])) for m in data.meetings],
        "memos": [{"id": m.id, "about": m.about, "text": m.text} for m in data.memos],
        "cac_rounds": [_round(r) for r in data.cac_rounds],
    }


def _participant(p: Participant) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": p.id,
        "pseudonym": p.pseudonym,
        "role": p.role,
        "organisation": p.organisation,
    }
    if p.real_name is not None:
        out["real_name"] = p.real_name
    out["consent"] = {"status": p.consent.status, "date": p.consent.date, "note": p.consent.note}
    return out


def _meeting(m: Meeting, observations: list[Observation]) -> dict[str, Any]:
    return {
        "id": m.id,
        "title": m.title,
        "kind": m.kind,
        "date": m.date,
        "start": m.start,
        "end": m.end,
        "location": m.location,
        "attendees": m.attendees,
        "notes": m.notes,
        "observations": [_observation(o) for o in observations],
    }


def _observation(o: Observation) -> dict[str, Any]:
    quotes = []
    for q in o.quotes:
        quote: dict[str, Any] = {"id": q.id, "speaker": q.speaker, "text": q.text}
        if q.original_text is not None:
            quote["original_text"] = q.original_text
        if q.language is not None:
            quote["language"] = q.language
        quotes.append(quote)
    return {
        "id": o.id,
        "time": o.time,
        "text": o.text,
        "codes": o.codes,
        "quotes": quotes,
        "feedback": [_feedback(f) for f in o.feedback],
    }


def _feedback(f: Feedback) -> dict[str, Any]:
    item: dict[str, Any] = {
        "participant": f.participant,
        "verdict": f.verdict,
        "comment": f.comment,
        "received": f.received,
    }
    if f.verdict_text is not None:  # only then, so files without it stay as they were
        item["verdict_text"] = f.verdict_text
    return item


def _round(r: CacRound) -> dict[str, Any]:
    return {
        "id": r.id,
        "label": r.label,
        "date": r.date,
        "responses": [
            {"respondent": resp.respondent, "scores": {str(k): v for k, v in resp.scores.items()}}
            for resp in r.responses
        ],
    }
