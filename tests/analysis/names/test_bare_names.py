"""A passage that is only a name the other article names too (a subheading "Kim Jong Un")
is no passage "only in one" article (reader.analysis.names.bare_names)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.analysis import align
from reader.model import Document

Make = Callable[[str], Document]

B = (
    "Putin and Kim sign pact\n"
    "Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a pact.\n"
    "The deal comes as Washington accuses Pyongyang of supplying Russia with missiles."
)
SIGNED = "Vladimir Putin and Kim Jong Un have signed a pact promising mutual assistance."


def only_in_a(doc: Make, heading: str) -> bool:
    """Whether ``heading``, a subheading of A, is reported as only in A (by the sentence
    model: the words alone link a name to a sentence naming it)."""
    a = doc(f"Putin and Kim sign defence pact\n{SIGNED}\n{heading}\nMr Kim pledged his support.")
    al = align(a, doc(B), method="semantic")
    at = a.text.index(f"\n{heading}\n") + 1
    return any(s.start <= at and at + len(heading) <= s.end for s in al.only_a)


@pytest.mark.parametrize(
    "heading",
    ["Kim Jong Un", "Kim", "Vladimir Putin and Kim Jong Un", "President Putin", "Russia"],
)
def test_a_heading_of_names_the_other_article_names_is_not_only_in_one(
    doc: Make, heading: str
) -> None:
    assert not only_in_a(doc, heading)


def test_a_heading_naming_someone_the_other_article_does_not_is_only_in_one(
    doc: Make,
) -> None:
    assert only_in_a(doc, "Sergei Shoigu")


def test_a_heading_that_says_more_than_the_names_is_only_in_one(doc: Make) -> None:
    assert only_in_a(doc, "Kim Jong Un thanks his guests")


def test_a_name_and_one_the_other_article_does_not_name_are_only_in_one(doc: Make) -> None:
    assert only_in_a(doc, "Kim Jong Un and Sergei Shoigu")
