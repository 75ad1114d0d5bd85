"""REFI-QDA text rules: cleaning, escaping, names, dates, colours, and where each
observation sits in its meeting's text (offsets in code points, end exclusive)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from fieldnotes.domain.models import Meeting, Observation, Participant, Quote
from fieldnotes.export.privacy import NameGuard
from fieldnotes.export.refi_sources import UNKNOWN_SPEAKER, meeting_text, source_name
from fieldnotes.export.refi_text import (
    UniqueNames,
    attributes,
    escape_text,
    one_line,
    plain,
    rgb,
    xsd_datetime,
)

NO_NAMES = NameGuard([])
GUARD = NameGuard([Participant("p1", "Coproducer A", real_name="Annelies Verbruggen")])
FALLBACK = "2000-01-01T00:00:00Z"

# Outside the Basic Multilingual Plane, a combining accent, a family emoji joined by
# zero-width joiners, a flag (two regional indicators), right-to-left text.
TRICKY = [
    "Trust 😀 grows",
    "cafe\u0301 in de wijk",
    "👩\u200d👩\u200d👧\u200d👦 family",
    "🇳🇱 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    "שלום and مرحبا",
]


def test_plain_makes_line_ends_lf_drops_bom_and_what_xml_cannot_hold() -> None:
    assert plain("a\r\nb\rc\nd", NO_NAMES) == "a\nb\nc\nd"
    assert plain("\ufeffstart", NO_NAMES) == "start"
    assert plain("nul\x00 bell\x07 tab\t end\ufffe\uffff", NO_NAMES) == "nul bell tab\t end"
    assert plain("lone \ud800 surrogate", NO_NAMES) == "lone  surrogate"
    assert plain(None, NO_NAMES) == ""


def test_plain_replaces_real_names() -> None:
    assert plain("Annelies Verbruggen and ANNELIES", GUARD) == "Coproducer A and Coproducer A"


def test_one_line_never_breaks_and_never_is_empty() -> None:
    assert one_line("a\nb\r\n\tc\u2028d", NO_NAMES, "x") == "a b c d"
    assert one_line("  \n ", NO_NAMES, "fallback") == "fallback"
    assert one_line(None, NO_NAMES, "fallback") == "fallback"


def test_escaping_survives_a_parser() -> None:
    hostile = "a & b < c > d \"quoted\" 'single' ]]> tab\there\nline"
    xml = f"<r{attributes(name=hostile, gone=None)}>{escape_text(plain(hostile, NO_NAMES))}</r>"
    element = etree.fromstring(xml.encode("utf-8"))
    assert element.get("name") == hostile  # tab and line break kept as references
    assert element.text == hostile
    assert "gone" not in element.attrib


def test_attribute_values_lose_what_xml_cannot_hold() -> None:
    pairs = attributes(name="a\x00b\x1bc")
    element = etree.fromstring(f"<r{pairs}/>".encode())
    assert element.get("name") == "abc"


def test_dates_are_utc_with_z() -> None:
    assert xsd_datetime("2022-09-14T10:05:00+00:00", FALLBACK) == "2022-09-14T10:05:00Z"
    assert xsd_datetime("2022-09-14T12:05:00+02:00", FALLBACK) == "2022-09-14T10:05:00Z"
    assert xsd_datetime("2022-09-14T10:05:00", FALLBACK) == "2022-09-14T10:05:00Z"
    assert xsd_datetime("2022-09-14T10:05:00.123456+00:00", FALLBACK) == "2022-09-14T10:05:00Z"
    assert xsd_datetime("yesterday", FALLBACK) == FALLBACK
    assert xsd_datetime(None, FALLBACK) == FALLBACK


def test_colours_are_rrggbb_or_left_out() -> None:
    assert rgb("#3A7BD5") == "#3a7bd5"
    assert rgb("3a7bd5") == "#3a7bd5"
    assert rgb("#abc") == "#aabbcc"
    assert rgb("blue") is None
    assert rgb("#12345") is None
    assert rgb(None) is None


def test_unique_names_ignore_case() -> None:
    names = UniqueNames()
    taken = [names.take(n) for n in ("Trust", "trust", "Trust", "Trust (2)", "Other")]
    assert taken == ["Trust", "trust (2)", "Trust (3)", "Trust (2) (2)", "Other"]
    assert len({t.casefold() for t in taken}) == len(taken)


def _meeting(*observations: Observation) -> tuple[Meeting, list[Observation]]:
    return Meeting("m1", "Team meeting", date="2022-09-14"), list(observations)


def test_layout_title_time_text_and_quotes() -> None:
    meeting, observations = _meeting(
        Observation(
            "o1",
            "m1",
            "First note",
            time="10:05",
            quotes=[
                Quote("q1", "We talk.", "p1"),
                Quote("q2", "We listen.", None, "We luisteren.", "nl"),
            ],
        ),
        Observation("o2", "m1", "No time"),
    )
    built = meeting_text(meeting, observations, {"p1": "Coproducer A"}, NO_NAMES)
    assert built.text == (
        "Team meeting (2022-09-14)\n"
        "\n10:05\nFirst note\n"
        "Coproducer A: “We talk.”\n"
        f"{UNKNOWN_SPEAKER}: “We listen.” (original, nl: “We luisteren.”)\n"
        "\nNo time\n"
    )
    assert [(p.observation.id, built.text[p.start : p.end]) for p in built.placed] == [
        ("o1", "First note"),
        ("o2", "No time"),
    ]
    assert built.placed[0].speakers == ["p1"]
    assert built.speakers == ["p1"]


def test_an_observation_without_text_has_no_selection() -> None:
    meeting, observations = _meeting(
        Observation("o1", "m1", "", quotes=[Quote("q1", "Said.", "p1")]),
        Observation("o2", "m1", "After"),
    )
    built = meeting_text(meeting, observations, {"p1": "Coproducer A"}, NO_NAMES)
    assert [p.observation.id for p in built.placed] == ["o2"]
    assert built.speakers == ["p1"]  # still quoted in the meeting


def test_offsets_count_code_points_through_emoji_accents_and_joiners() -> None:
    meeting, observations = _meeting(
        *(Observation(f"o{i}", "m1", text, time="10:00") for i, text in enumerate(TRICKY))
    )
    built = meeting_text(meeting, observations, {}, NO_NAMES)
    written = built.text.encode("utf-8").decode("utf-8")
    assert [written[p.start : p.end] for p in built.placed] == TRICKY


def test_offsets_hold_after_names_are_replaced_and_line_ends_change() -> None:
    meeting, observations = _meeting(
        Observation("o1", "m1", "Annelies\r\nsaid 😀", quotes=[Quote("q", "Verbruggen\rhere")]),
        Observation("o2", "m1", "then Annelies Verbruggen left"),
    )
    built = meeting_text(meeting, observations, {}, GUARD)
    assert [built.text[p.start : p.end] for p in built.placed] == [
        "Coproducer A\nsaid 😀",
        "then Coproducer A left",
    ]
    assert "\r" not in built.text and "Annelies" not in built.text


def test_source_names_are_file_names() -> None:
    meeting = Meeting("m1", 'Team: "plans"/budget\\ <draft>?*|', date="2022-09-14")
    assert source_name(meeting, NO_NAMES) == "2022-09-14 Team- -plans-budget- -draft-"
    assert source_name(Meeting("m2", "...", date=None), NO_NAMES) == "Meeting"
    assert source_name(Meeting("m3", "Annelies' visit"), GUARD) == "Coproducer A' visit"


any_text = st.text(max_size=200)  # anything, lone surrogates and control characters too


@settings(max_examples=300, deadline=None)
@given(
    texts=st.lists(any_text, min_size=1, max_size=6),
    times=st.lists(st.one_of(st.none(), any_text), min_size=6, max_size=6),
    title=any_text,
    quote=any_text,
)
def test_any_text_slices_back_to_the_cleaned_observation(
    texts: list[str], times: list[str | None], title: str, quote: str
) -> None:
    meeting = Meeting("m1", title, date="2022-09-14")
    observations = [
        Observation(f"o{i}", "m1", text, time=times[i], quotes=[Quote(f"q{i}", quote, "p1")])
        for i, text in enumerate(texts)
    ]
    built = meeting_text(meeting, observations, {"p1": "Coproducer A"}, GUARD)
    decoded = built.text.encode("utf-8").decode("utf-8")  # what a reader of the file sees
    expected = [plain(t, GUARD) for t in texts if plain(t, GUARD)]
    assert [decoded[p.start : p.end] for p in built.placed] == expected
    assert "\r" not in decoded and "\ufeff" not in decoded
    assert all(c in "\t\n" or ord(c) >= 0x20 for c in decoded)
    etree.fromstring(f"<t>{escape_text(decoded)}</t>".encode())  # XML can carry all of it
