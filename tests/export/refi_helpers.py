"""Reading an exported .qdpx/.qdc back for tests: schema checks and the parsed parts."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import xmlschema
from lxml import etree

REFI = Path(__file__).resolve().parents[1] / "data" / "refi_qda"
NS = {"q": "urn:QDA-XML:project:1.0", "c": "urn:QDA-XML:codebook:1.0"}


@cache
def project_schema() -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(str(REFI / "Project.xsd"))


@cache
def codebook_schema() -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(str(REFI / "Codebook.xsd"))


@dataclass
class Qdpx:
    raw: dict[str, bytes]  # every part of the archive, as stored
    root: etree._Element

    def xpath(self, path: str) -> list[etree._Element]:
        return self.root.xpath(path, namespaces=NS)

    def text_of(self, element: etree._Element) -> str:
        """The plain text a source or note points to (``internal://x.txt``)."""
        name = element.get("plainTextPath").removeprefix("internal://")
        return self.raw[f"sources/{name}"].decode("utf-8")

    def code_names(self) -> dict[str, str]:
        return {c.get("guid"): c.get("name") for c in self.xpath("//q:Code")}


def read_qdpx(path: Path, *, validate: bool = True) -> Qdpx:
    with zipfile.ZipFile(path) as archive:
        raw = {name: archive.read(name) for name in archive.namelist()}
    if validate:
        project_schema().validate(raw["project.qde"].decode("utf-8"))
    return Qdpx(raw, etree.fromstring(raw["project.qde"]))


def read_qdc(path: Path) -> etree._Element:
    data = path.read_bytes()
    codebook_schema().validate(data.decode("utf-8"))
    return etree.fromstring(data)
