"""Merging two researchers' copies of a project: version vectors, tombstones, conflicts.

``merge_projects(project, other_path, ...)`` returns a :class:`MergeReport`; the
triggers that keep the merge columns true live in ``schema.py`` and ``tracking.py``
(loaded with every writable project, so this package imports nothing heavy itself).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fieldnotes.store.sync.merge import MergeCancelled, merge_projects
    from fieldnotes.store.sync.report import MergeReport

__all__ = ["MergeCancelled", "MergeReport", "merge_projects"]


def __getattr__(name: str) -> Any:
    if name in ("merge_projects", "MergeCancelled"):
        from fieldnotes.store.sync import merge

        return getattr(merge, name)
    if name == "MergeReport":
        from fieldnotes.store.sync.report import MergeReport

        return MergeReport
    raise AttributeError(name)
