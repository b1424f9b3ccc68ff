"""Tests of reader/ingest/pdf_layout.py: where a PDF's layout ends a paragraph that its
text runs on (another size of type, a wider gap, a line that left room for the next
word), read from the places of the lines, and from PDFs printed in tmp_path."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from reader.analysis import align
from reader.ingest import load_document
from reader.ingest.pdf_layout import LaidOutPage, PrintedLine, paragraph_ends, with_layout_breaks
from tests.pdf_files import ARTICLE_PDF, one_full_line, printed_page

if TYPE_CHECKING:  # the PDFs printed here need Qt, as the gui tests do
    from PySide6.QtWidgets import QApplication

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample"
HANKYOREH = SAMPLE / "hankyoreh-2024-06-20-putin-kim-mutual-assistance.txt"
AP = SAMPLE / "ap-2024-06-20-north-korea-deal-military-assistance.txt"

COLUMN = 400.0  # the right end of a full line
BODY = 11.0  # the type's height
SPACING = 14.0  # from a baseline to the next


def printed(rights: list[float], *, heights: list[float] | None = None) -> list[PrintedLine]:
    """Lines one under the other at the line spacing, each ending at its right end."""
    heights = heights or [BODY] * len(rights)
    return [
        PrintedLine(baseline=SPACING * k, height=h, left=0.0, right=right)
        for k, (right, h) in enumerate(zip(rights, heights, strict=True))
    ]


def ends(texts: list[str], lines: list[PrintedLine]) -> set[int]:
    return paragraph_ends(texts, lines, [False] * (len(lines) - 1))


# A line ending at 300 and the next, of 9 letters in 100 units (11 a letter): it left
# room for "word" (4 letters and WORD_ROOM's 1.5: 61 units) in a column ending at 400.
ROOMY = ["the words go on", "word word a"]


# The evidence, as tables --------------------------------------------------------------


def test_a_line_followed_by_another_size_of_type_ends_its_paragraph() -> None:
    lines = printed([COLUMN, COLUMN, COLUMN], heights=[16.0, BODY, BODY])
    assert ends(["A headline in large type", "The body goes", "on and on"], lines) == {0}


def test_a_gap_wider_than_the_line_spacing_ends_a_paragraph() -> None:
    lines = [
        PrintedLine(baseline=y, height=BODY, left=0.0, right=COLUMN) for y in (0, 14, 28, 48, 62)
    ]
    assert ends(["one", "two", "three", "four", "five"], lines) == {2}


def test_a_line_that_left_room_for_the_next_lines_first_word_ends_its_paragraph() -> None:
    lines = printed([COLUMN, 300.0, 100.0])
    assert ends(["a full line of words", *ROOMY], lines) == {1}


def test_a_line_too_short_for_the_next_lines_long_first_word_goes_on() -> None:
    lines = printed([COLUMN, 300.0, 110.0])
    assert ends(["a full line", "ends here", "extraordinarily"], lines) == set()


def test_the_lines_of_a_paragraph_printed_full_stay_one() -> None:
    lines = printed([COLUMN, 396.0, 390.0, 398.0, 120.0])
    assert ends(["the", "lines", "of a", "long", "paragraph"], lines) == set()


def test_a_line_ending_in_a_word_cut_by_a_hyphen_goes_on() -> None:
    lines = printed([COLUMN, 300.0, 100.0])
    assert ends(["a full line", "held at Kim Il-", "sung Square"], lines) == set()


def test_the_lines_of_a_quotation_set_in_are_measured_against_its_own_width() -> None:
    body = [PrintedLine(SPACING * k, BODY, 0.0, COLUMN) for k in range(2)]
    quote = [PrintedLine(SPACING * k, BODY, 40.0, 360.0) for k in range(2, 5)]
    # the quotation's full lines end at 360, short of the body's 400 by more than "a"
    texts = ["body", "body", "the quotation set in", "a quotation set in goes on and on", "on"]
    assert ends(texts, body + quote) == set()


def test_lines_already_apart_are_not_counted_again() -> None:
    lines = printed([COLUMN, 300.0, 100.0], heights=[16.0, BODY, BODY])
    assert paragraph_ends(["A headline", *ROOMY], lines, [True, True]) == set()


def test_a_blank_line_is_put_after_a_line_that_ends_a_paragraph() -> None:
    page = LaidOutPage(
        "A headline\nThe body", tuple(printed([COLUMN, COLUMN], heights=[16.0, BODY]))
    )
    assert with_layout_breaks(page) == "A headline\n\nThe body"


def test_a_page_whose_lines_do_not_match_its_places_is_left_as_it_is() -> None:
    page = LaidOutPage("A headline\nThe body", tuple(printed([COLUMN], heights=[16.0])))
    assert with_layout_breaks(page) == "A headline\nThe body"


# PDFs printed here --------------------------------------------------------------------


def paragraphs(path: Path) -> list[str]:
    return load_document(path).text.split("\n\n")


LEAD = (
    "North Korean leader Kim Jong-un and Russian President Vladimir Putin signed an "
    "agreement outlining a comprehensive strategic partnership after their summit in "
    "Pyongyang on Wednesday."
)
SECOND = (
    "Following a private and an expanded meeting lasting for about three hours, Kim and "
    "Putin announced in a joint press briefing that they had signed an agreement for a "
    "comprehensive strategic partnership."
)
THIRD = (
    "Putin said the new agreement arranged for the two countries to provide mutual "
    "assistance in the event that either country comes under attack."
)


def test_the_text_is_pypdfs_own_layout_text() -> None:
    """The page is laid out by pypdf's own steps: the text is what pypdf's layout mode
    gives (a pypdf that changes them shows here)."""
    from pypdf import PdfReader

    from reader.ingest.pdf_layout import laid_out

    for page in PdfReader(ARTICLE_PDF).pages:
        printed_lines = laid_out(page)
        assert printed_lines is not None
        assert printed_lines.text == page.extract_text(extraction_mode="layout")


@pytest.mark.gui
def test_a_web_pages_headline_date_line_and_caption_are_paragraphs_of_their_own(
    qapp: QApplication, tmp_path: Path
) -> None:
    page = printed_page(
        tmp_path / "page.pdf",
        html=(
            '<p style="font-size:16pt; font-weight:bold; margin:0">Putin, Kim pledge '
            "mutual assistance in event of outside aggression, as the two leaders sign a "
            "treaty</p>"
            '<p style="font-size:9pt; margin:0">Posted on : 2024-06-20 17:30 KST</p>'
            f'<p style="margin:0 0 4px 0">{LEAD}</p>'
            '<p style="font-size:9pt; margin:0">Kim Jong-un and Vladimir Putin walk '
            "side-by-side at a welcome ceremony held at Kim Il-sung Square in Pyongyang, "
            "North Korea, on June 18, 2024. (AFP/Yonhap)</p>"
            f'<p style="margin:0 0 4px 0">{SECOND}</p>'
        ),
    )
    assert paragraphs(page) == [
        "Putin, Kim pledge mutual assistance in event of outside aggression, as the two "
        "leaders sign a treaty",
        "Posted on : 2024-06-20 17:30 KST",
        LEAD,
        "Kim Jong-un and Vladimir Putin walk side-by-side at a welcome ceremony held at Kim "
        "Il-sung Square in Pyongyang, North Korea, on June 18, 2024. (AFP/Yonhap)",
        SECOND,
    ]


WORDS = " ".join([LEAD, SECOND, THIRD])


@pytest.mark.gui
def test_full_lines_set_apart_by_a_gap_narrower_than_a_line_are_paragraphs(
    qapp: QApplication, tmp_path: Path
) -> None:
    """Full lines (their layout shows no end) a fifth of a line apart, under a paragraph
    that shows the page's line spacing."""
    lines = [one_full_line(text) for text in (LEAD, SECOND, THIRD)]
    html = "".join(f'<p style="margin:0 0 8px 0">{text}</p>' for text in [WORDS, *lines])
    assert paragraphs(printed_page(tmp_path / "page.pdf", html=html)) == [WORDS, *lines]


@pytest.mark.gui
def test_a_paragraph_and_a_caption_in_smaller_type_below_it_are_each_whole(
    qapp: QApplication, tmp_path: Path
) -> None:
    caption = (
        "North Korean leader Kim Jong-un and President Vladimir Putin of Russia walk "
        "side-by-side at a welcome ceremony for Putin and his delegation held at Kim "
        "Il-sung Square in Pyongyang, North Korea, on June 18, 2024. (AFP/Yonhap)"
    )
    html = f'<p style="margin:0">{WORDS}</p><p style="font-size:8pt; margin:0">{caption}</p>'
    assert paragraphs(printed_page(tmp_path / "page.pdf", html=html)) == [WORDS, caption]


@pytest.mark.gui
def test_a_line_that_left_room_for_the_next_word_as_printed_ends_its_paragraph(
    qapp: QApplication, tmp_path: Path
) -> None:
    """A caption printed to seven eighths of the column, the next paragraph in the same
    type right under it: its first word would have fit (its characters alone do not
    show it)."""
    caption = one_full_line(SECOND, width_cm=14)
    page = printed_page(tmp_path / "page.pdf", text="\n".join([caption, LEAD]))
    assert paragraphs(page) == [caption, LEAD]


@pytest.mark.gui
def test_paragraphs_printed_without_a_gap_are_read_whole(
    qapp: QApplication, tmp_path: Path
) -> None:
    page = printed_page(tmp_path / "page.pdf", text="\n".join([LEAD, SECOND, THIRD]))
    assert paragraphs(page) == [LEAD, SECOND, THIRD]


@pytest.mark.gui
def test_a_narrow_column_printed_without_gaps_cuts_no_paragraph(
    qapp: QApplication, tmp_path: Path
) -> None:
    """Ten lines a paragraph, none cut in two (one that ends with a full line may run on
    into the next: its layout does not show the end)."""
    page = printed_page(tmp_path / "page.pdf", text="\n".join([LEAD, SECOND]), width_cm=6)
    read = paragraphs(page)
    assert all(any(whole in one for one in read) for whole in [LEAD, SECOND])


@pytest.mark.gui
def test_a_quotation_set_in_without_a_gap_is_one_paragraph(
    qapp: QApplication, tmp_path: Path
) -> None:
    quote = (
        "“Relations between our countries have risen to a new high level of alliance, and "
        "the great interstate treaty meets the strategic nature of our relations in the new "
        "era,” Kim said."
    )
    page = printed_page(
        tmp_path / "page.pdf",
        html=f'<p style="margin:0">{LEAD}</p><p style="margin:0 60px">{quote}</p>',
    )
    assert paragraphs(page)[-1] == quote


# The printed sample, as the auditor read it --------------------------------------------


def test_the_printed_sample_reads_as_the_paragraphs_of_its_text() -> None:
    """Date line, subheading and photo caption (printed twice) each a paragraph, as in
    the text the PDF was printed from (but the line in Korean: no CJK font here)."""

    def readable(path: Path) -> list[str]:
        doc = load_document(path)
        return [doc.slice(p) for p in doc.paragraphs if "korean article" not in doc.slice(p)]

    assert readable(ARTICLE_PDF) == readable(HANKYOREH)


@pytest.mark.slow
def test_the_printed_sample_has_the_discrepancies_of_its_text() -> None:
    """The June 18 / June 19 date is one discrepancy, as for the text, not one for the
    caption and one for the date line and subheading run into it."""

    def discrepancies(path: Path) -> list[str]:
        al = align(load_document(path), load_document(AP))
        return sorted(d.detail for d in al.discrepancies)

    assert discrepancies(ARTICLE_PDF) == discrepancies(HANKYOREH)
