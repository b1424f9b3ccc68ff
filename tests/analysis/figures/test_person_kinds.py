"""A toll of a kind of person against a toll of people, the same befalling both
(reader/analysis/figures/person_kinds.py, read by conflicts.count_conflicts): "killing 12
workers" against "Fourteen people were killed" is a discrepancy, as "12 people" against
"Fourteen people" is, in English and in the five other languages whose fates are read;
two kinds of person, or two fates, are two groups."""

from __future__ import annotations

import pytest

from reader.analysis.figures.person_kinds import counts_a_kind, kinds_apart
from tests.analysis.sentence_pairs import details, details_across, shared_figures


@pytest.mark.parametrize(
    ("a", "b", "detail"),
    [
        # the fact-checker's cases
        ("The mine collapsed after the blast, killing 12 workers.",
         "Fourteen people were killed in the blast.", "12 vs Fourteen"),
        ("The blast killed 12 miners.", "The blast killed 14 people.", "12 vs 14"),
        ("12 workers were killed in the blast.", "14 people were killed in the blast.",
         "12 vs 14"),
        ("Twelve miners died in the explosion.", "Fourteen people died in the explosion.",
         "Twelve vs Fourteen"),
        # a toll's own word on the other side
        ("The crash killed 12 passengers.", "The crash left 14 dead.", "12 vs 14"),
        ("The explosion left 12 workers dead.", "The explosion killed 14 people.", "12 vs 14"),
        # people another fate befell leave the toll whole
        ("The blast killed 12 workers and injured 30 others.", "The blast killed 14 people.",
         "12 vs 14"),
        ("12 students were injured in the fire.", "The fire injured 15 people.", "12 vs 15"),
    ],
)  # fmt: skip
def test_a_toll_of_a_kind_of_person_disagrees_with_a_toll_of_people(
    a: str, b: str, detail: str
) -> None:
    assert details(a, b) == [detail]


@pytest.mark.parametrize(
    ("language", "a", "b"),
    [
        ("German", "Bei der Explosion wurden 12 Arbeiter getötet.",
         "Bei der Explosion wurden 14 Menschen getötet."),
        ("German", "12 Bergleute kamen ums Leben.", "14 Menschen kamen ums Leben."),
        ("German", "Die Explosion tötete 12 Arbeiter.", "Die Explosion tötete 14 Menschen."),
        ("French", "12 mineurs ont été tués.", "14 personnes ont été tuées."),
        ("French", "L'explosion a tué 12 ouvriers.", "L'explosion a fait 14 morts."),
        ("Spanish", "12 trabajadores murieron en la explosión.",
         "14 personas murieron en la explosión."),
        ("Spanish", "La explosión mató a 12 mineros.", "La explosión dejó 14 muertos."),
        ("Italian", "12 operai sono morti nell'esplosione.",
         "14 persone sono morte nell'esplosione."),
        ("Italian", "L'esplosione ha ucciso 12 operai.", "L'esplosione ha provocato 14 morti."),
        ("Portuguese", "12 mineiros foram mortos na explosão.",
         "14 pessoas foram mortas na explosão."),
        ("Portuguese", "A explosão matou 12 trabalhadores.", "A explosão fez 14 mortos."),
    ],
)  # fmt: skip
def test_a_toll_of_a_kind_of_person_disagrees_in_other_languages(
    language: str, a: str, b: str
) -> None:
    assert details(a, b, language) == ["12 vs 14"]


@pytest.mark.parametrize(
    ("a", "b", "language"),
    [
        # two kinds of person are two groups
        ("The attack killed 12 soldiers.", "The attack killed 14 civilians.", None),
        ("The crash killed 12 passengers.", "The crash killed 14 residents.", None),
        ("Murieron 12 mineros en la explosión.", "Murieron 14 soldados en la explosión.",
         "Spanish"),
        # the dead and the injured never disagree
        ("The blast killed 12 workers.", "The blast injured 14 people.", None),
        ("12 ouvriers ont été tués.", "14 personnes ont été blessées.", "French"),
    ],
)  # fmt: skip
def test_kinds_apart_and_fates_apart_do_not_disagree(a: str, b: str, language: str | None) -> None:
    assert details(a, b, language) == []


# the Marfin bank fire (ECB+ 8ecbplus): "three bank workers" and "Three people" agree
MARFIN_WORKERS = (
    "It comes a day after three bank workers died in a petrol bomb attack as "
    "demonstrations over the planned austerity measures turned violent."
)
MARFIN_PEOPLE = (
    "{} people died in a burning bank as tens of thousands of protesters took to the "
    "streets of Athens."
)


def test_a_toll_of_a_kind_agreeing_with_a_toll_of_people_is_no_discrepancy() -> None:
    assert details(MARFIN_WORKERS, MARFIN_PEOPLE.format("Three")) == []


def test_the_same_toll_of_a_kind_against_another_of_people_disagrees() -> None:
    assert details(MARFIN_WORKERS, MARFIN_PEOPLE.format("Four")) == ["three vs Four"]


def test_one_kind_told_twice_still_disagrees() -> None:
    assert details("The blast killed 12 miners.", "14 miners died in the blast.") == ["12 vs 14"]


@pytest.mark.parametrize(
    ("unit", "language"),
    [("worker", None), ("miner", None), ("soldier", None), ("passeng", None),
     ("ouvri", "French"), ("bergleut", "German"), ("trabaj", "Spanish")],
)  # fmt: skip
def test_kinds_of_person(unit: str, language: str | None) -> None:
    assert counts_a_kind(unit, language)


@pytest.mark.parametrize(
    ("unit", "language"),
    [("peopl", None), ("victim", None), ("dead", None), ("", None), ("person", "French"),
     ("mensch", "German")],
)  # fmt: skip
def test_people_of_any_kind_are_no_kind(unit: str, language: str | None) -> None:
    assert not counts_a_kind(unit, language)


def test_two_kinds_are_apart_one_kind_is_not() -> None:
    assert kinds_apart("soldier", None, "civilian", None)
    assert not kinds_apart("worker", None, "worker", None)
    assert not kinds_apart("worker", None, "peopl", None)


@pytest.mark.parametrize(
    ("a", "b", "language", "detail"),
    [
        # two words of one language for one group (lexicon.ONE_GROUP_KINDS)
        ("The attack killed 12 soldiers.", "14 troops were killed in the attack.", None,
         "12 vs 14"),
        ("The attack killed 12 soldiers.", "14 servicemen were killed in the attack.", None,
         "12 vs 14"),
        ("12 police officers were killed.", "14 policemen were killed.", None, "12 vs 14"),
        ("12 police were killed.", "14 policemen were killed.", None, "12 vs 14"),
        ("Two firefighters were injured.", "Three firemen were injured.", None,
         "Two vs Three"),
        ("The navy arrested 23 pirates.", "The navy arrested 25 piracy suspects.", None,
         "23 vs 25"),
        ("12 pirates were killed.", "14 raiders were killed.", None, "12 vs 14"),
        ("12 soldats ont été tués.", "14 militaires ont été tués.", "French", "12 vs 14"),
        ("12 Soldaten wurden getötet.", "14 Militärs wurden getötet.", "German", "12 vs 14"),
        ("2 Feuerwehrleute wurden verletzt.", "3 Feuerwehrmänner wurden verletzt.", "German",
         "2 vs 3"),
        ("Murieron 12 soldados.", "Murieron 14 militares.", "Spanish", "12 vs 14"),
        ("12 soldati sono morti nell'attacco.", "14 militari sono morti nell'attacco.",
         "Italian", "12 vs 14"),
        ("12 policiais foram mortos.", "14 polícias foram mortos.", "Portuguese", "12 vs 14"),
    ],
)  # fmt: skip
def test_two_words_for_one_group_disagree(
    a: str, b: str, language: str | None, detail: str
) -> None:
    assert details(a, b, language) == [detail]


@pytest.mark.parametrize(
    ("a", "b", "language"),
    [
        # two groups stay apart
        ("The attack killed 12 soldiers.", "The attack killed 14 police officers.", None),
        ("12 police were killed.", "14 protesters were killed.", None),
        ("The attack killed 12 troops.", "The attack killed 14 civilians.", None),
        ("12 policiers ont été blessés.", "14 gendarmes ont été blessés.", "French"),
        # two fates
        ("12 soldiers were killed.", "14 troops were wounded.", None),
        # the same figure
        ("The attack killed 12 soldiers.", "12 troops were killed in the attack.", None),
    ],
)  # fmt: skip
def test_other_groups_or_the_same_figure_stay_silent(a: str, b: str, language: str | None) -> None:
    assert details(a, b, language) == []


def test_words_for_one_group_are_one_kind_in_one_language_or_two() -> None:
    assert not kinds_apart("soldier", None, "troop", None)
    assert not kinds_apart("policemen", None, "offic", None)
    assert kinds_apart("soldier", None, "offic", None)
    assert not kinds_apart("soldat", "French", "soldier", None)
    assert not kinds_apart("polizist", "German", "offic", None)
    assert kinds_apart("soldat", "French", "civilian", None)
    assert kinds_apart("soldat", "German", "offic", None)


@pytest.mark.parametrize(
    ("a", "b", "language", "detail"),
    [
        # no fate told: two words for one group compare as one word does (forty-fourth
        # session; test_group_members kept them apart before)
        ("Russia sent 5,000 troops to the border on Monday.",
         "Moscow deployed 4,000 soldiers to the border on Monday.", None, "5,000 vs 4,000"),
        ("The ministry said 1,200 police officers were on duty in the capital.",
         "The ministry said 1,500 policemen were on duty in the capital.", None,
         "1,200 vs 1,500"),
        ("Some 300 firefighters fought the blaze overnight.",
         "Some 250 firemen fought the blaze overnight.", None, "300 vs 250"),
        ("La Russie a envoyé 5 000 soldats à la frontière.",
         "La Russie a envoyé 4 000 militaires à la frontière.", "French", "5 000 vs 4 000"),
        ("Russland schickte 5000 Soldaten an die Grenze.",
         "Russland schickte 4000 Militärs an die Grenze.", "German", "5000 vs 4000"),
        # a fate on one side only, as "including 10 soldiers" against "killed 12 soldiers"
        ("The attack killed 14 people, including 10 soldiers.",
         "The attack killed 12 troops.", None, "10 vs 12"),
    ],
)  # fmt: skip
def test_two_words_for_one_group_disagree_with_no_fate_told(
    a: str, b: str, language: str | None, detail: str
) -> None:
    assert details(a, b, language) == [detail]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two groups, no fate told
        ("Russia sent 5,000 soldiers to the border.", "Russia sent 4,000 civilians to the border."),
        ("Russia sent 5,000 soldiers to the border.",
         "Russia sent 4,000 police officers to the border."),
        # the same figure
        ("Russia sent 5,000 troops to the border.", "Russia sent 5,000 soldiers to the border."),
        # the few killed among the many deployed (count_conflicts._groups_apart)
        ("The attack killed 12 soldiers.", "Russia keeps some 5,000 troops in the region."),
    ],
)  # fmt: skip
def test_no_fate_told_two_groups_or_the_same_figure_stay_silent(a: str, b: str) -> None:
    assert details(a, b) == []


@pytest.mark.parametrize(
    ("a", "language_a", "b", "language_b", "detail"),
    [
        # two languages' words for one group (lexicon.ONE_GROUP_KINDS has both)
        ("12 soldats ont été tués dans l'attaque.", "French",
         "14 soldiers were killed in the attack.", None, "12 vs 14"),
        ("12 Soldaten wurden bei dem Angriff getötet.", "German",
         "14 troops were killed in the attack.", None, "12 vs 14"),
        ("12 militares murieron en el ataque.", "Spanish",
         "14 soldiers were killed in the attack.", None, "12 vs 14"),
        ("12 soldati sono morti nell'attacco.", "Italian",
         "14 servicemen were killed in the attack.", None, "12 vs 14"),
        ("12 policiais foram mortos no ataque.", "Portuguese",
         "14 policemen were killed in the attack.", None, "12 vs 14"),
        ("12 Polizisten wurden verletzt.", "German", "14 police officers were injured.", None,
         "12 vs 14"),
        ("2 Feuerwehrleute wurden verletzt.", "German", "Three firefighters were injured.",
         None, "2 vs Three"),
        ("12 soldats ont été tués.", "French", "14 Militärs wurden getötet.", "German",
         "12 vs 14"),
        # no fate told
        ("La Russie a envoyé 5 000 soldats à la frontière.", "French",
         "Russia sent 4,000 troops to the border.", None, "5 000 vs 4,000"),
        # a group of one word in a language (police, firefighters: forty-fourth session)
        ("12 policiers ont été blessés.", "French", "14 police officers were injured.", None,
         "12 vs 14"),
        ("12 pompiers ont été blessés.", "French", "14 firefighters were injured.", None,
         "12 vs 14"),
        ("12 policías resultaron heridos.", "Spanish", "14 policemen were injured.", None,
         "12 vs 14"),
        ("12 bomberos resultaron heridos.", "Spanish", "14 firemen were injured.", None,
         "12 vs 14"),
        ("12 poliziotti sono rimasti feriti.", "Italian", "14 police officers were injured.",
         None, "12 vs 14"),
        ("12 pompieri sono rimasti feriti.", "Italian", "14 firefighters were injured.", None,
         "12 vs 14"),
        ("12 bombeiros ficaram feridos.", "Portuguese", "14 firefighters were injured.", None,
         "12 vs 14"),
        ("12 policiers ont été blessés.", "French", "14 Polizisten wurden verletzt.", "German",
         "12 vs 14"),
        # a German toll with its participle past a middle field
        ("12 Menschen wurden bei dem Angriff getötet.", "German",
         "14 people were killed in the attack.", None, "12 vs 14"),
        ("Zwölf Menschen kamen bei dem Unglück ums Leben.", "German",
         "14 people died in the crash.", None, "Zwölf vs 14"),
    ],
)  # fmt: skip
def test_words_for_one_group_in_two_languages_disagree(
    a: str, language_a: str | None, b: str, language_b: str | None, detail: str
) -> None:
    assert details_across(a, language_a, b, language_b) == [detail]


@pytest.mark.parametrize(
    ("a", "language_a", "b", "language_b"),
    [
        # two groups
        ("12 soldats ont été tués dans l'attaque.", "French",
         "14 civilians were killed in the attack.", None),
        ("12 Soldaten wurden getötet.", "German", "14 police officers were killed.", None),
        # a word the table does not join ("gendarmes", a force of its own)
        ("12 gendarmes ont été blessés.", "French", "14 police officers were injured.", None),
        # two fates; the same figure
        ("12 soldats ont été tués.", "French", "14 soldiers were wounded.", None),
        ("12 soldats ont été tués.", "French", "12 soldiers were killed.", None),
        # the same figure of one group, no fate told (it read "300 vs 300", "400 vs 400")
        ("Mehr als 1.200 Einsatzkräfte, darunter 300 Feuerwehrleute, arbeiteten die ganze "
         "Nacht.", "German",
         "More than 1,200 emergency workers, including 300 firefighters, worked all night.",
         None),
        ("Rund 400 Polizisten sperrten das Gelände ab.", "German",
         "About 400 police officers sealed off the area.", None),
        ("Environ 400 policiers ont bouclé le secteur.", "French",
         "About 400 police officers sealed off the area.", None),
        # a force of its own, a group of two fates
        ("12 carabinieri sono rimasti feriti.", "Italian", "14 police officers were injured.",
         None),
        ("12 pompiers ont été tués.", "French", "14 firefighters were injured.", None),
    ],
)  # fmt: skip
def test_two_groups_or_the_same_figure_in_two_languages_stay_silent(
    a: str, language_a: str | None, b: str, language_b: str | None
) -> None:
    assert details_across(a, language_a, b, language_b) == []


# was no match: "sospechosos", "detenidos" counted no people in Spanish, as "suspects"
# does in English ("three people" / "three suspects")
@pytest.mark.parametrize(
    ("a", "b", "language"),
    [
        ("La Guardia Civil ha detenido a tres personas.",
         "La Guardia Civil detuvo a tres sospechosos.", "Spanish"),
        ("La Guardia Civil ha detenido a tres personas.",
         "Golpe en el museo: joyas y tres detenidos", "Spanish"),
        ("La police a interpellé trois personnes.", "La police a interpellé trois suspects.",
         "French"),
        ("Die Polizei nahm drei Personen fest.", "Die Polizei nahm drei Verdächtige fest.",
         "German"),
    ],
)  # fmt: skip
def test_suspects_are_people_in_other_languages(a: str, b: str, language: str) -> None:
    assert len(shared_figures(a, b, language)) == 1


# were no discrepancy: survivors were no people, smugglers no kind of person, so neither
# count told who was arrested
@pytest.mark.parametrize(
    ("a", "b", "detail"),
    [
        ("Police arrested nine survivors on suspicion of people smuggling.",
         "Police have arrested seven suspected smugglers.", "nine vs seven"),
        ("Police arrested nine survivors.", "Police arrested seven people.", "nine vs seven"),
        ("Police arrested 12 traffickers.", "Police arrested 14 people.", "12 vs 14"),
        ("The coast guard rescued 78 survivors.", "The coast guard rescued 80 people.",
         "78 vs 80"),
    ],
)  # fmt: skip
def test_survivors_and_smugglers_are_people_counted(a: str, b: str, detail: str) -> None:
    assert details(a, b) == [detail]


def test_survivors_rescued_and_smugglers_arrested_do_not_disagree() -> None:
    a, b = "Police arrested nine smugglers.", "The coast guard rescued 78 survivors."
    assert details(a, b) == []


# was no match: "inwoners", "bewoners", "evacués" counted no people, "mensen" did not
# either (tests/data/pages/dijk_*: "Ruim 1.200 inwoners" / "Zo'n 1200 mensen")
@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ruim 1.200 inwoners moesten hun huis verlaten.",
         "Zo'n 1200 mensen moesten hun huis uit."),
        ("De brandweer redde 40 bewoners.", "De brandweer redde 40 mensen."),
        ("Er zijn 300 evacués in de sporthal.", "Er zijn 300 personen in de sporthal."),
    ],
)  # fmt: skip
def test_residents_are_people_in_dutch(a: str, b: str) -> None:
    assert len(shared_figures(a, b, "Dutch")) == 1
