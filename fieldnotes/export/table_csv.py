"""The numbers behind a chart as CSV, safe to open in a spreadsheet.

A cell that starts with ``=``, ``+``, ``-`` or ``@`` would run as a formula in Excel or
LibreOffice; a pseudonym or an observation typed that way gets a leading apostrophe,
which spreadsheets show as plain text. Numbers are written as they are. Rows end in CRLF
as RFC 4180 says, so that a cell holding a line break of either kind is quoted.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path

from fieldnotes.export.atomic import write_atomic

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return "" if value is None else value


def table_csv(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([safe_cell(h) for h in header])
    writer.writerows([safe_cell(v) for v in row] for row in rows)
    return buffer.getvalue()


def write_table_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    """Write atomically, UTF-8 with a BOM so that Excel reads accents and emoji right."""
    data = table_csv(header, rows).encode("utf-8-sig")
    write_atomic(path, lambda handle: handle.write(data))
