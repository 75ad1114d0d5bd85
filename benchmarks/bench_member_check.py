"""Member-check export: 1,000 observations against a bare python-docx script, and 10,000.

Run: ``.venv/bin/python -m benchmarks.bench_member_check``. The bare script writes the same
headings, paragraphs and quotes (no answer tables, privacy pass or styles). Best of 3.
The 10,000 run reports how often progress moved and how fast a Cancel takes effect.
"""

from __future__ import annotations

import json
import tempfile
import threading
import time
from pathlib import Path

from docx import Document

from benchmarks.synthetic import study
from fieldnotes.export.member_check_docx import ExportCancelled, write_member_check
from fieldnotes.export.member_check_plan import MemberCheckOptions, plan_member_check
from fieldnotes.imports.json_import import import_text
from fieldnotes.store import Project


def with_quotes(count: int, meetings: int) -> dict:
    document = study(count, meetings=meetings)
    for meeting in document["meetings"]:
        for i, observation in enumerate(meeting["observations"]):
            observation["quotes"] = (
                [{"id": f"q-{observation['id']}", "speaker": "p1", "text": "We did it together."}]
                if i % 2 == 0
                else []
            )
    return document


def bare(plan_document: dict, path: Path) -> float:
    start = time.perf_counter()
    document = Document()
    document.add_paragraph("Summary", style="Title")
    for meeting in plan_document["meetings"]:
        document.add_heading(meeting["title"], level=1)
        for observation in meeting["observations"]:
            document.add_paragraph(observation["id"], style="Heading 3")
            document.add_paragraph(observation["text"])
            for quote in observation["quotes"]:
                document.add_paragraph(quote["text"], style="Quote")
    document.save(str(path))
    return time.perf_counter() - start


def ours(project: Project, path: Path) -> float:
    start = time.perf_counter()
    plan = plan_member_check(project, MemberCheckOptions(cac_appendix=False))
    write_member_check(plan, path)
    return time.perf_counter() - start


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        document = with_quotes(1_000, 20)
        with Project.open(tmp / "k.fieldnotes") as project:
            import_text(project, json.dumps(document))
            mine = min(ours(project, tmp / "ours.docx") for _ in range(3))
        base = min(bare(document, tmp / "bare.docx") for _ in range(3))
        print("1,000 observations, half with a quote, best of 3")
        print(f"  fieldnotes (plan + privacy + write): {mine:.2f} s")
        print(f"  bare python-docx, same content:      {base:.2f} s")
        print(f"  ratio: {mine / base:.2f}x (aim: at most 1.5x)")

        big = with_quotes(10_000, 100)
        with Project.open(tmp / "big.fieldnotes") as project:
            import_text(project, json.dumps(big))
            plan = plan_member_check(project, MemberCheckOptions(cac_appendix=False))
        ticks: list[float] = []
        start = time.perf_counter()
        write_member_check(
            plan, tmp / "big.docx", progress=lambda d, t: ticks.append(time.perf_counter())
        )
        total = time.perf_counter() - start
        gaps = [b - a for a, b in zip([start, *ticks], ticks, strict=False)]
        print(
            f"10,000 observations: {total:.1f} s, progress moved {len(ticks)} times, "
            f"longest gap {max(gaps) * 1000:.0f} ms"
        )
        cancel = threading.Event()
        threading.Timer(1.0, cancel.set).start()
        start = time.perf_counter()
        try:
            write_member_check(plan, tmp / "cancelled.docx", cancelled=cancel.is_set)
        except ExportCancelled:
            print(
                f"  cancelled after {time.perf_counter() - start:.2f} s (Cancel pressed at 1.0 s); "
                f"file left behind: {(tmp / 'cancelled.docx').exists()}"
            )


if __name__ == "__main__":
    main()
