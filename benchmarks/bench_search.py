"""Search at 100,000 observations against a bare FTS5 MATCH ... ORDER BY bm25 LIMIT 50.

Run: ``.venv/bin/python -m benchmarks.bench_search``. Both run in this process on the same
file and rows; each query is timed 15 times (median), then p50/p95 over the query mix.
Also times the ``fieldnotes search`` command as a whole process.
"""

from __future__ import annotations

import json
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.synthetic import study
from fieldnotes.domain.search import SearchFilters
from fieldnotes.imports.json_import import import_text
from fieldnotes.store import Project

REPEAT = 15
QUERIES: list[tuple[str, str, SearchFilters]] = [
    ("common word", "the", SearchFilters()),
    ("common word", "team", SearchFilters()),
    ("common word", "trust", SearchFilters()),
    ("rare word", "samenwerking", SearchFilters()),
    ("rare word", "bewoner", SearchFilters()),
    ("rare word", "budget1234", SearchFilters()),
    ("phrase", '"social worker"', SearchFilters()),
    ("phrase", '"walk-in hour"', SearchFilters()),
    ("prefix", "coord*", SearchFilters()),
    ("prefix", "net*", SearchFilters()),
    ("diacritics", "cafe", SearchFilters()),
    ("boolean", "trust AND network", SearchFilters()),
    ("filtered", "trust", SearchFilters(codes=["cac:relation"])),
    ("filtered", "meeting", SearchFilters(date_from="2021-01-01", date_to="2021-06-30")),
    ("filtered", "plan", SearchFilters(codes=["t3"], has_quotes=True)),
]


def median_ms(run: object) -> float:
    samples = []
    for _ in range(REPEAT):
        start = time.perf_counter()
        run()  # type: ignore[operator]
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "search.fieldnotes"
        with Project.open(path) as project:
            import_text(project, json.dumps(study(100_000)))
        bare = sqlite3.connect(path)
        bare_sql = (
            "SELECT rowid FROM observation_fts WHERE observation_fts MATCH ? "
            "ORDER BY bm25(observation_fts) LIMIT 50"
        )
        ours, base, ratios = [], [], []
        with Project.open(path) as project:
            print(
                f"{'kind':<12} {'query':<22} {'hits':>6} {'ours ms':>8} {'bare ms':>8} {'ratio':>6}"
            )
            for kind, query, filters in QUERIES:
                count = project.search.count(query, filters)
                mine = median_ms(lambda q=query, f=filters: project.search.search(q, f, limit=50))
                theirs = median_ms(lambda q=query: bare.execute(bare_sql, (q,)).fetchall())
                ours.append(mine)
                base.append(theirs)
                ratios.append(mine / theirs)
                ratio = mine / theirs
                print(
                    f"{kind:<12} {query:<22} {count:>6} {mine:>8.2f} {theirs:>8.2f} {ratio:>6.2f}"
                )
        bare.close()

        def pct(values: list[float], q: int) -> float:
            return statistics.quantiles(values, n=100, method="inclusive")[q - 1]

        print(f"ours: p50 {pct(ours, 50):.2f} ms, p95 {pct(ours, 95):.2f} ms")
        print(f"bare: p50 {pct(base, 50):.2f} ms, p95 {pct(base, 95):.2f} ms")
        p50 = pct(ours, 50) / pct(base, 50)
        p95 = pct(ours, 95) / pct(base, 95)
        print(f"ratio of p50s {p50:.2f}x, of p95s {p95:.2f}x (aim: at most 1.5x)")
        fieldnotes = str(Path(sys.executable).parent / "fieldnotes")
        for args in (["trust", "--limit", "50"], ["samenwerking"], ["trust"]):
            command = [fieldnotes, "--db", str(path), "search", *args, "--json"]
            process_ms = median_ms(
                lambda c=command: subprocess.run(c, check=True, stdout=subprocess.DEVNULL)
            )
            print(f"`fieldnotes search {' '.join(args)} --json` process: {process_ms:.0f} ms")


if __name__ == "__main__":
    main()
