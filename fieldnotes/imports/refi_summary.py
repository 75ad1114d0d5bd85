"""What a REFI-QDA import did, counted, and said in one line.

The counts are for the app to show as it likes; ``describe()`` is the command line's
sentence: what was added, what was matched, and what was skipped and why.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

# Reasons for leaving something out, in the order they are told: (one, many).
SKIP_REASONS: dict[str, tuple[str, str]] = {
    "selection_outside": (
        "selection outside its source's text",
        "selections outside their source's text",
    ),
    "selection_empty": ("empty selection", "empty selections"),
    "unknown_code": (
        "coding of a code missing from the codebook",
        "codings of codes missing from the codebook",
    ),
    "source_coding": (
        "coding of a whole source (fieldnotes codes observations)",
        "codings of whole sources (fieldnotes codes observations)",
    ),
    "uncoded": ("uncoded passage of a coded source", "uncoded passages of coded sources"),
    "pdf": ("PDF source without a text version", "PDF sources without a text version"),
    "picture": ("picture source (not text)", "picture sources (not text)"),
    "audio": ("audio source (not text)", "audio sources (not text)"),
    "video": ("video source (not text)", "video sources (not text)"),
    "no_plain_text": ("text source without plain text", "text sources without plain text"),
    "external_text": (
        "text source whose file is outside the archive",
        "text sources whose files are outside the archive",
    ),
    "empty_note": ("empty note", "empty notes"),
    "unnamed_case": ("case without a name", "cases without a name"),
    "set": ("set (fieldnotes has no sets)", "sets (fieldnotes has no sets)"),
    "graph": ("graph (fieldnotes has no graphs)", "graphs (fieldnotes has no graphs)"),
}


def counted(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else (many or one + 's')}"


def listed(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def skipped_text(skipped: Counter[str]) -> str:
    """ "Skipped 3 selections outside …; 1 PDF source …." or "" when nothing was."""
    parts = [
        counted(skipped[reason], one, many)
        for reason, (one, many) in SKIP_REASONS.items()
        if skipped.get(reason)
    ]
    parts += [
        counted(n, reason)
        for reason, n in sorted(skipped.items())
        if reason not in SKIP_REASONS and n
    ]
    return f" Skipped {'; '.join(parts)}." if parts else ""


@dataclass
class RefiImportSummary:
    """What a .qdpx import added, matched and skipped."""

    meetings: int = 0
    observations: int = 0
    paragraph_observations: int = 0  # of those, one per paragraph of an uncoded source
    themes: int = 0
    memos: int = 0
    participants: int = 0
    study_named: bool = False  # the new project's study took the file's name
    matched_cac: int = 0
    matched_themes: int = 0
    already: Counter[str] = field(default_factory=Counter)  # kind -> items already there
    skipped: Counter[str] = field(default_factory=Counter)  # reason -> how many

    @property
    def changed(self) -> bool:
        return bool(
            self.meetings
            or self.observations
            or self.themes
            or self.memos
            or self.participants
            or self.study_named
        )

    def describe(self) -> str:
        if self.changed:
            parts = [
                counted(n, word)
                for n, word in (
                    (self.meetings, "meeting"),
                    (self.observations, "observation"),
                    (self.themes, "theme"),
                    (self.memos, "memo"),
                    (self.participants, "participant"),
                )
                if n
            ]
            text = f"Added {listed(parts)}" if parts else "Added nothing new"
            if self.paragraph_observations:
                text += (
                    f" ({counted(self.paragraph_observations, 'observation')} one per paragraph"
                    " of sources nobody coded)"
                )
            if self.study_named:
                text += "; the study took the file's name"
            already = [counted(n, kind.removesuffix("s")) for kind, n in self.already.items() if n]
            if already:
                text += f"; already in the project: {listed(already)}"
        else:
            text = "Nothing changed: everything in the file is already in the project"
        matched = []
        if self.matched_cac:
            matched.append(f"{self.matched_cac} to CAC codes")
        if self.matched_themes:
            matched.append(f"{self.matched_themes} to existing themes")
        if matched:
            text += f"; codes matched {listed(matched)}"
        return text + "." + skipped_text(self.skipped)


@dataclass
class CodebookImportSummary:
    """What a .qdc import added and matched."""

    themes: int = 0
    matched_cac: int = 0
    matched_themes: int = 0
    folders: int = 0  # codes that only hold the framework (not codes of their own)
    skipped: Counter[str] = field(default_factory=Counter)

    @property
    def changed(self) -> bool:
        return bool(self.themes)

    def describe(self) -> str:
        matched = self.matched_cac + self.matched_themes
        if self.themes:
            text = f"Added {counted(self.themes, 'theme')}"
        else:
            text = "Nothing changed: every code is already in the project"
        details = []
        if self.matched_cac:
            details.append(f"{self.matched_cac} to CAC codes")
        if self.matched_themes:
            details.append(f"{self.matched_themes} to existing themes")
        if matched:
            text += f"; matched {counted(matched, 'code')}: {listed(details)}"
        return text + "." + skipped_text(self.skipped)
