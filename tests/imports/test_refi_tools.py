"""Projects as QualCoder, ATLAS.ti and MAXQDA write them, schema or not, read correctly."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from fieldnotes.imports.refi_project import import_qdpx, read_qdpx
from fieldnotes.store import Project
from tests.imports.refi_archives import BOM, Builder, assert_valid, guid, span, write_qdpx

# -- QualCoder: BOM in every .txt, CRLF read as "LF + space", empty user GUIDs --------

WINDOWS_TEXT = (
    "Interviewer: hoe gaat het met de samenwerking?\r\n"
    "Bewoner B: we hebben nooit tijd om samen te praten.\r\n"
    "Interviewer: en de buurtkamer?\r\n"
    "Bewoner B: daar zien we elkaar, eindelijk.\r\n"
)
QUALCODER_TEXT = WINDOWS_TEXT.replace("\r\n", "\n ")  # what QualCoder keeps and exports


def _qualcoder_qde(selections: list[tuple[str, int, int, str]]) -> bytes:
    """Written the way QualCoder's exporter writes (string building, its attribute order)."""
    sel = "".join(
        f'<PlainTextSelection guid="{guid(g)}" startPosition="{s}" endPosition="{e}" '
        f'name="{html.escape(QUALCODER_TEXT[s:e])}" creatingUser="" '
        f'creationDateTime="2024-03-01T10:00:00Z">\n'
        f'<Coding guid="{guid("coding" + g)}" creatingUser="" >\n'
        f'<CodeRef targetGUID="{guid(code)}" />\n</Coding>\n</PlainTextSelection>\n'
        for g, s, e, code in selections
    )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns:xsd="http://www.w3.org/2001/XMLSchema"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" name="buurt.qda" origin="QualCoder 3.5"
 creatingUserGUID="{guid("qc-user")}" creationDateTime="2024-03-01T10:00:00Z"
 xmlns="urn:QDA-XML:project:1.0">
<Users>
<User guid="{guid("qc-user")}" name="default" />
</Users>
<CodeBook>
<Codes>
<Code guid="{guid("qc-cat")}" name="Barriers" isCodable="false" >
<Description />
<Code guid="{guid("qc-time")}" name="Time pressure" isCodable="true" color="#F781F3">
<Description>no time to meet</Description>
</Code>
</Code>
<Code guid="{guid("qc-cac")}" name="CAC14 open talk" isCodable="true" color="#AAAAAA">
<Description />
</Code>
</Codes>
</CodeBook>
<Variables>
<Variable guid="{guid("qc-rol")}" name="Rol" typeOfVariable="Text" >
<Description />
</Variable>
</Variables>
<Cases>
<Case guid="{guid("qc-case")}" name="Bewoner B">
<Description />
<VariableValue>
<VariableRef targetGUID="{guid("qc-rol")}" />
<TextValue>cliënt</TextValue>
</VariableValue>
<SourceRef targetGUID="{guid("qc-source")}"/>
</Case>
</Cases>
<Sources>
<TextSource plainTextPath="internal://{guid("qc-file")}.txt" creatingUser=""
 creationDateTime="2024-03-01T10:00:00Z" guid="{guid("qc-source")}" name="interview_b.docx">
{sel}</TextSource>
</Sources>
<Notes>
<Note guid="{guid("qc-note")}" creatingUser="" creationDateTime="2024-03-01T10:00:00Z"
 name="Journal"  plainTextPath="internal://{guid("qc-note")}.txt" >
<Description /></Note>
</Notes>
<Description>Buurtproject</Description>
</Project>""".encode()


def _qualcoder_file(tmp_path: Path) -> Path:
    talk = span(QUALCODER_TEXT, "we hebben nooit tijd om samen te praten.")
    both = (QUALCODER_TEXT.index("Interviewer: en"), len(QUALCODER_TEXT) - 2)
    qde = _qualcoder_qde([("qc-a", *talk, "qc-time"), ("qc-b", *both, "qc-cac")])
    return write_qdpx(
        tmp_path / "qualcoder.qdpx",
        qde,
        {
            f"{guid('qc-file')}.txt": BOM + QUALCODER_TEXT.encode(),
            f"{guid('qc-note')}.txt": BOM + b"Eerste indrukken.",
        },
    )


def test_the_qualcoder_fixture_fails_the_schema_as_real_exports_do() -> None:
    import xmlschema

    with pytest.raises(xmlschema.XMLSchemaValidationError):
        assert_valid(_qualcoder_qde([("qc-a", 0, 5, "qc-time")]))


def test_a_qualcoder_project_reads_as_the_researcher_coded_it(
    project: Project, tmp_path: Path
) -> None:
    summary = import_qdpx(project, _qualcoder_file(tmp_path))
    (meeting,) = project.meetings.all()
    assert meeting.title == "interview_b"
    first, second = project.observations.for_meeting(meeting.id)
    assert first.text == "we hebben nooit tijd om samen te praten."
    assert second.text == (
        "Interviewer: en de buurtkamer?\nBewoner B: daar zien we elkaar, eindelijk."
    )
    themes = {c.name: c for c in project.codes.themes()}
    assert themes["Time pressure"].parent == themes["Barriers"].id
    assert themes["Time pressure"].color == "#f781f3"
    assert first.codes == [themes["Time pressure"].id]
    assert second.codes == ["cac:14"]
    (person,) = project.participants.all()
    assert (person.pseudonym, person.role) == ("Bewoner B", "service user")
    assert meeting.attendees == [person.id]
    (memo,) = project.memos.all()
    assert (memo.text, memo.about) == ("Journal\n\nEerste indrukken.", None)
    assert summary.skipped == {"uncoded": 2}


# -- offsets: the byte order mark and line breaks, counted the ways tools count them ---

TEXT = "Het team komt elke week bij elkaar.\nDe buurtkamer is de plek.\nKoffie helpt."
PARTS = ("komt elke week", "De buurtkamer", "Koffie helpt.")


def _offsets_archive(
    tmp_path: Path,
    data: bytes,
    spans: list[tuple[int, int]],
    *,
    names: bool,
    origin: str = "tests",
    content: str | None = None,
) -> Path:
    b = Builder()
    selections = [
        b.selection(guid(f"o{i}"), s, e, name=PARTS[i] if names else None)
        for i, (s, e) in enumerate(spans)
    ]
    source = b.text_source(
        guid("offsets"),
        "Offsets",
        *selections,
        path=None if content is not None else "internal://t.txt",
        content=content,
    )
    qde = b.project(sources=(source,), origin=origin)
    return write_qdpx(tmp_path / "offsets.qdpx", qde, {"t.txt": data})


def _read_texts(path: Path) -> list[str]:
    (source,) = read_qdpx(path).sources
    return [s.text for s in source.selections]


@pytest.mark.parametrize("names", [True, False])
def test_offsets_after_a_byte_order_mark(tmp_path: Path, names: bool) -> None:
    spans = [span(TEXT, p) for p in PARTS]
    path = _offsets_archive(tmp_path, BOM + TEXT.encode(), spans, names=names)
    assert _read_texts(path) == list(PARTS)


@pytest.mark.parametrize("names", [True, False])
def test_offsets_that_count_the_byte_order_mark_are_shifted_back(
    tmp_path: Path, names: bool
) -> None:
    spans = [(s + 1, e + 1) for s, e in (span(TEXT, p) for p in PARTS)]
    path = _offsets_archive(tmp_path, BOM + TEXT.encode(), spans, names=names)
    assert _read_texts(path) == list(PARTS)


def test_offsets_counting_crlf_as_two_characters(tmp_path: Path) -> None:
    windows = TEXT.replace("\n", "\r\n")
    spans = [span(windows, p) for p in PARTS]
    path = _offsets_archive(tmp_path, windows.encode(), spans, names=False)
    assert _read_texts(path) == list(PARTS)


@pytest.mark.parametrize(("origin", "names"), [("ATLAS.ti 9.1", False), ("tests", True)])
def test_offsets_counting_crlf_as_one_character(tmp_path: Path, origin: str, names: bool) -> None:
    spans = [span(TEXT, p) for p in PARTS]
    data = TEXT.replace("\n", "\r\n").encode()
    path = _offsets_archive(tmp_path, data, spans, names=names, origin=origin)
    assert _read_texts(path) == list(PARTS)


def test_inline_text_that_lost_its_crs_to_the_xml_parser(tmp_path: Path) -> None:
    windows = TEXT.replace("\n", "\r\n")
    spans = [span(windows, p) for p in PARTS]
    path = _offsets_archive(tmp_path, b"", spans, names=False, content=TEXT)
    assert _read_texts(path) == list(PARTS)


def test_observation_texts_have_plain_line_breaks(project: Project, tmp_path: Path) -> None:
    windows = TEXT.replace("\n", "\r\n")
    path = _offsets_archive(tmp_path, windows.encode(), [(0, len(windows))], names=False)
    import_qdpx(project, path)
    (observation,) = project.observations.for_meeting(guid("offsets").lower())
    assert observation.text == TEXT


# -- ATLAS.ti: "Parent::Child" codes, PDFs with a text version, links, media -----------

ATLAS_TEXT = (
    "I'm a single mum.\r\nBreakfast is mayhem.\r\nThe baby has porridge, I have coffee.\r\n"
)


def test_an_atlas_ti_project(project: Project, tmp_path: Path) -> None:
    b = Builder()
    plain = ATLAS_TEXT.replace("\r\n", "\n")  # ATLAS.ti counts a CRLF once
    mayhem = span(plain, "Breakfast is mayhem.")
    porridge = span(plain, "The baby has porridge, I have coffee.")
    pdf_text = "favoritos. Dificultad: Media. granola"
    granola = span(pdf_text, "granola")
    qde = b.project(
        name="ATLAS.ti standard project",
        origin="ATLAS.ti 8.4.0 573 , macOS Version 10.14.3",
        codes=(
            b.code(
                guid("a-coke"), "Coke", color="#966450", description="the breakfast of champions"
            ),
            b.code(guid("a-diet"), "Coke::diet Coke", color="#966450"),
            b.code(guid("a-food"), "Breakfast food", color="#46AA00"),
        ),
        sources=(
            b.text_source(
                guid("a-mabel"),
                "Mabel.txt",
                b.selection(guid("a-q1"), *mayhem, guid("a-diet"), name="Breakfast is mayh…"),
                b.selection(guid("a-q2"), *porridge, guid("a-food"), name="The baby has porridge…"),
                path=f"internal://{guid('a-file')}.txt",
                richTextPath=f"internal://{guid('a-rich')}.docx",
            ),
            b.E.PDFSource(
                b.text_source(
                    guid("a-rep"),
                    "Representation_for_recipe.pdf",
                    b.selection(guid("a-q3"), *granola, guid("a-food"), name="granola"),
                    path=f"internal://{guid('a-rep')}.txt",
                    tag="Representation",
                ),
                guid=guid("a-pdf"),
                name="Recipe.pdf",
                path=f"internal://{guid('a-pdffile')}.pdf",
            ),
            b.E.PDFSource(guid=guid("a-scan"), name="Scan.pdf", path="internal://scan.pdf"),
            b.E.PictureSource(guid=guid("a-pic"), name="cornflakes.jpg", path="internal://c.jpg"),
            b.E.VideoSource(guid=guid("a-vid"), name="ad.mp4", path="relative:///ad.mp4"),
        ),
        notes=(b.note(guid("a-memo"), "My favourite", "Much better than the new cut"),),
        links=(b.E.Link(guid=guid("a-link"), originGUID=guid("a-memo"), targetGUID=guid("a-q1")),),
        sets=(b.E.Set(guid=guid("a-set"), name="Mabel"),),
    )
    assert_valid(qde)
    path = write_qdpx(
        tmp_path / "atlas.qdpx",
        qde,
        {
            f"{guid('a-file')}.txt": ATLAS_TEXT.encode(),
            f"{guid('a-rich')}.docx": b"PK not really",
            f"{guid('a-rep')}.txt": pdf_text.encode(),
            f"{guid('a-pdffile')}.pdf": b"%PDF-1.4",
            "scan.pdf": b"%PDF-1.4",
            "c.jpg": b"\xff\xd8",
        },
    )
    summary = import_qdpx(project, path)
    themes = {c.name: c for c in project.codes.themes()}
    assert themes["diet Coke"].parent == themes["Coke"].id
    mabel, recipe = project.meetings.all()
    assert [o.text for o in project.observations.for_meeting(mabel.id)] == [
        "Breakfast is mayhem.",
        "The baby has porridge, I have coffee.",
    ]
    assert (mabel.title, recipe.title) == ("Mabel", "Recipe")
    assert [o.text for o in project.observations.for_meeting(recipe.id)] == ["granola"]
    assert [(m.text, m.about) for m in project.memos.all()] == [
        ("My favourite\n\nMuch better than the new cut", mabel.id)
    ]
    assert summary.skipped == {"pdf": 1, "picture": 1, "video": 1, "set": 1, "uncoded": 2}


# -- MAXQDA: braced GUIDs, variables in the source, selections with only a comment -----


def test_a_maxqda_project(project: Project, tmp_path: Path) -> None:
    b = Builder()
    text = "Wij willen meedoen.\r\nMaar niemand vraagt ons iets.\r\n"
    join = span(text, "Wij willen meedoen.")
    ask = span(text, "Maar niemand vraagt ons iets.")
    date, kind = "{" + guid("m-date") + "}", "{" + guid("m-kind") + "}"
    qde = b.project(
        origin="MAXQDA 2022",
        codes=(
            b.code(
                "{" + guid("m-part") + "}",
                "Participatie",
                b.code("{" + guid("m-want") + "}", "Willen meedoen", color="#ff0000"),
            ),
        ),
        variables=(b.variable(date, "Datum", "Date"), b.variable(kind, "Soort")),
        sources=(
            b.text_source(
                "{" + guid("m-doc") + "}",
                "Focusgroep bewoners",
                b.selection("{" + guid("m-s1") + "}", *join, "{" + guid("m-want") + "}"),
                b.selection("{" + guid("m-s2") + "}", *ask, description="belangrijk!"),
                path="internal://doc.txt",
                variables=(),
            ),
        ),
    )
    # MAXQDA keeps document variables in the source; the builder's order is the schema's.
    root_text = qde.decode().replace(
        "</TextSource>",
        f'<VariableValue><VariableRef targetGUID="{date}"/><DateValue>2023-05-02</DateValue>'
        f'</VariableValue><VariableValue><VariableRef targetGUID="{kind}"/>'
        "<TextValue>focusgroep</TextValue></VariableValue></TextSource>",
    )
    import_qdpx(
        project,
        write_qdpx(tmp_path / "maxqda.qdpx", root_text.encode(), {"doc.txt": text.encode()}),
    )
    (meeting,) = project.meetings.all()
    assert (meeting.date, meeting.kind) == ("2023-05-02", "focus group")
    assert meeting.id == guid("m-doc").lower()
    first, second = project.observations.for_meeting(meeting.id)
    assert (first.text, first.codes) == ("Wij willen meedoen.", [guid("m-want").lower()])
    assert (second.text, second.codes) == ("Maar niemand vraagt ons iets.", [])
    (memo,) = project.memos.all()
    assert memo.text == "“Maar niemand vraagt ons iets.”: belangrijk!"


# -- the fieldnotes writer's layout: time, text, then quotes under a pseudonym ----------


def test_the_fieldnotes_layout_reads_back_texts_and_times(project: Project, tmp_path: Path) -> None:
    text = (
        "10:05 We agreed to meet weekly.\n    Coproducer A: “We talk now.”\n\n10:40 Trust grows.\n"
    )
    b = Builder()
    qde = b.project(
        sources=(
            b.text_source(
                guid("fn"),
                "Team meeting",
                b.selection(guid("fn1"), *span(text, "We agreed to meet weekly.")),
                b.selection(guid("fn2"), *span(text, "Trust grows.")),
                content=text,
            ),
        )
    )
    import_qdpx(project, write_qdpx(tmp_path / "fn.qdpx", qde))
    observations = project.observations.for_meeting(guid("fn").lower())
    assert [(o.time, o.text) for o in observations] == [
        ("10:05", "We agreed to meet weekly."),
        ("10:40", "Trust grows."),
    ]


def test_a_project_without_namespace_reads_the_same(tmp_path: Path) -> None:
    from tests.imports.refi_archives import small_study

    plain, sources = small_study(namespace=None)
    with_ns, _ = small_study()
    a = read_qdpx(write_qdpx(tmp_path / "a.qdpx", plain, sources))
    b = read_qdpx(write_qdpx(tmp_path / "b.qdpx", with_ns, sources))
    assert a == b
    assert len(a.sources) == 2 and a.selection_count == 2


def test_a_minimal_valid_project(project: Project, tmp_path: Path) -> None:
    """The least the schema allows: a name, one source, one selection; nothing else."""
    b = Builder()
    qde = b.project(
        name="Minimal",
        sources=(
            b.text_source(guid("min"), None, b.selection(guid("min-s"), 0, 4), content="Text"),
        ),
    )
    assert_valid(qde)
    summary = import_qdpx(project, write_qdpx(tmp_path / "min.qdpx", qde))
    (meeting,) = project.meetings.all()
    assert (meeting.title, meeting.kind, meeting.date) == ("Untitled source", "other", None)
    assert [o.text for o in project.observations.for_meeting(meeting.id)] == ["Text"]
    assert summary.skipped == {}


def test_missing_optional_and_required_attributes_do_not_fail(
    project: Project, tmp_path: Path
) -> None:
    xml = b"""<Project>
      <CodeBook><Codes>
        <Code><Code name="Child"/></Code><Code name="Loose" color="red"/>
      </Codes></CodeBook>
      <Variables><Variable/></Variables>
      <Cases><Case/><Case name="Named"><VariableValue/></Case></Cases>
      <Sources>
        <TextSource><PlainTextContent>Some words here</PlainTextContent>
          <PlainTextSelection startPosition="0"/>
          <PlainTextSelection startPosition="5" endPosition="10">
            <Coding/><Coding><CodeRef/></Coding>
          </PlainTextSelection>
          <PlainTextSelection startPosition="x" endPosition="2"/>
          <PlainTextSelection startPosition="-4" endPosition="2"/>
          <PlainTextSelection startPosition="15" endPosition="5"/>
        </TextSource>
        <TextSource name="No text at all"/>
        <TextSource name="Elsewhere" plainTextPath="absolute:///C:/Users/x/doc.txt"/>
      </Sources>
      <Notes><Note/><Note><PlainTextContent>Orphan note</PlainTextContent></Note></Notes>
      <Links><Link/></Links>
    </Project>"""
    summary = import_qdpx(project, write_qdpx(tmp_path / "sparse.qdpx", xml))
    (meeting,) = project.meetings.all()
    texts = [o.text for o in project.observations.for_meeting(meeting.id)]
    assert texts == ["words", "words here"]
    assert {c.name for c in project.codes.themes()} == {"Unnamed code", "Child", "Loose"}
    assert [p.pseudonym for p in project.participants.all()] == ["Named"]
    assert [m.text for m in project.memos.all()] == ["Orphan note"]
    assert summary.skipped == {
        "selection_outside": 3,
        "no_plain_text": 1,
        "external_text": 1,
        "unnamed_case": 1,
        "empty_note": 1,
        "uncoded": 1,
    }
