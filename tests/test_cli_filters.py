"""The filter options mean the same in every command: names resolve alike, and ``--code``
selects the same observations in ``search``, ``export docx`` and ``export qdpx``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from docx import Document

from fieldnotes.cli import main
from fieldnotes.store import Project


def _search(db: Path, capfd: pytest.CaptureFixture[str], *options: str) -> list[str]:
    capfd.readouterr()
    assert main(["--db", str(db), "search", "", *options, "--json"]) == 0
    return [hit["observation"] for hit in json.loads(capfd.readouterr().out)]


def _docx(db: Path, out: Path, *options: str) -> list[str]:
    assert main(["--db", str(db), "export", "docx", "--out", str(out), *options]) == 0
    with Project.open(db) as project:
        by_reference = {
            o.reference: o.id
            for items in project.observations.all_grouped().values()
            for o in items
        }
    paragraphs = [p.text.split(" ·")[0] for p in Document(str(out)).paragraphs]
    return [by_reference[text] for text in paragraphs if text in by_reference]


@pytest.mark.parametrize(
    "codes",
    [
        ["cac:relation"],
        ["cac:14"],
        ["cac:relation", "t1"],
        ["t2"],  # a theme with a sub-theme
        ["cac:task", "cac:relation"],
    ],
)
def test_search_and_export_docx_select_the_same_observations(
    db: Path, tmp_path: Path, codes: list[str], capfd: pytest.CaptureFixture[str]
) -> None:
    repeated = [word for code in codes for word in ("--code", code)]
    found = _search(db, capfd, *repeated)
    assert found, "the example has observations for every case"
    assert _search(db, capfd, "--code", *codes) == found  # several values after one --code
    in_docx = _docx(db, tmp_path / "a.docx", *repeated)
    assert sorted(in_docx) == sorted(found)
    assert sorted(_docx(db, tmp_path / "b.docx", "--code", *codes)) == sorted(found)


def test_several_codes_must_all_match_and_include_descendants(
    db: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    with Project.open(db) as project:
        tags = {
            o.id: set(o.codes)
            for items in project.observations.all_grouped().values()
            for o in items
        }
    relation = {"cac:relation", *(f"cac:{n}" for n in range(14, 19))}
    theme = {"t2", "t5"}  # Shared language (t5) is a sub-theme of t2
    expected = {oid for oid, codes in tags.items() if codes & relation and codes & theme}
    found = _search(db, capfd, "--code", "cac:relation", "t2")
    assert set(found) == expected and expected


@pytest.mark.parametrize(
    ("by_id", "by_name"),
    [
        (["--code", "cac:14"], ["--code", "CAC 14"]),
        (["--code", "cac:14"], ["--code", "cac 14"]),
        (["--code", "cac:relation"], ["--code", "relation"]),
        (["--code", "cac:relation"], ["--code", "Relatiedimensie"]),
        (["--code", "t4"], ["--code", "trust"]),
        (["--code", "t5"], ["--code", "Professional-coproducer collaboration/Shared language"]),
        (["--meeting", "m3"], ["--meeting", "2023-01-11"]),
        (["--meeting", "m1"], ["--meeting", "kick-off of the connectors"]),
        (["--speaker", "p3"], ["--speaker", "Coproducer C"]),
        (["--speaker", "p3"], ["--speaker", "  coproducer   c "]),
    ],
)
def test_search_takes_names_as_well_as_ids(
    db: Path, by_id: list[str], by_name: list[str], capfd: pytest.CaptureFixture[str]
) -> None:
    found = _search(db, capfd, *by_id)
    assert found
    assert _search(db, capfd, *by_name) == found


def test_export_and_voice_take_meeting_names(
    db: Path, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    by_id = _docx(db, tmp_path / "id.docx", "--meeting", "m1", "m3")
    by_name = _docx(
        db, tmp_path / "name.docx", "--meeting", "Kick-off of The Connectors", "2023-01-11"
    )
    assert by_id == by_name and by_id
    capfd.readouterr()
    assert main(["--db", str(db), "voice", "--meeting", "m2", "--json"]) == 0
    voice_by_id = capfd.readouterr().out
    assert (
        main(
            [
                "--db",
                str(db),
                "voice",
                "--meeting",
                "Focus group: the walk-in hour so far",
                "--json",
            ]
        )
        == 0
    )
    assert capfd.readouterr().out == voice_by_id


def test_the_query_may_follow_the_codes(db: Path, capfd: pytest.CaptureFixture[str]) -> None:
    capfd.readouterr()
    assert main(["--db", str(db), "search", "trust", "--code", "cac:relation", "--json"]) == 0
    before = capfd.readouterr().out
    assert main(["--db", str(db), "search", "--code", "cac:relation", "trust", "--json"]) == 0
    assert capfd.readouterr().out == before
    assert main(["--db", str(db), "search", "--code", "cac:relation", "--json"]) == 1
    err = capfd.readouterr().err
    assert err.count("\n") == 1 and "search needs a QUERY" in err


def test_a_real_name_is_refused_like_any_unknown_name(
    db: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    capfd.readouterr()
    assert main(["--db", str(db), "search", "", "--speaker", "Joost de Wit"]) == 1
    real = capfd.readouterr().err
    assert main(["--db", str(db), "search", "", "--speaker", "Joost de Wil"]) == 1
    typo = capfd.readouterr().err
    assert real.replace("Joost de Wit", "X") == typo.replace("Joost de Wil", "X")
    assert "Coproducer C" in real and "Verbruggen" not in real


def test_import_feedback_takes_a_pseudonym(db: Path, tmp_path: Path) -> None:
    from tests.imports.answering import answer_cells, type_into

    out = tmp_path / "check.docx"
    assert main(["--db", str(db), "export", "docx", "--out", str(out), "--meeting", "m1"]) == 0
    document = Document(str(out))
    type_into(next(iter(answer_cells(document).values()))[0], "agree")
    document.save(str(out))
    assert (
        main(["--db", str(db), "import-feedback", str(out), "--participant", "community nurse b"])
        == 0
    )
    with Project.open(db) as project:
        given = [
            f.participant
            for items in project.observations.all_grouped().values()
            for o in items
            for f in o.feedback
            if f.verdict == "agree" and f.participant == "p2"
        ]
    assert given


@pytest.mark.parametrize(
    ("command", "needle"),
    [
        (["search", "", "--meeting", "2022-13-45"], "2022-13-45"),
        (["export", "docx", "--out", "{out}", "--code", "Trusst"], "Trust"),
        (["export", "qdpx", "--out", "{out}", "--meeting", "Board meeting"], "budget"),
        (["voice", "--meeting", "nope"], "Kick-off of The Connectors 2022-09-14"),
        (["import-feedback", "{out}", "--participant", "Annelies Verbruggen"], "pseudonyms"),
    ],
)
def test_unknown_names_are_one_line_and_change_nothing(
    db: Path,
    tmp_path: Path,
    command: list[str],
    needle: str,
    capfd: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "out.file"
    if command[0] == "import-feedback":
        assert main(["--db", str(db), "export", "docx", "--out", str(out)]) == 0
    words = [str(out) if w == "{out}" else w for w in command]
    existed = out.exists()
    before = db.read_bytes()
    capfd.readouterr()
    assert main(["--db", str(db), *words]) == 1
    err = capfd.readouterr().err
    assert err.count("\n") == 1, err
    assert needle in err
    assert out.exists() == existed
    assert db.read_bytes() == before


def test_one_observation_written_is_said_in_the_singular(
    db: Path, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "one.docx"
    capfd.readouterr()
    options = ["--out", str(out), "--code", "CAC 14", "--meeting", "2023-02-15"]
    assert main(["export", "docx", "--db", str(db), *options]) == 0
    assert f"Wrote 1 observation to {out}." in capfd.readouterr().err
