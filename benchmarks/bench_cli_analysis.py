"""``fieldnotes voice --json`` and ``fieldnotes actions --json`` on a large study.

100,000 observations (``benchmarks/synthetic.py``), most naming one to three speakers,
about 2,000 of them agreements or actions. Times whole processes (median of N runs)
against ``python -c pass`` and ``fieldnotes --version`` (the interpreter and the CLI's
own start), and checks that no Qt module is imported.
Run: ``.venv/bin/python -m benchmarks.bench_cli_analysis``
"""

from __future__ import annotations

import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.synthetic import study

RUNS = 7
BIN = Path(sys.executable).parent
STATUSES = ("open", "open", "done", "dropped")


def with_voices_and_actions(document: dict[str, Any], seed: int = 11) -> dict[str, Any]:
    """Speakers on ~85 % of observations (from the meeting's attendees), ~2 % actions."""
    rng = random.Random(seed)
    for meeting in document["meetings"]:
        present = meeting["attendees"]
        for observation in meeting["observations"]:
            if rng.random() < 0.85:
                observation["speakers"] = rng.sample(present, rng.randint(1, 3))
            if rng.random() < 0.02:
                status = rng.choice(STATUSES)
                history = [{"status": "open", "date": meeting["date"]}]
                if status != "open":
                    history.append({"status": status, "date": meeting["date"]})
                observation["action"] = {
                    "status": status,
                    "owner": rng.choice([*present, None]),
                    "due": meeting["date"] if rng.random() < 0.5 else None,
                    "history": history,
                }
    return document


def timed(command: list[str]) -> tuple[float, bytes]:
    samples, output = [], b""
    for _ in range(RUNS):
        start = time.perf_counter()
        output = subprocess.run(command, check=True, capture_output=True).stdout
        samples.append(time.perf_counter() - start)
    return statistics.median(samples), output


def main() -> None:
    fieldnotes = str(BIN / "fieldnotes")
    with tempfile.TemporaryDirectory() as tmp:
        db, source = Path(tmp) / "big.fieldnotes", Path(tmp) / "big.json"
        source.write_text(json.dumps(with_voices_and_actions(study())))
        subprocess.run([fieldnotes, "--db", str(db), "import", str(source)], check=True)
        bare, _ = timed([sys.executable, "-c", "pass"])
        version, _ = timed([fieldnotes, "--version"])
        print(f"python -c pass        {bare * 1000:7.0f} ms")
        print(f"fieldnotes --version  {version * 1000:7.0f} ms")
        for args in (
            ["voice", "--json"],
            ["voice", "--from", "2020-01-01", "--to", "2020-12-31", "--json"],
            ["voice", "--meeting", "m7", "--json"],
            ["actions", "--json"],
            ["actions", "--status", "open", "--json"],
        ):
            seconds, output = timed([fieldnotes, "--db", str(db), *args])
            parsed = json.loads(output)
            size = len(parsed) if isinstance(parsed, list) else len(parsed["by_participant"])
            print(
                f"{' '.join(args):28} {seconds * 1000:7.0f} ms "
                f"({(seconds - version) * 1000:.0f} ms beyond --version; {size} entries)"
            )
        script = (
            "import sys\nfrom fieldnotes.cli import main\n"
            f"main(['--db', {str(db)!r}, 'voice', '--json'])\n"
            f"main(['--db', {str(db)!r}, 'actions', '--json'])\n"
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
        )
        check = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, check=True
        )
        print("Qt modules imported:", check.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    main()
