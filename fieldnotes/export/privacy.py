"""Keeping real names out of anything made for sharing, and text Word can hold.

Every participant's real name, and each part of it of three or more letters, is
replaced by their pseudonym wherever it occurs as a whole word (any case). The
replacements are counted so the export can list them before it writes.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from fieldnotes.domain.models import Participant

# Characters XML 1.0 (and so Word) cannot hold: control characters and lone surrogates.
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text: str) -> str:
    return _NOT_XML.sub("", text)


@dataclass
class NameGuard:
    participants: list[Participant]
    replaced: Counter[tuple[str, str]] = field(default_factory=Counter)

    def __post_init__(self) -> None:
        pairs: list[tuple[str, str]] = []
        for person in self.participants:
            if not person.real_name or not person.real_name.strip():
                continue
            name = person.real_name.strip()
            pairs.append((name, person.pseudonym))
            pairs.extend(
                (part, person.pseudonym) for part in re.findall(r"\w+", name) if len(part) >= 3
            )
        # Longest first, so "Annelies Verbruggen" goes before "Annelies".
        pairs.sort(key=lambda pair: -len(pair[0]))
        self._pseudonym = {name.casefold(): pseudonym for name, pseudonym in reversed(pairs)}
        self._pattern = (
            re.compile(
                r"(?<!\w)(" + "|".join(re.escape(name) for name, _ in pairs) + r")(?!\w)",
                re.IGNORECASE,
            )
            if pairs
            else None
        )

    def clean(self, text: str | None) -> str:
        """The text with real names replaced and un-XML-able characters dropped."""
        text = xml_safe(text or "")
        if self._pattern is None:
            return text

        def swap(match: re.Match[str]) -> str:
            pseudonym = self._pseudonym[match.group(0).casefold()]
            self.replaced[(match.group(0), pseudonym)] += 1
            return pseudonym

        return self._pattern.sub(swap, text)

    def report(self) -> list[str]:
        return [
            f"“{name}” → {pseudonym} ({count}×)"
            for (name, pseudonym), count in sorted(self.replaced.items())
        ]
