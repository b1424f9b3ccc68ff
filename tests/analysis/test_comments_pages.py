"""A fact-checker's pair with readers' comments (tests/data/pages/comments_*): the
Brackenford Echo's flood report with 37 comments under it in a section it names
"discussion" (commenters' figures, "It was 20 people, not 12!", "the water was 2 metres
deep", "More like 300", "80mm, not 62mm", a councillor misquoted, a thread of replies,
users "JohnSmith1972" and "Maria K."), and the Midshire Evening Post's, a "Your views" box
of three letters in plain <div>s after the story and a "Top comments" sidebar
("Fifty people rescued", "£12m at least"). The boats' rescues are the one real
discrepancy (12 vs 18); no commenter's figure is compared, no comment linked, no
commenter read as a speaker."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model import Alignment
from tests.comments_pages import comments_alignment
from tests.page_pairs import figure_pairs, quoted, shown_discrepancies


@pytest.fixture(scope="module", params=["lexical", "semantic"])
def flood(request: pytest.FixtureRequest, data_dir: Path) -> Alignment:
    return comments_alignment(data_dir, request.param)


_COMMENTERS = ["JohnSmith1972", "Maria K.", "RiversideResident", "Helen_W", "wendlewatcher"]
_COMMENTED = [
    "It was 20 people",
    "2 metres deep",
    "More like 300",
    "80mm",
    "fully prepared",
    "£10 million",
    "Fifty people",
    "£12m",
    "we saw this coming",
    "300 homes at risk",
    "nearer 20 miles",
]


# was: "It was 20 people, not 12!" the first line of A (trafilatura's pick), "only in" it
@pytest.mark.parametrize("words", _COMMENTED + _COMMENTERS)
def test_no_comment_is_read_as_the_story(flood: Alignment, words: str) -> None:
    assert words not in flood.a.text and words not in flood.b.text


# was: A's headline twice, the comment read above it
def test_the_echo_s_headline_opens_its_story_once(flood: Alignment) -> None:
    assert flood.a.text.startswith("Brackenford floods: 12 rescued")
    assert flood.a.text.count("Brackenford floods: 12 rescued") == 1


def test_the_boats_rescues_are_the_discrepancy(flood: Alignment) -> None:
    shown = shown_discrepancies(flood)
    assert "Twelve vs Eighteen rescued" in shown
    assert not [s for s in shown if "20" in s or "300" in s or "Fifty" in s]


# was "35 vs Eighteen people" (semantic): A's 35 people who "spent the night at the
# Brackenford Leisure Centre" against B's lead, "Eighteen people had to be rescued"
def test_the_sheltered_are_not_the_rescued(flood: Alignment) -> None:
    assert not [s for s in shown_discrepancies(flood) if "35" in s]


def test_the_story_s_last_paragraph_is_kept(flood: Alignment) -> None:
    assert flood.a.text.rstrip().endswith("in place for the lower Wendle.")
    assert flood.b.text.rstrip().endswith("more rain for Tuesday.")


def test_the_speakers_are_the_story_s(flood: Alignment) -> None:
    speakers = {s for side in ("a", "b") for _, s in quoted(flood, side)}
    assert speakers == {"Tom Reyes", "Helen Marsh", "Graham Tull"}


def test_figures_told_in_other_units_agree(flood: Alignment) -> None:
    pairs = figure_pairs(flood)
    assert ("62mm", "2.5 inches") in pairs and ("3.1 metres", "10 feet") in pairs
