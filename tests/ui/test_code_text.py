"""Long CAC item texts: wrapped or shortened at a word with "…", in full in a tooltip,
wherever a code is shown."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox

from fieldnotes.domain.cac import load_framework
from fieldnotes.ui.main_window import MainWindow
from fieldnotes.ui.widgets.code_text import (
    ELLIPSIS,
    CodeTextDelegate,
    elide_words,
    wrap_words,
)

pytestmark = pytest.mark.gui

ITEMS = {item.number: item for item in load_framework().items}
TIP = "{tag} — {text}"


def _full(number: int) -> str:
    return ITEMS[number].text


def shown_fairly(shown: str, full: str) -> bool:
    """``shown`` is the whole of ``full``, or its first words followed by "…"."""
    words = " ".join(shown.split())
    if words == " ".join(full.split()) or full in words:
        return True
    if not words.endswith(ELLIPSIS):
        return False
    kept = words.removesuffix(ELLIPSIS).split()
    whole = full.split()
    return kept[:-1] == whole[: len(kept) - 1] and whole[len(kept) - 1].startswith(kept[-1])


def test_wrapping_cuts_between_words_and_says_so() -> None:
    text = _full(15)  # 120 characters
    lines = wrap_words(text, 40, max_lines=2)
    assert len(lines) == 2 and all(len(line) <= 40 for line in lines)
    assert lines[-1].endswith(ELLIPSIS)
    assert shown_fairly(" ".join(lines), text)
    assert wrap_words(text, 200, max_lines=2) == [text]
    assert elide_words("Neighbourhoodcommunitycentre", 10) == "Neighbour…"
    assert shown_fairly(elide_words(_full(14), 30), _full(14))
    assert not shown_fairly("The partnership partners", _full(14))  # cut without "…"


def test_the_check_sees_a_word_cut_without_an_ellipsis() -> None:
    assert not shown_fairly("15. The partnership partners work together in a construc", _full(15))


def _rows(model: QAbstractItemModel, parent: QModelIndex | None = None) -> Iterator[QModelIndex]:
    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index
        yield from _rows(model, index)


def _item_of(index: QModelIndex) -> int | None:
    from fieldnotes.ui.models.roles import ID_ROLE

    code_id = index.data(ID_ROLE)
    if isinstance(code_id, str) and code_id.startswith("cac:") and code_id[4:].isdigit():
        return int(code_id[4:])
    return None


def _check_item_rows(model: QAbstractItemModel, where: str) -> list[str]:
    problems = []
    seen = 0
    for index in _rows(model):
        number = _item_of(index)
        if number is None:
            continue
        seen += 1
        tip = index.data(Qt.ItemDataRole.ToolTipRole)
        if tip != TIP.format(tag=f"CAC {number}", text=_full(number)):
            problems.append(f"{where} item {number} tooltip: {tip!r}")
        shown = str(index.data(Qt.ItemDataRole.DisplayRole))
        if not shown_fairly(shown.split(" · ", 1)[-1], _full(number)):
            problems.append(f"{where} item {number} shows {shown!r}")
    if not seen:
        problems.append(f"{where}: no CAC item found")
    return problems


def _check_header(
    model: QAbstractItemModel, orientation: Qt.Orientation, where: str, expected: int = 0
) -> list[str]:
    """Headers naming a CAC item ("CAC 14", "14. The partnership…") show it fairly and
    carry the full text as tooltip; ``expected``: how many items there must be."""
    problems = []
    count = model.rowCount() if orientation == Qt.Orientation.Vertical else model.columnCount()
    found = 0
    for section in range(count):
        tip = model.headerData(section, orientation, Qt.ItemDataRole.ToolTipRole)
        shown = str(model.headerData(section, orientation, Qt.ItemDataRole.DisplayRole))
        named = _NAMED_ITEM.match(" ".join(shown.split()))
        if named is None:
            continue
        found += 1
        number = int(named.group(1) or named.group(2))
        if tip != TIP.format(tag=f"CAC {number}", text=_full(number)):
            problems.append(f"{where} header {section} ({shown!r}) tooltip {tip!r}")
        rest = " ".join(shown.split())[named.end() :]
        if rest and not shown_fairly(rest, _full(number)):
            problems.append(f"{where} header {section} shows {shown!r}")
    if found < expected:
        problems.append(f"{where}: {found} CAC items, not {expected}")
    return problems


_NAMED_ITEM = re.compile(r"^\s*(?:CAC (\d+)\b|(\d+)\.\s)")


def test_every_view_of_codes_shows_item_text_fairly_with_the_full_text_as_tooltip(
    window: MainWindow, qtbot: Any
) -> None:
    from fieldnotes.ui.widgets.tag_picker import TagPicker

    hub = window.hub
    problems = _check_item_rows(window.code_model, "code tree")
    picker = TagPicker(hub.project.codes.all(), [], window)
    qtbot.addWidget(picker)
    problems += _check_item_rows(picker.model, "tag picker")
    codebook = window.codebook.open_codebook()
    qtbot.addWidget(codebook)
    problems += _check_item_rows(codebook.model, "codebook")  # type: ignore[attr-defined]
    matrix = window.codebook.open_matrix()
    qtbot.addWidget(matrix)
    problems += _check_header(matrix.model, Qt.Orientation.Vertical, "matrix")  # type: ignore[attr-defined]
    for meeting in range(matrix.model.columnCount()):  # type: ignore[attr-defined]
        title = matrix.model.headerData(meeting, Qt.Orientation.Horizontal)  # type: ignore[attr-defined]
        full = matrix.model.headerData(  # type: ignore[attr-defined]
            meeting, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
        )
        if not shown_fairly(title.split("\n", 1)[-1], full):
            problems.append(f"matrix meeting {meeting} shows {title!r}")
    rounds = window.analysis.open_cac_rounds()
    qtbot.addWidget(rounds)
    grid = rounds.grid  # type: ignore[attr-defined]
    problems += _check_header(grid, Qt.Orientation.Vertical, "answers grid", len(ITEMS))
    co = window.analysis.open_co_occurrence()
    co.model.set_items(True)
    problems += _check_header(co.model, Qt.Orientation.Vertical, "co-occurrence rows", len(ITEMS))
    problems += _check_header(
        co.model, Qt.Orientation.Horizontal, "co-occurrence columns", len(ITEMS)
    )
    co.close()
    problems += _check_combo(window, "search code filter")
    assert problems == [], "\n".join(problems)


def _check_combo(window: MainWindow, where: str) -> list[str]:
    from fieldnotes.ui.widgets.code_list_picker import CodeListPicker

    window.open_search()
    picker = window.search_panel.findChild(CodeListPicker)
    assert picker is not None
    combo: QComboBox = picker.combo
    problems = []
    for row in range(combo.count()):
        code_id = combo.itemData(row)
        if not (isinstance(code_id, str) and code_id[4:].isdigit()):
            continue
        number = int(code_id[4:])
        tip = combo.itemData(row, Qt.ItemDataRole.ToolTipRole)
        if tip != TIP.format(tag=f"CAC {number}", text=_full(number)):
            problems.append(f"{where} item {number} tooltip {tip!r}")
    return problems


def _delegate_lines(view: QAbstractItemView, index: QModelIndex) -> list[str]:
    delegate = view.itemDelegateForIndex(index)
    assert isinstance(delegate, CodeTextDelegate), type(delegate)
    width = view.visualRect(index).width()
    return delegate.lines(index, width)


def test_items_that_begin_alike_are_told_apart_in_the_code_tree(window: MainWindow) -> None:
    view = window.code_tree
    shown = {}
    for index in _rows(window.code_model):
        number = _item_of(index)
        if number is not None and 14 <= number <= 18:
            view.scrollTo(index)
            lines = _delegate_lines(view, index)
            assert shown_fairly(" ".join(lines).split(" · ", 1)[-1], _full(number)), lines
            shown[number] = " ".join(lines)
    assert len(shown) == 5 and len(set(shown.values())) == 5, shown
    for text in shown.values():  # more than the words they share
        assert len(text.split(" · ", 1)[-1].removesuffix(ELLIPSIS).split()) > 3, text


def test_the_tag_picker_and_codebook_wrap_item_text(window: MainWindow, qtbot: Any) -> None:
    from fieldnotes.ui.widgets.tag_picker import TagPicker

    picker = TagPicker(window.hub.project.codes.all(), [], window)
    qtbot.addWidget(picker)
    picker.show()
    index = next(i for i in _rows(picker.model) if _item_of(i) == 15)
    assert len(_delegate_lines(picker.list, index)) >= 1
    codebook = window.codebook.open_codebook()
    qtbot.addWidget(codebook)
    tree = codebook.tree  # type: ignore[attr-defined]
    index = next(i for i in _rows(codebook.model) if _item_of(i) == 15)  # type: ignore[attr-defined]
    tree.expandAll()
    assert shown_fairly(" ".join(_delegate_lines(tree, index)).split(" · ", 1)[-1], _full(15))


def test_a_cards_tooltip_gives_its_chips_in_full(window: MainWindow) -> None:
    model = window.observations_model
    from fieldnotes.ui.models.roles import OBJECT_ROLE

    for meeting in window.hub.project.meetings.all():
        window.select_meeting(meeting.id)
        for row in range(model.rowCount()):
            observation = model.index(row, 0).data(OBJECT_ROLE)
            items = [
                int(c[4:]) for c in observation.codes if c.startswith("cac:") and c[4:].isdigit()
            ]
            if items:
                tip = model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
                for number in items:
                    assert TIP.format(tag=f"CAC {number}", text=_full(number)) in tip.split("\n")
                return
    raise AssertionError("no observation tagged with a CAC item")


@pytest.mark.parametrize("language", ["en", "nl"])
def test_no_two_cac_items_read_the_same_in_the_code_tree(
    example_project: Any, settings: Any, qtbot: Any, language: str
) -> None:
    """Dutch items 10 to 12 all begin "Het samenwerkingsverband", English 14 to 18 "The
    partnership partners": the tree must show enough of each to tell them apart."""
    from fieldnotes.ui.hub import ProjectHub

    window = MainWindow(ProjectHub(example_project, language), settings)
    qtbot.addWidget(window)
    window.resize(1360, 840)
    window.show()
    qtbot.waitExposed(window)
    view, shown = window.code_tree, {}
    # As narrow as the column usually is: some 30 characters of item text a line (in
    # characters, since the offscreen platform's fonts are narrower than a desktop's).
    width = view.fontMetrics().averageCharWidth() * 30 + 120  # + indent, box, swatch, number
    view.setFixedWidth(width)
    qtbot.waitUntil(lambda: view.viewport().width() < width)
    for index in _rows(window.code_model):
        number = _item_of(index)
        if number is not None:
            view.scrollTo(index)
            text = " ".join(_delegate_lines(view, index)).split(" · ", 1)[-1]
            shown[number] = text.removesuffix(ELLIPSIS).strip()
    assert len(shown) == 26
    assert len(set(shown.values())) == 26, shown
