"""Figures one article gives rounded are one figure, told roughly (reader/analysis/figures/
rounded_partners.py): "1,204,331 votes" and "about 1.2 million votes", "Turnout was 64%"
and "63.8 percent of voters cast a ballot" are a Numbers match scored as a rough one,
its evidence saying "rounded"; a figure of the very value is the better partner."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.analysis.mentions import link_mentions
from reader.model import MatchKind
from tests.analysis.sentence_pairs import details, feats, shared_figures
from tests.election_pages import election_alignment
from tests.results_pages import results_alignment


@pytest.mark.parametrize(
    ("a", "b", "pair"),
    [
        ("The alliance received 1,204,331 votes.",
         "The alliance had about 1.2 million votes.", ("1,204,331", "1.2 million")),
        ("Turnout was 64%, the commission said.",
         "Some 63.8 percent of voters cast a ballot, the commission said.",
         ("64%", "63.8 percent")),
        ("The alliance won 53.2% of the vote.", "The alliance won 53 percent of the vote.",
         ("53.2%", "53 percent")),
        # a bound told to a coarser place, which the figure keeps; a crowd and its fans
        ("A crowd of 52,341 watched the final.", "More than 52,000 fans watched the final.",
         ("52,341", "52,000")),
        ("The final drew a crowd of 52,341.", "Nearly 53,000 spectators watched the final.",
         ("52,341", "53,000")),
        # a figure of one digit within a twentieth of the other: was no match (the recall
        # pair's vehicles; its shares, a discrepancy)
        ("Halvard is recalling 412,000 vehicles.",
         "Halvard is recalling more than 400,000 vehicles.", ("412,000", "400,000")),
        ("Halvard shares fell 2.1% on Tuesday.", "Halvard shares closed down 2%.",
         ("2.1%", "2%")),
        ("Rates rose to 3.9% in May.", "Rates rose to 4% in May.", ("3.9%", "4%")),
    ],
)  # fmt: skip
def test_a_figure_and_the_other_rounded_are_matched(a: str, b: str, pair: tuple[str, str]) -> None:
    assert shared_figures(a, b) == [pair]


def test_the_match_says_it_is_rounded() -> None:
    a, b = "The alliance received 1,204,331 votes.", "The alliance had about 1.2 million votes."
    (link,) = link_mentions([feats(a)], [feats(b)], {0: [0]}, {0: [0]})
    assert link.rounded
    assert link.label == "1,204,331 ≈ 1.2 million (rounded)"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # other things counted: votes and people, a share and the turnout
        ("The alliance received 1,204,331 votes.", "About 1.2 million people voted."),
        ("Turnout was 64%.", "The alliance won 63.8 percent of the vote."),
        # not a rounding: two figures to one place, a tenth off, a half
        ("The alliance won 52.3% of the vote.", "The alliance won 53.2 percent of the vote."),
        ("The deal is worth $2 billion.", "The deal is worth $1.8 billion."),
        # a figure qualifying its noun
        ("It signed a 10-year lease.", "It signed a 9.8-year lease."),
        # a bound beyond its last place, or of one digit
        ("A crowd of 52,341 watched the final.", "More than 51,000 fans watched the final."),
        ("38 fans were hurt.", "More than 30 fans were hurt."),
        ("Halvard is recalling 480,000 vehicles.", "It is recalling more than 400,000 vehicles."),
        ("Halvard shares fell 2.2% on Tuesday.", "Halvard shares closed down 2%."),
        # "about" a figure of one digit holds its rounding only (36 is 40 rounded)
        ("Crews were fighting 36 wildfires.", "Crews were fighting about 30 wildfires."),
    ],
)  # fmt: skip
def test_figures_not_one_rounded_are_not_matched(a: str, b: str) -> None:
    assert shared_figures(a, b) == []


def test_an_exact_partner_is_preferred_to_a_rounded_one() -> None:
    a = "The alliance received 1,204,331 votes."
    b = "The alliance received 1,204,331 votes, about 1.2 million votes."
    assert shared_figures(a, b) == [("1,204,331", "1,204,331")]


def test_an_exact_partner_outside_the_linked_sentence_is_preferred() -> None:
    fa = [feats("The alliance received 1,204,331 votes.")]
    fb = [
        feats("The alliance had about 1.2 million votes."),
        feats("The commission counted 1,204,331 votes for it."),
    ]
    links = link_mentions(fa, fb, {0: [0]}, {0: [0]})
    assert [(x.a.surface, x.b.surface, x.rounded) for x in links] == [
        ("1,204,331", "1,204,331", False)
    ]


def test_the_results_story_matches_its_rounded_figures_roughly(data_dir: Path) -> None:
    al = election_alignment(data_dir, "lexical")
    rough = [
        (al.a.slice(m.a), al.b.slice(m.b), m.score, m.evidence)
        for m in al.matches
        if m.kind is MatchKind.NUMBER and m.score < 0.9
    ]
    assert rough == [
        ("1,204,331", "1.2 million", 0.75, ("1,204,331 ≈ 1.2 million (rounded)",)),
        ("64%", "63.8 percent", 0.75, ("64% ≈ 63.8 percent (rounded)",)),
    ]


# a company's results release and a business story on it (tests/data/pages/results_*):
# "$4.21 billion" is "$4.2bn" rounded; the story's other sums are the release's exactly
def test_a_business_story_s_rounded_revenue_is_the_release_s(data_dir: Path) -> None:
    al = results_alignment(data_dir, "lexical")
    numbers = {
        (al.a.slice(m.a), al.b.slice(m.b), m.score)
        for m in al.matches
        if m.kind is MatchKind.NUMBER and m.b and "$" in al.b.slice(m.b)
    }
    assert ("$4.21 billion", "$4.2bn", 0.75) in numbers
    assert {("$512 million", "$512m", 0.9), ("$3.9 billion", "$3.9bn", 0.9),
            ("$17 billion", "$17bn", 0.9)} <= numbers  # fmt: skip


@pytest.mark.parametrize(
    "b",
    [
        "By 6 p.m., 31 people had died and about 120 were injured.",
        "About 120 were injured, officials said.",
        "Officials said about 120 people were hurt.",
    ],
)
def test_a_toll_with_no_noun_is_the_other_s_toll_rounded(b: str) -> None:
    """The quake pages: "with 118 people injured" and "about 120 injured"."""
    assert ("118", "120") in shared_figures("The quake left 31 dead and 118 people injured.", b)


@pytest.mark.parametrize(
    "b",
    [
        "About 120 were killed, officials said.",
        "About 120 homes were damaged, officials said.",
    ],
)
def test_a_toll_of_another_fate_or_thing_is_no_rounding(b: str) -> None:
    assert shared_figures("The quake left 118 people injured.", b) == []


# was no match (the heat pair): "about" says a figure rounded, even of one digit
@pytest.mark.parametrize(
    "b", ["Crews were fighting about 30 wildfires.", "Some 30 wildfires burned."]
)
def test_about_a_round_figure_holds_the_figure_it_rounds(b: str) -> None:
    a = "Firefighters were battling 31 wildfires across the province."
    assert shared_figures(a, b) == [("31", "30")]


# A strike (tests/data/pages/strike_*): a count told as a part of a whole named after it
# counts the whole's plural for a rough match (was no match: "4,000" counted nothing)
@pytest.mark.parametrize(
    "a",
    [
        "The union said about 4,000 of its members had walked out.",
        "The union said about 4,000 of the members had walked out.",
        "The union said about 4,000 of their members had walked out.",
    ],
)
def test_a_part_of_a_whole_is_the_other_s_count_rounded(a: str) -> None:
    b = "The union says 4,100 members are on strike."
    assert shared_figures(a, b) == [("4,000", "4,100")]


@pytest.mark.parametrize(
    "a",
    [
        "The port said about 4,000 of its containers had moved.",  # another noun
        "The union said about 4,000 of the company's members had walked out.",  # a possessive
        "The union said about 4,000 had walked out.",  # no noun
    ],
)
def test_a_part_of_another_whole_or_of_none_is_no_rounding(a: str) -> None:
    b = "The union says 4,100 members are on strike."
    assert shared_figures(a, b) == []


def test_a_part_of_a_whole_is_no_discrepancy_with_the_other_s_count() -> None:
    a = "The union said 3,000 of its members had walked out."
    b = "The union says 4,100 members are on strike."
    assert details(a, b) == []


# A data breach (tests/data/pages/breach_*): a part of a whole told as a figure counts
# the whole's noun, records of people count the people, for a rough match (was no match)
@pytest.mark.parametrize(
    "a",
    [
        "Hackers stole the data of 9.8 million of its 14 million customers.",
        "Hackers stole 9.8 million customer records.",
    ],
)
def test_a_part_of_a_counted_whole_or_records_of_people_are_the_people_rounded(a: str) -> None:
    b = "Almost 10 million customers had their details stolen by hackers."
    assert shared_figures(a, b) == [("9.8 million", "10 million")]


def test_records_of_other_things_are_no_rounding_of_people() -> None:
    a = "Hackers stole 9.8 million shipping records."
    b = "Almost 10 million customers had their details stolen by hackers."
    assert shared_figures(a, b) == []


# was no match: a bound of one digit held no figure told in decimals
@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Shares in Orrin fell 7.3% on Tuesday.",
         "Orrin's shares closed down more than 7 per cent."),
        ("Shares in Orrin fell 7.8% on Tuesday.", "Orrin's shares closed down nearly 8 per cent."),
    ],
)  # fmt: skip
def test_a_whole_bound_holds_a_figure_told_in_decimals_within_its_place(a: str, b: str) -> None:
    assert len(shared_figures(a, b)) == 1


@pytest.mark.parametrize(
    "a", ["Shares in Orrin fell 8.1% on Tuesday.", "Shares in Orrin fell 6.9% on Tuesday."]
)
def test_a_whole_bound_holds_no_figure_beyond_its_place(a: str) -> None:
    assert shared_figures(a, "Orrin's shares closed down more than 7 per cent.") == []


# was "2.1% vs 2%": a move told to one digit, a twentieth off, is its rounding
def test_a_move_rounded_to_one_digit_is_no_discrepancy() -> None:
    assert details("Halvard shares fell 2.1% on Tuesday.", "Halvard shares closed down 2%.") == []


def test_a_move_a_tenth_off_one_digit_is_a_discrepancy() -> None:
    a, b = "Halvard shares fell 2.2% on Tuesday.", "Halvard shares closed down 2%."
    assert details(a, b) == ["2.2% vs 2%"]


def test_a_rough_count_inside_the_other_s_bound_is_matched_roughly() -> None:
    a, b = "More than 45,000 runners started the race.", "Some 45,500 runners set off."
    (link,) = link_mentions([feats(a)], [feats(b)], {0: [0]}, {0: [0]})
    assert (link.label, link.rounded) == ("45,000 ≈ 45,500 (rounded)", True)


@pytest.mark.parametrize(
    "b",
    ["Some 44,500 runners set off.",  # under the bound
     "Some 49,500 runners set off.",  # beyond its last place
     "At least 45,500 runners set off."],  # a bound itself
)  # fmt: skip
def test_a_rough_count_outside_the_other_s_bound_is_not_matched(b: str) -> None:
    assert shared_figures("More than 45,000 runners started the race.", b) == []
