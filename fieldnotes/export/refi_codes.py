"""The codebook as REFI-QDA codes: one tree, one set of names and GUIDs for every file.

The project export (``.qdpx``) and the codebook export (``.qdc``) both call
:func:`build_code_tree`, so a code has the same name and GUID in both, and in every
export of the same project. The agreed naming, which readers (ours included) rely on:

- the six CAC dimensions are top-level codes named ``"CAC " + dimension name``
  ("CAC Relation dimension"), each with its items beneath it, named
  ``"CAC 14: " + item text``, all in the framework's English reference wording (stable
  whatever language the app shows), coloured with their dimension's colour;
- themes follow, keeping their hierarchy, colour and description; a theme whose name
  is already taken in the file (compared without case) gets " (2)", " (3)", … appended;
- every code's GUID is ``guid_for("code", code id)`` (``cac:relation``, ``cac:14``, ``t1``).

Every code is codable: an observation may be tagged with a dimension itself.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from fieldnotes.domain.cac import load_framework
from fieldnotes.domain.models import Code
from fieldnotes.domain.refi_ids import guid_for
from fieldnotes.export.privacy import NameGuard
from fieldnotes.export.refi_text import (
    UniqueNames,
    attributes,
    escape_text,
    one_line,
    plain,
    rgb,
)

CAC_DIMENSION_NAME = "CAC {name}"
CAC_ITEM_NAME = "CAC {number}: {text}"
THEME_FALLBACK_NAME = "Theme"


@dataclass
class RefiCode:
    code_id: str
    guid: str
    name: str
    color: str | None = None
    description: str = ""
    children: list[RefiCode] = field(default_factory=list)


@dataclass
class CodeTree:
    roots: list[RefiCode]

    def walk(self) -> Iterator[RefiCode]:
        """Every code, parents before their children, in file order."""
        stack = list(reversed(self.roots))
        while stack:
            code = stack.pop()
            yield code
            stack.extend(reversed(code.children))

    @property
    def guids(self) -> dict[str, str]:
        """Code id to GUID, for the codings."""
        return {code.code_id: code.guid for code in self.walk()}

    def __len__(self) -> int:
        return sum(1 for _ in self.walk())


def build_code_tree(themes: Sequence[Code], guard: NameGuard) -> CodeTree:
    """The CAC framework, then ``themes`` (in stored order) as a tree; names made unique."""
    framework = load_framework()
    names = UniqueNames()
    roots: list[RefiCode] = []
    for dimension in framework.dimensions:
        color = rgb(dimension.color)
        items = [
            RefiCode(
                item.code_id,
                guid_for("code", item.code_id),
                names.take(CAC_ITEM_NAME.format(number=item.number, text=item.text)),
                color,
                f"{framework.name}: item {item.number}, {dimension.name}.",
            )
            for item in (framework.item(n) for n in dimension.items)
        ]
        numbers = (
            f"items {dimension.items[0]}–{dimension.items[-1]}"
            if len(dimension.items) > 1
            else f"item {dimension.items[0]}"
        )
        roots.append(
            RefiCode(
                dimension.code_id,
                guid_for("code", dimension.code_id),
                names.take(CAC_DIMENSION_NAME.format(name=dimension.name)),
                color,
                f"{framework.name}: {dimension.name} ({numbers}).",
                items,
            )
        )
    roots.extend(_theme_tree(themes, guard, names))
    return CodeTree(roots)


def _theme_tree(themes: Sequence[Code], guard: NameGuard, names: UniqueNames) -> list[RefiCode]:
    """Themes nested under their parents; one whose parent is missing stands at the top."""
    known = {theme.id for theme in themes}
    children: dict[str | None, list[Code]] = {}
    for theme in themes:
        parent = theme.parent if theme.parent in known and theme.parent != theme.id else None
        children.setdefault(parent, []).append(theme)
    roots: list[RefiCode] = []
    placed: set[str] = set()
    # Breadth-first with an explicit queue: names are handed out parents first, and a
    # deep tree cannot exhaust the recursion limit.
    queue: list[tuple[Code, list[RefiCode]]] = [(t, roots) for t in children.get(None, [])]
    while queue:
        next_queue: list[tuple[Code, list[RefiCode]]] = []
        for theme, siblings in queue:
            if theme.id in placed:
                continue
            placed.add(theme.id)
            node = RefiCode(
                theme.id,
                guid_for("code", theme.id),
                names.take(one_line(theme.name, guard, THEME_FALLBACK_NAME)),
                rgb(theme.color),
                plain(theme.description, guard),
            )
            siblings.append(node)
            next_queue.extend((child, node.children) for child in children.get(theme.id, []))
        queue = next_queue
    # A loop of parents (which the store refuses) would leave themes unplaced: keep them.
    for theme in themes:
        if theme.id not in placed:
            placed.add(theme.id)
            roots.append(
                RefiCode(
                    theme.id,
                    guid_for("code", theme.id),
                    names.take(one_line(theme.name, guard, THEME_FALLBACK_NAME)),
                    rgb(theme.color),
                    plain(theme.description, guard),
                )
            )
    return roots


def code_elements(tree: CodeTree) -> Iterator[str]:
    """The ``<Code>`` elements of the tree, nested. Memos about a code are linked from
    the notes (see ``refi_notes``), never referred to inside the code."""
    stack: list[RefiCode | None] = list(reversed(tree.roots))
    while stack:
        code = stack.pop()
        if code is None:  # the end of a code with children
            yield "</Code>"
            continue
        head = "<Code" + attributes(
            guid=code.guid, name=code.name, isCodable="true", color=code.color
        )
        body = ""
        if code.description:
            body += f"<Description>{escape_text(code.description)}</Description>"
        if not body and not code.children:
            yield head + "/>"
            continue
        yield head + ">" + body
        if code.children:
            stack.append(None)
            stack.extend(reversed(code.children))
        else:
            yield "</Code>"
