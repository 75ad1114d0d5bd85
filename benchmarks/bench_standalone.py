"""The standalone Linux build: its size, and how fast it starts and opens a window.

Run: ``.venv/bin/python -m benchmarks.bench_standalone [TARBALL]``
(without TARBALL it runs packaging/build.sh into a temporary folder first).

1. Tarball and unpacked size.
2. ``fieldnotes --version``: the standalone program with a scrubbed environment, against
   the source install (``.venv/bin/fieldnotes``) and ``python -c pass``; median of 15.
3. Process start to the main window on screen, on a 100,000-observation project, seen from
   outside as the tests see it (a private Xvfb, ``xwininfo`` polled every 20 ms): the
   standalone build, the source install, and a bare QMainWindow from the venv; fresh
   processes, median of 5. The app is closed through the window manager's close message
   each time, so every run starts alike.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.synthetic import study
from tests.packaging.x11 import close_window, virtual_screen, wait_for_window

ROOT = Path(__file__).parents[1]
VENV_BIN = Path(sys.executable).parent
RUNS_START = 15
RUNS_WINDOW = 5

BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.setWindowTitle("bare"); w.resize(1280, 800); w.show()
app.exec()
"""


def megabytes(size: int) -> str:
    return f"{size / 1e6:.1f} MB"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def scrubbed(home: Path, **extra: str) -> dict[str, str]:
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8", **extra}


def median_time(command: list[str], env: dict[str, str], runs: int = RUNS_START) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def window_time(command: list[str], title: str, env: Callable[[str], dict[str, str]]) -> float:
    samples = []
    with virtual_screen() as display:
        for _ in range(RUNS_WINDOW):
            start = time.perf_counter()
            app = subprocess.Popen(
                command, env=env(display), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
            window, _ = wait_for_window(display, title, 120, app)
            samples.append(time.perf_counter() - start)
            close_window(display, window.id)
            if app.wait(timeout=60) != 0:
                raise RuntimeError(f"{command[0]} exited {app.returncode}")
    return statistics.median(samples)


def build(tmp: Path) -> Path:
    dist = tmp / "dist"
    subprocess.run(
        ["bash", str(ROOT / "packaging" / "build.sh")],
        env={**os.environ, "FIELDNOTES_DIST": str(dist)},
        check=True,
        stdout=subprocess.DEVNULL,
    )
    (tarball,) = dist.glob("*.tar.gz")
    return tarball


def main() -> None:
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        home = tmp / "home"
        home.mkdir()
        started = time.perf_counter()
        tarball = Path(sys.argv[1]) if len(sys.argv) > 1 else build(tmp)
        built_in = time.perf_counter() - started
        with tarfile.open(tarball) as archive:
            archive.extractall(tmp / "unpacked", filter="tar")
        (folder,) = (tmp / "unpacked").iterdir()
        program = folder / "fieldnotes"
        print(f"standalone build {tarball.name}")
        if len(sys.argv) == 1:
            print(f"  build.sh: {built_in:.0f} s")
        print(
            f"  tarball {megabytes(tarball.stat().st_size)}, "
            f"unpacked {megabytes(folder_size(folder))}"
        )

        base = median_time([sys.executable, "-c", "pass"], scrubbed(home))
        standalone = median_time([str(program), "--version"], scrubbed(home))
        source = median_time([str(VENV_BIN / "fieldnotes"), "--version"], scrubbed(home))
        print(f"fieldnotes --version, median of {RUNS_START}")
        print(f"  python -c pass:                {base * 1000:6.0f} ms")
        print(f"  standalone:                    {standalone * 1000:6.0f} ms")
        print(f"  source install (.venv):        {source * 1000:6.0f} ms")

        from fieldnotes.imports.json_import import import_text
        from fieldnotes.store import Project

        document = study(100_000)
        project = tmp / "big.fieldnotes"
        with Project.open(project) as opened:
            import_text(opened, json.dumps(document))
            title = f"{opened.study.get().title} — fieldnotes"

        def app_env(display: str) -> dict[str, str]:
            return scrubbed(home, DISPLAY=display, QT_QPA_PLATFORM="xcb")

        bare = window_time([sys.executable, "-c", BARE], "bare", app_env)
        frozen = window_time([str(program), "--db", str(project)], title, app_env)
        installed = window_time(
            [str(VENV_BIN / "fieldnotes"), "--db", str(project)], title, app_env
        )
        print(
            f"window on screen, 100,000 observations (Xvfb, median of {RUNS_WINDOW} "
            "fresh processes)"
        )
        print(f"  bare QMainWindow (venv):       {bare * 1000:6.0f} ms")
        print(
            f"  standalone fieldnotes:         {frozen * 1000:6.0f} ms ({frozen / bare:.2f}x bare)"
        )
        print(
            f"  source install fieldnotes:     {installed * 1000:6.0f} ms "
            f"({installed / bare:.2f}x bare)"
        )


if __name__ == "__main__":
    main()
