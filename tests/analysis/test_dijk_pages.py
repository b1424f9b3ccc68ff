"""A fact-checker's Dutch pair (tests/data/pages/dijk_*): a national daily ("Ruim 1.200
inwoners", "om 03.40 uur", "rond half vier ’s nachts", "kwart over vier", "een gat van 40
meter", "2,5 miljoen euro", "zei burgemeester Anouk van der Meulen", "aldus dijkgraaf
Hendrik ter Horst van Waterschap Maasvallei", "Lees ook", an "Abonneer" box) and a
regional paper ("Zo'n 1200 mensen", "afgelopen zaterdag", "rond twintig voor vier ’s
nachts", "Om 03.30 uur", "Vanaf 04.15 uur", "een bres van zestig meter", "€2,5 mln", ‘’
quotations with "zegt", "laat ... weten", "Hij vertelt:") on one invented dike breach,
aligned by both methods: the breach's width is the one real discrepancy; the rest, told
in other words, agrees."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model import Alignment, MatchKind
from tests.dutch_pages import breach_alignment
from tests.page_pairs import (
    entity_pairs,
    figure_pairs,
    matched_pairs,
    quoted,
    shown_discrepancies,
)


@pytest.fixture(scope="module", params=["lexical", "semantic"])
def breach(request: pytest.FixtureRequest, data_dir: Path) -> Alignment:
    return breach_alignment(data_dir, request.param)


# was none: "zestig meter" counted "meter" (the Dutch stem), "40 meter" the metre ("metr");
# by the sentence model also "Drie vs 1200 mensen", two sentences sharing "mensen" alone
def test_the_breach_s_width_is_the_one_discrepancy(breach: Alignment) -> None:
    assert shown_discrepancies(breach) == ["40 vs zestig"]


# was no match: "inwoners" and "mensen" counted two things
def test_the_evacuated_agree(breach: Alignment) -> None:
    assert ("1.200", "1200") in figure_pairs(breach)


# was no match: "miljoen" no magnitude, so "2,5" a count of millions
def test_the_damage_in_millions_of_euros_agrees(breach: Alignment) -> None:
    assert ("2,5 miljoen", "€2,5 mln") in figure_pairs(breach)


# was "03 · 03" and "vier · vier": "03.40 uur" a count of 3, "half vier" one of 4
@pytest.mark.parametrize(
    "pair",
    [
        ("03.40 uur", "twintig voor vier ’s nachts"),
        ("half vier ’s nachts", "03.30 uur"),
        ("kwart over vier", "04.15 uur"),
    ],
)
def test_the_night_s_times_agree(breach: Alignment, pair: tuple[str, str]) -> None:
    assert pair in figure_pairs(breach)


def test_no_hour_is_a_count(breach: Alignment) -> None:
    counted = [p for p in figure_pairs(breach) if p[0] in ("03", "vier") or p[1] == "vier"]
    assert counted == []


# was no link: "afgelopen zaterdag" no date (B is of Monday, November 16)
def test_last_saturday_is_the_14th_of_november(breach: Alignment) -> None:
    assert ("14 november", "afgelopen zaterdag") in figure_pairs(breach)


# were "(no speaker named)": "zei", "aldus", "vertelt hij", "laat zij weten" no verbs of
# saying; then "Hendrik ter Horst van Waterschap Maasvallei", one name over "van"
def test_the_national_daily_s_speakers(breach: Alignment) -> None:
    assert [who for _, who in quoted(breach, "a")] == [
        "Anouk van der Meulen",
        "Anouk van der Meulen",
        "Hendrik ter Horst",
        "Hendrik ter Horst",
        "Gerrit Jansen",
        "Sanne de Wit",
    ]


# were "(no speaker named)": "zegt", "Volgens haar", "Hij vertelt:", "laat ... weten",
# "aldus"; the farmer was "Melkveehouder Gerrit Jansen"
def test_the_regional_paper_s_speakers(breach: Alignment) -> None:
    assert [who for _, who in quoted(breach, "b")][1:8] == [
        "Van der Meulen",
        "Van der Meulen",
        "Gerrit Jansen",
        "Ter Horst",
        "Ter Horst",
        "Lieke Hermans",
        "Lieke Hermans",
    ]


# was ("Hendrik ter Horst van Waterschap Maasvallei", "Ter Horst") and the farmer with his
# trade ("Melkveehouder Gerrit Jansen")
@pytest.mark.parametrize(
    "pair",
    [
        ("Anouk van der Meulen", "Van der Meulen"),
        ("Hendrik ter Horst", "Ter Horst"),
        ("Gerrit Jansen", "Gerrit Jansen"),
        ("Waterschap Maasvallei", "Waterschap Maasvallei"),
    ],
)
def test_names_with_particles_are_linked(breach: Alignment, pair: tuple[str, str]) -> None:
    assert pair in entity_pairs(breach)


def test_the_quotations_are_linked(breach: Alignment) -> None:
    linked = [(a[:12], b[:12]) for a, b in matched_pairs(breach, MatchKind.QUOTE)]
    assert linked[:1] == [('"We hebben g', "‘We hebben g")]
    assert ('"De dijk vol', "‘De dijk vol") in linked


# were passages of the story (and claims linked to each other): "Lees ook", the
# subscription and newsletter asks, the agency's credit
@pytest.mark.parametrize(
    ("side", "opening"),
    [
        ("a", "Lees ook: Hoe veilig"),
        ("a", "Abonneer nu op Het"),
        ("a", "Met medewerking van ANP"),
        ("b", "Lees ook: Maas stijgt"),
        ("b", "Abonneer je op de"),
    ],
)
def test_the_site_s_lines_are_dimmed(breach: Alignment, side: str, opening: str) -> None:
    doc = breach.a if side == "a" else breach.b
    line = next(s for s in doc.sentences if doc.slice(s).startswith(opening))
    assert doc.is_boilerplate(line)


# was the line after B's byline, "Wessemaar" (its <p class="rubriek">), and its headline
# a second time
def test_the_section_label_is_no_line_of_the_story(breach: Alignment) -> None:
    lines = [breach.b.slice(s) for s in breach.b.sentences]
    assert "Wessemaar" not in lines
    assert lines.count(lines[0]) == 1
