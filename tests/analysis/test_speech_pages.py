"""A fact-checker's misquotation pair (tests/data/pages/speech_*): one address quoted by
two outlets, one of them misquoting it, aligned by both methods. Each misquote is a
discrepancy; a quotation trimmed with "...", one with an editor's "[The government]",
one split by its attribution and one repeated in a pull quote are none."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model import Alignment, DiscrepancyKind
from tests.page_pairs import quoted, shown_discrepancies
from tests.speech_pages import speech_alignment

JOINED = (
    "“winter. That cap will be paid for by a windfall levy on the…”"
    " vs “winter, and no family will be left behind”"
)


@pytest.fixture(scope="module", params=["lexical", "semantic"])
def speech(request: pytest.FixtureRequest, data_dir: Path) -> Alignment:
    return speech_alignment(data_dir, request.param)


# was three: the quotation B joins from two places of the address read as an excerpt
def test_the_four_misquotes_are_the_discrepancies(speech: Alignment) -> None:
    assert shown_discrepancies(speech) == [
        "“Thousands” vs “Hundreds”",
        JOINED,
        "“2035” vs “2030”",
        "said by Tomas Rehn vs said by Clara Vennick",
    ]


def test_the_joined_quotation_is_a_quote_discrepancy_on_its_words(speech: Alignment) -> None:
    found = next(d for d in speech.discrepancies if d.detail == JOINED)
    assert found.kind is DiscrepancyKind.QUOTE
    assert speech.b.slice(found.b) == "winter, and no family will be left behind"
    assert speech.a.slice(found.a).startswith("winter. That cap will be paid for")


# was twice: a blockquote in a <figure class="quote-box"> repeating the body's words
def test_the_pull_quote_is_read_once(speech: Alignment) -> None:
    hundreds = [q for q, _ in quoted(speech, "b") if q.startswith("“Hundreds")]
    assert len(hundreds) == 1


# were "the prime minister": named "Prime Minister Clara Vennick" eight sentences before
def test_the_prime_minister_is_the_one_the_article_names_so(speech: Alignment) -> None:
    speakers = {s for _, s in quoted(speech, "b")}
    assert "the prime minister" not in speakers


# was no one: "Prime Minister Clara Vennick last night promised ..., vowing: "...""
def test_the_lead_s_quotation_after_vowing_is_vennick_s(speech: Alignment) -> None:
    assert ("“We will cap energy bills for ", "Clara Vennick") in quoted(speech, "b")


# was no one: "She ended the 14-minute address with a promise: "...""
def test_the_address_s_last_words_are_vennick_s(speech: Alignment) -> None:
    assert ("“No family will be left behind", "Clara Vennick") in quoted(speech, "a")


def test_the_split_quotation_matches_the_whole_without_a_discrepancy(speech: Alignment) -> None:
    pairs = [
        (speech.a.slice(m.a), speech.b.slice(m.b)) for m in speech.matches if m.kind == "quote"
    ]
    assert ("“We will act,”", "“We will act, and we will act now,”") in pairs
    assert ("“and we will act now.”", "“We will act, and we will act now,”") in pairs


def test_the_video_captions_are_no_quotations(speech: Alignment) -> None:
    assert not [q for q, _ in quoted(speech, "a") if q.startswith('"We will act, and')]
    assert not [
        q for q, _ in quoted(speech, "b") if q.startswith("“We did not choose this crisis”")
    ]
