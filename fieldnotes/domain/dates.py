"""Dates as fieldnotes stores and reads them: ``YYYY-MM-DD`` and a real calendar day.

``date.fromisoformat`` alone also takes ``20220914`` and ``2022-W37-3`` since Python
3.11; stored dates are compared as text, so those would filter silently wrong.
"""

from __future__ import annotations

import re
from datetime import date

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def is_iso_date(text: str) -> bool:
    if not _ISO_DATE.fullmatch(text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True
