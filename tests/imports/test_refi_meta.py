"""Meeting and participant details from REFI-QDA variables and descriptions."""

from __future__ import annotations

import pytest

from fieldnotes.imports.refi_meta import (
    clock_time,
    meeting_details,
    participant_details,
    read_date,
    read_kind,
    read_role,
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-09-14", "2022-09-14"),
        ("2022-09-14T10:00:00Z", "2022-09-14"),
        ("14-9-2022", "2022-09-14"),
        ("14/09/2022", "2022-09-14"),
        ("31-02-2022", None),
        ("2022-13-01", None),
        ("September 14", None),
        ("", None),
    ],
)
def test_dates(value: str, expected: str | None) -> None:
    assert read_date(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("10:05", "10:05"),
        ("9:05 -", "09:05"),
        (" 10:05 ", "10:05"),
        ("00:12:33", None),  # a media time, not a time of day
        ("[10:05] ", "10:05"),
        ("(9:30) –", "09:30"),
        ("[10:05", None),
        ("[00:12:33]", None),
        ("25:00", None),
        ("10.05", None),
        ("We met", None),
    ],
)
def test_clock_times(value: str, expected: str | None) -> None:
    assert clock_time(value) == expected


def test_kinds_and_roles_in_english_and_dutch() -> None:
    assert read_kind("Focusgroep") == "focus group"
    assert read_kind("team meeting") == "team meeting"
    assert read_kind("Buurtwandeling") == "Buurtwandeling"  # kept as written
    assert read_role("Cliënt") == "service user"
    assert read_role("co-producent") == "coproducer"
    assert read_role("wijkagent") == "wijkagent"


def test_meeting_details_from_variables_description_and_name() -> None:
    details = meeting_details(
        "Focus group 2023-05-02",
        "Locatie: buurthuis\nStart: 19:30\nEind: 21.00\nWe spoke about the square.",
        {"Soort": "reflectiebijeenkomst"},
    )
    assert details.date == "2023-05-02"
    assert details.kind == "reflection session"  # the variable wins over the name
    assert (details.location, details.start, details.end) == ("buurthuis", "19:30", "21:00")
    assert details.notes == "We spoke about the square."


def test_meeting_details_when_nothing_is_said() -> None:
    details = meeting_details("notes.txt", "", {})
    assert (details.date, details.kind, details.notes) == (None, "other", "")
    assert meeting_details("Interview Anna", "", {}).kind == "interview"


def test_participant_details() -> None:
    assert participant_details({"Rol": "onderzoeker", "Organisatie": "Hogeschool"}) == (
        "researcher",
        "Hogeschool",
    )
    assert participant_details({"Age": "40"}) == ("", "")
