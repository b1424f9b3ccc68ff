"""Tests of reader/ingest/agencies.py: the outlets a dateline may name."""

from __future__ import annotations

import pytest

from reader.ingest.agencies import is_agency, is_dateline_outlet


@pytest.mark.parametrize("name", ["AP", "Reuters", "dpa", "CW", "CNN", "RFE/RL", " KBS "])
def test_an_agency_or_any_outlet_s_initials_is_a_dateline_s_outlet(name: str) -> None:
    assert is_dateline_outlet(name)


@pytest.mark.parametrize("name", ["left", "Continental", "UK-based", "A", "CONTINENTALWIRE"])
def test_a_word_of_another_shape_is_no_dateline_outlet(name: str) -> None:
    assert not is_dateline_outlet(name)


def test_an_unknown_outlet_s_initials_are_no_known_agency() -> None:
    assert not is_agency("CW")


@pytest.mark.parametrize(
    "name", ["Continental Wire", "The Continental Wire", "CONTINENTAL  WIRE", "continental wire"]
)
def test_the_page_s_own_outlet_spelled_out_is_a_dateline_s_outlet(name: str) -> None:
    assert is_dateline_outlet(name, "Continental Wire")


@pytest.mark.parametrize(
    ("name", "outlet"), [("Continental Wire", None), ("Rhine Chemicals", "Continental Wire")]
)
def test_another_name_spelled_out_is_no_dateline_outlet(name: str, outlet: str | None) -> None:
    assert not is_dateline_outlet(name, outlet)


# the Nordic wires: a story's closing "TT" was a line of the story
@pytest.mark.parametrize("name", ["TT", "NTB", "Ritzau"])
def test_the_nordic_wires_are_agencies(name: str) -> None:
    assert is_agency(name)
