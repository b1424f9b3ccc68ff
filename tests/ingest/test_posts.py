"""Embedded social posts (reader.ingest.posts) in pages read through the real extractor:
the paragraph before a post's attribution line is the post, of the poster it names."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.ingest import load_document
from reader.model import Document
from tests.embed_pages import (
    ATTRIBUTION,
    BLUESKY,
    BLUESKY_OF_TWO,
    INSTAGRAM,
    POST,
    POST_CLOSING,
    POST_OPENING,
    STRIKE_B,
    TWEET,
    TWEET_OF_TWO,
    TWEET_ON_ONE_LINE,
    page_with,
)


def posted(doc: Document) -> list[tuple[str, str]]:
    """Each post of ``doc``: its first 30 characters and its poster."""
    return [(doc.slice(p.span)[:30], p.poster) for p in doc.posts]


@pytest.mark.parametrize(
    ("page", "post"),
    [
        (STRIKE_B, ("Day five on the picket line at", "DHWU Carrowick")),
        ("breach_bytewire.html", ("Orrin's Gatekeep boxes were st", "Tomasz Reyes")),
        ("breach_national_courant.html", ("We're sorry. If you're an Orri", "Orrin Help")),
    ],
)
def test_the_paragraph_before_a_tweet_s_attribution_is_its_poster_s_post(
    data_dir: Path, page: str, post: tuple[str, str]
) -> None:
    assert posted(load_document(data_dir / "pages" / page)) == [post]


def test_a_twitter_embed_s_blockquote_is_a_post(data_dir: Path, tmp_path: Path) -> None:
    doc = load_document(page_with(data_dir, tmp_path, TWEET))
    assert [(doc.slice(p.span), p.poster) for p in doc.posts] == [(POST, "DHWU Carrowick")]


def test_a_post_pasted_as_plain_text_is_a_post(data_dir: Path, tmp_path: Path) -> None:
    pasted = tmp_path / "strike.txt"
    pasted.write_text(load_document(data_dir / "pages" / STRIKE_B).text, encoding="utf-8")
    assert posted(load_document(pasted)) == [("Day five on the picket line at", "DHWU Carrowick")]


def test_a_bluesky_post_is_its_poster_s(data_dir: Path, tmp_path: Path) -> None:
    doc = load_document(page_with(data_dir, tmp_path, BLUESKY))
    assert posted(doc) == [("Day five on the picket line at", "DHWU Carrowick")]


def test_a_bluesky_post_s_attribution_is_boilerplate(data_dir: Path, tmp_path: Path) -> None:
    doc = load_document(page_with(data_dir, tmp_path, BLUESKY))
    [line] = [p for p in doc.paragraphs if "@dhwu.bsky.social" in doc.slice(p)]
    assert doc.within_boilerplate(line)


def test_an_instagram_post_is_its_poster_s(data_dir: Path, tmp_path: Path) -> None:
    doc = load_document(page_with(data_dir, tmp_path, INSTAGRAM))
    assert posted(doc) == [("Day five on the picket line at", "DHWU Carrowick")]


def test_a_paragraph_naming_a_handle_is_no_attribution(data_dir: Path, tmp_path: Path) -> None:
    named = "<p>The union posted pictures from the picket line (@DHWUCarrowick) on Saturday.</p>"
    assert load_document(page_with(data_dir, tmp_path, named)).posts == ()


def test_a_paragraph_ending_with_a_dash_is_no_post(data_dir: Path, tmp_path: Path) -> None:
    dashes = (
        "<p>The mood at Gate 3 was solid, and the tea kept coming &mdash;</p>"
        "<p>&mdash; so the union's local branch put it on Saturday (@DHWUCarrowick).</p>"
    )
    assert load_document(page_with(data_dir, tmp_path, dashes)).posts == ()


def test_a_document_s_posts_survive_its_json(data_dir: Path) -> None:
    doc = load_document(data_dir / "pages" / STRIKE_B)
    assert Document.from_json(doc.to_json()).posts == doc.posts


def test_a_document_saved_before_posts_were_kept_has_none(data_dir: Path) -> None:
    saved = load_document(data_dir / "pages" / STRIKE_B).to_json()
    del saved["posts"]
    assert Document.from_json(saved).posts == ()


# a post of several paragraphs was read from its last only
@pytest.mark.parametrize("embed", [TWEET_OF_TWO, BLUESKY_OF_TWO], ids=["twitter", "bluesky"])
def test_a_post_of_two_paragraphs_is_read_whole(data_dir: Path, tmp_path: Path, embed: str) -> None:
    doc = load_document(page_with(data_dir, tmp_path, embed))
    assert [doc.slice(p.span) for p in doc.posts] == [f"{POST_OPENING}\n\n{POST_CLOSING}"]


def test_a_blockquote_s_paragraphs_before_a_post_s_are_the_paper_s(
    data_dir: Path, tmp_path: Path
) -> None:
    quote = f"<blockquote><p>{POST_OPENING}</p><p>The union wants 20 per cent.</p></blockquote>"
    doc = load_document(page_with(data_dir, tmp_path, quote + TWEET))
    assert [doc.slice(p.span) for p in doc.posts] == [POST]


# a post and its attribution on one line were no post, the line the paper's own
def test_a_post_and_its_attribution_on_one_line_are_split(data_dir: Path, tmp_path: Path) -> None:
    doc = load_document(page_with(data_dir, tmp_path, TWEET_ON_ONE_LINE))
    assert [(doc.slice(p.span), p.poster) for p in doc.posts] == [(POST, "DHWU Carrowick")]


def test_the_attribution_ending_a_post_s_line_is_dimmed(data_dir: Path, tmp_path: Path) -> None:
    doc = load_document(page_with(data_dir, tmp_path, TWEET_ON_ONE_LINE))
    assert [doc.slice(b) for b in doc.boilerplate if "@" in doc.slice(b)] == [ATTRIBUTION]


def test_a_line_ending_in_a_handle_after_prose_is_not_split(data_dir: Path, tmp_path: Path) -> None:
    prose = (
        "<p>The mood at Gate 3 was solid &mdash; so the union's local branch put it on "
        "Saturday (@DHWUCarrowick) December 5, 2026</p>"
    )
    doc = load_document(page_with(data_dir, tmp_path, prose))
    assert (doc.posts, [b for b in doc.boilerplate if "@" in doc.slice(b)]) == ((), [])


# a dash line of prose ending in a handle, no full stop, was an attribution and the
# paragraph before it a post
def test_a_dash_line_of_prose_ending_in_a_handle_is_no_attribution(
    data_dir: Path, tmp_path: Path
) -> None:
    dashes = (
        "<p>The mood at Gate 3 was solid, and the tea kept coming</p>"
        "<p>&mdash; so the union's local branch put it on Saturday (@DHWUCarrowick)</p>"
    )
    assert load_document(page_with(data_dir, tmp_path, dashes)).posts == ()


def test_a_dash_line_of_prose_ending_in_a_handle_is_not_dimmed(
    data_dir: Path, tmp_path: Path
) -> None:
    dashes = "<p>&mdash; so the union's local branch put it on Saturday (@DHWUCarrowick)</p>"
    doc = load_document(page_with(data_dir, tmp_path, dashes))
    [line] = [p for p in doc.paragraphs if "@DHWUCarrowick" in doc.slice(p)]
    assert not doc.is_boilerplate(line)


def test_an_attribution_without_a_date_names_its_poster(data_dir: Path, tmp_path: Path) -> None:
    undated = (
        f"<blockquote><p>{POST}</p><p>&mdash; DHWU Carrowick (@DHWUCarrowick)</p></blockquote>"
    )
    doc = load_document(page_with(data_dir, tmp_path, undated))
    assert [(doc.slice(p.span), p.poster) for p in doc.posts] == [(POST, "DHWU Carrowick")]
