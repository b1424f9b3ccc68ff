"""A speaker told by an office alone ("the chief said") is the holder last named with that
office a few sentences before ("fire chief Dan Ross"), audit F19
(reader/analysis/quotations/office_speakers.py, through
reader.analysis.quotations.quotes.find_quotations); so in French, German, Spanish, Italian
and Portuguese ("a déclaré le maire", "sagte die Bürgermeisterin")."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.analysis.quotations.office_speakers import office_told, office_told_after, told_pronoun
from tests.analysis.quotations.test_pronoun_speakers import _OPENINGS, article_speakers, verb

_OPENING = [
    "Oregon warehouse blaze toll reaches 14",
    "WOODBURN, Ore., Aug 9 (AP) — Fourteen people died when fire swept through a furniture"
    " warehouse in Woodburn on Friday, authorities said.",
    "The fire started around 3:20 a.m. Pacific time and was put out by 9 a.m.",
]
_QUOTE = '"It was an inferno by the time we got there," the chief said.'


def last_speaker(tmp_path: Path, language: str, named: str, said: str) -> str | None:
    """The speaker of the last quotation of an article in ``language`` that names
    someone (``named``), then quotes (``said``)."""
    return article_speakers(tmp_path, [*_OPENINGS[language], named, said])[-1]


@pytest.mark.parametrize(
    "named",
    [
        "Five firefighters were hurt, fire chief Dan Ross said.",  # the audit's sentence
        "Five firefighters were hurt, said Fire Chief Dan Ross.",
        "Dan Ross, the fire chief, arrived at dawn.",
    ],
)
def test_the_office_alone_is_its_holder_named_before(tmp_path: Path, named: str) -> None:
    lines = [*_OPENING, named, "About 85 people work at the warehouse.", _QUOTE]
    assert article_speakers(tmp_path, lines)[-1] == "Dan Ross"


def test_the_last_holder_named_speaks(tmp_path: Path) -> None:
    lines = [
        *_OPENING,
        "Fire chief Dan Ross said the roof collapsed.",
        "Police chief Ann Lee said the road was closed.",
        _QUOTE,
    ]
    assert article_speakers(tmp_path, lines)[-1] == "Ann Lee"


@pytest.mark.parametrize(
    "lines",
    [
        # nobody named with that office
        [*_OPENING, "Mayor Ana Torres visited the site.", _QUOTE],
        # an office told as unknown
        [*_OPENING, "Fire chief Dan Ross arrived at dawn.",
         '"It was an inferno by the time we got there," a chief said.'],
        # two holders named long before (was: one holder named too long before, now
        # the speaker; see the next test)
        [*_OPENING, "Fire chief Dan Ross arrived at dawn.", "Fire chief Ann Lee came later.",
         "About 85 people work there.", "The site had a smaller fire in 2019.",
         "Nobody was killed then.", "The warehouse was built in 1990.", _QUOTE],
    ],
)  # fmt: skip
def test_no_holder_no_speaker(tmp_path: Path, lines: list[str]) -> None:
    assert article_speakers(tmp_path, lines)[-1] is None


def test_the_one_holder_the_article_names_speaks_however_far_back(tmp_path: Path) -> None:
    lines = [
        *_OPENING,
        "Fire chief Dan Ross arrived at dawn.",
        "About 85 people work there.",
        "The site had a smaller fire in 2019.",
        "Nobody was killed then.",
        "The warehouse was built in 1990.",
        _QUOTE,
    ]
    assert article_speakers(tmp_path, lines)[-1] == "Dan Ross"


@pytest.mark.parametrize(
    ("phrase", "office"),
    [("the chief", "chief"), ("The fire chief", "chief"), ("the mayor", "mayor"),
     ("a chief", None), ("officials", None), ("the warehouse", None)],
)  # fmt: skip
def test_an_office_told_as_known(phrase: str, office: str | None) -> None:
    assert office_told(phrase) == office


def test_an_office_told_of_nobody_named_keeps_its_unnamed_source(tmp_path: Path) -> None:
    # ECB+ 12_8ecbplus: "officer" and the ship named after it are not one; the officer
    # stays an unnamed source
    lines = [
        *_OPENING,
        "The attack was foiled by a warship, a naval officer said here Friday.",
        "Patrol vessel INS Sukanya was escorting five merchant vessels.",
        '"The warship immediately altered towards the vessels," the officer said.',
    ]
    assert article_speakers(tmp_path, lines)[-1] == "the officer"


# --- other languages (thirty-first session): "le maire a déclaré", "sagte der
# Bürgermeister", "dijo el alcalde", "ha detto il sindaco", "disse o prefeito"


@pytest.mark.parametrize(
    ("language", "named", "said", "speaker"),
    [
        ("French", "Le maire Benoît Payan s'est rendu sur place dans la matinée.",
         "« Nous allons reconstruire », a déclaré le maire.", "Benoît Payan"),
        ("French", "La maire Michèle Rubirola s'est rendue sur place.",
         "« C'est un drame », a déclaré la maire.", "Michèle Rubirola"),
        # what the office is of, and the holder set off after her name
        ("French", "Benoît Payan, le maire de Marseille, s'est rendu sur place.",
         "Le maire de Marseille a déclaré : « Nous allons reconstruire. »", "Benoît Payan"),
        ("German", "Bürgermeister Jürgen Dupper besuchte am Morgen die Brandstelle.",
         "„Wir bauen wieder auf“, sagte der Bürgermeister.", "Jürgen Dupper"),
        ("German", "Die Bürgermeisterin Anna Weber besuchte am Morgen die Brandstelle.",
         "„Wir bauen wieder auf“, sagte die Bürgermeisterin.", "Anna Weber"),
        # German glues the office to what it is of
        ("German", "Oberbürgermeister Dieter Reiter besuchte am Morgen die Brandstelle.",
         "Der Bürgermeister sagte am Nachmittag: „Wir bauen wieder auf.“", "Dieter Reiter"),
        ("Spanish", "El alcalde Pedro Gómez visitó el edificio por la mañana.",
         "«Hicimos todo lo posible», dijo el alcalde.", "Pedro Gómez"),
        ("Spanish", "La alcaldesa, Ana Torres, visitó el edificio por la mañana.",
         "«Hicimos todo lo posible», dijo ayer la alcaldesa a los periodistas.", "Ana Torres"),
        ("Italian", "Giuseppe Sala, sindaco di Milano, si è recato sul posto.",
         "«Faremo di tutto», ha detto il sindaco ai giornalisti.", "Giuseppe Sala"),
        ("Italian", "La sindaca Chiara Appendino si è recata sul posto.",
         "«Faremo di tutto», ha detto la sindaca.", "Chiara Appendino"),
        ("Portuguese", "O prefeito Carlos Moedas visitou o local de manhã.",
         "“Vamos reconstruir”, disse o prefeito.", "Carlos Moedas"),
        ("Portuguese", "A prefeita Ana Costa visitou o local de manhã.",
         "A prefeita disse: “Vamos reconstruir.”", "Ana Costa"),
        # the holder named after what the office is of
        ("French", "Le maire de Marseille, Benoît Payan, s'est rendu sur place.",
         "« Nous allons reconstruire », a déclaré le maire.", "Benoît Payan"),
        ("Spanish", "El alcalde de Madrid, José Luis Martínez-Almeida, visitó el edificio.",
         "«Hicimos todo lo posible», dijo el alcalde.", "José Luis Martínez-Almeida"),
        ("German", "Der Bürgermeister von Passau, Jürgen Dupper, besuchte die Brandstelle.",
         "„Wir bauen wieder auf“, sagte der Bürgermeister.", "Jürgen Dupper"),
        ("Portuguese", "O prefeito de Lisboa, Carlos Moedas, visitou o local.",
         "“Vamos reconstruir”, disse o prefeito.", "Carlos Moedas"),
    ],
)  # fmt: skip
def test_the_office_alone_in_another_language_is_its_holder_named_before(
    tmp_path: Path, language: str, named: str, said: str, speaker: str
) -> None:
    assert last_speaker(tmp_path, language, named, said) == speaker


# an office told with an adjective or with the place the article is about between it and
# the verb: the holder named before (thirty-second session)
@pytest.mark.parametrize(
    ("language", "named", "said", "speaker"),
    [
        ("Spanish", "El alcalde Ángel Viñas visitó el edificio por la mañana.",
         "«Hicimos todo lo posible», dijo el alcalde de la ciudad.", "Ángel Viñas"),
        ("Spanish", "El alcalde Ángel Viñas visitó el edificio por la mañana.",
         "«Hicimos todo lo posible», dijo el alcalde socialista.", "Ángel Viñas"),
        ("Spanish", "La ministra de Defensa, Margarita Robles, visitó la zona.",
         "«Hicimos todo lo posible», dijo la ministra española de Defensa.",
         "Margarita Robles"),
        ("Spanish", "El alcalde Ángel Viñas visitó el edificio por la mañana.",
         "El alcalde de la ciudad dijo: «Hicimos todo lo posible.»", "Ángel Viñas"),
        ("French", "Le maire Benoît Payan s'est rendu sur place dans la matinée.",
         "« Nous allons reconstruire », a déclaré le maire de la ville.", "Benoît Payan"),
        ("French", "Le ministre de l'Intérieur Laurent Nuñez s'est rendu sur place.",
         "« Nous allons reconstruire », a déclaré le ministre français de l'Intérieur.",
         "Laurent Nuñez"),
        ("Italian", "Il sindaco Giuseppe Sala si è recato sul posto.",
         "«Faremo di tutto», ha detto il sindaco della città.", "Giuseppe Sala"),
        ("Italian", "Il sindaco Giuseppe Sala si è recato sul posto.",
         "Il sindaco uscente ha detto: «Faremo di tutto.»", "Giuseppe Sala"),
        ("Portuguese", "O prefeito Carlos Moedas visitou o local de manhã.",
         "“Vamos reconstruir”, disse o prefeito da cidade.", "Carlos Moedas"),
    ],
)  # fmt: skip
def test_an_office_told_with_an_adjective_or_its_place_is_its_holder_named_before(
    tmp_path: Path, language: str, named: str, said: str, speaker: str
) -> None:
    assert last_speaker(tmp_path, language, named, said) == speaker


def test_an_office_told_with_an_adjective_of_another_gender_names_nobody(
    tmp_path: Path,
) -> None:
    named = "La alcaldesa Ana Torres visitó el edificio."
    said = "«Hicimos todo lo posible», dijo el alcalde socialista."
    assert last_speaker(tmp_path, "Spanish", named, said) is None


# offices added in the thirty-second session: heads of schools and universities, judges,
# members of parliament and councils, coaches, lawyers, bishops
@pytest.mark.parametrize(
    ("language", "named", "said", "speaker"),
    [
        ("German", "Rektorin Anna Weber war am Morgen an der Schule.",
         "„Wir sind erschüttert“, sagte die Rektorin.", "Anna Weber"),
        ("German", "Trainer Peter Braun war am Morgen im Stadion.",
         "„Wir sind erschüttert“, sagte der Trainer.", "Peter Braun"),
        ("German", "Der Dekan Peter Braun war am Morgen an der Universität.",
         "„Wir sind erschüttert“, sagte der Dekan.", "Peter Braun"),
        ("French", "Le proviseur Jean Dupont s'est rendu sur place.",
         "« Nous sommes sous le choc », a déclaré le proviseur.", "Jean Dupont"),
        ("French", "La députée Claire Martin s'est rendue sur place.",
         "« Nous sommes sous le choc », a déclaré la députée.", "Claire Martin"),
        ("Spanish", "El juez Pedro Gómez visitó el edificio.",
         "«Estamos conmocionados», dijo el juez.", "Pedro Gómez"),
        ("Spanish", "La concejala Ana Torres visitó el edificio.",
         "«Estamos conmocionados», dijo la concejala.", "Ana Torres"),
        ("Italian", "L'allenatore Carlo Rossi si è recato sul posto.",
         "«Siamo sconvolti», ha detto l'allenatore.", "Carlo Rossi"),
        ("Italian", "La preside Chiara Bianchi si è recata sul posto.",
         "«Siamo sconvolti», ha detto la preside.", "Chiara Bianchi"),
        ("Portuguese", "O vereador Carlos Moedas visitou o local.",
         "“Estamos chocados”, disse o vereador.", "Carlos Moedas"),
        ("Portuguese", "O juiz Carlos Moedas visitou o local.",
         "“Estamos chocados”, disse o juiz.", "Carlos Moedas"),
    ],
)  # fmt: skip
def test_offices_of_schools_courts_councils_and_teams_are_their_holders_named_before(
    tmp_path: Path, language: str, named: str, said: str, speaker: str
) -> None:
    assert last_speaker(tmp_path, language, named, said) == speaker


# an office of both sexes ("ministre", "presidente") told with "la" or "le": the holder
# of that sex, by the article before the office or a first name (thirty-second session)
_TWO_MINISTERS = "Le ministre Jean Dupont et la ministre Claire Martin sont venus."
_TWO_MINISTERS_HER_FIRST = "La ministre Claire Martin et le ministre Jean Dupont sont venus."


@pytest.mark.parametrize(
    ("language", "named", "said", "speaker"),
    [
        ("French", _TWO_MINISTERS, "« Nous allons reconstruire », a déclaré le ministre.",
         "Jean Dupont"),
        ("French", _TWO_MINISTERS_HER_FIRST,
         "« Nous allons reconstruire », a déclaré la ministre.", "Claire Martin"),
        ("French", _TWO_MINISTERS_HER_FIRST,
         "La ministre a déclaré : « Nous allons reconstruire. »", "Claire Martin"),
        ("French", "Claire Martin, la ministre, et Jean Dupont, le ministre, sont venus.",
         "« Nous allons reconstruire », a déclaré la ministre.", "Claire Martin"),
        # no article: the first name tells
        ("French", "Claire Martin, ministre de la Santé, et Pierre Dupont, ministre de "
         "l'Intérieur, sont venus.", "« Nous allons reconstruire », a déclaré la ministre.",
         "Claire Martin"),
        ("Spanish", "La presidente Ana Torres y el presidente Pedro Gómez visitaron la zona.",
         "«Hicimos todo lo posible», dijo la presidente.", "Ana Torres"),
        ("Spanish", "La presidente Ana Torres y el presidente Pedro Gómez visitaron la zona.",
         "«Hicimos todo lo posible», dijo el presidente.", "Pedro Gómez"),
        ("Italian", "La presidente Chiara Bianchi e il presidente Carlo Rossi sono arrivati.",
         "«Faremo di tutto», ha detto la presidente.", "Chiara Bianchi"),
        ("Portuguese", "A presidente Ana Costa e o presidente Carlos Moedas visitaram o local.",
         "“Vamos reconstruir”, disse a presidente.", "Ana Costa"),
        ("German", "Die Sprecherin Anna Weber und der Sprecher Peter Braun waren vor Ort.",
         "„Wir sind erschüttert“, sagte die Sprecherin.", "Anna Weber"),
        # nothing tells the holders' sex: the last named, as before
        ("French", "Le ministre Dominique Dupont et le ministre Camille Martin sont venus.",
         "« Nous allons reconstruire », a déclaré le ministre.", "Camille Martin"),
    ],
)  # fmt: skip
def test_an_office_of_both_sexes_is_its_holder_of_the_sex_told(
    tmp_path: Path, language: str, named: str, said: str, speaker: str
) -> None:
    assert last_speaker(tmp_path, language, named, said) == speaker


def test_an_office_of_both_sexes_told_of_the_other_sex_names_nobody(tmp_path: Path) -> None:
    named, said = (
        "Le ministre Jean Dupont est venu.",
        "« Nous allons reconstruire », a déclaré la ministre.",
    )
    assert last_speaker(tmp_path, "French", named, said) is None


@pytest.mark.parametrize(
    ("phrase", "pronoun"),
    [("la ministre", "she"), ("le ministre", "he"), ("el presidente", "he"),
     ("la presidente", "she"), ("a presidente", "she"), ("die Sprecherin", "she"),
     ("the chief", ""), ("l'ambassadeur", ""), ("la vecina", "")],
)  # fmt: skip
def test_the_sex_an_office_is_told_of(phrase: str, pronoun: str) -> None:
    assert told_pronoun(phrase) == pronoun


def test_the_office_after_an_inverted_verb_is_its_holder_named_before(tmp_path: Path) -> None:
    lines = [*_OPENING, "Five firefighters were hurt, fire chief Dan Ross said.",
             '"It was an inferno by the time we got there," said the chief.']  # fmt: skip
    assert article_speakers(tmp_path, lines)[-1] == "Dan Ross"


@pytest.mark.parametrize(
    ("language", "named", "said"),
    [
        # the office told in the other gender: another person
        ("Spanish", "La alcaldesa Ana Torres visitó el edificio por la mañana.",
         "«Hicimos todo lo posible», dijo el alcalde."),
        ("German", "Die Bürgermeisterin Anna Weber besuchte am Morgen die Brandstelle.",
         "„Wir bauen wieder auf“, sagte der Bürgermeister."),
        ("Portuguese", "A prefeita Ana Costa visitou o local de manhã.",
         "“Vamos reconstruir”, disse o prefeito."),
        # another office
        ("Italian", "Il sindaco Giuseppe Sala si è recato sul posto.",
         "«Faremo di tutto», ha detto il prefetto."),
        # no office: "le pompier"
        ("French", "Le maire Benoît Payan s'est rendu sur place dans la matinée.",
         "« Nous allons reconstruire », a déclaré un pompier."),
    ],
)  # fmt: skip
def test_no_holder_of_that_office_in_another_language_no_speaker(
    tmp_path: Path, language: str, named: str, said: str
) -> None:
    assert last_speaker(tmp_path, language, named, said) is None


@pytest.mark.parametrize(
    ("phrase", "office"),
    [("le maire", "maire"), ("La alcaldesa", "alcaldesa"), ("l'ambassadeur", "ambassadeur"),
     ("die Bürgermeisterin", "bürgermeisterin"), ("le Premier ministre", "ministre"),
     ("le maire de Marseille", "maire"), ("il sindaco di Milano", "sindaco"),
     ("a prefeita", "prefeita"), ("o prefeito", "prefeito"), ("the chief executive", "executive"),
     ("the mayor of Chicago", "mayor"), ("le chef de l'État", "chef"),
     ("der Bürgermeister der Stadt", "bürgermeister"),
     # what it is of makes another office
     ("the chief of staff", None), ("el jefe de bomberos", None),
     # English after "a", or no office
     ("a director", None), ("a chef", None), ("le boulanger", None), ("un maire", None),
     # an adjective or the place the article is about between (thirty-second session)
     ("el alcalde socialista", "alcalde"), ("la ministra española de Defensa", "ministra"),
     ("el alcalde de la ciudad", "alcalde"), ("le maire de la ville", "maire"),
     ("il sindaco della città", "sindaco"), ("o prefeito da cidade", "prefeito"),
     ("le ministre français de l'Intérieur", "ministre"), ("il sindaco uscente", "sindaco"),
     # not past a word of function, nor to an office of something else
     ("el jefe de la brigada", None), ("el alcalde de la ciudad vecina de Getafe", None),
     ("el jefe de bomberos de la ciudad", None), ("the mayor of the city", "mayor")],
)  # fmt: skip
def test_an_office_of_another_language_told_as_known(phrase: str, office: str | None) -> None:
    assert office_told(phrase) == office


@pytest.mark.parametrize(
    ("after", "office"),
    [(", dijo el alcalde.", "alcalde"), (", dijo ayer el alcalde a los periodistas.", "alcalde"),
     (", a déclaré jeudi le maire de Marseille à la presse.", "maire"),
     (", sagte der Bürgermeister am Morgen.", "bürgermeister"),
     (", ha detto il sindaco ai giornalisti.", "sindaco"), (", disse a prefeita.", "prefeita"),
     (", said the chief on Monday.", "chief"),
     # a name follows: the name speaks; an unknown office; a chief executive
     (", sagte der Bürgermeister Jürgen Dupper.", None), (", said a chief.", None),
     (", said the chief executive.", "executive")],
)  # fmt: skip
def test_the_office_after_an_inverted_verb(after: str, office: str | None) -> None:
    assert office_told_after(after, verb(after).end(), len(after)) == office
