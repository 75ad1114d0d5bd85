"""A project file removed or replaced while open is noticed before anything is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldnotes.errors import WriteFailedError
from fieldnotes.store.file_watch import ProjectFileWatch


def test_the_same_file_passes(tmp_path: Path) -> None:
    path = tmp_path / "a.fieldnotes"
    path.write_bytes(b"x")
    watch = ProjectFileWatch(path)
    path.write_bytes(b"changed in place is still the same file")
    watch.check()


@pytest.mark.parametrize("how", ["removed", "moved", "replaced"])
def test_a_removed_moved_or_replaced_file_is_named(tmp_path: Path, how: str) -> None:
    path = tmp_path / "a.fieldnotes"
    path.write_bytes(b"x")
    watch = ProjectFileWatch(path)
    if how == "removed":
        path.unlink()
    elif how == "moved":
        path.rename(tmp_path / "b.fieldnotes")
    else:
        (tmp_path / "new").write_bytes(b"y")
        (tmp_path / "new").replace(path)
    with pytest.raises(WriteFailedError, match="moved or removed") as raised:
        watch.check()
    assert not raised.value.retryable
