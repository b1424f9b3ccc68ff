"""Match results two linked sentences give with different figures ("won 3-1" vs "won
2-1"); no alarm for a record, a range, the same result told from the loser's side."""

from __future__ import annotations

import pytest

from reader.model import DiscrepancyKind
from tests.analysis.sentence_pairs import details, only_conflict


@pytest.mark.parametrize(
    ("a", "b", "language", "detail"),
    [
        ("Arsenal won 3-1 at home.", "Arsenal won 2-1 at home.", None, "3-1 vs 2-1"),
        ("The Celtics beat the Knicks 102-98.", "The Celtics beat the Knicks 101-98.", None,
         "102-98 vs 101-98"),
        ("The jury voted 10-2 to convict.", "The jury voted 11-1 to convict.", None,
         "10-2 vs 11-1"),
        ("The council voted 6-3 on Tuesday to build the wall.",
         "A divided council approved the wall on Tuesday, voting 5-4.", None, "6-3 vs 5-4"),
        ("The board votes 7-2 to close the school.", "The board votes 6-3 to close the school.",
         None, "7-2 vs 6-3"),
        ("It was a 3-1 win for Arsenal.", "It was a 2-0 win for Arsenal.", None, "3-1 vs 2-0"),
        ("Bayern siegte 3:1 gegen Dortmund.", "Bayern siegte 2:1 gegen Dortmund.", "German",
         "3:1 vs 2:1"),
        ("El Barcelona ganó por 3 a 1.", "El Barcelona ganó por 2 a 1.", "Spanish",
         "3 a 1 vs 2 a 1"),
        ("Le PSG a battu Lyon 3-1.", "Le PSG a battu Lyon 2-1.", "French", "3-1 vs 2-1"),
        ("La Juventus ha vinto 3-1.", "La Juventus ha vinto 2-1.", "Italian", "3-1 vs 2-1"),
        ("O Flamengo venceu por 3 a 1.", "O Flamengo venceu por 2 a 1.", "Portuguese",
         "3 a 1 vs 2 a 1"),
        # "beaten" tells a result; a shootout against a shootout
        ("Kestrel Bay were beaten 3-2 on penalties by Ashgrove in the 2023 final.",
         "Kestrel Bay lost the 2023 final 4-2 on penalties.", None, "3-2 vs 4-2"),
        # two legs against two legs
        ("Harwick beat Dunmore 4-3 on aggregate.", "Harwick beat Dunmore 5-3 over two legs.",
         None, "4-3 vs 5-3"),
        # the match's result, each told beside its shootout's
        ("Harwick drew 1-1 and won 4-3 on penalties.",
         "Harwick drew 2-2 before winning 4-3 on penalties.", None, "1-1 vs 2-2"),
    ],
)  # fmt: skip
def test_one_match_two_results(a: str, b: str, language: str | None, detail: str) -> None:
    assert only_conflict(a, b, language) == (DiscrepancyKind.NUMBER.value, detail, True)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Arsenal won 3-1 at home.", "Chelsea lost 1-3 at Arsenal."),  # the loser's side
        ("Klitschko improved to 58-3 with 51 knockouts.", "Klitschko won to improve to 57-3."),
        ("The team was 9-14 when Cheeks was fired.", "The team was 10-14 when Cheeks was fired."),
        ("Between 10-15 people were hurt in the win.", "Between 12-15 people were hurt."),
        ("The 4-3-3 formation won the game.", "The 4-4-2 formation won the game."),
        ("The team won 3-1 after losing 2-1 at home.", "The team won 2-1."),
        # a tie of two legs, or a shootout, against a match's result
        ("Harwick beat Dunmore 4-3 on aggregate.", "Harwick beat Dunmore 2-1 in the second leg."),
        ("Harwick beat Dunmore 4-3 on penalties.", "Harwick beat Dunmore 2-1 in the final."),
        ("Harwick beat Dunmore in a 5-4 penalty shootout.", "Harwick and Dunmore drew 1-1."),
        # one result told two ways
        ("Harwick beat Dunmore Town 4-3 on aggregate.", "It beat Dunmore Town 4-3 over two legs."),
    ],
)
def test_no_alarm(a: str, b: str) -> None:
    assert details(a, b) == []
