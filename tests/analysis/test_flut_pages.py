"""A fact-checker's German pair (tests/data/pages/flut_*): a regional paper ("Rund 3.500
Menschen", "einen Höchststand von 7,20 Metern", "Mehr als 1.200 Einsatzkräfte", "binnen
24 Stunden 118 Liter", "Etwa jeder vierte Haushalt", „…“ quotations, "Anwohner Jörg
Müller", an advert, "mit Material von dpa/lno") and a national daily running a wire's
copy ("3.480 Bewohnerinnen und Bewohner", "Der Pegel zeigte 7,60 Meter", "Rund 1.200
Helferinnen und Helfer", "Rund 25 Prozent der Haushalte", "2,4 Mio. Euro", »…«
quotations, "Anwohner Joerg Mueller"), aligned by both methods: the river's peak is the
one real discrepancy; the rest, told in other words, agrees."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model import Alignment
from tests.german_pages import flood_alignment
from tests.page_pairs import figure_pairs, quoted, shown_discrepancies


@pytest.fixture(scope="module", params=["lexical", "semantic"])
def flood(request: pytest.FixtureRequest, data_dir: Path) -> Alignment:
    return flood_alignment(data_dir, request.param)


# was none: "Metern", the dative plural, was no metre ("met" against "metr")
# was also "said by Jörg Müller vs said by Joerg Mueller": one man, spelt without umlauts
def test_the_river_s_peak_is_the_one_discrepancy(flood: Alignment) -> None:
    assert shown_discrepancies(flood) == ["7,20 Metern vs 7,60 Meter"]


# was no match: "Stunden 118" read as a model's name ("Boeing 747"), 118 no figure
def test_the_rain_agrees(flood: Alignment) -> None:
    assert ("118 Liter", "118 Liter") in figure_pairs(flood)


# were no match: "Einsatzkräfte" and "Helfer", "Menschen" and "Bewohner" counted two things
def test_counts_of_people_told_by_other_nouns_agree(flood: Alignment) -> None:
    pairs = figure_pairs(flood)
    assert ("1.200", "1.200") in pairs
    assert ("3.500", "3.480") in pairs


# was no match: "jeder vierte" was no fraction
def test_every_fourth_household_is_a_quarter(flood: Alignment) -> None:
    assert ("jeder vierte", "25 Prozent") in figure_pairs(flood)


# was two sentences, "Der Kreis gab 2,4 Mio." and "Euro Soforthilfe für Betroffene frei."
def test_the_aid_is_one_sentence_and_agrees(flood: Alignment) -> None:
    sentences = [flood.b.slice(s) for s in flood.b.sentences]
    assert "Der Kreis gab 2,4 Mio. Euro Soforthilfe für Betroffene frei." in sentences
    assert ("2,4 Millionen", "2,4 Mio") in figure_pairs(flood)


# was "(no speaker named)": the quotation set after a colon, no verb of saying
def test_the_mayor_s_quotation_after_a_colon_is_hers(flood: Alignment) -> None:
    assert ("„Die Hochwasserschutzmauer hat", "Anna Feld") in quoted(flood, "a")


def test_the_resident_is_one_man_in_both(flood: Alignment) -> None:
    assert ("„So etwas habe ich in 40 Jahre", "Jörg Müller") in quoted(flood, "a")
    assert ("»So etwas habe ich in 40 Jahre", "Joerg Mueller") in quoted(flood, "b")
    assert not [d for d in flood.discrepancies if "said by" in d.shown]


# was a passage "only in A": the advert under its "Anzeige" label
def test_the_advert_is_no_part_of_the_story(flood: Alignment) -> None:
    assert "Stromtarif" not in flood.a.text


# was a passage "only in A": the agency's credit with its regional service's code
def test_the_agency_s_credit_is_only_in_neither(flood: Alignment) -> None:
    only_a = [flood.a.slice(s) for s in flood.only_a]
    assert not [p for p in only_a if "dpa" in p]


def test_the_rest_told_alike_is_at_odds_with_nothing(flood: Alignment) -> None:
    told = ("3.500", "1.200", "118", "24 ", "2,4", "17", "vierte", "14.30", "halb")
    assert not [d for d in shown_discrepancies(flood) if any(f in d for f in told)]


# was no match: "halb drei" (half-way to three, 2:30) was no time
def test_the_peak_s_hour_agrees(flood: Alignment) -> None:
    assert ("14.30 Uhr", "halb drei am Nachmittag") in figure_pairs(flood)
