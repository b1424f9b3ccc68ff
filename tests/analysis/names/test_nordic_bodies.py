"""Tests of reader/analysis/names/nordic_bodies.py: a Swedish, Norwegian or Danish body's
name, a capitalised genitive and a noun in small letters ("Statens haverikommission"),
is one name."""

from __future__ import annotations

import pytest

from reader.analysis.names.nordic_bodies import join_nordic_bodies
from tests.analysis.sentence_pairs import feats


def last_name(text: str, language: str | None) -> str:
    """The last name of sentence ``text`` as a unit of an article in ``language``."""
    f = feats(text)
    f.language = language
    join_nordic_bodies([f])
    return f.names[-1].surface


# were "Statens", "Sveriges", "Statens": the genitive alone
@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Olyckan utreds nu av Statens haverikommission.", "Swedish", "Statens haverikommission"),
        ("Beslutet fattades i går av Sveriges riksbank.", "Swedish", "Sveriges riksbank"),
        ("Ulykken granskes nå av Statens havarikommisjon.", "Norwegian",
         "Statens havarikommisjon"),
    ],
)  # fmt: skip
def test_a_genitive_and_a_body_s_noun_are_one_name(text: str, language: str, name: str) -> None:
    assert last_name(text, language) == name


# guards (pass on main too): a noun no body's, and an English article
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Han kritiserade i går Statens beslut om färjan.", "Swedish"),
        ("He visited Statens universitet on Monday.", None),
    ],
)
def test_no_body_no_join(text: str, language: str | None) -> None:
    assert last_name(text, language) == "Statens"
