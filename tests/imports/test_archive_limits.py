"""Archives from outside are sized by what they really unpack to, before any parser runs."""

from __future__ import annotations

import io
import struct
import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from docx import Document

from fieldnotes.errors import FieldnotesError
from fieldnotes.imports.archive_limits import ArchiveLimits, check_archive
from fieldnotes.imports.feedback_docx import import_feedback
from fieldnotes.store import Project

MB = 1024 * 1024


def _zip(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _declare_size(archive: bytes, name: str, size: int) -> bytes:
    """The archive with ``name``'s uncompressed size changed in both headers (a lie)."""
    data = bytearray(archive)
    encoded = name.encode()
    central = data.find(b"PK\x01\x02")
    while central >= 0:
        length = struct.unpack_from("<H", data, central + 28)[0]
        if bytes(data[central + 46 : central + 46 + length]) == encoded:
            struct.pack_into("<L", data, central + 24, size)
            local = struct.unpack_from("<L", data, central + 42)[0]
            struct.pack_into("<L", data, local + 22, size)
            return bytes(data)
        central = data.find(b"PK\x01\x02", central + 4)
    raise AssertionError(f"{name} not in the archive")


def _refused(project: Project, path: Path, needle: str) -> str:
    started = time.perf_counter()
    tracemalloc.start()
    try:
        with pytest.raises(FieldnotesError, match=needle) as caught:
            import_feedback(project, path, None)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "\n" not in str(caught.value)
    assert time.perf_counter() - started < 5
    assert peak < 16 * MB, f"peak {peak / MB:.0f} MB"
    return str(caught.value)


def _word_parts(document_xml: bytes) -> dict[str, bytes]:
    source = io.BytesIO()
    Document().save(source)
    with zipfile.ZipFile(source) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts["word/document.xml"] = document_xml
    return parts


def test_a_part_over_50_mb_is_refused(project: Project, tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.docx"
    bomb.write_bytes(_zip(_word_parts(b"<w:document>" + b" " * (51 * MB) + b"</w:document>")))
    assert bomb.stat().st_size < 1 * MB
    _refused(project, bomb, "too large")


def test_a_part_that_lies_about_its_size_is_refused_quickly(
    project: Project, tmp_path: Path
) -> None:
    honest = _zip(_word_parts(b"<w:document>" + b" " * (60 * MB) + b"</w:document>"))
    liar = tmp_path / "liar.docx"
    liar.write_bytes(_declare_size(honest, "word/document.xml", 2_000))
    _refused(project, liar, "damaged|too large")


def test_parts_that_add_up_past_the_total_are_refused(project: Project, tmp_path: Path) -> None:
    parts = _word_parts(b"<w:document/>")
    for number in range(5):
        parts[f"word/media/image{number}.bin"] = b"\0" * (45 * MB)
    bomb = tmp_path / "parts.docx"
    bomb.write_bytes(_zip(parts))
    _refused(project, bomb, "too large")


def test_a_directory_of_a_million_entries_is_refused_before_it_is_listed(
    project: Project, tmp_path: Path
) -> None:
    honest = _zip(_word_parts(b"<w:document/>"))
    end = honest.rfind(b"PK\x05\x06")
    crafted = bytearray(honest)
    struct.pack_into("<HH", crafted, end + 8, 0xFFFE, 0xFFFE)  # entries on disk, in total
    struct.pack_into("<L", crafted, end + 12, 200 * MB)  # central directory size
    path = tmp_path / "directory.docx"
    path.write_bytes(bytes(crafted))
    _refused(project, path, "too large|damaged")


def _with_comment_dtd(tmp_path: Path, prolog: str, entity: str) -> Path:
    document = Document()
    paragraph = document.add_paragraph("O-1 · a note")
    document.add_comment(paragraph.runs, text="I was not there.", author="B")
    plain = tmp_path / "plain.docx"
    document.save(str(plain))
    with zipfile.ZipFile(plain) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    xml = parts["word/comments.xml"].decode()
    xml = xml.replace("?>", "?>" + prolog, 1).replace("I was not there.", f"I was {entity} there.")
    parts["word/comments.xml"] = xml.encode()
    path = tmp_path / "dtd.docx"
    path.write_bytes(_zip(parts))
    return path


@pytest.mark.parametrize(
    ("prolog", "entity"),
    [
        (
            '<!DOCTYPE w:comments [<!ENTITY a "aaaaaaaaaa">'
            '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>',
            "&b;",
        ),
        ('<!DOCTYPE w:comments [<!ENTITY x SYSTEM "file:///etc/passwd">]>', "&x;"),
        ('<!DOCTYPE w:comments SYSTEM "http://localhost:9/comments.dtd">', "not"),
    ],
    ids=["laughs", "local-file", "remote-dtd"],
)
def test_a_dtd_in_word_comments_is_one_line(
    project: Project, tmp_path: Path, prolog: str, entity: str
) -> None:
    message = _refused(project, _with_comment_dtd(tmp_path, prolog, entity), "not a readable")
    assert "root:" not in message


def test_a_dtd_in_the_document_itself_is_one_line(project: Project, tmp_path: Path) -> None:
    source = io.BytesIO()
    Document().save(source)
    with zipfile.ZipFile(source) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    xml = parts["word/document.xml"].decode()
    parts["word/document.xml"] = xml.replace(
        "?>", '?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>', 1
    ).encode()
    path = tmp_path / "dtd.docx"
    path.write_bytes(_zip(parts))
    _refused(project, path, "not a readable")


def _check(parts: dict[str, bytes], limits: ArchiveLimits) -> list[str]:
    return check_archive(io.BytesIO(_zip(parts)), Path("project.qdpx"), limits=limits)


def test_the_guard_serves_any_archive_with_its_own_limits() -> None:
    small = ArchiveLimits(part=1_000, total=1_500, parts=3)
    assert _check({"project.qde": b"<Project/>", "sources/a.txt": b"x" * 900}, small) == [
        "project.qde",
        "sources/a.txt",
    ]
    for parts in (
        {"sources/a.txt": b"x" * 1_001},
        {"sources/a.txt": b"x" * 900, "sources/b.txt": b"x" * 900},
        {f"sources/{n}.txt": b"x" for n in range(4)},
    ):
        with pytest.raises(FieldnotesError, match=r"^project\.qdpx is too large to read safely\.$"):
            _check(parts, small)
    with pytest.raises(FieldnotesError, match=r"project\.qde declares a document type"):
        _check({"project.qde": b'<?xml version="1.0"?>\n<!DOCTYPE Project>\n<Project/>'}, small)


def test_a_lie_in_the_other_direction_is_damage() -> None:
    honest = _zip({"project.qde": b"<Project/>" * 10})
    with pytest.raises(FieldnotesError, match="damaged"):
        check_archive(io.BytesIO(_declare_size(honest, "project.qde", 500)), Path("p.qdpx"))
