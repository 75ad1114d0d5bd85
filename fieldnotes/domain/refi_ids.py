"""Stable REFI-QDA GUIDs for fieldnotes ids.

Exporting the same project twice must give the same GUIDs, and a colleague's codebook
must name the built-in CAC codes with the same GUIDs as ours, so a GUID is derived from
the kind of thing and its id (UUID version 5), never drawn at random.
"""

from __future__ import annotations

import uuid

# Fixed for ever: changing it would give every exported code and source a new identity.
FIELDNOTES_NAMESPACE = uuid.UUID("6f1c1f64-3d0b-5a54-9a3e-2f6a1c0d9b71")

KINDS = frozenset(
    {
        "code",
        "source",
        "selection",
        "coding",  # one code on one selection
        "link",  # a note linked to a source
        "note",
        "case",
        "user",
        "project",
        "variable",
        "set",
    }
)


def guid_for(kind: str, item_id: str) -> str:
    """The GUID of ``item_id`` of ``kind`` in REFI-QDA's upper-case 8-4-4-4-12 form."""
    if kind not in KINDS:
        raise ValueError(f"not a REFI-QDA kind: {kind}")
    return str(uuid.uuid5(FIELDNOTES_NAMESPACE, f"{kind}:{item_id}")).upper()
