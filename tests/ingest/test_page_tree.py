"""Tests of reader/ingest/page_tree.py: teaser cards and share bars go, the story stays."""

from __future__ import annotations

from typing import Any

import pytest
from trafilatura.utils import load_html

from reader.ingest.page_tree import page_standfirst, prepare_page


def _prepared(body: str, title: str = "Ferry fares rise") -> Any:
    tree = load_html(f"<html><head><title>{title}</title></head><body>{body}</body></html>")
    prepare_page(tree)
    return tree


def _text(tree: Any) -> str:
    return " ".join("".join(tree.find("body").itertext()).split())


TEASERS = [
    '<div class="card"><h3><a href="/n/1">Lifeboat rescues two</a></h3>'
    '<time datetime="2025-01-01">1 Jan</time></div>',
    '<li><a href="/n/2"><h3>Lifeboat rescues two</h3></a><p>Crew praised.</p></li>',
    '<article><h3>Lifeboat rescues two</h3><a href="/n/3"><img src="x.jpg"></a></article>',
]


@pytest.mark.parametrize("card", TEASERS)
def test_a_teaser_card_of_another_story_goes(card: str) -> None:
    tree = _prepared(f"<p>The story.</p>{card}")
    assert _text(tree) == "The story."


KEPT = [
    # a box of the story, its heading linking nowhere
    '<div class="box"><h3>Background</h3><p>The dispute began in 2019 (<a href="/r">see our'
    " report</a>).</p></div>",
    # a short story titled by its linked heading, as the page's <title> names it
    '<div class="post"><h2><a href="/p/1">Ferry fares rise</a></h2><p>By a tenth.</p></div>',
    # an update linking its heading to itself
    '<div class="update"><h3><a href="#post-7">Death toll rises</a></h3><p>Nine died.</p></div>',
    # a "share" block that quotes an embedded post
    '<div class="social-share-embed"><blockquote>Roads closed.</blockquote></div>',
]


@pytest.mark.parametrize("block", KEPT)
def test_the_story_s_own_blocks_stay(block: str) -> None:
    before = _text(load_html(f"<html><body>{block}</body></html>"))
    assert _text(_prepared(block)) == before


SHARE_BARS = [
    '<div class="block-share"><a href="#">Facebook</a> <a href="#b">Copy link</a></div>',
    '<ul class="sharedaddy"><li><a href="?share=x"><span>X</span></a></li></ul>',
    '<a href="#" aria-label="Share on WhatsApp">WhatsApp</a>',
    '<button aria-label="Copy link">Link</button>',
    "<bsp-share-links><a>Email</a> <a>Print</a></bsp-share-links>",
]


@pytest.mark.parametrize("bar", SHARE_BARS)
def test_a_share_bar_goes_and_the_words_after_it_stay(bar: str) -> None:
    tree = _prepared(f"<div><p>The story.</p>{bar} It goes on.</div>")
    assert _text(tree) == "The story. It goes on."


def test_text_loose_after_a_block_is_a_paragraph_of_its_own() -> None:
    tree = _prepared(
        "<div><div><img src='x.jpg'></div>Seoul will <b>add</b> routes.<br>Next.</div>"
    )
    paragraphs = ["".join(p.itertext()) for p in tree.iter("p")]
    assert paragraphs == ["Seoul will add routes."]


def test_a_caption_s_class_no_longer_names_a_caption() -> None:
    tree = _prepared('<p class="img_caption">A bus waits at a stop. (Yonhap)</p>')
    caption = next(tree.iter("p"))
    assert (caption.get("class"), caption.get("data-class")) == (None, "img_caption")


def _page(header: str, after: str = "") -> str:
    return (
        f"<html><body><header>{header}</header>"
        f'<div class="article-body"><p>The story.</p></div>{after}</body></html>'
    )


STANDFIRSTS = [
    ('<h1>Fares rise</h1><div data-gu-name="standfirst"><p>By a tenth.</p></div>', ["By a tenth."]),
    ('<h1>Fares rise</h1><p class="content__standfirst">By a\ntenth.</p>', ["By a tenth."]),
    (
        '<h1>Fares rise</h1><div class="o-topper__standfirst"><ul><li>By a tenth</li>'
        "<li>From March</li></ul></div>",
        ["- By a tenth", "- From March"],
    ),
    (
        '<h1>Fares rise</h1><div data-gu-name="standfirst"><ul><li><p>By a tenth</p></li>'
        "<li><p>From March</p></li></ul><p>Says the operator.</p></div>",
        ["- By a tenth", "- From March", "Says the operator."],
    ),
    (  # an item of two paragraphs reads as one line, a space between them
        '<h1>Fares rise</h1><div data-gu-name="standfirst"><ul><li><p>By a tenth.</p>'
        "<p>From March.</p></li></ul></div>",
        ["- By a tenth. From March."],
    ),
    ('<h1>Fares rise</h1><p id="article-summary">By a tenth.</p>', ["By a tenth."]),
    ('<h1>Fares rise</h1><h2 data-qa="subheadline">By a tenth.</h2>', ["By a tenth."]),
    ('<h1>Fares rise</h1><p class="c-dek">By a tenth.</p>', ["By a tenth."]),
    (
        '<h1>Fares rise</h1><div class="ArticleDek_root__x"><p>By a tenth.</p></div>',
        ["By a tenth."],
    ),
]


@pytest.mark.parametrize(("header", "lines"), STANDFIRSTS)
def test_the_summary_beside_the_headline_is_read(header: str, lines: list[str]) -> None:
    assert page_standfirst(_page(header)) == lines


NO_STANDFIRST = [
    # a card of another story: its standfirst beside its own heading
    _page(
        "<h1>Fares rise</h1>",
        '<div class="fc-item"><h3><a href="/x">Bus fares too</a></h3>'
        '<div class="fc-item__standfirst">Up a fifth.</div></div>',
    ),
    # in a sidebar
    _page("<h1>Fares rise</h1>", '<aside><div class="standfirst">Up a fifth.</div></aside>'),
    # a name holding "dek" in another word
    _page('<h1>Fares rise</h1><p class="dekalb-weather">Sunny.</p>'),
    # a wrapper of the whole story, named so
    _page(f'<h1>Fares rise</h1><div class="standfirst-wrap"><p>{"Word " * 400}</p></div>'),
]


@pytest.mark.parametrize("page", NO_STANDFIRST)
def test_no_summary_is_read_from_elsewhere(page: str) -> None:
    assert page_standfirst(page) == []


KICKERS = [
    '<p class="kicker">Albion Cup final</p>',
    '<div class="article-eyebrow"><a href="/football">Football</a></div>',
    '<span data-component="overline">Analysis</span>',
    # the section the story runs in (was read as B's first line: "World", heat pair)
    '<p class="section">World</p>',
    # ... as Dutch, French and German sites name it (was B's first line: "Wessemaar", dijk
    # pair)
    '<p class="rubriek">Wessemaar</p>',
    # ... and as Swedish sites do (was B's first line: "Havsvik", svensk pair)
    '<p class="vinjett">Havsvik</p>',
    '<div class="article-rubrique">Société</div>',
]


@pytest.mark.parametrize("kicker", KICKERS)
def test_the_kicker_above_the_headline_goes(kicker: str) -> None:
    tree = _prepared(f"{kicker}<h1>Harwick win the cup</h1><p>The story.</p>")
    assert _text(tree) == "Harwick win the cupThe story."


KICKER_LOOKALIKES = [
    # after the headline: a box of the story
    '<h1>Harwick win the cup</h1><p class="kicker">Albion Cup final</p>',
    # a paragraph of the story so named
    '<div class="kicker"><p>Harwick won the cup on Saturday.</p></div><h1>Harwick win</h1>',
    # a word holding "kicker"
    '<p class="place-kickers">Kickers of the week</p><h1>Harwick win the cup</h1>',
    # a word holding "section"
    '<p class="intersections">Five roads meet here</p><h1>Harwick win the cup</h1>',
]


@pytest.mark.parametrize("block", KICKER_LOOKALIKES)
def test_a_block_like_a_kicker_stays(block: str) -> None:
    before = _text(load_html(f"<html><body>{block}</body></html>"))
    assert _text(_prepared(block)) == before
