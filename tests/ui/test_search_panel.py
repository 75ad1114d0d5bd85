"""Searching from the window: results as you type, filters, jumping to a hit, saved searches."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from fieldnotes.domain.search import SearchFilters
from fieldnotes.ui.main_window import MainWindow
from fieldnotes.ui.models.roles import ID_ROLE
from tests.conftest import without_voice_and_actions

pytestmark = pytest.mark.gui


def result_ids(window: MainWindow) -> list[str]:
    model = window.search_panel.model
    return [model.index(row, 0).data(ID_ROLE) for row in range(model.rowCount())]


def test_ctrl_f_then_typing_shows_highlighted_results(window: MainWindow, qtbot: Any) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    panel = window.search_panel
    assert window.left_tabs.currentWidget() is panel
    assert window.focusWidget() is panel.query
    with qtbot.waitSignal(panel.results_shown, timeout=3000):
        qtbot.keyClicks(panel.query, "coffee")
    assert set(result_ids(window)) == {"o15", "o21"}
    assert panel.count.text() == "2 observation(s)"
    assert (
        "\x02coffee\x03"
        in panel.model.index(0, 0).data(Qt.ItemDataRole.UserRole + 1).snippet.lower()
    )


def test_filters_narrow_the_results(window: MainWindow, qtbot: Any) -> None:
    panel = window.search_panel
    window.open_search()
    with qtbot.waitSignal(panel.results_shown, timeout=3000):
        panel.filter_box.set_filters(SearchFilters(codes=["cac:relation"], speaker="p3"))
        panel.run_now()
    everything_relation = window.hub.project.search.search(
        "", SearchFilters(codes=["cac:relation"], speaker="p3")
    )
    assert result_ids(window) == [hit.observation for hit in everything_relation]
    combo = panel.filter_box.meeting
    with qtbot.waitSignal(panel.results_shown, timeout=3000):
        combo.setCurrentIndex(combo.findData("m4"))
    assert all(
        window.hub.project.observations.get(oid).meeting == "m4" for oid in result_ids(window)
    )  # type: ignore[union-attr]


def test_action_owner_and_spoke_filters(window: MainWindow, qtbot: Any) -> None:
    from fieldnotes.domain.models import Action

    project = without_voice_and_actions(window.hub.project)
    project.observations.set_action("o3", Action.opened("2022-09-14", owner="p3"))
    project.observations.set_action(
        "o8", Action.opened("2022-11-09", owner="p1").with_status("done", "2022-12-01")
    )
    project.observations.set_speakers("o7", ["p4"])
    panel = window.search_panel
    window.open_search()
    box = panel.filter_box
    assert [box.action.itemData(i) for i in range(box.action.count())] == [
        None,
        "any",
        "open",
        "done",
        "dropped",
    ]
    with qtbot.waitSignal(panel.results_shown, timeout=3000):
        box.action.setCurrentIndex(box.action.findData("any"))
    assert result_ids(window) == ["o3", "o8"]
    with qtbot.waitSignal(panel.results_shown, timeout=3000):
        box.owner.setCurrentIndex(box.owner.findText("Social worker A"))
    assert result_ids(window) == ["o8"]
    assert box.filters() == SearchFilters(action="any", action_owner="p1")
    with qtbot.waitSignal(panel.results_shown, timeout=3000):
        box.action.setCurrentIndex(box.action.findData("open"))
    assert result_ids(window) == []
    with qtbot.waitSignal(panel.results_shown, timeout=3000):
        box.set_filters(SearchFilters(spoke="p4"))
        panel.run_now()
    assert result_ids(window) == ["o7"]
    assert box.spoke.currentText() == "Coproducer D"
    saved = panel.save_current("Coproducer D acting")
    assert saved is not None and saved.filters == SearchFilters(spoke="p4")


def test_enter_jumps_to_the_best_hit(window: MainWindow, qtbot: Any) -> None:
    panel = window.search_panel
    window.open_search()
    qtbot.keyClicks(panel.query, "newspaper")
    qtbot.keyClick(panel.query, Qt.Key.Key_Return)
    target = window.hub.project.search.search("newspaper")[0]
    assert window.current_meeting_id() == target.meeting
    assert window.current_observation_id() == target.observation


def test_double_click_on_a_code_lists_its_observations(window: MainWindow, qtbot: Any) -> None:
    index = window.code_model.index_of("t2")  # includes its sub-theme t5
    with qtbot.waitSignal(window.search_panel.results_shown, timeout=3000):
        window.code_tree.doubleClicked.emit(index)
    expected = window.hub.project.search.search("", SearchFilters(codes=["t2"]), limit=None)
    assert result_ids(window) == [hit.observation for hit in expected]
    assert any("t5" in hit.codes for hit in expected)


def test_saved_search_round_trip(window: MainWindow, qtbot: Any) -> None:
    panel = window.search_panel
    window.open_search()
    panel.query.setText("trust")
    panel.filter_box.set_filters(SearchFilters(date_from="2023-01-01"))
    saved = panel.save_current("Trust this year")
    assert saved is not None
    panel.query.setText("something else")
    panel.filter_box.set_filters(SearchFilters())
    with qtbot.waitSignal(panel.results_shown, timeout=3000):
        panel.saved.activated.emit(panel.saved.findData(saved.id))
    assert panel.query.text() == "trust"
    assert panel.filter_box.filters().date_from == "2023-01-01"


def test_invalid_syntax_never_shows_an_error(window: MainWindow, qtbot: Any) -> None:
    panel = window.search_panel
    window.open_search()
    with qtbot.waitSignal(panel.results_shown, timeout=3000):
        qtbot.keyClicks(panel.query, 'coffee "')
    assert "o15" in result_ids(window)


def test_search_tab_is_built_when_first_clicked(window: MainWindow) -> None:
    window.left_tabs.setCurrentIndex(1)
    assert window.left_tabs.currentWidget() is window.search_panel
    assert window.left_tabs.tabText(1) == "Search"


def test_too_many_words_are_explained_not_a_crash(window: MainWindow, qtbot: Any) -> None:
    panel = window.search_panel
    window.open_search()
    with qtbot.waitSignal(panel.runner.failed, timeout=3000) as failed:
        panel.query.setText(" ".join(["coffee"] * 100))
    generation, message = failed.args
    assert panel.runner.is_current(generation)
    assert "at most 64" in message
    assert panel.count.text() == message
    assert panel.model.rowCount() == 0 and not panel.more.isVisible()
    with qtbot.waitSignal(panel.results_shown, timeout=3000):
        panel.query.setText("coffee")
    assert panel.count.text() == "2 observation(s)"


def test_the_panel_has_a_reader_open_before_the_first_key(window: MainWindow, qtbot: Any) -> None:
    panel = window.search_panel
    qtbot.waitUntil(lambda: panel.runner.readers.idle == 1)  # opened while nobody waits
    window.open_search()
    for query in ("coffee", "trust", "coord*"):
        with qtbot.waitSignal(panel.results_shown, timeout=3000):
            panel.query.setText(query)
        panel.runner.wait()
    assert panel.runner.readers.idle == 1  # typing reused it: no connection per query
