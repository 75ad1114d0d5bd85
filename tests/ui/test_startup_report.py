"""FIELDNOTES_STARTUP_REPORT: the first paint's and the ready window's times, once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from fieldnotes.ui.app import AppController

pytestmark = pytest.mark.gui


@pytest.fixture
def controller(settings: QSettings, qapp: Any) -> Any:
    app_controller = AppController(settings)
    yield app_controller
    app_controller.close()


def test_the_report_holds_the_first_paint_and_ready_times(
    controller: AppController,
    tmp_path: Path,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    report = tmp_path / "start.txt"
    monkeypatch.setenv("FIELDNOTES_STARTUP_REPORT", str(report))
    assert controller.open(tmp_path / "one.fieldnotes")
    assert controller.window is not None
    qtbot.waitUntil(lambda: report.exists(), timeout=5000)
    first_paint, ready = (float(line) for line in report.read_text("utf-8").splitlines())
    assert 0 < first_paint <= ready
    assert controller.window.is_started
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("start")] == ["start.txt"]

    report.unlink()
    assert controller.open(tmp_path / "two.fieldnotes")  # another window: not reported again
    window = controller.window
    qtbot.waitUntil(lambda: window is not None and window.is_started, timeout=5000)
    assert not report.exists()


def test_without_the_variable_nothing_is_written(
    controller: AppController,
    tmp_path: Path,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("FIELDNOTES_STARTUP_REPORT", raising=False)
    monkeypatch.chdir(tmp_path)
    before = sorted(tmp_path.rglob("*"))
    assert controller.open(tmp_path / "one.fieldnotes")
    window = controller.window
    qtbot.waitUntil(lambda: window is not None and window.is_started, timeout=5000)
    created = sorted(set(tmp_path.rglob("*")) - set(before))
    assert all(p.name.startswith("one.fieldnotes") or p.name == "settings.ini" for p in created), (
        created
    )
