"""Search: FTS syntax, diacritics, Dutch and English, filters, order, and a fresh index."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldnotes.domain.models import Meeting, Observation, Quote
from fieldnotes.domain.search import SearchFilters
from fieldnotes.imports.json_import import import_text
from fieldnotes.store import Project
from fieldnotes.store.search import plain_words
from tests.conftest import minimal_document


def ids(project: Project, query: str, **filters: object) -> list[str]:
    return [
        hit.observation
        for hit in project.search.search(query, SearchFilters(**filters), limit=None)
    ]


@pytest.fixture
def bilingual(project: Project) -> Project:
    document = minimal_document()
    document["participants"].append({"id": "p2", "pseudonym": "Nurse B", "role": "professional"})
    document["codes"].append({"id": "t2", "name": "Sub-trust", "parent": "t1"})
    document["meetings"] = [
        {
            "id": "m1",
            "title": "Wijkoverleg",
            "kind": "team meeting",
            "date": "2023-01-10",
            "start": "10:00",
            "attendees": ["p1", "p2"],
            "observations": [
                {
                    "id": "o1",
                    "time": "10:05",
                    "text": "De coördinatie van zorg in de wijk loopt stroef.",
                    "codes": ["cac:11"],
                },
                {
                    "id": "o2",
                    "time": "10:20",
                    "text": "Trust grows over coffee at the café.",
                    "codes": ["t2"],
                    "quotes": [
                        {
                            "id": "q1",
                            "speaker": "p1",
                            "text": "We need each other.",
                            "original_text": "We hebben elkaar nodig.",
                            "language": "nl",
                        }
                    ],
                },
            ],
        },
        {
            "id": "m2",
            "title": "Focus group on trust",
            "kind": "focus group",
            "date": "2023-05-02",
            "start": "19:00",
            "attendees": ["p2"],
            "observations": [
                {
                    "id": "o3",
                    "time": "19:10",
                    "text": "Residents feel unheard by the municipality.",
                    "codes": ["cac:14"],
                    "quotes": [{"id": "q2", "speaker": "p2", "text": "Nobody listens."}],
                    "feedback": [
                        {"participant": "p1", "verdict": "partly", "comment": "", "received": None}
                    ],
                },
                {
                    "id": "o4",
                    "time": "19:30",
                    "text": "Coordination meeting planned with the GP practice.",
                    "codes": ["t1", "cac:relation"],
                },
            ],
        },
    ]
    import_text(project, json.dumps(document))
    return project


def test_words_phrases_prefix_and_boolean(bilingual: Project) -> None:
    assert ids(bilingual, "municipality") == ["o3"]
    assert ids(bilingual, '"over coffee"') == ["o2"]
    assert ids(bilingual, '"coffee over"') == []
    assert set(ids(bilingual, "coord*")) == {"o1", "o4"}
    assert ids(bilingual, "trust AND coffee") == ["o2"]
    assert set(ids(bilingual, "coffee OR municipality")) == {"o2", "o3"}
    assert ids(bilingual, "coord* NOT wijk") == ["o4"]


def test_diacritics_do_not_matter_either_way(bilingual: Project) -> None:
    assert ids(bilingual, "coordinatie") == ["o1"]
    assert ids(bilingual, "coördinatie") == ["o1"]
    assert ids(bilingual, "cafe") == ["o2"]
    assert ids(bilingual, "CAFÉ") == ["o2"]


def test_quotes_original_text_and_meeting_context_are_searched(bilingual: Project) -> None:
    assert ids(bilingual, "listens") == ["o3"]
    assert ids(bilingual, "elkaar") == ["o2"]
    assert set(ids(bilingual, "wijkoverleg")) == {"o1", "o2"}


def test_ranking_prefers_the_note_over_its_context(bilingual: Project) -> None:
    # "trust" is in o2's text and in m2's title (context of o3 and o4).
    assert ids(bilingual, "trust")[0] == "o2"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ('unbalanced "quote', []),
        ('"over coffee', ["o2"]),  # an unbalanced quote: the words, in any order
        ("coffee OR", []),  # a stray operator becomes a word, and no note says "or"
        ("NOT", []),
        ("(municipality", ["o3"]),
        ("residents)", ["o3"]),
        ("foo:bar", []),
        ("municipality:", ["o3"]),
        ('coord* "', ["o1", "o4"]),  # the prefix stays a prefix
        ("***", []),
        ('"', []),
        ("(", []),
    ],
)
def test_invalid_fts_syntax_is_searched_as_plain_words(
    bilingual: Project, query: str, expected: list[str]
) -> None:
    with pytest.raises(sqlite3.OperationalError):  # really not FTS5 syntax on its own
        bilingual.conn.execute(
            "SELECT rowid FROM observation_fts WHERE observation_fts MATCH ?", (query,)
        ).fetchall()
    found = ids(bilingual, query)
    assert sorted(found) == expected
    if plain_words(query):  # no words at all finds nothing (an empty query lists all)
        assert found == ids(bilingual, plain_words(query))  # same hits, same order
    assert bilingual.search.count(query) == len(expected)


def test_plain_word_fallback_finds_the_words(bilingual: Project) -> None:
    assert ids(bilingual, 'coffee "') == ["o2"]
    assert plain_words('we "need coord*') == '"we" "need" "coord"*'


def test_empty_query_lists_everything_in_date_and_time_order(bilingual: Project) -> None:
    assert ids(bilingual, "") == ["o1", "o2", "o3", "o4"]
    assert bilingual.search.count("") == 4


def test_code_filter_includes_descendants_and_all_must_match(bilingual: Project) -> None:
    assert ids(bilingual, "", codes=["t1"]) == ["o2", "o4"]
    assert ids(bilingual, "", codes=["cac:relation"]) == ["o3", "o4"]
    assert ids(bilingual, "", codes=["cac:task"]) == ["o1"]
    assert ids(bilingual, "", codes=["t1", "cac:relation"]) == ["o4"]


def test_other_filters(bilingual: Project) -> None:
    assert ids(bilingual, "", meeting="m2") == ["o3", "o4"]
    assert ids(bilingual, "", meeting_kind="focus group") == ["o3", "o4"]
    assert ids(bilingual, "", date_from="2023-02-01") == ["o3", "o4"]
    assert ids(bilingual, "", date_to="2023-02-01") == ["o1", "o2"]
    assert ids(bilingual, "", speaker="p2") == ["o3"]
    assert ids(bilingual, "", speaker_role="coproducer") == ["o2"]
    assert ids(bilingual, "", has_quotes=True) == ["o2", "o3"]
    assert ids(bilingual, "", has_feedback=True) == ["o3"]
    assert ids(bilingual, "", verdict="agree") == []
    assert ids(bilingual, "", verdict="partly") == ["o3"]
    assert ids(bilingual, "coord*", meeting="m2") == ["o4"]
    assert bilingual.search.count("coord*", SearchFilters(meeting="m2")) == 1


def test_action_owner_and_speaker_filters(bilingual: Project) -> None:
    from fieldnotes.domain.models import Action

    bilingual.observations.set_action("o1", Action.opened("2023-01-10", owner="p2"))
    done = Action.opened("2023-05-02", owner="p1").with_status("done", "2023-06-01")
    bilingual.observations.set_action("o4", done)
    bilingual.observations.set_speakers("o2", ["p2", "p1"])
    bilingual.observations.set_speakers("o3", ["p1"])
    assert ids(bilingual, "", action="any") == ["o1", "o4"]
    assert ids(bilingual, "", action="open") == ["o1"]
    assert ids(bilingual, "", action="done") == ["o4"]
    assert ids(bilingual, "", action="dropped") == []
    assert ids(bilingual, "", action_owner="p1") == ["o4"]
    assert ids(bilingual, "", action="open", action_owner="p1") == []
    assert ids(bilingual, "", spoke="p1") == ["o2", "o3"]
    assert ids(bilingual, "", spoke="p2") == ["o2"]
    assert ids(bilingual, "", spoke="p2", speaker="p1") == ["o2"]  # quoted is another filter
    assert ids(bilingual, "coord*", action="done") == ["o4"]
    assert bilingual.search.count("", SearchFilters(action="any", spoke="p1")) == 0
    assert bilingual.search.count("", SearchFilters(spoke="p1")) == 2


def test_snippet_marks_the_matching_words(bilingual: Project) -> None:
    [hit] = bilingual.search.search("municipality", markers=("<b>", "</b>"))
    assert "<b>municipality</b>" in hit.snippet
    assert (hit.meeting, hit.meeting_title, hit.time, hit.codes) == (
        "m2",
        "Focus group on trust",
        "19:10",
        ("cac:14",),
    )


def test_index_follows_every_edit(bilingual: Project) -> None:
    repo = bilingual.observations
    repo.update_text("o3", "Residents now feel heard.")
    assert ids(bilingual, "unheard") == []
    assert ids(bilingual, "heard") == ["o3"]
    repo.add_quote("o4", Quote("q9", "Finally a date.", "p1", "Eindelijk een datum.", "nl"))
    assert ids(bilingual, "eindelijk") == ["o4"]
    repo.delete_quote("q9")
    assert ids(bilingual, "eindelijk") == []
    meeting = bilingual.meetings.get("m2")
    assert meeting is not None
    meeting.title = "Bewonersavond"
    bilingual.meetings.update(meeting)
    assert ids(bilingual, "bewonersavond") == ["o3", "o4"]
    repo.add(Observation("o5", "m2", "A brand new zebra crossing.", "19:40"))
    assert ids(bilingual, "zebra") == ["o5"]
    removed, position = repo.delete("o5")
    assert ids(bilingual, "zebra") == []
    repo.restore(removed, position)
    assert ids(bilingual, "zebra") == ["o5"]
    removed_meeting = bilingual.meetings.delete("m2")
    assert ids(bilingual, "zebra") == []
    bilingual.meetings.restore(removed_meeting)
    assert ids(bilingual, "zebra") == ["o5"]
    bilingual.meetings.add(Meeting("m9", "Empty"))


def test_bulk_import_fills_the_index_and_keeps_triggers(project: Project) -> None:
    from fieldnotes.store.merge import BULK_OBSERVATIONS

    document = minimal_document()
    document["meetings"][0]["observations"] = [
        {"id": f"o{i}", "text": f"note number {i} about walrus{i % 7}"}
        for i in range(BULK_OBSERVATIONS + 5)
    ]
    import_text(project, json.dumps(document))
    assert project.search.count("walrus3") == len(
        [i for i in range(BULK_OBSERVATIONS + 5) if i % 7 == 3]
    )
    project.observations.update_text("o0", "now about narwhals")
    assert ids(project, "narwhals") == ["o0"]


def test_migration_builds_the_index_for_an_existing_project(tmp_path: Path) -> None:
    from sqlite_utils import Database

    from fieldnotes.store.migrations import MIGRATIONS
    from fieldnotes.store.schema_version import APPLICATION_ID

    path = tmp_path / "old.fieldnotes"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db = Database(conn, execute_plugins=False)
    MIGRATIONS.apply(db, stop_before="m002_search")
    conn.execute("INSERT INTO meetings (id, title, position) VALUES ('m1', 'Old meeting', 0)")
    conn.execute(
        "INSERT INTO observations VALUES "
        "('o1', 'm1', NULL, 'written before search existed', 0, 'x', 'x')"
    )
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    with Project.open(path) as project:
        assert ids(project, "existed") == ["o1"]


def test_saved_searches(project: Project) -> None:
    from fieldnotes.domain.search import SavedSearch

    search = SavedSearch(
        "s1",
        "Trust since spring",
        "trust",
        SearchFilters(codes=["cac:relation"], date_from="2023-03-01"),
    )
    project.search.save(search)
    assert project.search.saved() == [search]
    acted = SavedSearch(
        "s2", "Open actions", "", SearchFilters(action="open", action_owner="p1", spoke="p1")
    )
    project.search.save(acted)
    assert project.search.saved()[1].filters == acted.filters
    assert project.search.delete_saved("s2") == acted
    assert project.search.delete_saved("s1") == search
    assert project.search.saved() == []


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=st.text(max_size=60))
def test_any_query_never_raises(example_project: Project, query: str) -> None:
    hits = example_project.search.search(query)
    assert len(hits) <= 50
    assert example_project.search.count(query) >= len(hits)
