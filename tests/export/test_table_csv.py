"""Chart numbers as CSV: readable by a spreadsheet, never run as a formula there."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldnotes.errors import FieldnotesError
from fieldnotes.export.table_csv import table_csv, write_table_csv


def read_back(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def test_numbers_and_text_come_back() -> None:
    text = table_csv(["who", "observations", "share"], [["Coproducer C", 3, 0.25], ["B", 0, None]])
    assert read_back(text) == [
        ["who", "observations", "share"],
        ["Coproducer C", "3", "0.25"],
        ["B", "0", ""],
    ]


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_a_cell_that_would_be_a_formula_stays_text(start: str) -> None:
    (row,) = read_back(table_csv(["x"], [[f"{start}SUM(A1:A9)"]]))[1:]
    assert row == [f"'{start}SUM(A1:A9)"]


def test_negative_numbers_stay_numbers() -> None:
    assert read_back(table_csv(["x"], [[-3]]))[1] == ["-3"]


@given(st.lists(st.text(), min_size=1, max_size=5))
def test_any_text_survives_apart_from_the_guard(cells: list[str]) -> None:
    rows = read_back(table_csv(["c"] * len(cells), [cells]))
    expected = ["'" + c if c.startswith(("=", "+", "-", "@", "\t", "\r")) else c for c in cells]
    assert rows[1] == expected


def test_written_with_a_bom_for_excel(tmp_path: Path) -> None:
    path = tmp_path / "voice.csv"
    write_table_csv(path, ["wie"], [["Coproducer Ç 🙂"]])
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert "Coproducer Ç 🙂" in data.decode("utf-8-sig")


def test_an_unwritable_folder_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FieldnotesError) as error:
        write_table_csv(tmp_path / "missing" / "voice.csv", ["x"], [[1]])
    assert "missing" in str(error.value)
    assert not (tmp_path / "missing").exists()
