"""Where a Matches row's name is, said when its words around it repeat elsewhere in the
article: "headline", "caption" (a paragraph that ends in a photo credit) or "par. N",
the greyed lines (bylines, credits) not counted."""

from __future__ import annotations

import pytest

from reader.model import Document, Span
from reader.ui.row_words import paragraph_place
from tests.ui.conftest import DocBuilder


@pytest.fixture
def article() -> Document:
    doc = DocBuilder()
    doc.add("Putin and Kim pledge mutual assistance", "headline")
    doc.add("By Lee Je-hun, senior staff writer", "byline")
    doc.add(
        "North Korean leader Kim Jong-un and President Vladimir Putin walk side by side "
        "in Pyongyang on June 18, 2024. (AFP/Yonhap)",
        "caption",
    )
    doc.add(
        "North Korean leader Kim Jong-un and Russian President Vladimir Putin signed an "
        "agreement on a comprehensive strategic partnership.",
        "first",
    )
    doc.add("Putin called the agreement a breakthrough (his word, not the Kremlin's).", "second")
    built = doc.build("/tmp/hani.txt", "Putin and Kim pledge mutual assistance")
    return Document(
        path=built.path,
        title=built.title,
        text=built.text,
        paragraphs=built.paragraphs,
        sentences=built.sentences,
        boilerplate=(doc.spans["byline"],),
    )


def first(doc: Document, word: str, after: int = 0) -> Span:
    start = doc.text.index(word, after)
    return Span(start, start + len(word))


def test_the_headline(article: Document) -> None:
    assert paragraph_place(article, first(article, "Kim")) == "headline"


def test_a_paragraph_ending_in_a_photo_credit_is_a_caption(article: Document) -> None:
    assert paragraph_place(article, first(article, "North Korean")) == "caption"


def test_paragraphs_are_counted_from_the_headline_without_the_byline(
    article: Document,
) -> None:
    """The caption is the first paragraph read after the headline; the body's first is
    the second."""
    body = article.text.index("signed an agreement")
    assert paragraph_place(article, first(article, "Putin", body - 40)) == "par. 2"


def test_a_closing_parenthesis_that_is_no_credit_is_no_caption(article: Document) -> None:
    assert paragraph_place(article, first(article, "breakthrough")) == "par. 3"
