"""Tests of reader/analysis/names/team_names.py: "Boston Red Sox" and "Philadelphia 76ers" name
teams, "Kim Jong Un" and "George Bush" people."""

from __future__ import annotations

import pytest

from reader.analysis.features import extract
from reader.analysis.names.team_names import team_names
from reader.analysis.units import document_units
from reader.ingest import document_from_text
from reader.ingest.normalize import fold


def teams(text: str) -> set[str]:
    d = document_from_text(f"Title line\n{text}\n")
    names = [m for u in document_units(d) for m in extract(u).names]
    return set(team_names(fold(d.text), names))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ECB+ 10_2ecbplus
        (
            "Boston Red Sox majority owner John W. Henry, CEO Larry Lucchino and general"
            " manager Theo Epstein flew to Texas.",
            {"boston red sox"},
        ),
        ("Boston Red Sox general manager Theo Epstein said so.", {"boston red sox"}),
        ("The Boston Red Sox made an offer.\nThe Red Sox met the agent.", {"boston red sox"}),
        ("The Philadelphia 76ers fired their coach.", {"philadelphia 76ers"}),
        ("It was reported by Boston WCVB sportscaster Mike Lynch.", {"boston wcvb"}),
        ("House Chairman Nick J. Rahall II spoke.", set()),
        ("North Korean leader Kim Jong Un met the envoy.\nKim thanked him.", set()),
        ("George Bush spoke.\nThe Bush administration agreed.", set()),
        ("Donald Trump lawyer Rudy Giuliani spoke.", set()),  # a person has a lawyer
    ],
)
def test_a_team_is_told_from_a_person_by_the_article(text: str, expected: set[str]) -> None:
    assert teams(text) == expected
