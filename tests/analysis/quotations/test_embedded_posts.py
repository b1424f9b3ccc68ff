"""An embedded social post is its poster's quotation (reader.ingest.posts, find_quotations):
listed among the article's quotations with the poster as speaker, linked to the other
article's quotation of its words, and never the article's own claim. Over the strike and
breach pages (tests/data/pages), read by the real extractor, aligned by both methods."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.analysis import align
from reader.ingest import load_document
from reader.model import Alignment, MatchKind
from reader.report import text_summary
from tests.breach_pages import breach_alignment
from tests.embed_pages import (
    POST_OPENING,
    STRIKE_A,
    STRIKE_B,
    TWEET,
    TWEET_OF_TWO,
    TWEET_ON_ONE_LINE,
    page_adding,
    page_with,
)
from tests.page_pairs import quoted
from tests.strike_pages import strike_alignment

METHODS = ["lexical", "semantic"]


@pytest.fixture(scope="module", params=METHODS)
def strike(request: pytest.FixtureRequest, data_dir: Path) -> Alignment:
    return strike_alignment(data_dir, request.param)


@pytest.fixture(scope="module", params=METHODS)
def breach(request: pytest.FixtureRequest, data_dir: Path) -> Alignment:
    return breach_alignment(data_dir, request.param)


def test_the_union_s_post_is_its_quotation(strike: Alignment) -> None:
    assert ("Day five on the picket line at", "DHWU Carrowick") in quoted(strike, "b")


def test_the_researcher_s_post_is_his_quotation(breach: Alignment) -> None:
    assert ("Orrin's Gatekeep boxes were st", "Tomasz Reyes") in quoted(breach, "a")


# A quotes no word of it: a passage only in B, whole, as a quotation only one gives is
def test_the_union_s_post_is_one_passage_only_in_b(strike: Alignment) -> None:
    [post] = strike.b.posts
    assert [s for s in strike.only_b if s.overlaps(post.span)] == [post.span]


# was a claim link: "Orrin said no bank or card details were accessed." to the help
# account's "We will never ask for your password or bank details."
def test_the_help_account_s_post_is_no_claim_of_the_paper(breach: Alignment) -> None:
    [post] = breach.b.posts
    claims = [m for m in breach.matches if m.kind is MatchKind.CLAIM]
    assert not [m for m in claims if m.b.overlaps(post.span)]


def test_the_bank_details_sentence_links_the_other_paper_s(breach: Alignment) -> None:
    said = "Orrin said no bank or card details were accessed."
    claims = [breach.b.slice(m.b) for m in breach.matches if breach.a.slice(m.a) == said]
    assert claims == ["Orrin insists no bank or card details were accessed."]


@pytest.fixture(scope="module", params=METHODS)
def quoting(
    request: pytest.FixtureRequest, data_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> Alignment:
    """The wire (A) quoting the union's post in quote marks, the evening paper (B)
    embedding it."""
    said = (
        '<p>The union wrote on social media: "Day five on the picket line at Gate 3 and the '
        'mood is solid."</p>'
    )
    a = page_adding(data_dir, tmp_path_factory.mktemp("a"), STRIKE_A, "pay rise,", said)
    return align(
        load_document(a), load_document(data_dir / "pages" / STRIKE_B), method=request.param
    )


def quote_partners(al: Alignment) -> list[tuple[str, str, str | None]]:
    return [
        (al.a.slice(m.a)[:30], al.b.slice(m.b)[:30], m.speaker)
        for m in al.matches
        if m.kind is MatchKind.QUOTE
    ]


def test_a_quotation_of_a_post_s_words_links_the_post(quoting: Alignment) -> None:
    link = ('"Day five on the picket line a', "Day five on the picket line at", "DHWU Carrowick")
    assert link in quote_partners(quoting)


def test_a_post_both_embed_is_one_quotation_linked(data_dir: Path, tmp_path: Path) -> None:
    a = page_adding(data_dir, tmp_path, STRIKE_A, "pay rise,", TWEET)
    al = align(load_document(a), load_document(data_dir / "pages" / STRIKE_B))
    link = ("Day five on the picket line at", "Day five on the picket line at", "DHWU Carrowick")
    assert link in quote_partners(al)


def test_the_report_lists_the_post_under_its_poster(data_dir: Path) -> None:
    summary = text_summary(strike_alignment(data_dir, "lexical"))
    block = summary.split("QUOTED IN B", 1)[1].split("\n\n", 1)[0]
    assert "  - DHWU Carrowick (post): Day five on the picket line at Gate 3" in block


@pytest.fixture(
    scope="module",
    params=[(m, e) for m in METHODS for e in ("two paragraphs", "one line")],
    ids=lambda p: f"{p[0]}, {p[1]}",
)
def reshaped(
    request: pytest.FixtureRequest, data_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> Alignment:
    """The strike pair, B's tweet embedded in two paragraphs or with its attribution on
    its line."""
    method, shape = request.param
    embed = TWEET_OF_TWO if shape == "two paragraphs" else TWEET_ON_ONE_LINE
    b = page_with(data_dir, tmp_path_factory.mktemp("b"), embed)
    a = data_dir / "pages" / STRIKE_A
    return align(load_document(a), load_document(b), method=method)


# its first paragraph, or the line holding its attribution, was the paper's own passage
def test_a_reshaped_post_is_its_poster_s_quotation(reshaped: Alignment) -> None:
    assert ("Day five on the picket line at", "DHWU Carrowick") in quoted(reshaped, "b")


# its opening was read as the paper's passage, apart from the post; now the post's
def test_a_reshaped_post_is_only_in_b_from_its_opening(reshaped: Alignment) -> None:
    [post] = reshaped.b.posts
    passages = [s for s in reshaped.only_b if s.overlaps(post.span)]
    assert passages[0].start == post.span.start == reshaped.b.text.index(POST_OPENING)


# a post on one line with its attribution: its last sentence ran into the dimmed
# attribution, was no unit, and the passage only in B stopped short of it
def test_a_reshaped_post_is_only_in_b_to_its_last_words(reshaped: Alignment) -> None:
    [post] = reshaped.b.posts
    passages = [s for s in reshaped.only_b if s.overlaps(post.span)]
    assert passages[-1].end == post.span.end
