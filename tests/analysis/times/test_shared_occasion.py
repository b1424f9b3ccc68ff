"""Whether two linked sentences may tell one occasion (reader.analysis.times.shared_occasion),
and the times they are then let disagree (reader.analysis.conflicts.discrepancies.conflicts): the
ECB+ sentences linked on a name or two whose times told two occasions, and the real
disagreements beside them."""

from __future__ import annotations

import pytest

from reader.analysis.conflicts.discrepancies import conflicts
from reader.analysis.features import UnitFeatures, extract
from reader.analysis.times.shared_occasion import one_occasion
from reader.analysis.units import Unit
from reader.ingest.normalize import fold
from reader.model import Span


def feats(text: str) -> UnitFeatures:
    return extract(Unit(0, Span(0, len(text)), text, fold(text)))


def details(a: str, b: str) -> list[str]:
    return [c.detail for c in conflicts(feats(a), feats(b))]


# sentences of ECB+ same-event pairs, linked by the aligner, telling two occasions
TWO_OCCASIONS = [
    # linked on Turkmenistan and Ashgabat: a party founded, a seminar held
    (
        "On this basis, a party of Turkmenistan industrialists and entrepreneurs was "
        "established in August 2012 in Ashgabat with the participation of 300 delegates "
        "representing enterprise structures from all regions of the country.",
        "On October 1-2 Ashgabat hosts a seminar organised with the assistance of the United "
        "Nations Development Programme on 'Enhancing the electoral system and processes in "
        "Turkmenistan', a statement of the event organisers said on Wednesday.",
    ),
    # linked on Tabar: one frigate, two actions
    (
        "On November 11, INS Tabar had repulsed two hijack attempts, one on an Indian ship "
        "(MV Jag Arnav) and the other on a Saudi oil carrier (NCC Tihama), one after the other.",
        "On November 19, Tabar sank a Somalian pirate vessel after being threatened with "
        "disastrous consequences.",
    ),
    # linked on a record (9-14) and "76ers": a loss, then a firing
    (
        "The 76ers dropped their third game in a row on Friday, an 88-72 setback to "
        "Cleveland, and occupy last place in the Atlantic Division with a 9-14 record.",
        "The Philadelphia 76ers fired Coach Maurice Cheeks Saturday morning after a "
        "disappointing 9-14 start to the 2008-09 season.",
    ),
]


@pytest.mark.parametrize(("a", "b"), TWO_OCCASIONS)
def test_times_of_two_occasions_are_no_discrepancy(a: str, b: str) -> None:
    assert not one_occasion(feats(a), feats(b))
    assert details(a, b) == []


ONE_OCCASION = [
    # a word of what happened in common ("pirates")
    (
        'Then, on November 18, it had sunk Thai trawler "Ekawat Nava 5", which had been '
        "commandeered by pirates, after a gunbattle.",
        "On November 19, Tabar sank a Somalian pirate vessel after being threatened with "
        "disastrous consequences.",
        "November 18 vs November 19",
    ),
    # words in common ("agencies", "actions", "harm")
    (
        "Passed in January 2009, the Bush-era rule lifted the requirement that federal "
        "agencies consult wildlife experts before taking actions that could harm listed "
        "species.",
        "On Dec. 16, the Bush administration allowed agencies to waive such reviews if they "
        "decided that the actions would not harm vulnerable plants and animals.",
        "January 2009 vs Dec. 16",
    ),
    # worded apart, but who and where in common
    (
        "It's been a long time coming, but Tara Reid has finally entered Malibu Promises "
        "Treatment Center on Tuesday, her rep told People.com.",
        "After telling People in October that she didn't need to do any of that anymore, "
        '"American Pie" actress Tara Reid checked into Promises Treatment Center on Friday '
        "for an unspecified problem.",
        "Tuesday vs Friday",
    ),
    # one name in common, and nothing else named on either side
    (
        "Passed in January 2009, the Bush-era rule lifted the requirement.",
        "On Dec. 16, the Bush administration allowed agencies to waive such reviews.",
        "January 2009 vs Dec. 16",
    ),
]


@pytest.mark.parametrize(("a", "b", "detail"), ONE_OCCASION)
def test_times_of_one_occasion_disagree(a: str, b: str, detail: str) -> None:
    assert details(a, b) == [detail]


def test_letters_glued_to_a_figure_are_no_word_in_common() -> None:
    """ "ers" of "76ers" in both is no word of what happened."""
    a, b = TWO_OCCASIONS[2]
    assert "er" in feats(a).stems.keys() & feats(b).stems.keys()
    assert not one_occasion(feats(a), feats(b))


def test_a_weekday_of_a_telling_is_not_when_it_happened() -> None:
    """ "at a Tuesday news conference" is when it is told, as "said Tuesday" is."""
    assert (
        details(
            "Maurice Cheeks will be introduced as the 76ers' 21st head coach at a Tuesday news "
            "conference.",
            "Maurice Cheeks was named the 76ers' 21st head coach on Monday.",
        )
        == []
    )


def test_a_weekday_before_the_occasion_it_dates_still_disagrees() -> None:
    assert details(
        "The Tuesday attack on the convoy killed 12 soldiers near Kandahar.",
        "The attack on the convoy on Wednesday killed 12 soldiers near Kandahar.",
    ) == ["Tuesday vs Wednesday"]


def test_two_names_of_one_thing_count_once_either_way_round() -> None:
    # "the Promises Treatment Center" and "Promises" are one thing in common, not two
    a = feats(
        "A publicist for Reid said the Promises Treatment Center, known as Promises, admitted "
        "her on November 19."
    )
    b = feats("She entered Promises Treatment Center on November 20.")
    assert one_occasion(a, b) == one_occasion(b, a)
