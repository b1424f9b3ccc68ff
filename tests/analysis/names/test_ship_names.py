"""A ship's name after its slashed prefix is read whole (names/ship_prefixes.py
``ship_named``), and "Star" ending a name is its word, not a title (words/lexicon.py
SURNAME_TITLES)."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import feats


def surfaces(text: str) -> list[str]:
    return [m.surface for m in feats(text).names]


# was "Sea": "Star" a title ("star Tom Cruise") ending the run
@pytest.mark.parametrize(
    "text", ["The crew of M/V Sea Star was rescued on Monday.", "The ship Sea Star sank."]
)
def test_star_ending_a_name_is_its_word(text: str) -> None:
    assert surfaces(text) == ["Sea Star"]


# was "Mary": "Queen" a title opening the run
def test_no_title_cuts_a_ship_s_name_after_its_prefix() -> None:
    assert surfaces("The M/V Queen Mary docked in Dover.") == ["Queen Mary", "Dover"]


# guards (pass on main too): a title still, before a name or with no prefix before it
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("He met Star Ann Lee on Monday.", ["Ann Lee"]),
        ("Queen Mary opened the bridge.", ["Mary"]),
    ],
)
def test_a_title_before_a_name_is_still_one(text: str, names: list[str]) -> None:
    assert surfaces(text) == names
