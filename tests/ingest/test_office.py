"""Tests of reader/ingest/office.py (and its branch of load.py): a press release or a draft
saved by a word processor (.docx, .odt) read as the article it shows, and an old or
password-protected Office file refused with a message. The files are written here as the
word processors write them: a zip of XML parts."""

from __future__ import annotations

import random
import zipfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.analysis import align
from reader.errors import IngestError
from reader.ingest import MAX_BYTES, load_document, office
from reader.ingest.normalize import clean
from reader.model import MatchKind

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample"
AP = SAMPLE / "ap-2024-06-20-north-korea-deal-military-assistance.txt"

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(*runs: str, style: str = "") -> str:
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{props}{''.join(runs)}</w:p>"


def write_docx(
    path: Path, body: Sequence[str], parts: Mapping[str, str | bytes] | None = None
) -> Path:
    """A .docx whose body holds the ``body`` blocks (``para`` and tables), with more
    ``parts`` (a header, the document's properties)."""
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{W}" xmlns:mc="{MC}">'
        f"<w:body>{''.join(body)}<w:sectPr/></w:body></w:document>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", document)
        for name, xml in (parts or {}).items():
            z.writestr(name, xml)
    return path


def write_odt(path: Path, body: str) -> Path:
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="{OFFICE}"'
        f' xmlns:text="{TEXT}" xmlns:table="{TABLE}"><office:body><office:text>{body}'
        "</office:text></office:body></office:document-content>"
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", content)
    return path


@pytest.fixture
def docx(tmp_path: Path) -> Callable[..., Path]:
    def make(body: Sequence[str], parts: dict[str, str] | None = None) -> Path:
        return write_docx(tmp_path / "release.docx", body, parts)

    return make


def paragraphs(path: Path) -> list[str]:
    doc = load_document(path)
    return [doc.slice(p) for p in doc.paragraphs]


# Word ---------------------------------------------------------------------------------


def test_a_word_files_paragraphs_are_read_in_order_with_their_runs_joined(
    docx: Callable[..., Path],
) -> None:
    path = docx(
        [
            para(run("The ministry said on "), run("Wednesday"), run(" that the treaty holds.")),
            para(run("“We welcome it,” the minister said.")),
        ]
    )
    assert paragraphs(path) == [
        "The ministry said on Wednesday that the treaty holds.",
        "“We welcome it,” the minister said.",
    ]


def test_a_paragraph_styled_as_the_title_is_the_articles_title(
    docx: Callable[..., Path],
) -> None:
    path = docx([para(run("Ministry welcomes the treaty"), style="Title"), para(run("Text."))])
    assert load_document(path).title == "Ministry welcomes the treaty"


def test_without_a_styled_title_the_documents_own_title_is_taken(
    docx: Callable[..., Path],
) -> None:
    core = (
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
        'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        "<dc:title>Statement on the treaty</dc:title></cp:coreProperties>"
    )
    path = docx([para(run("The ministry welcomed the treaty."))], {"docProps/core.xml": core})
    assert load_document(path).title == "Statement on the treaty"


def test_tracked_changes_are_read_accepted(docx: Callable[..., Path]) -> None:
    deleted = '<w:del><w:r><w:delText xml:space="preserve">three </w:delText></w:r></w:del>'
    inserted = f"<w:ins>{run('four ')}</w:ins>"
    path = docx([para(run("The fire killed "), deleted, inserted, run("people."))])
    assert paragraphs(path) == ["The fire killed four people."]


def test_a_tracked_move_is_read_at_its_new_place_only(docx: Callable[..., Path]) -> None:
    # Word keeps moved text twice, as ordinary runs: where it went (moveTo) and, until the
    # move is accepted, where it came from (moveFrom)
    moved_from = f"<w:moveFrom>{run('Police said so. ')}</w:moveFrom>"
    moved_to = f"<w:moveTo>{run(' Police said so.')}</w:moveTo>"
    path = docx([para(moved_from, run("The fire killed four people."), moved_to)])
    assert paragraphs(path) == ["The fire killed four people. Police said so."]


def text_box(text: str) -> str:
    """A run holding a text box as Word writes it: twice, as a drawing shape (mc:Choice)
    and, for older readers, as a VML shape (mc:Fallback), each holding the box's
    paragraphs."""
    box = f"<w:txbxContent>{para(run(text))}</w:txbxContent>"
    return (
        f"<w:r><mc:AlternateContent><mc:Choice Requires='wps'><w:drawing>{box}</w:drawing>"
        f"</mc:Choice><mc:Fallback><w:pict>{box}</w:pict></mc:Fallback></mc:AlternateContent>"
        "</w:r>"
    )


def test_a_text_box_is_read_once(docx: Callable[..., Path]) -> None:
    path = docx([para(run("The mayor opened the bridge. "), text_box("Pull quote in a box."))])
    assert load_document(path).text.count("Pull quote in a box.") == 1


def test_a_text_box_is_a_paragraph_after_the_one_it_is_anchored_in(
    docx: Callable[..., Path],
) -> None:
    path = docx(
        [
            para(run("The mayor opened the bridge."), text_box("Pull quote in a box.")),
            para(run("Residents cheered.")),
        ]
    )
    assert paragraphs(path) == [
        "The mayor opened the bridge.",
        "Pull quote in a box.",
        "Residents cheered.",
    ]


def test_a_text_box_in_a_table_cell_is_read_once_apart_from_its_words(
    docx: Callable[..., Path],
) -> None:
    cell = "<w:tc>{}</w:tc>"
    row = cell.format(para(run("Killed"), text_box("Official count"))) + cell.format(para(run("3")))
    path = docx([f"<w:tbl><w:tr>{row}</w:tr></w:tbl>"])
    assert paragraphs(path) == ["Killed Official count | 3"]


def test_a_text_box_in_a_content_control_is_read_once_as_its_own_paragraph(
    docx: Callable[..., Path],
) -> None:
    control = para(run("The mayor opened the bridge."), text_box("Pull quote in a box."))
    path = docx([f"<w:sdt><w:sdtContent>{control}</w:sdtContent></w:sdt>"])
    assert paragraphs(path) == ["The mayor opened the bridge.", "Pull quote in a box."]


def test_a_word_file_with_no_name_to_go_by_may_be_as_large_as_a_word_file(
    tmp_path: Path,
) -> None:
    # as "crossread align - B" reads a Word file piped in: a file with no suffix
    picture = random.Random(1).randbytes(MAX_BYTES + 1024 * 1024)
    path = write_docx(
        tmp_path / "standard input",
        [para(run("The mayor opened the bridge."))],
        {"word/media/image1.png": picture},
    )
    assert path.stat().st_size > MAX_BYTES
    assert paragraphs(path) == ["The mayor opened the bridge."]


def test_a_table_row_is_one_line_of_its_cells(docx: Callable[..., Path]) -> None:
    cell = "<w:tc>{}</w:tc>"
    row = "<w:tr>" + cell.format(para(run("Killed"))) + cell.format(para(run("3"))) + "</w:tr>"
    path = docx([para(run("Figures so far:")), f"<w:tbl>{row}</w:tbl>"])
    assert paragraphs(path) == ["Figures so far:", "Killed | 3"]


def test_a_table_in_a_table_cell_is_read_once_its_rows_after_the_row_it_sits_in(
    docx: Callable[..., Path],
) -> None:
    def row(*cells: str) -> str:
        return "<w:tr>" + "".join(f"<w:tc>{c}</w:tc>" for c in cells) + "</w:tr>"

    # Word ends a cell holding a table with a paragraph, empty here
    inner = (
        "<w:tbl>"
        + row(para(run("Adults")), para(run("2")))
        + row(para(run("Children")), para(run("1")))
        + "</w:tbl>"
    )
    outer = row(para(run("Killed")) + inner + para(), para(run("3")))
    path = docx([f"<w:tbl>{outer}{row(para(run('Injured')), para(run('12')))}</w:tbl>"])
    assert paragraphs(path) == ["Killed | 3", "Adults | 2", "Children | 1", "Injured | 12"]


def test_headers_and_footers_are_left_out(docx: Callable[..., Path]) -> None:
    header = f'<w:hdr xmlns:w="{W}">{para(run("CONFIDENTIAL DRAFT"))}</w:hdr>'
    path = docx([para(run("The ministry welcomed the treaty."))], {"word/header1.xml": header})
    assert "CONFIDENTIAL" not in load_document(path).text


# OpenDocument -------------------------------------------------------------------------


def test_an_opendocument_files_headings_lists_and_spaces_are_read(tmp_path: Path) -> None:
    body = (
        '<text:h text:outline-level="1">Ministry welcomes the treaty</text:h>'
        '<text:p>The ministry said<text:s text:c="2"/>on Wednesday it <text:span>welcomed'
        "</text:span> the treaty.<text:note><text:note-body><text:p>A footnote.</text:p>"
        "</text:note-body></text:note></text:p>"
        "<text:list><text:list-item><text:p>It takes effect at once.</text:p>"
        "</text:list-item></text:list>"
    )
    doc = load_document(write_odt(tmp_path / "release.odt", body))
    assert doc.title == "Ministry welcomes the treaty"
    assert [doc.slice(p) for p in doc.paragraphs] == [
        "Ministry welcomes the treaty",
        "The ministry said  on Wednesday it welcomed the treaty.",
        "It takes effect at once.",
    ]


def odt_table(*rows: Sequence[str]) -> str:
    """An OpenDocument table as LibreOffice writes it: its columns, then its rows of
    cells (each cell's content given as XML)."""
    columns = '<table:table-column table:number-columns-repeated="2"/>'
    cells = (
        "".join(f'<table:table-cell office:value-type="string">{c}</table:table-cell>' for c in row)
        for row in rows
    )
    return (
        f'<table:table table:name="Table1">{columns}'
        + "".join(f"<table:table-row>{r}</table:table-row>" for r in cells)
        + "</table:table>"
    )


def odt_para(text: str) -> str:
    return f"<text:p>{text}</text:p>"


def test_an_opendocument_table_in_a_table_cell_is_read_once_its_rows_after_the_row_it_sits_in(
    tmp_path: Path,
) -> None:
    # LibreOffice ends a cell holding a table with a paragraph, empty here
    inner = odt_table([odt_para("Adults"), odt_para("2")], [odt_para("Children"), odt_para("1")])
    body = odt_table(
        [odt_para("Killed") + inner + "<text:p/>", odt_para("3")],
        [odt_para("Injured"), odt_para("12")],
    )
    assert paragraphs(write_odt(tmp_path / "release.odt", body)) == [
        "Killed | 3",
        "Adults | 2",
        "Children | 1",
        "Injured | 12",
    ]


def test_an_opendocument_footnote_in_a_table_cell_is_left_out(tmp_path: Path) -> None:
    # LibreOffice writes a footnote inside the paragraph it is anchored to, its number
    # and its body with it
    note = (
        '<text:note text:id="ftn1" text:note-class="footnote">'
        "<text:note-citation>1</text:note-citation>"
        "<text:note-body><text:p>Police figures.</text:p></text:note-body></text:note>"
    )
    body = odt_table([odt_para(f"Killed{note}"), odt_para("3")])
    assert paragraphs(write_odt(tmp_path / "release.odt", body)) == ["Killed | 3"]


def test_an_opendocument_heading_in_a_table_cell_is_read_as_the_cells_text(
    tmp_path: Path,
) -> None:
    heading = '<text:h text:outline-level="2">Killed</text:h>'
    body = odt_table([heading, odt_para("3")])
    assert paragraphs(write_odt(tmp_path / "release.odt", body)) == ["Killed | 3"]


def test_an_opendocument_comment_in_a_table_cell_is_left_out(tmp_path: Path) -> None:
    comment = "<office:annotation><text:p>Check this figure.</text:p></office:annotation>"
    body = odt_table([odt_para(f"Killed{comment}"), odt_para("3")])
    assert paragraphs(write_odt(tmp_path / "release.odt", body)) == ["Killed | 3"]


def write_odt_styled(path: Path, body: str, automatic_styles: str = "") -> Path:
    """An .odt as LibreOffice writes it: Dublin Core and style namespaces declared, the
    automatic styles (a paragraph's style derived from a named one) before the body."""
    dc, style = (
        "http://purl.org/dc/elements/1.1/",
        "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="{OFFICE}"'
        f' xmlns:text="{TEXT}" xmlns:table="{TABLE}" xmlns:dc="{dc}" xmlns:style="{style}">'
        f"<office:automatic-styles>{automatic_styles}</office:automatic-styles>"
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", content)
    return path


CHANGE_INFO = (
    "<office:change-info><dc:creator>Editor</dc:creator>"
    "<dc:date>2024-06-20T10:00:00</dc:date></office:change-info>"
)


def test_an_opendocument_comment_is_left_out(tmp_path: Path) -> None:
    # LibreOffice writes a comment inside the paragraph it is anchored to, with its
    # author and date
    comment = (
        '<office:annotation office:name="c1"><dc:creator>Editor</dc:creator>'
        "<dc:date>2024-06-20T10:00:00</dc:date><text:p>Check this figure.</text:p>"
        "</office:annotation>"
    )
    body = (
        f"<text:p>The fire killed four people.{comment} Police said so."
        '<office:annotation-end office:name="c1"/></text:p>'
    )
    doc = load_document(write_odt_styled(tmp_path / "release.odt", body))
    assert [doc.slice(p) for p in doc.paragraphs] == [
        "The fire killed four people. Police said so."
    ]


def test_opendocument_tracked_changes_are_read_accepted(tmp_path: Path) -> None:
    # the deleted words wait in the tracked-changes list at the top of the text; the
    # inserted ones stand in the paragraph between their change marks
    changes = (
        '<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion>'
        f"{CHANGE_INFO}<text:p>three </text:p></text:deletion></text:changed-region>"
        f'<text:changed-region text:id="ct2"><text:insertion>{CHANGE_INFO}</text:insertion>'
        "</text:changed-region></text:tracked-changes>"
    )
    body = (
        f'{changes}<text:p>The fire killed <text:change text:change-id="ct1"/>'
        '<text:change-start text:change-id="ct2"/>four <text:change-end text:change-id="ct2"/>'
        "people.</text:p>"
    )
    assert paragraphs(write_odt_styled(tmp_path / "release.odt", body)) == [
        "The fire killed four people."
    ]


def test_an_opendocument_pictures_title_and_description_are_left_out(tmp_path: Path) -> None:
    # the alternative text LibreOffice keeps with a picture anchored in a paragraph
    svg = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
    draw = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
    picture = (
        f'<draw:frame xmlns:draw="{draw}" xmlns:svg="{svg}"><draw:image/>'
        "<svg:title>Bridge photo</svg:title><svg:desc>A grey bridge at dusk</svg:desc>"
        "</draw:frame>"
    )
    body = f"<text:p>The mayor opened the bridge.{picture} Residents cheered.</text:p>"
    assert paragraphs(write_odt_styled(tmp_path / "release.odt", body)) == [
        "The mayor opened the bridge. Residents cheered."
    ]


def odt_text_box(*paras: str) -> str:
    """A text box as LibreOffice anchors it in a paragraph: a frame holding its paragraphs."""
    draw = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
    return (
        f'<draw:frame xmlns:draw="{draw}"><draw:text-box>'
        + "".join(odt_para(p) for p in paras)
        + "</draw:text-box></draw:frame>"
    )


def test_an_opendocument_text_box_is_a_paragraph_after_the_one_it_is_anchored_in(
    tmp_path: Path,
) -> None:
    body = odt_para("The mayor opened the bridge." + odt_text_box("Pull quote.")) + odt_para(
        "Residents cheered."
    )
    assert paragraphs(write_odt(tmp_path / "release.odt", body)) == [
        "The mayor opened the bridge.",
        "Pull quote.",
        "Residents cheered.",
    ]


def test_an_opendocument_text_box_in_a_table_cell_is_read_apart_from_its_words(
    tmp_path: Path,
) -> None:
    cell = odt_para("Killed" + odt_text_box("Fact box."))
    body = odt_table([cell, odt_para("3")])
    assert paragraphs(write_odt(tmp_path / "release.odt", body)) == ["Killed Fact box. | 3"]


def test_an_opendocument_paragraph_styled_as_the_title_is_the_articles_title(
    tmp_path: Path,
) -> None:
    # LibreOffice names the Title style itself, or a style of the paragraph's own
    # derived from it
    derived = (
        '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Title"/>'
    )
    body = (
        '<text:p text:style-name="P1">Ministry welcomes the treaty</text:p>'
        '<text:h text:outline-level="1">Background</text:h><text:p>The ministry said so.</text:p>'
    )
    doc = load_document(write_odt_styled(tmp_path / "release.odt", body, derived))
    assert doc.title == "Ministry welcomes the treaty"


# Whole articles -----------------------------------------------------------------------


def test_an_article_saved_as_a_word_file_reads_as_its_text(tmp_path: Path) -> None:
    text = load_document(AP)
    blocks = [para(run(text.slice(p))) for p in text.paragraphs]
    doc = load_document(write_docx(tmp_path / "ap.docx", blocks))
    assert [doc.slice(p) for p in doc.paragraphs] == [text.slice(p) for p in text.paragraphs]
    al = align(doc, text, method="lexical")
    assert sum(m.kind is MatchKind.CLAIM for m in al.matches) >= len(text.paragraphs) // 2


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.text(
            st.characters(
                blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="\ufffe\uffff"
            ),
            min_size=1,
            max_size=60,
        ).filter(lambda t: t.strip()),
        min_size=1,
        max_size=6,
    )
)
def test_no_word_file_loses_or_adds_words(tmp_path: Path, texts: list[str]) -> None:
    """As the same paragraphs in a text file read (its characters cleaned alike)."""
    path = write_docx(tmp_path / "any.docx", [para(run(t)) for t in texts])
    expected = clean("\n\n".join(texts)).split()
    if not expected:  # nothing but characters cleaning drops (a soft hyphen)
        with pytest.raises(IngestError, match="empty"):
            load_document(path)
        return
    assert load_document(path).text.split() == expected


# Refused ------------------------------------------------------------------------------


def test_an_old_word_file_is_refused_saying_how_to_open_it(tmp_path: Path) -> None:
    path = tmp_path / "release.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    with pytest.raises(IngestError, match=r"old Word or Office file .* save it as \.docx"):
        load_document(path)


MANIFEST = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"


def write_locked_odt(path: Path, encrypted: str) -> Path:
    """An .odt saved with a password, as LibreOffice writes it: the ``encrypted`` part
    (content.xml, or the whole package in one part) unreadable without the key, and the
    manifest saying how it was encrypted."""
    manifest = (
        f'<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="{MANIFEST}">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        f'<manifest:file-entry manifest:full-path="{encrypted}" manifest:media-type="">'
        '<manifest:encryption-data manifest:checksum-type="SHA256/1K" manifest:checksum="AA==">'
        '<manifest:algorithm manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc"'
        ' manifest:initialisation-vector="AA=="/></manifest:encryption-data>'
        "</manifest:file-entry></manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr(encrypted, bytes(range(256)) * 8)
        z.writestr("META-INF/manifest.xml", manifest)
    return path


@pytest.mark.parametrize("encrypted", ["content.xml", "encrypted-package"])
def test_an_opendocument_file_behind_a_password_is_refused_saying_how_to_open_it(
    tmp_path: Path, encrypted: str
) -> None:
    # LibreOffice encrypts each part (content.xml) or, since 24.2, the whole package
    path = write_locked_odt(tmp_path / "release.odt", encrypted)
    with pytest.raises(IngestError, match=r"protected by a password; save it without"):
        load_document(path)


def test_a_damaged_word_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "broken.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml", "<w:document><w:body><w:p>")
    with pytest.raises(IngestError, match="damaged"):
        load_document(path)


def test_a_word_file_of_no_text_is_empty(docx: Callable[..., Path]) -> None:
    with pytest.raises(IngestError, match="empty"):
        load_document(docx([para()]))


def test_a_part_too_large_to_read_is_refused(
    docx: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(office, "MAX_PART_BYTES", 2_000)
    path = docx([para(run("word " * 1_000))])
    with pytest.raises(IngestError, match="too large"):
        load_document(path)


def test_spans_nested_thousands_deep_are_refused_not_a_crash(tmp_path: Path) -> None:
    body = "<text:p>" + "<text:span>" * 5_000 + "deep" + "</text:span>" * 5_000 + "</text:p>"
    with pytest.raises(IngestError, match="could not be read"):
        load_document(write_odt(tmp_path / "deep.odt", body))


def test_a_zip_of_pictures_is_still_no_article(tmp_path: Path) -> None:
    path = tmp_path / "photos.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("photo.jpg", b"\xff\xd8\xff" + bytes(100))
    with pytest.raises(IngestError, match="binary"):
        load_document(path)


# Headings ------------------------------------------------------------------------------


def headings(path: Path) -> list[str]:
    doc = load_document(path)
    return [doc.slice(h) for h in doc.headings]


def test_a_word_files_paragraphs_styled_as_headings_are_its_headings(
    docx: Callable[..., Path],
) -> None:
    path = docx(
        [
            para(run("Ministry welcomes the treaty"), style="Title"),
            para(run("The ministry said on Wednesday that the treaty holds.")),
            para(run("Reaction in Seoul"), style="Heading1"),
            para(run("Seoul said it regretted the pact.")),
            para(run("Protections found lacking"), style="Heading2"),
            para(run("The report found gaps.")),
            para(run("Was nun folgt"), style="berschrift3"),
            para(run("Mehr.")),
        ]
    )
    assert headings(path) == ["Reaction in Seoul", "Protections found lacking", "Was nun folgt"]


def test_a_word_files_first_heading_titles_it_and_is_no_heading(
    docx: Callable[..., Path],
) -> None:
    path = docx([para(run("Ministry welcomes the treaty"), style="Heading1"), para(run("Text."))])
    assert (load_document(path).title, headings(path)) == ("Ministry welcomes the treaty", [])


def test_an_opendocument_files_lower_headings_are_its_headings(tmp_path: Path) -> None:
    body = (
        '<text:h text:outline-level="1">Ministry welcomes the treaty</text:h>'
        "<text:p>The ministry said on Wednesday that the treaty holds.</text:p>"
        '<text:h text:outline-level="2">Protections found lacking</text:h>'
        "<text:p>The report found gaps.</text:p>"
    )
    path = write_odt(tmp_path / "release.odt", body)
    assert headings(path) == ["Protections found lacking"]
