"""Building REFI-QDA test files in code: a project.qde written against Project.xsd, zipped.

Offsets are given in code points, as the standard counts them. ``schema`` finds the
standard's XSD files (shipped beside the repository in ``shared/data/refi-qda``) so the
hand-made "valid" fixtures can be proved valid.
"""

from __future__ import annotations

import io
import os
import uuid
import zipfile
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from lxml.builder import ElementMaker

PROJECT_NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
BOM = b"\xef\xbb\xbf"

# The schemas are not part of the product; look for them beside the checkout.
_SCHEMA_PLACES = (
    os.environ.get("FIELDNOTES_REFI_SCHEMAS", ""),
    str(Path(__file__).resolve().parents[2] / "tests" / "data" / "refi-qda"),
    str(Path(__file__).resolve().parents[3] / "shared" / "data" / "refi-qda"),
    "/work/shared/data/refi-qda",
)


def guid(label: str) -> str:
    """A stable upper-case GUID for a test label."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"fieldnotes-test:{label}")).upper()


def schema_path(name: str) -> Path:
    for place in _SCHEMA_PLACES:
        if place and (Path(place) / name).is_file():
            return Path(place) / name
    pytest.skip(f"the REFI-QDA schema {name} is not available here")


def assert_valid(xml: bytes, schema: str = "Project.xsd") -> None:
    import xmlschema

    xmlschema.XMLSchema(str(schema_path(schema))).validate(xml)


class Builder:
    """Elements of a project.qde, in the standard's namespace or in none."""

    def __init__(self, namespace: str | None = PROJECT_NS) -> None:
        nsmap = {None: namespace} if namespace else None
        self.E = ElementMaker(namespace=namespace, nsmap=nsmap)

    def code(
        self,
        code_guid: str,
        name: str,
        *children: Any,
        color: str | None = None,
        description: str | None = None,
        codable: bool = True,
        note_refs: tuple[str, ...] = (),
    ) -> Any:
        attrs = {"guid": code_guid, "name": name, "isCodable": "true" if codable else "false"}
        if color:
            attrs["color"] = color
        parts: list[Any] = []
        if description is not None:
            parts.append(self.E.Description(description))
        parts += [self.E.NoteRef(targetGUID=g) for g in note_refs]
        return self.E.Code(*parts, *children, **attrs)

    def selection(
        self,
        sel_guid: str,
        start: int,
        end: int,
        *code_guids: str,
        name: str | None = None,
        description: str | None = None,
        note_refs: tuple[str, ...] = (),
        **extra: str,
    ) -> Any:
        attrs = {"guid": sel_guid, "startPosition": str(start), "endPosition": str(end), **extra}
        if name is not None:
            attrs["name"] = name
        parts: list[Any] = []
        if description is not None:
            parts.append(self.E.Description(description))
        parts += [
            self.E.Coding(self.E.CodeRef(targetGUID=c), guid=guid(f"coding:{sel_guid}:{c}"))
            for c in code_guids
        ]
        parts += [self.E.NoteRef(targetGUID=g) for g in note_refs]
        return self.E.PlainTextSelection(*parts, **attrs)

    def text_source(
        self,
        source_guid: str,
        name: str | None,
        *selections: Any,
        path: str | None = None,
        content: str | None = None,
        description: str | None = None,
        codings: tuple[str, ...] = (),
        note_refs: tuple[str, ...] = (),
        variables: tuple[tuple[str, str], ...] = (),
        tag: str = "TextSource",
        **extra: str,
    ) -> Any:
        attrs = {"guid": source_guid, **extra}
        if name is not None:
            attrs["name"] = name
        if path is not None:
            attrs["plainTextPath"] = path
        parts: list[Any] = []
        if description is not None:
            parts.append(self.E.Description(description))
        if content is not None:
            parts.append(self.E.PlainTextContent(content))
        parts += list(selections)
        parts += [
            self.E.Coding(self.E.CodeRef(targetGUID=c), guid=guid(f"coding:{source_guid}:{c}"))
            for c in codings
        ]
        parts += [self.E.NoteRef(targetGUID=g) for g in note_refs]
        parts += [self.variable_value(var, value) for var, value in variables]
        return getattr(self.E, tag)(*parts, **attrs)

    def variable(self, var_guid: str, name: str, kind: str = "Text") -> Any:
        return self.E.Variable(guid=var_guid, name=name, typeOfVariable=kind)

    def variable_value(self, var_guid: str, value: str, kind: str = "TextValue") -> Any:
        return self.E.VariableValue(
            self.E.VariableRef(targetGUID=var_guid), getattr(self.E, kind)(value)
        )

    def case(
        self,
        case_guid: str,
        name: str | None,
        *,
        variables: tuple[tuple[str, str], ...] = (),
        sources: tuple[str, ...] = (),
        description: str | None = None,
    ) -> Any:
        attrs = {"guid": case_guid}
        if name is not None:
            attrs["name"] = name
        parts: list[Any] = []
        if description is not None:
            parts.append(self.E.Description(description))
        parts += [self.variable_value(var, value) for var, value in variables]
        parts += [self.E.SourceRef(targetGUID=s) for s in sources]
        return self.E.Case(*parts, **attrs)

    def note(
        self,
        note_guid: str,
        name: str | None,
        text: str | None = None,
        *,
        path: str | None = None,
        description: str | None = None,
    ) -> Any:
        attrs = {"guid": note_guid}
        if name is not None:
            attrs["name"] = name
        if path is not None:
            attrs["plainTextPath"] = path
        parts: list[Any] = []
        if description is not None:
            parts.append(self.E.Description(description))
        if text is not None:
            parts.append(self.E.PlainTextContent(text))
        return self.E.Note(*parts, **attrs)

    def project(
        self,
        *,
        name: str = "Test project",
        users: tuple[tuple[str, str], ...] = (),
        codes: tuple[Any, ...] = (),
        variables: tuple[Any, ...] = (),
        cases: tuple[Any, ...] = (),
        sources: tuple[Any, ...] = (),
        notes: tuple[Any, ...] = (),
        links: tuple[Any, ...] = (),
        sets: tuple[Any, ...] = (),
        description: str | None = None,
        note_refs: tuple[str, ...] = (),
        **extra: str,
    ) -> bytes:
        E = self.E
        parts: list[Any] = []
        if users:
            parts.append(E.Users(*[E.User(guid=g, name=n) for g, n in users]))
        if codes:
            parts.append(E.CodeBook(E.Codes(*codes)))
        if variables:
            parts.append(E.Variables(*variables))
        if cases:
            parts.append(E.Cases(*cases))
        if sources:
            parts.append(E.Sources(*sources))
        if notes:
            parts.append(E.Notes(*notes))
        if links:
            parts.append(E.Links(*links))
        if sets:
            parts.append(E.Sets(*sets))
        if description is not None:
            parts.append(E.Description(description))
        parts += [E.NoteRef(targetGUID=g) for g in note_refs]
        root = E.Project(*parts, name=name, **extra)
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def zip_bytes(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def write_qdpx(
    path: Path, qde: bytes, sources: dict[str, bytes] | None = None, qde_name: str = "project.qde"
) -> Path:
    parts = {qde_name: qde}
    parts.update({f"sources/{name}": data for name, data in (sources or {}).items()})
    path.write_bytes(zip_bytes(parts))
    return path


def codebook_xml(*codes: Any, namespace: str | None = CODEBOOK_NS, **extra: str) -> bytes:
    nsmap = {None: namespace} if namespace else None
    E = ElementMaker(namespace=namespace, nsmap=nsmap)
    root = E.CodeBook(E.Codes(*codes), **extra)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def codebook_builder(namespace: str | None = CODEBOOK_NS) -> Builder:
    return Builder(namespace)


# -- one small study, used by several test files --------------------------------------

MEETING_TEXT = (
    "Date: 2022-09-14\n"
    "10:05 We agreed to meet every week in the community centre.\n"
    "10:12 Trust between the partners grows slowly; émigré café 👩‍👩‍👧 noted.\n"
    "Coproducer A: we finally talk to each other.\n"
)
INLINE_TEXT = (
    "Interview with the manager.\n\nThe board wants results.\n\nNobody asked the residents."
)


def span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def small_study(namespace: str | None = PROJECT_NS) -> tuple[bytes, dict[str, bytes]]:
    """A valid project: two text sources, a code tree with CAC codes, cases, notes."""
    b = Builder(namespace)
    weekly = span(MEETING_TEXT, "We agreed to meet every week in the community centre.")
    trust = span(MEETING_TEXT, "Trust between the partners grows slowly; émigré café 👩‍👩‍👧 noted.")
    role, sector = guid("var:role"), guid("var:sector")
    qde = b.project(
        name="Small study",
        origin="fieldnotes tests",
        users=((guid("user"), "Researcher"),),
        codes=(
            b.code(guid("code:cac14"), "CAC 14: open communication", color="#1f77b4"),
            b.code(
                guid("code:relations"),
                "Relations",
                b.code(guid("code:trust"), "Trust", color="#3a7bd5", description="how trust grows"),
                color="#AA3300",
                codable=False,
            ),
            b.code(guid("code:reldim"), "CAC Relation dimension"),
        ),
        variables=(b.variable(role, "Role"), b.variable(sector, "Sector")),
        cases=(
            b.case(
                guid("case:a"),
                "Coproducer A",
                variables=((role, "co-producent"), (sector, "community centre")),
                sources=(guid("source:meeting"),),
            ),
            b.case(guid("case:m"), "Manager M", variables=((role, "manager"),)),
        ),
        sources=(
            b.text_source(
                guid("source:meeting"),
                "Team meeting 14 September",
                b.selection(guid("sel:weekly"), *weekly, guid("code:cac14")),
                b.selection(guid("sel:trust"), *trust, guid("code:trust"), guid("code:reldim")),
                path=f"internal://{guid('file:meeting')}.txt",
                description="Kind: team meeting\nLocation: community centre",
                note_refs=(guid("note:meeting"),),
            ),
            b.text_source(guid("source:interview"), "Interview manager", content=INLINE_TEXT),
        ),
        notes=(
            b.note(guid("note:meeting"), "After the meeting", "Energy was high."),
            b.note(guid("note:study"), "Plan", "Three rounds of meetings."),
        ),
        description="A small study for tests.",
    )
    return qde, {f"{guid('file:meeting')}.txt": MEETING_TEXT.encode()}


def small_study_file(path: Path) -> Path:
    qde, sources = small_study()
    return write_qdpx(path, qde, sources)
