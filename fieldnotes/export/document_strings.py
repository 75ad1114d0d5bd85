"""The fixed words of a member-check document, in the language it is written in.

The texts live in ``resources/document_strings/<language>.json`` so that a translator
edits data, not code; every language has the same keys and placeholders (a test checks).
Dates are written out here with the tables' month names rather than through the
``locale`` module, whose output depends on what the machine has installed.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

DOCUMENT_LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "en"


@dataclass(frozen=True)
class DocumentStrings:
    """One language's table; ``text(key, **values)`` fills in the placeholders."""

    language: str
    table: dict[str, Any]

    def text(self, key: str, **values: object) -> str:
        return str(self.table[key]).format(**values)

    def lines(self, key: str, **values: object) -> list[str]:
        return [str(line).format(**values) for line in self.table[key]]

    def lookup(self, key: str, name: str) -> str:
        """A word from a small table (roles, language names); unknown names as they are."""
        return str(self.table[key].get(name, name))

    def date(self, iso: str | None) -> str:
        """'2022-09-14' as '14 September 2022' (or '14 september 2022'); other text as is."""
        if not iso:
            return ""
        try:
            day = date.fromisoformat(iso)
        except ValueError:
            return iso
        month = self.table["months"][day.month - 1]
        return self.text("date", day=day.day, month=month, year=day.year)


def check_language(language: str) -> str:
    if language not in DOCUMENT_LANGUAGES:
        from fieldnotes.errors import QT_TRANSLATE_NOOP, FieldnotesError

        raise FieldnotesError(
            QT_TRANSLATE_NOOP(
                "Errors", "No member-check document language {language} (choose from {choices})."
            ),
            language=repr(language),
            choices=", ".join(DOCUMENT_LANGUAGES),
        )
    return language


@cache
def load_strings(language: str) -> DocumentStrings:
    check_language(language)
    folder = resources.files("fieldnotes.resources").joinpath("document_strings")
    table = json.loads(folder.joinpath(f"{language}.json").read_text("utf-8"))
    return DocumentStrings(language, table)


def reading_minutes(observations: int) -> int:
    """About a minute per two observations, at least ten, rounded up to five."""
    return max(10, 5 * math.ceil(observations / 2 / 5))
