"""A passive verb of saying quotes its agent after "by" (fifty-fifth session): "The plan
was dismissed as “a fantasy” by the opposition leader" is the opposition leader's, not
nobody's (reader.analysis.quotations.passive_speakers, speakers)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.model import Document
from tests.analysis.quotations.test_speakers import speakers


@pytest.mark.parametrize(
    "sentence",
    [
        "The plan was dismissed as “a fantasy” by opposition leader Piet Brandauer.",
        "The plan was described as “a fantasy” by Piet Brandauer.",
        "The plan was called “a fantasy” by Piet Brandauer.",
        "The plan was described by Piet Brandauer as “a fantasy”.",
    ],
)
def test_the_agent_of_a_passive_verb_of_saying_is_the_speaker(
    doc: Callable[[str], Document], sentence: str
) -> None:
    assert speakers(doc(f"Title line\n{sentence}")) == ["Piet Brandauer"]


def test_an_office_as_agent_is_its_holder_named_before(doc: Callable[[str], Document]) -> None:
    text = (
        "Title line\nOpposition leader Piet Brandauer spoke on Friday.\n"
        "The plan was dismissed as “a fantasy” by the opposition leader."
    )
    assert speakers(doc(text)) == ["Piet Brandauer"]


def test_her_as_agent_is_the_one_just_named(doc: Callable[[str], Document]) -> None:
    text = "Title line\nMara Lind spoke on Friday.\nThe plan was called “a fantasy” by her."
    assert speakers(doc(text)) == ["Mara Lind"]


def test_an_unnamed_agent_is_an_unnamed_source(doc: Callable[[str], Document]) -> None:
    text = "Title line\nThe plan was widely derided as “a fantasy” by critics of the government."
    assert speakers(doc(text)) == ["critics of the government"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # guards (they hold on main too): no agent names nobody; "quoted by" keeps its subject
        ("The plan was dismissed as “a fantasy”.", None),
        ('Kim was quoted by KCNA as saying the treaty opened "a new era".', "Kim"),
    ],
)
def test_guards(doc: Callable[[str], Document], sentence: str, expected: str | None) -> None:
    assert speakers(doc(f"Title line\n{sentence}")) == [expected]
