"""Both versions of a conflicting item as readable lines: names instead of ids.

Both sides are compared in the ``fieldnotes/1`` shape of their kind (the conflict record
keeps the other copy's version that way), so one function reads any kind of item.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from fieldnotes.domain.code_search import code_label
from fieldnotes.domain.item_json import item_json
from fieldnotes.domain.models import Conflict
from fieldnotes.store.sync.items import label, read_item
from fieldnotes.ui.hub import ProjectHub

_SKIPPED = {"id", "feedback"}  # the id is the same; feedback from both sides is kept anyway


def _field(key: str) -> str:
    names = {
        "text": QCoreApplication.translate("ConflictFields", "Text"),
        "time": QCoreApplication.translate("ConflictFields", "Time"),
        "codes": QCoreApplication.translate("ConflictFields", "Tags"),
        "quotes": QCoreApplication.translate("ConflictFields", "Quotes"),
        "title": QCoreApplication.translate("ConflictFields", "Title"),
        "kind": QCoreApplication.translate("ConflictFields", "Kind"),
        "date": QCoreApplication.translate("ConflictFields", "Date"),
        "start": QCoreApplication.translate("ConflictFields", "Start"),
        "end": QCoreApplication.translate("ConflictFields", "End"),
        "location": QCoreApplication.translate("ConflictFields", "Location"),
        "attendees": QCoreApplication.translate("ConflictFields", "Attendees"),
        "notes": QCoreApplication.translate("ConflictFields", "Notes"),
        "pseudonym": QCoreApplication.translate("ConflictFields", "Pseudonym"),
        "role": QCoreApplication.translate("ConflictFields", "Role"),
        "organisation": QCoreApplication.translate("ConflictFields", "Organisation"),
        "real_name": QCoreApplication.translate("ConflictFields", "Real name"),
        "consent": QCoreApplication.translate("ConflictFields", "Consent"),
        "name": QCoreApplication.translate("ConflictFields", "Name"),
        "parent": QCoreApplication.translate("ConflictFields", "Parent"),
        "description": QCoreApplication.translate("ConflictFields", "Description"),
        "color": QCoreApplication.translate("ConflictFields", "Colour"),
        "about": QCoreApplication.translate("ConflictFields", "About"),
        "label": QCoreApplication.translate("ConflictFields", "Label"),
        "responses": QCoreApplication.translate("ConflictFields", "Answers"),
    }
    return names.get(key, key)


def item_label(hub: ProjectHub, conflict: Conflict) -> str:
    current = read_item(hub.project, conflict.kind, conflict.item_id)
    if current is not None:
        return label(current)
    theirs = conflict.theirs or {}
    return str(theirs.get("text") or theirs.get("title") or theirs.get("name") or conflict.item_id)


def comparison_rows(hub: ProjectHub, conflict: Conflict) -> list[tuple[str, str, str]]:
    """(field, this copy's value, the other copy's value) for every field either side has."""
    current = read_item(hub.project, conflict.kind, conflict.item_id)
    ours = item_json(conflict.kind, current) if current is not None else None
    theirs = conflict.theirs
    gone = QCoreApplication.translate("ConflictFields", "(deleted)")
    if ours is None or theirs is None:
        present = ours or theirs or {}
        text = str(present.get("text") or present.get("title") or present.get("name") or "")
        return [
            (
                _field("text" if "text" in present else "name"),
                _shown(hub, "text", text) if ours is not None else gone,
                _shown(hub, "text", text) if theirs is not None else gone,
            )
        ]
    keys = [k for k in dict.fromkeys([*ours, *theirs]) if k not in _SKIPPED]
    return [(_field(k), _shown(hub, k, ours.get(k)), _shown(hub, k, theirs.get(k))) for k in keys]


def _shown(hub: ProjectHub, key: str, value: Any) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if key == "codes":
        codes = hub.code_lookup()
        return ", ".join(code_label(codes[c]) if c in codes else str(c) for c in value)
    if key in ("attendees", "speakers"):
        names = hub.pseudonyms()
        return ", ".join(names.get(p, str(p)) for p in value)
    if key == "parent":
        codes = hub.code_lookup()
        return code_label(codes[value]) if value in codes else str(value)
    if key == "quotes":
        names = hub.pseudonyms()
        return "\n".join(
            f"{names.get(q.get('speaker'), '?')}: “{q.get('text', '')}”" for q in value
        )
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items() if v not in (None, ""))
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)
