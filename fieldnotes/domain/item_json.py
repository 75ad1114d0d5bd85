"""One item in the ``fieldnotes/1`` shape of its kind, and back.

The JSON dump writes whole projects with these; a merge keeps another copy's version
of an item in a conflict record in the same shape, so a record reads like the file.
Reading back trusts the shape: records are written by a merge, or checked on import.
"""

from __future__ import annotations

from typing import Any

from fieldnotes.domain.models import (
    Action,
    CacResponse,
    CacRound,
    Code,
    Consent,
    Feedback,
    Meeting,
    Memo,
    Observation,
    Participant,
    Quote,
    StatusChange,
)

Item = Participant | Code | Meeting | Observation | Memo | CacRound


def participant_json(p: Participant) -> dict[str, Any]:
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


def code_json(c: Code, *, with_origin: bool = False) -> dict[str, Any]:
    """A theme; ``with_origin`` adds its origin (kept in conflict records only)."""
    out: dict[str, Any] = {
        "id": c.id,
        "name": c.name,
        "parent": c.parent,
        "description": c.description,
        "color": c.color,
    }
    if with_origin and c.origin is not None:
        out["origin"] = c.origin
    return out


def meeting_json(m: Meeting) -> dict[str, Any]:
    """A meeting's own fields (the dump adds its observations)."""
    return {
        "id": m.id,
        "title": m.title,
        "kind": m.kind,
        "date": m.date,
        "start": m.start,
        "end": m.end,
        "location": m.location,
        "attendees": list(m.attendees),
        "notes": m.notes,
    }


def observation_json(o: Observation) -> dict[str, Any]:
    """An observation's content (the dump adds its feedback)."""
    quotes = []
    for q in o.quotes:
        quote: dict[str, Any] = {"id": q.id, "speaker": q.speaker, "text": q.text}
        if q.original_text is not None:
            quote["original_text"] = q.original_text
        if q.language is not None:
            quote["language"] = q.language
        quotes.append(quote)
    item: dict[str, Any] = {
        "id": o.id,
        "time": o.time,
        "text": o.text,
        "codes": list(o.codes),
        "quotes": quotes,
    }
    # Only when set, so the files of projects without them stay exactly as they were.
    if o.speakers:
        item["speakers"] = list(o.speakers)
    if o.action is not None:
        item["action"] = action_json(o.action)
    return item


def action_json(a: Action) -> dict[str, Any]:
    return {
        "owner": a.owner,
        "due": a.due,
        "status": a.status,
        "history": [{"status": c.status, "date": c.date} for c in a.history],
    }


def action_from_json(raw: dict[str, Any]) -> Action:
    return Action(
        raw.get("status") or "open",
        raw.get("owner"),
        raw.get("due"),
        tuple(StatusChange(c["status"], c["date"]) for c in raw.get("history") or []),
    )


def feedback_json(f: Feedback) -> dict[str, Any]:
    item: dict[str, Any] = {
        "participant": f.participant,
        "verdict": f.verdict,
        "comment": f.comment,
        "received": f.received,
    }
    if f.verdict_text is not None:  # only then, so files without it stay as they were
        item["verdict_text"] = f.verdict_text
    return item


def memo_json(m: Memo) -> dict[str, Any]:
    return {"id": m.id, "about": m.about, "text": m.text}


def round_json(r: CacRound) -> dict[str, Any]:
    return {
        "id": r.id,
        "label": r.label,
        "date": r.date,
        "responses": [
            {"respondent": resp.respondent, "scores": {str(k): v for k, v in resp.scores.items()}}
            for resp in r.responses
        ],
    }


def item_json(kind: str, item: Item) -> dict[str, Any]:
    """``item`` (of ``kind``: participant, code, meeting, observation, memo, cac_round)."""
    if isinstance(item, Participant):
        return participant_json(item)
    if isinstance(item, Code):
        return code_json(item, with_origin=True)
    if isinstance(item, Meeting):
        return meeting_json(item)
    if isinstance(item, Observation):
        return observation_json(item)
    if isinstance(item, Memo):
        return memo_json(item)
    return round_json(item)


def item_from_json(kind: str, raw: dict[str, Any], *, meeting: str = "") -> Item:
    """The item a record holds; an observation needs the meeting it belongs to."""
    if kind == "participant":
        consent = raw.get("consent") or {}
        return Participant(
            raw["id"],
            raw["pseudonym"],
            raw.get("role") or "",
            raw.get("organisation") or "",
            raw.get("real_name"),
            Consent(consent.get("status") or "", consent.get("date"), consent.get("note") or ""),
        )
    if kind == "code":
        return Code(
            raw["id"],
            raw["name"],
            raw.get("parent"),
            raw.get("description") or "",
            raw.get("color"),
            origin=raw.get("origin"),
        )
    if kind == "meeting":
        return Meeting(
            raw["id"],
            raw["title"],
            raw.get("kind") or "team meeting",
            raw.get("date"),
            raw.get("start"),
            raw.get("end"),
            raw.get("location") or "",
            list(raw.get("attendees") or []),
            raw.get("notes") or "",
        )
    if kind == "observation":
        return Observation(
            raw["id"],
            meeting,
            raw["text"],
            raw.get("time"),
            codes=list(raw.get("codes") or []),
            quotes=[
                Quote(
                    q["id"],
                    q["text"],
                    q.get("speaker"),
                    q.get("original_text"),
                    q.get("language"),
                )
                for q in raw.get("quotes") or []
            ],
            speakers=list(raw.get("speakers") or []),
            action=action_from_json(raw["action"]) if raw.get("action") else None,
        )
    if kind == "memo":
        return Memo(raw["id"], raw["text"], raw.get("about"))
    if kind == "cac_round":
        return CacRound(
            raw["id"],
            raw["label"],
            raw.get("date"),
            [
                CacResponse(
                    r.get("respondent"),
                    {int(k): v for k, v in (r.get("scores") or {}).items() if v is not None},
                )
                for r in raw.get("responses") or []
            ],
        )
    raise ValueError(f"not a kind of item: {kind}")
