# ruff: noqa: E501  (a pair of sentences a line)
"""An approximate round figure ("como mil", "unos mil", "rund 1000", "environ mille",
"about 1,000") holds a figure within ``hedges.about_reach`` of it, in six languages, and
still disagrees with one farther off (``count_terms.consistent``, through
``conflicts``)."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import details

# an approximate thousand, and a sentence of the other article with its figure to fill in
APPROXIMATE_THOUSANDS = [
    ("Spanish", "El terremoto dejó como mil heridos en la provincia, según Protección Civil.",
     "El terremoto dejó {} heridos en la provincia."),
    ("Spanish", "El terremoto dejó unos mil heridos en la provincia, según Protección Civil.",
     "El terremoto dejó {} heridos en la provincia."),
    ("Spanish", "El terremoto dejó cerca de mil heridos en la provincia, según Protección Civil.",
     "El terremoto dejó {} heridos en la provincia."),
    ("German", "Bei dem Erdbeben wurden nach Angaben der Behörden rund 1000 Menschen verletzt.",
     "Bei dem Erdbeben wurden {} Menschen verletzt."),
    ("French", "Le séisme a fait environ mille blessés dans la province, selon la protection civile.",
     "Le séisme a fait {} blessés dans la province."),
    ("Italian", "Il terremoto ha causato circa mille feriti nella provincia, secondo la protezione civile.",
     "Il terremoto ha causato {} feriti nella provincia."),
    ("Portuguese", "O terremoto deixou cerca de mil feridos na província, segundo a Defesa Civil.",
     "O terremoto deixou {} feridos na província."),
    (None, "The earthquake injured about 1,000 people in the province, civil protection officials said.",
     "The earthquake injured {} people in the province."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "a", "b"), APPROXIMATE_THOUSANDS)
def test_an_approximate_thousand_holds_a_figure_near_it(
    language: str | None, a: str, b: str
) -> None:
    assert details(a, b.format(1200), language) == []


@pytest.mark.parametrize(("language", "a", "b"), APPROXIMATE_THOUSANDS)
def test_an_approximate_thousand_still_disagrees_with_three_thousand(
    language: str | None, a: str, b: str
) -> None:
    assert len(details(a, b.format(3000), language)) == 1


@pytest.mark.parametrize("figure", ["800", "1200"])
def test_about_reaches_a_fifth_of_the_figure_told(figure: str) -> None:
    assert (
        details(
            "El terremoto dejó como mil heridos en la provincia.",
            f"El terremoto dejó {figure} heridos en la provincia.",
            "Spanish",
        )
        == []
    )


@pytest.mark.parametrize("figure", ["750", "1250"])
def test_about_reaches_no_farther_than_a_fifth(figure: str) -> None:
    assert details(
        "El terremoto dejó como mil heridos en la provincia.",
        f"El terremoto dejó {figure} heridos en la provincia.",
        "Spanish",
    ) == [f"mil vs {figure}"]


def test_about_forty_still_disagrees_with_fifty() -> None:
    assert details(
        "The fire killed about 40 people, the fire brigade said.",
        "The fire killed 50 people.",
        None,
    ) == ["40 vs 50"]


def test_about_forty_holds_forty_five() -> None:
    assert (
        details(
            "The fire killed about 40 people, the fire brigade said.",
            "The fire killed 45 people.",
            None,
        )
        == []
    )


def test_some_250_still_disagrees_with_200() -> None:
    assert details(
        "Some 250 runners set off on Monday morning.",
        "200 runners set off on Monday morning.",
        None,
    ) == ["250 vs 200"]


# an order of magnitude in words, and a figure of its order told by the other article
ORDERS_HELD = [
    ("Blast kills 12, dozens injured", "Fourteen people were killed and more than 40 injured."),
    ("The blast injured dozens of people.", "The blast injured 40 people."),
    ("Dozens were injured in the blast.", "More than 40 were injured in the blast."),
    ("Thousands of people were evacuated.", "About 5,000 people were evacuated."),
]


@pytest.mark.parametrize(("a", "b"), ORDERS_HELD)
def test_an_order_of_magnitude_holds_a_figure_of_its_order(a: str, b: str) -> None:
    assert not [d for d in details(a, b) if "ozens" in d or "housands" in d]


@pytest.mark.parametrize(
    ("a", "b", "detail"),
    [
        (
            "Blast kills 12, hundreds injured",
            "Twelve were killed and 40 injured.",
            "hundreds vs 40",
        ),
        ("A dozen people were injured in the blast.", "40 people were injured.", "dozen vs 40"),
        (
            "A hundred people were injured in the blast.",
            "500 people were injured.",
            "A hundred vs 500",
        ),
    ],
)
def test_a_figure_of_another_order_still_disagrees(a: str, b: str, detail: str) -> None:
    assert details(a, b) == [detail]


# was "$310 million vs $300m": two figures told "about" were compared as exact ones
@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The blackout cost local businesses about $310 million, the chamber said.",
         "Business groups put the losses at an estimated $300m."),
        ("Some 1,450 homes were flooded.", "About 1,500 homes were flooded."),
    ],
)  # fmt: skip
def test_two_figures_told_about_within_reach_of_each_agree(a: str, b: str) -> None:
    assert details(a, b) == []


@pytest.mark.parametrize(
    ("a", "b", "detail"),
    [
        ("About 20 people died in the fire.", "About 30 people died in the fire.", "20 vs 30"),
        ("Some 1,500 homes were flooded.", "About 2,000 homes were flooded.", "1,500 vs 2,000"),
        ("A fire destroyed about 40,000 books.", "The fire destroyed some 45,000 books.",
         "40,000 vs 45,000"),
        ("Turnout was about 61%.", "Turnout was about 61.8%.", "61% vs 61.8%"),
        ("At least 24 people died in the fire.", "At least 31 people died in the fire.", "24 vs 31"),
    ],
)  # fmt: skip
def test_two_rough_figures_farther_apart_two_shares_or_two_bounds_still_differ(
    a: str, b: str, detail: str
) -> None:
    assert details(a, b) == [detail]
