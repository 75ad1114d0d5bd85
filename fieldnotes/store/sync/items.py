"""Reading, writing and deleting one item of any mergeable kind, through the repositories.

Conflict records need this: their labels, another copy's version of an item, and
keeping one version or the other (with an exact undo of that choice).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from fieldnotes.display import one_line
from fieldnotes.domain.item_json import Item
from fieldnotes.domain.models import CacRound, Code, Meeting, Memo, Observation, Participant
from fieldnotes.store.clock import utc_now
from fieldnotes.store.codes_repo import CodeTreeError
from fieldnotes.store.rows import next_position

if TYPE_CHECKING:
    from fieldnotes.store.project import Project


def read_item(project: Project, kind: str, item_id: str) -> Item | None:
    if kind == "participant":
        return project.participants.get(item_id)
    if kind == "code":
        return project.codes.get(item_id)
    if kind == "meeting":
        return project.meetings.get(item_id)
    if kind == "observation":
        return project.observations.get(item_id)
    if kind == "memo":
        row = project.conn.execute(
            "SELECT id, text, about FROM memos WHERE id = ?", (item_id,)
        ).fetchone()
        return Memo(*row) if row else None
    return project.cac_rounds.get(item_id)


def label(item: Item | None) -> str:
    """A short line naming the item for people (a list of conflicts, say)."""
    if item is None:
        return ""
    if isinstance(item, Participant):
        text = item.pseudonym
    elif isinstance(item, Code | CacRound):
        text = item.name if isinstance(item, Code) else item.label
    elif isinstance(item, Meeting):
        text = f"{item.title} ({item.date})" if item.date else item.title
    else:
        text = item.text
    return one_line(text)


def write_item(project: Project, kind: str, item: Item) -> None:
    """Put ``item``'s content in place of the project's version (same id).

    References to what the project no longer has are dropped: a missing theme or
    attendee is left out, a missing speaker becomes unknown, a parent theme that is
    gone or would make a loop stays as it is.
    """
    if isinstance(item, Participant):
        project.participants.update(item)
    elif isinstance(item, Code):
        try:
            project.codes.check_parent(item.id, item.parent)
        except CodeTreeError:
            current = project.codes.get(item.id)
            item = replace(item, parent=current.parent if current else None)
        project.codes.update_theme(item)
    elif isinstance(item, Meeting):
        known = project.ids("participants")
        project.meetings.update(replace(item, attendees=[p for p in item.attendees if p in known]))
    elif isinstance(item, Observation):
        _write_observation(project, item)
    elif isinstance(item, Memo):
        with project.transaction() as conn:
            conn.execute(
                "UPDATE memos SET about = ?, text = ? WHERE id = ?",
                (item.about, item.text, item.id),
            )
    else:
        known = project.ids("participants")
        responses = [
            replace(r, respondent=r.respondent if r.respondent in known else None)
            for r in item.responses
        ]
        with project.transaction():
            project.cac_rounds.update(item.id, item.label, item.date)
            project.cac_rounds.set_responses(item.id, responses)


def _write_observation(project: Project, observation: Observation) -> None:
    codes, speakers = project.ids("codes"), project.ids("participants")
    with project.transaction() as conn:
        conn.execute(
            "UPDATE observations SET time = ?, text = ?, updated_at = ? WHERE id = ?",
            (observation.time, observation.text, utc_now(), observation.id),
        )
        project.observations.set_codes(observation.id, [c for c in observation.codes if c in codes])
        kept = [q.id for q in observation.quotes]
        conn.execute(
            "DELETE FROM quotes WHERE observation_id = ? AND id NOT IN "
            "(SELECT value FROM json_each(?))",
            (observation.id, _json(kept)),
        )
        conn.executemany(
            "INSERT INTO quotes (id, observation_id, speaker_id, text, original_text, language,"
            " position) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
            " observation_id = excluded.observation_id, speaker_id = excluded.speaker_id,"
            " text = excluded.text, original_text = excluded.original_text,"
            " language = excluded.language, position = excluded.position",
            (
                (
                    q.id,
                    observation.id,
                    q.speaker if q.speaker in speakers else None,
                    q.text,
                    q.original_text,
                    q.language,
                    i,
                )
                for i, q in enumerate(observation.quotes)
            ),
        )


def _json(values: list[str]) -> str:
    import json

    return json.dumps(values)


def delete_item(project: Project, kind: str, item_id: str) -> Callable[[], None]:
    """Delete the item as the app does; return what puts it back exactly."""
    if kind == "participant":
        participant = project.participants.delete(item_id)
        return lambda: project.participants.restore(participant)
    if kind == "code":
        theme = project.codes.delete_theme(item_id)
        return lambda: project.codes.restore_theme(theme)
    if kind == "meeting":
        meeting = project.meetings.delete(item_id)
        return lambda: project.meetings.restore(meeting)
    if kind == "observation":
        observation, position = project.observations.delete(item_id)
        return lambda: project.observations.restore(observation, position)
    if kind == "memo":
        return _delete_memo(project, item_id)
    cac_round = project.cac_rounds.delete(item_id)
    return lambda: project.cac_rounds.restore(cac_round)


def _delete_memo(project: Project, memo_id: str) -> Callable[[], None]:
    with project.transaction() as conn:
        row = conn.execute(
            "SELECT about, text, position FROM memos WHERE id = ?", (memo_id,)
        ).fetchone()
        if row is None:
            raise KeyError(memo_id)
        conn.execute("DELETE FROM memos WHERE id = ?", (memo_id,))
    about, text, position = row

    def restore() -> None:
        with project.transaction() as conn:
            conn.execute(
                "INSERT INTO memos (id, about, text, position) VALUES (?, ?, ?, ?)",
                (
                    memo_id,
                    about,
                    text,
                    position if position is not None else next_position(conn, "memos"),
                ),
            )

    return restore
