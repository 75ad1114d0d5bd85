"""Tag chips: colours and painting shared by the stream, the editor and the code tree."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter

from fieldnotes.domain.cac import load_framework
from fieldnotes.domain.code_search import tag_label
from fieldnotes.domain.models import Code

THEME_DEFAULT = "#6a6f9a"
VERDICT_MARKS = {"agree": "✔", "partly": "◐", "disagree": "✖"}  # feedback on cards and panel
CHIP_HEIGHT = 20
CHIP_PAD = 7
CHIP_GAP = 5


def chip_color(code: Code, lookup: dict[str, Code]) -> str:
    if code.locked:
        return load_framework().dimension_color(code.id)
    return code.color or THEME_DEFAULT


def chip_text(code: Code) -> str:
    return tag_label(code, short=True)


def paint_chips(
    painter: QPainter, x: float, y: float, width: float, codes: list[Code], lookup: dict[str, Code]
) -> float:
    """Paint chips left to right, wrapping within ``width``; return the height used."""
    if not codes:
        return 0
    metrics = QFontMetrics(painter.font())
    left, top = x, y
    for code in codes:
        text = chip_text(code)
        w = metrics.horizontalAdvance(text) + 2 * CHIP_PAD
        if left + w > x + width and left > x:
            left, top = x, top + CHIP_HEIGHT + CHIP_GAP
        rect = QRectF(left, top, w, CHIP_HEIGHT)
        color = QColor(chip_color(code, lookup))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(rect, CHIP_HEIGHT / 2, CHIP_HEIGHT / 2)
        painter.setPen(QColor("white") if color.lightness() < 150 else QColor("black"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        left += w + CHIP_GAP
    return top + CHIP_HEIGHT - y


def chips_height(metrics: QFontMetrics, width: float, codes: list[Code]) -> float:
    if not codes:
        return 0
    left, rows = 0.0, 1
    for code in codes:
        w = metrics.horizontalAdvance(chip_text(code)) + 2 * CHIP_PAD
        if left + w > width and left > 0:
            left, rows = 0, rows + 1
        left += w + CHIP_GAP
    return rows * CHIP_HEIGHT + (rows - 1) * CHIP_GAP
