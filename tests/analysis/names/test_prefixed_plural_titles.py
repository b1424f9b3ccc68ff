"""Titles in the plural after a prefix's hyphen ("Co-Chairs Ann Lee and Bo Park",
"Ex-Presidents") and an art or a sport before a title ("Pop Star Ann Lee"):
names/job_words (title_prefix, _prefixed, GENRES) leave them out of the names."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import feats


def names(text: str) -> list[str]:
    return [m.surface for m in feats(text).names]


# were "Co" (or "Ex"), "Chairs Ann Lee" (or "Presidents Bo Park") and the second name
@pytest.mark.parametrize(
    "sentence",
    [
        "Co-Chairs Ann Lee and Bo Park opened the summit.",
        "Co-Founders Ann Lee and Bo Park opened the summit.",
        "Ex-Presidents Ann Lee and Bo Park opened the summit.",
    ],
)
def test_a_prefixed_plural_title_is_no_name(sentence: str) -> None:
    assert names(sentence) == ["Ann Lee", "Bo Park"]


# was "Pop" (or "Movie", "Football") beside "Ann Lee"
@pytest.mark.parametrize("genre", ["Pop", "Movie", "Football"])
def test_an_art_or_a_sport_before_a_title_is_no_name(genre: str) -> None:
    assert names(f"{genre} Star Ann Lee opened the summit.") == ["Ann Lee"]


# the guards (as on main): a singular prefixed title; a name before a title stays one;
# "Star" ending a name keeps it
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Co-Chair Ann Lee opened the summit.", ["Ann Lee"]),
        ("Apple CEO Tim Cook opened the summit.", ["Apple", "Tim Cook"]),
        ("The Toronto Star reported it.", ["Toronto Star"]),
        ("Ann Marsh-Bishop opened the summit.", ["Ann Marsh-Bishop"]),
    ],
)
def test_other_names_beside_titles_stay(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected
