"""A fact-checker's German election pair (tests/data/pages/wahl_*): a national daily on
election night, from the broadcaster's projection ("Nach der Hochrechnung ... 31,4 Prozent,
ein Plus von 3,2 Prozentpunkten", "Die AfD kam auf 18,9 Prozent", "41 Mandate, die SPD
33, die AfD 24", „…“ quotations, "erklärte die Ministerpräsidentin", an advert, "mit dpa")
and a public broadcaster the morning after, from the preliminary official result ("31,4 %
(+3,2)", "19,4 % (+5,6)", "auf die CDU 40 Sitze, ..., auf die AfD 25", "so die
58-Jährige", "Foto: dpa/Jana Roth", "dpa/RMR"), aligned by both methods: the figures the
count revised between projection and result (the AfD's share, the CDU's and the AfD's
seats) are the discrepancies; the rest, told in other words, agrees."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model import Alignment
from tests.election_german_pages import landtag_alignment
from tests.page_pairs import entity_pairs, figure_pairs, quoted, shown_discrepancies


@pytest.fixture(scope="module", params=["lexical", "semantic"])
def landtag(request: pytest.FixtureRequest, data_dir: Path) -> Alignment:
    return landtag_alignment(data_dir, request.param)


# were "18,9 Prozent vs 19,4 %" alone: "41 Mandate" and "40 Sitze" counted two things, and
# the list's "die AfD 24" / "auf die AfD 25" nothing; the lexical method also linked the
# two ages ("der 52-Jährige", Wendler, and "die 58-Jährige", Albers) on the name "Jährige";
# the seats are named in B's noun ("41 vs 40 Sitze": figures/counted_labels)
def test_the_figures_revised_after_the_projection_are_the_discrepancies(
    landtag: Alignment,
) -> None:
    assert shown_discrepancies(landtag) == [
        "18,9 Prozent vs 19,4 %",
        "41 vs 40 Sitze",
        "24 vs 25 Sitze",
    ]


def test_the_shares_and_changes_told_alike_agree(landtag: Alignment) -> None:
    pairs = figure_pairs(landtag)
    for pair in [("31,4 Prozent", "31,4 %"), ("24,8 Prozent", "24,8 %"), ("4,1", "4,1")]:
        assert pair in pairs
    assert ("67,3 Prozent", "67,3 Prozent") in pairs


# (on main too, though "13 und" counted the word after it: both sides wrote it so)
def test_the_seats_told_alike_agree(landtag: Alignment) -> None:
    pairs = figure_pairs(landtag)
    assert ("33", "33") in pairs
    assert ("13", "13") in pairs
    assert ("120", "120") in pairs


# was no name: "AfD", an acronym with a small letter, was read as a noun after "die"
def test_the_afd_is_a_name(landtag: Alignment) -> None:
    assert ("AfD", "AfD") in entity_pairs(landtag)


# was "Jährige · Jährige": the age's noun glued to its figure read as a name
def test_an_age_is_no_name(landtag: Alignment) -> None:
    assert not [p for p in entity_pairs(landtag) if "Jährige" in p[0] + p[1]]


# was "Spitzenkandidat Matthias Wendler": the German candidate's title kept in the name
def test_the_candidate_is_named_without_his_title(landtag: Alignment) -> None:
    assert ("„Das ist ein klarer Auftrag de", "Matthias Wendler") in quoted(landtag, "a")
    assert ("„Das ist ein klarer Auftrag de", "Matthias Wendler") in quoted(landtag, "b")


# were "(no speaker named)" and "Jährige": the premier told by her office, named with it
# eight sentences before and by name in the sentence before, and by her age
def test_the_premier_s_quotation_is_hers_in_both(landtag: Alignment) -> None:
    assert ("„Das ist ein bitterer Abend fü", "Katrin Albers") in quoted(landtag, "a")
    assert ("„Das ist ein bitterer Abend fü", "Katrin Albers") in quoted(landtag, "b")


# was "Lorstadt": the name ending the subject, his university's town
def test_the_political_scientist_speaks_not_his_town(landtag: Alignment) -> None:
    assert ("„vor allem eine Abrechnung mit", "Ulrich Brandes") in quoted(landtag, "a")


def test_the_afd_leader_speaks_only_in_b(landtag: Alignment) -> None:
    assert ("„Die Menschen in der Rheinmark", "Frank Hollmann") in quoted(landtag, "b")


# were passages "only in B": the caption's "Foto:" credit and the agency's with the
# broadcaster's initials
def test_the_credits_are_only_in_neither(landtag: Alignment) -> None:
    only_b = [landtag.b.slice(s) for s in landtag.only_b]
    assert not [p for p in only_b if "dpa" in p]


def test_the_site_s_lines_are_no_part_of_the_story(landtag: Alignment) -> None:
    for line in ("Depot", "Jetzt abonnieren", "Artikel teilen", "Cookies", "Sendung:"):
        assert line not in landtag.a.text + landtag.b.text
