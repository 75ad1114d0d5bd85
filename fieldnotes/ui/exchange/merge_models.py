"""What a merge would change, as table models: counts per kind of item, and conflicts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex

CHANGES = ("added", "updated", "deleted", "unchanged", "conflicts")


def kind_label(kind: str) -> str:
    labels = {
        "participants": QCoreApplication.translate("MergeKinds", "Participants"),
        "codes": QCoreApplication.translate("MergeKinds", "Themes"),
        "meetings": QCoreApplication.translate("MergeKinds", "Meetings"),
        "observations": QCoreApplication.translate("MergeKinds", "Observations"),
        "memos": QCoreApplication.translate("MergeKinds", "Memos"),
        "cac_rounds": QCoreApplication.translate("MergeKinds", "CAC rounds"),
        "feedback": QCoreApplication.translate("MergeKinds", "Feedback"),
    }
    return labels.get(kind, labels.get(f"{kind}s", kind))


def change_label(change: str) -> str:
    labels = {
        "added": QCoreApplication.translate("MergeKinds", "Added"),
        "updated": QCoreApplication.translate("MergeKinds", "Updated"),
        "deleted": QCoreApplication.translate("MergeKinds", "Deleted"),
        "unchanged": QCoreApplication.translate("MergeKinds", "Unchanged"),
        "conflicts": QCoreApplication.translate("MergeKinds", "Conflicts"),
    }
    return labels.get(change, change)


def reason_label(reason: str) -> str:
    labels = {
        "edited_both": QCoreApplication.translate("MergeKinds", "changed in both copies"),
        "deleted_here": QCoreApplication.translate(
            "MergeKinds", "deleted here, changed in the other copy"
        ),
        "deleted_there": QCoreApplication.translate(
            "MergeKinds", "changed here, deleted in the other copy"
        ),
    }
    return labels.get(reason, reason)


class MergeCountsModel(QAbstractTableModel):
    """One row per kind of item, one column per kind of change."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, dict[str, int]]] = []

    def set_counts(self, counts: dict[str, dict[str, int]]) -> None:
        self.beginResetModel()
        self._rows = [(kind, dict(values)) for kind, values in counts.items()]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(CHANGES)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        _kind, values = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(values.get(CHANGES[index.column()], 0))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return change_label(CHANGES[section])
        return kind_label(self._rows[section][0])


class ConflictListModel(QAbstractTableModel):
    """Conflicts as (what, why) rows; ``items`` are (kind, item id, reason, label)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[tuple[str, str, str, str]] = []

    def set_items(self, items: list[tuple[str, str, str, str]]) -> None:
        self.beginResetModel()
        self.items = [tuple(item) for item in items]  # type: ignore[misc]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        kind, _item, reason, label = self.items[index.row()]
        if index.column() == 0:
            return f"{kind_label(kind)}: {label}"
        return reason_label(reason)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Item"), self.tr("Why"))[section]
