"""Opening the analysis windows at 100,000 observations: launcher call to the window shown
with its data, for Who speaks, Actions and the CAC rounds dialog.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.bench_analysis_views``.
The synthetic study gets roles in three groups, one or two speakers on 60 % of the
observations, an action on every 50th (2,000, a third of them closed) and four CAC rounds
of 40 respondents. Each window is opened, timed until it is exposed and the event queue
is drained, and closed again; median of 5 (the first open, with cold caches, shown apart).
"""

from __future__ import annotations

import json
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from benchmarks.synthetic import study
from fieldnotes.imports.json_import import import_text
from fieldnotes.store import Project
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.main_window import MainWindow

RUNS = 5
ROLES = ("professional", "coproducer", "researcher", "manager", "service user")


def with_speakers_and_actions(document: dict[str, Any], seed: int = 11) -> dict[str, Any]:
    rng = random.Random(seed)
    for i, participant in enumerate(document["participants"]):
        participant["role"] = ROLES[i % len(ROLES)]
    ids = [p["id"] for p in document["participants"]]
    n = 0
    for meeting in document["meetings"]:
        for observation in meeting["observations"]:
            if rng.random() < 0.6:
                observation["speakers"] = rng.sample(ids, rng.choice((1, 2)))
            if n % 50 == 0:
                status = rng.choice(("open", "open", "done", "dropped"))
                history = [{"status": "open", "date": meeting["date"]}]
                if status != "open":
                    history.append({"status": status, "date": meeting["date"]})
                observation["action"] = {
                    "status": status,
                    "owner": rng.choice(ids),
                    "due": meeting["date"],
                    "history": history,
                }
            n += 1
    document["cac_rounds"] = [
        {
            "id": f"r{r}",
            "label": f"Round {r + 1}",
            "date": f"202{r}-03-01",
            "responses": [
                {"respondent": pid, "scores": {str(i): rng.randrange(101) for i in range(1, 27)}}
                for pid in ids
            ],
        }
        for r in range(4)
    ]
    return document


def time_open(open_window: Callable[[], QWidget]) -> float:
    """Milliseconds from the launcher call to the window exposed with nothing pending."""
    start = time.perf_counter()
    widget = open_window()
    QTest.qWaitForWindowExposed(widget)
    QApplication.processEvents()
    elapsed = (time.perf_counter() - start) * 1000
    widget.close()
    widget.deleteLater()
    QApplication.processEvents()
    return elapsed


def main() -> None:
    _app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "analysis.fieldnotes"
        with Project.open(path) as project:
            import_text(project, json.dumps(with_speakers_and_actions(study(100_000))))
            settings = QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)
            window = MainWindow(ProjectHub(project), settings)
            window.show()
            QTest.qWaitForWindowExposed(window)
            (speakers,) = project.conn.execute(
                "SELECT count(*) FROM observation_speakers"
            ).fetchone()
            (actions,) = project.conn.execute("SELECT count(*) FROM actions").fetchone()
            print(f"100,000 observations, {speakers:,} speaker links, {actions:,} actions")
            for name, launcher in (
                ("Who speaks", window.analysis.open_voice),
                ("Actions", window.analysis.open_actions),
                ("CAC rounds", window.analysis.open_cac_rounds),
            ):
                first = time_open(launcher)
                runs = [time_open(launcher) for _ in range(RUNS)]
                print(
                    f"  {name:<11} first {first:6.0f} ms; median {statistics.median(runs):6.0f} ms,"
                    f" worst {max(runs):6.0f} ms (aim: within 1,000 ms)"
                )
            voice = window.analysis.open_voice()
            QTest.qWaitForWindowExposed(voice)
            start = time.perf_counter()
            voice.set_scope(meeting="m250")
            print(
                f"  Who speaks, one meeting chosen: {(time.perf_counter() - start) * 1000:.0f} ms"
            )
            start = time.perf_counter()
            voice.set_scope()
            elapsed = (time.perf_counter() - start) * 1000
            print(f"  Who speaks, back to the whole study: {elapsed:.0f} ms")
            voice.close()
            window.close()


if __name__ == "__main__":
    main()
