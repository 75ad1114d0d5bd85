"""Value checks for interchange files; each failure names its place in the file."""

from __future__ import annotations

import json
import re
from typing import Any

from fieldnotes.display import one_line, shorten
from fieldnotes.domain.dates import is_iso_date
from fieldnotes.errors import InterchangeError

_TIME = re.compile(r"([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?")
_COLOR = re.compile(r"#[0-9a-fA-F]{6}")


def check_object(
    value: Any, where: str, allowed: frozenset[str], required: frozenset[str] = frozenset()
) -> dict[str, Any]:
    if type(value) is dict and value.keys() <= allowed and required <= value.keys():
        return value
    if not isinstance(value, dict):
        raise InterchangeError(where, f"must be an object, not {json_type(value)}")
    unknown = value.keys() - allowed
    if unknown:
        raise InterchangeError(where, f"unknown key {quoted(sorted(unknown)[0])}")
    missing = required - value.keys()
    if missing:
        raise InterchangeError(where, f'missing required key "{sorted(missing)[0]}"')
    return value


def check_list(value: Any, where: str) -> list[Any]:
    if type(value) is list:
        return value
    if value is None:
        return []
    if not isinstance(value, list):
        raise InterchangeError(where, f"must be a list, not {json_type(value)}")
    return value


def text(obj: dict[str, Any], key: str, where: str, default: str = "") -> str:
    """A string value; null or absent gives ``default``."""
    value = obj.get(key)
    if value is None:
        return default
    if type(value) is str:
        return value
    return check_text(value, f"{where}.{key}")


def optional_text(obj: dict[str, Any], key: str, where: str) -> str | None:
    value = obj.get(key)
    if value is None or type(value) is str:
        return value
    return check_text(value, f"{where}.{key}")


def required_text(obj: dict[str, Any], key: str, where: str) -> str:
    value = obj.get(key)
    if type(value) is str:
        return value
    if value is None:
        raise InterchangeError(f"{where}.{key}", "must not be null")
    return check_text(value, f"{where}.{key}")


def check_text(value: Any, where: str) -> str:
    if type(value) is not str:
        raise InterchangeError(where, f"must be a string, not {json_type(value)}")
    return value


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def check_no_unpaired_surrogates(raw_text: str, document: Any) -> None:
    """Refuse text that UTF-8 (and so the project file) cannot hold.

    Only a ``\\uD800``-style escape in the JSON can produce a lone surrogate, so the
    full walk runs only when the raw text has one (emoji written as escaped pairs do).
    """
    if not _SURROGATE_ESCAPE.search(raw_text):
        return
    stack: list[tuple[str, Any]] = [("", document)]
    while stack:
        where, value = stack.pop()
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as exc:
                raise InterchangeError(
                    where or "(top level)",
                    f"contains an unpaired surrogate (\\u{ord(value[exc.start]):04x})",
                ) from None
        elif isinstance(value, dict):
            for key, item in reversed(value.items()):
                check_text(key, where)
                stack.append((f"{where}.{one_line(key)}" if where else one_line(key), item))
        elif isinstance(value, list):
            stack.extend((f"{where}[{i}]", item) for i, item in reversed(list(enumerate(value))))


def optional_date(obj: dict[str, Any], key: str, where: str) -> str | None:
    value = optional_text(obj, key, where)
    if value is None or value == "":
        return value or None
    if is_iso_date(value):
        return value
    raise InterchangeError(
        f"{where}.{key}", f"{quoted(value)} is not a date of the form YYYY-MM-DD"
    )


def optional_time(obj: dict[str, Any], key: str, where: str) -> str | None:
    value = optional_text(obj, key, where)
    if value is None or value == "":
        return value or None
    if not _TIME.fullmatch(value):
        raise InterchangeError(f"{where}.{key}", f"{quoted(value)} is not a time of the form HH:MM")
    return value


def optional_color(obj: dict[str, Any], key: str, where: str) -> str | None:
    value = optional_text(obj, key, where)
    if value is None or value == "":
        return value or None
    if not _COLOR.fullmatch(value):
        raise InterchangeError(
            f"{where}.{key}", f"{quoted(value)} is not a colour of the form #rrggbb"
        )
    return value


def choice(obj: dict[str, Any], key: str, where: str, options: tuple[str, ...]) -> str | None:
    value = optional_text(obj, key, where)
    if value is not None and value not in options:
        wanted = ", ".join(f'"{o}"' for o in options)
        raise InterchangeError(f"{where}.{key}", f"{quoted(value)} is not one of {wanted} or null")
    return value


def score(value: Any, where: str) -> float | int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 100:
        raise InterchangeError(where, f"must be a number from 0 to 100, not {describe(value)}")
    return value


def quoted(value: str) -> str:
    """A value from the file in double quotes: short, one line, unable to steer a terminal."""
    return f'"{one_line(value)}"'


def describe(value: Any) -> str:
    """A value from the file as a message shows it: text quoted, numbers as written, short."""
    if isinstance(value, str):
        return quoted(value)
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, int | float):
        return shorten(repr(value))  # json.loads already refuses ints too long to print
    return json_type(value)


def json_type(value: Any) -> str:
    names = {dict: "an object", list: "a list", str: "a string", bool: "true/false"}
    if value is None:
        return "null"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return "a number"
    return names.get(type(value), type(value).__name__)
