"""A photo gallery's lines (reader/ingest/boilerplate.py, gallery_controls.py,
page_tree.py): a slide's counter ("1 of 12", "Image 4 of 12", "3/12") and its controls
("Expand", "Share this image") are dimmed or taken out, a caption repeated without its
credit (a thumbnail strip's) is read once, and a link ending a slide no longer ends the
story (tests/data/pages/gallery_*)."""

from __future__ import annotations

import pytest
from trafilatura.utils import load_html

from reader.ingest.boilerplate import boilerplate_spans, is_boilerplate_line
from reader.ingest.page_tree import prepare_page
from reader.ingest.segment import paragraph_spans


@pytest.mark.parametrize(
    "line",
    ["1 of 12", "Image 4 of 12", "Photo 3/12", "Slide 2 of 9", "Expand", "Share this image",
     "View gallery", "Start slideshow"],
)  # fmt: skip
def test_a_slide_s_counter_and_controls_are_boilerplate(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    ["3 of 12 were hurt.", "Image 4 of 12 shows the levee breaking.",
     "Expand the shelter, the mayor said."],
)  # fmt: skip
def test_sentences_like_a_slide_s_counter_are_not_boilerplate(line: str) -> None:
    assert not is_boilerplate_line(line)


def _dimmed(text: str) -> list[str]:
    paragraphs = paragraph_spans(text)
    return [text[s.start : s.end] for s in boilerplate_spans(text, paragraphs)]


CAPTION = "Volunteers fill sandbags outside the fire station, where 2,000 bags were handed out."


def test_a_caption_repeated_without_its_credit_is_dimmed() -> None:
    text = f"Flood\n\n{CAPTION} Photo: Maria Delgado/Reuters\n\nMore rain fell.\n\n{CAPTION}\n"
    assert _dimmed(text) == ["Photo: Maria Delgado/Reuters", CAPTION]


def test_a_caption_told_once_is_not_dimmed() -> None:
    assert _dimmed(f"Flood\n\n{CAPTION}\n\nMore rain fell.\n") == []


def _text_after(body: str) -> str:
    tree = load_html(f"<html><head><title>Flood</title></head><body>{body}</body></html>")
    assert tree is not None
    prepare_page(tree)
    return " ".join("".join(tree.find("body").itertext()).split())


def test_a_gallery_s_control_links_within_the_page_are_taken_out() -> None:
    body = (
        '<div class="slide__caption">Rescuers pull a man from his car.</div>'
        '<div class="slide__tools"><a href="#expand">Expand</a></div>'
        '<div><a href="javascript:void(0)">Share this image</a></div>'
        "<div><a>Next</a></div>"
    )
    assert _text_after(body) == "Rescuers pull a man from his car."


def test_a_link_to_another_page_or_of_other_words_stays() -> None:
    body = (
        '<div><a href="/photos/storm">Next</a></div>'
        '<div><a href="#slide-3">Rescuers at work</a></div>'
    )
    assert _text_after(body) == "NextRescuers at work"  # itertext joins the two blocks
