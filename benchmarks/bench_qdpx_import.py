"""Import a REFI-QDA project of 20,000 observations; compare with the same study as JSON.

The .qdpx is written QualCoder-style (a byte order mark in every .txt, every selection
named after its text, one selection per code applied), so the reader does all its work:
offsets checked against each way of counting, selections over the same text merged.

Run: ``.venv/bin/python -m benchmarks.bench_qdpx_import [observations]``
"""

from __future__ import annotations

import gc
import json
import sys
import tempfile
import time
import tracemalloc
import zipfile
from pathlib import Path
from typing import Any

from lxml import etree
from lxml.builder import ElementMaker

from benchmarks.synthetic import study
from fieldnotes.domain.refi_ids import guid_for
from fieldnotes.imports.json_import import import_file
from fieldnotes.imports.refi_project import import_qdpx, read_qdpx
from fieldnotes.store import Project

E = ElementMaker(namespace="urn:QDA-XML:project:1.0", nsmap={None: "urn:QDA-XML:project:1.0"})


def to_qdpx(document: dict[str, Any], path: Path) -> None:
    """The study as QualCoder would export it (GUIDs of its own, not fieldnotes')."""
    code_guid = {f"cac:{n}": guid_for("code", f"bench-cac{n}") for n in range(1, 27)}
    code_guid |= {c["id"]: guid_for("code", "bench-" + c["id"]) for c in document["codes"]}
    codes = [
        E.Code(guid=code_guid[f"cac:{n}"], name=f"CAC {n}", isCodable="true") for n in range(1, 27)
    ]
    codes += [
        E.Code(guid=code_guid[c["id"]], name=c["name"], isCodable="true", color="#3a7bd5")
        for c in document["codes"]
    ]
    cases = [
        E.Case(guid=guid_for("case", "bench-" + p["id"]), name=p["pseudonym"])
        for p in document["participants"]
    ]
    sources, files = [], {}
    for meeting in document["meetings"]:
        text, selections = "", []
        for o in meeting["observations"]:
            text += f"{o['time']} "
            start = len(text)
            text += o["text"] + "\n "
            for code in o["codes"]:  # one selection per code, as QualCoder writes them
                selections.append(
                    E.PlainTextSelection(
                        E.Coding(
                            E.CodeRef(targetGUID=code_guid[code]),
                            guid=guid_for("set", o["id"] + code),
                        ),
                        guid=guid_for("selection", "bench-" + o["id"] + code),
                        startPosition=str(start),
                        endPosition=str(start + len(o["text"])),
                        name=o["text"],
                    )
                )
        name = guid_for("source", "bench-file-" + meeting["id"]) + ".txt"
        files[name] = b"\xef\xbb\xbf" + text.encode()
        sources.append(
            E.TextSource(
                *selections,
                guid=guid_for("source", "bench-" + meeting["id"]),
                name=meeting["title"],
                plainTextPath=f"internal://{name}",
            )
        )
    root = E.Project(
        E.CodeBook(E.Codes(*codes)),
        E.Cases(*cases),
        E.Sources(*sources),
        name="Benchmark",
        origin="QualCoder 3.5",
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "project.qde", etree.tostring(root, xml_declaration=True, encoding="UTF-8")
        )
        for name, data in files.items():
            archive.writestr(f"sources/{name}", data)


def timed(work: Any) -> tuple[float, Any]:
    gc.collect()
    start = time.perf_counter()
    result = work()
    return time.perf_counter() - start, result


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    repeats = 3
    document = study(count, meetings=max(1, count // 200))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        qdpx, source_json = folder / "study.qdpx", folder / "study.json"
        to_qdpx(document, qdpx)
        source_json.write_text(json.dumps(document))
        with zipfile.ZipFile(qdpx) as archive:
            qde_mb = archive.getinfo("project.qde").file_size / 1e6
        reads, imports, jsons, agains = [], [], [], []
        for i in range(repeats):
            reads.append(timed(lambda: read_qdpx(qdpx))[0])
            with Project.open(folder / f"q{i}.fieldnotes") as project:
                elapsed, summary = timed(lambda p=project: import_qdpx(p, qdpx))
                imports.append(elapsed)
                again, second = timed(lambda p=project: import_qdpx(p, qdpx))
                agains.append(again)
            with Project.open(folder / f"j{i}.fieldnotes") as project:
                jsons.append(timed(lambda p=project: import_file(p, source_json))[0])
        gc.collect()
        tracemalloc.start()
        refi = read_qdpx(qdpx)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    print(
        f"{summary.observations:,} observations ({refi.selection_count:,} selections) in "
        f"{len(refi.sources)} sources; project.qde {qde_mb:.0f} MB; best of {repeats}"
    )
    print(
        f"  read_qdpx (unzip, parse, place offsets):  {min(reads):.2f} s, peak {peak / 1e6:.0f} MB"
    )
    print(f"  import_qdpx into a new project:           {min(imports):.2f} s")
    print(f"  the same study as fieldnotes/1 JSON:      {min(jsons):.2f} s")
    print(f"  ratio: {min(imports) / min(jsons):.2f}x")
    print(f"  importing it again ({second.describe()[:16]}…): {min(agains):.2f} s")


if __name__ == "__main__":
    main()
