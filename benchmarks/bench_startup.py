"""Start-up cost of the command line, which must not pay for Qt.

Times whole processes (median of N runs): ``python -c pass``, ``fieldnotes --version``,
``fieldnotes export json`` on the example project, and for scale the Qt import alone.
Run: ``.venv/bin/python benchmarks/bench_startup.py``
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 15
BIN = Path(sys.executable).parent


def timed(command: list[str]) -> float:
    samples = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    fieldnotes = str(BIN / "fieldnotes")
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "example.fieldnotes"
        example = Path(tmp) / "example.json"
        from fieldnotes.imports.example import example_json

        example.write_bytes(example_json())
        subprocess.run(
            [fieldnotes, "--db", str(db), "import", str(example)],
            check=True,
            stderr=subprocess.DEVNULL,
        )
        base = timed([sys.executable, "-c", "pass"])
        rows = {
            "python -c pass": base,
            "fieldnotes --version": timed([fieldnotes, "--version"]),
            "fieldnotes export json (example)": timed(
                [fieldnotes, "--db", str(db), "export", "json"]
            ),
            "python -c 'import PySide6.QtWidgets' (for scale)": timed(
                [sys.executable, "-c", "import PySide6.QtWidgets"]
            ),
        }
    print(f"process start-up, median of {RUNS} runs")
    for name, seconds in rows.items():
        print(f"  {name:<50} {seconds * 1000:7.1f} ms  ({seconds / base:4.1f}x python -c pass)")


if __name__ == "__main__":
    main()
