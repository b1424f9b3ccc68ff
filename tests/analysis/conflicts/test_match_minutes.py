"""Tests of reader/analysis/conflicts/match_minutes.py: the minute of one act of a match
told differently ("in the 23rd minute" vs "in the 27th minute", "on 56 minutes" vs "in
the 58th minute") is a discrepancy, which only a close link stands for; a minute of
stoppage time and the match minute it is ("the third minute of stoppage time", "the 93rd
minute"), two acts' minutes and another occasion's are none."""

from __future__ import annotations

import pytest

from reader.analysis.conflicts.match_minutes import minutes
from reader.model import DiscrepancyKind
from tests.analysis.sentence_pairs import details, feats, only_conflict


@pytest.mark.parametrize(
    ("a", "b", "detail"),
    [
        # one goal, the sentences sharing the team and the scorer (the match report pair)
        ("Kestrel Bay had taken the lead in the 23rd minute, when Jonas Mueller rose above "
         "two defenders to head in Diego Alvarez's corner.",
         "Kestrel Bay went ahead in the 27th minute when Jonas Mueller, a 31-year-old German "
         "defender, headed in a corner from Diego Alvarez.",
         "23rd minute vs 27th minute"),
        # one opening name
        ("Nuñez scored a 78th-minute winner.", "Nuñez scored the winner in the 80th minute.",
         "78th-minute vs 80th minute"),
        # a British report's "on 56 minutes"; a clause word shared ("levelled")
        ("Harwick levelled in the 56th minute.", "Harwick levelled on 58 minutes.",
         "56th minute vs 58 minutes"),
        # two minutes of stoppage time
        ("Alvarez hit the post in the third minute of stoppage time.",
         "Alvarez hit the post in the fifth minute of added time.",
         "third minute of stoppage time vs fifth minute of added time"),
        ("Alvarez hit the post in the 95th minute.", "Alvarez hit the post (90+3).",
         "95th minute vs 90+3"),
    ],
)  # fmt: skip
def test_one_act_told_at_two_minutes(a: str, b: str, detail: str) -> None:
    assert only_conflict(a, b) == (DiscrepancyKind.NUMBER.value, detail, True)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the same minute, told three ways
        ("Nuñez scored a 78th-minute winner.", "Nuñez scored the winner in the 78th minute."),
        ("Harwick levelled on 56 minutes.", "Wrobel tied it in the 56th minute."),
        # a minute of stoppage time and the match minute it is
        ("Alvarez struck the post in the 93rd minute.",
         "Alvarez hit the post in the third minute of stoppage time."),
        ("Alvarez struck the post in the 93rd minute.",
         "Alvarez hit the post in the 90+3rd minute."),
        # the other sentence tells this minute too, beside another act's
        ("Alvarez struck the post in the 93rd minute.",
         "Ashdown was sent off in the 85th minute, and Alvarez hit the post in the third minute"
         " of stoppage time."),
        # a minute of play against a minute of stoppage time told of no known half
        ("Alvarez hit the post in the 93rd minute.",
         "Alvarez hit the post in the fifth minute of stoppage time."),
        # two acts: another scorer, nothing shared but a name
        ("Wrobel levelled from the penalty spot in the 56th minute after Nuñez was tripped.",
         "Nuñez scored the winner in the 78th minute."),
        # another occasion
        ("Nuñez scored in the 78th minute.", "Nuñez, who scored in the 12th minute of last "
         "year's final, struck again."),
    ],
)  # fmt: skip
def test_no_alarm(a: str, b: str) -> None:
    assert details(a, b) == []


def test_ordinals_leave_minutes_to_the_match_s_clock() -> None:
    # "93rd vs third" was an ordinal discrepancy of "minute"
    a = "Alvarez struck the post in the 93rd minute."
    b = "Alvarez hit the post in the third minute of stoppage time."
    assert details(a, b) == []


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("A 78th-minute winner.", [(78, False)]),
        ("He scored on 56 minutes.", [(56, False)]),
        ("It came in the third minute of injury time.", [(3, True)]),
        ("He hit the post (90+3) and again in the 45+2nd minute.", [(93, False), (47, False)]),
        ("He ran for 56 minutes.", []),  # a length of time
        ("The 2025-26 season's 20th goal.", []),
    ],
)
def test_minutes_of_play_are_read(text: str, read: list[tuple[int, bool]]) -> None:
    assert [(m.value, m.added) for m in minutes(feats(text))] == read
