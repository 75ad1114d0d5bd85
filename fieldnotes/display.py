"""Text from files, made fit to show in a one-line message."""

from __future__ import annotations

SHORT = 60


def shorten(text: str, limit: int = SHORT) -> str:
    """``text`` cut to ``limit`` characters, an ellipsis marking the cut.

    A key, id or reference quoted in an error comes from a file and may be megabytes
    long; the message stays one readable line.
    """
    return text if len(text) <= limit else text[: limit - 1] + "…"
