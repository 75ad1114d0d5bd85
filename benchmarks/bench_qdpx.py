"""REFI-QDA project export at 100,000 observations against a bare standard-library loop.

Run: ``.venv/bin/python -m benchmarks.bench_qdpx [observations]``. The bare loop takes the
synthetic study as it is in memory (no project file, no privacy pass) and writes the same
archive: a text per meeting in the same layout, and ``project.qde`` with the same sources,
selections and codings (elements, attributes, GUIDs) by string building, through
``zipfile`` with the same compression; it leaves out the few kilobytes of cases and
variables. Ours reads the project file, replaces real names (the synthetic participants
get real names, and some texts mention them) and writes atomically. Interleaved, best of 3.
Also: peak memory of ours (tracemalloc) and how fast a Cancel takes effect.
"""

from __future__ import annotations

import gc
import json
import sys
import tempfile
import threading
import time
import tracemalloc
import uuid
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from benchmarks.synthetic import study
from fieldnotes.domain.refi_ids import FIELDNOTES_NAMESPACE
from fieldnotes.export.refi_options import RefiExportCancelled
from fieldnotes.export.refi_project import RefiSelection, write_qdpx
from fieldnotes.imports.json_import import import_text
from fieldnotes.store import Project

NOW = "2024-01-01T00:00:00Z"


def with_real_names(document: dict) -> dict:
    for person in document["participants"]:
        person["real_name"] = f"Firstname{person['id']} Lastname{person['id']}"
    for meeting in document["meetings"]:
        for i, observation in enumerate(meeting["observations"]):
            if i % 20 == 0:
                observation["text"] += f" Firstname{meeting['attendees'][0]} said so."
    return document


def guid(kind: str, item: str) -> str:
    return str(uuid.uuid5(FIELDNOTES_NAMESPACE, f"{kind}:{item}")).upper()


def bare(document: dict, path: Path) -> float:
    """The same texts and XML, straight from the in-memory document."""
    start = time.perf_counter()
    user = guid("user", "researcher")
    people = {p["id"]: p["pseudonym"] for p in document["participants"]}
    codes = {f"cac:{n}": guid("code", f"cac:{n}") for n in range(1, 27)}
    codes.update({c["id"]: guid("code", c["id"]) for c in document["codes"]})
    sources: list[str] = []
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for meeting in document["meetings"]:
            source = guid("source", meeting["id"])
            parts = [f"{meeting['title']} ({meeting['date']})\n"]
            position = len(parts[0])
            xml = [
                f'<TextSource guid="{source}" name={quoteattr(meeting["title"])} '
                f'plainTextPath="internal://{source}.txt" creatingUser="{user}" '
                f'creationDateTime="{NOW}" modifyingUser="{user}" modifiedDateTime="{NOW}">'
                f"<Description>{escape(meeting['title'])}</Description>"
            ]
            for observation in meeting["observations"]:
                lead = f"\n{observation['time']}\n"
                start_at = position + len(lead)
                end_at = start_at + len(observation["text"])
                parts += [lead, observation["text"], "\n"]
                position = end_at + 1
                for quote in observation["quotes"]:
                    line = f"{people[quote['speaker']]}: “{quote['text']}”\n"
                    parts.append(line)
                    position += len(line)
                xml.append(
                    f'<PlainTextSelection guid="{guid("selection", observation["id"])}" '
                    f'startPosition="{start_at}" endPosition="{end_at}" creatingUser="{user}" '
                    f'creationDateTime="{NOW}" modifyingUser="{user}" modifiedDateTime="{NOW}">'
                )
                for code in observation["codes"]:
                    oid = observation["id"]
                    coding = guid("coding", f"{len(oid)}:{oid}:{code}")
                    xml.append(
                        f'<Coding guid="{coding}" creatingUser="{user}" '
                        f'creationDateTime="{NOW}"><CodeRef targetGUID="{codes[code]}"/></Coding>'
                    )
                xml.append("</PlainTextSelection>")
            xml.append("</TextSource>")
            archive.writestr(f"sources/{source}.txt", "".join(parts).encode("utf-8"))
            sources.append("".join(xml))
        head = (
            '<?xml version="1.0" encoding="UTF-8"?>\n<Project xmlns="urn:QDA-XML:project:1.0" '
            f'name="Benchmark study" origin="bare"><Users><User guid="{user}" name="Researcher"/>'
            "</Users><CodeBook><Codes>"
            + "".join(f'<Code guid="{g}" name="{c}" isCodable="true"/>' for c, g in codes.items())
            + "</Codes></CodeBook><Sources>"
        )
        with archive.open("project.qde", "w") as qde:
            qde.write(head.encode("utf-8"))
            for chunk in sources:
                qde.write(chunk.encode("utf-8"))
            qde.write(b"</Sources></Project>")
    return time.perf_counter() - start


def ours(project: Project, path: Path) -> float:
    start = time.perf_counter()
    write_qdpx(project, RefiSelection(), path)
    return time.perf_counter() - start


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    document = with_real_names(study(count))
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        with Project.open(tmp / "bench.fieldnotes") as project:
            import_text(project, json.dumps(document))
            mine, base = [], []
            for i in range(3):
                gc.collect()
                mine.append(ours(project, tmp / f"ours{i}.qdpx"))
                gc.collect()
                base.append(bare(document, tmp / f"bare{i}.qdpx"))
            size = (tmp / "ours0.qdpx").stat().st_size / 1e6
            with zipfile.ZipFile(tmp / "ours0.qdpx") as archive:
                qde = archive.getinfo("project.qde").file_size / 1e6
            print(f"{count:,} observations in 500 meetings, best of 3 (interleaved)")
            print(f"  fieldnotes write_qdpx (read + privacy + write): {min(mine):.2f} s")
            print(f"  bare zipfile + string building, same content:   {min(base):.2f} s")
            print(f"  ratio: {min(mine) / min(base):.2f}x (aim: at most 3x)")
            print(f"  archive {size:.1f} MB; project.qde {qde:.1f} MB unpacked")

            tracemalloc.start()
            write_qdpx(project, RefiSelection(), tmp / "memory.qdpx")
            peak = tracemalloc.get_traced_memory()[1] / 1e6
            tracemalloc.stop()
            print(f"  peak Python memory while writing: {peak:.0f} MB")

            cancel = threading.Event()
            threading.Timer(1.0, cancel.set).start()
            start = time.perf_counter()
            try:
                write_qdpx(
                    project, RefiSelection(), tmp / "cancelled.qdpx", cancelled=cancel.is_set
                )
            except RefiExportCancelled:
                print(
                    f"  cancelled after {time.perf_counter() - start:.2f} s (Cancel at 1.0 s); "
                    f"file left behind: {(tmp / 'cancelled.qdpx').exists()}"
                )


if __name__ == "__main__":
    main()
