"""Text from files, made fit to show in a one-line message."""

from __future__ import annotations

import re
import textwrap

SHORT = 60


def shorten(text: str, limit: int = SHORT) -> str:
    """``text`` cut to ``limit`` characters, an ellipsis marking the cut.

    A key, id or reference quoted in an error comes from a file and may be megabytes
    long; the message stays one readable line.
    """
    return text if len(text) <= limit else text[: limit - 1] + "…"


def elide(text: str, width: int) -> str:
    """``text`` on one line in at most ``width`` characters, cut at a word boundary with
    "…" (mid-word only when a single word is longer than the whole width).

    For text people read in a table: a cut word ("neces") reads as a typo.
    """
    flat = " ".join(text.split())
    if len(flat) <= width:
        return flat
    if width <= 1:
        return "…"[:width]
    head = flat[: width - 1]
    space = head.rfind(" ")
    if space > 0 and flat[width - 1] != " ":
        head = head[:space]
    return head.rstrip(" ,;:") + "…"


def wrap(text: str, width: int) -> list[str]:
    """``text`` as lines of at most ``width`` characters, broken between words (a word
    longer than a line is the only thing ever split)."""
    flat = " ".join(text.split())
    return textwrap.wrap(flat, max(width, 1), break_on_hyphens=False) or [""]


def terminal_width(default: int = 80) -> int:
    """The terminal's width (``COLUMNS`` first), or ``default`` when output is no terminal."""
    import shutil

    return shutil.get_terminal_size((default, 24)).columns


# C0 controls but tab and newline, DEL, C1 controls, and the bidi embeddings, overrides
# and isolates that reorder what follows them on screen.
_STEERING = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_ANY_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    if code < 0x20:
        return chr(0x2400 + code)  # the control picture: ESC shows as ␛
    return "␡" if code == 0x7F else "\ufffd"


def for_terminal(text: str) -> str:
    """``text`` with everything that could steer a terminal made visible instead.

    Imported notes can hold escape sequences (clear the screen, set the window title,
    colours) or bidi overrides that disguise what is shown; tabs and newlines stay.
    """
    return _STEERING.sub(_visible, text)


def one_line(text: str) -> str:
    """``text`` fit to quote inside a one-line message: shortened, every control visible."""
    return _ANY_CONTROL.sub(_visible, shorten(text))


# Name particles that do not make initials: "Anna de Vries" is AV, "Jan van der Berg" JB.
_PARTICLES = frozenset({"de", "den", "der", "van", "von", "het", "ten", "ter", "te", "la", "le"})


def initials(name: str | None) -> str:
    """Up to three capital letters for a researcher's name on a card ("AV")."""
    words = [w for w in (name or "").split() if w[:1].isalnum()]
    kept = [w for w in words if w.lower() not in _PARTICLES] or words
    if not kept:
        return ""
    chosen = kept if len(kept) <= 3 else [kept[0], kept[-1]]
    return "".join(w[0] for w in chosen).upper()
