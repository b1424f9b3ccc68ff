"""Four-digit figures written without a separator (reader/analysis/figures/counted_years.py):
"Rund 2000 Demonstranten", "environ 1500 manifestants", "some 2000 protesters" count and
compare as counts, as do "in 2000 homes" and "the 2000 protesters" in English, while "in
2008", "seit 2000", "Im Jahr 2000", "the 2000 election", "2000 Olympics", "2008 marks
the anniversary" and "2021 promises to be a hard year" stay years."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.analysis import align
from reader.analysis.figures.counted_years import counts_not_year
from reader.model import Document
from tests.analysis.sentence_pairs import only_conflict

# the headline and first sentence of an article, in each language; the third sentence
# tells the count
OPENINGS = {
    "German": "Demonstration in Berlin\n\nDie Polizei war mit vielen Beamten im Einsatz. ",
    "French": "Manifestation à Paris\n\nLa police était présente en nombre. ",
    "Spanish": "Manifestación en Madrid\n\nLa policía desplegó a muchos agentes. ",
    "Italian": "Manifestazione a Roma\n\nLa polizia era presente in forze. ",
    "Portuguese": "Manifestação em Lisboa\n\nA polícia esteve presente em força. ",
    None: "Protest in Berlin\n\nPolice were out in force. ",
}


def _counts(text: str, language: str | None) -> bool:
    """The first four-digit figure of ``text`` counts, rather than dates."""
    start = next(k for k, c in enumerate(text) if c.isdigit())
    return counts_not_year(text, start, start + 4, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("German", "Rund 2000 Demonstranten zogen durch die Stadt."),
        ("German", "Am Samstag zogen 2000 Demonstranten durch die Stadt."),
        ("French", "Environ 1500 manifestants ont défilé."),
        ("Spanish", "Unas 3000 personas marcharon por el centro."),
        ("Italian", "Circa 2500 persone hanno sfilato."),
        ("Portuguese", "Cerca de 1200 pessoas desfilaram."),
        ("Dutch", "Er kwamen 2000 demonstranten naar het plein."),
        (None, "Some 2000 protesters marched."),
        (None, "More than 2000 people marched."),
        (None, "On Saturday 2000 protesters marched."),
        (None, "The tickets cost 2000 euros."),
        # in English, a plural noun of people or things counted after "in", "from", "the"
        (None, "Power was cut in 2000 homes after the storm."),
        (None, "Rescuers evacuated residents from 2000 homes."),
        (None, "Police kettled the 2000 protesters for six hours."),
        (None, "The 2000 people on board were rescued."),
        (None, "The storm damaged the 1500 houses of the valley."),
        (None, "The fire destroyed vehicles in 1800 households."),
        # a count opening its clause, not a year before its verb
        (None, "In the city centre, 2000 protesters marched."),
        (None, "2000 people a day cross the border."),
        (None, "1500 euros a month is the average wage."),
        # after a verb of saying or "that": a count before its verb, or a rate
        (None, "Police said 2000 protesters marched."),
        (None, "He said that 2000 people a day cross the border."),
        (None, "Officials said power was cut in 2000 homes."),
        # an object after a verb that takes one, not a clause
        (None, "The economy added 2000 jobs this month."),
        ("French", "2000 personnes l'ont vu."),
        ("Spanish", "Dijo que 1500 personas un día llegaron."),
        # a plural noun of the form of a verb a year does, then a verb or "of"
        (None, "2000 protesters marched through the city centre."),
        (None, "2000 marks were paid to the kidnappers."),
        (None, "2000 promises of aid went unanswered."),
    ],
)
def test_a_four_digit_count_is_no_year(language: str | None, text: str) -> None:
    assert _counts(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (None, "In 2008 the company moved to Boston."),
        (None, "He won the 2000 election."),
        (None, "The 2000 Olympics were held in Sydney."),
        (None, "2000 Olympics in Sydney."),
        (None, "2008 was a hard year."),
        (None, "Since about 2000, prices have risen."),
        (None, "Around 2000, the firm moved to Boston."),
        (None, "The troops left the base at 1930 hours."),
        ("German", "Seit 2000 wohnt er in Berlin."),
        ("German", "Im Jahr 2000 Menschen zu zählen war schwer."),
        ("French", "En 2000 personne ne le connaissait."),
        ("Spanish", "Trabajó allí hasta 2008 como director."),
        ("Italian", "Nel 2000 sono arrivati a Roma."),
        ("Portuguese", "Desde 2000 pessoas chegam à cidade."),
        # "In 2000" opens the clause: its noun is the subject told of that year
        (None, "In 2000 homes were cheaper than today."),
        (None, "In 2008 police arrested 12 men."),
        # the noun names an occasion, owns what follows or premodifies a noun
        (None, "He won the 2000 men's final."),
        (None, "Rioters burnt cars during the 2005 riots."),
        (None, "After the 2008 police raid, he fled."),
        (None, "The 2008 jobs report was weak."),
        (None, "The Greens won 40 seats in 2012 elections."),
        # a year opening its clause, before its verb and an article
        (None, "2008 marks the anniversary of the attacks."),
        (None, "2020 brings a new law on rents."),
        (None, "The minister said: 2019 sees the end of the programme."),
        (None, "2008 marked the end of an era."),
        (None, "2019 saw a rise in crime."),
        ("Italian", "2008 vede una crescita delle vendite."),
        # a clause opened by a verb of saying or "that"
        (None, "He said 2008 marks the anniversary of the attacks."),
        (None, "The mayor says 2020 brings a new law on rents."),
        (None, "She believes 2019 marks the end of the programme."),
        (None, "He said that 2008 marks the anniversary of the attacks."),
        ("Italian", "Il ministro ha detto che 2008 vede una crescita delle vendite."),
        ("Italian", "2008 chiude un decennio di proteste."),
        (None, "Officials said in 2000 homes were cheaper than today."),
        # a year opening its clause before a verb in "-s" and no article
        (None, "2021 promises to be a hard year for the city's hospitals."),
        (None, "The minister said 2021 promises to be a hard year."),
        (None, "2021 marks 20 years since the attacks."),
        (None, "2021 brings new rules for landlords."),
        (None, "2023 looks set to be warmer than last year."),
        # a verb no plural noun has the form of
        (None, "2020 saw record numbers of runners in the city."),
        (None, "2019 brought new rules for landlords."),
        (None, "2008 was hard for the bank."),
        (None, "2022 will be a year of change."),
        ("German", "2021 verspricht ein schweres Jahr zu werden."),
        # an Italian verb in "-e", a plural's ending, or the article a year takes
        ("Italian", "2021 promette di essere un anno difficile per gli ospedali."),
        ("Italian", "Il 2021 promette di essere un anno difficile per gli ospedali."),
        ("Italian", "Il 2021 vede il ritorno dei turisti."),
        ("Spanish", "2021 promete ser un año difícil para los hospitales."),
        ("Portuguese", "2021 promete ser um ano difícil para os hospitais."),
        ("French", "2021 s'annonce difficile pour les hôpitaux."),
        ("French", "2021 promet d'être une année difficile pour les hôpitaux."),
    ],
)
def test_a_year_stays_a_year(language: str | None, text: str) -> None:
    assert not _counts(text, language)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("German", "Rund {} Demonstranten zogen am Samstag durch die Innenstadt."),
        ("French", "Environ {} manifestants ont défilé samedi dans le centre-ville."),
        ("Spanish", "Unas {} personas marcharon el sábado por el centro de la ciudad."),
        ("Italian", "Circa {} persone hanno sfilato sabato nel centro della città."),
        ("Portuguese", "Cerca de {} pessoas desfilaram no sábado pelo centro da cidade."),
        (None, "Some {} protesters marched through the city centre on Saturday."),
        (None, "Police kettled the {} protesters in the square for six hours on Saturday."),
        (None, "After the storm on Monday, power was cut in {} homes across the city."),
    ],
)
def test_two_four_digit_counts_disagree(
    doc: Callable[[str], Document], language: str | None, sentence: str
) -> None:
    a, b = OPENINGS[language] + sentence.format(2000), OPENINGS[language] + sentence.format(3000)
    found = align(doc(a), doc(b), method="lexical")
    assert [d.detail for d in found.discrepancies] == ["2000 vs 3000"]


@pytest.mark.parametrize(
    "sentence",
    [
        "{} marks the tenth anniversary of the protest that filled the square.",
        "{} promises to be a hard year for the protest movement, its leaders warned.",
    ],
)
def test_a_year_opening_its_clause_against_another_is_a_date(
    doc: Callable[[str], Document], sentence: str
) -> None:
    a, b = OPENINGS[None] + sentence.format(2008), OPENINGS[None] + sentence.format(2009)
    found = align(doc(a), doc(b), method="lexical")
    assert [(d.kind.value, d.detail) for d in found.discrepancies] == [("date", "2008 vs 2009")]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        (None, "The mayor said {} marks the tenth anniversary of the protest in the square."),
        (None, "The mayor said that {} marks the tenth anniversary of the protest."),
        ("Italian", "Il sindaco ha detto che {} chiude un decennio di proteste nella piazza."),
    ],
)
def test_a_year_opening_a_reported_clause_against_another_is_a_date(
    doc: Callable[[str], Document], language: str | None, sentence: str
) -> None:
    a, b = OPENINGS[language] + sentence.format(2008), OPENINGS[language] + sentence.format(2009)
    found = align(doc(a), doc(b), method="lexical")
    assert [(d.kind.value, d.detail) for d in found.discrepancies] == [("date", "2008 vs 2009")]


def test_a_year_before_a_verb_in_s_against_another_is_a_date() -> None:
    a = "2021 promises to be a hard year for the city's hospitals, the minister warned."
    b = "2022 promises to be a hard year for the city's hospitals, the minister warned."
    assert only_conflict(a, b)[:2] == ("date", "2021 vs 2022")


def test_a_count_before_its_verb_against_another_is_a_number() -> None:
    a = "2000 protesters marched through the city centre on Saturday."
    b = "2500 protesters marched through the city centre on Saturday."
    assert only_conflict(a, b)[:2] == ("number", "2000 vs 2500")


def test_an_italian_year_before_its_verb_against_another_is_a_date() -> None:
    a = "Il 2021 promette di essere un anno difficile per gli ospedali, avverte il ministro."
    b = "Il 2022 promette di essere un anno difficile per gli ospedali, avverte il ministro."
    assert only_conflict(a, b, "Italian")[:2] == ("date", "2021 vs 2022")


def test_an_italian_count_before_its_verb_against_another_is_a_number() -> None:
    a = "2000 manifestanti hanno sfilato sabato nel centro della città."
    b = "2500 manifestanti hanno sfilato sabato nel centro della città."
    assert only_conflict(a, b, "Italian")[:2] == ("number", "2000 vs 2500")
