"""Synthetic studies for benchmarks: many meetings, Zipf-like words, reproducible."""

from __future__ import annotations

import random
from typing import Any

WORDS = [
    "the",
    "team",
    "trust",
    "coproducer",
    "neighbourhood",
    "meeting",
    "resident",
    "care",
    "nurse",
    "social",
    "worker",
    "plan",
    "agenda",
    "walk-in",
    "hour",
    "budget",
    "municipality",
    "newsletter",
    "referral",
    "visit",
    "volunteer",
    "conflict",
    "compromise",
    "feedback",
    "goal",
    "success",
    "evaluation",
    "network",
    "learning",
    "partner",
    "coördinatie",
    "café",
    "overleg",
    "wijk",
    "bewoner",
    "samenwerking",
    "vertrouwen",
    "zorg",
    "buurt",
]


def sentence(rng: random.Random, length: int) -> str:
    words: list[str] = []
    size = 0
    while size < length:
        # Zipf-like: low indexes are far more frequent than high ones.
        word = WORDS[min(int(rng.paretovariate(1.1)) - 1, len(WORDS) - 1)]
        if rng.random() < 0.08:
            word = f"{word}{rng.randrange(10_000)}"
        words.append(word)
        size += len(word) + 1
    return " ".join(words)[:length].capitalize() + "."


def study(observations: int = 100_000, meetings: int = 500, seed: int = 7) -> dict[str, Any]:
    """A fieldnotes/1 document with ~300-character observations spread over meetings."""
    rng = random.Random(seed)
    participants = [
        {"id": f"p{i}", "pseudonym": f"Participant {i}", "role": "coproducer"} for i in range(40)
    ]
    codes = [{"id": f"t{i}", "name": f"Theme {i}", "parent": None} for i in range(20)]
    per_meeting = observations // meetings
    document_meetings = []
    for m in range(meetings):
        obs = []
        for k in range(per_meeting):
            n = m * per_meeting + k
            item = {
                "id": f"o{n}",
                "time": f"{9 + k * 8 // per_meeting:02d}:{k % 60:02d}",
                "text": sentence(rng, 300),
                "codes": [f"cac:{rng.randint(1, 26)}", f"t{rng.randrange(20)}"],
                "quotes": [],
            }
            if rng.random() < 0.1:
                item["quotes"] = [
                    {"id": f"q{n}", "speaker": f"p{rng.randrange(40)}", "text": sentence(rng, 80)}
                ]
            obs.append(item)
        document_meetings.append(
            {
                "id": f"m{m}",
                "title": f"Meeting {m}",
                "kind": "team meeting",
                "date": f"{2020 + m // 300}-{m % 12 + 1:02d}-{m % 28 + 1:02d}",
                "attendees": [f"p{i}" for i in rng.sample(range(40), 6)],
                "observations": obs,
            }
        )
    return {
        "format": "fieldnotes/1",
        "study": {"title": "Benchmark study", "description": ""},
        "participants": participants,
        "codes": codes,
        "meetings": document_meetings,
    }
