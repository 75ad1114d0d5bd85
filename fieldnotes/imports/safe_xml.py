"""XML from outside, parsed without entity expansion, network access or DTDs.

Entity expansion ("billion laughs") and external entities (reading local files or URLs)
both need a document type declaration. Office Open XML and REFI-QDA files never carry
one, so a part that declares a DTD is refused before any parser builds a tree from it,
and every parser used on outside XML has expansion, DTD loading, network access and
huge trees switched off.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from lxml import etree


def hardened_parser(**options: Any) -> etree.XMLParser:
    """An lxml parser that never expands entities, loads a DTD or touches the network."""
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        **options,
    )


class DtdSniffer:
    """Fed a part chunk by chunk, tells whether its prolog declares a DTD.

    Parsing stops at the root element's start tag, so the cost is a few bytes per part.
    Malformed XML is left for the real parser to report.
    """

    def __init__(self) -> None:
        self._parser: Any = etree.XMLPullParser(
            events=("start",),
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
            huge_tree=False,
        )
        self.done = False
        self.declares_dtd = False

    def feed(self, chunk: bytes) -> None:
        if self.done:
            return
        try:
            self._parser.feed(chunk)
            for _event, element in self._parser.read_events():
                self.declares_dtd = bool(element.getroottree().docinfo.doctype)
                self.done = True
                break
        except etree.XMLSyntaxError:
            self.done = True
        if self.done:
            self._parser = None


def declares_dtd(chunks: Iterable[bytes]) -> bool:
    sniffer = DtdSniffer()
    for chunk in chunks:
        sniffer.feed(chunk)
        if sniffer.done:
            break
    return sniffer.declares_dtd


def looks_like_xml(first_chunk: bytes) -> bool:
    """Whether a part starts like XML (after a byte order mark and white space)."""
    head = first_chunk[:64]
    for bom in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
        if head.startswith(bom):
            return True
    return head.lstrip(b" \t\r\n").startswith(b"<")


def parse(data: bytes) -> Any:
    """The root element of ``data``.

    Raises ``ValueError`` for a DTD and ``lxml.etree.XMLSyntaxError`` for malformed XML.
    """
    root = etree.fromstring(data, hardened_parser())
    if root.getroottree().docinfo.doctype:
        raise ValueError("declares a document type (DTD)")
    return root
