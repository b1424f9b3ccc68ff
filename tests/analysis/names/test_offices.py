"""Tests of reader/analysis/names/offices.py: the office a speaker's name loses, in English and
in other languages ("Bundeskanzler Olaf Scholz" is Olaf Scholz), and the office a name
completes ("el delegado del Gobierno")."""

from __future__ import annotations

import pytest

from reader.analysis.names.offices import completes_office, foreign_office, without_office


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Fulton County District Attorney Paul Howard", "Paul Howard"),
        ("Producers Laurence Mark and Bill Condon", "Laurence Mark and Bill Condon"),
        ("Judge Smith", "Judge Smith"),  # an English title may be a surname: two words stay
        ("Bundeskanzler Olaf Scholz", "Olaf Scholz"),
        ("Innenministerin Nancy Faeser", "Nancy Faeser"),
        ("Russlands Präsident Wladimir Putin", "Wladimir Putin"),
        ("Bundeskanzler Scholz", "Scholz"),  # a German title is no surname
        ("Feuerwehrkommandant Stefan Huber", "Stefan Huber"),
        ("Ministre Gabriel Attal", "Gabriel Attal"),
        ("Alcaldesa Ada Colau", "Ada Colau"),
        ("Sindaco Giuseppe Sala", "Giuseppe Sala"),
        ("Prefeito Carlos Moedas", "Carlos Moedas"),
        ("Olaf Scholz", "Olaf Scholz"),
        ("Manfred Papst", "Manfred Papst"),  # a title's ending that ends the name is its own
    ],
)
def test_a_speakers_name_loses_the_office_before_it(name: str, expected: str) -> None:
    assert without_office(name) == expected


@pytest.mark.parametrize(
    "word",
    ["Bundeskanzler", "Innenministerin", "Polizeisprecher", "Einsatzleiter", "président",
     "delegado", "sindaco", "portavoce", "porta-voz", "prefeito"],
)  # fmt: skip
def test_offices_of_other_languages_are_known(word: str) -> None:
    assert foreign_office(word)


@pytest.mark.parametrize("word", ["Scholz", "Berlin", "bundeskanzler", "Gobierno"])
def test_a_name_or_a_german_word_in_small_letters_is_no_office(word: str) -> None:
    assert not foreign_office(word)


@pytest.mark.parametrize(
    "text",
    ["el delegado del Gobierno", "le chef de l'État", "il sindaco di Milano",
     "o prefeito de Lisboa", "le ministre de l'Intérieur", "a porta-voz do Governo"],
)  # fmt: skip
def test_a_name_after_an_office_and_its_preposition_completes_the_office(text: str) -> None:
    at = max(text.rfind(" "), text.rfind("'")) + 1
    assert completes_office(text, at)


@pytest.mark.parametrize("text", ["said de Gaulle", "le général de Gaulle", "visita de Putin"])
def test_a_name_after_no_office_completes_none(text: str) -> None:
    assert not completes_office(text, text.rfind(" ") + 1)
