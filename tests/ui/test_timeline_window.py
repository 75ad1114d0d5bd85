"""The study timeline: its events listed and walked, a meeting opened, open actions,
code frequency per meeting, and saving the chart, the strip and their numbers."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fieldnotes.domain.models import Action, MemberCheckSent
from fieldnotes.domain.search import SearchFilters
from fieldnotes.ui.analysis.timeline_chart import day_ms
from fieldnotes.ui.analysis.timeline_window import TimelineWindow
from fieldnotes.ui.main_window import MainWindow
from tests.conftest import without_voice_and_actions

pytestmark = pytest.mark.gui
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
DIMENSIONS = [
    "cac:general",
    "cac:suitability",
    "cac:task",
    "cac:relation",
    "cac:growth",
    "cac:visibility",
]


@pytest.fixture
def timeline(window: MainWindow, qtbot: Any) -> TimelineWindow:
    project = without_voice_and_actions(window.hub.project)
    closed_and_reopened = (
        Action.opened("2022-09-14", owner="p1")
        .with_status("done", "2022-11-09")
        .with_status("open", "2022-12-01")
    )
    project.observations.set_action("o1", closed_and_reopened)  # in m1
    project.observations.set_action("o15", Action.opened("2023-01-11"))  # in m3
    project.analysis.record_member_check(
        MemberCheckSent("s1", "2022-09-20", "summary-m1.docx", 7, "nl")
    )
    qtbot.keyClick(window, Qt.Key.Key_Y, CTRL_SHIFT)
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, TimelineWindow)]
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    assert window.analysis.open_timeline() is dialogs[0]  # asked again: the same window
    return dialogs[0]


def test_every_event_is_listed_oldest_first(timeline: TimelineWindow) -> None:
    header, rows = timeline.events.numbers()
    assert header == ["Date", "Kind", "What", "Detail"]
    assert [(r[0], r[1]) for r in rows] == [
        ("2022-09-14", "Meetings"),
        ("2022-09-14", "Actions agreed"),
        ("2022-09-20", "Member checks sent"),
        ("2022-09-28", "Feedback received"),
        ("2022-11-09", "Meetings"),
        ("2022-11-09", "Actions closed"),
        ("2022-11-25", "Feedback received"),
        ("2023-01-11", "Meetings"),
        ("2023-01-11", "Actions agreed"),
        ("2023-02-15", "Meetings"),
        ("2023-03-01", "CAC rounds"),
        ("2023-03-02", "Feedback received"),
    ]
    assert rows[2][2:] == ["summary-m1.docx", "7 observation(s)"]
    assert rows[4][3] == "focus group"
    assert rows[5][3] == "done"


def test_meetings_are_drawn_by_kind_and_hovering_names_them(timeline: TimelineWindow) -> None:
    meetings = timeline.chart.lane_series["meeting"]
    assert sorted(s.name() for s in meetings) == [
        "focus group",
        "reflection session",
        "team meeting",
    ]
    team = next(s for s in meetings if s.name() == "team meeting")
    assert [p.x() for p in team.points()] == [day_ms("2022-09-14"), day_ms("2023-01-11")]
    first = team.points()[0]
    assert timeline.chart.describe(timeline.chart.rows_at(team, first)) == (
        f"2022-09-14 · Meetings: {timeline.events.numbers()[1][0][2]} (team meeting)"
    )


def test_the_open_actions_line_steps_with_each_change(timeline: TimelineWindow) -> None:
    line = timeline.chart.open_line
    assert line is not None
    steps = [(p.x(), p.y()) for p in line.points()]
    # o1 agreed, done, reopened; o15 agreed; held until the last event
    assert steps == [
        (day_ms("2022-09-14"), 0),
        (day_ms("2022-09-14"), 1),
        (day_ms("2022-11-09"), 1),
        (day_ms("2022-11-09"), 0),
        (day_ms("2022-12-01"), 0),
        (day_ms("2022-12-01"), 1),
        (day_ms("2023-01-11"), 1),
        (day_ms("2023-01-11"), 2),
        (day_ms("2023-03-02"), 2),
    ]


def test_enter_on_a_meeting_event_opens_it_in_the_main_window(
    window: MainWindow, timeline: TimelineWindow, qtbot: Any
) -> None:
    table = timeline.event_table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home)
    for _ in range(4):  # down to the focus group on 2022-11-09
        qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().row() == 4
    ring = timeline.chart._selected
    assert ring is not None and [p.x() for p in ring.points()] == [day_ms("2022-11-09")]
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.current_meeting_id() == "m2"
    qtbot.keyClick(table, Qt.Key.Key_Down)  # an action: Enter does not change the meeting
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.current_meeting_id() == "m2"


def expected_strip(window: MainWindow, code: str) -> list[int]:
    search = window.hub.project.search
    return [
        len(search.search("", SearchFilters(codes=[code], meeting=m), limit=None))
        for m in ("m1", "m2", "m3", "m4")
    ]


def test_code_frequency_shows_the_six_dimensions_per_meeting(
    window: MainWindow, timeline: TimelineWindow
) -> None:
    assert timeline.chosen_codes() == DIMENSIONS
    header, rows = timeline.frequency.numbers()
    assert header[0] == "code" and len(header) == 5
    assert header[1].startswith("2022-09-14")
    for code, row in zip(DIMENSIONS, rows, strict=True):
        assert row[1:] == expected_strip(window, code)
    assert sum(sum(row[1:]) for row in rows) > 0


def test_ticking_a_theme_with_space_adds_its_row(
    window: MainWindow, timeline: TimelineWindow, qtbot: Any
) -> None:
    view = timeline.code_list
    model = timeline.code_choice
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data().strip() == "Trust")
    view.setFocus()
    view.setCurrentIndex(model.index(row, 0))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert timeline.chosen_codes() == [*DIMENSIONS, "t4"]
    last = timeline.frequency.numbers()[1][-1]
    assert last[0] == "Trust" and last[1:] == expected_strip(window, "t4")


def test_saving_the_timeline_and_the_strip(timeline: TimelineWindow, tmp_path: Path) -> None:
    timeline.event_table.setFocus()
    assert timeline.saving.write_picture(tmp_path / "t.png")
    assert timeline.saving.write_picture(tmp_path / "t.svg")
    assert timeline.saving.write_numbers(tmp_path / "t.csv")
    assert (tmp_path / "t.png").read_bytes().startswith(b"\x89PNG")
    assert b"<svg" in (tmp_path / "t.svg").read_bytes()
    with (tmp_path / "t.csv").open(encoding="utf-8-sig", newline="") as handle:
        saved = list(csv.reader(handle))
    header, rows = timeline.events.numbers()
    assert saved[0] == header and len(saved) == len(rows) + 1
    assert saved[3] == ["2022-09-20", "Member checks sent", "summary-m1.docx", "7 observation(s)"]

    timeline.heat_strip.setFocus()  # saving follows the part worked in
    QApplication.processEvents()
    assert "code frequency" in timeline.saving_hint.text()
    assert timeline.saving.write_numbers(tmp_path / "f.csv")
    assert timeline.saving.write_picture(tmp_path / "f.png")
    with (tmp_path / "f.csv").open(encoding="utf-8-sig", newline="") as handle:
        strip = list(csv.reader(handle))
    assert [row[0] for row in strip[1:]] == [r[0] for r in timeline.frequency.numbers()[1]]
    assert (tmp_path / "f.png").read_bytes().startswith(b"\x89PNG")


def test_shown_again_after_a_change_it_lists_the_new_event(
    window: MainWindow, timeline: TimelineWindow
) -> None:
    before = timeline.events.rowCount()
    timeline.close()
    window.hub.project.observations.set_action("o21", Action.opened("2023-02-15"))
    window.hub.observation_changed.emit("o21")
    timeline.freshness.changed_now()  # as the pause after typing would
    assert timeline.events.rowCount() == before  # hidden: not recounted
    assert window.analysis.open_timeline() is timeline
    assert timeline.events.rowCount() == before + 1
    assert timeline.events.numbers()[1][10][:2] == ["2023-02-15", "Actions agreed"]
