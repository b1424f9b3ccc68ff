from __future__ import annotations

import pytest

from reader.analysis.figures.casualties import DEAD, INJURED, MISSING, casualty, one_fate_told
from tests.analysis.sentence_pairs import shared_figures


def _role(sentence: str, figure: str, unit: str) -> str:
    start = sentence.index(figure)
    return casualty(sentence, start, start + len(figure), unit)


@pytest.mark.parametrize(
    ("sentence", "figure", "unit", "role"),
    [
        ("The fire killed 12 people.", "12", "peopl", DEAD),
        ("The quake left 12 dead and 40 injured.", "12", "dead", DEAD),
        ("The quake left 12 dead and 40 injured.", "40", "injur", INJURED),
        ("12 people died and 40 were injured.", "12", "peopl", DEAD),
        ("The quake killed 15 people and injured 40.", "40", "", INJURED),
        ("The blast, killing at least 112 people, shook the city.", "112", "peopl", DEAD),
        ("The fire claimed 15 lives.", "15", "live", DEAD),
        ("Police said 12 people were injured in the fire.", "12", "peopl", INJURED),
        ("The death toll rose to 12.", "12", "", DEAD),
        ("Five people are still missing.", "Five", "peopl", MISSING),
        ("Rescuers pulled 30 people from the rubble and 12 people were rescued.", "12",
         "peopl", "rescued"),
        ("Police arrested 14 people.", "14", "peopl", "arrested"),
        # those given a roof for the night, not the rescued (a night in hospital no such)
        ("and 35 people spent the night at the Leisure Centre, which was opened as a rest "
         "centre.", "35", "peopl", "sheltered"),
        ("About 200 people took shelter in the school.", "200", "peopl", "sheltered"),
        ("40 residents were housed in a rest centre.", "40", "resid", "sheltered"),
        ("Eighteen people had to be rescued from their homes.", "Eighteen", "peopl",
         "rescued"),
        # a night or a stay in hospital: in hospital, not sheltered nor no fate
        ("12 people spent the night in hospital.", "12", "peopl", "in hospital"),
        ("12 people spent the night in a local hospital.", "12", "peopl", "in hospital"),
        ("12 people stayed overnight in hospital.", "12", "peopl", "in hospital"),
        ("Five people are still in hospital.", "Five", "peopl", "in hospital"),
        ("12 people were kept in hospital overnight.", "12", "peopl", "in hospital"),
        ("12 people were treated in hospital for smoke inhalation.", "12", "peopl",
         "in hospital"),
        # a bare figure, an auxiliary, then the fate
        ("Four people died and three were injured.", "three", "", INJURED),
        ("Twelve have died since the storm.", "Twelve", "", DEAD),
        # a toll told as a number
        ("The number of dead rose to 58 on Tuesday.", "58", "", DEAD),
        ("The number of people killed reached 58.", "58", "", DEAD),
        ("The number of deaths climbed to at least 58.", "58", "", DEAD),
        ("The number of fatalities stood at 58.", "58", "", DEAD),
        ("The number of victims is now 58.", "58", "", DEAD),
        ("The number of injured rose to 12.", "12", "", INJURED),
        ("The number of people wounded in the attack has risen to 12.", "12", "", INJURED),
    ],
)  # fmt: skip
def test_what_befell_the_people_counted(sentence: str, figure: str, unit: str, role: str) -> None:
    assert _role(sentence, figure, unit) == role


@pytest.mark.parametrize(
    ("sentence", "figure", "unit"),
    [
        ("Jurors voted nine in favor and three against the death sentence.", "three", ""),
        ("The team won 12 games.", "12", ""),
        ("About 200 people attended the funeral.", "200", "peopl"),
        # the toll before, a bound, a forecast, a difference
        ("The death toll rose to 58 from 50.", "50", ""),
        ("The number of dead rose to 58 from 50.", "50", ""),
        ("The number of dead exceeded 50.", "50", ""),
        ("The number of dead could rise to 100.", "100", ""),
        ("The number of dead rose by 12.", "12", ""),
        # another figure between the toll's words and this one
        ("The number of dead in the 2010 quake was 230.", "230", ""),
    ],
)
def test_a_count_whose_clause_tells_no_fate_has_none(sentence: str, figure: str, unit: str) -> None:
    assert _role(sentence, figure, unit) == ""


@pytest.mark.parametrize(
    ("sentence", "figure", "unit", "role"),
    [
        # a kind of person counted: the fate after its noun or the verb before it
        ("The blast killed 12 workers.", "12", "worker", DEAD),
        ("12 police officers were injured.", "12", "offic", INJURED),
        # what they did is not what befell them; a verb before still tells it
        ("A bomb that killed 12 soldiers wounded 14 people.", "12", "soldier", DEAD),
    ],
)  # fmt: skip
def test_the_fate_of_a_kind_of_person(sentence: str, figure: str, unit: str, role: str) -> None:
    assert _role(sentence, figure, unit) == role


@pytest.mark.parametrize(
    ("sentence", "figure", "unit"),
    [
        # the people counted did it to others
        ("12 soldiers killed two gunmen.", "12", "soldier"),
        ("12 police officers arrested the suspects.", "12", "offic"),
        ("The 12 officers who shot at least three men were cleared.", "12", "offic"),
        # some of the people counted around them, no fate of their own
        ("Three children among the dead were buried.", "Three", "children"),
        ("Police said 12 people among the injured were children.", "12", "peopl"),
    ],
)
def test_a_kind_whose_clause_tells_no_fate_of_its_own(
    sentence: str, figure: str, unit: str
) -> None:
    assert _role(sentence, figure, unit) == ""


@pytest.mark.parametrize(
    ("sentence", "figure", "unit", "role"),
    [
        ("By 6 p.m., 22 people had been confirmed dead.", "22", "peopl", DEAD),
        ("Five people were reported to be missing.", "Five", "peopl", MISSING),
        ("Twelve people were feared dead in the landslide.", "Twelve", "peopl", DEAD),
        ("Nine people were officially reported injured.", "Nine", "peopl", INJURED),
    ],
)  # fmt: skip
def test_a_fate_told_past_who_says_so(sentence: str, figure: str, unit: str, role: str) -> None:
    assert _role(sentence, figure, unit) == role


def test_a_word_of_report_does_not_reach_another_clause_s_fate() -> None:
    assert _role("About 200 people were reported at the funeral of the dead.", "200", "peopl") == ""


# were no match: two words of one toll counted two things
@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The blast left 41 dead.", "Rescuers found 41 bodies."),
        ("The blast left 12 wounded.", "The blast left 12 injured."),
    ],
)
def test_two_words_of_one_toll_tell_one_figure(a: str, b: str) -> None:
    assert len(shared_figures(a, b)) == 1


def test_the_dead_and_the_injured_are_no_figure() -> None:
    assert shared_figures("The blast left 41 dead.", "Rescuers found 41 injured.") == []


@pytest.mark.parametrize(
    ("a", "b", "one"),
    [("dead", "bodi", True), ("wound", "injur", True), ("dead", "injur", False),
     ("peopl", "bodi", False), ("", "dead", False)],
)  # fmt: skip
def test_one_fate_told_by_two_words(a: str, b: str, one: bool) -> None:
    assert one_fate_told(a, b) is one
