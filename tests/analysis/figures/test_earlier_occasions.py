"""Figures told of an earlier moment or another match: a toll as it stood earlier ("up
from 41 earlier in the day", "had killed 41 people by midday") against the toll told now,
and a score of another match ("had won 2-0 a year ago") against today's, are no
discrepancy; two figures told of one moment still are."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import details

_NOW_EN = "The death toll rose to 58."


@pytest.mark.parametrize(
    ("a", "b", "language"),
    [
        # the audit's quake pair (m6)
        ("By the evening, the number of dead rose to 58, AFAD said, up from 41 earlier in the"
         " day.", "The quake had killed 41 people by midday, the disaster agency said.", None),
        ("By the evening, the number of dead rose to 58, AFAD said, up from 41 earlier in the"
         " day.", "The quake killed 41 people.", None),
        (_NOW_EN, "The quake had killed 41 people by midday.", None),
        ("The quake killed 58 people.", "The quake had killed 41 people by 10 a.m.", None),
        (_NOW_EN, "Initially, officials said 41 people had died.", None),
        (_NOW_EN, "First reports said 41 people had died.", None),
        ("Le bilan s'élève à 58 morts, contre 41 plus tôt.", "Le séisme a fait 41 morts.",
         "French"),
        ("Le bilan s'élève à 58 morts.", "Un premier bilan faisait état de 41 morts.", "French"),
        ("Le séisme a fait 58 morts.", "Le séisme avait fait 41 morts à la mi-journée.",
         "French"),
        ("Das Beben forderte 58 Tote, zuvor war von 41 die Rede.", "Das Beben forderte 41 Tote.",
         "German"),
        ("Das Beben forderte 58 Tote.", "Das Beben forderte zunächst 41 Tote.", "German"),
        ("Das Beben forderte 58 Tote.", "Das Beben hatte bis Mittag 41 Tote gefordert.", "German"),
        ("El número de muertos ascendió a 58, frente a los 41 anteriores.",
         "El sismo dejó 41 muertos.", "Spanish"),
        ("El número de muertos ascendió a 58.",
         "El sismo había dejado 41 muertos hasta el mediodía.", "Spanish"),
        ("Il sisma ha causato 58 morti.", "Inizialmente si parlava di 41 morti.", "Italian"),
        ("Il sisma ha causato 58 morti.", "Il sisma aveva causato 41 morti entro mezzogiorno.",
         "Italian"),
        ("O número de mortos subiu para 58, contra 41 anteriormente.", "O sismo causou 41 mortos.",
         "Portuguese"),
        ("O número de mortos subiu para 58.",
         "O sismo tinha causado 41 mortos até ao meio-dia.", "Portuguese"),
    ],
)  # fmt: skip
def test_an_earlier_toll_is_no_discrepancy(a: str, b: str, language: str | None) -> None:
    assert details(a, b, language) == []


@pytest.mark.parametrize(
    ("a", "b", "language", "detail"),
    [
        (_NOW_EN, "The quake killed 41 people.", None, "58 vs 41"),
        # reported speech in the pluperfect, no earlier moment: the toll told now
        (_NOW_EN, "Officials said 41 people had died.", None, "58 vs 41"),
        # two tolls of the same earlier moment
        ("The quake had killed 41 people by midday.", "The quake had killed 40 people by"
         " midday.", None, "41 vs 40"),
        ("Le séisme a fait 58 morts.", "Le séisme a fait 41 morts.", "French", "58 vs 41"),
        ("Das Beben forderte 58 Tote.", "Das Beben forderte 41 Tote.", "German", "58 vs 41"),
    ],
)  # fmt: skip
def test_tolls_of_one_moment_still_disagree(
    a: str, b: str, language: str | None, detail: str
) -> None:
    assert details(a, b, language) == [detail]


@pytest.mark.parametrize(
    ("a", "b", "language"),
    [
        # the audit's football pair (m3)
        ("LONDON, Oct 5 (Reuters) - Liverpool beat Arsenal 3-1 at Anfield on Sunday to go top"
         " of the Premier League.", "Arsenal had won 2-0 at Anfield a year ago.", None),
        ("Liverpool beat Arsenal 3-1 on Sunday.",
         "Last season Arsenal won the corresponding fixture 2-0.", None),
        ("Liverpool beat Arsenal 3-1 on Sunday.", "Arsenal won 2-0 in the first leg.", None),
        ("Liverpool beat Arsenal 3-1 on Sunday.", "Arsenal won 2-0 at Anfield last year.", None),
        ("Le PSG a battu Lyon 3-1 dimanche.", "Lyon avait battu le PSG 2-0 il y a un an.",
         "French"),
        ("Le PSG a battu Lyon 3-1 dimanche.", "Lyon a battu le PSG 2-0 au match aller.",
         "French"),
        ("Bayern siegte 3:1 gegen Dortmund.", "Dortmund siegte im Hinspiel 2:0 gegen Bayern.",
         "German"),
        ("Bayern siegte 3:1 gegen Dortmund.",
         "In der vergangenen Saison gewann Dortmund 2:0 gegen Bayern.", "German"),
        ("El Barcelona ganó por 3 a 1 al Madrid.",
         "El Madrid ganó por 2 a 0 la temporada pasada.", "Spanish"),
        ("El Barcelona ganó por 3 a 1 al Madrid.",
         "El Madrid había ganado por 2 a 0 hace un año.", "Spanish"),
        ("La Juventus ha vinto 3-1 contro il Milan.", "Il Milan aveva vinto 2-0 un anno fa.",
         "Italian"),
        ("La Juventus ha vinto 3-1 contro il Milan.", "All'andata il Milan ha vinto 2-0.",
         "Italian"),
        ("O Flamengo venceu por 3 a 1 o Santos.",
         "Na temporada passada o Santos venceu por 2 a 0.", "Portuguese"),
    ],
)  # fmt: skip
def test_another_matchs_score_is_no_discrepancy(a: str, b: str, language: str | None) -> None:
    assert details(a, b, language) == []


@pytest.mark.parametrize(
    ("a", "b", "language", "detail"),
    [
        ("Liverpool beat Arsenal 3-1 on Sunday.", "Liverpool beat Arsenal 2-1 on Sunday.", None,
         "3-1 vs 2-1"),
        # another occasion in another clause leaves today's score
        ("Liverpool, who lost the title last season, beat Arsenal 3-1.",
         "Liverpool beat Arsenal 2-1.", None, "3-1 vs 2-1"),
        ("Le PSG a battu Lyon 3-1 dimanche.", "Le PSG a battu Lyon 2-1 dimanche.", "French",
         "3-1 vs 2-1"),
    ],
)  # fmt: skip
def test_scores_of_one_match_still_disagree(
    a: str, b: str, language: str | None, detail: str
) -> None:
    assert details(a, b, language) == [detail]


RED_SOX = (
    "Dan Patrick reported on his show on AM 570 that the Boston Red Sox have made first "
    "baseman Mark Teixeira an eight-year, $200 million offer."
)


@pytest.mark.parametrize(
    "aside",
    [
        # 10_13ecbplus / 10_3ecbplus: the terms of the initial offer, set off by dashes
        "One report posted online last night by MASN Sports' Roch Kubatko suggested that the "
        "Washington Nationals have upgraded their initial offer to Teixeira - - eight years, "
        "$160 million - - to somewhere between $178 million and $184 million over the same "
        "timeframe.",
        "The Washington Nationals have upgraded their initial offer to Teixeira (eight years "
        "and $160 million) to somewhere between $178 million and $184 million.",
        "The Washington Nationals have upgraded their earlier offer to Teixeira — eight "
        "years, $160 million — to somewhere between $178 million and $184 million.",
    ],
)
def test_figures_set_off_after_an_earlier_offer_are_earlier(aside: str) -> None:
    assert details(RED_SOX, aside) == []


@pytest.mark.parametrize(
    ("a", "b", "detail"),
    [
        # an offer set off the same way, with no earlier word: the offer told now
        (
            "The Nationals made Teixeira an offer - - eight years, $160 million - - on Monday.",
            "The Nationals offered Teixeira eight years and $184 million on Monday.",
            "$160 million vs $184 million",
        ),
        # two initial offers, one told in an aside
        (
            "The Nationals upgraded their initial offer - - eight years, $160 million - - on "
            "Monday.",
            "The Nationals' initial offer was $150 million.",
            "$160 million vs $150 million",
        ),
    ],
)
def test_figures_set_off_still_disagree(a: str, b: str, detail: str) -> None:
    assert details(a, b) == [detail]


# the magnitude first measured, then put right, against another's (a guard: magnitudes
# now compare, reader.analysis.figures.quake_magnitudes)
def test_a_measure_first_given_then_revised_is_no_discrepancy() -> None:
    assert not details(
        "The Tarvessa institute first measured the quake at magnitude 7.1 before revising "
        "it to 6.8 later in the morning.",
        "The Tarvessa survey measured the quake at magnitude 6.7.",
    )


# was nothing: "initially" made the toll raised to an earlier one too
def test_the_figure_revised_to_is_the_sentence_s_own() -> None:
    assert details(
        "Officials in Tarvessa initially put the toll at 41 and later raised it to 58 dead.",
        "Officials in Tarvessa said 60 people were dead.",
    ) == ["58 vs 60"]
