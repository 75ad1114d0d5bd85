"""A shared codebook (.qdc) merges by GUID, then by name, and never duplicates CAC codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fieldnotes.domain.refi_ids import guid_for
from fieldnotes.errors import FieldnotesError
from fieldnotes.imports.json_import import import_text
from fieldnotes.imports.refi_codebook import import_qdc, read_qdc
from fieldnotes.store import Project
from tests.conftest import minimal_document
from tests.imports.refi_archives import (
    BOM,
    Builder,
    assert_valid,
    codebook_builder,
    codebook_xml,
    guid,
    small_study_file,
)


def _team_codebook() -> bytes:
    b = codebook_builder()
    return codebook_xml(
        b.code(
            guid("cb-cac"),
            "Coordinated Action Checklist",
            b.code(
                guid_for("code", "cac:relation"),
                "CAC Relation dimension",
                b.code(guid_for("code", "cac:14"), "CAC 14: whatever"),
            ),
            b.code(guid("cb-vis"), "CAC Zichtbaarheidsdimensie"),
            codable=False,
        ),
        b.code(guid("cb-trust"), "Trust", color="#00FF00", description="ours"),
        b.code(
            guid("cb-barriers"),
            "Barrières",
            b.code(guid("cb-time"), "Geen tijd", color="#abc", description="time pressure"),
            codable=False,
        ),
        b.code(guid("cb-open"), "The partnership partners communicate in an open manner"),
        origin="fieldnotes tests",
    )


@pytest.fixture
def seeded(project: Project) -> Project:
    import_text(project, json.dumps(minimal_document()))  # theme t1 "Trust"
    return project


def test_the_team_codebook_is_valid_against_the_schema() -> None:
    assert_valid(_team_codebook(), "Codebook.xsd")


def test_a_codebook_adds_its_new_themes_and_matches_the_rest(
    seeded: Project, tmp_path: Path
) -> None:
    path = tmp_path / "team.qdc"
    path.write_bytes(_team_codebook())
    summary = import_qdc(seeded, path)
    themes = {c.name: c for c in seeded.codes.themes()}
    assert set(themes) == {"Trust", "Barrières", "Geen tijd"}
    assert themes["Trust"].id == "t1" and themes["Trust"].color == "#3a7bd5"  # unchanged
    assert themes["Geen tijd"].parent == themes["Barrières"].id
    assert (themes["Geen tijd"].color, themes["Geen tijd"].description) == (
        "#aabbcc",
        "time pressure",
    )
    assert themes["Geen tijd"].id == guid("cb-time").lower()
    assert (summary.themes, summary.matched_cac, summary.matched_themes) == (2, 4, 1)
    assert summary.describe() == (
        "Added 2 themes; matched 5 codes: 4 to CAC codes and 1 to existing themes."
    )


def test_a_codebook_imported_twice_changes_nothing(seeded: Project, tmp_path: Path) -> None:
    path = tmp_path / "team.qdc"
    path.write_bytes(_team_codebook())
    import_qdc(seeded, path)
    before = seeded.snapshot()
    again = import_qdc(seeded, path)
    assert seeded.snapshot() == before
    assert again.describe().startswith("Nothing changed")
    assert again.matched_themes == 3


def test_a_qualcoder_codebook_with_a_byte_order_mark(project: Project, tmp_path: Path) -> None:
    b = codebook_builder()
    path = tmp_path / "qc.qdc"
    path.write_bytes(BOM + codebook_xml(b.code(guid("q1"), "Emergent", codable=False)))
    assert import_qdc(project, path).themes == 1


def test_a_codebook_without_namespace(project: Project, tmp_path: Path) -> None:
    b = codebook_builder(None)
    path = tmp_path / "plain.qdc"
    path.write_bytes(codebook_xml(b.code(guid("p1"), "Plain"), namespace=None))
    assert [c.name for c in read_qdc(path).codes] == ["Plain"]


def test_a_projects_qde_serves_as_a_codebook(project: Project, tmp_path: Path) -> None:
    b = Builder()
    path = tmp_path / "project.qde"
    path.write_bytes(b.project(codes=(b.code(guid("x"), "From a project"),)))
    assert [c.name for c in read_qdc(path).codes] == ["From a project"]


def _refused(project: Project, path: Path, needle: str) -> None:
    before = project.snapshot()
    with pytest.raises(FieldnotesError, match=needle) as caught:
        import_qdc(project, path)
    assert "\n" not in str(caught.value)
    assert project.snapshot() == before


def test_bad_codebooks_are_refused_in_one_line(project: Project, tmp_path: Path) -> None:
    _refused(project, tmp_path / "missing.qdc", "No such file")
    text = tmp_path / "text.qdc"
    text.write_text("Trust, Barriers")
    _refused(project, text, "not well-formed XML")
    broken = tmp_path / "broken.qdc"
    broken.write_bytes(_team_codebook().replace(b"</Codes>", b"</Code>"))
    _refused(project, broken, "not well-formed XML")
    dtd = tmp_path / "dtd.qdc"
    dtd.write_bytes(
        b'<?xml version="1.0"?><!DOCTYPE CodeBook [<!ENTITY a "aaaa">]>'
        b'<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>'
    )
    _refused(project, dtd, "DTD")
    other = tmp_path / "other.qdc"
    other.write_bytes(b"<Something><Codes/></Something>")
    _refused(project, other, "holds no CodeBook")
    _refused(project, small_study_file(tmp_path / "project.qdc"), "zip archive")
    folder = tmp_path / "folder.qdc"
    folder.mkdir()
    _refused(project, folder, "folder")


def test_a_huge_codebook_is_refused(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fieldnotes.imports import refi_codebook

    monkeypatch.setattr(refi_codebook, "MAX_CODEBOOK", 1000)
    path = tmp_path / "big.qdc"
    path.write_bytes(_team_codebook() + b" " * 2000)
    _refused(project, path, "too large")
