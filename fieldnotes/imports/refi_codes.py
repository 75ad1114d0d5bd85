"""Mapping a REFI-QDA code tree onto a project's codes, once for projects and codebooks.

Each code in the file becomes, in this order of trust:

1. the code whose GUID it carries: a framework code (``guid_for("code", "cac:14")``), or
   a theme exported from fieldnotes (``guid_for("code", theme_id)``) or imported before
   (its id is the GUID);
2. a CAC code by its agreed name: "CAC 14", "CAC 14: …", "CAC14 …" (items 1 to 26),
   "CAC Relation dimension" / "CAC Relatiedimensie", or an item's or dimension's own
   wording in English or Dutch (so no theme ever duplicates a CAC code);
3. a theme of the same name (case and accents ignored) under the same parent, or the
   only theme of that name in the project;
4. a new theme, its GUID as id, nested as in the file (under the nearest theme: CAC
   codes have no sub-themes).

A code named like the framework itself ("CAC", "Coordinated Action Checklist"), or a
folder that holds only CAC codes and codes nothing itself, is not a code of its own.
Existing codes are never changed: matching is how a shared codebook stays one codebook.
ATLAS.ti writes a hierarchy as "Parent::Child"; such a name is nested under "Parent"
when the file has that code.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from fieldnotes.domain.cac import load_framework
from fieldnotes.domain.code_search import fold
from fieldnotes.domain.models import Code
from fieldnotes.domain.refi_ids import FIELDNOTES_NAMESPACE, guid_for
from fieldnotes.imports.refi_model import RefiCode

UNNAMED = "Unnamed code"
_CAC_NUMBER = re.compile(r"cac\s*[-:#]?\s*(\d+)(?!\d)")
_CAC_WORDS = re.compile(r"cac\s*[-:]?\s*(.+)")
_SHORT_COLOR = re.compile(r"#([0-9a-f])([0-9a-f])([0-9a-f])")
_COLOR = re.compile(r"#[0-9a-f]{6}")
_ATLAS_LEVEL = "::"


def key(name: str) -> str:
    """A name as compared: case, accents and runs of white space ignored."""
    return " ".join(fold(name).split())


@dataclass(frozen=True)
class _Framework:
    by_guid: dict[str, str]  # GUID (upper case) -> framework code id
    by_name: dict[str, str]  # key(name) -> framework code id, for names without "CAC"
    by_cac_words: dict[str, str]  # key(name after "CAC ") -> dimension code id
    own_names: frozenset[str]  # the framework's own name: a folder, not a code


@cache
def _framework(extra: tuple[tuple[str, str], ...] = ()) -> _Framework:
    framework = load_framework()
    by_guid = {guid_for("code", cid): cid for cid in framework.code_ids}
    by_name: dict[str, str] = {}
    by_words: dict[str, str] = {}
    own = {"cac", key(framework.name), key(framework.name.replace("(CAC)", ""))}
    wordings = [framework.wording(lang) for lang in ("en", *framework.translations)]
    for wording in wordings:
        if wording.translation is not None:
            own |= {
                key(wording.translation.name),
                key(wording.translation.name.replace("(CAC)", "")),
            }
        for item in framework.items:
            by_name.setdefault(key(wording.item_text(item.number)), item.code_id)
        for dimension in framework.dimensions:
            name, short = (
                wording.dimension_name(dimension.key),
                wording.dimension_short(dimension.key),
            )
            if key(name) != key(short):  # "General" alone is too common a word to be CAC
                by_name.setdefault(key(name), dimension.code_id)
            by_words.setdefault(key(name), dimension.code_id)
            by_words.setdefault(key(short), dimension.code_id)
    for code_id, text in extra:  # a team's own wording
        by_name.setdefault(key(text), code_id)
    return _Framework(by_guid, by_name, by_words, frozenset(own))


def cac_code_for(
    name: str, guid: str | None = None, wording: Iterable[tuple[str, str]] = ()
) -> str | None:
    """The framework code a REFI-QDA code stands for, by GUID or agreed name; else None."""
    known = _framework(tuple(wording))
    if guid is not None and (found := known.by_guid.get(guid.upper())):
        return found
    folded = key(name)
    if match := _CAC_NUMBER.match(folded):
        number = int(match.group(1))
        framework = load_framework()
        return framework.item(number).code_id if framework.has_item(number) else None
    if (match := _CAC_WORDS.match(folded)) and (found := known.by_cac_words.get(match.group(1))):
        return found
    return known.by_name.get(folded)


def is_framework_name(name: str) -> bool:
    return key(name) in _framework().own_names


def normal_color(value: str | None) -> str | None:
    """A colour as fieldnotes keeps it (#rrggbb, lower case); None when it is not one."""
    if not value:
        return None
    text = value.strip().lower()
    if short := _SHORT_COLOR.fullmatch(text):
        text = "#" + "".join(c * 2 for c in short.groups())
    return text if _COLOR.fullmatch(text) else None


@dataclass
class CodeMapping:
    """What the file's codes became; ``by_guid`` serves codings and notes."""

    by_guid: dict[str, str] = field(default_factory=dict)  # file GUID -> fieldnotes code id
    new_codes: list[Code] = field(default_factory=list)  # themes to add, parents first
    matched_cac: int = 0  # file codes that are framework codes
    matched_themes: int = 0  # file codes that are themes already in the project
    folders: int = 0  # framework folders left out

    @property
    def matched(self) -> int:
        return self.matched_cac + self.matched_themes


@dataclass
class _Node:
    code: RefiCode
    parent: _Node | None
    name: str
    cac: str | None = None
    folder: bool = False
    children: list[_Node] = field(default_factory=list)


def map_codes(
    roots: list[RefiCode],
    existing: list[Code],
    *,
    used: set[str] | None = None,
    wording: Iterable[tuple[str, str]] = (),
) -> CodeMapping:
    """Map the file's code tree onto ``existing`` (all the project's codes).

    ``used`` holds the GUIDs that code something (a folder that codes text is a theme);
    ``wording`` the team's own framework texts as (code id, text).
    """
    wording = tuple(wording)
    nodes = _nodes(roots)
    for node in nodes:
        node.cac = cac_code_for(node.name, node.code.guid, wording)
    for node in reversed(nodes):  # children before parents
        node.folder = node.cac is None and (
            is_framework_name(node.name)
            or (
                bool(node.children)
                and all(c.cac is not None or c.folder for c in node.children)
                and (used is None or node.code.guid not in used)
            )
        )
    return _Mapper(existing).run(nodes)


def _nodes(roots: list[RefiCode]) -> list[_Node]:
    """The tree, parents first, with ATLAS.ti's "Parent::Child" names nested."""
    top = [_Node(code, None, code.name or UNNAMED) for code in roots]
    by_name = {key(n.name): n for n in top}
    for node in top:
        head, _, tail = node.name.rpartition(_ATLAS_LEVEL)
        parent = by_name.get(key(head)) if head and tail.strip() else None
        if parent is not None and parent is not node:
            node.parent, node.name = parent, tail.strip()
    ordered: list[_Node] = []
    stack = [n for n in reversed(top) if n.parent is None]
    while stack:
        node = stack.pop()
        ordered.append(node)
        kids = [n for n in top if n.parent is node] + [
            _Node(child, node, child.name or UNNAMED) for child in node.code.children
        ]
        node.children = kids
        stack.extend(reversed(kids))
    return ordered


class _Mapper:
    def __init__(self, existing: list[Code]) -> None:
        self.themes = {c.id: c for c in existing if not c.locked}
        self.taken = {c.id for c in existing}
        self.by_guid = {guid_for("code", c.id): c.id for c in existing}
        self.mapping = CodeMapping()
        self.ids: dict[int, str | None] = {}  # id(node) -> fieldnotes code id

    def run(self, nodes: list[_Node]) -> CodeMapping:
        for node in nodes:
            code_id = self._map(node)
            self.ids[id(node)] = code_id
            if code_id is not None and node.code.guid is not None:
                self.mapping.by_guid.setdefault(node.code.guid, code_id)
        return self.mapping

    def _map(self, node: _Node) -> str | None:
        guid = node.code.guid
        if guid is not None:
            found = guid if guid in self.themes else self.by_guid.get(guid.upper())
            if found is not None and found in self.themes:
                self.mapping.matched_themes += 1
                return found
        if node.cac is not None:
            self.mapping.matched_cac += 1
            return node.cac
        if node.folder:
            self.mapping.folders += 1
            return None
        parent = self._theme_parent(node)
        found = self._same_name(node.name, parent, anywhere=node.parent is None)
        if found is not None:
            if found in self.taken:
                self.mapping.matched_themes += 1
            return found
        return self._add(node, parent)

    def _theme_parent(self, node: _Node) -> str | None:
        at = node.parent
        while at is not None:
            mapped = self.ids.get(id(at))
            if mapped is not None and mapped in self.themes:
                return mapped
            at = at.parent
        return None

    def _same_name(self, name: str, parent: str | None, *, anywhere: bool) -> str | None:
        """A theme of this name under ``parent``; for a code at the file's top level (a
        flat codebook) also the project's only theme of this name, wherever it is."""
        wanted = key(name)
        same = [c for c in self.themes.values() if key(c.name) == wanted]
        for code in same:
            if code.parent == parent:
                return code.id
        if anywhere and len(same) == 1 and same[0].id in self.taken:
            return same[0].id
        return None

    def _add(self, node: _Node, parent: str | None) -> str:
        code_id = node.code.guid
        if code_id is None or code_id in self.taken or code_id in self.themes:
            path = []
            at: _Node | None = node
            while at is not None:
                path.append(key(at.name))
                at = at.parent
            code_id = str(uuid.uuid5(FIELDNOTES_NAMESPACE, "refi-code:" + "/".join(reversed(path))))
            suffix = 2
            base = code_id
            while code_id in self.themes or code_id in self.taken:
                code_id = str(uuid.uuid5(FIELDNOTES_NAMESPACE, f"{base}:{suffix}"))
                suffix += 1
        code = Code(
            id=code_id,
            name=node.name,
            parent=parent,
            description=node.code.description,
            color=normal_color(node.code.color),
        )
        self.themes[code_id] = code
        self.mapping.new_codes.append(code)
        return code_id
