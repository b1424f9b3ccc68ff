"""German puts the asking participle at the clause's end, as many words after the sum as
the clause holds: "5 Millionen Dollar Lösegeld für die Sirius Star gefordert" is a sum
asked for, not one paid; the clause ends at a mark or a conjunction."""

from __future__ import annotations

import pytest

from reader.analysis.figures import count_terms
from tests.analysis.sentence_pairs import details, feats

PAID = "Die Reederei hat 3 Millionen Dollar Lösegeld für die Sirius Star gezahlt."


def _sought(text: str) -> list[bool]:
    f = feats(text, "German")
    return [count_terms.sought(f, m) for m in f.numbers if m.kind == "number"]


@pytest.mark.parametrize(
    "text",
    [
        "Die Piraten haben 5 Millionen Dollar Lösegeld für die Sirius Star gefordert.",
        "Die Piraten hatten 25 Millionen Dollar Lösegeld von der saudischen Reederei "
        "verlangt, hieß es.",
        "Für die Sirius Star sollen 5 Millionen Dollar Lösegeld von den Piraten gefordert "
        "worden sein.",
    ],
)
def test_money_asked_for_at_the_clause_end_is_sought(text: str) -> None:
    assert _sought(text) == [True]
    assert details(PAID, text, "German") == []


@pytest.mark.parametrize(
    "text",
    [
        PAID,
        # the asking word in another clause: after a comma, after "und"
        "Die Reederei zahlte 3 Millionen Dollar Lösegeld für die Sirius Star, nachdem die "
        "Piraten mehr gefordert hatten.",
        "Die Reederei zahlte 3 Millionen Dollar für die Sirius Star und die Piraten hatten "
        "mehr gefordert.",
    ],
)
def test_money_paid_before_another_clause_asking_is_not_sought(text: str) -> None:
    assert _sought(text) == [False]


def test_two_sums_asked_for_still_disagree() -> None:
    assert details(
        "Die Piraten haben 5 Millionen Dollar Lösegeld für die Sirius Star gefordert.",
        "Die Piraten haben 6 Millionen Dollar Lösegeld für die Sirius Star gefordert.",
        "German",
    ) == ["5 Millionen vs 6 Millionen"]


def test_an_english_asking_word_far_after_the_sum_is_not_read() -> None:
    # English tells the asking word before the sum or right after what it counts
    text = "The owners paid $3 million to the pirates whose leaders had long demanded."
    f = feats(text)
    assert not any(count_terms.sought(f, m) for m in f.numbers)
