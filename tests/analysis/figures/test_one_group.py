from __future__ import annotations

import pytest

from reader.analysis.figures.one_group import one_group
from tests.analysis.sentence_pairs import details, feats

# per language: the navy's catch counted whole, and by nationality (12 + 13 is not 23)
CAUGHT = [
    (None, "The Indian Navy captured 23 pirates.",
     "The Indian Navy said 12 Somalis and 13 Yemenis were detained.",
     "23 pirates vs 12 Somalis and 13 Yemenis"),
    (None, "The Indian Navy captured 23 pirates.",
     "The Indian Navy detained 12 Somalis and 13 Yemenis.",
     "23 pirates vs 12 Somalis and 13 Yemenis"),
    ("German", "Die indische Marine nahm 23 Piraten fest.",
     "Die indische Marine nahm 12 Somalier und 13 Jemeniten fest.",
     "23 Piraten vs 12 Somalier und 13 Jemeniten"),
    ("German", "Die indische Marine nahm 23 Piraten fest.",
     "Laut der indischen Marine wurden 12 Somalier und 13 Jemeniten festgenommen.",
     "23 Piraten vs 12 Somalier und 13 Jemeniten"),
    ("French", "La marine indienne a capturé 23 pirates.",
     "La marine indienne a capturé 12 Somaliens et 13 Yéménites.",
     "23 pirates vs 12 Somaliens et 13 Yéménites"),
    ("Spanish", "La Armada india capturó a 23 piratas.",
     "La Armada india detuvo a 12 somalíes y 13 yemeníes.",
     "23 piratas vs 12 somalíes y 13 yemeníes"),
    ("Italian", "La Marina indiana ha catturato 23 pirati.",
     "La Marina indiana ha arrestato 12 somali e 13 yemeniti.",
     "23 pirati vs 12 somali e 13 yemeniti"),
    ("Portuguese", "A Marinha indiana capturou 23 piratas.",
     "A Marinha indiana prendeu 12 somalis e 13 iemenitas.",
     "23 piratas vs 12 somalis e 13 iemenitas"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "whole", "split", "detail"), CAUGHT)
def test_a_whole_of_people_against_nationalities_that_do_not_add_up(
    language: str | None, whole: str, split: str, detail: str
) -> None:
    assert details(whole, split, language) == [detail]


@pytest.mark.parametrize(("language", "whole", "split", "detail"), CAUGHT)
def test_nationalities_adding_up_to_a_whole_naming_none_agree(
    language: str | None, whole: str, split: str, detail: str
) -> None:
    # 12 + 11 = 23: the parts tell more of the same pirates, no discrepancy
    assert details(whole, split.replace("13", "11"), language) == []


@pytest.mark.parametrize(("language", "whole", "split", "detail"), CAUGHT)
def test_the_whole_and_its_parts_are_one_group_either_way_round(
    language: str | None, whole: str, split: str, detail: str
) -> None:
    fa, fb = feats(whole, language), feats(split, language)
    assert one_group(fa, fa.numbers[0], fb, fb.numbers[0])
    assert one_group(fb, fb.numbers[-1], fa, fa.numbers[0])


@pytest.mark.parametrize(
    ("whole", "split"),
    [
        # another fate: those rescued are not those captured
        ("The Indian Navy captured 23 pirates.",
         "The Indian Navy rescued 12 Somalis and 13 Yemenis."),
        # no fate told of the whole
        ("The Indian Navy said 23 pirates were on board.",
         "The Indian Navy detained 12 Somalis and 13 Yemenis."),
        # some of the dead, told by nationality, tell no fate of their own
        ("The crash killed 40 people, the Foreign Office said.",
         "Among the dead were 5 Germans and 4 Italians, the Foreign Office said."),
        # a whole of things, not people
        ("The Indian Navy captured 23 boats.",
         "The Indian Navy detained 12 Somalis and 13 Yemenis."),
    ],
)  # fmt: skip
def test_no_group_read_against_its_parts(whole: str, split: str) -> None:
    assert details(whole, split) == []
