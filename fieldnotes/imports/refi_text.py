"""Source texts and the offsets that point into them, as real exports write them.

The standard counts a selection in Unicode code points from 0, end exclusive, in the
source's UTF-8 text. Tools differ in what they count:

- QualCoder writes its .txt files with a byte order mark and counts from after it;
  another writer may count the mark as character 0, shifting every selection by one;
- a Windows text has CRLF line breaks: NVivo and MAXQDA count both characters, ATLAS.ti
  counts one, and an inline ``PlainTextContent`` loses its CRs to the XML parser;
- QualCoder, after reading a CRLF text, keeps the offsets by writing each break as
  "LF + space", so its own exports hold a space at the start of every line.

So a source is read in each plausible way (:class:`Reading`) and the one that fits its
selections best is used: fewest selections beyond the text, most selections whose name
(QualCoder and ATLAS.ti name a selection after its text) matches, fewest selections
that cut a word in two, then the standard's own reading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

BOM = "\ufeff"
_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")
_TIME_ONLY = re.compile(r"\s*[\[(]?\d{1,2}[:.]\d{2}(?::\d{2})?[\])]?\s*[-–—:]?\s*")
_LINE_START_LIMIT = 40


@dataclass(frozen=True)
class SourceText:
    text: str  # without a leading byte order mark
    had_bom: bool = False


def decode_text(data: bytes) -> SourceText:
    """A source file's text: UTF-8 (the standard), UTF-16 with its mark, else Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return SourceText(data[3:].decode("utf-8", errors="replace"), had_bom=True)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return SourceText(data.decode("utf-16", errors="replace"), had_bom=True)
    try:
        return SourceText(data.decode("utf-8"))
    except UnicodeDecodeError:
        return SourceText(data.decode("cp1252", errors="replace"))


def inline_text(value: str) -> SourceText:
    """A ``PlainTextContent``: a mark written into it counts like a file's."""
    if value.startswith(BOM):
        return SourceText(value[1:], had_bom=True)
    return SourceText(value)


@dataclass(frozen=True)
class Offsets:
    """A selection as written: start and end in the writer's counting, and its name."""

    start: int
    end: int
    name: str | None = None


@dataclass
class Reading:
    """One way of counting: the text the offsets refer to, and the mark counted or not."""

    text: str
    shift: int  # 1 when the writer counted the byte order mark as character 0
    prior: int  # lower is the more standard reading
    label: str

    def span(self, offsets: Offsets) -> tuple[int, int] | None:
        """Start and end in ``text`` (an end beyond it cut short), or None when it starts
        beyond the text."""
        start, end = sorted((offsets.start, offsets.end))
        start, end = max(0, start - self.shift), max(0, end - self.shift)
        if start >= len(self.text):
            return None
        return start, min(end, len(self.text))

    def overshoots(self, offsets: Offsets) -> bool:
        return max(offsets.start, offsets.end) - self.shift > len(self.text)


@dataclass
class Placed:
    """A selection placed in the chosen reading (None where it lies beyond the text)."""

    span: tuple[int, int] | None
    text: str = ""
    line_start: str = ""


@dataclass
class Placement:
    reading: Reading
    placed: list[Placed] = field(default_factory=list)


def readings(source: SourceText, selections: list[Offsets], origin: str = "") -> list[Reading]:
    """The ways ``source`` may have been counted, the standard's first."""
    base = source.text
    texts = [(base, 0, "as written")]
    atlas = "atlas" in origin.lower()
    if "\r\n" in base:
        texts.append((base.replace("\r\n", "\n"), -2 if atlas else 1, "CRLF counted once"))
    elif (
        "\r" not in base
        and "\n" in base
        and any(max(s.start, s.end) > len(base) for s in selections)
    ):
        texts.append((base.replace("\n", "\r\n"), 2, "LF counted twice"))
    found = [Reading(text, 0, prior, label) for text, prior, label in texts]
    if source.had_bom:
        found += [Reading(r.text, 1, r.prior + 3, r.label + ", mark counted") for r in found]
    return found


def place(source: SourceText, selections: list[Offsets], origin: str = "") -> Placement:
    """Choose the reading that fits ``selections`` best and cut each one out of it."""
    candidates = readings(source, selections, origin)
    chosen = candidates[0]
    if len(candidates) > 1 and selections:
        names = [_wanted(s.name) if s.name else "" for s in selections]
        named = sum(1 for name in names if name)
        fits = {id(chosen): _fit(chosen, selections, names)}
        outside, matched, cuts, _prior = fits[id(chosen)]
        if outside or cuts or -matched < named:  # else no other reading can fit better
            for reading in candidates[1:]:
                fits[id(reading)] = _fit(reading, selections, names)
            chosen = min(candidates, key=lambda r: fits[id(r)])
    placement = Placement(chosen)
    text = chosen.text
    for offsets in selections:
        span = chosen.span(offsets)
        if span is None:
            placement.placed.append(Placed(None))
            continue
        start, end = span
        placement.placed.append(Placed(span, text[start:end], _line_start(text, start)))
    return placement


def _fit(
    reading: Reading, selections: list[Offsets], names: list[str]
) -> tuple[int, int, int, int]:
    outside = named = cuts = 0
    text = reading.text
    for offsets, name in zip(selections, names, strict=True):
        span = reading.span(offsets)
        if span is None or reading.overshoots(offsets):
            outside += 1
            continue
        start, end = span
        if name:
            found = " ".join(text[start : min(end, start + 2 * len(name) + 16)].split())
            named += found.startswith(name)
        cuts += _cuts_word(text, start) + _cuts_word(text, end)
    return outside, -named, cuts, reading.prior


def _wanted(name: str) -> str:
    """A selection's name as evidence of its text: white space evened out, an ellipsis
    dropped; "" when too short to tell anything ("Q1")."""
    wanted = " ".join(name.split()).removesuffix("…").removesuffix("...").rstrip()
    return wanted if len(wanted) >= 3 else ""


def _cuts_word(text: str, at: int) -> int:
    return int(0 < at < len(text) and text[at - 1].isalnum() and text[at].isalnum())


def _line_start(text: str, start: int) -> str:
    line = text.rfind("\n", max(0, start - _LINE_START_LIMIT - 1), start) + 1
    if line == 0 and start > _LINE_START_LIMIT:
        return ""
    return text[line:start]


def lf_space_breaks(text: str) -> bool:
    """Whether every line break is followed by a space: QualCoder's CRLF stand-in."""
    breaks = text.count("\n") - int(text.endswith("\n"))
    return breaks > 0 and "\r" not in text and text.count("\n ") >= breaks


def clean(text: str, lf_space: bool = False) -> str:
    """A selected text as an observation: line breaks as LF, outer white space removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if lf_space:
        text = text.replace("\n ", "\n")
    return text.strip()


def is_time_stamp(text: str) -> bool:
    return bool(_TIME_ONLY.fullmatch(text))


def uncoded_passages(text: str, spans: list[tuple[int, int]]) -> int:
    """Lines of text outside every span (a bare time stamp before a selection not counted)."""
    count = 0
    at = 0
    for start, end in [*sorted(spans), (len(text), len(text))]:
        if start > at:
            count += sum(
                1 for line in text[at:start].split("\n") if line.strip() and not is_time_stamp(line)
            )
        at = max(at, end)
    return count


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of a text's paragraphs: blank-line separated when it has blank lines, else lines."""
    separator = _BLANK_LINE if _BLANK_LINE.search(text) else re.compile(r"\n")
    found = []
    at = 0
    for match in [*separator.finditer(text), None]:
        stop = match.start() if match is not None else len(text)
        chunk = text[at:stop]
        stripped = chunk.strip()
        if stripped:
            begin = at + (len(chunk) - len(chunk.lstrip()))
            found.append((begin, begin + len(stripped)))
        if match is not None:
            at = match.end()
    return found
