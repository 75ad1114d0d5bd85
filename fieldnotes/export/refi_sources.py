"""One meeting as a REFI-QDA text source: its plain text and where each observation sits.

The text reads as a transcript of the meeting's notes, one block per observation::

    Kick-off of The Connectors (2022-09-14)

    10:05
    The group agreed to meet every month.
    Coproducer C: “We can use the community centre.”

    10:20
    …

A block is a blank line, the time (when there is one), the observation's text, then
each quote on its own line under the speaker's pseudonym (with the original wording in
brackets when there is one). Offsets count Unicode code points from 0, end exclusive,
over the text exactly as written (LF line ends, no byte-order mark), so
``text[start:end]`` is the observation's text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from fieldnotes.domain.models import Meeting, Observation
from fieldnotes.export.privacy import NameGuard
from fieldnotes.export.refi_text import one_line, plain

UNKNOWN_SPEAKER = "Unknown speaker"
MEETING_FALLBACK_NAME = "Meeting"
# Characters a file name cannot hold on some system: importers such as QualCoder save
# each source under its name.
_NOT_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*]+')


@dataclass
class PlacedObservation:
    observation: Observation
    start: int
    end: int
    speakers: list[str] = field(default_factory=list)  # participant ids quoted in it


@dataclass
class MeetingText:
    text: str
    placed: list[PlacedObservation]  # observations with text, in order
    speakers: list[str]  # participant ids quoted anywhere in the meeting, first seen first


def source_name(meeting: Meeting, guard: NameGuard) -> str:
    """The meeting's name as a source: date and title, fit to be a file name."""
    title = one_line(meeting.title, guard, MEETING_FALLBACK_NAME)
    name = f"{meeting.date} {title}" if meeting.date else title
    name = _NOT_IN_FILE_NAMES.sub("-", one_line(name, guard, MEETING_FALLBACK_NAME))
    return name.rstrip(". ") or MEETING_FALLBACK_NAME


def meeting_text(
    meeting: Meeting,
    observations: Sequence[Observation],
    pseudonyms: Mapping[str, str],
    guard: NameGuard,
    cache: dict[str | None, str] | None = None,
) -> MeetingText:
    """The meeting's plain text and each observation's place in it.

    ``pseudonyms`` maps a participant id to the name quotes are shown under; a speaker
    not in it (or none) shows as "Unknown speaker". ``cache`` keeps cleaned times and
    languages from one meeting to the next (they repeat).
    """
    title = one_line(meeting.title, guard, MEETING_FALLBACK_NAME)
    date = one_line(meeting.date, guard, "")
    parts = [f"{title} ({date})\n" if date else f"{title}\n"]
    position = len(parts[0])
    placed: list[PlacedObservation] = []
    speakers: dict[str, None] = {}
    short: dict[str | None, str] = {} if cache is None else cache

    def cleaned(value: str | None) -> str:
        found = short.get(value)
        if found is None:
            if len(short) >= 10_000:  # times repeat; free text in them may not
                short.clear()
            found = short[value] = one_line(value, guard, "")
        return found

    for observation in observations:
        time = cleaned(observation.time)
        lead = f"\n{time}\n" if time else "\n"
        text = plain(observation.text, guard)
        start = position + len(lead)
        end = start + len(text)
        parts += [lead, text, "\n"]
        position = end + 1
        quoted: list[str] = []
        for quote in observation.quotes:
            speaker = pseudonyms.get(quote.speaker or "")
            if speaker is None:
                speaker = UNKNOWN_SPEAKER
            elif quote.speaker not in quoted:
                quoted.append(quote.speaker)  # type: ignore[arg-type]
            line = f"{speaker}: “{plain(quote.text, guard)}”"
            if quote.original_text:
                language = cleaned(quote.language)
                label = f"original, {language}" if language else "original"
                line += f" ({label}: “{plain(quote.original_text, guard)}”)"
            parts.append(line + "\n")
            position += len(line) + 1
        speakers.update(dict.fromkeys(quoted))
        if text:
            placed.append(PlacedObservation(observation, start, end, quoted))
    return MeetingText("".join(parts), placed, list(speakers))
