"""A fact-checker's gallery pair (tests/data/pages/gallery_*): a paper's photo gallery of
an invented flood in Harlow Springs (slides as <figure>/<figcaption> and as divs of
"slide__caption", counters "1 of 6", "4/6", "Image 5 of 6", credits, "Expand" and "Share
this image" links, the first caption again in its picture's alt text and in a strip of
thumbnails) against another paper's story: the homes evacuated differ in a caption (120
vs 150), the one real discrepancy; the counters are no figures, the credits no sentences,
and a caption told twice is read once."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model import Alignment, MatchKind
from tests.gallery_pages import dimmed_lines, gallery_alignment, gallery_page
from tests.page_pairs import figure_pairs, shown_discrepancies


@pytest.fixture(scope="module", params=["lexical", "semantic"])
def gallery(request: pytest.FixtureRequest, data_dir: Path) -> Alignment:
    return gallery_alignment(data_dir, request.param)


# was silent: the caption's nearest name before "120" is the neighbourhood ("the Eastgate
# neighborhood, where 120 homes were evacuated"), the story's the doer ("National Guard
# soldiers evacuated 150 homes in the Eastgate neighborhood"), read as two owners
def test_the_caption_s_homes_evacuated_differ_from_the_story_s(gallery: Alignment) -> None:
    assert shown_discrepancies(gallery) == ["120 vs 150 homes"]


# were passages only in A: "1 of 6", "2 of 6", "3 of 6", "Image 5 of 6"
def test_slide_counters_are_dimmed_and_no_figures(gallery: Alignment) -> None:
    counters = ["1 of 6", "2 of 6", "3 of 6", "4/6", "Image 5 of 6", "6/6"]
    assert [c for c in counters if c in dimmed_lines(gallery.a)] == counters
    assert not [s for s in gallery.only_a if " of 6" in gallery.a.slice(s)]
    assert not [(a, b) for a, b in figure_pairs(gallery) if a in {"6", "5"}]


# was lost: an "Expand" link alone in its block ended trafilatura's story after slide 4
def test_every_slide_s_caption_is_read(data_dir: Path) -> None:
    text = gallery_page(data_dir).text
    assert "Evacuees rest on cots" in text
    assert "Mayor Linda Carver tours the flooded riverfront park" in text


def test_a_gallery_s_controls_are_no_text(data_dir: Path) -> None:
    text = gallery_page(data_dir).text
    assert "Share this image" not in text and "Expand" not in text


# the first caption, again in the thumbnail strip without its credit (and in the alt
# text, never read), was linked twice with the story's sandbags
def test_a_caption_repeated_in_the_thumbnails_is_read_once(gallery: Alignment) -> None:
    doc = gallery.a
    told = [p for p in doc.paragraphs if doc.slice(p).startswith("Volunteers fill sandbags")]
    assert len(told) == 2
    linked = {m.a for m in gallery.matches if m.kind is MatchKind.CLAIM}
    assert [p for p in told if any(p.start <= s.start < p.end for s in linked)] == told[:1]


def test_the_credits_are_dimmed(data_dir: Path) -> None:
    doc = gallery_page(data_dir)
    dimmed = {doc.slice(s) for s in doc.boilerplate}
    assert {"Getty Images", "Jane Okafor/Reuters", "(AP Photo/Tom Whitfield)"} <= dimmed
    assert "Photo: Maria Delgado/Riverbend Daily" in dimmed


def test_the_mayor_s_quotation_in_a_caption_is_hers(gallery: Alignment) -> None:
    assert [q.speaker for q in gallery.quotes_a] == ["Linda Carver"]


# was no match: the caption's "about 2,000 bags" and the story's "some 2,000 sandbags"
# counted two things ("bag", "sandbag"), though the compound ends in the other's noun
def test_bags_and_sandbags_of_one_figure_are_matched(gallery: Alignment) -> None:
    assert ("2,000", "2,000") in figure_pairs(gallery)
