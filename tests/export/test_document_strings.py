"""The member-check document's word tables: same keys and placeholders in every language."""

from __future__ import annotations

import string
import tomllib
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

import pytest

from fieldnotes.errors import FieldnotesError
from fieldnotes.export.document_strings import (
    DOCUMENT_LANGUAGES,
    check_language,
    load_strings,
    reading_minutes,
)

ROOT = Path(__file__).parents[2]


def _shape(value: Any, path: str = "") -> dict[str, Any]:
    """Every leaf's path with its placeholders (lists: their length and each entry's)."""
    if isinstance(value, dict):
        shape: dict[str, Any] = {}
        for key, item in value.items():
            shape.update(_shape(item, f"{path}.{key}"))
        return shape
    if isinstance(value, list):
        shape = {f"{path}[]": len(value)}
        for i, item in enumerate(value):
            shape.update(_shape(item, f"{path}[{i}]"))
        return shape
    names = sorted({name for _, name, _, _ in string.Formatter().parse(value) if name})
    return {path: names}


def test_every_language_has_the_same_keys_and_placeholders() -> None:
    shapes = {language: _shape(load_strings(language).table) for language in DOCUMENT_LANGUAGES}
    reference = shapes["en"]
    for language, shape in shapes.items():
        assert shape.keys() == reference.keys(), language
        for key, placeholders in reference.items():
            if not key.startswith(".months["):
                assert shape[key] == placeholders, (language, key)


def test_the_tables_are_installed_with_the_package() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    patterns = config["tool"]["setuptools"]["package-data"]["fieldnotes.resources"]
    for path in (ROOT / "resources" / "document_strings").iterdir():
        relative = path.relative_to(ROOT / "resources").as_posix()
        assert any(fnmatch(relative, pattern) for pattern in patterns), relative


@pytest.mark.parametrize(
    ("language", "iso", "shown"),
    [
        ("nl", "2022-09-14", "14 september 2022"),
        ("nl", "2023-03-01", "1 maart 2023"),
        ("en", "2022-09-14", "14 September 2022"),
        ("en", "2023-03-01", "1 March 2023"),
        ("nl", "", ""),
        ("nl", "sometime in 2022", "sometime in 2022"),
    ],
)
def test_dates_follow_the_language(language: str, iso: str, shown: str) -> None:
    assert load_strings(language).date(iso) == shown


def test_reading_time_is_about_a_minute_per_two_observations() -> None:
    assert [reading_minutes(n) for n in (0, 1, 20, 25, 40, 41, 200)] == [
        10,
        10,
        10,
        15,
        20,
        25,
        100,
    ]


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(FieldnotesError, match="'fr'"):
        check_language("fr")
