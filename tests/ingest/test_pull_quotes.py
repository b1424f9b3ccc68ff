"""Pull quotes told by their words (reader.ingest.pull_quotes): a short blockquote a
paragraph of the story repeats goes, with the box around it; others stay."""

from __future__ import annotations

from typing import Any

import pytest
from trafilatura.utils import load_html

from reader.ingest.page_tree import prepare_page

BODY = (
    '<p>"Hundreds of families are choosing between heating and eating," she said.'
    " It was her first address.</p>"
)


def _text(body: str) -> str:
    tree: Any = load_html(f"<html><head><title>Energy</title></head><body>{body}</body></html>")
    prepare_page(tree)
    return " ".join("".join(tree.find("body").itertext()).split())


@pytest.mark.parametrize(
    "box",
    [
        '<figure class="quote-box"><blockquote><p>"Hundreds of families are choosing between'
        ' heating and eating."</p></blockquote><figcaption>Clara Vennick</figcaption></figure>',
        '<div class="inline-quote"><blockquote>Hundreds of families are choosing between'
        " heating and eating</blockquote></div>",
        "<blockquote>“Hundreds of families are choosing”</blockquote>",
    ],
)
def test_a_blockquote_the_story_repeats_goes_with_its_box(box: str) -> None:
    assert _text(f"{BODY}{box}") == _text(BODY)


@pytest.mark.parametrize(
    ("kept", "words"),
    [
        # words the story does not give
        (
            "<blockquote><p>We will not raise taxes on working families.</p></blockquote>",
            "We will not raise taxes",
        ),
        # a post, with its links
        (
            '<blockquote class="embed"><p>Hundreds of families are choosing between heating'
            ' and eating</p>— <a href="https://x.com/v">@vennick</a></blockquote>',
            "eating— @vennick",
        ),
        # three words only
        ("<blockquote>Hundreds of families</blockquote>", "address.Hundreds of families"),
    ],
)
def test_other_blockquotes_stay(kept: str, words: str) -> None:
    assert words in _text(f"{BODY}{kept}")
