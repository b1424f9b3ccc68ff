"""Tests of reader/analysis/names/office_holders.py: an office's holder named right after what
the office is of ("il sindaco di Milano Giuseppe Sala") is a name of its own, split from
the place, in six languages; a place of several words ("New York") and a long name with
no holder after it ("Banco de España") stay whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.analysis.quotations.test_pronoun_speakers import _OPENINGS, article_speakers

_ENGLISH = [
    "Deadly fire in London",
    "A fire killed three people overnight in central London, firefighters said.",
    "The fire broke out around two in the morning in a block of flats.",
]


def _opening(language: str) -> list[str]:
    return _ENGLISH if language == "English" else _OPENINGS[language]


def last_names(tmp_path: Path, lines: list[str]) -> list[str]:
    """The names of the last sentence of an article of ``lines``, read in a pair with an
    article of its first three lines."""
    from reader.analysis.pair_analysis import analyse
    from reader.ingest import load_document

    docs = []
    for side, text in (("a", "\n".join(lines)), ("b", "\n".join(lines[:3]))):
        (tmp_path / f"{side}.txt").write_text(text, encoding="utf-8")
        docs.append(load_document(tmp_path / f"{side}.txt"))
    return [m.surface for m in analyse(*docs).feats_a[-1].names]


# an office, what it is of, and its holder, in six languages
_HOLDERS = [
    ("Italian", "Il sindaco di Milano Giuseppe Sala ha detto: «Faremo di tutto.»",
     "Milano", "Giuseppe Sala"),
    ("Italian", "«Faremo di tutto», ha detto il sindaco di Milano Giuseppe Sala.",
     "Milano", "Giuseppe Sala"),
    ("French", "Le ministre de l'Intérieur Gérald Darmanin a affirmé : « Nous allons "
     "reconstruire. »", "Intérieur", "Gérald Darmanin"),
    ("French", "« Nous allons reconstruire », a déclaré le maire de New York Eric Adams.",
     "New York", "Eric Adams"),
    ("English", 'Mayor of London Sadiq Khan said: "We will rebuild."', "London", "Sadiq Khan"),
    ("English", '"We will rebuild," said Mayor of London Sadiq Khan.', "London", "Sadiq Khan"),
    ("German", "Der Bürgermeister von Passau Jürgen Dupper sagte: „Wir bauen wieder auf.“",
     None, "Jürgen Dupper"),
    ("Spanish", "El alcalde de Madrid José Luis Martínez-Almeida dijo: «Hicimos todo lo "
     "posible.»", "Madrid", "José Luis Martínez-Almeida"),
    ("Portuguese", "“Vamos reconstruir”, disse o prefeito de Lisboa Carlos Moedas.",
     "Lisboa", "Carlos Moedas"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "said", "place", "holder"), _HOLDERS)
def test_the_holder_after_what_the_office_is_of_speaks(
    tmp_path: Path, language: str, said: str, place: str | None, holder: str
) -> None:
    assert article_speakers(tmp_path, [*_opening(language), said])[-1] == holder


@pytest.mark.parametrize(("language", "said", "place", "holder"), _HOLDERS)
def test_the_holder_is_a_name_apart_from_the_place(
    tmp_path: Path, language: str, said: str, place: str | None, holder: str
) -> None:
    names = last_names(tmp_path, [*_opening(language), said])
    assert holder in names
    assert place is None or place in names


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("French", "« Nous allons reconstruire », a déclaré le maire de New York."),
        ("French", "Le maire de New York a déclaré : « Nous allons reconstruire. »"),
        ("Spanish", "«Hicimos todo lo posible», dijo el gobernador del Banco de España."),
    ],
)  # fmt: skip
def test_an_office_of_a_place_of_several_words_names_no_holder(
    tmp_path: Path, language: str, said: str
) -> None:
    # not "York", not "España"
    assert article_speakers(tmp_path, [*_opening(language), said])[-1] is None


def test_a_place_of_several_words_stays_whole(tmp_path: Path) -> None:
    said = "« Nous allons reconstruire », a déclaré le maire de New York."
    assert "New York" in last_names(tmp_path, [*_OPENINGS["French"], said])


def test_a_long_name_before_the_holder_stays_whole(tmp_path: Path) -> None:
    said = (
        "«Hicimos todo lo posible», dijo el gobernador del Banco de España Pablo Hernández de Cos."
    )
    lines = [*_OPENINGS["Spanish"], said]
    assert article_speakers(tmp_path, lines)[-1] == "Pablo Hernández de Cos"


def test_the_rector_named_after_his_university_speaks(tmp_path: Path) -> None:
    said = "El rector de la Universidad de Salamanca Ricardo Rivero dijo: «Hicimos todo.»"
    assert article_speakers(tmp_path, [*_OPENINGS["Spanish"], said])[-1] == "Ricardo Rivero"


def test_a_name_after_a_noun_that_is_no_office_stays_joined(tmp_path: Path) -> None:
    # "Universidad de Salamanca" is the name; "los estudiantes" hold no office
    said = "Los estudiantes de la Universidad de Salamanca Antigua protestaron ayer en la plaza."
    assert "Salamanca Antigua" in last_names(tmp_path, [*_OPENINGS["Spanish"], said])


def test_a_holder_whose_surname_goes_on_after_a_particle_speaks(tmp_path: Path) -> None:
    said = '"We will rebuild," said Mayor of New York City Bill de Blasio.'
    assert article_speakers(tmp_path, [*_ENGLISH, said])[-1] == "Bill de Blasio"


@pytest.mark.parametrize(
    ("said", "whole"),
    [
        # ECB+: organisations after an office, no person after them
        ('"It is a sad day," said Andrew Wetzler, director of the Natural Resources Defense '
         "Council's Endangered Species Program.", "Natural Resources Defense Council"),
        ('"It is a sad day," said Andrew Mwangura, head of the Seafarers Assistance Program '
         "in Mombasa.", "Seafarers Assistance Program"),
    ],
)  # fmt: skip
def test_an_organisation_after_an_office_stays_whole(tmp_path: Path, said: str, whole: str) -> None:
    assert whole in last_names(tmp_path, [*_ENGLISH, said])


def test_a_holder_with_a_first_name_not_known_is_read_when_the_pair_names_him(
    tmp_path: Path,
) -> None:
    lines = [*_ENGLISH, "Zbigniew Nowak visited the site in the morning.",
             '"We will rebuild," said Mayor of Gdansk Zbigniew Nowak.']  # fmt: skip
    assert "Zbigniew Nowak" in last_names(tmp_path, lines)


# a holder whose first name is not known, named nowhere else, after the office of a place
_UNKNOWN_HOLDERS = [
    ("English", '"We will rebuild," said Mayor of Gdansk Zbigniew Nowak.',
     "Gdansk", "Zbigniew Nowak"),
    ("English", 'Mayor of Gdansk Zbigniew Nowak said: "We will rebuild."',
     "Gdansk", "Zbigniew Nowak"),
    ("English", '"We will rebuild," said Prime Minister of India Narendra Modi.',
     "India", "Narendra Modi"),
    # a region the project knows, after an article
    ("English", '"We will rebuild," said Governor of the Bahamas Cornelius Smith.',
     "Bahamas", "Cornelius Smith"),
    ("French", "« Nous allons reconstruire », a déclaré le maire de Gdansk Zbigniew Nowak.",
     "Gdansk", "Zbigniew Nowak"),
    ("Spanish", "«Hicimos todo lo posible», dijo el alcalde de Gdansk Zbigniew Nowak.",
     "Gdansk", "Zbigniew Nowak"),
    ("Italian", "«Faremo di tutto», ha detto il sindaco di Danzica Zbigniew Nowak.",
     "Danzica", "Zbigniew Nowak"),
    ("Portuguese", "“Vamos reconstruir”, disse o prefeito de Gdansk Zbigniew Nowak.",
     "Gdansk", "Zbigniew Nowak"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "said", "place", "holder"), _UNKNOWN_HOLDERS)
def test_a_holder_not_known_after_the_office_of_a_place_is_a_name_apart(
    tmp_path: Path, language: str, said: str, place: str, holder: str
) -> None:
    names = last_names(tmp_path, [*_opening(language), said])
    assert place in names
    assert holder in names


@pytest.mark.parametrize(("language", "said", "place", "holder"), _UNKNOWN_HOLDERS)
def test_a_holder_not_known_after_the_office_of_a_place_speaks(
    tmp_path: Path, language: str, said: str, place: str, holder: str
) -> None:
    assert article_speakers(tmp_path, [*_opening(language), said])[-1] == holder


@pytest.mark.parametrize(
    ("said", "whole"),
    [
        # an article after "of": an organisation, not a place
        ("Nate McMillan was fired as head coach of the Portland Trail Blazers.",
         "Portland Trail Blazers"),
        # words organisations are named with
        ('"It is a sad day," said the head of Goldman Sachs Asset Management.',
         "Goldman Sachs Asset Management"),
        ('"It is a sad day," said the director of Seafarers Assistance Program.',
         "Seafarers Assistance Program"),
    ],
)  # fmt: skip
def test_an_organisation_after_an_office_without_a_holder_stays_whole(
    tmp_path: Path, said: str, whole: str
) -> None:
    assert whole in last_names(tmp_path, [*_ENGLISH, said])
