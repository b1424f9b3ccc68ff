# ruff: noqa: E501  (a pair of sentences a line, as the audit wrote them)
"""A count told with a bound or a hedge ("at least", "au moins", "mehr als", "casi") agrees
with a figure it allows, in English, French, German, Spanish, Italian and Portuguese; a
figure that is the other rounded agrees too; the storeys of a building are a count
(``count_terms.consistent``, ``rounded_figures``, ``count_conflicts``, through
``conflicts``)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.analysis.pipeline import align
from reader.model import Document
from tests.analysis.sentence_pairs import details


@pytest.mark.parametrize(
    ("language", "a", "b"),
    [
        # the audit's sentences
        ("French", "Un incendie a fait au moins huit morts dans la nuit de samedi à dimanche dans un immeuble du centre de Marseille, a annoncé la préfecture.",
         "Marseille : un incendie fait neuf morts"),
        ("Spanish", "Un terremoto de magnitud 6,1 sacudió el sur de Perú a las 14:20 hora local del lunes y causó al menos seis muertos, informó el Instituto Geofísico.",
         "Sismo en Perú deja siete muertos"),
        # at least, more than
        ("French", "L'incendie a fait plus de 40 blessés.", "L'incendie a fait 44 blessés."),
        ("German", "Bei dem Unglück gab es mindestens 40 Verletzte.", "Bei dem Unglück gab es 44 Verletzte."),
        ("German", "Bei dem Unglück gab es mehr als 40 Verletzte.", "Bei dem Unglück gab es 44 Verletzte."),
        ("German", "Bei dem Unglück gab es über 40 Verletzte.", "Bei dem Unglück gab es 44 Verletzte."),
        ("Spanish", "El accidente dejó más de 40 heridos.", "El accidente dejó 44 heridos."),
        ("Italian", "L'incidente ha causato almeno 40 feriti.", "L'incidente ha causato 44 feriti."),
        ("Italian", "L'incidente ha causato più di 40 feriti.", "L'incidente ha causato 44 feriti."),
        ("Portuguese", "O acidente deixou pelo menos 40 feridos.", "O acidente deixou 44 feridos."),
        ("Portuguese", "O acidente deixou ao menos 40 feridos.", "O acidente deixou 44 feridos."),
        ("Portuguese", "O acidente deixou mais de 40 feridos.", "O acidente deixou 44 feridos."),
        # nearly, about
        ("French", "L'incendie a fait près de 40 blessés.", "L'incendie a fait 38 blessés."),
        ("French", "L'incendie a fait environ 40 blessés.", "L'incendie a fait 38 blessés."),
        ("German", "Bei dem Unglück gab es fast 40 Verletzte.", "Bei dem Unglück gab es 38 Verletzte."),
        ("German", "Bei dem Unglück gab es knapp 40 Verletzte.", "Bei dem Unglück gab es 38 Verletzte."),
        ("German", "Bei dem Unglück gab es rund 40 Verletzte.", "Bei dem Unglück gab es 38 Verletzte."),
        ("German", "Bei dem Unglück gab es etwa 40 Verletzte.", "Bei dem Unglück gab es 38 Verletzte."),
        ("Spanish", "El accidente dejó casi 40 heridos.", "El accidente dejó 38 heridos."),
        ("Spanish", "El accidente dejó cerca de 40 heridos.", "El accidente dejó 38 heridos."),
        ("Spanish", "El accidente dejó unos 40 heridos.", "El accidente dejó 38 heridos."),
        ("Italian", "L'incidente ha causato quasi 40 feriti.", "L'incidente ha causato 38 feriti."),
        ("Italian", "L'incidente ha causato circa 40 feriti.", "L'incidente ha causato 38 feriti."),
        ("Portuguese", "O acidente deixou quase 40 feridos.", "O acidente deixou 38 feridos."),
        ("Portuguese", "O acidente deixou cerca de 40 feridos.", "O acidente deixou 38 feridos."),
        # up to
        ("French", "L'incendie pourrait faire jusqu'à 40 blessés.", "L'incendie a fait 38 blessés."),
        ("German", "Bei dem Unglück gab es bis zu 40 Verletzte.", "Bei dem Unglück gab es 38 Verletzte."),
        ("Spanish", "El accidente podría dejar hasta 40 heridos.", "El accidente dejó 38 heridos."),
        ("Italian", "L'incidente potrebbe causare fino a 40 feriti.", "L'incidente ha causato 38 feriti."),
        ("Portuguese", "O acidente pode deixar até 40 feridos.", "O acidente deixou 38 feridos."),
        # English, as before
        (None, "A fire killed at least 12 people on Friday.", "Fourteen people died in the fire on Friday."),
        # a negator turns "more than" into a bound from above, in six languages
        ("Italian", "Secondo la prefettura, l'esplosione ha causato non più di 20 feriti.",
         "L'esplosione ha causato 18 feriti, secondo la prefettura."),
        ("French", "Selon la préfecture, l'explosion a fait pas plus de 20 blessés.",
         "L'explosion a fait 18 blessés, selon la préfecture."),
        ("French", "Selon la préfecture, l'explosion n'a pas fait plus de 20 blessés.",
         "L'explosion a fait 18 blessés, selon la préfecture."),
        ("German", "Bei der Explosion gab es laut Polizei nicht mehr als 20 Verletzte.",
         "Bei der Explosion gab es laut Polizei 18 Verletzte."),
        ("Spanish", "Según la policía, la explosión dejó no más de 20 heridos.",
         "La explosión dejó 18 heridos, según la policía."),
        ("Portuguese", "Segundo a polícia, a explosão deixou não mais de 20 feridos.",
         "A explosão deixou 18 feridos, segundo a polícia."),
        (None, "Police said the blast injured no more than 20 people.",
         "Police said the blast injured 18 people."),
        (None, "Police said the blast did not injure more than 20 people.",
         "Police said the blast injured 18 people."),
        ("Spanish", "Según la policía, la explosión no dejó más de 20 heridos.",
         "La explosión dejó 18 heridos, según la policía."),
        # and "less than" into one from below
        ("Portuguese", "Segundo a polícia, a explosão deixou não menos de 20 feridos.",
         "A explosão deixou 24 feridos, segundo a polícia."),
        # "as high as" a bound from above, "as low as" one from below (10_3ecbplus)
        (None, "Various news reports pegged the Boston offer to be as high as $184 million over eight years.",
         "The Boston offer is $180 million over eight years."),
        (None, "Reports put the Orioles' offer as low as $140 million.",
         "The Orioles offered $150 million."),
    ],
)  # fmt: skip
def test_a_figure_a_hedge_allows_is_no_discrepancy(language: str | None, a: str, b: str) -> None:
    assert details(a, b, language) == []


@pytest.mark.parametrize(
    ("language", "a", "b", "detail"),
    [
        ("French", "Un incendie a fait au moins huit morts.", "Un incendie a fait sept morts.",
         "huit vs sept"),
        ("French", "L'incendie a fait près de 40 blessés.", "L'incendie a fait 20 blessés.",
         "40 vs 20"),
        ("French", "L'incendie pourrait faire jusqu'à 40 blessés.", "L'incendie a fait 44 blessés.",
         "40 vs 44"),
        # "moins de" is a bound from above: 44 is not fewer than 40
        ("French", "L'incendie a fait moins de 40 blessés.", "L'incendie a fait 44 blessés.",
         "40 vs 44"),
        ("German", "Bei dem Unglück gab es mehr als 40 Verletzte.",
         "Bei dem Unglück gab es 38 Verletzte.", "40 vs 38"),
        ("Spanish", "El accidente dejó al menos seis muertos.", "El accidente dejó cinco muertos.",
         "seis vs cinco"),
        ("Portuguese", "O acidente deixou até 40 feridos.", "O acidente deixou 44 feridos.",
         "40 vs 44"),
        # two bounds of one kind still differ
        ("Italian", "L'incidente ha causato almeno 40 feriti.",
         "L'incidente ha causato almeno 44 feriti.", "40 vs 44"),
        # a negated bound ("non più di 20") is one from above
        ("Italian", "Secondo la prefettura, l'esplosione ha causato non più di 20 feriti.",
         "L'esplosione ha causato 24 feriti, secondo la prefettura.", "20 vs 24"),
        ("French", "Selon la préfecture, l'explosion a fait pas plus de 20 blessés.",
         "L'explosion a fait 24 blessés, selon la préfecture.", "20 vs 24"),
        ("German", "Bei der Explosion gab es laut Polizei nicht mehr als 20 Verletzte.",
         "Bei der Explosion gab es laut Polizei 24 Verletzte.", "20 vs 24"),
        ("Spanish", "Según la policía, la explosión dejó no más de 20 heridos.",
         "La explosión dejó 24 heridos, según la policía.", "20 vs 24"),
        ("Portuguese", "Segundo a polícia, a explosão deixou não mais de 20 feridos.",
         "A explosão deixou 24 feridos, segundo a polícia.", "20 vs 24"),
        (None, "Police said the blast injured no more than 20 people.",
         "Police said the blast injured 24 people.", "20 vs 24"),
        # no negator before the bound: Portuguese "no" is "in the"; "not only more than"
        ("Portuguese", "Segundo a polícia, morreram no incêndio mais de 20 pessoas.",
         "Segundo a polícia, morreram no incêndio 18 pessoas.", "20 vs 18"),
        ("German", "Bei der Explosion gab es nicht nur mehr als 20 Verletzte.",
         "Bei der Explosion gab es 18 Verletzte.", "20 vs 18"),
        (None, "The blast left no one unhurt: more than 20 people were injured.",
         "The blast left 18 people injured.", "20 vs 18"),
        (None, "Various news reports pegged the Boston offer to be as high as $184 million over eight years.",
         "The Boston offer is $200 million over eight years.", "$184 million vs $200 million"),
    ],
)  # fmt: skip
def test_a_figure_a_hedge_does_not_allow_is_a_discrepancy(
    language: str | None, a: str, b: str, detail: str
) -> None:
    assert details(a, b, language) == [detail]


def test_no_fewer_than_in_french_is_a_bound_from_below() -> None:
    a = "L'incendie a fait pas moins de 40 blessés."
    assert details(a, "L'incendie a fait 44 blessés.", "French") == []


def test_ate_without_its_accent_is_no_portuguese_bound() -> None:
    assert details("He ate 40 hot dogs in the contest.", "He ate 44 hot dogs in the contest.") == [
        "40 vs 44"
    ]


DE_A = """\
Zugunglück in Bayern: Fünf Tote

MÜNCHEN, 4. Juni (dpa) - Bei einem Zugunglück in Oberbayern sind am Freitag mindestens fünf Menschen ums Leben gekommen.

Die Zahl der Toten stieg am Abend auf fünf, mehr als 40 Menschen wurden verletzt.

Im Zug saßen etwa 140 Fahrgäste.

Bundesverkehrsminister Volker Wissing reiste am Nachmittag an den Unfallort.
"""

DE_B = """\
Vier Tote bei Zugunglück in Garmisch-Partenkirchen

GARMISCH-PARTENKIRCHEN, 4. Juni (Reuters) - Beim Entgleisen eines Regionalzugs in Garmisch-Partenkirchen sind am Freitag vier Menschen getötet worden.

Die Zahl der Toten stieg auf vier, 44 Menschen wurden verletzt.

An Bord waren rund 140 Reisende.

Verkehrsminister Volker Wissing kam am Nachmittag an die Unglücksstelle.
"""


def test_a_german_bound_in_the_audit_s_pair_is_no_discrepancy(
    doc: Callable[[str], Document],
) -> None:
    details = {d.detail for d in align(doc(DE_A), doc(DE_B)).discrepancies}
    assert "fünf vs vier" in details
    assert "40 vs 44" not in details


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the audit's sentences
        ("Turnout was 84 percent, down from 85 percent in 2019.",
         "Turnout stood at 84%, compared with 84.6% three years earlier."),
        ("Turnout was 85 percent.", "Turnout was 84.6%."),
        ("The company made $41 million.", "The company made $40.8 million."),
    ],
)  # fmt: skip
def test_a_figure_that_is_the_other_rounded_is_no_discrepancy(a: str, b: str) -> None:
    assert details(a, b) == []


@pytest.mark.parametrize(
    ("language", "a", "b"),
    [
        ("German", "Die Wahlbeteiligung lag bei 85 Prozent.", "Die Wahlbeteiligung lag bei 84,6 Prozent."),
        ("Spanish", "La participación fue del 2,3 por ciento.", "La participación fue del 2,26 por ciento."),
    ],
)  # fmt: skip
def test_a_rounded_figure_written_with_a_decimal_comma_is_no_discrepancy(
    language: str, a: str, b: str
) -> None:
    assert details(a, b, language) == []


@pytest.mark.parametrize(
    ("a", "b", "detail"),
    [
        # 84.6 rounds to 85, not 84
        ("Turnout was 84 percent.", "Turnout was 84.6%.", "84 percent vs 84.6%"),
        # a half is told as such
        ("Turnout was 85 percent.", "Turnout was 84.5%.", "85 percent vs 84.5%"),
        ("Growth was 2.3 percent.", "Growth was 2.25 percent.", "2.3 percent vs 2.25 percent"),
        # one digit is no rounding: a tenth or more apart
        ("The company made $2 billion.", "The company made $1.8 billion.",
         "$2 billion vs $1.8 billion"),
        ("The company made $3 million.", "The company made $2.6 million.",
         "$3 million vs $2.6 million"),
        # written to one place
        ("Growth was 2.3 percent.", "Growth was 2.2 percent.", "2.3 percent vs 2.2 percent"),
    ],
)  # fmt: skip
def test_a_figure_that_is_not_the_other_rounded_is_a_discrepancy(
    a: str, b: str, detail: str
) -> None:
    assert details(a, b) == [detail]


@pytest.mark.parametrize(
    ("a", "b", "detail"),
    [
        # the audit's sentences
        ("The three-storey building had passed an inspection in June.",
         "The two-storey building was inspected in June.", "three vs two"),
        ("The fire gutted a three-storey building.", "The fire gutted a two-story building.",
         "three vs two"),
        ("The fire gutted a 10-floor tower.", "The fire gutted a 12-floor tower.", "10 vs 12"),
    ],
)  # fmt: skip
def test_the_storeys_of_a_building_are_a_count(a: str, b: str, detail: str) -> None:
    assert details(a, b) == [detail]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one building's storeys spelt two ways
        ("The fire gutted a three-storey building.", "The fire gutted a three-story building."),
        # the storeys that burnt are not the building's
        ("The fire gutted a three-storey building.", "The fire gutted two storeys of the building."),
        # other figures hyphened to their noun are still no count
        ("He signed a three-year deal.", "He signed a two-year deal."),
    ],
)  # fmt: skip
def test_what_storeys_do_not_contradict(a: str, b: str) -> None:
    assert details(a, b) == []


def test_a_toll_in_a_building_of_as_many_storeys_still_disagrees() -> None:
    a = "Four people died in the building."
    b = "Three people died in the three-storey building."
    assert details(a, b) == ["Four vs Three"]


# a bound before the first of two counts listed with "and", in six languages
LISTED_AFTER_A_BOUND = [
    ("French", "L'incendie a fait au moins 8 morts et 20 blessés dans la nuit, selon les pompiers.",
     "L'incendie a fait 9 morts et {} blessés dans la nuit, selon les pompiers."),
    ("German", "Bei dem Brand gab es in der Nacht mindestens 8 Tote und 20 Verletzte.",
     "Bei dem Brand gab es in der Nacht 9 Tote und {} Verletzte."),
    ("Spanish", "El incendio dejó al menos 8 muertos y 20 heridos durante la noche.",
     "El incendio dejó 9 muertos y {} heridos durante la noche."),
    ("Italian", "L'incendio ha causato almeno 8 morti e 20 feriti durante la notte.",
     "L'incendio ha causato 9 morti e {} feriti durante la notte."),
    ("Portuguese", "O incêndio deixou pelo menos 8 mortos e 20 feridos durante a noite.",
     "O incêndio deixou 9 mortos e {} feridos durante a noite."),
    (None, "The fire left at least 8 dead and 20 injured overnight, firefighters said.",
     "The fire left 9 dead and {} injured overnight, firefighters said."),
    (None, "The fire left at least eight dead and 20 injured overnight, firefighters said.",
     "The fire left nine dead and {} injured overnight, firefighters said."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "a", "b"), LISTED_AFTER_A_BOUND)
def test_a_count_listed_after_a_bounded_one_holds_its_bound(
    language: str | None, a: str, b: str
) -> None:
    assert details(a, b.format(24), language) == []


@pytest.mark.parametrize(("language", "a", "b"), LISTED_AFTER_A_BOUND)
def test_a_count_listed_after_a_bounded_one_still_disagrees_below_it(
    language: str | None, a: str, b: str
) -> None:
    assert details(a, b.format(15), language) == ["20 vs 15"]


# a negator with words that only stress it between it and the bound, in six languages
STRESSED_NEGATIONS = [
    (None, "Police said the blast had not by any measure injured more than 20 people.",
     "Police said the blast injured {} people."),
    (None, "Police said the blast did not even injure more than 20 people.",
     "Police said the blast injured {} people."),
    ("French", "Selon la préfecture, l'explosion n'a pas fait tout à fait plus de 20 blessés.",
     "L'explosion a fait {} blessés, selon la préfecture."),
    ("German", "Bei der Explosion gab es laut Polizei nicht ganz so viele wie 20 Verletzte.",
     "Bei der Explosion gab es laut Polizei {} Verletzte."),
    ("German", "Die Explosion hat laut Polizei nicht einmal wirklich mehr als 20 Menschen verletzt.",
     "Die Explosion hat laut Polizei {} Menschen verletzt."),
    ("Spanish", "Según la policía, la explosión no dejó ni siquiera más de 20 heridos.",
     "La explosión dejó {} heridos, según la policía."),
    ("Italian", "Secondo la prefettura, l'esplosione non ha causato proprio più di 20 feriti.",
     "L'esplosione ha causato {} feriti, secondo la prefettura."),
    ("Portuguese", "Segundo a polícia, a explosão não deixou nem sequer mais de 20 feridos.",
     "A explosão deixou {} feridos, segundo a polícia."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "a", "b"), STRESSED_NEGATIONS)
def test_a_stressed_negation_makes_a_bound_from_above(language: str | None, a: str, b: str) -> None:
    assert details(a, b.format(18), language) == []


@pytest.mark.parametrize(("language", "a", "b"), STRESSED_NEGATIONS)
def test_a_figure_over_a_stressed_negated_bound_disagrees(
    language: str | None, a: str, b: str
) -> None:
    assert details(a, b.format(24), language) == ["20 vs 24"]


@pytest.mark.parametrize(
    ("language", "a", "b", "detail"),
    [
        # a noun between the negator and the bound: the count is the victims', not negated
        (None, "Police did not release the names of more than 20 victims of the blast.",
         "Police said 18 victims of the blast were identified.", "20 vs 18"),
        (None, "Police did not give details but said more than 20 people were hurt.",
         "Police said 18 people were hurt.", "20 vs 18"),
        # "as many as" negated is still a bound from above: not quite as many as 20
        (None, "Police said the blast did not injure as many as 20 people.",
         "Police said the blast injured 24 people.", "20 vs 24"),
    ],
)  # fmt: skip
def test_a_negator_that_turns_no_bound_is_not_read(
    language: str | None, a: str, b: str, detail: str
) -> None:
    assert details(a, b, language) == [detail]


def test_as_many_as_in_german_is_a_bound_from_above() -> None:
    a = "Bei dem Unglück gab es so viele wie 40 Verletzte."
    assert details(a, "Bei dem Unglück gab es 38 Verletzte.", "German") == []
    assert details(a, "Bei dem Unglück gab es 44 Verletzte.", "German") == ["40 vs 44"]
