"""What encryption costs: the same work on a plain and on an encrypted project, as ratios.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.bench_encryption``

At 100,000 observations (``benchmarks/synthetic.py``), each figure encrypted against plain
(aim: at most 1.3x):

1. import of the JSON file (best of 3, interleaved, as ``bench_import``);
2. search, the ``bench_search`` query mix in this process (median of 15 per query);
3. the capture window, process start to a shown idle window in fresh processes (median of
   5): the bare ``MainWindow`` as ``bench_capture`` builds it, and the app's own way in,
   ``AppController.open`` (check on opening, backup on opening), both given the passphrase
   directly instead of asking for it in a dialog;
4. results as you type in the search panel (``bench_search_gui``'s measure).

Also: ``encrypt`` in place and ``backup now`` of the 100,000-observation project (whole
processes, best of 3), and what opening costs (SQLCipher derives the key from the
passphrase once per connection: PBKDF2-HMAC-SHA512, 256,000 iterations). And where the
time goes: the SQLCipher settings in force, reading every page (``quick_check``), and the
filtered queries with the default and with a 128 MB page cache. Nothing here changes the
encryption settings; the cache size is a connection setting that costs only memory.
"""

from __future__ import annotations

import gc
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.bench_search import QUERIES
from benchmarks.synthetic import study

PASSPHRASE = "a benchmark passphrase, not a secret"
RUNS = 5
REPEAT = 15
AIM = 1.3

WINDOW = """
import time; t0 = time.perf_counter()
import os, sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from fieldnotes.store import Project
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.main_window import MainWindow
app = QApplication([])
passphrase = os.environ.get("FIELDNOTES_PASSPHRASE")
project = Project.open(Path(sys.argv[1]), create=False, passphrase=passphrase)
w = MainWindow(ProjectHub(project), QSettings(sys.argv[2], QSettings.Format.IniFormat))
w.show(); QTest.qWaitForWindowExposed(w)
app.processEvents()
print(time.perf_counter() - t0, project.encrypted, project.observations.count())
"""

CONTROLLER = """
import time; t0 = time.perf_counter()
import os, sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from fieldnotes.ui.app import AppController
app = QApplication([])
controller = AppController(
    QSettings(sys.argv[2], QSettings.Format.IniFormat), backups_root=Path(sys.argv[3])
)
assert controller.open(Path(sys.argv[1]), passphrase=os.environ.get("FIELDNOTES_PASSPHRASE"))
QTest.qWaitForWindowExposed(controller.window)
app.processEvents()
elapsed = time.perf_counter() - t0
print(elapsed, controller.project.encrypted, controller.project.observations.count(), flush=True)
controller.close()  # waits for the backup on opening, which is not part of the figure
"""


def ratio_line(label: str, plain: float, encrypted: float, unit: str) -> str:
    digits = 2 if unit == "s" else 1
    ratio = encrypted / plain
    verdict = "" if ratio <= AIM else f"  (aim {AIM}x: missed)"
    return (
        f"  {label:<34} plain {plain:8.{digits}f} {unit}, "
        f"encrypted {encrypted:8.{digits}f} {unit}: {ratio:5.2f}x{verdict}"
    )


def _env(passphrase: str | None, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "FIELDNOTES_PASSPHRASE"}
    env.update(extra)
    if passphrase is not None:
        env["FIELDNOTES_PASSPHRASE"] = passphrase
    return env


def import_benchmark(source: Path, tmp: Path) -> tuple[Path, Path]:
    """Best of 3 interleaved imports each way; returns one plain and one encrypted project."""
    from fieldnotes.imports.json_import import import_file
    from fieldnotes.store import Project

    def one(path: Path, passphrase: str | None) -> float:
        gc.collect()
        start = time.perf_counter()
        with Project.open(path, passphrase=passphrase) as project:
            import_file(project, source)
        return time.perf_counter() - start

    plain_runs, encrypted_runs = [], []
    for i in range(3):
        plain_runs.append(one(tmp / f"plain{i}.fieldnotes", None))
        encrypted_runs.append(one(tmp / f"encrypted{i}.fieldnotes", PASSPHRASE))
    print(f"import of 100,000 observations from {source.stat().st_size / 1e6:.0f} MB JSON")
    print(ratio_line("best of 3", min(plain_runs), min(encrypted_runs), "s"))
    for i in (1, 2):
        (tmp / f"plain{i}.fieldnotes").unlink()
        (tmp / f"encrypted{i}.fieldnotes").unlink()
    return tmp / "plain0.fieldnotes", tmp / "encrypted0.fieldnotes"


def _median_ms(run: Callable[[], object], repeat: int = REPEAT) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def search_benchmark(plain: Path, encrypted: Path) -> None:
    from fieldnotes.store import Project

    print(f"search, {len(QUERIES)} queries, median of {REPEAT} each (warm connection)")
    print(f"  {'kind':<12} {'query':<22} {'plain ms':>9} {'encr. ms':>9} {'ratio':>6}")
    ours: dict[bool, list[float]] = {False: [], True: []}
    with (
        Project.open(plain, create=False) as p,
        Project.open(encrypted, create=False, passphrase=PASSPHRASE) as e,
    ):
        for kind, query, filters in QUERIES:
            times = []
            for project in (p, e):
                project.search.search(query, filters, limit=50)  # first run: cache warm-up
                times.append(
                    _median_ms(
                        lambda pr=project, q=query, f=filters: pr.search.search(q, f, limit=50)
                    )
                )
            ours[False].append(times[0])
            ours[True].append(times[1])
            ratio = times[1] / times[0]
            print(f"  {kind:<12} {query:<22} {times[0]:9.2f} {times[1]:9.2f} {ratio:6.2f}")

    def pct(values: list[float], q: int) -> float:
        return statistics.quantiles(values, n=100, method="inclusive")[q - 1]

    print(ratio_line("p50 over the queries", pct(ours[False], 50), pct(ours[True], 50), "ms"))
    print(ratio_line("p95 over the queries", pct(ours[False], 95), pct(ours[True], 95), "ms"))


def _median_process(code: str, passphrase: str | None, *args: str) -> list[str]:
    outputs = [
        subprocess.run(
            [sys.executable, "-c", code, *args],
            capture_output=True,
            text=True,
            check=True,
            env=_env(passphrase),
        ).stdout.split()
        for _ in range(RUNS)
    ]
    outputs.sort(key=lambda out: float(out[0]))
    return outputs[len(outputs) // 2]


def window_benchmark(plain: Path, encrypted: Path, tmp: Path) -> None:
    print(f"window open on a 100,000-observation project (median of {RUNS} fresh processes)")
    for label, code in (
        ("MainWindow (as bench_capture)", WINDOW),
        ("AppController.open", CONTROLLER),
    ):
        figures = []
        for path, passphrase in ((plain, None), (encrypted, PASSPHRASE)):
            out = _median_process(
                code, passphrase, str(path), str(tmp / "window.ini"), str(tmp / "backups")
            )
            assert out[1] == str(passphrase is not None) and out[2] == "100000", out
            figures.append(float(out[0]) * 1000)
        print(ratio_line(label, figures[0], figures[1], "ms"))
    shutil.rmtree(tmp / "backups", ignore_errors=True)


def panel_benchmark(plain: Path, encrypted: Path, tmp: Path) -> None:
    """Results as you type, as ``bench_search_gui`` measures them, on both projects."""
    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from benchmarks.bench_search_gui import QUERIES as TYPED
    from benchmarks.bench_search_gui import measure
    from fieldnotes.store import Project
    from fieldnotes.ui.hub import ProjectHub
    from fieldnotes.ui.main_window import MainWindow

    _app = QApplication.instance() or QApplication([])
    medians = []
    print("results as you type in the search panel (last key to results shown)")
    for path, passphrase in ((plain, None), (encrypted, PASSPHRASE)):
        with Project.open(path, create=False, passphrase=passphrase) as project:
            settings = QSettings(str(tmp / "panel.ini"), QSettings.Format.IniFormat)
            window = MainWindow(ProjectHub(project), settings)
            window.show()
            QTest.qWaitForWindowExposed(window)
            window.open_search()
            latencies = [measure(window.search_panel, query)[0] for query in TYPED]
            # A search (or its count) may still run; deleting the window under it hangs.
            window.search_panel.runner.wait()
            window.close()
            window.deleteLater()
            QTest.qWait(50)
        medians.append(statistics.median(latencies))
        kind = "encrypted" if passphrase else "plain"
        print(
            f"    {kind:<9} "
            + ", ".join(f"{q} {ms:.0f}" for q, ms in zip(TYPED, latencies, strict=True))
        )
    print(ratio_line("median over the queries", medians[0], medians[1], "ms"))


def _best_process_s(command: list[str], env: dict[str, str], prepare: Callable[[], None]) -> float:
    best = float("inf")
    for _ in range(3):
        prepare()
        start = time.perf_counter()
        subprocess.run(command, check=True, env=env, capture_output=True)
        best = min(best, time.perf_counter() - start)
    return best


def protect_benchmark(plain: Path, encrypted: Path, tmp: Path) -> None:
    fieldnotes = str(Path(sys.executable).parent / "fieldnotes")
    copy = tmp / "to-encrypt.fieldnotes"

    def fresh_copy() -> None:
        copy.unlink(missing_ok=True)
        shutil.copyfile(plain, copy)

    seconds = _best_process_s(
        [fieldnotes, "--db", str(copy), "encrypt"],
        _env(None, FIELDNOTES_NEW_PASSPHRASE=PASSPHRASE, XDG_DATA_HOME=str(tmp / "data")),
        fresh_copy,
    )
    size = plain.stat().st_size / 1e6
    print(
        f"`fieldnotes encrypt` in place of the {size:.0f} MB project: {seconds:.2f} s (best of 3)"
    )
    copy.unlink()
    backups = []
    for path, passphrase in ((plain, None), (encrypted, PASSPHRASE)):
        data = tmp / f"data-{passphrase is not None}"
        backups.append(
            _best_process_s(
                [fieldnotes, "--db", str(path), "backup", "now"],
                _env(passphrase, XDG_DATA_HOME=str(data)),
                lambda d=data: shutil.rmtree(d, ignore_errors=True),
            )
        )
        shutil.rmtree(data, ignore_errors=True)
    print("`fieldnotes backup now` (whole process, best of 3)")
    print(ratio_line("backup now", backups[0], backups[1], "s"))


def opening_benchmark(plain: Path, encrypted: Path) -> None:
    from fieldnotes.store import Project, driver

    def connect(path: Path, passphrase: str | None) -> None:
        conn = driver.connect(path, passphrase, read_only=True)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.close()

    print("opening cost (median of 15)")
    print(
        ratio_line(
            "a connection and its first read",
            _median_ms(lambda: connect(plain, None)),
            _median_ms(lambda: connect(encrypted, PASSPHRASE)),
            "ms",
        )
    )
    print(
        ratio_line(
            "Project.open",
            _median_ms(lambda: Project.open(plain, create=False).close()),
            _median_ms(
                lambda: Project.open(encrypted, create=False, passphrase=PASSPHRASE).close()
            ),
            "ms",
        )
    )


def breakdown(plain: Path, encrypted: Path) -> None:
    """Where the encrypted time goes: the settings, reading every page, and the page cache."""
    from fieldnotes.store import Project

    with Project.open(encrypted, create=False, passphrase=PASSPHRASE) as project:
        settings = {
            name: project.conn.execute(f"PRAGMA {name}").fetchone()[0]
            for name in (
                "cipher_version",
                "kdf_iter",
                "cipher_kdf_algorithm",
                "cipher_hmac_algorithm",
                "cipher_page_size",
                "cipher_memory_security",
                "cache_size",
            )
        }
    print("where the time goes")
    print("  SQLCipher " + ", ".join(f"{k} {v}" for k, v in settings.items()))
    full, pages = [], []
    for path, passphrase in ((plain, None), (encrypted, PASSPHRASE)):
        with Project.open(path, create=False, passphrase=passphrase) as project:
            conn = project.conn
            pages.append(conn.execute("PRAGMA page_count").fetchone()[0])
            full.append(_median_ms(lambda c=conn: c.execute("PRAGMA quick_check").fetchall(), 3))
    print(ratio_line("reading every page (quick_check)", full[0], full[1], "ms"))
    print(f"    decrypting and checking a page: {(full[1] - full[0]) * 1000 / pages[1]:.0f} µs")
    filtered = [q for q in QUERIES if q[0] == "filtered"]
    for cache_kb in (8_000, 131_072):
        times: list[float] = [0.0, 0.0]
        for side, (path, passphrase) in enumerate(((plain, None), (encrypted, PASSPHRASE))):
            with Project.open(path, create=False, passphrase=passphrase) as project:
                project.conn.execute(f"PRAGMA cache_size = -{cache_kb}")
                for _, query, filters in filtered:
                    project.search.search(query, filters, limit=50)
                    times[side] += _median_ms(
                        lambda pr=project, q=query, f=filters: pr.search.search(q, f, limit=50)
                    )
        label = f"filtered queries, {cache_kb // 1000} MB cache"
        print(ratio_line(label, times[0], times[1], "ms"))


def main() -> None:
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        source = tmp / "study.json"
        source.write_text(json.dumps(study(100_000)))
        plain, encrypted = import_benchmark(source, tmp)
        source.unlink()
        search_benchmark(plain, encrypted)
        opening_benchmark(plain, encrypted)
        protect_benchmark(plain, encrypted, tmp)
        breakdown(plain, encrypted)
        window_benchmark(plain, encrypted, tmp)
        panel_benchmark(plain, encrypted, tmp)


if __name__ == "__main__":
    main()
