"""Capture-window speed: opening a 100,000-observation project, typing in a 2,000-one meeting.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.bench_capture [STANDALONE]``
(STANDALONE: the standalone build's tarball or unpacked folder, from ``packaging/build.sh``;
``--open`` measures only the opening, parts 1 and 2)

1. Time from process start to the end of the main window's first paint on a
   100,000-observation project ("shown"), against a bare QMainWindow's first paint in the
   same run (each in a fresh process, median of 7, interleaved: bare, project, empty
   project in turn, because the machine is shared and noisy); then to every panel built
   ("ready": the window builds the tally just after its first paint); and the resident
   memory of the app at that point. The processes may write
   bytecode (to a temporary ``PYTHONPYCACHEPREFIX``), as an installed app has it: with
   ``PYTHONDONTWRITEBYTECODE`` every start would compile fieldnotes from source.
2. The same, with the app started as a user starts it: ``fieldnotes --db FILE`` as a
   process, the source install's (``.venv/bin/fieldnotes``) and, when given, the unpacked
   standalone build's, timed from spawn to the end of the first paint and to every panel
   ready as the app reports them (``FIELDNOTES_STARTUP_REPORT``, wall clock), against the
   bare window's script from spawn to its first paint; interleaved, median of 7, offscreen,
   with a fresh home folder (no settings); the app is then ended with SIGTERM.
3. In a meeting of 2,000 observations: the longest event-loop stall while typing (a
   5 ms heartbeat timer measures gaps; autosaves included), and scrolling the stream.
"""

from __future__ import annotations

import json
import os
import signal
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

from benchmarks.synthetic import study

RUNS = 7

# "Shown" is the end of the window's first paint (a zero timer started by its first paint
# event), the same moment in both scripts; "ready" is when the capture window has also
# built what it defers past that paint (``MainWindow.started``). The app script starts as
# ``fieldnotes`` does: the layers below ``ui`` imported before Qt (``preload_before_qt``).
BARE = """
import time; t0 = time.perf_counter()
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
shown = []

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not shown:
            shown.append(0)
            QTimer.singleShot(0, lambda: shown.append(time.perf_counter() - t0))
        return False

w = QMainWindow(); w.resize(1280, 800)
first = FirstPaint(); w.installEventFilter(first); w.show()
while len(shown) < 2:
    app.processEvents()
print(shown[1], shown[1])
"""

# The bare window's script for part 2: the wall-clock time at the end of its first paint.
BARE_WALL = BARE.replace("time.perf_counter() - t0", "time.time()")

APP = """
import time; t0 = time.perf_counter()
import sys
from pathlib import Path
from fieldnotes.cli import preload_before_qt
preload_before_qt()
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from fieldnotes.store import Project
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.main_window import MainWindow
app = QApplication([])
project = Project.open(Path(sys.argv[1]), create=False)
w = MainWindow(ProjectHub(project), QSettings(sys.argv[2], QSettings.Format.IniFormat))
times = []
w.first_painted.connect(lambda: times.append(time.perf_counter() - t0))
w.started.connect(lambda: times.append(time.perf_counter() - t0))
w.show()
while len(times) < 2:
    app.processEvents()
app.processEvents()
ready = time.perf_counter() - t0
rss = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmRSS"))
print(times[0], ready, rss, w.observations_model.rowCount(), project.observations.count())
"""


def _run(code: str, *args: str, env: dict[str, str]) -> list[str]:
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True, env=env
    ).stdout.split()


def _median(outputs: list[list[str]]) -> list[str]:
    outputs = sorted(outputs, key=lambda out: float(out[0]))
    return outputs[len(outputs) // 2]


def _interleaved(runs: dict[str, tuple[str, ...]], pycache: Path) -> dict[str, list[str]]:
    """Each (code, *args) once per round, RUNS rounds, after one warm-up; medians by name."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    for code, *args in runs.values():
        _run(code, *args, env=env)  # writes the bytecode, warms the file cache
    outputs: dict[str, list[list[str]]] = {name: [] for name in runs}
    for _ in range(RUNS):
        for name, (code, *args) in runs.items():
            outputs[name].append(_run(code, *args, env=env))
    return {name: _median(out) for name, out in outputs.items()}


def big_project(tmp: Path) -> Path:
    from fieldnotes.imports.json_import import import_text
    from fieldnotes.store import Project

    path = tmp / "big.fieldnotes"
    with Project.open(path) as project:
        import_text(project, json.dumps(study(100_000)))
    return path


def open_benchmark(tmp: Path, path: Path) -> None:
    from fieldnotes.store import Project

    empty = tmp / "empty.fieldnotes"
    Project.open(empty).close()
    medians = _interleaved(
        {
            "bare": (BARE,),
            "app": (APP, str(path), str(tmp / "s.ini")),
            "empty": (APP, str(empty), str(tmp / "e.ini")),
        },
        tmp / "pycache",
    )
    bare = float(medians["bare"][0])
    shown, ready, rss_kb, rows, total = medians["app"]
    empty_shown, empty_ready, empty_rss, _, _ = medians["empty"]
    print(
        f"open a {int(total):,}-observation project (median of {RUNS} fresh processes, interleaved)"
    )
    print(f"  bare QMainWindow shown:         {bare * 1000:6.0f} ms")
    print(
        f"  fieldnotes main window shown:   {float(shown) * 1000:6.0f} ms "
        f"({int(rows)} observations in the selected meeting): {float(shown) / bare:.2f}x "
        "(aim: at most 2x)"
    )
    print(
        f"  ... and every panel ready:      {float(ready) * 1000:6.0f} ms: "
        f"{float(ready) / bare:.2f}x"
    )
    print(
        f"  the same window on an empty project: shown {float(empty_shown) * 1000:.0f} ms, "
        f"ready {float(empty_ready) * 1000:.0f} ms "
        f"(what project size adds: {(float(shown) - float(empty_shown)) * 1000:.0f} ms)"
    )
    print(
        f"  resident memory: {int(rss_kb) / 1024:.0f} MB (aim: under 300 MB); "
        f"empty project {int(empty_rss) / 1024:.0f} MB"
    )


def _spawned(command: list[str], env: dict[str, str], report: Path) -> tuple[float, float]:
    """Spawn ``fieldnotes --db``; seconds from spawn to its first paint and to ready."""
    report.unlink(missing_ok=True)
    start = time.time()
    app = subprocess.Popen(
        command,
        env={**env, "FIELDNOTES_STARTUP_REPORT": str(report)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        while not report.exists():
            if app.poll() is not None:
                raise RuntimeError(f"{command[0]} exited {app.returncode} before its window")
            time.sleep(0.005)
        painted, ready = (float(line) for line in report.read_text("utf-8").split())
    finally:
        app.send_signal(signal.SIGTERM)
        app.wait(timeout=60)
    return painted - start, ready - start


def _bare_spawned(env: dict[str, str]) -> float:
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", BARE_WALL], capture_output=True, text=True, check=True, env=env
    )
    return float(out.stdout.split()[0]) - start


def unpacked(standalone: Path, tmp: Path) -> Path:
    """The standalone program in ``standalone`` (an unpacked folder or the tarball)."""
    if standalone.is_dir():
        return standalone / "fieldnotes"
    with tarfile.open(standalone) as archive:
        archive.extractall(tmp / "unpacked", filter="tar")
    (folder,) = (tmp / "unpacked").iterdir()
    return folder / "fieldnotes"


def process_benchmark(tmp: Path, path: Path, standalone: Path | None) -> None:
    home = tmp / "home"
    home.mkdir(exist_ok=True)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONPYCACHEPREFIX", None)  # the installs' own bytecode, as a user has it
    programs = {"source install": [str(Path(sys.executable).parent / "fieldnotes")]}
    if standalone is not None:
        programs["standalone"] = [str(unpacked(standalone, tmp))]
    report = tmp / "start-report.txt"
    _bare_spawned(env)
    for command in programs.values():  # bytecode, file cache
        _spawned([*command, "--db", str(path)], env, report)
    bare: list[float] = []
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in programs}
    for _ in range(RUNS):
        bare.append(_bare_spawned(env))
        for name, command in programs.items():
            times[name].append(_spawned([*command, "--db", str(path)], env, report))
    bare_ms = statistics.median(bare) * 1000
    print(f"fieldnotes --db as a process, spawn to first paint (median of {RUNS}, interleaved)")
    print(f"  bare QMainWindow (venv python): {bare_ms:6.0f} ms")
    for name, samples in times.items():
        shown = statistics.median(t[0] for t in samples) * 1000
        ready = statistics.median(t[1] for t in samples) * 1000
        print(
            f"  {name + ':':31} {shown:6.0f} ms: {shown / bare_ms:.2f}x "
            f"(ready {ready:.0f} ms: {ready / bare_ms:.2f}x)"
        )


def typing_benchmark(tmp: Path) -> None:
    from PySide6.QtCore import QElapsedTimer, QSettings, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from fieldnotes.imports.json_import import import_text
    from fieldnotes.store import Project
    from fieldnotes.ui.hub import ProjectHub
    from fieldnotes.ui.main_window import MainWindow

    document = study(2_000, meetings=1)
    path = tmp / "long-meeting.fieldnotes"
    app = QApplication.instance() or QApplication([])
    with Project.open(path) as project:
        import_text(project, json.dumps(document))
        window = MainWindow(
            ProjectHub(project), QSettings(str(tmp / "t.ini"), QSettings.Format.IniFormat)
        )
        window.resize(1280, 800)
        window.show()
        QTest.qWaitForWindowExposed(window)
        app.processEvents()

        # Scrolling: page through the whole stream, once its batched layout has finished.
        bar = window.stream.verticalScrollBar()
        stable, previous = 0, -1
        while stable < 20:
            app.processEvents()
            stable = stable + 1 if bar.maximum() == previous else 0
            previous = bar.maximum()
        clock = QElapsedTimer()
        clock.start()
        steps = 0
        while bar.value() < bar.maximum():
            bar.setValue(bar.value() + bar.pageStep())
            window.stream.viewport().repaint()
            steps += 1
        scroll_ms = clock.elapsed() / max(steps, 1)

        # Typing: one key every 40 ms for 6 s into a new observation at the end.
        window.new_observation()
        for _ in range(20):  # let the stream settle after the new row (not part of typing)
            app.processEvents()
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
        text = "Residents asked who would keep the keys of the community room. " * 3
        typed = [0]

        def type_key() -> None:
            QTest.keyClick(window.editor.text_edit, text[typed[0] % len(text)])
            typed[0] += 1

        keys = QTimer()
        keys.timeout.connect(type_key)
        keys.start(40)
        end = time.perf_counter() + 6
        while time.perf_counter() < end:
            app.processEvents()
        keys.stop()
        heartbeat.stop()
        window.editor.flush()
        saved = project.observations.get(window.current_observation_id() or "")
        window.close()
    stalls = sorted(gap - 0.005 for gap in gaps[1:])
    print(f"meeting with {len(document['meetings'][0]['observations']):,} observations")
    print(f"  scrolling: {steps} page steps, {scroll_ms:.1f} ms per step")
    print(
        f"  typing {typed[0]} keys over 6 s (autosave every <= 400 ms): longest event-loop stall "
        f"{max(stalls) * 1000:.1f} ms, p99 {statistics.quantiles(stalls, n=100)[98] * 1000:.1f} ms "
        f"(aim: at most 50 ms); saved {len(saved.text) if saved else 0} characters"
    )


def main() -> None:
    arguments = [a for a in sys.argv[1:] if a != "--open"]
    standalone = Path(arguments[0]) if arguments else None
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        path = big_project(tmp)
        open_benchmark(tmp, path)
        process_benchmark(tmp, path, standalone)
        if "--open" not in sys.argv:
            typing_benchmark(tmp)


if __name__ == "__main__":
    main()
