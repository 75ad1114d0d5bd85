"""The project's backups as a table: when, how many observations, how big."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from fieldnotes.store.backup import BackupInfo

_Index = QModelIndex | QPersistentModelIndex


class BackupsModel(QAbstractTableModel):
    TIME, OBSERVATIONS, SIZE, ENCRYPTED = range(4)

    def __init__(self, backups: list[BackupInfo], parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._backups = backups

    def backup(self, row: int) -> BackupInfo:
        return self._backups[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._backups)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Made"),
            self.tr("Observations"),
            self.tr("Size"),
            self.tr("Encrypted"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        info = self._backups[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            locale = QLocale()
            if column == self.TIME:
                local = info.time.astimezone()
                day = QDate(local.year, local.month, local.day)
                return f"{locale.toString(day, QLocale.FormatType.LongFormat)} {local:%H:%M}"
            if column == self.OBSERVATIONS:
                return "?" if info.observations is None else locale.toString(info.observations)
            if column == self.SIZE:
                return locale.formattedDataSize(info.size)
            return self.tr("yes") if info.encrypted else self.tr("no")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.OBSERVATIONS, self.SIZE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
