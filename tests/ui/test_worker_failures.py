"""Background work never dies silently: any failure on a pool thread comes back as a
signal, so what waits for it (the export dialog, the search panel) stops waiting."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from fieldnotes.ui.main_window import MainWindow
from fieldnotes.ui.member_check import worker

pytestmark = pytest.mark.gui

NOTE = "Coproducer B cried when she talked about the eviction"


@pytest.fixture
def criticals(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def record(_parent: object, _title: str, text: str, *args: object) -> Any:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", record)
    return shown


def _raise(*_args: object, **_kwargs: object) -> Any:
    raise ValueError(NOTE)


def test_an_unexpected_error_while_planning_ends_the_export_plainly(
    window: MainWindow,
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    criticals: list[str],
) -> None:
    monkeypatch.setattr(worker, "plan_member_check", _raise)
    dialog = window.member_check.export_member_check()
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.exporter.failed, timeout=10_000) as failed:
        dialog.start(tmp_path / "out.docx")
    assert "ValueError" in failed.args[0] and "eviction" not in failed.args[0]
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled())
    assert criticals == [failed.args[0]]


def test_an_unexpected_error_while_writing_ends_the_export_plainly(
    window: MainWindow,
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    criticals: list[str],
) -> None:
    monkeypatch.setattr(worker, "write_member_check", _raise)
    dialog = window.member_check.export_member_check()
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.exporter.failed, timeout=10_000):
        dialog.start(tmp_path / "out.docx")
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled())
    assert not (tmp_path / "out.docx").exists()


def test_a_failed_search_says_so_instead_of_waiting(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fieldnotes.store.search import SearchRepository

    monkeypatch.setattr(SearchRepository, "search", _raise)
    panel = window.search_panel
    window.open_search()
    with qtbot.waitSignal(panel.runner.failed, timeout=5000):
        qtbot.keyClicks(panel.query, "eviction")
    qtbot.waitUntil(lambda: "ValueError" in panel.count.text())
    assert "eviction" not in panel.count.text()
