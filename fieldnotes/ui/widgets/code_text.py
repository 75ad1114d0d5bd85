"""How a code's text is shown where it does not fit: wrapped, shortened at a word with
"…", and in full in a tooltip ("CAC 14 — The partnership partners communicate …").

The CAC items are long and many begin alike: items 14 to 18 all start "The partnership
partners", so a text cut at a fixed width showed five identical rows, and one cut at
60 characters stopped mid-word. Every view that shows code text (the code tree, the tag
picker, the codebook, the answers grid, the matrix, co-occurrence, the code filters)
takes its words from here, so the rule is the same everywhere:

- ``code_tooltip`` / ``item_tooltip``: the full text, always, with the item's tag.
- ``wrap_words``: up to a few lines, cut only between words, "…" where text was left out.
- ``CodeTextDelegate``: a view's cells wrapped to the column's width the same way
  (``install_code_text`` sets it up and keeps rows sized as columns are resized).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTreeView,
    QWidget,
)

from fieldnotes.domain.cac import load_framework
from fieldnotes.domain.code_search import item_number, tag_label
from fieldnotes.domain.models import Code

ELLIPSIS = "…"
SAFETY = 4  # pixels kept free, so the style never wraps a line of ours again
LINE_BREAK = "\u2028"  # a line separator: the style's text layout breaks there
Index = QModelIndex | QPersistentModelIndex
Measure = Callable[[str], int]  # a text's width: characters, or pixels in a font


def item_tooltip(tag: str, text: str) -> str:
    """ "CAC 14 — The partnership partners communicate in an open manner"."""
    return f"{tag} — {text}"


def cac_item_tooltip(number: int, text: str) -> str:
    """The tooltip of framework item ``number`` whose text (in any wording) is ``text``."""
    return item_tooltip(f"{load_framework().id.upper()} {number}", text)


def code_tooltip(code: Code, *, describe: bool = True) -> str:
    """A code's full text: a CAC item with its tag, a theme with its description."""
    if item_number(code) is not None:
        return item_tooltip(tag_label(code), code.name)
    name = tag_label(code) if code.locked else code.name
    return f"{name}\n{code.description}" if code.description and describe else name


def tags_tooltip(code_ids: list[str], lookup: dict[str, Code]) -> str:
    """An observation's tags in full, one per line: what its chips ("CAC 14") stand for."""
    return "\n".join(code_tooltip(lookup[c], describe=False) for c in code_ids if c in lookup)


def wrap_words(text: str, width: int, max_lines: int = 2, fits: Measure | None = None) -> list[str]:
    """``text`` in lines of at most ``width`` (characters, or what ``fits`` measures),
    broken between words; at most ``max_lines``, the last ending in "…" when words were
    left out. A single word longer than a line is cut with "…" (never silently)."""
    measure: Measure = fits or len
    words = text.split()
    lines: list[str] = []
    current = ""
    for i, word in enumerate(words):
        candidate = f"{current} {word}" if current else word
        if measure(candidate) <= width:
            current = candidate
            continue
        if not current:  # one word wider than a line
            lines.append(_cut_word(word, width, measure))
            if len(lines) == max_lines:
                return _finish(lines, words[i + 1 :], width, measure)
            continue
        lines.append(current)
        if len(lines) == max_lines:
            return _finish(lines, words[i:], width, measure)
        current = word if measure(word) <= width else _cut_word(word, width, measure)
    if current:
        lines.append(current)
    return lines


def elide_words(text: str, width: int, fits: Measure | None = None) -> str:
    """One line of at most ``width``, cut between words with "…"."""
    return wrap_words(text, width, 1, fits)[0] if text.strip() else ""


def _cut_word(word: str, width: int, measure: Measure) -> str:
    while word and measure(word + ELLIPSIS) > width:
        word = word[:-1]
    return word + ELLIPSIS


def _finish(lines: list[str], rest: list[str], width: int, measure: Measure) -> list[str]:
    """The last line with "…" when words are left over (dropping words to make room)."""
    if not rest or lines[-1].endswith(ELLIPSIS):
        return lines
    last = lines[-1].split()
    while len(last) > 1 and measure(" ".join(last) + ELLIPSIS) > width:
        last.pop()
    lines[-1] = " ".join(last) + ELLIPSIS
    return lines


class CodeTextDelegate(QStyledItemDelegate):
    """Cells of code text wrapped to their column, ``max_lines`` at most, "…" when cut.

    The full text is the model's tooltip (``code_tooltip``); this only decides what
    fits. ``lines(index, width)`` is what a cell of that text width shows.
    """

    def __init__(self, view: QAbstractItemView, max_lines: int = 2) -> None:
        super().__init__(view)
        self._view = view
        self.max_lines = max_lines
        self._measuring = False
        # Wrapping measures every growing line in pixels; a row is wrapped to measure it
        # and again to paint it, at the same width, so the lines are kept per text, width
        # and font (the code tree's 52 rows: ~3 ms less before the window's first paint).
        self._wrapped: dict[tuple[str, int, int, int, int, int], list[str]] = {}

    def lines(self, index: Index, width: int, metrics: QFontMetrics | None = None) -> list[str]:
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str):
            return [] if text is None else [str(text)]
        metrics = metrics or self._view.fontMetrics()
        width = max(width, 1)
        key = (
            text,
            width,
            self.max_lines,
            metrics.height(),
            metrics.averageCharWidth(),
            metrics.maxWidth(),
        )
        wrapped = self._wrapped.get(key)
        if wrapped is None:
            if len(self._wrapped) > 5_000:
                self._wrapped.clear()
            wrapped = wrap_words(text, width, self.max_lines, metrics.horizontalAdvance)
            self._wrapped[key] = wrapped
        return list(wrapped)

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        if not self._measuring and isinstance(index.data(Qt.ItemDataRole.DisplayRole), str):
            width = self._text_width(option, index)
            option.text = LINE_BREAK.join(self.lines(index, width, option.fontMetrics))
            option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """One line's height as the style measures it, plus a line for each more."""
        self._measuring = True  # the style measures one unwrapped line
        try:
            base = super().sizeHint(option, index)
            probe = QStyleOptionViewItem(option)
            probe.rect = QRect(0, 0, self._cell_width(index), base.height())
            self.initStyleOption(probe, index)
        finally:
            self._measuring = False
        count = len(self.lines(index, self._text_width(probe, index), probe.fontMetrics))
        extra = max(0, count - 1) * probe.fontMetrics.lineSpacing()
        return QSize(min(base.width(), probe.rect.width()), base.height() + extra)

    def _cell_width(self, index: Index) -> int:
        view = self._view
        if isinstance(view, QTreeView):
            depth, parent = 0, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            indent = view.indentation() * (depth + (1 if view.rootIsDecorated() else 0))
            return max(40, view.columnWidth(index.column()) - indent)
        if isinstance(view, QTableView):
            return max(40, view.columnWidth(index.column()))
        return max(40, view.viewport().width())

    def _text_width(self, option: QStyleOptionViewItem, index: Index) -> int:
        """The width left for text in the cell, after check box, colour swatch, margins."""
        probe = QStyleOptionViewItem(option)
        if probe.rect.width() <= 0:
            probe.rect.setWidth(self._cell_width(index))
        probe.text = "x"
        widget: QWidget | None = self._view
        style = self._view.style()
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, probe, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        return text_rect.width() - 2 * margin - SAFETY


def install_code_text(view: QAbstractItemView, max_lines: int = 2, column: int = 0) -> None:
    """Wrap the code text in ``column`` of ``view``; rows follow when columns resize."""
    delegate = CodeTextDelegate(view, max_lines)
    if isinstance(view, (QTreeView, QTableView)):
        view.setItemDelegateForColumn(column, delegate)
        view.setWordWrap(True)
    else:
        view.setItemDelegate(delegate)
    if isinstance(view, QTreeView):
        view.setUniformRowHeights(False)
        view.header().sectionResized.connect(lambda *_: view.doItemsLayout())
    elif isinstance(view, QTableView):
        view.horizontalHeader().sectionResized.connect(lambda *_: view.resizeRowsToContents())
