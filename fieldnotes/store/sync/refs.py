"""Keeping references whole after a merge: no item may point at one that is gone.

A merge could otherwise delete a meeting (they deleted it) whose observation we edited,
or add an observation (theirs) to a meeting we deleted. Whatever something that
remains needs stays (their delete becomes a conflict) or comes back (our delete
becomes a conflict), and so on until nothing changes. Their version of an item we
keep in a conflict record counts too, so keeping theirs later can work.

The codebook's tree is checked as a whole: ours moved A under B while theirs moved B
under A would make a loop; the theme whose parent came from theirs keeps ours instead,
and their version is recorded.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from fieldnotes.store.sync.plan import CONFLICT, DELETE, TAKE, Plan


@dataclass(frozen=True)
class Reference:
    parent: str  # kind of the item referred to
    child: str  # kind of the item referring ("feedback": answers of an observation)
    table: str  # where the reference is stored
    child_column: str
    parent_column: str

    def sql(self, schema: str) -> str:
        """(child id, parent id) rows in ``schema`` for the parents listed in ``?``."""
        return (
            f"SELECT {self.child_column}, {self.parent_column} FROM {schema}{self.table} "
            f"WHERE {self.parent_column} IN (SELECT value FROM json_each(?))"
        )


REFERENCES = (
    Reference("meeting", "observation", "observations", "id", "meeting_id"),
    Reference("meeting", "memo", "memos", "id", "about"),
    Reference("code", "observation", "observation_codes", "observation_id", "code_id"),
    Reference("code", "code", "codes", "id", "parent_id"),
    Reference("code", "memo", "memos", "id", "about"),
    Reference("participant", "observation", "quotes", "observation_id", "speaker_id"),
    Reference("participant", "meeting", "meeting_attendees", "meeting_id", "participant_id"),
    Reference("participant", "cac_round", "cac_responses", "round_id", "respondent_id"),
    Reference("participant", "feedback", "feedback", "observation_id", "participant_id"),
)


def settle_references(conn: sqlite3.Connection, plan: Plan) -> None:
    """Change the plan until every reference holds and the codebook has no loop."""
    while True:
        changed = _break_loops(conn, plan)
        changed = _keep_needed(conn, plan) or changed
        if not changed:
            return


def _gone(plan: Plan, kind: str) -> list[str]:
    """Items of ``kind`` that would not be here after the merge, though one side has them."""
    kind_plan = plan[kind]
    return [*kind_plan.ids(DELETE), *kind_plan.stays_deleted]


def _counts(plan: Plan, child: str, item: str, schema: str) -> bool:
    """Whether a reference from ``item`` in ``schema`` is there after the merge."""
    if child == "feedback":  # answers are united: both sides' stay with the observation
        return plan["observation"].source(item) is not None
    kind_plan = plan[child]
    source = kind_plan.source(item)
    if schema == "main.":
        return source == "ours"
    step = kind_plan.steps.get(item)
    recorded = step is not None and step.op == CONFLICT and step.reason == "edited_both"
    return source == "theirs" or recorded


def _keep_needed(conn: sqlite3.Connection, plan: Plan) -> bool:
    gone = {kind: _gone(plan, kind) for kind in ("participant", "code", "meeting")}
    needed: set[tuple[str, str]] = set()
    for reference in REFERENCES:
        ids = gone[reference.parent]
        if not ids:
            continue
        for schema in ("main.", "other."):
            for child, parent in conn.execute(reference.sql(schema), (json.dumps(ids),)):
                if _counts(plan, reference.child, child, schema):
                    needed.add((reference.parent, parent))
    for kind, item in sorted(needed):
        kind_plan = plan[kind]
        if item in kind_plan.stays_deleted:
            kind_plan.bring_back(item, plan.replica)
        else:
            kind_plan.keep_ours(item, "deleted_there", plan.replica)
    return bool(needed)


def _op(step: object) -> str | None:
    return getattr(step, "op", None)


def _break_loops(conn: sqlite3.Connection, plan: Plan) -> bool:
    codes = plan["code"]
    ours = dict(conn.execute("SELECT id, parent_id FROM main.codes WHERE locked = 0"))
    theirs = dict(conn.execute("SELECT id, parent_id FROM other.codes WHERE locked = 0"))
    parents: dict[str, str | None] = {}
    for item in set(ours) | set(theirs):
        source = codes.source(item)
        if source is not None:
            parents[item] = (ours if source == "ours" else theirs)[item]
    changed = False
    for start in sorted(parents):
        path: list[str] = []
        node: str | None = start
        while node is not None and node in parents and node not in path:
            path.append(node)
            node = parents[node]
        if node is None or node not in path:
            continue
        loop = path[path.index(node) :]
        taken = sorted(item for item in loop if _op(codes.steps.get(item)) == TAKE)
        if taken:  # a loop always has one: neither copy's own tree has a loop
            codes.keep_ours(taken[0], "edited_both", plan.replica)
            parents[taken[0]] = ours[taken[0]]
            changed = True
    return changed
