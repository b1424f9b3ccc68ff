"""A unit spelt two ways is one unit ("12 metres" / "14 meters", "12 feet" / "14 ft",
"80 kilometres" / "90 km"), and a figure glued ("500mm") or hyphened ("a 3.5-metre
surge") to its unit is compared within that unit too; each told as its side writes it.
A size of another thing, a range or a model's number is no discrepancy
(reader.analysis.figures.written_units, measured_things)."""

from __future__ import annotations

import pytest

from reader.analysis.mentions import link_mentions
from tests.analysis.sentence_pairs import details, feats, only_conflict


@pytest.mark.parametrize(
    ("a", "b", "detail"),
    [
        ("The wall is 12 metres high.", "The wall is 14 meters high.", "12 metres vs 14 meters"),
        ("The wave was 12 feet high.", "The wave was 14 ft high.", "12 feet vs 14 ft"),
        ("The fish weighed 12 pounds.", "The fish weighed 14 lbs.", "12 pounds vs 14 lbs"),
        ("The march covered 80 kilometres.", "The march covered 90 km.",
         "80 kilometres vs 90 km"),
        ("The bag weighed 12 kilograms.", "The bag weighed 14 kg.", "12 kilograms vs 14 kg"),
        ("A gust of 130 miles per hour was recorded.", "A gust of 150 mph was recorded.",
         "130 miles per hour vs 150 mph"),
        ("Temperatures reached 30 degrees Celsius.", "Temperatures reached 34°C.",
         "30 degrees Celsius vs 34°C"),
    ],
)  # fmt: skip
def test_one_unit_spelt_two_ways_is_compared(a: str, b: str, detail: str) -> None:
    assert only_conflict(a, b) == ("number", detail, False)


@pytest.mark.parametrize(
    ("a", "b", "detail"),
    [
        ("The storm dropped 500mm of rain.", "The storm dropped 600mm of rain.",
         "500mm vs 600mm"),
        ("The march covered 80km.", "The march covered 90km.", "80km vs 90km"),
        ("Each tablet holds 500mg of the drug.", "Each tablet holds 600mg of the drug.",
         "500mg vs 600mg"),
        ("Temperatures reached 30C.", "Temperatures reached 34C.", "30C vs 34C"),
    ],
)  # fmt: skip
def test_a_figure_glued_to_its_unit_is_compared(a: str, b: str, detail: str) -> None:
    assert only_conflict(a, b) == ("number", detail, False)


@pytest.mark.parametrize(
    ("a", "b", "detail"),
    [
        ("A 3.5-metre surge hit the town.", "A 4-metre surge hit the town.",
         "3.5-metre vs 4-metre"),
        ("They built a wall 12 metres high.", "They built a 14-meter wall.",
         "12 metres vs 14-meter"),
        ("A storm surge of 12 feet swept through the town.",
         "A 14-foot storm surge swept through the town.", "12 feet vs 14-foot"),
    ],
)  # fmt: skip
def test_a_size_hyphened_to_its_noun_is_compared_with_a_size_of_that_thing(
    a: str, b: str, detail: str
) -> None:
    assert only_conflict(a, b) == ("number", detail, False)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The wall is 12 metres high.", "The wall is 12 meters high."),
        ("The march covered 80km.", "The march covered 80 kilometres."),
        ("A 3.5-metre surge hit the town.", "A surge of 3.5 meters hit the town."),
        # sizes of two things
        ("They built a 12-metre wall.", "They built a 14-metre tower."),
        ("A 4-metre boat sank off the pier.", "The boat sank in 14 metres of water."),
        # a range, a model's number
        ("A 3-4 metre surge hit the town.", "A 5-metre surge hit the town."),
        ("Gusts of 20-25mph hit the town.", "Gusts of 30mph hit the town."),
        ("The A380 flew 500km.", "The A340 flew 500 kilometres."),
        ("A 737 landed on the M25.", "A 747 landed on the M25."),
    ],
)  # fmt: skip
def test_one_measure_spelt_two_ways_or_sizes_of_two_things_are_no_discrepancy(
    a: str, b: str
) -> None:
    assert details(a, b) == []


def test_a_size_hyphened_to_one_thing_is_no_size_of_the_water_it_sank_in() -> None:
    a = "A 4-metre boat sank in 12 metres of water."
    b = "A 5-metre boat sank in 14 metres of water."
    assert sorted(details(a, b)) == ["12 metres vs 14 metres", "4-metre vs 5-metre"]


@pytest.mark.parametrize(
    ("a", "b", "shown"),
    [
        ("The wall is 12 metres high.", "The wall is 12 meters high.",
         ("12 metres", "12 meters")),
        ("The march covered 80km.", "The march covered 80 kilometres.",
         ("80km", "80 kilometres")),
        ("The wave was 12 feet high.", "The wave was 12 ft high.", ("12 feet", "12 ft")),
    ],
)  # fmt: skip
def test_one_measure_spelt_two_ways_is_a_number_match(
    a: str, b: str, shown: tuple[str, str]
) -> None:
    links = link_mentions([feats(a)], [feats(b)], {0: [0]}, {0: [0]})
    told = [(x.a.surface + x.units[0], x.b.surface + x.units[1]) for x in links]
    assert told == [shown]


# was no discrepancy: "3 mil hectares" counted the Portuguese stem "hect", "3.500 hectares"
# and "3.500 ha" the unit "hectar" (a unit was read only after a figure with no magnitude)
@pytest.mark.parametrize("b", ["O fogo consumiu 3.500 hectares.", "O fogo consumiu 3.500 ha."])
def test_a_unit_after_a_magnitude_is_compared_within_that_unit(b: str) -> None:
    a = "O fogo consumiu 3 mil hectares."
    assert only_conflict(a, b, "Portuguese") == ("number", "3 mil vs 3.500", False)


# was no discrepancy: "zestig meter" counted "meter" (the Dutch stemmer's), "40 meter" the
# metre; German's "sechzig Meter" as much against "40 Metern"
@pytest.mark.parametrize(
    ("a", "b", "language", "detail"),
    [
        ("Het water sloeg een gat van 40 meter in de dijk.",
         "Het water sloeg een bres van zestig meter breed in de dijk.", "Dutch",
         "40 vs zestig"),
        ("Die Mauer ist 40 Meter lang.", "Die Mauer ist sechzig Meter lang.", "German",
         "40 vs sechzig"),
    ],
)  # fmt: skip
def test_a_measure_in_words_is_compared_with_one_in_figures(
    a: str, b: str, language: str, detail: str
) -> None:
    assert details(a, b, language) == [detail]


def test_a_measure_in_words_counts_its_unit_however_spelt() -> None:
    assert [m.unit_word for m in feats("It ran three kilometres.").numbers] == ["km"]
