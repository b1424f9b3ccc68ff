"""Hostile text in every field of an HTML export (issue 7).

tests/export/test_html.py covers markup and double quotes in the articles, a note and a
tag. Here each text field a session carries (titles, sources, dates, file names, article
text, note text, tags, speakers, evidence, discrepancy details) holds, in turn, a
``<script>`` element, tags closing the table, and attribute-breaking double *and single*
quotes (the export's own attributes are single-quoted). The page is parsed back: only the
export's own elements and attributes may appear, and the payload must come back as text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from html.parser import HTMLParser

import pytest

from reader.model import Document
from reader.model.note import Note
from reader.model.session import Session
from tests.export.conftest import Exporter
from tests.session.samples import TEXT_A, TEXT_B, sample_alignment, span_of

PAYLOAD = (
    "<script>alert('x')</script>\" onmouseover=\"alert(1)' onfocus='alert(2)"
    "</td></tr></table><img src=x onerror=alert(3)><iframe src=http://e.invalid><!--"
)
PAYLOAD_NO_SLASH = "<img src=x onerror=alert(3)>\" onmouseover=\"alert(1)' onfocus='alert(2)"
"""For file names: the export keeps only the last path component."""

ALLOWED_TAGS = frozenset(
    {"html", "head", "meta", "title", "style", "body", "h1", "h2", "table", "thead", "tbody"}
    | {"tr", "td", "b", "br", "span", "p", "i"}
)
ALLOWED_ATTRIBUTES = frozenset(
    {"lang", "charset", "name", "content", "class", "width", "colspan", "bgcolor"}
    | {"cellspacing", "cellpadding", "dir"}
)


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.attributes: set[str] = set()
        self.text: list[str] = []
        self.comments: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attributes.update(name for name, _ in attrs)

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def handle_comment(self, data: str) -> None:
        self.comments.append(data)


def parse(page: str) -> _Page:
    parser = _Page()
    parser.feed(page)
    parser.close()
    return parser


def _hostile_doc(doc: Document, field: str) -> Document:
    if field == "title":
        return replace(doc, title=PAYLOAD)
    if field == "source":
        return replace(doc, source=PAYLOAD)
    if field == "date":
        return replace(doc, date=PAYLOAD)
    if field == "path":
        return replace(doc, path=f"/home/reader/{PAYLOAD_NO_SLASH}.html")
    return doc


def _session_with(field: str) -> Session:
    """The sample session with the payload in one field (on both sides where there are
    two), and a note on the claim."""
    text_a, text_b = TEXT_A, TEXT_B
    if field == "article":
        text_a, text_b = f"{TEXT_A} {PAYLOAD}", f"{TEXT_B} {PAYLOAD}"
    al = sample_alignment(text_a, text_b)
    al = replace(al, a=_hostile_doc(al.a, field), b=_hostile_doc(al.b, field))
    if field == "speaker":
        al = replace(al, matches=tuple(replace(m, speaker=PAYLOAD) for m in al.matches))
    if field == "evidence":
        al = replace(al, matches=tuple(replace(m, evidence=(PAYLOAD,)) for m in al.matches))
    if field == "detail":
        al = replace(al, discrepancies=tuple(replace(d, detail=PAYLOAD) for d in al.discrepancies))
    note = Note(
        "n1",
        PAYLOAD if field == "note" else "A note.",
        (PAYLOAD,) if field == "tag" else ("agrees",),
        match_id="m1",
    )
    session = Session(al).add_note(note)
    if field == "article":
        session = session.add_note(
            Note("n2", "On the payload.", a=span_of(text_a, PAYLOAD), b=span_of(text_b, PAYLOAD))
        )
    return session


FIELDS = [
    "title",
    "source",
    "date",
    "path",
    "article",
    "note",
    "tag",
    "speaker",
    "evidence",
    "detail",
]


@pytest.fixture
def hostile_page(export_text: Exporter) -> Callable[[str], str]:
    # minor: number and entity matches too (the discrepancy sits on a number match)
    return lambda field: export_text(_session_with(field), "html", minor=True)


@pytest.mark.parametrize("field", FIELDS)
def test_only_the_exports_own_elements_appear(
    hostile_page: Callable[[str], str], field: str
) -> None:
    assert parse(hostile_page(field)).tags <= ALLOWED_TAGS


@pytest.mark.parametrize("field", FIELDS)
def test_no_attribute_can_be_injected(hostile_page: Callable[[str], str], field: str) -> None:
    assert parse(hostile_page(field)).attributes <= ALLOWED_ATTRIBUTES


@pytest.mark.parametrize("field", FIELDS)
def test_no_comment_can_swallow_the_page(hostile_page: Callable[[str], str], field: str) -> None:
    assert parse(hostile_page(field)).comments == []


@pytest.mark.parametrize("field", FIELDS)
def test_payload_comes_back_as_text(hostile_page: Callable[[str], str], field: str) -> None:
    payload = PAYLOAD_NO_SLASH if field == "path" else PAYLOAD
    assert payload in "".join(parse(hostile_page(field)).text)


def test_documents_stay_valid_with_hostile_metadata() -> None:
    doc: Document = _session_with("title").alignment.a
    assert doc.title == PAYLOAD
