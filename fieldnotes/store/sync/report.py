"""What a merge changed (or, dry, would change): counts per kind, and the conflicts."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

STATUSES = ("added", "updated", "deleted", "unchanged", "conflicts")
# Report keys, parents first; feedback (member-check answers) is merged by union.
COUNTED = ("participants", "codes", "meetings", "observations", "memos", "cac_rounds", "feedback")
REASONS = {
    "edited_both": "edited on both sides",
    "deleted_here": "deleted here, edited there (back in place)",
    "deleted_there": "edited here, deleted there (kept)",
}
_NOUNS = {
    "participants": ("participant", "participants"),
    "codes": ("theme", "themes"),
    "meetings": ("meeting", "meetings"),
    "observations": ("observation", "observations"),
    "memos": ("memo", "memos"),
    "cac_rounds": ("CAC round", "CAC rounds"),
    "feedback": ("feedback answer", "feedback answers"),
}


def counted(n: int, table: str) -> str:
    singular, plural = _NOUNS[table]
    return f"{n} {singular if n == 1 else plural}"


ConflictLine = tuple[str, str, str, str]  # (kind, item id, reason, label)


@dataclass
class MergeReport:
    """The outcome of :func:`~fieldnotes.store.sync.merge_projects`."""

    dry_run: bool = False
    counts: dict[str, dict[str, int]] = field(
        default_factory=lambda: {table: dict.fromkeys(STATUSES, 0) for table in COUNTED}
    )
    conflicts: list[ConflictLine] = field(default_factory=list)
    backup: str | None = None  # the backup made before writing, if any
    source: str = ""  # the other file's name

    def count(self, table: str, status: str, n: int = 1) -> None:
        self.counts[table][status] += n

    @property
    def totals(self) -> dict[str, int]:
        return {status: sum(c[status] for c in self.counts.values()) for status in STATUSES}

    @property
    def changed(self) -> bool:
        totals = self.totals
        return any(totals[s] for s in ("added", "updated", "deleted", "conflicts"))

    def to_json(self) -> dict[str, Any]:
        """What ``merge --json`` prints."""
        return {
            "dry_run": self.dry_run,
            "totals": self.totals,
            "counts": {table: dict(c) for table, c in self.counts.items()},
            "conflicts": [
                {"kind": kind, "item": item, "reason": reason, "label": label}
                for kind, item, reason, label in self.conflicts
            ],
            "backup": self.backup,
        }

    def describe(self) -> str:
        """One line for people: "Added 12 observations; updated 3 observations; …"."""
        parts = []
        for status in ("added", "updated", "deleted"):
            items = [counted(c[status], t) for t, c in self.counts.items() if c[status]]
            if items:
                parts.append(f"{status} {_listed(items)}")
        totals = self.totals
        if totals["conflicts"]:
            n = totals["conflicts"]
            parts.append(f"{n} conflict{'' if n == 1 else 's'} to resolve")
        if not parts:
            parts.append("nothing new to merge")
        parts.append(f"{totals['unchanged']} unchanged")
        line = "; ".join(parts)
        prefix = "Dry run, would have: " if self.dry_run else ""
        return prefix + line[0].upper() + line[1:] + "."

    def table(self) -> list[str]:
        """The counts as aligned lines of text, with a total row."""
        width = max(len(t) for t in COUNTED)
        head = f"{'':{width}}  " + "  ".join(f"{s:>9}" for s in STATUSES)
        rows = [
            f"{t:{width}}  " + "  ".join(f"{c[s]:>9}" for s in STATUSES)
            for t, c in self.counts.items()
        ]
        total = f"{'total':{width}}  " + "  ".join(f"{self.totals[s]:>9}" for s in STATUSES)
        return [head, *rows, total]


def _listed(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
