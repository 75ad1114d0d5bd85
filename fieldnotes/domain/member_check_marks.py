"""The invisible marks that tie a member-check answer to its observation.

A Word bookmark survives typing, re-saving by Word or LibreOffice and a change of
language, where label text does not. Names follow Word's rules (a letter first, then
letters, digits and underscores, at most 40 characters).
"""

from __future__ import annotations

import re

ANSWER_PREFIX = "fn_O_"  # in the verdict cell of observation O-12: fn_O_12
BLOCK_PREFIX = "fn_B_"  # on the reference line that opens the block: fn_B_12
# The fill of an answer box's label column: it still marks the table as an answer box
# when a participant has deleted the label and the bookmarks are gone.
ANSWER_LABEL_SHADING = "F2F2F2"
_MARK = re.compile(r"^fn_([OB])_(\d{1,30})$")


def answer_mark(ref: int) -> str:
    return f"{ANSWER_PREFIX}{ref}"


def block_mark(ref: int) -> str:
    return f"{BLOCK_PREFIX}{ref}"


def read_mark(name: str) -> tuple[str, int] | None:
    """("answer" | "block", ref) for one of our bookmark names; None for any other name."""
    match = _MARK.match(name)
    if match is None:
        return None
    return ("answer" if match.group(1) == "O" else "block"), int(match.group(2))
