"""The Coordinated Action Checklist framework, loaded from the shipped resource file.

The framework is data, not code: the wording, its translations, the dimension keys and
colours, the number of items and the code prefix all come from
``resources/cac_framework.json``, so no other module repeats them as literals. The
English wording from the paper is the reference text; other languages are listed under
``translations`` with a ``status`` that says whether they are validated or a working
translation. A project may override any of them with the team's own wording
(:class:`CacWording`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from pathlib import Path

from fieldnotes.domain.models import Code


@dataclass(frozen=True)
class CacItem:
    number: int
    text: str
    dimension: str
    prefix: str

    @property
    def code_id(self) -> str:
        return f"{self.prefix}{self.number}"


@dataclass(frozen=True)
class CacDimension:
    key: str
    name: str
    short: str
    color: str
    items: tuple[int, ...]
    prefix: str

    @property
    def code_id(self) -> str:
        return f"{self.prefix}{self.key}"


@dataclass(frozen=True)
class CacTranslation:
    """Another language's wording of the framework, and how far it can be trusted."""

    language: str
    status: str  # "working translation" or "validated"
    note: str
    name: str
    scale_note: str
    dimension_names: dict[str, str]
    dimension_shorts: dict[str, str]
    items: dict[int, str]


@dataclass(frozen=True)
class CacFramework:
    id: str
    name: str
    source: str
    reference_language: str
    dimensions: tuple[CacDimension, ...]
    items: tuple[CacItem, ...]
    scale_min: int
    scale_max: int
    scale_note: str
    translations: dict[str, CacTranslation] = field(default_factory=dict)

    @property
    def prefix(self) -> str:
        """Code ids of the framework start with this ("cac:")."""
        return f"{self.id}:"

    @property
    def item_count(self) -> int:
        return len(self.items)

    @cached_property
    def code_ids(self) -> frozenset[str]:
        return frozenset([d.code_id for d in self.dimensions] + [i.code_id for i in self.items])

    @cached_property
    def dimension_keys(self) -> tuple[str, ...]:
        return tuple(d.key for d in self.dimensions)

    def item(self, number: int) -> CacItem:
        return self.items[number - 1]

    def has_item(self, number: int) -> bool:
        return 1 <= number <= len(self.items)

    def dimension(self, key: str) -> CacDimension:
        return next(d for d in self.dimensions if d.key == key)

    def dimension_of(self, number: int) -> CacDimension:
        return self.dimension(self.item(number).dimension)

    def dimension_color(self, code_id: str) -> str:
        """The colour of a dimension, or of the dimension an item code belongs to."""
        key = code_id.removeprefix(self.prefix)
        if key.isdigit() and self.has_item(int(key)):
            key = self.item(int(key)).dimension
        found = next((d for d in self.dimensions if d.key == key), self.dimensions[0])
        return found.color

    def wording(self, language: str, overrides: dict[str, str] | None = None) -> CacWording:
        return CacWording(self, language, dict(overrides or {}))


@dataclass(frozen=True)
class CacWording:
    """The framework's texts in one language, with a team's own wording on top.

    ``overrides`` maps an item number ("14") or a dimension key ("relation") to the
    team's text. Anything not overridden and not translated falls back to the English
    reference text, so a partial translation never leaves a blank.
    """

    framework: CacFramework
    language: str
    overrides: dict[str, str] = field(default_factory=dict)

    @property
    def translation(self) -> CacTranslation | None:
        return self.framework.translations.get(self.language)

    def item_text(self, number: int) -> str:
        if str(number) in self.overrides:
            return self.overrides[str(number)]
        translation = self.translation
        if translation is not None and number in translation.items:
            return translation.items[number]
        return self.framework.item(number).text

    def dimension_name(self, key: str) -> str:
        if key in self.overrides:
            return self.overrides[key]
        translation = self.translation
        if translation is not None and key in translation.dimension_names:
            return translation.dimension_names[key]
        return self.framework.dimension(key).name

    def dimension_short(self, key: str) -> str:
        translation = self.translation
        if translation is not None and key in translation.dimension_shorts:
            return translation.dimension_shorts[key]
        return self.framework.dimension(key).short

    @property
    def scale_note(self) -> str:
        translation = self.translation
        return translation.scale_note if translation is not None else self.framework.scale_note

    def name_of(self, code_id: str) -> str | None:
        """The name of a framework code in this wording; None for any other code."""
        if not code_id.startswith(self.framework.prefix):
            return None
        key = code_id.removeprefix(self.framework.prefix)
        if key.isdigit() and self.framework.has_item(int(key)):
            return self.item_text(int(key))
        if key in self.framework.dimension_keys:
            return self.dimension_name(key)
        return None

    def localize(self, code: Code) -> Code:
        """The code with its name in this wording (themes are returned as they are)."""
        if not code.locked:
            return code
        name = self.name_of(code.id)
        return code if name is None or name == code.name else replace(code, name=name)

    def framework_in_words(self) -> CacFramework:
        """The framework with its texts in this wording, for views that read it directly."""
        framework = self.framework
        return replace(
            framework,
            dimensions=tuple(
                replace(d, name=self.dimension_name(d.key), short=self.dimension_short(d.key))
                for d in framework.dimensions
            ),
            items=tuple(replace(i, text=self.item_text(i.number)) for i in framework.items),
            scale_note=self.scale_note,
        )


@cache
def load_framework() -> CacFramework:
    """The framework from the package resource (read once per process; it never changes)."""
    # As ``paths.resource_folder`` finds it (the domain does not import ``paths``): next to
    # the resources package's own file, without importlib.resources on the app's start.
    from importlib import import_module

    folder = Path(str(import_module("fieldnotes.resources").__file__)).parent
    raw = json.loads((folder / "cac_framework.json").read_text("utf-8"))
    prefix = f"{raw['id']}:"
    dimensions = tuple(
        CacDimension(
            d["key"], d["name"], d.get("short", d["name"]), d["color"], tuple(d["items"]), prefix
        )
        for d in raw["dimensions"]
    )
    dimension_of = {n: d.key for d in dimensions for n in d.items}
    items = tuple(
        CacItem(int(n), text, dimension_of[int(n)], prefix)
        for n, text in sorted(raw["items"].items(), key=lambda kv: int(kv[0]))
    )
    translations = {
        language: CacTranslation(
            language=language,
            status=t["status"],
            note=t.get("note", ""),
            name=t.get("name", raw["name"]),
            scale_note=t.get("scale_note", raw["scale"]["note"]),
            dimension_names={k: v["name"] for k, v in t.get("dimensions", {}).items()},
            dimension_shorts={k: v.get("short", v["name"]) for k, v in t["dimensions"].items()},
            items={int(n): text for n, text in t.get("items", {}).items()},
        )
        for language, t in raw.get("translations", {}).items()
    }
    return CacFramework(
        id=raw["id"],
        name=raw["name"],
        source=raw["source"],
        reference_language=raw.get("reference_language", "en"),
        dimensions=dimensions,
        items=items,
        scale_min=raw["scale"]["min"],
        scale_max=raw["scale"]["max"],
        scale_note=raw["scale"]["note"],
        translations=translations,
    )


CAC_PREFIX = load_framework().prefix
