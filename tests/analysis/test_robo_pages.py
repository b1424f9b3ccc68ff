"""A fact-checker's Spanish pair (tests/data/pages/robo_*): a national daily ("valoradas
en 4,5 millones de euros", "una docena de joyas", "a las 3.40 horas", "en apenas siete
minutos", «comillas», a subscription box) and a regional paper ("más de 4 millones",
"4,5 M€", "12 joyas", "pasadas las tres", "tardaron once minutos", dialogue dashes
around an incise) on one invented museum robbery, aligned by both methods: the minutes
the robbers took are the one real discrepancy; the rest, told in other words, agrees."""

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
from tests.spanish_pages import robbery_alignment


@pytest.fixture(scope="module", params=["lexical", "semantic"])
def robbery(request: pytest.FixtureRequest, data_dir: Path) -> Alignment:
    return robbery_alignment(data_dir, request.param)


@pytest.fixture(scope="module")
def semantic(data_dir: Path) -> Alignment:
    return robbery_alignment(data_dir, "semantic")


# the lexical method links neither sentence of the minutes ("huyeron" / "huir"): left
def test_the_minutes_are_the_one_discrepancy(semantic: Alignment) -> None:
    assert shown_discrepancies(semantic) == ["siete vs once minutos"]


# was no match: "M€" no magnitude nor currency, "4,5" a count of nothing
def test_the_haul_in_millions_of_euros_agrees(robbery: Alignment) -> None:
    assert ("4,5 millones", "4,5 M") in figure_pairs(robbery)


# was no match: "una docena" no figure
def test_a_dozen_jewels_are_twelve(robbery: Alignment) -> None:
    assert ("docena", "12") in figure_pairs(robbery)


# was "3 · tres": "a las 3.40 horas" read as a count of 3
def test_the_time_of_day_is_no_count(robbery: Alignment) -> None:
    assert not [p for p in figure_pairs(robbery) if p[0].startswith("3")]


# was an Entities match: the verb opening the quotation read as a name
def test_the_quotation_s_first_word_is_no_entity(robbery: Alignment) -> None:
    assert not [p for p in entity_pairs(robbery) if "Sabían" in p]


# was no link: "el pasado domingo" no date (the article is of Monday, November 30)
def test_last_sunday_is_the_29th_of_november(robbery: Alignment) -> None:
    assert ("pasado domingo", "29 de noviembre") in figure_pairs(robbery)


# was "(no speaker named)": "ha declarado" no verb of saying, "a este periódico" its object
def test_the_director_s_words_in_comillas_are_hers(robbery: Alignment) -> None:
    assert ("«Sabían exactamente lo que bus", "Inés Valcárcel") in quoted(robbery, "a")


# was no quotation: the words around "—explicó la directora del centro, Inés Valcárcel—"
# (then its second part shown "—. No tocaron ...", the incise's closing dash and stop)
def test_the_director_s_words_as_dialogue_are_hers(robbery: Alignment) -> None:
    assert quoted(robbery, "b")[:2] == [
        ("—Sabían exactamente lo que bus", "Inés Valcárcel"),
        ("No tocaron ni una sola vitrina", "Inés Valcárcel"),
    ]


# was no link: B's words were no quotation to link
def test_the_director_s_words_are_linked(robbery: Alignment) -> None:
    linked = matched_pairs(robbery, MatchKind.QUOTE)
    assert [a for a, b in linked if a.startswith("«Sabían") and b.startswith("—Sabían")]


# was a passage "only in A" (and, by the sentence model, linked to "Un cuarto implicado
# sigue en busca y captura."): the ask ran on past 80 characters after "Suscríbete"
def test_the_subscription_box_is_no_part_of_the_story(robbery: Alignment) -> None:
    doc = robbery.a
    ask = next(s for s in doc.sentences if doc.slice(s).startswith("Suscríbete a La"))
    assert doc.is_boilerplate(ask)


def test_the_rest_told_alike_is_at_odds_with_nothing(robbery: Alignment) -> None:
    told = ("4,5", "4 millones", "docena", "12", "ocho", "54", "3.40", "tres", "29")
    assert not [d for d in shown_discrepancies(robbery) if any(f in d for f in told)]


# was no match: "tres personas" and "tres sospechosos" (and the headline's "tres
# detenidos") counted two things
def test_the_arrests_agree(robbery: Alignment) -> None:
    assert figure_pairs(robbery).count(("tres", "tres")) >= 2
