"""A product's number is part of its name, not a count (reader.analysis.figures
.model_numbers): "last year's Nova 8 Pro" counted 8 of "pro", "the Nova 7 and Nova 8" 8 of
nothing and "Wi-Fi 7" 7 of nothing on main; now the first two are no figures and "Wi-Fi 7"
is one identifier, as "No 9" is."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import feats


def _read(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.key) for m in feats(text).numbers if m.kind == "number"]


@pytest.mark.parametrize(
    "text",
    [
        "It costs $100 more than last year's Nova 8 Pro.",
        "Buyers of Halcyra's Nova 9 Ultra pay more.",
        "The update comes to the Nova 7 and Nova 8 in October.",
        "Owners of an iPhone 15 Pro Max can upgrade.",
    ],
)
def test_a_model_s_number_is_no_count(text: str) -> None:
    assert [key for _, key in _read(text) if key.startswith("num:") and key != "num:100"] == []


def test_a_standard_s_number_is_one_identifier() -> None:
    assert _read("Both phones support Wi-Fi 7 and 5G.") == [("Wi-Fi 7", "no:wi-fi 7")]


# a headline's capitalised words are no model, nor a hyphened word after a figure
@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Storm Kills 12 People In Texas", "num:12"),
        ("Rebels Seize 3 Pro-Russian Towns", "num:3"),
    ],
)
def test_a_count_between_capitalised_words_stays_a_count(text: str, key: str) -> None:
    assert [k for _, k in _read(text)] == [key]


# a name opening a phrase (after a colon or an owner's "'s") before a singular noun: four
# of "chip" is no count (main read 4 chips)
@pytest.mark.parametrize(
    "text",
    [
        "The phone runs on a new processor: Helix 4 chip, the company said.",
        "The phone runs on Apple's Helix 4 chip, the company said.",
    ],
)
def test_a_model_s_number_before_a_singular_noun_is_no_count(text: str) -> None:
    assert _read(text) == []


# guards (pass on main too): the same name before a plural, or a list of a party's seats
# after a colon, still counts
@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("Results: Labour 312, Conservatives 250.", ["num:312", "num:250"]),
        ("Its maker shipped Apple's Helix 4 chips.", ["num:4"]),
        ("The toll: Gaza 25 dead, officials said.", ["num:25"]),
    ],
)
def test_a_count_after_a_name_opening_a_phrase_stays_a_count(text: str, keys: list[str]) -> None:
    assert [k for _, k in _read(text)] == keys


# was ["num:4"]: two capitalised words after an article, the maker's and the model's
@pytest.mark.parametrize(
    "text",
    ["The Apple Helix 4 chip is fast, the company said.", "It runs on an Apple Helix 4 chip."],
)
def test_a_model_s_number_after_its_maker_s_name_is_no_count(text: str) -> None:
    assert _read(text) == []


# the guards (as on main): the same words before a plural, or one name after the article
@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("The Apple Helix 4 chips are fast.", ["num:4"]),
        ("The company shipped 4 Apple Watch units.", ["num:4"]),
    ],
)
def test_a_count_after_two_capitalised_words_stays_a_count(text: str, keys: list[str]) -> None:
    assert [k for _, k in _read(text)] == keys


# fifty-fourth session: a name after an article and an adjective ("The new Helix 4 chip")
# before a singular noun (main read 4 chips)
def test_a_model_s_number_after_an_article_and_an_adjective_is_no_count() -> None:
    assert _read("The new Helix 4 chip is faster.") == []


def test_a_model_s_number_after_an_owner_and_an_adjective_is_no_count() -> None:
    assert _read("Its maker praised Apple's new Helix 4 chip.") == []


def test_a_count_after_an_article_adjective_and_name_before_a_plural_stays() -> None:
    # a guard (it holds on main too)
    assert _read("The new Helix 4 chips are faster.") == [("4", "num:4")]
