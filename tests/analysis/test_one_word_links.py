"""A claim link on words alone that rests on one shared word stays only beside a link
that rests on more (reader.analysis.pair_analysis._rests_on_too_little)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.analysis import align
from reader.ingest import load_document
from reader.model import Alignment, MatchKind

LANGUAGES = Path(__file__).resolve().parent.parent / "data" / "languages"


def claim_pairs(al: Alignment) -> set[tuple[str, str]]:
    return {(al.a.slice(m.a), al.b.slice(m.b)) for m in al.matches if m.kind is MatchKind.CLAIM}


@pytest.fixture(scope="module")
def german() -> set[tuple[str, str]]:
    """The claim links of the German pair, aligned as the app aligns it (words alone)."""
    a, b = (load_document(LANGUAGES / f"de_{side}.txt") for side in "ab")
    return claim_pairs(align(a, b, method="auto"))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one city named
        (
            "Moskau und Pjöngjang bestreiten die Waffenlieferungen.",
            "Von Pjöngjang aus fliegt Putin nach Vietnam weiter.",
        ),
        # "beiden Länder" / "beider Länder": one word besides a function word
        (
            "Der Vertrag sieht gegenseitigen Beistand vor, falls eines der beiden Länder "
            "angegriffen wird.",
            "Kim sprach von einer neuen Ära der Beziehungen beider Länder.",
        ),
    ],
)
def test_sentences_sharing_one_word_alone_are_not_linked(
    german: set[tuple[str, str]], a: str, b: str
) -> None:
    assert (a, b) not in german


def test_one_shared_word_beside_a_firm_link_stays_linked(german: set[tuple[str, str]]) -> None:
    # "falls" and "Fall" are one stem only; the pair before it shares both leaders' names
    assert (
        "Der Vertrag sieht gegenseitigen Beistand vor, falls eines der beiden Länder "
        "angegriffen wird.",
        "Beide Staaten verpflichten sich darin, einander im Fall eines Angriffs militärisch "
        "beizustehen.",
    ) in german


def test_two_shared_words_are_enough(german: set[tuple[str, str]]) -> None:
    assert (
        "Putin kündigte zudem an, Russland schließe eine militärisch-technische "
        "Zusammenarbeit mit Nordkorea nicht aus.",
        "Südkorea zeigte sich besorgt über die wachsende militärische Zusammenarbeit.",
    ) in german


def test_one_noun_two_figures_count_stays_linked() -> None:
    # tests/data/names: the one word the two share is what both figures count
    names = LANGUAGES.parent / "names"
    a, b = (load_document(names / f"de_{side}.txt") for side in "ab")
    linked = claim_pairs(align(a, b, method="lexical"))
    assert (
        "Rund 150 Einsatzkräfte waren vor Ort.",
        "Rund 200 Einsatzkräfte waren im Einsatz.",
    ) in linked
