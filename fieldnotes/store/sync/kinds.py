"""The kinds of item that merge, and what counts as an item's content.

An item's *signature* is its content as one deterministic JSON text, computed in SQL
on either copy: its own columns plus its children (an observation's tags as a set and
its quotes by id; a meeting's attendees as a set; a round's answers). Positions are
left out, so reordering is not an edit; feedback is left out, because member-check
answers only accumulate and are merged by union. Equal signatures mean equal content.
"""

from __future__ import annotations

from dataclasses import dataclass

_ATTENDEES = (
    "(SELECT json_group_array(participant_id) FROM (SELECT participant_id "
    "FROM {s}meeting_attendees WHERE meeting_id = {id} ORDER BY participant_id))"
)
_TAGS = (
    "(SELECT json_group_array(code_id) FROM (SELECT code_id "
    "FROM {s}observation_codes WHERE observation_id = {id} ORDER BY code_id))"
)
_QUOTES = (
    "(SELECT json_group_array(json_array(id, speaker_id, text, original_text, language)) "
    "FROM (SELECT id, speaker_id, text, original_text, language "
    "FROM {s}quotes WHERE observation_id = {id} ORDER BY id))"
)
_SPEAKERS = (
    "(SELECT json_group_array(participant_id) FROM (SELECT participant_id "
    "FROM {s}observation_speakers WHERE observation_id = {id} ORDER BY participant_id))"
)
_ACTION = (
    "(SELECT json_array(owner_id, due, status, history) "
    "FROM {s}actions WHERE observation_id = {id})"
)
_ANSWERS = (
    "(SELECT json_group_array(answer) FROM (SELECT json_array(r.respondent_id, "
    "(SELECT json_group_object(item, score) FROM (SELECT item, score FROM {s}cac_scores "
    "WHERE response_id = r.id ORDER BY item))) AS answer "
    "FROM {s}cac_responses r WHERE r.round_id = {id} ORDER BY answer))"
)


@dataclass(frozen=True)
class Kind:
    name: str  # as in conflict records and tombstones: "observation"
    table: str  # and as in reports: "observations"
    columns: tuple[str, ...]  # the row's own content
    children: tuple[str, ...] = ()  # signature parts from child tables
    themes_only: bool = False  # codes: the locked CAC framework never merges

    def signature(self, row: str, schema: str = "") -> str:
        """SQL for the content of the row aliased ``row`` (in ``schema``, e.g. "other.")."""
        parts = [f"{row}.{column}" for column in self.columns]
        parts += [child.format(s=schema, id=f"{row}.id") for child in self.children]
        return f"json_array({', '.join(parts)})"

    def scope(self, row: str = "") -> str:
        """A WHERE condition limiting the table to mergeable rows ("1" for all)."""
        prefix = f"{row}." if row else ""
        return f"{prefix}locked = 0" if self.themes_only else "1"


PARTICIPANT = Kind(
    "participant",
    "participants",
    (
        "pseudonym",
        "role",
        "organisation",
        "real_name",
        "consent_status",
        "consent_date",
        "consent_note",
    ),
)
CODE = Kind(
    "code", "codes", ("name", "parent_id", "description", "color", "origin"), themes_only=True
)
MEETING = Kind(
    "meeting",
    "meetings",
    ("title", "kind", "date", "start_time", "end_time", "location", "notes"),
    (_ATTENDEES,),
)
OBSERVATION = Kind(
    "observation",
    "observations",
    ("meeting_id", "time", "text"),
    (_TAGS, _QUOTES, _SPEAKERS, _ACTION),
)
MEMO = Kind("memo", "memos", ("about", "text"))
CAC_ROUND = Kind("cac_round", "cac_rounds", ("label", "date"), (_ANSWERS,))

# Parents before the items that refer to them.
KINDS: tuple[Kind, ...] = (PARTICIPANT, CODE, MEETING, OBSERVATION, MEMO, CAC_ROUND)
# As migration 6 installed them, before speakers and actions (migration 7) existed; a
# migration runs with the definitions of its own time, never with later ones.
OBSERVATION_6 = Kind(
    "observation", "observations", ("meeting_id", "time", "text"), (_TAGS, _QUOTES)
)
KINDS_6: tuple[Kind, ...] = (PARTICIPANT, CODE, MEETING, OBSERVATION_6, MEMO, CAC_ROUND)
BY_NAME = {kind.name: kind for kind in KINDS}
BY_TABLE = {kind.table: kind for kind in KINDS}
CONFLICT_KIND = "conflict"  # tombstones of resolved conflict records


@dataclass(frozen=True)
class ChildTable:
    """A table whose rows are part of a parent item's content."""

    table: str
    kind: Kind
    parent_column: str  # or, for scores, a subquery from the row to the parent id
    watched: tuple[str, ...]  # columns whose change changes the parent's content

    def parent(self, row: str) -> str:
        if self.table == "cac_scores":
            return f"(SELECT round_id FROM cac_responses WHERE id = {row}.response_id)"
        return f"{row}.{self.parent_column}"


def _child_tables(observation: Kind) -> tuple[ChildTable, ...]:
    return (
        ChildTable("meeting_attendees", MEETING, "meeting_id", ("meeting_id", "participant_id")),
        ChildTable(
            "observation_codes", observation, "observation_id", ("observation_id", "code_id")
        ),
        ChildTable(
            "quotes",
            observation,
            "observation_id",
            ("observation_id", "speaker_id", "text", "original_text", "language"),
        ),
        ChildTable("cac_responses", CAC_ROUND, "round_id", ("round_id", "respondent_id")),
        ChildTable("cac_scores", CAC_ROUND, "response_id", ("response_id", "item", "score")),
    )


CHILD_TABLES_6 = _child_tables(OBSERVATION_6)
CHILD_TABLES: tuple[ChildTable, ...] = (
    *_child_tables(OBSERVATION),
    ChildTable(
        "observation_speakers",
        OBSERVATION,
        "observation_id",
        ("observation_id", "participant_id"),
    ),
    ChildTable(
        "actions",
        OBSERVATION,
        "observation_id",
        ("observation_id", "owner_id", "due", "status", "history"),
    ),
)
