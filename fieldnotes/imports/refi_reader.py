"""Reading a .qdpx into a :class:`RefiProject`, liberally, in bounded memory.

Real exports fail the schema in small ways (an empty ``creatingUser``, attributes in
any order, no namespace at all), so elements are matched by local name and anything
not needed is ignored. What cannot be read is counted in ``RefiProject.skipped`` with
its reason; only a file that is not a sound project is refused.

The .qde is parsed as a stream: each source, case or note is handled when its end tag
arrives and then dropped, so memory holds one source's text at a time plus what is
kept of it (the selected texts, bounded by ``MAX_SELECTED_CHARS`` in all).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from lxml import etree

from fieldnotes import errors
from fieldnotes.display import shorten
from fieldnotes.errors import QT_TRANSLATE_NOOP, FieldnotesError, Message
from fieldnotes.imports.refi_archive import INTERNAL, NOT_REFI, REFI_WORDS, QdpxArchive, open_qdpx
from fieldnotes.imports.refi_model import (
    RefiCase,
    RefiCode,
    RefiLink,
    RefiNote,
    RefiParagraph,
    RefiProject,
    RefiSelection,
    RefiSource,
    normal_guid,
)
from fieldnotes.imports.refi_text import (
    Offsets,
    SourceText,
    decode_text,
    inline_text,
    lf_space_breaks,
    paragraphs,
    place,
    uncoded_passages,
)

# Selected text kept in all (overlapping selections repeat it): about 30,000 pages.
MAX_SELECTED_CHARS = 64_000_000
BAD_XML = QT_TRANSLATE_NOOP(
    "Errors", "{path} is not a readable REFI-QDA project: {part} is not well-formed XML ({reason})."
)
Progress = Callable[[int, int], None]
_HEAD = 64 * 1024
_ELEMENT_START = re.compile(r"<[^!?]")


class ImportCancelled(errors.Cancelled):
    """The user cancelled the import; nothing was written."""


def check_cancel(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelled(QT_TRANSLATE_NOOP("Errors", "Import cancelled; nothing was changed."))


def read_qdpx(
    path: Path,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> RefiProject:
    """The REFI-QDA project in ``path``; FieldnotesError (one line) when it is not a sound one."""
    path = Path(path)
    with open_qdpx(path) as archive:
        return _Reader(archive, progress, cancelled).read()


def declares_doctype(head: bytes) -> bool:
    """Whether an XML document's prolog has a <!DOCTYPE (read from its first bytes).

    A parser may stop before it can say so: entities that explode inside the root's
    start tag fail as malformed XML, and the message should name the real cause.
    """
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = head.decode("utf-16", errors="ignore")
    else:
        text = head.decode("utf-8", errors="ignore")
    doctype = text.find("<!DOCTYPE")
    element = _ELEMENT_START.search(text)
    return doctype >= 0 and (element is None or doctype < element.start())


def local(element: Any) -> str:
    tag = element.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def children(element: Any, name: str) -> list[Any]:
    return [child for child in element if local(child) == name]


def child_text(element: Any, name: str) -> str | None:
    found = children(element, name)
    return (found[0].text or "") if found else None


def note_refs(element: Any) -> list[str]:
    return [g for ref in children(element, "NoteRef") if (g := normal_guid(ref.get("targetGUID")))]


def variable_values(element: Any) -> dict[str, str]:
    values: dict[str, str] = {}
    for item in children(element, "VariableValue"):
        refs = children(item, "VariableRef")
        target = normal_guid(refs[0].get("targetGUID")) if refs else None
        value = next((c.text for c in item if local(c).endswith("Value")), None)
        if target and value is not None and value.strip():
            values[target] = value.strip()
    return values


class _Counting:
    """The .qde stream, reporting how much of it has been read."""

    def __init__(self, stream: IO[bytes], total: int, progress: Progress | None) -> None:
        self._stream, self.total, self._progress = stream, max(total, 1), progress
        self.done = 0
        self._told = -1

    def read(self, size: int = -1) -> bytes:
        chunk = self._stream.read(size)
        self.done += len(chunk)
        step = self.done * 100 // self.total
        if self._progress is not None and step != self._told:
            self._told = step
            self._progress(min(self.done, self.total), self.total)
        return chunk


class _Reader:
    def __init__(
        self,
        archive: QdpxArchive,
        progress: Progress | None,
        cancelled: Callable[[], bool] | None,
    ) -> None:
        self.archive = archive
        self.progress = progress
        self.cancelled = cancelled
        self.project = RefiProject()
        self.selected_chars = 0

    @property
    def path(self) -> Path:
        return self.archive.path

    def read(self) -> RefiProject:
        with self.archive.open_qde() as raw:
            if declares_doctype(raw.read(_HEAD)):
                raise self._dtd()
        with self.archive.open_qde() as raw:
            stream = _Counting(raw, self.archive.qde.file_size, self.progress)
            try:
                self._parse(stream)
            except etree.XMLSyntaxError as exc:
                raise FieldnotesError(
                    BAD_XML,
                    path=self.path,
                    part=self.archive.qde.filename,
                    reason=shorten(str(exc), 160),
                ) from None
        return self.project

    def _parse(self, stream: _Counting) -> None:
        events = etree.iterparse(
            stream,
            events=("start", "end"),
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
            huge_tree=False,
            remove_comments=True,
            remove_pis=True,
        )
        depth = 0
        for event, element in events:
            if event == "start":
                if depth == 0:
                    self._root(element)
                depth += 1
                continue
            depth -= 1
            if depth == 2:
                check_cancel(self.cancelled)
                self._item(element.getparent(), element)
                _drop(element)
            elif depth == 1:
                self._top(element)
                _drop(element)

    def _dtd(self) -> FieldnotesError:
        return FieldnotesError(
            REFI_WORDS.unreadable,
            path=self.path,
            reason=Message(
                QT_TRANSLATE_NOOP("Errors", "{part} declares a document type (DTD)"),
                part=self.archive.qde.filename,
            ),
        )

    def _root(self, root: Any) -> None:
        if root.getroottree().docinfo.doctype:
            raise self._dtd()
        if local(root) != "Project":
            raise FieldnotesError(
                NOT_REFI,
                path=self.path,
                reason=Message(
                    QT_TRANSLATE_NOOP("Errors", "its {part} holds a {root}, not a Project"),
                    part=self.archive.qde.filename,
                    root=shorten(local(root) or "?", 40),
                ),
            )
        self.project.name = root.get("name") or ""
        self.project.origin = root.get("origin") or ""

    def _top(self, element: Any) -> None:
        name = local(element)
        if name == "Description":
            self.project.description = element.text or ""
        elif name == "NoteRef" and (target := normal_guid(element.get("targetGUID"))):
            self.project.note_refs.append(target)

    def _item(self, section: Any, element: Any) -> None:
        kind, name = local(section), local(element)
        if kind == "CodeBook" and name == "Codes":
            self.project.codes += [read_code(c) for c in children(element, "Code")]
        elif kind == "Variables" and name == "Variable":
            if (g := normal_guid(element.get("guid"))) is not None:
                self.project.variables[g] = (element.get("name") or "").strip()
        elif kind == "Cases" and name == "Case":
            self.project.cases.append(read_case(element))
        elif kind == "Sources":
            self._source(element, name)
        elif kind == "Notes" and name == "Note":
            self.project.notes.append(self._note(element))
        elif kind == "Links" and name == "Link":
            self.project.links.append(
                RefiLink(
                    normal_guid(element.get("originGUID")), normal_guid(element.get("targetGUID"))
                )
            )
        elif kind == "Sets" and name == "Set":
            self.project.skipped["set"] += 1
        elif kind == "Graphs" and name == "Graph":
            self.project.skipped["graph"] += 1

    # -- sources -----------------------------------------------------------------------

    def _source(self, element: Any, name: str) -> None:
        if name == "TextSource":
            self.project.sources.append(self._text_source(element, element))
        elif name == "PDFSource":
            representation = children(element, "Representation")
            source = self._text_source(element, representation[0]) if representation else None
            if source is None or not source.has_text:
                self.project.skipped["pdf"] += 1
                return
            source.kind = "pdf"
            self.project.sources.append(source)
        elif name in ("PictureSource", "AudioSource", "VideoSource"):
            self.project.skipped[name.removesuffix("Source").lower()] += 1

    def _text_source(self, element: Any, text_element: Any) -> RefiSource:
        """A text source; for a PDF, ``text_element`` is its text Representation."""
        source = RefiSource(
            guid=normal_guid(element.get("guid")),
            name=(element.get("name") or text_element.get("name") or "").strip(),
            kind="text",
            description=(child_text(element, "Description") or "").strip(),
            variables=variable_values(element),
            note_refs=note_refs(element)
            + (note_refs(text_element) if text_element is not element else []),
        )
        whole = len(children(element, "Coding"))
        if whole:
            self.project.skipped["source_coding"] += whole
        text, missing = self._source_text(text_element)
        raw = children(text_element, "PlainTextSelection")
        source.selection_guids = [g for s in raw if (g := normal_guid(s.get("guid")))]
        if text is None:
            if text_element is element:  # a PDF without text is counted as a PDF
                self.project.skipped[missing] += 1
            return source
        source.has_text = True
        self._select(source, text, raw)
        return source

    def _source_text(self, element: Any) -> tuple[SourceText | None, str]:
        """The source's plain text, or None and why there is none."""
        content = child_text(element, "PlainTextContent")
        if content is not None:
            return inline_text(content), ""
        location = (element.get("plainTextPath") or "").strip()
        if _is_internal(location):
            return decode_text(self.archive.read_internal(location)), ""
        return None, "external_text" if location else "no_plain_text"

    def _select(self, source: RefiSource, text: SourceText, raw: list[Any]) -> None:
        offsets: list[Offsets] = []
        kept: list[Any] = []
        for element in raw:
            try:
                start, end = int(element.get("startPosition")), int(element.get("endPosition"))
            except (TypeError, ValueError):
                self.project.skipped["selection_outside"] += 1
                continue
            if start < 0 or end < 0:
                self.project.skipped["selection_outside"] += 1
                continue
            offsets.append(Offsets(start, end, element.get("name")))
            kept.append(element)
        placement = place(text, offsets, self.project.origin)
        reading = placement.reading.text
        spans = []
        for element, placed in zip(kept, placement.placed, strict=True):
            if placed.span is None:
                self.project.skipped["selection_outside"] += 1
                continue
            if placed.span[0] == placed.span[1]:
                self.project.skipped["selection_empty"] += 1
                continue
            self._spend(len(placed.text))
            spans.append(placed.span)
            selection = RefiSelection(
                guid=normal_guid(element.get("guid")),
                start=placed.span[0],
                end=placed.span[1],
                text=placed.text,
                line_start=placed.line_start,
            )
            _selection_parts(element, selection)
            source.selections.append(selection)
        source.qualcoder_line_breaks = lf_space_breaks(reading)
        if spans:
            source.uncoded_passages = uncoded_passages(reading, spans)
            self.project.skipped["uncoded"] += source.uncoded_passages
            return
        for start, end in paragraphs(reading):
            self._spend(end - start)
            source.paragraphs.append(RefiParagraph(start, end, reading[start:end]))

    def _spend(self, chars: int) -> None:
        self.selected_chars += chars
        if self.selected_chars > MAX_SELECTED_CHARS:
            raise FieldnotesError(REFI_WORDS.too_large, path=self.path)

    # -- notes ---------------------------------------------------------------------------

    def _note(self, element: Any) -> RefiNote:
        text = child_text(element, "PlainTextContent")
        if text is None:
            location = (element.get("plainTextPath") or "").strip()
            if _is_internal(location):
                text = decode_text(self.archive.read_internal(location)).text
        return RefiNote(
            guid=normal_guid(element.get("guid")),
            name=(element.get("name") or "").strip(),
            text=(text or "").strip(),
            description=(child_text(element, "Description") or "").strip(),
        )


def _selection_parts(element: Any, selection: RefiSelection) -> None:
    """A selection's codings, description and notes, in one pass over its children."""
    for child in element:
        name = local(child)
        if name == "Coding":
            ref = next((r for r in child if local(r) == "CodeRef"), None)
            if ref is not None and (target := normal_guid(ref.get("targetGUID"))):
                selection.codes.append(target)
        elif name == "Description" and child.text and not selection.description:
            selection.description = child.text.strip()
        elif name == "NoteRef" and (target := normal_guid(child.get("targetGUID"))):
            selection.note_refs.append(target)


def read_code(element: Any) -> RefiCode:
    return RefiCode(
        guid=normal_guid(element.get("guid")),
        name=(element.get("name") or "").strip(),
        color=element.get("color"),
        description=(child_text(element, "Description") or "").strip(),
        codable=(element.get("isCodable") or "true").strip().lower() not in ("false", "0"),
        children=[read_code(c) for c in children(element, "Code")],
        note_refs=note_refs(element),
    )


def read_case(element: Any) -> RefiCase:
    return RefiCase(
        guid=normal_guid(element.get("guid")),
        name=(element.get("name") or "").strip(),
        description=(child_text(element, "Description") or "").strip(),
        variables=variable_values(element),
        sources=[
            g for ref in children(element, "SourceRef") if (g := normal_guid(ref.get("targetGUID")))
        ],
    )


def _is_internal(location: str) -> bool:
    """An ``internal://`` path, or a bare file name (which can only mean one inside)."""
    return location.lower().startswith(INTERNAL) or bool(location and "://" not in location)


def _drop(element: Any) -> None:
    """Free a handled element and the handled siblings before it."""
    element.clear(keep_tail=False)
    parent = element.getparent()
    if parent is not None:
        while element.getprevious() is not None:
            del parent[0]
