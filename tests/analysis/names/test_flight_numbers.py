"""A flight's name with its number (reader.analysis.names.flight_numbers), read from a
unit's text as the app reads names."""

from __future__ import annotations

import pytest

from reader.analysis.features import extract
from reader.analysis.units import Unit
from reader.ingest.normalize import fold
from reader.model import Span


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
