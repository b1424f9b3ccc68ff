"""A flight's name with its number (reader.analysis.names.flight_numbers), read from a
unit's text as the app reads names."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.analysis.features import extract
from reader.analysis.units import Unit
from reader.ingest.normalize import fold
from reader.model import Document, Span
from tests.analysis.name_keys import entity_tags

MakeDoc = Callable[[str], Document]


def _names(text: str) -> list[tuple[str, str]]:
    f = extract(Unit(0, Span(0, len(text)), text, fold(text)))
    return [(n.surface, n.key) for n in f.names]


# was ("Flight", "flight"): the run of capitalised words stopped at the figure, and the
# lone word was linked to the other report's "Flight XC4417"
def test_a_flight_s_name_runs_on_to_its_number() -> None:
    assert _names("Flight 4417 was cruising at 35,000 feet.") == [("Flight 4417", "flight 4417")]


@pytest.mark.parametrize("text", ["Flight XC4417 landed.", "Flight XC 4417 landed."])
def test_a_flight_s_code_is_left_out_of_its_key(text: str) -> None:
    assert [key for _, key in _names(text)] == ["flight 4417"]


def test_a_name_opening_with_flight_is_kept_whole() -> None:
    assert _names("The Flight Safety Foundation said so.") == [
        ("Flight Safety Foundation", "flight safety foundation")
    ]


# was ("Coastline Air Flight", "coastline air flight"): the airline's name ran on into
# its flight's, whose number was lost
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The crew of Coastline Air Flight 4417 said so.",
         [("Coastline Air", "coastline air"), ("Flight 4417", "flight 4417")]),
        ("Coastline Air Flight XC4417 landed.",
         [("Coastline Air", "coastline air"), ("Flight XC4417", "flight 4417")]),
    ],
)  # fmt: skip
def test_an_airline_and_its_flight_are_two_names(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _names(text) == expected


def test_a_name_with_flight_inside_stays_whole() -> None:
    assert _names("Air Flight Services said so.") == [
        ("Air Flight Services", "air flight services")
    ]


# was ("Flight", "Flight"): "Flight" named inside a sentence only as "Flight 4417" kept
# the word opening "Flight attendants ..." a name, matched across the pair
def test_a_word_named_only_with_its_number_opening_a_sentence_is_no_name(
    doc: MakeDoc,
) -> None:
    a = doc("Coastline Air Flight 4417 landed.\nFlight attendants opened the doors.\n")
    b = doc("Flight 4417 came down.\nFlight attendants led them out.\n")
    assert ("Flight", "Flight") not in entity_tags(a, b)
    assert ("Flight 4417", "Flight 4417") in entity_tags(a, b)
