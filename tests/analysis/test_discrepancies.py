from __future__ import annotations

import pytest

from reader.analysis.discrepancies import conflicts
from reader.analysis.features import UnitFeatures, extract
from reader.analysis.units import Unit
from reader.ingest.normalize import fold
from reader.model import DiscrepancyKind, Span


def feats(text: str) -> UnitFeatures:
    return extract(Unit(0, Span(0, len(text)), text, fold(text)))


@pytest.mark.parametrize(
    ("a", "b", "kind", "detail"),
    [
        ("Photo taken June 18, 2024.", "Photo taken on June 19, 2024.", DiscrepancyKind.DATE,
         "June 18, 2024 vs June 19, 2024"),
        ("At least 24 people died.", "At least 31 people died.",
         DiscrepancyKind.NUMBER, "24 vs 31"),
        ("A euro110 billion ($141 billion) loan package.", "A $144 billion bailout.",
         DiscrepancyKind.NUMBER, "$141 billion vs $144 billion"),
        ("It cost 40 euros.", "It cost €45.", DiscrepancyKind.NUMBER, "40 vs €45"),
        ("The 33-year-old actress checked in.", "The 34-year-old actress checked in.",
         DiscrepancyKind.NUMBER, "33-year-old vs 34-year-old"),
        ("Tara Reid, 33, checked into rehab.", "Reid, who is 34 years old, checked in.",
         DiscrepancyKind.NUMBER, "33 vs 34 years old"),
        ("The first 24 hours were calm.", "The first 36 hours were calm.",
         DiscrepancyKind.NUMBER, "24 vs 36"),
        ("Reid entered Promises on Tuesday, her rep told People.",
         "Reid checked into Promises on Friday for an unspecified problem.",
         DiscrepancyKind.DATE, "Tuesday vs Friday"),
        ("They seized two other rifles.", "They seized three other rifles.",
         DiscrepancyKind.NUMBER, "two vs three"),
    ],
)  # fmt: skip
def test_same_fact_different_value(a: str, b: str, kind: DiscrepancyKind, detail: str) -> None:
    (c,) = conflicts(feats(a), feats(b))
    assert (c.kind, c.detail) == (kind, detail)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("On June 18 they met.", "On June 18 they met again."),
        ("24 people died on June 18.", "The toll: 24 people, June 18."),
        ("In 24 years.", "Nine months ago."),
        ("A $144 billion bailout.", "A bailout of 144 billion dollars."),
        ("It cost $40.", "It cost €40."),
        # an age is not a count of years, nor of anything else
        ("The 33-year-old actress checked in.", "She spent 34 years in Hollywood."),
        ("Lohan, 26, checked in.", "The 26-year-old actress checked in."),
        ("An offer of $200 million.", "An offer of $23 million a season."),
        ("On June 18 they met.", "On July 19 they met."),
        # different selections of the things counted
        ("They won 18 of their next 23 games.", "They took the first two games."),
        ("The rule takes effect in 30 days.", "It takes effect nine days before the vote."),
        # a weekday of reporting, of an occasion, or beside a date
        ("They met on Wednesday afternoon.", "State media on Thursday reported the meeting."),
        ("They met on Wednesday.", "The meeting was reported by state media Thursday."),
        ("It followed Friday's 88-72 loss.", "They lost going into Saturday night's game."),
        ("They met Wednesday.", "They met Thursday, June 20."),
        # a whole against one occasion
        ("The warship has seized a total of 14 rifles.", "In the raid six rifles were found."),
        ("In five operations so far it seized 14 rifles.", "It seized six rifles on Friday."),
    ],
)
def test_no_conflict_when_values_agree_or_differ_in_kind(a: str, b: str) -> None:
    assert conflicts(feats(a), feats(b)) == []
