"""One period widget everywhere: the same empty value, keys and refusal of "to" before "from"."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QWidget

from fieldnotes.ui.main_window import MainWindow
from fieldnotes.ui.widgets.date_range import DateRange

pytestmark = pytest.mark.gui


@pytest.fixture
def voice(window: MainWindow, settings: QSettings, qtbot: Any) -> Iterator[QWidget]:
    """Who speaks, gone (with its pending recount) before the project closes."""
    from fieldnotes.ui.analysis.voice_window import VoiceWindow

    shown = VoiceWindow(window.hub, settings)
    yield shown
    with qtbot.waitSignal(shown.destroyed):
        shown.deleteLater()


def _ranges(window: MainWindow, voice: QWidget) -> dict[str, QWidget]:
    window.open_search()
    window.search_panel.filters_button.setChecked(True)
    return {
        "member check": window.member_check.export_member_check(),
        "REFI-QDA export": window.exchange.export_qdpx(),  # type: ignore[dict-item]
        "search filters": window.search_panel,
        "who speaks": voice,
    }


def test_every_period_is_the_one_widget(window: MainWindow, voice: QWidget) -> None:
    for name, place in _ranges(window, voice).items():
        ranges = place.findChildren(DateRange)
        assert len(ranges) == 1, name
        assert (ranges[0].date_from(), ranges[0].date_to()) == (None, None), name


def test_to_before_from_is_refused_the_same_way_everywhere(
    window: MainWindow, voice: QWidget
) -> None:
    messages = set()
    for name, place in _ranges(window, voice).items():
        dates = place.findChild(DateRange)
        assert dates is not None
        dates.setEnabled(True)
        dates.from_edit.setDate(QDate(2023, 1, 1))
        dates.to_edit.setDate(QDate(2022, 12, 1))
        assert not dates.is_valid(), name
        assert dates.problem.isVisibleTo(place), name
        messages.add(dates.problem.text())
        button = getattr(place, "export_button", None)
        if button is not None:
            assert not button.isEnabled(), name
            place.start()  # type: ignore[attr-defined]
            assert place.target is None, name  # type: ignore[attr-defined]
        dates.to_edit.setDate(QDate(2023, 2, 1))
        assert dates.is_valid() and not dates.problem.isVisibleTo(place), name
        if button is not None:
            assert button.isEnabled(), name
    assert len(messages) == 1 and "".join(messages)


def test_a_date_is_typed_and_cleared_from_the_keyboard(qtbot: Any) -> None:
    dates = DateRange()
    qtbot.addWidget(dates)
    dates.show()
    dates.from_edit.setFocus()
    dates.from_edit.setDate(QDate(2023, 3, 1))
    assert dates.date_from() == "2023-03-01"
    qtbot.keyClick(dates.from_edit, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert dates.date_from() is None
