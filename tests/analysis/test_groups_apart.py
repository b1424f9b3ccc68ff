"""An exact count of those something befell against an estimate of the same thing at
least ten times larger that tells no fate counts two groups, the few among the many
(reader.analysis.conflicts.count_conflicts._groups_apart, count_terms.smaller_exact): the ECB+
scan's "an estimated 1,500 pirates" in a region against the 23 arrested."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import details

REGION = (
    "They are taking the vessels to pirate controlled regions in Somalia, with an "
    "estimated 1,500 pirates."
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the ECB+ sentences (12_15/12_19ecb, 12_15/12_5ecb)
        (REGION, "Out of 23 arrested pirates, 12 are reportedly from Somalia and 11 from Yemen."),
        (REGION, "The arrest of the 23 pirates (12 Somali and 11 Yemeni) and the arms haul is "
         "the largest such seizure in the ongoing anti-piracy operations off Somalia."),
        ("Some 2,000 protesters marched through the city on Sunday.",
         "Police arrested 40 protesters in the city on Sunday."),
    ],
)  # fmt: skip
def test_the_few_a_fate_befell_among_an_estimated_many_is_no_discrepancy(a: str, b: str) -> None:
    assert details(a, b) == []


@pytest.mark.parametrize(
    ("a", "b", "detail"),
    [
        # two counts of a crowd, no fate: the organisers' and the police's
        ("Some 2,000 protesters marched through the city on Sunday.",
         "Police said 40 protesters marched through the city on Sunday.", "2,000 vs 40"),
        # both tell the fate: one toll told two ways
        ("The quake killed an estimated 2,000 people in the city.",
         "The quake killed 40 people in the city.", "2,000 vs 40"),
        # the estimate within a factor of ten
        ("An estimated 1,500 pirates were arrested off Somalia on Monday.",
         "Out of 230 arrested pirates, most are from Somalia.", "1,500 vs 230"),
        # no estimate: one count of those arrested against another
        ("Some 1,500 pirates were arrested off Somalia on Monday.",
         "Out of 23 arrested pirates, most are from Somalia.", "1,500 vs 23"),
    ],
)  # fmt: skip
def test_counts_of_one_group_still_disagree(a: str, b: str, detail: str) -> None:
    assert details(a, b) == [detail]


# per language: a crowd estimated, those of it arrested (told by a verb, a participle or a
# fate's noun), and the police's count of the crowd
CROWDS = [
    ("French", "Environ 2 000 manifestants ont défilé dimanche dans la ville.",
     ["La police a arrêté 40 manifestants dans la ville dimanche.",
      "Dimanche, 40 manifestants ont été interpellés dans la ville.",
      "L'arrestation de 40 manifestants dimanche a choqué la ville."],
     "Selon la police, 40 manifestants ont défilé dimanche dans la ville.", "2 000 vs 40"),
    ("German", "Rund 2.000 Demonstranten zogen am Sonntag durch die Stadt.",
     ["Die Polizei hat am Sonntag 40 Demonstranten festgenommen.",
      "Die Polizei nahm am Sonntag 40 Demonstranten fest.",
      "Die Festnahme von 40 Demonstranten am Sonntag sorgte für Kritik."],
     "Laut Polizei zogen am Sonntag 40 Demonstranten durch die Stadt.", "2.000 vs 40"),
    ("Spanish", "Unos 2.000 manifestantes marcharon el domingo por la ciudad.",
     ["La policía detuvo a 40 manifestantes el domingo en la ciudad.",
      "La detención de 40 manifestantes el domingo indignó a la ciudad."],
     "Según la policía, 40 manifestantes marcharon el domingo por la ciudad.", "2.000 vs 40"),
    ("Italian", "Circa 2.000 manifestanti hanno sfilato domenica in città.",
     ["La polizia ha arrestato 40 manifestanti domenica in città.",
      "L'arresto di 40 manifestanti domenica ha scosso la città."],
     "Secondo la polizia, 40 manifestanti hanno sfilato domenica in città.", "2.000 vs 40"),
    ("Portuguese", "Cerca de 2.000 manifestantes marcharam no domingo pela cidade.",
     ["A polícia prendeu 40 manifestantes no domingo na cidade.",
      "A prisão de 40 manifestantes no domingo chocou a cidade."],
     "Segundo a polícia, 40 manifestantes marcharam no domingo pela cidade.", "2.000 vs 40"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("language", "crowd", "arrested"),
    [(language, crowd, a) for language, crowd, told, _, _ in CROWDS for a in told],
)
def test_those_arrested_among_a_crowd_in_five_languages(
    language: str, crowd: str, arrested: str
) -> None:
    assert details(crowd, arrested, language) == []
    assert details(arrested, crowd, language) == []


@pytest.mark.parametrize(("language", "crowd", "counted", "detail"),
                         [(c[0], c[1], c[3], c[4]) for c in CROWDS])  # fmt: skip
def test_two_counts_of_a_crowd_still_disagree_in_five_languages(
    language: str, crowd: str, counted: str, detail: str
) -> None:
    assert details(crowd, counted, language) == [detail]


@pytest.mark.parametrize(
    ("language", "a", "b", "detail"),
    [
        ("French", "La police a arrêté 40 manifestants dimanche.",
         "La police a arrêté 45 manifestants dimanche.", "40 vs 45"),
        ("German", "Die Polizei hat 40 Demonstranten festgenommen.",
         "Die Polizei hat 45 Demonstranten festgenommen.", "40 vs 45"),
        ("Spanish", "Los equipos rescataron a 30 mineros.",
         "Los equipos rescataron a 33 mineros.", "30 vs 33"),
        ("Italian", "La polizia ha arrestato 40 manifestanti.",
         "La polizia ha arrestato 45 manifestanti.", "40 vs 45"),
        ("Portuguese", "A Defesa Civil evacuou 300 moradores.",
         "A Defesa Civil evacuou 250 moradores.", "300 vs 250"),
    ],
)  # fmt: skip
def test_two_counts_of_those_arrested_still_disagree(
    language: str, a: str, b: str, detail: str
) -> None:
    assert details(a, b, language) == [detail]
