"""A length after "in" that a past tells as how long something took
(reader/analysis/times/completed_lengths.py): "brought the blaze under control in three hours"
compares with "battled the flames for four hours", in English, German, French, Spanish,
Italian and Portuguese; a modal or a future keeps "in 72 hours" a deadline."""

from __future__ import annotations

import pytest

from reader.analysis.times.length_frames import DEADLINE, LENGTH
from tests.analysis.duration_frames import frames
from tests.analysis.sentence_pairs import details


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (None, "Firefighters brought the blaze under control in three hours."),
        (None, "The blaze was put out in three hours."),
        (None, "Firefighters have extinguished the blaze in three hours."),
        (None, "Firefighters managed to bring the blaze under control in three hours."),
        ("German", "Die Feuerwehr brachte den Brand in drei Stunden unter Kontrolle."),
        ("German", "Die Feuerwehr hat den Brand in drei Stunden gelöscht."),
        ("German", "Der Brand wurde in drei Stunden gelöscht."),
        ("French", "Les pompiers ont maîtrisé l'incendie en trois heures."),
        ("Spanish", "Los bomberos controlaron el fuego en tres horas."),
        ("Spanish", "Los bomberos han controlado el fuego en tres horas."),
        ("Italian", "I vigili del fuoco hanno domato l'incendio in tre ore."),
        ("Italian", "I vigili del fuoco domarono l'incendio in tre ore."),
        ("Portuguese", "Os bombeiros controlaram o fogo em três horas."),
        ("Portuguese", "O fogo foi controlado em três horas."),
    ],
)  # fmt: skip
def test_a_length_after_a_past_is_how_long_it_took(language: str | None, text: str) -> None:
    assert frames(text, language) == [LENGTH]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (None, "The court will decide in 72 hours."),
        (None, "Congress must pass the bill in 72 hours."),
        (None, "The firm said it would report the fire in 72 hours."),
        (None, "The judge ordered the firm to report the fire in 72 hours."),
        (None, "The bill passes in 72 hours."),
        ("German", "Der Bundestag muss das Gesetz in 72 Stunden verabschieden."),
        ("German", "Das Gesetz wird in 72 Stunden verabschiedet."),
        ("French", "Le Parlement doit adopter la loi en 72 heures."),
        ("French", "Le Parlement adoptera la loi en 72 heures."),
        ("French", "Le Parlement a annoncé qu'il votera la loi dans 72 heures."),
        ("Spanish", "El Congreso debe aprobar la ley en 72 horas."),
        ("Spanish", "El Congreso aprobará la ley en 72 horas."),
        ("Italian", "Il Parlamento deve approvare la legge in 72 ore."),
        ("Italian", "Il Parlamento ha detto che voterà la legge tra 72 ore."),
        ("Portuguese", "O Parlamento deve aprovar a lei em 72 horas."),
        ("Portuguese", "O Parlamento aprovará a lei em 72 horas."),
    ],
)
def test_a_length_after_a_modal_or_a_future_stays_a_deadline(
    language: str | None, text: str
) -> None:
    assert frames(text, language) == [DEADLINE]


@pytest.mark.parametrize(
    ("language", "a", "b", "detail"),
    [
        (None, "Firefighters brought the blaze under control in three hours.",
         "Firefighters battled the flames for four hours.", "three vs four"),
        ("German", "Die Feuerwehr hat den Brand in drei Stunden gelöscht.",
         "Die Feuerwehr kämpfte vier Stunden lang gegen den Brand.", "drei vs vier"),
        ("French", "Les pompiers ont maîtrisé l'incendie en trois heures.",
         "Les pompiers ont lutté contre l'incendie pendant quatre heures.", "trois vs quatre"),
        ("Spanish", "Los bomberos controlaron el fuego en tres horas.",
         "Los bomberos lucharon contra el fuego durante cuatro horas.", "tres vs cuatro"),
        ("Italian", "I vigili del fuoco hanno domato l'incendio in tre ore.",
         "I vigili del fuoco hanno lottato contro l'incendio per quattro ore.",
         "tre vs quattro"),
        ("Portuguese", "Os bombeiros controlaram o fogo em três horas.",
         "Os bombeiros combateram o fogo durante quatro horas.", "três vs quatro"),
    ],
)  # fmt: skip
def test_a_length_it_took_disagrees_with_another_length(
    language: str | None, a: str, b: str, detail: str
) -> None:
    assert details(a, b, language) == [detail]


@pytest.mark.parametrize(
    ("language", "a", "b"),
    [
        (None, "Firefighters brought the blaze under control in three hours.",
         "Firefighters battled the flames for three hours."),
        ("French", "Les pompiers ont maîtrisé l'incendie en trois heures.",
         "Les pompiers ont lutté contre l'incendie pendant trois heures."),
    ],
)  # fmt: skip
def test_a_length_it_took_agrees_with_the_same_length(language: str | None, a: str, b: str) -> None:
    assert details(a, b, language) == []


def test_a_deadline_after_a_future_is_still_no_length() -> None:
    a = "The court will decide on the appeal in 72 hours."
    assert details(a, "The court deliberated on the appeal for 48 hours.") == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (None, "Firefighters arrived within 10 minutes."),
        (None, "The fire was contained within three hours."),
        (None, "All 12 miners were rescued within 48 hours."),
        ("German", "Die Feuerwehr traf binnen zehn Minuten ein."),
        ("German", "Die Feuerwehr traf innerhalb von zehn Minuten am Brandort ein."),
        ("German", "Die Feuerwehr ist binnen zehn Minuten eingetroffen."),
        ("French", "Les pompiers sont arrivés dans les dix minutes."),
        ("Italian", "I soccorsi sono arrivati entro 20 minuti."),
        ("Italian", "I vigili del fuoco arrivarono entro 20 minuti."),
        ("Spanish", "Los bomberos llegaron dentro de 15 minutos."),
        ("Portuguese", "Os bombeiros chegaram em até 15 minutos."),
        # opening its sentence: the clause after the length's phrase tells the past
        (None, "Within 10 minutes, firefighters arrived at the scene."),
        (None, "Within 10 minutes of the alarm, the first crews were there."),
        (None, "Within 48 hours the suspect was arrested."),
        (None, "In three hours, firefighters brought the blaze under control."),
        ("Italian", "Nel giro di 20 minuti sono arrivati i soccorsi."),
        ("Italian", "I soccorsi sono arrivati nel giro di 20 minuti."),
        ("Italian", "Entro 20 minuti, i soccorsi sono arrivati sul posto."),
        ("Spanish", "Dentro de 15 minutos, los bomberos llegaron."),
        ("French", "Dans les dix minutes, les pompiers sont arrivés."),
    ],
)
def test_within_after_a_past_is_how_long_it_took(language: str | None, text: str) -> None:
    assert frames(text, language) == [LENGTH]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (None, "Residents must leave within 72 hours."),
        (None, "Firefighters will respond within 10 minutes."),
        ("German", "Die Anwohner müssen das Gebiet binnen 72 Stunden verlassen."),
        ("German", "Die Feuerwehr wird binnen zehn Minuten eintreffen."),
        ("French", "Les habitants doivent quitter le quartier dans les 72 heures."),
        ("Italian", "I soccorsi arriveranno entro 20 minuti."),
        ("Italian", "Gli abitanti devono lasciare la zona entro 72 ore."),
        ("Spanish", "Los bomberos llegarán dentro de 15 minutos."),
        ("Spanish", "Los vecinos deben abandonar la zona dentro de 72 horas."),
        # opening its sentence, a modal, a future or a present after it
        (None, "Within 72 hours, the government must respond."),
        (None, "In 10 minutes we will know more."),
        (None, "In 72 hours the bill passes."),
        ("Italian", "Nel giro di 72 ore il governo dovrà decidere."),
        ("Italian", "Entro 72 ore il governo dovrà rispondere."),
    ],
)
def test_within_after_a_modal_or_a_future_stays_a_deadline(language: str | None, text: str) -> None:
    assert frames(text, language) == [DEADLINE]


@pytest.mark.parametrize(
    ("language", "a", "b", "detail"),
    [
        (None, "Firefighters arrived at Grenfell Tower within 10 minutes.",
         "Firefighters arrived at Grenfell Tower in 25 minutes.", "10 vs 25"),
        (None, "Within 10 minutes, firefighters arrived at Grenfell Tower.",
         "Firefighters arrived at Grenfell Tower in 25 minutes.", "10 vs 25"),
        ("German", "Die Feuerwehr traf binnen zehn Minuten am Kölner Dom ein.",
         "Die Feuerwehr traf nach 25 Minuten am Kölner Dom ein.", "zehn vs 25"),
        ("French", "Les pompiers sont arrivés à Notre-Dame dans les dix minutes.",
         "Les pompiers sont arrivés à Notre-Dame en 25 minutes.", "dix vs 25"),
        ("Italian", "I soccorsi sono arrivati al Duomo di Milano entro 15 minuti.",
         "I soccorsi sono arrivati al Duomo di Milano in 40 minuti.", "15 vs 40"),
        ("Spanish", "Los bomberos llegaron a la catedral de Sevilla dentro de 15 minutos.",
         "Los bomberos llegaron a la catedral de Sevilla en 40 minutos.", "15 vs 40"),
    ],
)  # fmt: skip
def test_the_most_it_took_disagrees_with_a_longer_length(
    language: str | None, a: str, b: str, detail: str
) -> None:
    assert details(a, b, language) == [detail]


@pytest.mark.parametrize(
    ("language", "a", "b"),
    [
        (None, "Firefighters arrived at Grenfell Tower within 10 minutes.",
         "Firefighters arrived at Grenfell Tower in eight minutes."),
        ("Italian", "I soccorsi sono arrivati al Duomo di Milano entro 15 minuti.",
         "I soccorsi sono arrivati al Duomo di Milano in 10 minuti."),
        ("Spanish", "Los bomberos llegaron a la catedral de Sevilla dentro de 15 minutos.",
         "Los bomberos llegaron a la catedral de Sevilla en 10 minutos."),
    ],
)  # fmt: skip
def test_the_most_it_took_holds_a_shorter_length(language: str | None, a: str, b: str) -> None:
    assert details(a, b, language) == []


def test_two_bounds_of_what_it_took_disagree() -> None:
    a = "Firefighters arrived at Grenfell Tower within 15 minutes."
    assert details(a, "Firefighters arrived at Grenfell Tower within 40 minutes.") == ["15 vs 40"]


def test_less_than_in_french_after_a_past_holds_a_shorter_length() -> None:
    a = "Les pompiers sont arrivés à Notre-Dame en moins de 15 minutes."
    assert details(a, "Les pompiers sont arrivés à Notre-Dame en dix minutes.", "French") == []


def test_less_than_in_french_after_a_past_disagrees_with_a_longer_length() -> None:
    a = "Les pompiers sont arrivés à Notre-Dame en moins de 15 minutes."
    b = "Les pompiers sont arrivés à Notre-Dame en 40 minutes."
    assert details(a, b, "French") == ["15 vs 40"]


def test_a_past_in_german_told_by_a_strong_verb_is_how_long_it_took() -> None:
    assert frames("Die Feuerwehr traf in zehn Minuten am Brandort ein.", "German") == [LENGTH]
