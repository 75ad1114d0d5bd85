"""The team's own CAC wording from CSV: all rows checked, nothing half-loaded."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldnotes.imports.cac_csv import CacCsvError
from fieldnotes.imports.cac_wording_csv import parse_wording_csv, read_wording_csv
from fieldnotes.store import Project


def test_items_and_dimensions_are_read_by_number_and_key() -> None:
    wording = parse_wording_csv(
        "item,text\n14,De partners werken  samen\nrelation,Onze relatie\n03,Gelijkwaardig\n"
    )
    assert wording == {
        "14": "De partners werken samen",
        "relation": "Onze relatie",
        "3": "Gelijkwaardig",
    }


def test_semicolons_and_a_byte_order_mark_as_spreadsheets_write_them(tmp_path: Path) -> None:
    path = tmp_path / "wording.csv"
    path.write_bytes("item;text\n1;Eerste item\n".encode("utf-8-sig"))
    assert read_wording_csv(path) == {"1": "Eerste item"}


def test_every_bad_line_is_named_and_nothing_is_returned() -> None:
    with pytest.raises(CacCsvError) as caught:
        parse_wording_csv("item,text\n27,Te veel\n1,\n2,Goed\n2,Nog eens\nfoo,Wat\n3,a,b\n")
    lines = [line for line, _ in caught.value.problems]
    assert lines == [2, 3, 5, 6, 7]
    assert "27" in str(caught.value) and "1 to 26" in str(caught.value)


@pytest.mark.parametrize("text", ["", "nummer,tekst\n1,x\n", "item,text\n"])
def test_a_file_without_header_or_rows_is_refused(text: str) -> None:
    with pytest.raises(CacCsvError):
        parse_wording_csv(text)


def test_an_overlong_text_is_refused() -> None:
    with pytest.raises(CacCsvError, match="longer than"):
        parse_wording_csv("item,text\n1," + "x" * 1001 + "\n")


def test_a_huge_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    path.write_bytes(b"item,text\n" + b"1,x\n" * 300_000)
    with pytest.raises(CacCsvError, match="larger than"):
        read_wording_csv(path)


@given(st.text(max_size=400))
def test_any_text_is_read_or_refused_with_a_message(text: str) -> None:
    try:
        wording = parse_wording_csv("item,text\n" + text)
    except CacCsvError as error:
        assert str(error).startswith("Nothing was imported.")
    else:
        assert wording and all(value for value in wording.values())


def test_loaded_wording_replaces_the_shipped_text_for_its_language(project: Project) -> None:
    shipped = project.wording("nl").item_text(14)
    project.cac_wording.replace("nl", parse_wording_csv("item,text\n14,Onze eigen tekst\n"))
    assert project.wording("nl").item_text(14) == "Onze eigen tekst"
    assert project.wording("nl").item_text(15) != shipped or shipped
    assert project.wording("en").item_text(14) != "Onze eigen tekst"


def test_the_message_can_be_worded_in_another_language() -> None:
    """The window shows import problems in the interface language."""
    with pytest.raises(CacCsvError) as caught:
        parse_wording_csv("item,text\n27,Te veel\n")
    dutch = {
        "Nothing was imported.": "Er is niets ingelezen.",
        "line {line}: {problem}": "regel {line}: {problem}",
        "“{key}” is neither a CAC item number from 1 to {last} nor a dimension "
        "({dimensions})": "“{key}” is geen CAC-itemnummer van 1 tot {last}",
    }
    worded = caught.value.describe(lambda text: dutch.get(text, text))
    assert worded == "Er is niets ingelezen. regel 2: “27” is geen CAC-itemnummer van 1 tot 26"
