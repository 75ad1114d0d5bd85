"""A .qdpx that is not a sound REFI-QDA project is refused in one line, changing nothing."""

from __future__ import annotations

import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from fieldnotes.errors import FieldnotesError
from fieldnotes.imports.refi_project import import_qdpx, read_qdpx
from fieldnotes.store import Project
from tests.imports.refi_archives import (
    MEETING_TEXT,
    Builder,
    guid,
    small_study,
    small_study_file,
    write_qdpx,
    zip_bytes,
)

MB = 1024 * 1024


def _refused(project: Project, path: Path, *needles: str) -> str:
    """Both the reader and the import refuse ``path``; the project stays as it was."""
    before = project.snapshot()
    with pytest.raises(FieldnotesError) as read_error:
        read_qdpx(path)
    with pytest.raises(FieldnotesError) as import_error:
        import_qdpx(project, path)
    message = str(import_error.value)
    assert str(read_error.value) == message
    assert "\n" not in message
    for needle in needles:
        assert needle in message, message
    assert project.snapshot() == before
    return message


def test_a_missing_file_is_named(project: Project, tmp_path: Path) -> None:
    _refused(project, tmp_path / "nowhere.qdpx", "No such file", "nowhere.qdpx")


def test_a_folder_is_refused(project: Project, tmp_path: Path) -> None:
    folder = tmp_path / "folder.qdpx"
    folder.mkdir()
    _refused(project, folder, "folder.qdpx")


def test_a_file_that_is_not_a_zip_is_not_a_refi_project(project: Project, tmp_path: Path) -> None:
    path = tmp_path / "notes.qdpx"
    path.write_text("just some notes\n")
    _refused(project, path, "not a REFI-QDA project")


def test_a_zip_without_a_qde_is_not_a_refi_project(project: Project, tmp_path: Path) -> None:
    path = tmp_path / "empty.qdpx"
    path.write_bytes(zip_bytes({"sources/a.txt": b"text", "readme.txt": b"hello"}))
    _refused(project, path, "not a REFI-QDA project", ".qde")


def test_a_truncated_zip_is_damaged(project: Project, tmp_path: Path) -> None:
    whole = small_study_file(tmp_path / "whole.qdpx").read_bytes()
    path = tmp_path / "cut.qdpx"
    path.write_bytes(whole[: len(whole) // 2])
    _refused(project, path, "cut.qdpx")


def test_broken_xml_is_refused_with_its_line(project: Project, tmp_path: Path) -> None:
    qde, sources = small_study()
    broken = qde.replace(b"</Sources>", b"</Sourcez>")
    path = write_qdpx(tmp_path / "broken.qdpx", broken, sources)
    message = _refused(project, path, "project.qde", "line")
    assert "XML" in message


def test_a_dtd_with_entities_is_refused(project: Project, tmp_path: Path) -> None:
    entities = "".join(
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">\n' for i in range(1, 10)
    ).replace("&lol0;", "&lol;")
    laughs = (
        '<?xml version="1.0"?>\n<!DOCTYPE Project [\n<!ENTITY lol "lol">\n'
        + entities
        + ']>\n<Project xmlns="urn:QDA-XML:project:1.0" name="&lol9;"/>'
    ).encode()
    path = write_qdpx(tmp_path / "laughs.qdpx", laughs)
    _refused(project, path, "DTD")


def test_an_external_entity_is_refused(project: Project, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("do not read me")
    xxe = (
        f'<?xml version="1.0"?>\n<!DOCTYPE Project [<!ENTITY xxe SYSTEM "file://{secret}">]>\n'
        '<Project xmlns="urn:QDA-XML:project:1.0" name="x"><Description>&xxe;</Description>'
        "</Project>"
    ).encode()
    path = write_qdpx(tmp_path / "xxe.qdpx", xxe)
    message = _refused(project, path, "DTD")
    assert "do not read me" not in message


def test_an_undeclared_entity_is_broken_xml(project: Project, tmp_path: Path) -> None:
    xml = b'<Project xmlns="urn:QDA-XML:project:1.0" name="&nope;"/>'
    _refused(project, write_qdpx(tmp_path / "entity.qdpx", xml), "project.qde")


def test_a_qde_of_another_kind_is_refused(project: Project, tmp_path: Path) -> None:
    xml = b'<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>'
    _refused(project, write_qdpx(tmp_path / "codebook.qdpx", xml), "not a REFI-QDA project")


def test_a_reference_to_a_missing_source_file_is_refused(project: Project, tmp_path: Path) -> None:
    qde, _ = small_study()
    path = write_qdpx(tmp_path / "missing.qdpx", qde, {})
    message = _refused(project, path, "missing", guid("file:meeting"))
    assert "internal://" not in message or "missing" in message


def test_a_reference_to_a_missing_note_file_is_refused(project: Project, tmp_path: Path) -> None:
    b = Builder()
    qde = b.project(notes=(b.note(guid("n"), "Memo", path="internal://gone.txt"),))
    _refused(project, write_qdpx(tmp_path / "note.qdpx", qde), "gone.txt")


def test_a_source_path_that_climbs_out_of_the_archive_is_not_followed(
    project: Project, tmp_path: Path
) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("private text")
    b = Builder()
    qde = b.project(
        sources=(
            b.text_source(
                guid("s"),
                "Escape",
                b.selection(guid("x"), 0, 7),
                path="internal://../../outside.txt",
            ),
        )
    )
    message = _refused(project, write_qdpx(tmp_path / "climb.qdpx", qde), "missing")
    assert "private text" not in message


def _bomb_part(tmp_path: Path, size: int) -> Path:
    qde, sources = small_study()
    name = next(iter(sources))
    return write_qdpx(tmp_path / "bomb.qdpx", qde, {name: b" " * size})


def test_a_zip_bomb_is_refused_quickly_in_little_memory(project: Project, tmp_path: Path) -> None:
    path = _bomb_part(tmp_path, 51 * MB)
    assert path.stat().st_size < MB
    started = time.perf_counter()
    tracemalloc.start()
    try:
        _refused(project, path, "too large")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert time.perf_counter() - started < 10
    assert peak < 32 * MB, f"peak {peak / MB:.0f} MB"


def _filler(size: int) -> bytes:
    """Elements no reader knows, between short text nodes as a real project.qde has them."""
    chunk = b" " * 1013 + b"<Pad/>"
    return chunk * (size // len(chunk))


def test_a_large_project_qde_is_read_as_a_stream(project: Project, tmp_path: Path) -> None:
    """Big exports (77 MB of project.qde at 100,000 observations) still come in."""
    qde, sources = small_study()
    padded = qde.replace(b"</Project>", _filler(60 * MB) + b"</Project>")
    path = write_qdpx(tmp_path / "big.qdpx", padded, sources)
    tracemalloc.start()
    try:
        summary = import_qdpx(project, path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert summary.meetings == 2
    assert peak < 40 * MB, f"peak {peak / MB:.0f} MB"


def test_a_project_qde_bomb_is_refused(project: Project, tmp_path: Path) -> None:
    qde, sources = small_study()
    padded = qde.replace(b"</Project>", _filler(513 * MB) + b"</Project>")
    path = write_qdpx(tmp_path / "qde-bomb.qdpx", padded, sources)
    assert path.stat().st_size < 2 * MB
    started = time.perf_counter()
    _refused(project, path, "too large")
    assert time.perf_counter() - started < 15


def test_too_many_parts_are_refused(project: Project, tmp_path: Path) -> None:
    qde, sources = small_study()
    path = tmp_path / "many.qdpx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("project.qde", qde)
        for name, data in sources.items():
            archive.writestr(f"sources/{name}", data)
        for i in range(10_001):
            archive.writestr(f"sources/pad{i}.txt", b"")
    _refused(project, path, "too large")


def test_overlapping_selections_cannot_blow_up_memory(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fieldnotes.imports import refi_reader

    monkeypatch.setattr(refi_reader, "MAX_SELECTED_CHARS", 10_000)
    text = "word " * 1_000
    b = Builder()
    qde = b.project(
        sources=(
            b.text_source(
                guid("s"),
                "Long",
                *[b.selection(guid(f"sel{i}"), 0, len(text)) for i in range(5)],
                content=text,
            ),
        )
    )
    _refused(project, write_qdpx(tmp_path / "overlap.qdpx", qde), "too large")


def test_a_valid_archive_still_imports(project: Project, tmp_path: Path) -> None:
    """The fixture the refusals above start from is itself fine."""
    summary = import_qdpx(project, small_study_file(tmp_path / "fine.qdpx"))
    assert summary.meetings == 2
    assert MEETING_TEXT.split("\n")[1].removeprefix("10:05 ") in {
        o.text for items in project.snapshot().observations.values() for o in items
    }


def test_absurdly_deep_nesting_is_refused(project: Project, tmp_path: Path) -> None:
    depth = 100_000
    xml = (
        '<Project name="x"><CodeBook><Codes>'
        + '<Code name="a" isCodable="true" guid="x">' * depth
        + "</Code>" * depth
        + "</Codes></CodeBook></Project>"
    ).encode()
    started = time.perf_counter()
    _refused(project, write_qdpx(tmp_path / "deep.qdpx", xml), "depth")
    assert time.perf_counter() - started < 5
