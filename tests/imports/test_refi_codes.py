"""Which code a REFI-QDA code becomes: CAC by GUID or agreed name, theme by GUID or name."""

from __future__ import annotations

import pytest

from fieldnotes.domain.cac import load_framework
from fieldnotes.domain.models import Code
from fieldnotes.domain.refi_ids import guid_for
from fieldnotes.imports.refi_codes import cac_code_for, map_codes, normal_color
from fieldnotes.imports.refi_model import RefiCode, normal_guid


def _framework_codes() -> list[Code]:
    framework = load_framework()
    codes = [Code(d.code_id, d.name, locked=True) for d in framework.dimensions]
    codes += [
        Code(i.code_id, i.text, parent=framework.dimension(i.dimension).code_id, locked=True)
        for i in framework.items
    ]
    return codes


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("CAC 14", "cac:14"),
        ("CAC 14: The partnership partners communicate in an open manner", "cac:14"),
        ("cac14 open talk", "cac:14"),
        ("CAC 1", "cac:1"),
        ("CAC 26", "cac:26"),
        ("CAC Relation dimension", "cac:relation"),
        ("CAC Relatiedimensie", "cac:relation"),
        ("cac: relatie", "cac:relation"),
        ("CAC General", "cac:general"),
        ("CAC Zichtbaarheidsdimensie", "cac:visibility"),
        ("The partnership partners communicate in an open manner", "cac:14"),
        ("Relation dimension", "cac:relation"),
        ("Relatiedimensie", "cac:relation"),
        ("  TAAKDIMENSIE ", "cac:task"),
        ("task Dimension", "cac:task"),
        ("CAC 27", None),
        ("CAC 140", None),
        ("General", None),  # too common a word on its own
        ("Algemeen", None),
        ("Cactus", None),
        ("Trust", None),
    ],
)
def test_cac_codes_by_agreed_name(name: str, expected: str | None) -> None:
    assert cac_code_for(name) == expected


def test_cac_codes_by_guid_whatever_their_name() -> None:
    assert cac_code_for("Something else", guid_for("code", "cac:7").lower()) == "cac:7"
    assert cac_code_for("x", guid_for("code", "cac:growth")) == "cac:growth"


def test_a_teams_own_wording_is_recognised() -> None:
    assert cac_code_for("We praten open", wording=[("cac:14", "We praten open")]) == "cac:14"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("#ABC", "#aabbcc"),
        ("#3A7BD5", "#3a7bd5"),
        (" #3a7bd5 ", "#3a7bd5"),
        ("red", None),
        (None, None),
    ],
)
def test_colours(value: str | None, expected: str | None) -> None:
    assert normal_color(value) == expected


def test_guids_are_normalised() -> None:
    assert (
        normal_guid("{D7AA29DA-519B-4946-9B90-253B6DB8FD0A}")
        == "d7aa29da-519b-4946-9b90-253b6db8fd0a"
    )
    assert normal_guid("") is None and normal_guid("not a guid") is None


def _code(name: str, *children: RefiCode, guid: str | None = None, **kw: object) -> RefiCode:
    return RefiCode(guid, name, children=list(children), **kw)  # type: ignore[arg-type]


def test_the_tree_is_kept_and_codes_under_cac_go_to_the_top() -> None:
    roots = [
        _code("Themes", _code("Trust", _code("Deep trust"))),
        _code("CAC 14", _code("Sub-theme of an item")),
    ]
    mapping = map_codes(roots, _framework_codes())
    by_name = {c.name: c for c in mapping.new_codes}
    assert by_name["Trust"].parent == by_name["Themes"].id
    assert by_name["Deep trust"].parent == by_name["Trust"].id
    assert by_name["Sub-theme of an item"].parent is None
    assert mapping.matched_cac == 1


def test_a_folder_of_cac_codes_is_not_a_theme() -> None:
    roots = [
        _code("Coordinated Action Checklist", _code("CAC General", _code("CAC 1"))),
        _code("My CAC picks", _code("CAC 3"), _code("CAC 5")),
        _code("CAC"),
    ]
    mapping = map_codes(roots, _framework_codes())
    assert mapping.new_codes == []
    assert (mapping.matched_cac, mapping.folders) == (4, 3)


def test_a_folder_that_codes_text_itself_is_a_theme() -> None:
    folder = _code("Picks", _code("CAC 3"), guid="aaaaaaaa-0000-0000-0000-000000000001")
    mapping = map_codes([folder], _framework_codes(), used={folder.guid})  # type: ignore[arg-type]
    assert [c.name for c in mapping.new_codes] == ["Picks"]


def test_existing_themes_by_guid_and_by_name_under_the_same_parent() -> None:
    existing = [
        *_framework_codes(),
        Code("t1", "Trust"),
        Code("t2", "Barriers"),
        Code("t3", "Other", parent="t2"),
    ]
    roots = [
        _code("Renamed elsewhere", guid=guid_for("code", "t1").lower()),
        _code("BARRIERS", _code("other"), _code("New one")),
        _code("Facilitators", _code("Other")),
    ]
    mapping = map_codes(roots, existing)
    assert mapping.by_guid[guid_for("code", "t1").lower()] == "t1"
    names = {(c.name, c.parent) for c in mapping.new_codes}
    facilitators = next(c.id for c in mapping.new_codes if c.name == "Facilitators")
    assert names == {("New one", "t2"), ("Facilitators", None), ("Other", facilitators)}
    assert mapping.matched_themes == 3


def test_a_code_named_twice_in_the_file_is_one_theme() -> None:
    roots = [_code("Trust", guid="aaaaaaaa-0000-0000-0000-000000000001"), _code("trust ")]
    mapping = map_codes(roots, _framework_codes())
    assert [c.name for c in mapping.new_codes] == ["Trust"]


def test_atlas_ti_parent_child_names() -> None:
    roots = [_code("Coke::diet Coke"), _code("Coke"), _code("Pepsi::max")]
    mapping = map_codes(roots, _framework_codes())
    by_name = {c.name: c for c in mapping.new_codes}
    assert by_name["diet Coke"].parent == by_name["Coke"].id
    assert by_name["Pepsi::max"].parent is None


def test_codes_without_guid_get_stable_ids() -> None:
    first = map_codes([_code("A", _code("B"))], _framework_codes())
    second = map_codes([_code("A", _code("B"))], _framework_codes())
    assert [c.id for c in first.new_codes] == [c.id for c in second.new_codes]
