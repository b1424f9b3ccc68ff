"""Tests of reader/ingest/block_breaks.py: the words on each side of a block's edge are
two lines, as a browser shows them, however the page's markup is laid out; those on each
side of an inline element's edge run on."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from trafilatura.utils import load_html

from reader.ingest.block_breaks import break_blocks
from reader.ingest.html import extract_html


def _tree(body: str) -> Any:
    tree = load_html(f"<html><head><title>A page</title></head><body>{body}</body></html>")
    assert tree is not None
    return tree


def _lines(body: str) -> list[str]:
    """The lines of the text of ``body`` once its blocks are broken."""
    tree = _tree(body)
    break_blocks(tree)
    text = "".join(tree.find(".//body").itertext())
    return [" ".join(line.split()) for line in text.split("\n") if line.strip()]


def test_a_writer_s_name_and_the_role_in_the_block_under_it_are_two_lines() -> None:
    byline = (
        '<div data-testid="byline-new-contributors"><div class="x5"><span class="x7">'
        'Jean Mackenzie</span><div class="x8"><span>Seoul correspondent</span></div></div></div>'
    )
    assert _lines(byline) == ["Jean Mackenzie", "Seoul correspondent"]


BLOCKS = {
    "paragraphs": "<div>Lead words<p>One paragraph</p><p>Another one</p>loose words</div>",
    "list items": "<ul><li>First item</li><li>Second <b>item</b></li></ul>",
    "table cells": "<table><tr><td>Cell one</td><td>Cell two</td></tr><tr><th>Row</th></tr>"
    "</table>",
    "headings": "<div>Before<h2>Crosshead</h2>After<h3>Another</h3></div>",
    "terms": "<dl><dt>Term</dt><dd>Its meaning</dd></dl>",
    "quotation": "<div>He said<blockquote>We will go</blockquote>and left</div>",
    "figure": "<figure><img src='a.jpg'><span>Credit</span><figcaption>Caption</figcaption>"
    "</figure>",
    "line break": "<span>Line one</span><br><span>Line two</span>",
    "rule": "<span>Above</span><hr><span>Below</span>",
    "sections": "<section>Part one</section><article><header>Part two</header></article>",
    "a block in an inline element": "<p>Start<span><div>Middle</div></span>End</p>",
}
EXPECTED = {
    "paragraphs": ["Lead words", "One paragraph", "Another one", "loose words"],
    "list items": ["First item", "Second item"],
    "table cells": ["Cell one", "Cell two", "Row"],
    "headings": ["Before", "Crosshead", "After", "Another"],
    "terms": ["Term", "Its meaning"],
    "quotation": ["He said", "We will go", "and left"],
    "figure": ["Credit", "Caption"],
    "line break": ["Line one", "Line two"],
    "rule": ["Above", "Below"],
    "sections": ["Part one", "Part two"],
    "a block in an inline element": ["Start", "Middle", "End"],
}


@pytest.mark.parametrize("name", BLOCKS)
def test_the_words_on_each_side_of_a_block_s_edge_are_two_lines(name: str) -> None:
    assert _lines(BLOCKS[name]) == EXPECTED[name]


def test_words_a_space_apart_across_a_block_s_edge_are_two_lines() -> None:
    assert _lines("<span>Jean Mackenzie </span><div> Seoul correspondent</div>") == [
        "Jean Mackenzie",
        "Seoul correspondent",
    ]


def test_words_after_a_comment_are_a_line_of_their_own() -> None:
    assert _lines("<div><p>One</p><!-- an ad -->Two</div>") == ["One", "Two"]


INLINE = [
    ("<p><b>T</b>he</p>", "The"),
    ("<p>Mc<span>Donald</span></p>", "McDonald"),
    ("<p><a href='#'>Reuters</a>'s</p>", "Reuters's"),
    ("<p><em>a</em><i>b</i><strong>c</strong><span><b>d</b></span></p>", "abcd"),
]


@pytest.mark.parametrize(("markup", "word"), INLINE)
def test_the_edges_of_inline_elements_run_on(markup: str, word: str) -> None:
    assert _lines(markup) == [word]


def test_markup_laid_out_on_lines_is_left_as_it_is() -> None:
    body = '<div>\n<span>Jean Mackenzie</span>\n<div class="x8">Seoul</div>\n</div>\n<p>Text</p>'
    tree = _tree(body)
    before = etree.tostring(tree)
    break_blocks(tree)
    assert etree.tostring(tree) == before


_FILLER = "<p>" + "The council met to discuss the plan for the bridge over the river. " * 3


def _story_lines(body: str) -> list[str]:
    """The lines extract_html reads of a story holding ``body`` between two paragraphs."""
    page = (
        "<html><head><title>The plan</title></head><body><article><h1>The plan</h1>"
        f"{_FILLER}</p>{body}{_FILLER}</p></article></body></html>"
    )
    return extract_html(page, "page.html", "page.html").text.split("\n\n")


STORY_BLOCKS = {
    "a name and a role": (
        "<div><span>Jean Mackenzie</span><div><span>Seoul correspondent</span></div></div>",
        ["Jean Mackenzie", "Seoul correspondent"],
    ),
    "a share bar between": (
        "<div><span>Alpha words</span><div class='share'><a href='/s'>Share</a></div>"
        "<span>Beta words</span></div>",
        ["Alpha words", "Beta words"],
    ),
    "a block in a paragraph's inline element": (
        "<p>Alpha words<span><div>Beta words</div></span></p>",
        ["Alpha words", "Beta words"],
    ),
    "a heading in a list item": (
        "<ul><li>Item words<h3>Heading words</h3></li></ul>",
        ["- Item words", "Heading words"],
    ),
}


@pytest.mark.parametrize("name", STORY_BLOCKS)
def test_a_minified_story_s_blocks_are_lines_of_their_own(name: str) -> None:
    body, expected = STORY_BLOCKS[name]
    lines = _story_lines(body)
    assert [line for line in lines if line in expected] == expected


# Random inline markup around words: a tree of <span>, <b>, <i>, <em>, <strong> and <a>
# elements, written with the text a browser shows for it.
_WORD = st.text(alphabet="abcdefghij", min_size=1, max_size=6)
_LEAF = st.one_of(_WORD, st.just(" ")).map(lambda text: (text, text))
_INLINE_TAGS = st.sampled_from(["span", "b", "i", "em", "strong", "a"])


def _wrapped(tag: str, children: list[tuple[str, str]]) -> tuple[str, str]:
    markup = "".join(m for m, _ in children)
    return f"<{tag}>{markup}</{tag}>", "".join(t for _, t in children)


_INLINE_MARKUP = st.recursive(
    _LEAF,
    lambda inner: st.builds(_wrapped, _INLINE_TAGS, st.lists(inner, min_size=1, max_size=4)),
    max_leaves=12,
)
_LEAD = "The council said on Tuesday that the words of the new plan were these:"


@settings(max_examples=40, deadline=None)
@given(st.lists(_INLINE_MARKUP, min_size=1, max_size=6))
def test_inline_markup_around_words_reads_as_its_words(parts: list[tuple[str, str]]) -> None:
    markup = "".join(m for m, _ in parts)
    shown = " ".join("".join(t for _, t in parts).split())
    assert f"{_LEAD} {shown}".strip() in _story_lines(f"<p>{_LEAD} {markup}</p>")
