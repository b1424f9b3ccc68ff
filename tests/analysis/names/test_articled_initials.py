"""Initials that spell a word of the language, after "the" ("the WHO", "The WHO's
figures"), read as a name (reader.analysis.features.name_runs and add_name): the pronoun
"Who" opening a sentence is none. Such initials meet the name they shorten in the other
article ("The World Health Organization" and "The WHO": tests/data/pages/outbreak_*)."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import feats, shared_names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The WHO said it had sent the doses.", ["WHO"]),
        ("Cases rose by a third, according to the WHO.", ["Cases", "WHO"]),
        ("The WHO's figures were released on Tuesday.", ["WHO"]),
        ("Who said the doses had been sent?", []),
        ("Officials who said the doses had been sent were wrong.", []),
    ],
)
def test_initials_after_the_are_a_name(text: str, names: list[str]) -> None:
    assert [n.surface for n in feats(text).names] == names


# was no match: "the WHO" was read as the pronoun
def test_the_initials_are_the_name_they_shorten() -> None:
    a = "The World Health Organization has shipped 250,000 doses of vaccine."
    b = "The WHO said it had sent 250,000 doses of vaccine."
    assert ("World Health Organization", "WHO") in shared_names(a, b)
