"""Counts of a list whose noun is said once ("die CDU 41 Mandate, die SPD 33, die AfD 24"),
seats told as mandates ("41 Mandate" / "40 Sitze"), a German function word after a
count ("13 und"), and a list's article read as no relative pronoun (", die SPD 33"):
reader/analysis/figures/elided_units.py, seat_nouns.py, counted_words.py and
figure_owners.py, as the German election pair (tests/data/pages/wahl_*) needs them."""

from __future__ import annotations

import pytest

from reader.analysis.conflicts.discrepancies import conflicts
from reader.analysis.figures.figure_owners import figure_owner
from tests.analysis.figures.test_german_counts import _features, _figures
from tests.analysis.sentence_pairs import feats

_A = (
    "Im neuen Landtag mit 120 Sitzen hätte die CDU nach der Hochrechnung 41 Mandate, die SPD "
    "33, die AfD 24, die Grünen 13 und das BSW 9."
)
_B = (
    "Von den 120 Sitzen im Landtag entfallen auf die CDU 40 Sitze, auf die SPD 33, auf die "
    "AfD 25, auf die Grünen 13 und auf das BSW 9."
)


# were "33", "24", "9" counting nothing and "13" counting "und"
def test_each_item_of_a_german_list_counts_the_noun_said_once() -> None:
    counted = dict(_figures(_B))
    assert {counted[f] for f in ("40", "33", "25", "13", "9")} == {counted["120"]}


# was "13 und": a German function word after a count is no noun it counts
@pytest.mark.parametrize("sentence", ["Es gab 12 oder 15 Verletzte.", "Es kamen 13 und dann 9."])
def test_a_function_word_after_a_count_counts_nothing(sentence: str) -> None:
    assert ("12", "") in _figures(sentence) or ("13", "") in _figures(sentence)


def test_an_english_list_counts_the_noun_said_once() -> None:
    counted = {m.surface: m.unit_word for m in feats("The CDU won 41 seats, the SPD 33.").numbers}
    assert counted == {"41": "seat", "33": "seat"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Die CDU gewann 41 Sitze, in 33 Wahlkreisen lag sie vorn.",  # no name before it
        "Die CDU gewann 41 Sitze, die SPD 33 Direktmandate.",  # a noun of its own
        "Die CDU gewann 41 Sitze, 2021 waren es 38.",  # a year, no list
    ],
)
def test_a_figure_of_no_list_item_keeps_what_it_counts(sentence: str) -> None:
    counted = dict(_figures(sentence))
    assert counted["41"] not in {v for k, v in counted.items() if k != "41"}


# were "mandat" and "sitz": no figure, no discrepancy between them
def test_mandates_are_seats() -> None:
    assert (
        dict(_figures("Die CDU hat 41 Mandate."))["41"]
        == dict(_figures("Die CDU hat 41 Sitze."))["41"]
    )


# was "41 vs 25" (the CDU's count against the AfD's), or nothing
def test_the_list_s_items_disagree_party_by_party() -> None:
    found = [c.detail for c in conflicts(_features(_A), _features(_B))]
    assert found == ["41 vs 40", "24 vs 25"]


def test_the_same_seats_told_apart_agree() -> None:
    b = _B.replace("40 Sitze", "41 Sitze").replace("AfD 25", "AfD 24")
    assert not conflicts(_features(_A), _features(b))


# was "spd": ", die SPD 33" read as a relative clause naming who got the 41
def test_a_list_s_article_is_no_relative_pronoun() -> None:
    f = _features(_A)
    (m,) = [x for x in f.numbers if x.surface == "41"]
    assert figure_owner(f, m) is None


def test_a_german_relative_clause_still_names_the_owner() -> None:
    f = feats("Es ist mehr als der Vertrag über 90 Millionen Dollar, den Torii Hunter bekam.")
    (m,) = [x for x in f.numbers if x.surface.startswith("90")]
    assert figure_owner(f, m) == "torii hunter"
