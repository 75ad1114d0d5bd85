"""Deciding, item by item, what merging the other copy does to this one.

Read-only (no temporary tables), so a dry run plans exactly as a merge does, on a
read-only project too. With ``O`` our vector and ``T`` theirs:

- both have the item: equal, or ``T ≤ O`` → unchanged; ``O < T`` → take theirs;
  concurrent → equal contents join the vectors, different ones are a conflict (ours
  stays, theirs is recorded, ours becomes ``join(O, T)`` plus one of our edits, so the
  same conflict never comes back from the same copy);
- only they have it: deleted here with ``T ≤`` our tombstone → stays deleted; their
  copy already knew of the delete (``T >`` tombstone) → added; concurrent → back in
  place with a conflict; never here → added;
- only we have it: their tombstone and ``O ≤`` it → deleted; ``O >`` it → ours stays;
  concurrent → ours stays with a conflict.

Then references: a parent about to disappear (deleted by this merge, or staying
deleted here) that something remaining refers to stays or comes back, with a conflict;
and the codebook may not end up in a loop. See ``refs.py``.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field

from fieldnotes.store.sync.kinds import KINDS, Kind
from fieldnotes.store.sync.vectors import Order, Vector, bump, compare, join, parse

ADD = "add"
TAKE = "take"
REINSTATE = "reinstate"  # deleted here, changed there: back in place, with a conflict
DELETE = "delete"
CONFLICT = "conflict"  # ours stays, theirs is recorded (or was deleted)
JOIN = "join"  # both changed it the same way: only the vector changes
FROM_THEM = (ADD, TAKE, REINSTATE)


@dataclass(frozen=True)
class Tombstone:
    versions: Vector
    deleted_at: str | None = None
    deleted_by: str | None = None
    created_by: str | None = None


@dataclass
class Step:
    op: str
    versions: Vector | None = None  # the item's vector after the merge (None: theirs as is)
    reason: str | None = None  # for conflicts
    tombstone: Tombstone | None = None  # for deletes: the tombstone to keep here


@dataclass
class KindPlan:
    kind: Kind
    ours: dict[str, str]  # id → vector text, for every mergeable item here
    theirs: dict[str, str]
    tombs_here: dict[str, Tombstone]
    tombs_there: dict[str, Tombstone]
    steps: dict[str, Step] = field(default_factory=dict)
    stays_deleted: set[str] = field(default_factory=set)  # theirs, deleted here
    unchanged: int = 0  # their items that need nothing here
    tomb_imports: dict[str, Tombstone] = field(default_factory=dict)

    def source(self, item_id: str) -> str | None:
        """Whose version of the item the project holds after the merge (None: none)."""
        step = self.steps.get(item_id)
        if step is not None and step.op in FROM_THEM:
            return "theirs"
        if step is not None and step.op == DELETE:
            return None
        if item_id in self.ours:
            return "ours"
        return None

    def ids(self, *ops: str) -> list[str]:
        return [item for item, step in self.steps.items() if step.op in ops]

    def keep_ours(self, item_id: str, reason: str, replica: str) -> None:
        """A delete or take that cannot happen: ours stays, with a conflict."""
        mine = parse(self.ours[item_id])
        other = (
            self.tombs_there[item_id].versions
            if reason == "deleted_there"
            else parse(self.theirs[item_id])
        )
        self.steps[item_id] = Step(CONFLICT, bump(join(mine, other), replica), reason)

    def bring_back(self, item_id: str, replica: str) -> None:
        """An item staying deleted here that something needs: theirs comes back."""
        self.stays_deleted.discard(item_id)
        self.unchanged -= 1
        versions = join(parse(self.theirs[item_id]), self.tombs_here[item_id].versions)
        self.steps[item_id] = Step(REINSTATE, bump(versions, replica), "deleted_here")


@dataclass
class Plan:
    kinds: dict[str, KindPlan]  # by kind name
    replica: str
    feedback: list[tuple[object, ...]] = field(default_factory=list)  # rows to add
    feedback_unchanged: int = 0

    def __getitem__(self, name: str) -> KindPlan:
        return self.kinds[name]


def tombstones(conn: sqlite3.Connection, schema: str, kind: str) -> dict[str, Tombstone]:
    rows = conn.execute(
        "SELECT id, versions, deleted_at, deleted_by, created_by "
        f"FROM {schema}deleted_items WHERE kind = ?",
        (kind,),
    )
    return {item: Tombstone(parse(v), at, by, author) for item, v, at, by, author in rows}


def signatures(conn: sqlite3.Connection, kind: Kind, schema: str, ids: list[str]) -> dict[str, str]:
    """The content of these items in ``schema`` ("main." or "other.")."""
    return dict(
        conn.execute(
            f"SELECT x.id, {kind.signature('x', schema)} FROM {schema}{kind.table} x "
            "WHERE x.id IN (SELECT value FROM json_each(?))",
            (json.dumps(ids),),
        )
    )


def decide(conn: sqlite3.Connection, kind: Kind, replica: str) -> KindPlan:
    scope = kind.scope()
    plan = KindPlan(
        kind,
        dict(conn.execute(f"SELECT id, versions FROM main.{kind.table} WHERE {scope}")),
        dict(conn.execute(f"SELECT id, versions FROM other.{kind.table} WHERE {scope}")),
        tombstones(conn, "main.", kind.name),
        tombstones(conn, "other.", kind.name),
    )
    concurrent = _their_items(plan, replica)
    _our_items(plan, replica)
    if concurrent:
        mine = signatures(conn, kind, "main.", concurrent)
        other = signatures(conn, kind, "other.", concurrent)
        for item in concurrent:
            joined = join(parse(plan.ours[item]), parse(plan.theirs[item]))
            if mine[item] == other[item]:
                plan.steps[item] = Step(JOIN, joined)
            else:
                plan.steps[item] = Step(CONFLICT, bump(joined, replica), "edited_both")
    for item, tomb in plan.tombs_there.items():
        if item in plan.ours or item in plan.theirs:
            continue
        here = plan.tombs_here.get(item)
        if here is None:
            plan.tomb_imports[item] = tomb
        elif compare(tomb.versions, here.versions) in (Order.AFTER, Order.CONCURRENT):
            plan.tomb_imports[item] = Tombstone(
                join(here.versions, tomb.versions),
                max(here.deleted_at or "", tomb.deleted_at or "") or None,
                tomb.deleted_by,
                here.created_by or tomb.created_by,
            )
    return plan


def _their_items(plan: KindPlan, replica: str) -> list[str]:
    """Decide the items they have; return those changed on both sides, to compare."""
    concurrent = []
    for item, theirs_text in plan.theirs.items():
        ours_text = plan.ours.get(item)
        if ours_text is not None:
            if ours_text == theirs_text:
                plan.unchanged += 1
                continue
            order = compare(parse(ours_text), parse(theirs_text))
            if order is Order.BEFORE:
                plan.steps[item] = Step(TAKE)
            elif order is Order.CONCURRENT:
                concurrent.append(item)
            else:
                plan.unchanged += 1
            continue
        tomb = plan.tombs_here.get(item)
        if tomb is None:
            plan.steps[item] = Step(ADD)
            continue
        theirs = parse(theirs_text)
        order = compare(theirs, tomb.versions)
        if order in (Order.BEFORE, Order.EQUAL):
            plan.stays_deleted.add(item)
            plan.unchanged += 1
        elif order is Order.AFTER:  # their copy kept it knowing of our delete
            plan.steps[item] = Step(ADD)
        else:
            plan.steps[item] = Step(
                REINSTATE, bump(join(theirs, tomb.versions), replica), "deleted_here"
            )
    return concurrent


def _our_items(plan: KindPlan, replica: str) -> None:
    """Decide the items only we have: deleted there, or new here."""
    for item, ours_text in plan.ours.items():
        if item in plan.theirs:
            continue
        tomb = plan.tombs_there.get(item)
        if tomb is None:
            continue  # new here
        mine = parse(ours_text)
        order = compare(mine, tomb.versions)
        if order in (Order.BEFORE, Order.EQUAL):
            kept = Tombstone(join(mine, tomb.versions), tomb.deleted_at, tomb.deleted_by)
            plan.steps[item] = Step(DELETE, tombstone=kept)
        elif order is Order.CONCURRENT:
            plan.steps[item] = Step(
                CONFLICT, bump(join(mine, tomb.versions), replica), "deleted_there"
            )


def make_plan(
    conn: sqlite3.Connection, replica: str, tick: Callable[[], None] = lambda: None
) -> Plan:
    """The whole merge, decided (``conn`` has the other copy attached as ``other``)."""
    from fieldnotes.store.sync.refs import settle_references

    plan = Plan({}, replica)
    for kind in KINDS:
        plan.kinds[kind.name] = decide(conn, kind, replica)
        tick()
    settle_references(conn, plan)
    _plan_feedback(conn, plan)
    return plan


def _plan_feedback(conn: sqlite3.Connection, plan: Plan) -> None:
    """Member-check answers only accumulate: add theirs that are not here already."""
    columns = "observation_id, participant_id, verdict, comment, received, verdict_text"
    here = set(conn.execute(f"SELECT {columns} FROM main.feedback"))
    observations = plan["observation"]
    for row in conn.execute(
        f"SELECT {columns} FROM other.feedback ORDER BY observation_id, position"
    ):
        if observations.source(row[0]) is None:
            continue
        if row in here:
            plan.feedback_unchanged += 1
            continue
        here.add(row)
        plan.feedback.append(row)
