"""A year that names an occasion ("the 2008 election", "l'élection de 2008") is part of
that occasion's name: two sentences naming occasions of one kind with different years
tell two occasions, and nothing in them is compared. A year of an act ("founded in
1998") or a time ("the summer of 1957") is compared as before."""

from __future__ import annotations

import pytest

from reader.analysis.occasion_years import occasion_named
from tests.analysis.sentence_pairs import details, feats


def _named(text: str, language: str | None = None) -> list[frozenset[str]]:
    f = feats(text, language)
    return [occasion_named(f, m) for m in f.numbers if m.kind == "year"]


@pytest.mark.parametrize(
    ("a", "b", "language"),
    [
        ("Obama won the 2008 election.", "Obama won the 2012 election.", None),
        (
            "Obama won 365 electoral votes in the 2008 presidential election.",
            "Obama won 332 electoral votes in the 2012 presidential election.",
            None,
        ),
        (
            "Phelps won eight gold medals at the 2008 Olympics.",
            "Phelps won four gold medals at the 2012 Olympics.",
            None,
        ),
        ("Obama a remporté l'élection de 2008.", "Obama a remporté l'élection de 2012.", "French"),
        ("Obama gewann die Wahl von 2008.", "Obama gewann die Wahl von 2012.", "German"),
        ("Obama ganó las elecciones de 2008.", "Obama ganó las elecciones de 2012.", "Spanish"),
        (
            "Obama ha vinto le elezioni del 2008.",
            "Obama ha vinto le elezioni del 2012.",
            "Italian",
        ),
        ("Obama venceu as eleições de 2008.", "Obama venceu as eleições de 2012.", "Portuguese"),
    ],
)
def test_occasions_of_one_kind_named_with_other_years_are_two_occasions(
    a: str, b: str, language: str | None
) -> None:
    assert details(a, b, language) == []


@pytest.mark.parametrize(
    ("a", "b", "detail"),
    [
        ("The company was founded in 1998.", "The company was founded in 1996.", "1998 vs 1996"),
        (
            "Page disappeared from the spotlight in the summer of 1957.",
            "Page disappeared from the spotlight in the summer of 1958.",
            "1957 vs 1958",
        ),
        # one occasion, named alike on both sides: its counts still compare
        (
            "Phelps won eight gold medals at the 2008 Olympics.",
            "Phelps won seven gold medals at the 2008 Olympics in Beijing.",
            "eight vs seven",
        ),
    ],
)
def test_years_of_an_act_or_a_time_still_disagree(a: str, b: str, detail: str) -> None:
    assert details(a, b) == [detail]


@pytest.mark.parametrize(
    ("text", "language", "named"),
    [
        ("Obama won the 2008 presidential election.", None, {"presidenti", "elect"}),
        ("Obama's 2008 campaign raised record sums.", None, {"campaign"}),
        ("He won the election of 2008.", None, {"elect"}),
        ("Il a gagné l'élection de 2008.", "French", {"élection"}),
        ("He was founded in 2008.", None, set()),
        ("It happened in the summer of 2008.", None, set()),
        ("À la fin de 2008, la crise a éclaté.", "French", set()),
        ("It happened on June 3, 2008 in Paris.", None, set()),
    ],
)
def test_a_year_names_the_occasion_its_words_name(
    text: str, language: str | None, named: set[str]
) -> None:
    assert [set(x) for x in _named(text, language)] == [named]
