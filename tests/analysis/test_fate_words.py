"""What befell the people a count counts in French, German, Spanish, Italian and
Portuguese besides a toll (reader.analysis.fate_words, through casualties.casualty):
the arrested, rescued, evacuated, hospitalised, survivors and displaced."""

from __future__ import annotations

import pytest

from reader.analysis.casualties import casualty
from reader.analysis.fate_words import fate_noun_before


def fate(sentence: str, figure: str, language: str) -> str:
    start = sentence.index(figure)
    return casualty(sentence, start, start + len(figure), "", language)


@pytest.mark.parametrize(
    ("language", "sentence", "role"),
    [
        ("French", "La police a arrêté environ 40 manifestants dimanche.", "arrested"),
        ("French", "Dimanche, 40 manifestants ont été interpellés.", "arrested"),
        ("French", "Les pompiers ont secouru 40 randonneurs.", "rescued"),
        ("French", "Les autorités ont évacué 40 habitants.", "evacuated"),
        ("French", "Au total, 40 passagers ont été hospitalisés.", "in hospital"),
        ("German", "Die Polizei hat am Sonntag 40 Demonstranten festgenommen.", "arrested"),
        ("German", "Die Polizei nahm am Sonntag 40 Demonstranten fest.", "arrested"),
        ("German", "Die Polizei verhaftete 40 Demonstranten.", "arrested"),
        ("German", "Die Feuerwehr hat 40 Bewohner evakuiert.", "evacuated"),
        ("German", "Die Bergwacht hat 40 Wanderer gerettet.", "rescued"),
        ("Spanish", "La policía detuvo a 40 manifestantes el domingo.", "arrested"),
        ("Spanish", "El domingo fueron detenidos 40 manifestantes.", "arrested"),
        ("Spanish", "Los equipos rescataron a unos 40 mineros.", "rescued"),
        ("Spanish", "Las autoridades evacuaron a 40 vecinos.", "evacuated"),
        ("Italian", "La polizia ha arrestato 40 manifestanti domenica.", "arrested"),
        ("Italian", "Domenica 40 manifestanti sono stati fermati.", "arrested"),
        ("Italian", "I soccorritori hanno salvato 40 escursionisti.", "rescued"),
        ("Italian", "Sono stati ricoverati 40 passeggeri.", "in hospital"),
        ("Portuguese", "A polícia prendeu 40 manifestantes no domingo.", "arrested"),
        ("Portuguese", "No domingo, 40 manifestantes foram detidos.", "arrested"),
        ("Portuguese", "Os bombeiros resgataram 40 moradores.", "rescued"),
        ("Portuguese", "A Defesa Civil evacuou 40 famílias.", "evacuated"),
    ],
)  # fmt: skip
def test_what_befell_the_people_counted(language: str, sentence: str, role: str) -> None:
    assert fate(sentence, "40", language) == role


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("French", "Environ 40 manifestants ont défilé dimanche."),
        # another clause's fate
        ("French", "Environ 40 manifestants ont défilé et la police a arrêté leur chef."),
        ("German", "Rund 40 Demonstranten zogen durch die Stadt."),
        ("Spanish", "Unos 40 manifestantes marcharon por la ciudad."),
        ("Italian", "Circa 40 manifestanti hanno sfilato in città."),
        ("Portuguese", "Cerca de 40 manifestantes marcharam pela cidade."),
    ],
)  # fmt: skip
def test_a_count_whose_clause_tells_no_fate_has_none(language: str, sentence: str) -> None:
    assert fate(sentence, "40", language) == ""


@pytest.mark.parametrize(
    "before",
    [
        "The arrest of the ",
        "L'arrestation de ",
        "Die Festnahme von ",
        "La detención de ",
        "L'arresto di ",
        "A prisão de ",
    ],
)
def test_a_fates_noun_before_the_figure(before: str) -> None:
    assert fate_noun_before(before)


def test_a_noun_of_no_fate_before_the_figure() -> None:
    assert not fate_noun_before("La manifestation de ")
