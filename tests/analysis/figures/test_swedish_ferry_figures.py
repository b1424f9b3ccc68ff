"""A ferry grounding as Swedish papers tell it (the svensk pair): a wind's speed in metres
a second, however written ("18 meter per sekund", "18 m/s": figures/written_units.py),
the ship's name after its prefix written with a slash ("M/S Gullskär":
names/ship_prefixes.py), and counts of
people in Swedish nouns ("148 passagerare", "Tolv personer", "3 000 invånare":
words/lexicon.py PEOPLE_WORDS, PERSON_KINDS)."""

from __future__ import annotations

import pytest

from reader.analysis.figures.added_counts import counts_people
from reader.analysis.figures.person_kinds import counts_a_kind
from reader.analysis.figures.place_counts import names_people
from tests.analysis.sentence_pairs import (
    details,
    feats,
    figure_labels,
    shared_figures,
    shared_names,
    sums,
)

SV = "Swedish"
_WIND = "Det blåste {} i byarna när färjan slog i grundet."


# were "18" counting "metr" against "18" counting "m" (no unit): no match
@pytest.mark.parametrize(
    "told", ["18 meter per sekund", "18 m/s", "18 meter i sekunden", "18 m/sek"]
)
def test_metres_a_second_are_a_speed(told: str) -> None:
    assert sums(_WIND.format(told), SV) == [("18", "num:18", "m/s")]


def test_a_wind_told_in_words_and_in_its_symbol_matches() -> None:
    a, b = _WIND.format("18 meter per sekund"), _WIND.format("18 m/s")
    assert (shared_figures(a, b, SV), details(a, b, SV)) == ([("18", "18")], [])


def test_two_winds_disagree() -> None:
    a, b = _WIND.format("18 meter per sekund"), _WIND.format("21 m/s")
    assert details(a, b, SV) == ["18 meter per sekund vs 21 m/s"]


def test_metres_a_second_convert_to_km_an_hour() -> None:
    a = feats("Winds gusted at 18 metres per second as the ferry struck the rock.")
    b = feats("Winds gusted at 65 km/h as the ferry struck the rock.")
    assert figure_labels(a, b) == [
        "18 metres per second ≈ 65 km/h (converted: 18 m/s is 64.8 km/h)"
    ]


# guard (passes on main too): a metre alone is a length
def test_a_metre_alone_is_a_length() -> None:
    assert sums("Fartyget fick ett hål på 2 meter i skrovet.", SV) == [("2", "num:2", "metr")]


# were "S Gullskär" and "Färjan M", "S Tärnan", "V Ocean Pride"
@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        ("Färjan M/S Gullskär gick på grund vid Kalvgrundet.", SV,
         ["Färjan", "Gullskär", "Kalvgrundet"]),
        ("I fredags gick M/S Gullskär på grund.", SV, ["Gullskär"]),
        ("Turerna ersätts av en mindre båt, M/S Tärnan, som tar 40 passagerare.", SV,
         ["Turerna", "Tärnan"]),
        ("The tanker M/V Ocean Pride ran aground.", None, ["Ocean Pride"]),
    ],
)  # fmt: skip
def test_a_ship_s_slashed_prefix_is_no_part_of_its_name(
    text: str, language: str | None, names: list[str]
) -> None:
    assert [m.surface for m in feats(text, language).names] == names


def test_a_ship_told_with_its_slashed_prefix_and_without_is_one_name() -> None:
    a = "I fredags gick M/S Gullskär på grund vid Västerö."
    b = "I fredags gick Gullskär på grund vid Västerö."
    assert shared_names(a, b, SV) == [("Gullskär", "Gullskär"), ("Västerö", "Västerö")]


# guards (pass on main too): a prefix of one word stays, and the ship matches its name
@pytest.mark.parametrize(
    ("a", "b", "shared"),
    [
        ("Pirates attacked MV Gibe off Somalia.", "Pirates attacked the Gibe near Somalia.",
         ("MV Gibe", "Gibe")),
        ("The frigate HMS Argyll sailed from Plymouth.", "The frigate Argyll sailed on.",
         ("HMS Argyll", "Argyll")),
    ],
)  # fmt: skip
def test_a_ship_s_prefix_of_one_word_stays_and_matches(
    a: str, b: str, shared: tuple[str, str]
) -> None:
    assert shared_names(a, b)[0] == shared


# were no people: Swedish nouns of people were none of the lists ("passagerare" and
# "personer" counted people by their stems, as the English words)
@pytest.mark.parametrize(
    "text",
    ["Ombord fanns 148 passagerare.", "Tolv personer fördes till sjukhus.",
     "Kommunen har 3 000 invånare.", "Sju besättningsmän var ombord."],
)  # fmt: skip
def test_a_swedish_count_of_people_counts_people(text: str) -> None:
    f = feats(text, SV)
    assert [counts_people(f, m) for m in f.numbers] == [True]


@pytest.mark.parametrize("word", ["passagerare", "personer", "invånare", "människor"])
def test_swedish_nouns_of_people_name_people(word: str) -> None:
    assert names_people(word)


def test_passengers_are_a_kind_of_person_in_swedish() -> None:
    assert counts_a_kind(feats("Ombord fanns 148 passagerare.", SV).numbers[0].unit_word, SV)
