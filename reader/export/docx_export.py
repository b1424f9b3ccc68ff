"""Word export (``.docx``): the Markdown export's content as a document a write-up goes on
from in Word, LibreOffice or Google Docs. Written with the standard library (zipfile and
XML by hand, no dependency): the smallest package Word opens (the document, its styles,
the relationships and content types), headings in Word's own Title, Heading 1 and
Heading 2 styles (so its navigation pane lists the entries) and passages in its Quote
style; a line of a passage that the article's source marks as a heading (a crosshead) in
its Heading 3 style, indented as the quote, a part of one (a name in it) in bold.
Control characters, which XML cannot hold, are written as U+FFFD as in the HTML export.

A paragraph holding a passage, a note, a closest sentence or a quotation whose first strong
letter is Hebrew or Arabic is a right-to-left paragraph (``w:bidi``), as the HTML export
lays it out: Word takes no paragraph's direction from its text, so an Arabic note would
otherwise start at the left margin with its full stop on the wrong side.
"""

from __future__ import annotations

import io
import re
import zipfile
from xml.sax.saxutils import escape

from reader.bidi import is_rtl
from reader.export.entries import ExportData, readable_time
from reader.export.entry import Entry, heading_lines, line_blocks
from reader.export.passage_entries import closest_label

__all__ = ["render_docx"]

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
# what XML 1.0 cannot hold: the C0 controls but tab and line ends, lone surrogates, and
# U+FFFE/U+FFFF
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.styles+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-'
    'package.core-properties+xml"/></Types>'
)
_PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
    'relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'
)
_DOCUMENT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/styles" Target="styles.xml"/></Relationships>'
)


def _style(style_id: str, name: str, size: int, *, bold: bool = False, quote: bool = False,
           level: int | None = None, indent: bool = False) -> str:  # fmt: skip
    """A paragraph style: its name, size in half points, and how it looks (``indent``: a
    heading set in a quoted passage, as far in as the Quote style and in its italics)."""
    para = '<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/>'
    if indent:
        para = '<w:pPr><w:keepNext/><w:ind w:left="567"/><w:spacing w:before="120" w:after="60"/>'
    if level is not None:
        para += f'<w:outlineLvl w:val="{level}"/>'
    para += "</w:pPr>"
    if quote:
        para = '<w:pPr><w:ind w:left="567"/><w:spacing w:after="120"/></w:pPr>'
    looks = ("<w:b/>" if bold else "") + ("<w:i/>" if quote or indent else "")
    run = f'<w:rPr>{looks}<w:sz w:val="{size}"/></w:rPr>'
    return (
        f'<w:style w:type="paragraph" w:styleId="{style_id}"><w:name w:val="{name}"/>'
        f'<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>{para}{run}</w:style>'
    )


_STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<w:styles xmlns:w="{_W}"><w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22"/>'
    '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr>'
    "</w:pPrDefault></w:docDefaults>"
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
    "<w:qFormat/></w:style>"
    + _style("Title", "Title", 36, bold=True)
    + _style("Heading1", "heading 1", 30, bold=True, level=0)
    + _style("Heading2", "heading 2", 24, bold=True, level=1)
    + _style("Heading3", "heading 3", 24, bold=True, level=2, indent=True)
    + _style("Quote", "Quote", 22, quote=True)
    + "</w:styles>"
)


def _text(text: str) -> str:
    """``text`` as XML character data: what XML cannot hold as U+FFFD."""
    return escape(_NOT_XML.sub("\ufffd", text))


def _run(text: str, *, bold: bool = False, italic: bool = False) -> str:
    """One run of ``text``; its line breaks as Word's."""
    props = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
    head = f"<w:r><w:rPr>{props}</w:rPr>" if props else "<w:r>"
    lines = text.split("\n")
    body = "<w:br/>".join(f'<w:t xml:space="preserve">{_text(line)}</w:t>' for line in lines)
    return f"{head}{body}</w:r>"


def _para(*runs: str, style: str = "", text: str = "") -> str:
    """A paragraph of ``runs``; right to left when ``text`` (what it holds of a passage
    or note, not its English label) reads right to left."""
    props = f'<w:pStyle w:val="{style}"/>' if style else ""
    props += "<w:bidi/>" if is_rtl(text) else ""
    return f"<w:p>{f'<w:pPr>{props}</w:pPr>' if props else ''}{''.join(runs)}</w:p>"


def _passage(e: Entry, side: str) -> list[str]:
    """A passage in the Quote style; a line the source marks as a heading a paragraph of
    its own in the Heading 3 style (indented as the quote), a part of one (a name in a
    crosshead) in bold."""
    text = e.a_text if side == "a" else e.b_text
    lines = e.lines(side)
    if not heading_lines(lines):
        return [_para(_run(text), style="Quote", text=text)]
    out = []
    for block in line_blocks(lines):
        if block[0].heading:
            words = block[0].text.strip()
            out.append(_para(_run(words), style="Heading3", text=words))
            continue
        runs = [_run(line.text, bold=line.in_heading) for line in block]
        said = "\n".join(line.text for line in block)
        out.append(_para(*_between(runs, "<w:r><w:br/></w:r>"), style="Quote", text=said))
    return out


def _between(items: list[str], separator: str) -> list[str]:
    """``items`` with ``separator`` between each two."""
    out: list[str] = []
    for item in items:
        out += [separator, item] if out else [item]
    return out


def _header(data: ExportData) -> list[str]:
    a, b = data.a, data.b
    out = [_para(_run(f"{a.title} / {b.title}"), style="Title")]
    for letter, d in (("A", a), ("B", b)):
        rest = d.title + (f" — {d.byline}" if d.byline else "") + (f" ({d.path})" if d.path else "")
        out.append(_para(_run(f"{letter}: ", bold=True), _run(rest)))
    when = readable_time(data.exported)
    out.append(_para(_run(f"Exported by Crossread on {when}: {data.count_text()}.")))
    out += [_para(_run(sentence)) for sentence in data.preamble()]
    return out


def _entry(number: int, e: Entry) -> list[str]:
    facts = [*e.summary()]
    if e.tags:
        facts.append("tags: " + ", ".join(e.tags))
    out = [_para(_run(f"{number}. " + " · ".join(facts)), style="Heading2")]
    for letter, span in (("A", e.a), ("B", e.b)):
        if span is not None:
            out += [_para(_run(f"{letter}:", bold=True)), *_passage(e, letter.lower())]
    if e.evidence:
        out.append(_para(_run("Shared: ", bold=True), _run(", ".join(e.evidence))))
    out += [_para(_run("Differs: ", bold=True), _run(d)) for d in e.differs()]
    out += [_para(_run(e.wording))] if e.wording else []
    out += [_para(_run("Note: ", bold=True), _run(n.text), text=n.text) for n in e.notes if n.text]
    return out


def _body(data: ExportData) -> list[str]:
    out = _header(data)
    if not data.entries:
        out.append(_para(_run(data.empty_text(), italic=True)))
    for i, e in enumerate(data.entries, 1):
        out += _entry(i, e)
    for side, doc in (("a", data.a), ("b", data.b)):
        passages = data.only_in(side)
        if passages:
            out.append(_para(_run(data.only_heading(side, doc.title)), style="Heading1"))
            for e in passages:
                out += _passage(e, side)
                if e.closest_text:
                    near = " ".join(e.closest_text.split())
                    label = _run(f"{closest_label(e)}: ", italic=True)
                    out.append(_para(label, _run(near), text=near))
    for side, doc in (("a", data.a), ("b", data.b)):
        quoted = data.quoted_in(side)
        if quoted:
            out.append(_para(_run(data.quoted_heading(side, doc.title)), style="Heading1"))
            other = "B" if side == "a" else "A"
            for e in quoted:
                who = [_run(f"{e.who}: ", bold=True)] if e.who else []
                words = " ".join((e.a_text or e.b_text).split())
                also = f" ({e.also_in(other)})" if e.match_id else ""
                out.append(_para(*who, _run(words + also), text=words))
    return out


def _core(data: ExportData) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
        'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<dc:title>{_text(data.a.title)} / {_text(data.b.title)}</dc:title>"
        "<dc:creator>Crossread</dc:creator></cp:coreProperties>"
    )


def render_docx(data: ExportData) -> bytes:
    """The export as the bytes of a Word document."""
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:document xmlns:w="{_W}"><w:body>{"".join(_body(data))}'
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134"'
        ' w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/>'
        "</w:sectPr></w:body></w:document>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CONTENT_TYPES)
        z.writestr("_rels/.rels", _PACKAGE_RELS)
        z.writestr("word/document.xml", document)
        z.writestr("word/_rels/document.xml.rels", _DOCUMENT_RELS)
        z.writestr("word/styles.xml", _STYLES)
        z.writestr("docProps/core.xml", _core(data))
    return buffer.getvalue()
