"""Opening the study timeline and the code co-occurrence windows at 100,000 observations.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.bench_timeline``.
The synthetic study (``benchmarks/synthetic.py``: 500 meetings, two codes per
observation) gets 3,000 actions (half of them closed a month later, a tenth of those
reopened), 2,000 member-check answers, 8 CAC rounds of 20 respondents and 30 member-check
documents. Each window is built and shown, with its data, median of 5; then where the
time goes (the queries and the counting) is timed on its own, and the same counts from
every tag row as the windows first did ("before").
"""

from __future__ import annotations

import json
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from benchmarks.synthetic import study
from fieldnotes.analysis.actions import open_over_time
from fieldnotes.analysis.co_occurrence import co_occurrence, co_occurrence_of_sets
from fieldnotes.analysis.timeline import code_frequency, code_frequency_of_sets, study_timeline
from fieldnotes.domain.models import MemberCheckSent
from fieldnotes.imports.json_import import import_text
from fieldnotes.store import Project
from fieldnotes.ui.analysis.co_occurrence_window import CoOccurrenceWindow
from fieldnotes.ui.analysis.timeline_window import TimelineWindow
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.main_window import MainWindow

RUNS = 5
DIMENSIONS = ["cac:general", "cac:suitability", "cac:task", "cac:relation", "cac:growth"]


def later(day: str, days: int) -> str:
    return (date.fromisoformat(day) + timedelta(days=days)).isoformat()


def over_time(observations: int = 100_000, seed: int = 11) -> dict[str, Any]:
    """The synthetic study with actions, feedback and CAC rounds added."""
    rng = random.Random(seed)
    document = study(observations)
    for meeting in document["meetings"]:
        day = meeting["date"]
        for obs in meeting["observations"]:
            roll = rng.random()
            if roll < 0.03:
                history = [{"status": "open", "date": day}]
                if rng.random() < 0.5:
                    history.append({"status": "done", "date": later(day, 30)})
                    if rng.random() < 0.1:
                        history.append({"status": "open", "date": later(day, 45)})
                owner = f"p{rng.randrange(40)}"
                status = history[-1]["status"]
                obs["action"] = {"status": status, "owner": owner, "history": history}
            elif roll < 0.05:
                obs["feedback"] = [
                    {
                        "participant": f"p{rng.randrange(40)}",
                        "verdict": "agree",
                        "received": later(day, 14),
                    }
                ]
    document["cac_rounds"] = [
        {
            "id": f"r{i}",
            "label": f"Round {i + 1}",
            "date": f"{2020 + i // 4}-{3 * (i % 4) + 1:02d}-15",
            "responses": [
                {
                    "respondent": f"p{k}",
                    "scores": {str(n): rng.randrange(0, 101, 5) for n in range(1, 27)},
                }
                for k in range(20)
            ],
        }
        for i in range(8)
    ]
    return document


def median_ms(work: Callable[[], object]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def open_and_show(build: Callable[[], QDialog]) -> Callable[[], None]:
    """A new window each run (the controller would show the same one again)."""

    def run() -> None:
        dialog = build()
        dialog.show()
        QTest.qWaitForWindowExposed(dialog)
        QApplication.processEvents()
        dialog.close()
        dialog.deleteLater()
        QApplication.processEvents()

    return run


def main() -> None:
    _app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "timeline.fieldnotes"
        with Project.open(path) as project:
            import_text(project, json.dumps(over_time()))
            for i in range(30):
                project.analysis.record_member_check(
                    MemberCheckSent(
                        f"s{i}", f"202{i // 12}-{i % 12 + 1:02d}-20", f"summary-{i}.docx", 200
                    )
                )
            settings = QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)
            window = MainWindow(ProjectHub(project), settings)
            window.show()
            QTest.qWaitForWindowExposed(window)
            hub = window.hub
            timeline = median_ms(open_and_show(lambda: TimelineWindow(hub, settings, window)))
            co = median_ms(open_and_show(lambda: CoOccurrenceWindow(hub, settings, window)))

            def with_items() -> None:
                dialog = CoOccurrenceWindow(hub, settings, window)
                dialog.show()
                start = time.perf_counter()
                dialog.choice.setCurrentIndex(1)
                QApplication.processEvents()
                switched.append((time.perf_counter() - start) * 1000)
                dialog.close()
                dialog.deleteLater()

            switched: list[float] = []
            for _ in range(RUNS):
                with_items()
            items = statistics.median(switched)
            shown = window.analysis.open_timeline()
            events = shown.events.rowCount()
            shown.close()

            actions = project.analysis.actions()
            tags = project.codes.tag_rows()
            parents = project.codes.parents()
            meetings = [m.id for m in project.meetings.all()]
            codes = [c.id for c in project.codes.all() if c.parent is None]
            sets = project.analysis.code_sets()
            meeting_sets = project.analysis.meeting_code_sets()
            parts = {
                "actions query": lambda: project.analysis.actions(),
                "meetings, rounds, checks, feedback": lambda: (
                    project.meetings.all(),
                    project.cac_rounds.all(),
                    project.analysis.member_checks(),
                    project.analysis.feedback_received(),
                ),
                "study_timeline": lambda: study_timeline(
                    project.meetings.all(), [], [], {}, actions
                ),
                "open_over_time": lambda: open_over_time(actions),
                "meeting_code_sets query": lambda: project.analysis.meeting_code_sets(),
                "code_frequency_of_sets (6 codes)": lambda: code_frequency_of_sets(
                    meeting_sets, parents, DIMENSIONS, meetings
                ),
                "code_sets query": lambda: project.analysis.code_sets(),
                "co_occurrence_of_sets": lambda: co_occurrence_of_sets(sets, parents, codes),
                "before: tag_rows query": lambda: project.codes.tag_rows(),
                "before: code_frequency from tag rows": lambda: code_frequency(
                    tags, parents, DIMENSIONS, meetings
                ),
                "before: co_occurrence from tag rows": lambda: co_occurrence(
                    [(o, c) for o, _m, c in tags], parents, codes
                ),
            }
            timings = {name: median_ms(work) for name, work in parts.items()}
            window.close()
    print(f"100,000 observations, {len(actions)} actions, {events} timeline events")
    print(f"study timeline window open with data: {timeline:.0f} ms (aim < 1000 ms)")
    print(f"co-occurrence window open with data: {co:.0f} ms (aim < 1000 ms)")
    print(f"co-occurrence switched to CAC items: {items:.0f} ms")
    for name, ms in timings.items():
        print(f"  {name:<38} {ms:7.1f} ms")


if __name__ == "__main__":
    main()
