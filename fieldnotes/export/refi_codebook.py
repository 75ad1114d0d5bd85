"""Writing the codebook as a REFI-QDA codebook (``.qdc``) to share with a team.

The same code tree as in a project export (:mod:`fieldnotes.export.refi_codes`): the
CAC dimensions with their items, then the themes with their hierarchy, colours and
descriptions, under the same names and GUIDs. The file is ``Codebook.xsd``-valid XML in
the ``urn:QDA-XML:codebook:1.0`` namespace, written atomically.
"""

from __future__ import annotations

from pathlib import Path

from fieldnotes.export.atomic import atomic_output
from fieldnotes.export.privacy import NameGuard
from fieldnotes.export.refi_codes import build_code_tree, code_elements
from fieldnotes.export.refi_options import refuse_project_as_output
from fieldnotes.export.refi_text import ORIGIN, attributes
from fieldnotes.store import Project

NAMESPACE = "urn:QDA-XML:codebook:1.0"


def write_qdc(project: Project, out_path: Path) -> int:
    """Write the project's codebook to ``out_path``; returns the number of codes written."""
    out_path = Path(out_path)
    refuse_project_as_output(out_path, project.path)
    with project.transaction(write=False):
        guard = NameGuard(project.participants.all())
        tree = build_code_tree(project.codes.themes(), guard)
    xml = "".join(
        [
            '<?xml version="1.0" encoding="UTF-8"?>\n',
            f'<CodeBook xmlns="{NAMESPACE}"' + attributes(origin=ORIGIN) + "><Codes>",
            *code_elements(tree),
            "</Codes></CodeBook>\n",
        ]
    )
    with atomic_output(out_path) as handle:
        handle.write(xml.encode("utf-8"))
    return len(tree)
