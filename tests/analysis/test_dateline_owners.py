"""A dateline's place is where the report was filed, not whose count follows (audit F17):
"DALLAS, May 6 (Reuters) - A gunman killed four" and "ALLEN, Texas, May 6 (AP) — ...
killing eight" count the same dead, though Dallas and Allen are two names."""

from __future__ import annotations

import pytest

from reader.analysis.times.told_days import dateline_end
from tests.analysis.sentence_pairs import details, feats


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("DALLAS, May 6 (Reuters) - A gunman killed four people.", "A gunman"),
        ("ALLEN, Texas, May 6 (AP) — A gunman killed eight people.", "A gunman"),
        ("ALLEN, Texas (AP) — A gunman killed eight people.", "A gunman"),
        ("Mumbai, Nov 11 - Police said.", "Police"),
    ],
)
def test_where_a_dateline_ends(text: str, rest: str) -> None:
    assert text[dateline_end(feats(text)) :].startswith(rest)


@pytest.mark.parametrize(
    "text",
    [
        "Smith, Jones and Brown - the three suspects - were charged.",
        "Paris, the capital, was calm.",
        "A gunman killed four people in Dallas.",
    ],
)
def test_no_dateline(text: str) -> None:
    assert dateline_end(feats(text)) == 0


def test_the_dateline_place_owns_no_count() -> None:
    a = "DALLAS, May 6 (Reuters) - A gunman killed four people at a mall in Allen."
    b = "ALLEN, Texas, May 6 (AP) — A gunman killed eight people at a mall in Allen."
    assert details(a, b) == ["four vs eight"]


def test_names_after_the_dateline_still_own_their_counts() -> None:
    a = "BOSTON, Dec 5 (Reuters) - The Red Sox offered Teixeira $200 million."
    b = "BOSTON, Dec 5 (AP) - The Nationals made Teixeira a $160 million offer."
    assert details(a, b) == []
