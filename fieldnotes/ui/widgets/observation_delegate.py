"""Paints each observation in the stream as a card: time, text, tag chips, who spoke,
an action's badge, quotes.

Heights are cached per (content, width) so that re-laying out a 2,000-observation
meeting after one edit costs lookups, not text layout. While the window opens
(``estimate_beyond``) only the cards within reach of the first screen are measured; the
rest get a height estimated from their text's length until ``measure_all`` (after the
first paint) measures them, so the first paint does not wait for every card's text layout.
"""

from __future__ import annotations

import math
from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from fieldnotes.analysis.actions import is_overdue
from fieldnotes.display import initials
from fieldnotes.domain.models import Observation
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.labels import verdict_label
from fieldnotes.ui.models.roles import OBJECT_ROLE
from fieldnotes.ui.widgets.action_badge import action_badge, speakers_line
from fieldnotes.ui.widgets.chips import VERDICT_MARKS, chips_height, paint_chips

Index = QModelIndex | QPersistentModelIndex

MARGIN = 8
TIME_WIDTH = 54
GAP = 6
BADGE_PAD = 2
WRAP = Qt.TextFlag.TextWordWrap


class ObservationDelegate(QStyledItemDelegate):
    def __init__(self, hub: ProjectHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hub = hub
        self._heights: dict[tuple[object, ...], int] = {}
        self._view: QWidget | None = None
        self._viewport: QWidget | None = None
        self._reach: int | None = None  # pixels from the top measured while estimating
        self._around_row = -1  # ... and the cards near this row (the current one)
        self._laid = 0  # pixels given out since row 0 in this layout
        self.estimated = 0  # cards given an estimated height since estimating began

    def estimate_beyond(self, reach: int, around_row: int = -1) -> None:
        """Measure only the cards in the first ``reach`` pixels and near ``around_row``;
        estimate the others' heights until ``measure_all``."""
        self._reach, self._around_row, self.estimated = reach, around_row, 0

    def measure_all(self) -> bool:
        """Stop estimating; True when a card was estimated (the view must lay out again)."""
        estimated, self._reach = self.estimated, None
        return estimated > 0

    def _card_width(self, option: QStyleOptionViewItem) -> int:
        """The viewport's width: cards always fit it, never a sideways scroll."""
        view = option.widget
        if view is not self._view:  # asking a view for its viewport costs ~40 µs from Python
            viewport = getattr(view, "viewport", None)
            self._view, self._viewport = view, viewport() if viewport is not None else None
        return self._viewport.width() if self._viewport is not None else option.rect.width()

    @staticmethod
    def _content_width_of(card_width: int) -> int:
        return max(120, card_width - TIME_WIDTH - 3 * MARGIN)

    def _content_width(self, option: QStyleOptionViewItem) -> int:
        return self._content_width_of(self._card_width(option))

    def _extra_lines(self, observation: Observation) -> list[str]:
        names = self._hub.pseudonyms()
        lines = []
        for quote in observation.quotes:
            speaker = names.get(quote.speaker or "", self.tr("unknown speaker"))
            line = f"“{quote.text}” — {speaker}"
            if quote.original_text:
                line += f"\n    {quote.original_text} ({quote.language or '?'})"
            lines.append(line)
        for item in observation.feedback:
            mark = VERDICT_MARKS.get(item.verdict or "", "💬")
            who = names.get(item.participant or "", self.tr("a participant"))
            heading = self.tr("Member check")
            line = f"{mark} {heading}: {verdict_label(item)}" + (
                f" — {item.comment}" if item.comment else ""
            )
            lines.append(f"{line} ({who})")
        return lines

    def meta_lines(self, observation: Observation, today: str) -> list[tuple[str, bool]]:
        """Who spoke, and the action's badge: (text, overdue), painted under the tags."""
        names = self._hub.pseudonyms()
        lines = []
        if spoke := speakers_line(observation.speakers, names):
            lines.append((spoke, False))
        if observation.action is not None:
            badge = action_badge(observation.action, names, today)
            lines.append((badge, is_overdue(observation.action, today)))
        return lines

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        observation: Observation | None = index.data(OBJECT_ROLE)
        if observation is None:
            return QSize(0, 0)
        card_width = self._card_width(option)
        width = self._content_width_of(card_width)
        key = (
            observation.id,
            tuple(
                (f.participant, f.verdict, f.verdict_text, f.comment) for f in observation.feedback
            ),
            observation.text,
            tuple(observation.codes),
            tuple((q.text, q.speaker, q.original_text) for q in observation.quotes),
            width,
            bool(self._author(observation)),
            tuple(observation.speakers),
            observation.action,
            date.today().isoformat() if observation.action else None,  # "overdue" comes and goes
        )
        row = index.row()
        if self._reach is not None and row == 0:
            self._laid = 0  # a new layout pass
        cached = self._heights.get(key)
        if (
            cached is None
            and self._reach is not None
            and self._laid >= self._reach
            and abs(row - self._around_row) > 8
        ):
            self.estimated += 1
            guess = self._estimate(option, observation, width)
            self._laid += guess
            return QSize(card_width, guess)
        if cached is None:
            cached = self._measure(option, observation, width)
            if len(self._heights) > 20_000:
                self._heights.clear()
            self._heights[key] = cached
        if self._reach is not None:
            self._laid += cached
        return QSize(card_width, cached)

    def _estimate(self, option: QStyleOptionViewItem, observation: Observation, width: int) -> int:
        """A card's height from its text's length, without laying the text out."""
        metrics = option.fontMetrics
        chars_per_line = max(1, width // max(1, metrics.averageCharWidth()))
        paragraphs = (observation.text or " ").split("\n")
        lines = sum(max(1, math.ceil(len(p) / chars_per_line)) for p in paragraphs)
        height = lines * metrics.lineSpacing()
        extra = bool(observation.codes) + bool(observation.speakers) + bool(observation.action)
        extra += len(observation.quotes) + len(observation.feedback)
        height += extra * (GAP + metrics.lineSpacing())
        return height + 2 * MARGIN

    def _measure(self, option: QStyleOptionViewItem, observation: Observation, width: int) -> int:
        metrics = QFontMetrics(option.font)
        text = observation.text or " "
        height = metrics.boundingRect(QRect(0, 0, width, 100_000), WRAP, text).height()
        codes = self._codes(observation)
        if codes:
            height += GAP + int(
                chips_height(QFontMetrics(self._chip_font(option.font)), width, codes)
            )
        for line, overdue in self.meta_lines(observation, date.today().isoformat()):
            meta_metrics = QFontMetrics(self._meta_font(option.font, overdue))
            bounds = meta_metrics.boundingRect(
                QRect(0, 0, width - 2 * BADGE_PAD, 100_000), WRAP, line
            )
            height += GAP + bounds.height() + 2 * BADGE_PAD
        quote_metrics = QFontMetrics(self._italic(option.font))
        for line in self._extra_lines(observation):
            bounds = quote_metrics.boundingRect(QRect(0, 0, width - 12, 100_000), WRAP, line)
            height += GAP + bounds.height()
        if self._author(observation):
            height = max(height, 36)  # the time and the initials beneath it
        return height + 2 * MARGIN

    def _codes(self, observation: Observation) -> list:
        lookup = self._hub.code_lookup()
        return [lookup[c] for c in observation.codes if c in lookup]

    @staticmethod
    def _italic(base: QFont) -> QFont:
        font = QFont(base)
        font.setItalic(True)
        return font

    @classmethod
    def _meta_font(cls, base: QFont, overdue: bool) -> QFont:
        font = cls._chip_font(base)
        font.setBold(overdue)
        return font

    @staticmethod
    def _chip_font(base: QFont) -> QFont:
        font = QFont(base)
        font.setPointSizeF(max(7.0, base.pointSizeF() * 0.85))
        return font

    def _author(self, observation: Observation) -> str:
        """The author's initials, once the project holds more than one researcher's work."""
        if len(self._hub.researchers()) < 2:
            return ""
        return initials(observation.created_by)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        observation: Observation | None = index.data(OBJECT_ROLE)
        if observation is None:
            return
        painter.save()
        palette = option.palette
        rect = option.rect.adjusted(2, 2, -2, -2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        background = (
            palette.color(QPalette.ColorRole.Highlight).lighter(185)
            if selected
            else palette.color(QPalette.ColorRole.Base)
        )
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(
            QColor("#c8ccd4") if not selected else palette.color(QPalette.ColorRole.Highlight)
        )
        painter.setBrush(background)
        painter.drawRoundedRect(rect, 6, 6)

        width = self._content_width(option)
        x = option.rect.left() + MARGIN + TIME_WIDTH + MARGIN
        y = option.rect.top() + MARGIN
        time_font = QFont(option.font)
        time_font.setBold(True)
        painter.setFont(time_font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(
            QRect(option.rect.left() + MARGIN, y, TIME_WIDTH, 20), 0, observation.time or "—"
        )

        author = self._author(observation)
        if author:
            painter.setFont(self._chip_font(option.font))
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(QRect(option.rect.left() + MARGIN, y + 20, TIME_WIDTH, 16), 0, author)

        painter.setFont(option.font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        metrics = QFontMetrics(option.font)
        text = observation.text or self.tr("(empty)")
        text_rect = metrics.boundingRect(QRect(x, y, width, 100_000), WRAP, text)
        if not observation.text:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(QRect(x, y, width, text_rect.height()), WRAP, text)
        y += text_rect.height()

        codes = self._codes(observation)
        if codes:
            y += GAP
            painter.setFont(self._chip_font(option.font))
            y += int(paint_chips(painter, x, y, width, codes, self._hub.code_lookup()))
            painter.setFont(option.font)

        y = self._paint_meta(painter, option, observation, x, y, width)
        italic = self._italic(option.font)
        quote_metrics = QFontMetrics(italic)
        for line in self._extra_lines(observation):
            y += GAP
            line_rect = quote_metrics.boundingRect(
                QRect(x + 12, y, width - 12, 100_000), WRAP, line
            )
            painter.setPen(QColor("#9aa3b2"))
            painter.drawLine(x + 3, y, x + 3, y + line_rect.height())
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.setFont(italic)
            painter.drawText(QRect(x + 12, y, width - 12, line_rect.height()), WRAP, line)
            painter.setFont(option.font)
            y += line_rect.height()
        painter.restore()

    def _paint_meta(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        observation: Observation,
        x: int,
        y: int,
        width: int,
    ) -> int:
        """Paint who spoke and the action badge from ``y``; returns the y below them."""
        palette = option.palette
        speakers = bool(observation.speakers)
        for number, (line, stands_out) in enumerate(
            self.meta_lines(observation, date.today().isoformat())
        ):
            font = self._meta_font(option.font, stands_out)
            metrics = QFontMetrics(font)
            y += GAP
            inner = QRect(x + BADGE_PAD, y + BADGE_PAD, width - 2 * BADGE_PAD, 100_000)
            bounds = metrics.boundingRect(inner, WRAP, line)
            box = bounds.adjusted(-BADGE_PAD, -BADGE_PAD, BADGE_PAD, BADGE_PAD)
            painter.setFont(font)
            if number > 0 or not speakers:  # the action's badge
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor("#fde2e1") if stands_out else QColor("#e8eefb"))
                painter.drawRoundedRect(box, 4, 4)
            painter.setPen(
                QColor("#a4161a") if stands_out else palette.color(QPalette.ColorRole.Text)
            )
            painter.drawText(
                QRect(inner.x(), inner.y(), inner.width(), bounds.height()), WRAP, line
            )
            y += bounds.height() + 2 * BADGE_PAD
        painter.setFont(option.font)
        return y
