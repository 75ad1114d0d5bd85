"""Any text survives the trip: offsets in code points read back exactly what was selected."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldnotes.imports.refi_reader import read_qdpx
from fieldnotes.imports.refi_text import Offsets, SourceText, place
from tests.imports.refi_archives import Builder, guid, write_qdpx

# Any code point UTF-8 can hold (no lone surrogates): emoji, combining marks, controls,
# right-to-left text, NUL, byte order marks in the middle, CRs and LFs.
ANY_TEXT = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=60)
EXAMPLES = (
    "e\u0301te\u0301",  # combining accents
    "👩‍👩‍👧 family",  # a zero-width-joined emoji
    "\u202eevil\u202c",  # a bidi override
    "line\r\nbreak\rold mac",
    "\x00\x01\x1b[2J",
    "\ufeffmark inside",
)


def _archive(pieces: list[str], folder: Path) -> Path:
    """One .txt source: each piece between spaces, each one a selection (code points)."""
    text, spans = "", []
    for piece in pieces:
        text += "before "
        spans.append((len(text), len(text) + len(piece)))
        text += piece + " after\n"
    b = Builder()
    source = b.text_source(
        guid("prop"),
        "Property",
        *[b.selection(guid(f"p{i}"), s, e) for i, (s, e) in enumerate(spans)],
        path="internal://p.txt",
    )
    return write_qdpx(folder / "p.qdpx", b.project(sources=(source,)), {"p.txt": text.encode()})


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(ANY_TEXT, st.sampled_from(EXAMPLES)), min_size=1, max_size=5))
def test_any_unicode_text_reads_back_exactly(pieces: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        (source,) = read_qdpx(_archive(pieces, Path(folder))).sources
    assert [s.text for s in source.selections] == pieces


@settings(max_examples=200, deadline=None)
@given(ANY_TEXT, ANY_TEXT, ANY_TEXT)
def test_placing_never_fails_and_stays_inside_the_text(before: str, part: str, after: str) -> None:
    text = before + part + after
    start, end = len(before), len(before) + len(part)
    for source in (SourceText(text), SourceText(text, had_bom=True)):
        placement = place(source, [Offsets(start, end), Offsets(end + 50, end + 90)], "any")
        for placed in placement.placed:
            if placed.span is not None:
                s, e = placed.span
                assert 0 <= s <= e <= len(placement.reading.text)
                assert placed.text == placement.reading.text[s:e]
