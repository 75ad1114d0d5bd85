"""Meeting and participant details read from REFI-QDA variables and descriptions.

REFI-QDA has no meeting date or participant role; tools keep such things as variables
("Date", "Rol") or as lines in a description ("Kind: focus group"). Names are matched
in English and Dutch, case and accents ignored; values are read when they are in a form
fieldnotes knows (an ISO or Dutch date, a known meeting kind or role) and otherwise kept
as written, or left out where a wrong guess would mislead (a date).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from fieldnotes.display import shorten
from fieldnotes.domain.dates import is_iso_date
from fieldnotes.domain.models import MEETING_KINDS, PARTICIPANT_ROLES
from fieldnotes.imports.refi_codes import key

UNKNOWN_KIND = "other"

_DATE_KEYS = {"date", "datum", "meeting date", "vergaderdatum", "datum bijeenkomst"}
_KIND_KEYS = {"kind", "type", "soort", "meeting kind", "meeting type", "soort bijeenkomst"}
_LOCATION_KEYS = {"location", "locatie", "plaats", "place", "venue"}
_START_KEYS = {"start", "start time", "begin", "begintijd", "starttijd", "aanvang"}
_END_KEYS = {"end", "end time", "eind", "eindtijd", "einde"}
_ROLE_KEYS = {"role", "rol", "functie"}
_ORGANISATION_KEYS = {"sector", "organisation", "organization", "organisatie"}

_KINDS = {key(kind): kind for kind in MEETING_KINDS} | {
    "teamoverleg": "team meeting",
    "teamvergadering": "team meeting",
    "teambijeenkomst": "team meeting",
    "focusgroep": "focus group",
    "observatie": "observation",
    "meelopen": "walk-along",
    "meeloopdag": "walk-along",
    "walk along": "walk-along",
    "reflectiebijeenkomst": "reflection session",
    "reflectiesessie": "reflection session",
    "bestuursvergadering": "board meeting",
    "anders": "other",
    "overig": "other",
}
_ROLES = {key(role): role for role in PARTICIPANT_ROLES} | {
    "co-producent": "coproducer",
    "coproducent": "coproducer",
    "co-producer": "coproducer",
    "client": "service user",
    "clienten": "service user",
    "gebruiker": "service user",
    "onderzoeker": "researcher",
    "leidinggevende": "manager",
    "anders": "other",
    "overig": "other",
}
_KEY_LINE = re.compile(r"\s*([^:\n]{1,40}?)\s*:\s*(.*?)\s*")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DUTCH = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")
_ISO_ANYWHERE = re.compile(r"(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)")
_TIME = re.compile(r"(\d{1,2})[:.](\d{2})(?::\d{2})?")
_CLOCK = re.compile(r"\s*([\[(]?)(\d{1,2}):(\d{2})([\])]?)\s*[-–—:]?\s*")


@dataclass
class MeetingDetails:
    date: str | None = None
    kind: str = UNKNOWN_KIND
    start: str | None = None
    end: str | None = None
    location: str = ""
    notes: str = ""  # what the description says besides the details above


def read_date(value: str) -> str | None:
    """An ISO date from "2022-09-14", "2022-09-14T10:00:00Z" or "14-9-2022"; else None."""
    text = value.strip()
    if match := _ISO.match(text):
        found = match.group(0)
    elif match := _DUTCH.fullmatch(text):
        day, month, year = match.groups()
        found = f"{year}-{int(month):02d}-{int(day):02d}"
    else:
        return None
    return found if is_iso_date(found) else None


def read_time(value: str) -> str | None:
    match = _TIME.fullmatch(value.strip())
    if match is None:
        return None
    hour, minute = int(match.group(1)), int(match.group(2))
    return f"{hour:02d}:{minute:02d}" if hour < 24 and minute < 60 else None


def clock_time(text: str) -> str | None:
    """ "10:05", alone or before a dash or colon, as a time of day; a media time with
    seconds ("00:12:33") or anything else is not one."""
    match = _CLOCK.fullmatch(text)
    if match is None or bool(match.group(1)) != bool(match.group(4)):
        return None
    return read_time(f"{match.group(2)}:{match.group(3)}")


def read_kind(value: str) -> str:
    """A known meeting kind (English or Dutch), else the value as written."""
    return _KINDS.get(key(value), shorten(value.strip()))


def kind_in_name(name: str) -> str | None:
    """A known meeting kind named in a source's name ("Focus group 2"), longest first."""
    folded = f" {key(name)} "
    for phrase in sorted(_KINDS, key=len, reverse=True):
        if _KINDS[phrase] != UNKNOWN_KIND and re.search(
            rf"(?<!\w){re.escape(phrase)}(?!\w)", folded
        ):
            return _KINDS[phrase]
    return None


def read_role(value: str) -> str:
    return _ROLES.get(key(value), shorten(value.strip()))


def meeting_details(name: str, description: str, variables: dict[str, str]) -> MeetingDetails:
    """What a source's variables (by name), description and name say about its meeting."""
    details = MeetingDetails()
    given = {key(k): v for k, v in variables.items() if v.strip()}
    notes = []
    for line in description.splitlines():
        match = _KEY_LINE.fullmatch(line)
        if match and key(match.group(1)) in _ALL_MEETING_KEYS and match.group(2):
            given.setdefault(key(match.group(1)), match.group(2))
        else:
            notes.append(line)
    details.notes = "\n".join(notes).strip()
    for label, value in given.items():
        if label in _DATE_KEYS and details.date is None:
            details.date = read_date(value)
        elif label in _KIND_KEYS and details.kind == UNKNOWN_KIND:
            details.kind = read_kind(value)
        elif label in _LOCATION_KEYS and not details.location:
            details.location = value.strip()
        elif label in _START_KEYS and details.start is None:
            details.start = read_time(value)
        elif label in _END_KEYS and details.end is None:
            details.end = read_time(value)
    if details.date is None:
        for text in (name, description):
            found = next((d for d in _ISO_ANYWHERE.findall(text) if is_iso_date(d)), None)
            if found:
                details.date = found
                break
    if details.kind == UNKNOWN_KIND:
        details.kind = kind_in_name(name) or UNKNOWN_KIND
    return details


def participant_details(variables: dict[str, str]) -> tuple[str, str]:
    """Role and organisation from a case's variables (by name)."""
    role = organisation = ""
    for label, value in variables.items():
        folded = key(label)
        if folded in _ROLE_KEYS and not role:
            role = read_role(value)
        elif folded in _ORGANISATION_KEYS and not organisation:
            organisation = value.strip()
    return role, organisation


_ALL_MEETING_KEYS = _DATE_KEYS | _KIND_KEYS | _LOCATION_KEYS | _START_KEYS | _END_KEYS
