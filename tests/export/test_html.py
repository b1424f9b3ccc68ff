"""Tests of reader/export/html.py (through export_session, fmt="html")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from html import escape
from html.parser import HTMLParser

import pytest

from reader.export.entries import export_data
from reader.export.html import PALETTE, render_html, tint
from reader.model import LOOSE_WORDS
from reader.model.note import Note
from reader.model.session import Session
from tests.export.conftest import Exporter
from tests.export.html_styles import Text, contrast, page_texts
from tests.session.samples import HOSTILE, TEXT_A, sample_alignment, span_of


@pytest.fixture
def page(session: Session, export_text: Exporter) -> str:
    return export_text(session, "html")


@pytest.fixture
def hostile_page(hostile: Session, export_text: Exporter) -> str:
    return export_text(hostile, "html")


def test_page_has_both_titles(page: str) -> None:
    titles = "Putin and Kim sign defence pact / North Korea and Russia strike mutual defence deal"
    assert f"<h1 dir='ltr'>{titles}" in page


def test_passages_sit_side_by_side_in_one_row(page: str) -> None:
    row = re.search(
        r"<tr><td class='passage passage-claim'[^<]*>.*?</tr>", page[page.index("2.") :]
    )
    assert row is not None and "agreed on Wednesday" in row[0] and "pledged on June 19" in row[0]


def test_note_text_and_tags_appear(page: str) -> None:
    assert (
        "Both agree on the pledge; A says Wednesday." in page and "<span class='tag'>agrees" in page
    )


def test_passages_are_tinted_with_the_kind_colour(page: str) -> None:
    assert f"td.passage-quote {{ background-color: {tint(PALETTE['quote'])}; }}" in page


def test_palette_is_okabe_ito() -> None:
    assert (PALETTE["claim"], PALETTE["quote"], PALETTE["entity"], PALETTE["number"]) == (
        "#56B4E9",
        "#E69F00",
        "#009E73",
        "#CC79A7",
    )


def test_page_is_self_contained(page: str) -> None:
    assert not re.search(r"<script|<link|src=|href=|url\(", page)


def test_article_markup_comes_out_escaped(hostile_page: str) -> None:
    assert hostile_page.count(escape(HOSTILE, quote=True)) == 3  # A, B and the note


def test_no_script_element_survives(hostile_page: str) -> None:
    assert "<script" not in hostile_page


def test_no_attribute_can_be_injected(hostile_page: str) -> None:
    assert '" onmouseover="' not in hostile_page


def test_tags_are_escaped(hostile_page: str) -> None:
    assert "<span class='tag'>&lt;b&gt;tag&lt;/b&gt;</span>" in hostile_page


def test_passages_only_in_a_have_their_own_section(page: str) -> None:
    section = page[page.index("<h2>Only in A") :]
    assert "Putin and Kim sign defence pact (1 passage)</h2>" in section
    assert "<table class='only'" in section
    assert "Only in B" not in page


def test_only_annotated_html_has_no_only_in_section(
    session: Session, export_text: Exporter
) -> None:
    assert "<h2>" not in export_text(session, "html", only_annotated=True)


def test_only_annotated_html_without_notes_says_no_passage_has_a_note(session: Session) -> None:
    """export_session refuses such an export; rendered anyway, it says why it is empty."""
    page = render_html(export_data(Session(session.alignment), only_annotated=True))
    assert "<p><i>No passage has a note, so nothing is exported: only annotated" in page
    assert "No matches" not in page


def test_html_of_a_pair_without_matches_or_notes_says_so(
    session: Session, export_text: Exporter
) -> None:
    bare = Session(replace(session.alignment, matches=(), discrepancies=()))
    page = export_text(bare, "html")
    assert "<p><i>No claim or quote matches and no notes to export.</i></p>" in page


# -- right-to-left text: each passage and note laid out by its own direction --------------

HEBREW_PASSAGE = "ההסכם נחתם ביום רביעי (18 ביוני)."
HEBREW_NOTE = "לבדוק את התאריך: רביעי או חמישי?"
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_VOID = frozenset({"br", "meta", "img", "hr", "input", "link"})


@dataclass
class _Element:
    tag: str
    attrs: dict[str, str | None]
    children: list[_Element | str] = field(default_factory=list)

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def auto_direction(self) -> str | None:
        """What a browser makes of ``dir='auto'`` here (HTML's auto-directionality: the
        first strong letter, skipping children that set their own ``dir``)."""
        for child in self.children:
            if isinstance(child, _Element):
                found = None if "dir" in child.attrs else child.auto_direction()
                if found:
                    return found
                continue
            for ch in child:
                if _RTL.match(ch):
                    return "rtl"
                if ch.isalpha():
                    return "ltr"
        return None


class _Tree(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Element("#root", {})
        self.open = [self.root]
        self.all: list[_Element] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = _Element(tag, dict(attrs))
        self.open[-1].children.append(element)
        self.all.append(element)
        if tag not in _VOID:
            self.open.append(element)

    def handle_endtag(self, tag: str) -> None:
        while len(self.open) > 1:  # close up to the element this tag ends
            if self.open.pop().tag == tag:
                break

    def handle_data(self, data: str) -> None:
        self.open[-1].children.append(data)


def cell_holding(page: str, text: str, css_class: str) -> _Element:
    """The ``td`` of class ``css_class`` whose text holds ``text``."""
    tree = _Tree()
    tree.feed(page)
    return next(
        e
        for e in tree.all
        if e.tag == "td" and css_class in (e.attrs.get("class") or "").split() and text in e.text()
    )


def direction(cell: _Element) -> str | None:
    """The direction a browser lays ``cell`` out in."""
    if cell.attrs.get("dir") == "auto":
        return cell.auto_direction()
    return cell.attrs.get("dir") or "ltr"


@pytest.fixture
def hebrew_page(export_text: Exporter) -> str:
    """The sample pair with a Hebrew sentence closing A and a Hebrew note on it."""
    text_a = f"{TEXT_A} {HEBREW_PASSAGE}"
    note = Note("n1", HEBREW_NOTE, a=span_of(text_a, HEBREW_PASSAGE))
    return export_text(Session(sample_alignment(text_a)).add_note(note), "html")


def test_a_hebrew_passage_reads_right_to_left(hebrew_page: str) -> None:
    assert direction(cell_holding(hebrew_page, HEBREW_PASSAGE, "passage")) == "rtl"


def test_a_hebrew_note_reads_right_to_left(hebrew_page: str) -> None:
    assert direction(cell_holding(hebrew_page, HEBREW_NOTE, "note")) == "rtl"


def test_hebrew_reads_right_to_left_in_the_pdf_too(hebrew_page: str) -> None:
    """Qt's rich text, which lays out the PDF, ignores ``dir='auto'``: an Arabic or
    Hebrew passage or note came out left-aligned there; its cell now says rtl itself."""
    for text, css in ((HEBREW_PASSAGE, "passage"), (HEBREW_NOTE, "note")):
        cell = cell_holding(hebrew_page, text, css)
        assert (cell.attrs.get("dir"), cell.attrs.get("align")) == ("rtl", "right")


def test_an_english_passage_still_reads_left_to_right(hebrew_page: str) -> None:
    cell = cell_holding(hebrew_page, "agreed on Wednesday", "passage")
    assert direction(cell) == "ltr"


# -- what tells the kinds apart besides colour, and contrast ---------------------------------


@pytest.fixture
def every_kind_page(export_text: Exporter) -> str:
    """A claim, a quote, an entity, a number with a discrepancy, and a passage only in A."""
    return export_text(Session(sample_alignment()), "html", minor=True)


def shown_as(page: str, text: str) -> Text:
    """How the page shows the piece of text that starts with ``text``."""
    return next(t for t in page_texts(page) if t.text.startswith(text))


def underline(shown: Text) -> tuple[str | None, str | None]:
    """The underline's style as a browser draws it (text-decoration) and as Qt's rich text
    (the PDF export) does (text-underline-style); None for no underline."""
    style = shown.style
    browser = "underline" in style.get("text-decoration-line", "")
    return (
        style.get("text-decoration-style", "solid") if browser else None,
        style.get("text-underline-style"),
    )


def test_each_kind_has_the_windows_cue_besides_its_colour(every_kind_page: str) -> None:
    """As in the window (reader/ui/highlights.py): a claim is a flat tint, a quote has a
    dashed underline, an entity a solid one, a number a dotted one in semi-bold, a
    discrepancy a wavy one in bold, a passage only in one article is hatched."""
    page = every_kind_page
    claim = shown_as(page, "Russia and North Korea agreed")
    quote, entity = shown_as(page, "This is a breakthrough"), shown_as(page, "Kim")
    number, differs = shown_as(page, "three hours"), shown_as(page, "Differs:")
    assert underline(claim) == (None, None)
    assert underline(quote) == ("dashed", "dashed")
    assert underline(entity) == ("solid", "solid")
    assert underline(number) == ("dotted", "dotted")
    assert underline(differs) == ("wavy", "wave")
    assert int(number.style["font-weight"]) >= 600
    assert differs.style["font-weight"] in ("bold", "700")
    assert "font-weight" not in claim.style
    texts = page_texts(page)
    heading = next(i for i, t in enumerate(texts) if t.text.startswith("Only in A"))
    only = texts[heading + 1]  # the passage under it
    assert only.background_image and "linear-gradient" in only.background_image


def test_every_text_reads_at_4_5_to_1_and_its_underline_at_3_to_1(every_kind_page: str) -> None:
    texts = page_texts(every_kind_page)
    assert len(texts) > 20
    for shown in texts:
        colour = shown.style.get("color", "#000000")
        assert contrast(colour, shown.background) >= 4.5, (shown.text, colour, shown.background)
        if underline(shown) != (None, None):
            line = shown.style.get("text-decoration-color", colour)
            assert contrast(line, shown.background) >= 3.0, (shown.text, line, shown.background)


def test_control_characters_in_a_note_do_not_reach_the_page(
    session: Session, export_text: Exporter
) -> None:
    m = session.alignment.matches[0]
    noted = session.add_note(
        Note.new("pasted\x00from a\x1b[0m terminal\x7f\x85 end", match_id=m.id)
    )
    page = export_text(noted, "html")
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", page)
    assert "pasted\ufffdfrom a\ufffd[0m terminal\ufffd\ufffd end" in page


def test_an_export_of_one_entry_says_one_entry(one_entry: Session, export_text: Exporter) -> None:
    """The header read "1 entries"."""
    assert ": 1 entry.</p>" in export_text(one_entry, "html")


# -- a loose claim, scored under LOOSE_SCORE -----------------------------------------------


@pytest.fixture
def loose_page(loose: Session, export_text: Exporter) -> str:
    return export_text(loose, "html")


def test_a_loose_claim_is_tinted_paler_than_a_sure_one(loose_page: str) -> None:
    loose = shown_as(loose_page, "Russia and North Korea agreed")
    sure = shown_as(loose_page, "The talks lasted")
    assert sure.background == tint(PALETTE["claim"])
    assert loose.background != sure.background
    assert contrast(loose.background, "#FFFFFF") < contrast(sure.background, "#FFFFFF")
    assert contrast("#1A1A1A", loose.background) >= 4.5


def test_a_loose_claim_says_so_after_its_score(loose_page: str) -> None:
    assert f"score 0.62, {LOOSE_WORDS}" in loose_page
    assert "score 0.90" in loose_page
    assert loose_page.count(LOOSE_WORDS) == 1  # the sure claim's score stands alone


def elements(cell: _Element, tag: str) -> list[_Element]:
    """The elements ``tag`` inside ``cell``, in order."""
    out = []
    for child in cell.children:
        if isinstance(child, _Element):
            out += [child] if child.tag == tag else []
            out += elements(child, tag)
    return out


def test_a_crosshead_in_a_passage_is_a_heading_in_its_cell(
    headed: Session, export_text: Exporter
) -> None:
    page = export_text(headed, "html")
    cell = cell_holding(page, "Putin called the agreement", "passage")
    [heading] = elements(cell, "h3")
    assert heading.text() == "A breakthrough, says Putin"
    assert heading.attrs["class"] == "heading" and "font-weight: bold" in (
        heading.attrs["style"] or ""
    )
    assert cell.text().endswith(
        "A breakthrough, says PutinPutin called the agreement a breakthrough document that "
        "would take relations to a new level. Kim said the two countries had become allies."
    )


def test_a_name_matched_in_a_crosshead_is_bold_in_its_cell(
    headed: Session, export_text: Exporter
) -> None:
    page = export_text(headed, "html", minor=True)
    bold = [
        b
        for e in _tree(page).all
        if e.tag == "td" and "passage-entity" in (e.attrs.get("class") or "")
        for b in elements(e, "b")
    ]
    assert [b.text() for b in bold] == ["Putin"]
    assert len(re.findall("<h3", page)) == 1  # the crosshead the note covers


def _tree(page: str) -> _Tree:
    tree = _Tree()
    tree.feed(page)
    return tree
