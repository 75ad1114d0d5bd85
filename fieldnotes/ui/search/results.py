"""Search hits as a list model, painted with the matching words highlighted."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from fieldnotes.domain.search import SearchHit
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.models.roles import ID_ROLE, OBJECT_ROLE
from fieldnotes.ui.search.runner import MARKERS
from fieldnotes.ui.widgets.chips import chip_text

Index = QModelIndex | QPersistentModelIndex
LINES_PER_HIT = 5


class SearchResultModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return hit.snippet.replace(MARKERS[0], "").replace(MARKERS[1], "")
        if role == OBJECT_ROLE:
            return hit
        if role == ID_ROLE:
            return hit.observation
        return None


def hit_html(hit: SearchHit, hub: ProjectHub) -> str:
    snippet = (
        escape(hit.snippet)
        .replace(MARKERS[0], '<b style="background:#ffe48a">')
        .replace(MARKERS[1], "</b>")
    )
    lookup = hub.code_lookup()
    tags = ", ".join(chip_text(lookup[c]) for c in hit.codes if c in lookup)
    head = " · ".join(
        escape(x) for x in (hit.meeting_date or "", hit.time or "", hit.meeting_title) if x
    )
    return f'<div style="color:#555">{head}</div><div>{snippet}</div>' + (
        f'<div style="color:#666"><small>{escape(tags)}</small></div>' if tags else ""
    )


class SearchHitDelegate(QStyledItemDelegate):
    def __init__(self, hub: ProjectHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hub = hub

    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(hit_html(index.data(OBJECT_ROLE), self._hub))
        document.setTextWidth(max(80, option.rect.width() - 8))
        return document

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """One height for every hit (meeting line, three lines of snippet, tags): the
        list then lays out at once however many hits come in, and typing never waits."""
        return QSize(
            option.rect.width(), QFontMetrics(option.font).lineSpacing() * LINES_PER_HIT + 10
        )

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(
                option.rect, option.palette.color(QPalette.ColorRole.Highlight).lighter(170)
            )
        document = self._document(option, index)
        painter.setClipRect(option.rect.adjusted(0, 0, 0, -1))
        painter.translate(option.rect.left() + 4, option.rect.top() + 4)
        context = QAbstractTextDocumentLayout.PaintContext()
        document.documentLayout().draw(painter, context)
        painter.restore()
        painter.save()
        painter.setPen(option.palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())
        painter.restore()
