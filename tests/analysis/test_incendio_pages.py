"""A fact-checker's Portuguese pair (tests/data/pages/incendio_*): a Lisbon national daily
("mais de 3 mil hectares", "às 3h40 de sábado, 8 de agosto", "Arderam duas casas", "uma
dezena de pessoas", "um homem de 67 anos", "as 10h de domingo", «...», "afirmou ao
Diário da Capital o comandante ..., André dos Santos Meireles", "disse o autarca", a
subscription box) and the municipality's weekly ("3.200 hectares", "às 03h40 de sábado,
dia 8", "cinco casas", "Dez pessoas", "um reformado de 67 anos", "pelas 10 horas de
ontem", dialogue after a dash, "— adiantou André Meireles", "contou Maria de Lurdes
Gonçalves") on one invented forest fire, aligned by both methods: the homes burned are
the one real discrepancy; the rest, told in other words, agrees."""

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
from tests.portuguese_pages import fire_alignment


@pytest.fixture(scope="module", params=["lexical", "semantic"])
def fire(request: pytest.FixtureRequest, data_dir: Path) -> Alignment:
    return fire_alignment(data_dir, request.param)


# by the sentence model, also "14h30 vs 03h40": the evacuation's time against the alert's,
# each told alike in another link
def test_the_homes_burned_are_the_one_discrepancy(fire: Alignment) -> None:
    assert shown_discrepancies(fire) == ["duas vs cinco casas"]


# was no match: "dia 8" a count of 8
def test_the_day_told_without_its_month_is_the_8th_of_august(fire: Alignment) -> None:
    assert ("8 de agosto", "dia 8") in figure_pairs(fire)


# was no match: "as 10h" unread, "pelas 10 horas" a count of 10
def test_the_road_reopened_at_ten_in_both(fire: Alignment) -> None:
    assert ("10h", "10 horas") in figure_pairs(fire)


# was no match: "um reformado de 67 anos" a count of 67
def test_the_burned_man_s_age_agrees(fire: Alignment) -> None:
    assert ("de 67 anos", "de 67 anos") in figure_pairs(fire)


# was "Proteção Civil": "ao Diário da Capital", whom it was told, before the subject
def test_the_commander_s_words_in_guillemets_are_his(fire: Alignment) -> None:
    assert ("«O incêndio está dominado, mas", "André dos Santos Meireles") in quoted(fire, "a")


# was no quotation: "— ... — adiantou" (a space after the incise's dash, "adiantou" no
# verb of saying)
def test_the_commander_s_words_after_a_dash_are_his(fire: Alignment) -> None:
    assert quoted(fire, "b")[0] == ("— O incêndio está dominado, ma", "André Meireles")


# was no link: B's words were no quotation to link
def test_the_commander_s_words_are_linked(fire: Alignment) -> None:
    linked = matched_pairs(fire, MatchKind.QUOTE)
    assert [a for a, b in linked if a.startswith("«O incêndio") and b.startswith("— O incêndio")]


# was "(no speaker named)": "o autarca" is "o presidente da câmara, Joaquim das Neves Tavares"
def test_the_mayor_s_words_are_his(fire: Alignment) -> None:
    assert ("«Perdemos floresta, culturas e", "Joaquim das Neves Tavares") in quoted(fire, "a")


# was "(no speaker named)": 'O autarca lamentou a perda de "..." e garantiu': the "e" before
# the second verb read as its subject
def test_the_mayor_s_words_he_lamented_are_his(fire: Alignment) -> None:
    assert ('"casas de pessoas que não têm ', "Joaquim Tavares") in quoted(fire, "b")


# were "(no speaker named)": "referiu", "contou" no verbs of saying
@pytest.mark.parametrize(
    ("words", "speaker"),
    [
        ('"Foi uma noite muito difícil. ', "André Meireles"),
        ("«Nunca tinha visto o fogo tão ", "Maria de Lurdes Gonçalves"),
    ],
)
def test_the_other_words_of_the_weekly_are_their_speakers(
    fire: Alignment, words: str, speaker: str
) -> None:
    assert (words, speaker) in quoted(fire, "b")


# were no entity match: the whole names keyed as written ("andré dos santos meireles"),
# the short ones by stems without accents ("andre meirel")
@pytest.mark.parametrize(
    "pair",
    [
        ("André dos Santos Meireles", "André Meireles"),
        ("Joaquim das Neves Tavares", "Joaquim Tavares"),
    ],
)
def test_a_name_without_its_middle_names_is_the_same_person(
    fire: Alignment, pair: tuple[str, str]
) -> None:
    assert pair in entity_pairs(fire)


# was "Vale" and "Souto": "do" no particle inside a name
def test_a_village_named_with_do_is_one_name(fire: Alignment) -> None:
    assert ("Vale do Souto", "Vale do Souto") in entity_pairs(fire)


def test_the_sea_of_an_institute_is_no_maria(fire: Alignment) -> None:
    assert not [p for p in entity_pairs(fire) if "Maria de Lurdes Gonçalves" in p]


# was a passage "only in A": the ask ran on past 80 characters after "Assine"
def test_the_subscription_box_is_no_part_of_the_story(fire: Alignment) -> None:
    doc = fire.a
    ask = next(s for s in doc.sentences if doc.slice(s).startswith("Assine o Diário"))
    assert doc.is_boilerplate(ask)
