"""The names a user sees, turned into the ids the project keeps.

People know a participant by pseudonym, a meeting by its title or date and a code as
"CAC 14", "relation" or a theme's name; the ids (``p2``, ``m1``) are never shown in
the app. Each option that takes one of them goes through this module: an id wins, then
a name (case, accents and extra spaces do not matter). An ambiguous name is refused with
its candidates; an unknown one with a few names that would work. Real names are never
looked at, so an error cannot tell anyone that a real name is in the file.

Pure functions over domain objects: no Qt, no SQL.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import NoReturn

from fieldnotes.display import elide, shorten
from fieldnotes.domain.cac import CacFramework, load_framework
from fieldnotes.domain.code_search import fold
from fieldnotes.domain.dates import is_iso_date
from fieldnotes.domain.models import Code, Meeting, Participant
from fieldnotes.errors import QT_TRANSLATE_NOOP, FieldnotesError

SHOWN = 4  # known names listed with an unknown one
_PATH = re.compile(r"\s*(?:/|>|›)\s*")  # "Collaboration / Trust", "Collaboration > Trust"
_TRAILING_DATE = re.compile(r"^(.*?)[\s,]*\(?\s*(\d{4}-\d{2}-\d{2})\s*\)?$")


def normal(text: str) -> str:
    """How names are compared: case, accents and runs of whitespace do not matter
    (a name made only of marks, which folding would empty, is compared by case alone)."""
    return " ".join(fold(text).split()) or " ".join(text.casefold().split())


@dataclass(frozen=True)
class Candidate:
    id: str
    hint: str  # what tells it apart from the others with the same name


def _quoted(text: str) -> str:
    return repr(shorten(" ".join(text.split()) or text))


def _listed(candidates: Sequence[Candidate]) -> str:
    return ", ".join(f"{c.id} ({c.hint})" if c.hint else c.id for c in candidates)


def _ambiguous(
    option: str, text: str, kind: str, found: Sequence[Candidate], give: str
) -> NoReturn:
    raise FieldnotesError(
        QT_TRANSLATE_NOOP("Errors", "{option} {name} matches {count} {kind}: {candidates}; {give}"),
        option=option,
        name=_quoted(text),
        count=len(found),
        kind=kind,
        candidates=_listed(found),
        give=give,
    )


def _known(names: Iterable[str], text: str) -> str:
    """A few names that would work, the closest to ``text`` first."""
    import difflib  # only for a name that was not found

    unique = list(dict.fromkeys(n for n in names if n.strip()))
    close = difflib.get_close_matches(text, unique, n=2, cutoff=0.6) if len(text) < 100 else []
    shown = close + [n for n in unique if n not in close][: max(0, SHOWN - len(close))]
    more = len(unique) - len(shown)
    listed = ", ".join(elide(n, 40) for n in shown)
    return listed + (f" and {more} more" if more > 0 else "") if shown else "none"


def _one(option: str, text: str, kind: str, found: list[Candidate], give: str) -> str | None:
    unique = list({c.id: c for c in found}.values())
    if len(unique) > 1:
        _ambiguous(option, text, kind, unique, give)
    return unique[0].id if unique else None


# ---------------------------------------------------------------------------- participants


def participant_id(option: str, text: str, participants: Sequence[Participant]) -> str:
    """The id of the participant ``text`` names: an id, or a pseudonym (never a real name)."""
    if any(p.id == text for p in participants):
        return text
    wanted = normal(text)
    found = [
        Candidate(p.id, ", ".join(part for part in (p.role, p.organisation) if part))
        for p in participants
        if wanted and normal(p.pseudonym) == wanted
    ]
    chosen = _one(option, text, "participants", found, "give the id")
    if chosen is not None:
        return chosen
    raise FieldnotesError(
        QT_TRANSLATE_NOOP(
            "Errors", "{option} {name} is no participant's pseudonym or id; pseudonyms: {known}."
        ),
        option=option,
        name=_quoted(text),
        known=_known((p.pseudonym for p in participants), text),
    )


# ---------------------------------------------------------------------------- meetings


def meeting_id(option: str, text: str, meetings: Sequence[Meeting]) -> str:
    """The id of the meeting ``text`` names: an id, a date, a title, or "title date"."""
    if any(m.id == text for m in meetings):
        return text
    wanted = normal(text)
    title, date = wanted, None
    if is_iso_date(wanted):
        title, date = "", wanted
    else:
        match = _TRAILING_DATE.match(wanted)
        if match and is_iso_date(match.group(2)):
            title, date = match.group(1).strip(), match.group(2)
    found = [
        m
        for m in meetings
        if wanted and (not title or normal(m.title) == title) and (date is None or m.date == date)
    ]
    if not found and date is not None and title:  # a title that ends in a date itself
        found = [m for m in meetings if normal(m.title) == wanted]
    if not found and title:  # part of a title ("budget" for "Team meeting: budget, …")
        found = [
            m for m in meetings if title in normal(m.title) and (date is None or m.date == date)
        ]
    if len(found) > 1:
        by_date = bool(title)  # the title is shared: the date tells them apart
        candidates = [
            Candidate(
                m.id,
                " ".join(filter(None, (m.date, m.start))) or "no date"
                if by_date
                else elide(m.title, 30),
            )
            for m in found
        ]
        _ambiguous(
            option,
            text,
            "meetings",
            candidates,
            "give the date or the id" if by_date else "give the title or the id",
        )
    if found:
        return found[0].id
    raise FieldnotesError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{option} {name} is not a meeting in this project; by title and date: {known}.",
        ),
        option=option,
        name=_quoted(text),
        known=_known((f"{elide(m.title, 28)} {m.date or ''}".strip() for m in meetings), text),
    )


# ---------------------------------------------------------------------------- codes


def code_id(
    option: str, text: str, codes: Sequence[Code], framework: CacFramework | None = None
) -> str:
    """The id of the code ``text`` names: an id; "CAC 14", "cac:14", "14"; a CAC dimension
    by name or short name in any language the framework has ("relation",
    "Relatiedimensie"); a theme's name, or its path ("Collaboration/Trust")."""
    if any(c.id == text for c in codes):
        return text
    framework = framework or load_framework()
    wanted = normal(text)
    if not wanted:
        _unknown_code(option, text, codes, framework)
    cac = _cac_code(wanted, framework)
    found: list[Candidate] = []
    if cac is not None:
        found.append(Candidate(cac, f"CAC {cac.removeprefix(framework.prefix)}"))
    by_id = {c.id: c for c in codes}
    path = _path_of(by_id)
    for code in codes:
        if not code.locked and _names_theme(wanted, code, by_id):
            found.append(Candidate(code.id, path(code)))
    ids = {c.id for c in codes}
    chosen = _one(
        option,
        text,
        "codes",
        [c for c in found if c.id in ids],
        "give the path (parent/child) or the id",
    )
    if chosen is not None:
        return chosen
    number = _item_number(wanted, framework)
    if number is not None and not framework.has_item(number):
        raise FieldnotesError(
            QT_TRANSLATE_NOOP("Errors", "{option} {name}: the CAC has items 1 to {count}."),
            option=option,
            name=_quoted(text),
            count=framework.item_count,
        )
    _unknown_code(option, text, codes, framework)


def _unknown_code(
    option: str, text: str, codes: Sequence[Code], framework: CacFramework
) -> NoReturn:
    example = framework.dimensions[min(3, len(framework.dimensions) - 1)]
    raise FieldnotesError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{option} {name} is neither a CAC code nor a theme in this project "
            '(CAC: "{prefix} 14", "{short}"); themes: {known}.',
        ),
        option=option,
        name=_quoted(text),
        prefix=framework.id.upper(),
        short=example.short.lower(),
        known=_known((c.name for c in codes if not c.locked), text),
    )


def _item_number(wanted: str, framework: CacFramework) -> int | None:
    """14 for "cac 14", "cac:14", "cac14" and "14"."""
    rest = wanted.removeprefix(fold(framework.id)).lstrip(" :")
    return int(rest) if rest.isascii() and rest.isdigit() and len(rest) < 6 else None


def _cac_code(wanted: str, framework: CacFramework) -> str | None:
    """The framework code a folded name stands for, or None."""
    number = _item_number(wanted, framework)
    if number is not None:
        return framework.item(number).code_id if framework.has_item(number) else None
    bare = wanted.removeprefix(fold(framework.id) + " ").strip()
    for dimension in framework.dimensions:
        names = {dimension.key, dimension.name, dimension.short}
        for translation in framework.translations.values():
            names.add(translation.dimension_names.get(dimension.key, ""))
            names.add(translation.dimension_shorts.get(dimension.key, ""))
        if wanted in {normal(n) for n in names if n} or bare in {normal(n) for n in names if n}:
            return dimension.code_id
    for item in framework.items:
        if normal(item.text) == wanted:
            return item.code_id
    return None


def _names_theme(wanted: str, code: Code, by_id: dict[str, Code]) -> bool:
    """``wanted`` is the theme's name, or a path ending in it ("parent/child")."""
    if normal(code.name) == wanted:
        return True
    parts = [p for p in _PATH.split(wanted) if p]
    if len(parts) < 2:
        return False
    current: Code | None = code
    for part in reversed(parts):
        if current is None or normal(current.name) != part:
            return False
        current = by_id.get(current.parent) if current.parent else None
    return True


def _path_of(by_id: dict[str, Code]) -> Callable[[Code], str]:
    def path(code: Code) -> str:
        names: list[str] = []
        seen: set[str] = set()
        current: Code | None = code
        while current is not None and current.id not in seen:
            seen.add(current.id)
            names.append(current.name)
            current = by_id.get(current.parent) if current.parent else None
        return elide("/".join(reversed(names)), 40)

    return path
