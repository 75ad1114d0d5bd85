"""Names the user sees resolve to ids: pseudonyms, meeting titles and dates, "CAC 14",
dimensions, themes; ambiguous and unknown names are one clear line, real names never resolve."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from fieldnotes.cli_names import code_id, meeting_id, participant_id
from fieldnotes.domain.cac import load_framework
from fieldnotes.domain.models import Code, Meeting, Participant
from fieldnotes.errors import FieldnotesError

PEOPLE = [
    Participant(
        "p1", "Social worker A", "professional", "welfare", real_name="Annelies Verbruggen"
    ),
    Participant("p2", "Coproducer C", "coproducer", real_name="Joost de Wit"),
    Participant("p3", "Nurse", "professional", "home care"),
    Participant("p4", "nurse ", "professional", "hospital"),
]
MEETINGS = [
    Meeting("m1", "Team meeting", date="2022-09-12"),
    Meeting("m2", "Team meeting", date="2022-10-03"),
    Meeting("m3", "Focus group", date="2022-10-03"),
    Meeting("m4", "Team meeting", date="2022-11-14"),
    Meeting("m5", "Kick-off"),
]


def _codes() -> list[Code]:
    framework = load_framework()
    cac = [Code(d.code_id, d.name, locked=True) for d in framework.dimensions]
    cac += [
        Code(i.code_id, i.text, framework.dimension(i.dimension).code_id, locked=True)
        for i in framework.items
    ]
    themes = [
        Code("t1", "Collaboration"),
        Code("t2", "Trust", "t1"),
        Code("t3", "Neighbourhood"),
        Code("t4", "Trust", "t3"),
        Code("t5", "Learning network"),
    ]
    return cac + themes


CODES = _codes()


def _refused(call: object, *needles: str) -> str:
    with pytest.raises(FieldnotesError) as caught:
        call()  # type: ignore[operator]
    message = str(caught.value)
    assert "\n" not in message
    for needle in needles:
        assert needle in message
    return message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("p2", "p2"),
        ("Coproducer C", "p2"),
        ("coproducer c", "p2"),
        ("  Coproducer \t C ", "p2"),
        ("COPRODUCER C", "p2"),
        ("Social worker A", "p1"),
    ],
)
def test_a_participant_by_id_or_pseudonym(text: str, expected: str) -> None:
    assert participant_id("--speaker", text, PEOPLE) == expected


def test_a_real_name_never_resolves_and_is_never_told_apart_from_a_typo() -> None:
    real = _refused(lambda: participant_id("--speaker", "Joost de Wit", PEOPLE), "pseudonyms")
    typo = _refused(lambda: participant_id("--speaker", "Jost de Wit", PEOPLE), "pseudonyms")
    assert real.replace("Joost", "Jost") == typo
    assert "Verbruggen" not in real and "in this project" not in real


def test_an_unknown_pseudonym_suggests_the_closest() -> None:
    message = _refused(
        lambda: participant_id("--participant", "Coproducr C", PEOPLE),
        "--participant 'Coproducr C'",
        "Coproducer C",
    )
    assert message.index("Coproducer C") < message.index("Social worker A")


def test_an_ambiguous_pseudonym_lists_the_candidates() -> None:
    _refused(
        lambda: participant_id("--speaker", "NURSE", PEOPLE),
        "matches 2 participants",
        "p3 (professional, home care)",
        "p4 (professional, hospital)",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("m1", "m1"),
        ("Focus group", "m3"),
        ("focus   GROUP", "m3"),
        ("2022-09-12", "m1"),
        ("Team meeting 2022-10-03", "m2"),
        ("team meeting (2022-11-14)", "m4"),
        ("Kick-off", "m5"),
    ],
)
def test_a_meeting_by_id_title_date_or_both(text: str, expected: str) -> None:
    assert meeting_id("--meeting", text, MEETINGS) == expected


def test_an_ambiguous_meeting_title_asks_for_the_date() -> None:
    message = _refused(lambda: meeting_id("--meeting", "Team meeting", MEETINGS))
    assert message == (
        "--meeting 'Team meeting' matches 3 meetings: m1 (2022-09-12), m2 (2022-10-03), "
        "m4 (2022-11-14); give the date or the id"
    )


def test_an_ambiguous_meeting_date_asks_for_the_title() -> None:
    _refused(
        lambda: meeting_id("--meeting", "2022-10-03", MEETINGS),
        "matches 2 meetings: m2 (Team meeting), m3 (Focus group); give the title or the id",
    )


def test_an_unknown_meeting_lists_titles_with_dates() -> None:
    _refused(
        lambda: meeting_id("--meeting", "Team meeting 2023-01-01", MEETINGS),
        "is not a meeting in this project",
        "Team meeting 2022-09-12",
    )


def test_an_id_wins_over_a_name() -> None:
    meetings = [*MEETINGS, Meeting("m6", "m1")]
    assert meeting_id("--meeting", "m1", meetings) == "m1"
    people = [*PEOPLE, Participant("p9", "p1")]
    assert participant_id("--speaker", "p1", people) == "p1"
    codes = [*CODES, Code("t9", "cac:14")]
    assert code_id("--code", "cac:14", codes) == "cac:14"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("cac:14", "cac:14"),
        ("CAC 14", "cac:14"),
        ("cac 14", "cac:14"),
        ("cac14", "cac:14"),
        ("14", "cac:14"),
        ("cac:relation", "cac:relation"),
        ("Relation dimension", "cac:relation"),
        ("relation", "cac:relation"),
        ("CAC Relation dimension", "cac:relation"),
        ("Relatiedimensie", "cac:relation"),
        ("relatie", "cac:relation"),
        ("Suitability", "cac:suitability"),
        ("Geschiktheid van de partners", "cac:suitability"),
        ("The partnership partners communicate in an open manner", "cac:14"),
        ("Learning network", "t5"),
        ("learning  NETWORK", "t5"),
        ("Collaboration/Trust", "t2"),
        ("neighbourhood > trust", "t4"),
        ("t4", "t4"),
    ],
)
def test_a_code_by_id_or_name(text: str, expected: str) -> None:
    assert code_id("--code", text, CODES) == expected


def test_a_repeated_theme_name_asks_for_the_path() -> None:
    _refused(
        lambda: code_id("--code", "trust", CODES),
        "--code 'trust' matches 2 codes: t2 (Collaboration/Trust), t4 (Neighbourhood/Trust)",
        "give the path (parent/child) or the id",
    )


def test_a_theme_named_like_a_cac_item_is_ambiguous() -> None:
    codes = [*CODES, Code("t9", "14")]
    _refused(lambda: code_id("--code", "14", codes), "cac:14 (CAC 14)", "t9 (14)")
    assert code_id("--code", "CAC 14", codes) == "cac:14"


def test_unknown_codes() -> None:
    _refused(lambda: code_id("--code", "CAC 27", CODES), "the CAC has items 1 to 26")
    _refused(
        lambda: code_id("--code", "Lerning network", CODES),
        "is neither a CAC code nor a theme",
        "Learning network",
    )


ANY_TEXT = st.text(max_size=40) | st.sampled_from(["", " ", "\t\n", "\u00a0", "\u200b", "cac:"])


@given(ANY_TEXT)
@example("cac" + "9" * 40)
@example("x" * 10_000)
def test_any_text_resolves_or_is_refused_in_one_line(text: str) -> None:
    for call in (
        lambda: participant_id("--speaker", text, PEOPLE),
        lambda: meeting_id("--meeting", text, MEETINGS),
        lambda: code_id("--code", text, CODES),
    ):
        try:
            found = call()
        except FieldnotesError as exc:
            message = str(exc)
            assert "\n" not in message and len(message) < 400
        else:
            assert found in {p.id for p in PEOPLE} | {m.id for m in MEETINGS} | {
                c.id for c in CODES
            }


@given(st.text(min_size=1, max_size=30))
def test_a_pseudonym_resolves_however_it_is_spaced_and_cased(name: str) -> None:
    if not name.split():
        return
    people = [Participant("p1", name)]
    spaced = "  " + "\t".join(name.split()).upper() + " "
    try:
        assert participant_id("--speaker", spaced, people) == "p1"
    except FieldnotesError:  # upper() can change what fold() makes of it (e.g. "ß" → "SS")
        assert participant_id("--speaker", name, people) == "p1"


LONG = [
    Meeting("m1", "Kick-off of The Connectors", date="2022-09-14"),
    Meeting("m2", "Focus group: the walk-in hour so far", date="2022-11-09"),
    Meeting("m3", "Team meeting: budget, newsletter and new partners", date="2023-01-11"),
    Meeting("m4", "Team meeting: the second half year", date="2023-06-01"),
]


def test_part_of_one_meeting_title_is_enough() -> None:
    assert meeting_id("--meeting", "walk-in hour", LONG) == "m2"
    assert meeting_id("--meeting", "budget", LONG) == "m3"
    assert meeting_id("--meeting", "team meeting 2023-06-01", LONG) == "m4"


def test_part_of_several_titles_lists_them() -> None:
    _refused(
        lambda: meeting_id("--meeting", "team meeting", LONG),
        "matches 2 meetings: m3 (2023-01-11), m4 (2023-06-01); give the date or the id",
    )


def test_an_unknown_meeting_lists_each_title_once_shortened_with_its_date() -> None:
    message = _refused(lambda: meeting_id("--meeting", "board", LONG))
    assert "……" not in message
    for meeting in LONG:
        assert f"{meeting.date}" in message
