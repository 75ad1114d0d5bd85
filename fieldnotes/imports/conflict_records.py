"""The optional ``conflicts`` list of a ``fieldnotes/1`` file: checked like everything else.

Each record holds another copy's version of an item (``theirs``) in the shape of its
kind, checked as that kind is in the file, with two differences: its references are
not resolved (their version may name themes or participants this project no longer
has; resolving the conflict drops what is missing), and a theme may carry its
``origin``. An unknown key anywhere is an error, as elsewhere.
"""

from __future__ import annotations

from typing import Any

from fieldnotes.domain.item_json import item_json
from fieldnotes.domain.models import CONFLICT_REASONS, THEME_ORIGINS, Code, Conflict, Meeting
from fieldnotes.errors import InterchangeError
from fieldnotes.imports import checks as c
from fieldnotes.imports.interchange import _MEETING, ProjectIndex, _Reader

_CONFLICT = frozenset(
    {"id", "kind", "item", "reason", "theirs", "researcher", "modified", "source", "recorded"}
)
KINDS = ("participant", "code", "meeting", "observation", "memo", "cac_round")


class _Anything:
    def __contains__(self, item: object) -> bool:
        return True


class _TheirsReader(_Reader):
    """Checks one item's shape and values, leaving its references unresolved."""

    def __init__(self) -> None:
        super().__init__(ProjectIndex())
        self.memo_targets = _Anything()  # type: ignore[assignment]

    def _require_participant(self, pid: str | None, where: str) -> None:
        return

    def _code(self, value: Any, where: str) -> Code:
        if not isinstance(value, dict) or "origin" not in value:
            return super()._code(value, where)
        origin = c.choice(value, "origin", where, THEME_ORIGINS)
        code = super()._code({k: v for k, v in value.items() if k != "origin"}, where)
        code.origin = origin
        return code

    def item(self, kind: str, value: Any, where: str) -> dict[str, Any]:
        if kind == "participant":
            return item_json(kind, self._participant(value, where))
        if kind == "code":
            return item_json(kind, self._code(value, where))
        if kind == "meeting":
            fields = c.check_object(value, where, _MEETING - {"observations"}, frozenset({"title"}))
            meeting: Meeting = self._meeting(fields, where)[0]
            return item_json(kind, meeting)
        if kind == "observation":
            return item_json(kind, self._observation(value, "", where))
        if kind == "memo":
            return item_json(kind, self._memo(value, where))
        return item_json(kind, self._round(value, where))


def read_conflicts(reader: _Reader, values: list[Any]) -> list[Conflict]:
    return [_conflict(reader, value, f"conflicts[{i}]") for i, value in enumerate(values)]


def _conflict(reader: _Reader, value: Any, where: str) -> Conflict:
    obj = c.check_object(value, where, _CONFLICT, frozenset({"kind", "item", "reason"}))
    conflict_id = reader._id(obj, "conflict", where)
    kind = c.choice(obj, "kind", where, KINDS)
    reason = c.choice(obj, "reason", where, CONFLICT_REASONS)
    if kind is None or reason is None:
        missing = "kind" if kind is None else "reason"
        raise InterchangeError(f"{where}.{missing}", "must not be null")
    item_id = c.required_text(obj, "item", where)
    if not item_id.strip():
        raise InterchangeError(f"{where}.item", "must not be empty")
    raw = obj.get("theirs")
    theirs = None
    if raw is None:
        if reason != "deleted_there":
            raise InterchangeError(
                f"{where}.theirs",
                'may be null only when the reason is "deleted_there" (their copy deleted it)',
            )
    else:
        theirs = _TheirsReader().item(kind, raw, f"{where}.theirs")
        if theirs["id"] != item_id:
            raise InterchangeError(
                f"{where}.theirs.id", f"must be the item's id, {c.quoted(item_id)}"
            )
    return Conflict(
        conflict_id,
        kind,
        item_id,
        reason,
        theirs,
        c.optional_text(obj, "researcher", where),
        c.optional_text(obj, "modified", where),
        c.optional_text(obj, "source", where),
        c.optional_text(obj, "recorded", where),
    )
