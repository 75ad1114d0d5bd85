"""Hostile searches at 50,000 observations: how long until an answer or a refusal.

Run: ``.venv/bin/python -m benchmarks.bench_search_bounds``. Before the bounds, "trust"
2,000 times took 13 s and a 3,000-term OR 235 s on this corpus. Now both are refused
before they reach the index; the largest queries still allowed (64 terms) are timed too,
as is the ``fieldnotes search`` process for the 3,000-term OR. Median of 5.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.synthetic import WORDS, study
from fieldnotes.errors import FieldnotesError
from fieldnotes.imports.json_import import import_text
from fieldnotes.store import Project

REPEAT = 5
PLAIN = [word for word in WORDS if "-" not in word]


def or_query(terms: int) -> str:
    return " OR ".join(f"{PLAIN[i % len(PLAIN)]}{i // len(PLAIN) or ''}" for i in range(terms))


QUERIES = {
    '"trust" x 2,000': " ".join(["trust"] * 2_000),
    "3,000-term OR": or_query(3_000),
    '"trust" x 64 (allowed)': " ".join(["trust"] * 64),
    "64-term OR (allowed)": or_query(64),
}


def timed(run: Callable[[], object]) -> tuple[float, str]:
    samples, outcome = [], ""
    for _ in range(REPEAT):
        start = time.perf_counter()
        try:
            outcome = f"{len(run())} hits"  # type: ignore[arg-type]
        except FieldnotesError as exc:
            outcome = f"refused: {exc}"
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples), outcome


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bounds.fieldnotes"
        with Project.open(path) as project:
            import_text(project, json.dumps(study(50_000, meetings=250)))
            for label, query in QUERIES.items():
                ms, outcome = timed(lambda q=query: project.search.search(q, limit=50))
                print(f"{label:<26} {ms:>9.1f} ms  {outcome[:90]}")
        fieldnotes = str(Path(sys.executable).parent / "fieldnotes")
        command = [fieldnotes, "--db", str(path), "search", QUERIES["3,000-term OR"]]
        ms, _ = timed(lambda: [subprocess.run(command, capture_output=True, check=False)])
        print(f"{'process, 3,000-term OR':<26} {ms:>9.1f} ms  (one line, exit 1)")


if __name__ == "__main__":
    main()
