"""The REFI-QDA codebook (.qdc): valid, and the same code tree as the project export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fieldnotes.domain.refi_ids import guid_for
from fieldnotes.errors import OutputError
from fieldnotes.export.refi_codebook import write_qdc
from fieldnotes.export.refi_project import RefiSelection, write_qdpx
from fieldnotes.imports.json_import import import_text
from fieldnotes.store import Project
from tests.conftest import minimal_document
from tests.export.refi_helpers import NS, read_qdc, read_qdpx


def test_codebook_is_valid_and_matches_the_project_export(
    example_project: Project, tmp_path: Path
) -> None:
    count = write_qdc(example_project, tmp_path / "codes.qdc")
    codebook = read_qdc(tmp_path / "codes.qdc")
    assert count == 6 + 26 + 5
    assert codebook.get("origin").startswith("fieldnotes ")
    write_qdpx(example_project, RefiSelection(), tmp_path / "project.qdpx")
    project_codes = read_qdpx(tmp_path / "project.qdpx").xpath("//q:Code")

    def shape(codes: list, ns: str) -> list[tuple[str, str, str | None, str, int]]:
        return [
            (
                c.get("guid"),
                c.get("name"),
                c.get("color"),
                c.xpath(f"string({ns}:Description)", namespaces=NS),
                len(c.xpath(f"{ns}:Code", namespaces=NS)),
            )
            for c in codes
        ]

    assert shape(codebook.xpath("//c:Code", namespaces=NS), "c") == shape(project_codes, "q")
    assert len(project_codes) == count


def test_codebook_of_an_empty_project_is_the_cac(project: Project, tmp_path: Path) -> None:
    assert write_qdc(project, tmp_path / "cac.qdc") == 32
    codebook = read_qdc(tmp_path / "cac.qdc")
    top = codebook.xpath("/c:CodeBook/c:Codes/c:Code", namespaces=NS)
    assert [c.get("guid") for c in top] == [
        guid_for("code", f"cac:{key}")
        for key in ("general", "suitability", "task", "relation", "growth", "visibility")
    ]


def test_codebook_names_are_unique_and_private(project: Project, tmp_path: Path) -> None:
    document = minimal_document(
        codes=[
            {"id": "t1", "name": "Annelies' idea", "parent": None, "description": "Annelies"},
            {"id": "t2", "name": "coproducer a' idea", "parent": None},
        ]
    )
    document["participants"][0]["real_name"] = "Annelies Verbruggen"
    import_text(project, json.dumps(document))
    write_qdc(project, tmp_path / "p.qdc")
    text = (tmp_path / "p.qdc").read_text("utf-8")
    assert "Annelies" not in text
    names = [c.get("name") for c in read_qdc(tmp_path / "p.qdc").xpath("//c:Code", namespaces=NS)]
    assert names[-2:] == ["Coproducer A' idea", "coproducer a' idea (2)"]


def test_codebook_is_written_atomically(example_project: Project, tmp_path: Path) -> None:
    with pytest.raises(OutputError):
        write_qdc(example_project, tmp_path)  # a folder
    with pytest.raises(OutputError, match="project file itself"):
        write_qdc(example_project, example_project.path)
    assert all(p.name.startswith("study.fieldnotes") for p in tmp_path.iterdir())  # nothing left
