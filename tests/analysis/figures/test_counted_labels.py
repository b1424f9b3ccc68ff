from __future__ import annotations

from pathlib import Path

import pytest

from reader.analysis import align
from reader.analysis.conflicts.discrepancies import conflicts
from reader.analysis.features import UnitFeatures, extract
from reader.analysis.units import Unit
from reader.ingest import load_document
from reader.ingest.normalize import fold
from reader.model import Alignment, Span
from reader.model.alignment import with_counted
from tests.election_pages import election_alignment

DATA = Path(__file__).resolve().parents[2] / "data"


def feats(text: str) -> UnitFeatures:
    return extract(Unit(0, Span(0, len(text)), text, fold(text)))


def shown(a: str, b: str) -> list[str]:
    """The discrepancies between sentences ``a`` and ``b`` as the reader sees them."""
    return [with_counted(c.detail, c.counted) for c in conflicts(feats(a), feats(b))]


def page_pair(a: str, b: str) -> Alignment:
    """Test pages ``a`` and ``b`` (tests/data/pages) aligned on words."""
    pages = DATA / "pages"
    return align(
        load_document(pages / f"{a}.html"), load_document(pages / f"{b}.html"), method="lexical"
    )


def texts(al: Alignment) -> list[str]:
    return [d.shown for d in al.discrepancies]


def test_the_election_pairs_three_discrepancies_say_what_they_count() -> None:
    assert texts(election_alignment(DATA, "lexical")) == [
        "52.3% vs 53.2 percent (vote share)",
        "87 vs 85 seats",
        "71% vs 67 percent (turnout)",
    ]


def test_the_election_pairs_details_stay_the_two_values() -> None:
    al = election_alignment(DATA, "lexical")
    assert [(d.detail, d.counted) for d in al.discrepancies] == [
        ("52.3% vs 53.2 percent", "vote share"),
        ("87 vs 85", "seats"),
        ("71% vs 67 percent", "turnout"),
    ]


def test_the_blast_pairs_toll_names_the_dead() -> None:
    al = page_pair("blast_continental_wire", "blast_rhine_courier")
    # "Fourteen people were killed" / "killing 12 workers": the dead, however named
    assert "Fourteen vs 12 dead" in texts(al)
    assert "March 4 vs March 3" in texts(al)  # a date keeps its text


def test_a_toll_told_in_two_languages_names_the_dead_in_the_readers_words() -> None:
    al = page_pair("derailment_allgaeuer_rundschau", "derailment_alpine_herald")
    # "zwölf Menschen ums Leben gekommen" / "14 people died"
    assert texts(al) == ["zwölf vs 14 dead"]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("At least 24 people died.", "At least 31 people died.", "24 vs 31 dead"),
        ("The storm in Ashbury injured 12 people.", "The storm in Ashbury left 15 injured.",
         "12 vs 15 injured"),
        ("The attack in Kismayo killed 12 soldiers.", "In Kismayo, 14 soldiers were killed.",
         "12 vs 14 soldiers killed"),
        ("They seized two other rifles.", "They seized three other rifles.",
         "two vs three rifles"),
        # a singular and its plural: the plural
        ("They seized one rifle in Kismayo.", "They seized three rifles in Kismayo.",
         "one vs three rifles"),
        ("A poll in Veloria put the alliance at 48%.",
         "A survey in Veloria had the alliance at 46 percent.", "48% vs 46 percent (poll)"),
    ],
)  # fmt: skip
def test_a_count_names_what_both_sentences_count(a: str, b: str, expected: str) -> None:
    assert shown(a, b) == [expected]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # two words for one group: which one to show is not known
        ("Kenya sent 5,000 troops to Kismayo.", "Kenya sent 4,000 soldiers to Kismayo.",
         "5,000 vs 4,000"),
        # a share on one side only
        ("The Veloria alliance won 52.3% of the vote.", "The Veloria alliance won 53.2 percent.",
         "52.3% vs 53.2 percent"),
        # the value tells its unit itself
        ("The Boston Red Sox offered Mark Teixeira $200 million.",
         "The Red Sox offered Teixeira $184 million.", "$200 million vs $184 million"),
        ("Tara Reid, 33, checked into rehab.", "Reid, who is 34 years old, checked in.",
         "33 vs 34 years old"),
        ("The 33-year-old actress checked in.", "The 34-year-old actress checked in.",
         "33-year-old vs 34-year-old"),
        ("The first 24 hours were calm.", "The first 36 hours were calm.", "24 vs 36 hours"),
    ],
)  # fmt: skip
def test_a_count_whose_thing_is_not_known_from_both_keeps_its_values(
    a: str, b: str, expected: str
) -> None:
    assert shown(a, b) == [expected]
