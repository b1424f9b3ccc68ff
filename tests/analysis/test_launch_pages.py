"""A fact-checker's launch pair (tests/data/pages/launch_*): a Florida paper writing Eastern
daylight time, GMT, miles, mph and pounds beside kilometres and kilograms ("10:32 a.m. EDT
(1432 GMT)", "600 km (370 miles)", "2,300 kg (about 5,070 pounds)") and a European agency
writing UTC, CEST, km/h and tonnes ("14:32 UTC (4:32 p.m. CEST)", "2.8 tonnes"), on one
invented crewed launch, aligned by both methods: the payload's mass and the capsule's
separation ("10:44 a.m. EDT" / "14:46 UTC", two minutes apart) are the real
discrepancies; one moment told in two zones is none, and the mission director's quotation
trimmed of a sentence is no misquote."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model import Alignment, MatchKind
from tests.launch_pages import launch_alignment
from tests.page_pairs import figure_pairs, matched_pairs, quoted, shown_discrepancies


@pytest.fixture(scope="module", params=["lexical", "semantic"])
def launch(request: pytest.FixtureRequest, data_dir: Path) -> Alignment:
    return launch_alignment(data_dir, request.param)


# was a quotation discrepancy alone: "2.8 tonnes" no measure (so never against "2,300
# kg"), the separation's sentences not linked, the trimmed quotation a misquote
def test_the_payload_and_the_separation_are_the_discrepancies(launch: Alignment) -> None:
    assert shown_discrepancies(launch) == [
        "10:44 a.m. EDT vs 14:46 UTC (10:44 a.m. EDT is 14:44 UTC)",
        "2,300 kg vs 2.8 tonnes (2.8 tonnes is 2,800 kg)",
    ]


# was listed as told only in B: the two share "separated" and "stage" in A's long sentence
def test_the_separation_s_sentences_are_linked(launch: Alignment) -> None:
    linked = [(a[:26], b[:26]) for a, b in matched_pairs(launch, MatchKind.CLAIM)]
    assert ("Wayfarer-3 separated from ", "The capsule separated from") in linked


@pytest.mark.parametrize(
    "pair",
    [
        ("10:32 a.m. EDT", "4:32 p.m. CEST"),
        ("1432 GMT", "14:32 UTC"),
        ("6:15 a.m. EDT", "10:15 UTC"),
    ],
)
def test_one_moment_in_two_zones_agrees(launch: Alignment, pair: tuple[str, str]) -> None:
    assert pair in figure_pairs(launch)


@pytest.mark.parametrize(
    "pair",
    [("17,500 mph", "28,000 km/h"), ("600 km", "600 kilometres"), ("420 km", "420 kilometres")],
)
def test_speeds_and_distances_in_two_units_agree(launch: Alignment, pair: tuple[str, str]) -> None:
    assert pair in figure_pairs(launch)


def test_the_scrubbed_tuesday_is_the_15th_of_september(launch: Alignment) -> None:
    assert ("Tuesday", "15 September") in figure_pairs(launch)


# "Kestrel 9" and "Wayfarer-3" are names, no counts of 9 and 3
def test_no_rocket_or_capsule_number_is_a_count(launch: Alignment) -> None:
    told = [w for pair in figure_pairs(launch) for w in pair]
    assert not {"9", "3", "-3"} & set(told)


# was a quote discrepancy "“call. We stand down when the data tell us to, ...” vs “call.
# Thursday”": B leaves out A's middle sentence, each of its own word for word
def test_the_trimmed_quotation_is_linked_and_no_misquote(launch: Alignment) -> None:
    linked = [(a[:10], b[:10]) for a, b in matched_pairs(launch, MatchKind.QUOTE)]
    assert linked == [('"Tuesday w', '"Tuesday w')]
    assert not [d for d in launch.discrepancies if d.kind.value == "quote"]


# was "Carla Brennan" (the speaker before): "radioed" no verb of saying
def test_the_commander_s_radio_call_is_hers(launch: Alignment) -> None:
    assert [who for _, who in quoted(launch, "a")] == ["Carla Brennan", "Dana Whitcombe"]
