"""Finding a code from a few typed characters: "14", "open comm", "trst".

Used by the quick tag picker, so it must be fast for a few hundred codes and never fail
on any input. Accents and case do not matter.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from fieldnotes.domain.cac import CAC_PREFIX, CacWording, load_framework
from fieldnotes.domain.models import Code

_WORD = re.compile(r"\w+")


def fold(text: str) -> str:
    """Lower-case, accents removed: 'Coördinatie' -> 'coordinatie'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def item_number(code: Code) -> int | None:
    suffix = code.id.removeprefix(CAC_PREFIX)
    return int(suffix) if code.id.startswith(CAC_PREFIX) and suffix.isdigit() else None


def code_label(code: Code) -> str:
    """How a code reads in pickers: '14 · The partnership partners communicate…'."""
    number = item_number(code)
    return f"{number} · {code.name}" if number is not None else code.name


def tag_label(code: Code, *, short: bool = False, wording: CacWording | None = None) -> str:
    """A tag as it reads on an observation: "CAC 14", "CAC Relation dimension", "Trust".

    ``short`` keeps only a dimension's first word ("CAC Relation"), for chips. With a
    ``wording`` a framework code reads as its dimension's name in that language
    ("Relatiedimensie"), for readers who do not know the item numbers.
    """
    if not code.locked:
        return code.name
    framework = load_framework()
    key = code.id.removeprefix(framework.prefix)
    if wording is not None:
        if key.isdigit() and framework.has_item(int(key)):
            key = framework.item(int(key)).dimension
        if key in framework.dimension_keys:
            return wording.dimension_short(key) if short else wording.dimension_name(key)
        return code.name
    name = framework.id.upper()
    if key.isdigit():
        return f"{name} {key}"
    return f"{name} {code.name.split()[0] if short else code.name}"


def search_codes(codes: Sequence[Code], query: str, limit: int = 60) -> list[Code]:
    """Codes that match ``query``, best first; all of them (in order) for an empty query."""
    folded = fold(query).strip()
    if not folded:
        return list(codes[:limit])
    tokens = folded.split()
    scored = []
    for order, code in enumerate(codes):
        score = _score(code, folded, tokens)
        if score > 0:
            scored.append((-score, order, code))
    scored.sort(key=lambda entry: (entry[0], entry[1]))
    return [code for _, _, code in scored[:limit]]


def exact_name_match(codes: Sequence[Code], query: str) -> Code | None:
    folded = fold(query).strip()
    return next((code for code in codes if fold(code.name).strip() == folded), None)


def _score(code: Code, query: str, tokens: list[str]) -> float:
    number = item_number(code)
    if number is not None and query.isdigit():
        if str(number) == query:
            return 1000
        return 400 if str(number).startswith(query) else 0
    name = fold(code.name)
    if name == query:
        return 900
    words = _WORD.findall(f"{name} {fold(code.id)}")
    if all(any(word.startswith(token) for word in words) for token in tokens):
        return 300 + (50 if name.startswith(query) else 0) - min(len(name), 99) / 100
    if all(token in name for token in tokens):
        return 200 - min(len(name), 99) / 100
    gaps = _subsequence_gaps(query.replace(" ", ""), name)
    return 0 if gaps is None else max(1, 100 - gaps)


def _subsequence_gaps(needle: str, haystack: str) -> int | None:
    """How many characters are skipped to find ``needle`` in order in ``haystack``."""
    if not needle:
        return None
    position, gaps = 0, 0
    for char in needle:
        found = haystack.find(char, position)
        if found < 0:
            return None
        gaps += found - position
        position = found + 1
    return gaps
