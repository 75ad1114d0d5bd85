"""The JSON dump is a full-fidelity copy: export, import elsewhere, export again is identical."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldnotes.export.json_dump import export_json_bytes
from fieldnotes.imports.json_import import import_text
from fieldnotes.store import Project
from tests.conftest import minimal_document


def _fresh(tmp_path: Path, name: str) -> Project:
    return Project.open(tmp_path / f"{name}.fieldnotes")


def test_export_import_export_is_identical(example_project: Project, tmp_path: Path) -> None:
    first = export_json_bytes(example_project)
    with _fresh(tmp_path, "copy") as copy:
        import_text(copy, first)
        assert export_json_bytes(copy) == first


def test_export_gives_back_everything_imported(
    example_project: Project, example_document: dict[str, Any]
) -> None:
    exported = json.loads(export_json_bytes(example_project))
    assert exported["study"] == example_document["study"]
    for original, out in zip(example_document["meetings"], exported["meetings"], strict=True):
        assert out["id"] == original["id"]
        for obs_in, obs_out in zip(original["observations"], out["observations"], strict=True):
            assert {k: obs_out[k] for k in obs_in} == obs_in | {"quotes": obs_out["quotes"]}
            assert [q["text"] for q in obs_out["quotes"]] == [q["text"] for q in obs_in["quotes"]]
    assert exported["cac_rounds"] == example_document["cac_rounds"]
    assert exported["codes"] == example_document["codes"]
    assert [p["real_name"] for p in exported["participants"] if "real_name" in p] == [
        p["real_name"] for p in example_document["participants"] if "real_name" in p
    ]


def test_scores_keep_their_number_type(project: Project) -> None:
    document = minimal_document(
        cac_rounds=[
            {
                "id": "r1",
                "label": "R",
                "date": "2023-03-01",
                "responses": [{"respondent": "p1", "scores": {"1": 95, "2": 62.5}}],
            }
        ]
    )
    import_text(project, json.dumps(document))
    exported = json.loads(export_json_bytes(project))
    assert exported["cac_rounds"][0]["responses"][0]["scores"] == {"1": 95, "2": 62.5}


# Any Unicode text a researcher might paste: control characters, emoji, right-to-left
# scripts, combining marks; surrogates cannot be stored as UTF-8 and are refused instead.
any_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=300)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    texts=st.lists(any_text, min_size=1, max_size=5),
    title=any_text,
    quote=any_text,
    original=st.one_of(st.none(), any_text),
)
def test_any_unicode_text_round_trips_unchanged(
    tmp_path_factory: Any, texts: list[str], title: str, quote: str, original: str | None
) -> None:
    tmp = tmp_path_factory.mktemp("rt")
    document = minimal_document()
    document["study"]["title"] = title
    meeting = document["meetings"][0]
    meeting["notes"] = title
    meeting["observations"] = [
        {
            "id": f"o{i}",
            "text": text,
            "quotes": [{"id": f"q{i}", "speaker": "p1", "text": quote, "original_text": original}],
        }
        for i, text in enumerate(texts)
    ]
    with _fresh(tmp, "a") as project:
        import_text(project, json.dumps(document))
        exported = json.loads(export_json_bytes(project))
    out = exported["meetings"][0]
    assert [o["text"] for o in out["observations"]] == texts
    assert all(o["quotes"][0]["text"] == quote for o in out["observations"])
    assert all(o["quotes"][0].get("original_text") == original for o in out["observations"])
    assert exported["study"]["title"] == title
    assert out["notes"] == title


def test_very_long_note_with_every_kind_of_character_round_trips(project: Project) -> None:
    hostile = "".join(chr(c) for c in range(0, 0x250)) + "👩🏽‍⚕️🤝🏘️ مرحبا שלום 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \u202e\u200f"
    long_text = (hostile * (50_000 // len(hostile) + 1))[:50_000]
    document = minimal_document()
    document["meetings"][0]["observations"][0]["text"] = long_text
    import_text(project, json.dumps(document))
    assert project.observations.for_meeting("m1")[0].text == long_text
    exported = json.loads(export_json_bytes(project))
    assert exported["meetings"][0]["observations"][0]["text"] == long_text
