"""Short forms of names and texts for cards and terminals."""

from __future__ import annotations

from fieldnotes.display import initials


def test_initials_skip_dutch_name_particles() -> None:
    assert initials("Anna de Vries") == "AV"
    assert initials("jan van der berg") == "JB"
    assert initials("Bram") == "B"
    assert initials("Maria José Ruiz Ortega") == "MO"
    assert initials("  ") == ""
    assert initials(None) == ""
    assert initials("van Dijk") == "D"
