"""A REFI-QDA project as read from a .qdpx (or a codebook from a .qdc), before any mapping.

Plain data, independent of any fieldnotes project: GUIDs as written (normalised to
lower case without braces), texts already cut out of their sources. Turning it into
meetings, observations and themes is :mod:`fieldnotes.imports.refi_plan`'s job.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

_GUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def normal_guid(value: str | None) -> str | None:
    """``value`` as a lower-case GUID without braces; None when it is not a GUID."""
    if not value:
        return None
    text = value.strip().strip("{}").lower()
    return text if _GUID.fullmatch(text) else None


@dataclass
class RefiCode:
    guid: str | None
    name: str
    color: str | None = None
    description: str = ""
    codable: bool = True
    children: list[RefiCode] = field(default_factory=list)
    note_refs: list[str] = field(default_factory=list)

    def walk(self) -> list[tuple[RefiCode, RefiCode | None]]:
        """This code and its descendants, parents first, each with its parent."""
        found: list[tuple[RefiCode, RefiCode | None]] = []
        stack: list[tuple[RefiCode, RefiCode | None]] = [(self, None)]
        while stack:
            code, parent = stack.pop()
            found.append((code, parent))
            stack.extend((child, code) for child in reversed(code.children))
        return found


@dataclass
class RefiSelection:
    """A coded (or merely selected) stretch of a text source."""

    guid: str | None
    start: int  # code points in the source text as fieldnotes read it
    end: int
    text: str  # exactly the selected text
    codes: list[str] = field(default_factory=list)  # code GUIDs, in file order
    description: str = ""
    note_refs: list[str] = field(default_factory=list)
    line_start: str = ""  # the text between the start of its line and the selection


@dataclass
class RefiParagraph:
    """A paragraph of a source nobody coded (read one observation per paragraph)."""

    start: int
    end: int
    text: str


@dataclass
class RefiSource:
    guid: str | None
    name: str
    kind: str  # "text", "pdf", "picture", "audio", "video"
    description: str = ""
    variables: dict[str, str] = field(default_factory=dict)  # variable GUID -> value
    note_refs: list[str] = field(default_factory=list)
    selections: list[RefiSelection] = field(default_factory=list)
    paragraphs: list[RefiParagraph] = field(default_factory=list)
    has_text: bool = False
    uncoded_passages: int = 0  # uncoded text left out of a source that has selections
    qualcoder_line_breaks: bool = False  # every line break followed by a space (see text)
    selection_guids: list[str] = field(default_factory=list)  # also of skipped selections


@dataclass
class RefiNote:
    guid: str | None
    name: str
    text: str
    description: str = ""


@dataclass
class RefiCase:
    guid: str | None
    name: str
    description: str = ""
    variables: dict[str, str] = field(default_factory=dict)  # variable GUID -> value
    sources: list[str] = field(default_factory=list)  # source GUIDs


@dataclass
class RefiLink:
    origin: str | None
    target: str | None


@dataclass
class RefiProject:
    """Everything fieldnotes can use from a .qdpx, and a count of what it cannot."""

    name: str = ""
    origin: str = ""
    description: str = ""
    codes: list[RefiCode] = field(default_factory=list)
    variables: dict[str, str] = field(default_factory=dict)  # GUID -> name
    cases: list[RefiCase] = field(default_factory=list)
    sources: list[RefiSource] = field(default_factory=list)
    notes: list[RefiNote] = field(default_factory=list)
    links: list[RefiLink] = field(default_factory=list)
    note_refs: list[str] = field(default_factory=list)  # notes about the whole project
    skipped: Counter[str] = field(default_factory=Counter)  # reason -> how many

    def all_codes(self) -> list[tuple[RefiCode, RefiCode | None]]:
        return [pair for code in self.codes for pair in code.walk()]

    @property
    def text_sources(self) -> list[RefiSource]:
        return [s for s in self.sources if s.has_text]

    @property
    def selection_count(self) -> int:
        return sum(len(s.selections) for s in self.sources)
