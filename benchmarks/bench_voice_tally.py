"""The share-of-voice tally at 100,000 observations: its recount, and typing with it shown.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.bench_voice_tally``

The synthetic study (500 meetings of 200 observations) names one to three of the
meeting's attendees as speakers on 70 % of observations; one in ten has a quote.

1. The tally's recount for the selected meeting (queries and counting), median of 50.
2. Typing 200 characters into an observation of that meeting with the tally shown: the
   longest event-loop stall (a 5 ms heartbeat timer measures gaps; autosaves included),
   and how often the tally recounted meanwhile (it should not).
"""

from __future__ import annotations

import json
import random
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.synthetic import study

OBSERVATIONS = 100_000
TYPED = 200


def with_speakers(document: dict[str, Any], seed: int = 11) -> int:
    """Name speakers on most observations, from each meeting's attendees."""
    rng = random.Random(seed)
    named = 0
    for meeting in document["meetings"]:
        for observation in meeting["observations"]:
            if rng.random() < 0.7:
                observation["speakers"] = rng.sample(meeting["attendees"], rng.randint(1, 3))
                named += 1
    return named


def main() -> None:
    from PySide6.QtCore import QSettings, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from fieldnotes.imports.json_import import import_text
    from fieldnotes.store import Project
    from fieldnotes.ui.hub import ProjectHub
    from fieldnotes.ui.main_window import MainWindow

    document = study(OBSERVATIONS)
    named = with_speakers(document)
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "voices.fieldnotes"
        with Project.open(path) as project:
            import_text(project, json.dumps(document))
            window = MainWindow(
                ProjectHub(project), QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)
            )
            window.resize(1280, 800)
            window.show()
            QTest.qWaitForWindowExposed(window)
            for _ in range(50):
                app.processEvents()
            tally = window.panels.tally
            assert tally.isVisible()

            timings = []
            for _ in range(50):
                start = time.perf_counter()
                tally.model.recount()
                timings.append(time.perf_counter() - start)
            recount_ms = statistics.median(timings) * 1000
            heard = tally.model.rowCount()

            observation = window.observations_model.observation(5)
            assert observation is not None
            window.show_observation(observation.id)
            for _ in range(20):
                app.processEvents()
            recounts = tally.model.recounts
            gaps: list[float] = []
            last = [time.perf_counter()]

            def beat() -> None:
                now = time.perf_counter()
                gaps.append(now - last[0])
                last[0] = now

            heartbeat = QTimer()
            heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
            heartbeat.timeout.connect(beat)
            heartbeat.start(5)
            text = "Coproducer D asked who keeps the key of the community room on Sundays. "
            typed = [0]

            def type_key() -> None:
                if typed[0] < TYPED:
                    QTest.keyClick(window.editor.text_edit, text[typed[0] % len(text)])
                    typed[0] += 1

            keys = QTimer()
            keys.timeout.connect(type_key)
            keys.start(40)
            while typed[0] < TYPED:
                app.processEvents()
            end = time.perf_counter() + 1.0  # the last autosave
            while time.perf_counter() < end:
                app.processEvents()
            keys.stop()
            heartbeat.stop()
            window.editor.flush()
            during = tally.model.recounts - recounts
            saved = project.observations.get(observation.id)
            window.close()
    stalls = sorted(gap - 0.005 for gap in gaps[1:])
    print(
        f"{OBSERVATIONS:,} observations, {named:,} naming speakers; the selected meeting has "
        f"{window.observations_model.rowCount()} observations, {heard} people in the tally"
    )
    print(f"  tally recount for the meeting: {recount_ms:.2f} ms (median of 50)")
    print(
        f"  typing {typed[0]} characters with the tally shown: longest event-loop stall "
        f"{max(stalls) * 1000:.1f} ms, p99 {statistics.quantiles(stalls, n=100)[98] * 1000:.1f} ms "
        f"(aim: at most 50 ms); tally recounts while typing: {during}; "
        f"saved {len(saved.text) if saved else 0} characters"
    )


if __name__ == "__main__":
    main()
