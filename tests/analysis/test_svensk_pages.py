"""A fact-checker's Swedish pair (tests/data/pages/svensk_*): a national daily ("tolv
personer", "omkring 1 200 liter diesel", "kl. 14.30 i går", "148 passagerare", "en
67-årig man", "2,5 miljoner kronor", dash dialogue with "säger", "uppger Johan Ekberg
... till TT", "säger hon", "Läs också", "Annons", "Prenumerera", a closing "TT") and a
regional paper ("12 personer", "cirka 1200 liter", "halv tre på eftermiddagen fredagen
den 4 december", "I fredags", "184 passagerare", "67 år gammal", "2,5 mkr", trimmed
quotations in ””, a "vinjett") on one invented ferry grounding, aligned by both methods:
the count of passengers is the one real discrepancy; the rest, told in other words,
agrees."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model import Alignment, MatchKind
from tests.page_pairs import (
    entity_pairs,
    figure_pairs,
    matched_pairs,
    quoted,
    shown_discrepancies,
)
from tests.swedish_pages import grounding_alignment


@pytest.fixture(scope="module", params=["lexical", "semantic"])
def grounding(request: pytest.FixtureRequest, data_dir: Path) -> Alignment:
    return grounding_alignment(data_dir, request.param)


def test_the_count_of_passengers_is_the_one_discrepancy(grounding: Alignment) -> None:
    assert shown_discrepancies(grounding) == ["148 vs 184 passagerare"]


# was no match: Swedish was read as English, "tolv" no count
def test_twelve_in_hospital_agree(grounding: Alignment) -> None:
    assert ("tolv", "12") in figure_pairs(grounding)


def test_the_diesel_leaked_agrees(grounding: Alignment) -> None:
    assert ("1 200 liter", "1200 liter") in figure_pairs(grounding)


# was no match: "mkr" no magnitude, so "2,5" a count of "mkr"
def test_the_clean_up_in_millions_of_crowns_agrees(grounding: Alignment) -> None:
    assert ("2,5 miljoner", "2,5 mkr") in figure_pairs(grounding)


# were "14 · 14" (a count) and nothing: "kl." cut the sentence, "halv tre" was a count
@pytest.mark.parametrize("pair", [("14.30", "halv tre på eftermiddagen"), ("14.34", "14.34")])
def test_the_afternoon_s_times_agree(grounding: Alignment, pair: tuple[str, str]) -> None:
    assert pair in figure_pairs(grounding)


def test_no_hour_is_a_count(grounding: Alignment) -> None:
    assert [p for p in figure_pairs(grounding) if p == ("14", "14")] == []


# was no date: "i går" (A is of Saturday, December 5), "I fredags" (B of Sunday, the 6th)
@pytest.mark.parametrize("pair", [("i går", "I fredags"), ("i går", "4 december")])
def test_yesterday_is_last_friday_the_4th(grounding: Alignment, pair: tuple[str, str]) -> None:
    assert pair in figure_pairs(grounding)


# were "(no speaker named)" and "Vd Karin": "säger", "uppger" no verbs of saying, "hon"
# no pronoun, "af" no particle; the 67-year-old, unnamed, was no speaker
# (quotations/aged_speakers)
def test_the_national_daily_s_speakers(grounding: Alignment) -> None:
    assert [who for _, who in quoted(grounding, "a")] == [
        "en 67-årig man från Uppsala",
        "Johan Ekberg",
        "Karin af Ekenstam",
    ]


# were "(no speaker named)" and "Statens": "säger han", "uppger ... till TT", "säger hon";
# "hon." was "Hon." and ran on into the next sentence (the first, the headline's words,
# has none)
def test_the_regional_paper_s_speakers(grounding: Alignment) -> None:
    assert [who for _, who in quoted(grounding, "b")][1:5] == [
        "Lars-Göran Nyberg",
        "Johan Ekberg",
        "Eva Holmgren",
        "Karin af Ekenstam",
    ]


@pytest.mark.parametrize(
    "pair",
    [
        ("Johan Ekberg", "Johan Ekberg"),
        ("Karin af Ekenstam", "Karin af Ekenstam"),
        ("Sjöräddningssällskapet", "Sjöräddningssällskapet"),
        ("Kustbevakningen", "Kustbevakningen"),
        # was "Statens": Swedish writes a body's noun in small letters (names/nordic_bodies)
        ("Statens haverikommission", "Statens haverikommission"),
    ],
)
def test_names_are_linked(grounding: Alignment, pair: tuple[str, str]) -> None:
    assert pair in entity_pairs(grounding)


# were "Enligt Sjöräddningssällskapet", "Enligt Kustbevakningen", "Vd Karin", "Ombord"
def test_no_swedish_word_is_a_name(grounding: Alignment) -> None:
    words = {w for a, b in entity_pairs(grounding) for w in (a, b)}
    assert not words & {"Enligt Sjöräddningssällskapet", "Enligt Kustbevakningen", "Ombord"}
    assert not [w for w in words if w.startswith("Vd ")]


# the trimmed quotations of B are A's words
def test_the_quotations_are_linked(grounding: Alignment) -> None:
    linked = [(a[:12], b[:12]) for a, b in matched_pairs(grounding, MatchKind.QUOTE)]
    assert ("– Det small ", "”Det small t") in linked
    assert ("– Oljan har ", "”Oljan har i") in linked
    assert ("– Vi beklaga", "”Vi beklagar") in linked


# were passages of the story (the "Läs också" links and the asks linked as claims)
@pytest.mark.parametrize(
    ("side", "opening"),
    [
        ("a", "Läs också: Skärgårdstrafiken"),
        ("a", "Annons"),
        ("a", "Prenumerera på Dagens"),
        ("a", "TT"),
        ("b", "Läs också: Stormen"),
        ("b", "Prenumerera på vårt"),
        ("b", "Anmäl dig"),
    ],
)
def test_the_site_s_lines_are_dimmed(grounding: Alignment, side: str, opening: str) -> None:
    doc = grounding.a if side == "a" else grounding.b
    line = next(s for s in doc.sentences if doc.slice(s).startswith(opening))
    assert doc.is_boilerplate(line)


# was the line after B's byline, "Havsvik" (its <p class="vinjett">), and its headline a
# second time
def test_the_section_label_is_no_line_of_the_story(grounding: Alignment) -> None:
    lines = [grounding.b.slice(s) for s in grounding.b.sentences]
    assert "Havsvik" not in lines
    assert lines.count(lines[0]) == 1


# was "By Anna Lindqvist": the page's byline written back in English
def test_the_byline_is_written_in_swedish(grounding: Alignment) -> None:
    assert grounding.a.slice(grounding.a.sentences[1]) == "Av Anna Lindqvist"
