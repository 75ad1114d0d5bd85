"""Text as REFI-QDA files carry it: cleaned, escaped, one-line names, dates in UTC.

Everything written into a ``.qdpx`` or ``.qdc`` passes through here, so the rules live
in one place:

- Free text goes through :class:`~fieldnotes.export.privacy.NameGuard` (real names
  become pseudonyms) and loses what XML 1.0 cannot carry (C0 controls but tab and line
  feed, U+FFFE/U+FFFF, lone surrogates). The plain-text files lose them too, although
  UTF-8 could hold most of them: a selection's offsets must mean the same in the text
  file and in anything made from the XML, and a NUL makes many tools take a text file
  for a binary one.
- Line ends become LF (a CR or CRLF would shift every later offset in importers that
  read text files with universal newlines, such as QualCoder), and U+FEFF is dropped:
  at the start of a file it reads as a byte-order mark, which importers strip.
- Names (attributes) are one line: XML turns a line break inside an attribute into a space.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from fieldnotes import __version__
from fieldnotes.export.privacy import NameGuard, xml_safe

ORIGIN = f"fieldnotes {__version__}"  # the origin attribute: which program wrote the file

_LINE_ENDS = re.compile("\r\n?")
_BREAKS = re.compile("[\t\n\r\x0b\x0c\x85\u2028\u2029]+")
_RGB = re.compile(r"#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})")


def plain(text: str | None, guard: NameGuard) -> str:
    """Free text fit for a REFI-QDA text file or element: names replaced, LF line ends."""
    if not text:
        return ""
    if "\r" in text:
        text = _LINE_ENDS.sub("\n", text)
    if "\ufeff" in text:
        text = text.replace("\ufeff", "")
    return guard.clean(text)


def one_line(text: str | None, guard: NameGuard, fallback: str) -> str:
    """A name: cleaned, line breaks and tabs as single spaces, never empty."""
    cleaned = _BREAKS.sub(" ", plain(text, guard)).strip()
    return cleaned or fallback


def escape_text(text: str) -> str:
    """Element content (the text must already be XML-safe; see :func:`plain`)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def escape_attribute(text: str) -> str:
    """An attribute value in double quotes; tab and line breaks kept as references."""
    text = xml_safe(text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = text.replace('"', "&quot;")
    if "\t" in text or "\n" in text or "\r" in text:
        text = text.replace("\t", "&#9;").replace("\n", "&#10;").replace("\r", "&#13;")
    return text


def attributes(**values: str | int | None) -> str:
    """`` name="value"`` pairs in the order given; None leaves the attribute out."""
    return "".join(
        f' {name}="{escape_attribute(str(value))}"'
        for name, value in values.items()
        if value is not None
    )


def xsd_datetime(stamp: str | None, fallback: str) -> str:
    """A stored ISO timestamp as xsd:dateTime in UTC (``2022-09-14T10:05:00Z``)."""
    if not stamp:
        return fallback
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return fallback
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)  # stored timestamps are UTC
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def utc_stamp(moment: datetime | None = None) -> str:
    """``moment`` (default: now) as xsd:dateTime in UTC."""
    return (moment or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def rgb(color: str | None) -> str | None:
    """A colour as ``#rrggbb`` (lower case), or None when it is not one."""
    if not color:
        return None
    found = _RGB.fullmatch(color.strip())
    if found is None:
        return None
    digits = found.group(1).lower()
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    return f"#{digits}"


class UniqueNames:
    """Hands out names unique within one list (Codes, Notes, Sources, Cases).

    Importers file things by name (QualCoder refuses a second code or journal of the
    same name), and some compare names without case, so "Trust" and "trust" clash too.
    A name already taken gets " (2)", " (3)", … appended.
    """

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def take(self, name: str) -> str:
        candidate, number = name, 1
        while candidate.casefold() in self._taken:
            number += 1
            candidate = f"{name} ({number})"
        self._taken.add(candidate.casefold())
        return candidate
