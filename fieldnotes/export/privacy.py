"""Keeping real names out of anything made for sharing, and text Word can hold.

Every participant's real name, and each part of it of three or more letters, is
replaced by their pseudonym wherever it occurs as a whole word. Names and text are
compared in one folded form (case folded, compatibility-decomposed, accents dropped,
dotless i as i), so "IRIS", "ıris", "İris", "Irène"/"Irene" and "ﬁ"/"fi" all match;
matching and looking up the pseudonym use the same form, so a match can never miss
its name. The replacements are counted so the export can list them before it writes.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from fieldnotes.domain.models import Participant

# Characters XML 1.0 (and so Word) cannot hold: control characters and lone surrogates.
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text: str) -> str:
    return _NOT_XML.sub("", text)


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    """One character's folded form: may be empty (an accent) or longer ("ß" -> "ss")."""
    decomposed = unicodedata.normalize("NFKD", char.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return bare.casefold().replace("ı", "i")


def fold(text: str) -> str:
    """The form in which names and text are compared."""
    return text.lower() if text.isascii() else "".join(map(_fold_char, text))


def _folded_with_origins(text: str) -> tuple[str, list[int] | None]:
    """The folded text and, unless it lines up with ``text``, each folded character's source."""
    if text.isascii():
        return text.lower(), None
    pieces = [_fold_char(char) for char in text]
    if all(len(piece) == 1 for piece in pieces):
        return "".join(pieces), None
    origins = [i for i, piece in enumerate(pieces) for _ in piece]
    return "".join(pieces), origins


@dataclass
class NameGuard:
    participants: list[Participant]
    replaced: Counter[tuple[str, str]] = field(default_factory=Counter)

    def __post_init__(self) -> None:
        self._pseudonym: dict[str, str] = {}
        for person in self.participants:
            if not person.real_name or not person.real_name.strip():
                continue
            name = person.real_name.strip()
            parts = [part for part in re.findall(r"\w+", name) if len(part) >= 3]
            for key in map(fold, [name, *parts]):
                if key.strip():
                    self._pseudonym.setdefault(key, person.pseudonym)  # first person wins
        # Longest first, so "Annelies Verbruggen" goes before "Annelies".
        keys = sorted(self._pseudonym, key=lambda key: -len(key))
        self._pattern = (
            re.compile(r"(?<!\w)(" + "|".join(map(re.escape, keys)) + r")(?!\w)") if keys else None
        )

    def clean(self, text: str | None) -> str:
        """The text with real names replaced and un-XML-able characters dropped."""
        text = xml_safe(text or "")
        if self._pattern is None:
            return text
        folded, origins = _folded_with_origins(text)
        pieces: list[str] = []
        done = 0
        for match in self._pattern.finditer(folded):
            start, end = match.span()
            if origins is not None:
                start, end = origins[start], origins[end - 1] + 1
                while end < len(text) and not _fold_char(text[end]):
                    end += 1  # an accent after the name belongs to it
            if start < done:
                continue
            pseudonym = self._pseudonym[match.group(0)]
            self.replaced[(text[start:end], pseudonym)] += 1
            pieces += [text[done:start], pseudonym]
            done = end
        return "".join(pieces) + text[done:] if pieces else text

    def report(self) -> list[str]:
        return [
            f"“{name}” → {pseudonym} ({count}×)"
            for (name, pseudonym), count in sorted(self.replaced.items())
        ]
