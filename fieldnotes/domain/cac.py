"""The Coordinated Action Checklist framework, loaded from the shipped resource file.

The framework is data, not code, so the wording (and its source citation) lives in one
place: ``resources/cac_framework.json``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property
from importlib import resources

CAC_PREFIX = "cac:"


@dataclass(frozen=True)
class CacItem:
    number: int
    text: str
    dimension: str

    @property
    def code_id(self) -> str:
        return f"{CAC_PREFIX}{self.number}"


@dataclass(frozen=True)
class CacDimension:
    key: str
    name: str
    items: tuple[int, ...]

    @property
    def code_id(self) -> str:
        return f"{CAC_PREFIX}{self.key}"


@dataclass(frozen=True)
class CacFramework:
    name: str
    source: str
    dimensions: tuple[CacDimension, ...]
    items: tuple[CacItem, ...]
    scale_min: int
    scale_max: int

    @cached_property
    def code_ids(self) -> frozenset[str]:
        return frozenset([d.code_id for d in self.dimensions] + [i.code_id for i in self.items])

    def item(self, number: int) -> CacItem:
        return self.items[number - 1]

    def dimension_of(self, number: int) -> CacDimension:
        key = self.item(number).dimension
        return next(d for d in self.dimensions if d.key == key)


def load_framework() -> CacFramework:
    raw = json.loads(
        resources.files("fieldnotes.resources").joinpath("cac_framework.json").read_text("utf-8")
    )
    dimensions = tuple(
        CacDimension(d["key"], d["name"], tuple(d["items"])) for d in raw["dimensions"]
    )
    dimension_of = {n: d.key for d in dimensions for n in d.items}
    items = tuple(
        CacItem(int(n), text, dimension_of[int(n)])
        for n, text in sorted(raw["items"].items(), key=lambda kv: int(kv[0]))
    )
    return CacFramework(
        name=raw["name"],
        source=raw["source"],
        dimensions=dimensions,
        items=items,
        scale_min=raw["scale"]["min"],
        scale_max=raw["scale"]["max"],
    )
