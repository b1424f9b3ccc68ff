"""A sentence's second partner giving other figures than the sentence, whose stronger
partner gives all of its own, is no link (reader.analysis.linking.second_partners), on the
fact-checkers' page pairs (tests/data/pages); the links that tell a figure differently,
or one figure in another unit, stay."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from reader.analysis.linking.second_partners import without_second_figures
from reader.analysis.linking.select import Link
from reader.model import Alignment, MatchKind
from tests.analysis.sentence_pairs import feats
from tests.page_pairs import aligned_pages, matched_pairs

PAIRS = {
    "blast": ("blast_rhine_courier.html", "blast_continental_wire.html"),
    "election": ("election_selden_herald.html", "election_coastal_tribune.html"),
    "protest": ("protest_valdoran_herald.html", "protest_global_newswire.html"),
    "quake": ("quake_asia_pacific_wire.html", "quake_eastport_ledger.html"),
    "release": ("release_lakeshore_stroke_unit.html", "release_harlan_courier_stroke_unit.html"),
    "results": ("results_norvane_release.html", "results_harbor_business_story.html"),
    "transfer": ("transfer_terrace_talk.html", "transfer_iberia_sports_wire.html"),
    "wildfire": ("wildfire_calder_county_courier.html", "wildfire_northern_press_wire.html"),
}


@cache
def _aligned(data_dir: Path, pair: str, method: str) -> Alignment:
    return aligned_pages(data_dir, *PAIRS[pair], method)


def _linked(al: Alignment, a: str, b: str) -> bool:
    """A claim links a sentence of A holding ``a`` to one of B holding ``b`` (either way
    round: the pair's articles may be read in the other order)."""
    return any(
        (a in x and b in y) or (b in x and a in y) for x, y in matched_pairs(al, MatchKind.CLAIM)
    )


# each was a link of the sentence model's (score): a second partner telling another fact
@pytest.mark.parametrize(
    ("pair", "a", "b"),
    [
        # another agency's magnitude (0.77): the institute's 7.1 and 6.8 are B's "initially
        # put the magnitude at 7.1 and later lowered it to 6.8"
        ("quake", "before revising it to 6.8", "Geological Survey measured"),
        # the third quarter's revenue against the fourth's forecast (0.58)
        ("results", "Revenue for the third quarter was $4.21", "For the fourth quarter, the"),
        # the fourth quarter's forecast against the full year's (0.93)
        ("results", "expects revenue in the range of $4.35", "fiscal 2026 revenue of $17bn"),
        # the player's first transfer, in 2021 for £2m, against this one (0.61)
        ("transfer", "for just £2m", "for 100 million euros"),
        # the new record against the old one, the £80m of 2019 (0.59)
        ("transfer", "smash British record", "The previous Castlebrook record"),
        # a poll's 48% and 46% against the result's margin (0.82)
        ("election", "A final poll by Meridian", "4.6-percentage-point lead"),
        # the ballots counted against the turnout's share (0.75)
        ("election", "2,302,718 valid ballots", "63.8 percent of voters"),
        # the burned area and containment against where and when the fire began (0.77)
        ("wildfire", "has burned 12,400 acres", "started around 14:40"),
    ],
)
def test_a_second_partner_with_other_figures_is_no_link(
    data_dir: Path, pair: str, a: str, b: str
) -> None:
    assert not _linked(_aligned(data_dir, pair, "semantic"), a, b)


# the release's 38 minutes against the story's 58 patients (and the other way round: each
# article copies both sentences), by both methods
@pytest.mark.parametrize("method", ["lexical", "semantic"])
def test_a_copied_sentence_is_not_linked_to_its_neighbour_s_copy(
    data_dir: Path, method: str
) -> None:
    al = _aligned(data_dir, "release", method)
    assert not _linked(al, "medication 38 minutes after", "58 received clot-dissolving")


@pytest.mark.parametrize("method", ["lexical", "semantic"])
@pytest.mark.parametrize(
    ("pair", "a", "b"),
    [
        # a toll told differently ("Fourteen" / "kills 12"): the stronger partner does not
        # give all of the sentence's figures
        ("blast", "Fourteen people were killed", "kills 12, dozens injured"),
        # 3,000 acres is not the 3,000 homes of the sentence's stronger partner
        ("wildfire", "burned 3,000 acres", "about 1,200 hectares"),
        # "27 dead" and "killing at least 27 people": one figure, read with two nouns
        ("quake", "at least 27 dead", "killing at least 27 people"),
        # a figure the other tells in words only ("just over half")
        ("election", "wins Veloria election with 52.3%", "just over half the vote"),
        # the arrests told differently, beside the crowd told alike elsewhere
        ("protest", "37 people had been arrested", "41 people had been detained"),
    ],
)
def test_a_link_telling_a_figure_differently_stays(
    data_dir: Path, method: str, pair: str, a: str, b: str
) -> None:
    assert _linked(_aligned(data_dir, pair, method), a, b)


# ECB+ 12_7 against 12_1: the report giving five operations' haul as the boat's
BOAT = "The Navy confiscated 14 AK-47 rifles, 31 magazines and 923 rounds from the boat."
THIS_OPERATION = "During the operation, six AK-47 rifles, 12 magazines and 300 rounds were seized."
SO_FAR = (
    "In five operations so far, the warship has confiscated 14 AK-47 rifles, 31 magazines "
    "and 923 rounds."
)
ALIKE = "The warship confiscated 14 AK-47 rifles, 31 magazines and 923 rounds in the raid."


def _kept(a: str, b_strong: str, b_weak: str) -> list[tuple[int, int]]:
    links = [Link(0, 0, 0.9), Link(0, 1, 0.7)]
    kept = without_second_figures(links, [feats(a)], [feats(b_strong), feats(b_weak)])
    return [(x.i, x.j) for x in kept]


def test_a_running_total_as_the_stronger_partner_leaves_the_occasion_s_link() -> None:
    """The other figures are this operation's, the stronger partner's all operations':
    "six vs 14" is the discrepancy to show."""
    assert _kept(BOAT, SO_FAR, THIS_OPERATION) == [(0, 0), (0, 1)]


def test_a_stronger_partner_giving_the_figures_alike_leaves_the_other_out() -> None:
    assert _kept(BOAT, ALIKE, THIS_OPERATION) == [(0, 0)]
