"""A figure of some one thing among several, told as existing with nobody named ("There's
at least one offer out there better than ... $184 million"), is no figure of the offer
another report tells (10_18ecbplus / 10_19ecbplus against 10_6ecbplus), in six
languages; named or not told as some one, it still compares."""

from __future__ import annotations

import pytest

from reader.analysis.figures.indefinite_figures import of_some_one
from tests.analysis.sentence_pairs import details, feats

SOME_OFFER = "There\u2019s at least one offer out there better than eight years and $184 million."


@pytest.mark.parametrize(
    "told",
    [
        # 10_19ecbplus: a named club's offer
        "ESPN is reporting that the Nationals have offered Mark Teixeira an 8-year, $160 "
        "million contract.",
        # 10_18ecbplus: the deal, up to a figure below the other's bound
        "The deal is said to be for 8 year and could be up to $180 million.",
    ],
)
def test_some_offer_is_no_figure_of_the_offer_told(told: str) -> None:
    assert details(told, SOME_OFFER) == []
    assert details(SOME_OFFER, told) == []


@pytest.mark.parametrize(
    ("language", "told", "some"),
    [
        (
            "French",
            "Les Nationals ont offert à Mark Teixeira un contrat de 160 millions de dollars.",
            "Il y a au moins une offre supérieure à 184 millions de dollars.",
        ),
        (
            "German",
            "Die Nationals haben Mark Teixeira einen Vertrag über 160 Millionen Dollar angeboten.",
            "Es gibt mindestens ein Angebot über mehr als 184 Millionen Dollar.",
        ),
        (
            "Spanish",
            "Los Nationals ofrecieron a Mark Teixeira un contrato de 160 millones de dólares.",
            "Hay al menos una oferta mejor que 184 millones de dólares.",
        ),
        (
            "Italian",
            "I Nationals hanno offerto a Mark Teixeira un contratto da 160 milioni di dollari.",
            "C'è almeno un'offerta migliore di 184 milioni di dollari.",
        ),
        (
            "Portuguese",
            "Os Nationals ofereceram a Mark Teixeira um contrato de 160 milhões de dólares.",
            "Há pelo menos uma oferta melhor que 184 milhões de dólares.",
        ),
    ],
)
def test_some_offer_in_other_languages(language: str, told: str, some: str) -> None:
    f = feats(some, language)
    assert [of_some_one(f, m) for m in f.numbers] == [True]
    assert details(told, some, language) == []


@pytest.mark.parametrize(
    ("told", "some", "detail"),
    [
        # the club named between: its offer
        (
            "The Red Sox offered $160 million.",
            "There's at least one offer from the Red Sox better than $184 million.",
            "$160 million vs $184 million",
        ),
        (
            "The Red Sox offered $160 million.",
            "There is at least one Red Sox offer better than $184 million.",
            "$160 million vs $184 million",
        ),
        # two offers each told as some one still compare
        (
            SOME_OFFER,
            "There's at least one offer out there worth less than $150 million.",
            "$184 million vs $150 million",
        ),
    ],
)
def test_an_offer_named_or_two_of_some_one_still_compare(told: str, some: str, detail: str) -> None:
    assert details(told, some) == [detail]


@pytest.mark.parametrize(
    "text",
    [
        "There were another 30 injured in the blast.",  # the figure is what is counted
        "There is a death toll of 40 in the city.",  # a bare article: the toll
        "There's at least one offer out there. The Red Sox offered $184 million.",
    ],
)
def test_no_figure_of_some_one(text: str) -> None:
    f = feats(text)
    assert not any(of_some_one(f, m) for m in f.numbers if m.surface != "one")
