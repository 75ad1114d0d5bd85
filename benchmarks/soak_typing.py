"""Autosave typing for the kill soak: grow one observation's text until killed.

Run by ``benchmarks/soak_kill.py``: ``python -m benchmarks.soak_typing PROJECT OBSERVATION``
(passphrase from ``FIELDNOTES_PASSPHRASE`` for an encrypted project).

It writes the way the app's autosave does, through ``project.observations.update_text``
(one committed transaction per call), every 10-50 ms, each time the whole text so far,
a prefix of :data:`TYPED` one to five characters longer. Only after the call has returned
does it print the length on stdout and flush: an acknowledged edit is a committed one,
and the soak counts any acknowledged length missing after a kill as a lost edit.
"""

from __future__ import annotations

import os
import random
import sys
import time
from pathlib import Path

from benchmarks.synthetic import sentence

MAX_STEP = 5
# Deterministic, so the parent can tell exactly what a stored text of length n must be.
TYPED = " ".join(sentence(random.Random(n), 300) for n in range(1_000))


def main() -> None:
    from fieldnotes.store import Project

    path, observation_id = Path(sys.argv[1]), sys.argv[2]
    rng = random.Random()
    with Project.open(
        path, create=False, passphrase=os.environ.get("FIELDNOTES_PASSPHRASE")
    ) as project:
        stored = project.observations.get(observation_id)
        if stored is None or not TYPED.startswith(stored.text):
            raise SystemExit(f"{observation_id} does not hold a prefix of the typed text")
        length = len(stored.text)
        print(f"start {length}", flush=True)
        while length + MAX_STEP <= len(TYPED):
            length += rng.randint(1, MAX_STEP)
            project.observations.update_text(observation_id, TYPED[:length])
            print(length, flush=True)  # only now: the write has committed
            time.sleep(rng.uniform(0.010, 0.050))


if __name__ == "__main__":
    main()
