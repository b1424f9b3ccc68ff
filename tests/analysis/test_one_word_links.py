"""A claim link on words alone that rests on one shared word stays only beside a link
that rests on more (reader.analysis.pair_analysis._without_too_little): in the German
pair of tests/data/languages, and in English pairs of the ECB+ corpus aligned by the
lexical method."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest

from reader.analysis import align
from reader.ingest import load_document
from reader.model import Alignment, Document, MatchKind

SEED = Path(__file__).resolve().parents[2] / "resources" / "sample"
LANGUAGES = Path(__file__).resolve().parent.parent / "data" / "languages"
ECB = Path(__file__).resolve().parents[3] / "shared" / "corpora" / "ecbplus-dev"
needs_ecb = pytest.mark.skipif(not ECB.is_dir(), reason="the ECB+ dev corpus is not there")


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


def ecb_document(name: str) -> Document:
    """An ECB+ article by its name ("2_3ecb" lies in the folder "2ecb")."""
    topic, kind = name.split("_")[0], "ecbplus" if name.endswith("ecbplus") else "ecb"
    return load_document(ECB / f"{topic}{kind}" / f"{name}.txt")


@cache
def ecb_claims(a: str, b: str) -> set[tuple[str, str]]:
    """The claim links of two ECB+ articles aligned on words alone."""
    return claim_pairs(align(ecb_document(a), ecb_document(b), method="lexical"))


@needs_ecb
@pytest.mark.parametrize(
    ("pair", "a", "b"),
    [
        # one word, "result"
        (
            "2_3ecb|2_4ecb",
            "The union, which will announce the results of the vote in late January, sees "
            "its power to wreak havoc with the Oscars as prime leverage.",
            "The results were disastrous:",
        ),
        # one word, "dangerous"
        (
            "8_3ecb|8_7ecb",
            "State police said the first device, discovered by police after the suspicious "
            "phone call, was determined not to be dangerous.",
            'He described those responsible as "very dangerous."',
        ),
        # one name, the league both articles are about
        (
            "5_12ecb|5_4ecb",
            "Never before in NBA history have coaches fallen this early in the season in "
            "such numbers.",
            "Bringing Brand in was the signing coup of the NBA offseason, to be sure.",
        ),
        # one name, the host both quotations praise
        (
            "2_3ecb|2_4ecb",
            '"It certainly did not escape us that Hugh looks terrific in a tuxedo," Mr. Mark said.',
            "\"Hugh is the ideal choice to host a celebration of the year's movies-and to have "
            'fun doing it."',
        ),
    ],
    ids=["result", "dangerous", "NBA", "Hugh"],
)
def test_english_sentences_sharing_one_word_alone_are_not_linked(pair: str, a: str, b: str) -> None:
    assert (a, b) not in ecb_claims(*pair.split("|"))


@needs_ecb
@pytest.mark.parametrize(
    ("pair", "a", "b"),
    [
        # "treat" only, before the rep's statement that both quote (linked on more)
        (
            "1_18ecb|1_2ecb",
            "He did not say what Reid was being treated for.",
            "He did not specify what she was being treated for or when she entered the facility.",
        ),
        # "receiver" only ("GPS" is no "global positioning system" to the words), after the
        # arms both list as seized (linked on more)
        (
            "12_1ecb|12_4ecb",
            "There were also three outboard motors and a global positioning system receiver.",
            "They also found a GPS receiver and other equipment.",
        ),
    ],
    ids=["treated", "receiver"],
)
def test_english_one_shared_word_beside_a_firm_link_stays_linked(pair: str, a: str, b: str) -> None:
    assert (a, b) in ecb_claims(*pair.split("|"))


@cache
def spanish_claims() -> set[tuple[str, str]]:
    """The claim links of the Spanish pair, aligned as the app aligns it (words alone)."""
    a, b = (load_document(LANGUAGES / f"es_{side}.txt") for side in "ab")
    return claim_pairs(align(a, b, method="auto"))


@cache
def seed_claims() -> set[tuple[str, str]]:
    """The claim links of the seed pair aligned on words alone."""
    a = load_document(SEED / "hankyoreh-2024-06-20-putin-kim-mutual-assistance.txt")
    b = load_document(SEED / "ap-2024-06-20-north-korea-deal-military-assistance.txt")
    return claim_pairs(align(a, b, method="lexical"))


@pytest.mark.parametrize(
    ("claims", "a", "b"),
    [
        # 2,000 injured, 2,000 dead
        (
            spanish_claims,
            "Más de 2.000 personas resultaron heridas, muchas de ellas de gravedad.",
            "Más de 2.000 fallecidos por el sismo en Marruecos",
        ),
        # a visit in 2000, a treaty of 2000
        (
            seed_claims,
            "This visit to North Korea was Putin’s first in 24 years, following a previous "
            "visit in July 2000.",
            "The deal was discarded after the collapse of the USSR, replaced by one in 2000 "
            "that offered weaker security assurances.",
        ),
    ],
    ids=["2.000", "2000"],
)
def test_sentences_sharing_one_figure_alone_are_not_linked(
    claims: Callable[[], set[tuple[str, str]]], a: str, b: str
) -> None:
    assert (a, b) not in claims()


def test_one_figure_and_what_it_counts_are_enough() -> None:
    assert (
        "Más de 2.000 personas resultaron heridas, muchas de ellas de gravedad.",
        "Los heridos superan los 2.000, de los que más de un millar se encuentran en estado grave.",
    ) in spanish_claims()
