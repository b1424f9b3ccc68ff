"""Team "GB" as Great Britain before a noun a team's tally counts (fifty-fifth session,
reader.analysis.figures.device_units): "won 5 GB medals" counts five medals, not five
gigabytes, as "Team GB won 5 medals" does; "5 GB of data", "the 512GB model" stay bytes."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import numbers, shared_figures


# were 5e9 and 3e2 gigabytes' bytes
@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Britain won 5 GB medals on Saturday.", ("num:5", "medal")),
        ("Britain won 5 GB golds on Saturday.", ("num:5", "gold")),
        ("Britain fielded 300 GB athletes.", ("num:300", "athlet")),
    ],
)
def test_gb_before_a_team_s_counted_noun_is_britain(text: str, read: tuple[str, str]) -> None:
    assert (numbers(text)[0].key, numbers(text)[0].unit_word) == read


# was no shared figure: "5" of bytes against "5" of medals
def test_gb_medals_are_the_medals_team_gb_won() -> None:
    assert shared_figures("Team GB won 5 medals.", "Britain won 5 GB medals.") == [("5", "5")]


# the guards (as on main): bytes stay bytes
@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("The plan gives 5 GB of data.", ("num:5e+09", "byte")),
        ("The 512GB model costs more.", ("num:5.12e+11", "byte")),
        ("It offers 256 GB storage.", ("num:2.56e+11", "byte")),
        ("Team GB won 5 medals.", ("num:5", "medal")),
    ],
)
def test_bytes_stay_bytes(text: str, read: tuple[str, str]) -> None:
    assert (numbers(text)[0].key, numbers(text)[0].unit_word) == read
