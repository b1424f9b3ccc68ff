"""What befell the people a figure counts in German, French, Spanish, Italian and
Portuguese (reader/analysis/figures/fates.py): a toll told after the figure ("25 getötet", "12
blessés", "25 uccisi") or by a verb before it ("Murieron 25"), and, in English too, two
tolls of one fate disagree while the dead and the injured never do; the fates besides a
toll (through casualties.casualty): the arrested, rescued, evacuated, hospitalised,
survivors and displaced."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.analysis import align
from reader.analysis.figures.casualties import casualty
from reader.analysis.figures.fates import (
    ARRESTED,
    DEAD,
    IN_HOSPITAL,
    INJURED,
    MISSING,
    fate_noun_before,
    toll_after,
    toll_before,
)
from reader.model import Document

# the headline and first sentence of an article, in each language; the third sentence
# tells the toll
OPENINGS = {
    "German": "Busunglück bei Passau\n\nDie Polizei ermittelt nach dem Unfall auf der Autobahn. ",
    "French": "Accident de bus près de Passau\n\nLa police enquête sur l'accident sur "
    "l'autoroute. ",
    "Spanish": "Accidente de autobús cerca de Passau\n\nLa policía investiga el accidente en "
    "la autopista. ",
    "Italian": "Incidente di autobus vicino a Passau\n\nLa polizia indaga sull'incidente in "
    "autostrada. ",
    "Portuguese": "Acidente de autocarro perto de Passau\n\nA polícia investiga o acidente na "
    "autoestrada. ",
    None: "Bus crash near Passau\n\nPolice are investigating the crash on the motorway. ",
}


def _details(doc: Callable[[str], Document], language: str | None, a: str, b: str) -> list[str]:
    """The discrepancies of two articles in ``language`` whose last sentences are ``a``
    and ``b``."""
    found = align(doc(OPENINGS[language] + a), doc(OPENINGS[language] + b), method="lexical")
    return [d.detail for d in found.discrepancies]


@pytest.mark.parametrize(
    ("language", "words", "fate"),
    [
        ("German", "getötet", DEAD),
        ("German", "gestorben", DEAD),
        ("German", "ums Leben", DEAD),
        ("German", "Menschen kamen ums Leben", DEAD),
        ("German", "verletzt", INJURED),
        ("German", "schwer verletzt", INJURED),
        ("German", "Menschen wurden lebensgefährlich verletzt", INJURED),
        ("German", "vermisst", MISSING),
        ("French", "tués", DEAD),
        ("French", "personnes ont été tuées", DEAD),
        ("French", "personnes sont mortes", DEAD),
        ("French", "ont été grièvement blessées", INJURED),
        ("Spanish", "muertos", DEAD),
        ("Spanish", "personas murieron", DEAD),
        ("Spanish", "personas han muerto", DEAD),
        ("Spanish", "resultaron heridos", INJURED),
        ("Italian", "uccisi", DEAD),
        ("Italian", "persone sono morte", DEAD),
        ("Italian", "gravemente feriti", INJURED),
        ("Portuguese", "mortos", DEAD),
        ("Portuguese", "pessoas ficaram feridas", INJURED),
        # the figure's noun a kind of person
        ("German", "Bergleute kamen ums Leben", DEAD),
        ("German", "Arbeiter wurden verletzt", INJURED),
        ("French", "ouvriers ont été tués", DEAD),
        ("Spanish", "trabajadores murieron", DEAD),
        ("Italian", "operai sono morti", DEAD),
        ("Portuguese", "mineiros foram mortos", DEAD),
        # a German middle field between the auxiliary and its participle (forty-fourth
        # session: "12 Menschen wurden bei dem Angriff getötet" told no fate)
        ("German", "Menschen wurden bei dem Angriff getötet", DEAD),
        ("German", "Menschen kamen am Dienstag ums Leben", DEAD),
        ("German", "Fahrgäste wurden bei dem Unglück schwer verletzt", INJURED),
    ],
)
def test_the_words_after_a_figure_tell_its_people_s_fate(
    language: str, words: str, fate: str
) -> None:
    assert toll_after(words.split(), language) == fate


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("German", "tödlich verletzt"),
        ("French", "mortellement blessés"),
        ("Italian", "feriti mortalmente"),
        ("Portuguese", "pessoas ficaram feridas mortalmente"),
    ],
)
def test_an_injury_told_fatal_is_a_death(language: str, words: str) -> None:
    assert toll_after(words.split(), language) == DEAD


@pytest.mark.parametrize(
    ("language", "words"),
    [
        # what the figure counts is not its people's fate: "25 Millionen gefordert"
        ("German", "Millionen gefordert"),
        # a fate told after another word is another's: "25 Polizisten suchten Verletzte"
        ("German", "Polizisten suchten Verletzte"),
        ("French", "kilomètres de Passau, deux blessés"),
        # a fate word of another language is not read
        ("Spanish", "morts"),
        # a noun of no person: "in 12 Orten wurden Menschen verletzt"
        ("German", "Orten wurden Menschen verletzt"),
        # past a German auxiliary, a fate after a conjunction or a figure is another's
        ("German", "Menschen wurden aus dem Haus geholt und drei getötet"),
        ("German", "Menschen wurden gerettet zwei getötet"),
        # the middle field is of a few words
        ("German", "Menschen wurden in der Nacht zum Dienstag in der Stadt getötet"),
    ],
)
def test_what_tells_no_fate_after_a_figure(language: str, words: str) -> None:
    assert toll_after(words.split(), language) == ""


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        # the regression of verbs_after_figures: "getötet" closing the clause was read as
        # what 25 counts, then as a verb; now as the fate of the 25
        ("German", "Bei dem Busunglück in Passau wurden am Montag {} getötet."),
        ("German", "Bei dem Busunglück in Passau sind am Montag {} gestorben."),
        ("German", "Bei dem Busunglück in Passau wurden am Montag {} verletzt."),
        ("German", "Bei dem Busunglück in Passau kamen am Montag {} ums Leben."),
        ("French", "L'accident de bus à Passau a fait lundi {} tués."),
        ("French", "L'accident de bus à Passau a fait lundi {} morts."),
        ("French", "L'accident de bus à Passau a fait lundi {} blessés."),
        ("Spanish", "El accidente de autobús en Passau dejó el lunes {} muertos."),
        ("Spanish", "El accidente de autobús en Passau dejó el lunes {} heridos."),
        ("Italian", "L'incidente di autobus a Passau ha provocato lunedì {} morti."),
        ("Italian", "L'incidente di autobus a Passau ha provocato lunedì {} feriti."),
        ("Italian", "Nell'incidente di autobus a Passau lunedì sono stati {} uccisi."),
        ("Portuguese", "O acidente de autocarro em Passau fez na segunda-feira {} mortos."),
        ("Portuguese", "O acidente de autocarro em Passau fez na segunda-feira {} feridos."),
        (None, "In the bus crash in Passau on Monday {} killed."),
        (None, "The bus crash in Passau on Monday left {} dead."),
        (None, "The bus crash in Passau on Monday left {} injured."),
    ],
)
def test_two_tolls_of_one_fate_disagree(
    doc: Callable[[str], Document], language: str | None, sentence: str
) -> None:
    details = _details(doc, language, sentence.format(25), sentence.format(30))
    assert details == ["25 vs 30"]


@pytest.mark.parametrize(
    ("language", "dead", "injured"),
    [
        ("German", "Bei dem Busunglück in Passau wurden am Montag {} getötet.",
         "Bei dem Busunglück in Passau wurden am Montag {} verletzt."),
        ("French", "L'accident de bus à Passau a fait lundi {} morts.",
         "L'accident de bus à Passau a fait lundi {} blessés."),
        ("Spanish", "El accidente de autobús en Passau dejó el lunes {} muertos.",
         "El accidente de autobús en Passau dejó el lunes {} heridos."),
        ("Italian", "L'incidente di autobus a Passau ha provocato lunedì {} morti.",
         "L'incidente di autobus a Passau ha provocato lunedì {} feriti."),
        ("Portuguese", "O acidente de autocarro em Passau fez na segunda-feira {} mortos.",
         "O acidente de autocarro em Passau fez na segunda-feira {} feridos."),
        (None, "The bus crash in Passau on Monday left {} dead.",
         "The bus crash in Passau on Monday left {} injured."),
    ],
)  # fmt: skip
def test_the_dead_and_the_injured_never_disagree(
    doc: Callable[[str], Document], language: str | None, dead: str, injured: str
) -> None:
    assert _details(doc, language, dead.format(25), injured.format(30)) == []


def test_a_fatal_injury_and_a_death_are_one_toll(doc: Callable[[str], Document]) -> None:
    fatal = "Bei dem Busunglück in Passau wurden am Montag {} tödlich verletzt."
    killed = "Bei dem Busunglück in Passau wurden am Montag {} getötet."
    assert _details(doc, "German", fatal.format(25), killed.format(30)) == ["25 vs 30"]


# a toll's verb before a bare figure, the subject after its verb
# (reader.analysis.figures.fates.toll_before), as English reads "killing 25"
@pytest.mark.parametrize(
    ("language", "words", "fate"),
    [
        ("German", "Beim Unglück starben am Montag", DEAD),
        ("German", "Verletzt wurden", INJURED),
        ("German", "Beim Unglück starben mindestens", DEAD),
        ("French", "Dans l'accident ont péri", DEAD),
        ("Spanish", "Murieron", DEAD),
        ("Spanish", "En el accidente resultaron heridos", INJURED),
        ("Spanish", "Murieron al menos", DEAD),
        ("Italian", "Sono morti", DEAD),
        ("Italian", "Sono rimasti feriti", INJURED),
        ("Portuguese", "Morreram", DEAD),
        ("Portuguese", "Ficaram feridos", INJURED),
        # the figure the verb's object
        ("German", "Die Explosion tötete", DEAD),
        ("French", "L'explosion a tué au moins", DEAD),
        ("French", "L'explosion a blessé", INJURED),
        ("Spanish", "La explosión mató a", DEAD),
        ("Spanish", "La explosión hirió a", INJURED),
        ("Italian", "L'esplosione ha ucciso", DEAD),
        ("Italian", "L'esplosione ha ferito", INJURED),
        ("Portuguese", "A explosão matou", DEAD),
        ("Portuguese", "A explosão feriu", INJURED),
    ],
)
def test_a_verb_before_a_figure_tells_its_people_s_fate(
    language: str, words: str, fate: str
) -> None:
    assert toll_before(words.split(), language) == fate


@pytest.mark.parametrize(
    ("language", "words"),
    [
        # the verb is another count's: "Es starben drei Menschen und 25 ..."
        ("German", "Es starben drei Menschen und"),
        ("Spanish", "Murieron tres personas y"),
        # too far before the figure to be its verb
        ("Italian", "Sono morti nell'incidente di autobus di lunedì scorso"),
        # a verb of another language is not read
        ("Spanish", "Morreram"),
    ],
)
def test_what_tells_no_fate_before_a_figure(language: str, words: str) -> None:
    assert toll_before(words.split(), language) == ""


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("German", "Beim Busunglück in Passau starben am Montag {}."),
        ("German", "Beim Busunglück in Passau starben am Montag {} Menschen."),
        ("Spanish", "En el accidente de autobús del lunes resultaron heridos {}."),
        ("Spanish", "Murieron {} en el accidente de autobús del lunes."),
        ("Italian", "Nell'incidente di autobus di lunedì sono morti {}."),
        ("Portuguese", "Morreram {} no acidente de autocarro de segunda-feira."),
        ("French", "Dans l'accident de bus de lundi, il y a eu {} morts."),
    ],
)
def test_two_tolls_told_by_a_verb_before_their_figures_disagree(
    doc: Callable[[str], Document], language: str, sentence: str
) -> None:
    assert _details(doc, language, sentence.format(25), sentence.format(30)) == ["25 vs 30"]


def test_a_death_told_before_and_an_injury_told_after_never_disagree(
    doc: Callable[[str], Document],
) -> None:
    dead = "Beim Busunglück in Passau starben am Montag {}."
    injured = "Bei dem Busunglück in Passau wurden am Montag {} verletzt."
    assert _details(doc, "German", dead.format(25), injured.format(30)) == []


# the fates besides a toll (reader.analysis.figures.fates.other_fate, through casualties.casualty)
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


# a figure followed by a unit of time counts no one: "Sono morti 25 anni fa"
@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("Italian", "I minatori della frana sono morti 25 anni fa."),
        ("Italian", "Sono morti 25 anni fa."),
        ("Spanish", "Los mineros murieron hace 25 años en el derrumbe."),
        ("German", "Die Bergleute starben vor 25 Jahren im Stollen."),
        ("German", "Beim Grubenunglück starben vor 25 Jahren die Bergleute."),
        ("French", "Les mineurs sont morts il y a 25 ans dans l'éboulement."),
        ("Portuguese", "Os mineiros morreram há 25 anos no desabamento."),
        (None, "The miners died 25 years ago in the collapse."),
        (None, "Police arrested him 25 days ago."),
    ],
)
def test_a_figure_followed_by_a_unit_of_time_counts_no_one(
    language: str | None, sentence: str
) -> None:
    start = sentence.index("25")
    assert casualty(sentence, start, start + 2, "", language) == ""


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("German", "Bei dem Grubenunglück starben vor 25 Jahren 30 Bergleute."),
        ("Italian", "Nella frana sono morti 25 anni fa 30 operai."),
        ("Spanish", "En el derrumbe murieron hace 25 años 30 mineros."),
    ],
)
def test_the_toll_told_after_a_span_of_time_is_still_read(language: str, sentence: str) -> None:
    start = sentence.index("30")
    assert casualty(sentence, start, start + 2, "", language) == DEAD


@pytest.mark.parametrize(
    ("language", "years_ago", "toll"),
    [
        ("German", "Beim Busunglück in Passau starben die Fahrgäste vor 25 Jahren.",
         "Beim Busunglück in Passau starben 30 Fahrgäste."),
        ("Italian", "Nell'incidente di autobus a Passau i passeggeri sono morti 25 anni fa.",
         "Nell'incidente di autobus a Passau sono morti 30 passeggeri."),
        ("Spanish", "En el accidente de autobús en Passau los pasajeros murieron hace 25 años.",
         "En el accidente de autobús en Passau murieron 30 pasajeros."),
        ("French", "Dans l'accident de bus à Passau, les passagers sont morts il y a 25 ans.",
         "Dans l'accident de bus à Passau, 30 passagers sont morts."),
        ("Portuguese", "No acidente de autocarro em Passau os passageiros morreram há 25 anos.",
         "No acidente de autocarro em Passau morreram 30 passageiros."),
        (None, "In the bus crash in Passau the passengers died 25 years ago.",
         "In the bus crash in Passau 30 passengers died."),
    ],
)  # fmt: skip
def test_how_long_ago_they_died_is_no_toll_against_the_toll(
    doc: Callable[[str], Document], language: str | None, years_ago: str, toll: str
) -> None:
    assert _details(doc, language, years_ago, toll) == []


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("German", "Bei dem Busunglück in Passau gab es am Montag {} Tote."),
        ("German", "Beim Busunglück in Passau starben vor zwei Jahren {} Fahrgäste."),
        ("Italian", "Nell'incidente di autobus a Passau sono morti 2 anni fa {} passeggeri."),
        ("Spanish", "En el accidente de autobús en Passau murieron hace 2 años {} pasajeros."),
    ],
)
def test_two_tolls_still_disagree_beside_a_span_of_time(
    doc: Callable[[str], Document], language: str, sentence: str
) -> None:
    assert _details(doc, language, sentence.format(25), sentence.format(30)) == ["25 vs 30"]


# a toll's verbs and participles are read on either side of the figure, its nouns after
@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("French", "Dans l'accident de bus à Passau, {} personnes ont péri."),
        ("French", "Dans l'accident de bus à Passau sont décédées {} personnes."),
        ("German", "Beim Busunglück in Passau sterben {} Menschen."),
        ("German", "{} Menschen sterben beim Busunglück in Passau."),
        ("Spanish", "En el accidente de autobús en Passau resultaron muertos {} pasajeros."),
        ("Spanish", "En el accidente de autobús en Passau resultaron lesionados {} pasajeros."),
        ("Spanish", "{} pasajeros perecieron en el accidente de autobús en Passau."),
        ("Italian", "Nell'incidente di autobus a Passau sono state uccise {} donne."),
        ("Portuguese", "No acidente de autocarro em Passau {} pessoas têm morrido."),
    ],
)
def test_a_tolls_verb_or_participle_on_either_side_of_its_figure(
    doc: Callable[[str], Document], language: str, sentence: str
) -> None:
    assert _details(doc, language, sentence.format(25), sentence.format(30)) == ["25 vs 30"]


@pytest.mark.parametrize(
    ("language", "words", "fate"),
    [
        ("French", "ont péri", DEAD),
        ("German", "Menschen sterben", DEAD),
        ("Spanish", "personas perecieron", DEAD),
        ("Spanish", "personas desaparecieron", MISSING),
        ("Portuguese", "pessoas têm morrido", DEAD),
    ],
)
def test_a_tolls_verb_after_its_figure(language: str, words: str, fate: str) -> None:
    assert toll_after(words.split(), language) == fate


@pytest.mark.parametrize(
    ("language", "words", "fate"),
    [
        ("French", "Dans l'accident sont décédées", DEAD),
        ("Spanish", "En el tiroteo resultaron muertos", DEAD),
        ("Spanish", "Fueron asesinados", DEAD),
        ("Spanish", "Siguen desaparecidos", MISSING),
        ("Italian", "Sono state uccise", DEAD),
        ("Italian", "Sono disperse", MISSING),
        ("Portuguese", "Seguem desaparecidas", MISSING),
    ],
)
def test_a_tolls_participle_before_its_figure(language: str, words: str, fate: str) -> None:
    assert toll_before(words.split(), language) == fate


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("German", "Die Zahl der Tote"),  # a toll's noun stands after its figure
        ("Spanish", "Las muertes"),
        ("Portuguese", "Os óbitos"),
    ],
)
def test_a_tolls_noun_before_a_figure_tells_nothing(language: str, words: str) -> None:
    assert toll_before(words.split(), language) == ""


@pytest.mark.parametrize(
    ("language", "dead", "injured"),
    [
        ("French", "Dans l'accident de bus à Passau, {} personnes ont péri.",
         "Dans l'accident de bus à Passau, {} personnes ont été blessées."),
        ("German", "Beim Busunglück in Passau sterben {} Menschen.",
         "Beim Busunglück in Passau wurden {} Menschen verletzt."),
        ("Spanish", "En el accidente de autobús en Passau resultaron muertos {} pasajeros.",
         "En el accidente de autobús en Passau resultaron heridos {} pasajeros."),
        ("Italian", "Nell'incidente di autobus a Passau sono state uccise {} donne.",
         "Nell'incidente di autobus a Passau sono rimaste ferite {} donne."),
        ("Portuguese", "No acidente de autocarro em Passau {} pessoas têm morrido.",
         "No acidente de autocarro em Passau {} pessoas ficaram feridas."),
    ],
)  # fmt: skip
def test_the_dead_told_by_a_verb_on_either_side_are_not_the_injured(
    doc: Callable[[str], Document], language: str, dead: str, injured: str
) -> None:
    assert _details(doc, language, dead.format(25), injured.format(30)) == []


# fates told by a phrase: taken to hospital, taken into custody
@pytest.mark.parametrize(
    ("language", "sentence", "role"),
    [
        ("German", "Nach dem Brand in Passau wurden 25 Menschen ins Krankenhaus gebracht.",
         IN_HOSPITAL),
        ("German", "Nach dem Brand mussten 25 Bewohner ins Krankenhaus eingeliefert werden.",
         IN_HOSPITAL),
        ("German", "Die Polizei nahm am Sonntag 25 Demonstranten in Gewahrsam.", ARRESTED),
        ("French", "Dimanche, 25 manifestants ont été placés en garde à vue.", ARRESTED),
        ("French", "La police a placé en garde à vue 25 manifestants dimanche.", ARRESTED),
        ("French", "Au total, 25 personnes ont été gardées à vue.", ARRESTED),
        ("French", "Après l'incendie, 25 personnes ont été transportées à l'hôpital.",
         IN_HOSPITAL),
        ("Spanish", "Tras el incendio, 25 personas fueron trasladadas al hospital.",
         IN_HOSPITAL),
        ("Spanish", "Tras el incendio, 25 vecinos fueron atendidos en el hospital.",
         IN_HOSPITAL),
        ("Italian", "Dopo l'incendio 25 persone sono state portate in ospedale.", IN_HOSPITAL),
        ("Italian", "Dopo l'incendio 25 persone sono state trasportate all'ospedale.",
         IN_HOSPITAL),
        ("Portuguese", "Depois do incêndio, 25 pessoas foram levadas ao hospital.",
         IN_HOSPITAL),
        ("Portuguese", "Depois do incêndio, 25 pessoas foram levadas para o hospital.",
         IN_HOSPITAL),
    ],
)  # fmt: skip
def test_a_fate_told_by_a_phrase(language: str, sentence: str, role: str) -> None:
    assert fate(sentence, "25", language) == role


@pytest.mark.parametrize(
    ("sentence", "unit", "role"),
    [
        ("After the fire 25 people were taken to hospital.", "peopl", IN_HOSPITAL),
        ("After the fire 25 were taken to a local hospital.", "", IN_HOSPITAL),
        ("Police took 25 protesters into custody on Sunday.", "protest", ARRESTED),
        ("On Sunday 25 protesters were taken into custody.", "protest", ARRESTED),
    ],
)
def test_an_english_fate_told_by_a_phrase(sentence: str, unit: str, role: str) -> None:
    start = sentence.index("25")
    assert casualty(sentence, start, start + 2, unit) == role


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        # the injured taken to hospital are counted as the injured
        ("German", "Die Feuerwehr brachte 25 Verletzte ins Krankenhaus."),
        ("French", "Après l'incendie, 25 blessés ont été transportés à l'hôpital."),
        ("Spanish", "Tras el incendio, 25 heridos fueron trasladados al hospital."),
    ],
)
def test_the_injured_taken_to_hospital_are_the_injured(language: str, sentence: str) -> None:
    assert fate(sentence, "25", language) == INJURED


@pytest.mark.parametrize(
    ("language", "hospital", "injured"),
    [
        ("German", "Nach dem Brand in Passau wurden {} Menschen ins Krankenhaus gebracht.",
         "Nach dem Brand in Passau wurden {} Menschen verletzt."),
        ("French", "Après l'incendie de Passau, {} personnes ont été transportées à l'hôpital.",
         "Après l'incendie de Passau, {} personnes ont été blessées."),
        ("Spanish", "Tras el incendio de Passau, {} personas fueron trasladadas al hospital.",
         "Tras el incendio de Passau, {} personas resultaron heridas."),
        ("Italian", "Dopo l'incendio di Passau {} persone sono state portate in ospedale.",
         "Dopo l'incendio di Passau {} persone sono rimaste ferite."),
        ("Portuguese", "Depois do incêndio de Passau, {} pessoas foram levadas ao hospital.",
         "Depois do incêndio de Passau, {} pessoas ficaram feridas."),
        (None, "In the fire in Passau on Monday {} people were taken to hospital.",
         "In the fire in Passau on Monday {} people were injured."),
    ],
)  # fmt: skip
def test_those_taken_to_hospital_are_no_count_of_the_injured(
    doc: Callable[[str], Document], language: str | None, hospital: str, injured: str
) -> None:
    assert _details(doc, language, hospital.format(25), injured.format(30)) == []


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("German", "Nach dem Brand in Passau wurden {} Menschen ins Krankenhaus gebracht."),
        ("French", "Après l'incendie de Passau, {} personnes ont été transportées à l'hôpital."),
        ("Spanish", "Tras el incendio de Passau, {} personas fueron trasladadas al hospital."),
        ("Italian", "Dopo l'incendio di Passau {} persone sono state portate in ospedale."),
        ("Portuguese", "Depois do incêndio de Passau, {} pessoas foram levadas ao hospital."),
        (None, "In the fire in Passau on Monday {} people were taken to hospital."),
        ("French", "Après la manifestation à Passau, {} personnes ont été placées en garde à vue."),
    ],
)
def test_two_counts_of_those_taken_to_hospital_disagree(
    doc: Callable[[str], Document], language: str | None, sentence: str
) -> None:
    assert _details(doc, language, sentence.format(25), sentence.format(30)) == ["25 vs 30"]
