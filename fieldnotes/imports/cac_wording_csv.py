"""A team's own wording of the CAC from a CSV file: ``item,text``, header required.

``item`` is an item number (1 to 26) or a dimension key (``relation``); ``text`` is the
team's wording. The file is checked like the answers CSV: every bad row is reported by its
line, and if there is any, nothing changes. Items left out keep the shipped wording.
"""

from __future__ import annotations

from pathlib import Path

from fieldnotes.domain.cac import load_framework
from fieldnotes.errors import QT_TRANSLATE_NOOP, Message
from fieldnotes.imports.cac_csv import CacCsvError, csv_rows, read_csv_text

HEADER = ("item", "text")
MAX_BYTES = 1_000_000  # the whole CAC is a few kilobytes
MAX_TEXT = 1_000


def read_wording_csv(path: Path) -> dict[str, str]:
    return parse_wording_csv(read_csv_text(path, MAX_BYTES))


def parse_wording_csv(text: str) -> dict[str, str]:
    """Item number or dimension key to text; raises CacCsvError naming every bad line."""
    framework = load_framework()
    rows = csv_rows(text)
    if not rows or tuple(cell.strip().casefold() for cell in rows[0][:2]) != HEADER:
        raise CacCsvError(
            [
                (
                    1,
                    Message(
                        QT_TRANSLATE_NOOP("Errors", "the first line must be the header item,text")
                    ),
                )
            ]
        )
    wording: dict[str, str] = {}
    lines: dict[str, int] = {}
    problems: list[tuple[int, str]] = []
    for line, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != 2:
            problems.append(
                (
                    line,
                    Message(
                        QT_TRANSLATE_NOOP("Errors", "expected 2 values, found {count}"),
                        count=len(row),
                    ),
                )
            )
            continue
        key, wording_text = row[0].strip().casefold(), " ".join(row[1].split())
        if key.isdigit() and framework.has_item(int(key)):
            key = str(int(key))
        elif key not in framework.dimension_keys:
            problems.append(
                (
                    line,
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "“{key}” is neither a CAC item number from 1 to {last} "
                            "nor a dimension ({dimensions})",
                        ),
                        key=row[0].strip(),
                        last=framework.item_count,
                        dimensions=", ".join(framework.dimension_keys),
                    ),
                )
            )
            continue
        if not wording_text:
            problems.append(
                (line, Message(QT_TRANSLATE_NOOP("Errors", "the text for {key} is empty"), key=key))
            )
        elif len(wording_text) > MAX_TEXT:
            problems.append(
                (
                    line,
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Errors", "the text for {key} is longer than {limit} characters"
                        ),
                        key=key,
                        limit=MAX_TEXT,
                    ),
                )
            )
        elif key in lines:
            problems.append(
                (
                    line,
                    Message(
                        QT_TRANSLATE_NOOP("Errors", "{key} was already given on line {first}"),
                        key=key,
                        first=lines[key],
                    ),
                )
            )
        else:
            wording[key], lines[key] = wording_text, line
    if problems:
        raise CacCsvError(problems)
    if not wording:
        raise CacCsvError([(1, Message(QT_TRANSLATE_NOOP("Errors", "the file holds no wording")))])
    return wording
